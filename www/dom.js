// Small DOM helpers. Article text only ever becomes text nodes (textContent, createTextNode),
// never markup: nothing here parses HTML.

/** el("p", { class: "x", text: "…", onclick }, child, …) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** "1 fact", "3 facts" */
export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The text with <mark> elements over the given spans (UTF-16 offsets, as analyze() gives them).
 * Overlapping spans are clipped so each character is marked at most once.
 * spans: [{ start, end, className?, key? }]; returns a DocumentFragment.
 */
export function markedText(text, spans) {
  const frag = document.createDocumentFragment();
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    if (start >= s.end) continue;
    if (start > at) frag.append(document.createTextNode(text.slice(at, start)));
    const mark = el("mark", { class: s.className, dataset: { start: String(s.start), end: String(s.end) } });
    mark.append(document.createTextNode(text.slice(start, s.end)));
    frag.append(mark);
    at = s.end;
  }
  if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

/** Offers a string as a file download (Blob + object URL: same origin, nothing is sent). */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
