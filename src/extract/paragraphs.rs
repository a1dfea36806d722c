//! Paragraphs: blank lines always separate them; a single line break does too, except
//! where a wrapped line continues (no sentence end before it, a lower-case word after it).

use super::document::{trim_range, Document};

pub(crate) fn segment(doc: &mut Document<'_>) {
    doc.paragraphs = paragraphs(doc.text);
}

fn paragraphs(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<std::ops::Range<usize>> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let range = trim_range(text, at..at + line.len());
        at += line.len();
        if range.is_empty() {
            out.extend(current.take());
            continue;
        }
        current = match current {
            Some(prev) if continues(&text[prev.clone()], &text[range.clone()]) => {
                Some(prev.start..range.end)
            }
            Some(prev) => {
                out.push(prev);
                Some(range)
            }
            None => Some(range),
        };
    }
    out.extend(current);
    out
}

/// Whether `next` is the wrapped continuation of the line `prev`.
fn continues(prev: &str, next: &str) -> bool {
    let ends_open = !prev.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'', '…', ')']);
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    ends_open && starts_lower
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn lines_and_blank_lines_separate_wrapped_lines_join() {
        assert_eq!(
            texts("Title\n\n  First para.\nSecond para.\n"),
            ["Title", "First para.", "Second para."]
        );
        assert_eq!(
            texts("A line broken by a\ncopy of a PDF goes on.\n\n\nNext"),
            ["A line broken by a\ncopy of a PDF goes on.", "Next"]
        );
        assert_eq!(texts("Heading\nBody starts."), ["Heading", "Body starts."]);
        assert_eq!(
            texts("A line broken by a\npdf copy goes on."),
            ["A line broken by a\npdf copy goes on."]
        );
        assert_eq!(texts("- one,\n- two"), ["- one,", "- two"]);
        assert!(texts(" \n\t\n").is_empty());
    }
}
