//! Reading and looking up the word-list files in `assets/`: entry lines
//! and their columns, the lookup key of a name, and a sorted list cheaper
//! to build than a hash set for the largest lists.

use super::bytes::{HIGH, graphic8, no_capital8};

/// A fixed word list looked up by hash: one hash and a comparison or two
/// per lookup, where a binary search makes a dozen string comparisons (and
/// as many calls to `memcmp`). Building one costs a hash per word, about a
/// millisecond for the 64,000 English words.
pub(crate) struct WordSet(FastSet<&'static str>);

impl WordSet {
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        WordSet(words.into_iter().collect())
    }

    /// The words of a one-column list file, one a line, blank lines and
    /// `#` comments skipped. Room for every line is made first: grown as
    /// words came, the 64,000 English words were hashed again at each of a
    /// dozen doublings.
    pub(crate) fn of_lines(text: &'static str) -> WordSet {
        let mut set = FastSet::default();
        set.reserve(text.bytes().filter(|&b| b == b'\n').count() + 1);
        set.extend(text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')));
        WordSet(set)
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
}

/// The first letter, last letter and length of every key of a word list:
/// a word of a shape no key has is ruled out before it is folded and
/// hashed, which is most of the capitalized words an article asks about.
/// The last letter matters for new names: "Drazet" starts and is as long
/// as many head nouns, but ends like few of them.
#[derive(Debug)]
pub(crate) struct Shapes {
    /// For first letter f and last letter l, at `f * 26 + l`: bit n set
    /// when a key of n bytes starts with f and ends with l.
    by_ends: Box<[u32; 26 * 26]>,
    /// For each first letter, bit n set when a key of n bytes starts with
    /// it and ends in something other than an ASCII letter ("inc.",
    /// "café"): such keys are matched by first letter and length alone.
    other_end: [u32; 26],
    /// Bit b set when a key starts with the ASCII byte b, not a letter
    /// ("4x4"): a word starting with any other such byte (a comma, a
    /// quote mark) is ruled out at once.
    other_start: u128,
}

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes {
            by_ends: Box::new([0; 26 * 26]),
            other_end: [0; 26],
            other_start: 0,
        }
    }
}

/// The index of an ASCII letter, either case, from 0 for "a".
fn letter(b: u8) -> Option<usize> {
    b.is_ascii_alphabetic()
        .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
}

/// The bit that stands for a length; 31 and longer share one.
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

impl Shapes {
    pub(crate) fn of<'k>(keys: impl IntoIterator<Item = &'k str>) -> Shapes {
        let mut shapes = Shapes::default();
        for key in keys {
            let bytes = key.as_bytes();
            let (Some(&start), Some(&last)) = (bytes.first(), bytes.last()) else {
                continue;
            };
            let Some(first) = letter(start) else {
                if start.is_ascii() {
                    shapes.other_start |= 1 << start;
                }
                continue;
            };
            match letter(last) {
                Some(last) => shapes.by_ends[first * 26 + last] |= length_bit(key.len()),
                None => shapes.other_end[first] |= length_bit(key.len()),
            }
        }
        shapes
    }

    /// False only when no key can be `word` in any case: an ASCII word
    /// without spaces whose first letter, last letter and length no key
    /// has, or a word starting with an ASCII byte other than a letter that
    /// no key starts with (folding leaves such a byte as it is).
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        let word = trim(word);
        let bytes = word.as_bytes();
        let (Some(&b), Some(&last)) = (bytes.first(), bytes.last()) else {
            return false;
        };
        let Some(first) = letter(b) else {
            // A non-ASCII first letter may fold to anything.
            return !b.is_ascii() || self.other_start & (1 << b) != 0;
        };
        let bit = length_bit(word.len());
        if self.other_end[first] & bit != 0
            || letter(last).is_some_and(|last| self.by_ends[first * 26 + last] & bit != 0)
        {
            return true;
        }
        // Ruled out by its shape, unless folding could change its length
        // (spaces joined, a non-ASCII letter lowercased): the scan is made
        // only for the words the shape rules out.
        !all_graphic(bytes)
    }
}

