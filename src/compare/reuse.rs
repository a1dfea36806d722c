//! Reuse: passages two articles share word for word, or nearly (wire copy, rewrites).
//!
//! Every run of [`SHINGLE`] words of an article's story is hashed into an index; runs two
//! articles share are joined along their diagonal into passages, allowing a few changed
//! words. Words inside direct quotes are left out: two outlets quoting one speaker is not
//! one copying the other.

use super::sorting::SortSmall;
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHasher;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use crate::extract::Document;
use crate::output::{Reuse, ReusedPassage};

/// Words per hashed run.
const SHINGLE: usize = 7;
/// Shortest passage reported, in words.
const MIN_WORDS: usize = 15;
/// A run shared by more articles than this is a stock phrase, not copying.
const MAX_SHARING: usize = 24;
/// Changed words allowed between two shared runs of one passage.
const GAP: usize = 4;

/// A story word with its byte range, or `None` where a quote or a sentence gap breaks the run.
type Word = Option<(Range<usize>, String)>;

/// A passage shared by two documents, as word positions in each.
#[derive(Debug, Clone)]
pub(crate) struct Passage {
    pub a: Range<usize>,
    pub b: Range<usize>,
    pub similarity: f64,
}

/// Passages between two documents (input indexes `a`, `b`, `a` first by article id), as byte ranges.
#[derive(Debug, Clone)]
pub(crate) struct Shared {
    pub a: usize,
    pub b: usize,
    pub passages: Vec<Passage>,
}

/// Finds shared passages between every pair of documents that share any. `order` lists
/// documents by article id.
pub(crate) fn find(docs: &[Document<'_>], order: &[usize]) -> Vec<Shared> {
    let streams: Vec<Vec<Word>> = docs.iter().map(stream).collect();
    let mut index: HashMap<u64, Vec<(usize, usize)>> = HashMap::default();
    for (r, &d) in order.iter().enumerate() {
        let s = &streams[d];
        for i in 0..s.len().saturating_sub(SHINGLE - 1) {
            if let Some(h) = shingle(&s[i..i + SHINGLE]) {
                index.entry(h).or_default().push((r, i));
            }
        }
    }
    // Matches per (article rank a, article rank b): (position in a, position in b).
    let mut matches: BTreeMap<(usize, usize), Vec<(usize, usize)>> = BTreeMap::new();
    for posts in index.values() {
        let mut ranks: Vec<usize> = posts.iter().map(|p| p.0).collect();
        ranks.dedup();
        if ranks.len() < 2 || ranks.len() > MAX_SHARING {
            continue;
        }
        for (x, &(ra, pa)) in posts.iter().enumerate() {
            for &(rb, pb) in &posts[x + 1..] {
                if ra < rb {
                    matches.entry((ra, rb)).or_default().push((pa, pb));
                }
            }
        }
    }
    let mut out = Vec::new();
    for ((ra, rb), mut pairs) in matches {
        let (a, b) = (order[ra], order[rb]);
        pairs.sort_small();
        pairs.dedup();
        let passages: Vec<Passage> = join(&pairs)
            .into_iter()
            .filter(|(wa, _, _)| wa.len() >= MIN_WORDS)
            .filter_map(|(wa, wb, shared)| {
                let (sa, sb) = (&streams[a], &streams[b]);
                let byte = |s: &[Word], w: &Range<usize>| -> Option<Range<usize>> {
                    let first = s.get(w.start)?.as_ref()?.0.start;
                    let last = s.get(w.end - 1)?.as_ref()?.0.end;
                    Some(first..last)
                };
                Some(Passage {
                    a: byte(sa, &wa)?,
                    b: byte(sb, &wb)?,
                    similarity: (shared as f64 / wa.len().max(wb.len()) as f64).min(1.0),
                })
            })
            .collect();
        if !passages.is_empty() {
            out.push(Shared { a, b, passages });
        }
    }
    out
}

/// The words of a document's story, `None` where quotes, headings and boilerplate break it.
fn stream(doc: &Document<'_>) -> Vec<Word> {
    let quotes =
        crate::text::RangeIndex::new(doc.quotes.iter().filter(|q| q.direct).map(|q| &q.range));
    let mut out = Vec::new();
    for (_, s) in doc.story_sentences() {
        let mut last_quoted = false;
        for w in doc.words_in(&s.range) {
            let (r, w) = (w.range.clone(), w.low.to_string());
            let quoted = quotes.covers(&r);
            if quoted {
                if !last_quoted {
                    out.push(None);
                }
            } else {
                out.push(Some((r, w)));
            }
            last_quoted = quoted;
        }
    }
    out
}

fn shingle(words: &[Word]) -> Option<u64> {
    let mut h = FxHasher::default();
    for w in words {
        w.as_ref()?.1.hash(&mut h);
    }
    Some(h.finish())
}

/// Joins matching runs along diagonals into passages: (words in a, words in b, words matched).
fn join(pairs: &[(usize, usize)]) -> Vec<(Range<usize>, Range<usize>, usize)> {
    let mut out: Vec<(Range<usize>, Range<usize>, usize)> = Vec::new();
    for &(pa, pb) in pairs {
        if let Some((wa, wb, shared)) = out.last_mut() {
            let continues = pa >= wa.start
                && pa <= wa.end + GAP
                && pb >= wb.start
                && pb <= wb.end + GAP
                && (pb as isize - pa as isize - (wb.start as isize - wa.start as isize)).abs()
                    <= GAP as isize;
            if continues {
                let new_end = pa + SHINGLE;
                *shared += new_end.saturating_sub(wa.end.max(pa));
                wa.end = wa.end.max(new_end);
                wb.end = wb.end.max(pb + SHINGLE);
                continue;
            }
        }
        out.push((pa..pa + SHINGLE, pb..pb + SHINGLE, SHINGLE));
    }
    out
}

/// The output form: spans per article pair, ordered by article id.
pub(crate) fn output(docs: &[Document<'_>], shared: &[Shared]) -> Vec<Reuse> {
    shared
        .iter()
        .map(|s| Reuse {
            a: docs[s.a].id.to_string(),
            b: docs[s.b].id.to_string(),
            passages: s
                .passages
                .iter()
                .map(|p| ReusedPassage {
                    a: docs[s.a].span(p.a.clone()),
                    b: docs[s.b].span(p.b.clone()),
                    similarity: (p.similarity * 100.0).round() / 100.0,
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn runs_on_one_diagonal_join() {
        let pairs: Vec<(usize, usize)> = (0..10).map(|i| (i, i + 3)).chain([(20, 23)]).collect();
        let j = join(&pairs);
        assert_eq!(j.len(), 1, "{j:?}");
        assert_eq!(j[0].0, 0..27);
    }
}
