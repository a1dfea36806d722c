//! The cross-source comparison of the five seed articles against shared/seeds/gold.json:
//! facts and their status, conflicts, spelling variants, the verbatim quote, cross-source
//! dates, no conflict between statements that agree, and the same result in any input order.

use corroborate::output::{Analysis, ArticleSpan, FactStatus};
use corroborate::{analyze, ArticleInput};
use serde_json::Value;

#[path = "common/seeds.rs"]
mod seeds;

fn seeds_analysis(reverse: bool) -> Analysis {
    let gold = seeds::gold();
    let mut ids: Vec<String> = gold["articles"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    if reverse {
        ids.reverse();
    }
    let articles = ids
        .iter()
        .map(|id| ArticleInput::text(seeds::gold_article_text(&gold, id)).with_id(id.clone()))
        .collect();
    analyze(articles, &Default::default()).expect("the seeds analyse")
}

/// The UTF-16 range of `text` in article `id`.
fn gold_span(gold: &Value, id: &str, text: &str) -> (usize, usize) {
    let article = seeds::gold_article_text(gold, id);
    let at = article
        .find(text)
        .unwrap_or_else(|| panic!("{id}: gold text not found: {text}"));
    let start = article[..at].encode_utf16().count();
    (start, start + text.encode_utf16().count())
}

/// Each `{article, text}` of a gold list with the text's UTF-16 range.
fn gold_spans(gold: &Value, list: &Value) -> Vec<(String, (usize, usize))> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                s(x, "article").to_string(),
                gold_span(gold, s(x, "article"), s(x, "text")),
            )
        })
        .collect()
}

fn overlaps(span: &ArticleSpan, article: &str, (start, end): (usize, usize)) -> bool {
    span.article == article && span.span.start < end && start < span.span.end
}

fn s<'v>(v: &'v Value, key: &str) -> &'v str {
    v[key].as_str().unwrap_or_default()
}

#[test]
fn seed_facts_conflicts_and_single_source() {
    let gold = seeds::gold();
    let a = seeds_analysis(false);
    let mut passed = Vec::new();
    let mut failed = Vec::new();

    for f in gold["facts"].as_array().unwrap() {
        let supports = gold_spans(&gold, &f["support"]);
        let found = a.facts.iter().any(|fact| {
            fact.status == FactStatus::Corroborated
                && supports
                    .iter()
                    .all(|(id, span)| fact.support.iter().any(|x| overlaps(x, id, *span)))
        });
        let name = format!("fact: {}", s(f, "about"));
        if found {
            passed.push(name)
        } else {
            failed.push(name)
        }
    }

    for c in gold["conflicts"].as_array().unwrap() {
        let values = gold_spans(&gold, &c["values"]);
        let kind = s(c, "kind");
        let found = a.conflicts.iter().any(|conflict| {
            serde_json::to_value(conflict.kind).unwrap() == kind
                && values.iter().all(|(id, span)| {
                    conflict
                        .values
                        .iter()
                        .any(|v| v.article == *id && v.span.start < span.1 && span.0 < v.span.end)
                })
        });
        let name = format!("conflict: {}", s(c, "about"));
        if found {
            passed.push(name)
        } else {
            failed.push(name)
        }
    }

    for x in gold["single_source"].as_array().unwrap() {
        let (id, text) = (s(x, "article"), s(x, "text"));
        let span = gold_span(&gold, id, text);
        let found = a.facts.iter().any(|f| {
            f.status == FactStatus::SingleSource
                && f.support.iter().any(|sp| overlaps(sp, id, span))
        });
        let name = format!("single: {text}");
        if found {
            passed.push(name)
        } else {
            failed.push(name)
        }
    }

    assert!(failed.is_empty(), "gold items not found: {failed:#?}");
    assert_eq!(passed.len(), 24, "{} of the gold items found", passed.len());
}

#[test]
fn no_conflict_between_statements_that_agree() {
    let gold = seeds::gold();
    let a = seeds_analysis(false);
    // Two values of one conflict that both lie in one gold fact's support are statements
    // that agree, unless the gold lists that conflict too (Xi's words in two translations).
    let in_gold = |c: &corroborate::output::Conflict| {
        gold["conflicts"].as_array().unwrap().iter().any(|g| {
            g["values"].as_array().unwrap().iter().all(|x| {
                let (start, end) = gold_span(&gold, s(x, "article"), s(x, "text"));
                c.values.iter().any(|v| {
                    v.article == s(x, "article") && v.span.start < end && start < v.span.end
                })
            })
        })
    };
    for f in gold["facts"].as_array().unwrap() {
        let supports = gold_spans(&gold, &f["support"]);
        for c in a.conflicts.iter().filter(|c| !in_gold(c)) {
            let inside = |v: &corroborate::output::ConflictValue| {
                supports.iter().any(|(id, (start, end))| {
                    v.article == *id && v.span.start < *end && *start < v.span.end
                })
            };
            let articles: std::collections::BTreeSet<&str> = c
                .values
                .iter()
                .filter(|v| inside(v))
                .map(|v| v.article.as_str())
                .collect();
            assert!(
                articles.len() < 2 || c.values.iter().any(|v| !inside(v)),
                "conflict {:?} '{}' sets agreeing statements of '{}' against each other",
                c.kind,
                c.about,
                s(f, "about")
            );
        }
    }
    assert!(a.conflicts.len() <= 6, "{} conflicts", a.conflicts.len());
}

