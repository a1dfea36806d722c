// The page: keeps the user's articles, sends them to the worker as they change, shows the results.
// Article text only ever reaches the DOM as text (value, textContent, text nodes), never as markup.
import { SAMPLES } from "./samples.js";
import { load, nextId, samples, save, toInput } from "./store.js";
import { download, el } from "./dom.js";
import { renderOverview } from "./render/overview.js";
import { orderFacts, renderFacts } from "./render/facts.js";
import { renderConflicts, renderEntities, renderQuotes, renderSources, renderTimeline } from "./render/compare.js";
import { createReader } from "./render/reader.js";
import { isHtmlFile, pastedHtml, readHtmlFile, utf8Bytes } from "./html.js";
import { decorateHtmlCard } from "./render/htmlcard.js";
import { foundFrom } from "./render/page.js";

// Milliseconds of quiet after a keystroke before the analysis runs (bench/page.mjs quotes this figure).
// None is needed: while the worker is busy, the latest edit waits and goes next, and results it has
// already overtaken are not drawn; the timer only gathers the events of one task into one request.
export const DEBOUNCE_MS = 0;
// Saving every article to localStorage costs milliseconds with many articles, so it waits for a
// pause in typing (and is done at once when the page is hidden or left).
const PERSIST_MS = 300;

const $ = (id) => document.getElementById(id);
const list = $("articles");
const template = $("article-template");
const status = $("status");
const reader = createReader($("reader"));
let worker = startWorker();

let articles = load();
let timer = 0;
let persistTimer = 0;
let seq = 0; // the latest request
let busy = false; // a request is in the worker
let queued = false; // an edit arrived while it was busy
let editAt = 0; // when the first edit not yet shown was made
let shown = null; // { analysis, input } on the page
let dirty = false; // edits not yet written to localStorage
const openCards = new Set(); // article ids the user opened ("-id": closed); new and non-sample ones start open
const pending = new Map(); // seq -> the input sent
const exportWaiters = new Map(); // seq -> what to do with the exported file
// Web pages (HTML articles): the story read from each ({ html, text }, for the html it was read
// from), the other form of an article that was switched between page and plain text in this
// session ({ html, htmlBytes } or { text }, and why: "paste" or "edit"), and pages with no story.
// extracted: id -> { html, text, removed: how many blocks were left out }.
const extracted = new Map();
const other = new Map();
let skippedPages = new Set();

// ---------------------------------------------------------------- input panel

function persist() {
  clearTimeout(persistTimer);
  dirty = false;
  const problem = save(articles, new Map(articles.filter((a) => a.html).map((a) => [a.id, storyOf(a)])));
  const warning = $("storage-warning");
  if (warning.textContent !== (problem ?? "")) warning.textContent = problem ?? "";
  warning.hidden = !problem;
}

// page: { html, htmlBytes } for a web page; alt: its other form (see `other`).
function addArticle(text = "", label = "", page = null, alt = null) {
  const id = nextId(articles);
  articles.push({ id, label: label || `Article ${articles.length + 1}`, text, sample: false, ...page });
  if (alt) other.set(id, alt);
  changed();
  const area = list.querySelector(`[data-id="${CSS.escape(id)}"] textarea`);
  if (area && !text && !page) area.focus();
}

/** The text an article's card shows: its own, or for a web page the story read from it (once read). */
function storyOf(a) {
  if (!a.html) return a.text;
  const read = extracted.get(a.id);
  return read?.html === a.html ? read.text : "";
}

function renderInputs() {
  const focused = document.activeElement?.closest?.(".article");
  const focusKey = focused && [focused.dataset.id, [...focused.querySelectorAll("summary, input, textarea, button")].indexOf(document.activeElement)];
  list.replaceChildren(...articles.map(articleCard));
  $("article-count").textContent = `(${articles.length})`;
  if (focusKey) list.querySelector(`[data-id="${CSS.escape(focusKey[0])}"]`)?.querySelectorAll("summary, input, textarea, button")[focusKey[1]]?.focus();
}

