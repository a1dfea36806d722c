//! Cross-source comparison: what the articles share, where they differ, and who adds what.
//!
//! Takes every article's [`Document`] and produces the cross-article layers of the
//! [`Analysis`](crate::Analysis), in this order:
//!
//! 1. [`entities`]: one entity per person, organisation or place across articles;
//! 2. [`terms`] and [`topics`]: statements as term vectors; articles about another event set apart;
//! 3. [`facts`]: statements grouped into facts through an index ([`cluster`]);
//! 4. [`anchor`]: relative dates fixed through the other articles; the event date;
//! 5. [`reuse`], [`quotes`], [`conflicts`]: copied passages, quotes across articles, differing values;
//! 6. [`report`]: facts with their status, the timeline and the source profiles.
//!
//! Nothing depends on the order of the articles: every step works in article-id order.

mod anchor;
mod cluster;
mod conflicts;
mod entities;
mod facts;
mod quotes;
mod report;
mod reuse;
mod sorting;
mod terms;
mod topics;
mod union_find;

use crate::extract::Document;
use crate::output::{
    Conflict, Entity, EventGroup, Fact, QuoteGroup, Reuse, SourceProfile, TimelineEntry,
};
use sorting::SortSmall;

use facts::Statement;
use terms::{Terms, Vocabulary};

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
    pub events: Vec<EventGroup>,
}

