//! Placing a date expression on the calendar, against the article's own
//! date: "Monday" by the tense of its verb, "last month", "next year",
//! "this weekend", "last summer", "in May", "ten years ago", and the year
//! an "Aug. 2" leaves out.
//!
//! Without the article's date nothing relative is resolved: a guess would
//! look like a fact in a fact-checker's tool. What the text states in full
//! ("August 2, 2015", "the 1990s") never needs it.

use super::absolute::{self, Stated, month_of, weekday_of, words};
use super::civil::{CivilDate, Weekday};
use super::tense::Tense;
use super::value::{CalendarValue, Season};

/// Which way a relative lead word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    Last,
    This,
    Next,
}

fn lead_of(w: &str) -> Option<Lead> {
    match w {
        "last" | "past" => Some(Lead::Last),
        "this" => Some(Lead::This),
        "next" | "coming" => Some(Lead::Next),
        _ => None,
    }
}

/// Resolves a date expression; `after` is the text that follows it (for
/// "ago") and `tense` is asked only when the expression needs it.
pub fn resolve(
    expr: &str,
    after: &str,
    published: Option<CivilDate>,
    tense: impl FnOnce() -> Tense,
) -> Option<CalendarValue> {
    if let Some(stated) = absolute::parse(expr) {
        return from_stated(stated, published, tense);
    }
    let published = published?;
    let mut ws = words(expr);
    ws.retain(|w| w != "the");
    if let Some(v) = ago(&ws, after, published) {
        return Some(v);
    }
    match ws.as_slice() {
        [one] => deictic_day(one, published),
        // "this past weekend" is last weekend.
        [this, past, unit] if this == "this" && past == "past" => relative_unit(Lead::Last, unit, published, tense),
        [lead, unit] => {
            if lead == "past" && !matches!(unit.as_str(), "weekend" | "night") && weekday_of(unit).is_none() {
                // "the past year" is the twelve months up to now, not a calendar year.
                return None;
            }
            relative_unit(lead_of(lead)?, unit, published, tense)
        }
        _ => None,
    }
}

fn from_stated(stated: Stated, published: Option<CivilDate>, tense: impl FnOnce() -> Tense) -> Option<CalendarValue> {
    match stated {
        Stated::Full(d) => Some(CalendarValue::Day(d)),
        Stated::MonthYear(y, m) => Some(CalendarValue::Month(y, m)),
        Stated::Year(y) => Some(CalendarValue::Year(y)),
        Stated::Decade(y) => Some(CalendarValue::Decade(y)),
        Stated::MonthDay(m, d) => month_day(m, d, published?, tense()).map(CalendarValue::Day),
        Stated::Month(m) => {
            let (y, m) = month_alone(m, published?, tense());
            Some(CalendarValue::Month(y, m))
        }
        Stated::Weekday(wd) => Some(CalendarValue::Day(weekday(wd, published?, tense()))),
    }
}

/// "Monday": the one before the article (on or before its day) in the past
/// tense, the one after in the future. News reports what happened, so a
/// weekday with no clear tense is taken as past.
fn weekday(wd: Weekday, published: CivilDate, tense: Tense) -> CivilDate {
    let today = i64::from(published.weekday());
    let wd = i64::from(wd);
    match tense {
        Tense::Future => published.add_days((wd - today).rem_euclid(7)),
        Tense::Past | Tense::Unknown => published.add_days(-(today - wd).rem_euclid(7)),
    }
}

/// The candidate years around the article's, nearest first when the tense
/// does not decide.
fn pick<T: Ord + Copy>(
    candidates: [Option<T>; 3],
    published: T,
    tense: Tense,
    distance: impl Fn(T) -> i64,
) -> Option<T> {
    let valid = candidates.into_iter().flatten();
    match tense {
        Tense::Past => valid.filter(|c| *c <= published).max(),
        Tense::Future => valid.filter(|c| *c >= published).min(),
        // Nearest; on a tie, the earlier one.
        Tense::Unknown => valid.min_by_key(|&c| (distance(c).abs(), distance(c) > 0)),
    }
}

/// "Aug. 2": the year that puts it on the right side of the article's date,
/// or the nearest one.
fn month_day(m: u8, d: u8, published: CivilDate, tense: Tense) -> Option<CivilDate> {
    let y = published.year;
    let candidates = [
        CivilDate::new(y - 1, m, d),
        CivilDate::new(y, m, d),
        CivilDate::new(y + 1, m, d),
    ];
    pick(candidates, published, tense, |c| c.days() - published.days())
}

/// "in May": the nearest May that fits the tense.
fn month_alone(m: u8, published: CivilDate, tense: Tense) -> (i32, u8) {
    let index = |y: i32, m: u8| y * 12 + i32::from(m) - 1;
    let now = index(published.year, published.month);
    let y = published.year;
    let candidates = [Some(index(y - 1, m)), Some(index(y, m)), Some(index(y + 1, m))];
    let chosen = pick(candidates, now, tense, |c| i64::from(c - now)).unwrap_or(now);
    (chosen.div_euclid(12), (chosen.rem_euclid(12) + 1) as u8)
}

/// "today", "yesterday", "tomorrow", "tonight".
fn deictic_day(w: &str, published: CivilDate) -> Option<CalendarValue> {
    let offset = match w {
        "today" | "tonight" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => return None,
    };
    Some(CalendarValue::Day(published.add_days(offset)))
}

