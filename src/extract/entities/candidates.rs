//! Finds capitalised name sequences in a sentence and types them.

use std::ops::Range;

use super::lexicon::{self, lexicon, Known};
use crate::output::EntityKind;

/// A typed name found in the text, before linking.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The mention: the name with any capitalised title before it.
    pub range: Range<usize>,
    /// The name alone.
    pub name: Range<usize>,
    pub kind: EntityKind,
    /// A canonical name given by the gazetteer (`"Russia"` for "Russian"), if any.
    pub canon: Option<String>,
    /// Typed by a rule or gazetteer rather than by default.
    pub sure: bool,
}

pub(crate) fn word<'t>(text: &'t str, r: &Range<usize>) -> &'t str {
    &text[r.clone()]
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether tokens look like a title-case headline (most words capitalised).
pub fn title_case(text: &str, toks: &[Range<usize>]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .map(|r| word(text, r))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let caps = words.iter().filter(|w| capitalised(w)).count();
    // A full stop ends a sentence dense with names ("Today Apple CEO Steve Jobs spoke."), not a headline.
    let full_stop = toks.last().is_some_and(|r| word(text, r) == ".");
    !full_stop
        && words.len() >= 4
        && caps * 10 >= words.len() * 8
        && !words
            .iter()
            .any(|w| matches!(*w, "to" | "the" | "a" | "is" | "was" | "said" | "has"))
}

/// Index of the token that starts a sentence or clause (after quotes, bullets, colons).
fn starts_clause(text: &str, toks: &[Range<usize>], i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        let prev = word(text, &toks[k - 1]);
        if prev.chars().all(|c| {
            matches!(
                c,
                '"' | '“' | '‘' | '\'' | '(' | '[' | '-' | '–' | '—' | '•' | '*'
            )
        }) {
            k -= 1;
            continue;
        }
        return matches!(prev, ":" | "." | "?" | "!" | "|");
    }
    true
}

/// Finds name candidates among `toks` (one sentence). `seen_caps` tells whether a word is
/// capitalised somewhere mid-sentence in the article (so a sentence-initial one is a name);
/// `timed` whether a token lies in a time expression ("on Monday", "October 25").
pub fn find(
    text: &str,
    toks: &[Range<usize>],
    seen_caps: &dyn Fn(&str) -> bool,
    timed: &dyn Fn(&Range<usize>) -> bool,
) -> Vec<Candidate> {
    let lex = lexicon();
    // A word that can be part of a name: capitalised, not a date, not a unit or currency code.
    let cap = |k: usize| {
        let w = word(text, &toks[k]);
        capitalised(w) && !timed(&toks[k]) && !lexicon::is_non_name(w)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !cap(i) {
            i += 1;
            continue;
        }
        // Grow the run of capitalised words, with connectors between them.
        let mut j = i + 1;
        loop {
            if j < toks.len() && cap(j) {
                j += 1;
            } else if j + 1 < toks.len()
                && lexicon::is_connector(word(text, &toks[j]))
                && cap(j + 1)
                && !(word(text, &toks[j]) == "and" && !within_org(text, toks, i, j))
            {
                j += 2;
            } else {
                break;
            }
        }
        let mut s = i;
        // Sentence-initial words: drop function words and unknown words never capitalised elsewhere.
        if starts_clause(text, toks, s) {
            let first = word(text, &toks[s]);
            let known = lex.names.contains_key(first)
                || lex.given.contains(first)
                || lexicon::is_known_org(first);
            let single = j - s == 1;
            if lexicon::is_stopword(first)
                || (!known
                    && !seen_caps(first)
                    && (single || !capitalised_rest(text, toks, s + 1, j)))
            {
                s += 1;
            }
        }
        while s < j
            && !starts_known_name(text, toks, s, j)
            && (lexicon::is_stopword(word(text, &toks[s]))
                && !lexicon::is_title(word(text, &toks[s]))
                || lexicon::is_connector(word(text, &toks[s])))
        {
            s += 1;
        }
        let mut e = j;
        while e > s && lexicon::is_connector(word(text, &toks[e - 1])) {
            e -= 1;
        }
        // "Air France Flight 447": the flight number is not part of the airline's name.
        if e > s + 1
            && word(text, &toks[e - 1]) == "Flight"
            && toks.get(e).is_some_and(|r| {
                model_number(word(text, r)) || word(text, r).chars().all(|c| c.is_ascii_digit())
            })
        {
            e -= 1;
            if s < e {
                split(text, toks, s, e, &mut out);
            }
            i = j.max(i + 1);
            continue;
        }
        if s < e && !product_or_currency(text, toks, s, e) && !describes_a_name(text, toks, s, e) {
            split(text, toks, s, e, &mut out);
        }
        i = j.max(i + 1);
    }
    out
}

