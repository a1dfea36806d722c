//! Titles and roles given to a person: before the name ("Kremlin aide", "Russian President")
//! or in an apposition after it ("Yury Ushakov, Putin’s foreign policy adviser").

use std::ops::Range;

use super::candidates::{word, Candidate};
use super::lexicon::{self, lexicon};

/// The role phrase around person mention `c`, if any.
pub fn role(text: &str, toks: &[Range<usize>], c: &Candidate) -> Option<String> {
    let at = toks.iter().position(|t| t.start == c.range.start)?;
    let mut s = at;
    // Back over lower-case role words and capitalised qualifiers ("Kremlin", "Russian", "UAE").
    while s > 0 {
        let w = word(text, &toks[s - 1]);
        let qualifier = w.chars().next().is_some_and(char::is_uppercase)
            && (lexicon().names.contains_key(w)
                || lexicon::is_known_org(w)
                || lexicon::is_title(w));
        if lexicon::is_role_word(w) || qualifier {
            s -= 1;
        } else {
            break;
        }
    }
    if s < at || c.name.start > c.range.start {
        let phrase = text[toks[s].start..c.name.start].trim();
        if has_role(phrase) {
            return Some(phrase.to_string());
        }
    }
    // Apposition: ", [the] [X's] role words ," right after the name.
    let end = toks.iter().position(|t| t.end == c.range.end)?;
    if toks.get(end + 1).map(|r| word(text, r)) == Some(",") {
        let mut k = end + 2;
        let from = k;
        while k < toks.len() && k < from + 8 {
            let w = word(text, &toks[k]);
            if matches!(w, "," | "." | ";" | ")" | "said" | "says" | "who") {
                break;
            }
            k += 1;
        }
        if k > from {
            let last = word(text, &toks[k - 1]).to_lowercase();
            if lexicon::is_role_head(&last) {
                let phrase = text[toks[from].start..toks[k - 1].end].trim();
                return Some(phrase.trim_start_matches("the ").to_string());
            }
        }
    }
    None
}

fn has_role(phrase: &str) -> bool {
    phrase.split_whitespace().any(|w| {
        lexicon::is_role_head(&w.to_lowercase())
            || (lexicon::is_title(w)
                && !matches!(
                    w,
                    "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr."
                ))
    })
}