/// "last month", "next week", "this weekend", "last summer", "next Monday",
/// "last May".
fn relative_unit(lead: Lead, unit: &str, published: CivilDate, tense: impl FnOnce() -> Tense) -> Option<CalendarValue> {
    let step = match lead {
        Lead::Last => -1,
        Lead::This => 0,
        Lead::Next => 1,
    };
    if let Some(season) = Season::from_word(unit) {
        return Some(season_from(lead, season, published, tense));
    }
    if let Some(wd) = weekday_of(unit) {
        let today = i64::from(published.weekday());
        let wd = i64::from(wd);
        let day = match lead {
            Lead::Last => published.add_days(-((today - wd - 1).rem_euclid(7) + 1)),
            Lead::Next => published.add_days((wd - today - 1).rem_euclid(7) + 1),
            Lead::This => weekday(wd as Weekday, published, tense()),
        };
        return Some(CalendarValue::Day(day));
    }
    if let Some(m) = month_of(unit) {
        let now = published.year * 12 + i32::from(published.month) - 1;
        let this = published.year * 12 + i32::from(m) - 1;
        let chosen = match lead {
            Lead::This => this,
            Lead::Last if this < now => this,
            Lead::Last => this - 12,
            Lead::Next if this > now => this,
            Lead::Next => this + 12,
        };
        return Some(CalendarValue::Month(
            chosen.div_euclid(12),
            (chosen.rem_euclid(12) + 1) as u8,
        ));
    }
    match unit {
        "week" => Some(CalendarValue::week_of(published.add_days(7 * i64::from(step)))),
        "month" => Some(CalendarValue::month_from(published.year, published.month, step)),
        "year" => Some(CalendarValue::Year(published.year + step)),
        "decade" => Some(CalendarValue::Decade(published.year.div_euclid(10) * 10 + 10 * step)),
        "weekend" => Some(CalendarValue::week_of(weekend(lead, published, tense))),
        "night" if lead != Lead::Next => Some(CalendarValue::Day(published.add_days(i64::from(step)))),
        "morning" | "afternoon" | "evening" if lead == Lead::This => Some(CalendarValue::Day(published)),
        _ => None,
    }
}

/// The Saturday of the weekend meant.
fn weekend(lead: Lead, published: CivilDate, tense: impl FnOnce() -> Tense) -> CivilDate {
    let today = i64::from(published.weekday());
    // Saturday is 5: the weekend the article's own day falls in, if any.
    let own = (today >= 5).then(|| published.add_days(5 - today));
    let before = own.map_or_else(|| published.add_days(-(today + 2)), |sat| sat.add_days(-7));
    let after = own.map_or_else(|| published.add_days(5 - today), |sat| sat.add_days(7));
    match (lead, own) {
        (Lead::Last, _) => before,
        (Lead::Next, _) => after,
        (Lead::This, Some(sat)) => sat,
        (Lead::This, None) => match tense() {
            Tense::Future => after,
            Tense::Past | Tense::Unknown => before,
        },
    }
}

/// "last summer" is the most recent summer before the current season,
/// "next summer" the first after it, "this summer" the current one or, when
/// it is another season now, the one the tense points to.
fn season_from(lead: Lead, season: Season, published: CivilDate, tense: impl FnOnce() -> Tense) -> CalendarValue {
    let order = |s: Season| match s {
        Season::Spring => 0,
        Season::Summer => 1,
        Season::Autumn => 2,
        Season::Winter => 3,
    };
    let (y, now_season) = Season::of_month(published.year, published.month);
    let now = y * 4 + order(now_season);
    let same_year = y * 4 + order(season);
    let last = if same_year < now { same_year } else { same_year - 4 };
    let next = if same_year > now { same_year } else { same_year + 4 };
    let chosen = match lead {
        Lead::Last => last,
        Lead::Next => next,
        Lead::This if same_year == now => now,
        Lead::This => match tense() {
            Tense::Past => last,
            Tense::Future => next,
            Tense::Unknown => same_year,
        },
    };
    let seasons = [Season::Spring, Season::Summer, Season::Autumn, Season::Winter];
    CalendarValue::Season(chosen.div_euclid(4), seasons[chosen.rem_euclid(4) as usize])
}

const SMALL_NUMBERS: [&str; 21] = [
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
    "twenty",
];

fn count_of(w: &str) -> Option<i64> {
    match w {
        "a" | "an" => Some(1),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        _ => SMALL_NUMBERS
            .iter()
            .position(|n| *n == w)
            .map(|n| n as i64)
            .or_else(|| w.parse().ok().filter(|n| (0..10_000).contains(n))),
    }
}

/// "ten years ago", "three days ago", "six months ago": the expression is
/// the count and its unit, and "ago" follows it.
fn ago(ws: &[String], after: &str, published: CivilDate) -> Option<CalendarValue> {
    if words(after).first().map(String::as_str) != Some("ago") {
        return None;
    }
    let [count, unit] = ws else {
        return None;
    };
    let n = count_of(count)?;
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    Some(match unit {
        "day" => CalendarValue::Day(published.add_days(-n)),
        "week" => CalendarValue::week_of(published.add_days(-7 * n)),
        "month" => CalendarValue::month_from(published.year, published.month, -i32::try_from(n).ok()?),
        "year" => CalendarValue::Year(published.year - i32::try_from(n).ok()?),
        "decade" => CalendarValue::Decade((published.year - 10 * i32::try_from(n).ok()?).div_euclid(10) * 10),
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
