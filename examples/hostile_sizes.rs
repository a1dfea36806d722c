//! Times `analyze` on the largest hostile inputs, natively (tests/hostile.rs runs smaller ones
//! in debug): `cargo run --release --example hostile_sizes [SCALE]`.
//!
//! SCALE (default 1.0) multiplies every size: 1.0 is a 4.9 MB article of real text (the seed
//! articles repeated, just under `Limits::MAX_ARTICLE_BYTES`), a 1 MB line without a sentence
//! end, 100,000 "!!!!" and "....", 500 articles, and a 10 MB article (refused). Prints one
//! line per case: its size, the time, and the outcome. Peak memory: run it under
//! `/usr/bin/time -v`.

use std::time::Instant;

use corroborate::{analyze, ArticleInput, Limits};

fn seeds() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("www/samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn fill(piece: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + piece.len());
    while s.len() + piece.len() <= bytes {
        s.push_str(piece);
    }
    s
}

fn case(name: &str, articles: Vec<ArticleInput>) {
    let bytes: usize = articles
        .iter()
        .map(|a| a.text.as_ref().map_or(0, String::len))
        .sum();
    let n = articles.len();
    let started = Instant::now();
    let outcome = match analyze(articles, &Default::default()) {
        Ok(a) => format!(
            "ok: {} sentences, {} facts",
            a.articles.iter().map(|x| x.sentences.len()).sum::<usize>(),
            a.facts.len()
        ),
        Err(e) => format!("error: {e}"),
    };
    println!(
        "{name}: {n} article(s), {bytes} bytes, {:.2} s, {outcome}",
        started.elapsed().as_secs_f64()
    );
}

fn main() {
    let scale: f64 = std::env::args()
        .nth(1)
        .map_or(1.0, |s| s.parse().expect("SCALE is a number"));
    let size = |b: usize| (b as f64 * scale) as usize;
    let seeds = seeds();
    let one = |text: String| vec![ArticleInput::text(text)];
    case(
        "real text just under the limit",
        one(fill(&seeds, size(Limits::MAX_ARTICLE_BYTES - 100_000))),
    );
    case(
        "one line without a sentence end",
        one(fill("word ", size(1_000_000))),
    );
    case("one line of letters only", one(fill("a", size(1_000_000))));
    case("repeated !!!!", one(fill("!!!!", size(400_000))));
    case("repeated ....", one(fill("....", size(400_000))));
    case("repeated “", one(fill("“", size(300_000))));
    case("repeated said", one(fill("said ", size(500_000))));
    case(
        "newlines only between words",
        one(fill("Putin\n", size(600_000))),
    );
    let articles: Vec<ArticleInput> = seeds
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .cycle()
        .take(500)
        .enumerate()
        .map(|(i, p)| ArticleInput::text(p).with_id(format!("a{i}")))
        .collect();
    case("500 articles", articles);
    case("a 10 MB article", one(fill(&seeds, 10_000_000)));
}
