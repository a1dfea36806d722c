//! The word layer: every word of the text once, lower-cased, for the steps that match words
//! (the comparison reads it many times per sentence; segmenting each time cost a fifth of it).

use std::borrow::Cow;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::Document;

/// A word (UAX #29) that starts with a letter or digit: its byte range and its lower-cased
/// form with ’ as ', borrowed from the text when that is already the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub range: Range<usize>,
    pub low: Cow<'a, str>,
}

/// Fills `doc.words`.
pub(super) fn segment(doc: &mut Document<'_>) {
    doc.words = of(doc.text, 0..doc.text.len());
}

/// The words of `text[range]`, with ranges in `text` (examples in the tests below).
pub(crate) fn of(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    text[range.clone()]
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphanumeric))
        .map(|(i, w)| {
            let at = range.start + i;
            let low = if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                Cow::Borrowed(w)
            } else if w.is_ascii() {
                Cow::Owned(w.to_ascii_lowercase())
            } else {
                Cow::Owned(w.to_lowercase().replace('’', "'"))
            };
            Word {
                range: at..at + w.len(),
                low,
            }
        })
        .collect()
}

/// The words of `words` (sorted, as [`of`] returns them) that lie inside `range`.
pub(crate) fn within<'w, 'a>(words: &'w [Word<'a>], range: &Range<usize>) -> &'w [Word<'a>] {
    let from = words.partition_point(|w| w.range.start < range.start);
    let to = words.partition_point(|w| w.range.end <= range.end);
    &words[from..to.max(from)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_forms_and_ranges() {
        let text = "Putin’s CALL, at 2.5 hours — “Très bien”.";
        let ws = of(text, 0..text.len());
        let lows: Vec<&str> = ws.iter().map(|w| &*w.low).collect();
        assert_eq!(
            lows,
            ["putin's", "call", "at", "2.5", "hours", "très", "bien"]
        );
        assert!(matches!(ws[2].low, Cow::Borrowed(_)));
        assert_eq!(&text[ws[0].range.clone()], "Putin’s");
        assert_eq!(&text[ws[6].range.clone()], "bien");
    }

    #[test]
    fn within_takes_the_words_inside_a_range() {
        let text = "One two. Three four five.";
        let ws = of(text, 0..text.len());
        let inside: Vec<&str> = within(&ws, &(9..25)).iter().map(|w| &*w.low).collect();
        assert_eq!(inside, ["three", "four", "five"]);
        assert!(within(&ws, &(3..4)).is_empty());
        assert_eq!(within(&ws, &(0..3)).len(), 1);
    }
}
