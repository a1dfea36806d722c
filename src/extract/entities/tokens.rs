//! Word tokens with byte ranges, keeping abbreviations ("U.S.", "Inc.") and initials ("J.") whole.

use std::ops::Range;

/// Splits `text[range]` into words and single punctuation marks.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let piece = &text[range.clone()];
    let chars: Vec<(usize, char)> = piece.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (s, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let e = s + c.len_utf8();
            out.push(range.start + s..range.start + e);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let next = chars.get(j + 1).map(|x| x.1);
            let joins = c.is_alphanumeric()
                || (matches!(c, '-' | '\'' | '’' | '&')
                    && next.is_some_and(char::is_alphanumeric)
                    && !(matches!(c, '\'' | '’') && possessive(&chars, j + 1)))
                || (c == '.' && next.is_some_and(|n| n.is_uppercase()) && is_dotted(&chars, i, j));
            if !joins {
                break;
            }
            j += 1;
        }
        // A trailing dot belongs to initials, dotted abbreviations and a few short forms.
        let word: String = chars[i..j].iter().map(|x| x.1).collect();
        if chars.get(j).is_some_and(|x| x.1 == '.') && keeps_dot(&word) {
            j += 1;
        }
        let e = chars.get(j).map_or(piece.len(), |x| x.0);
        out.push(range.start + s..range.start + e);
        i = j;
    }
    out
}

fn possessive(chars: &[(usize, char)], k: usize) -> bool {
    matches!(chars.get(k).map(|x| x.1), Some('s') | Some('S'))
        && !chars.get(k + 1).is_some_and(|x| x.1.is_alphanumeric())
}

/// Inside "U.S" style words: every part so far is one letter.
fn is_dotted(chars: &[(usize, char)], from: usize, dot: usize) -> bool {
    chars[from..dot].iter().filter(|x| x.1 != '.').count()
        <= (chars[from..dot].iter().filter(|x| x.1 == '.').count() + 1)
        && chars
            .get(dot + 2)
            .map_or(true, |x| x.1 == '.' || !x.1.is_alphanumeric())
}

fn keeps_dot(word: &str) -> bool {
    let one_upper = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    one_upper
        || word.contains('.')
        || matches!(
            word,
            "Inc"
                | "Corp"
                | "Co"
                | "Ltd"
                | "Jr"
                | "Sr"
                | "St"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Dr"
                | "Gen"
                | "Sen"
                | "Gov"
                | "Rep"
                | "Col"
                | "Capt"
                | "Lt"
                | "Sgt"
                | "Prof"
                | "Mt"
                | "Ft"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            words("the U.S. and J. R. R. Tolkien"),
            ["the", "U.S.", "and", "J.", "R.", "R.", "Tolkien"]
        );
        assert_eq!(
            words("Israel’s actions, Apple Inc. said"),
            ["Israel", "’", "s", "actions", ",", "Apple", "Inc.", "said"]
        );
        assert_eq!(words("Russia-China ties"), ["Russia-China", "ties"]);
    }
}
