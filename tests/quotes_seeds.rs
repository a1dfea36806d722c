//! The seed articles against ../shared/seeds/gold.json: every gold quote with its speaker,
//! no quote for a name in quote marks, every gold quantity with value, unit and bound.

use corroborate::{analyze, output::ArticleAnalysis, ArticleInput};
use serde_json::Value;

use seeds::gold;

#[path = "common/seeds.rs"]
mod seeds;

/// Analyses every seed article; keyed by its three-digit id.
fn analysed(gold: &Value) -> Vec<(String, ArticleAnalysis)> {
    let articles = gold["articles"].as_object().expect("articles");
    let ids: Vec<String> = articles.keys().cloned().collect();
    let inputs = ids
        .iter()
        .map(|id| ArticleInput::text(seeds::gold_article_text(gold, id)).with_id(id.clone()))
        .collect();
    let out = analyze(inputs, &Default::default())
        .expect("seeds analyse")
        .articles;
    ids.into_iter().zip(out).collect()
}

fn article<'a>(all: &'a [(String, ArticleAnalysis)], id: &str) -> &'a ArticleAnalysis {
    &all.iter().find(|(i, _)| i == id).unwrap().1
}

/// Speakers match on a shared name word (the surname): "Yury Ushakov", "Yuri Ushakov" and
/// "Ushakov" are one man, "Xi" is "Xi Jinping".
fn same_person(found: &str, gold: &str) -> bool {
    found.split_whitespace().any(|w| {
        w == gold.split_whitespace().last().unwrap_or(gold)
            || w == gold.split_whitespace().next().unwrap_or(gold)
    })
}

#[test]
fn gold_quotes_have_their_speakers() {
    let gold = gold();
    let all = analysed(&gold);
    let mut missing = Vec::new();
    for g in gold["quotes"].as_array().unwrap() {
        let (id, text, speaker) = (
            g["article"].as_str().unwrap(),
            g["text"].as_str().unwrap(),
            g["speaker"].as_str().unwrap(),
        );
        let found = article(&all, id)
            .quotes
            .iter()
            .find(|q| q.span.text == text);
        let who = found
            .and_then(|q| q.speaker.as_ref())
            .map(|s| s.name.as_str());
        if !who.is_some_and(|w| same_person(w, speaker)) {
            missing.push(format!(
                "{id} {text:?}: want {speaker}, found {:?} (quote found: {})",
                who,
                found.is_some()
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn names_in_quote_marks_are_not_quotes() {
    let gold = gold();
    let all = analysed(&gold);
    for g in gold["not_quotes"].as_array().unwrap() {
        let (id, text) = (g["article"].as_str().unwrap(), g["text"].as_str().unwrap());
        let bad: Vec<_> = article(&all, id)
            .quotes
            .iter()
            .filter(|q| q.span.text.contains(text))
            .collect();
        assert!(bad.is_empty(), "{id}: {text:?} taken as a quote: {bad:?}");
    }
}

#[test]
fn gold_quantities() {
    let gold = gold();
    let all = analysed(&gold);
    let mut missing = Vec::new();
    for g in gold["quantities"].as_array().unwrap() {
        let id = g["article"].as_str().unwrap();
        let value = g["value"].as_f64().unwrap();
        let unit = g["unit"].as_str();
        let bound = g.get("bound").and_then(Value::as_str).map(String::from);
        let a = article(&all, id);
        let ok = a.quantities.iter().any(|q| {
            let b = q.bound.map(|b| {
                serde_json::to_value(b)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            });
            q.value == value
                && q.unit.as_deref() == unit
                && b == bound
                && g["text"].as_str().unwrap().contains(q.span.text.as_str())
        });
        if !ok {
            missing.push(format!(
                "{id} {g}: found {:?}",
                a.quantities
                    .iter()
                    .map(|q| (&q.span.text, q.value, &q.unit, q.bound))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
