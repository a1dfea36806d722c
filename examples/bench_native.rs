//! The native side of `npm run bench` (bench/run.mjs), through the public API only.
//!
//! `cargo run --release --example bench_native -- MODE FILE [WARMUP RUNS]` reads JSON lines
//! `{"id": ID, "text": TEXT}` from FILE and prints one JSON object with times in milliseconds:
//!
//! - `each`: every article analysed on its own, as the WASM `analyze([article])` is, in passes
//!   over all articles: `{"each": {"articles", "analyze_passes_ms": [...], "json_passes_ms": [...]}}`,
//!   the time of each of RUNS passes after WARMUP untimed ones, for [`analyze`] and for
//!   [`analyze_json`] (what the WASM export does: the `Analysis` as JSON, which JS parses).
//! - `cluster`: all articles in one call; `{"cluster": {"articles", "analyze_ms", "json_ms"}}`,
//!   medians as above.
//!
//! The timing loop lives here so that process start and file reading are not counted.

use std::time::Instant;

use corroborate::{analyze, analyze_json, ArticleInput};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// Median milliseconds of `runs` calls of `f` after `warmup` untimed ones.
fn time(warmup: usize, runs: usize, mut f: impl FnMut()) -> f64 {
    for _ in 0..warmup {
        f();
    }
    let times = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    median(times)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: bench_native each|cluster FILE.jsonl [WARMUP RUNS]";
    let (Some(mode), Some(file)) = (args.first(), args.get(1)) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let warmup: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2);
    let runs: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(5);
    let content = std::fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("bench_native: cannot read {file}: {e}");
        std::process::exit(2);
    });
    let articles: Vec<(String, String)> = content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            let id = v["id"].as_str().unwrap_or("").to_string();
            let text = v["text"].as_str().unwrap_or("").to_string();
            (id, text)
        })
        .collect();
    let input = |list: &[(String, String)]| -> Vec<ArticleInput> {
        list.iter()
            .map(|(id, text)| ArticleInput::text(text.clone()).with_id(id.clone()))
            .collect()
    };
    let options = Default::default();
    let out = match mode.as_str() {
        "each" => {
            let pass = |json: bool| {
                for a in &articles {
                    let one = input(std::slice::from_ref(a));
                    if json {
                        std::hint::black_box(analyze_json(one, &options).expect("analyze"));
                    } else {
                        std::hint::black_box(analyze(one, &options).expect("analyze"));
                    }
                }
            };
            let passes = |json: bool| -> Vec<f64> {
                (0..warmup).for_each(|_| pass(json));
                (0..runs.max(1))
                    .map(|_| {
                        let start = Instant::now();
                        pass(json);
                        start.elapsed().as_secs_f64() * 1000.0
                    })
                    .collect()
            };
            serde_json::json!({ "each": {
                "articles": articles.len(),
                "analyze_passes_ms": passes(false),
                "json_passes_ms": passes(true) } })
        }
        "cluster" => {
            let analyze_ms = time(warmup, runs, || {
                std::hint::black_box(analyze(input(&articles), &options).expect("analyze"));
            });
            let json_ms = time(warmup, runs, || {
                std::hint::black_box(analyze_json(input(&articles), &options).expect("analyze"));
            });
            serde_json::json!({ "cluster": {
                "articles": articles.len(), "analyze_ms": analyze_ms, "json_ms": json_ms } })
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    println!("{out}");
}
