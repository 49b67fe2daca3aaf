//! Month and weekday names, the one list that date reading (`calendar`),
//! date entities and the number scanner all consult.

/// Months in calendar order, lowercase.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekdays from Monday, lowercase.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month (1–12) a lowercase word names, in full or by its three-letter
/// abbreviation ("aug"), or "sept".
pub fn month_number(lower: &str) -> Option<u8> {
    if lower.len() < 3 {
        return None;
    }
    let i = MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() == 3 && m.starts_with(lower)))
        .or_else(|| (lower == "sept").then_some(8))?;
    Some(i as u8 + 1)
}

/// The month (0–11) a capitalized word names ("January", "Jan", "Sept"),
/// without a trailing period; other casings ("JANUARY") are not months.
/// Spelled out as a `match` for speed (it runs on every capitalized word);
/// a test keeps it in step with [`MONTHS`].
pub fn capitalized_month_index(w: &str) -> Option<usize> {
    Some(match w {
        "January" | "Jan" => 0,
        "February" | "Feb" => 1,
        "March" | "Mar" => 2,
        "April" | "Apr" => 3,
        "May" => 4,
        "June" | "Jun" => 5,
        "July" | "Jul" => 6,
        "August" | "Aug" => 7,
        "September" | "Sep" | "Sept" => 8,
        "October" | "Oct" => 9,
        "November" | "Nov" => 10,
        "December" | "Dec" => 11,
        _ => return None,
    })
}

/// The weekday (0 = Monday) a lowercase word names, in full or by its
/// three-letter abbreviation ("wed").
pub fn weekday_number(lower: &str) -> Option<u8> {
    if lower.len() < 3 {
        return None;
    }
    let i = WEEKDAYS
        .iter()
        .position(|d| *d == lower || (lower.len() == 3 && d.starts_with(lower)))?;
    Some(i as u8)
}

/// Whether a word is a weekday written in full and capitalized ("Monday");
/// a test keeps it in step with [`WEEKDAYS`].
pub fn is_capitalized_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_full_abbreviated_and_capitalized() {
        assert_eq!(month_number("march"), Some(3));
        assert_eq!(month_number("aug"), Some(8));
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("ma"), None);
        assert_eq!(month_number("marc"), None);
        assert_eq!(capitalized_month_index("May"), Some(4));
        assert_eq!(capitalized_month_index("Dec"), Some(11));
        assert_eq!(capitalized_month_index("Sept"), Some(8));
        assert_eq!(capitalized_month_index("MAY"), None);
        assert_eq!(capitalized_month_index("may"), None);
    }

    #[test]
    fn the_capitalized_forms_follow_the_lists() {
        for (i, m) in MONTHS.iter().enumerate() {
            let cap = format!("{}{}", m[..1].to_uppercase(), &m[1..]);
            assert_eq!(capitalized_month_index(&cap), Some(i), "{cap}");
            assert_eq!(capitalized_month_index(&cap[..3]), Some(i), "{cap}");
        }
        for d in WEEKDAYS {
            assert!(
                is_capitalized_weekday(&format!("{}{}", d[..1].to_uppercase(), &d[1..])),
                "{d}"
            );
        }
    }

    #[test]
    fn weekdays_in_full_abbreviated_and_capitalized() {
        assert_eq!(weekday_number("wednesday"), Some(2));
        assert_eq!(weekday_number("sun"), Some(6));
        assert_eq!(weekday_number("tues"), None);
        assert!(is_capitalized_weekday("Friday"));
        assert!(!is_capitalized_weekday("friday"));
        assert!(!is_capitalized_weekday("Fri"));
    }
}
