//! Where in a sentence a number can begin, found by a byte scan: about half
//! of news sentences hold none and are never tokenized, and the rest are
//! tokenized from a few words before the first digit or number word.

use super::words;
use crate::article::Span;

/// Chunks of text between spaces kept before the first trigger. A number
/// may begin one token before it ("a dozen", "US$ 5") and the scanner looks
/// two tokens further back ("No. 10", "about 2000 people").
const LOOKBACK_CHUNKS: usize = 4;

/// Eight bytes read as one integer, and masks over them: one bit (the
/// high bit) per byte.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The byte offset of the first ASCII digit or number word ([`words::starter`])
/// in `span`, or `None` when the sentence cannot hold a number.
///
/// Every sentence of an article passes through here, most of them without
/// a number, so the text is read eight bytes at a time: a block of ASCII
/// without a digit and without the start of a word that may be a number
/// word costs a few arithmetic operations.
pub fn first_trigger(text: &str, span: Span) -> Option<usize> {
    let bytes = &text.as_bytes()[span.start..span.end];
    let mut i = 0;
    while i < bytes.len() {
        let block = bytes.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok());
        let x = block.map_or(HIGH, u64::from_le_bytes);
        if x & HIGH != 0 {
            // Not ASCII, or fewer than eight bytes left: byte by byte, up
            // to the last byte that is not ASCII.
            let upto = if block.is_some() {
                i + 8 - (x & HIGH).leading_zeros() as usize / 8
            } else {
                bytes.len()
            };
            while i < upto {
                if bytes[i].is_ascii_digit() || (word_start(bytes, i) && starter_at(bytes, i)) {
                    return Some(span.start + i);
                }
                i += 1;
            }
            continue;
        }
        let letters = letter_bytes(x);
        let digits = digit_bytes(x);
        let letter_before = if i > 0 && bytes[i - 1].is_ascii_alphabetic() {
            HIGH & 0xff
        } else {
            0
        };
        let mut starts = letters & !((letters << 8) | letter_before);
        // Bit 8k + 7 stands for byte k; with no digit, past the block.
        let first_digit = digits.trailing_zeros() as usize / 8;
        while starts != 0 {
            let k = starts.trailing_zeros() as usize / 8;
            if k > first_digit {
                break;
            }
            if starter_at(bytes, i + k) {
                return Some(span.start + i + k);
            }
            starts &= starts - 1;
        }
        if digits != 0 {
            return Some(span.start + i + first_digit);
        }
        i += 8;
    }
    None
}

/// The high bit of each byte of `x` (eight ASCII bytes) that is an ASCII
/// letter. No byte sum below passes 0xff, so no carry crosses bytes.
fn letter_bytes(x: u64) -> u64 {
    // Setting bit 5 folds capitals and puts no other byte in a..=z.
    let folded = x | (0x20 * ONES);
    let from_a = folded + u64::from(0x80 - b'a') * ONES;
    let past_z = folded + u64::from(0x80 - b'z' - 1) * ONES;
    from_a & !past_z & HIGH
}

/// The high bit of each byte of `x` (eight ASCII bytes) that is a digit.
fn digit_bytes(x: u64) -> u64 {
    let from_0 = x + u64::from(0x80 - b'0') * ONES;
    let past_9 = x + u64::from(0x80 - b'9' - 1) * ONES;
    from_0 & !past_9 & HIGH
}

/// Byte `i` is a letter that begins a run of ASCII letters.
fn word_start(bytes: &[u8], i: usize) -> bool {
    bytes[i].is_ascii_alphabetic() && (i == 0 || !bytes[i - 1].is_ascii_alphabetic())
}

/// The run of ASCII letters beginning at byte `i` is a number word.
fn starter_at(bytes: &[u8], i: usize) -> bool {
    let run = &bytes[i..];
    if !words::may_begin_starter(run) {
        return false;
    }
    words::starter(words::leading_letters(run))
}

/// Where to start tokenizing so that the tokens from there on are those of
/// the whole sentence and at least [`LOOKBACK_CHUNKS`] tokens come before
/// the one holding `trigger`: just after a space, or the sentence start.
pub fn window_start(text: &str, sentence_start: usize, trigger: usize) -> usize {
    let bytes = text.as_bytes();
    let space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let mut i = trigger;
    // The token holding the trigger may begin anywhere in its chunk.
    while i > sentence_start && !space(bytes[i - 1]) {
        i -= 1;
    }
    let mut chunks = 0;
    while i > sentence_start && chunks < LOOKBACK_CHUNKS {
        while i > sentence_start && space(bytes[i - 1]) {
            i -= 1;
        }
        // A chunk holds a token if any of its bytes is ASCII; the others
        // may all be Unicode spaces.
        let mut has_token = false;
        while i > sentence_start && !space(bytes[i - 1]) {
            has_token |= bytes[i - 1].is_ascii();
            i -= 1;
        }
        chunks += usize::from(has_token);
    }
    i
}

