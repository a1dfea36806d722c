//! Entity mentions and per-article entities: capitalised-name rules, gazetteers
//! (`data/`), metonymy, within-article name coreference and roles.

mod candidates;
mod coref;
pub(crate) mod lexicon;
mod roles;
mod tokens;

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

use candidates::{word, Candidate};
use lexicon::{lexicon, Known};

use super::Document;
use crate::output::EntityKind;

/// Fills `doc.mentions` and `doc.entities` from the story sentences (no headings, no boilerplate).
pub fn extract(doc: &mut Document<'_>) {
    let text = doc.text;
    // Headings (the title among them) are read like headlines: only names the body confirms.
    let (sentences, heading): (Vec<Vec<Range<usize>>>, Vec<bool>) = doc
        .sentences
        .iter()
        .filter(|s| !doc.in_boilerplate(&s.range))
        .map(|s| (tokens::tokenize(text, s.range.clone()), s.heading))
        .unzip();
    // Words capitalised mid-sentence somewhere tell that a sentence-initial one is a name too.
    let mut caps: HashSet<&str> = HashSet::default();
    for (toks, _) in sentences.iter().zip(&heading).filter(|(_, h)| !**h) {
        for (i, r) in toks.iter().enumerate().skip(1) {
            let w = word(text, r);
            let prev = word(text, &toks[i - 1]);
            if w.chars().next().is_some_and(char::is_uppercase)
                && !matches!(prev, "." | ":" | "“" | "\"" | "?" | "!")
            {
                caps.insert(w);
            }
        }
    }
    let seen = |w: &str| caps.contains(w);
    let time_ranges = crate::text::RangeIndex::new(doc.times.iter().map(|t| &t.range));
    let timed = |r: &Range<usize>| time_ranges.covers(r);
    let mut found: Vec<(Candidate, usize)> = Vec::new();
    let mut headline: Vec<usize> = Vec::new();
    for (si, toks) in sentences.iter().enumerate() {
        if heading[si] || candidates::title_case(text, toks) {
            headline.push(si);
            continue;
        }
        for mut c in candidates::find(text, toks, &seen, &timed) {
            metonymy(text, toks, &mut c);
            found.push((c, si));
        }
    }
    // Title-case headlines: only names the body also uses, or gazetteer names. `body` holds
    // every name found so far (kept up to date, not rebuilt per headline: that was quadratic).
    let mut body: HashSet<&str> = found.iter().map(|(c, _)| &text[c.name.clone()]).collect();
    for si in headline {
        let toks = &sentences[si];
        for mut c in candidates::find(text, toks, &|_| true, &timed) {
            let name = &text[c.name.clone()];
            if body.contains(name) || (c.sure && c.canon.is_some()) {
                metonymy(text, toks, &mut c);
                body.insert(&text[c.name.clone()]);
                found.push((c, si));
            } else if let Some(sub) = body_names_in(text, &c, &body) {
                body.extend(sub.iter().map(|c| &text[c.name.clone()]));
                found.extend(sub.into_iter().map(|c| (c, si)));
            }
        }
    }
    found.sort_by_key(|(c, _)| (c.range.start, c.range.end));
    found.dedup_by(|a, b| a.0.range.start < b.0.range.end);
    let role_of: Vec<Option<String>> = found
        .iter()
        .map(|(c, si)| {
            if c.kind == EntityKind::Person {
                roles::role(text, &sentences[*si], c)
            } else {
                None
            }
        })
        .collect();
    let cands: Vec<Candidate> = found.into_iter().map(|(c, _)| c).collect();
    let (mentions, entities) = coref::link(text, &cands, &role_of);
    doc.mentions = mentions;
    doc.entities = entities;
}

