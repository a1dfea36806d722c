//! Cross-source time anchoring: dates one article cannot fix alone, fixed through the others.
//!
//! - A bare weekday ("on Thursday") in a statement of a fact that other articles date fully
//!   takes their date when the weekday agrees: 003's "Thursday", written five weeks later,
//!   is the call's 2025-06-19, not the Thursday before its publication. Within one article,
//!   the same bare weekday then means the same day.
//! - The event date is the day most articles give for the facts they share.
//! - An article without a publication date gets one from its dateline day ("Jun 20") in the
//!   event's year; its relative dates are then resolved against it. Without a dateline, its
//!   relative dates are resolved against the event date it was matched to.

use std::collections::BTreeMap;

use super::facts::{Group, Statement};
use crate::calendar::Date;
use crate::extract::{Document, MetaValue, TimeSpan};
use crate::output::{Anchor, MetaSource, TimeKind};

/// How long after an event an article may still call it by its weekday.
const WEEKDAY_REACH: i64 = 62;

/// Claims at the start of an article that report the event itself (the lead).
const LEAD: usize = 3;

/// Anchors what the other articles can fix and returns the event date of `main` (its documents).
pub(crate) fn resolve(
    docs: &mut [Document<'_>],
    statements: &[Statement],
    groups: &[Group],
    main: &[usize],
) -> Option<String> {
    for group in groups.iter().filter(|g| g.docs.len() >= 2) {
        anchor_weekdays(docs, statements, group);
    }
    let event = event_date(docs, main)?;
    // A bare weekday in the lead of an article about the event is the event's weekday.
    for &d in main {
        let wd = event.weekday().index();
        let lead_times: Vec<usize> = docs[d]
            .claims
            .iter()
            .take(LEAD)
            .flat_map(|c| c.times.clone())
            .collect();
        let doc = &docs[d];
        let hit = lead_times.iter().any(|&ti| {
            doc.times
                .get(ti)
                .is_some_and(|t| t.anchor != Anchor::Explicit && bare_weekday(doc, t) == Some(wd))
        });
        let in_reach = doc.publication.map_or(true, |p| {
            (0..=WEEKDAY_REACH).contains(&(p.days() - event.days()))
        });
        if hit && in_reach {
            set_weekday(&mut docs[d], wd, event);
        }
    }
    for &d in main {
        infer_publication(&mut docs[d], event);
    }
    Some(event.to_string())
}

/// A full calendar day stated in `doc` for a fact, with how much it counts: stated outright
/// counts double, resolved from the publication date once.
fn stated_day(doc: &Document<'_>, t: &TimeSpan) -> Option<(Date, u32)> {
    if t.kind != TimeKind::Date || is_marker(doc, t) {
        return None;
    }
    let weight = match t.anchor {
        Anchor::Explicit => 2,
        Anchor::Publication | Anchor::CrossSource => 1,
        Anchor::Unresolved => return None,
    };
    Some((Date::parse(t.value.as_deref()?)?, weight))
}

/// The calendar dates claim `claim` of `doc` states (`2025`, `2025-08`, `2025-08-02`), with
/// their values; not the article's own date markers, weeks or durations.
pub(crate) fn calendar_dates<'d>(
    doc: &'d Document<'_>,
    claim: usize,
) -> impl Iterator<Item = (&'d TimeSpan, &'d str)> + 'd {
    doc.claims
        .get(claim)
        .into_iter()
        .flat_map(|c| c.times.iter())
        .filter_map(|&ti| doc.times.get(ti))
        .filter(|t| t.kind == TimeKind::Date && !is_marker(doc, t))
        .filter_map(|t| Some((t, t.value.as_deref().filter(|v| is_calendar(v))?)))
}

