// Overview: the event date, the counts, and the source × fact coverage matrix.
import { el } from "../dom.js";

const DATE = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2025-06-19" -> "Thursday, 19 June 2025"; other ISO values ("2025-06", "2025-W24") as they are. */
export function formatDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso ?? "")) return iso ?? "";
  return DATE.format(new Date(`${iso}T00:00:00Z`));
}

export function renderOverview(ctx) {
  const { analysis, ordered } = ctx;
  const count = (status) => analysis.facts.filter((f) => f.status === status).length;
  const tile = (id, n, what, cls, href) =>
    el("li", { class: `tile ${cls}`, "data-testid": `count-${id}`, dataset: { count: String(n) } },
      el("a", { href }, el("strong", { text: String(n) }), " ", what));
  const offTopic = analysis.sources.filter((s) => s.offTopic);
  return el("section", { id: "overview", class: "panel", "data-testid": "overview", "aria-labelledby": "overview-title" },
    el("h3", { id: "overview-title", text: "Overview" }),
    el("p", { class: "event-date", "data-testid": "event-date" },
      analysis.eventDate
        ? [el("span", { text: "Event date the sources agree on: " }), el("strong", { text: formatDate(analysis.eventDate) })]
        : el("span", { text: "The sources do not agree on a date for the event." })),
    el("ul", { class: "tiles" },
      tile("corroborated", count("corroborated"), "corroborated", "corroborated", "#facts-corroborated"),
      tile("disputed", count("disputed"), "disputed", "disputed", "#facts-disputed"),
      tile("single-source", count("single-source"), "single-source", "single", "#facts-single-source"),
      tile("conflicts", analysis.conflicts.length, analysis.conflicts.length === 1 ? "conflict" : "conflicts", "conflict", "#conflicts")),
    offTopic.length
      ? el("p", { class: "note" }, `About another event, kept out of the comparison: ${offTopic.map((s) => ctx.name(s.article)).join(", ")}.`)
      : null,
    matrix(ctx, ordered));
}

// Rows are sources; one column per corroborated or disputed fact (numbered as in the facts list),
// then how many facts only that source reports.
function matrix(ctx, ordered) {
  // At most 40 columns: with many articles the list below has the rest.
  const all = ordered.filter((f) => f.status !== "single-source");
  const shared = all.slice(0, 40);
  const sources = ctx.analysis.sources;
  if (!shared.length) return el("p", { class: "note", text: "No fact is reported by more than one source yet." });
  const groups = ["corroborated", "disputed"].map((s) => [s, shared.filter((f) => f.status === s).length]).filter(([, n]) => n);
  const head = el("thead", {},
    el("tr", {}, el("td", {}),
      groups.map(([s, n]) => el("th", { scope: "colgroup", colspan: String(n), class: `group ${s}`, text: s === "corroborated" ? "Corroborated facts" : "Disputed" })),
      el("td", {})),
    el("tr", {}, el("th", { scope: "col", text: "Source" }),
      shared.map((f) => el("th", { scope: "col", class: f.status },
        el("a", { href: `#fact-${f.id}`, title: f.label, "aria-label": `Fact ${ctx.factNo.get(f.id)}: ${f.label}`, text: String(ctx.factNo.get(f.id)) }))),
      el("th", { scope: "col", class: "only", text: "Only here" })));
  // Cells are cloned from three prototypes: with 50 sources this table has 2,000 of them.
  const cell = (cls, mark, said) => el("td", { class: cls }, el("span", { "aria-hidden": "true", text: mark }), el("span", { class: "visually-hidden", text: said }));
  const proto = { corroborated: cell("hit corroborated", "●", "reports"), disputed: cell("hit disputed", "●", "reports"), miss: cell("miss", "·", "no") };
  const reporters = shared.map((f) => new Set(f.articles));
  const body = el("tbody", {}, sources.map((s) =>
    el("tr", { dataset: { article: s.article } },
      el("th", { scope: "row" }, el("span", { class: "source", text: ctx.name(s.article) }), s.offTopic ? el("span", { class: "tag", text: "off topic" }) : null),
      shared.map((f, i) => proto[reporters[i].has(s.article) ? f.status : "miss"].cloneNode(true)),
      el("td", { class: "only", text: String(s.singleSource.length) }))));
  return el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": "Coverage: which source reports which fact" },
    el("table", { class: "matrix", "data-testid": "coverage" },
      el("caption", { text: `Which source reports which fact (● reports it, · does not)${all.length > shared.length ? `; the ${shared.length} facts most reported of ${all.length}` : ""}` }), head, body));
}
