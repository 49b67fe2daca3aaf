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
    let bytes = s.as_bytes();
    let (int_part, frac_part) = match bytes.iter().position(|&b| b == b'.') {
        Some(dot) => (&bytes[..dot], Some(&bytes[dot + 1..])),
        None => (bytes, None),
    };
    let mut grouped = false;
    let mut int_digits = 0;
    let mut group_len = 0;
    // Up to 15 digits an integer is exact in an f64, as `str::parse` gives it.
    let mut int_value: u64 = 0;
    for &b in int_part {
        if b == b',' {
            // The first group has one to three digits, the others three.
            if group_len == 0 || group_len > 3 || (grouped && group_len != 3) {
                return None;
            }
            grouped = true;
            group_len = 0;
        } else if b.is_ascii_digit() {
            group_len += 1;
            int_digits += 1;
            int_value = int_value.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
        } else {
            return None;
        }
    }
    if group_len == 0 || (grouped && group_len != 3) {
        return None;
    }
    if let Some(f) = frac_part
        && (f.is_empty() || !f.iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    let value = if frac_part.is_none() && int_digits <= 15 {
        int_value as f64
    } else {
        // Decimals and long numbers: the digits without commas, read by
        // the standard (correctly rounded) parser.
        if grouped {
            let digits: String = s.chars().filter(|&c| c != ',').collect();
            digits.parse::<f64>().ok()?
        } else {
            s.parse::<f64>().ok()?
        }
    };
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
        assert_eq!(parse("007").map(|n| (n.value, n.int_digits)), Some((7.0, 3)));
        let long = "123456789012345678901";
        assert_eq!(parse(long).map(|n| n.value), long.parse::<f64>().ok());
        assert_eq!(
            parse("999,999,999,999,999").map(|n| n.value),
            Some(999_999_999_999_999.0)
        );
        for bad in [
            "", ".5", "1,", ",1", "1234,567", "1,23", "1,2345", "1.", "1.2.3", "1,234.", "12a",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert_eq!(parse("1234567").map(|n| (n.grouped, n.int_digits)), Some((false, 7)));
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
