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

/// Tokenizes `s`; spans are offset by `base` so tokens of a sentence point
/// into the whole article.
pub fn tokenize(s: &str, base: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                span: Span::new(base + i, base + i + c.len_utf8()),
                kind: TokenKind::Punct,
            });
            continue;
        }
        let numeric = c.is_ascii_digit();
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                iter.next();
                continue;
            }
            // A joiner or separator stays inside when a letter or digit follows.
            let inner = is_joiner(d) || (numeric && matches!(d, ',' | '.'));
            let dotted = d == '.' && !numeric && is_acronym_so_far(&s[i..end]);
            if inner || dotted {
                let next = s[j + d.len_utf8()..].chars().next();
                if next.is_some_and(char::is_alphanumeric) {
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                // "U.S." keeps its final dot.
                if dotted && s[i..end].contains('.') {
                    end = j + 1;
                    iter.next();
                }
            }
            break;
        }
        out.push(Token {
            span: Span::new(base + i, base + end),
            kind: if numeric { TokenKind::Number } else { TokenKind::Word },
        });
    }
    out
}

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
