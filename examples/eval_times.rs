//! Time expressions for the evaluation scorers: reads `DOCS.jsonl` (one line per document
//! with `doc`, `text` (a path relative to the file) and a document date under `dct` or
//! `published`) and writes one JSON line per time expression, offsets in UTF-16 units:
//! `{"doc","start","end","type":"TIMEX","value"}`.
//!
//! `cargo run --release --example eval_times -- DOCS.jsonl PRED.jsonl`

use std::io::Write;
use std::path::Path;

use corroborate::{analyze, ArticleInput};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: eval_times DOCS.jsonl PRED.jsonl");
        std::process::exit(2);
    }
    if let Err(e) = run(Path::new(&args[1]), Path::new(&args[2])) {
        eprintln!("eval_times: {e}");
        std::process::exit(1);
    }
}

fn run(docs: &Path, pred: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let base = docs.parent().unwrap_or(Path::new("."));
    let mut out = std::io::BufWriter::new(std::fs::File::create(pred)?);
    let (mut n_docs, mut n_times, mut bytes) = (0usize, 0usize, 0usize);
    let started = std::time::Instant::now();
    for line in std::fs::read_to_string(docs)?
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let row: serde_json::Value = serde_json::from_str(line)?;
        let id = row["doc"].as_str().ok_or("a line without doc")?;
        let text_path = row["text"].as_str().ok_or("a line without text")?;
        let text = std::fs::read_to_string(base.join(text_path))?;
        bytes += text.len();
        let mut input = ArticleInput::text(text).with_id(id);
        // The document creation time, cut to its date ("2013-03-22T10:00" → "2013-03-22").
        let date = row["published"]
            .as_str()
            .or(row["dct"].as_str())
            .map(|d| d.get(..10).unwrap_or(d).to_string());
        if let Some(d) = date.filter(|d| corroborate::calendar::Date::parse(d).is_some()) {
            input = input.with_published(d);
        }
        let analysis = analyze(vec![input], &Default::default())?;
        for article in &analysis.articles {
            for t in &article.times {
                let row = serde_json::json!({
                    "doc": id, "start": t.span.start, "end": t.span.end,
                    "type": "TIMEX", "value": t.value, "text": t.span.text,
                });
                writeln!(out, "{row}")?;
                n_times += 1;
            }
        }
        n_docs += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "eval_times: {n_docs} documents, {n_times} time expressions, {:.1} MB/s",
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    Ok(())
}
