//! Reading the calendar fields a date expression spells out: "August 2,
//! 2015", "2 August 2015", "Aug. 2", "August 2015", "2015-08-02",
//! "14/04/2025", "2024", "the 1990s". What the text leaves out (the year of
//! "Aug. 2") is left out here too; [`super::relative`] supplies it from the
//! article's date, or nobody does.

use super::civil::{CivilDate, Weekday};
use crate::lexicon::dates;

/// The fields an expression states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stated {
    Full(CivilDate),
    /// A day of a month, no year ("Aug. 2").
    MonthDay(u8, u8),
    MonthYear(i32, u8),
    /// A month alone ("in May").
    Month(u8),
    Year(i32),
    /// The decade starting at this year ("the early 1990s").
    Decade(i32),
    /// A weekday alone ("Monday").
    Weekday(Weekday),
}

/// Words that can sit around a date without changing which one it is.
const FILLER: &[&str] = &["the", "of", "on", "in", "early", "mid", "late", "during", "since", "by"];

/// A month named in full or abbreviated ("Aug", "Sept"), lower-cased.
pub fn month_of(w: &str) -> Option<u8> {
    dates::month_number(w)
}

/// A weekday named in full or by its three-letter abbreviation, lower-cased.
pub fn weekday_of(w: &str) -> Option<Weekday> {
    dates::weekday_number(w)
}

fn day_of(w: &str) -> Option<u8> {
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| *y >= 1000)
}

/// "1990s" → 1990.
fn decade_of(w: &str) -> Option<i32> {
    let y = year_of(w.strip_suffix('s')?)?;
    (y % 10 == 0).then_some(y)
}

/// The lower-cased words of a text, punctuation dropped ("Aug. 2," →
/// ["aug", "2"]).
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// "2015-08-02" at the start of `s` (a timestamp's date part included).
pub fn iso_prefix(s: &str) -> Option<CivilDate> {
    let head = s.get(..10)?;
    let rest = &s[10..];
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    CivilDate::parse_iso(head)
}

/// "14/04/2025" or "4/14/2025": only when the order is clear, because one
/// of the two numbers cannot be a month.
fn slashed(s: &str) -> Option<CivilDate> {
    let mut parts = s.split(['/', '.']);
    let a: u8 = parts.next()?.parse().ok()?;
    let b: u8 = parts.next()?.parse().ok()?;
    let y = year_of(parts.next()?)?;
    if parts.next().is_some() {
        return None;
    }
    match (a > 12, b > 12) {
        (true, false) => CivilDate::new(y, b, a),
        (false, true) => CivilDate::new(y, a, b),
        _ if a == b => CivilDate::new(y, a, b),
        _ => None,
    }
}

/// A full date (day, month and year) at the start of `words`, with the
/// number of words it takes: "August 2, 2015", "2 August 2015".
fn full_at(words: &[String]) -> Option<(CivilDate, usize)> {
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    if let Some(m) = month_of(w(0))
        && let Some(d) = day_of(w(1))
        && let Some(y) = year_of(w(2))
    {
        return CivilDate::new(y, m, d).map(|date| (date, 3));
    }
    if let Some(d) = day_of(w(0))
        && let Some(m) = month_of(w(1))
        && let Some(y) = year_of(w(2))
    {
        return CivilDate::new(y, m, d).map(|date| (date, 3));
    }
    None
}

/// The first full date written anywhere in `s`: "Friday, August 15, 2008",
/// "WASHINGTON, April 14, 2025 (Reuters)", "16 November 2017 • 2:15pm",
/// "2019-04-28 06:01:07".
pub fn first_full_date(s: &str) -> Option<CivilDate> {
    let s = s.trim();
    if let Some(d) = iso_prefix(s) {
        return Some(d);
    }
    let ws = words(s);
    (0..ws.len()).find_map(|i| full_at(&ws[i..]).map(|(d, _)| d))
}

