//! HTML input: the seed articles wrapped in realistic page chrome read as the plain seeds do;
//! metadata from JSON-LD and Open Graph; hostile markup stays inert.

#[path = "common/seeds.rs"]
mod seeds;

use corroborate::input::html::{decode_html, extract};
use corroborate::output::{ArticleAnalysis, MetaSource};
use corroborate::{analyze, ArticleInput};

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A news page around `text` (one `<p>` a line): navigation, cookie banner, share bar,
/// related links, comments with a form, footer, scripts, and JSON-LD naming `title` and `outlet`.
fn page(text: &str, title: &str, outlet: &str) -> String {
    let paragraphs: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("      <p>{}</p>\n", escape(l.trim())))
        .collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title_e} | {outlet_e}</title>
<meta property="og:title" content="{title_e}"><meta property="og:site_name" content="{outlet_e}">
<link rel="stylesheet" href="/site.css"><style>body {{ font: 16px serif }}</style>
<script>window.dataLayer = []; document.write("<p>injected</p>");</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":{title_j},"datePublished":"2025-06-20T07:00:00Z","author":{{"@type":"Person","name":"Staff Reporter"}},
 "publisher":{{"@type":"Organization","name":{outlet_j}}}}}</script>
</head><body class="article-page">
<div class="cookie-banner" role="dialog">We use cookies to improve your experience. <a href="/privacy">Privacy policy</a> <button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">{outlet_e}</a>
  <nav class="main-menu"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
  <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<main id="main">
  <article class="story">
    <div class="byline">By Staff Reporter · <time datetime="2025-06-20T07:00:00Z">20 June 2025</time></div>
    <div class="share-bar"><a href="https://facebook.com/sharer">Share on Facebook</a> <a href="https://x.com/intent">Share on X</a> <a href="mailto:?">Email this story</a></div>
    <div class="article-body">
{paragraphs}      <div class="ad-slot"><span>Advertisement</span><iframe src="https://ads.example/slot"></iframe></div>
    </div>
    <ul class="tags"><li><a href="/tag/russia">Russia</a></li><li><a href="/tag/china">China</a></li></ul>
  </article>
  <aside class="related-articles"><h2>Related stories</h2><ul>
    <li><a href="/a">Oil prices jump as markets weigh the conflict in the region</a></li>
    <li><a href="/b">Leaders gather for the summit amid protests in the capital</a></li></ul></aside>
  <section id="comments" class="comments"><h3>3 comments</h3>
    <div class="comment"><p>Great article, thanks for the clear reporting on this.</p></div>
    <form class="comment-form"><label>Your comment</label><textarea name="c"></textarea><button>Post comment</button></form></section>
</main>
<footer class="site-footer"><p>© 2025 {outlet_e}. All rights reserved.</p><a href="/terms">Terms</a> <a href="/contact">Contact us</a></footer>
<script src="/app.js"></script>
</body></html>"#,
        title_e = escape(title),
        outlet_e = escape(outlet),
        title_j = serde_json::to_string(title).unwrap(),
        outlet_j = serde_json::to_string(outlet).unwrap(),
    )
}

/// Sentences, entities (name, kind), quotes and claims of one article.
type Parts = (Vec<String>, Vec<(String, String)>, Vec<String>, Vec<String>);

/// The per-article results that must not depend on the page around the story.
fn parts(a: &ArticleAnalysis) -> Parts {
    (
        a.sentences.iter().map(|s| s.span.text.clone()).collect(),
        a.entities
            .iter()
            .map(|e| (e.name.clone(), format!("{:?}", e.kind)))
            .collect(),
        a.quotes.iter().map(|q| q.span.text.clone()).collect(),
        a.claims.iter().map(|c| c.span.text.clone()).collect(),
    )
}

