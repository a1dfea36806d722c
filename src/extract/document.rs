//! The per-article document: the text and the layers the pipeline adds to it.

use std::ops::Range;

use crate::calendar::Date;
use crate::input::Article;
use crate::output::{Anchor, ArticleEntity, Bound, EntityKind, MetaSource, Span, TimeKind};
use crate::text::Utf16Index;

/// A sentence: where it stands, its paragraph, and whether it is a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceSpan {
    pub range: Range<usize>,
    pub paragraph: usize,
    pub heading: bool,
}

/// A stretch of boilerplate (not the story) and what it is: `"share"`, `"footer"`, …
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoilerplateSpan {
    pub range: Range<usize>,
    pub kind: &'static str,
}

/// A metadata value with where it stands in the text (if it does) and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaValue {
    pub value: String,
    pub range: Option<Range<usize>>,
    pub source: MetaSource,
}

/// The metadata layer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: Option<MetaValue>,
    pub outlet: Option<MetaValue>,
    pub published: Option<MetaValue>,
    pub dateline: Option<MetaValue>,
}

/// A mention of an entity; `entity` indexes [`Document::entities`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionSpan {
    pub range: Range<usize>,
    pub kind: EntityKind,
    pub entity: usize,
}

/// A date or time expression with its normalised value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeSpan {
    pub range: Range<usize>,
    pub value: Option<String>,
    pub kind: TimeKind,
    pub anchor: Anchor,
}

/// A number and what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantitySpan {
    pub range: Range<usize>,
    pub value: f64,
    pub max: Option<f64>,
    pub unit: Option<String>,
    pub bound: Option<Bound>,
    pub about: Option<String>,
}

/// Who is quoted: a name, the entity if known, and where the speaker is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRef {
    pub name: String,
    pub entity: Option<usize>,
    pub range: Option<Range<usize>>,
}

/// A direct quote (the words inside the marks) or reported speech (its content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    pub range: Range<usize>,
    pub direct: bool,
    pub speaker: Option<SpeakerRef>,
    pub cue: Option<Range<usize>>,
}

/// A statement the article makes; indexes point into the other layers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimSpan {
    pub range: Range<usize>,
    pub sentence: usize,
    pub mentions: Vec<usize>,
    pub times: Vec<usize>,
    pub quantities: Vec<usize>,
    pub attributed_to: Option<String>,
    pub quote: Option<usize>,
    pub negated: bool,
    pub hedged: bool,
}

/// One article being read. Layers are byte ranges into `text`; [`Document::span`]
/// turns them into the UTF-16 [`Span`]s of the output.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub url: Option<&'a str>,
    /// The caller's outlet.
    pub outlet: Option<&'a str>,
    /// The caller's publication date.
    pub published: Option<Date>,
    /// For an HTML article: its page's metadata and what was left out.
    pub(crate) page: Option<&'a crate::input::Page>,
    /// Paragraphs, trimmed of surrounding white space.
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<SentenceSpan>,
    /// What is not the story.
    pub boilerplate: Vec<BoilerplateSpan>,
    pub meta: Metadata,
    /// A day without a year from the dateline ("Jun 20"): (month, day, where). Other sources give the year.
    pub dateline_day: Option<(u8, u8, Range<usize>)>,
    /// The date relative expressions are resolved against: the caller's, else the one found in the text.
    pub publication: Option<Date>,
    pub entities: Vec<ArticleEntity>,
    /// Mentions, in text order.
    pub mentions: Vec<MentionSpan>,
    /// Time expressions, in text order.
    pub times: Vec<TimeSpan>,
    /// Quantities, in text order.
    pub quantities: Vec<QuantitySpan>,
    /// Quotes, in text order.
    pub quotes: Vec<QuoteSpan>,
    pub claims: Vec<ClaimSpan>,
    /// Every word of the text, in order (see [`super::words`]).
    pub words: Vec<super::words::Word<'a>>,
    index: Utf16Index,
}

impl<'a> Document<'a> {
    pub(crate) fn new(article: &'a Article) -> Self {
        Document {
            id: &article.id,
            text: &article.text,
            url: article.url.as_deref(),
            outlet: article.outlet.as_deref(),
            published: article.published,
            page: article.page.as_ref(),
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            boilerplate: Vec::new(),
            meta: Metadata::default(),
            dateline_day: None,
            publication: article.published,
            entities: Vec::new(),
            mentions: Vec::new(),
            times: Vec::new(),
            quantities: Vec::new(),
            quotes: Vec::new(),
            claims: Vec::new(),
            words: Vec::new(),
            index: Utf16Index::new(&article.text),
        }
    }

    /// The words inside `range`.
    pub fn words_in(&self, range: &Range<usize>) -> &[super::words::Word<'a>] {
        super::words::within(&self.words, range)
    }

    /// The output span (UTF-16 offsets and text) of a byte range.
    pub fn span(&self, range: Range<usize>) -> Span {
        Span {
            start: self.index.utf16(range.start),
            end: self.index.utf16(range.end),
            text: self.text[range].to_string(),
        }
    }

    /// Whether `range` lies inside boilerplate (boilerplate yields no entities, quotes or claims).
    pub fn in_boilerplate(&self, range: &Range<usize>) -> bool {
        self.boilerplate
            .iter()
            .any(|b| b.range.start <= range.start && range.end <= b.range.end)
    }

    /// Whether `range` lies inside boilerplate other than the `kind` given.
    pub fn in_boilerplate_except(&self, range: &Range<usize>, kind: &str) -> bool {
        self.boilerplate
            .iter()
            .any(|b| b.kind != kind && b.range.start <= range.start && range.end <= b.range.end)
    }

    /// The sentences of the story: neither headings nor boilerplate.
    pub fn story_sentences(&self) -> impl Iterator<Item = (usize, &SentenceSpan)> {
        self.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.heading && !self.in_boilerplate(&s.range))
    }

    /// Length of the text in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.index.utf16_len()
    }
}

/// Shrinks `range` of `text` to exclude white space at both ends.
pub(crate) fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let piece = &text[range.clone()];
    let start = range.start + (piece.len() - piece.trim_start().len());
    let end = range.end - (piece.len() - piece.trim_end().len());
    start..end.max(start)
}
