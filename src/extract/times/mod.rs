//! Time expressions: dates, clock times, durations and sets, each with an ISO 8601 /
//! TimeML value, resolved against the publication date the way a newspaper reader would
//! ("Thursday" in Friday's paper is yesterday).
//!
//! One pass over tokens; at each token the matchers below try the longest phrase.

pub(crate) mod lexicon;
mod resolve;
mod tokens;

use super::{Document, TimeSpan};
use crate::calendar::Date;
use crate::output::{Anchor, TimeKind};
use lexicon::{
    count_word, month, month_is_ambiguous, part_of_day, season, time_zone, unit, weekday, Unit,
};
use resolve::{month_value, week_value, Direction};
use tokens::{tokenize, Tok, TokKind};

/// Finds the time expressions of `doc` into `doc.times`.
pub(crate) fn extract(doc: &mut Document) {
    let toks = tokenize(doc.text);
    let lows: Vec<&str> = toks.iter().map(Tok::low).collect();
    let mut m = Matcher {
        toks: &toks,
        lows: &lows,
        publication: doc.publication,
        text_date: None,
        last_day: Default::default(),
    };
    let mut times = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match m.at(i) {
            Some(hit) => {
                if hit.anchor == Anchor::Explicit && hit.kind == TimeKind::Date {
                    if let Some(d) = hit.value.as_deref().and_then(Date::parse) {
                        m.text_date = Some(d);
                    }
                }
                if hit.kind == TimeKind::Date {
                    if let Some(d) = hit.value.as_deref().and_then(Date::parse) {
                        m.last_day.set(Some((d, hit.anchor, hit.end)));
                    }
                }
                let range = toks[hit.first].start..toks[hit.end - 1].end;
                times.push(TimeSpan {
                    range,
                    value: hit.value,
                    kind: hit.kind,
                    anchor: hit.anchor,
                });
                i = hit.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    // A scraped date marker is boilerplate, but its date is the publication date.
    times.retain(|t: &TimeSpan| !doc.in_boilerplate_except(&t.range, "date-marker"));
    doc.times = times;
}

/// A matched phrase: tokens `first..end` and what they mean.
struct Hit {
    first: usize,
    end: usize,
    value: Option<String>,
    kind: TimeKind,
    anchor: Anchor,
}

impl Hit {
    fn new(first: usize, end: usize, value: Option<String>, kind: TimeKind, anchor: Anchor) -> Hit {
        Hit {
            first,
            end,
            value,
            kind,
            anchor,
        }
    }
}

struct Matcher<'t> {
    toks: &'t [Tok],
    /// Each token's [`Tok::low`], worked out once: the rules ask for them many times.
    lows: &'t [&'t str],
    publication: Option<Date>,
    /// The last full date stated in the text: fills in years when there is no publication date.
    text_date: Option<Date>,
    /// The last day named and the token it ended at: a bare clock time soon after belongs to it.
    last_day: std::cell::Cell<Option<(Date, Anchor, usize)>>,
}

/// Modifiers that TimeML keeps inside the expression but that do not change the value.
fn is_fuzzy_edge(w: &str) -> bool {
    matches!(w, "early" | "late" | "mid" | "earlier" | "later")
}

