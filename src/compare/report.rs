//! The comparison's output: facts with their status, conflicts, quote groups, reuse, the
//! timeline and what each source adds, leaves out and how it words things.

use super::sorting::SortSmall;
use std::collections::BTreeMap;

use super::conflicts::Found;
use super::facts::{Group, Statement};
use super::reuse::Shared;
use super::topics::Topics;
use super::{quotes, Comparison};
use crate::extract::Document;
use crate::output::{
    ArticleSpan, Conflict, ConflictKind, ConflictValue, DiffPart, Entity, EventGroup, Fact,
    FactStatus, QuoteGroup, QuoteVariant, SourceProfile, Span, TimelineEntry,
};

/// Evaluative wording: words that judge rather than report.
const EVALUATIVE: &[&str] = &[
    "thinly veiled",
    "bellicose",
    "sharply",
    "harshly",
    "fiercely",
    "bitterly",
    "vehemently",
    "brazen",
    "brazenly",
    "reckless",
    "recklessly",
    "so-called",
    "notorious",
    "draconian",
    "hawkish",
    "shocking",
    "outrageous",
    "alarming",
    "disastrous",
    "controversial",
    "staunch",
    "staunchly",
    "fiery",
    "scathing",
    "aggressive",
    "defiant",
    "defiantly",
    "embattled",
    "hardline",
    "hard-line",
    "regime",
    "ominous",
    "ominously",
    "provocative",
    "blatant",
    "blatantly",
    "egregious",
    "heavy-handed",
    "belligerent",
    "brutal",
    "ruthless",
    "desperate",
    "humiliating",
    "stunning",
    "slammed",
    "lashed out",
    "rough edges",
];

/// Everything the report is built from.
pub(crate) struct Input<'a, 'd> {
    pub docs: &'a [Document<'d>],
    pub rank: &'a [usize],
    pub statements: &'a [Statement],
    pub groups: &'a [Group],
    pub labels: &'a [String],
    pub topics: &'a Topics,
    pub reuse: Vec<Shared>,
    pub quote_groups: Vec<quotes::Group>,
    pub conflicts: Vec<Found>,
    pub entities: Vec<Entity>,
    pub event_date: Option<String>,
}

