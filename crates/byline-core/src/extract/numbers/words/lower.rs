//! Case folding for lookups: the word lists hold lower-case words, and a
//! token is looked up as it is when it has no capital, or folded into a
//! buffer on the stack when it has, so no lookup allocates.

/// A word with its ASCII letters in lower case: the word itself when it
/// has no ASCII capital (most words), else a folded copy on the stack.
pub struct Lower<'a> {
    word: &'a str,
    /// The folded bytes, when `word` has a capital; unused otherwise.
    buf: [u8; FOLDED_MAX],
    folded: bool,
}

/// The longest word folded; none of the words looked up is longer.
const FOLDED_MAX: usize = 32;

impl<'a> Lower<'a> {
    /// Folds `s`; words longer than [`FOLDED_MAX`] bytes fold to "".
    pub fn new(s: &'a str) -> Lower<'a> {
        let mut buf = [0u8; FOLDED_MAX];
        let bytes = s.as_bytes();
        if bytes.len() > FOLDED_MAX {
            return Lower {
                word: "",
                buf,
                folded: false,
            };
        }
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return Lower {
                word: s,
                buf,
                folded: false,
            };
        }
        for (d, &b) in buf.iter_mut().zip(bytes) {
            *d = b.to_ascii_lowercase();
        }
        Lower {
            word: s,
            buf,
            folded: true,
        }
    }

    pub fn as_str(&self) -> &str {
        if !self.folded {
            return self.word;
        }
        // Only ASCII bytes were changed, so a valid UTF-8 input stays valid.
        std::str::from_utf8(&self.buf[..self.word.len()]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_folds_ascii_only() {
        assert_eq!(Lower::new("Forty-Three").as_str(), "forty-three");
        assert_eq!(Lower::new("NASA’s").as_str(), "nasa’s");
        assert_eq!(Lower::new("already lower").as_str(), "already lower");
        assert_eq!(Lower::new(&"Long".repeat(9)).as_str(), "");
        assert_eq!(Lower::new(&"long".repeat(9)).as_str(), "");
    }
}
