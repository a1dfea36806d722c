//! A single pass that cuts the text into word, number and punctuation tokens
//! (the time matcher works on tokens, never on the raw text).

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokKind {
    Word,
    Num,
    Punct,
}

/// One token: its byte range, kind, lower-cased short form and the space before it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// White space between this token and the previous one.
    pub space_before: bool,
    /// A line break between this token and the previous one (paragraphs end sentences).
    pub newline_before: bool,
    /// Upper-case first letter.
    pub capital: bool,
    low: [u8; 12],
    low_len: u8,
}

impl Tok {
    /// The lower-cased text for short ASCII tokens, `""` otherwise (no time word is longer).
    pub fn low(&self) -> &str {
        std::str::from_utf8(&self.low[..usize::from(self.low_len)]).unwrap_or("")
    }
}

/// Cuts `text` into tokens: runs of letters, runs of ASCII digits, single other characters.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let (mut space, mut newline) = (false, false);
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            newline |= c == '\n';
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokKind::Num
        } else if c.is_alphabetic() {
            TokKind::Word
        } else {
            TokKind::Punct
        };
        let mut end = start + c.len_utf8();
        if kind != TokKind::Punct {
            while let Some(&(i, d)) = chars.peek() {
                let same = match kind {
                    TokKind::Num => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if !same {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
        }
        let piece = &text[start..end];
        let mut low = [0u8; 12];
        let mut low_len = 0u8;
        if piece.len() <= 12 && piece.is_ascii() {
            for (k, b) in piece.bytes().enumerate() {
                low[k] = b.to_ascii_lowercase();
            }
            low_len = piece.len() as u8;
        }
        toks.push(Tok {
            start,
            end,
            kind,
            space_before: space,
            newline_before: newline,
            capital: c.is_uppercase(),
            low,
            low_len,
        });
        space = false;
        newline = false;
    }
    toks
}
