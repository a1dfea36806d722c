//! Topics: which articles report the same event.
//!
//! An article's vector is the sum of its statements' vectors (entities, stems), so two
//! reports of one phone call share names and words that reports of another event lack.
//! Articles are clustered like statements; the largest group is the event the analysis is
//! about, and an article outside it is flagged off-topic and kept out of its facts.

use super::sorting::SortSmall;
use super::cluster;
use super::facts::Statement;
use super::terms::Vector;
use crate::extract::Document;

/// Two articles this alike are candidates for one event.
const PAIR: f32 = 0.12;
/// Two groups of articles merge while their centroids are this alike.
const MERGE: f32 = 0.18;

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
    pub fn main(&self) -> Vec<usize> {
        self.groups.first().cloned().unwrap_or_default()
    }
}

/// Groups the documents by event. `order` lists documents by article id.
pub(crate) fn group(docs: &[Document<'_>], order: &[usize], statements: &[Statement]) -> Topics {
    let mut vectors: Vec<Vector> = vec![Vector::default(); docs.len()];
    for s in statements {
        vectors[s.doc].add(&s.vector, 1.0);
    }
    for v in &mut vectors {
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
    let mut rank = vec![0; docs.len()];
    for (r, &d) in order.iter().enumerate() {
        rank[d] = r;
    }
    groups.sort_small_by(|a, b| b.len().cmp(&a.len()).then(rank[a[0]].cmp(&rank[b[0]])));
    let mut of = vec![0; docs.len()];
    for (g, members) in groups.iter().enumerate() {
        for &d in members {
            of[d] = g;
        }
    }
    Topics { groups, of }
}

impl Topics {
    /// Whether `doc` reports another event than the main one. With every article on its own
    /// (nothing shared), none is called off-topic: there is no main event to compare with.
    pub fn off_topic(&self, doc: usize) -> bool {
        self.of[doc] != 0 && self.groups.first().is_some_and(|g| g.len() > 1)
    }
}
