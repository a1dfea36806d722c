//! A small tree built from html5gum's tokens: elements with the few attributes extraction
//! reads, and text. Scripts, styles, frames, forms' controls and embedded objects never
//! enter it; only JSON-LD script bodies are kept aside, as data.
//!
//! The tree is built iteratively with a stack capped at [`MAX_DEPTH`], so deeply nested or
//! broken markup costs neither recursion nor unbounded memory per level. Children always
//! have larger indexes than their parent, so a reverse pass over `nodes` is a post-order walk.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Elements nested deeper than this are flattened into their deepest kept ancestor.
pub(crate) const MAX_DEPTH: usize = 256;

pub(crate) const ROOT: usize = 0;

#[derive(Debug)]
pub(crate) struct Node {
    pub parent: usize,
    pub children: Vec<usize>,
    /// Lower-case tag name; empty for text nodes and the root.
    pub tag: Box<str>,
    /// The kept attributes (lower-case names).
    pub attrs: Vec<(Box<str>, String)>,
    /// Text of a text node (entities decoded by the tokenizer).
    pub text: String,
}

impl Node {
    pub fn is_text(&self) -> bool {
        self.tag.is_empty() && !self.text.is_empty()
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A parsed page.
#[derive(Debug, Default)]
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
    /// `<title>` text.
    pub title: Option<String>,
    /// Bodies of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// `<meta>` elements as (name, property or itemprop, content).
    pub metas: Vec<(String, String)>,
    /// `<link rel="canonical" href>`.
    pub canonical: Option<String>,
}

const KEPT_ATTRS: [&str; 12] = [
    "id",
    "class",
    "itemprop",
    "role",
    "href",
    "datetime",
    "rel",
    "hidden",
    "aria-hidden",
    "style",
    "itemtype",
    "content",
];

const VOID: [&str; 16] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame",
];

