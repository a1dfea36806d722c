//! Bytes to text: a byte-order mark, else the `<meta charset>` or `http-equiv` declaration in
//! the first 1,024 bytes, else UTF-8 when the bytes are valid UTF-8 and windows-1252 when not.
//!
//! UTF-8, UTF-16 (with a BOM) and windows-1252 are decoded; ISO-8859-1 and US-ASCII labels
//! mean windows-1252, as in browsers (WHATWG Encoding). A small table instead of
//! `encoding_rs`, which would add several hundred KB to the `.wasm`.

/// What windows-1252 maps bytes 0x80–0x9F to (the rest is Latin-1).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

const LATIN_LABELS: [&str; 14] = [
    "windows-1252",
    "cp1252",
    "x-cp1252",
    "iso-8859-1",
    "iso8859-1",
    "iso_8859-1",
    "latin1",
    "l1",
    "us-ascii",
    "ascii",
    "ansi_x3.4-1968",
    "cp819",
    "ibm819",
    "iso-ir-100",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Charset {
    Utf8,
    Windows1252,
}

/// The encoding a `<meta>` declares in the first 1,024 bytes, if any we read.
fn declared(bytes: &[u8]) -> Option<Charset> {
    let head = &bytes[..bytes.len().min(1024)];
    let head: String = head
        .iter()
        .map(|&b| b.to_ascii_lowercase() as char)
        .collect();
    let mut from = 0;
    while let Some(i) = head[from..].find("charset") {
        let at = from + i + "charset".len();
        from = at;
        let rest = head[at..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let label: String = rest
            .trim_start()
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
            .collect();
        if label.is_empty() {
            continue;
        }
        if label == "utf-8" || label == "utf8" {
            return Some(Charset::Utf8);
        }
        if LATIN_LABELS.contains(&label.as_str()) {
            return Some(Charset::Windows1252);
        }
        return None;
    }
    None
}

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

fn utf16(bytes: &[u8], big_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|c| {
        if big_endian {
            u16::from_be_bytes([c[0], c[1]])
        } else {
            u16::from_le_bytes([c[0], c[1]])
        }
    });
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Decodes an HTML page's bytes to text (see the module docs for the order of evidence).
///
/// ```
/// use corroborate::input::html::decode_html;
///
/// let page = b"<meta charset=windows-1252><p>\x93Caf\xe9\x94</p>";
/// assert_eq!(decode_html(page), "<meta charset=windows-1252><p>\u{201c}Caf\u{e9}\u{201d}</p>");
/// assert_eq!(decode_html("<p>café</p>".as_bytes()), "<p>café</p>");
/// ```
pub fn decode_html(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, false);
    }
    match declared(bytes) {
        Some(Charset::Windows1252) => windows_1252(bytes),
        Some(Charset::Utf8) => String::from_utf8_lossy(bytes).into_owned(),
        None => match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => windows_1252(bytes),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_legacy_charsets() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><p>\x93quoted\x94 caf\xe9 \x80 5</p>";
        let text = decode_html(page);
        assert!(
            text.ends_with("<p>\u{201c}quoted\u{201d} café € 5</p>"),
            "{text}"
        );
    }

    #[test]
    fn undeclared_bytes_fall_back_to_windows_1252_only_when_not_utf8() {
        assert_eq!(decode_html(b"caf\xe9"), "café");
        assert_eq!(decode_html("café ’".as_bytes()), "café ’");
        assert_eq!(decode_html(b"\xEF\xBB\xBFok"), "ok");
        assert_eq!(decode_html(b"\xFF\xFEo\0k\0"), "ok");
        // A UTF-8 declaration with a stray byte keeps the rest.
        assert_eq!(
            decode_html(b"<meta charset=utf-8>a\xffb"),
            "<meta charset=utf-8>a\u{fffd}b"
        );
    }
}
