//! Property tests (proptest) on article-like text built from pieces: names, curly quotes,
//! accents, emoji, weekdays, dates, numbers, "said", sentence ends and newlines.
//!
//! - every span lies on the input's UTF-16 boundaries and slices to its `text`;
//! - the output is the same for any order of the articles;
//! - adding an unrelated article never removes a corroborated fact between the others;
//! - an article analysed alone equals its part of a cluster, except what the comparison
//!   fixes through the other articles (its `times` and `published`, see src/compare/anchor.rs).
//!
//! 64 cases a property keep the file well under a minute in debug (`PROPTEST_CASES` sets more). A failure prints its
//! minimal input; proptest stores the seed in `proptest-regressions/properties.txt`, which
//! is committed so the case is rerun first from then on.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/spans.rs"]
mod spans;

use std::collections::BTreeSet;

use corroborate::output::{ArticleAnalysis, FactStatus};
use corroborate::{analyze, Analysis, ArticleInput};
use proptest::prelude::*;
use proptest::sample::select;

const NAMES: &[&str] = &[
    "Vladimir Putin",
    "Xi Jinping",
    "Putin",
    "Xi",
    "Dmitry Peskov",
    "Yuri Ushakov",
    "the Kremlin",
    "Beijing",
    "Moscow",
    "Tehran",
    "the United Nations",
    "Emmanuel Macron",
    "José Álvarez",
    "Zoë Müller",
    "the U.S.",
    "Mr. Ushakov",
    "Xinhua",
    "Reuters",
    "Israel",
    "Iran",
];
const WORDS: &[&str] = &[
    "the",
    "talks",
    "a",
    "ceasefire",
    "condemned",
    "strikes",
    "phone",
    "call",
    "leaders",
    "agreed",
    "on",
    "in",
    "and",
    "was",
    "not",
    "urgently",
    "needed",
    "held",
    "war",
    "peace",
    "café",
    "naïve",
    "called for",
    "mediation",
    "offered",
    "denied",
    "reportedly",
    "about",
    "visit",
    "summit",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "says",
    "stated",
    "according to",
    "added",
    "denied",
];
const TIMES: &[&str] = &[
    "on Thursday",
    "Monday",
    "last week",
    "June 19",
    "19 June 2025",
    "June 19, 2025",
    "2025-06-20",
    "yesterday",
    "in September",
    "on Friday evening",
    "Jun 20",
];
const NUMBERS: &[&str] = &[
    "40",
    "1,000",
    "3.5%",
    "$12bn",
    "two",
    "217 people",
    "an hour",
    "more than 600",
];
const QUOTES: &[(&str, &str)] = &[
    ("“", "”"),
    ("‘", "’"),
    ("«", "»"),
    ("„", "“"),
    ("「", "」"),
    ("\"", "\""),
    ("“", ""),
    ("", "”"),
];
const OTHER: &[&str] = &[
    "👋🏽",
    "😀",
    "—",
    "–",
    "(",
    ")",
    ",",
    ":",
    ";",
    "U.S.",
    "…",
    "東京",
    "مرحبا",
    "Ünïcödé",
];
const ENDS: &[&str] = &[
    ". ", ".\n", ".\n\n", "! ", "? ", "… ", ".” ", "\n", ". ", ". ",
];

/// Words of another story (weather and football), sharing no name with the ones above.
const UNRELATED: &[&str] = &[
    "Heavy",
    "rain",
    "flooded",
    "the",
    "valley",
    "near",
    "Lake Geneva",
    "FC Basel",
    "won",
    "their",
    "match",
    "against",
    "Servette",
    "goals",
    "forecast",
    "storm",
    "farmers",
    "harvest",
    "wheat",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(WORDS).prop_map(str::to_string),
        2 => select(NAMES).prop_map(str::to_string),
        1 => select(VERBS).prop_map(str::to_string),
        1 => select(TIMES).prop_map(str::to_string),
        1 => select(NUMBERS).prop_map(str::to_string),
        1 => select(OTHER).prop_map(str::to_string),
        1 => (select(QUOTES), prop::collection::vec(select(WORDS), 1..6))
            .prop_map(|((open, close), words)| format!("{open}{}{close}", words.join(" "))),
    ]
}

/// A sentence: pieces joined by spaces (now and then none), then an end.
fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(
            (piece(), select(&[" ", " ", " ", " ", "", "  "][..])),
            1..14,
        ),
        select(ENDS),
    )
        .prop_map(|(pieces, end)| {
            let mut s = String::new();
            for (p, sep) in pieces {
                if !s.is_empty() {
                    s.push_str(sep);
                }
                s.push_str(&p);
            }
            s.push_str(end);
            s
        })
}

fn text_of(sentences: &[String]) -> String {
    let text = sentences.concat();
    if text.trim().is_empty() {
        "Empty.".to_string()
    } else {
        text
    }
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..10).prop_map(|s| text_of(&s))
}

