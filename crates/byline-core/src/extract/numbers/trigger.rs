//! Where in a sentence a number can begin, found by a byte scan: about half
//! of news sentences hold none and are never tokenized, and the rest are
//! tokenized from a few words before the first digit or number word.

use super::words;
use crate::article::Span;

/// Chunks of text between spaces kept before the first trigger. A number
/// may begin one token before it ("a dozen", "US$ 5") and the scanner looks
/// two tokens further back ("No. 10", "about 2000 people").
const LOOKBACK_CHUNKS: usize = 4;

/// What a byte can begin: nothing, a numeral or a word.
const OTHER: u8 = 0;
const DIGIT: u8 = 1;
const LETTER: u8 = 2;

const CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        class[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else {
            OTHER
        };
        b += 1;
    }
    class
};

/// The byte offset of the first ASCII digit or number word ([`words::starter`])
/// in `span`, or `None` when the sentence cannot hold a number.
pub fn first_trigger(text: &str, span: Span) -> Option<usize> {
    let bytes = &text.as_bytes()[span.start..span.end];
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match CLASS[usize::from(b)] {
            OTHER => i += 1,
            DIGIT => return Some(span.start + i),
            _ => {
                let run = &bytes[i..];
                let len = words::leading_letters(run).len();
                // The first two letters rule out most words cheaply.
                if words::may_begin_starter(run) && words::starter(&run[..len]) {
                    return Some(span.start + i);
                }
                i += len;
            }
        }
    }
    None
}

/// Where to start tokenizing so that the tokens from there on are those of
/// the whole sentence and at least [`LOOKBACK_CHUNKS`] tokens come before
/// the one holding `trigger`: just after a space, or the sentence start.
pub fn window_start(text: &str, sentence_start: usize, trigger: usize) -> usize {
    let head = &text.as_bytes()[sentence_start..trigger];
    let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
    // The token holding the trigger may begin anywhere in its chunk.
    let mut start = head.iter().rposition(space).map_or(0, |k| k + 1);
    let mut chunks = 0;
    while start > 0 && chunks < LOOKBACK_CHUNKS {
        let Some(last) = head[..start].iter().rposition(|b| !space(b)) else {
            return sentence_start;
        };
        start = head[..last].iter().rposition(space).map_or(0, |k| k + 1);
        // A chunk holds a token if any of its bytes is ASCII; the others
        // may all be Unicode spaces.
        chunks += usize::from(head[start..=last].iter().any(u8::is_ascii));
    }
    sentence_start + start
}

/// The first byte of the first word or number of the sentence (tokens
/// before it are punctuation), or `usize::MAX` when it has none.
pub fn first_word_start(text: &str, span: Span) -> usize {
    if text.as_bytes()[span.start..span.end]
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return span.start;
    }
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

    /// [`first_trigger`] without its two-letter filter: every run of
    /// letters is looked up.
    fn first_trigger_unfiltered(text: &str, span: Span) -> Option<usize> {
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

    /// Texts made of pieces in a fixed pseudo-random order (xorshift), so
    /// a failure repeats; each with a char boundary to start from.
    fn sample_texts(count: usize, max_pieces: usize) -> Vec<(String, usize)> {
        let pieces = [
            " ",
            "  ",
            "the",
            "The",
            "one",
            "One",
            "ONE",
            "onerous",
            "forty",
            "Forty-three",
            "sixteenths",
            "thousandfold",
            "thousandfolds",
            "a",
            "I",
            "7",
            "2024",
            "x9",
            "FY",
            "é",
            "\u{a0}",
            "\u{2014}",
            "’s",
            ",",
            ".",
            "\"",
            "May",
            "mayor",
            "tens",
            "tense",
            "abcdefghijklmnopqrstu",
            "@",
            "[",
            "`",
            "{",
            "\t",
            "\n",
            " ",
            " ",
            " ",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        (0..count)
            .map(|_| {
                let len = next(max_pieces);
                let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
                let starts: Vec<usize> = (0..=text.len()).filter(|&k| text.is_char_boundary(k)).collect();
                let start = starts[next(starts.len())];
                (text, start)
            })
            .collect()
    }

    #[test]
    fn two_letter_filter_changes_no_trigger() {
        let mut found = 0;
        for (text, start) in sample_texts(3000, 24) {
            let span = Span::new(start, text.len());
            let expected = first_trigger_unfiltered(&text, span);
            assert_eq!(first_trigger(&text, span), expected, "{text:?} from {start}");
            found += usize::from(expected.is_some());
        }
        assert!(found > 1000 && found < 2900, "{found}");
    }

    /// The walk back [`window_start`] replaces: one byte at a time.
    fn window_start_bytewise(text: &str, sentence_start: usize, trigger: usize) -> usize {
        let bytes = text.as_bytes();
        let space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
        let mut i = trigger;
        while i > sentence_start && !space(bytes[i - 1]) {
            i -= 1;
        }
        let mut chunks = 0;
        while i > sentence_start && chunks < LOOKBACK_CHUNKS {
            while i > sentence_start && space(bytes[i - 1]) {
                i -= 1;
            }
            let mut has_token = false;
            while i > sentence_start && !space(bytes[i - 1]) {
                has_token |= bytes[i - 1].is_ascii();
                i -= 1;
            }
            chunks += usize::from(has_token);
        }
        i
    }

    #[test]
    fn window_start_walks_back_as_a_byte_walk_does() {
        let mut walked = 0;
        for (text, start) in sample_texts(300, 60) {
            for trigger in (start..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                let expected = window_start_bytewise(&text, start, trigger);
                assert_eq!(
                    window_start(&text, start, trigger),
                    expected,
                    "{text:?} from {start} to {trigger}"
                );
                walked += usize::from(expected > start);
            }
        }
        assert!(walked > 1000, "{walked}");
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
