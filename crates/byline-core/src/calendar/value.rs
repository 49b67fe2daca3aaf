//! A resolved calendar value: a period on the calendar at the precision the
//! text gives it, written as ISO 8601 for the JSON contract and as a short
//! label for the explorer.

use super::civil::{CivilDate, add_months};

/// The four seasons, as the Northern-hemisphere meteorological calendar
/// divides the year (spring is March to May, winter December to February).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    pub fn from_word(w: &str) -> Option<Season> {
        match w {
            "spring" => Some(Season::Spring),
            "summer" => Some(Season::Summer),
            "autumn" | "fall" => Some(Season::Autumn),
            "winter" => Some(Season::Winter),
            _ => None,
        }
    }

    /// Its first month.
    pub const fn start_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }

    /// The season a month falls in, with the year that season is labelled
    /// by (January 2025 is in the winter of 2024, which starts in December).
    pub fn of_month(year: i32, month: u8) -> (i32, Season) {
        match month {
            3..=5 => (year, Season::Spring),
            6..=8 => (year, Season::Summer),
            9..=11 => (year, Season::Autumn),
            12 => (year, Season::Winter),
            _ => (year - 1, Season::Winter),
        }
    }

    const fn name(self) -> &'static str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Autumn => "autumn",
            Season::Winter => "winter",
        }
    }

    /// The ISO 8601-2 sub-year code (21 spring … 24 winter).
    const fn code(self) -> u8 {
        match self {
            Season::Spring => 21,
            Season::Summer => 22,
            Season::Autumn => 23,
            Season::Winter => 24,
        }
    }
}

/// What a date expression denotes, at its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarValue {
    Day(CivilDate),
    /// An ISO week: (week-numbering year, week).
    Week(i32, u8),
    Month(i32, u8),
    /// The season of a year (a winter is labelled by its December's year).
    Season(i32, Season),
    Year(i32),
    /// The decade starting at this year (1990 for "the 1990s").
    Decade(i32),
}

const MONTH_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_short(m: u8) -> &'static str {
    MONTH_SHORT.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?")
}

impl CalendarValue {
    /// ISO 8601 at its precision: "2025-04-14", "2025-W15", "2025-03",
    /// "2024-22" (a season, ISO 8601-2), "2025", "199X" (a decade).
    pub fn iso(&self) -> String {
        match *self {
            CalendarValue::Day(d) => d.to_string(),
            CalendarValue::Week(y, w) => format!("{y:04}-W{w:02}"),
            CalendarValue::Month(y, m) => format!("{y:04}-{m:02}"),
            CalendarValue::Season(y, s) => format!("{y:04}-{}", s.code()),
            CalendarValue::Year(y) => format!("{y:04}"),
            CalendarValue::Decade(y) => format!("{:03}X", y.div_euclid(10)),
        }
    }

    /// A short label for a list: "14 Apr 2025", "wk 15 2025", "Mar 2025",
    /// "summer 2024", "2025", "1990s".
    pub fn label(&self) -> String {
        match *self {
            CalendarValue::Day(d) => format!("{} {} {}", d.day, month_short(d.month), d.year),
            CalendarValue::Week(y, w) => format!("wk {w} {y}"),
            CalendarValue::Month(y, m) => format!("{} {y}", month_short(m)),
            CalendarValue::Season(y, s) => format!("{} {y}", s.name()),
            CalendarValue::Year(y) => y.to_string(),
            CalendarValue::Decade(y) => format!("{y}s"),
        }
    }

    /// The first day of the period, for ordering values on a timeline.
    pub fn start(&self) -> CivilDate {
        let first = |y: i32, m: u8| CivilDate {
            year: y,
            month: m,
            day: 1,
        };
        match *self {
            CalendarValue::Day(d) => d,
            CalendarValue::Week(y, w) => {
                // Week 1 is the week holding 4 January.
                let jan4 = CivilDate {
                    year: y,
                    month: 1,
                    day: 4,
                };
                jan4.add_days(-i64::from(jan4.weekday()) + 7 * (i64::from(w) - 1))
            }
            CalendarValue::Month(y, m) => first(y, m),
            CalendarValue::Season(y, s) => first(y, s.start_month()),
            CalendarValue::Year(y) => first(y, 1),
            CalendarValue::Decade(y) => first(y, 1),
        }
    }

    /// A key that orders values on a timeline: by start, the wider period
    /// first when two start on the same day.
    pub fn timeline_key(&self) -> (CivilDate, u8) {
        let width = match self {
            CalendarValue::Decade(_) => 0,
            CalendarValue::Year(_) => 1,
            CalendarValue::Season(..) => 2,
            CalendarValue::Month(..) => 3,
            CalendarValue::Week(..) => 4,
            CalendarValue::Day(_) => 5,
        };
        (self.start(), width)
    }

    /// The month `delta` months from a month.
    pub fn month_from(year: i32, month: u8, delta: i32) -> CalendarValue {
        let (y, m) = add_months(year, month, delta);
        CalendarValue::Month(y, m)
    }

    pub fn week_of(d: CivilDate) -> CalendarValue {
        let (y, w) = d.iso_week();
        CalendarValue::Week(y, w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    #[test]
    fn iso_forms_at_each_precision() {
        assert_eq!(CalendarValue::Day(d(2025, 4, 14)).iso(), "2025-04-14");
        assert_eq!(CalendarValue::Week(2025, 5).iso(), "2025-W05");
        assert_eq!(CalendarValue::Month(2025, 3).iso(), "2025-03");
        assert_eq!(CalendarValue::Season(2024, Season::Summer).iso(), "2024-22");
        assert_eq!(CalendarValue::Year(2025).iso(), "2025");
        assert_eq!(CalendarValue::Decade(1990).iso(), "199X");
    }

    #[test]
    fn labels_read_as_dates() {
        assert_eq!(CalendarValue::Month(2025, 3).label(), "Mar 2025");
        assert_eq!(CalendarValue::Day(d(2025, 4, 7)).label(), "7 Apr 2025");
        assert_eq!(CalendarValue::Decade(1990).label(), "1990s");
        assert_eq!(CalendarValue::Season(2024, Season::Winter).label(), "winter 2024");
    }

    #[test]
    fn weeks_start_on_their_monday() {
        assert_eq!(CalendarValue::Week(2025, 15).start(), d(2025, 4, 7));
        assert_eq!(CalendarValue::week_of(d(2025, 4, 12)), CalendarValue::Week(2025, 15));
        assert_eq!(CalendarValue::Week(2020, 53).start(), d(2020, 12, 28));
    }

    #[test]
    fn timeline_orders_wider_periods_first_on_the_same_day() {
        let mut v = [
            CalendarValue::Day(d(2025, 1, 1)),
            CalendarValue::Month(2024, 12),
            CalendarValue::Year(2025),
            CalendarValue::Decade(1990),
        ];
        v.sort_by_key(CalendarValue::timeline_key);
        assert_eq!(
            v,
            [
                CalendarValue::Decade(1990),
                CalendarValue::Month(2024, 12),
                CalendarValue::Year(2025),
                CalendarValue::Day(d(2025, 1, 1)),
            ]
        );
    }

    #[test]
    fn winter_belongs_to_its_december() {
        assert_eq!(Season::of_month(2025, 1), (2024, Season::Winter));
        assert_eq!(Season::of_month(2025, 12), (2025, Season::Winter));
        assert_eq!(Season::of_month(2025, 7), (2025, Season::Summer));
    }
}
