//! Metadata found in the text: title, outlet, publication date and dateline.
//!
//! Values the caller passed win (the output layer applies them); what is found here fills
//! the gaps, and `doc.publication` becomes the anchor for relative dates.

use std::ops::Range;

use super::document::{Document, MetaValue};
use crate::calendar::Date;
use crate::output::MetaSource;

pub(crate) fn find(doc: &mut Document<'_>) {
    let story = super::boilerplate::first_story_paragraph(doc);
    let found = |value: String, range: Range<usize>| {
        Some(MetaValue {
            value,
            range: Some(range),
            source: MetaSource::Text,
        })
    };

    if let Some((date, range)) = published_in_text(doc, story) {
        doc.meta.published = found(date.to_string(), range);
        if doc.publication.is_none() {
            doc.publication = Some(date);
        }
    }
    if let Some(dl) = dateline(doc, story) {
        doc.meta.dateline = found(doc.text[dl.places.clone()].to_string(), dl.places);
        if let Some((month, day, range)) = dl.date {
            doc.dateline_day = Some((month, day, range));
        }
        if let Some(outlet) = dl.outlet {
            doc.meta.outlet = found(doc.text[outlet.clone()].to_string(), outlet);
        }
    }
    if doc.meta.outlet.is_none() {
        doc.meta.outlet =
            outlet_in_boilerplate(doc).and_then(|r| found(doc.text[r.clone()].to_string(), r));
    }
    doc.meta.title = title(doc).and_then(|r| found(doc.text[r.clone()].to_string(), r));
    if let Some(page) = doc.page {
        from_markup(doc, page);
    }
}

/// What an HTML page's markup states wins over what the text suggests (the caller's values
/// win over both, in the output layer and in `doc.publication`).
fn from_markup(doc: &mut Document<'_>, page: &crate::input::Page) {
    // Where the markup's value stands among the first paragraphs, if it does (a title found
    // there is a heading, not a claim).
    let top: Vec<_> = doc.paragraphs.iter().take(4).cloned().collect();
    let markup = |value: &str| MetaValue {
        value: value.to_string(),
        range: top.iter().find_map(|p| {
            let para = &doc.text[p.clone()];
            let i = para.find(value).filter(|_| value.len() * 2 >= para.len())?;
            Some(p.start + i..p.start + i + value.len())
        }),
        source: MetaSource::Markup,
    };
    if let Some(t) = &page.meta.title {
        // The heading the text heuristics found, when it is the markup's title, keeps its place.
        let same = doc.meta.title.as_ref().and_then(|found| {
            let (a, b) = (found.value.as_str(), t.as_str());
            (a.contains(b) || b.contains(a)).then(|| found.range.clone())
        });
        let mut value = markup(t);
        if let Some(range) = same {
            value.range = range;
        }
        doc.meta.title = Some(value);
    }
    if let Some(o) = &page.meta.outlet {
        doc.meta.outlet = Some(MetaValue {
            range: None,
            ..markup(o)
        });
    }
    let date = [page.meta.published.as_deref(), page.time.as_deref()]
        .into_iter()
        .flatten()
        .find_map(|d| d.get(..10).and_then(Date::parse));
    if let Some(date) = date {
        doc.meta.published = Some(MetaValue {
            value: date.to_string(),
            range: None,
            source: MetaSource::Markup,
        });
        if doc.published.is_none() {
            doc.publication = Some(date);
        }
    }
}

/// A scraped `date 2025-06-19` marker, or a line at the top that is only a date.
fn published_in_text(doc: &Document<'_>, story: usize) -> Option<(Date, Range<usize>)> {
    for b in &doc.boilerplate {
        if b.kind == "date-marker" {
            let range = b.range.end - 10..b.range.end;
            if let Some(d) = Date::parse(&doc.text[range.clone()]) {
                return Some((d, range));
            }
        }
    }
    doc.paragraphs[..story.min(doc.paragraphs.len())]
        .iter()
        .find_map(|p| {
            let line = &doc.text[p.clone()];
            let line = line
                .strip_prefix("Published")
                .map_or(line, |l| l.trim_start_matches([':', ' ', 'o', 'n']));
            let offset = p.end - line.len();
            full_date(line).map(|d| (d, offset..p.end))
        })
}

/// Month number of a full or abbreviated month name ("Jun", "Jun.", "June", "Sept.").
fn month_of(word: &str) -> Option<u8> {
    super::times::lexicon::month(&word.trim_end_matches('.').to_lowercase())
}

/// "July 27, 2025", "27 July 2025", "Sunday, July 27, 2025", "2025-07-27": the whole line.
fn full_date(line: &str) -> Option<Date> {
    if let Some(d) = Date::parse(line.trim()) {
        return Some(d);
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(w) if w.to_lowercase().ends_with("day") => &words[1..],
        _ => &words[..],
    };
    let num = |w: &str| {
        w.trim_end_matches(|c: char| c.is_alphabetic())
            .parse::<u32>()
            .ok()
    };
    match words {
        [m, d, y] if month_of(m).is_some() => {
            Date::new(num(y)? as i32, month_of(m)?, num(d)? as u8)
        }
        [d, m, y] if month_of(m).is_some() => {
            Date::new(num(y)? as i32, month_of(m)?, num(d)? as u8)
        }
        _ => None,
    }
}