/// A demonym that qualifies a description of the name after it ("Irish low cost airline,
/// Ryanair", "Russian flag carrier Aeroflot"): part of that name's description, not a mention.
fn describes_a_name(text: &str, toks: &[Range<usize>], s: usize, e: usize) -> bool {
    if e - s != 1
        || !matches!(
            lexicon().names.get(word(text, &toks[s])),
            Some(Known::Demonym(_))
        )
    {
        return false;
    }
    let mut k = e;
    while k < toks.len() && k < e + 4 {
        let w = word(text, &toks[k]);
        let descriptive = w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lexicon::is_function_word(w);
        if !descriptive {
            break;
        }
        k += 1;
    }
    if k == e {
        return false;
    }
    if toks.get(k).is_some_and(|r| word(text, r) == ",") {
        k += 1;
    }
    toks.get(k).is_some_and(|r| {
        let w = word(text, r);
        capitalised(w) && !lexicon::is_stopword(w)
    })
}

/// A gazetteer name of two or three words starts at `s` ("New York", "New Zealand").
fn starts_known_name(text: &str, toks: &[Range<usize>], s: usize, j: usize) -> bool {
    (s + 2..=j.min(s + 3)).any(|k| {
        lexicon()
            .names
            .contains_key(&text[toks[s].start..toks[k - 1].end])
    })
}

/// A run that names a product or a currency, not its maker or country: followed by a model
/// number ("Boeing 747", "Airbus 380"), after one ("787 Dreamliner"), or glued to "$" ("US$").
fn product_or_currency(text: &str, toks: &[Range<usize>], s: usize, e: usize) -> bool {
    let next = toks.get(e).map_or("", |r| word(text, r));
    if next == "$" && toks[e].start == toks[e - 1].end {
        return true;
    }
    if matches!(next, "dollar" | "dollars") {
        return true;
    }
    let after_model =
        s >= 2 && model_number(word(text, &toks[s - 1])) && capitalised(word(text, &toks[s - 2]));
    model_number(next) || after_model
}

/// "747", "737s", "737-800", "A380" style tokens; years and counts with separators are not models.
fn model_number(w: &str) -> bool {
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    let rest = &w[digits..];
    let year = digits == 4 && rest.is_empty();
    digits >= 3
        && !year
        && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !rest.starts_with(|c: char| c.is_ascii_digit())
}

fn capitalised_rest(text: &str, toks: &[Range<usize>], from: usize, to: usize) -> bool {
    (from..to)
        .all(|k| capitalised(word(text, &toks[k])) || lexicon::is_connector(word(text, &toks[k])))
        && (from..to).any(|k| capitalised(word(text, &toks[k])))
}

/// "and" joins two capitalised words only inside an organisation name ("Defence and Space Company").
fn within_org(text: &str, toks: &[Range<usize>], from: usize, and: usize) -> bool {
    let lex = lexicon();
    let left = word(text, &toks[and - 1]);
    let right = word(text, &toks[and + 1]);
    if lex.names.contains_key(left)
        || lex.names.contains_key(right)
        || lexicon::is_known_org(left)
        || lexicon::is_known_org(right)
    {
        return false;
    }
    let mut k = and + 1;
    while k < toks.len() && capitalised(word(text, &toks[k])) {
        if lexicon::is_org_head(word(text, &toks[k])) {
            return true;
        }
        k += 1;
    }
    let _ = from;
    false
}