impl<'t> Matcher<'t> {
    fn low(&self, i: usize) -> &'t str {
        self.lows.get(i).copied().unwrap_or("")
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.low(i) == w
    }

    fn punct(&self, i: usize, c: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.low(i) == c
    }

    fn capital(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capital)
    }

    /// Token `i` directly follows the previous one (no space).
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// A number token: value and digit count.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        let low = self.low(i);
        if t.kind != TokKind::Num || low.len() > 6 {
            return None;
        }
        Some((low.parse().ok()?, low.len()))
    }

    /// Whether the number at `i` is part of a larger number ("1,500", "3.5", "$2010").
    fn in_bigger_number(&self, i: usize) -> bool {
        let before = i.checked_sub(1).is_some_and(|p| {
            self.glued(i)
                && (matches!(self.low(p), "$" | "." | "," | "£" | "€" | "-" | "/")
                    || self.toks[p].kind != TokKind::Punct)
        });
        let after = self.glued(i + 1)
            && (matches!(self.low(i + 1), "%" | "/")
                || (matches!(self.low(i + 1), "," | ".")
                    && self.num(i + 2).is_some()
                    && self.glued(i + 2)));
        before || after
    }

    /// A capitalised month name at `i` (with an optional abbreviation dot): month, next token.
    fn month_at(&self, i: usize) -> Option<(u8, usize)> {
        if !self.capital(i) {
            return None;
        }
        let w = self.low(i);
        let m = month(w)?;
        let next = if w.len() <= 4
            && w != "may"
            && w != "june"
            && w != "july"
            && self.punct(i + 1, ".")
            && self.glued(i + 1)
        {
            i + 2
        } else {
            i + 1
        };
        Some((m, next))
    }

    /// A day of the month at `i` ("19", "19th"): day, next token.
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let (d, len) = self.num(i)?;
        if len > 2
            || !(1..=31).contains(&d)
            || self.in_bigger_number(i)
            || (self.punct(i + 1, ":") && self.glued(i + 1))
        {
            return None;
        }
        let next = if matches!(self.low(i + 1), "st" | "nd" | "rd" | "th") && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        Some((d as u8, next))
    }

    /// A four-digit year at `i`.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let (y, len) = self.num(i)?;
        (len == 4 && (1000..=2999).contains(&y) && !self.in_bigger_number(i))
            .then_some((y as i32, i + 1))
    }

    /// Whether words shortly before token `i`, in the same sentence, point to the future.
    fn future_cue(&self, i: usize) -> bool {
        let mut j = i;
        for _ in 0..10 {
            if j == 0 || self.toks[j].newline_before {
                return false;
            }
            j -= 1;
            let w = self.low(j);
            if matches!(w, "." | "!" | "?" | ";") {
                return false;
            }
            if lexicon::future_cue(w) {
                return true;
            }
        }
        false
    }

    /// The default direction of a bare weekday or month at `i`.
    fn tense(&self, i: usize) -> Direction {
        if self.future_cue(i) {
            Direction::Future
        } else {
            Direction::Past
        }
    }

    /// The date that fills in missing years: the publication, else a date the text states.
    fn year_reference(&self) -> Option<(Date, Anchor)> {
        self.publication
            .map(|d| (d, Anchor::Publication))
            .or(self.text_date.map(|d| (d, Anchor::Explicit)))
    }

    fn at(&self, i: usize) -> Option<Hit> {
        let t = self.toks.get(i)?;
        match t.kind {
            TokKind::Num => self
                .clock(i)
                .or_else(|| self.iso_date(i))
                .or_else(|| self.date_phrase(i))
                .or_else(|| self.amount(i))
                .or_else(|| self.year(i)),
            TokKind::Word => self
                .date_phrase(i)
                .or_else(|| self.weekday_phrase(i))
                .or_else(|| self.month_phrase(i))
                .or_else(|| self.relative_unit(i))
                .or_else(|| self.amount(i))
                .or_else(|| self.year(i))
                .or_else(|| self.deictic(i))
                .or_else(|| self.set(i)),
            TokKind::Punct => self.year(i),
        }
    }

    /// `2025-06-19`, optionally with `T22:35`.
    fn iso_date(&self, i: usize) -> Option<Hit> {
        let (y, _) = self.year_at(i).or_else(|| {
            let (y, len) = self.num(i)?;
            (len == 4).then_some((y as i32, i + 1))
        })?;
        if !(self.punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.punct(i + 3, "-")
            && self.glued(i + 3)
            && self.glued(i + 4))
        {
            return None;
        }
        let (m, ml) = self.num(i + 2)?;
        let (d, dl) = self.num(i + 4)?;
        if ml != 2 || dl != 2 {
            return None;
        }
        let date = Date::new(y, m as u8, d as u8)?;
        if self.is(i + 5, "t") && self.glued(i + 5) {
            if let (Some((h, _)), true, Some((mi, 2))) =
                (self.num(i + 6), self.punct(i + 7, ":"), self.num(i + 8))
            {
                if h < 24 && mi < 60 {
                    return Some(Hit::new(
                        i,
                        i + 9,
                        Some(format!("{date}T{h:02}:{mi:02}")),
                        TimeKind::Time,
                        Anchor::Explicit,
                    ));
                }
            }
        }
        Some(Hit::new(
            i,
            i + 5,
            Some(date.to_string()),
            TimeKind::Date,
            Anchor::Explicit,
        ))
    }

    /// Calendar dates with a month name: "Thursday, June 19, 2025", "19 June 2025",
    /// "Thursday (June 19)", "Jun 20", "May 2010".
    fn date_phrase(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let mut paren = false;
        if self.capital(i) && weekday(self.low(i)).is_some() {
            j += 1;
            if self.punct(j, ",") {
                j += 1;
            }
            if self.punct(j, "(") {
                paren = true;
                j += 1;
            }
        }
        let (m, d, y, mut end) = if let Some((m, next)) = self.month_at(j) {
            if let Some((d, after_day)) = self.day_at(next) {
                let k = if self.punct(after_day, ",") {
                    after_day + 1
                } else {
                    after_day
                };
                match self.year_at(k) {
                    Some((y, e)) => (m, Some(d), Some(y), e),
                    None => (m, Some(d), None, after_day),
                }
            } else {
                let k = if self.punct(next, ",") {
                    next + 1
                } else {
                    next
                };
                let (y, e) = self.year_at(k)?;
                (m, None, Some(y), e)
            }
        } else {
            let (d, mut k) = self.day_at(j)?;
            if self.is(k, "of") {
                k += 1;
            }
            let (m, next) = self.month_at(k)?;
            let k2 = if self.punct(next, ",") {
                next + 1
            } else {
                next
            };
            match self.year_at(k2) {
                Some((y, e)) => (m, Some(d), Some(y), e),
                None => (m, Some(d), None, next),
            }
        };
        if paren {
            if !self.punct(end, ")") {
                return None;
            }
            end += 1;
        }
        let (value, anchor) = match (d, y) {
            (Some(d), Some(y)) => (Some(Date::new(y, m, d)?.to_string()), Anchor::Explicit),
            (None, Some(y)) => (Some(month_value(y, m)), Anchor::Explicit),
            (Some(d), None) => {
                if !resolve::valid_month_day(m, d) {
                    return None;
                }
                match self.year_reference() {
                    Some((r, a)) => (resolve::nearest_year(r, m, d).map(|x| x.to_string()), a),
                    None => (Some(format!("XXXX-{m:02}-{d:02}")), Anchor::Unresolved),
                }
            }
            (None, None) => return None,
        };
        Some(Hit::new(i, end, value, TimeKind::Date, anchor))
    }

    /// "Thursday", "last Friday", "next Monday", "Friday afternoon".
    fn weekday_phrase(&self, i: usize) -> Option<Hit> {
        let (dir, j) = match self.low(i) {
            "last" | "past" | "previous" => (Some(Direction::Last), i + 1),
            "next" | "coming" => (Some(Direction::Next), i + 1),
            "this" => (Some(Direction::This), i + 1),
            _ => (None, i),
        };
        if !self.capital(j) {
            return None;
        }
        let wd = weekday(self.low(j))?;
        if self.low(j).len() <= 4 && !(self.punct(j + 1, ".") || dir.is_some()) {
            // "Sun", "Sat", "Wed" alone are too often other words.
            return None;
        }
        let part = part_of_day(self.low(j + 1));
        let end = if part.is_some() { j + 2 } else { j + 1 };
        let dir = dir.unwrap_or_else(|| self.tense(i));
        let (value, anchor) = match self.publication {
            Some(p) => (
                Some(resolve::weekday(p, wd, dir).to_string()),
                Anchor::Publication,
            ),
            None => (Some(format!("XXXX-WXX-{}", wd + 1)), Anchor::Unresolved),
        };
        match part {
            Some(code) => Some(Hit::new(
                i,
                end,
                value.map(|v| format!("{v}T{code}")),
                TimeKind::Time,
                anchor,
            )),
            None => Some(Hit::new(i, end, value, TimeKind::Date, anchor)),
        }
    }

    /// "In January", "late August", "last May", "early May 2010".
    fn month_phrase(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let end_of = self.is(j, "the") && self.is(j + 1, "end") && self.is(j + 2, "of");
        let fuzzy = is_fuzzy_edge(self.low(j)) || end_of;
        if end_of {
            j += 3;
        } else if fuzzy {
            j += 1;
            if self.punct(j, "-") {
                j += 1;
            }
        }
        let dir = match self.low(j) {
            "last" | "past" => Some(Direction::Last),
            "next" | "coming" => Some(Direction::Next),
            "this" => Some(Direction::This),
            _ => None,
        };
        if dir.is_some() {
            j += 1;
        }
        let (m, next) = self.month_at(j)?;
        if dir.is_none() && !fuzzy && month_is_ambiguous(self.low(j)) {
            let prev = j.checked_sub(1).map_or("", |p| self.low(p));
            if !matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "by"
                    | "from"
                    | "during"
                    | "through"
                    | "before"
                    | "after"
                    | "of"
                    | "till"
                    | "to"
            ) {
                return None;
            }
        }
        if let Some((y, e)) = self.year_at(next) {
            return Some(Hit::new(
                i,
                e,
                Some(month_value(y, m)),
                TimeKind::Date,
                Anchor::Explicit,
            ));
        }
        let dir = dir.unwrap_or_else(|| self.tense(i));
        let (value, anchor) = match self.year_reference() {
            Some((r, a)) => (Some(month_value(resolve::month_year(r, m, dir), m)), a),
            None => (Some(format!("XXXX-{m:02}")), Anchor::Unresolved),
        };
        Some(Hit::new(i, next, value, TimeKind::Date, anchor))
    }

    /// "this week", "last year", "the last week", "earlier this week", "over the weekend",
    /// "this fiscal year", "last summer", "early this year".
    fn relative_unit(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if is_fuzzy_edge(self.low(j)) {
            j += 1;
        }
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        let dir = match self.low(j) {
            "last" | "previous" => Direction::Last,
            "past" if !the => Direction::Last,
            "next" | "coming" | "following" if !(the && self.is(j, "following")) => Direction::Next,
            "this" | "current" if !the => Direction::This,
            "weekend"
                if the
                    && j > 0
                    && matches!(self.low(i.wrapping_sub(1)), "over" | "at" | "during" | "on") =>
            {
                return self.weekend(i, j + 1, Direction::Last);
            }
            _ => return None,
        };
        j += 1;
        if self.is(j, "fiscal") || self.is(j, "financial") || self.is(j, "calendar") {
            j += 1;
        }
        let w = self.low(j);
        let end = j + 1;
        if w == "weekend" {
            return self.weekend(i, end, dir);
        }
        let Some(p) = self.publication else {
            let known = season(w).is_some() || matches!(w, "week" | "month" | "year" | "quarter");
            return known.then(|| Hit::new(i, end, None, TimeKind::Date, Anchor::Unresolved));
        };
        let step: i64 = match dir {
            Direction::Last => -1,
            Direction::Next => 1,
            _ => 0,
        };
        let value = match w {
            "week" => week_value(p.add_days(7 * step)),
            "month" => {
                let d = p.add_months(step);
                month_value(d.year, d.month)
            }
            "year" => format!("{:04}", i64::from(p.year) + step),
            "quarter" => {
                let q = i64::from(p.year) * 4 + i64::from((p.month - 1) / 3) + step;
                format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
            }
            _ => resolve::season_value(p, season(w)?, dir),
        };
        Some(Hit::new(
            i,
            end,
            Some(value),
            TimeKind::Date,
            Anchor::Publication,
        ))
    }

    /// "the weekend" before (or of) the publication: `YYYY-Www-WE`.
    fn weekend(&self, i: usize, end: usize, dir: Direction) -> Option<Hit> {
        let Some(p) = self.publication else {
            return Some(Hit::new(i, end, None, TimeKind::Date, Anchor::Unresolved));
        };
        let saturday = match dir {
            Direction::Next => resolve::weekday(p, 5, Direction::Next),
            Direction::This => resolve::weekday(p, 5, Direction::This),
            _ => resolve::weekday(
                p,
                5,
                if p.weekday().index() == 6 {
                    Direction::Past
                } else {
                    Direction::Last
                },
            ),
        };
        Some(Hit::new(
            i,
            end,
            Some(format!("{}-WE", week_value(saturday))),
            TimeKind::Date,
            Anchor::Publication,
        ))
    }

    /// Counted units: durations ("three days", "a decade", "four-week", "the past two years")
    /// and the dates they reach back to ("two years ago").
    fn amount(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        let framed = matches!(
            self.low(j),
            "past" | "last" | "next" | "coming" | "first" | "following" | "previous"
        );
        if framed {
            j += 1;
        }
        // Hedges stay inside the expression, as TimeML marks them.
        match self.low(j) {
            "almost" | "nearly" | "about" | "around" | "roughly" | "approximately" | "over"
            | "just" | "only" => j += 1,
            "more" | "less" | "fewer" if self.is(j + 1, "than") => j += 2,
            "at" if matches!(self.low(j + 1), "least" | "most") => j += 2,
            "a" if self.is(j + 1, "mere") => j += 2,
            _ => {}
        }
        let (count, after) = if let Some((n, len)) = self.num(j) {
            if len > 4 || self.in_bigger_number(j) || (j > 0 && self.punct(j - 1, "$")) {
                return None;
            }
            (Some(n), j + 1)
        } else if self.is(j, "a") && self.is(j + 1, "few") {
            (None, j + 2)
        } else {
            (count_word(self.low(j))?, j + 1)
        };
        let hyphen = self.punct(after, "-") && self.glued(after) && self.glued(after + 1);
        let k = if hyphen { after + 1 } else { after };
        let (u, plural) = unit(self.low(k))?;
        if hyphen && plural {
            return None;
        }
        if self.punct(k + 1, "-") && self.glued(k + 1) && matches!(self.low(k + 2), "old" | "long")
        {
            return None; // an age, or "hour-long" (a quantity, not a time)
        }
        // "a day" alone is mostly not a time span ("twice a day", "a day early").
        if self.low(j) == "a" && !framed && j == i && u == Unit::Day && !self.is(k + 1, "ago") {
            return None;
        }
        let mut end = k + 1;
        if self.is(end, "ago") {
            return Some(self.ago(i, end + 1, count, u));
        }
        if plural && self.punct(end, "'") && self.glued(end) {
            end += 1;
        }
        Some(Hit::new(
            i,
            end,
            Some(u.duration(count)),
            TimeKind::Duration,
            Anchor::Explicit,
        ))
    }

    /// "two years ago" against the publication date.
    fn ago(&self, i: usize, end: usize, count: Option<u32>, u: Unit) -> Hit {
        let (Some(p), Some(n)) = (self.publication, count) else {
            let value = count.is_none().then(|| "PAST_REF".to_string());
            let anchor = if value.is_some() {
                Anchor::Publication
            } else {
                Anchor::Unresolved
            };
            return Hit::new(i, end, value, TimeKind::Date, anchor);
        };
        let n = i64::from(n);
        let value = match u {
            Unit::Second | Unit::Minute | Unit::Hour => p.to_string(),
            Unit::Day => p.add_days(-n).to_string(),
            Unit::Week => week_value(p.add_days(-7 * n)),
            Unit::Month => {
                let d = p.add_months(-n);
                month_value(d.year, d.month)
            }
            Unit::Year => format!("{:04}", i64::from(p.year) - n),
            Unit::Decade => format!("{:04}", i64::from(p.year) - 10 * n),
            Unit::Century => format!("{:04}", i64::from(p.year) - 100 * n),
        };
        Hit::new(i, end, Some(value), TimeKind::Date, Anchor::Publication)
    }

    /// Years and decades: "2013", "early 2011", "the 1990s", "the 20th century".
    fn year(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if is_fuzzy_edge(self.low(j)) {
            j += 1;
            if self.punct(j, "-") {
                j += 1;
            }
        }
        if self.is(j, "the") {
            j += 1;
        }
        if let Some((n, len)) = self.num(j) {
            // "the 20th century"
            if len <= 2
                && matches!(self.low(j + 1), "st" | "nd" | "rd" | "th")
                && self.is(j + 2, "century")
                && (1..=21).contains(&n)
            {
                return Some(Hit::new(
                    i,
                    j + 3,
                    Some(format!("{:02}", n - 1)),
                    TimeKind::Date,
                    Anchor::Explicit,
                ));
            }
        }
        let (y, next) = self.year_at(j)?;
        if !(1800..=2100).contains(&y) {
            return None;
        }
        if self.is(next, "s") && self.glued(next) {
            return Some(Hit::new(
                i,
                next + 1,
                Some(format!("{:03}", y / 10)),
                TimeKind::Date,
                Anchor::Explicit,
            ));
        }
        if j > i && self.is(i, "the") && j == i + 1 {
            return None; // "the 2010 election" starts at the year, not at "the"
        }
        // Numbers that count things: "2000 people", "1,999".
        if self
            .toks
            .get(next)
            .is_some_and(|t| t.kind == TokKind::Word && !t.capital)
            && !matches!(
                self.low(next),
                "and"
                    | "to"
                    | "or"
                    | "when"
                    | "after"
                    | "before"
                    | "as"
                    | "until"
                    | "through"
                    | "in"
                    | "at"
                    | "on"
                    | "for"
                    | "the"
                    | "was"
                    | "is"
                    | "were"
                    | "had"
                    | "has"
                    | "but"
                    | "with"
                    | "by"
            )
        {
            let noun_like =
                self.low(next).ends_with('s') && !matches!(self.low(next), "was" | "is" | "has");
            if noun_like {
                return None;
            }
        }
        Some(Hit::new(
            i,
            next,
            Some(format!("{y:04}")),
            TimeKind::Date,
            Anchor::Explicit,
        ))
    }

    /// Words that point at the reading moment: "now", "today", "yesterday", "the past".
    fn deictic(&self, i: usize) -> Option<Hit> {
        let w = self.low(i);
        let day_offset = match w {
            "today" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            "tonight" => Some(0),
            _ => None,
        };
        if let Some(off) = day_offset {
            let part = if w == "tonight" {
                Some("NI")
            } else {
                part_of_day(self.low(i + 1))
            };
            let end = if part.is_some() && w != "tonight" {
                i + 2
            } else {
                i + 1
            };
            let date = self.publication.map(|p| p.add_days(off));
            let anchor = if date.is_some() {
                Anchor::Publication
            } else {
                Anchor::Unresolved
            };
            return Some(match part {
                Some(code) => Hit::new(
                    i,
                    end,
                    date.map(|d| format!("{d}T{code}")),
                    TimeKind::Time,
                    anchor,
                ),
                None => Hit::new(i, end, date.map(|d| d.to_string()), TimeKind::Date, anchor),
            });
        }
        let (end, value) = match w {
            "now" | "currently" | "nowadays" => (i + 1, "PRESENT_REF"),
            "the" if self.is(i + 1, "past") && !self.starts_amount(i + 2) => (i + 2, "PAST_REF"),
            "the" if self.is(i + 1, "future") => (i + 2, "FUTURE_REF"),
            "at" if self.is(i + 1, "the") && self.is(i + 2, "time") && !self.is(i + 3, "of") => {
                (i + 3, "PAST_REF")
            }
            _ => return None,
        };
        if w == "now" && (self.punct(i + 1, "-") || (i > 0 && self.punct(i - 1, "-"))) {
            return None;
        }
        Some(Hit::new(
            i,
            end,
            Some(value.to_string()),
            TimeKind::Date,
            Anchor::Publication,
        ))
    }

    /// Whether an amount or unit starts at `i` ("the past two years" is a duration).
    fn starts_amount(&self, i: usize) -> bool {
        self.num(i).is_some()
            || count_word(self.low(i)).is_some()
            || unit(self.low(i)).is_some()
            || self.is(i, "a")
    }

    /// Recurring times: "every morning", "each week", "annually".
    fn set(&self, i: usize) -> Option<Hit> {
        let value = match self.low(i) {
            "daily" => "XXXX-XX-XX",
            "weekly" => "XXXX-WXX",
            "monthly" => "XXXX-XX",
            "annually" | "yearly" => "XXXX",
            "every" | "each" => {
                let w = self.low(i + 1);
                let v = match w {
                    "day" => "XXXX-XX-XX".to_string(),
                    "week" => "XXXX-WXX".to_string(),
                    "month" => "XXXX-XX".to_string(),
                    "year" => "XXXX".to_string(),
                    "season" => "XXXX-WI".to_string(),
                    _ => {
                        if let Some(code) = part_of_day(w) {
                            format!("XXXX-XX-XXT{code}")
                        } else if let Some(wd) = weekday(w).filter(|_| self.capital(i + 1)) {
                            format!("XXXX-WXX-{}", wd + 1)
                        } else {
                            return None;
                        }
                    }
                };
                return Some(Hit::new(i, i + 2, Some(v), TimeKind::Set, Anchor::Explicit));
            }
            _ => return None,
        };
        Some(Hit::new(
            i,
            i + 1,
            Some(value.to_string()),
            TimeKind::Set,
            Anchor::Explicit,
        ))
    }

    /// Clock times: "10:30 a.m.", "8 PM", "22:35 GMT", "15:00 GMT Saturday".
    fn clock(&self, i: usize) -> Option<Hit> {
        let (h, hl) = self.num(i)?;
        if hl > 2 || h > 24 || self.in_bigger_number(i) {
            return None;
        }
        let mut j = i + 1;
        let mut minute = 0;
        let colon = self.punct(j, ":") && self.glued(j) && self.glued(j + 1);
        if colon {
            let (mi, ml) = self.num(j + 1)?;
            if ml != 2 || mi > 59 || (self.punct(j + 2, ":") && self.glued(j + 2)) {
                return None; // "3:07:35" is a race time
            }
            minute = mi;
            j += 2;
        }
        let mut hour = h;
        let meridiem = match self.low(j) {
            "am" | "pm" => Some((self.low(j) == "pm", j + 1)),
            "a" | "p" if self.punct(j + 1, ".") && self.is(j + 2, "m") => {
                let e = if self.punct(j + 3, ".") { j + 4 } else { j + 3 };
                Some((self.low(j) == "p", e))
            }
            _ => None,
        };
        let mut anchored = false;
        if let Some((pm, e)) = meridiem {
            if !(1..=12).contains(&h) {
                return None;
            }
            hour = match (pm, h) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            j = e;
            anchored = true;
        }
        let mut zone = "";
        if time_zone(self.low(j)) && self.toks.get(j).is_some_and(|t| t.kind == TokKind::Word) {
            // TimeML writes UTC as "Z"; other zones are left as local time.
            if self.low(j) == "utc" {
                zone = "Z";
            }
            j += 1;
            anchored = true;
        }
        if !anchored {
            let prev = i.checked_sub(1).map_or("", |p| self.low(p));
            if !(colon
                && matches!(
                    prev,
                    "at" | "by" | "around" | "until" | "from" | "before" | "after"
                ))
            {
                return None;
            }
        }
        if hour > 23 {
            return None;
        }
        let clock = format!("T{hour:02}:{minute:02}{zone}");
        // A day written right after the time belongs to it: "15:00 GMT Saturday".
        let on = if self.is(j, "on") && self.capital(j + 1) && weekday(self.low(j + 1)).is_some() {
            j + 1
        } else {
            j
        };
        if let Some(day) = self
            .date_phrase(on)
            .or_else(|| self.weekday_phrase(on))
            .or_else(|| self.deictic(on))
        {
            if let Some(v) = day
                .value
                .as_deref()
                .filter(|v| v.len() == 10 && !v.starts_with('X'))
            {
                return Some(Hit::new(
                    i,
                    day.end,
                    Some(format!("{v}{clock}")),
                    TimeKind::Time,
                    day.anchor,
                ));
            }
        }
        if let Some((day, anchor)) = self
            .last_day
            .get()
            .filter(|(_, _, at)| i.saturating_sub(*at) <= 25)
            .map(|(d, a, _)| (d, a))
        {
            return Some(Hit::new(
                i,
                j,
                Some(format!("{day}{clock}")),
                TimeKind::Time,
                anchor,
            ));
        }
        let (value, anchor) = match self.publication {
            Some(p) => (format!("{p}{clock}"), Anchor::Publication),
            None => (format!("XXXX-XX-XX{clock}"), Anchor::Unresolved),
        };
        Some(Hit::new(i, j, Some(value), TimeKind::Time, anchor))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Article;

    /// (text, value, anchor) of every expression in `text` read on `published`.
    fn read(text: &str, published: Option<&str>) -> Vec<(String, Option<String>, Anchor)> {
        let article = Article {
            id: "t".into(),
            text: text.into(),
            published: published.and_then(Date::parse),
            url: None,
            outlet: None,
            page: None,
        };
        let mut doc = Document::new(&article);
        extract(&mut doc);
        doc.times
            .iter()
            .map(|t| (text[t.range.clone()].to_string(), t.value.clone(), t.anchor))
            .collect()
    }

    fn value(text: &str, published: Option<&str>) -> Option<String> {
        let times = read(text, published);
        assert_eq!(times.len(), 1, "{text}: {times:?}");
        times[0].1.clone()
    }

    #[test]
    fn weekdays_point_to_the_past_and_include_the_day_itself() {
        // 2025-06-20 is a Friday.
        assert_eq!(
            value("They spoke on Thursday.", Some("2025-06-20")).as_deref(),
            Some("2025-06-19")
        );
        assert_eq!(
            value("They spoke on Friday.", Some("2025-06-20")).as_deref(),
            Some("2025-06-20")
        );
        assert_eq!(
            value("They spoke on Saturday.", Some("2025-06-20")).as_deref(),
            Some("2025-06-14")
        );
        assert_eq!(
            value("Strikes last Friday hit sites.", Some("2025-06-20")).as_deref(),
            Some("2025-06-13")
        );
        assert_eq!(
            value("They will meet on Monday.", Some("2025-06-20")).as_deref(),
            Some("2025-06-23")
        );
        assert_eq!(
            value("They meet next Friday.", Some("2025-06-20")).as_deref(),
            Some("2025-06-27")
        );
    }

    #[test]
    fn relative_times_cross_the_year_boundary() {
        // 2025-01-02 is a Thursday.
        assert_eq!(
            value("It happened on Monday.", Some("2025-01-02")).as_deref(),
            Some("2024-12-30")
        );
        assert_eq!(
            value("It happened in December.", Some("2025-01-02")).as_deref(),
            Some("2024-12")
        );
        assert_eq!(
            value("Sales fell last month.", Some("2025-01-02")).as_deref(),
            Some("2024-12")
        );
        assert_eq!(
            value("Sales fell last year.", Some("2025-01-02")).as_deref(),
            Some("2024")
        );
        assert_eq!(
            value("Talks resume on Dec. 30.", Some("2025-01-02")).as_deref(),
            Some("2024-12-30")
        );
        assert_eq!(
            value("It was signed yesterday.", Some("2025-01-01")).as_deref(),
            Some("2024-12-31")
        );
        assert_eq!(
            value("Prices rose last week.", Some("2025-01-02")).as_deref(),
            Some("2024-W52")
        );
    }

    #[test]
    fn months_default_to_the_past_unless_the_sentence_looks_ahead() {
        assert_eq!(
            value("In January, Moscow signed a treaty.", Some("2025-07-27")).as_deref(),
            Some("2025-01")
        );
        assert_eq!(
            value(
                "They are expected to meet in late August.",
                Some("2025-07-27")
            )
            .as_deref(),
            Some("2025-08")
        );
        assert_eq!(
            value("Talks broke down in August.", Some("2025-07-27")).as_deref(),
            Some("2024-08")
        );
        assert!(read("He may resign in March, or march on.", Some("2025-07-27")).len() == 1);
    }

    #[test]
    fn no_anchor_leaves_relative_times_unresolved() {
        let times = read("Strikes last Friday; talks on June 20 and Thursday.", None);
        assert_eq!(
            times,
            vec![
                (
                    "last Friday".into(),
                    Some("XXXX-WXX-5".into()),
                    Anchor::Unresolved
                ),
                (
                    "June 20".into(),
                    Some("XXXX-06-20".into()),
                    Anchor::Unresolved
                ),
                (
                    "Thursday".into(),
                    Some("XXXX-WXX-4".into()),
                    Anchor::Unresolved
                ),
            ]
        );
        // A year stated in the article fills in later month-days.
        let times = read(
            "On Thursday, June 19, 2025, they spoke and agreed to meet on September 2.",
            None,
        );
        assert_eq!(
            times[0],
            (
                "Thursday, June 19, 2025".into(),
                Some("2025-06-19".into()),
                Anchor::Explicit
            )
        );
        assert_eq!(times[1].1.as_deref(), Some("2025-09-02"));
    }

    #[test]
    fn explicit_dates_clock_times_and_durations() {
        let p = Some("2025-06-20");
        assert_eq!(
            value("Signed 19 June 2025 in Paris.", p).as_deref(),
            Some("2025-06-19")
        );
        assert_eq!(value("Dated 2025-06-19.", p).as_deref(), Some("2025-06-19"));
        assert_eq!(
            value("Landed at 22:35 GMT.", p).as_deref(),
            Some("2025-06-20T22:35")
        );
        assert_eq!(
            value("It opens at 10:30 a.m. sharp.", p).as_deref(),
            Some("2025-06-20T10:30")
        );
        assert_eq!(
            value("Fighting went on for three days.", p).as_deref(),
            Some("P3D")
        );
        assert_eq!(value("An hour later it ended.", p).as_deref(), Some("PT1H"));
        assert_eq!(value("a four-week closure", p).as_deref(), Some("P4W"));
        assert_eq!(value("He left two years ago.", p).as_deref(), Some("2023"));
        assert_eq!(
            value("Growth in the 1990s was fast.", p).as_deref(),
            Some("199")
        );
        assert_eq!(
            value("Prices are now high.", p).as_deref(),
            Some("PRESENT_REF")
        );
        assert!(read("an hour-long call", p).is_empty());
        assert!(read("a 10-year-old boy and 2000 soldiers", p).is_empty());
    }

    #[test]
    fn spans_stay_on_char_boundaries_in_any_text() {
        let text = "Ünïcödé — “Thursday” 19 Jüne 2025 ﬁ 3:4 12:«5 2025-06-1９ ’58 the 20th — now";
        let article = Article {
            id: "t".into(),
            text: text.into(),
            published: Date::parse("2025-06-20"),
            url: None,
            outlet: None,
            page: None,
        };
        let mut doc = Document::new(&article);
        extract(&mut doc);
        for t in &doc.times {
            assert!(text.is_char_boundary(t.range.start) && text.is_char_boundary(t.range.end));
        }
        assert!(doc
            .times
            .iter()
            .any(|t| t.value.as_deref() == Some("2025-06-19")));
    }
}
