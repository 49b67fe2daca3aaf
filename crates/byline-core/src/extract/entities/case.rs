//! Case evidence: the words an article writes in lowercase somewhere, so
//! that a capitalized "Landscape" opening a sentence is known for a common
//! word the article also uses, not a name.

use std::borrow::Cow;

use super::classify::CaseEvidence;
use crate::extract::tokens::char_at;

/// Words the article writes in lowercase somewhere, borrowed from its text.
/// ("pro-Beijing" is kept as "pro-beijing").
pub(super) struct LowercaseWords<'a>(foldhash::HashSet<Cow<'a, str>>);

impl<'a> LowercaseWords<'a> {
    /// One pass over the bytes: ASCII, most of any text, is classified by a
    /// table; only other characters are decoded.
    pub(super) fn scan(text: &'a str) -> Self {
        let mut set = foldhash::HashSet::default();
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        while i < n {
            // Separators.
            match WORD_BYTES[usize::from(bytes[i])] {
                SEPARATOR => {
                    i += 1;
                    continue;
                }
                WORD => {}
                _ => {
                    let c = char_at(text, i).unwrap_or(' ');
                    if !is_word_char(c) {
                        i += c.len_utf8();
                        continue;
                    }
                }
            }
            let start = i;
            let mut plain = true;
            loop {
                while i < n && WORD_BYTES[usize::from(bytes[i])] == WORD {
                    i += 1;
                }
                if i < n && WORD_BYTES[usize::from(bytes[i])] == OTHER {
                    let c = char_at(text, i).unwrap_or(' ');
                    if is_word_char(c) {
                        plain = false;
                        i += c.len_utf8();
                        continue;
                    }
                }
                break;
            }
            let w = &text[start..i];
            // Only words opening in lowercase are kept; short words are
            // function words or in the dictionary, which is asked first.
            let lower_start = if plain {
                bytes[start].is_ascii_lowercase()
            } else {
                w.starts_with(char::is_lowercase)
            };
            if !lower_start || (w.len() < 5 && !w.as_bytes().contains(&b'-')) {
                continue;
            }
            let has_upper = if plain {
                w.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                w.chars().any(char::is_uppercase)
            };
            if has_upper {
                set.insert(Cow::Owned(w.to_lowercase()));
            } else {
                set.insert(Cow::Borrowed(w));
            }
        }
        LowercaseWords(set)
    }
}

const SEPARATOR: u8 = 0;
const WORD: u8 = 1;
/// A byte of a non-ASCII character: decoded to be classified.
const OTHER: u8 = 2;

/// The class of each byte: letters, digits, hyphens and apostrophes make
/// the words of [`LowercaseWords`].
static WORD_BYTES: [u8; 256] = {
    let mut table = [SEPARATOR; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte >= 0x80 {
            OTHER
        } else if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'\'' {
            WORD
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

impl CaseEvidence for LowercaseWords<'_> {
    fn seen_lowercase(&self, lower: &str) -> bool {
        self.0.contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-table scan keeps exactly the words a plain split on
    /// non-word characters keeps, across ASCII, accents, curly apostrophes
    /// and mixed case.
    #[test]
    fn lowercase_scan_agrees_with_a_plain_split() {
        let text = "the pro-Beijing camp's leaders, élan and naïve über-fans; don’t \
                    eBay-listed -dashes- 'quoted' ÉCOLE x-ray McDonald's café-bar ŒUVRE œuvres \
                    words\u{00A0}joined mid–dash re‑used 2024-era";
        let mut reference = foldhash::HashSet::default();
        for w in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')) {
            if (w.len() >= 5 || w.contains('-')) && w.starts_with(|c: char| c.is_lowercase()) {
                reference.insert(w.to_lowercase());
            }
        }
        let scanned: foldhash::HashSet<String> = LowercaseWords::scan(text)
            .0
            .into_iter()
            .map(|w| w.into_owned())
            .collect();
        assert_eq!(scanned, reference);
        assert!(scanned.contains("pro-beijing") && scanned.contains("über-fans") && scanned.contains("ebay-listed"));
    }
}