/// What a whole date expression states, or `None` when it is not one
/// calendar date ("January and February", "fiscal year 2019").
pub fn parse(expr: &str) -> Option<Stated> {
    let expr = expr.trim();
    if let Some(d) = iso_prefix(expr).filter(|_| expr.len() == 10) {
        return Some(Stated::Full(d));
    }
    if expr.contains('/') {
        return slashed(expr).map(Stated::Full);
    }
    let mut ws = words(expr);
    ws.retain(|w| !FILLER.contains(&w.as_str()));
    // A weekday before a date only repeats it ("Sunday, August 2, 2015").
    if ws.len() > 1 && weekday_of(&ws[0]).is_some() {
        ws.remove(0);
    }
    let w = |i: usize| ws.get(i).map_or("", String::as_str);
    if let Some((d, n)) = full_at(&ws)
        && n == ws.len()
    {
        return Some(Stated::Full(d));
    }
    match ws.len() {
        1 => {
            let only = w(0);
            if let Some(y) = year_of(only) {
                Some(Stated::Year(y))
            } else if let Some(y) = decade_of(only) {
                Some(Stated::Decade(y))
            } else if let Some(m) = month_of(only) {
                Some(Stated::Month(m))
            } else {
                weekday_of(only).map(Stated::Weekday)
            }
        }
        2 => {
            let (a, b) = (w(0), w(1));
            if let (Some(m), Some(d)) = (month_of(a), day_of(b)) {
                valid_month_day(m, d)
            } else if let (Some(d), Some(m)) = (day_of(a), month_of(b)) {
                valid_month_day(m, d)
            } else if let (Some(m), Some(y)) = (month_of(a), year_of(b)) {
                Some(Stated::MonthYear(y, m))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A day that exists in that month in some year (29 February included).
fn valid_month_day(m: u8, d: u8) -> Option<Stated> {
    CivilDate::new(2000, m, d).map(|_| Stated::MonthDay(m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    #[test]
    fn absolute_dates_in_common_news_formats() {
        for text in [
            "August 2, 2015",
            "2 August 2015",
            "Aug. 2, 2015",
            "2015-08-02",
            "Sunday, August 2, 2015",
            "the 2nd of August 2015",
        ] {
            assert_eq!(parse(text), Some(Stated::Full(d(2015, 8, 2))), "{text}");
        }
        assert_eq!(parse("Aug. 2"), Some(Stated::MonthDay(8, 2)));
        assert_eq!(parse("2 Aug"), Some(Stated::MonthDay(8, 2)));
        assert_eq!(parse("Sept 30"), Some(Stated::MonthDay(9, 30)));
        assert_eq!(parse("August 2015"), Some(Stated::MonthYear(2015, 8)));
        assert_eq!(parse("May"), Some(Stated::Month(5)));
        assert_eq!(parse("2024"), Some(Stated::Year(2024)));
        assert_eq!(parse("mid-2020"), Some(Stated::Year(2020)));
    }

    #[test]
    fn decades_with_or_without_their_part() {
        assert_eq!(parse("1990s"), Some(Stated::Decade(1990)));
        assert_eq!(parse("the early 1990s"), Some(Stated::Decade(1990)));
        assert_eq!(parse("1995s"), None);
    }

    #[test]
    fn numeric_dates_only_when_the_order_is_clear() {
        assert_eq!(parse("14/04/2025"), Some(Stated::Full(d(2025, 4, 14))));
        assert_eq!(parse("4/14/2025"), Some(Stated::Full(d(2025, 4, 14))));
        assert_eq!(parse("4/5/2025"), None);
    }

    #[test]
    fn not_one_date_is_none() {
        assert_eq!(parse("January and February"), None);
        assert_eq!(parse("fiscal year 2019"), None);
        assert_eq!(parse("February 30"), None);
        assert_eq!(parse("February 30, 2025"), None);
    }

    #[test]
    fn first_full_date_in_datelines_and_metadata() {
        assert_eq!(first_full_date("Friday, August 15, 2008"), Some(d(2008, 8, 15)));
        assert_eq!(
            first_full_date("WASHINGTON, April 14, 2025 (Reuters) –"),
            Some(d(2025, 4, 14))
        );
        assert_eq!(first_full_date("16 November 2017 • 2:15pm"), Some(d(2017, 11, 16)));
        assert_eq!(first_full_date("2019-04-28 06:01:07"), Some(d(2019, 4, 28)));
        assert_eq!(first_full_date("2019-01-03T02:00:02-0500"), Some(d(2019, 1, 3)));
        assert_eq!(first_full_date("WASHINGTON, April 14 (Reuters) –"), None);
        assert_eq!(first_full_date("May 7 (AFP) –"), None);
    }
}