#[test]
fn spelling_variants_merge_into_one_entity() {
    let a = seeds_analysis(false);
    let ushakov = a
        .entities
        .iter()
        .find(|e| e.name == "Yuri Ushakov")
        .expect("Ushakov");
    assert_eq!(ushakov.variants, ["Yury Ushakov"]);
    assert_eq!(
        ushakov
            .articles
            .iter()
            .map(|x| x.article.as_str())
            .collect::<Vec<_>>(),
        ["000", "001", "002", "003", "004"]
    );
    let zelenskyy = a
        .entities
        .iter()
        .find(|e| e.name.contains("Zelensk"))
        .expect("Zelenskyy");
    assert!(
        zelenskyy.variants.iter().any(|v| v.ends_with("Zelensky")),
        "{zelenskyy:?}"
    );
    assert!(
        a.entities
            .iter()
            .filter(|e| e.name.contains("Ushakov") || e.name.contains("Zelensk"))
            .count()
            == 2
    );
    let russia = a
        .entities
        .iter()
        .find(|e| e.name == "Russia")
        .expect("Russia");
    assert!(
        russia.aliases.contains(&"Moscow".to_string()) && russia.variants.is_empty(),
        "{russia:?}"
    );
    let charter = a
        .entities
        .iter()
        .filter(|e| e.name.contains("Charter"))
        .count();
    assert_eq!(charter, 1, "the UN Charter is one entity");
}

