// Type-checks how a TypeScript user calls the package (tsc --noEmit): completions exist,
// and misuse is a type error (each @ts-expect-error must see one, or tsc fails).
import { analyze, toMarkdown, version, type Analysis, type ArticleInput, type Span } from "corroborate";

const story = "Putin and Xi spoke.";
const input: ArticleInput[] = [
  { id: "a", text: story, outlet: "Alliance News", published: "2025-06-20" },
  { id: "b", html: "<article><p>Xi and Putin held a call.</p></article>", url: "https://example.com/b" },
];
const analysis: Analysis = analyze(input);
const first: Span = analysis.articles[0].sentences[0];
const slice: string = story.slice(first.start, first.end);
// An HTML article reports the text its spans index, and what was left out of the page.
const extracted: string | undefined = analysis.articles[1].text;
const removed: string[] = analysis.articles[1].page?.removed.map((r) => `${r.kind}: ${r.text}`) ?? [];
const source: "caller" | "text" | "markup" | "cross-source" | undefined = analysis.articles[1].outlet?.source;
console.log(extracted, removed, source);
const heading: boolean = analysis.articles[0].sentences[0].heading;
const status: "corroborated" | "single-source" | "disputed" | undefined = analysis.facts[0]?.status;
const anchor = analysis.articles[0].times[0]?.anchor;
if (anchor === "cross-source" || anchor === "publication" || anchor === "explicit" || anchor === "unresolved") {
  console.log(anchor);
}
// Articles grouped by event, the main event first; the rest are `offTopic` in `sources`.
const mainEvent: string[] = analysis.events[0]?.articles ?? [];
const eventLabel: string | null | undefined = analysis.events[0]?.label;
const md: string = toMarkdown(analysis);
const v: string = version();
console.log(slice, heading, status, md, v, analysis.eventDate?.length, mainEvent, eventLabel);

// @ts-expect-error: an article needs `text` or `html`
analyze([{ id: "b" }]);
// @ts-expect-error: not both `text` and `html`
analyze([{ text: "a", html: "<p>a</p>" }]);
// @ts-expect-error: `txt` is not a field
analyze([{ txt: "typo" }]);
// @ts-expect-error: sentences are not strings
const wrong: string = analysis.articles[0].sentences[0];
// @ts-expect-error: no such status
const bad: typeof status = "confirmed";
console.log(wrong, bad);
