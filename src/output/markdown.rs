//! A readable Markdown report of an [`Analysis`], the same from the CLI and the page.

use std::fmt::Write;

use serde::Deserialize;

use super::Analysis;

/// The part of an [`Analysis`] the report shows. The WASM `toMarkdown` reads only this from the
/// JSON it is given: deserializing a whole `Analysis` would add about 40 KB gzip to the `.wasm`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    version: String,
    #[serde(default)]
    event_date: Option<String>,
    articles: Vec<ReportArticle>,
}

#[derive(Deserialize)]
struct ReportArticle {
    id: String,
    #[serde(default)]
    title: Option<ReportMeta>,
    #[serde(default)]
    outlet: Option<ReportMeta>,
    #[serde(default)]
    published: Option<ReportMeta>,
    sentences: Vec<ReportSentence>,
}

#[derive(Deserialize)]
struct ReportMeta {
    value: String,
}

#[derive(Deserialize)]
struct ReportSentence {
    text: String,
    #[serde(default)]
    heading: bool,
}

impl From<&Analysis> for Report {
    fn from(analysis: &Analysis) -> Report {
        let meta = |m: &Option<super::Meta>| {
            m.as_ref().map(|m| ReportMeta {
                value: m.value.clone(),
            })
        };
        Report {
            version: analysis.version.clone(),
            event_date: analysis.event_date.clone(),
            articles: analysis
                .articles
                .iter()
                .map(|a| ReportArticle {
                    id: a.id.clone(),
                    title: meta(&a.title),
                    outlet: meta(&a.outlet),
                    published: meta(&a.published),
                    sentences: a
                        .sentences
                        .iter()
                        .map(|s| ReportSentence {
                            text: s.span.text.clone(),
                            heading: s.heading,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// Renders `analysis` as a Markdown report.
///
/// ```
/// let analysis = corroborate::analyze(vec![corroborate::ArticleInput::text("One. Two.")], &Default::default()).unwrap();
/// let md = corroborate::output::markdown::render(&analysis);
/// assert!(md.starts_with("# corroborate report"));
/// assert!(md.contains("2 sentences"));
/// ```
pub fn render(analysis: &Analysis) -> String {
    render_report(&Report::from(analysis))
}

/// Renders the part of an analysis the report shows (what the WASM `toMarkdown` reads).
pub fn render_report(analysis: &Report) -> String {
    let mut md = String::new();
    let n = analysis.articles.len();
    let _ = writeln!(md, "# corroborate report\n");
    let _ = writeln!(
        md,
        "{n} article{} analysed by corroborate {}.",
        plural(n),
        analysis.version
    );
    if let Some(date) = &analysis.event_date {
        let _ = writeln!(md, "The sources agree the event took place on {date}.");
    }
    let _ = writeln!(md, "\n## Articles\n");
    for a in &analysis.articles {
        let title = a
            .title
            .as_ref()
            .map(|t| t.value.as_str())
            .unwrap_or("(no title found)");
        let _ = write!(md, "### {} — {}\n\n", escape(&a.id), escape(title));
        let mut facts = Vec::new();
        if let Some(o) = &a.outlet {
            facts.push(format!("outlet: {}", escape(&o.value)));
        }
        if let Some(p) = &a.published {
            facts.push(format!("published: {}", p.value));
        }
        let s = a.sentences.len();
        facts.push(format!("{s} sentence{}", plural(s)));
        let _ = writeln!(md, "{}\n", facts.join(" · "));
        for sentence in &a.sentences {
            let marker = if sentence.heading { "#### " } else { "- " };
            let _ = writeln!(md, "{marker}{}", escape(&sentence.text.replace('\n', " ")));
        }
        md.push('\n');
    }
    md
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Escapes characters Markdown would read as markup, so article text shows as written.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
