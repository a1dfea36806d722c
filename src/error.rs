//! The one error type of the library: every message says what was wrong and what to do.

use crate::input::Limits;

/// Why [`analyze`](crate::analyze) refused its input.
///
/// Each variant's message names the article (by position and id) and the fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No articles were given.
    #[error("no articles to analyse: pass at least one article like {{ text: \"…\" }}")]
    NoArticles,
    /// More articles than [`Limits::max_articles`].
    #[error(
        "too many articles: {count} given, at most {} per call; split them into several calls",
        Limits::MAX_ARTICLES
    )]
    TooManyArticles { count: usize },
    /// An article has neither text nor HTML, or only whitespace where it must have text.
    #[error("article {position}{id}: has no text; give its story as `text` (a string)")]
    MissingText { position: usize, id: String },
    /// An article's text is larger than [`Limits::max_article_bytes`].
    #[error("article {position}{id}: its text is {bytes} bytes, more than the limit of {} bytes ({} MB) per article; split it or remove what is not the story", Limits::MAX_ARTICLE_BYTES, Limits::MAX_ARTICLE_BYTES / 1_000_000)]
    ArticleTooLarge {
        position: usize,
        id: String,
        bytes: usize,
    },
    /// An article's HTML is larger than [`Limits::MAX_HTML_BYTES`].
    #[error("article {position}{id}: its HTML is {bytes} bytes, more than the limit of {} bytes ({} MB) per article; save the page without scripts and styles, or paste its story as `text`", Limits::MAX_HTML_BYTES, Limits::MAX_HTML_BYTES / 1_000_000)]
    HtmlTooLarge {
        position: usize,
        id: String,
        bytes: usize,
    },
    /// An article gives both `text` and `html`.
    #[error("article {position}{id}: has both `text` and `html`; give one of them")]
    TextAndHtml { position: usize, id: String },
    /// An article's HTML holds no text to analyse.
    #[error("article {position}{id}: its `html` has no story text to analyse (empty, or only scripts, styles and markup)")]
    EmptyHtml { position: usize, id: String },
    /// All articles together exceed [`Limits::max_total_bytes`].
    #[error("the articles hold {bytes} bytes of text and HTML in all, more than the limit of {} bytes ({} MB) per call; analyse them in several calls", Limits::MAX_TOTAL_BYTES, Limits::MAX_TOTAL_BYTES / 1_000_000)]
    TotalTooLarge { bytes: usize },
    /// Two articles share an id.
    #[error(
        "article {position}: its id {id:?} is already used by article {first}; ids must be unique"
    )]
    DuplicateId {
        position: usize,
        id: String,
        first: usize,
    },
    /// `published` is not a calendar date in `YYYY-MM-DD` form.
    #[error("article {position}{id}: `published` is {value:?}, not a date in the form YYYY-MM-DD (e.g. \"2025-06-20\")")]
    InvalidDate {
        position: usize,
        id: String,
        value: String,
    },
    /// The input does not have the expected shape (from the JS and CLI shells).
    #[error("{0}")]
    InvalidInput(String),
}

impl Error {
    /// A stable, machine-readable code for the error, e.g. `"TOO_MANY_ARTICLES"`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NoArticles => "NO_ARTICLES",
            Error::TooManyArticles { .. } => "TOO_MANY_ARTICLES",
            Error::MissingText { .. } => "MISSING_TEXT",
            Error::ArticleTooLarge { .. } => "ARTICLE_TOO_LARGE",
            Error::TotalTooLarge { .. } => "TOTAL_TOO_LARGE",
            Error::HtmlTooLarge { .. } => "HTML_TOO_LARGE",
            Error::TextAndHtml { .. } => "TEXT_AND_HTML",
            Error::EmptyHtml { .. } => "EMPTY_HTML",
            Error::DuplicateId { .. } => "DUPLICATE_ID",
            Error::InvalidDate { .. } => "INVALID_DATE",
            Error::InvalidInput(_) => "INVALID_INPUT",
        }
    }
}

/// ` (id "x")` for messages, or nothing when the caller gave no id.
pub(crate) fn id_note(id: Option<&str>) -> String {
    match id {
        Some(id) => format!(" (id {id:?})"),
        None => String::new(),
    }
}
