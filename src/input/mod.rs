//! What callers pass in: articles and options, and the checks that turn them into work.
//! Articles given as HTML are read into text here ([`html`]), so the later steps see text only.

pub mod html;

use serde::{Deserialize, Serialize};

use crate::calendar::Date;
use crate::error::{id_note, Error};

/// One article as the caller gives it.
///
/// Give the story as `text`, or the page as `html` (exactly one of them). Values given here
/// win over what corroborate finds in the markup or the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ArticleInput {
    #[cfg_attr(test, ts(optional))]
    /// A unique id; defaults to the article's 1-based position (`"1"`, `"2"`, …).
    pub id: Option<String>,
    /// The article as plain text, as pasted.
    #[cfg_attr(test, ts(optional))]
    pub text: Option<String>,
    /// The article as an HTML page, instead of `text`: its story is extracted and analysed,
    /// and the article's `text` in the analysis is that extraction.
    #[cfg_attr(test, ts(optional))]
    pub html: Option<String>,
    /// Where it was published.
    #[cfg_attr(test, ts(optional))]
    pub url: Option<String>,
    /// The outlet's name, e.g. `"Alliance News"`.
    #[cfg_attr(test, ts(optional))]
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[cfg_attr(test, ts(optional))]
    pub published: Option<String>,
}

impl ArticleInput {
    /// An article with just its text.
    pub fn text(text: impl Into<String>) -> Self {
        ArticleInput {
            text: Some(text.into()),
            ..Default::default()
        }
    }

    /// An article given as an HTML page (decoded text; see [`ArticleInput::html_bytes`]).
    ///
    /// ```
    /// use corroborate::{analyze, ArticleInput};
    ///
    /// let page = "<title>Talks</title><article><h1>Talks resume</h1>\
    ///             <p>Negotiators met in Geneva on Monday.</p></article>";
    /// let analysis = analyze(vec![ArticleInput::html(page)], &Default::default())?;
    /// let article = &analysis.articles[0];
    /// assert_eq!(article.text.as_deref(), Some("Talks resume\n\nNegotiators met in Geneva on Monday."));
    /// assert_eq!(article.sentences[1].span.text, "Negotiators met in Geneva on Monday.");
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn html(html: impl Into<String>) -> Self {
        ArticleInput {
            html: Some(html.into()),
            ..Default::default()
        }
    }

    /// An article given as the bytes of an HTML page, decoded by its byte-order mark or
    /// `<meta charset>` (UTF-8, UTF-16, windows-1252 / ISO-8859-1), else as UTF-8 when valid.
    ///
    /// ```
    /// use corroborate::ArticleInput;
    ///
    /// let a = ArticleInput::html_bytes(b"<meta charset=\"windows-1252\"><p>\x93Caf\xe9\x94</p>");
    /// assert!(a.html.unwrap().ends_with("<p>\u{201c}Caf\u{e9}\u{201d}</p>"));
    /// ```
    pub fn html_bytes(bytes: &[u8]) -> Self {
        Self::html(html::decode_html(bytes))
    }

    /// Sets the id.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets the publication date (`YYYY-MM-DD`).
    pub fn with_published(mut self, published: impl Into<String>) -> Self {
        self.published = Some(published.into());
        self
    }

    /// Sets the outlet name.
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Self {
        self.outlet = Some(outlet.into());
        self
    }
}

/// Options for [`analyze`](crate::analyze). None are required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct AnalyzeOptions {}

/// The documented limits of one [`analyze`](crate::analyze) call.
///
/// Inputs beyond them are refused with an [`Error`] naming the limit, never truncated.
#[derive(Debug, Clone, Copy)]
pub struct Limits;

impl Limits {
    /// Articles per call.
    pub const MAX_ARTICLES: usize = 5_000;
    /// Bytes of UTF-8 text per article (about 2,000 pages of prose).
    pub const MAX_ARTICLE_BYTES: usize = 5_000_000;
    /// Bytes of HTML per article (pages carry markup, scripts and styles beside the story).
    pub const MAX_HTML_BYTES: usize = 20_000_000;
    /// Bytes per call, all articles' text and HTML together.
    pub const MAX_TOTAL_BYTES: usize = 100_000_000;
}

/// An article that passed the checks.
#[derive(Debug, Clone)]
pub(crate) struct Article {
    pub id: String,
    pub text: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    /// For an article given as HTML: what its page said beside the story.
    pub page: Option<Page>,
}

