//! Hostile and odd input: whatever users paste, `analyze` returns a result or an error with a
//! message, never panics or hangs, and every span of a result still slices its text.
//!
//! Sizes here keep the debug test run short; `cargo run --release --example hostile_sizes`
//! runs the largest cases (a 4.9 MB article, a 1 MB line, 100,000 "!!!!") natively.
//! A watchdog fails a case that runs for minutes instead of hanging the test run; it is not
//! a benchmark.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/seeds.rs"]
mod seeds;
#[path = "common/spans.rs"]
mod spans;

use std::sync::mpsc;
use std::time::Duration;

use corroborate::{analyze, Analysis, ArticleInput, Error, Limits};

/// Runs `f` on another thread; fails if it has not finished after `seconds`.
fn within<T: Send + 'static>(seconds: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(Duration::from_secs(seconds)) {
        Ok(v) => v,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("still running after {seconds} s: a hang"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the analysis panicked"),
    }
}

/// Analyses `texts` (ids a0, a1, …) and checks every span.
fn ok(texts: &[&str]) -> Analysis {
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput::text(*t).with_id(format!("a{i}")))
        .collect();
    let analysis =
        analyze(inputs.clone(), &Default::default()).unwrap_or_else(|e| panic!("refused: {e}"));
    spans::spans(&inputs, &analysis);
    analysis
}

fn one(text: String, seconds: u64) -> Analysis {
    within(seconds, move || ok(&[&text]))
}

fn fill(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len())
}

