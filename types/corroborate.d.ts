// Generated from the Rust types by `UPDATE_TYPES=1 cargo test typescript`; do not edit.
// Every span is in UTF-16 code units of the article's input text: text.slice(start, end) === span.text.

/**
 * One article as the caller gives it.
 *
 * Give the story as `text`, or the page as `html` (exactly one of them). Values given here
 * win over what corroborate finds in the markup or the text.
 */
export type ArticleInput = ({ text: string, html?: never } | { html: string, text?: never }) & { 
/**
 * A unique id; defaults to the article's 1-based position (`"1"`, `"2"`, …).
 */
id?: string, 
/**
 * The article as plain text, as pasted.
 */
text?: string, 
/**
 * The article as an HTML page, instead of `text`: its story is extracted and analysed,
 * and the article's `text` in the analysis is that extraction.
 */
html?: string, 
/**
 * Where it was published.
 */
url?: string, 
/**
 * The outlet's name, e.g. `"Alliance News"`.
 */
outlet?: string, 
/**
 * Publication date, `YYYY-MM-DD`.
 */
published?: string, };

/**
 * Options for [`analyze`](crate::analyze). None are required.
 */
export type AnalyzeOptions = Record<symbol, never>;

/**
 * The result of one `analyze` call.
 */
export type Analysis = { 
/**
 * The corroborate version that made this analysis.
 */
version: string, 
/**
 * The date of the event the sources agree on (`YYYY-MM-DD`), when they do.
 */
eventDate: string | null, 
/**
 * One entry per input article, in input order.
 */
articles: Array<ArticleAnalysis>, 
/**
 * People, organisations, places… merged across articles.
 */
entities: Array<Entity>, 
/**
 * Statements grouped across articles, with their status.
 */
facts: Array<Fact>, 
/**
 * The same slot with different values in different articles.
 */
conflicts: Array<Conflict>, 
/**
 * The same quote as worded by different articles.
 */
quoteGroups: Array<QuoteGroup>, 
/**
 * Dated events across all articles, in date order.
 */
timeline: Array<TimelineEntry>, 
/**
 * Passages copied word for word, or nearly, between articles.
 */
reuse: Array<Reuse>, 
/**
 * Per article: what it adds, what it leaves out, how it words things.
 */
sources: Array<SourceProfile>, 
/**
 * The articles grouped by the event they report, the main event first. Articles outside
 * the first group are `offTopic` in `sources` (when the first group has two or more).
 */
events: Array<EventGroup>, };

/**
 * A stretch of one article's input text.
 */
