//! Main-text extraction: which part of the page is the story, and its text in reading order.
//!
//! Two passes, as in trafilatura: the container the markup names as the story
//! (`itemprop="articleBody"`, `class="article-body"`, `<article>`, …) and a
//! Readability-style score of text blocks (length, commas, link density, class hints)
//! propagated to their ancestors. Inside the chosen container, boilerplate marked by tag,
//! role or class (navigation, share bars, comments, related links, ads, cookie notices,
//! captions, bylines, footers) and link lists are left out and recorded as removed.

use super::dom::{Dom, Node, ROOT};

/// A block of the page left out of the story, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dropped {
    pub kind: &'static str,
    pub text: String,
}

/// The story's text and what was left out.
#[derive(Debug, Default)]
pub(crate) struct MainText {
    /// Paragraphs separated by blank lines, list items by line breaks. Without the headline.
    pub body: String,
    /// The first `<h1>` in or just before the story.
    pub headline: Option<String>,
    /// The byline's text, when the page marks one.
    pub byline: Option<String>,
    /// `<time datetime>` in or near the story.
    pub time: Option<String>,
    pub removed: Vec<Dropped>,
}

const BLOCK: [&str; 38] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "address",
    "hr",
    "center",
    "details",
    "summary",
    "form",
    "fieldset",
    "caption",
    "br",
];