/// The first byte of the first word or number of the sentence (tokens
/// before it are punctuation), or `usize::MAX` when it has none.
pub fn first_word_start(text: &str, span: Span) -> usize {
    text[span.start..span.end]
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(usize::MAX, |(k, _)| span.start + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(t: &str) -> Span {
        Span::new(0, t.len())
    }

    #[test]
    fn sentences_without_numbers_have_no_trigger() {
        let t = "Bukele is viewed as the Trump administration's closest ally in Latin America.";
        assert_eq!(first_trigger(t, whole(t)), None);
        let t = "Someone often phoned the office.";
        assert_eq!(first_trigger(t, whole(t)), None);
    }

    #[test]
    fn digits_and_number_words_are_triggers() {
        let t = "The United States is home to 2.5 million Salvadorans.";
        assert_eq!(first_trigger(t, whole(t)), t.find("2.5"));
        let t = "Forty-three states have an economic impact.";
        assert_eq!(first_trigger(t, whole(t)), Some(0));
        let t = "Police detained a dozen protesters.";
        assert_eq!(first_trigger(t, whole(t)), t.find("dozen"));
        let t = "The museum in FY2019 reopened.";
        assert_eq!(first_trigger(t, whole(t)), t.find("2019"));
    }

    /// The byte scan [`first_trigger`] replaces: one byte at a time.
    fn first_trigger_bytewise(text: &str, span: Span) -> Option<usize> {
        let bytes = &text.as_bytes()[span.start..span.end];
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_digit() {
                return Some(span.start + i);
            }
            if !b.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let len = words::leading_letters(&bytes[i..]).len();
            if words::starter(&bytes[i..i + len]) {
                return Some(span.start + i);
            }
            i += len;
        }
        None
    }

    #[test]
    fn block_scan_finds_what_a_byte_scan_finds() {
        let pieces = [
            " ", "  ", "the", "The", "one", "One", "ONE", "onerous", "forty", "Forty-three", "sixteenths",
            "thousandfold", "thousandfolds", "a", "I", "7", "2024", "x9", "FY", "é", "\u{a0}", "\u{2014}", "’s", ",",
            ".", "\"", "May", "mayor", "tens", "tense", "abcdefghijklmnopqrstu", "@", "[", "`", "{", "\t",
        ];
        // A fixed pseudo-random sequence (xorshift), so failures repeat.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut found = 0;
        for _ in 0..3000 {
            let len = next(24);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let starts: Vec<usize> = (0..=text.len()).filter(|&k| text.is_char_boundary(k)).collect();
            let start = starts[next(starts.len())];
            let span = Span::new(start, text.len());
            let expected = first_trigger_bytewise(&text, span);
            assert_eq!(first_trigger(&text, span), expected, "{text:?} from {start}");
            found += usize::from(expected.is_some());
        }
        assert!(found > 1000 && found < 2900, "{found}");
    }

    #[test]
    fn window_keeps_words_before_the_trigger() {
        let t = "It was said that the firm paid about US$ 5 million to them.";
        let at = t.find('5').unwrap();
        assert_eq!(&t[window_start(t, 0, at)..], "firm paid about US$ 5 million to them.");
        let t = "Paid US$5 now.";
        assert_eq!(window_start(t, 0, t.find('5').unwrap()), 0);
        // Unicode spaces make no token, so their chunk does not count.
        let t = "one two three four \u{a0} five \u{a0} \u{a0} 6";
        let at = t.find('6').unwrap();
        assert_eq!(
            &t[window_start(t, 0, at)..],
            "two three four \u{a0} five \u{a0} \u{a0} 6"
        );
    }

    #[test]
    fn first_word_skips_leading_punctuation() {
        let t = "\u{201c}(Five) people";
        assert_eq!(first_word_start(t, whole(t)), t.find('F').unwrap());
        assert_eq!(first_word_start("\u{2014} !", whole("\u{2014} !")), usize::MAX);
    }
}
