//! Metadata the markup states: JSON-LD `NewsArticle`/`Article`, Open Graph and `<meta>`,
//! `<title>`, `<link rel="canonical">`. JSON-LD first, then Open Graph, then the rest.

use serde_json::Value;

use super::dom::Dom;

/// What the page's markup says about the article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The headline.
    pub title: Option<String>,
    /// The publisher or site name.
    pub outlet: Option<String>,
    /// Publication time as given (ISO 8601, e.g. `2025-06-20T09:30:00Z`).
    pub published: Option<String>,
    /// Last modification time as given.
    pub modified: Option<String>,
    /// Author names.
    pub authors: Vec<String>,
    pub canonical_url: Option<String>,
}

const ARTICLE_TYPES: [&str; 8] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
];

fn is_article(v: &Value) -> bool {
    let is = |t: &Value| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t));
    match &v["@type"] {
        Value::Array(a) => a.iter().any(is),
        t => is(t),
    }
}

/// Every object in a JSON-LD value that is an article (top level, arrays, `@graph`), without
/// recursion beyond those containers.
fn articles(root: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(a) => stack.extend(a.iter().rev()),
            Value::Object(o) => {
                if is_article(v) {
                    out.push(v);
                }
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
            }
            _ => {}
        }
    }
    out
}

fn text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Array(a) => return a.iter().find_map(text),
        Value::Object(o) => return o.get("name").and_then(text),
        _ => return None,
    };
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

fn names(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a.iter().filter_map(text).collect(),
        v => text(v).into_iter().collect(),
    }
}

fn meta<'a>(dom: &'a Dom, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| {
        dom.metas
            .iter()
            .find(|(n, c)| n == k && !c.is_empty())
            .map(|(_, c)| c.as_str())
    })
}

pub(crate) fn read(dom: &Dom) -> PageMeta {
    let mut m = PageMeta::default();
    for blob in &dom.json_ld {
        // Some pages put several objects or a trailing comma in one script; skip what does not parse.
        let Ok(v) = serde_json::from_str::<Value>(blob.trim()) else {
            continue;
        };
        for a in articles(&v) {
            m.title = m
                .title
                .or_else(|| text(&a["headline"]))
                .or_else(|| text(&a["name"]));
            m.published = m.published.or_else(|| text(&a["datePublished"]));
            m.modified = m.modified.or_else(|| text(&a["dateModified"]));
            if m.authors.is_empty() {
                m.authors = names(&a["author"]);
            }
            m.outlet = m.outlet.or_else(|| text(&a["publisher"]));
        }
    }
    let clean = |s: &str| {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        (!s.is_empty()).then_some(s)
    };
    m.outlet = m
        .outlet
        .or_else(|| meta(dom, &["og:site_name", "application-name"]).and_then(clean));
    m.title = m
        .title
        .or_else(|| meta(dom, &["og:title", "twitter:title"]).and_then(clean))
        .or_else(|| {
            dom.title
                .as_deref()
                .and_then(clean)
                .map(|t| strip_site(&t, m.outlet.as_deref()))
        });
    m.published = m.published.or_else(|| {
        meta(
            dom,
            &[
                "article:published_time",
                "datepublished",
                "date",
                "pubdate",
                "dc.date",
            ],
        )
        .and_then(clean)
    });
    m.modified = m
        .modified
        .or_else(|| meta(dom, &["article:modified_time", "datemodified"]).and_then(clean));
    if m.authors.is_empty() {
        m.authors = meta(dom, &["author", "article:author"])
            .and_then(clean)
            .filter(|a| !a.starts_with("http"))
            .into_iter()
            .collect();
    }
    m.canonical_url = dom
        .canonical
        .clone()
        .or_else(|| meta(dom, &["og:url"]).map(str::to_string));
    m
}

/// "Headline | Site" → "Headline" when the part after the separator is the site's name.
fn strip_site(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(i) = title.rfind(sep) {
            let tail = title[i + sep.len()..].trim();
            let same = site.is_some_and(|s| {
                let norm = |x: &str| x.to_lowercase().replace([' ', '.'], "");
                norm(s) == norm(tail) || norm(tail).contains(&norm(s))
            });
            if same {
                return title[..i].trim().to_string();
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::html::dom::parse;

    #[test]
    fn json_ld_in_a_graph_wins_over_open_graph() {
        let dom = parse(
            r#"<meta property="og:title" content="OG title"><meta property="og:site_name" content="Site">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","name":"Page"},
              {"@type":["NewsArticle"],"headline":"LD title","datePublished":"2025-06-20T08:00:00Z",
               "dateModified":"2025-06-21","author":[{"@type":"Person","name":"A. Writer"},{"name":"B. Writer"}],
               "publisher":{"@type":"Organization","name":"The Daily"}}]}</script>"#,
        );
        let m = read(&dom);
        assert_eq!(m.title.as_deref(), Some("LD title"));
        assert_eq!(m.outlet.as_deref(), Some("The Daily"));
        assert_eq!(m.published.as_deref(), Some("2025-06-20T08:00:00Z"));
        assert_eq!(m.modified.as_deref(), Some("2025-06-21"));
        assert_eq!(m.authors, vec!["A. Writer", "B. Writer"]);
    }

    #[test]
    fn open_graph_and_title_fill_in() {
        let dom = parse(
            r#"<title>Talks resume | Example News</title><meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2025-06-19T10:00:00+03:00">
            <meta name="author" content="C. Reporter"><link rel="canonical" href="https://news.example/a">"#,
        );
        let m = read(&dom);
        assert_eq!(m.title.as_deref(), Some("Talks resume"));
        assert_eq!(m.outlet.as_deref(), Some("Example News"));
        assert_eq!(m.published.as_deref(), Some("2025-06-19T10:00:00+03:00"));
        assert_eq!(m.authors, vec!["C. Reporter"]);
        assert_eq!(m.canonical_url.as_deref(), Some("https://news.example/a"));
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let dom = parse(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",</script><meta property="og:title" content="T">"#,
        );
        assert_eq!(read(&dom).title.as_deref(), Some("T"));
    }
}