/// Elements dropped with everything inside them: never rendered, never executed.
const DROPPED: [&str; 19] = [
    "script", "style", "noscript", "template", "iframe", "frameset", "svg", "math", "object",
    "embed", "canvas", "select", "textarea", "button", "audio", "video", "map", "applet",
    "noembed",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: [&str; 33] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

const SCOPE: [&str; 8] = [
    "html", "table", "td", "th", "caption", "template", "button", "object",
];

fn lower(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_ascii_lowercase()
}

struct Builder {
    dom: Dom,
    stack: Vec<usize>,
    /// Depth of a dropped element being skipped, and its tag.
    skip: Option<(String, usize)>,
    /// Elements ignored beyond MAX_DEPTH, so their end tags are ignored too.
    overflow: usize,
    in_title: bool,
    in_json_ld: Option<String>,
}

impl Builder {
    fn top(&self) -> usize {
        *self.stack.last().unwrap_or(&ROOT)
    }

    fn push_node(&mut self, tag: String, attrs: Vec<(Box<str>, String)>) -> usize {
        let parent = self.top();
        let id = self.dom.nodes.len();
        self.dom.nodes.push(Node {
            parent,
            children: Vec::new(),
            tag: tag.into_boxed_str(),
            attrs,
            text: String::new(),
        });
        self.dom.nodes[parent].children.push(id);
        id
    }

    fn text(&mut self, s: &str) {
        let parent = self.top();
        if let Some(&last) = self.dom.nodes[parent].children.last() {
            if self.dom.nodes[last].tag.is_empty() {
                self.dom.nodes[last].text.push_str(s);
                return;
            }
        }
        let id = self.push_node(String::new(), Vec::new());
        self.dom.nodes[id].text.push_str(s);
    }

    /// Pops up to and including the nearest open `tag`, searching no further than a `stop` tag.
    fn close(&mut self, tags: &[&str], stop: &[&str]) -> bool {
        for i in (0..self.stack.len()).rev() {
            let t = &*self.dom.nodes[self.stack[i]].tag;
            if tags.contains(&t) {
                self.stack.truncate(i);
                return true;
            }
            if stop.contains(&t) {
                return false;
            }
        }
        false
    }

    fn start(&mut self, name: String, attrs: Vec<(String, String)>, self_closing: bool) {
        let name = name.as_str();
        match name {
            "title" if self.dom.title.is_none() => {
                self.in_title = true;
                self.dom.title = Some(String::new());
            }
            "meta" => {
                let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim());
                if let (Some(key), Some(content)) = (
                    get("property").or(get("name")).or(get("itemprop")),
                    get("content"),
                ) {
                    self.dom
                        .metas
                        .push((key.to_ascii_lowercase(), content.to_string()));
                }
            }
            "link" => {
                let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim());
                if get("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) {
                    if let Some(href) = get("href").filter(|h| !h.is_empty()) {
                        self.dom.canonical.get_or_insert_with(|| href.to_string());
                    }
                }
            }
            "script" => {
                let json = attrs
                    .iter()
                    .any(|(n, v)| n == "type" && v.to_ascii_lowercase().contains("ld+json"));
                if json {
                    self.in_json_ld = Some(String::new());
                }
            }
            _ => {}
        }
        if DROPPED.contains(&name) || name == "title" || name == "script" {
            if !VOID.contains(&name) && !self_closing || RAW.contains(&name) {
                self.skip = Some((name.to_string(), 1));
            }
            return;
        }
        if VOID.contains(&name) {
            if matches!(name, "br" | "hr" | "img") {
                let attrs = keep(attrs);
                self.push_node(name.to_string(), attrs);
            }
            return;
        }
        if matches!(name, "html" | "body" | "head") {
            return; // their content goes to the root, whatever the markup says
        }
        if CLOSES_P.contains(&name) {
            self.close(&["p"], &SCOPE);
        }
        match name {
            "li" => {
                self.close(&["li"], &["ul", "ol", "menu", "table"]);
            }
            "dt" | "dd" => {
                self.close(&["dt", "dd"], &["dl", "table"]);
            }
            "tr" => {
                self.close(&["tr"], &["table", "tbody", "thead", "tfoot"]);
            }
            "td" | "th" => {
                self.close(&["td", "th"], &["tr", "table"]);
            }
            "tbody" | "thead" | "tfoot" => {
                self.close(&["tbody", "thead", "tfoot"], &["table"]);
            }
            "a" => {
                self.close(&["a"], &SCOPE);
            }
            "option" => {
                self.close(&["option"], &["select"]);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let top = &*self.dom.nodes[self.top()].tag;
                if top.len() == 2 && top.starts_with('h') && top != "hr" {
                    self.stack.pop();
                }
            }
            _ => {}
        }
        if self.stack.len() >= MAX_DEPTH {
            self.overflow += 1;
            return;
        }
        let attrs = keep(attrs);
        let id = self.push_node(name.to_string(), attrs);
        if !self_closing {
            self.stack.push(id);
        }
    }

    fn end(&mut self, name: String) {
        match name.as_str() {
            "html" | "body" | "head" => return,
            "br" => {
                self.push_node("br".into(), Vec::new());
                return;
            }
            _ => {}
        }
        if self.overflow > 0 && !self.stack.iter().any(|&i| *self.dom.nodes[i].tag == *name) {
            self.overflow -= 1;
            return;
        }
        let stop: &[&str] = match name.as_str() {
            "p" | "li" | "dd" | "dt" => &SCOPE,
            _ => &[],
        };
        self.close(&[name.as_str()], stop);
    }
}

/// Elements whose content the tokenizer reads as raw text (no tags inside).
const RAW: [&str; 8] = [
    "script", "style", "noscript", "iframe", "noembed", "textarea", "title", "xmp",
];

fn keep(attrs: Vec<(String, String)>) -> Vec<(Box<str>, String)> {
    attrs
        .into_iter()
        .filter(|(n, _)| KEPT_ATTRS.contains(&n.as_str()))
        .map(|(n, v)| (n.into_boxed_str(), v))
        .collect()
}