/// Splits a run into mentions: demonym or country prefixes, titles, gazetteer names.
fn split(text: &str, toks: &[Range<usize>], s: usize, e: usize, out: &mut Vec<Candidate>) {
    let lex = lexicon();
    let span = |a: usize, b: usize| toks[a].start..toks[b - 1].end;
    // Whole run known?
    let whole = &text[span(s, e)];
    if let Some(c) = classify_exact(whole) {
        out.push(Candidate {
            range: span(s, e),
            name: span(s, e),
            ..c
        });
        return;
    }
    // A leading place, demonym or organisation followed by more capitals: split it off
    // ("Russian President Vladimir Putin", "Kremlin aide", "UAE President").
    for k in (s + 1..e).rev() {
        let head = &text[span(s, k)];
        let known_head = matches!(
            lex.names.get(head),
            Some(Known::Place(_) | Known::Demonym(_) | Known::Capital(_))
        ) || lexicon::is_known_org(head);
        if known_head {
            let rest = word(text, &toks[k]);
            let tail = &text[span(s, e)];
            let last = word(text, &toks[e - 1]);
            // Keep "United Nations Charter", "G7 Summit", "China Eastern Airlines" whole.
            if lexicon::is_law_head(last)
                || lexicon::is_event_head(last)
                || lexicon::is_org_head(last)
                || lexicon::is_place_head(last)
            {
                if !lexicon::is_title(rest) {
                    break;
                }
            }
            let _ = tail;
            if let Some(c) = classify_exact(head) {
                out.push(Candidate {
                    range: span(s, k),
                    name: span(s, k),
                    ..c
                });
            }
            split(text, toks, k, e, out);
            return;
        }
    }
    // An organisation's title inside the run ("Apple CEO Steve Jobs"): the organisation,
    // then the person named without the title (the title is a role of the organisation).
    if let Some(k) = (s + 1..e.saturating_sub(1)).find(|&k| {
        lexicon::is_title(word(text, &toks[k])) && !lexicon::is_title(word(text, &toks[k - 1]))
    }) {
        let mut n = k;
        while n < e && lexicon::is_title(word(text, &toks[n])) {
            n += 1;
        }
        let plain_name = e - n <= 4
            && (n..e).all(|q| {
                let w = word(text, &toks[q]);
                !lexicon::is_org_head(w) && !lexicon::is_connector(w) && !lexicon::is_known_org(w)
            });
        if n < e && plain_name {
            split(text, toks, s, k, out);
            out.push(Candidate {
                range: span(n, e),
                name: span(n, e),
                kind: EntityKind::Person,
                canon: None,
                sure: true,
            });
            return;
        }
    }
    // Titles before a name: part of the mention, not of the name.
    let mut n = s;
    while n < e && lexicon::is_title(word(text, &toks[n])) {
        n += 1;
    }
    if n == e || (n > s && lexicon::is_title(word(text, &toks[e - 1]))) {
        return; // titles alone ("President", "Chief Operating Officer") are not names
    }
    if n > s {
        let name_text = &text[span(n, e)];
        let c = classify_exact(name_text);
        let last = word(text, &toks[e - 1]);
        let (kind, canon) = match c {
            _ if lexicon::is_org_head(last) => (EntityKind::Org, None),
            Some(Candidate {
                kind: EntityKind::Place,
                ..
            })
            | None => (EntityKind::Person, None),
            Some(c) => (c.kind, c.canon),
        };
        out.push(Candidate {
            range: span(s, e),
            name: span(n, e),
            kind,
            canon,
            sure: true,
        });
        return;
    }
    // Hyphenated places ("Russia-China"): one mention per part.
    if e - s == 1 && whole.contains('-') {
        let mut at = toks[s].start;
        let parts: Vec<&str> = whole.split('-').collect();
        if parts.iter().all(|p| lex.names.contains_key(*p)) {
            for p in parts {
                if let Some(c) = classify_exact(p) {
                    out.push(Candidate {
                        range: at..at + p.len(),
                        name: at..at + p.len(),
                        ..c
                    });
                }
                at += p.len() + 1;
            }
            return;
        }
    }
    let words: Vec<&str> = (s..e).map(|k| word(text, &toks[k])).collect();
    // Model numbers make products ("Airbus A330-200"), which are not entities here.
    if words
        .iter()
        .any(|w| w.chars().any(|c| c.is_ascii_digit()) && !lexicon::is_known_org(w))
    {
        return;
    }
    let last = *words.last().unwrap_or(&"");
    let r = span(s, e);
    let (kind, sure) = if words[0] == "Operation" && words.len() > 1 {
        (EntityKind::Event, true)
    } else if lexicon::is_law_head(last) && words.len() > 1 {
        (EntityKind::Law, true)
    } else if matches!(last, "Summit" | "Conference")
        && words.len() > 1
        && (lexicon::is_known_org(words[0]) || is_acronym(words[0]))
    {
        (EntityKind::Org, true)
    } else if lexicon::is_event_head(last) && words.len() > 1 {
        (EntityKind::Event, true)
    } else if lexicon::is_org_head(last)
        || words.iter().any(|w| lexicon::is_known_org(w))
        || (words[0] == "Air" && words.len() > 1)
    {
        (EntityKind::Org, true)
    } else if lexicon::is_place_head(last) && words.len() > 1 || place_shaped(&words) {
        (EntityKind::Place, true)
    } else if lex.given.contains(words[0]) && words.len() > 1 && words.len() <= 4 {
        (EntityKind::Person, true)
    } else if words.len() > 1
        && words.len() <= 4
        && words[1..].iter().any(|w| w.len() == 2 && w.ends_with('.'))
    {
        (EntityKind::Person, true) // "J. R. R. Tolkien", "George W. Bush"
    } else if words.iter().all(|w| w.len() == 2 && w.ends_with('.')) {
        (EntityKind::Person, false)
    } else if let Some(kind) = context_kind(text, toks, s, e) {
        (kind, false)
    } else if words.len() == 1 && lex.given.contains(words[0]) {
        (EntityKind::Person, false)
    } else {
        (EntityKind::Org, false)
    };
    if kind == EntityKind::Group && !sure {
        return; // an adjective of origin ("Macedonian king"): no entity of its own
    }
    let (kind, sure) = if words
        .first()
        .is_some_and(|w| w.len() == 2 && w.ends_with('.'))
        && words.len() > 1
    {
        (EntityKind::Person, true)
    } else {
        (kind, sure)
    };
    // "G7 Summit" names the G7.
    let canon = if kind == EntityKind::Org && matches!(last, "Summit" | "Conference") {
        Some(words[..words.len() - 1].join(" "))
    } else {
        None
    };
    out.push(Candidate {
        range: r.clone(),
        name: r,
        kind,
        canon,
        sure,
    });
}