#[test]
fn seeds_in_page_chrome_read_as_the_plain_seeds() {
    let gold = seeds::gold();
    let ids = ["000", "001", "002", "003", "004"];
    let mut plain = Vec::new();
    let mut pages = Vec::new();
    for id in ids {
        let text = seeds::gold_article_text(&gold, id);
        let g = &gold["articles"][id];
        let title = g["title"].as_str().unwrap_or("Untitled");
        let outlet = g["outlet"].as_str().unwrap_or("News");
        plain.push(ArticleInput::text(text.clone()).with_id(id));
        pages.push(ArticleInput::html(page(&text, title, outlet)).with_id(id));
    }
    let plain = analyze(plain, &Default::default()).unwrap();
    let html = analyze(pages, &Default::default()).unwrap();
    for (p, h) in plain.articles.iter().zip(&html.articles) {
        let text = h.text.as_deref().expect("an HTML article reports its text");
        for chrome in [
            "cookies",
            "Share on",
            "Related stories",
            "Great article",
            "All rights reserved",
            "Politics",
            "Advertisement",
            "injected",
            "Staff Reporter",
        ] {
            assert!(!text.contains(chrome), "{}: {chrome:?} in {text}", h.id);
        }
        assert_eq!(parts(p), parts(h), "article {}", h.id);
        // Every span indexes the reported text.
        for s in &h.sentences {
            let units: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(
                String::from_utf16(&units[s.span.start..s.span.end]).unwrap(),
                s.span.text
            );
        }
        let page = h.page.as_ref().expect("page info");
        let kinds: Vec<&str> = page.removed.iter().map(|r| r.kind.as_str()).collect();
        for kind in [
            "header", "share", "comments", "related", "footer", "cookie", "byline", "tags",
        ] {
            assert!(kinds.contains(&kind), "{}: no {kind} in {kinds:?}", h.id);
        }
        let header = page.removed.iter().find(|r| r.kind == "header").unwrap();
        assert!(
            header.text.contains("World Politics Business Opinion"),
            "{}",
            header.text
        );
        assert_eq!(page.authors, vec!["Staff Reporter"]);
        assert!(
            p.text.is_none() && p.page.is_none(),
            "text articles report neither"
        );
    }
    let h = &html.articles[2];
    assert_eq!(h.outlet.as_ref().unwrap().value, "Alliance News");
    assert_eq!(h.outlet.as_ref().unwrap().source, MetaSource::Markup);
    assert_eq!(h.published.as_ref().unwrap().value, "2025-06-20");
    assert_eq!(
        h.title.as_ref().unwrap().value,
        gold["articles"]["002"]["title"].as_str().unwrap()
    );
}

#[test]
fn caller_values_win_over_the_markup() {
    let html = page(
        "Putin and Xi spoke by phone on Thursday. They condemned the strikes.",
        "Leaders talk",
        "Markup Daily",
    );
    let a = ArticleInput::html(html.clone())
        .with_outlet("Caller News")
        .with_published("2025-06-19");
    let out = analyze(
        vec![a, ArticleInput::html(html).with_id("b")],
        &Default::default(),
    )
    .unwrap();
    let first = &out.articles[0];
    assert_eq!(first.outlet.as_ref().unwrap().value, "Caller News");
    assert_eq!(first.outlet.as_ref().unwrap().source, MetaSource::Caller);
    assert_eq!(first.published.as_ref().unwrap().value, "2025-06-19");
    let second = &out.articles[1];
    assert_eq!(second.outlet.as_ref().unwrap().value, "Markup Daily");
    assert_eq!(second.title.as_ref().unwrap().value, "Leaders talk");
    assert_eq!(second.title.as_ref().unwrap().source, MetaSource::Markup);
    assert_eq!(
        second.published.as_ref().unwrap().source,
        MetaSource::Markup
    );
}

