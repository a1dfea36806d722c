//! The five sample articles (www/samples/, copied from ../shared/seeds) and gold.json,
//! shared by the seed tests: `#[path = "common/seeds.rs"] mod seeds;`.
#![allow(dead_code)] // each test file uses part of it

use serde_json::Value;

/// The samples' file names without `.txt`, in id order.
pub const SAMPLES: [&str; 5] = [
    "000_eae961ca20b05a28",
    "001_41ff38fbeb0a6843",
    "002_74eeb17b8ca5ca41",
    "003_7abf910d617c98ae",
    "004_99de923a0fd0c2bc",
];

/// The text of a sample, by its file name with or without `.txt`.
pub fn sample_text(name: &str) -> String {
    let name = name.strip_suffix(".txt").unwrap_or(name);
    let path = format!("{}/www/samples/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `../shared/seeds/gold.json` (CI has shared/ beside the repository).
pub fn gold() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds/gold.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("gold.json parses")
}

/// The text of the gold article `id` ("000" … "004").
pub fn gold_article_text(gold: &Value, id: &str) -> String {
    sample_text(
        gold["articles"][id]["file"]
            .as_str()
            .expect("gold names the article's file"),
    )
}
