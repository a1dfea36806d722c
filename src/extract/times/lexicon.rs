//! The words of dates and durations, looked up by their lower-cased form.

/// Month number (1–12) of a full or abbreviated month name.
pub(crate) fn month(w: &str) -> Option<u8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Whether a month word is also an everyday word ("may", "march") and needs date context.
pub(super) fn month_is_ambiguous(w: &str) -> bool {
    matches!(
        w,
        "may"
            | "march"
            | "mar"
            | "jan"
            | "dec"
            | "sep"
            | "oct"
            | "aug"
            | "apr"
            | "jun"
            | "jul"
            | "nov"
    )
}

/// Weekday index, 0 for Monday.
pub(crate) fn weekday(w: &str) -> Option<i64> {
    Some(match w {
        "monday" | "mon" => 0,
        "tuesday" | "tue" | "tues" => 1,
        "wednesday" | "wed" => 2,
        "thursday" | "thu" | "thurs" => 3,
        "friday" | "fri" => 4,
        "saturday" | "sat" => 5,
        "sunday" | "sun" => 6,
        _ => return None,
    })
}

/// A unit of duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The ISO 8601 duration for `n` units (`None` = unspecified, "X").
    pub fn duration(self, n: Option<u32>) -> String {
        let n_str = |k: u32| n.map_or_else(|| "X".to_string(), |n| (n * k).to_string());
        match self {
            Unit::Second => format!("PT{}S", n_str(1)),
            Unit::Minute => format!("PT{}M", n_str(1)),
            Unit::Hour => format!("PT{}H", n_str(1)),
            Unit::Day => format!("P{}D", n_str(1)),
            Unit::Week => format!("P{}W", n_str(1)),
            Unit::Month => format!("P{}M", n_str(1)),
            Unit::Year => format!("P{}Y", n_str(1)),
            Unit::Decade => format!("P{}Y", n_str(10)),
            Unit::Century => format!("P{}Y", n_str(100)),
        }
    }
}

/// A unit word, singular or plural, and whether it was plural.
pub(super) fn unit(w: &str) -> Option<(Unit, bool)> {
    Some(match w {
        "second" => (Unit::Second, false),
        "seconds" => (Unit::Second, true),
        "minute" => (Unit::Minute, false),
        "minutes" => (Unit::Minute, true),
        "hour" => (Unit::Hour, false),
        "hours" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "year" => (Unit::Year, false),
        "years" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    })
}

/// Small numbers written out; `Some(None)` for vague counts ("several").
pub(super) fn count_word(w: &str) -> Option<Option<u32>> {
    Some(Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "dozen" => 12,
        "several" | "few" | "many" | "recent" | "coming" => return Some(None),
        _ => return None,
    }))
}

/// TimeML part-of-day codes: "morning" → `MO`.
pub(super) fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// TimeML season codes.
pub(super) fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// Time zone abbreviations that follow a clock time.
pub(super) fn time_zone(w: &str) -> bool {
    matches!(
        w,
        "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "est"
            | "edt"
            | "cst"
            | "cdt"
            | "pst"
            | "pdt"
            | "et"
            | "pt"
            | "msk"
            | "ist"
            | "jst"
    )
}

/// Words that, shortly before an expression, point it to the future ("will meet in August").
pub(super) fn future_cue(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "ll"
            | "expected"
            | "expects"
            | "scheduled"
            | "due"
            | "until"
            | "till"
            | "through"
            | "upcoming"
            | "planned"
            | "plans"
    )
}