/// A calendar value: `2025`, `2025-08`, `2025-08-02` (not `2025-W24`, `P1D`, `XXXX-06-20`).
pub(crate) fn is_calendar(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    !parts.is_empty()
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A publication-date marker or dateline day, which dates the article, not the event.
pub(crate) fn is_marker(doc: &Document<'_>, t: &TimeSpan) -> bool {
    doc.in_boilerplate(&t.range)
        || doc
            .dateline_day
            .as_ref()
            .is_some_and(|(_, _, r)| r.start <= t.range.start && t.range.end <= r.end)
        || doc
            .meta
            .published
            .as_ref()
            .and_then(|m| m.range.as_ref())
            .is_some_and(|r| r.start <= t.range.start && t.range.end <= r.end)
}

/// The weekday a time expression names when it is only a weekday ("Thursday", "on Thursday").
fn bare_weekday(doc: &Document<'_>, t: &TimeSpan) -> Option<i64> {
    let text = doc.text[t.range.clone()].trim().to_lowercase();
    let word = text.strip_prefix("on ").unwrap_or(&text);
    crate::extract::weekday(word)
}

fn time_indexes_of(docs: &[Document<'_>], statements: &[Statement], s: usize) -> Vec<usize> {
    let st = &statements[s];
    docs[st.doc].claims[st.claim].times.clone()
}

fn anchor_weekdays(docs: &mut [Document<'_>], statements: &[Statement], group: &Group) {
    for &d in &group.docs {
        // The days the other articles give for this fact.
        let mut votes: BTreeMap<Date, u32> = BTreeMap::new();
        for &s in &group.statements {
            if statements[s].doc == d {
                continue;
            }
            let doc = &docs[statements[s].doc];
            for ti in time_indexes_of(docs, statements, s) {
                if let Some((day, w)) = doc.times.get(ti).and_then(|t| stated_day(doc, t)) {
                    *votes.entry(day).or_default() += w;
                }
            }
        }
        let Some((&day, _)) = votes.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) else {
            continue;
        };
        for &s in group.statements.iter().filter(|&&s| statements[s].doc == d) {
            for ti in time_indexes_of(docs, statements, s) {
                let doc = &docs[d];
                let Some(t) = doc.times.get(ti) else { continue };
                let Some(wd) = bare_weekday(doc, t) else {
                    continue;
                };
                if day.weekday().index() != wd || t.anchor == Anchor::Explicit {
                    continue;
                }
                if let Some(p) = doc.publication {
                    let gap = p.days() - day.days();
                    if !(0..=WEEKDAY_REACH).contains(&gap) {
                        continue;
                    }
                }
                set_weekday(&mut docs[d], wd, day);
            }
        }
    }
}

/// Gives every bare mention of weekday `wd` in `doc` the day `day`.
fn set_weekday(doc: &mut Document<'_>, wd: i64, day: Date) {
    let value = day.to_string();
    let hits: Vec<usize> = (0..doc.times.len())
        .filter(|&i| {
            let t = &doc.times[i];
            t.anchor != Anchor::Explicit && bare_weekday(doc, t) == Some(wd)
        })
        .collect();
    for i in hits {
        let t = &mut doc.times[i];
        if t.value.as_deref() != Some(value.as_str()) || t.anchor == Anchor::Unresolved {
            t.value = Some(value.clone());
            t.anchor = Anchor::CrossSource;
        }
    }
}

/// The day the articles of `main` most give for what they report: each article votes once
/// per day, a day stated outright or in the lead counts more, and a day after the article's
/// publication (a plan, not the event) does not count.
fn event_date(docs: &[Document<'_>], main: &[usize]) -> Option<Date> {
    let mut votes: BTreeMap<Date, u32> = BTreeMap::new();
    for &d in main {
        let doc = &docs[d];
        let mut best: BTreeMap<Date, u32> = BTreeMap::new();
        for (k, claim) in doc.claims.iter().enumerate() {
            for &ti in &claim.times {
                let Some((day, w)) = doc.times.get(ti).and_then(|t| stated_day(doc, t)) else {
                    continue;
                };
                if doc.publication.is_some_and(|p| day > p) {
                    continue;
                }
                let w = if k < LEAD { w * 2 } else { w };
                let e = best.entry(day).or_default();
                *e = (*e).max(w);
            }
        }
        for (day, w) in best {
            *votes.entry(day).or_default() += w;
        }
    }
    votes
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(day, _)| day)
}

/// Dates an article that has no publication date from its dateline day and the event, and
/// resolves its relative dates.
fn infer_publication(doc: &mut Document<'_>, event: Date) {
    if doc.publication.is_some() {
        return;
    }
    let anchored = doc.times.iter().any(|t| t.anchor == Anchor::CrossSource);
    let reference = match doc.dateline_day.clone() {
        Some((month, day, range)) => {
            let Some(date) = [event.year - 1, event.year, event.year + 1]
                .into_iter()
                .filter_map(|y| Date::new(y, month, day))
                .filter(|d| d.days() >= event.days() - 7)
                .min_by_key(|d| (d.days() - event.days()).abs())
            else {
                return;
            };
            doc.publication = Some(date);
            doc.meta.published = Some(MetaValue {
                value: date.to_string(),
                range: Some(range),
                source: MetaSource::CrossSource,
            });
            date
        }
        None if anchored => event,
        None => return,
    };
    let mut probe = doc.clone();
    probe.publication = Some(reference);
    crate::extract::retime(&mut probe);
    for t in &mut doc.times {
        if t.anchor != Anchor::Unresolved {
            continue;
        }
        if let Some(found) = probe.times.iter().find(|p| p.range == t.range) {
            if found.anchor != Anchor::Unresolved && found.value.is_some() {
                t.value = found.value.clone();
                t.anchor = Anchor::CrossSource;
            }
        }
    }
    if doc.meta.published.is_none() {
        doc.publication = None;
    }
}
