//! Story versus boilerplate: section labels, breadcrumbs, tag lines, share prompts, comment
//! forms, newsletter and social footers, and scraped date markers.
//!
//! Works on whole paragraphs (or the leading marker of one): boilerplate in pasted news comes
//! as lines of its own. The top of the article (before the first story sentence) and its
//! tail are where labels and footers live; share and comment prompts are recognised anywhere.

use std::ops::Range;

use super::document::{BoilerplateSpan, Document};

/// Section labels that scraped pages put above the title.
const SECTION_LABELS: &[&str] = &[
    "news",
    "blog post",
    "blog",
    "world",
    "world news",
    "opinion",
    "analysis",
    "breaking",
    "breaking news",
    "exclusive",
    "live",
    "video",
    "politics",
    "business",
    "sport",
    "sports",
    "international",
    "top stories",
    "latest",
    "home",
    "middle east",
    "europe",
    "asia",
    "africa",
    "americas",
    "us",
    "uk",
    "china",
    "economy",
    "tech",
    "technology",
    "science",
    "health",
    "culture",
    "editorial",
    "commentary",
    "feature",
    "features",
    "report",
    "explainer",
];

/// Line openings of prompts that are never the story.
const PROMPTS: &[(&str, &str)] = &[
    ("share away", "share"),
    ("share this", "share"),
    ("share on ", "share"),
    ("share:", "share"),
    ("click to share", "share"),
    ("leave a comment", "comment-form"),
    ("leave a reply", "comment-form"),
    ("post a comment", "comment-form"),
    ("your email address will not be published", "comment-form"),
    ("required fields are marked", "comment-form"),
    ("comments are closed", "comment-form"),
    ("sign up for", "newsletter"),
    ("subscribe to", "newsletter"),
    ("follow us on", "footer"),
    ("all rights reserved", "footer"),
    ("copyright ©", "footer"),
    ("©", "footer"),
    ("advertisement", "advertisement"),
    ("read more:", "related"),
    ("related:", "related"),
    ("related articles", "related"),
    ("also read", "related"),
];

/// Words that mark a paragraph as a social or contact footer when it also has a contact or channel.
const SOCIAL: &[&str] = &[
    "whatsapp",
    "telegram",
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "tiktok",
    "newsletter",
    "follow us",
];

pub(crate) fn mark(doc: &mut Document<'_>) {
    let text = doc.text;
    let mut marks: Vec<BoilerplateSpan> = Vec::new();
    let story_start = first_story_paragraph(doc);
    for (i, para) in doc.paragraphs.iter().enumerate() {
        let line = &text[para.clone()];
        let lower = line.to_lowercase();
        let at_top = i < story_start;
        if let Some(len) = super::sentences::date_marker_len(line) {
            marks.push(BoilerplateSpan {
                range: para.start..para.start + len,
                kind: "date-marker",
            });
            continue;
        }
        let kind = if at_top && is_section_label(&lower) {
            Some("section-label")
        } else if is_breadcrumb(line) {
            Some("breadcrumb")
        } else if let Some(kind) = prompt_kind(&lower) {
            Some(kind)
        } else if is_social_footer(&lower) {
            Some("footer")
        } else {
            None
        };
        if let Some(kind) = kind {
            marks.push(BoilerplateSpan {
                range: para.clone(),
                kind,
            });
        }
    }
    if let Some(tag) = tag_line(doc, story_start, &marks) {
        marks.push(BoilerplateSpan {
            range: tag,
            kind: "tagline",
        });
    }
    marks.sort_by_key(|m| m.range.start);
    doc.boilerplate = marks;
}

/// Index of the first sentence of the story (ends like a sentence, several words).
pub(crate) fn first_story_sentence(doc: &Document<'_>) -> usize {
    doc.sentences
        .iter()
        .position(|s| {
            let t = &doc.text[s.range.clone()];
            !s.heading
                && t.split_whitespace().count() >= 6
                && t.trim_end().ends_with(['.', '!', '?', '"', '”', ':'])
        })
        .unwrap_or(doc.sentences.len())
}

