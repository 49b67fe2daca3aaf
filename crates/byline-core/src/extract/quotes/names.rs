//! Reading a person's or body's name out of a speaker phrase: titles and
//! lower-case roles before the name are dropped ("US Secretary of State
//! Marco Rubio", "team captain Lena Ortiz"), as is the place a titled name
//! is "of" ("Senator Ada Moore of Vermont").

use super::words;
use crate::article::Span;
use crate::extract::tokens::{Token, TokenKind, tokenize};

/// The person's name in a phrase made only of names and titles:
/// "US Secretary of State Marco Rubio" → "Marco Rubio", "Undersecretary for
/// Education Mr. Toccafondi" → "Toccafondi"; a title with an organization
/// and no name ("the president of the Salvadoran Industrial Association")
/// is not a name.
pub(super) fn proper_name(text: &str, part: Span) -> Option<String> {
    let toks = tokenize(&text[part.start..part.end], part.start);
    let mut toks: &[_] = &toks;
    if let Some(first) = toks.first()
        && words::with_lower(first.text(text), words::is_determiner)
    {
        toks = &toks[1..];
    }
    let n = toks.len();
    if n == 0 {
        return None;
    }
    if let Some(name) = name_after_role(text, toks) {
        return Some(name);
    }
    let word = |i: usize| toks[i].text(text);
    let is_cap = |i: usize| toks[i].kind == TokenKind::Word && word(i).starts_with(char::is_uppercase);
    let mut last_title = None;
    for (i, tok) in toks.iter().enumerate() {
        let w = word(i);
        let ok = match tok.kind {
            TokenKind::Word => {
                let (clause_word, title, connector) = words::with_lower(w, |lower| {
                    let connector = words::is_connector(lower);
                    (
                        words::pronoun(lower).is_some() || (words::is_boundary(lower) && !connector),
                        words::is_title(lower),
                        connector,
                    )
                });
                if !words::is_acronym(w) && clause_word {
                    return None;
                }
                if title {
                    last_title = Some(i);
                    true
                } else {
                    is_cap(i) || (connector && i > 0 && i + 1 < n)
                }
            }
            TokenKind::Punct => w == "." && i > 0 && words::takes_period(word(i - 1)),
            TokenKind::Number => false,
        };
        if !ok {
            return None;
        }
    }
    let mut from = last_title.map_or(0, |t| t + 1);
    while from < n && toks[from].kind == TokenKind::Punct {
        from += 1;
    }
    if from >= n {
        return None;
    }
    if last_title.is_some() && !is_cap(from) {
        // "Minister of Education Stefania Giannini": skip the portfolio,
        // keep the last two capitalized words (with particles between).
        let caps: Vec<usize> = (from..n).filter(|&i| is_cap(i)).collect();
        if caps.len() < 2 || words::with_lower(word(n - 1), words::is_body_head) {
            return None;
        }
        from = caps[caps.len() - 2];
    }
    if !is_cap(from) || !is_cap(n - 1) {
        return None;
    }
    let mut end = toks[n - 1].span.end;
    // "Senator Mitch McConnell of Kentucky": a titled name and its place.
    if last_title.is_some()
        && let Some(of) = (from + 2..n).find(|&i| word(i) == "of")
        && of_place(&text[toks[of - 1].span.end..end])
    {
        end = toks[of - 1].span.end;
    }
    let mut name = &text[toks[from].span.start..end];
    for suffix in ["'s", "’s"] {
        name = name.strip_suffix(suffix).unwrap_or(name);
    }
    Some(name.to_string())
}

/// "team member Rodaba Noori", "lead author Mara Quint": a lower-case
/// role of up to three words, then only capitalized words, the name.
fn name_after_role(text: &str, toks: &[Token]) -> Option<String> {
    let role = toks
        .iter()
        .take_while(|t| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_lowercase))
        .count();
    let name = &toks[role..];
    if role == 0 || role > 3 || name.is_empty() || name.len() > 3 {
        return None;
    }
    let role_ok = toks[..role].iter().all(|t| {
        let lower = t.text(text);
        lower.chars().all(|c| c.is_alphabetic() || c == '-')
            && words::pronoun(lower).is_none()
            && !words::is_boundary(lower)
            && !words::is_connector(lower)
            && !words::is_determiner(lower)
    });
    let name_ok = name
        .iter()
        .all(|t| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase));
    if !role_ok || !name_ok || words::with_lower(name[name.len() - 1].text(text), words::is_body_head) {
        return None;
    }
    let s = &text[name[0].span.start..name[name.len() - 1].span.end];
    Some(
        s.strip_suffix("'s")
            .or_else(|| s.strip_suffix("’s"))
            .unwrap_or(s)
            .to_string(),
    )
}

/// " of Kentucky", " of the Bronx": the state or place a name is "of"
/// ("Senator Mitch McConnell of Kentucky").
pub(super) fn of_place(rest: &str) -> bool {
    let Some(place) = rest
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .strip_prefix(" of ")
    else {
        return false;
    };
    let place = place.strip_prefix("the ").unwrap_or(place);
    let words: Vec<&str> = place.split(' ').collect();
    !words.is_empty() && words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Option<String> {
        proper_name(s, Span::new(0, s.len()))
    }

    #[test]
    fn titles_before_names_are_stripped() {
        assert_eq!(
            name("US Secretary of State Marco Rubio").as_deref(),
            Some("Marco Rubio")
        );
        assert_eq!(
            name("NASA Administrator Jim Bridenstine").as_deref(),
            Some("Jim Bridenstine")
        );
        assert_eq!(
            name("Minister of Education Stefania Giannini").as_deref(),
            Some("Stefania Giannini")
        );
        assert_eq!(
            name("Governor of Washington Chris Gregoire").as_deref(),
            Some("Chris Gregoire")
        );
        assert_eq!(
            name("Undersecretary for Education Mr. Toccafondi").as_deref(),
            Some("Toccafondi")
        );
        assert_eq!(name("U.S. Senator John Cornyn").as_deref(), Some("John Cornyn"));
        assert_eq!(
            name("White House spokeswoman Karoline Leavitt").as_deref(),
            Some("Karoline Leavitt")
        );
        assert_eq!(name("Claudio De Vincenti").as_deref(), Some("Claudio De Vincenti"));
        assert_eq!(name("Trump").as_deref(), Some("Trump"));
        assert_eq!(name("US President Donald Trump").as_deref(), Some("Donald Trump"));
        assert_eq!(name("Senator Ada Moore of Vermont").as_deref(), Some("Ada Moore"));
        assert_eq!(
            name("Governor of Washington Chris Gregoire").as_deref(),
            Some("Chris Gregoire")
        );
    }

    #[test]
    fn lower_case_role_before_a_name_is_dropped() {
        assert_eq!(name("team captain Lena Ortiz").as_deref(), Some("Lena Ortiz"));
        assert_eq!(name("co-author Ama Boateng").as_deref(), Some("Ama Boateng"));
        assert_eq!(name("officials at Harbour Authority"), None);
        assert_eq!(name("local Water Board"), None);
    }

    #[test]
    fn descriptions_are_not_names() {
        assert_eq!(name("A federal judge"), None);
        assert_eq!(name("the president of the Salvadoran Industrial Association"), None);
        assert_eq!(
            name("The secretary general of CEI (Italian Episcopal Conference)"),
            None
        );
        assert_eq!(name("Trump officials"), None);
        assert_eq!(name("NASA Administrator"), None);
        assert_eq!(name("He"), None);
    }
}
