//! The `Analysis`: what [`analyze`](crate::analyze) returns, in the shape the JSON and the
//! TypeScript types have (camelCase fields, kebab-case values).
//!
//! Every [`Span`] is in UTF-16 code units of the article's input text, so in JavaScript
//! `article.text.slice(span.start, span.end) === span.text`.

use serde::{Deserialize, Serialize};

/// A stretch of one article's input text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Span {
    /// Start, in UTF-16 code units.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// The text between them.
    pub text: String,
}

/// A span in a named article, for results that cross articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ArticleSpan {
    /// The article's id.
    pub article: String,
    #[serde(flatten)]
    pub span: Span,
}

/// The result of one `analyze` call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// The corroborate version that made this analysis.
    pub version: String,
    /// The date of the event the sources agree on (`YYYY-MM-DD`), when they do.
    pub event_date: Option<String>,
    /// One entry per input article, in input order.
    pub articles: Vec<ArticleAnalysis>,
    /// People, organisations, places… merged across articles.
    pub entities: Vec<Entity>,
    /// Statements grouped across articles, with their status.
    pub facts: Vec<Fact>,
    /// The same slot with different values in different articles.
    pub conflicts: Vec<Conflict>,
    /// The same quote as worded by different articles.
    pub quote_groups: Vec<QuoteGroup>,
    /// Dated events across all articles, in date order.
    pub timeline: Vec<TimelineEntry>,
    /// Passages copied word for word, or nearly, between articles.
    pub reuse: Vec<Reuse>,
    /// Per article: what it adds, what it leaves out, how it words things.
    pub sources: Vec<SourceProfile>,
    /// The articles grouped by the event they report, the main event first. Articles outside
    /// the first group are `offTopic` in `sources` (when the first group has two or more).
    pub events: Vec<EventGroup>,
}

/// Where a metadata value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum MetaSource {
    /// Given by the caller.
    Caller,
    /// Found in the article's text.
    Text,
    /// Stated in the page's markup (JSON-LD, Open Graph, `<title>`, `<time>`), for HTML input.
    Markup,
    /// Inferred from the other articles.
    CrossSource,
}

/// A metadata value (title, outlet, date, dateline) and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Meta {
    /// The value, e.g. `"Alliance News"` or `"2025-06-20"`.
    pub value: String,
    /// Where the value stands in the text, when it was found there.
    pub span: Option<Span>,
    pub source: MetaSource,
}

/// What one article says, as layers of spans over its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ArticleAnalysis {
    /// The caller's id, or the 1-based position.
    pub id: String,
    pub url: Option<String>,
    /// For an article given as `html`: the plain text extracted from it, which every span
    /// of this article indexes. Absent for `text` articles (their text is the input).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub text: Option<String>,
    /// For an article given as `html`: what its page says beyond the story.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub page: Option<PageInfo>,
    pub title: Option<Meta>,
    pub outlet: Option<Meta>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<Meta>,
    /// The dateline place(s), e.g. `"MOSCOW/BEIJING"`.
    pub dateline: Option<Meta>,
    /// Length of the input text in UTF-16 code units.
    pub length: usize,
    /// What is not the story: share prompts, comment forms, footers, breadcrumbs, markers.
    pub boilerplate: Vec<Boilerplate>,
    /// Paragraphs, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order; headings are flagged.
    pub sentences: Vec<Sentence>,
    /// The entities this article mentions (its mentions point here).
    pub entities: Vec<ArticleEntity>,
    /// Names, titles and references to entities.
    pub mentions: Vec<Mention>,
    /// Date and time expressions with normalised values.
    pub times: Vec<TimeExpression>,
    /// Numbers with what they count.
    pub quantities: Vec<Quantity>,
    /// Direct quotes and reported speech.
    pub quotes: Vec<Quote>,
    /// Statements the article makes.
    pub claims: Vec<Claim>,
}

/// What an HTML article's page says beyond its story.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    /// `<link rel="canonical">` or `og:url`.
    pub canonical_url: Option<String>,
    /// Author names from JSON-LD or `<meta name="author">`.
    pub authors: Vec<String>,
    /// The byline as shown on the page, e.g. `"By A. Writer"`.
    pub byline: Option<String>,
    /// Last modification time as the markup gives it.
    pub modified: Option<String>,
    /// What was left out of the story, in page order ("show what was removed").
    pub removed: Vec<Removed>,
}