function articleCard(a) {
  const item = template.content.firstElementChild.cloneNode(true);
  item.dataset.id = a.id;
  item.querySelector(".article-label").textContent = a.label;
  const badge = item.querySelector(".sample-badge");
  badge.hidden = !a.sample;
  const details = item.querySelector("details");
  details.open = openCards.has(a.id) || (!a.sample && !openCards.has(`-${a.id}`));
  details.addEventListener("toggle", () => {
    openCards.delete(details.open ? `-${a.id}` : a.id);
    openCards.add(details.open ? a.id : `-${a.id}`);
  });
  const words = item.querySelector(".words");
  const countWords = () => { words.textContent = wordCount(storyOf(a)); };
  countWords();
  const area = item.querySelector("textarea");
  area.value = storyOf(a);
  area.addEventListener("input", () => {
    if (a.html) {
      // Editing the story read from a web page makes the article plain text (the page is kept
      // for this session, to go back to).
      setPageAside(a, "edit");
      decorate(item, a);
    }
    a.text = area.value;
    edited(a, badge);
    countWords();
  });
  decorate(item, a);
  for (const [cls, key, what] of [[".f-outlet", "outlet", "Outlet"], [".f-published", "published", "Publication date"], [".f-url", "url", "URL"]]) {
    const input = item.querySelector(cls);
    input.value = a[key] ?? "";
    input.setAttribute("aria-label", `${what} of ${a.label}`);
    input.addEventListener("input", () => {
      a[key] = input.value;
      edited(a, badge);
    });
  }
  const remove = item.querySelector(".remove");
  remove.setAttribute("aria-label", `Remove ${a.label}`);
  remove.addEventListener("click", () => {
    const at = articles.indexOf(a);
    articles = articles.filter((x) => x !== a);
    changed();
    (list.querySelectorAll(".remove")[Math.min(at, articles.length - 1)] ?? $("add-article")).focus();
  });
  return item;
}

function decorate(item, a) {
  const read = extracted.get(a.id);
  decorateHtmlCard(item, a, {
    alt: other.get(a.id),
    removed: a.html && read?.html === a.html ? read.removed : null,
    skipped: skippedPages.has(a.id),
    onSwitch: () => switchForm(a),
    onShowRemoved: () => reader.showRemoved(a.id),
  });
}

/** Makes a web page article plain text, keeping the page (for this session) to switch back to. */
function setPageAside(a, why) {
  other.set(a.id, { html: a.html, htmlBytes: a.htmlBytes, why });
  delete a.html;
  delete a.htmlBytes;
}

function wordCount(text) {
  return `${(text.match(/\S+/g) ?? []).length} words`;
}

/** Swaps an article between its web page and its plain text (the pasted text/plain, or the edit). */
function switchForm(a) {
  const alt = other.get(a.id);
  if (!alt) return;
  if (a.html) {
    setPageAside(a, alt.why);
    a.text = alt.text;
  } else {
    other.set(a.id, { text: a.text, why: alt.why });
    a.html = alt.html;
    a.htmlBytes = alt.htmlBytes;
    a.text = "";
  }
  a.sample = false;
  changed();
  list.querySelector(`[data-id="${CSS.escape(a.id)}"] .html-switch`)?.focus();
}

/** A paste carrying text/html over the whole of an article's text makes it that web page. */
function takePastedPage(a, pasted) {
  a.html = pasted.html;
  a.htmlBytes = utf8Bytes(pasted.html);
  a.text = "";
  a.sample = false;
  if (pasted.plain.trim()) other.set(a.id, { text: pasted.plain, why: "paste" });
  else other.delete(a.id);
  changed();
}

function edited(a, badge) {
  dirty = true;
  if (a.sample) {
    a.sample = false;
    badge.hidden = true;
  }
  schedule();
}

function changed() {
  dirty = true;
  const ids = new Set(articles.map((a) => a.id));
  for (const map of [extracted, other]) for (const id of map.keys()) if (!ids.has(id)) map.delete(id); // ids are reused
  renderInputs();
  schedule(0);
}

// ---------------------------------------------------------------- analysis in the worker

function schedule(delay = DEBOUNCE_MS) {
  if (!editAt) editAt = performance.now();
  clearTimeout(timer);
  timer = setTimeout(run, delay);
}

function run() {
  if (dirty) {
    clearTimeout(persistTimer);
    persistTimer = setTimeout(persist, PERSIST_MS);
  }
  const input = toInput(articles);
  if (!input.length) {
    seq += 1; // results still on their way are for articles that are gone
    queued = false;
    editAt = 0;
    shown = null;
    renderJob++;
    setStatus("done", "Add an article to start.");
    $("results").replaceChildren();
    reader.update({ articles: [] }, new Map(), (id) => id);
    exportButtons(false);
    hideError();
    return;
  }
  if (busy) {
    queued = true; // sent when the running analysis is back, so edits never pile up in the worker
    return;
  }
  busy = true;
  seq += 1;
  setStatus("working", `Analysing ${input.length} article${input.length === 1 ? "" : "s"}…`);
  worker.postMessage({ type: "analyze", seq, articles: input });
  pending.set(seq, input);
}

// The worker, started again after a crash. Vite finds the worker through this exact
// `new Worker(new URL(…), …)` form, so it stays one expression.
function startWorker() {
  const w = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  w.onmessage = onResult;
  w.onerror = (event) => {
    event.preventDefault();
    crashed(event.message || "the worker failed");
  };
  w.onmessageerror = () => crashed("the worker sent a message the page could not read");
  return w;
}

