//! One article from arbitrary bytes (decoded as UTF-8, invalid bytes replaced): `analyze`
//! must return a result or an error, never panic, hang or blow up, and every span must hold.
#![no_main]

use corroborate::{analyze, ArticleInput};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/spans.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let inputs = vec![ArticleInput::text(text).with_id("fuzz")];
    if let Ok(analysis) = analyze(inputs.clone(), &Default::default()) {
        check::spans(&inputs, &analysis);
    }
});