#[test]
fn open_graph_and_title_without_json_ld() {
    let x = extract(
        r#"<html><head><title>Ceasefire holds - The Courier</title>
        <meta property="og:site_name" content="The Courier">
        <meta property="article:published_time" content="2025-06-21T10:00:00+02:00">
        <link rel="canonical" href="https://courier.example/ceasefire"></head>
        <body><article><p>The ceasefire held through the night, officials said on Saturday.</p>
        <p>Both sides reported no new strikes along the border.</p></article></body></html>"#,
    );
    assert_eq!(x.meta.title.as_deref(), Some("Ceasefire holds"));
    assert_eq!(x.meta.outlet.as_deref(), Some("The Courier"));
    assert_eq!(
        x.meta.published.as_deref(),
        Some("2025-06-21T10:00:00+02:00")
    );
    assert_eq!(
        x.meta.canonical_url.as_deref(),
        Some("https://courier.example/ceasefire")
    );
    let out = analyze(vec![ArticleInput::html(r#"<title>Ceasefire holds - The Courier</title>
        <meta property="og:site_name" content="The Courier"><time datetime="2025-06-21">Saturday</time>
        <p>The ceasefire held through the night, officials said on Saturday.</p>"#)], &Default::default()).unwrap();
    let a = &out.articles[0];
    assert_eq!(a.published.as_ref().unwrap().value, "2025-06-21");
    assert_eq!(a.outlet.as_ref().unwrap().value, "The Courier");
    assert_eq!(a.title.as_ref().unwrap().value, "Ceasefire holds");
}

fn body(html: &str) -> String {
    extract(html).body
}

#[test]
fn scripts_styles_frames_forms_and_events_are_dropped() {
    let html = r#"<div class="article-body"><p onclick="steal()" onmouseover="x()">Visible <b>story</b> text.<script>document.cookie</script></p>
        <style>p { color: red }</style><iframe src="https://evil.example"><p>frame</p></iframe>
        <form action="https://evil.example"><input value="secret"><p>form text</p><button>Send</button></form>
        <p>A <a href="javascript:alert(1)">link's text</a> stays, its target does not.</p>
        <noscript><img src="https://tracker.example/pixel.gif"></noscript><template><p>template</p></template>
        <svg><text>svg text</text></svg><object data="x.swf">object</object></div>"#;
    assert_eq!(
        body(html),
        "Visible story text.\n\nA link's text stays, its target does not."
    );
    for gone in [
        "steal",
        "alert",
        "javascript",
        "evil",
        "secret",
        "cookie",
        "tracker",
    ] {
        let x = extract(html);
        assert!(
            !x.text.contains(gone) && x.removed.iter().all(|r| !r.text.contains(gone)),
            "{gone}"
        );
    }
}

#[test]
fn entities_and_numeric_references_decode() {
    assert_eq!(
        body("<p>Tom &amp; Jerry &eacute;t&eacute; &#8217;s &#x1F600; a&#150;b &lt;tag&gt; &nbsp;x &copy; &hellip;</p>"),
        "Tom & Jerry été ’s 😀 a–b <tag> x © …"
    );
    // Without the semicolon, as browsers read it.
    assert_eq!(body("<p>AT&T &amp R&D</p>"), "AT&T & R&D");
}

/// html5gum's table is replaced by a compact one (vendor/README.md); its own tests check every
/// name, these a sample through the tokenizer and through `extract`.
#[test]
fn named_references_decode_as_the_whatwg_table_says() {
    let text = |html: &str| -> String {
        html5gum::Tokenizer::new(html)
            .flatten()
            .filter_map(|t| match t {
                html5gum::Token::String(s) => Some(String::from_utf8(s.value.0).unwrap()),
                _ => None,
            })
            .collect()
    };
    for (html, decoded) in [
        ("&amp;", "&"),
        ("&amp", "&"),
        ("a&ampb", "a&b"),
        ("&nbsp;", "\u{a0}"),
        ("&eacute;", "é"),
        ("&rsquo;&ldquo;&hellip;&mdash;", "’“…—"),
        ("&notin;", "∉"),
        ("&notit;", "¬it;"),
        ("&not", "¬"),
        ("&AElig", "Æ"),
        ("&AElig;", "Æ"),
        ("&NotNestedGreaterGreater;", "\u{2aa2}\u{338}"),
        ("&fjlig;", "fj"),
        ("&fjlig", "&fjlig"),
        ("&lt&gt", "<>"),
        ("&ltimes;&ltimes", "⋉<imes"),
        ("&#8217;&#x201C;&#X201d;", "’“”"),
        ("&foo; &Amp; & &;", "&foo; &Amp; & &;"),
    ] {
        assert_eq!(text(html), decoded, "{html}");
    }

    assert_eq!(
        body("<p>Tom&amp;Jerry &amp R&amp;D, caf&eacute;&nbsp;&rsquo;s &ldquo;x&hellip;&rdquo; &mdash; &notin; &notit; &AElig &NotNestedGreaterGreater; &fjlig; &#8217;&#x201C; &foo;</p>"),
        "Tom&Jerry & R&D, café ’s “x…” — ∉ ¬it; Æ \u{2aa2}\u{338} fj ’“ &foo;"
    );

    // In an attribute value a name without ';' followed by '=' or a letter stays as written.
    let x = extract(
        r#"<link rel="canonical" href="https://n.example/a?b=1&amp=2&notit=3&copy;&amp;c=&lt"><p>Text.</p>"#,
    );
    assert_eq!(
        x.meta.canonical_url.as_deref(),
        Some("https://n.example/a?b=1&amp=2&notit=3©&c=<")
    );
}

#[test]
fn broken_markup_reads_as_browsers_would() {
    assert_eq!(
        body("<div><p>First paragraph<p>Second <b>bold <i>both</b> after</i></div></div></span><p>Third"),
        "First paragraph\n\nSecond bold both after\n\nThird"
    );
    assert_eq!(
        body("<ul><li>one<li>two</ul><p>unclosed <em>emphasis"),
        "one\ntwo\n\nunclosed emphasis"
    );
    assert_eq!(body("<p>a</p></p></div><p>b"), "a\n\nb");
    assert_eq!(body("<p>tag <b soup=\"'>x</p>"), "tag");
}

#[test]
fn ten_thousand_levels_of_nesting_neither_crash_nor_overflow() {
    let html = "<div>".repeat(10_000)
        + "<p>Deep inside the nesting, the story goes on.</p>"
        + &"</div>".repeat(10_000);
    // A thread with a small stack: any recursion over the depth would overflow it.
    let x = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || extract(&html))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(x.body, "Deep inside the nesting, the story goes on.");
    let unclosed = "<span><b><i>".repeat(5_000) + "text";
    assert_eq!(extract(&unclosed).body, "text");
}

#[test]
fn windows_1252_bytes_decode() {
    let bytes = b"<html><head><meta charset=\"windows-1252\"></head><body><p>\x93quoted\x94 caf\xe9 \x96 \x80 100</p></body></html>";
    let a = ArticleInput::html_bytes(bytes);
    assert_eq!(
        body(a.html.as_deref().unwrap()),
        "\u{201c}quoted\u{201d} café – € 100"
    );
    let latin1 = decode_html(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>na\xefve</p>");
    assert!(latin1.ends_with("<p>naïve</p>"));
}

#[test]
fn empty_html_and_text_with_html_are_refused() {
    for html in [
        "",
        "   \n ",
        "<html><head><script>x()</script></head><body>  </body></html>",
    ] {
        let err = analyze(
            vec![ArticleInput::html(html).with_id("e")],
            &Default::default(),
        )
        .unwrap_err();
        assert_eq!(err.code(), "EMPTY_HTML");
        assert_eq!(
            err.to_string(),
            "article 1 (id \"e\"): its `html` has no story text to analyse (empty, or only scripts, styles and markup)"
        );
    }
    let both = ArticleInput {
        html: Some("<p>x</p>".into()),
        ..ArticleInput::text("x")
    };
    let err = analyze(vec![both], &Default::default()).unwrap_err();
    assert_eq!(err.code(), "TEXT_AND_HTML");
    assert!(
        err.to_string().contains("has both `text` and `html`"),
        "{err}"
    );
    let big = "<p>a</p>".repeat(corroborate::Limits::MAX_HTML_BYTES / 8 + 1);
    let err = analyze(vec![ArticleInput::html(big)], &Default::default()).unwrap_err();
    assert_eq!(err.code(), "HTML_TOO_LARGE");
    assert!(err.to_string().contains("20000000 bytes"), "{err}");
}

#[test]
fn json_input_takes_html() {
    let input: Vec<ArticleInput> = serde_json::from_str(
        r#"[{"id":"p","html":"<h1>Talks resume</h1><p>Negotiators met in Geneva on Monday.</p>","url":"https://x.example/a"}]"#,
    )
    .unwrap();
    let out = analyze(input, &Default::default()).unwrap();
    let a = &out.articles[0];
    assert_eq!(
        a.text.as_deref(),
        Some("Talks resume\n\nNegotiators met in Geneva on Monday.")
    );
    assert_eq!(a.sentences.len(), 2);
    assert!(a.sentences[0].heading);
    let json = serde_json::to_value(a).unwrap();
    assert!(json["page"]["removed"].is_array());
    assert!(json["page"].get("canonicalUrl").is_some());
}