/// Parses `html` into a [`Dom`].
pub(crate) fn parse(html: &str) -> Dom {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut b = Builder {
        dom: Dom::default(),
        stack: Vec::new(),
        skip: None,
        overflow: 0,
        in_title: false,
        in_json_ld: None,
    };
    b.dom.nodes.push(Node {
        parent: ROOT,
        children: Vec::new(),
        tag: "".into(),
        attrs: Vec::new(),
        text: String::new(),
    });
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        if let Some((tag, depth)) = &mut b.skip {
            match token {
                Token::String(s) => {
                    let s = String::from_utf8_lossy(&s.value);
                    if b.in_title {
                        if let Some(t) = b.dom.title.as_mut() {
                            t.push_str(&s);
                        }
                    } else if let Some(j) = b.in_json_ld.as_mut() {
                        j.push_str(&s);
                    }
                }
                Token::StartTag(t) if !t.self_closing && lower(&t.name) == *tag => *depth += 1,
                Token::EndTag(t) if lower(&t.name) == *tag => {
                    *depth -= 1;
                    if *depth == 0 {
                        b.skip = None;
                        b.in_title = false;
                        if let Some(j) = b.in_json_ld.take() {
                            b.dom.json_ld.push(j);
                        }
                    }
                }
                _ => {}
            }
            continue;
        }
        match token {
            Token::StartTag(t) => {
                let attrs = t
                    .attributes
                    .iter()
                    .map(|(k, v)| (lower(k), String::from_utf8_lossy(&v.value).into_owned()))
                    .collect();
                b.start(lower(&t.name), attrs, t.self_closing);
            }
            Token::EndTag(t) => b.end(lower(&t.name)),
            Token::String(s) => b.text(&String::from_utf8_lossy(&s.value)),
            _ => {}
        }
    }
    b.dom
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(dom: &Dom) -> String {
        dom.nodes
            .iter()
            .filter(|n| n.is_text())
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn drops_scripts_styles_frames_and_controls() {
        let dom = parse(
            "<p onclick=\"x()\">a<script>alert('</p>')</script>b<style>p{}</style>\
             <iframe src=x>c</iframe><button>d<b>e</b></button><select><option>f</select>g</p>",
        );
        assert_eq!(texts(&dom), "abg");
        assert!(dom.nodes.iter().all(|n| n.attr("onclick").is_none()));
    }

    #[test]
    fn keeps_json_ld_and_head_metadata_aside() {
        let dom = parse(
            r#"<head><title>T &amp; U</title><meta property="og:title" content="O">
            <link rel="canonical" href="https://x.test/a">
            <script type="application/ld+json">{"a":"<b>"}</script></head><p>x"#,
        );
        assert_eq!(dom.title.as_deref(), Some("T & U"));
        assert_eq!(dom.json_ld, vec![r#"{"a":"<b>"}"#.to_string()]);
        assert_eq!(dom.metas, vec![("og:title".into(), "O".into())]);
        assert_eq!(dom.canonical.as_deref(), Some("https://x.test/a"));
    }

    #[test]
    fn implied_end_tags_and_stray_end_tags() {
        let dom = parse("<div><p>one<p>two</div></div><ul><li>a<li>b</ul>");
        let p: Vec<_> = dom.nodes.iter().filter(|n| &*n.tag == "p").collect();
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].parent, p[1].parent, "the second <p> closes the first");
        let li: Vec<_> = dom.nodes.iter().filter(|n| &*n.tag == "li").collect();
        assert_eq!(li[0].parent, li[1].parent);
    }

    #[test]
    fn deep_nesting_is_capped() {
        let html = "<div>".repeat(10_000) + "deep" + &"</div>".repeat(10_000) + "<p>after";
        let dom = parse(&html);
        let deepest = dom.nodes.iter().position(|n| n.text == "deep").unwrap();
        let mut depth = 0;
        let mut at = deepest;
        while at != ROOT {
            at = dom.nodes[at].parent;
            depth += 1;
        }
        assert!(depth <= MAX_DEPTH + 1, "{depth}");
        assert!(dom.nodes.iter().any(|n| n.text == "after"));
    }
}
