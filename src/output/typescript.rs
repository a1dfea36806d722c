//! Keeps `types/corroborate.d.ts` (shipped in the npm package) equal to the Rust types.
//!
//! `cargo test` fails when the file is stale; `UPDATE_TYPES=1 cargo test typescript` rewrites it.

use ts_rs::{Config, TS};

use super::*;
use crate::input::{AnalyzeOptions, ArticleInput};

fn declarations() -> String {
    let cfg = Config::new();
    let mut out = String::from(
        "// Generated from the Rust types by `UPDATE_TYPES=1 cargo test typescript`; do not edit.\n\
         // Every span is in UTF-16 code units of the article's input text: text.slice(start, end) === span.text.\n",
    );
    macro_rules! decl {
        ($($t:ty),* $(,)?) => {$(
            out.push('\n');
            if let Some(docs) = <$t as TS>::docs() {
                out.push_str(&docs);
            }
            out.push_str("export ");
            out.push_str(&<$t as TS>::decl(&cfg));
            out.push('\n');
        )*};
    }
    decl!(
        ArticleInput,
        AnalyzeOptions,
        Analysis,
        Span,
        ArticleSpan,
        MetaSource,
        Meta,
        ArticleAnalysis,
        PageInfo,
        Removed,
        Boilerplate,
        Sentence,
        EntityKind,
        ArticleEntity,
        Mention,
        TimeKind,
        Anchor,
        TimeExpression,
        Bound,
        Quantity,
        Speaker,
        Quote,
        Claim,
        Entity,
        EntityInArticle,
        FactStatus,
        Fact,
        ConflictKind,
        ConflictValue,
        Conflict,
        DiffPart,
        QuoteVariant,
        QuoteGroup,
        TimelineEntry,
        ReusedPassage,
        Reuse,
        SourceProfile,
        EventGroup,
    );
    // Exactly one of `text` and `html`: a union TypeScript checks, which ts-rs cannot derive.
    out.replacen(
        "export type ArticleInput = { ",
        "export type ArticleInput = ({ text: string, html?: never } | { html: string, text?: never }) & { ",
        1,
    )
}

#[test]
fn typescript_declarations_are_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/types/corroborate.d.ts");
    let fresh = declarations();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(path, &fresh).expect("write types/corroborate.d.ts");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "types/corroborate.d.ts is stale: run `UPDATE_TYPES=1 cargo test typescript` and commit it"
    );
}
