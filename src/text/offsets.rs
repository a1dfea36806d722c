//! Byte offsets (what Rust slices with) to UTF-16 code units (what JavaScript slices with).

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// Pure-ASCII text needs no table; otherwise one entry is kept per non-ASCII
/// character, so the index stays small next to the text.
///
/// ```
/// use corroborate::text::Utf16Index;
/// let text = "“Hi” 👋 there";
/// let index = Utf16Index::new(text);
/// let start = text.find("there").unwrap();
/// // “ and ” are one UTF-16 unit each, 👋 is two.
/// assert_eq!(index.utf16(start), 8);
/// assert_eq!(index.utf16_len(), 13);
/// ```
#[derive(Debug, Clone)]
pub struct Utf16Index {
    /// (byte offset just after a non-ASCII char, UTF-16 offset just after it), ascending.
    marks: Vec<(usize, usize)>,
    byte_len: usize,
}

impl Utf16Index {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            let mut units = 0usize;
            for (at, ch) in text.char_indices() {
                units += ch.len_utf16();
                if !ch.is_ascii() {
                    marks.push((at + ch.len_utf8(), units));
                }
            }
        }
        Utf16Index {
            marks,
            byte_len: text.len(),
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must lie on a char boundary
    /// (an offset inside a character maps to the end of that character's run).
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.byte_len);
        // Last mark at or before `byte`: everything after it up to `byte` is ASCII.
        match self.marks.partition_point(|&(b, _)| b <= byte) {
            0 => byte,
            i => {
                let (b, u) = self.marks[i - 1];
                u + (byte - b)
            }
        }
    }

    /// Length of the whole text in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16(self.byte_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn matches_encode_utf16_at_every_boundary() {
        for text in [
            "",
            "plain ascii",
            "“Curly” ‘quotes’ — café 👋🏽 done",
            "日本語のテキスト。次",
            "e\u{301}\u{200b}x",
        ] {
            let index = Utf16Index::new(text);
            for (at, _) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                assert_eq!(index.utf16(at), reference(text, at), "{text:?} at {at}");
            }
        }
    }
}
