//! Civil (proleptic Gregorian) dates and the little arithmetic byline
//! needs on them: days between dates, weekdays, months and ISO weeks.
//!
//! A date crate would bring time zones and clocks byline never uses; a news
//! date is a day on the calendar, and the arithmetic on days is a few lines
//! (Howard Hinnant's `days_from_civil`).

use std::fmt;

/// A day on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the month's length.
    pub day: u8,
}

/// Monday is 0, as ISO 8601 counts.
pub type Weekday = u8;

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl CivilDate {
    /// The date, when it exists on the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(CivilDate {
            year,
            month,
            day,
        })
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    pub fn add_days(self, n: i64) -> CivilDate {
        CivilDate::from_days(self.days() + n)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as Weekday
    }

    /// The ISO 8601 week: (week-numbering year, week 1..=53).
    pub fn iso_week(self) -> (i32, u8) {
        // The week belongs to the year of its Thursday.
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = CivilDate {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// Parses "YYYY-MM-DD", the form `--date` and the contract use.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = s.get(..4)?.parse().ok()?;
        let month = s.get(5..7)?.parse().ok()?;
        let day = s.get(8..10)?.parse().ok()?;
        if !s.get(..4)?.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        CivilDate::new(year, month, day)
    }
}

/// `(year, month)` moved by `delta` months.
pub fn add_months(year: i32, month: u8, delta: i32) -> (i32, u8) {
    let index = year * 12 + i32::from(month) - 1 + delta;
    (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    #[test]
    fn days_round_trip_across_leap_years_and_eras() {
        for n in [-800_000, -1, 0, 1, 10_957, 11_016, 20_000, 2_000_000] {
            assert_eq!(CivilDate::from_days(n).days(), n);
        }
        assert_eq!(d(1970, 1, 1).days(), 0);
        assert_eq!(d(2000, 3, 1).days() - d(2000, 2, 28).days(), 2);
        assert_eq!(d(1900, 3, 1).days() - d(1900, 2, 28).days(), 1);
    }

    #[test]
    fn weekdays_are_counted_from_monday() {
        assert_eq!(d(2025, 4, 12).weekday(), 5); // a Saturday
        assert_eq!(d(2015, 8, 2).weekday(), 6); // a Sunday
        assert_eq!(d(2011, 4, 13).weekday(), 2); // a Wednesday
    }

    #[test]
    fn iso_weeks_at_year_ends() {
        assert_eq!(d(2025, 4, 7).iso_week(), (2025, 15));
        assert_eq!(d(2021, 1, 3).iso_week(), (2020, 53));
        assert_eq!(d(2024, 12, 30).iso_week(), (2025, 1));
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(CivilDate::new(2025, 2, 29), None);
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert_eq!(CivilDate::parse_iso("2025-13-01"), None);
        assert_eq!(CivilDate::parse_iso("2025-4-1"), None);
        assert_eq!(CivilDate::parse_iso("+025-04-01"), None);
        assert_eq!(CivilDate::parse_iso("2025-04-12"), Some(d(2025, 4, 12)));
    }

    #[test]
    fn months_wrap_across_years() {
        assert_eq!(add_months(2025, 1, -1), (2024, 12));
        assert_eq!(add_months(2025, 12, 1), (2026, 1));
        assert_eq!(add_months(2025, 4, -24), (2023, 4));
    }
}
