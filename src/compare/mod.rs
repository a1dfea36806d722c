//! Cross-source comparison: what the articles share, where they differ, and who adds what.
//!
//! Takes every article's [`Document`] and produces the cross-article layers of the
//! [`Analysis`](crate::Analysis).

use crate::extract::Document;
use crate::output::{Conflict, Entity, Fact, QuoteGroup, Reuse, SourceProfile, TimelineEntry};

/// The cross-article results, before they are put into the `Analysis`.
#[derive(Debug, Default)]
pub(crate) struct Comparison {
    pub event_date: Option<String>,
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
    pub conflicts: Vec<Conflict>,
    pub quote_groups: Vec<QuoteGroup>,
    pub timeline: Vec<TimelineEntry>,
    pub reuse: Vec<Reuse>,
    pub sources: Vec<SourceProfile>,
}

/// Compares the articles.
pub(crate) fn compare(docs: &[Document<'_>]) -> Comparison {
    let _ = docs;
    Comparison::default()
}
