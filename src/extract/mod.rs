//! Per-article extraction: reads one article into a [`Document`], one layer per step,
//! each layer a set of byte ranges over the original text (as in spaCy's `Doc`).

mod boilerplate;
mod claims;
mod document;
mod entities;
mod metadata;
mod paragraphs;
mod quantities;
mod quotes;
mod sentences;
mod times;
pub(crate) mod words;

pub use document::{
    BoilerplateSpan, ClaimSpan, Document, MentionSpan, MetaValue, Metadata, QuantitySpan,
    QuoteSpan, SentenceSpan, SpeakerRef, TimeSpan,
};

use crate::input::Article;

/// Runs every per-article step on `article`, in pipeline order.
pub(crate) fn read(article: &Article) -> Document<'_> {
    let mut doc = Document::new(article);
    paragraphs::segment(&mut doc);
    sentences::segment(&mut doc);
    words::segment(&mut doc);
    boilerplate::mark(&mut doc);
    metadata::find(&mut doc);
    times::extract(&mut doc);
    entities::extract(&mut doc);
    quantities::extract(&mut doc);
    quotes::extract(&mut doc);
    claims::extract(&mut doc);
    doc
}

/// Finds `doc`'s time expressions again, e.g. once the other articles have fixed its
/// publication date.
pub(crate) fn retime(doc: &mut Document<'_>) {
    times::extract(doc);
}

/// The day of the week a word names, 0 for Monday ("thursday", "thu").
pub(crate) fn weekday(word: &str) -> Option<i64> {
    times::lexicon::weekday(word)
}

/// Reads `text` as one article through the whole pipeline and hands its document to `f`.
#[cfg(test)]
pub(crate) fn read_text<R>(text: &str, f: impl FnOnce(&Document<'_>) -> R) -> R {
    let articles = crate::input::validate(vec![crate::input::ArticleInput::text(text)])
        .expect("a valid test article");
    f(&read(&articles[0]))
}
