// Conflicts, quote groups, entities, timeline and per-source profiles.
import { el, plural } from "../dom.js";
import { formatDate } from "./overview.js";

const KIND = {
  number: "Numbers differ", date: "Dates differ", place: "Places differ", attribution: "Attribution differs",
  "quote-wording": "Quote worded differently", name: "Names differ", scope: "Broader vs narrower word",
};

export function renderConflicts(ctx) {
  const { conflicts } = ctx.analysis;
  return el("section", { id: "conflicts", class: "panel", "aria-labelledby": "conflicts-title" },
    el("h3", { id: "conflicts-title", text: `Conflicts (${conflicts.length})` }),
    conflicts.length ? null : el("p", { class: "note", text: "The sources do not contradict each other on anything found." }),
    el("div", { class: "conflicts" }, conflicts.map((c) =>
      el("div", { class: "scroll" },
        el("table", { class: "conflict-table", "data-testid": "conflict", dataset: { kind: c.kind } },
          el("caption", {}, el("span", { class: "badge conflict", text: KIND[c.kind] ?? c.kind }), " ", el("span", { text: c.about })),
          el("thead", {}, el("tr", {}, ["Source", "Value", "Bound", "As worded"].map((h) => el("th", { scope: "col", text: h })))),
          el("tbody", {}, c.values.map((v) => el("tr", {},
            el("th", { scope: "row", text: ctx.name(v.article) }),
            el("td", { class: "value", text: v.value }),
            el("td", { text: v.bound ?? "—" }),
            // A quote's value is its wording: no need to print it twice.
            el("td", {}, ctx.spanButton(v, v.value === v.text ? "Show in the text" : v.text.trim(), v.value === v.text ? "small" : ""))))))))));
}

/** A quote's word diff: insertions as <ins>, deletions as <del> (underlined / struck through, and named for screen readers). */
export function diffView(parts) {
  const out = el("span", { class: "diff" });
  parts.forEach((p, i) => {
    const sep = i > 0 && !/^[\s,.;:!?’”)]/.test(p.text) ? " " : "";
    if (sep) out.append(sep);
    if (p.op === "insert") out.append(el("ins", {}, el("span", { class: "visually-hidden", text: "[added: " }), p.text, el("span", { class: "visually-hidden", text: "]" })));
    else if (p.op === "delete") out.append(el("del", {}, el("span", { class: "visually-hidden", text: "[left out: " }), p.text, el("span", { class: "visually-hidden", text: "]" })));
    else out.append(p.text);
  });
  return out;
}

export function renderQuotes(ctx) {
  const groups = [...ctx.analysis.quoteGroups].sort((a, b) => Number(a.verbatim) - Number(b.verbatim));
  return el("section", { id: "quotes", class: "panel", "aria-labelledby": "quotes-title" },
    el("h3", { id: "quotes-title", text: `Quotes across sources (${groups.length})` }),
    el("p", { class: "note" }, "Each wording against the first: ", el("ins", { text: "added words" }), " and ", el("del", { text: "left-out words" }), "."),
    groups.length ? null : el("p", { class: "note", text: "No quote appears in more than one source." }),
    el("div", { class: "quote-groups" }, groups.map((g) =>
      el("div", { class: "quote-group", "data-testid": "quote-group", dataset: { verbatim: String(g.verbatim) } },
        el("h4", {}, g.speaker ?? "Unnamed speaker", " ",
          el("span", { class: `badge ${g.verbatim ? "corroborated" : "conflict"}`, text: g.verbatim ? "same wording" : "worded differently" }),
          g.speakerAgrees ? null : el("span", { class: "badge disputed", text: "speaker differs" })),
        el("ul", { class: "quote-variants" }, g.quotes.map((q, i) =>
          el("li", {},
            el("span", { class: "source-name", text: ctx.name(q.article) + (i === 0 ? " (first)" : "") }),
            el("blockquote", {}, i === 0 || g.verbatim ? q.text : diffView(q.diff)),
            ctx.spanButton(q, "Show in the text", "small"))))))));
}

