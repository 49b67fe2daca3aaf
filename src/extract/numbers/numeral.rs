//! Reading written numerals: "312,000", "6.5", "21st", "5bn", "1990s".

/// A numeral's value and the shape it was written in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// No decimal point.
    pub integer: bool,
    /// Written with thousands separators ("2,000").
    pub grouped: bool,
    /// Digits before the decimal point.
    pub int_digits: usize,
}

impl Numeral {
    /// Shaped like a year: four plain digits from 1000 to 2100.
    pub fn year_like(&self) -> bool {
        self.integer && !self.grouped && self.int_digits == 4 && (1000.0..=2100.0).contains(&self.value)
    }
}

/// Parses digits with optional thousands commas and one decimal point.
/// Anything else ("1,2", "1.2.3", "12a") is not a plain numeral.
pub fn parse(s: &str) -> Option<Numeral> {
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if int_part.is_empty() {
        return None;
    }
    let mut grouped = false;
    let mut digits = String::with_capacity(s.len());
    for (k, group) in int_part.split(',').enumerate() {
        let ok_len = if k == 0 {
            (1..=3).contains(&group.len()) || !int_part.contains(',')
        } else {
            group.len() == 3
        };
        if !ok_len || group.is_empty() || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        grouped |= k > 0;
        digits.push_str(group);
    }
    let int_digits = digits.len();
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push('.');
        digits.push_str(f);
    }
    let value = digits.parse::<f64>().ok()?;
    Some(Numeral {
        value,
        integer: frac_part.is_none(),
        grouped,
        int_digits,
    })
}

/// Splits a numeric token into its numeral and a letter suffix:
/// "21st" → ("21", "st"), "5bn" → ("5", "bn"), "6.5" → ("6.5", "").
pub fn split_suffix(s: &str) -> (&str, &str) {
    let end = s
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b',' || b == b'.'))
        .unwrap_or(s.len());
    (&s[..end], &s[end..])
}

/// Whether an ordinal suffix fits its number ("21st", not "21th"); news
/// copy sometimes gets it wrong, so only the letters are checked.
pub fn ordinal_suffix(suffix: &str) -> bool {
    matches!(suffix, "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_and_decimals() {
        let n = parse("312,000").unwrap();
        assert_eq!(n.value, 312000.0);
        assert!(n.grouped && n.integer);
        assert_eq!(parse("6.5").map(|n| n.value), Some(6.5));
        assert_eq!(parse("1,234.5").map(|n| n.value), Some(1234.5));
        assert_eq!(parse("1,2"), None);
        assert_eq!(parse("14.04.2025"), None);
    }

    #[test]
    fn years_have_four_plain_digits() {
        assert!(parse("2024").unwrap().year_like());
        assert!(!parse("2,024").unwrap().year_like());
        assert!(!parse("3000").unwrap().year_like());
    }

    #[test]
    fn suffixes() {
        assert_eq!(split_suffix("21st"), ("21", "st"));
        assert_eq!(split_suffix("5bn"), ("5", "bn"));
        assert_eq!(split_suffix("3cxsYlU"), ("3", "cxsYlU"));
    }
}
