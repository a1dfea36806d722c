//! Quote marks: pairs of opening and closing marks, with quotes that run on across
//! paragraphs. Apostrophes (Israel’s, don't) are told apart from single quotes by what
//! stands on either side.

use std::ops::Range;

/// Which family of marks opened a quote; only the same family closes it, so nested
/// quotes of the other family stay inside.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
    Guillemet,
    /// 「…」 (CJK corner brackets), and 『…』 for a quote inside one.
    Corner,
    WhiteCorner,
}

/// A quoted stretch: `inner` is the words inside the marks, `outer` includes the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quoted {
    pub inner: Range<usize>,
    pub outer: Range<usize>,
}

fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\''
                )
        }
    }
}

/// The family a mark opens, if it opens one here.
fn opens(c: char, prev: Option<char>, next: Option<char>) -> Option<Family> {
    let next_ok = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' | '„' => Some(Family::Double),
        '«' => Some(Family::Guillemet),
        '「' => Some(Family::Corner),
        '『' => Some(Family::WhiteCorner),
        '‘' | '‚' => Some(Family::Single),
        '"' if is_open_context(prev) && next_ok => Some(Family::Double),
        '\'' if is_open_context(prev) && next.is_some_and(char::is_alphanumeric) => {
            Some(Family::Single)
        }
        // ``…'' (TeX and Penn Treebank style).
        '`' if next == Some('`') => Some(Family::Double),
        _ => None,
    }
}

/// Whether `c` closes a quote of `family` here.
fn closes(c: char, family: Family, prev: Option<char>, next: Option<char>) -> bool {
    match family {
        // „…“ (German) closes with “; “…” never does, as “ always opens in English text.
        Family::Double => {
            c == '”'
                || c == '"'
                || (c == '“' && !is_open_context(prev))
                || (c == '\'' && next == Some('\''))
        }
        Family::Guillemet => c == '»',
        Family::Corner => c == '」',
        Family::WhiteCorner => c == '』',
        // ’ followed by a letter is an apostrophe (Israel’s).
        Family::Single => {
            matches!(c, '’' | '\'')
                && prev.is_some_and(|p| !p.is_whitespace())
                && !next.is_some_and(char::is_alphanumeric)
        }
    }
}

/// How many bytes a mark of `family` takes: two for `` and ''.
fn mark_len(c: char, family: Family) -> usize {
    match (c, family) {
        ('`', _) | ('\'', Family::Double) => 2,
        _ => c.len_utf8(),
    }
}

/// Finds the quoted stretches of `text` given its paragraphs, in text order. Linear:
/// every character is looked at once.
pub(crate) fn find(text: &str, paragraphs: &[Range<usize>]) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut open: Option<(Family, usize, usize)> = None; // family, outer start, inner start
                                                         // The mark that reopens a quote running on into the next paragraph: not a close.
    let mut reopen: Option<usize> = None;
    // The second byte of a two-byte mark, already taken.
    let mut taken: Option<usize> = None;
    for (p, para) in paragraphs.iter().enumerate() {
        let piece = &text[para.clone()];
        let mut prev: Option<char> = None;
        let mut chars = piece.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let at = para.start + i;
            if taken == Some(at) {
                prev = Some(c);
                continue;
            }
            if reopen == Some(at) {
                if let Some((family, _, _)) = open {
                    if mark_len(c, family) == 2 {
                        taken = Some(at + 1);
                    }
                }
                prev = Some(c);
                continue;
            }
            match open {
                Some((family, start, inner)) if closes(c, family, prev, next) => {
                    let len = mark_len(c, family);
                    out.push(Quoted {
                        inner: inner..at,
                        outer: start..at + len,
                    });
                    open = None;
                    if len == 2 {
                        taken = Some(at + 1);
                    }
                }
                None => {
                    if let Some(family) = opens(c, prev, next) {
                        let len = mark_len(c, family);
                        open = Some((family, at, at + len));
                        if len == 2 {
                            taken = Some(at + 1);
                        }
                    }
                }
                _ => {}
            }
            prev = Some(c);
        }
        reopen = None;
        if let Some((family, start, inner)) = open {
            // A quote left open runs on when the next paragraph opens with a mark of its family.
            let runs_on = paragraphs.get(p + 1).is_some_and(|next| {
                let mut cs = text[next.clone()].chars();
                let first = cs.next();
                first.and_then(|f| opens(f, None, cs.next())) == Some(family)
            });
            if runs_on {
                reopen = Some(paragraphs[p + 1].start);
            } else {
                out.push(Quoted {
                    inner: inner..para.end,
                    outer: start..para.end,
                });
                open = None;
            }
        }
    }
    out
}
