//! Several articles from arbitrary bytes: the input is split at every 0xFF byte (never part of
//! UTF-8) into at most 64 articles, each decoded lossily. An article whose first line starts with
//! `@` takes it as its metadata: `@2025-06-20` a publication date, `@@Name` an outlet.
//! `analyze` must return a result or an error, never panic, hang or blow up; spans must hold.
#![no_main]

use corroborate::{analyze, ArticleInput};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/spans.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    let inputs: Vec<ArticleInput> = data
        .split(|&b| b == 0xFF)
        .take(64)
        .enumerate()
        .map(|(i, part)| {
            let text = String::from_utf8_lossy(part).into_owned();
            let mut article = ArticleInput::text(text.clone()).with_id(format!("a{i}"));
            if let Some(rest) = text.strip_prefix('@') {
                let (meta, body) = rest.split_once('\n').unwrap_or((rest, ""));
                article.text = Some(body.to_string());
                match meta.strip_prefix('@') {
                    Some(outlet) => article.outlet = Some(outlet.to_string()),
                    None => article.published = Some(meta.to_string()),
                }
            }
            article
        })
        .collect();
    if let Ok(analysis) = analyze(inputs.clone(), &Default::default()) {
        check::spans(&inputs, &analysis);
    }
});
