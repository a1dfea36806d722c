//! Conflicts: the same fact told with different values.
//!
//! Within each fact several articles report, the articles' values are compared slot by slot:
//! dates (September 2 vs late August), numbers of the same unit (217 vs 230 killed, with
//! their bounds), a source's denial or silence against a statement of fact (attribution),
//! a broader vs a narrower word for the same thing (scope), and from the quote groups, the
//! same quote worded differently.

use std::ops::Range;

use super::anchor::calendar_dates;
use super::cluster;
use super::facts::{Group, Statement};
use super::quotes;
use super::sorting::SortSmall;
use super::terms::Term;
use crate::calendar::Date;
use crate::extract::words;
use crate::extract::Document;
use crate::output::{Bound, ConflictKind};

/// One side of a conflict, before output.
#[derive(Debug, Clone)]
pub(crate) struct Side {
    pub doc: usize,
    pub range: Range<usize>,
    pub value: String,
    pub bound: Option<Bound>,
}

/// A conflict, before output. `fact` is the index of the group it was found in, if any.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub kind: ConflictKind,
    pub about: String,
    pub fact: Option<usize>,
    pub sides: Vec<Side>,
}

/// Two statements this alike are the same statement told twice, whose values must agree.
const CLOSE: f32 = 0.3;

/// Verbs of a source that, negated, say it does not confirm something ("did not mention").
const UNCONFIRMED: &[&str] = &[
    "mention",
    "confirm",
    "comment",
    "acknowledge",
    "corroborate",
    "verify",
    "say",
    "state",
    "report",
    "refer",
    "back",
    "endorse",
    "support",
];
/// Words that deny outright.
const DENIED: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "declined",
    "refused",
    "rejected",
    "dismissed",
];
/// Sentence openers that qualify the sentence before.
const CONTRAST: &[&str] = &["however", "but", "yet", "still", "nevertheless", "though"];

/// Whether a claim says a source denies or does not confirm something: "denied",
/// "did not explicitly mention", "no mention of".
fn is_denial(doc: &Document<'_>, range: &Range<usize>) -> bool {
    let ws: Vec<&str> = doc.words_in(range).iter().map(|w| &*w.low).collect();
    ws.iter().enumerate().any(|(i, &w)| {
        DENIED.contains(&w)
            || (matches!(w, "not" | "never" | "no" | "didn't" | "doesn't" | "t")
                && ws[i + 1..]
                    .iter()
                    .take(3)
                    .any(|v| UNCONFIRMED.iter().any(|u| v.starts_with(u))))
    })
}

/// A broader word and a narrower one an outlet may use in its place.
const SCOPE: &[(&str, &str)] = &[
    ("information", "intelligence"),
    ("people", "civilians"),
    ("people", "children"),
    ("forces", "troops"),
    ("injured", "killed"),
    ("talks", "agreement"),
    ("suspects", "convicted"),
];

