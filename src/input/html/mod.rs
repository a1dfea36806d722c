//! HTML input: a page's story as plain text, the metadata its markup states, and what was
//! left out. Plain Rust over the `html5gum` tokenizer; nothing in the page is executed,
//! fetched or kept as markup.
//!
//! Steps: [`decode_html`] (bytes in a declared charset) → `dom` (a capped tree without
//! scripts, styles, frames or form controls) → `main_text` (the story's blocks in reading
//! order) and `metadata` (JSON-LD, Open Graph, `<title>`, canonical URL).

mod charset;
mod dom;
mod main_text;
mod metadata;

pub use charset::decode_html;
pub use metadata::PageMeta;

use crate::output::Removed;

/// A page read for its story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The text corroborate analyses: the page's `<h1>` headline, a blank line, then
    /// [`Extraction::body`].
    pub text: String,
    /// The story's paragraphs, headings and block quotes separated by blank lines, list
    /// items by line breaks, without the headline.
    pub body: String,
    /// The headline shown on the page (its `<h1>`), else the markup's title.
    pub headline: Option<String>,
    /// What the markup states: JSON-LD, Open Graph, `<title>`, canonical URL.
    pub meta: PageMeta,
    /// The byline as shown, e.g. `"By A. Writer"`.
    pub byline: Option<String>,
    /// `<time datetime>` of the story, when the page has one.
    pub time: Option<String>,
    /// What was left out, in page order, with why (`"navigation"`, `"share"`, `"comments"`, …).
    pub removed: Vec<Removed>,
}

/// Reads a page: its story as text, its metadata, what was left out.
///
/// ```
/// use corroborate::input::html::extract;
///
/// let page = extract(r##"<html><head><title>Talks | Daily</title></head><body>
///   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
///   <article><h1>Talks resume</h1>
///     <p>Negotiators met in Geneva on Monday &amp; agreed to continue.</p>
///     <p>The next round is set for June.</p>
///     <div class="share-bar"><a href="#">Share on X</a></div>
///   </article><footer>© Daily</footer></body></html>"##);
/// assert_eq!(page.headline.as_deref(), Some("Talks resume"));
/// assert_eq!(
///     page.body,
///     "Negotiators met in Geneva on Monday & agreed to continue.\n\nThe next round is set for June."
/// );
/// assert!(page.text.starts_with("Talks resume\n\nNegotiators"));
/// assert!(page.removed.iter().any(|r| r.kind == "share" && r.text == "Share on X"));
/// assert!(page.removed.iter().any(|r| r.kind == "navigation"));
/// ```
pub fn extract(html: &str) -> Extraction {
    let dom = dom::parse(html);
    let meta = metadata::read(&dom);
    let main = main_text::extract(&dom);
    // The page's own headline is part of what a reader sees; the markup's title is only
    // metadata (it is the article's `title`), so only the former goes into the text.
    let text = match &main.headline {
        Some(h) if !main.body.is_empty() && !main.body.starts_with(h.as_str()) => {
            format!("{h}\n\n{}", main.body)
        }
        _ => main.body.clone(),
    };
    let headline = main.headline.or_else(|| meta.title.clone());
    Extraction {
        text,
        body: main.body,
        headline,
        meta,
        byline: main.byline,
        time: main.time,
        removed: main
            .removed
            .into_iter()
            .map(|d| Removed {
                kind: d.kind.to_string(),
                text: d.text,
            })
            .collect(),
    }
}
