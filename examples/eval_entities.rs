//! Entity mentions for the evaluation scripts, through the public API only.
//!
//! Reads JSON lines `{"doc": ID, "text": TEXT}` (or `{"doc": ID, "path": FILE}`) on stdin and prints one
//! line per mention: `{"doc", "start", "end", "type"}` with UTF-16 offsets. Types: person → PER,
//! org → ORG, place → LOC. Events, laws and groups have no PER/ORG/LOC counterpart in
//! MEANTIME or UNER (they would be MISC or unannotated), so they are left out.

use std::io::{BufRead, Write};

use corroborate::output::EntityKind;
use corroborate::{analyze, ArticleInput};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let doc = v["doc"].as_str().unwrap_or("").to_string();
        let text = match (v["text"].as_str(), v["path"].as_str()) {
            (Some(t), _) => t.to_string(),
            (None, Some(p)) => std::fs::read_to_string(p).unwrap_or_default(),
            _ => continue,
        };
        if text.trim().is_empty() {
            continue;
        }
        let Ok(analysis) = analyze(
            vec![ArticleInput::text(text).with_id(doc.clone())],
            &Default::default(),
        ) else {
            continue;
        };
        for m in &analysis.articles[0].mentions {
            let ty = match m.kind {
                EntityKind::Person => "PER",
                EntityKind::Org => "ORG",
                EntityKind::Place => "LOC",
                _ => continue,
            };
            let rec = serde_json::json!({"doc": doc, "start": m.span.start, "end": m.span.end, "type": ty});
            let _ = writeln!(out, "{rec}");
        }
    }
}