fn unrelated_article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::collection::vec(select(UNRELATED), 3..12), 1..6).prop_map(
        |sentences| {
            sentences
                .iter()
                .map(|w| format!("{}.", w.join(" ")))
                .collect::<Vec<_>>()
                .join(" ")
        },
    )
}

/// Two to four articles that share some sentences (so that facts form), each with its own too.
fn cluster() -> impl Strategy<Value = Vec<String>> {
    (
        prop::collection::vec(sentence(), 1..6),
        prop::collection::vec(prop::collection::vec(sentence(), 0..5), 2..5),
    )
        .prop_flat_map(|(shared, own)| {
            let n = own.len();
            (
                Just(shared),
                Just(own),
                prop::collection::vec(prop::collection::vec(any::<bool>(), 6), n),
            )
        })
        .prop_map(|(shared, own, picks)| {
            own.into_iter()
                .zip(picks)
                .map(|(mine, pick)| {
                    let mut s: Vec<String> = shared
                        .iter()
                        .zip(&pick)
                        .filter(|(_, &p)| p)
                        .map(|(s, _)| s.clone())
                        .collect();
                    for (i, m) in mine.into_iter().enumerate() {
                        s.insert((i * 2).min(s.len()), m);
                    }
                    text_of(&s)
                })
                .collect()
        })
}

fn inputs(texts: &[String]) -> Vec<ArticleInput> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput::text(t.clone()).with_id(format!("a{i}")))
        .collect()
}

fn run(inputs: &[ArticleInput]) -> Analysis {
    let analysis =
        analyze(inputs.to_vec(), &Default::default()).expect("article-like text is analysed");
    spans::spans(inputs, &analysis);
    analysis
}

/// Pairs of statements (article, start, end) that are in one corroborated fact, between articles.
fn corroborated_pairs(analysis: &Analysis) -> BTreeSet<[(String, usize, usize); 2]> {
    let mut pairs = BTreeSet::new();
    for fact in analysis
        .facts
        .iter()
        .filter(|f| f.status == FactStatus::Corroborated)
    {
        for a in &fact.support {
            for b in &fact.support {
                if a.article < b.article {
                    pairs.insert([
                        (a.article.clone(), a.span.start, a.span.end),
                        (b.article.clone(), b.span.start, b.span.end),
                    ]);
                }
            }
        }
    }
    pairs
}

/// An article's own layers: what does not depend on the other articles.
fn own_part(a: &ArticleAnalysis) -> ArticleAnalysis {
    ArticleAnalysis {
        times: Vec::new(),
        published: None,
        ..a.clone()
    }
}

/// 64 cases a property, or `PROPTEST_CASES` for a deeper run (`PROPTEST_CASES=1000 cargo test --test properties`).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn every_span_slices_its_text_in_utf16(texts in prop::collection::vec(article(), 1..4)) {
        run(&inputs(&texts));
    }

    #[test]
    fn the_same_output_for_any_order(texts in cluster(), seed in any::<u64>()) {
        let given = inputs(&texts);
        let mut shuffled = given.clone();
        // A rotation and a swap, chosen by the seed: every order is reachable over the cases.
        let n = shuffled.len();
        shuffled.rotate_left((seed % n as u64) as usize);
        shuffled.swap(0, ((seed >> 8) % n as u64) as usize);
        let a = run(&given);
        let mut b = run(&shuffled);
        b.articles.sort_by_key(|x| given.iter().position(|g| g.id.as_deref() == Some(x.id.as_str())));
        b.sources.sort_by_key(|x| given.iter().position(|g| g.id.as_deref() == Some(x.article.as_str())));
        prop_assert_eq!(
            serde_json::to_value(&a).unwrap(),
            serde_json::to_value(&b).unwrap()
        );
    }

    #[test]
    fn an_unrelated_article_removes_no_corroborated_fact(texts in cluster(), other in unrelated_article()) {
        let given = inputs(&texts);
        let before = corroborated_pairs(&run(&given));
        let mut more = given.clone();
        more.push(ArticleInput::text(other).with_id("unrelated"));
        let after = corroborated_pairs(&run(&more));
        let lost: Vec<_> = before.difference(&after).collect();
        prop_assert!(lost.is_empty(), "corroborated pairs lost: {:?}", lost);
    }

    #[test]
    fn an_article_alone_equals_its_part_of_a_cluster(texts in cluster()) {
        let given = inputs(&texts);
        let together = run(&given);
        for (i, input) in given.iter().enumerate() {
            let alone = run(std::slice::from_ref(input));
            prop_assert_eq!(own_part(&alone.articles[0]), own_part(&together.articles[i]));
        }
    }
}

