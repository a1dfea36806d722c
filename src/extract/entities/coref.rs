//! Within-article linking: "Putin", "President Putin" and "Vladimir Putin" are one entity;
//! "UN Charter" and "United Nations Charter" too; demonyms and metonyms join their country.

use rustc_hash::FxHashSet as HashSet;

use super::candidates::Candidate;
use super::lexicon;
use crate::extract::MentionSpan;
use crate::output::{ArticleEntity, EntityKind};

/// Names of one entity under which later mentions can find it.
struct Building {
    kind: EntityKind,
    canon: Option<String>,
    forms: HashSet<String>,
    names: Vec<String>,
    texts: Vec<String>,
    roles: Vec<String>,
    mentions: Vec<usize>,
}

/// Links candidates (in text order) into mentions and entities.
pub fn link(
    text: &str,
    cands: &[Candidate],
    roles: &[Option<String>],
) -> (Vec<MentionSpan>, Vec<ArticleEntity>) {
    // Full person names of the article, longest first, for surname and partial-name matches.
    let mut people: Vec<Vec<&str>> = cands
        .iter()
        .filter(|c| c.kind == EntityKind::Person && c.canon.is_none())
        .map(|c| text[c.name.clone()].split_whitespace().collect::<Vec<_>>())
        .filter(|w| w.len() > 1)
        .collect();
    people.sort_by_key(|w| std::cmp::Reverse(w.len()));
    // Each name once (a repeated name matches where its first copy does): with one entry per
    // mention, the lookups below made linking quadratic in the article's length.
    let mut seen = HashSet::default();
    people.retain(|p| seen.insert(p.clone()));
    // Names typed for sure somewhere ("Royal Air Force (RAF)" by its head word) type their
    // guessed mentions elsewhere ("in RAF livery"), as does a longer name containing them.
    let sure: Vec<(Vec<&str>, EntityKind, HashSet<String>)> = cands
        .iter()
        .filter(|c| c.sure && c.canon.is_none())
        .map(|c| {
            let name = &text[c.name.clone()];
            (
                name.split_whitespace().collect(),
                c.kind,
                forms(name, c.kind),
            )
        })
        .collect();
    let mut seen = HashSet::default();
    let sure: Vec<_> = sure
        .into_iter()
        .filter(|(n, k, _)| seen.insert((n.clone(), *k)))
        .collect();
    let mut built: Vec<Building> = Vec::new();
    let mut mentions = Vec::new();
    for (ci, c) in cands.iter().enumerate() {
        let name = text[c.name.clone()].to_string();
        let words: Vec<&str> = name.split_whitespace().collect();
        let mut kind = c.kind;
        if !c.sure && c.canon.is_none() {
            let lower = name.to_lowercase();
            let typed = sure
                .iter()
                .find(|(n, _, f)| contains_seq(n, &words) || f.contains(&lower));
            if let Some((_, k, _)) = typed {
                kind = *k;
            }
        }
        let mut full = name.clone();
        if c.canon.is_none()
            && matches!(kind, EntityKind::Person | EntityKind::Org)
            && (kind == EntityKind::Person || !c.sure)
        {
            // A part of a longer person name is that person.
            let part = people.iter().find(|p| {
                p.len() > words.len() && contains_seq(p, &words) && !lexicon::is_connector(words[0])
            });
            if let Some(p) = part {
                kind = EntityKind::Person;
                full = p.join(" ");
            }
        }
        let key = c.canon.clone().unwrap_or_else(|| full.clone());
        let forms = forms(&key, kind);
        let found = built.iter().position(|b| {
            b.kind == kind
                && (b.canon.is_some() && b.canon == c.canon || !b.forms.is_disjoint(&forms))
        });
        let e = match found {
            Some(e) => e,
            None => {
                built.push(Building {
                    kind,
                    canon: c.canon.clone(),
                    forms: HashSet::default(),
                    names: Vec::new(),
                    texts: Vec::new(),
                    roles: Vec::new(),
                    mentions: Vec::new(),
                });
                built.len() - 1
            }
        };
        let b = &mut built[e];
        b.forms.extend(forms);
        b.names.push(full);
        let t = text[c.range.clone()].to_string();
        if !b.texts.contains(&t) {
            b.texts.push(t);
        }
        if let Some(r) = &roles[ci] {
            if !b.roles.contains(r) {
                b.roles.push(r.clone());
            }
        }
        b.mentions.push(mentions.len());
        mentions.push(MentionSpan {
            range: c.range.clone(),
            kind,
            entity: e,
        });
    }
    let entities = built
        .into_iter()
        .map(|b| {
            let name = b.canon.clone().unwrap_or_else(|| {
                b.names
                    .iter()
                    .max_by_key(|n| (n.split_whitespace().count(), n.len()))
                    .cloned()
                    .unwrap_or_default()
            });
            let aliases = b.texts.into_iter().filter(|t| *t != name).collect();
            ArticleEntity {
                name,
                kind: b.kind,
                aliases,
                roles: b.roles,
                mentions: b.mentions,
            }
        })
        .collect();
    (mentions, entities)
}

fn contains_seq(hay: &[&str], needle: &[&str]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Lower-cased forms a name may also be written in: its acronym, the acronym of its
/// qualifier ("UN Charter"), and without trailing organisation words ("Xinhua News Agency").
fn forms(name: &str, kind: EntityKind) -> HashSet<String> {
    let mut out = HashSet::default();
    out.insert(name.to_lowercase());
    if kind == EntityKind::Person {
        return out;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let initials = |ws: &[&str]| -> String {
        ws.iter()
            .filter(|w| !lexicon::is_connector(w))
            .filter_map(|w| w.chars().next())
            .collect::<String>()
            .to_lowercase()
    };
    if words.len() > 1 {
        out.insert(initials(&words));
        for k in 2..words.len() {
            let mut f = initials(&words[..k]);
            for w in &words[k..] {
                f.push(' ');
                f.push_str(&w.to_lowercase());
            }
            out.insert(f);
        }
    }
    if kind == EntityKind::Org {
        let mut n = words.len();
        while n > 1 && (lexicon::is_org_head(words[n - 1]) || matches!(words[n - 1], "News")) {
            n -= 1;
            out.insert(words[..n].join(" ").to_lowercase());
        }
    }
    out.insert(name.replace('.', "").to_lowercase());
    out
}
