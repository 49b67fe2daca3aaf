//! Month and weekday names: a number next to one is a date, and a
//! capitalized one is not a counted noun or a label.

use crate::lexicon::dates;

/// A month in full or abbreviated ("aug", "sept"), lowercase.
pub fn month(w: &str) -> bool {
    dates::month_number(w).is_some()
}

/// A weekday in full or abbreviated, lowercase. Besides the three-letter
/// forms the calendar reads, the scanner also passes over "tues", "thur"
/// and "thurs" as date words; the calendar does not resolve those, so they
/// stay here rather than in the lexicon (adding them there would change
/// which dates get a value).
pub fn weekday(w: &str) -> bool {
    dates::weekday_number(w).is_some() || matches!(w, "tues" | "thur" | "thurs")
}
