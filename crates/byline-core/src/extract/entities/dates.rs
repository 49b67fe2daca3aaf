//! Date expressions as entities: weekdays, months with days and years,
//! years, fiscal years, and relative expressions ("last month", "today").
//!
//! A full date with its weekday is one mention ("Sunday, August 2, 2015");
//! "January and February" is one mention; each end of a range is its own.

use crate::article::Span;
use crate::extract::tokens::{Token, TokenKind};
use crate::lexicon::dates;

use super::words::is_one_of;

mod forms;
use forms::{ago, bracketed_date, year_span};

/// A date mention and the key that merges repeated mentions of one date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    /// "2019" for "FY2019" and "fiscal year 2019"; the date without its
    /// weekday for full dates; otherwise the lowercased text.
    pub key: String,
    /// Shorter forms the same mention contains ("January", "Sunday").
    pub parts: Vec<String>,
}

/// Nouns that "last", "next", "this"… turn into a relative date.
const RELATIVE_UNITS: &[&str] = &[
    "week",
    "month",
    "year",
    "weekend",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "decade",
    "century",
    "night",
    "morning",
    "evening",
    "afternoon",
    "day",
    "quarter",
    "season",
];

const RELATIVE_LEADS: &[&str] = &["last", "next", "this", "past", "previous", "coming", "following"];

const DEICTIC_DAYS: &[&str] = &["today", "yesterday", "tomorrow", "tonight"];

/// Whether a word is a capitalized weekday in full ("Monday").
pub fn is_weekday(w: &str) -> bool {
    dates::is_capitalized_weekday(w)
}

/// Whether a capitalized word is a month name or its abbreviation.
pub fn month_index(w: &str) -> Option<usize> {
    // Every month starts with one of these capitals: a cheap first test.
    if !matches!(
        w.as_bytes().first(),
        Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
    ) || w.len() > 10
    {
        return None;
    }
    let w = w.strip_suffix('.').unwrap_or(w);
    // Month names and abbreviations are 3 to 9 letters long.
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    dates::capitalized_month_index(w)
}

fn day_number(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A plain four-digit year from 1000 to 2100.
pub fn year_number(w: &str) -> Option<u16> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1000..=2100).contains(y))
}

/// "FY2019", "FY19" → the year.
fn fiscal_year(w: &str) -> Option<u16> {
    let rest = w.strip_prefix("FY")?;
    match rest.len() {
        4 => year_number(rest),
        2 => rest.parse::<u16>().ok().map(|y| 2000 + y),
        _ => None,
    }
}