/// Index of the paragraph where the story starts.
pub(crate) fn first_story_paragraph(doc: &Document<'_>) -> usize {
    doc.sentences
        .get(first_story_sentence(doc))
        .map_or(doc.paragraphs.len(), |s| s.paragraph)
}

fn is_section_label(lower: &str) -> bool {
    SECTION_LABELS.contains(&lower.trim_end_matches([':', '.', '|']).trim())
}

/// "The Raven Report > World > Title", "Home › News › …".
fn is_breadcrumb(line: &str) -> bool {
    let separators =
        line.matches(" > ").count() + line.matches(" › ").count() + line.matches(" » ").count();
    separators >= 2 || (separators == 1 && line.trim_end().ends_with(['>', '›', '»']))
}

fn prompt_kind(lower: &str) -> Option<&'static str> {
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    PROMPTS
        .iter()
        .find(|(p, _)| lower.starts_with(p))
        .map(|&(_, kind)| kind)
}

/// "For … Updates click on Whatsapp, or Telegram. … write to: x@y.com. Follow us on X …".
fn is_social_footer(lower: &str) -> bool {
    let channels = SOCIAL.iter().filter(|w| lower.contains(*w)).count();
    let contact = lower.contains('@') || lower.contains("click on") || lower.contains("write to");
    channels >= 2 || (channels >= 1 && contact)
}

/// A short line of names above the title ("Putin, Xi"): the page's tags, not the story.
fn tag_line(
    doc: &Document<'_>,
    story_start: usize,
    marks: &[BoilerplateSpan],
) -> Option<Range<usize>> {
    let top: Vec<&Range<usize>> = doc.paragraphs[..story_start.min(doc.paragraphs.len())]
        .iter()
        .filter(|p| {
            !marks
                .iter()
                .any(|m| m.range.start <= p.start && p.end <= m.range.end)
        })
        .collect();
    // Needs a title line after it, so it is not the title itself.
    let (_title, above_title) = top.split_last()?;
    above_title
        .iter()
        .rev()
        .find(|p| is_name_list(&doc.text[(**p).clone()]))
        .map(|p| (*p).clone())
}

fn is_name_list(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && line.contains(',')
        && words.iter().all(|w| {
            w.trim_end_matches(',')
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
}

#[cfg(test)]
mod tests {

    fn kinds(text: &str) -> Vec<(String, &'static str)> {
        crate::extract::read_text(text, |doc| {
            doc.boilerplate
                .iter()
                .map(|b| (text[b.range.clone()].to_string(), b.kind))
                .collect()
        })
    }

    #[test]
    fn labels_breadcrumbs_tags_and_prompts() {
        let text = "Blog Post\n\nSite > World > A title here\nPutin, Xi\n\nA title here\n\nThe leaders spoke for an hour on the phone.\n\nShare away..\n\nLeave a comment\n\nYour email address will not be published. Required fields are marked *";
        assert_eq!(
            kinds(text),
            [
                ("Blog Post".to_string(), "section-label"),
                ("Site > World > A title here".to_string(), "breadcrumb"),
                ("Putin, Xi".to_string(), "tagline"),
                ("Share away..".to_string(), "share"),
                ("Leave a comment".to_string(), "comment-form"),
                (
                    "Your email address will not be published. Required fields are marked *"
                        .to_string(),
                    "comment-form"
                ),
            ]
        );
    }

    #[test]
    fn a_label_word_inside_the_story_is_not_boilerplate() {
        let text = "Title of the story\nThe first sentence of the story is here.\nNews\nThe story goes on after a stray word.";
        assert!(kinds(text).is_empty(), "{:?}", kinds(text));
    }

    #[test]
    fn social_footer_and_date_marker() {
        let text = " date 2025-06-19 Some title here\nThe story is told in this sentence here.\nFor Example Media Updates click on Whatsapp, or Telegram. Write to: a@example.com.";
        let found = kinds(text);
        assert_eq!(found[0], ("date 2025-06-19".to_string(), "date-marker"));
        assert_eq!(found[1].1, "footer");
    }
}
