//! Main-text extraction for the article-extraction benchmark: reads every `*.html.gz` in a
//! folder, extracts each page's story with [`corroborate::input::html`] (the bytes decoded as
//! `ArticleInput::html_bytes` would) and writes `{id: {"articleBody": text}}` as JSON, the
//! format `../shared/eval/extraction.py` scores. Prints pages per second to stderr.
//!
//! `cargo run --release --example eval_extraction -- HTML_DIR OUT.json`

use std::io::Read;
use std::path::Path;

use corroborate::input::html::{decode_html, extract};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: eval_extraction HTML_DIR OUT.json");
        std::process::exit(2);
    }
    if let Err(e) = run(Path::new(&args[1]), Path::new(&args[2])) {
        eprintln!("eval_extraction: {e}");
        std::process::exit(1);
    }
}

fn run(dir: &Path, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let Some(id) = name.strip_suffix(".html.gz") else {
            continue;
        };
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
        pages.push((id.to_string(), bytes));
    }
    pages.sort();
    let started = std::time::Instant::now();
    let mut result = serde_json::Map::new();
    let mut bytes = 0;
    for (id, page) in &pages {
        bytes += page.len();
        let x = extract(&decode_html(page));
        result.insert(id.clone(), serde_json::json!({ "articleBody": x.body }));
    }
    let secs = started.elapsed().as_secs_f64();
    std::fs::write(out, serde_json::to_string(&result)?)?;
    eprintln!(
        "eval_extraction: {} pages, {:.1} MB of HTML in {:.2} s: {:.0} pages/s, {:.1} MB/s",
        pages.len(),
        bytes as f64 / 1e6,
        secs,
        pages.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
