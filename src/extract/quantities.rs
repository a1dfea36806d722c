//! Quantities: numbers with what they count and how they are bounded ("at least 639 people
//! killed in Iran", "up to 90%", "$5 million", "hour-long", "seventh day"). Dates, times
//! and years are left to the time expressions.

use std::ops::Range;

use super::document::{Document, QuantitySpan};
use super::quotes::words::{tokens, Tok};
use crate::output::Bound;

const ONES: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "personnel",
    "troops",
    "civilians",
    "soldiers",
    "residents",
    "workers",
    "employees",
    "children",
    "adults",
    "staff",
    "passengers",
    "migrants",
    "refugees",
    "deaths",
    "dead",
    "victims",
    "fighters",
    "officers",
    "militants",
    "protesters",
    "casualties",
];
const TIME_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "decade",
];

/// A multiplier word: "million", "bn".
fn multiplier(w: &str) -> Option<f64> {
    Some(match w.to_ascii_lowercase().as_str() {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// The value of a number word ("twenty", "twenty-five", "seven").
fn word_value(w: &str) -> Option<f64> {
    let w = w.to_ascii_lowercase();
    if let Some(i) = ONES.iter().position(|x| *x == w) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|x| *x == w) {
        return Some(20.0 + 10.0 * i as f64);
    }
    let (a, b) = w.split_once('-')?;
    let t = TENS.iter().position(|x| *x == a)?;
    let o = ONES
        .iter()
        .position(|x| *x == b)
        .filter(|&o| (1..10).contains(&o))?;
    Some(20.0 + 10.0 * t as f64 + o as f64)
}

/// A number written in digits, with a glued multiplier ("2.3bn", "5m").
fn digit_value(w: &str) -> Option<(f64, bool)> {
    let split = w
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(w.len());
    let (num, suffix) = w.split_at(split);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let v: f64 = num.parse().ok()?;
    if suffix.is_empty() {
        return Some((v, true));
    }
    multiplier(suffix).map(|m| (v * m, false))
}

fn ordinal_value(w: &str) -> Option<f64> {
    let l = w.to_ascii_lowercase();
    if let Some(i) = ORDINALS.iter().position(|x| *x == l) {
        return Some(i as f64 + 1.0);
    }
    let digits = l
        .strip_suffix("st")
        .or(l.strip_suffix("nd"))
        .or(l.strip_suffix("rd"))
        .or(l.strip_suffix("th"))?;
    digits.parse::<u32>().ok().map(f64::from)
}

fn time_unit(w: &str) -> Option<&'static str> {
    let l = w.to_ascii_lowercase();
    let single = l.strip_suffix('s').unwrap_or(&l);
    TIME_UNITS.iter().find(|u| **u == single).copied()
}

/// The unit a word names, normalised: "people", "percent", a time unit, a currency.
fn unit_word(w: &str) -> Option<String> {
    let l = w.to_ascii_lowercase();
    if PEOPLE.contains(&l.as_str()) {
        return Some("people".into());
    }
    if let Some(u) = time_unit(&l) {
        return Some(u.into());
    }
    Some(
        match l.as_str() {
            "percent" | "pct" => "percent",
            "dollars" | "dollar" => "USD",
            "euros" | "euro" => "EUR",
            "pounds" | "sterling" => "GBP",
            "yuan" | "renminbi" => "CNY",
            "rubles" | "roubles" => "RUB",
            "yen" => "JPY",
            _ => return None,
        }
        .into(),
    )
}

fn currency(sym: &str) -> Option<&'static str> {
    Some(match sym {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        _ => return None,
    })
}

/// Bounds given by the words before a number.
fn bound_before(text: &str, toks: &[Tok], i: usize) -> Option<(Bound, usize)> {
    let w = |k: usize| {
        toks.get(k)
            .map(|t| text[t.range.clone()].to_ascii_lowercase())
    };
    let one = i.checked_sub(1).and_then(w);
    let two = i.checked_sub(2).and_then(w);
    let pair = two.as_deref().zip(one.as_deref());
    let b = match pair {
        Some(("at", "least")) => Some(Bound::AtLeast),
        Some(("at", "most")) | Some(("up", "to")) => Some(Bound::AtMost),
        Some(("more" | "greater", "than")) => Some(Bound::MoreThan),
        Some(("less" | "fewer", "than")) => Some(Bound::LessThan),
        _ => None,
    };
    if let Some(b) = b {
        return Some((b, i - 2));
    }
    let b = match one.as_deref()? {
        "over" | "above" | "exceeding" => Bound::MoreThan,
        "under" | "below" => Bound::LessThan,
        "about" | "around" | "approximately" | "nearly" | "almost" | "roughly" | "some"
        | "circa" | "estimated" => Bound::About,
        _ => return None,
    };
    Some((b, i - 1))
}