/// Names from the body that occur inside a headline run ("Xi and Putin Phone Call").
fn body_names_in(text: &str, c: &Candidate, body: &HashSet<&str>) -> Option<Vec<Candidate>> {
    let toks = tokens::tokenize(text, c.range.clone());
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // The longest run of words starting here that the body names.
        let hit = (i + 1..=toks.len().min(i + 5))
            .rev()
            .find(|&j| body.contains(&text[toks[i].start..toks[j - 1].end]));
        match hit {
            Some(j) => {
                let r = toks[i].start..toks[j - 1].end;
                out.push(Candidate {
                    range: r.clone(),
                    name: r,
                    kind: EntityKind::Org,
                    canon: None,
                    sure: false,
                });
                i = j;
            }
            None => i += 1,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A capital acting as its state ("Moscow and Beijing agree", "Washington says") becomes the state.
fn metonymy(text: &str, toks: &[Range<usize>], c: &mut Candidate) {
    let Some(Known::Capital(state)) = lexicon().names.get(&text[c.name.clone()]) else {
        return;
    };
    if c.range != c.name {
        return;
    }
    let at = toks.iter().position(|t| t.start == c.range.start);
    let end = toks.iter().position(|t| t.end == c.range.end);
    let (Some(at), Some(end)) = (at, end) else {
        return;
    };
    let w = |k: usize| toks.get(k).map_or("", |r| word(text, r));
    let before = if at > 0 { w(at - 1) } else { "" };
    let state_like = |s: &str| {
        matches!(
            lexicon().names.get(s),
            Some(Known::Capital(_) | Known::Place(_))
        ) || lexicon::is_known_org(s)
    };
    let locative = matches!(
        before,
        "in" | "to"
            | "from"
            | "at"
            | "near"
            | "into"
            | "outside"
            | "visit"
            | "visited"
            | "via"
            | "around"
    );
    let agent = lexicon::is_agent_verb(w(end + 1))
        || (w(end + 1) == "to" && (before.ends_with("ing") || before.ends_with("ed")))
        || (matches!(w(end + 1), "’" | "'") && w(end + 2) == "s")
        || (matches!(w(end + 1), "and" | "or") && state_like(w(end + 2)))
        || (matches!(before, "and" | "or" | "between" | "with")
            && at >= 2
            && state_like(w(at - 2)))
        || (before == "between" || before == "and")
            && matches!(lexicon().names.get(w(end + 2)), Some(Known::Capital(_)));
    if agent && !locative {
        c.canon = Some(state.clone());
    }
}

#[cfg(test)]
mod tests {
    use crate::output::EntityKind;

    fn run(text: &str) -> Vec<(String, EntityKind, String)> {
        crate::extract::read_text(text, |doc| {
            doc.mentions
                .iter()
                .map(|m| {
                    (
                        doc.text[m.range.clone()].to_string(),
                        m.kind,
                        doc.entities[m.entity].name.clone(),
                    )
                })
                .collect()
        })
    }

    #[test]
    fn initials_and_dotted_abbreviations() {
        let m = run("The book by J. R. R. Tolkien sold well in the U.S. last year.");
        assert!(
            m.contains(&(
                "J. R. R. Tolkien".into(),
                EntityKind::Person,
                "J. R. R. Tolkien".into()
            )),
            "{m:?}"
        );
        assert!(
            m.contains(&("U.S.".into(), EntityKind::Place, "United States".into())),
            "{m:?}"
        );
    }

    #[test]
    fn sentence_initial_words_are_not_names() {
        let m = run("These include higher prices. Officials met in Paris.");
        assert!(m.iter().all(|(t, _, _)| t != "These"), "{m:?}");
        assert!(
            m.contains(&("Paris".into(), EntityKind::Place, "Paris".into())),
            "{m:?}"
        );
    }

    #[test]
    fn metonym_versus_city() {
        let m = run("Moscow and Beijing agree on the plan. The talks were held in Moscow.");
        assert_eq!(m[0], ("Moscow".into(), EntityKind::Place, "Russia".into()));
        assert_eq!(m[1], ("Beijing".into(), EntityKind::Place, "China".into()));
        assert_eq!(m[2], ("Moscow".into(), EntityKind::Place, "Moscow".into()));
    }

    #[test]
    fn partial_names_and_roles() {
        let text = "Russian President Vladimir Putin spoke to Kremlin aide Yuri Ushakov. Later Putin left, and Ushakov said so.";
        crate::extract::read_text(text, |doc| {
            let putin = doc
                .entities
                .iter()
                .find(|e| e.name == "Vladimir Putin")
                .unwrap_or_else(|| {
                    panic!(
                        "{:?}",
                        doc.mentions
                            .iter()
                            .map(|m| &doc.text[m.range.clone()])
                            .collect::<Vec<_>>()
                    )
                });
            assert_eq!(putin.mentions.len(), 2);
            assert_eq!(putin.roles, ["Russian President"]);
            let ushakov = doc
                .entities
                .iter()
                .find(|e| e.name == "Yuri Ushakov")
                .expect("Ushakov");
            assert_eq!(ushakov.roles, ["Kremlin aide"]);
            assert_eq!(ushakov.mentions.len(), 2);
            let russia = doc
                .entities
                .iter()
                .find(|e| e.name == "Russia")
                .expect("Russia");
            assert_eq!(russia.aliases, ["Russian"]);
        })
    }

    #[test]
    fn headings_yield_nothing() {
        crate::extract::read_text(
            "Broader Geopolitical Implications\n\nThe talks ended.",
            |doc| {
                assert!(doc
                    .mentions
                    .iter()
                    .all(|m| !doc.text[m.range.clone()].contains("Geopolitical")));
            },
        )
    }

    #[test]
    fn title_line_names_the_body_confirms() {
        let m = run("Airbus wins Qatar Airways order worth $15bn\n\nThe maker Airbus has won an order from Qatar Airways.");
        let texts: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            ["Airbus", "Qatar Airways", "Airbus", "Qatar Airways"],
            "{m:?}"
        );
    }

    #[test]
    fn dates_units_products_and_currencies_are_not_names() {
        let m = run("The airline Ryanair bought five Boeing 737s and one 787 Dreamliner for US$ 4 billion. They land in Sydney on October 25 at 18:00 UTC.");
        let texts: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Ryanair", "Sydney"], "{m:?}");
        assert_eq!(m[1].1, EntityKind::Place);
    }

    #[test]
    fn function_word_inside_a_known_place() {
        let m = run("The aircraft can fly from New York to Singapore.");
        assert_eq!(
            m[0],
            ("New York".into(), EntityKind::Place, "New York".into())
        );
    }

    #[test]
    fn unknown_names_typed_from_context() {
        let kinds = |t: &str| -> Vec<(String, EntityKind)> {
            run(t).into_iter().map(|(m, k, _)| (m, k)).collect()
        };
        assert_eq!(
            kinds("The film was directed by Yannis Smaragdis."),
            [("Yannis Smaragdis".into(), EntityKind::Person)]
        );
        assert_eq!(
            kinds("Later the Macedonian king Amyntas I accepted the terms."),
            [("Amyntas I".into(), EntityKind::Person)]
        );
        assert_eq!(
            kinds("Many Slavic tribes crossed through Moravia then."),
            [("Moravia".into(), EntityKind::Place)]
        );
        assert_eq!(
            kinds("The jet was built at Everett, Washington."),
            [
                ("Everett".into(), EntityKind::Place),
                ("Washington".into(), EntityKind::Place)
            ]
        );
    }

    #[test]
    fn place_shapes_and_descriptive_demonyms() {
        let kinds = |t: &str| -> Vec<(String, EntityKind)> {
            run(t).into_iter().map(|(m, k, _)| (m, k)).collect()
        };
        assert_eq!(
            kinds(
                "They climbed Mount Kenya near Lower Austria. The carrier Air Canada flew there."
            ),
            [
                ("Mount Kenya".into(), EntityKind::Place),
                ("Lower Austria".into(), EntityKind::Place),
                ("Air Canada".into(), EntityKind::Org)
            ]
        );
        let m = kinds(
            "The Irish low cost airline, Ryanair, fell as British and Irish stock markets fell.",
        );
        let texts: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Ryanair", "British", "Irish"], "{m:?}");
    }

    #[test]
    fn title_inside_a_run_splits_organisation_and_person() {
        let kinds = |t: &str| -> Vec<(String, EntityKind)> {
            run(t).into_iter().map(|(m, k, _)| (m, k)).collect()
        };
        assert_eq!(
            kinds("Today Apple CEO Steve Jobs spoke."),
            [
                ("Apple".into(), EntityKind::Org),
                ("Steve Jobs".into(), EntityKind::Person)
            ]
        );
        assert!(kinds("He named a new Chief Operating Officer today.").is_empty());
    }

    #[test]
    fn guessed_mentions_follow_sure_ones() {
        let m = run("The deal helps the Royal Air Force (RAF). Jets will fly in RAF livery from Air France Flight 447.");
        let raf: Vec<_> = m.iter().filter(|x| x.0 == "RAF").collect();
        assert!(raf.iter().all(|x| x.1 == EntityKind::Org), "{m:?}");
        assert!(m.iter().any(|x| x.0 == "Air France"), "{m:?}");
    }

    #[test]
    fn acronym_forms_merge() {
        let m = run("It violates the United Nations Charter. The UN Charter is clear, Xinhua News Agency said. Xinhua added more.");
        let law: Vec<_> = m.iter().filter(|x| x.1 == EntityKind::Law).collect();
        assert_eq!(law.len(), 2, "{m:?}");
        assert_eq!(law[0].2, law[1].2);
        let xinhua: Vec<_> = m.iter().filter(|x| x.0.starts_with("Xinhua")).collect();
        assert_eq!(xinhua.len(), 2);
        assert_eq!(xinhua[0].2, xinhua[1].2);
    }
}
