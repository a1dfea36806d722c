// The page: keeps the user's articles (in localStorage), sends them to the worker, shows results.
// Article text only ever reaches the DOM as text (textContent / value), never as markup.
import { SAMPLES } from "./samples.js";

const STORE = "corroborate.articles.v1";
const $ = (id) => document.getElementById(id);
const list = $("articles");
const template = $("article-template");

let articles = load();
let seq = 0;
let timer = 0;
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE));
    if (Array.isArray(saved) && saved.every((a) => typeof a.id === "string" && typeof a.text === "string")) return saved;
  } catch { /* fall back to the samples */ }
  return samples();
}

function samples() {
  return SAMPLES.map((s) => ({ ...s, sample: true }));
}

function save() {
  try {
    localStorage.setItem(STORE, JSON.stringify(articles));
  } catch (e) {
    showError(`Could not keep your articles for the next visit: ${e.message}`);
  }
}

function nextId() {
  let n = articles.length + 1;
  const used = new Set(articles.map((a) => a.id));
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
}

function addArticle(text = "", label = "") {
  const id = nextId();
  articles.push({ id, label: label || `Article ${articles.length + 1}`, text, sample: false });
  changed();
  const area = list.querySelector(`[data-id="${CSS.escape(id)}"] textarea`);
  if (area && !text) area.focus();
}

function renderInputs() {
  const focused = document.activeElement?.closest?.(".article")?.dataset.id;
  list.replaceChildren(...articles.map((a) => {
    const item = template.content.firstElementChild.cloneNode(true);
    item.dataset.id = a.id;
    item.querySelector(".article-label").textContent = a.label;
    item.querySelector(".sample-badge").hidden = !a.sample;
    const area = item.querySelector("textarea");
    area.value = a.text;
    area.setAttribute("aria-label", `Text of ${a.label}`);
    area.placeholder = "Paste the article's text here";
    area.addEventListener("input", () => {
      a.text = area.value;
      a.sample = false;
      item.querySelector(".sample-badge").hidden = true;
      save();
      schedule();
    });
    const remove = item.querySelector(".remove");
    remove.setAttribute("aria-label", `Remove ${a.label}`);
    remove.addEventListener("click", () => {
      articles = articles.filter((x) => x !== a);
      changed();
    });
    return item;
  }));
  if (focused) list.querySelector(`[data-id="${CSS.escape(focused)}"] textarea`)?.focus();
}

function changed() {
  save();
  renderInputs();
  schedule(0);
}

function schedule(delay = 250) {
  clearTimeout(timer);
  timer = setTimeout(run, delay);
}

function run() {
  const input = articles.filter((a) => a.text.trim()).map(({ id, text }) => ({ id, text }));
  if (!input.length) {
    $("status").textContent = "Add an article to start.";
    $("results").replaceChildren();
    hideError();
    return;
  }
  seq += 1;
  $("status").textContent = `Analysing ${input.length} article${input.length === 1 ? "" : "s"}…`;
  $("status").dataset.state = "working";
  worker.postMessage({ seq, articles: input });
}

worker.onmessage = ({ data }) => {
  if (data.seq !== seq) return; // a newer edit is on its way
  $("status").dataset.state = "done";
  if (!data.ok) {
    $("status").textContent = "Analysis failed; your text is kept. Edit to try again.";
    showError(data.message);
    return;
  }
  hideError();
  const n = data.analysis.articles.length;
  $("status").textContent = `${n} article${n === 1 ? "" : "s"} analysed in ${data.ms.toFixed(0)} ms`;
  $("status").dataset.ms = data.ms.toFixed(1);
  renderResults(data.analysis);
};

worker.onerror = (event) => {
  event.preventDefault();
  $("status").textContent = "The analysis stopped unexpectedly; your text is kept.";
  showError(event.message || "The worker failed.");
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") node.textContent = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function renderResults(analysis) {
  const labels = new Map(articles.map((a) => [a.id, a.label]));
  $("results").replaceChildren(...analysis.articles.map((a) => {
    const count = a.sentences.length;
    const story = a.sentences.filter((s) => !s.heading);
    const sentences = el("ol", { class: "sentences" }, ...a.sentences.map((s) =>
      el("li", { class: s.heading ? "heading" : "", text: s.text })));
    const details = el("details", {}, el("summary", { text: `Show the ${count} sentences` }), sentences);
    return el("article", { class: "result", "data-testid": "article-result", dataset: { id: a.id, sentences: String(count) } },
      el("h3", { text: labels.get(a.id) ?? a.id }),
      el("p", { class: "meta" },
        el("span", { class: "count", "data-testid": "sentence-count", text: `${count} sentence${count === 1 ? "" : "s"}` }),
        el("span", { text: ` · ${story.length} in the story, ${count - story.length} headings or labels · ${a.paragraphs.length} paragraphs` })),
      details);
  }));
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = false;
}

function hideError() {
  $("error").hidden = true;
}

async function addFiles(files) {
  for (const file of files) {
    if (!/\.(txt|md|markdown)$/i.test(file.name) && !file.type.startsWith("text/")) {
      showError(`${file.name}: not a text file; drop .txt or .md files.`);
      continue;
    }
    addArticle(await file.text(), file.name);
  }
}

$("add-article").addEventListener("click", () => addArticle());
$("file-input").addEventListener("change", async (e) => {
  await addFiles([...e.target.files]);
  e.target.value = "";
});
$("restore-samples").addEventListener("click", () => {
  articles = [...articles.filter((a) => !a.sample && !SAMPLES.some((s) => s.id === a.id)), ...samples()];
  articles.sort((x, y) => Number(!x.sample) - Number(!y.sample));
  changed();
});
$("clear-all").addEventListener("click", () => {
  articles = [];
  changed();
});

let dragDepth = 0;
addEventListener("dragenter", (e) => {
  if (![...(e.dataTransfer?.types ?? [])].includes("Files")) return;
  dragDepth++;
  $("drop-overlay").hidden = false;
});
addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) $("drop-overlay").hidden = true;
});
addEventListener("dragover", (e) => e.preventDefault());
addEventListener("drop", async (e) => {
  e.preventDefault();
  dragDepth = 0;
  $("drop-overlay").hidden = true;
  await addFiles([...(e.dataTransfer?.files ?? [])]);
});

renderInputs();
run();
