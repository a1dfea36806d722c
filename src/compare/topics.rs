//! Topics: which articles report the same event.
//!
//! An article's vector is the sum of its statements' vectors (entities, stems), so two
//! reports of one phone call share names and words that reports of another event lack.
//! Two events of one kind (two polygamy trials, two earthquakes) share most of their words,
//! so names weigh more than words, and a term counts less the more articles use it.
//! Articles are clustered like statements; the largest group is the event the analysis is
//! about, and an article outside it is flagged off-topic and kept out of its facts.
//!
//! Tuned on ECB+ topics 36–40 (`npm run eval`, scripts/eval/ecbplus.sh), where each call holds
//! two events of one kind: pairwise F1 64.5 → 84.8 with the entity weight, the article-level
//! weighting and `MERGE` 0.18 → 0.12 (the seeds' least similar pair stays at 0.27).

use super::cluster;
use super::facts::Statement;
use super::sorting::SortSmall;
use super::terms::{Term, Vector};
use super::union_find::UnionFind;
use crate::extract::Document;
use rustc_hash::FxHashMap as HashMap;

/// Two articles this alike are candidates for one event.
const PAIR: f32 = 0.10;
/// Two groups of articles merge while their centroids are this alike.
const MERGE: f32 = 0.12;
/// How much more a merged entity weighs in a statement than a word.
const ENTITY_WEIGHT: f32 = 4.0;

/// The articles grouped by event.
#[derive(Debug, Clone)]
pub(crate) struct Topics {
    /// Document indexes per event, the main event first; each sorted by article id.
    pub groups: Vec<Vec<usize>>,
    /// Each document's group.
    pub of: Vec<usize>,
}

impl Topics {
    /// The documents of the main event.
    pub fn main(&self) -> &[usize] {
        self.groups.first().map_or(&[], Vec::as_slice)
    }

    /// Whether `doc` reports the main event.
    pub fn in_main(&self, doc: usize) -> bool {
        self.of[doc] == 0
    }

    /// Whether `doc` reports another event than the main one. With every article on its own
    /// (nothing shared), none is called off-topic: there is no main event to compare with.
    pub fn off_topic(&self, doc: usize) -> bool {
        self.of[doc] != 0 && self.groups.first().is_some_and(|g| g.len() > 1)
    }
}

/// Groups the documents by event. `order` lists documents by article id and `rank` gives each
/// document's place in it; `is_entity` tells whether a term is a merged entity.
pub(crate) fn group(
    docs: &[Document<'_>],
    order: &[usize],
    rank: &[usize],
    statements: &[Statement],
    is_entity: impl Fn(Term) -> bool,
) -> Topics {
    let mut vectors: Vec<Vector> = vec![Vector::default(); docs.len()];
    for s in statements {
        let mut v = s.vector.clone();
        for (t, w) in &mut v.0 {
            if is_entity(*t) {
                *w *= ENTITY_WEIGHT;
            }
        }
        v.normalise();
        vectors[s.doc].add(&v);
    }
    // Article level: a term's weight grows with the square root of its use, and shrinks as more
    // of the articles use it (ln(1 + N/df), so a term in every article keeps ln 2).
    let mut df: HashMap<Term, usize> = HashMap::default();
    for v in &vectors {
        for &(t, _) in &v.0 {
            *df.entry(t).or_default() += 1;
        }
    }
    // N counts the articles linked to this one through shared terms (directly or through
    // others): an article that shares no term with them changes none of their weights, so it
    // cannot move them between events.
    let roots = linked(
        docs.len(),
        vectors
            .iter()
            .enumerate()
            .flat_map(|(d, v)| v.0.iter().map(move |&(t, _)| (d, t))),
    );
    let mut size: HashMap<usize, usize> = HashMap::default();
    for &r in &roots {
        *size.entry(r).or_default() += 1;
    }
    for (d, v) in vectors.iter_mut().enumerate() {
        let n = size[&roots[d]] as f32;
        for (t, w) in &mut v.0 {
            *w = (*w * (1.0 + n / df[t] as f32).ln()).sqrt();
        }
        v.normalise();
    }
    // Work in article-id order so the result does not depend on input order.
    let ordered: Vec<Vector> = order.iter().map(|&d| vectors[d].clone()).collect();
    let owners: Vec<usize> = (0..order.len()).collect();
    let pairs = cluster::candidates(&ordered, &owners, 40);
    let edges = cluster::scored(&ordered, &pairs, PAIR);
    let mut groups: Vec<Vec<usize>> = cluster::cluster(&ordered, &edges, MERGE)
        .into_iter()
        .map(|g| g.into_iter().map(|i| order[i]).collect())
        .collect();
    groups.sort_small_by(|a, b| b.len().cmp(&a.len()).then(rank[a[0]].cmp(&rank[b[0]])));
    let mut of = vec![0; docs.len()];
    for (g, members) in groups.iter().enumerate() {
        for &d in members {
            of[d] = g;
        }
    }
    Topics { groups, of }
}

/// Per document (of `n`), a representative of the documents it is linked to through shared
/// terms, directly or through others; `uses` lists (document, term) pairs.
pub(crate) fn linked(n: usize, uses: impl IntoIterator<Item = (usize, Term)>) -> Vec<usize> {
    let mut sets = UnionFind::new(n);
    let mut first: HashMap<Term, usize> = HashMap::default();
    for (d, t) in uses {
        let o = *first.entry(t).or_insert(d);
        sets.union(o, d);
    }
    (0..n).map(|d| sets.find(d)).collect()
}