/// The generators do make clusters with corroborated facts (so the properties above test
/// something): a fixed cluster built the same way has some.
#[test]
fn clusters_like_the_generated_ones_have_corroborated_facts() {
    let shared = "Vladimir Putin and Xi Jinping held a phone call on Thursday. “A ceasefire is urgently needed,” Xi said. ";
    let texts = vec![
        format!("{shared}The leaders condemned the strikes."),
        format!("The talks lasted an hour. {shared}"),
    ];
    let analysis = run(&inputs(&texts));
    assert!(
        !corroborated_pairs(&analysis).is_empty(),
        "{:#?}",
        analysis.facts
    );
}

/// Found by `an_unrelated_article_removes_no_corroborated_fact`: a weather report next to four
/// articles sharing a sentence turned their corroborated fact single-source, because term
/// weights (IDF) were counted over every statement, the other event's too, and the changed
/// weights moved a borderline pair under the threshold. Facts now weigh terms within their event.
/// (The input's "denied" became "noted" when denials started to dispute such a fact.)
#[test]
fn regression_an_article_about_another_event_keeps_the_facts_of_this_one() {
    let shared = "Mr. Ushakov needed“agreed peace held phone peace” Emmanuel Macron Xi offered $12bn an hour  says  „summit“.” ";
    let texts = vec![
        format!("Xi Jinping Jun 20 two  yesterday  onand ; offered $12bnceasefire  more than 600“on about  Jun 20.\n{shared}"),
        "‘held talks’ strikes twoaccording to! yesterday  217 people “needed urgently”  Vladimir Putin summitIran.\nneeded  noted? 👋🏽 and Mr. Ushakov urgently on  called for  agreed Mondayon Thursday ,「peace called for strikes war call」 Israel  「called for call noted needed needed」… café\n".to_string(),
        format!("on Thursday東京Jun 20 … 「leaders condemned war a phone」 not Xi Jinping. {shared}called for Jun 20was war  talks „on a mediation ceasefire held“ peace  the U.S.  June 19 stated ‘a strikes’ offered مرحبا\n"),
        format!("in September says talks denied offered  about said  strikes according to a.” {shared}the U.S.agreed on Friday evening summit an hour Monday … José Álvarez Reuters Xi ( an hour naïve\n– needed stated summit”Xi\n"),
    ];
    let other = "valley valley Heavy flooded. the forecast Servette wheat Lake Geneva. near Lake Geneva match won harvest the storm harvest the valley Servette. wheat forecast near rain Heavy. Lake Geneva their won farmers flooded Servette goals match Lake Geneva.";
    let given = inputs(&texts);
    let before = corroborated_pairs(&run(&given));
    assert!(!before.is_empty());
    let mut more = given.clone();
    more.push(ArticleInput::text(other).with_id("unrelated"));
    let after = corroborated_pairs(&run(&more));
    assert!(
        before.is_subset(&after),
        "lost {:?}",
        before.difference(&after).collect::<Vec<_>>()
    );
}

/// Found by the same property with more cases: an article sharing no term with the others
/// moved one of them into the main event (article-level and first-pass term weights counted
/// every article, so N changed), which changed the event's weights and split a corroborated
/// fact. Weights before events are known now count only articles linked by shared terms.
#[test]
fn regression_an_article_sharing_no_term_moves_no_article_between_events() {
    let texts = vec![
        "「urgently leaders in」according to “offered called for call yesterday. leaders „condemned a strikes“ according to the Kremlin. \"condemned call\"  talks  $12bn  ( Zoë Müller said Beijing. )  peace… two )  the Kremlin on Friday evening. naïve  about offered visit19 June 2025. ".to_string(),
        "«in» café— Tehran. Dmitry Peskov needed offered… leaders „condemned a strikes“ according to the Kremlin. ".to_string(),
        "leaders mediationcafé )Tehran in September「and」Tehran an hour Yuri Ushakov – called for 19 June 2025. leaders „condemned a strikes“ according to the Kremlin. ".to_string(),
        "‘talks reportedly agreed leaders’ urgently 3.5%.\n\nDmitry Peskov needed offered… Putin  Beijingurgentlycafé 3.5% Vladimir Putin– “called for a ceasefire naïve”  according to “urgently the reportedly” Emmanuel Macronstated\n".to_string(),
    ];
    let given = inputs(&texts);
    let a = run(&given);
    let mut more = given.clone();
    more.push(
        ArticleInput::text("storm valley Servette their flooded valley rain valley Lake Geneva.")
            .with_id("unrelated"),
    );
    let b = run(&more);
    let events = |x: &Analysis| -> Vec<Vec<String>> {
        x.events
            .iter()
            .map(|e| e.articles.clone())
            .filter(|g| g != &["unrelated"])
            .collect()
    };
    assert_eq!(events(&a), events(&b));
    let (before, after) = (corroborated_pairs(&a), corroborated_pairs(&b));
    assert!(!before.is_empty());
    assert!(
        before.is_subset(&after),
        "lost {:?}",
        before.difference(&after).collect::<Vec<_>>()
    );
}