fn is_block(tag: &str) -> bool {
    BLOCK.contains(&tag)
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Class and id words that mark boilerplate, with the kind reported. Short words match whole
/// class words only ("ad" but not "header"); longer ones match inside words too.
const HINTS: [(&str, &str); 70] = [
    ("nav", "navigation"),
    ("navbar", "navigation"),
    ("navigation", "navigation"),
    ("menu", "navigation"),
    ("breadcrumb", "navigation"),
    ("pagination", "navigation"),
    ("pager", "navigation"),
    ("toolbar", "navigation"),
    ("masthead", "header"),
    ("skiplink", "navigation"),
    ("share", "share"),
    ("sharing", "share"),
    ("social", "share"),
    ("sociable", "share"),
    ("addthis", "share"),
    ("follow", "share"),
    ("comment", "comments"),
    ("disqus", "comments"),
    ("respond", "comments"),
    ("replies", "comments"),
    ("related", "related"),
    ("recommend", "related"),
    ("trending", "related"),
    ("popular", "related"),
    ("mostread", "related"),
    ("outbrain", "related"),
    ("taboola", "related"),
    ("readnext", "related"),
    ("morestories", "related"),
    ("recirc", "related"),
    ("upnext", "related"),
    ("ad", "ad"),
    ("ads", "ad"),
    ("advert", "ad"),
    ("advertisement", "ad"),
    ("adslot", "ad"),
    ("adunit", "ad"),
    ("sponsor", "ad"),
    ("dfp", "ad"),
    ("promo", "ad"),
    ("cookie", "cookie"),
    ("consent", "cookie"),
    ("gdpr", "cookie"),
    ("caption", "caption"),
    ("credit", "caption"),
    ("byline", "byline"),
    ("author", "byline"),
    ("dateline", "byline"),
    ("timestamp", "byline"),
    ("newsletter", "newsletter"),
    ("subscribe", "newsletter"),
    ("subscription", "newsletter"),
    ("signup", "newsletter"),
    ("paywall", "newsletter"),
    ("sidebar", "sidebar"),
    ("widget", "sidebar"),
    ("rail", "sidebar"),
    ("tags", "tags"),
    ("taglist", "tags"),
    ("keywords", "tags"),
    ("footer", "footer"),
    ("copyright", "footer"),
    ("header", "header"),
    ("modal", "popup"),
    ("popup", "popup"),
    ("overlay", "popup"),
    ("hidden", "hidden"),
    ("sronly", "hidden"),
    ("visuallyhidden", "hidden"),
    ("print", "hidden"),
];

/// Hints that match only as a whole class word ("hidden", not "field-label-hidden").
const EXACT: [&str; 8] = [
    "hidden", "print", "follow", "popular", "tags", "credit", "widget", "rail",
];

/// Class and id words of story containers, strongest first.
const BODY_HINTS: [&str; 22] = [
    "articlebody",
    "articletext",
    "storybody",
    "storytext",
    "entrycontent",
    "postcontent",
    "postbody",
    "posttext",
    "articlecontent",
    "bodytext",
    "storycontent",
    "contentbody",
    "articlecontainer",
    "textcontent",
    "pagecontent",
    "maintext",
    "postentry",
    "artcontent",
    "bodycopy",
    "richtext",
    "contentarticle",
    "articlemain",
];

/// Class and id names of a node, lower case: each whole name without `-`/`_`
/// ("article-body" → "articlebody"), then `PARTS` and the parts ("article", "body").
fn words(node: &Node) -> Vec<String> {
    let mut whole = Vec::new();
    let mut parts = Vec::new();
    for name in ["class", "id"] {
        if let Some(v) = node.attr(name) {
            for w in v.split_whitespace() {
                let w = w.to_ascii_lowercase();
                whole.push(w.replace(['-', '_'], ""));
                if w.contains(['-', '_']) {
                    parts.extend(
                        w.split(['-', '_'])
                            .filter(|p| !p.is_empty())
                            .map(str::to_string),
                    );
                }
            }
        }
    }
    whole.push(PARTS.to_string());
    whole.extend(parts);
    whole
}

/// Separates whole names from their parts in [`words`].
const PARTS: &str = "|";

/// Why a node is boilerplate: hidden markers, then class words (the most specific), role, tag.
fn boilerplate_kind(node: &Node, words: &[String]) -> Option<&'static str> {
    if node.attr("hidden").is_some()
        || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || node.attr("style").is_some_and(|s| {
            let s = s.replace(' ', "").to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
    {
        return Some("hidden");
    }
    let embedded = words
        .iter()
        .any(|w| w.contains("embed") || w.contains("tweet"));
    let mut is_part = false;
    for w in words {
        if w == PARTS {
            is_part = true;
            continue;
        }
        for (hint, kind) in HINTS {
            let hit = if EXACT.contains(&hint) {
                !is_part && w == hint
            } else if hint.len() <= 4 {
                w == hint
            } else {
                !is_part && w.contains(hint)
            };
            // An embedded post ("social-media-embed", "twitter-tweet") is content the author chose.
            if hit && kind == "share" && embedded {
                continue;
            }
            if hit {
                return Some(kind);
            }
        }
    }
    let by_role = node.attr("role").and_then(|role| match role.trim() {
        "navigation" | "menu" | "menubar" => Some("navigation"),
        "banner" => Some("header"),
        "contentinfo" => Some("footer"),
        "complementary" => Some("sidebar"),
        "dialog" | "alertdialog" => Some("popup"),
        "search" => Some("form"),
        _ => None,
    });
    by_role.or(match &*node.tag {
        "nav" | "menu" => Some("navigation"),
        "footer" => Some("footer"),
        "aside" => Some("sidebar"),
        "form" | "fieldset" => Some("form"),
        "figcaption" => Some("caption"),
        "header" => Some("header"),
        _ => None,
    })
}

/// Rank of the node as a story container (0 strongest), from itemprop, class words and tag.
fn body_rank(node: &Node, words: &[String]) -> Option<usize> {
    if node
        .attr("itemprop")
        .is_some_and(|v| v.to_ascii_lowercase().contains("articlebody"))
    {
        return Some(0);
    }
    if !matches!(
        &*node.tag,
        "div" | "section" | "article" | "main" | "span" | "td"
    ) {
        return None;
    }
    let rank = words
        .iter()
        .filter_map(|w| BODY_HINTS.iter().position(|h| w.contains(h)))
        .min()
        .map(|r| r + 1);
    rank.or_else(|| (&*node.tag == "article").then_some(BODY_HINTS.len() + 1))
}

/// Per-node figures, summed over the subtree.
#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    /// Letters and digits.
    chars: usize,
    /// Of which inside links.
    link_chars: usize,
    /// Inside `<p>`.
    p_chars: usize,
    commas: usize,
}

fn count(text: &str) -> (usize, usize) {
    let mut chars = 0;
    let mut commas = 0;
    for c in text.chars() {
        if c.is_alphanumeric() {
            chars += 1;
        } else if c == ',' {
            commas += 1;
        }
    }
    (chars, commas)
}

struct Page<'a> {
    dom: &'a Dom,
    kind: Vec<Option<&'static str>>,
    /// Boilerplate left out (the node or an ancestor has a kind and is not protected).
    out: Vec<bool>,
    stats: Vec<Stats>,
    /// Stats without the boilerplate.
    clean: Vec<Stats>,
    rank: Vec<Option<usize>>,
    /// The class-word weight of each node (Readability's ±25).
    weight: Vec<f64>,
}

const POSITIVE: [&str; 9] = [
    "article", "body", "content", "entry", "main", "page", "post", "text", "story",
];

