//! ASCII letters eight bytes at a time: the trigger scan asks, for nearly
//! every word of an article, how many letters it begins with, and one
//! arithmetic pass over eight bytes answers for all of them where a loop
//! would test them one by one.

/// One in every byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte: the bit each mask below keeps per byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

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
pub fn leading_letters_len(s: &[u8]) -> usize {
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
}
