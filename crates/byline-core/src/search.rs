//! Searching the article text: literal, regex and smart-case matching.
//!
//! The terminal explorer searches the same normalized text every extractor
//! works on, so a match is a [`Span`] like everything else and can be
//! highlighted and jumped to the same way. This module knows nothing about
//! terminals.
//!
//! Rules, as a reader expects them from `less` and `vim`:
//! - a query that is a valid regular expression is used as one; anything
//!   else is searched literally;
//! - if a regex finds nothing (or only empty matches) the query is searched
//!   literally as well, because news text is full of `$`, `.` and `(` that
//!   make a literal query accidentally valid as a regex ("$6 million");
//! - smart case: a query without upper-case letters ignores case.

use regex::{Regex, RegexBuilder};

use crate::article::Span;

/// How a query was interpreted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Regex,
    Literal,
}

/// The matches of one query over one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    /// Non-empty, non-overlapping, in text order.
    pub spans: Vec<Span>,
    /// True when the search stopped at the limit; more matches exist.
    pub truncated: bool,
}

/// A compiled query.
#[derive(Debug, Clone)]
pub struct Matcher {
    regex: Regex,
    literal: Regex,
    pub mode: Mode,
    pub ignore_case: bool,
    /// The query is a regex too large to compile within the size limit, so
    /// it is searched literally; an interface should say so.
    pub too_big: bool,
}

impl Matcher {
    /// Compiles a query; `None` for an empty query.
    pub fn new(query: &str) -> Option<Matcher> {
        if query.is_empty() {
            return None;
        }
        let ignore_case = !has_upper(query);
        let literal = build(&regex::escape(query), ignore_case).ok()?;
        match build(query, ignore_case) {
            Ok(regex) => Some(Matcher {
                regex,
                literal,
                mode: Mode::Regex,
                ignore_case,
                too_big: false,
            }),
            Err(e) => Some(Matcher {
                regex: literal.clone(),
                literal,
                mode: Mode::Literal,
                ignore_case,
                too_big: matches!(e, regex::Error::CompiledTooBig(_)),
            }),
        }
    }

    /// Every match in `text`, at most `limit` of them.
    pub fn find_all(&self, text: &str, limit: usize) -> Matches {
        let found = collect(&self.regex, text, limit);
        if found.spans.is_empty() && self.mode == Mode::Regex {
            return collect(&self.literal, text, limit);
        }
        found
    }
}

/// Compiles and runs `query` over `text` in one go.
pub fn find_all(text: &str, query: &str, limit: usize) -> Matches {
    Matcher::new(query).map(|m| m.find_all(text, limit)).unwrap_or_default()
}

fn build(pattern: &str, ignore_case: bool) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .case_insensitive(ignore_case)
        .size_limit(1 << 22)
        .build()
}

fn collect(regex: &Regex, text: &str, limit: usize) -> Matches {
    let mut spans = Vec::new();
    let mut truncated = false;
    for m in regex.find_iter(text) {
        if m.start() == m.end() {
            continue;
        }
        if spans.len() == limit {
            truncated = true;
            break;
        }
        spans.push(Span::new(m.start(), m.end()));
    }
    Matches { spans, truncated }
}

/// Whether the query asks for case: an upper-case letter that is not part
/// of a regex escape such as `\S` or `\W`.
fn has_upper(query: &str) -> bool {
    let mut chars = query.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
        } else if c.is_uppercase() {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "El Salvador received $8.5 billion in family remittances in 2024. \
                        In January and February, remittances grew 14 percent.";

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_all(text, query, 100)
            .spans
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn lower_case_query_ignores_case() {
        assert_eq!(found(TEXT, "in"), ["in", "in", "In"]);
    }

    #[test]
    fn upper_case_query_is_case_sensitive() {
        assert_eq!(found(TEXT, "In"), ["In"]);
    }

    #[test]
    fn escapes_do_not_count_as_upper_case() {
        let m = Matcher::new(r"remittances\S*").unwrap();
        assert!(m.ignore_case);
        assert_eq!(m.mode, Mode::Regex);
    }

    #[test]
    fn valid_regex_is_a_regex() {
        assert_eq!(found(TEXT, r"\d+ percent"), ["14 percent"]);
        assert_eq!(
            found(TEXT, "remittances (grew|in)"),
            ["remittances in", "remittances grew"]
        );
    }

    #[test]
    fn invalid_regex_is_literal() {
        let text = "the deal (worth $6 million";
        let m = Matcher::new("(worth").unwrap();
        assert_eq!(m.mode, Mode::Literal);
        assert_eq!(found(text, "(worth"), ["(worth"]);
    }

    #[test]
    fn regex_finding_nothing_falls_back_to_literal() {
        // "$8.5" parses as a regex (end anchor, then "8.5") that cannot match.
        assert_eq!(found(TEXT, "$8.5 billion"), ["$8.5 billion"]);
    }

    #[test]
    fn empty_matches_are_skipped() {
        assert!(found(TEXT, "x*").is_empty());
        assert!(find_all(TEXT, "", 10).spans.is_empty());
    }

    #[test]
    fn limit_truncates() {
        let m = find_all(TEXT, "e", 3);
        assert_eq!(m.spans.len(), 3);
        assert!(m.truncated);
        assert!(!find_all(TEXT, "remittances", 3).truncated);
    }

    #[test]
    fn spans_are_byte_ranges_past_multibyte_text() {
        let text = "Café – “remittances” grew";
        let m = find_all(text, "remittances", 10);
        let s = m.spans[0];
        assert_eq!(&text[s.start..s.end], "remittances");
    }

    #[test]
    fn an_oversize_regex_is_searched_literally_and_flagged() {
        let m = Matcher::new(r"(\w{200}){200}").unwrap();
        assert_eq!(m.mode, Mode::Literal);
        assert!(m.too_big);
        let m = Matcher::new("remittances (grew").unwrap();
        assert_eq!(m.mode, Mode::Literal);
        assert!(!m.too_big, "an invalid regex is not an oversize one");
    }
}
