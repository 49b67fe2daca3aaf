//! How the scanner reads its tokens: text, kind and position of the
//! token at an index (out of range reads as nothing), and the chunk of
//! text around a token when it is part of a URL or address.

use super::Scanner;
use crate::extract::numbers::words::Lower;
use crate::extract::tokens::TokenKind;

/// How far to look for the edges of a URL around a digit.
const MAX_URL_CHUNK: usize = 300;

impl<'a> Scanner<'a> {
    pub(super) fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    pub(super) fn low(&self, i: usize) -> Lower<'a> {
        Lower::new(self.t(i))
    }

    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    pub(super) fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    pub(super) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.t(i) == p
    }

    pub(super) fn start(&self, i: usize) -> usize {
        self.toks[i].span.start
    }

    pub(super) fn end(&self, i: usize) -> usize {
        self.toks[i].span.end
    }

    /// Tokens `i` and `i + 1` touch, with no space between.
    pub(super) fn glued(&self, i: usize) -> bool {
        i + 1 < self.toks.len() && self.end(i) == self.start(i + 1)
    }

    pub(super) fn capitalized(&self, i: usize) -> bool {
        let s = self.t(i);
        match s.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => s.chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// Only punctuation comes before token `i` in the sentence.
    pub(super) fn sentence_start(&self, i: usize) -> bool {
        self.start(i) <= self.first_word
    }

    pub(super) fn is_quote(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && matches!(self.t(i), "\"" | "“" | "”" | "'" | "‘" | "’")
    }

    /// The whitespace-delimited chunk around token `i` is a URL or address.
    pub(super) fn in_url(&self, i: usize) -> bool {
        let bytes = self.text.as_bytes();
        let mut a = self.start(i);
        let floor = a.saturating_sub(MAX_URL_CHUNK);
        while a > floor && !bytes[a - 1].is_ascii_whitespace() {
            a -= 1;
        }
        let mut b = self.end(i);
        let ceil = (b + MAX_URL_CHUNK).min(bytes.len());
        while b < ceil && !bytes[b].is_ascii_whitespace() {
            b += 1;
        }
        let chunk = &bytes[a..b];
        let has = |pat: &[u8]| chunk.windows(pat.len()).any(|w| w == pat);
        if has(b"://") || has(b"www.") || chunk.contains(&b'@') {
            return true;
        }
        // "go.nasa.gov/3cxsYlU": a domain before the first slash.
        match chunk.iter().position(|&c| c == b'/') {
            Some(slash) => chunk[..slash]
                .windows(2)
                .any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic()),
            None => false,
        }
    }

    /// The first token after the chunk holding token `i`.
    pub(super) fn skip_chunk(&self, i: usize) -> usize {
        let mut k = i + 1;
        while k < self.toks.len() && self.start(k) == self.end(k - 1) {
            k += 1;
        }
        k
    }
}