/// What an HTML article's page gave besides the story text.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    pub meta: html::PageMeta,
    pub byline: Option<String>,
    pub time: Option<String>,
    pub removed: Vec<crate::output::Removed>,
}

/// Checks the caller's articles against the [`Limits`] and normalises them.
pub(crate) fn validate(articles: Vec<ArticleInput>) -> Result<Vec<Article>, Error> {
    if articles.is_empty() {
        return Err(Error::NoArticles);
    }
    if articles.len() > Limits::MAX_ARTICLES {
        return Err(Error::TooManyArticles {
            count: articles.len(),
        });
    }
    let mut total = 0usize;
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(articles.len());
    for (i, a) in articles.into_iter().enumerate() {
        let position = i + 1;
        let note = id_note(a.id.as_deref());
        let (text, page, input_bytes) = match (a.text, a.html) {
            (Some(_), Some(_)) => return Err(Error::TextAndHtml { position, id: note }),
            (None, Some(h)) => {
                if h.len() > Limits::MAX_HTML_BYTES {
                    return Err(Error::HtmlTooLarge {
                        position,
                        id: note,
                        bytes: h.len(),
                    });
                }
                let x = html::extract(&h);
                if x.text.trim().is_empty() {
                    return Err(Error::EmptyHtml { position, id: note });
                }
                let page = Page {
                    meta: x.meta,
                    byline: x.byline,
                    time: x.time,
                    removed: x.removed,
                };
                (x.text, Some(page), h.len())
            }
            (Some(t), None) if !t.trim().is_empty() => {
                let n = t.len();
                (t, None, n)
            }
            _ => return Err(Error::MissingText { position, id: note }),
        };
        if text.len() > Limits::MAX_ARTICLE_BYTES {
            return Err(Error::ArticleTooLarge {
                position,
                id: note,
                bytes: text.len(),
            });
        }
        total += input_bytes;
        if total > Limits::MAX_TOTAL_BYTES {
            return Err(Error::TotalTooLarge { bytes: total });
        }
        let published = match a.published.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(p) => Some(Date::parse(p).ok_or_else(|| Error::InvalidDate {
                position,
                id: note.clone(),
                value: p.to_string(),
            })?),
        };
        let id = match a.id {
            Some(id) if !id.trim().is_empty() => id,
            _ => position.to_string(),
        };
        if let Some(&first) = seen.get(&id) {
            return Err(Error::DuplicateId {
                position,
                id,
                first,
            });
        }
        seen.insert(id.clone(), position);
        let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        out.push(Article {
            id,
            text,
            url: clean(a.url),
            outlet: clean(a.outlet),
            published,
            page,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_with_messages_that_name_the_article() {
        let err = validate(vec![
            ArticleInput::text("ok"),
            ArticleInput::text("  \n").with_id("b"),
        ])
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "article 2 (id \"b\"): has no text; give its story as `text` (a string)"
        );
        let err = validate(vec![ArticleInput::text("x").with_published("20 June")]).unwrap_err();
        assert_eq!(err.code(), "INVALID_DATE");
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
        let err = validate(vec![
            ArticleInput::text("x").with_id("a"),
            ArticleInput::text("y").with_id("a"),
        ])
        .unwrap_err();
        assert_eq!(
            err,
            Error::DuplicateId {
                position: 2,
                id: "a".into(),
                first: 1
            }
        );
        assert_eq!(validate(vec![]).unwrap_err(), Error::NoArticles);
        let many = vec![ArticleInput::text("x"); Limits::MAX_ARTICLES + 1];
        assert!(validate(many)
            .unwrap_err()
            .to_string()
            .contains("at most 5000"));
        let big = "a".repeat(Limits::MAX_ARTICLE_BYTES + 1);
        assert_eq!(
            validate(vec![ArticleInput::text(big)]).unwrap_err().code(),
            "ARTICLE_TOO_LARGE"
        );
    }

    #[test]
    fn default_ids_are_positions_and_caller_values_are_trimmed() {
        let v = validate(vec![
            ArticleInput::text("a"),
            ArticleInput::text("b").with_outlet("  CBS "),
        ])
        .unwrap();
        assert_eq!((v[0].id.as_str(), v[1].id.as_str()), ("1", "2"));
        assert_eq!(v[1].outlet.as_deref(), Some("CBS"));
    }
}