fn seed_text() -> String {
    seeds::SAMPLES
        .iter()
        .map(|s| seeds::sample_text(s))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn empty_and_whitespace_only_text_is_refused_with_a_message() {
    for text in ["", " ", "\n\n\t  \r\n", "\u{a0}\u{2003}\u{3000}"] {
        let err = analyze(
            vec![ArticleInput::text(text).with_id("x")],
            &Default::default(),
        )
        .unwrap_err();
        assert_eq!(err.code(), "MISSING_TEXT", "{text:?}");
        assert_eq!(
            err.to_string(),
            "article 1 (id \"x\"): has no text; give its story as `text` (a string)"
        );
    }
    // Zero-width characters are not white space: the article is analysed, with no sentences
    // of words in it.
    let a = ok(&["\u{200b}\u{200d}\u{feff}"]);
    assert!(a.articles[0].claims.is_empty());
    let err = analyze(vec![], &Default::default()).unwrap_err();
    assert_eq!(err, Error::NoArticles);
}

#[test]
fn one_article_is_analysed_on_its_own() {
    let a = ok(&["Putin and Xi spoke on Thursday. “A ceasefire is needed,” Xi said."]);
    assert_eq!(a.articles.len(), 1);
    assert_eq!(a.articles[0].sentences.len(), 2);
    assert!(a.facts.iter().all(|f| f.articles == ["a0"]));
}

#[test]
fn five_hundred_articles_are_analysed() {
    let text = seed_text();
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .filter(|p| p.split_whitespace().count() > 3)
        .map(str::to_string)
        .collect();
    let texts: Vec<String> = (0..500)
        .map(|i| format!("{} ({i})", paragraphs[i % paragraphs.len()]))
        .collect();
    let a = within(300, move || {
        ok(&texts.iter().map(String::as_str).collect::<Vec<_>>())
    });
    assert_eq!(a.articles.len(), 500);
    assert_eq!(a.sources.len(), 500);
    assert!(!a.facts.is_empty());
}

#[test]
fn too_many_articles_are_refused_naming_the_limit() {
    let many = vec![ArticleInput::text("x"); Limits::MAX_ARTICLES + 1];
    let err = analyze(many, &Default::default()).unwrap_err();
    assert_eq!(err.code(), "TOO_MANY_ARTICLES");
    assert_eq!(
        err.to_string(),
        "too many articles: 5001 given, at most 5000 per call; split them into several calls"
    );
}

#[test]
fn a_10_mb_article_is_refused_naming_the_limit() {
    let big = fill(&seed_text(), 10_000_000);
    assert!(big.len() > 9_900_000);
    let err = analyze(
        vec![ArticleInput::text(big).with_id("log")],
        &Default::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "ARTICLE_TOO_LARGE");
    let message = err.to_string();
    assert!(
        message.starts_with("article 1 (id \"log\"): its text is 99"),
        "{message}"
    );
    assert!(
        message.contains("more than the limit of 5000000 bytes (5 MB) per article"),
        "{message}"
    );
    // Just over the limit is refused too; nothing is cut.
    let over = "a".repeat(Limits::MAX_ARTICLE_BYTES + 1);
    assert_eq!(
        analyze(vec![ArticleInput::text(over)], &Default::default())
            .unwrap_err()
            .code(),
        "ARTICLE_TOO_LARGE"
    );
}

#[test]
fn too_much_text_in_all_is_refused_naming_the_limit() {
    let article = "a".repeat(Limits::MAX_ARTICLE_BYTES);
    let articles: Vec<ArticleInput> = (0..=Limits::MAX_TOTAL_BYTES / Limits::MAX_ARTICLE_BYTES)
        .map(|i| ArticleInput::text(article.clone()).with_id(i.to_string()))
        .collect();
    let err = analyze(articles, &Default::default()).unwrap_err();
    assert_eq!(err.code(), "TOTAL_TOO_LARGE");
    assert!(
        err.to_string()
            .contains("more than the limit of 100000000 bytes (100 MB) per call"),
        "{err}"
    );
}

#[test]
fn a_large_article_of_real_text_finishes() {
    // 400 KB in debug; the example hostile_sizes runs 4.9 MB in release.
    let text = fill(&seed_text(), 400_000);
    let a = one(text, 240);
    assert!(a.articles[0].sentences.len() > 2_000);
    assert!(!a.articles[0].claims.is_empty());
}

#[test]
fn a_long_line_without_a_sentence_end_finishes() {
    let a = one(fill("word ", 200_000), 120);
    assert_eq!(a.articles[0].sentences.len(), 1);
    let a = one(fill("Putin Xi said ", 200_000), 120);
    assert_eq!(a.articles[0].sentences.len(), 1);
    let a = one("a".repeat(1_000_000), 120);
    assert_eq!(a.articles[0].sentences.len(), 1);
}

#[test]
fn deeply_repeated_punctuation_finishes() {
    for piece in [
        "!!!!", "....", "?!", "…", "“", "”", "«", "\"", "'", "—", "(", ")", ",", "; ",
    ] {
        let a = one(fill(piece, 100_000), 120);
        assert!(a.articles[0].sentences.len() <= 100_000, "{piece}");
    }
    // Between words.
    one(fill("Stop!!!! Go.... ", 100_000), 120);
}

#[test]
fn many_short_lines_finish() {
    let a = one(fill("Putin\n", 60_000), 120);
    assert_eq!(a.articles[0].sentences.len(), 10_000);
}

#[test]
fn nul_control_and_zero_width_characters() {
    let text = "A\u{0}B\u{1}C\u{7f}\u{1b}[31m Putin\u{200b}said\u{200d} the\u{feff} call\u{2060} was\u{202e}long.\r\nNext\u{0} sentence here.\u{85}\u{2028}Last one\u{2029}ends.";
    let a = ok(&[text]);
    assert!(!a.articles[0].sentences.is_empty());
    let nul_only = "\u{0}".repeat(1000);
    ok(&[&nul_only]);
    let controls: String = (0u8..32).map(char::from).cycle().take(5_000).collect();
    ok(&[&format!("x{controls}")]);
}

#[test]
fn right_to_left_and_cjk_text() {
    let arabic =
        "قال الرئيس بوتين يوم الخميس إن «وقف إطلاق النار ضروري». واتفق الزعيمان على مواصلة الحوار.";
    let hebrew =
        "\u{202b}נתניהו אמר ביום חמישי כי \"הפסקת אש\" אפשרית.\u{202c} הוא הוסיף כי השיחות יימשכו.";
    let chinese = "习近平主席星期四与普京通电话。他说：「停火是迫切需要的。」双方同意继续沟通。";
    let japanese = "習近平主席は木曜日に電話会談を行った。「停戦が必要だ」と述べた。";
    let mixed = "Putin (بوتين) and Xi (习近平) spoke on Thursday. “停火” means ceasefire, Xi said.";
    let a = ok(&[arabic, hebrew, chinese, japanese, mixed]);
    for article in &a.articles {
        assert!(!article.sentences.is_empty(), "{}", article.id);
    }
}

#[test]
fn every_quote_style_and_unbalanced_quotes() {
    let styles = [
        ("“", "”"),
        ("‘", "’"),
        ("«", "»"),
        ("„", "“"),
        ("「", "」"),
        ("\"", "\""),
    ];
    for (open, close) in styles {
        let text = format!("{open}A ceasefire is urgently needed{close}, Xi Jinping said on Thursday. The call lasted an hour.");
        let a = ok(&[&text]);
        let quotes = &a.articles[0].quotes;
        assert!(
            quotes
                .iter()
                .any(|q| q.span.text.contains("A ceasefire is urgently needed")),
            "{open}…{close}: {quotes:?}"
        );
    }
    for text in [
        "“This quote never ends, Putin said on Thursday. Xi agreed. The call lasted an hour.",
        "The call lasted an hour.” Putin said ”reversed“ things. «Open « twice » said Xi.",
        "„German opening only. 「Open only. ‘Single open. «French open. And the end.",
        "”””””” ““““““ »»»» «««« said Xi.",
        "‹Single guillemets›, Xi said. »Reversed ones«, Putin said. 『White corners』 said Li.",
    ] {
        ok(&[text]);
    }
    let many_open = fill("“Peace ", 50_000);
    one(many_open, 120);
}

#[test]
fn an_article_that_is_only_boilerplate() {
    let text = "Share this article\nFacebook\nTwitter\nEmail\nSubscribe to our newsletter\nAdvertisement\n\
                Copyright 2025 Reuters. All rights reserved.\nCookie settings\nSign up\nRead more\n";
    let a = ok(&[text, text]);
    assert!(
        a.articles.iter().all(|x| !x.boilerplate.is_empty()),
        "{:?}",
        a.articles[0].boilerplate
    );
    assert!(a
        .facts
        .iter()
        .all(|f| f.status != corroborate::output::FactStatus::Corroborated));
}

#[test]
fn markup_and_script_are_text() {
    let text = "<script>alert(1)</script><img src=x onerror=\"alert(1)\"> <svg onload=alert(1)> \
                javascript:alert(1) Putin said on Thursday that <b>talks</b> went well.";
    let a = ok(&[text]);
    let json = serde_json::to_string(&a).unwrap();
    // JSON escapes nothing it need not; the text is kept as text, spans slice it.
    assert!(json.contains("<script>alert(1)</script>"));
}

#[test]
fn odd_caller_fields() {
    let article = ArticleInput {
        id: Some("\u{0}<script>".into()),
        text: Some("Putin spoke on Thursday. Xi listened.".into()),
        url: Some("javascript:alert(1)".into()),
        outlet: Some("<img src=x onerror=alert(1)>".into()),
        published: Some(" 2025-06-20 ".into()),
        ..Default::default()
    };
    let a = analyze(vec![article], &Default::default()).unwrap();
    assert_eq!(a.articles[0].id, "\u{0}<script>");
    assert_eq!(a.articles[0].url.as_deref(), Some("javascript:alert(1)"));
    for bad in [
        "2025-02-30",
        "20250620",
        "2025-6-1",
        "9999999-01-01",
        "-1-01-01",
        "٢٠٢٥-٠٦-٢٠",
    ] {
        let err = analyze(
            vec![ArticleInput::text("x").with_published(bad)],
            &Default::default(),
        )
        .unwrap_err();
        assert_eq!(err.code(), "INVALID_DATE", "{bad}");
    }
}

#[test]
fn the_same_text_many_times() {
    let text = seeds::sample_text(seeds::SAMPLES[4]);
    let a = within(240, move || ok(&vec![text.as_str(); 30]));
    assert_eq!(a.articles.len(), 30);
}
