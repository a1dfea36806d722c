// The article text panel: one article at a time, with <mark>s over the spans chosen elsewhere.
import { el, markedText, plural } from "../dom.js";
import { renderPageInfo } from "./page.js";

export function createReader(root) {
  let texts = new Map(); // article id -> the text that was analysed
  let byId = new Map(); // article id -> its analysis (for a web page's page info)
  const pageOpen = new Set(); // article ids whose "removed" list is open
  let name = (id) => id;
  let ids = [];
  let article = null;
  let marks = { label: null, spans: [], kind: null };
  let current = null; // the one span to scroll to
  let origin = null; // the control that asked to show it, to go back to

  const select = el("select", { id: "reader-article", "data-testid": "reader-select" });
  const note = el("div", { class: "reader-note", "aria-live": "polite" });
  const pageBox = el("div", { class: "page-box" });
  const text = el("div", { class: "reader-text", "data-testid": "reader-text", tabindex: "0", role: "region", "aria-label": "Article text" });
  select.addEventListener("change", () => { article = select.value; current = null; drawPage(); draw("inner"); });
  root.replaceChildren(
    el("div", { class: "section-head" },
      el("h3", { id: "reader-title", text: "Article text" }),
      el("label", { class: "inline", for: "reader-article" }, "Show ", select)),
    note, pageBox, text);

  function drawPage() {
    const id = article;
    pageBox.replaceChildren(renderPageInfo(byId.get(id), {
      open: pageOpen.has(id),
      onToggle: (open) => (open ? pageOpen.add(id) : pageOpen.delete(id)),
    }) ?? "");
    pageBox.dataset.article = id ?? "";
  }

  // scroll: "none", "inner" (only the text box scrolls to the mark) or "page" (the mark is brought into view and focused).
  function draw(scroll = "none") {
    const body = texts.get(article) ?? "";
    const here = marks.spans.filter((s) => s.article === article).map((s) => ({
      ...s, className: [marks.kind, current && s.start === current.start && s.end === current.end ? "current" : ""].join(" ").trim(),
    }));
    if (current && current.article === article && !here.some((s) => s.start === current.start && s.end === current.end)) {
      here.push({ ...current, className: "current" });
    }
    text.replaceChildren(markedText(body, here));
    text.dataset.article = article ?? "";
    drawNote(here.length);
    const target = text.querySelector("mark.current") ?? text.querySelector("mark");
    if (!target || scroll === "none") return;
    if (scroll === "inner") {
      text.scrollTop = Math.max(0, target.offsetTop - text.clientHeight / 3);
      return;
    }
    target.tabIndex = -1;
    target.scrollIntoView({ block: "center", behavior: "instant" });
    target.focus({ preventScroll: true });
  }

  function back() {
    return origin?.isConnected
      ? el("button", { type: "button", class: "quiet small", onclick: () => { origin.scrollIntoView({ block: "center" }); origin.focus(); }, text: "← Back to where you were" })
      : null;
  }

  function drawNote(hereCount) {
    if (!marks.label) {
      note.replaceChildren(el("p", { class: "note" }, current ? "The chosen passage is marked. " : "Choose a fact, a quote, a name or a date to mark it here.", current ? back() : null));
      return;
    }
    const per = new Map();
    for (const s of marks.spans) per.set(s.article, (per.get(s.article) ?? 0) + 1);
    const elsewhere = [...per].filter(([id]) => id !== article);
    note.replaceChildren(
      el("p", {}, el("strong", { text: marks.label }), ` — ${plural(hereCount, "place")} marked in this article.`,
        " ", el("button", { type: "button", class: "quiet small", onclick: () => { marks = { label: null, spans: [], kind: null }; current = null; draw(); text.focus(); }, text: "Clear marks" }),
        " ", current ? back() : null),
      elsewhere.length
        ? el("p", { class: "elsewhere" }, "Also in: ", elsewhere.map(([id, n]) =>
          el("button", { type: "button", class: "quiet small", onclick: () => { current = null; choose(id, "inner"); }, text: `${name(id)} (${n})` })))
        : null);
  }

  function choose(id, scroll) {
    const other = id !== pageBox.dataset.article;
    article = id;
    select.value = id;
    if (other) drawPage();
    draw(scroll);
  }

  return {
    /** New results: keeps the chosen article and marks when they still exist. */
    update(analysis, analysedTexts, nameOf) {
      texts = analysedTexts;
      name = nameOf;
      byId = new Map(analysis.articles.map((a) => [a.id, a]));
      ids = analysis.articles.map((a) => a.id);
      select.replaceChildren(...ids.map((id) => el("option", { value: id, text: name(id) })));
      if (!ids.includes(article)) article = ids[0] ?? null;
      select.value = article ?? "";
      marks = { label: null, spans: [], kind: null };
      current = null;
      drawPage();
      draw();
    },
    /** Shows a web page article's list of removed blocks, opened and focused. */
    showRemoved(id) {
      if (!byId.get(id)?.page) return;
      pageOpen.add(id);
      current = null;
      article = id;
      select.value = id;
      drawPage();
      draw();
      const summary = pageBox.querySelector("summary");
      if (!summary) return;
      summary.focus({ preventScroll: true });
      // Twice: panels skipped while off screen (content-visibility) take their real height as
      // they come into view, which can move the reader after the first scroll.
      summary.scrollIntoView({ block: "start" });
      requestAnimationFrame(() => requestAnimationFrame(() => summary.scrollIntoView({ block: "nearest" })));
    },
    /** Marks spans (with .article) across articles; shows the first article that has one when `reveal`. */
    highlight(label, spans, kind = "fact", reveal = false) {
      marks = { label, spans: spans ?? [], kind };
      current = null;
      const first = marks.spans[0]?.article;
      if (reveal && first && !marks.spans.some((s) => s.article === article)) article = first;
      choose(article, reveal ? "page" : "inner");
    },
    /** Shows one span: switches to its article, marks it, scrolls it into view and focuses it. */
    show(span, from = null) {
      current = span;
      origin = from;
      choose(span.article, "page");
    },
  };
}
