//! Quotes across articles: the same words quoted by several outlets, verbatim, partly, or in
//! another translation, with a word-level diff between the wordings.

use super::sorting::SortSmall;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::entities::fold;
use super::union_find::UnionFind;
use crate::extract::Document;

/// Word pairs two quotes must share to be compared.
const MIN_SHARED: usize = 3;
/// Share of the shorter quote's word pairs found in the other for one group.
const OVERLAP: f64 = 0.4;

/// A quote of one document.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    pub doc: usize,
    /// Index into the document's quotes.
    pub quote: usize,
    /// The speaker, as the merged entity's name when known.
    pub speaker: Option<String>,
    pub words: Vec<String>,
}

/// The same quote across documents.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// Ordered by article id, then position.
    pub members: Vec<Member>,
    pub verbatim: bool,
    pub speaker: Option<String>,
    pub speaker_agrees: bool,
}

/// Groups the direct quotes of the documents. `order` lists documents by article id and `rank`
/// gives each document's place in it; `entity_name(doc, local entity)` gives a merged entity's name.
pub(crate) fn group(
    docs: &[Document<'_>],
    order: &[usize],
    rank: &[usize],
    entity_name: &dyn Fn(usize, usize) -> Option<String>,
) -> Vec<Group> {
    let mut members: Vec<Member> = Vec::new();
    for &d in order {
        for (q, quote) in docs[d].quotes.iter().enumerate() {
            if !quote.direct {
                continue;
            }
            let ws: Vec<String> = docs[d]
                .words_in(&quote.range)
                .iter()
                .map(|w| w.low.to_string())
                .collect();
            if ws.len() < 3 {
                continue;
            }
            let speaker = quote.speaker.as_ref().map(|s| {
                s.entity
                    .and_then(|e| entity_name(d, e))
                    .unwrap_or_else(|| s.name.clone())
            });
            members.push(Member {
                doc: d,
                quote: q,
                speaker,
                words: ws,
            });
        }
    }
    let bigrams: Vec<Vec<(String, String)>> = members.iter().map(|m| pairs_of(&m.words)).collect();
    let mut index: HashMap<&(String, String), Vec<usize>> = HashMap::default();
    for (i, bg) in bigrams.iter().enumerate() {
        for p in bg {
            let list = index.entry(p).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for list in index.values() {
        if list.len() > 64 {
            continue;
        }
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                if members[a].doc != members[b].doc {
                    *shared.entry((a, b)).or_default() += 1;
                }
            }
        }
    }
    let mut uf = UnionFind::new(members.len());
    for (&(a, b), &n) in &shared {
        let smaller = bigrams[a].len().min(bigrams[b].len()).max(1);
        if n >= MIN_SHARED && n as f64 / smaller as f64 >= OVERLAP {
            uf.union(a, b);
        }
    }
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..members.len() {
        by_root.entry(uf.find(i)).or_default().push(i);
    }
    let mut groups: Vec<Group> = by_root
        .into_values()
        .filter(|g| {
            let first = members[g[0]].doc;
            g.iter().any(|&m| members[m].doc != first)
        })
        .map(|g| {
            let ms: Vec<Member> = g.iter().map(|&m| members[m].clone()).collect();
            finish(ms)
        })
        .collect();
    groups.sort_small_by_key(|g| (rank[g.members[0].doc], g.members[0].quote));
    groups
}

fn pairs_of(words: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = words
        .windows(2)
        .map(|w| (w[0].clone(), w[1].clone()))
        .collect();
    out.sort_small();
    out.dedup();
    out
}

fn finish(members: Vec<Member>) -> Group {
    let longest = members.iter().map(|m| m.words.len()).max().unwrap_or(0);
    let longest = members
        .iter()
        .find(|m| m.words.len() == longest)
        .map(|m| m.words.clone())
        .unwrap_or_default();
    let verbatim = members.iter().all(|m| contains(&longest, &m.words));
    let mut names: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for m in &members {
        if let Some(s) = &m.speaker {
            let e = names.entry(fold(s)).or_insert((0, s.clone()));
            e.0 += 1;
        }
    }
    let speaker = names
        .values()
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, n)| n.clone());
    Group {
        speaker_agrees: names.len() == 1,
        speaker,
        verbatim,
        members,
    }
}

/// Whether `part` occurs in `whole` as a contiguous run of words.
fn contains(whole: &[String], part: &[String]) -> bool {
    part.is_empty() || whole.windows(part.len()).any(|w| w == part)
}

/// A word-level diff from `from` to `to`, as (op, text) runs: "equal", "delete", "insert".
pub(crate) fn diff(from: &[&str], to: &[&str]) -> Vec<(&'static str, String)> {
    let key = |w: &&str| w.to_lowercase().replace('’', "'");
    let a: Vec<String> = from.iter().map(key).collect();
    let b: Vec<String> = to.iter().map(key).collect();
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut push = |op: &'static str, ws: &[&str]| {
        if ws.is_empty() {
            return;
        }
        let text = ws.join(" ");
        match out.last_mut() {
            Some((last, t)) if *last == op => {
                t.push(' ');
                t.push_str(&text);
            }
            _ => out.push((op, text)),
        }
    };
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        match op {
            DiffOp::Equal { new_index, len, .. } => push("equal", &to[new_index..new_index + len]),
            DiffOp::Delete {
                old_index, old_len, ..
            } => push("delete", &from[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push("insert", &to[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push("delete", &from[old_index..old_index + old_len]);
                push("insert", &to[new_index..new_index + new_len]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_changed_words() {
        let a: Vec<&str> = "cease fire as soon as possible to prevent a cycle of escalation"
            .split(' ')
            .collect();
        let b: Vec<&str> = "cease hostilities as soon as possible to prevent a cyclical escalation"
            .split(' ')
            .collect();
        let d = diff(&a, &b);
        assert_eq!(
            d,
            vec![
                ("equal", "cease".to_string()),
                ("delete", "fire".to_string()),
                ("insert", "hostilities".to_string()),
                ("equal", "as soon as possible to prevent a".to_string()),
                ("delete", "cycle of".to_string()),
                ("insert", "cyclical".to_string()),
                ("equal", "escalation".to_string()),
            ]
        );
    }

    #[test]
    fn partial_quotes_are_contained() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert!(contains(
            &w("both sides fundamentally believe that"),
            &w("fundamentally believe")
        ));
        assert!(!contains(
            &w("both sides believe"),
            &w("fundamentally believe")
        ));
    }
}