/// Compares the articles. Fixes relative dates in `docs` that only the other articles can
/// resolve (`anchor: "cross-source"`), and publication dates inferred the same way.
pub(crate) fn compare(docs: &mut [Document<'_>]) -> Comparison {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_small_by(|&a, &b| docs[a].id.cmp(docs[b].id));
    let mut rank = vec![0; docs.len()];
    for (r, &d) in order.iter().enumerate() {
        rank[d] = r;
    }

    let merged = entities::merge(docs, &order);
    // First pass: group statements by words and entities, then fix relative dates through
    // the groups; second pass: group again with the fixed dates as terms.
    // Topics weigh terms over the statements of articles linked by shared terms; facts only
    // over their event's statements. So an article about another event changes nothing in this
    // event's facts, and one that shares no term with the others changes nothing at all.
    let words = claim_words(docs, &order);
    let (statements, vocab) = statements(docs, &order, &merged.of, &words, false, None);
    let topics = topics::group(docs, &order, &rank, &statements, |t| vocab.is_entity(t));
    let (statements, _) =
        self::statements(docs, &order, &merged.of, &words, false, Some(&topics.of));
    let groups = group_facts(&statements, &topics, &rank);
    let event_date = anchor::resolve(docs, &statements, &groups, topics.main());
    let (statements, vocab) =
        self::statements(docs, &order, &merged.of, &words, true, Some(&topics.of));
    let mut groups = group_facts(&statements, &topics, &rank);
    let in_event = |d: usize| topics.in_main(d);
    if let Some(date) = event_date
        .as_deref()
        .and_then(|d| vocab.get(&format!("#{d}")))
    {
        facts::join_event(
            &statements,
            &mut groups,
            date,
            |t| vocab.is_word(t),
            in_event,
            &rank,
        );
    }
    let labels: Vec<String> = groups
        .iter()
        .map(|g| {
            let s = &statements[facts::representative(&statements, g)];
            facts::label(&docs[s.doc].text[s.range.clone()])
        })
        .collect();
    let reuse = reuse::find(docs, &order);
    let entity_name = |d: usize, e: usize| {
        merged
            .of
            .get(d)
            .and_then(|row| row.get(e))
            .and_then(|&g| merged.entities.get(g))
            .map(|e| e.name.clone())
    };
    let quote_groups = quotes::group(docs, &order, &rank, &entity_name);
    let is_entity = |t: terms::Term| vocab.is_entity(t);
    let plans = conflicts::Plans {
        event_date: event_date.as_deref(),
        meeting: vocab.get("meet"),
        is_entity: &is_entity,
        in_event: &in_event,
    };
    let conflicts = conflicts::find(docs, &statements, &groups, &labels, &quote_groups, &plans);
    report::build(report::Input {
        docs,
        rank: &rank,
        statements: &statements,
        groups: &groups,
        labels: &labels,
        topics: &topics,
        reuse,
        quote_groups,
        conflicts,
        entities: merged.entities,
        event_date,
    })
}

/// Fact groups within each topic.
fn group_facts(
    statements: &[Statement],
    topics: &topics::Topics,
    rank: &[usize],
) -> Vec<facts::Group> {
    let mut groups = Vec::new();
    for topic in 0..topics.groups.len() {
        let subset: Vec<usize> = (0..statements.len())
            .filter(|&s| topics.of[statements[s].doc] == topic)
            .collect();
        let local: Vec<Statement> = subset.iter().map(|&s| statements[s].clone()).collect();
        for mut g in facts::group(&local, rank) {
            for s in &mut g.statements {
                *s = subset[*s];
            }
            groups.push(g);
        }
    }
    groups
}

/// The word terms of every claim, in `order` and claim order (what [`statements`] reads).
fn claim_words(docs: &[Document<'_>], order: &[usize]) -> Vec<Vec<String>> {
    let words = Terms::default();
    let mut out = Vec::new();
    for &d in order {
        let doc = &docs[d];
        for claim in &doc.claims {
            let mut skip: Vec<std::ops::Range<usize>> = claim
                .mentions
                .iter()
                .filter_map(|&m| doc.mentions.get(m))
                .map(|m| m.range.clone())
                .collect();
            // "According to Kremlin aide Yuri Ushakov," says who, not what: the speaker counts
            // as one term, the words of the attribution not at all.
            if let Some(source) = claim
                .quote
                .and_then(|q| doc.quotes.get(q))
                .and_then(attribution)
            {
                skip.push(source);
            }
            out.push(words.of(doc.text, doc.words_in(&claim.range), &skip));
        }
    }
    out
}

/// Every claim of every article as a statement with its term vector. Entity mentions count
/// as their merged entity, so "Moscow" (for Russia) and "Russian" are one term.
/// With `dates`, each calendar date the claim states is a term too.
/// Term weights are IDF over the statements of the same event (`event_of`, per document), or
/// without events, of the articles linked to this one through shared terms.
/// Also returns the vocabulary: its ids and kinds (word, entity, date); counts are per event
/// and not kept.
fn statements(
    docs: &[Document<'_>],
    order: &[usize],
    entity_of: &[Vec<usize>],
    words: &[Vec<String>],
    dates: bool,
    event_of: Option<&[usize]>,
) -> (Vec<Statement>, Vocabulary) {
    let mut vocab = Vocabulary::default();
    let mut raw: Vec<(usize, usize, Vec<terms::Term>)> = Vec::new();
    let mut claim_words = words.iter();
    for &d in order {
        let doc = &docs[d];
        for (c, claim) in doc.claims.iter().enumerate() {
            let mentions: Vec<&crate::extract::MentionSpan> = claim
                .mentions
                .iter()
                .filter_map(|&m| doc.mentions.get(m))
                .collect();
            let mut ts: Vec<terms::Term> = claim_words
                .next()
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|t| vocab.id(t))
                .collect();
            // The speaker of a quote is part of what the statement says.
            let speaker = claim
                .quote
                .and_then(|q| doc.quotes.get(q))
                .and_then(|q| q.speaker.as_ref())
                .and_then(|s| s.entity);
            for e in mentions.iter().map(|m| m.entity).chain(speaker) {
                if let Some(&g) = entity_of[d].get(e) {
                    if g != usize::MAX {
                        ts.push(vocab.id(&format!("@{g}")));
                    }
                }
            }
            if dates {
                // Months and days; a bare year says little about which statement it is.
                for (_, v) in anchor::calendar_dates(doc, c).filter(|(_, v)| v.len() >= 7) {
                    ts.push(vocab.id(&format!("#{v}")));
                }
            }
            ts.sort_small();
            ts.dedup();
            raw.push((d, c, ts));
        }
    }
    // Document frequencies one event at a time: counted, used, then taken out again.
    let linked;
    let event_of = match event_of {
        Some(e) => e,
        None => {
            linked = topics::linked(
                docs.len(),
                raw.iter()
                    .flat_map(|(d, _, ts)| ts.iter().map(move |&t| (*d, t))),
            );
            &linked
        }
    };
    let mut events: Vec<(usize, usize)> = raw
        .iter()
        .enumerate()
        .map(|(i, (d, _, _))| (event_of[*d], i))
        .collect();
    events.sort_small();
    let mut vectors = vec![terms::Vector::default(); raw.len()];
    for members in events.chunk_by(|a, b| a.0 == b.0) {
        for &(_, i) in members {
            vocab.count(&raw[i].2);
        }
        for &(_, i) in members {
            vectors[i] = vocab.vector(&raw[i].2, members.len());
        }
        for &(_, i) in members {
            vocab.uncount(&raw[i].2);
        }
    }
    let statements = raw
        .into_iter()
        .zip(vectors)
        .map(|((doc, claim, _), vector)| Statement {
            doc,
            claim,
            range: docs[doc].claims[claim].range.clone(),
            vector,
            aside: is_aside(&docs[doc], claim),
        })
        .collect();
    (statements, vocab)
}

/// A claim whose sentence opens with "Separately" or "In a separate …" reports another event.
fn is_aside(doc: &Document<'_>, claim: usize) -> bool {
    let Some(sentence) = doc
        .claims
        .get(claim)
        .and_then(|c| doc.sentences.get(c.sentence))
    else {
        return false;
    };
    let text = doc.text[sentence.range.clone()].trim_start();
    text.starts_with("Separately") || text.starts_with("In a separate ")
}

/// The attribution of reported speech: from its cue to its speaker, whichever comes first
/// ("According to Kremlin aide Yuri Ushakov", "Both leaders emphasized").
fn attribution(quote: &crate::extract::QuoteSpan) -> Option<std::ops::Range<usize>> {
    if quote.direct {
        return None;
    }
    let cue = quote.cue.clone()?;
    let speaker = quote.speaker.as_ref()?.range.clone()?;
    let range = cue.start.min(speaker.start)..cue.end.max(speaker.end);
    // Only an attribution outside the content it introduces.
    (range.end <= quote.range.start || quote.range.end <= range.start).then_some(range)
}