pub(crate) fn build(input: Input<'_, '_>) -> Comparison {
    let Input {
        docs,
        rank,
        statements,
        groups,
        labels,
        topics,
        reuse,
        quote_groups,
        conflicts,
        entities,
        event_date,
    } = input;
    let id = |d: usize| docs[d].id.to_string();
    let span = |d: usize, r: &std::ops::Range<usize>| docs[d].span(r.clone());

    // Status per group.
    let status: Vec<FactStatus> = groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            if conflicts
                .iter()
                .any(|c| c.fact == Some(g) && c.kind == ConflictKind::Attribution)
            {
                FactStatus::Disputed
            } else if independent(group, statements, &reuse) >= 2 {
                FactStatus::Corroborated
            } else {
                FactStatus::SingleSource
            }
        })
        .collect();
    let status_rank = |s: FactStatus| match s {
        FactStatus::Corroborated => 0,
        FactStatus::Disputed => 1,
        FactStatus::SingleSource => 2,
    };
    let first = |g: &Group| {
        g.statements
            .iter()
            .map(|&s| (rank[statements[s].doc], statements[s].range.start))
            .min()
    };
    let mut fact_order: Vec<usize> = (0..groups.len()).collect();
    fact_order.sort_small_by(|&a, &b| {
        status_rank(status[a])
            .cmp(&status_rank(status[b]))
            .then(groups[b].docs.len().cmp(&groups[a].docs.len()))
            .then(first(&groups[a]).cmp(&first(&groups[b])))
    });
    let mut fact_id = vec![String::new(); groups.len()];
    for (i, &g) in fact_order.iter().enumerate() {
        fact_id[g] = format!("f{}", i + 1);
    }
    let facts: Vec<Fact> = fact_order
        .iter()
        .map(|&g| {
            let group = &groups[g];
            let mut support: Vec<(usize, usize)> = group
                .statements
                .iter()
                .map(|&s| (rank[statements[s].doc], s))
                .collect();
            support.sort_small_by_key(|&(r, s)| (r, statements[s].range.start));
            Fact {
                id: fact_id[g].clone(),
                label: labels[g].clone(),
                status: status[g],
                support: support
                    .iter()
                    .map(|&(_, s)| ArticleSpan {
                        article: id(statements[s].doc),
                        span: span(statements[s].doc, &statements[s].range),
                    })
                    .collect(),
                articles: group.docs.iter().map(|&d| id(d)).collect(),
            }
        })
        .collect();

    let conflicts: Vec<Conflict> = conflicts
        .iter()
        .filter(|c| {
            let mut ds: Vec<usize> = c.sides.iter().map(|s| s.doc).collect();
            ds.sort_small();
            ds.dedup();
            ds.len() >= 2
        })
        .enumerate()
        .map(|(i, c)| {
            let mut sides = c.sides.clone();
            sides.sort_small_by_key(|s| (rank[s.doc], s.range.start));
            Conflict {
                id: format!("c{}", i + 1),
                kind: c.kind,
                about: c.about.clone(),
                values: sides
                    .iter()
                    .map(|s| ConflictValue {
                        article: id(s.doc),
                        span: span(s.doc, &s.range),
                        value: s.value.clone(),
                        bound: s.bound,
                    })
                    .collect(),
            }
        })
        .collect();

    let quote_groups: Vec<QuoteGroup> = quote_groups
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let first = &q.members[0];
            let first_text =
                &docs[first.doc].text[docs[first.doc].quotes[first.quote].range.clone()];
            let from: Vec<&str> = first_text.split_whitespace().collect();
            QuoteGroup {
                id: format!("q{}", i + 1),
                speaker: q.speaker.clone(),
                speaker_agrees: q.speaker_agrees,
                verbatim: q.verbatim,
                quotes: q
                    .members
                    .iter()
                    .map(|m| {
                        let range = docs[m.doc].quotes[m.quote].range.clone();
                        let to: Vec<&str> =
                            docs[m.doc].text[range.clone()].split_whitespace().collect();
                        QuoteVariant {
                            article: id(m.doc),
                            quote: m.quote,
                            span: span(m.doc, &range),
                            diff: quotes::diff(&from, &to)
                                .into_iter()
                                .map(|(op, text)| DiffPart {
                                    op: op.to_string(),
                                    text,
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();

    let timeline = timeline(docs, rank, statements, groups, labels, topics);
    let sources = sources(docs, groups, &status, &fact_id, topics);
    let events = events(docs, topics, &entities);
    Comparison {
        event_date,
        entities,
        facts,
        conflicts,
        quote_groups,
        timeline,
        reuse: super::reuse::output(docs, &reuse),
        sources,
        events,
    }
}

/// The articles grouped by event, the main event first, each labelled by the (up to three)
/// entities most of its articles name.
fn events(docs: &[Document<'_>], topics: &Topics, entities: &[Entity]) -> Vec<EventGroup> {
    topics
        .groups
        .iter()
        .enumerate()
        .map(|(g, members)| {
            let articles: Vec<String> = members.iter().map(|&d| docs[d].id.to_string()).collect();
            // A label name must be shared, unless the group is one article.
            let least = members.len().min(2);
            let mut named: Vec<(usize, usize, usize)> = entities
                .iter()
                .enumerate()
                .map(|(e, entity)| {
                    let inside = entity
                        .articles
                        .iter()
                        .filter(|a| articles.contains(&a.article));
                    let (count, mentions) =
                        inside.fold((0, 0), |(c, m), a| (c + 1, m + a.mentions));
                    (count, mentions, e)
                })
                .filter(|&(count, _, _)| count >= least && count > 0)
                .collect();
            named.sort_small_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
            let names: Vec<&str> = named
                .iter()
                .take(3)
                .map(|&(_, _, e)| entities[e].name.as_str())
                .collect();
            EventGroup {
                id: format!("g{}", g + 1),
                articles,
                label: if names.is_empty() {
                    None
                } else {
                    Some(names.join(", "))
                },
            }
        })
        .collect()
}

/// How many independent articles report a group: articles whose statements of it lie in a
/// passage one copied from the other count once.
fn independent(group: &Group, statements: &[Statement], reuse: &[Shared]) -> usize {
    let mut uf = super::union_find::UnionFind::new(group.docs.len());
    let pos = |d: usize| group.docs.iter().position(|&x| x == d);
    for shared in reuse {
        let (Some(a), Some(b)) = (pos(shared.a), pos(shared.b)) else {
            continue;
        };
        let copied = group.statements.iter().any(|&s| {
            let st = &statements[s];
            shared.passages.iter().any(|p| {
                let r = if st.doc == shared.a {
                    &p.a
                } else if st.doc == shared.b {
                    &p.b
                } else {
                    return false;
                };
                r.start < st.range.end && st.range.start < r.end
            })
        });
        if copied {
            uf.union(a, b);
        }
    }
    let mut roots: Vec<usize> = (0..group.docs.len()).map(|i| uf.find(i)).collect();
    roots.sort_small();
    roots.dedup();
    roots.len()
}

/// Dated events in date order: each calendar date stated in a statement, under its fact's label.
fn timeline(
    docs: &[Document<'_>],
    rank: &[usize],
    statements: &[Statement],
    groups: &[Group],
    labels: &[String],
    topics: &Topics,
) -> Vec<TimelineEntry> {
    // Each statement's main group: the one of most articles.
    let mut main_group = vec![usize::MAX; statements.len()];
    for (g, group) in groups.iter().enumerate() {
        for &s in &group.statements {
            if main_group[s] == usize::MAX || groups[main_group[s]].docs.len() < group.docs.len() {
                main_group[s] = g;
            }
        }
    }
    let mut entries: BTreeMap<String, Vec<(usize, std::ops::Range<usize>, usize)>> =
        BTreeMap::new();
    for (s, st) in statements.iter().enumerate() {
        if topics.off_topic(st.doc) || main_group[s] == usize::MAX {
            continue;
        }
        for (t, v) in super::anchor::calendar_dates(&docs[st.doc], st.claim) {
            entries.entry(v.to_string()).or_default().push((
                st.doc,
                t.range.clone(),
                main_group[s],
            ));
        }
    }
    entries
        .into_iter()
        .map(|(date, mut mentions)| {
            mentions.sort_small_by_key(|(d, r, _)| (rank[*d], r.start));
            mentions.dedup();
            // Labelled by the fact most articles report among those stating the date.
            let g = mentions
                .iter()
                .map(|m| m.2)
                .max_by(|&a, &b| {
                    groups[a]
                        .docs
                        .len()
                        .cmp(&groups[b].docs.len())
                        .then(b.cmp(&a))
                })
                .unwrap_or(0);
            let mut articles: Vec<(usize, String)> = mentions
                .iter()
                .map(|(d, _, _)| (rank[*d], docs[*d].id.to_string()))
                .collect();
            articles.sort_small();
            articles.dedup();
            TimelineEntry {
                date,
                label: labels.get(g).cloned().unwrap_or_default(),
                mentions: mentions
                    .iter()
                    .map(|(d, r, _)| ArticleSpan {
                        article: docs[*d].id.to_string(),
                        span: docs[*d].span(r.clone()),
                    })
                    .collect(),
                articles: articles.into_iter().map(|(_, a)| a).collect(),
            }
        })
        .collect()
}

/// Per article, in input order.
fn sources(
    docs: &[Document<'_>],
    groups: &[Group],
    status: &[FactStatus],
    fact_id: &[String],
    topics: &Topics,
) -> Vec<SourceProfile> {
    // One pass over the facts: what each article reports, and the widely reported facts.
    let mut corroborated = vec![0; docs.len()];
    let mut single: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
    let mut reports: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
    let mut wide: Vec<usize> = Vec::new();
    let on_topic = topics.main().len();
    for (g, group) in groups.iter().enumerate() {
        for &d in &group.docs {
            reports[d].push(g);
            if status[g] == FactStatus::Corroborated {
                corroborated[d] += 1;
            }
        }
        if status[g] == FactStatus::SingleSource && group.docs.len() == 1 {
            single[group.docs[0]].push(g);
        }
        // Reported by most of the other articles (more than half of them, at least two).
        if group.docs.len() >= 2
            && topics.of[group.docs[0]] == 0
            && group.docs.len() * 2 > on_topic.saturating_sub(1)
        {
            wide.push(g);
        }
    }
    let ids = |gs: &[usize]| {
        let mut v: Vec<(usize, String)> = gs
            .iter()
            .map(|&g| (fact_number(&fact_id[g]), fact_id[g].clone()))
            .collect();
        v.sort_small();
        v.into_iter().map(|(_, f)| f).collect::<Vec<String>>()
    };
    (0..docs.len())
        .map(|d| {
            let doc = &docs[d];
            let omitted: Vec<usize> = if topics.off_topic(d) || on_topic < 3 {
                Vec::new()
            } else {
                wide.iter()
                    .copied()
                    .filter(|g| reports[d].binary_search(g).is_err())
                    .collect()
            };
            let attributed = doc
                .claims
                .iter()
                .filter(|c| c.attributed_to.is_some())
                .count();
            SourceProfile {
                article: doc.id.to_string(),
                corroborated: corroborated[d],
                single_source: ids(&single[d]),
                omits: ids(&omitted),
                attributed_share: if doc.claims.is_empty() {
                    0.0
                } else {
                    ((attributed as f64 / doc.claims.len() as f64) * 100.0).round() / 100.0
                },
                evaluative: evaluative(doc),
                off_topic: topics.off_topic(d),
            }
        })
        .collect()
}

fn fact_number(id: &str) -> usize {
    id.trim_start_matches('f').parse().unwrap_or(usize::MAX)
}

/// Evaluative words in the article's own voice (story sentences, outside direct quotes).
fn evaluative(doc: &Document<'_>) -> Vec<Span> {
    let quotes =
        crate::text::RangeIndex::new(doc.quotes.iter().filter(|q| q.direct).map(|q| &q.range));
    let phrases: Vec<Vec<&str>> = EVALUATIVE
        .iter()
        .map(|p| p.split([' ', '-']).collect())
        .collect();
    let mut out = Vec::new();
    for (_, s) in doc.story_sentences() {
        let ws = doc.words_in(&s.range);
        let mut i = 0;
        while i < ws.len() {
            let mut hit = None;
            for parts in &phrases {
                if i + parts.len() <= ws.len()
                    && parts.iter().enumerate().all(|(k, p)| ws[i + k].low == *p)
                {
                    hit = Some(parts.len());
                    break;
                }
            }
            if let Some(n) = hit {
                let r = ws[i].range.start..ws[i + n - 1].range.end;
                if !quotes.covers(&r) {
                    out.push(doc.span(r));
                }
                i += n;
            } else {
                i += 1;
            }
        }
    }
    out
}
