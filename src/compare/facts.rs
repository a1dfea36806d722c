//! Facts: statements from different articles that report the same thing.
//!
//! Each claim of each article is a statement with a term vector ([`super::terms`]).
//! Statements are paired through an inverted index, paired statements are clustered by
//! centroid ([`super::cluster`]), and a statement that also reports a second fact (a lead
//! sentence with the call, its date and what was said) joins that fact's group too.

use super::sorting::SortSmall;
use std::ops::Range;

use super::cluster::{self, centroid};
use super::terms::{Term, Vector};
use super::union_find::UnionFind;

/// Two statements this alike are candidates for one fact.
const PAIR: f32 = 0.12;
/// Two groups merge while their members are this alike on average.
const MERGE: f32 = 0.2;
/// A statement joins a further fact when it is this close to the fact's centroid.
const JOIN: f32 = 0.2;

/// A further statement from an article the fact already has joins when this close.
const JOIN_PRESENT: f32 = 0.26;
/// Two facts that share this many statements (and half the smaller one's) are one.
const MERGE_SHARED: usize = 3;
/// A statement set aside by its article ("Separately, …") pairs only when this close.
const ASIDE: f32 = 0.5;

/// One statement: a claim of one article.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    /// Index of the document (input order).
    pub doc: usize,
    /// Index into that document's claims.
    pub claim: usize,
    pub range: Range<usize>,
    pub vector: Vector,
    /// Opens with "Separately": news copy's sign that it reports another event.
    pub aside: bool,
}

/// A group of statements that report the same thing.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// Indexes into the statements, sorted.
    pub statements: Vec<usize>,
    /// The documents that report it, sorted by article id.
    pub docs: Vec<usize>,
    pub centroid: Vector,
}

impl Group {
    /// Sorts and dedups the statements after additions and recomputes the documents.
    fn tidy(&mut self, statements: &[Statement], rank: &[usize]) {
        self.statements.sort_small();
        self.statements.dedup();
        self.docs = docs_of(statements, &self.statements, rank);
    }
}

/// Groups `statements`; `rank[doc]` is the document's position by article id.
pub(crate) fn group(statements: &[Statement], rank: &[usize]) -> Vec<Group> {
    let vectors: Vec<Vector> = statements.iter().map(|s| s.vector.clone()).collect();
    let owners: Vec<usize> = statements.iter().map(|s| s.doc).collect();
    let pairs = cluster::candidates(&vectors, &owners, 12);
    let aside =
        |a: usize, b: usize, sim: f32| (statements[a].aside || statements[b].aside) && sim < ASIDE;
    let mut edges = cluster::scored(&vectors, &pairs, PAIR);
    edges.retain(|&(a, b, sim)| !aside(a, b, sim));
    let clusters = cluster::cluster(&vectors, &edges, MERGE);

    let mut groups: Vec<Group> = clusters
        .into_iter()
        .map(|members| {
            let centroid = centroid(&vectors, &members);
            Group {
                docs: docs_of(statements, &members, rank),
                statements: members,
                centroid,
            }
        })
        .collect();

    // A statement also joins a fact of several articles that its own article lacks.
    let mut in_group = vec![usize::MAX; statements.len()];
    for (g, group) in groups.iter().enumerate() {
        for &s in &group.statements {
            in_group[s] = g;
        }
    }
    let mut joins: Vec<(usize, usize, f32)> = Vec::new();
    for &(a, b) in &pairs {
        for (member, other) in [(a, b), (b, a)] {
            let g = in_group[member];
            if g == in_group[other] || groups[g].docs.len() < 2 {
                continue;
            }
            let sim = vectors[other].cosine(&groups[g].centroid);
            if statements[other].aside && sim < ASIDE {
                continue;
            }
            let present = groups[g].docs.contains(&statements[other].doc);
            // A further statement from an article already in the group must be closer, and
            // must not belong to a fact of as many articles.
            let needed = if present { JOIN_PRESENT } else { JOIN };
            if sim >= needed
                && (!present || groups[in_group[other]].docs.len() < groups[g].docs.len())
            {
                joins.push((g, other, sim));
            }
        }
    }
    // The best statement per (group, document).
    joins.sort_small_by(|x, y| {
        (x.0, statements[x.1].doc)
            .cmp(&(y.0, statements[y.1].doc))
            .then(y.2.total_cmp(&x.2))
            .then(x.1.cmp(&y.1))
    });
    joins.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    let mut last: Option<(usize, usize)> = None;
    for (g, s, sim) in joins {
        let key = (g, statements[s].doc);
        // After an article's best statement, only close ones.
        if last == Some(key) && sim < JOIN_PRESENT {
            continue;
        }
        last = Some(key);
        groups[g].statements.push(s);
    }
    for group in &mut groups {
        group.tidy(statements, rank);
    }
    merge_overlapping(statements, groups, rank)
}

