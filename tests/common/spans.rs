//! What every analysis must satisfy, whatever its input: it serialises to JSON and every span
//! slices its article's text in UTF-16 code units to exactly its `text`. Shared by the property
//! and hostile-input tests and the fuzz targets (fuzz/): `#[path = "common/spans.rs"] mod spans;`.
#![allow(dead_code)]

use corroborate::{Analysis, ArticleInput};
use serde_json::Value;

/// Checks `analysis` (of `inputs`, in input order) and panics on any broken span.
pub fn spans(inputs: &[ArticleInput], analysis: &Analysis) {
    let json = serde_json::to_value(analysis).expect("the analysis serialises");
    let texts: Vec<Vec<u16>> = inputs
        .iter()
        .map(|a| a.text.as_deref().unwrap_or("").encode_utf16().collect())
        .collect();
    let articles = json["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), inputs.len());
    for (article, text) in articles.iter().zip(&texts) {
        assert_eq!(article["length"].as_u64(), Some(text.len() as u64));
        walk(article, &|v: &Value| check(v, text));
    }
    let ids: Vec<&str> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    for key in [
        "entities",
        "facts",
        "conflicts",
        "quoteGroups",
        "timeline",
        "reuse",
        "sources",
        "events",
    ] {
        walk(&json[key], &|v: &Value| {
            if let Some(id) = v.get("article").and_then(Value::as_str) {
                let i = ids
                    .iter()
                    .position(|x| *x == id)
                    .expect("a span names a known article");
                check(v, &texts[i]);
            }
        });
    }
}

fn check(v: &Value, text: &[u16]) {
    let (Some(start), Some(end), Some(s)) = (
        v.get("start").and_then(Value::as_u64),
        v.get("end").and_then(Value::as_u64),
        v.get("text").and_then(Value::as_str),
    ) else {
        return;
    };
    let (start, end) = (start as usize, end as usize);
    assert!(
        start <= end && end <= text.len(),
        "span {start}..{end} outside a text of {}",
        text.len()
    );
    let got = String::from_utf16(&text[start..end]).expect("span on UTF-16 boundaries");
    assert_eq!(got, s, "span {start}..{end} does not slice to its text");
}

fn walk(v: &Value, f: &dyn Fn(&Value)) {
    match v {
        Value::Object(map) => {
            f(v);
            for x in map.values() {
                walk(x, f);
            }
        }
        Value::Array(items) => items.iter().for_each(|x| walk(x, f)),
        _ => {}
    }
}
