//! A light tokenizer for attribution: words (with inner apostrophes, hyphens and the
//! dots of "U.S.") and single punctuation marks, each a byte range.

use std::ops::Range;

/// A token: a word or one punctuation mark.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub range: Range<usize>,
    pub word: bool,
}

/// Abbreviations that keep their dot inside a name ("Apple Inc. CEO", "Mr. Lee").
const ABBREVIATIONS: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Bros", "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen",
    "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
];

fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‑')
}

/// Tokens of `text[range]`.
pub(crate) fn tokens(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let piece = &text[range.clone()];
    let mut word_start: Option<usize> = None;
    let mut iter = piece.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
            continue;
        }
        if word_start.is_some() && joins(c) && next.is_some_and(char::is_alphanumeric) {
            continue;
        }
        if let Some(s) = word_start.take() {
            let end = if c == '.' && ABBREVIATIONS.contains(&&piece[s..i]) {
                i + 1
            } else {
                i
            };
            out.push(Tok {
                range: range.start + s..range.start + end,
                word: true,
            });
            if end > i {
                continue;
            }
        }
        if !c.is_whitespace() {
            let at = range.start + i;
            out.push(Tok {
                range: at..at + c.len_utf8(),
                word: false,
            });
        }
    }
    if let Some(s) = word_start {
        out.push(Tok {
            range: range.start + s..range.end,
            word: true,
        });
    }
    out
}

/// Whether a word starts with a capital letter.
pub(crate) fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The word without a possessive ending ("Xi’s" → "Xi").
pub(crate) fn strip_possessive(w: &str) -> (&str, bool) {
    for end in ["’s", "'s", "’", "'"] {
        if let Some(s) = w.strip_suffix(end) {
            if !s.is_empty() {
                return (s, true);
            }
        }
    }
    (w, false)
}