export type Span = { 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * A span in a named article, for results that cross articles.
 */
export type ArticleSpan = { 
/**
 * The article's id.
 */
article: string, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * Where a metadata value came from.
 */
export type MetaSource = "caller" | "text" | "markup" | "cross-source";

/**
 * A metadata value (title, outlet, date, dateline) and where it came from.
 */
export type Meta = { 
/**
 * The value, e.g. `"Alliance News"` or `"2025-06-20"`.
 */
value: string, 
/**
 * Where the value stands in the text, when it was found there.
 */
span: Span | null, source: MetaSource, };

/**
 * What one article says, as layers of spans over its text.
 */
export type ArticleAnalysis = { 
/**
 * The caller's id, or the 1-based position.
 */
id: string, url: string | null, 
/**
 * For an article given as `html`: the plain text extracted from it, which every span
 * of this article indexes. Absent for `text` articles (their text is the input).
 */
text?: string, 
/**
 * For an article given as `html`: what its page says beyond the story.
 */
page?: PageInfo, title: Meta | null, outlet: Meta | null, 
/**
 * Publication date, `YYYY-MM-DD`.
 */
published: Meta | null, 
/**
 * The dateline place(s), e.g. `"MOSCOW/BEIJING"`.
 */
dateline: Meta | null, 
/**
 * Length of the input text in UTF-16 code units.
 */
length: number, 
/**
 * What is not the story: share prompts, comment forms, footers, breadcrumbs, markers.
 */
boilerplate: Array<Boilerplate>, 
/**
 * Paragraphs, in order.
 */
paragraphs: Array<Span>, 
/**
 * Sentences, in order; headings are flagged.
 */
sentences: Array<Sentence>, 
/**
 * The entities this article mentions (its mentions point here).
 */
entities: Array<ArticleEntity>, 
/**
 * Names, titles and references to entities.
 */
mentions: Array<Mention>, 
/**
 * Date and time expressions with normalised values.
 */
times: Array<TimeExpression>, 
/**
 * Numbers with what they count.
 */
quantities: Array<Quantity>, 
/**
 * Direct quotes and reported speech.
 */
quotes: Array<Quote>, 
/**
 * Statements the article makes.
 */
claims: Array<Claim>, };

/**
 * What an HTML article's page says beyond its story.
 */
export type PageInfo = { 
/**
 * `<link rel="canonical">` or `og:url`.
 */
canonicalUrl: string | null, 
/**
 * Author names from JSON-LD or `<meta name="author">`.
 */
authors: Array<string>, 
/**
 * The byline as shown on the page, e.g. `"By A. Writer"`.
 */
byline: string | null, 
/**
 * Last modification time as the markup gives it.
 */
modified: string | null, 
/**
 * What was left out of the story, in page order ("show what was removed").
 */
removed: Array<Removed>, };

/**
 * A block of an HTML page left out of the story.
 */
export type Removed = { 
/**
 * Why: `"navigation"`, `"share"`, `"comments"`, `"related"`, `"ad"`, `"cookie"`,
 * `"caption"`, `"byline"`, `"footer"`, `"header"`, `"sidebar"`, `"links"`, `"headline"`,
 * `"outside"` (beside the story's container), …
 */
kind: string, 
/**
 * Its text, white space collapsed.
 */
text: string, };

/**
 * A stretch of text that is not the story.
 */
export type Boilerplate = { 
/**
 * What it is: `"section-label"`, `"breadcrumb"`, `"share"`, `"comment-form"`, `"footer"`, `"date-marker"`, `"tagline"`, …
 */
kind: string, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * A sentence of the article.
 */
export type Sentence = { 
/**
 * Index into `paragraphs`.
 */
paragraph: number, 
/**
 * A heading or label line rather than a sentence of the story.
 */
heading: boolean, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * The kinds of entity corroborate tells apart.
 */
export type EntityKind = "person" | "org" | "place" | "event" | "law" | "group";

/**
 * An entity as one article refers to it.
 */
export type ArticleEntity = { 
/**
 * Its fullest name in this article, e.g. `"Vladimir Putin"`.
 */
name: string, kind: EntityKind, 
/**
 * Other names used for it here, e.g. `["Putin", "President Putin"]`.
 */
aliases: Array<string>, 
/**
 * Titles and roles given to it, e.g. `["Kremlin aide"]`.
 */
roles: Array<string>, 
/**
 * Indexes into `mentions`.
 */
mentions: Array<number>, };

/**
 * One mention of an entity.
 */
export type Mention = { kind: EntityKind, 
/**
 * Index into the article's `entities`.
 */
entity: number, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * What a time expression denotes.
 */
export type TimeKind = "date" | "time" | "duration" | "set";

/**
 * How a time value was fixed on the calendar.
 */
export type Anchor = "explicit" | "publication" | "cross-source" | "unresolved";

/**
 * A date or time expression.
 */
export type TimeExpression = { 
/**
 * ISO 8601: `2025-06-19`, `2025-08`, `2025-W24`, `2025-06-19T22:35`, `P7D`.
 */
value: string | null, kind: TimeKind, anchor: Anchor, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * How a number is bounded.
 */
export type Bound = "at least" | "at most" | "more than" | "less than" | "about";

/**
 * A number and what it counts.
 */
export type Quantity = { value: number, 
/**
 * The upper end of a range ("between 200 and 300").
 */
max: number | null, 
/**
 * What is counted: `"people"`, `"percent"`, `"USD"`, `"hour"`, …
 */
unit: string | null, bound: Bound | null, 
/**
 * What the number is about, e.g. `"killed in Iran"`.
 */
about: string | null, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * Who is quoted.
 */
export type Speaker = { 
/**
 * The speaker's name as the article's entity has it.
 */
name: string, 
/**
 * Index into the article's `entities`, when the speaker is one.
 */
entity: number | null, 
/**
 * Where the speaker is named for this quote.
 */
span: Span | null, };

/**
 * A direct quote, or reported speech (`direct: false`).
 */
export type Quote = { direct: boolean, speaker: Speaker | null, 
/**
 * The speech verb or phrase: "said", "stated", "according to".
 */
cue: Span | null, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * A statement the article makes.
 */
export type Claim = { 
/**
 * Index into `sentences`.
 */
sentence: number, 
/**
 * Indexes into `mentions`, `times` and `quantities`.
 */
mentions: Array<number>, times: Array<number>, quantities: Array<number>, 
/**
 * Who the article attributes the claim to, if anyone.
 */
attributedTo: string | null, 
/**
 * Index into `quotes` for the attribution.
 */
quote: number | null, negated: boolean, hedged: boolean, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * An entity merged across articles.
 */
export type Entity = { 
/**
 * Stable within one analysis, e.g. `"e3"`.
 */
id: string, name: string, kind: EntityKind, 
/**
 * Other names, including metonyms ("Moscow" for Russia).
 */
aliases: Array<string>, 
/**
 * Spellings of the same name that differ ("Yury Ushakov" next to "Yuri Ushakov").
 */
variants: Array<string>, roles: Array<string>, 
/**
 * Which articles name it, and how often.
 */
articles: Array<EntityInArticle>, };

/**
 * How often one article names an entity.
 */
export type EntityInArticle = { article: string, 
/**
 * Index into that article's `entities`.
 */
entity: number, mentions: number, };

/**
 * How well a fact is supported.
 */
export type FactStatus = "corroborated" | "single-source" | "disputed";

/**
 * One statement as several articles report it.
 */
export type Fact = { id: string, 
/**
 * A short label, e.g. "Putin offered Russia's mediation".
 */
label: string, status: FactStatus, 
/**
 * The supporting spans, per article.
 */
support: Array<ArticleSpan>, 
/**
 * The articles that report it.
 */
articles: Array<string>, };

/**
 * What kind of slot differs.
 */
export type ConflictKind = "number" | "date" | "place" | "attribution" | "quote-wording" | "name" | "scope";

/**
 * One side of a conflict.
 */
export type ConflictValue = { article: string, 
/**
 * The value as normalised, e.g. `"2025-09-02"` or `"217"`.
 */
value: string, bound: Bound | null, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * The same slot with different values in different articles.
 */
export type Conflict = { id: string, kind: ConflictKind, 
/**
 * What differs, e.g. "when Putin and Xi meet next".
 */
about: string, values: Array<ConflictValue>, };

/**
 * A piece of a word-level diff.
 */
export type DiffPart = { 
/**
 * `"equal"`, `"insert"` or `"delete"`, relative to the group's first quote.
 */
op: string, text: string, };

/**
 * One article's wording of a grouped quote.
 */
export type QuoteVariant = { article: string, 
/**
 * Index into that article's `quotes`.
 */
quote: number, 
/**
 * Word-level diff from the group's first quote to this one.
 */
diff: Array<DiffPart>, 
/**
 * Start, in UTF-16 code units.
 */
start: number, 
/**
 * End (exclusive), in UTF-16 code units.
 */
end: number, 
/**
 * The text between them.
 */
text: string, };

/**
 * The same quote across articles.
 */
export type QuoteGroup = { id: string, speaker: string | null, 
/**
 * Whether every article names the same speaker.
 */
speakerAgrees: boolean, 
/**
 * Whether every wording is the same, word for word.
 */
verbatim: boolean, quotes: Array<QuoteVariant>, };

/**
 * A dated event of the story.
 */
export type TimelineEntry = { 
/**
 * ISO 8601 date value.
 */
date: string, label: string, 
/**
 * Where each article states it.
 */
mentions: Array<ArticleSpan>, articles: Array<string>, };

/**
 * A passage shared between two articles.
 */
export type ReusedPassage = { a: Span, b: Span, 
/**
 * 1.0 for word-for-word copies.
 */
similarity: number, };

/**
 * Passages one article shares with another.
 */
export type Reuse = { 
/**
 * The two articles' ids.
 */
a: string, b: string, passages: Array<ReusedPassage>, };

/**
 * What one source adds, leaves out, and how it words things.
 */
export type SourceProfile = { article: string, 
/**
 * How many corroborated facts it reports.
 */
corroborated: number, 
/**
 * Ids of the facts only it reports.
 */
singleSource: Array<string>, 
/**
 * Ids of facts most other sources report and it does not.
 */
omits: Array<string>, 
/**
 * Share of its claims attributed to someone (0 to 1).
 */
attributedShare: number, 
/**
 * Evaluative wording ("thinly veiled", "bellicose").
 */
evaluative: Array<Span>, 
/**
 * Whether it is about a different event than the others.
 */
offTopic: boolean, };

/**
 * Articles that report the same event.
 */
export type EventGroup = { 
/**
 * `"g1"` for the main event, then `"g2"`, … by size.
 */
id: string, 
/**
 * The articles' ids, in article-id order.
 */
articles: Array<string>, 
/**
 * The names most of its articles share, e.g. `"Putin, Xi Jinping, Iran"`; none when its
 * articles share no entity.
 */
label: string | null, };
