//! Cross-document results for the evaluation scripts, through the public API only.
//!
//! Reads JSON lines `{"cluster": ID, "docs": [{"doc": ID, "text": TEXT} | {"doc": ID, "path": FILE}, …]}`
//! on stdin, analyses each cluster's articles in ONE `analyze` call, and prints one line per cluster:
//!
//! ```text
//! {"cluster": ID,
//!  "events": [{"id": "g1", "articles": [DOC, …], "label": …}, …],
//!  "entities": [{"id": "e1", "name": …, "kind": "person", "mentions": [{"doc", "start", "end", "text"}, …]}, …]}
//! ```
//!
//! `events` is `Analysis::events` as is. `entities` holds every merged entity (`Analysis::entities`)
//! with the mentions of each article entity it merges (offsets in UTF-16 code units), then every
//! article entity that no merged entity covers, alone (id `DOC#INDEX`).

use std::io::{BufRead, Write};

use corroborate::{analyze, ArticleInput};
use serde_json::{json, Value};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        let cluster = v["cluster"].clone();
        let mut inputs = Vec::new();
        for d in v["docs"].as_array().map(Vec::as_slice).unwrap_or_default() {
            let doc = d["doc"].as_str().unwrap_or("").to_string();
            let text = match (d["text"].as_str(), d["path"].as_str()) {
                (Some(t), _) => t.to_string(),
                (None, Some(p)) => std::fs::read_to_string(p).unwrap_or_default(),
                _ => continue,
            };
            if !text.trim().is_empty() {
                inputs.push(ArticleInput::text(text).with_id(doc));
            }
        }
        let analysis = match analyze(inputs, &Default::default()) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("eval_xdoc: cluster {cluster}: {e}");
                continue;
            }
        };
        let article = |id: &str| analysis.articles.iter().find(|a| a.id == id);
        let mentions_of = |id: &str, e: usize| -> Vec<Value> {
            let Some(a) = article(id) else {
                return Vec::new();
            };
            let Some(entity) = a.entities.get(e) else {
                return Vec::new();
            };
            entity
                .mentions
                .iter()
                .filter_map(|&m| a.mentions.get(m))
                .map(|m| json!({"doc": id, "start": m.span.start, "end": m.span.end, "text": m.span.text}))
                .collect()
        };
        let kind =
            |k: corroborate::output::EntityKind| serde_json::to_value(k).unwrap_or(Value::Null);
        let mut covered = std::collections::HashSet::new();
        let mut entities = Vec::new();
        for e in &analysis.entities {
            let mut mentions = Vec::new();
            for a in &e.articles {
                covered.insert((a.article.clone(), a.entity));
                mentions.extend(mentions_of(&a.article, a.entity));
            }
            entities.push(
                json!({"id": e.id, "name": e.name, "kind": kind(e.kind), "mentions": mentions}),
            );
        }
        for a in &analysis.articles {
            for (i, e) in a.entities.iter().enumerate() {
                if !covered.contains(&(a.id.clone(), i)) {
                    entities.push(json!({
                        "id": format!("{}#{i}", a.id), "name": e.name, "kind": kind(e.kind), "mentions": mentions_of(&a.id, i)
                    }));
                }
            }
        }
        let rec = json!({"cluster": cluster, "events": analysis.events, "entities": entities});
        let _ = writeln!(out, "{rec}");
    }
}
