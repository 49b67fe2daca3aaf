//! Bytes tested eight at a time, as one number. Nearly every word of an
//! article is asked a byte question or two (how many letters it begins
//! with, whether it is all visible ASCII, whether it holds a capital), and
//! one arithmetic pass over eight bytes answers for all of them where a
//! loop would test them one by one. The word lists, the number scan and
//! the quote stage share these tests.

/// One in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte: the bit each mask below keeps per byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII letter.
fn letters(x: u64) -> u64 {
    // Bytes below 0x80 only, so no sum below carries into the next byte.
    let low = x & !HIGH;
    // Setting bit 5 folds capitals and puts no other byte in a..=z.
    let folded = low | (0x20 * ONES);
    let from_a = folded + u64::from(0x80 - b'a') * ONES;
    let past_z = folded + u64::from(0x80 - b'z' - 1) * ONES;
    from_a & !past_z & !x & HIGH
}

/// The number of ASCII letters `s` begins with.
pub(crate) fn leading_letters_len(s: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = s.get(n..n + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let others = !letters(u64::from_le_bytes(chunk)) & HIGH;
        if others != 0 {
            return n + others.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + s[n..].iter().take_while(|b| b.is_ascii_alphabetic()).count()
}

/// Whether all eight bytes of `x` are in `'!'..='~'` (0x21 to 0x7E).
pub(crate) fn graphic8(x: u64) -> bool {
    // No byte at or above 0x80; then, with every byte below 0x80, adding
    // 0x5F to each cannot carry into the next byte and sets its high bit
    // exactly when the byte is at least 0x21, and adding 1 sets it
    // exactly when the byte is 0x7F.
    x & HIGH == 0 && x.wrapping_add(0x5F * ONES) & HIGH == HIGH && x.wrapping_add(ONES) & HIGH == 0
}

/// Whether none of the eight bytes of `x`, all below 0x80, is in
/// `'A'..='Z'`: adding 0x3F to each cannot carry and sets its high bit
/// exactly when it is 'A' or above, adding 0x25 exactly when above 'Z'.
pub(crate) fn no_capital8(x: u64) -> bool {
    x.wrapping_add(0x3F * ONES) & !x.wrapping_add(0x25 * ONES) & HIGH == 0
}

/// Eight bytes with the ASCII capitals among them lower-cased.
pub(crate) fn ascii_lowercase(word: u64) -> u64 {
    // Each byte's low seven bits plus an offset sets the byte's high bit
    // from 'A' up (and again from past 'Z'); no byte overflows.
    let low = word & !HIGH;
    let from_a = low + ONES * (0x80 - u64::from(b'A'));
    let past_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
    let capitals = from_a & !past_z & !word & HIGH;
    word | (capitals >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_mask_agrees_with_the_byte_test_for_every_byte() {
        for b in 0..=255u8 {
            // Each byte in every position, among neighbours that could carry.
            for at in 0..8 {
                let mut block = [0xffu8; 8];
                block[at] = b;
                let x = u64::from_le_bytes(block);
                let bit = 0x80u64 << (8 * at);
                assert_eq!(letters(x) & bit != 0, b.is_ascii_alphabetic(), "{b:#x} at {at}");
                let mut block = [0u8; 8];
                block[at] = b;
                let x = u64::from_le_bytes(block);
                assert_eq!(letters(x) & bit != 0, b.is_ascii_alphabetic(), "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn letter_runs_of_words() {
        for s in [
            "",
            "a",
            "Forty-three",
            "FY2019",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnopq1",
            "élan",
            "naïve",
            "COVID-19",
            "M5S",
            "sixteen",
            "x",
            "12345678",
            "abcdefg9",
        ] {
            let b = s.as_bytes();
            let run = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            assert_eq!(leading_letters_len(b), run, "{s}");
        }
    }

    #[test]
    fn eight_bytes_lower_case_as_ascii_does() {
        for start in (0u8..=248).step_by(8) {
            let bytes: [u8; 8] = std::array::from_fn(|k| start + k as u8);
            let lowered = ascii_lowercase(u64::from_le_bytes(bytes)).to_le_bytes();
            assert_eq!(lowered, bytes.map(|b| b.to_ascii_lowercase()));
        }
    }
}
