//! Output: the [`Analysis`] types, their assembly from the pipeline's layers, and the
//! Markdown report.

mod analysis;
pub mod markdown;
#[cfg(test)]
mod typescript;

pub use analysis::*;

use crate::compare::Comparison;
use crate::extract::Document;

/// Puts the per-article layers and the comparison together, converting byte ranges to UTF-16 spans.
pub(crate) fn assemble(docs: &[Document<'_>], comparison: Comparison) -> Analysis {
    let Comparison {
        event_date,
        entities,
        facts,
        conflicts,
        quote_groups,
        timeline,
        reuse,
        sources,
        events,
    } = comparison;
    Analysis {
        version: crate::VERSION.to_string(),
        event_date,
        articles: docs.iter().map(article).collect(),
        entities,
        facts,
        conflicts,
        quote_groups,
        timeline,
        reuse,
        sources,
        events,
    }
}

fn article(doc: &Document<'_>) -> ArticleAnalysis {
    let caller = |value: Option<String>| {
        value.map(|v| Meta {
            value: v,
            span: None,
            source: MetaSource::Caller,
        })
    };
    let meta = |found: &Option<crate::extract::MetaValue>, given: Option<String>| {
        caller(given).or_else(|| {
            found.as_ref().map(|m| Meta {
                value: m.value.clone(),
                span: m.range.clone().map(|r| doc.span(r)),
                source: m.source,
            })
        })
    };
    let opt_span = |r: &Option<std::ops::Range<usize>>| r.clone().map(|r| doc.span(r));
    ArticleAnalysis {
        id: doc.id.to_string(),
        url: doc.url.map(str::to_string),
        text: doc.page.map(|_| doc.text.to_string()),
        page: doc.page.map(|p| PageInfo {
            canonical_url: p.meta.canonical_url.clone(),
            authors: p.meta.authors.clone(),
            byline: p.byline.clone(),
            modified: p.meta.modified.clone(),
            removed: p.removed.clone(),
        }),
        title: meta(&doc.meta.title, None),
        outlet: meta(&doc.meta.outlet, doc.outlet.map(str::to_string)),
        published: meta(&doc.meta.published, doc.published.map(|d| d.to_string())),
        dateline: meta(&doc.meta.dateline, None),
        length: doc.utf16_len(),
        boilerplate: doc
            .boilerplate
            .iter()
            .map(|b| Boilerplate {
                span: doc.span(b.range.clone()),
                kind: b.kind.to_string(),
            })
            .collect(),
        paragraphs: doc.paragraphs.iter().map(|r| doc.span(r.clone())).collect(),
        sentences: doc
            .sentences
            .iter()
            .map(|s| Sentence {
                span: doc.span(s.range.clone()),
                paragraph: s.paragraph,
                heading: s.heading,
            })
            .collect(),
        entities: doc.entities.clone(),
        mentions: doc
            .mentions
            .iter()
            .map(|m| Mention {
                span: doc.span(m.range.clone()),
                kind: m.kind,
                entity: m.entity,
            })
            .collect(),
        times: doc
            .times
            .iter()
            .map(|t| TimeExpression {
                span: doc.span(t.range.clone()),
                value: t.value.clone(),
                kind: t.kind,
                anchor: t.anchor,
            })
            .collect(),
        quantities: doc
            .quantities
            .iter()
            .map(|q| Quantity {
                span: doc.span(q.range.clone()),
                value: q.value,
                max: q.max,
                unit: q.unit.clone(),
                bound: q.bound,
                about: q.about.clone(),
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| Quote {
                span: doc.span(q.range.clone()),
                direct: q.direct,
                speaker: q.speaker.as_ref().map(|s| Speaker {
                    name: s.name.clone(),
                    entity: s.entity,
                    span: opt_span(&s.range),
                }),
                cue: opt_span(&q.cue),
            })
            .collect(),
        claims: doc
            .claims
            .iter()
            .map(|c| Claim {
                span: doc.span(c.range.clone()),
                sentence: c.sentence,
                mentions: c.mentions.clone(),
                times: c.times.clone(),
                quantities: c.quantities.clone(),
                attributed_to: c.attributed_to.clone(),
                quote: c.quote,
                negated: c.negated,
                hedged: c.hedged,
            })
            .collect(),
    }
}
