//! A readable Markdown report of an [`Analysis`], the same from the CLI and the page.

use std::fmt::Write;

use super::Analysis;

/// Renders `analysis` as a Markdown report.
///
/// ```
/// let analysis = corroborate::analyze(vec![corroborate::ArticleInput::text("One. Two.")], &Default::default()).unwrap();
/// let md = corroborate::output::markdown::render(&analysis);
/// assert!(md.starts_with("# corroborate report"));
/// assert!(md.contains("2 sentences"));
/// ```
pub fn render(analysis: &Analysis) -> String {
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
            let _ = writeln!(
                md,
                "{marker}{}",
                escape(&sentence.span.text.replace('\n', " "))
            );
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
