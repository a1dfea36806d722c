//! Candidate pairs from an inverted index, and clustering over them.
//!
//! Nothing here compares every item with every other: pairs come from shared index terms,
//! and a term that many items share (a common word, or one fact that hundreds of articles
//! report) links each item only to its next few neighbours in the term's list, which keeps
//! the number of pairs close to linear while still connecting the items that share it.

use super::sorting::SortSmall;
use rustc_hash::FxHashMap as HashMap;

use super::terms::{Term, Vector};

/// How many items a term's list may hold before it links only neighbours.
const FULL_BUCKET: usize = 48;
/// How many neighbours each item links to in a longer list.
const WINDOW: usize = 8;

/// Pairs `(a, b)` with `a < b` of items that share at least one of their `keys` heaviest
/// terms and have different owners (articles). Sorted and without duplicates.
pub(crate) fn candidates(vectors: &[Vector], owners: &[usize], keys: usize) -> Vec<(usize, usize)> {
    let mut lists: HashMap<Term, Vec<usize>> = HashMap::default();
    for (i, v) in vectors.iter().enumerate() {
        let mut top: Vec<(Term, f32)> = v.0.clone();
        top.sort_small_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        for &(t, _) in top.iter().take(keys) {
            lists.entry(t).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    let mut terms: Vec<&Term> = lists.keys().collect();
    terms.sort_small();
    for t in terms {
        let items = &lists[t];
        if items.len() <= FULL_BUCKET {
            for (x, &a) in items.iter().enumerate() {
                for &b in &items[x + 1..] {
                    if owners[a] != owners[b] {
                        pairs.push((a, b));
                    }
                }
            }
        } else {
            for (x, &a) in items.iter().enumerate() {
                let mut linked = 0;
                for &b in &items[x + 1..] {
                    if linked == WINDOW {
                        break;
                    }
                    if owners[a] != owners[b] {
                        pairs.push((a, b));
                        linked += 1;
                    }
                }
            }
        }
    }
    pairs.sort_small();
    pairs.dedup();
    pairs
}

/// Scored pairs at or above `threshold`, best first (ties in index order).
pub(crate) fn scored(
    vectors: &[Vector],
    pairs: &[(usize, usize)],
    threshold: f32,
) -> Vec<(usize, usize, f32)> {
    let mut edges: Vec<(usize, usize, f32)> = pairs
        .iter()
        .map(|&(a, b)| (a, b, vectors[a].cosine(&vectors[b])))
        .filter(|e| e.2 >= threshold)
        .collect();
    edges.sort_small_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    edges
}

/// Groups items by merging along `edges` (best first) while the average similarity between
/// the two groups' members stays at least `threshold` (average linkage), so a statement that
/// mixes two facts cannot chain them together.
/// Returns the groups (each sorted) in order of their first item.
pub(crate) fn cluster(
    vectors: &[Vector],
    edges: &[(usize, usize, f32)],
    threshold: f32,
) -> Vec<Vec<usize>> {
    let n = vectors.len();
    let mut group: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut sums: Vec<Vector> = vectors.to_vec();
    for &(a, b, _) in edges {
        let (ga, gb) = (group[a], group[b]);
        if ga == gb {
            continue;
        }
        let average = sums[ga].cosine(&sums[gb]) / (members[ga].len() * members[gb].len()) as f32;
        if average < threshold {
            continue;
        }
        let (keep, gone) = if members[ga].len() >= members[gb].len() {
            (ga, gb)
        } else {
            (gb, ga)
        };
        let moved = std::mem::take(&mut members[gone]);
        for &m in &moved {
            group[m] = keep;
        }
        members[keep].extend(moved);
        let gone_sum = std::mem::take(&mut sums[gone]);
        sums[keep].add(&gone_sum);
    }
    let mut out: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for m in &mut out {
        m.sort_small();
    }
    out.sort_small_by_key(|m| m[0]);
    out
}

/// The normalised centroid of `items`.
pub(crate) fn centroid(vectors: &[Vector], items: &[usize]) -> Vector {
    let mut sum = Vector::default();
    for &i in items {
        sum.add(&vectors[i]);
    }
    sum.normalise();
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(terms: &[(Term, f32)]) -> Vector {
        let mut v = Vector(terms.to_vec());
        v.normalise();
        v
    }

    #[test]
    fn pairs_come_from_shared_terms_across_owners() {
        let vectors = vec![
            v(&[(1, 1.0)]),
            v(&[(1, 1.0)]),
            v(&[(2, 1.0)]),
            v(&[(1, 1.0), (2, 1.0)]),
        ];
        let pairs = candidates(&vectors, &[0, 1, 2, 0], 4);
        assert_eq!(pairs, vec![(0, 1), (1, 3), (2, 3)]);
    }

    #[test]
    fn long_lists_link_neighbours_only() {
        let vectors: Vec<Vector> = (0..1000).map(|_| v(&[(7, 1.0)])).collect();
        let owners: Vec<usize> = (0..1000).collect();
        let pairs = candidates(&vectors, &owners, 1);
        assert!(pairs.len() <= 1000 * WINDOW, "{}", pairs.len());
        let edges = scored(&vectors, &pairs, 0.5);
        assert_eq!(cluster(&vectors, &edges, 0.5).len(), 1);
    }

    #[test]
    fn a_mixed_item_does_not_chain_two_groups() {
        let vectors = vec![
            v(&[(1, 1.0), (2, 1.0)]),
            v(&[(1, 1.0), (2, 1.0)]),
            v(&[(2, 1.0), (3, 1.0), (1, 1.0), (4, 1.0)]),
            v(&[(3, 1.0), (4, 1.0)]),
            v(&[(3, 1.0), (4, 1.0)]),
        ];
        let pairs: Vec<(usize, usize)> = vec![(0, 1), (0, 2), (1, 2), (2, 3), (2, 4), (3, 4)];
        let edges = scored(&vectors, &pairs, 0.3);
        let groups = cluster(&vectors, &edges, 0.6);
        assert!(
            groups.iter().all(|g| !(g.contains(&0) && g.contains(&4))),
            "{groups:?}"
        );
    }
}
