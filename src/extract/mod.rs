//! Per-article extraction: reads one article into a [`Document`], one layer per step,
//! each layer a set of byte ranges over the original text (as in spaCy's `Doc`).

mod document;
mod paragraphs;
mod quantities;
mod quotes;
mod sentences;

pub use document::{
    BoilerplateSpan, ClaimSpan, Document, MentionSpan, MetaValue, Metadata, QuantitySpan, QuoteSpan, SentenceSpan, SpeakerRef,
    TimeSpan,
};

use crate::input::Article;

/// Runs every per-article step on `article`, in pipeline order.
pub(crate) fn read(article: &Article) -> Document<'_> {
    let mut doc = Document::new(article);
    paragraphs::segment(&mut doc);
    sentences::segment(&mut doc);
    // boilerplate::mark(&mut doc);   story vs boilerplate, headings
    // metadata::find(&mut doc);      title, outlet, published (sets doc.publication), dateline
    // times::extract(&mut doc);      time expressions
    // entities::extract(&mut doc);   mentions and entities
    quantities::extract(&mut doc); // numbers and what they count
    quotes::extract(&mut doc); // direct quotes, reported speech, speakers
    // claims::extract(&mut doc);     claims
    doc
}