// A crash of the worker (an uncaught error, a WebAssembly trap it reports): the page keeps the
// articles, says what happened, and starts a fresh worker, so the next edit is analysed again.
// It does not retry by itself: input that crashed it once would crash it again.
function crashed(message) {
  worker.terminate();
  worker = startWorker();
  busy = false;
  editAt = 0;
  pending.clear();
  for (const waiter of exportWaiters.values()) waiter({ ok: false, message: "The analysis was restarted; try the download again." });
  exportWaiters.clear();
  shown = null;
  exportButtons(false);
  persist(); // what the status line promises
  setStatus("error", "The analysis stopped unexpectedly and was restarted; your articles are kept. Edit an article to try again.");
  showError(`The analysis stopped unexpectedly: ${message}`);
  if (queued) {
    queued = false;
    run();
  }
}

function onResult({ data }) {
  if (data.type === "export") {
    exportWaiters.get(data.seq)?.(data);
    exportWaiters.delete(data.seq);
    return;
  }
  if (data.crashed) {
    crashed(data.message);
    return;
  }
  busy = false;
  const input = pending.get(data.seq);
  pending.delete(data.seq);
  if (queued) {
    queued = false;
    run();
    return; // a newer edit is on its way; skip drawing these results
  }
  if (data.seq !== seq) return; // overtaken: every article was removed meanwhile
  if (!data.ok) {
    editAt = 0;
    setStatus("error", "Analysis failed; your text is kept. Edit to try again.");
    showError(data.message);
    return;
  }
  hideError();
  skippedPages = new Set((data.skipped ?? []).map((s) => s.id));
  if (!$("storage-warning").hidden) persist(); // the stories read from web pages may fit where the pages did not
  shown = { analysis: data.analysis, input, seq: data.seq };
  const drawStart = performance.now();
  const since = editAt;
  editAt = 0;
  renderResults(data.analysis, input, () => {
    if (busy) return; // a newer edit is being analysed; its results will say when they are done
    const end = performance.now();
    const n = data.analysis.articles.length;
    const words = `Analysed ${n} article${n === 1 ? "" : "s"} in ${Math.round(data.ms)} ms`;
    setStatus("done", since ? `${words} · results ${Math.round(end - since)} ms after the last edit` : words);
    status.dataset.ms = data.ms.toFixed(1);
    status.dataset.lastRunMs = data.ms.toFixed(1);
    status.dataset.renderMs = (end - drawStart).toFixed(1);
    if (since) status.dataset.editToResultsMs = (end - since).toFixed(1);
  });
}

function setStatus(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = false;
}

function hideError() {
  $("error").hidden = true;
}

// ---------------------------------------------------------------- results

let renderJob = 0;

