// Facts: corroborated first, then disputed, then single-source; each opens to its sentences per source.
import { el, plural } from "../dom.js";

const STATUS = {
  corroborated: { title: "Corroborated", badge: "✓ corroborated", note: "reported by two or more sources that did not copy each other" },
  disputed: { title: "Disputed", badge: "! disputed", note: "denied or not confirmed by another source" },
  "single-source": { title: "Single-source", badge: "1 source only", note: "reported by one source only" },
};

const ORDER = ["corroborated", "disputed", "single-source"];

/** The facts in display order: by status, then by how many sources report them. */
export function orderFacts(facts) {
  return [...facts].sort((a, b) =>
    ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || b.articles.length - a.articles.length);
}

export function factText(ctx, fact) {
  const lines = [`${fact.label} (${fact.status}, ${plural(fact.articles.length, "source")})`];
  for (const s of fact.support) lines.push(`- ${ctx.name(s.article)}: “${s.text.trim()}”`);
  return lines.join("\n");
}

export function renderFacts(ctx) {
  const section = el("section", { id: "facts", class: "panel", "aria-labelledby": "facts-title" },
    el("h3", { id: "facts-title", text: "Facts" }),
    el("p", { class: "note", text: "Open a fact to see the sentences that report it; choose a sentence to see it in its article." }));
  for (const status of ORDER) {
    const facts = ctx.ordered.filter((f) => f.status === status);
    if (!facts.length) continue;
    const { title, note } = STATUS[status];
    // Long lists (many articles) show the first 100 and build the rest on request.
    const LIMIT = 100;
    const list = el("ol", { class: "facts", start: String(ctx.factNo.get(facts[0].id)) }, facts.slice(0, LIMIT).map((f) => el("li", {}, fact(ctx, f))));
    const more = facts.length > LIMIT
      ? el("button", { type: "button", class: "quiet small", text: `Show all ${facts.length}`, onclick: (ev) => {
        list.append(...facts.slice(LIMIT).map((f) => el("li", {}, fact(ctx, f))));
        ev.currentTarget.remove();
      } })
      : null;
    section.append(
      el("h4", { id: `facts-${status}` }, `${title} (${facts.length})`, el("span", { class: "note", text: ` — ${note}` })),
      list, more);
  }
  if (!ctx.ordered.length) section.append(el("p", { text: "No facts found yet." }));
  return section;
}

function fact(ctx, f) {
  const details = el("details", { class: `fact ${f.status}`, id: `fact-${f.id}`, "data-testid": "fact", dataset: { status: f.status, fact: f.id, sources: String(f.articles.length) } },
    el("summary", {},
      el("span", { class: `badge ${f.status}`, text: STATUS[f.status].badge }), " ",
      el("span", { class: "fact-label", text: f.label }), " ",
      el("span", { class: "sources-line", text: `— ${f.articles.map(ctx.name).join(", ")}` })));
  let built = false;
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    if (!built) {
      built = true;
      details.append(factBody(ctx, f));
    }
    ctx.highlight(`Fact ${ctx.factNo.get(f.id)}: ${f.label}`, f.support, "fact");
  });
  return details;
}

function factBody(ctx, f) {
  const bySource = f.articles.map((article) => [article, f.support.filter((s) => s.article === article)]);
  return el("div", { class: "fact-body" },
    el("ul", { class: "support" }, bySource.map(([article, spans]) =>
      el("li", {},
        el("span", { class: "source-name", text: ctx.name(article) }),
        spans.map((s) => ctx.spanButton(s, s.text.trim()))))),
    el("div", { class: "row-actions" },
      el("button", { type: "button", class: "quiet small", onclick: () => ctx.highlight(`Fact ${ctx.factNo.get(f.id)}: ${f.label}`, f.support, "fact", true), text: "Mark all in the text" }),
      el("button", { type: "button", class: "quiet small", "data-testid": "copy-fact", onclick: () => ctx.copy(factText(ctx, f)), text: "Copy with sources" })));
}
