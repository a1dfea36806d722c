//! Story vs boilerplate and metadata on the five samples, against ../shared/seeds/gold.json.

use corroborate::{analyze, output::ArticleAnalysis, ArticleInput};
use seeds::gold;
use serde_json::Value;

#[path = "common/seeds.rs"]
mod seeds;

fn analysed(gold: &Value) -> Vec<(String, String, ArticleAnalysis)> {
    let mut inputs = Vec::new();
    let mut texts = Vec::new();
    for id in gold["articles"].as_object().unwrap().keys() {
        let text = seeds::gold_article_text(gold, id);
        inputs.push(ArticleInput::text(text.clone()).with_id(id.clone()));
        texts.push((id.clone(), text));
    }
    let analysis = analyze(inputs, &Default::default()).unwrap();
    texts
        .into_iter()
        .zip(analysis.articles)
        .map(|((id, text), a)| (id, text, a))
        .collect()
}

#[test]
fn every_not_article_text_line_is_boilerplate_and_the_story_is_not() {
    let gold = gold();
    for (id, text, a) in analysed(&gold) {
        let units: Vec<u16> = text.encode_utf16().collect();
        for line in gold["articles"][&id]["not_article_text"]
            .as_array()
            .unwrap()
        {
            let line = line.as_str().unwrap();
            let at = text.find(line).unwrap();
            let start = text[..at].encode_utf16().count();
            let end = start + line.encode_utf16().count();
            assert!(
                a.boilerplate
                    .iter()
                    .any(|b| b.span.start <= start && end <= b.span.end),
                "{id}: {line:?} is not boilerplate"
            );
        }
        for b in &a.boilerplate {
            assert_eq!(
                String::from_utf16(&units[b.span.start..b.span.end]).unwrap(),
                b.span.text
            );
        }
        // The story is not boilerplate: no gold quote, fact or single-source span lies in it.
        let story = ["quotes", "single_source"]
            .iter()
            .flat_map(|k| gold[*k].as_array().unwrap().iter().cloned())
            .chain(
                gold["facts"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .flat_map(|f| f["support"].as_array().unwrap().clone()),
            );
        for item in story.filter(|i| i["article"] == id.as_str()) {
            let piece = item["text"].as_str().unwrap();
            let at = text.find(piece).unwrap();
            let start = text[..at].encode_utf16().count();
            let end = start + piece.encode_utf16().count();
            assert!(
                !a.boilerplate
                    .iter()
                    .any(|b| b.span.start < end && start < b.span.end),
                "{id}: story text {piece:?} marked boilerplate"
            );
        }
    }
}

#[test]
fn titles_outlets_and_dates_as_gold_gives_them() {
    let gold = gold();
    for (id, _, a) in analysed(&gold) {
        let g = &gold["articles"][&id];
        let value = |m: &Option<corroborate::output::Meta>| m.as_ref().map(|m| m.value.clone());
        assert_eq!(
            value(&a.title).as_deref(),
            g["title"].as_str(),
            "{id} title"
        );
        assert_eq!(
            value(&a.outlet).as_deref(),
            g["outlet"].as_str(),
            "{id} outlet"
        );
        assert_eq!(
            value(&a.published).as_deref(),
            g["published"].as_str(),
            "{id} published"
        );
        if id == "002" {
            // "Jun 20" without a year: the year comes from the other sources.
            let source = a.published.as_ref().map(|m| m.source);
            assert_eq!(source, Some(corroborate::output::MetaSource::CrossSource));
        }
        if let Some(dateline) = g.get("dateline").and_then(Value::as_str) {
            assert_eq!(
                value(&a.dateline).as_deref(),
                Some(dateline),
                "{id} dateline"
            );
        }
        for m in [&a.title, &a.outlet, &a.published, &a.dateline]
            .into_iter()
            .flatten()
        {
            let span = m
                .span
                .as_ref()
                .expect("found in the text, so it has a span");
            assert!(
                span.text.contains(&m.value) || m.value.len() == 10,
                "{id}: {span:?} vs {}",
                m.value
            );
        }
    }
}

#[test]
fn caller_values_win_over_the_text() {
    let text = seeds::sample_text(seeds::SAMPLES[3]);
    let a = analyze(
        vec![ArticleInput::text(text)
            .with_outlet("Raven")
            .with_published("2025-07-28")],
        &Default::default(),
    )
    .unwrap();
    let a = &a.articles[0];
    assert_eq!(
        a.outlet
            .as_ref()
            .map(|m| (m.value.as_str(), m.span.is_none())),
        Some(("Raven", true))
    );
    assert_eq!(
        a.published.as_ref().map(|m| m.value.as_str()),
        Some("2025-07-28")
    );
}