/// Finds the conflicts in the fact groups of several documents and in the quote groups.
pub(crate) fn find(
    docs: &[Document<'_>],
    statements: &[Statement],
    groups: &[Group],
    labels: &[String],
    quote_groups: &[quotes::Group],
    plans: &Plans<'_>,
) -> Vec<Found> {
    let mut out = Vec::new();
    for (g, group) in groups.iter().enumerate().filter(|(_, g)| g.docs.len() >= 2) {
        let about = labels.get(g).cloned().unwrap_or_default();
        let by_doc: Vec<(usize, Vec<usize>)> = group
            .docs
            .iter()
            .map(|&d| {
                (
                    d,
                    group
                        .statements
                        .iter()
                        .copied()
                        .filter(|&s| statements[s].doc == d)
                        .collect(),
                )
            })
            .collect();
        let close = close_pairs(statements, &by_doc);
        for found in [
            dates(docs, statements, &close),
            numbers(docs, statements, &by_doc, &close),
            attribution(docs, statements, &by_doc),
            scope(docs, statements, &by_doc),
        ]
        .into_iter()
        .flatten()
        {
            out.push(Found {
                kind: found.0,
                about: about.clone(),
                fact: Some(g),
                sides: found.1,
            });
        }
    }
    if let Some(found) = planned_dates(docs, statements, groups, plans) {
        let overlaps = |x: &Side, y: &Side| {
            x.doc == y.doc && x.range.start < y.range.end && y.range.start < x.range.end
        };
        let known = out.iter().any(|f| {
            f.kind == ConflictKind::Date
                && found
                    .sides
                    .iter()
                    .all(|x| f.sides.iter().any(|y| overlaps(x, y)))
        });
        if !known {
            out.push(found);
        }
    }
    for q in quote_groups.iter().filter(|q| !q.verbatim) {
        let sides = q
            .members
            .iter()
            .map(|m| {
                let range = docs[m.doc].quotes[m.quote].range.clone();
                Side {
                    doc: m.doc,
                    value: docs[m.doc].text[range.clone()].to_string(),
                    range,
                    bound: None,
                }
            })
            .collect();
        let about = match &q.speaker {
            Some(s) => format!("{s}'s words"),
            None => "a quote's words".to_string(),
        };
        out.push(Found {
            kind: ConflictKind::QuoteWording,
            about,
            fact: None,
            sides,
        });
    }
    for q in quote_groups
        .iter()
        .filter(|q| !q.speaker_agrees && q.speaker.is_some())
    {
        let sides = q
            .members
            .iter()
            .filter_map(|m| {
                let quote = &docs[m.doc].quotes[m.quote];
                let speaker = quote.speaker.as_ref()?;
                Some(Side {
                    doc: m.doc,
                    range: speaker.range.clone().unwrap_or_else(|| quote.range.clone()),
                    value: m.speaker.clone().unwrap_or_default(),
                    bound: None,
                })
            })
            .collect();
        out.push(Found {
            kind: ConflictKind::Attribution,
            about: "who said it".to_string(),
            fact: None,
            sides,
        });
    }
    out
}

type Sides = Option<(ConflictKind, Vec<Side>)>;

/// What [`planned_dates`] needs to know about the event and the terms.
pub(crate) struct Plans<'a> {
    /// The event's date: a plan is dated after it.
    pub event_date: Option<&'a str>,
    /// The term of a meeting ("meet", "summit", "talks", "visit").
    pub meeting: Option<Term>,
    /// Whether a term is a cross-article entity.
    pub is_entity: &'a dyn Fn(Term) -> bool,
    /// Whether a document reports the event.
    pub in_event: &'a dyn Fn(usize) -> bool,
}

