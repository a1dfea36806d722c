//! Sentences: Unicode sentence boundaries (UAX #29), then the corrections news text needs.
//!
//! UAX #29 breaks after every "full stop, space, capital", so it splits "U.S. President",
//! "Mr. Putin", "Jun. 20" and "J. Smith"; those breaks are undone here. Before that, the
//! scraped layouts the seeds show are cut apart: a leading ` date 2025-06-19` marker, and
//! a kicker ("Iran-Israel conflict:") that opens both a title and its standfirst on one line.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::document::{trim_range, Document, SentenceSpan};

pub(crate) fn segment(doc: &mut Document<'_>) {
    let text = doc.text;
    let mut sentences = Vec::new();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let start = sentences.len();
        for piece in layout_pieces(text, para.clone()) {
            for range in split(text, piece) {
                sentences.push(SentenceSpan {
                    range,
                    paragraph: p,
                    heading: false,
                });
            }
        }
        let pieces = &mut sentences[start..];
        if let [only] = pieces {
            only.heading = looks_like_heading(&text[only.range.clone()]);
        }
    }
    doc.sentences = sentences;
}

/// Cuts a paragraph at scraped-layout seams before sentence splitting.
fn layout_pieces(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let mut cuts = vec![para.start];
    let body = &text[para.clone()];
    if let Some(len) = date_marker_len(body) {
        cuts.push(para.start + len);
    }
    let from = *cuts.last().unwrap_or(&para.start);
    if let Some(at) = repeated_kicker(&text[from..para.end]) {
        cuts.push(from + at);
    }
    cuts.push(para.end);
    cuts.windows(2)
        .map(|w| trim_range(text, w[0]..w[1]))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Length of a leading scraped marker like `date 2025-06-19`, if the paragraph goes on after it.
pub(crate) fn date_marker_len(s: &str) -> Option<usize> {
    let rest = s
        .strip_prefix("date ")
        .or_else(|| s.strip_prefix("Date "))?;
    let b = rest.as_bytes();
    let is_date = b.len() > 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && b[10].is_ascii_whitespace();
    is_date.then_some(5 + 10)
}

/// Where a kicker that opens the text (`"Iran-Israel conflict:"`) opens it again.
fn repeated_kicker(s: &str) -> Option<usize> {
    let lead = s.len() - s.trim_start().len();
    let s = &s[lead..];
    let colon = s.find(": ")?;
    let kicker = &s[..colon + 1];
    let words = kicker.split_whitespace().count();
    if !(1..=5).contains(&words) || kicker.contains(['.', '!', '?']) {
        return None;
    }
    let again = s[colon + 2..].find(kicker)? + colon + 2;
    s[..again]
        .ends_with(char::is_whitespace)
        .then_some(lead + again)
}

/// Sentence ranges (trimmed) of one piece of a paragraph.
fn split(text: &str, piece: Range<usize>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut join_next = false;
    for (at, s) in text[piece.clone()].split_sentence_bound_indices() {
        let range = trim_range(text, piece.start + at..piece.start + at + s.len());
        if range.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(prev) if join_next => prev.end = range.end,
            _ => out.push(range.clone()),
        }
        let current = out.last().expect("just pushed").clone();
        join_next = ends_with_abbreviation(&text[current], &text[range.end..piece.end]);
    }
    out
}

/// Titles and month abbreviations: never the end of a sentence.
const ALWAYS_JOIN: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Cmdr", "Adm", "Maj",
    "Rep", "Sen", "Gov", "Rev", "Hon", "St", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
    "Fri", "Sat", "Sun", "vs", "Pres", "Supt", "Insp",
];
/// Abbreviations that may also end a sentence ("…moved to the U.S. The next day…").
const USUALLY_JOIN: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Bros", "approx", "est", "No",
];
/// Words that usually open a sentence: after them an ambiguous abbreviation ends one.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "However",
    "Meanwhile",
    "Its",
    "His",
    "Her",
    "Their",
    "There",
    "So",
    "Yet",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "In",
    "On",
    "Some",
    "Many",
    "Officials",
    "Our",
    "Both",
];

/// Whether the sentence `s` ends in an abbreviation that does not end the sentence,
/// given what `rest` of the paragraph follows.
fn ends_with_abbreviation(s: &str, rest: &str) -> bool {
    let Some(body) = s.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let next = rest.split_whitespace().next().unwrap_or("");
    let next_word = next.trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() || next.is_empty() {
        return false;
    }
    if ALWAYS_JOIN.contains(&word) {
        // "No. 10" only before a number; months and titles always.
        return true;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    let dotted = word.len() >= 3
        && word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if word == "No" {
        return next.starts_with(|c: char| c.is_ascii_digit());
    }
    if single_initial {
        return !OPENERS.contains(&next_word);
    }
    if dotted || USUALLY_JOIN.contains(&word) || word == "a.m" || word == "p.m" {
        return !OPENERS.contains(&next_word);
    }
    false
}

/// A one-sentence paragraph with no sentence end and few words: a heading or label.
fn looks_like_heading(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let ends = s
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', '…', ',', ';', ':']);
    !ends && words <= 16
}

#[cfg(test)]
mod tests {

    fn sentences(text: &str) -> Vec<String> {
        crate::extract::read_text(text, |doc| {
            doc.sentences
                .iter()
                .map(|s| text[s.range.clone()].to_string())
                .collect()
        })
    }

    #[test]
    fn abbreviations_titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("The U.S. President spoke. Mr. Smith met Dr. J. R. Jones on Jun. 20 in St. Louis. He left."),
            ["The U.S. President spoke.", "Mr. Smith met Dr. J. R. Jones on Jun. 20 in St. Louis.", "He left."]
        );
        assert_eq!(
            sentences("Russia has warned the U.S. against striking Iran. It moved to the U.S. The talks ended."),
            ["Russia has warned the U.S. against striking Iran.", "It moved to the U.S.", "The talks ended."]
        );
        assert_eq!(
            sentences("He lives at No. 10 Downing Street. No. It is not."),
            ["He lives at No. 10 Downing Street.", "No.", "It is not."]
        );
    }

    #[test]
    fn quotes_stay_whole_and_break_after_their_close() {
        assert_eq!(
            sentences("“A ceasefire is urgently needed,” Xi said. “China is ready.” He left! Did he? Yes…"),
            ["“A ceasefire is urgently needed,” Xi said.", "“China is ready.”", "He left!", "Did he?", "Yes…"]
        );
    }

    #[test]
    fn scraped_marker_and_repeated_kicker_are_cut_apart() {
        let text = " date 2025-06-19 Crisis talks: Leaders meet in hour-long call Crisis talks: The leaders agreed. They spoke.";
        assert_eq!(
            sentences(text),
            [
                "date 2025-06-19",
                "Crisis talks: Leaders meet in hour-long call",
                "Crisis talks: The leaders agreed.",
                "They spoke."
            ]
        );
    }

    #[test]
    fn headings_are_flagged() {
        let flags: Vec<bool> = crate::extract::read_text(
            "Calls for ceasefire\n\nThe call ended. It was long.\n\nShort one.",
            |doc| doc.sentences.iter().map(|s| s.heading).collect(),
        );
        assert_eq!(flags, [true, false, false, false]);
    }
}
