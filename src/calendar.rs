//! Calendar dates: parsing `YYYY-MM-DD`, weekdays and day arithmetic, with no time zones.
//!
//! News dates are civil dates in the outlet's own zone; a small proleptic-Gregorian
//! day count (after Howard Hinnant's `days_from_civil`) is all the pipeline needs.

use std::fmt;

/// A day of the proleptic Gregorian calendar.
///
/// ```
/// use corroborate::calendar::{Date, Weekday};
/// let d = Date::parse("2025-06-20").unwrap();
/// assert_eq!(d.weekday(), Weekday::Friday);
/// assert_eq!(d.add_days(-1).to_string(), "2025-06-19");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Days of the week, Monday first (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> i64 {
        self as i64
    }

    fn from_index(i: i64) -> Weekday {
        use Weekday::*;
        [
            Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
        ][i.rem_euclid(7) as usize]
    }
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl Date {
    /// A date, if `month` and `day` exist in `year`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month) && (1..=9999).contains(&year))
            .then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// This date moved by `n` days (negative for earlier).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::from_index(self.days() + 3)
    }

    /// The ISO 8601 week: (week-numbering year, week 1–53).
    pub fn iso_week(self) -> (i32, u8) {
        // The week's Thursday decides its year.
        let thursday = self.add_days(3 - Weekday::index(self.weekday()));
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// The first day of the month `n` months after this date's month (negative for earlier).
    pub fn add_months(self, n: i64) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        Date {
            year: total.div_euclid(12) as i32,
            month: (total.rem_euclid(12) + 1) as u8,
            day: 1,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rejects_non_dates() {
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-6-20",
            "20250620",
            "2025-06-20T10:00",
            "",
            "abcd-ef-gh",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(
            Date::parse("2024-02-29"),
            Some(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
    }

    #[test]
    fn day_counts_round_trip_and_weekdays() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days(), 0);
        assert_eq!(
            Date::parse("2025-06-19").unwrap().weekday(),
            Weekday::Thursday
        );
        assert_eq!(
            Date::parse("2025-07-27").unwrap().weekday(),
            Weekday::Sunday
        );
        let start = Date::parse("1899-12-25").unwrap().days();
        for d in start..start + 50_000 {
            assert_eq!(Date::from_days(d).days(), d);
        }
        assert_eq!(
            Date::parse("2024-12-30").unwrap().add_days(3).to_string(),
            "2025-01-02"
        );
    }

    #[test]
    fn iso_weeks_across_year_ends() {
        let week = |s: &str| Date::parse(s).unwrap().iso_week();
        assert_eq!(week("2025-06-19"), (2025, 25));
        assert_eq!(week("2013-03-22"), (2013, 12));
        assert_eq!(week("2024-12-30"), (2025, 1));
        assert_eq!(week("2021-01-03"), (2020, 53));
        assert_eq!(
            Date::parse("2025-01-15")
                .unwrap()
                .add_months(-1)
                .to_string(),
            "2024-12-01"
        );
    }
}