/// A block of an HTML page left out of the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Removed {
    /// Why: `"navigation"`, `"share"`, `"comments"`, `"related"`, `"ad"`, `"cookie"`,
    /// `"caption"`, `"byline"`, `"footer"`, `"header"`, `"sidebar"`, `"links"`, `"headline"`,
    /// `"outside"` (beside the story's container), …
    pub kind: String,
    /// Its text, white space collapsed.
    pub text: String,
}

/// A stretch of text that is not the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Boilerplate {
    #[serde(flatten)]
    pub span: Span,
    /// What it is: `"section-label"`, `"breadcrumb"`, `"share"`, `"comment-form"`, `"footer"`, `"date-marker"`, `"tagline"`, …
    pub kind: String,
}

/// A sentence of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Sentence {
    #[serde(flatten)]
    pub span: Span,
    /// Index into `paragraphs`.
    pub paragraph: usize,
    /// A heading or label line rather than a sentence of the story.
    pub heading: bool,
}

/// The kinds of entity corroborate tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    Person,
    Org,
    Place,
    Event,
    Law,
    Group,
}

/// An entity as one article refers to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ArticleEntity {
    /// Its fullest name in this article, e.g. `"Vladimir Putin"`.
    pub name: String,
    pub kind: EntityKind,
    /// Other names used for it here, e.g. `["Putin", "President Putin"]`.
    pub aliases: Vec<String>,
    /// Titles and roles given to it, e.g. `["Kremlin aide"]`.
    pub roles: Vec<String>,
    /// Indexes into `mentions`.
    pub mentions: Vec<usize>,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Mention {
    #[serde(flatten)]
    pub span: Span,
    pub kind: EntityKind,
    /// Index into the article's `entities`.
    pub entity: usize,
}

/// What a time expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum TimeKind {
    Date,
    Time,
    Duration,
    Set,
}

/// How a time value was fixed on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    /// The text states it in full ("June 19, 2025").
    Explicit,
    /// Resolved against the article's publication date ("Thursday").
    Publication,
    /// Resolved through the other articles about the same event.
    CrossSource,
    /// Could not be fixed; `value` holds what is known, if anything.
    Unresolved,
}

/// A date or time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TimeExpression {
    #[serde(flatten)]
    pub span: Span,
    /// ISO 8601: `2025-06-19`, `2025-08`, `2025-W24`, `2025-06-19T22:35`, `P7D`.
    pub value: Option<String>,
    pub kind: TimeKind,
    pub anchor: Anchor,
}

/// How a number is bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Bound {
    #[serde(rename = "at least")]
    AtLeast,
    #[serde(rename = "at most")]
    AtMost,
    #[serde(rename = "more than")]
    MoreThan,
    #[serde(rename = "less than")]
    LessThan,
    #[serde(rename = "about")]
    About,
}

/// A number and what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Quantity {
    #[serde(flatten)]
    pub span: Span,
    pub value: f64,
    /// The upper end of a range ("between 200 and 300").
    pub max: Option<f64>,
    /// What is counted: `"people"`, `"percent"`, `"USD"`, `"hour"`, …
    pub unit: Option<String>,
    pub bound: Option<Bound>,
    /// What the number is about, e.g. `"killed in Iran"`.
    pub about: Option<String>,
}

/// Who is quoted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Speaker {
    /// The speaker's name as the article's entity has it.
    pub name: String,
    /// Index into the article's `entities`, when the speaker is one.
    pub entity: Option<usize>,
    /// Where the speaker is named for this quote.
    pub span: Option<Span>,
}

/// A direct quote, or reported speech (`direct: false`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Quote {
    /// The quoted words, or the reported content.
    #[serde(flatten)]
    pub span: Span,
    pub direct: bool,
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase: "said", "stated", "according to".
    pub cue: Option<Span>,
}

/// A statement the article makes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    #[serde(flatten)]
    pub span: Span,
    /// Index into `sentences`.
    pub sentence: usize,
    /// Indexes into `mentions`, `times` and `quantities`.
    pub mentions: Vec<usize>,
    pub times: Vec<usize>,
    pub quantities: Vec<usize>,
    /// Who the article attributes the claim to, if anyone.
    pub attributed_to: Option<String>,
    /// Index into `quotes` for the attribution.
    pub quote: Option<usize>,
    pub negated: bool,
    pub hedged: bool,
}