fn weight_of(words: &[String], kind: Option<&str>) -> f64 {
    let mut w = 0.0;
    if kind.is_some() {
        w -= 25.0;
    }
    if words.iter().any(|x| POSITIVE.iter().any(|p| x.contains(p))) {
        w += 25.0;
    }
    w
}

impl<'a> Page<'a> {
    fn new(dom: &'a Dom) -> Self {
        let n = dom.nodes.len();
        let mut kind = vec![None; n];
        let mut rank = vec![None; n];
        let mut weight = vec![0.0; n];
        for (i, node) in dom.nodes.iter().enumerate() {
            if node.tag.is_empty() {
                continue;
            }
            let w = words(node);
            kind[i] = boilerplate_kind(node, &w);
            rank[i] = body_rank(node, &w);
            weight[i] = weight_of(&w, kind[i]);
        }
        let stats = Self::sum(dom, &vec![false; n]);
        let total_p = stats[ROOT].p_chars.max(1);
        // Ancestors of a container the markup names as the story are not boilerplate either.
        let mut holds_body = vec![false; n];
        for i in 1..n {
            if rank[i].is_some_and(|r| r <= BODY_HINTS.len()) && stats[i].chars >= 200 {
                let mut at = dom.nodes[i].parent;
                while at != ROOT && !holds_body[at] {
                    holds_body[at] = true;
                    at = dom.nodes[at].parent;
                }
            }
        }
        let mut out = vec![false; n];
        for i in 1..n {
            let parent = dom.nodes[i].parent;
            // A node with a story rank, or one holding most of the page's paragraphs (a
            // page-wide <form> or a "main-header-wrapper"), is not boilerplate.
            let protected = rank[i].is_some()
                || holds_body[i]
                || (stats[i].p_chars * 2 > total_p && !matches!(kind[i], Some("hidden")));
            out[i] = out[parent] || (kind[i].is_some() && !protected);
        }
        let clean = Self::sum(dom, &out);
        Page {
            dom,
            kind,
            out,
            stats,
            clean,
            rank,
            weight,
        }
    }

    /// Sums text figures bottom-up (children have larger indexes than their parents).
    fn sum(dom: &Dom, skip: &[bool]) -> Vec<Stats> {
        let n = dom.nodes.len();
        let mut s = vec![Stats::default(); n];
        for i in (0..n).rev() {
            if skip[i] {
                continue;
            }
            let node = &dom.nodes[i];
            if node.is_text() {
                let (chars, commas) = count(&node.text);
                s[i].chars += chars;
                s[i].commas += commas;
            }
            match &*node.tag {
                "a" => s[i].link_chars = s[i].chars,
                "p" => s[i].p_chars = s[i].chars,
                _ => {}
            }
            if i != ROOT {
                let p = node.parent;
                let c = s[i];
                s[p].chars += c.chars;
                s[p].link_chars += c.link_chars;
                s[p].p_chars += c.p_chars;
                s[p].commas += c.commas;
            }
        }
        s
    }

    fn link_density(&self, i: usize) -> f64 {
        let s = self.clean[i];
        if s.chars == 0 {
            0.0
        } else {
            s.link_chars as f64 / s.chars as f64
        }
    }

    /// The container the markup names as the story: the best-ranked one with enough text.
    fn by_markup(&self) -> Option<usize> {
        let best = (0..self.dom.nodes.len())
            .filter(|&i| !self.out[i] && self.rank[i].is_some() && self.clean[i].chars >= 200)
            .min_by_key(|&i| (self.rank[i], usize::MAX - self.clean[i].chars))?;
        Some(best)
    }