#[test]
fn the_verbatim_quote_is_grouped_and_the_translation_diffed() {
    let a = seeds_analysis(false);
    let verbatim = a
        .quote_groups
        .iter()
        .find(|q| {
            q.quotes.iter().any(|x| {
                x.span
                    .text
                    .contains("fundamentally believe that there is no military solution")
            })
        })
        .expect("the 'no military solution' quote is grouped");
    assert!(verbatim.verbatim && verbatim.speaker_agrees);
    assert_eq!(verbatim.speaker.as_deref(), Some("Yuri Ushakov"));
    assert_eq!(
        verbatim
            .quotes
            .iter()
            .map(|q| q.article.as_str())
            .collect::<Vec<_>>(),
        ["002", "003"]
    );

    let ceasefire = a
        .quote_groups
        .iter()
        .find(|q| {
            q.quotes
                .iter()
                .any(|x| x.span.text.contains("cease hostilities"))
        })
        .expect("Xi's call to cease fire is grouped");
    assert!(!ceasefire.verbatim);
    let diff = &ceasefire.quotes[1].diff;
    let parts = |op: &str| {
        diff.iter()
            .filter(|d| d.op == op)
            .map(|d| d.text.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    assert!(
        parts("delete").contains("fire") && parts("insert").contains("hostilities"),
        "{diff:?}"
    );
    assert!(
        parts("delete").contains("cycle of") && parts("insert").contains("cyclical"),
        "{diff:?}"
    );
}

#[test]
fn cross_source_dates_and_the_event_date() {
    let gold = seeds::gold();
    let a = seeds_analysis(false);
    assert_eq!(a.event_date.as_deref(), Some(s(&gold, "event_date")));
    for id in ["002", "003", "004"] {
        let art = a.articles.iter().find(|x| x.id == id).unwrap();
        let thursday = art
            .times
            .iter()
            .find(|t| t.span.text == "Thursday")
            .expect("Thursday");
        assert_eq!(thursday.value.as_deref(), Some("2025-06-19"), "{id}");
        assert_eq!(
            thursday.anchor,
            corroborate::output::Anchor::CrossSource,
            "{id}"
        );
    }
    let a002 = a.articles.iter().find(|x| x.id == "002").unwrap();
    let published = a002
        .published
        .as_ref()
        .expect("002's date from its dateline and the others");
    assert_eq!(published.value, "2025-06-20");
    assert_eq!(
        published.source,
        corroborate::output::MetaSource::CrossSource
    );
    // Every gold time value, now that the other sources can be used.
    for t in gold["times"].as_array().unwrap() {
        let art = a.articles.iter().find(|x| x.id == s(t, "article")).unwrap();
        let (start, end) = gold_span(&gold, s(t, "article"), s(t, "text"));
        let hit = art
            .times
            .iter()
            .find(|x| x.span.start < end && start < x.span.end);
        assert_eq!(
            hit.and_then(|h| h.value.as_deref()),
            Some(s(t, "value")),
            "{}: {}",
            s(t, "article"),
            s(t, "text")
        );
    }
    let dates: Vec<&str> = a.timeline.iter().map(|t| t.date.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "the timeline is in date order");
    let call = a
        .timeline
        .iter()
        .find(|t| t.date == "2025-06-19")
        .expect("the call's day");
    assert_eq!(call.articles.len(), 5);
}

#[test]
fn the_same_result_in_any_input_order() {
    let a = seeds_analysis(false);
    let b = seeds_analysis(true);
    assert_eq!(a.event_date, b.event_date);
    assert_eq!(a.entities, b.entities);
    assert_eq!(a.facts, b.facts);
    assert_eq!(a.conflicts, b.conflicts);
    assert_eq!(a.quote_groups, b.quote_groups);
    assert_eq!(a.timeline, b.timeline);
    assert_eq!(a.reuse, b.reuse);
    assert_eq!(a.events, b.events);
    let mut sa = a.sources.clone();
    let mut sb = b.sources.clone();
    sa.sort_by(|x, y| x.article.cmp(&y.article));
    sb.sort_by(|x, y| x.article.cmp(&y.article));
    assert_eq!(sa, sb);
}

#[test]
fn sources_profile_what_each_adds_and_how_it_words_things() {
    let a = seeds_analysis(false);
    assert_eq!(a.sources.len(), 5);
    assert!(a.sources.iter().all(|s| !s.off_topic));
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    assert_eq!(a.events[0].id, "g1");
    assert_eq!(a.events[0].articles.len(), 5);
    assert!(a.events[0].label.is_some());
    let s003 = a.sources.iter().find(|s| s.article == "003").unwrap();
    let words: Vec<&str> = s003.evaluative.iter().map(|e| e.text.as_str()).collect();
    assert!(
        words.contains(&"thinly veiled") && words.contains(&"bellicose"),
        "{words:?}"
    );
    let s004 = a.sources.iter().find(|s| s.article == "004").unwrap();
    assert!(
        !s004.single_source.is_empty() && s004.corroborated >= 4,
        "{s004:?}"
    );
}

#[test]
fn an_article_about_another_event_is_off_topic() {
    let gold = seeds::gold();
    let mut articles: Vec<ArticleInput> = gold["articles"]
        .as_object()
        .unwrap()
        .keys()
        .map(|id| ArticleInput::text(seeds::gold_article_text(&gold, id)).with_id(id.clone()))
        .collect();
    articles.push(
        ArticleInput::text(
            "Apple shares rose 4% on Tuesday after the company reported record iPhone sales in its \
             fiscal second quarter. Chief executive Tim Cook said demand in India and Brazil was \
             strong. Analysts at Morgan Stanley raised their price target for the stock to $240. \
             The company also announced a $110 billion share buyback, its largest ever.",
        )
        .with_id("apple"),
    );
    let a = analyze(articles, &Default::default()).unwrap();
    let apple = a.sources.iter().find(|s| s.article == "apple").unwrap();
    assert!(apple.off_topic);
    assert!(a.sources.iter().filter(|s| s.off_topic).count() == 1);
    assert_eq!(a.events.len(), 2, "{:?}", a.events);
    assert_eq!(a.events[0].articles.len(), 5);
    assert_eq!(a.events[1].articles, vec!["apple".to_string()]);
    assert!(a
        .facts
        .iter()
        .filter(|f| f.articles.len() > 1)
        .all(|f| !f.articles.contains(&"apple".to_string())));
    assert_eq!(a.event_date.as_deref(), Some("2025-06-19"));
}

#[test]
fn markdown_from_json_equals_markdown_from_the_analysis() {
    // The WASM toMarkdown reads only the report's fields from JSON; it must print what the CLI prints.
    let analysis = seeds_analysis(false);
    let json = serde_json::to_string(&analysis).unwrap();
    let report: corroborate::output::markdown::Report = serde_json::from_str(&json).unwrap();
    let md = corroborate::output::markdown::render(&analysis);
    assert_eq!(corroborate::output::markdown::render_report(&report), md);
    assert!(md.contains("5 articles analysed"), "{md}");
    assert!(
        md.contains("The sources agree the event took place on 2025-06-19."),
        "{md}"
    );
    assert!(md.contains("outlet: "), "{md}");
}