/// Whether every byte is visible ASCII (`u8::is_ascii_graphic`), tested
/// eight bytes at a time: a word is asked about on most lookups.
fn all_graphic(bytes: &[u8]) -> bool {
    all_windows(bytes, graphic8).unwrap_or_else(|| bytes.iter().all(u8::is_ascii_graphic))
}

/// Whether some byte of visible ASCII `bytes` (see [`all_graphic`]) is a
/// capital letter, tested eight bytes at a time.
fn any_capital(bytes: &[u8]) -> bool {
    !all_windows(bytes, no_capital8).unwrap_or_else(|| !bytes.iter().any(u8::is_ascii_uppercase))
}

/// Whether `bytes` are ASCII without a capital letter, as most words of
/// running text are, tested eight bytes at a time.
pub(crate) fn is_lowercase_ascii(bytes: &[u8]) -> bool {
    all_windows(bytes, |x| x & HIGH == 0 && no_capital8(x))
        .unwrap_or_else(|| bytes.is_ascii() && !bytes.iter().any(u8::is_ascii_uppercase))
}

/// Whether `test` holds for every window of `bytes` read as one number:
/// each chunk of eight bytes and the last eight, overlapping the chunk
/// before them; a word of four to eight bytes as its first four and its
/// last four, overlapping when shorter, with no copy into a padded
/// buffer. None for a word under four bytes, to be tested byte by byte.
fn all_windows(bytes: &[u8], test: impl Fn(u64) -> bool) -> Option<bool> {
    let n = bytes.len();
    if n < 4 {
        return None;
    }
    if n <= 8 {
        let head = <[u8; 4]>::try_from(&bytes[..4]).ok()?;
        let tail = <[u8; 4]>::try_from(&bytes[n - 4..]).ok()?;
        return Some(test(
            u64::from(u32::from_le_bytes(head)) | u64::from(u32::from_le_bytes(tail)) << 32,
        ));
    }
    for chunk in bytes.chunks_exact(8) {
        if !test(u64::from_le_bytes(<[u8; 8]>::try_from(chunk).ok()?)) {
            return Some(false);
        }
    }
    Some(test(u64::from_le_bytes(<[u8; 8]>::try_from(&bytes[n - 8..]).ok()?)))
}

/// `s.trim()`, without decoding characters when both ends are visible
/// ASCII, as nearly every word looked up is.
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// The TAB-separated columns of one entry line; columns past the third are ignored.
pub(crate) struct Cols {
    cols: [&'static str; 3],
}

impl std::ops::Index<usize> for Cols {
    type Output = &'static str;

    fn index(&self, i: usize) -> &&'static str {
        &self.cols[i]
    }
}

/// The entry lines of a list file: no blank lines, no `#` comments, first column non-empty.
pub(crate) fn entries(text: &'static str) -> impl Iterator<Item = Cols> {
    text.lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut cols = [""; 3];
            for (slot, col) in cols.iter_mut().zip(line.split('\t')) {
                *slot = col;
            }
            Cols { cols }
        })
        .filter(|cols| !cols[0].trim().is_empty())
}

/// Column `i`, when present and not empty.
pub(crate) fn column(cols: &Cols, i: usize) -> Option<&'static str> {
    cols.cols.get(i).copied().filter(|c| !c.is_empty())
}

/// Calls `f` with the lookup key of `s`: lowercase, trimmed, whitespace runs
/// as one space. Short ASCII input (nearly every lookup) is folded on the stack.
pub(crate) fn with_key<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let s = trim(s);
    // One ASCII word, nearly every lookup: its own key when it has no
    // capitals, else lowercased in a buffer kept for the purpose (a copy
    // that needs no UTF-8 check, unlike one on the stack).
    if all_graphic(s.as_bytes()) {
        if !any_capital(s.as_bytes()) {
            return f(s);
        }
        return KEY.with(|buffer| match buffer.try_borrow_mut() {
            Ok(mut key) => {
                key.clear();
                key.push_str(s);
                key.make_ascii_lowercase();
                f(&key)
            }
            // A lookup made while a key is borrowed (none today) copies.
            Err(_) => f(&s.to_ascii_lowercase()),
        });
    }
    let mut buf = [0u8; 64];
    if s.len() <= buf.len() && s.is_ascii() {
        let mut len = 0;
        let mut in_space = false;
        for &b in s.as_bytes() {
            if b.is_ascii_whitespace() {
                if !in_space {
                    buf[len] = b' ';
                    len += 1;
                }
                in_space = true;
            } else {
                buf[len] = b.to_ascii_lowercase();
                len += 1;
                in_space = false;
            }
        }
        if let Ok(key) = std::str::from_utf8(&buf[..len]) {
            return f(key);
        }
    }
    f(&slow_key(s))
}