/// The next meeting dated differently by different articles ("in China on September 2" vs
/// "in China in late August"). Such a plan is often a side remark of different sentences
/// that share few words, so it is matched by what it is: a meeting, dated after the event,
/// with an entity in common (the place or the people).
fn planned_dates(
    docs: &[Document<'_>],
    statements: &[Statement],
    groups: &[Group],
    plans: &Plans<'_>,
) -> Option<Found> {
    let (event, meeting) = (plans.event_date?, plans.meeting?);
    let dated = |s: usize| -> Vec<Side> {
        let d = statements[s].doc;
        calendar_dates(&docs[d], statements[s].claim)
            .filter(|(_, v)| *v > event && !v.starts_with(event))
            .map(|(t, v)| Side {
                doc: d,
                range: t.range.clone(),
                value: v.to_string(),
                bound: None,
            })
            .collect()
    };
    // Each plan: a meeting statement of the event with its dates after the event.
    let plan: Vec<(usize, Vec<Side>)> = (0..statements.len())
        .filter(|&s| {
            (plans.in_event)(statements[s].doc)
                && !statements[s].aside
                && statements[s].vector.contains(meeting)
        })
        .map(|s| (s, dated(s)))
        .filter(|(_, dates)| !dates.is_empty())
        .collect();
    let vectors: Vec<_> = plan
        .iter()
        .map(|&(s, _)| statements[s].vector.clone())
        .collect();
    let owners: Vec<usize> = plan.iter().map(|&(s, _)| statements[s].doc).collect();
    let mut sides: Vec<Side> = Vec::new();
    let mut first: Option<usize> = None;
    for (i, j) in cluster::candidates(&vectors, &owners, 12) {
        let ((a, x), (b, y)) = (&plan[i], &plan[j]);
        let (a, b) = (*a, *b);
        let shared_entity = statements[a]
            .vector
            .0
            .iter()
            .any(|&(t, _)| (plans.is_entity)(t) && statements[b].vector.contains(t));
        if !shared_entity
            || x.iter()
                .any(|p| y.iter().any(|q| compatible(&p.value, &q.value)))
        {
            continue;
        }
        first = Some(first.map_or(a.min(b), |f| f.min(a).min(b)));
        for side in x.iter().chain(y).cloned() {
            if !sides
                .iter()
                .any(|z| z.doc == side.doc && z.range == side.range)
            {
                sides.push(side);
            }
        }
    }
    let first = first?;
    let fact = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.docs.len() >= 2 && g.statements.contains(&first))
        .max_by_key(|(g, group)| (group.docs.len(), std::cmp::Reverse(*g)))
        .map(|(g, _)| g);
    let text = &docs[statements[first].doc].text[statements[first].range.clone()];
    Some(Found {
        kind: ConflictKind::Date,
        about: format!(
            "the date of a planned meeting: {}",
            super::facts::label(text)
        ),
        fact,
        sides,
    })
}