/// Two groups that share at least half the statements of the smaller one (and at least
/// [`MERGE_SHARED`]) are one fact told in two halves ("no military solution" / "by political and diplomatic means").
fn merge_overlapping(statements: &[Statement], groups: Vec<Group>, rank: &[usize]) -> Vec<Group> {
    let mut of: Vec<Vec<usize>> = vec![Vec::new(); statements.len()];
    for (g, group) in groups.iter().enumerate() {
        for &s in &group.statements {
            of[s].push(g);
        }
    }
    let mut shared: Vec<(usize, usize)> = Vec::new();
    for gs in of.iter().filter(|gs| gs.len() >= 2) {
        for (i, &a) in gs.iter().enumerate() {
            for &b in &gs[i + 1..] {
                shared.push((a, b));
            }
        }
    }
    if shared.is_empty() {
        return groups;
    }
    shared.sort_small();
    let mut uf = UnionFind::new(groups.len());
    let mut merged = false;
    for run in shared.chunk_by(|x, y| x == y) {
        let (a, b) = run[0];
        let smaller = groups[a].statements.len().min(groups[b].statements.len());
        if run.len() >= MERGE_SHARED && 2 * run.len() >= smaller {
            uf.union(a, b);
            merged = true;
        }
    }
    if !merged {
        return groups;
    }
    let mut out: Vec<Group> = Vec::new();
    let mut slot: Vec<usize> = vec![usize::MAX; groups.len()];
    for (g, group) in groups.into_iter().enumerate() {
        let root = uf.find(g);
        if slot[root] == usize::MAX {
            slot[root] = out.len();
            out.push(group);
        } else {
            let into = &mut out[slot[root]];
            into.statements.extend(group.statements);
            let mut sum = into.centroid.clone();
            sum.add(&group.centroid);
            sum.normalise();
            into.centroid = sum;
        }
    }
    for group in &mut out {
        group.tidy(statements, rank);
    }
    out
}

/// The statements that name the event itself on its day join the event's fact: "a phone call
/// between the two leaders on Thursday", whatever else the sentence says.
///
/// The event's fact is the fact of most articles that states the event date (`date`, a term);
/// its head is the word most of its statements share ("call"). `is_word` tells words from
/// entity and date terms; `in_event` whether a document reports the event.
pub(crate) fn join_event(
    statements: &[Statement],
    groups: &mut [Group],
    date: Term,
    is_word: impl Fn(Term) -> bool,
    in_event: impl Fn(usize) -> bool,
    rank: &[usize],
) {
    let has = |s: usize, t: Term| statements[s].vector.contains(t);
    let dated = |g: &Group| g.statements.iter().filter(|&&s| has(s, date)).count();
    let Some(event) = (0..groups.len())
        .filter(|&g| groups[g].docs.len() >= 2 && dated(&groups[g]) > 0)
        .max_by_key(|&g| {
            (
                groups[g].docs.len(),
                dated(&groups[g]),
                std::cmp::Reverse(g),
            )
        })
    else {
        return;
    };
    let mut words: Vec<Term> = groups[event]
        .statements
        .iter()
        .flat_map(|&s| statements[s].vector.0.iter().map(|&(t, _)| t))
        .filter(|&t| is_word(t))
        .collect();
    words.sort_small();
    let mut best: Option<(usize, Term)> = None;
    for run in words.chunk_by(|x, y| x == y) {
        if best.is_none_or(|(n, _)| run.len() > n) {
            best = Some((run.len(), run[0]));
        }
    }
    let Some((n, head)) = best else { return };
    if 2 * n < groups[event].statements.len() {
        return;
    }
    let group = &mut groups[event];
    for s in 0..statements.len() {
        let st = &statements[s];
        // Dated on the event day, or close enough to the fact without the date.
        let names = has(s, head) && (has(s, date) || st.vector.cosine(&group.centroid) >= JOIN);
        if names && in_event(st.doc) && !st.aside {
            group.statements.push(s);
        }
    }
    group.tidy(statements, rank);
}

fn docs_of(statements: &[Statement], members: &[usize], rank: &[usize]) -> Vec<usize> {
    let mut docs: Vec<usize> = members.iter().map(|&m| statements[m].doc).collect();
    docs.sort_small_by_key(|&d| rank[d]);
    docs.dedup();
    docs
}

/// The statement of `group` that best represents it (closest to its centroid; shorter on ties).
pub(crate) fn representative(statements: &[Statement], group: &Group) -> usize {
    let mut best = group.statements[0];
    let mut best_sim = f32::MIN;
    for &s in &group.statements {
        let sim = statements[s].vector.cosine(&group.centroid);
        let len = statements[s].range.len();
        if sim > best_sim + 0.05 || (sim > best_sim - 0.05 && len < statements[best].range.len()) {
            if sim > best_sim {
                best_sim = sim;
            }
            best = s;
        }
    }
    best
}

/// A short label from a statement's text: whole if short, else cut at a word before 110 chars.
pub(crate) fn label(text: &str) -> String {
    let mut text = text.trim().trim_end_matches(['—', ',', ';']);
    // A clause cut from its sentence: "and that force is not the solution…".
    for opening in [
        "and that ",
        "and are ",
        "and is ",
        "and ",
        "notably ",
        "while ",
        "during which ",
    ] {
        if let Some(rest) = text.strip_prefix(opening) {
            text = rest;
            break;
        }
    }
    // "According to Kremlin aide Yuri Ushakov, both leaders…": the statement, not its source.
    if let Some(rest) = text.strip_prefix("According to ") {
        if let Some((_, statement)) = rest.split_once(", ") {
            if statement.split_whitespace().count() >= 4 {
                text = statement;
            }
        }
    }
    if text.chars().count() <= 120 {
        let mut chars = text.chars();
        return match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => String::new(),
        };
    }
    let mut cut = 0;
    for (i, c) in text.char_indices() {
        if i > 110 {
            break;
        }
        if c == ' ' {
            cut = i;
        }
    }
    format!("{}…", text[..cut].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_short() {
        assert_eq!(
            label("Putin offered mediation."),
            "Putin offered mediation."
        );
        assert_eq!(
            label("and that force is not the solution."),
            "Force is not the solution."
        );
        let long = "word ".repeat(40);
        let l = label(&long);
        assert!(l.ends_with('…') && l.chars().count() <= 112, "{l}");
    }
}
