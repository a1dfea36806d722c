// Named character references, looked up in a compact table (src/entities_table.rs, written by
// generate_entities.py from the generated match that html5gum 0.9.0 shipped, which cost ~27 KB
// gzip in a .wasm).

use crate::entities_table::{SECTIONS, TABLE};

pub(crate) struct CharRef {
    /// Name as it appears escaped in HTML, without its first two characters
    pub(crate) name: &'static str,
    /// Unescaped character codepoints
    pub(crate) characters: &'static str,
}

/// The longest name starting with `first_char`, `second_char` whose other characters `try_read`
/// consumes, as the original's longest-first list did.
pub(crate) fn try_read_character_reference<E>(
    first_char: char,
    second_char: char,
    mut try_read: impl FnMut(&str) -> Result<bool, E>,
) -> Result<Option<CharRef>, E> {
    let section = match first_char {
        'A'..='Z' => first_char as usize - 'A' as usize,
        'a'..='z' => first_char as usize - 'a' as usize + 26,
        _ => return Ok(None),
    };
    let section = &TABLE[usize::from(SECTIONS[section])..usize::from(SECTIONS[section + 1])];
    // Bytes, not `strip_prefix(char)`: that is a memcmp call per group.
    let Some(group) = section
        .split('\x02')
        .find(|g| g.as_bytes().first().map(|&b| char::from(b)) == Some(second_char))
    else {
        return Ok(None);
    };
    let group = &group[1..];
    // At most one name ending in ';' can read, and it is longer than any legacy name that reads;
    // at most one legacy name of a group can read (generate_entities.py checks both). So: the
    // names with ';' first, then the legacy ones, each in any order.
    for legacy in [false, true] {
        for entry in group.split_terminator('\0') {
            let Some(semicolon) = entry.find(';') else {
                continue;
            };
            let after = &entry[semicolon + 1..];
            let (name, characters) = match (legacy, after.strip_prefix('\x01')) {
                (false, characters) => (&entry[..=semicolon], characters.unwrap_or(after)),
                (true, Some(characters)) => (&entry[..semicolon], characters),
                (true, None) => continue,
            };
            if name.is_empty() || try_read(name)? {
                return Ok(Some(CharRef { name, characters }));
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Looks up `&input` the way the tokenizer does: `try_read` consumes a prefix of the rest.
    fn lookup(input: &str) -> Option<(String, &'static str)> {
        let mut chars = input.chars();
        let (x, y) = (chars.next().unwrap(), chars.next().unwrap());
        let mut rest = chars.as_str();
        let r = try_read_character_reference::<()>(x, y, |s| {
            Ok(match rest.strip_prefix(s) {
                Some(r) => {
                    rest = r;
                    true
                }
                None => false,
            })
        })
        .unwrap()?;
        assert_eq!(input.len() - rest.len(), 2 + r.name.len());
        Some((format!("{x}{y}{}", r.name), r.characters))
    }

    #[test]
    fn every_name_reads_as_itself() {
        let mut names = 0;
        for (i, &start) in SECTIONS[..52].iter().enumerate() {
            let first = if i < 26 {
                b'A' + i as u8
            } else {
                b'a' + i as u8 - 26
            } as char;
            let section = &TABLE[usize::from(start)..usize::from(SECTIONS[i + 1])];
            for group in section.split('\x02').skip(1) {
                let second = group.chars().next().unwrap();
                for entry in group[1..].split_terminator('\0') {
                    let (rest, after) = entry.split_at(entry.find(';').unwrap() + 1);
                    let name = format!("{first}{second}{rest}");
                    let (chars, legacy) = match after.strip_prefix('\x01') {
                        Some(c) => (c, true),
                        None => (after, false),
                    };
                    assert_eq!(lookup(&name), Some((name.clone(), chars)));
                    assert_eq!(lookup(&format!("{name}x")), Some((name.clone(), chars)));
                    names += 1;
                    if legacy {
                        let bare = &name[..name.len() - 1];
                        assert_eq!(lookup(&format!("{bare}=")), Some((bare.to_owned(), chars)));
                        names += 1;
                    }
                }
            }
        }
        assert_eq!(names, 2231);
    }

    #[test]
    fn longest_match_and_legacy_prefixes() {
        let s = |n: &str, c: &'static str| Some((n.to_owned(), c));
        assert_eq!(lookup("amp;"), s("amp;", "&"));
        assert_eq!(lookup("amp"), s("amp", "&"));
        assert_eq!(lookup("ampx;"), s("amp", "&"));
        assert_eq!(lookup("notin;"), s("notin;", "\u{2209}"));
        assert_eq!(lookup("notit;"), s("not", "\u{ac}"));
        assert_eq!(lookup("not;"), s("not;", "\u{ac}"));
        assert_eq!(lookup("lt"), s("lt", "<"));
        assert_eq!(lookup("ltimes;"), s("ltimes;", "\u{22c9}"));
        assert_eq!(lookup("ltimes"), s("lt", "<"));
        assert_eq!(
            lookup("NotNestedGreaterGreater;"),
            s("NotNestedGreaterGreater;", "\u{2aa2}\u{338}")
        );
        assert_eq!(lookup("fjlig;"), s("fjlig;", "fj"));
        assert_eq!(lookup("fjlig"), None);
        assert_eq!(lookup("foo;"), None);
        assert_eq!(lookup("\u{e9}x;"), None);
    }
}