/// Dates of two close statements of the fact that cannot both hold (neither contains the
/// other: 2025-09-02 vs 2025-08).
fn dates(docs: &[Document<'_>], statements: &[Statement], close: &[(usize, usize)]) -> Sides {
    // Each statement's calendar values.
    let values = |s: usize| -> Vec<Side> {
        let d = statements[s].doc;
        let mut out: Vec<Side> = Vec::new();
        for (t, v) in calendar_dates(&docs[d], statements[s].claim) {
            if !out.iter().any(|x| x.value == v) {
                out.push(Side {
                    doc: d,
                    range: t.range.clone(),
                    value: v.to_string(),
                    bound: None,
                });
            }
        }
        out
    };
    let mut sides: Vec<Side> = Vec::new();
    for &(s1, s2) in close {
        let (a, b) = (values(s1), values(s2));
        if a.is_empty()
            || b.is_empty()
            || a.iter()
                .any(|x| b.iter().any(|y| compatible(&x.value, &y.value)))
        {
            continue;
        }
        for side in a.into_iter().chain(b) {
            if !sides
                .iter()
                .any(|x| x.doc == side.doc && x.range == side.range)
            {
                sides.push(side);
            }
        }
    }
    (!sides.is_empty()).then_some((ConflictKind::Date, sides))
}

/// Statements of a fact from two documents that say nearly the same thing: only their
/// values are compared, so a fact's background sentences do not clash with its core.
fn close_pairs(statements: &[Statement], by_doc: &[(usize, Vec<usize>)]) -> Vec<(usize, usize)> {
    // Candidates from the index, not every pair: a fact may be told by thousands of articles.
    let members: Vec<usize> = by_doc
        .iter()
        .flat_map(|(_, ss)| ss.iter().copied())
        .collect();
    let vectors: Vec<_> = members
        .iter()
        .map(|&s| statements[s].vector.clone())
        .collect();
    let owners: Vec<usize> = members.iter().map(|&s| statements[s].doc).collect();
    cluster::candidates(&vectors, &owners, 12)
        .into_iter()
        .map(|(i, j)| (members[i], members[j]))
        .filter(|&(a, b)| statements[a].vector.cosine(&statements[b].vector) >= CLOSE)
        .collect()
}

/// Whether two calendar values can name the same time: one contains the other.
fn compatible(a: &str, b: &str) -> bool {
    a.starts_with(b)
        || b.starts_with(a)
        || {
            // Adjacent days: "late on the 1st" vs "early on the 2nd" across time zones.
            matches!((Date::parse(a), Date::parse(b)), (Some(x), Some(y)) if (x.days() - y.days()).abs() <= 1)
        }
}

/// Numbers of the same unit about the same thing that differ between close statements.
fn numbers(
    docs: &[Document<'_>],
    statements: &[Statement],
    by_doc: &[(usize, Vec<usize>)],
    close: &[(usize, usize)],
) -> Sides {
    struct Q<'q> {
        doc: usize,
        statement: usize,
        unit: &'q str,
        about: Vec<String>,
        value: f64,
        max: f64,
        range: Range<usize>,
        bound: Option<Bound>,
    }
    let mut qs: Vec<Q> = Vec::new();
    for (d, ss) in by_doc {
        let doc = &docs[*d];
        for &s in ss {
            for &qi in &doc.claims[statements[s].claim].quantities {
                let Some(q) = doc.quantities.get(qi) else {
                    continue;
                };
                let Some(unit) = q.unit.as_deref() else {
                    continue;
                };
                let about = q
                    .about
                    .as_deref()
                    .map(|a| {
                        words::of(a, 0..a.len())
                            .into_iter()
                            .map(|w| w.low.into_owned())
                            .collect()
                    })
                    .unwrap_or_default();
                qs.push(Q {
                    doc: *d,
                    statement: s,
                    unit,
                    about,
                    value: q.value,
                    max: q.max.unwrap_or(q.value),
                    range: q.range.clone(),
                    bound: q.bound,
                });
            }
        }
    }
    let same_thing = |a: &Q, b: &Q| {
        a.unit == b.unit
            && (a.about.is_empty()
                || b.about.is_empty()
                || a.about.iter().any(|w| w.len() > 3 && b.about.contains(w)))
    };
    qs.sort_small_by_key(|q| q.statement);
    let of = |s: usize| {
        let from = qs.partition_point(|q| q.statement < s);
        qs[from..].iter().take_while(move |q| q.statement == s)
    };
    let mut sides: Vec<Side> = Vec::new();
    for &(s1, s2) in close {
        for (a, b) in of(s1).flat_map(|a| of(s2).map(move |b| (a, b))) {
            if a.doc == b.doc || !same_thing(a, b) || (a.value <= b.max && b.value <= a.max) {
                continue;
            }
            for q in [a, b] {
                if !sides.iter().any(|s| s.doc == q.doc && s.range == q.range) {
                    sides.push(Side {
                        doc: q.doc,
                        range: q.range.clone(),
                        value: number(q.value),
                        bound: q.bound,
                    });
                }
            }
        }
    }
    (!sides.is_empty()).then_some((ConflictKind::Number, sides))
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A document that denies the fact, or says a source does not confirm it, against documents
/// that state it plainly. A sentence opening with "However" after a statement of the fact
/// counts with it.
fn attribution(
    docs: &[Document<'_>],
    statements: &[Statement],
    by_doc: &[(usize, Vec<usize>)],
) -> Sides {
    let claim_of = |s: usize| &docs[statements[s].doc].claims[statements[s].claim];
    let mut denying: Vec<(usize, Range<usize>)> = Vec::new();
    for (d, ss) in by_doc {
        let doc = &docs[*d];
        for &s in ss {
            let c = statements[s].claim;
            let mut candidates = vec![c];
            if let Some(next) = doc.claims.get(c + 1) {
                let first = doc.words_in(&next.range).first().map(|w| &*w.low);
                if first.is_some_and(|w| CONTRAST.contains(&w)) {
                    candidates.push(c + 1);
                }
            }
            for k in candidates {
                let claim = &doc.claims[k];
                if claim.negated
                    && is_denial(doc, &claim.range)
                    && !denying.iter().any(|x| x.1 == claim.range)
                {
                    denying.push((*d, claim.range.clone()));
                }
            }
        }
    }
    let plain: Vec<usize> = by_doc
        .iter()
        .filter(|(d, ss)| {
            !denying.iter().any(|x| x.0 == *d) && ss.iter().any(|&s| !claim_of(s).negated)
        })
        .map(|(d, _)| *d)
        .collect();
    let mut denying_docs: Vec<usize> = denying.iter().map(|x| x.0).collect();
    denying_docs.dedup();
    if denying.is_empty() || plain.is_empty() || denying_docs.len() > plain.len() {
        return None;
    }
    let mut sides = Vec::new();
    for (d, ss) in by_doc {
        if denying_docs.contains(d) {
            for &s in ss {
                let c = claim_of(s);
                if !c.negated {
                    let value = if c.attributed_to.is_some() || says(&docs[*d], &c.range) {
                        "attributed"
                    } else {
                        "stated"
                    };
                    sides.push(Side {
                        doc: *d,
                        range: c.range.clone(),
                        value: value.to_string(),
                        bound: None,
                    });
                }
            }
            for (_, r) in denying.iter().filter(|x| x.0 == *d) {
                sides.push(Side {
                    doc: *d,
                    range: r.clone(),
                    value: "denied or not confirmed".to_string(),
                    bound: None,
                });
            }
        } else if plain.contains(d) {
            for &s in ss {
                let c = claim_of(s);
                if !c.negated {
                    let value = if c.hedged {
                        "stated, hedged"
                    } else {
                        "stated as fact"
                    };
                    sides.push(Side {
                        doc: *d,
                        range: c.range.clone(),
                        value: value.to_string(),
                        bound: None,
                    });
                }
            }
        }
    }
    Some((ConflictKind::Attribution, sides))
}

/// Whether a claim reports someone's words ("Ushakov said Xi supported").
fn says(doc: &Document<'_>, range: &Range<usize>) -> bool {
    doc.words_in(range).iter().any(|w| {
        matches!(
            &*w.low,
            "said" | "says" | "told" | "according" | "claimed" | "stated"
        )
    })
}

/// One document uses a broader word where another uses a narrower one for the same fact.
fn scope(docs: &[Document<'_>], statements: &[Statement], by_doc: &[(usize, Vec<usize>)]) -> Sides {
    let found = |d: usize, ss: &[usize], word: &str| -> Option<Range<usize>> {
        ss.iter().find_map(|&s| {
            docs[d]
                .words_in(&statements[s].range)
                .iter()
                .find(|w| w.low.trim_end_matches('s') == word.trim_end_matches('s'))
                .map(|_| statements[s].range.clone())
        })
    };
    for &(broad, narrow) in SCOPE {
        let mut sides = Vec::new();
        let (mut has_broad, mut has_narrow) = (false, false);
        for (d, ss) in by_doc {
            let (b, n) = (found(*d, ss, broad), found(*d, ss, narrow));
            // A document that names the narrower thing anywhere in the fact tells it narrower.
            match (b, n) {
                (Some(r), None) => {
                    has_broad = true;
                    sides.push(Side {
                        doc: *d,
                        range: r,
                        value: broad.to_string(),
                        bound: None,
                    });
                }
                (_, Some(r)) => {
                    has_narrow = true;
                    sides.push(Side {
                        doc: *d,
                        range: r,
                        value: narrow.to_string(),
                        bound: None,
                    });
                }
                _ => {}
            }
        }
        if has_broad && has_narrow {
            return Some((ConflictKind::Scope, sides));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::anchor::is_calendar;

    #[test]
    fn calendar_values_contain_each_other() {
        assert!(compatible("2025-06", "2025-06-19"));
        assert!(compatible("2025-06-19", "2025-06-20"));
        assert!(!compatible("2025-09-02", "2025-08"));
        assert!(is_calendar("2025-08") && !is_calendar("2025-W24") && !is_calendar("P1D"));
    }
}