/// Finds the date mentions among one sentence's tokens.
pub fn find_dates(text: &str, toks: &[Token]) -> Vec<DateMention> {
    let word = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    let mut out = Vec::new();
    // "ago" is rare: one look over the sentence spares two at every token.
    let has_ago = (0..toks.len()).any(|k| is_ago(text, toks, k));
    let mut i = 0;
    while i < toks.len() {
        let w = word(i);
        // "ten years ago", "[Ten] years ago": a time counted back from now.
        if has_ago
            && (is_ago(text, toks, i + 2) || is_ago(text, toks, i + 4))
            && let Some(end) = ago(text, toks, i)
        {
            let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
            let key = text[span.start..span.end].replace(['[', ']'], "").to_lowercase();
            out.push(DateMention {
                span,
                key,
                parts: Vec::new(),
            });
            i = end;
            continue;
        }
        // Most tokens cannot start a date: punctuation, and lowercase words
        // other than the relative leads ("last", "next", "this", …).
        let first = w.as_bytes().first().copied().unwrap_or(b' ');
        let may_start = toks[i].kind == TokenKind::Number
            || first.is_ascii_uppercase()
            || (toks[i].kind == TokenKind::Word
                && matches!(first, b'l' | b'n' | b't' | b'p' | b'c' | b'f' | b'y')
                && w.len() <= 9);
        if !may_start {
            i += 1;
            continue;
        }
        // A lowercase word can only open a relative date ("last month",
        // "today", "fiscal year 2019"): skip the calendar checks.
        if first.is_ascii_lowercase() && !may_open_relative_date(w) {
            i += 1;
            continue;
        }
        // Most capitalized words are names: only a weekday, a month, "FY…"
        // or a capitalized relative word ("Last", "Today's") opens a date.
        if toks[i].kind == TokenKind::Word && first.is_ascii_uppercase() && !may_open_capitalized_date(w) {
            i += 1;
            continue;
        }
        // Weekday, optionally followed by a full date.
        if is_weekday(w) {
            let mut j = i + 1;
            if word(j) == "," {
                j += 1;
            }
            if let Some((end, key)) = month_date(text, toks, j) {
                out.push(DateMention {
                    span: Span::new(toks[i].span.start, toks[end - 1].span.end),
                    key,
                    parts: vec![w.to_string()],
                });
                i = end;
            } else if let Some((close, date_end, key)) = bracketed_date(text, toks, i + 1) {
                // "Sunday night (March 4)": the weekday names the date in brackets.
                let date = Span::new(toks[close].span.start, toks[date_end - 1].span.end);
                out.push(DateMention {
                    span: date,
                    key,
                    parts: vec![
                        w.to_string(),
                        text[toks[i].span.start..toks[close - 2].span.end].to_string(),
                    ],
                });
                i = date_end + 1;
            } else {
                out.push(simple(toks, i, i + 1, w.to_lowercase()));
                i += 1;
            }
            continue;
        }
        if let Some((end, key)) = month_date(text, toks, i) {
            out.push(DateMention {
                span: Span::new(toks[i].span.start, toks[end - 1].span.end),
                key,
                parts: Vec::new(),
            });
            i = end;
            continue;
        }
        // "January and February": one mention naming both months.
        if month_index(w).is_some_and(|m| m != 4 || month_context(text, toks, i)) && !w.ends_with('.') {
            let (end, parts) = if word(i + 1) == "and" && month_index(word(i + 2)).is_some() {
                (i + 3, vec![w.to_string(), word(i + 2).to_string()])
            } else {
                (i + 1, Vec::new())
            };
            let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
            out.push(DateMention {
                span,
                key: text[span.start..span.end].to_lowercase(),
                parts,
            });
            i = end;
            continue;
        }
        if let Some(y) = fiscal_year(w) {
            out.push(simple(toks, i, i + 1, y.to_string()));
            i += 1;
            continue;
        }
        // "fiscal year 2019"
        if w.eq_ignore_ascii_case("fiscal")
            && word(i + 1) == "year"
            && let Some(y) = year_number(word(i + 2))
        {
            out.push(simple(toks, i, i + 3, y.to_string()));
            i += 3;
            continue;
        }
        if toks[i].kind == TokenKind::Number
            && let Some(found) = year_span(text, toks, i)
        {
            let next = found.last().map_or(i + 1, |f| f.1);
            out.extend(found.into_iter().map(|(m, _)| m));
            i = next;
            continue;
        }
        if toks[i].kind == TokenKind::Number
            && let Some(y) = year_number(w)
            && is_year_context(text, toks, i)
        {
            out.push(simple(toks, i, i + 1, y.to_string()));
            i += 1;
            continue;
        }
        if is_one_of(w, DEICTIC_DAYS) || DEICTIC_DAYS.iter().any(|d| possessive_of(w, d)) {
            let base = w.split(['\'', '’']).next().unwrap_or(w);
            out.push(DateMention {
                span: Span::new(toks[i].span.start, toks[i].span.start + base.len()),
                key: base.to_lowercase(),
                parts: Vec::new(),
            });
            i += 1;
            continue;
        }
        if is_one_of(w, RELATIVE_LEADS) {
            let next = word(i + 1);
            let next = next
                .strip_suffix("'s")
                .or_else(|| next.strip_suffix("’s"))
                .unwrap_or(next);
            let unit_word = is_one_of(next, RELATIVE_UNITS);
            let unit_ok = unit_word || is_weekday(next) || month_index(next).is_some();
            // "this week" yes; "this year's" yes; "the next day" yes; "next year" yes.
            if unit_ok && (!w.eq_ignore_ascii_case("following") || unit_word) {
                let span = Span::new(toks[i].span.start, toks[i + 1].span.end);
                let span = strip_possessive(text, span);
                out.push(DateMention {
                    span,
                    key: text[span.start..span.end].to_lowercase(),
                    parts: Vec::new(),
                });
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Whether token `k` is "ago", by its bytes: asked at every token.
fn is_ago(text: &str, toks: &[Token], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| text.as_bytes().get(t.span.start..t.span.end) == Some(b"ago".as_slice()))
}

/// "last", "next", "today", "tomorrow's", "fiscal"…: the lowercase words a
/// date can open with, by one match on the word's bytes.
fn may_open_relative_date(w: &str) -> bool {
    opens_relative_date(w.as_bytes())
}

/// [`may_open_relative_date`] on the bytes of a word.
fn opens_relative_date(w: &[u8]) -> bool {
    let base = w
        .strip_suffix(b"'s")
        .or_else(|| w.strip_suffix("’s".as_bytes()))
        .unwrap_or(w);
    matches!(
        base,
        b"last"
            | b"next"
            | b"this"
            | b"past"
            | b"previous"
            | b"coming"
            | b"following"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"tonight"
            | b"fiscal"
    )
}

/// Whether a capitalized word can open a date: a weekday, a month, a
/// fiscal year ("FY2019") or a relative word in any case ("Today", "LAST").
fn may_open_capitalized_date(w: &str) -> bool {
    if is_weekday(w) || month_index(w).is_some() || w.starts_with("FY") {
        return true;
    }
    // Every relative word opens with one of these letters: most names are
    // ruled out here, before they are copied and lowercased.
    if !matches!(
        w.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'l' | b'n' | b't' | b'p' | b'c' | b'f' | b'y')
    ) {
        return false;
    }
    // The relative words, with a possessive, are at most 13 bytes.
    let mut buf = [0u8; 13];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    opens_relative_date(lower)
}

fn possessive_of(w: &str, lower: &str) -> bool {
    w.get(..lower.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(lower))
        && matches!(w.get(lower.len()..), Some("'s" | "’s"))
}

fn strip_possessive(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    for suffix in ["'s", "’s"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            return Span::new(span.start, span.start + rest.len());
        }
    }
    span
}

fn simple(toks: &[Token], start: usize, end: usize, key: String) -> DateMention {
    DateMention {
        span: Span::new(toks[start].span.start, toks[end - 1].span.end),
        key,
        parts: Vec::new(),
    }
}

/// "May" is a month only next to a day or year or after a time preposition.
fn month_context(text: &str, toks: &[Token], i: usize) -> bool {
    let next = toks.get(i + 1).map_or("", |t| t.text(text));
    let prev = i.checked_sub(1).and_then(|j| toks.get(j)).map_or("", |t| t.text(text));
    day_number(next)
        || year_number(next).is_some()
        || [
            "in", "since", "until", "by", "early", "late", "mid", "last", "next", "of",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(prev))
}

/// MONTH DAY[,] [YEAR] or DAY MONTH [YEAR] or MONTH YEAR starting at `i`;
/// returns the end token index and the key.
fn month_date(text: &str, toks: &[Token], i: usize) -> Option<(usize, String)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let mut j;
    if month_index(word(i)).is_some() {
        j = i + 1;
        if word(j) == "." {
            j += 1;
        }
        if day_number(word(j)) && toks.get(j).is_some_and(|t| t.kind == TokenKind::Number) {
            j += 1;
            if word(j) == "," && year_number(word(j + 1)).is_some() {
                j += 2;
            } else if year_number(word(j)).is_some() {
                j += 1;
            }
        } else if year_number(word(j)).is_some() {
            j += 1;
        } else {
            return None;
        }
    } else if day_number(word(i)) && toks.get(i).is_some_and(|t| t.kind == TokenKind::Number) {
        month_index(word(i + 1))?;
        j = i + 2;
        if word(j) == "," && year_number(word(j + 1)).is_some() {
            j += 2;
        } else if year_number(word(j)).is_some() {
            j += 1;
        }
    } else {
        return None;
    }
    let span = Span::new(toks[i].span.start, toks[j - 1].span.end);
    Some((j, date_key(&text[span.start..span.end])))
}