/// A type for an unknown name from the words around it: person cues ("king X", "directed by X",
/// "X who", "Ramesses II"), place cues ("in X", "X, Alabama", "the city of X"), and
/// adjectives or peoples of origin ("Macedonian troops", "the Phoenicians", as Group).
fn context_kind(text: &str, toks: &[Range<usize>], s: usize, e: usize) -> Option<EntityKind> {
    let w = |k: usize| toks.get(k).map_or("", |r| word(text, r));
    let before = |n: usize| if s >= n { w(s - n) } else { "" };
    let (last, next) = (w(e - 1), w(e));
    if let Some(kind) = origin_word(w(s), e - s, next) {
        return Some(kind);
    }
    let person = (e - s == 2 && is_roman_numeral(last) && !is_acronym(w(s)))
        || lexicon::is_person_noun(before(1))
        || lexicon::is_role_head(before(1))
        || (before(1) == "by" && lexicon::is_creation_verb(before(2)))
        || matches!(
            next,
            "who" | "whom" | "whose" | "married" | "died" | "wrote"
        )
        || (matches!(next, "was" | "is") && w(e + 1) == "born");
    if person {
        return Some(EntityKind::Person);
    }
    // "Mobile, Alabama" but not a list ("Air China, China Eastern Airlines").
    let place_after_comma = next == ","
        && matches!(
            lexicon().names.get(w(e + 1)),
            Some(Known::Place(_) | Known::City | Known::Capital(_))
        )
        && matches!(w(e + 2), "" | "." | "," | ";" | ":" | ")");
    let place = lexicon::is_locative(before(1))
        || place_after_comma
        || (before(1) == "of" && lexicon::is_place_noun(before(2)));
    place.then_some(EntityKind::Place)
}

