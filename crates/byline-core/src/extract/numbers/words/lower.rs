//! Case folding for lookups: the word lists hold lower-case words, and a
//! token is folded into a buffer on the stack before it is looked up, so
//! no lookup allocates.

/// An ASCII-lower-cased copy of a short word, kept on the stack.
pub struct Lower {
    buf: [u8; 32],
    len: usize,
}

impl Lower {
    /// Folds `s`; words longer than the buffer fold to "" (none of the
    /// words looked up here is that long).
    pub fn new(s: &str) -> Lower {
        let mut buf = [0u8; 32];
        let bytes = s.as_bytes();
        if bytes.len() > buf.len() {
            return Lower { buf, len: 0 };
        }
        for (d, &b) in buf.iter_mut().zip(bytes) {
            *d = b.to_ascii_lowercase();
        }
        Lower { buf, len: bytes.len() }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII bytes were changed, so a valid UTF-8 input stays valid.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_folds_ascii_only() {
        assert_eq!(Lower::new("Forty-Three").as_str(), "forty-three");
        assert_eq!(Lower::new("NASA’s").as_str(), "nasa’s");
    }
}