/// The key of a date as written: lowercase, without a space before a
/// comma ("May 5 , 2020" → "may 5, 2020").
fn date_key(written: &str) -> String {
    let key = written.to_lowercase();
    // A comma written apart is rare: only then is a second copy made.
    if key.as_bytes().windows(2).any(|pair| pair == b" ,") {
        key.replace(" ,", ",")
    } else {
        key
    }
}

/// A four-digit number is a year unless it counts something or is money.
fn is_year_context(text: &str, toks: &[Token], i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|j| toks.get(j)).map_or("", |t| t.text(text));
    let next = toks.get(i + 1).map_or("", |t| t.text(text));
    if matches!(prev, "$" | "€" | "£" | "¥" | "#" | "No" | "no") || matches!(next, "%" | "percent") {
        return false;
    }
    // "a 2000 year old tradition": an age, not a year.
    if matches!(next, "year" | "years") {
        return false;
    }
    // "1500 people" counts; "in 2024 the" is a year. Plural nouns right
    // after a number are what it counts.
    let counted = !(1900..=2100).contains(&year_number(toks[i].text(text)).unwrap_or(0))
        && next.len() > 3
        && next.ends_with('s')
        && next.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(next, "when" | "as" | "was" | "has" | "is");
    !counted
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    /// Every date in `s`, as (text, key).
    pub(in crate::extract::entities) fn dates(s: &str) -> Vec<(String, String)> {
        let toks = tokenize(s, 0);
        find_dates(s, &toks)
            .into_iter()
            .map(|d| (s[d.span.start..d.span.end].to_string(), d.key))
            .collect()
    }

    /// Capitalized words are ruled out early unless they can open a date;
    /// these must still get through, whatever their case.
    #[test]
    fn capitalized_openers_of_dates() {
        let found = dates("Today’s vote was close. LAST WEEK it failed. Fiscal year 2019 ended. FY2020 began.");
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["Today", "LAST WEEK", "Fiscal year 2019", "FY2020"]);
        assert!(dates("Lastly, Nextel and Pasteur spoke.").is_empty());
    }

    /// The first-letter test before lowercasing never changes which
    /// capitalized words may open a date: the relative words in every
    /// case and with possessives, names, calendar words and non-ASCII.
    #[test]
    fn capitalized_opener_test_agrees_with_lowercasing_every_word() {
        fn by_lowercasing(w: &str) -> bool {
            if is_weekday(w) || month_index(w).is_some() || w.starts_with("FY") {
                return true;
            }
            w.len() <= 13 && opens_relative_date(w.to_ascii_lowercase().as_bytes())
        }
        let mut words: Vec<String> = Vec::new();
        for base in [
            "last",
            "next",
            "this",
            "past",
            "previous",
            "coming",
            "following",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "fiscal",
            "Drazet",
            "Monday",
            "May",
            "Sept.",
            "FY19",
            "Über",
            "Ñame",
            "",
            "x",
            "Lastly",
        ] {
            for form in [
                base.to_string(),
                base.to_uppercase(),
                format!("{base}'s"),
                format!("{base}’s"),
            ] {
                let mut chars = form.chars();
                let capitalized: String = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                words.extend([form, capitalized]);
            }
        }
        for w in &words {
            assert_eq!(may_open_capitalized_date(w), by_lowercasing(w), "{w:?}");
        }
    }

    /// The date key agrees with lowercasing then joining every comma
    /// written apart, on dates with and without such commas.
    #[test]
    fn date_key_agrees_with_lowercase_and_replace() {
        for s in [
            "May 5 , 2020",
            "August 2, 2015",
            "SEP 25 ,2020",
            "3 Mai , 2021 ,",
            " ,",
            "",
            "Él 1 ,, 2",
            ",",
        ] {
            assert_eq!(date_key(s), s.to_lowercase().replace(" ,", ","), "{s:?}");
        }
    }

    #[test]
    fn weekdays_months_and_years() {
        assert_eq!(
            dates("Trump is set to meet Bukele on Monday, after a law dating to 1798."),
            vec![("Monday".into(), "monday".into()), ("1798".into(), "1798".into())]
        );
        assert_eq!(
            dates("In January and February, remittances grew."),
            vec![("January and February".into(), "january and february".into())]
        );
    }

    #[test]
    fn full_dates_keep_weekday_as_part() {
        let s = "Sunday, August 2, 2015";
        let toks = tokenize(s, 0);
        let d = find_dates(s, &toks);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].key, "august 2, 2015");
        assert_eq!(d[0].parts, vec!["Sunday".to_string()]);
        assert_eq!(dates("Sep 25, 2020")[0].0, "Sep 25, 2020");
        assert_eq!(dates("on July 8, recognising")[0].0, "July 8");
    }

    #[test]
    fn relative_and_fiscal_years() {
        assert_eq!(
            dates("said last week that in FY2019 and fiscal year 2019 the next day"),
            vec![
                ("last week".into(), "last week".into()),
                ("FY2019".into(), "2019".into()),
                ("fiscal year 2019".into(), "2019".into()),
                ("next day".into(), "next day".into())
            ]
        );
        assert_eq!(dates("Today's announcement")[0].0, "Today");
    }

    #[test]
    fn possessive_check_is_char_safe() {
        // Regression: "America’s" once sliced inside the curly apostrophe.
        assert!(dates("America’s lunar and Mars exploration").is_empty());
    }

    #[test]
    fn capitalized_preposition_before_may_and_possessive_relative_year() {
        assert_eq!(dates("In May the council met.")[0].0, "May");
        assert_eq!(dates("Next year's fair moves.")[0].0, "Next year");
        assert!(dates("a 1500 year old wall").is_empty());
    }

    #[test]
    fn counts_and_money_are_not_years() {
        assert!(dates("more than 1500 spinoffs and $2024 in cash").is_empty());
        assert!(dates("He may go.").is_empty());
    }
}
