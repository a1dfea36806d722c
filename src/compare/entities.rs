//! Entities across articles: one entity per person, organisation or place, whatever the
//! spelling ("Yuri"/"Yury Ushakov"), short form ("Ushakov") or acronym ("UN Charter").
//!
//! Names are compared within blocks (same kind, same first letters of the surname or first
//! word), so the cost grows with the number of distinct names, not their square.

use super::sorting::SortSmall;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

use super::union_find::UnionFind;
use crate::extract::Document;
use crate::output::{Entity, EntityInArticle, EntityKind};

/// The merged entities, and for each document (in input order) its local entities' indexes
/// into them.
pub(crate) struct Merged {
    pub entities: Vec<Entity>,
    pub of: Vec<Vec<usize>>,
}

/// One distinct (kind, folded name) across the articles.
struct Name {
    kind: EntityKind,
    folded: String,
    tokens: Vec<String>,
}

/// Merges the articles' entities. `order` lists document indexes by article id.
pub(crate) fn merge(docs: &[Document<'_>], order: &[usize]) -> Merged {
    let mut names: Vec<Name> = Vec::new();
    let mut name_ids: HashMap<(EntityKind, String), usize> = HashMap::default();
    let mut name_of = |kind: EntityKind, raw: &str, names: &mut Vec<Name>| -> Option<usize> {
        let folded = fold(raw);
        if folded.is_empty() {
            return None;
        }
        Some(*name_ids.entry((kind, folded.clone())).or_insert_with(|| {
            names.push(Name {
                kind,
                tokens: folded.split(' ').map(str::to_string).collect(),
                folded,
            });
            names.len() - 1
        }))
    };
    // Each local entity's main name, and every name it goes by.
    let mut main: HashMap<(usize, usize), usize> = HashMap::default();
    let mut links: Vec<(usize, usize)> = Vec::new();
    for &d in order {
        for (e, ent) in docs[d].entities.iter().enumerate() {
            let Some(n) = name_of(ent.kind, &ent.name, &mut names) else {
                continue;
            };
            main.insert((d, e), n);
            for alias in &ent.aliases {
                if let Some(a) = name_of(ent.kind, alias, &mut names) {
                    links.push((n, a));
                }
            }
        }
    }
    let mut uf = UnionFind::new(names.len());
    for (a, b) in links {
        uf.union(a, b);
    }
    fuzzy_links(&names, &mut uf);

    // Group local entities by their root name; number groups in article-id order.
    let mut group_of_root: BTreeMap<usize, usize> = BTreeMap::new();
    let mut members: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut of: Vec<Vec<usize>> = docs
        .iter()
        .map(|d| vec![usize::MAX; d.entities.len()])
        .collect();
    for &d in order {
        for e in 0..docs[d].entities.len() {
            let Some(&n) = main.get(&(d, e)) else {
                continue;
            };
            let root = uf.find(n);
            let g = *group_of_root.entry(root).or_insert_with(|| {
                members.push(Vec::new());
                members.len() - 1
            });
            members[g].push((d, e));
            of[d][e] = g;
        }
    }
    // Most widely named first; ids follow that order.
    let mut ranked: Vec<(usize, Entity)> = members
        .iter()
        .map(|m| entity(docs, m))
        .enumerate()
        .collect();
    ranked.sort_small_by(|(a, ea), (b, eb)| {
        eb.articles
            .len()
            .cmp(&ea.articles.len())
            .then(total(eb).cmp(&total(ea)))
            .then(ea.name.cmp(&eb.name))
            .then(a.cmp(b))
    });
    let mut new_index = vec![0; ranked.len()];
    for (new, (old, _)) in ranked.iter().enumerate() {
        new_index[*old] = new;
    }
    let mut entities: Vec<Entity> = ranked.into_iter().map(|(_, e)| e).collect();
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    for row in &mut of {
        for g in row.iter_mut() {
            if *g != usize::MAX {
                *g = new_index[*g];
            }
        }
    }
    Merged { entities, of }
}

fn total(e: &Entity) -> usize {
    e.articles.iter().map(|a| a.mentions).sum()
}

/// Builds one merged entity from its local entities.
fn entity(docs: &[Document<'_>], members: &[(usize, usize)]) -> Entity {
    // The name most articles use as their main name; then the longest; then alphabetical.
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for &(d, e) in members {
        let ent = &docs[d].entities[e];
        let count = counts.entry(ent.name.as_str()).or_default();
        count.0 += 1;
        count.1 += ent.mentions.len();
    }
    let name = counts
        .iter()
        .max_by(|a, b| {
            a.1 .0
                .cmp(&b.1 .0)
                .then(a.0.split(' ').count().cmp(&b.0.split(' ').count()))
                .then(a.1 .1.cmp(&b.1 .1))
                .then(b.0.cmp(a.0))
        })
        .map(|(n, _)| n.to_string())
        .unwrap_or_default();
    let folded_name = fold(&name);
    let mut aliases: Vec<String> = Vec::new();
    let mut variants: Vec<String> = Vec::new();
    let mut roles: Vec<String> = Vec::new();
    let mut articles = Vec::new();
    for &(d, e) in members {
        let ent = &docs[d].entities[e];
        for n in std::iter::once(&ent.name).chain(&ent.aliases) {
            let f = fold(n);
            if f == folded_name || aliases.contains(n) || variants.contains(n) {
                continue;
            }
            if matches!(ent.kind, EntityKind::Person | EntityKind::Org)
                && is_variant(&folded_name, &f)
            {
                variants.push(n.clone());
            } else {
                aliases.push(n.clone());
            }
        }
        for r in &ent.roles {
            if !roles.iter().any(|x: &String| x.eq_ignore_ascii_case(r)) {
                roles.push(r.clone());
            }
        }
        articles.push(EntityInArticle {
            article: docs[d].id.to_string(),
            entity: e,
            mentions: ent.mentions.len(),
        });
    }
    aliases.sort_small();
    variants.sort_small();
    roles.sort_small();
    articles.sort_small_by(|a, b| a.article.cmp(&b.article).then(a.entity.cmp(&b.entity)));
    Entity {
        id: String::new(),
        kind: docs[members[0].0].entities[members[0].1].kind,
        name,
        aliases,
        variants,
        roles,
        articles,
    }
}

/// A spelling of the same name rather than a shorter form or another name:
/// "Yury Ushakov" for "Yuri Ushakov", "Zelensky" for "Volodymyr Zelenskyy".
fn is_variant(name: &str, other: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (name.split(' ').collect(), other.split(' ').collect());
    if b.iter().all(|t| a.contains(t)) || a.iter().all(|t| b.contains(t)) {
        return false;
    }
    if a.len() == b.len() {
        return strsim::jaro_winkler(name, other) >= 0.85;
    }
    // A one-word form against the full name's last word.
    let (short, long) = if a.len() < b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    short.len() == 1 && long.last().is_some_and(|l| similar_word(short[0], l))
}

/// Two spellings of one word: "yuri"/"yury", "zelensky"/"zelenskyy".
fn similar_word(a: &str, b: &str) -> bool {
    a.chars().next() == b.chars().next()
        && a.chars().count().min(b.chars().count()) >= 4
        && strsim::jaro_winkler(a, b) >= 0.9
}

/// Words that follow a short name without making it another one ("Xinhua News Agency").
const NAME_SUFFIXES: &[&str] = &[
    "news",
    "agency",
    "group",
    "company",
    "co",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "llc",
    "party",
    "summit",
    "conference",
    "meeting",
    "forum",
    "organisation",
    "organization",
    "government",
    "administration",
];

/// Links names within blocks: spelling variants, short forms and acronyms.
fn fuzzy_links(names: &[Name], uf: &mut UnionFind) {
    let mut blocks: BTreeMap<(EntityKind, String), Vec<usize>> = BTreeMap::new();
    for (i, n) in names.iter().enumerate() {
        let key_word = if n.kind == EntityKind::Person {
            n.tokens.last()
        } else {
            n.tokens.first()
        };
        if let Some(w) = key_word {
            blocks
                .entry((n.kind, w.chars().take(3).collect()))
                .or_default()
                .push(i);
        }
        if n.kind != EntityKind::Person && n.tokens.len() > 1 {
            if let Some(last) = n.tokens.last() {
                blocks
                    .entry((n.kind, format!("${last}")))
                    .or_default()
                    .push(i);
            }
        }
        if let Some(acr) = acronym(&n.tokens) {
            blocks
                .entry((n.kind, format!("#{acr}")))
                .or_default()
                .push(i);
        }
        if n.tokens.len() == 1 && n.tokens[0].chars().all(|c| c.is_ascii_alphabetic()) {
            blocks
                .entry((n.kind, format!("#{}", n.tokens[0])))
                .or_default()
                .push(i);
        }
    }
    for members in blocks.values() {
        // Large blocks are common words; compare only the first hundred names in them.
        let members = &members[..members.len().min(100)];
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                if same_entity(&names[a], &names[b]) {
                    uf.union(a, b);
                }
            }
        }
    }
    // A surname alone joins the one full name that ends with it.
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, n) in names.iter().enumerate() {
        if n.kind == EntityKind::Person && n.tokens.len() > 1 {
            if let Some(last) = n.tokens.last() {
                by_surname.entry(last.as_str()).or_default().push(i);
            }
        }
    }
    for (i, n) in names.iter().enumerate() {
        if n.kind == EntityKind::Person && n.tokens.len() == 1 {
            if let Some(full) = by_surname.get(n.tokens[0].as_str()) {
                let roots: Vec<usize> = {
                    let mut r: Vec<usize> = full.iter().map(|&f| uf.find(f)).collect();
                    r.sort_small();
                    r.dedup();
                    r
                };
                if roots.len() == 1 {
                    uf.union(i, full[0]);
                }
            }
        }
    }
}

