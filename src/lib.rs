//! # corroborate
//!
//! Reads several news articles about one event and shows what the outlets agree on,
//! where they contradict each other, and what only one of them reports.
//!
//! The pipeline, one module a step:
//! [`input`] (checks; HTML pages to text in [`input::html`]) → [`extract`] (one article at a time) → [`compare`] (across articles)
//! → [`output`] (the [`Analysis`], JSON and Markdown). The WASM bindings (`src/wasm.rs`)
//! and the CLI (`src/bin/corroborate.rs`) are thin shells over [`analyze`].
//!
//! ```
//! use corroborate::{analyze, ArticleInput};
//!
//! let analysis = analyze(
//!     vec![
//!         ArticleInput::text("Putin and Xi spoke on Thursday. They condemned the strikes.").with_id("a"),
//!         ArticleInput::text("Xi and Putin held an hour-long call.").with_id("b"),
//!     ],
//!     &Default::default(),
//! )?;
//! assert_eq!(analysis.articles.len(), 2);
//! assert_eq!(analysis.articles[0].sentences[1].span.text, "They condemned the strikes.");
//! # Ok::<(), corroborate::Error>(())
//! ```

pub mod calendar;
pub mod compare;
mod error;
pub mod extract;
pub mod input;
pub mod output;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use input::{AnalyzeOptions, ArticleInput, Limits};
pub use output::Analysis;

/// The crate version, reported in every [`Analysis`].
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyses `articles` (2 to a few hundred reports of one event; one works too).
///
/// Returns an [`Error`] with a message a user can act on when the input breaks the
/// documented [`Limits`] or an article has no text. Never panics.
pub fn analyze(articles: Vec<ArticleInput>, options: &AnalyzeOptions) -> Result<Analysis, Error> {
    let _ = options;
    let articles = input::validate(articles)?;
    let mut docs: Vec<extract::Document<'_>> = articles.iter().map(extract::read).collect();
    let comparison = compare::compare(&mut docs);
    Ok(output::assemble(&docs, comparison))
}

/// [`analyze`], returning the `Analysis` as a JSON string (what the CLI prints).
pub fn analyze_json(
    articles: Vec<ArticleInput>,
    options: &AnalyzeOptions,
) -> Result<String, Error> {
    let analysis = analyze(articles, options)?;
    serde_json::to_string(&analysis)
        .map_err(|e| Error::InvalidInput(format!("could not write the analysis as JSON: {e}")))
}