/// An entity merged across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Entity {
    /// Stable within one analysis, e.g. `"e3"`.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Other names, including metonyms ("Moscow" for Russia).
    pub aliases: Vec<String>,
    /// Spellings of the same name that differ ("Yury Ushakov" next to "Yuri Ushakov").
    pub variants: Vec<String>,
    pub roles: Vec<String>,
    /// Which articles name it, and how often.
    pub articles: Vec<EntityInArticle>,
}

/// How often one article names an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EntityInArticle {
    pub article: String,
    /// Index into that article's `entities`.
    pub entity: usize,
    pub mentions: usize,
}

/// How well a fact is supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum FactStatus {
    /// Reported by two or more independent articles.
    Corroborated,
    /// Reported by one article only.
    SingleSource,
    /// Reported, and contradicted or denied elsewhere.
    Disputed,
}

/// One statement as several articles report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Fact {
    pub id: String,
    /// A short label, e.g. "Putin offered Russia's mediation".
    pub label: String,
    pub status: FactStatus,
    /// The supporting spans, per article.
    pub support: Vec<ArticleSpan>,
    /// The articles that report it.
    pub articles: Vec<String>,
}

/// What kind of slot differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    Number,
    Date,
    Place,
    Attribution,
    QuoteWording,
    Name,
    Scope,
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ConflictValue {
    pub article: String,
    #[serde(flatten)]
    pub span: Span,
    /// The value as normalised, e.g. `"2025-09-02"` or `"217"`.
    pub value: String,
    pub bound: Option<Bound>,
}

/// The same slot with different values in different articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Conflict {
    pub id: String,
    pub kind: ConflictKind,
    /// What differs, e.g. "when Putin and Xi meet next".
    pub about: String,
    pub values: Vec<ConflictValue>,
}

/// A piece of a word-level diff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DiffPart {
    /// `"equal"`, `"insert"` or `"delete"`, relative to the group's first quote.
    pub op: String,
    pub text: String,
}

/// One article's wording of a grouped quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct QuoteVariant {
    pub article: String,
    /// Index into that article's `quotes`.
    pub quote: usize,
    #[serde(flatten)]
    pub span: Span,
    /// Word-level diff from the group's first quote to this one.
    pub diff: Vec<DiffPart>,
}

/// The same quote across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuoteGroup {
    pub id: String,
    pub speaker: Option<String>,
    /// Whether every article names the same speaker.
    pub speaker_agrees: bool,
    /// Whether every wording is the same, word for word.
    pub verbatim: bool,
    pub quotes: Vec<QuoteVariant>,
}

/// A dated event of the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TimelineEntry {
    /// ISO 8601 date value.
    pub date: String,
    pub label: String,
    /// Where each article states it.
    pub mentions: Vec<ArticleSpan>,
    pub articles: Vec<String>,
}

/// A passage shared between two articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ReusedPassage {
    pub a: Span,
    pub b: Span,
    /// 1.0 for word-for-word copies.
    pub similarity: f64,
}

/// Passages one article shares with another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Reuse {
    /// The two articles' ids.
    pub a: String,
    pub b: String,
    pub passages: Vec<ReusedPassage>,
}

/// Articles that report the same event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EventGroup {
    /// `"g1"` for the main event, then `"g2"`, … by size.
    pub id: String,
    /// The articles' ids, in article-id order.
    pub articles: Vec<String>,
    /// The names most of its articles share, e.g. `"Putin, Xi Jinping, Iran"`; none when its
    /// articles share no entity.
    pub label: Option<String>,
}

/// What one source adds, leaves out, and how it words things.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SourceProfile {
    pub article: String,
    /// How many corroborated facts it reports.
    pub corroborated: usize,
    /// Ids of the facts only it reports.
    pub single_source: Vec<String>,
    /// Ids of facts most other sources report and it does not.
    pub omits: Vec<String>,
    /// Share of its claims attributed to someone (0 to 1).
    pub attributed_share: f64,
    /// Evaluative wording ("thinly veiled", "bellicose").
    pub evaluative: Vec<Span>,
    /// Whether it is about a different event than the others.
    pub off_topic: bool,
}