/// Whether two distinct names of one kind name the same entity.
fn same_entity(a: &Name, b: &Name) -> bool {
    if a.kind != b.kind {
        return false;
    }
    if acronym_equal(&a.tokens, &b.tokens) || acronym_equal(&b.tokens, &a.tokens) {
        return true;
    }
    if a.kind == EntityKind::Person {
        let (Some(la), Some(lb)) = (a.tokens.last(), b.tokens.last()) else {
            return false;
        };
        if la != lb && !similar_word(la, lb) {
            return false;
        }
        let (fa, fb) = (
            &a.tokens[..a.tokens.len() - 1],
            &b.tokens[..b.tokens.len() - 1],
        );
        return match (fa.first(), fb.first()) {
            (Some(x), Some(y)) => {
                x == y
                    || (x.len() == 1 && y.starts_with(x.as_str()))
                    || (y.len() == 1 && x.starts_with(y.as_str()))
                    || strsim::jaro_winkler(x, y) >= 0.85
            }
            // A surname against a full name: only when spelled alike but not the same
            // (the same surname alone is handled by `fuzzy_links`, which checks it is unique).
            _ => la != lb && a.tokens.len().min(b.tokens.len()) == 1,
        };
    }
    let (short, long) = if a.tokens.len() <= b.tokens.len() {
        (a, b)
    } else {
        (b, a)
    };
    if short.tokens.len() < long.tokens.len()
        && long.tokens.starts_with(&short.tokens)
        && short.folded.len() >= 2
        && long.tokens[short.tokens.len()..]
            .iter()
            .all(|t| NAME_SUFFIXES.contains(&t.as_str()))
    {
        return true;
    }
    a.tokens.len() == b.tokens.len()
        && a.folded.len() >= 6
        && a.tokens
            .iter()
            .zip(&b.tokens)
            .all(|(x, y)| x == y || similar_word(x, y))
}

