//! Numbers written as words: cardinals, scale words and their
//! abbreviations, ordinals, fraction denominators, multipliers and vague
//! quantities, each with the value it stands for.

/// "three" → 3, "forty" → 40 (zero to ninety; no scale words).
pub fn cardinal(w: &str) -> Option<u64> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Scale words that multiply what precedes them ("five thousand").
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        // South Asian news writes large sums in lakh and crore.
        "lakh" => 1e5,
        "crore" => 1e7,
        _ => return None,
    })
}

/// Abbreviated scales, accepted after a currency ("£5m", "$2 bn") and, for
/// the unambiguous ones, after any number ("5bn").
pub fn scale_abbrev(w: &str, money: bool) -> Option<f64> {
    Some(match w {
        "bn" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        "mn" | "mln" => 1e6,
        "m" if money => 1e6,
        "b" if money => 1e9,
        "k" if money => 1e3,
        _ => return None,
    })
}

/// "first" → 1, "thirtieth" → 30.
pub fn ordinal(w: &str) -> Option<u64> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1000,
        "millionth" => 1_000_000,
        _ => return None,
    })
}

/// Denominators of spelled fractions ("a third", "two-thirds", "one-half").
pub fn fraction_denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// "tenfold", "threefold": a multiplier written as one word, its factor.
pub fn multiplier_word(w: &str) -> Option<u64> {
    match w {
        "twofold" => Some(2),
        "threefold" => Some(3),
        "fourfold" => Some(4),
        "fivefold" => Some(5),
        "sixfold" => Some(6),
        "sevenfold" => Some(7),
        "eightfold" => Some(8),
        "ninefold" => Some(9),
        "tenfold" => Some(10),
        "hundredfold" => Some(100),
        "thousandfold" => Some(1000),
        _ => None,
    }
}

/// Quantities without a value ("several", "dozens", "thousands").
pub fn vague(w: &str) -> bool {
    matches!(
        w,
        "several" | "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "trillions"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(cardinal("forty"), Some(40));
        assert_eq!(ordinal("thirtieth"), Some(30));
        assert_eq!(scale_word("crore"), Some(1e7));
        assert_eq!(scale_abbrev("m", false), None);
        assert!(vague("dozens"));
        assert!(!vague("many"));
    }
}