/// Names whose form makes them places: "Mount Kenya", "Lake Chad", "Principality of Nitra",
/// "Lower Austria", "Scythia", "Flensburg". ("Air Canada" and "EADS North America" are not.)
fn place_shaped(words: &[&str]) -> bool {
    let first = words[0];
    let last = words[words.len() - 1];
    let lead = matches!(
        first,
        "Mount" | "Mt." | "Lake" | "Cape" | "Isle" | "Gulf" | "Bay" | "Fort" | "Lower" | "Upper"
    ) || (matches!(
        first,
        "Republic" | "Kingdom" | "Principality" | "Duchy" | "Emirate"
    ) && words.get(1) == Some(&"of"));
    let suffix = words.len() == 1
        && [
            "ia", "land", "stan", "burg", "bourg", "ville", "polis", "grad", "shire",
        ]
        .iter()
        .any(|x| last.len() > x.len() + 2 && last.ends_with(x));
    (words.len() > 1 && lead) || suffix
}

/// "Macedonian" before a lower-case word is an adjective of origin; "Phoenicians" a people.
fn origin_word(first: &str, len: usize, next: &str) -> Option<EntityKind> {
    if len != 1
        || first.chars().any(|c| c.is_uppercase()) && first.chars().skip(1).any(char::is_uppercase)
    {
        return None;
    }
    let adjective = ["ian", "ean", "ic", "ish", "ese", "ite", "id", "an"]
        .iter()
        .any(|x| first.ends_with(x));
    let people = ["ians", "eans", "ites", "ans"]
        .iter()
        .any(|x| first.ends_with(x));
    let lower_next = next.chars().next().is_some_and(char::is_lowercase);
    (people || adjective && lower_next).then_some(EntityKind::Group)
}

fn is_roman_numeral(w: &str) -> bool {
    matches!(
        w,
        "I" | "II"
            | "III"
            | "IV"
            | "V"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
            | "X"
            | "XI"
            | "XII"
            | "XIII"
            | "XIV"
            | "XV"
            | "XVI"
    )
}

fn is_acronym(w: &str) -> bool {
    w.len() >= 2
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
        && w.chars().any(|c| c.is_ascii_uppercase())
}

/// Types a whole string from the gazetteers.
fn classify_exact(s: &str) -> Option<Candidate> {
    let lex = lexicon();
    let mk = |kind, canon: Option<String>| Candidate {
        range: 0..0,
        name: 0..0,
        kind,
        canon,
        sure: true,
    };
    if lexicon::is_known_org(s) {
        let canon = match s {
            "U.N." | "UN" => Some("United Nations".to_string()),
            "European Union" => Some("EU".to_string()),
            _ => None,
        };
        return Some(mk(EntityKind::Org, canon));
    }
    match lex.names.get(s) {
        Some(Known::Place(c)) | Some(Known::Demonym(c)) => {
            Some(mk(EntityKind::Place, Some(c.clone())))
        }
        Some(Known::Capital(_)) | Some(Known::City) => Some(mk(EntityKind::Place, None)),
        None => {
            // Plural demonyms name groups of people ("Israelis").
            let stem = s.strip_suffix('s')?;
            match lex.names.get(stem) {
                Some(Known::Demonym(_)) => Some(mk(EntityKind::Group, None)),
                _ => None,
            }
        }
    }
}