function renderResults(analysis, input, done) {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const labels = new Map(articles.map((a) => [a.id, a.label]));
  const name = (id) => byId.get(id)?.outlet?.value || labels.get(id) || id;
  const ordered = orderFacts(analysis.facts);
  const ctx = {
    analysis, byId, name, ordered,
    factNo: new Map(ordered.map((f, i) => [f.id, i + 1])),
    highlight: (label, spans, kind, reveal) => reader.highlight(label, spans, kind, reveal),
    spanButton: (span, label, size = "") => el("button", {
      type: "button", class: `span-link ${size}`.trim(), title: `Show in ${name(span.article)}`,
      onclick: (ev) => reader.show({ article: span.article, start: span.start, end: span.end }, ev.currentTarget),
    }, label),
    copy,
  };
  // A web page's story is the text the analysis read from it (every span indexes that text).
  reader.update(analysis, new Map(input.map((a) => [a.id, byId.get(a.id)?.text ?? a.text])), name);
  const sentById = new Map(input.map((a) => [a.id, a]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  for (const card of list.children) {
    const found = byId.get(card.dataset.id);
    const sent = sentById.get(card.dataset.id);
    const a = articleById.get(card.dataset.id);
    if (a?.html && sent?.html === a.html && found?.text !== undefined) {
      extracted.set(a.id, { html: a.html, text: found.text, removed: found.page?.removed.length ?? 0 });
      const area = card.querySelector("textarea");
      if (area.value !== found.text) area.value = found.text;
      card.querySelector(".words").textContent = wordCount(found.text);
    }
    if (a) decorate(card, a);
    const outlet = found?.outlet;
    const outletField = card.querySelector(".f-outlet");
    outletField.placeholder = outlet?.source === "text" || outlet?.source === "markup" ? `found: ${outlet.value}${foundFrom(outlet)}` : "";
    outletField.title = outletField.placeholder; // the whole of it, where the field is too narrow
    // A date input has no placeholder: the date found in the text, or through the other
    // reports, is shown under it while the field is empty.
    const published = found?.published;
    card.querySelector(".found-date").textContent = published && published.source !== "caller"
      ? `found: ${published.value}${foundFrom(published)}`
      : "";
  }
  exportButtons(true);
  // Panels replace their older selves in place, a few per task (about 12 ms of work), so a
  // keystroke never waits for the whole page to be rebuilt and nothing jumps while it is.
  const job = ++renderJob;
  const root = $("results");
  const panels = [renderOverview, renderFacts, renderConflicts, renderQuotes, renderEntities, renderTimeline, renderSources];
  const step = (i) => {
    if (job !== renderJob) return;
    const started = performance.now();
    do {
      const panel = panels[i](ctx);
      if (root.children[i]) root.children[i].replaceWith(panel);
      else root.append(panel);
      i += 1;
    } while (i < panels.length && performance.now() - started < 12);
    if (i < panels.length) setTimeout(step, 0, i);
    else done();
  };
  step(0);
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    setStatus(status.dataset.state, "Copied the fact and its sources to the clipboard.");
  } catch (e) {
    showError(`Could not copy: ${e.message}`);
  }
}

// ---------------------------------------------------------------- export

function exportButtons(on) {
  $("export-json").disabled = !on;
  $("export-md").disabled = !on;
}

// The worker keeps the full analysis of the results shown and writes the file's content.
function exportAs(format, name, type) {
  if (!shown) return;
  const id = ++seq;
  exportWaiters.set(id, (data) => {
    if (data.ok) download(name, type, data.content);
    else showError(data.message);
  });
  worker.postMessage({ type: "export", seq: id, of: shown.seq, format });
}

$("export-json").addEventListener("click", () => exportAs("json", "corroborate-analysis.json", "application/json"));
$("export-md").addEventListener("click", () => exportAs("md", "corroborate-report.md", "text/markdown"));

// ---------------------------------------------------------------- adding articles

async function addFiles(files) {
  for (const file of files) {
    if (isHtmlFile(file)) {
      // Read as bytes and decoded in the charset the page declares (windows-1252, …).
      const { html, bytes } = await readHtmlFile(file);
      addArticle("", file.name, { html, htmlBytes: bytes });
      continue;
    }
    if (!/\.(txt|md|markdown)$/i.test(file.name) && !file.type.startsWith("text/")) {
      showError(`${file.name}: not a text or HTML file; drop .txt, .md or .html files.`);
      continue;
    }
    addArticle(await file.text(), file.name);
  }
}

// Pastes: one carrying text/html (copied from a browser or a word processor) over the whole of an
// article's text makes the article that web page, with a choice to keep the plain text instead.
// Pasting into the middle of a text inserts the plain text, as usual. A paste outside any field
// adds an article. The HTML is only ever a string here; the worker's analyze() reads it.
list.addEventListener("paste", (e) => {
  const area = e.target.closest?.(".article textarea");
  const pasted = area && pastedHtml(e);
  if (!pasted || area.selectionStart !== 0 || area.selectionEnd !== area.value.length) return;
  const a = articles.find((x) => x.id === area.closest(".article").dataset.id);
  if (!a) return;
  e.preventDefault();
  takePastedPage(a, pasted);
});
document.addEventListener("paste", (e) => {
  if (e.defaultPrevented || e.target.closest?.("input, textarea, select, [contenteditable]")) return;
  const pasted = pastedHtml(e);
  const plain = e.clipboardData?.getData("text/plain") ?? "";
  if (!pasted && !plain.trim()) return;
  e.preventDefault();
  if (pasted) addArticle("", "", { html: pasted.html, htmlBytes: utf8Bytes(pasted.html) }, plain.trim() ? { text: plain, why: "paste" } : null);
  else addArticle(plain);
});

$("add-article").addEventListener("click", () => addArticle());
$("file-input").addEventListener("change", async (e) => {
  await addFiles([...e.target.files]);
  e.target.value = "";
});
$("restore-samples").addEventListener("click", () => {
  articles = [...samples(), ...articles.filter((a) => !a.sample && !SAMPLES.some((s) => s.id === a.id))];
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
// A link to a fact (from the matrix or a source's lists) opens it and puts the focus on it.
document.addEventListener("click", (e) => {
  const link = e.target.closest?.('a[href^="#fact-"]');
  const fact = link && document.getElementById(link.getAttribute("href").slice(1));
  if (!fact) return;
  e.preventDefault();
  fact.open = true;
  fact.scrollIntoView({ block: "start" });
  fact.querySelector("summary").focus({ preventScroll: true });
});
addEventListener("pagehide", () => { if (dirty) persist(); });
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden" && dirty) persist(); });

renderInputs();
run();