export function renderEntities(ctx) {
  const entities = [...ctx.analysis.entities].map((e) => ({ ...e, total: e.articles.reduce((n, a) => n + a.mentions, 0) }))
    .sort((a, b) => b.articles.length - a.articles.length || b.total - a.total);
  const LIMIT = 24;
  const list = el("ul", { class: "entities" });
  const show = (n) => list.replaceChildren(...entities.slice(0, n).map((e) => entity(ctx, e)));
  show(LIMIT);
  const more = entities.length > LIMIT
    ? el("button", { type: "button", class: "quiet small", text: `Show all ${entities.length}`, onclick: (ev) => { show(entities.length); ev.target.remove(); } })
    : null;
  return el("section", { id: "entities", class: "panel", "aria-labelledby": "entities-title" },
    el("h3", { id: "entities-title", text: `People, organisations, places (${entities.length})` }),
    el("p", { class: "note", text: "Choose a name to mark its mentions in the article text." }),
    list, more);
}

function entity(ctx, e) {
  const spans = e.articles.flatMap((a) => {
    const art = ctx.byId.get(a.article);
    const local = art?.entities[a.entity];
    return local ? local.mentions.map((m) => ({ ...art.mentions[m], article: a.article })) : [];
  });
  const other = [...new Set([...e.variants, ...e.aliases])].filter((n) => n !== e.name);
  return el("li", { class: "entity", "data-testid": "entity", dataset: { entity: e.id } },
    el("button", { type: "button", class: "entity-name", "aria-pressed": "false", onclick: (ev) => {
      const on = ev.currentTarget.getAttribute("aria-pressed") !== "true";
      for (const b of document.querySelectorAll(".entity-name[aria-pressed=true]")) b.setAttribute("aria-pressed", "false");
      ev.currentTarget.setAttribute("aria-pressed", String(on));
      if (on) ctx.highlight(`${e.name} (${plural(spans.length, "mention")})`, spans, "entity", true);
      else ctx.highlight(null, []);
    } }, e.name),
    el("span", { class: "kind", text: e.kind }),
    e.roles.length ? el("span", { class: "roles", text: e.roles.join("; ") }) : null,
    other.length ? el("span", { class: "variants", text: `also: ${other.join(", ")}` }) : null,
    el("span", { class: "counts", text: e.articles.map((a) => `${ctx.name(a.article)} ${a.mentions}`).join(" · ") }));
}

export function renderTimeline(ctx) {
  const { timeline } = ctx.analysis;
  return el("section", { id: "timeline", class: "panel", "aria-labelledby": "timeline-title" },
    el("h3", { id: "timeline-title", text: "Timeline" }),
    timeline.length ? null : el("p", { class: "note", text: "No dated events found." }),
    el("ol", { class: "timeline", "data-testid": "timeline" }, timeline.map((t) =>
      el("li", {},
        el("span", { class: "when", text: formatDate(t.date) }),
        el("span", { class: "what", text: t.label }),
        el("span", { class: "by" }, t.mentions.map((m) => ctx.spanButton(m, ctx.name(m.article), "small")))))));
}

export function renderSources(ctx) {
  const facts = new Map(ctx.analysis.facts.map((f) => [f.id, f]));
  const factLinks = (ids) => el("ul", { class: "fact-links" }, ids.slice(0, 8).map((id) =>
    el("li", {}, el("a", { href: `#fact-${id}`, text: `${ctx.factNo.get(id)}. ${facts.get(id)?.label ?? id}` }))),
  ids.length > 8 ? el("li", { class: "note", text: `and ${ids.length - 8} more` }) : null);
  return el("section", { id: "sources", class: "panel", "aria-labelledby": "sources-title" },
    el("h3", { id: "sources-title", text: "Per source" }),
    el("div", { class: "source-cards" }, ctx.analysis.sources.map((s) =>
      el("article", { class: "source-card", "data-testid": "source", dataset: { article: s.article } },
        el("h4", {}, ctx.name(s.article), s.offTopic ? el("span", { class: "tag", text: "off topic: about another event" }) : null),
        el("p", { class: "note", text: `${plural(s.corroborated, "corroborated fact")} · ${Math.round(s.attributedShare * 100)}% of its statements attributed to someone` }),
        el("h5", { text: `Adds (${s.singleSource.length})` }),
        s.singleSource.length ? factLinks(s.singleSource) : el("p", { class: "note", text: "Nothing only it reports." }),
        el("h5", { text: `Leaves out (${s.omits.length})` }),
        s.omits.length ? factLinks(s.omits) : el("p", { class: "note", text: "Nothing most others report." }),
        el("h5", { text: `Evaluative wording (${s.evaluative.length})` }),
        s.evaluative.length
          ? el("p", { class: "evaluative" }, s.evaluative.map((v) => ctx.spanButton({ ...v, article: s.article }, v.text, "small")))
          : el("p", { class: "note", text: "None found." })))));
}
