//! The five sample articles (www/samples/, from ../shared/seeds): sentence splitting and spans.

use corroborate::{analyze, output::ArticleAnalysis, ArticleInput};
use seeds::{sample_text, SAMPLES};

#[path = "common/seeds.rs"]
mod seeds;

fn analysed() -> (Vec<String>, Vec<ArticleAnalysis>) {
    let texts: Vec<String> = SAMPLES.iter().map(|n| sample_text(n)).collect();
    let inputs = texts
        .iter()
        .zip(SAMPLES)
        .map(|(t, n)| ArticleInput::text(t.clone()).with_id(&n[..3]))
        .collect();
    (
        texts,
        analyze(inputs, &Default::default())
            .expect("seeds analyse")
            .articles,
    )
}

fn sentence_texts(a: &ArticleAnalysis) -> Vec<&str> {
    a.sentences.iter().map(|s| s.span.text.as_str()).collect()
}

#[test]
fn sentence_counts_of_the_samples() {
    let (_, articles) = analysed();
    let counts: Vec<usize> = articles.iter().map(|a| a.sentences.len()).collect();
    assert_eq!(counts, [36, 34, 17, 31, 14]);
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["000", "001", "002", "003", "004"]);
}

#[test]
fn no_split_after_us() {
    let (_, articles) = analysed();
    let s = sentence_texts(&articles[3]);
    assert!(s.contains(&"Russia, which maintains a strategic cooperation pact with Tehran, has consistently warned the U.S. against striking Iran, emphasizing the potential for dramatic regional destabilization and the risk of a nuclear disaster."), "{s:#?}");
}

#[test]
fn the_quote_in_002s_third_paragraph_stays_whole() {
    let (_, articles) = analysed();
    let a = &articles[2];
    let third: Vec<&str> = a
        .sentences
        .iter()
        .filter(|s| s.paragraph == 3)
        .map(|s| s.span.text.as_str())
        .collect();
    assert_eq!(
        third,
        [
            "“Both Moscow and Beijing fundamentally believe that there is no military solution to the current situation and issues related to Iran’s nuclear programme,” said Kremlin aide Yuri Ushakov.",
            "“This solution must be achieved exclusively through political and diplomatic means.”",
        ]
    );
}

#[test]
fn standfirst_and_date_marker_of_001_do_not_swallow_the_first_sentence() {
    let (_, articles) = analysed();
    let s = sentence_texts(&articles[1]);
    assert_eq!(s[0], "date 2025-06-19");
    assert_eq!(s[1], "Iran-Israel conflict: Putin and Xi Jinping reaffirm strategic alignment in hour-long phone call");
    assert_eq!(s[2], "Iran-Israel conflict: The leaders also expressed a shared position on the conflict, with both Russia and China condemning Israel's recent military actions.");
    assert_eq!(s[3], "They criticised what they described as violations of the United Nations Charter and international legal norms.");
    assert_eq!(s[4], "Moscow:");
    assert!(s[5].starts_with("In a move underscoring their growing strategic alignment, Russian President Vladimir Putin"));
}

#[test]
fn every_span_is_utf16_and_slices_back_to_its_text() {
    let (texts, articles) = analysed();
    let extra = "Le café “Zoë” 👋🏽 a dit: ‘oui’. Then 😀 U.S. officials met. Fin.";
    let emoji = analyze(vec![ArticleInput::text(extra)], &Default::default())
        .unwrap()
        .articles;
    for (text, a) in texts
        .iter()
        .map(String::as_str)
        .chain([extra])
        .zip(articles.iter().chain(&emoji))
    {
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(a.length, units.len());
        let spans = a.sentences.iter().map(|s| &s.span).chain(&a.paragraphs);
        for span in spans {
            assert_eq!(
                String::from_utf16(&units[span.start..span.end]).unwrap(),
                span.text,
                "in {}",
                a.id
            );
        }
    }
    assert_eq!(
        sentence_texts(&emoji[0]),
        [
            "Le café “Zoë” 👋🏽 a dit: ‘oui’.",
            "Then 😀 U.S. officials met.",
            "Fin."
        ]
    );
}

#[test]
fn output_does_not_depend_on_article_order() {
    let texts: Vec<String> = SAMPLES.iter().map(|n| sample_text(n)).collect();
    let run = |order: &[usize]| {
        let inputs = order
            .iter()
            .map(|&i| ArticleInput::text(texts[i].clone()).with_id(SAMPLES[i]))
            .collect();
        let mut a = analyze(inputs, &Default::default()).unwrap();
        a.articles.sort_by(|x, y| x.id.cmp(&y.id));
        a.sources.sort_by(|x, y| x.article.cmp(&y.article));
        serde_json::to_string(&a).unwrap()
    };
    assert_eq!(run(&[0, 1, 2, 3, 4]), run(&[4, 2, 0, 3, 1]));
}