    /// Readability's choice: text blocks score their parent and grandparent.
    fn by_score(&self) -> Option<usize> {
        let n = self.dom.nodes.len();
        let mut score = vec![0.0f64; n];
        let mut scored = vec![false; n];
        for i in 1..n {
            let node = &self.dom.nodes[i];
            if self.out[i] || node.tag.is_empty() {
                continue;
            }
            let tag = &*node.tag;
            let paragraph = matches!(tag, "p" | "pre" | "td" | "blockquote")
                || (tag == "div"
                    && !node
                        .children
                        .iter()
                        .any(|&c| is_block(&self.dom.nodes[c].tag)));
            if !paragraph {
                continue;
            }
            let s = self.clean[i];
            if s.chars < 25 {
                continue;
            }
            let points = 1.0 + s.commas as f64 + (s.chars as f64 / 100.0).min(3.0);
            let mut at = node.parent;
            for level in 0..5 {
                if at == ROOT {
                    break;
                }
                if !scored[at] {
                    scored[at] = true;
                    score[at] = self.weight[at]
                        + match &*self.dom.nodes[at].tag {
                            "div" | "article" | "section" | "main" => 5.0,
                            "pre" | "td" | "blockquote" => 3.0,
                            "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
                            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
                            _ => 0.0,
                        };
                }
                score[at] += points
                    / match level {
                        0 => 1.0,
                        1 => 2.0,
                        l => l as f64 * 3.0,
                    };
                at = self.dom.nodes[at].parent;
            }
        }
        let mut best: Option<(usize, f64)> = None;
        for i in 0..n {
            if !scored[i] {
                continue;
            }
            let s = score[i] * (1.0 - self.link_density(i));
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        let (mut top, top_score) = best?;
        // A parent that holds the best block and scores nearly as well holds more of the story.
        let mut at = self.dom.nodes[top].parent;
        while at != ROOT {
            let s = score[at] * (1.0 - self.link_density(at));
            if scored[at] && s >= top_score * 0.75 && self.clean[at].chars > self.clean[top].chars {
                top = at;
            }
            at = self.dom.nodes[at].parent;
        }
        Some(top)
    }
}

/// Text of a subtree with white space collapsed (for removed blocks, bylines, headlines).
fn plain(dom: &Dom, root: usize) -> String {
    let mut out = String::new();
    let mut stack = vec![root];
    while let Some(i) = stack.pop() {
        let node = &dom.nodes[i];
        if node.is_text() {
            out.push_str(&node.text);
        } else if is_block(&node.tag) {
            out.push(' ');
        }
        stack.extend(node.children.iter().rev());
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A block that is only an ad slot's label ("Advertisement", "Story continues below").
fn is_ad_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ':']).to_lowercase();
    matches!(
        t.as_str(),
        "advertisement"
            | "advert"
            | "ad"
            | "ads"
            | "sponsored"
            | "sponsored content"
            | "story continues below"
            | "story continues below advertisement"
            | "article continues below advertisement"
            | "continue reading below"
    )
}

#[derive(Clone, Copy, PartialEq)]
enum Block {
    Paragraph,
    Item,
    Heading,
}

/// Writes the story's blocks: collapses white space, one paragraph per block.
struct Writer {
    blocks: Vec<(Block, String)>,
    current: String,
    kind: Block,
}

impl Writer {
    fn text(&mut self, s: &str) {
        for (i, part) in s.split(|c: char| c.is_whitespace()).enumerate() {
            if i > 0 && !self.current.ends_with([' ', '\n']) && !self.current.is_empty() {
                self.current.push(' ');
            }
            self.current.push_str(part);
        }
    }

    fn line_break(&mut self) {
        let t = self.current.trim_end().len();
        self.current.truncate(t);
        if !self.current.is_empty() {
            self.current.push('\n');
        }
    }

    fn flush(&mut self) {
        let text = self
            .current
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        if text.chars().any(char::is_alphanumeric) && !is_ad_label(&text) {
            self.blocks.push((self.kind, text));
        }
        self.current.clear();
        self.kind = Block::Paragraph;
    }

    fn finish(mut self) -> String {
        self.flush();
        let mut out = String::new();
        let mut prev = None;
        for (kind, text) in self.blocks {
            if prev.is_some() {
                out.push_str(if kind == Block::Item && prev == Some(Block::Item) {
                    "\n"
                } else {
                    "\n\n"
                });
            }
            out.push_str(&text);
            prev = Some(kind);
        }
        out
    }
}

