//! Date expressions that the calendar rules of the parent module do not
//! read: time counted back ("ten years ago"), decades ("the early 1990s"),
//! financial years and year ranges written as one number ("2011-12",
//! "2004-2009", "2011/12"), and a weekday naming a date in brackets
//! ("Sunday night (March 4)").

use super::{DateMention, month_date, year_number};
use crate::article::Span;
use crate::extract::entities::words::is_one_of;
use crate::extract::tokens::{Token, TokenKind};

/// Number words that count units back in "… years ago".
const AGO_COUNTS: &[&str] = &[
    "a",
    "an",
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
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "several",
    "few",
];

/// Time units counted back in "… ago".
const AGO_UNITS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "decades",
    "century",
    "centuries",
    "hour",
    "hours",
    "minute",
    "minutes",
];

/// "ten years ago", "[Ten] years ago", "20 minutes ago": the end token
/// when the expression starts at `i`.
pub(super) fn ago(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let bracketed = word(i) == "[";
    let n = if bracketed { i + 1 } else { i };
    let count = word(n);
    let counts = toks.get(n).is_some_and(|t| t.kind == TokenKind::Number) && count.bytes().all(|b| b.is_ascii_digit())
        || is_one_of(count, AGO_COUNTS);
    let unit = if bracketed { n + 2 } else { n + 1 };
    (counts && (!bracketed || word(n + 1) == "]") && is_one_of(word(unit), AGO_UNITS) && word(unit + 1) == "ago")
        .then_some(unit + 2)
}

/// "(March 4)" after a weekday and an optional part of the day: the index
/// just past the "(", the end of the date, and its key.
pub(super) fn bracketed_date(text: &str, toks: &[Token], mut j: usize) -> Option<(usize, usize, String)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    if is_one_of(word(j), &["night", "morning", "afternoon", "evening"]) {
        j += 1;
    }
    if word(j) != "(" {
        return None;
    }
    let (end, key) = month_date(text, toks, j + 1)?;
    (word(end) == ")").then_some((j + 1, end, key))
}

/// A decade ("1990s", "the early 1990s" from "early") or a span of years
/// written as one number ("2011-12", "2004-2009"), or "2011/12": the
/// mentions with the token index after each.
pub(super) fn year_span(text: &str, toks: &[Token], i: usize) -> Option<Vec<(DateMention, usize)>> {
    let w = toks[i].text(text);
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let glued = |k: usize| toks.get(k + 1).is_some_and(|n| n.span.start == toks[k].span.end);
    if let Some(decade) = w.strip_suffix('s')
        && year_number(decade).is_some_and(|y| y % 10 == 0)
    {
        let lead = i
            .checked_sub(1)
            .filter(|&p| is_one_of(word(p), &["early", "mid", "late"]))
            .unwrap_or(i);
        let span = Span::new(toks[lead].span.start, toks[i].span.end);
        let key = text[span.start..span.end].to_lowercase();
        return Some(vec![(
            DateMention {
                span,
                key,
                parts: Vec::new(),
            },
            i + 1,
        )]);
    }
    // "2011/12": a financial year as three tokens.
    if year_number(w).is_some() && glued(i) && word(i + 1) == "/" && glued(i + 1) {
        let second = word(i + 2);
        if second.len() == 2 && second.bytes().all(|b| b.is_ascii_digit()) {
            let span = Span::new(toks[i].span.start, toks[i + 2].span.end);
            let key = text[span.start..span.end].to_string();
            return Some(vec![(
                DateMention {
                    span,
                    key,
                    parts: Vec::new(),
                },
                i + 3,
            )]);
        }
    }
    let (a, b) = w.split_once('-')?;
    let first = year_number(a)?;
    let start = toks[i].span.start;
    let second = match b.len() {
        4 => year_number(b)?,
        2 if b.bytes().all(|c| c.is_ascii_digit()) => first / 100 * 100 + b.parse::<u16>().ok()?,
        _ => return None,
    };
    if second <= first {
        return None;
    }
    if b.len() == 2 && second == first + 1 {
        // "2011-12": one financial year.
        let span = toks[i].span;
        return Some(vec![(
            DateMention {
                span,
                key: w.to_string(),
                parts: Vec::new(),
            },
            i + 1,
        )]);
    }
    // "2004-2009": each end of the range.
    let a_span = Span::new(start, start + a.len());
    let b_span = Span::new(start + a.len() + 1, toks[i].span.end);
    Some(vec![
        (
            DateMention {
                span: a_span,
                key: first.to_string(),
                parts: Vec::new(),
            },
            i + 1,
        ),
        (
            DateMention {
                span: b_span,
                key: second.to_string(),
                parts: Vec::new(),
            },
            i + 1,
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::super::find_dates;
    use super::super::tests::dates;
    use crate::extract::tokens::tokenize;

    #[test]
    fn time_counted_back_is_a_date() {
        assert_eq!(
            dates("Five years ago and [Six] weeks ago, 20 minutes ago"),
            vec![
                ("Five years ago".into(), "five years ago".into()),
                ("[Six] weeks ago".into(), "six weeks ago".into()),
                ("20 minutes ago".into(), "20 minutes ago".into())
            ]
        );
    }

    #[test]
    fn decades_financial_years_and_ranges() {
        assert_eq!(
            dates("in the early 1980s and the 1970s, in 2015/16 and 2009-10, from 1995-1999"),
            vec![
                ("early 1980s".into(), "early 1980s".into()),
                ("1970s".into(), "1970s".into()),
                ("2015/16".into(), "2015/16".into()),
                ("2009-10".into(), "2009-10".into()),
                ("1995".into(), "1995".into()),
                ("1999".into(), "1999".into())
            ]
        );
    }

    #[test]
    fn weekday_before_a_bracketed_date_names_it() {
        let s = "Rain fell on Sunday night (March 4) downtown.";
        let toks = tokenize(s, 0);
        let d = find_dates(s, &toks);
        assert_eq!(d.len(), 1);
        assert_eq!(&s[d[0].span.start..d[0].span.end], "March 4");
        assert_eq!(d[0].parts, vec!["Sunday".to_string(), "Sunday night".to_string()]);
    }
}
