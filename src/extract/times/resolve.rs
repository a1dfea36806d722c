//! Calendar reasoning of a newspaper reader: which Thursday, which January.

use crate::calendar::{days_in_month, Date};

/// Which way an expression points from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    /// News default: the most recent one, the publication day included.
    Past,
    /// "will meet on Monday": the next one, the publication day included.
    Future,
    /// "last Friday": strictly before.
    Last,
    /// "next Friday": strictly after.
    Next,
    /// "this Friday", "this June": in the publication's own week or year.
    This,
}

/// The weekday `wd` (0 = Monday) seen from `reference`.
pub(super) fn weekday(reference: Date, wd: i64, dir: Direction) -> Date {
    let today = reference.weekday().index();
    let back = (today - wd).rem_euclid(7);
    let ahead = (wd - today).rem_euclid(7);
    match dir {
        Direction::Past => reference.add_days(-back),
        Direction::Future => reference.add_days(ahead),
        Direction::Last => reference.add_days(-if back == 0 { 7 } else { back }),
        Direction::Next => reference.add_days(if ahead == 0 { 7 } else { ahead }),
        Direction::This => reference.add_days(wd - today),
    }
}

/// The year of month `m` seen from `reference`.
pub(super) fn month_year(reference: Date, m: u8, dir: Direction) -> i32 {
    let y = reference.year;
    match dir {
        Direction::Past => y - i32::from(m > reference.month),
        Direction::Future => y + i32::from(m < reference.month),
        Direction::Last => y - i32::from(m >= reference.month),
        Direction::Next => y + i32::from(m <= reference.month),
        Direction::This => y,
    }
}

/// The year that puts month `m`, day `d` nearest to `reference`.
pub(super) fn nearest_year(reference: Date, m: u8, d: u8) -> Option<Date> {
    (reference.year - 1..=reference.year + 1)
        .filter_map(|y| Date::new(y, m, d))
        .min_by_key(|c| (c.days() - reference.days()).abs())
}

/// A month-day is plausible in some year (February 29 included).
pub(super) fn valid_month_day(m: u8, d: u8) -> bool {
    d >= 1 && d <= days_in_month(2024, m)
}

/// `YYYY-Www`.
pub(super) fn week_value(d: Date) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

/// `YYYY-MM`.
pub(super) fn month_value(year: i32, m: u8) -> String {
    format!("{year:04}-{m:02}")
}

/// The season `code` (`SU`, …) seen from `reference`, as `YYYY-SU`.
pub(super) fn season_value(reference: Date, code: &str, dir: Direction) -> String {
    let start: u8 = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    // Winter belongs to the year it starts in, as TimeML writes it.
    let y = reference.year;
    let over = reference.month > start.saturating_add(2) || (start == 12 && reference.month <= 2);
    let year = match dir {
        Direction::Last | Direction::Past => {
            if start == 12 {
                if reference.month <= 2 {
                    y - 2
                } else {
                    y - 1
                }
            } else if over {
                y
            } else {
                y - 1
            }
        }
        Direction::Next | Direction::Future => {
            if reference.month < start {
                y
            } else {
                y + 1
            }
        }
        Direction::This => {
            if start == 12 && reference.month <= 2 {
                y - 1
            } else {
                y
            }
        }
    };
    format!("{year:04}-{code}")
}