impl Page<'_> {
    /// Whether a block inside the story is a link list or boilerplate to leave out.
    fn prune(&self, i: usize) -> Option<&'static str> {
        let node = &self.dom.nodes[i];
        if self.out[i] {
            return Some(self.kind[i].unwrap_or("boilerplate"));
        }
        let tag = &*node.tag;
        let s = self.clean[i];
        let density = self.link_density(i);
        match tag {
            "ul" | "ol" | "dl" | "table" | "div" | "section"
                if s.chars > 0 && density > 0.6 && s.chars < 2000 =>
            {
                return Some("links")
            }
            "p" | "li" if density > 0.8 && s.chars < 120 => return Some("links"),
            _ => {}
        }
        None
    }

    /// Renders the story under `roots`, recording what is left out inside them.
    fn render(
        &self,
        roots: &[usize],
        removed: &mut Vec<Dropped>,
        headline: &mut Option<String>,
    ) -> String {
        let mut w = Writer {
            blocks: Vec::new(),
            current: String::new(),
            kind: Block::Paragraph,
        };
        // (node, entering)
        let mut stack: Vec<(usize, bool)> = roots.iter().rev().map(|&r| (r, true)).collect();
        while let Some((i, entering)) = stack.pop() {
            let node = &self.dom.nodes[i];
            let tag = &*node.tag;
            if !entering {
                if is_block(tag) {
                    w.flush();
                }
                continue;
            }
            if node.is_text() {
                w.text(&node.text);
                continue;
            }
            if let Some(kind) = self.prune(i) {
                let text = plain(self.dom, i);
                if !text.is_empty() {
                    removed.push(Dropped { kind, text });
                }
                continue;
            }
            if tag == "h1" && headline.is_none() {
                *headline = Some(plain(self.dom, i)).filter(|h| !h.is_empty());
                if headline.is_some() {
                    removed.push(Dropped {
                        kind: "headline",
                        text: plain(self.dom, i),
                    });
                    continue;
                }
            }
            match tag {
                "br" => {
                    w.line_break();
                    continue;
                }
                "hr" | "img" => continue,
                _ => {}
            }
            if is_block(tag) {
                w.flush();
                if tag == "li" || tag == "dt" || tag == "dd" {
                    w.kind = Block::Item;
                } else if is_heading(tag) {
                    w.kind = Block::Heading;
                }
            }
            stack.push((i, false));
            stack.extend(node.children.iter().rev().map(|&c| (c, true)));
        }
        w.finish()
    }
}

/// Extracts the story from a parsed page.
pub(crate) fn extract(dom: &Dom) -> MainText {
    let page = Page::new(dom);
    let markup = page.by_markup();
    let scored = page.by_score();
    let root = match (markup, scored) {
        (Some(m), Some(s)) => {
            // The markup's container wins unless it holds far less than the scored one
            // (a teaser box that happens to be called "article-content").
            let inside = is_ancestor(dom, s, m) || is_ancestor(dom, m, s);
            if inside || page.clean[m].chars * 2 >= page.clean[s].chars {
                m
            } else {
                s
            }
        }
        (Some(m), None) => m,
        (None, Some(s)) => s,
        (None, None) => ROOT,
    };
    let mut main = MainText::default();
    let mut removed_inside = Vec::new();
    let mut headline = None;
    main.body = page.render(&[root], &mut removed_inside, &mut headline);
    // The headline usually stands above the story's container.
    if headline.is_none() {
        headline = dom
            .nodes
            .iter()
            .position(|n| &*n.tag == "h1")
            .map(|h| plain(dom, h))
            .filter(|h| !h.is_empty());
    }
    main.headline = headline;
    // Everything outside the story, as the maximal subtrees beside the path to it.
    let mut outside = Vec::new();
    let mut path = vec![false; dom.nodes.len()];
    let mut at = root;
    while at != ROOT {
        path[at] = true;
        at = dom.nodes[at].parent;
    }
    path[ROOT] = true;
    let mut stack = vec![ROOT];
    while let Some(i) = stack.pop() {
        if i == root {
            outside.append(&mut removed_inside);
            continue;
        }
        if path[i] {
            stack.extend(dom.nodes[i].children.iter().rev());
            continue;
        }
        let text = plain(dom, i);
        if !text.is_empty() {
            let kind = page.kind[i].unwrap_or("outside");
            outside.push(Dropped { kind, text });
        }
    }
    // Merge neighbouring "outside" scraps into one block each.
    for d in outside {
        match main.removed.last_mut() {
            Some(last) if last.kind == d.kind && d.kind == "outside" => {
                last.text.push(' ');
                last.text.push_str(&d.text);
            }
            _ => main.removed.push(d),
        }
    }
    main.byline = (0..dom.nodes.len())
        .find(|&i| {
            page.kind[i] == Some("byline")
                && !dom.nodes[i].tag.is_empty()
                && (1..200).contains(&page.stats[i].chars)
        })
        .map(|i| plain(dom, i));
    main.time = dom
        .nodes
        .iter()
        .filter(|n| &*n.tag == "time")
        .find_map(|n| n.attr("datetime").map(|d| d.trim().to_string()))
        .filter(|d| !d.is_empty());
    main
}

fn is_ancestor(dom: &Dom, ancestor: usize, mut node: usize) -> bool {
    while node != ROOT {
        if node == ancestor {
            return true;
        }
        node = dom.nodes[node].parent;
    }
    ancestor == ROOT
}
