//! A small tokenizer shared by the extractors: words, numbers and
//! punctuation with their byte spans.
//!
//! Words keep internal hyphens and apostrophes ("Chung-tai", "Bukele's"),
//! dotted acronyms keep their dots ("U.S."), numerals keep their separators
//! ("312,000", "6.5"). Everything else is one punctuation token per char.

use crate::article::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter ("Bukele's", "FY2019", "U.S.").
    Word,
    /// Starts with a digit ("312,000", "6.5", "21st", "20-093").
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Absolute byte span in the text that was tokenized (plus its offset).
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.start..self.span.end]
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '&' | '‑')
}

/// The char starting at byte `i` of `s` (a char boundary).
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|rest| rest.chars().next())
}

fn is_alnum_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => char_at(s, i).is_some_and(char::is_alphanumeric),
        None => false,
    }
}

/// Tokenizes `s`; spans are offset by `base` so tokens of a sentence point
/// into the whole article. ASCII is handled byte by byte; other text falls
/// back to Unicode classes.
pub fn tokenize(s: &str, base: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    tokenize_into(s, base, &mut out);
    out
}

/// [`tokenize`] into a buffer the caller reuses from sentence to sentence.
pub fn tokenize_into(s: &str, base: usize, out: &mut Vec<Token>) {
    out.clear();
    append_tokens(s, base, out);
}

/// [`tokenize`] onto the end of `out`, after the tokens already there.
pub fn append_tokens(s: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII, most of any text, is classified by byte.
        match BYTE_CLASS[usize::from(b)] {
            ASCII_SPACE => {
                i += 1;
                continue;
            }
            ASCII_PUNCT => {
                out.push(Token {
                    span: Span::new(base + i, base + i + 1),
                    kind: TokenKind::Punct,
                });
                i += 1;
                continue;
            }
            _ => {}
        }
        let (c, len) = if b.is_ascii() {
            (b as char, 1)
        } else {
            match char_at(s, i) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                span: Span::new(base + i, base + i + len),
                kind: TokenKind::Punct,
            });
            i += len;
            continue;
        }
        let numeric = c.is_ascii_digit();
        let start = i;
        let mut end = i + len;
        while end < bytes.len() {
            // Letters and digits, most of a word, run through by table.
            while end < bytes.len() && BYTE_CLASS[usize::from(bytes[end])] == ASCII_ALNUM {
                end += 1;
            }
            let Some(&d) = bytes.get(end) else { break };
            let (d, dlen) = if d.is_ascii() {
                (d as char, 1)
            } else {
                match char_at(s, end) {
                    Some(d) => (d, d.len_utf8()),
                    None => break,
                }
            };
            if !d.is_ascii() && d.is_alphanumeric() {
                end += dlen;
                continue;
            }
            // A joiner or separator stays inside when a letter or digit follows.
            let inner = is_joiner(d) || (numeric && matches!(d, ',' | '.'));
            let dotted = d == '.' && !numeric && is_acronym_so_far(&s[start..end]);
            if inner || dotted {
                if is_alnum_at(s, end + dlen) {
                    end += dlen;
                    continue;
                }
                // "U.S." keeps its final dot.
                if dotted && s[start..end].contains('.') {
                    end += 1;
                }
            }
            break;
        }
        out.push(Token {
            span: Span::new(base + start, base + end),
            kind: if numeric { TokenKind::Number } else { TokenKind::Word },
        });
        i = end;
    }
}

const ASCII_SPACE: u8 = 0;
const ASCII_PUNCT: u8 = 1;
const ASCII_ALNUM: u8 = 2;
/// A byte of a non-ASCII character, classified once decoded.
const NON_ASCII: u8 = 3;

/// The class of every byte, so that the common case costs one lookup.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 0x80 {
        let byte = b as u8;
        table[b] = if matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            ASCII_SPACE
        } else if byte.is_ascii_alphanumeric() {
            ASCII_ALNUM
        } else {
            ASCII_PUNCT
        };
        b += 1;
    }
    table
};

/// "U", "U.S", "a.m": single letters separated by dots.
fn is_acronym_so_far(s: &str) -> bool {
    s.split('.').all(|part| {
        let mut cs = part.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            texts("Bukele's $6.5 billion, 312,000 jobs (U.S.)."),
            vec![
                "Bukele's", "$", "6.5", "billion", ",", "312,000", "jobs", "(", "U.S.", ")", "."
            ]
        );
    }

    #[test]
    fn hyphens_and_identifiers() {
        assert_eq!(
            texts("Cheng Chung-tai, STS-135, FY2019, 20-093, Texas A&M."),
            vec![
                "Cheng",
                "Chung-tai",
                ",",
                "STS-135",
                ",",
                "FY2019",
                ",",
                "20-093",
                ",",
                "Texas",
                "A&M",
                "."
            ]
        );
    }

    #[test]
    fn trailing_dot_of_sentence_is_punctuation() {
        assert_eq!(texts("in 2024. Then"), vec!["in", "2024", ".", "Then"]);
        assert_eq!(texts("the U.S. The"), vec!["the", "U.S.", "The"]);
    }

    #[test]
    fn offsets_are_absolute() {
        let t = tokenize("ab cd", 10);
        assert_eq!(t[1].span, Span::new(13, 15));
    }
}
