// For an article read from a web page: what the page's markup says about it (title, byline,
// authors, canonical URL, last change) and a disclosure listing every block left out of the
// story. All of it becomes text nodes; the canonical URL is shown, never linked.
import { el, plural } from "../dom.js";

const MARKUP = "from the page's markup";

/** The page block shown above an HTML article's text in the reader, or null for a text article. */
export function renderPageInfo(article, { open = false, onToggle = () => {} } = {}) {
  const page = article?.page;
  if (!page) return null;
  const facts = [
    ["Title", article.title?.source === "markup" ? `${article.title.value} (${MARKUP})` : null],
    ["Byline", page.byline],
    ["Authors", page.authors?.length ? page.authors.join(", ") : null],
    ["Canonical URL", page.canonicalUrl],
    ["Modified", page.modified],
  ].filter(([, v]) => v);
  const removed = page.removed ?? [];
  const details = el("details", { class: "removed", "data-testid": "removed", open: open || null },
    el("summary", { text: `Removed from the page (${plural(removed.length, "block")})` }),
    removed.length
      ? el("ol", { class: "removed-list", tabindex: "0", "aria-label": "Blocks removed from the page" }, removed.map((r) =>
        el("li", { "data-kind": r.kind }, el("span", { class: "removed-kind", text: r.kind }), " ", el("span", { class: "removed-text", text: r.text }))))
      : el("p", { class: "note", text: "Nothing: the whole page was the story." }));
  details.addEventListener("toggle", () => onToggle(details.open));
  return el("div", { class: "page-info", "data-testid": "page-info" },
    el("p", { class: "note page-source", text: "Read from a web page." }),
    facts.length
      ? el("dl", { class: "page-facts" }, facts.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]))
      : null,
    details);
}

/** How a found value's origin is said after it: "" for the text, " (from the page's markup)", … */
export function foundFrom(meta) {
  if (meta?.source === "markup") return ` (${MARKUP})`;
  if (meta?.source === "cross-source") return " (from the other reports)";
  return "";
}