struct Dateline {
    places: Range<usize>,
    date: Option<(u8, u8, Range<usize>)>,
    outlet: Option<Range<usize>>,
}

/// "MOSCOW/BEIJING, Jun 20 (Alliance News): …", "MOSCOW/BEIJING – …", or a paragraph "Moscow:".
fn dateline(doc: &Document<'_>, story: usize) -> Option<Dateline> {
    let text = doc.text;
    for p in doc.paragraphs.iter().skip(story.saturating_sub(1)).take(3) {
        let line = &text[p.clone()];
        // A paragraph that is only "Place:".
        if let Some(place) = line.strip_suffix(':') {
            let words = place.split_whitespace().count();
            if (1..=3).contains(&words)
                && place
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
            {
                return Some(Dateline {
                    places: p.start..p.start + place.len(),
                    date: None,
                    outlet: None,
                });
            }
            continue;
        }
        let caps = line
            .find(|c: char| {
                !(c.is_uppercase() || c == '/' || c == ' ' || c == '-' || c == '.' || c == '\'')
            })
            .unwrap_or(0);
        let places = line[..caps].trim_end();
        if places.chars().filter(|c| c.is_alphabetic()).count() < 3 || places.ends_with(['-', '/'])
        {
            continue;
        }
        let rest = &line[places.len()..];
        let head_end = match rest.find(['–', '—', ':']) {
            Some(i) if rest.starts_with([',', ' ']) || i == 0 => i,
            _ => continue,
        };
        let head = &rest[..head_end];
        let base = p.start + places.len();
        let mut dl = Dateline {
            places: p.start..p.start + places.len(),
            date: None,
            outlet: None,
        };
        if let (Some(open), Some(close)) = (head.find('('), head.rfind(')')) {
            if open < close {
                dl.outlet = Some(base + open + 1..base + close);
            }
        }
        // "Jun 20" between the places and the outlet.
        let words: Vec<(usize, &str)> = head
            .split_inclusive(|c: char| c.is_whitespace() || c == ',' || c == '(')
            .scan(0, |at, w| {
                let start = *at;
                *at += w.len();
                Some((
                    start,
                    w.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '('),
                ))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        for pair in words.windows(2) {
            let ((ms, m), (ds, d)) = (pair[0], pair[1]);
            if let (Some(month), Ok(day)) = (month_of(m), d.parse::<u8>()) {
                if (1..=31).contains(&day) {
                    dl.date = Some((month, day, base + ms..base + ds + d.len()));
                }
            }
        }
        return Some(dl);
    }
    None
}

/// The outlet named in a breadcrumb ("The Raven Report > World > …") or a footer
/// ("For Diaspora Digital Media Updates …").
fn outlet_in_boilerplate(doc: &Document<'_>) -> Option<Range<usize>> {
    for b in &doc.boilerplate {
        let line = &doc.text[b.range.clone()];
        match b.kind {
            "breadcrumb" => {
                let end = line.find(['>', '›', '»'])?;
                let name = line[..end].trim_end();
                if !name.is_empty() && !name.eq_ignore_ascii_case("home") {
                    return Some(b.range.start..b.range.start + name.len());
                }
            }
            "footer" => {
                if let Some(start) = line.find("For ") {
                    let after = &line[start + 4..];
                    if let Some(end) = after.find(" Updates").or_else(|| after.find(" updates")) {
                        let name = &after[..end];
                        if name
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                        {
                            let s = b.range.start + start + 4;
                            return Some(s..s + name.len());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// The last heading-like line above the first story sentence that is not boilerplate or a date.
fn title(doc: &Document<'_>) -> Option<Range<usize>> {
    doc.sentences[..super::boilerplate::first_story_sentence(doc)]
        .iter()
        .filter(|s| {
            let t = &doc.text[s.range.clone()];
            !doc.in_boilerplate(&s.range)
                && !t.ends_with(['.', ':', '!'])
                && t.split_whitespace().count() >= 3
                && full_date(t).is_none()
        })
        .map(|s| s.range.clone())
        .next_back()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_forms_pages_print() {
        assert_eq!(
            full_date("July 27, 2025").unwrap().to_string(),
            "2025-07-27"
        );
        assert_eq!(
            full_date("Sunday, 27 July 2025").unwrap().to_string(),
            "2025-07-27"
        );
        assert_eq!(full_date("2025-07-27").unwrap().to_string(), "2025-07-27");
        assert_eq!(
            full_date("Sept. 3, 2024").unwrap().to_string(),
            "2024-09-03"
        );
        assert!(full_date("Putin, Xi").is_none());
        assert!(full_date("May the talks succeed").is_none());
    }
}