/// The initials of a multi-word name, skipping "of", "and", "the": "united nations" → "un".
fn acronym(tokens: &[String]) -> Option<String> {
    let words: Vec<&String> = tokens
        .iter()
        .filter(|t| !matches!(t.as_str(), "of" | "and" | "the" | "for"))
        .collect();
    (words.len() >= 2).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

/// `a` equals `b` once a short all-letter token of `a` is read as the initials of words of `b`:
/// "un charter" and "united nations charter".
fn acronym_equal(a: &[String], b: &[String]) -> bool {
    let (mut i, mut j, mut used) = (0, 0, false);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        let t = &a[i];
        let n = t.chars().count();
        if !(2..=5).contains(&n) || !t.chars().all(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        let mut k = j;
        let mut initials = String::new();
        while k < b.len() && initials.len() < n {
            if !matches!(b[k].as_str(), "of" | "and" | "the" | "for") {
                initials.extend(b[k].chars().next());
            }
            k += 1;
        }
        if initials != *t || k - j < 2 {
            return false;
        }
        used = true;
        i += 1;
        j = k;
    }
    used && i == a.len() && j == b.len()
}

/// Lowercase, ASCII-folded, dotless, single-spaced: "U.S." → "us", "Zelenskyy’s" → "zelenskyy".
pub(crate) fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name);
    let name = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    for c in name.chars() {
        match c {
            '.' | '\'' | '’' => {}
            '-' | '–' | '—' | '_' => out.push(' '),
            c if c.is_whitespace() => out.push(' '),
            c => out.extend(fold_char(c).to_lowercase()),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Latin letters with diacritics to their base letter.
fn fold_char(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'È'..='Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
        'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
        'Ì'..='Ï' | 'Ī' | 'Į' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù'..='Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' | 'Ÿ' => 'Y',
        'ś' | 'š' | 'ş' => 's',
        'Ś' | 'Š' | 'Ş' => 'S',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(kind: EntityKind, s: &str) -> Name {
        let folded = fold(s);
        Name {
            kind,
            tokens: folded.split(' ').map(str::to_string).collect(),
            folded,
        }
    }

    #[test]
    fn spelling_variants_of_a_person_are_one() {
        let p = EntityKind::Person;
        assert!(same_entity(
            &name(p, "Yuri Ushakov"),
            &name(p, "Yury Ushakov")
        ));
        assert!(same_entity(
            &name(p, "Volodymyr Zelenskyy"),
            &name(p, "Volodymyr Zelensky")
        ));
        assert!(same_entity(
            &name(p, "Zelenskyy"),
            &name(p, "Volodymyr Zelensky")
        ));
        assert!(!same_entity(
            &name(p, "Donald Trump"),
            &name(p, "Melania Trump")
        ));
        assert!(!same_entity(
            &name(p, "Yuri Ushakov"),
            &name(p, "Yuri Gagarin")
        ));
    }

    #[test]
    fn acronyms_and_short_forms_are_one() {
        let (law, org) = (EntityKind::Law, EntityKind::Org);
        assert!(same_entity(
            &name(law, "UN Charter"),
            &name(law, "United Nations Charter")
        ));
        assert!(same_entity(
            &name(org, "Xinhua"),
            &name(org, "Xinhua News Agency")
        ));
        assert!(same_entity(&name(org, "G7"), &name(org, "G7 summit")));
        assert!(!same_entity(
            &name(org, "United Nations"),
            &name(org, "United Airlines")
        ));
    }

    #[test]
    fn variants_are_spellings_not_short_forms() {
        assert!(is_variant("yuri ushakov", "yury ushakov"));
        assert!(is_variant("volodymyr zelenskyy", "zelensky"));
        assert!(!is_variant("yuri ushakov", "ushakov"));
        assert!(!is_variant("russia", "moscow"));
    }

    #[test]
    fn folding() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Zelenskyy’s"), "zelenskyy");
        assert_eq!(fold("Saint-Étienne"), "saint etienne");
    }
}