/// Whether the number at `i` is part of a date, a time or a year.
fn is_date_or_time(text: &str, toks: &[Tok], i: usize, v: f64, plain: bool) -> bool {
    let w = |k: usize| {
        toks.get(k)
            .map(|t| text[t.range.clone()].to_ascii_lowercase())
    };
    let prev = i.checked_sub(1).and_then(w);
    let next = w(i + 1);
    let month = |x: &Option<String>| {
        x.as_deref()
            .is_some_and(|m| super::times::lexicon::month(m.trim_end_matches('.')).is_some())
    };
    if month(&prev) || month(&next) {
        return true;
    }
    if next.as_deref() == Some(":") || prev.as_deref() == Some(":") && i >= 2 && toks[i - 2].word {
        return true;
    }
    let year = plain && v.fract() == 0.0 && (1800.0..=2100.0).contains(&v);
    year && !next
        .as_deref()
        .is_some_and(|n| unit_word(n).is_some() || n == "%")
        && !prev.as_deref().is_some_and(|p| currency(p).is_some())
}

pub(crate) fn extract(doc: &mut Document<'_>) {
    let text = doc.text;
    let mut out = Vec::new();
    for s in &doc.sentences {
        if s.heading && s.range.len() > 200 {
            continue;
        }
        let toks = tokens(text, s.range.clone());
        // The last quantity's unit and about, for "639 people killed in Iran and 24 in Israel".
        let mut last: Option<(String, usize)> = None;
        let mut i = 0;
        while i < toks.len() {
            match read_at(text, &toks, i, last.as_ref().map(|l| l.0.as_str())) {
                Some((q, next)) => {
                    if let Some(u) = &q.unit {
                        last = Some((u.clone(), out.len()));
                    }
                    out.push(q);
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
    out.sort_by_key(|q: &QuantitySpan| q.range.start);
    doc.quantities = out;
}

/// Reads a quantity whose number stands at token `i`; returns it and the next token.
fn read_at(
    text: &str,
    toks: &[Tok],
    i: usize,
    carried: Option<&str>,
) -> Option<(QuantitySpan, usize)> {
    let t = &toks[i];
    if !t.word {
        return None;
    }
    let w = &text[t.range.clone()];
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.word)
            .map(|t| &text[t.range.clone()])
    };

    // "hour-long", "two-hour", "24-hour"
    if let Some((a, b)) = w.split_once('-') {
        let l = b.to_ascii_lowercase();
        if let (Some(u), "long") = (time_unit(a), l.as_str()) {
            return Some((
                quantity(t.range.clone(), 1.0, Some(u.into()), None, None),
                i + 1,
            ));
        }
        if let Some(u) = time_unit(b) {
            let v = word_value(a).or_else(|| digit_value(a).map(|d| d.0))?;
            return Some((
                quantity(t.range.clone(), v, Some(u.into()), None, None),
                i + 1,
            ));
        }
        if word_value(w).is_none() {
            return None;
        }
    }
    // "seventh day"
    if let Some(v) = ordinal_value(w) {
        let next = word(i + 1)?;
        let u = time_unit(next)?;
        return Some((
            quantity(
                t.range.start..toks[i + 1].range.end,
                v,
                Some(u.into()),
                None,
                None,
            ),
            i + 2,
        ));
    }

    let (mut v, plain, is_word) = match digit_value(w) {
        Some((v, plain)) => (v, plain, false),
        None => (word_value(w)?, false, true),
    };
    let mut end = i + 1;
    // "5,000,000": digit groups split by the tokenizer.
    if !is_word {
        while plain
            && toks.get(end).is_some_and(|c| &text[c.range.clone()] == ",")
            && toks.get(end + 1).is_some_and(|g| {
                g.range.start == toks[end].range.end
                    && text[g.range.clone()].len() == 3
                    && text[g.range.clone()].bytes().all(|b| b.is_ascii_digit())
            })
        {
            v = v * 1000.0
                + text[toks[end + 1].range.clone()]
                    .parse::<f64>()
                    .unwrap_or(0.0);
            end += 2;
        }
    }
    if is_date_or_time(text, toks, i, v, plain && end == i + 1) {
        return None;
    }
    // "four million", "5 billion"
    while let Some(m) = word(end).and_then(multiplier) {
        v *= m;
        end += 1;
    }
    let mut start = t.range.start;
    let mut unit: Option<String> = None;
    if let Some(c) = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .and_then(|p| currency(&text[p.range.clone()]))
    {
        unit = Some(c.into());
        start = toks[i - 1].range.start;
    }
    let mut bound = None;
    let first = if unit.is_some() { i - 1 } else { i };
    if let Some((b, at)) = bound_before(text, toks, first) {
        bound = Some(b);
        start = toks[at].range.start;
    }
    let mut max = None;
    // "between 200 and 300", "from 200 to 300"
    let lead = first
        .checked_sub(1)
        .and_then(word)
        .map(str::to_ascii_lowercase);
    if matches!(lead.as_deref(), Some("between" | "from")) {
        if let (Some(j), Some(hi)) = (
            word(end),
            word(end + 1).and_then(|x| digit_value(x).map(|d| d.0).or_else(|| word_value(x))),
        ) {
            if matches!(j, "and" | "to") {
                max = Some(hi);
                end += 2;
                while let Some(m) = word(end).and_then(multiplier) {
                    max = max.map(|x| x * m);
                    if v < 1000.0 {
                        v *= m;
                    }
                    end += 1;
                }
            }
        }
    }
    let mut span_end = toks[end - 1].range.end;
    if unit.is_none() {
        if let Some(p) = toks
            .get(end)
            .filter(|p| !p.word && &text[p.range.clone()] == "%")
        {
            unit = Some("percent".into());
            span_end = p.range.end;
            end += 1;
        } else {
            // The counted noun, past up to two modifiers ("200 Russian personnel").
            for k in end..(end + 3).min(toks.len()) {
                let Some(n) = word(k) else { break };
                if let Some(u) = unit_word(n) {
                    unit = Some(u);
                    span_end = toks[k].range.end;
                    end = k + 1;
                    break;
                }
                if k == end && matches!(n, "per" | "percent") {
                    if word(k + 1) == Some("cent") {
                        unit = Some("percent".into());
                        span_end = toks[k + 1].range.end;
                        end = k + 2;
                        break;
                    }
                }
            }
        }
    } else if let Some(n) = word(end).filter(|n| unit_word(n).as_deref() == unit.as_deref()) {
        let _ = n;
        span_end = toks[end].range.end;
        end += 1;
    }
    if unit.is_none() {
        // "24 in Israel" after "639 people killed in Iran": the unit carries over.
        if word(end).is_some_and(|p| matches!(p, "in" | "at" | "from")) {
            unit = carried.map(String::from);
        }
    }
    if unit.is_none() {
        if is_word {
            return None;
        }
        // Otherwise the next plain noun, if any ("13 aircraft").
        if let Some(n) = word(end).filter(|n| {
            n.chars().all(|c| c.is_lowercase())
                && !matches!(
                    *n,
                    "and"
                        | "or"
                        | "of"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "the"
                        | "a"
                        | "per"
                        | "more"
                        | "than"
                        | "times"
                        | "which"
                        | "that"
                )
        }) {
            unit = Some(n.to_string());
            span_end = toks[end].range.end;
            end += 1;
        }
    }
    let about = about(text, toks, end);
    let mut q = quantity(start..span_end, v, unit, bound, about);
    q.max = max;
    Some((q, end))
}

/// What a number is about: the few words after it, up to a clause break ("killed in Iran").
fn about(text: &str, toks: &[Tok], from: usize) -> Option<String> {
    let mut words = Vec::new();
    for t in toks.iter().skip(from).take(6) {
        let w = &text[t.range.clone()];
        if !t.word
            || matches!(
                w,
                "and" | "but" | "which" | "who" | "while" | "as" | "according"
            )
        {
            break;
        }
        words.push(w);
    }
    (!words.is_empty()).then(|| words.join(" "))
}

fn quantity(
    range: Range<usize>,
    value: f64,
    unit: Option<String>,
    bound: Option<Bound>,
    about: Option<String>,
) -> QuantitySpan {
    QuantitySpan {
        range,
        value,
        max: None,
        unit,
        bound,
        about,
    }
}

#[cfg(test)]
mod tests;