thread_local! {
    /// The buffer [`with_key`] lowercases words in, one per thread.
    static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The lookup key of `s`, allocated (see [`with_key`]).
pub(crate) fn slow_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// Word lists are fixed data looked up on the hot path: foldhash is several
/// times faster than SipHash on short keys.
pub(crate) type FastMap<K, V> = foldhash::HashMap<K, V>;
pub(crate) type FastSet<K> = foldhash::HashSet<K>;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every path of `with_key` gives the key `slow_key` gives, and a
    /// lookup inside a lookup still works.
    #[test]
    fn with_key_agrees_with_slow_key_on_every_path() {
        for s in [
            "museum",
            "Museum",
            "SECRETARY",
            " Vice   President ",
            "Señora",
            "U.S.",
            "Mr.",
            "x-Ray",
            "",
        ] {
            assert_eq!(with_key(s, str::to_owned), slow_key(s), "{s:?}");
        }
        let nested = with_key("Outer", |outer| format!("{outer}/{}", with_key("Inner", str::to_owned)));
        assert_eq!(nested, "outer/inner");
    }

    /// A set read from lines holds what one built from the filtered lines
    /// holds, with or without a final newline, comments or blank lines.
    #[test]
    fn word_set_of_lines_agrees_with_word_set_new() {
        for text in [
            "harbour\nship\n",
            "# header\n\nnovel\r\nship\n#x\nélan",
            "",
            "\n\n",
            "one",
        ] {
            let set = WordSet::of_lines(text);
            let plain = WordSet::new(text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')));
            assert_eq!(set.0, plain.0, "{text:?}");
        }
        assert!(WordSet::of_lines("a\r\nb").contains("a"));
    }

    #[test]
    fn word_set_finds_exactly_its_words() {
        let set = WordSet::new(["harbour", "ship", "novel"]);
        assert!(set.contains("ship") && set.contains("harbour"));
        assert!(!set.contains("Ship") && !set.contains("ships") && !set.contains(""));
        assert_eq!(set.len(), 3);
    }

    /// Shapes never rule out a word some key matches in any case, and rule
    /// out a plain word whose first letter and length no key has.
    #[test]
    fn shapes_rule_out_only_impossible_words() {
        let shapes = Shapes::of(["secretary", "minister", "de facto", "élan"]);
        for word in ["Secretary", "SECRETARY", "minister", "De facto", "Élan", " Minister "] {
            assert!(shapes.may_contain(word), "{word}");
        }
        // Same letter, another length; another letter; nothing at all.
        assert!(!shapes.may_contain("Secret"));
        assert!(!shapes.may_contain("President"));
        assert!(!shapes.may_contain(""));
        // Words it cannot judge are let through to the lookup; a word
        // opening with a digit or a mark no key opens with is not.
        assert!(shapes.may_contain("Señor") && shapes.may_contain("Ünion"));
        assert!(!shapes.may_contain("1st") && !shapes.may_contain(",") && !shapes.may_contain("\"Minister"));
    }

    /// Against every key of a list and words near them (other case, other
    /// last letter, other length, a dot or accent at the end), the shape
    /// test passes every word some key matches in any case, and rules out
    /// words that differ only in their last letter.
    #[test]
    fn shapes_pass_every_word_a_key_matches() {
        let keys = [
            "museum",
            "agency",
            "agencies",
            "inc.",
            "café",
            "co-operative",
            "de facto",
            "x",
            "union",
            "4x4",
            "élan",
        ];
        let shapes = Shapes::of(keys);
        let mut words: Vec<String> = Vec::new();
        for key in keys {
            words.push(key.to_string());
            words.push(key.to_uppercase());
            words.push(format!(" {key}\u{a0}"));
            words.push(format!("{key}s"));
            words.push(format!("{key}z"));
            words.push(key.chars().skip(1).collect());
        }
        words.extend(
            [
                "Drazet", "Museuq", "Unioz", "Inc!", "X", "", " ", "Ünion", "4X", ",", "5x5",
            ]
            .map(String::from),
        );
        for word in &words {
            let trimmed = word.trim();
            let matched = keys.iter().any(|k| k.eq_ignore_ascii_case(trimmed));
            if matched {
                assert!(shapes.may_contain(word), "{word:?}");
            }
            // The general rule: only ASCII words can be ruled out, and only
            // by their shape or an opening byte no key has.
            let opening = trimmed.bytes().next();
            let by_shape =
                opening.is_some_and(|b| b.is_ascii_alphabetic()) && trimmed.bytes().all(|b| b.is_ascii_graphic());
            let by_opening = opening.is_some_and(|b| {
                b.is_ascii() && !b.is_ascii_alphabetic() && !keys.iter().any(|k| k.as_bytes()[0] == b)
            });
            if !(by_shape || by_opening || trimmed.is_empty()) {
                assert!(shapes.may_contain(word), "{word:?}");
            }
        }
        // Right first letter and length, wrong last letter.
        assert!(!shapes.may_contain("Museuq") && !shapes.may_contain("Unioz") && !shapes.may_contain("Drazet"));
        // A key ending in a dot is matched by first letter and length.
        assert!(shapes.may_contain("INC.") && shapes.may_contain("Inc!"));
        // Opening with a digit a key opens with, or another.
        assert!(shapes.may_contain("4X4") && shapes.may_contain("4X") && !shapes.may_contain("5x5"));
    }

    /// The eight-at-a-time test agrees with the byte-by-byte one on every
    /// byte value in every position, and on words of every length to 20.
    #[test]
    fn all_graphic_agrees_with_is_ascii_graphic() {
        for b in 0..=255u8 {
            for pos in 0..20 {
                let mut word = [b'k'; 20];
                word[pos] = b;
                for len in [pos + 1, 3, 4, 5, 8, 9, 12, 16, 17, 20] {
                    let w = &word[..len.max(pos + 1)];
                    assert_eq!(all_graphic(w), w.iter().all(u8::is_ascii_graphic), "{w:?}");
                }
            }
        }
        for len in 0..=20 {
            let w = vec![b'~'; len];
            assert!(all_graphic(&w));
        }
    }

    /// The eight-at-a-time lowercase test agrees with the byte loop for
    /// every byte value in every position of words of every length to 12.
    #[test]
    fn lowercase_ascii_test_agrees_with_a_byte_loop() {
        for b in 0..=255u8 {
            for len in 1..=12 {
                for pos in 0..len {
                    let mut word = vec![b'm'; len];
                    word[pos] = b;
                    let by_bytes = !word.iter().any(u8::is_ascii_uppercase) && word.is_ascii();
                    assert_eq!(is_lowercase_ascii(&word), by_bytes, "{word:?}");
                }
            }
        }
    }

    /// The eight-at-a-time capital test agrees with the byte loop on
    /// visible ASCII words of every length to 20 with any visible byte in
    /// any position, and `with_key` still folds them as `slow_key` does.
    #[test]
    fn any_capital_agrees_with_a_byte_loop() {
        for b in b'!'..=b'~' {
            for len in 1..=20 {
                for pos in 0..len {
                    let mut word = vec![b'q'; len];
                    word[pos] = b;
                    assert_eq!(any_capital(&word), word.iter().any(u8::is_ascii_uppercase), "{word:?}");
                }
            }
            let word = format!("{}ord", char::from(b));
            assert_eq!(with_key(&word, str::to_owned), slow_key(&word), "{word:?}");
        }
    }

    #[test]
    fn trim_agrees_with_str_trim() {
        for s in [
            "word",
            " word",
            "word\u{a0}",
            "\u{2003}w\u{2003}",
            "é",
            "",
            " ",
            "a b",
            "\tx\n",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }
}
