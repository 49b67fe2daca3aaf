//! Where names end in the less common shapes: a version number kept or a
//! counted noun left out ("Ariane 6 lifted", "Smith 12 points"), a whole
//! quotation in title case, a title with its subtitle, and a person named
//! right after a body ("University of Leeds Amal Haddad").

use crate::extract::tokens::{Token, TokenKind};
use crate::lexicon::gazetteer::Gazetteer;

use super::super::words;
use super::{is_initial, is_possessive};

/// A lowercase word a number before it would count: a plural ("points",
/// "votes") or a unit ("percent", "year"), not a verb or a function word
/// ("Apollo 11 was", "Ariane 6 lifted").
pub(super) fn is_counted_noun(w: &str) -> bool {
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !words::is_function_word(w);
    plural
        || matches!(
            w,
            "percent"
                | "per"
                | "million"
                | "billion"
                | "thousand"
                | "hundred"
                | "year"
                | "month"
                | "week"
                | "day"
                | "hour"
                | "minute"
                | "km"
                | "kg"
                | "mph"
                | "am"
                | "pm"
                | "to"
                | "of"
                | "or"
        )
}

/// A quotation that is all one name in title case, "The Dark Harbour" or
/// "Friends of the Fen": a work's or a product's name, kept whole (its
/// first word and inner connectors too). Returns the end of the name
/// when token `i` starts one right after an opening quote mark.
pub(super) fn quoted_title_end(text: &str, toks: &[Token], names: &[bool], i: usize) -> Option<usize> {
    // Asked at every token: the name test first, it rules out most.
    if !names.get(i).copied().unwrap_or(false) {
        return None;
    }
    let open = toks.get(i.checked_sub(1)?)?.text(text);
    if !matches!(open, "\"" | "“") {
        return None;
    }
    let mut k = i;
    let mut named = 0;
    while k < toks.len() && k - i < 8 {
        let w = toks[k].text(text);
        if names[k] || toks[k].kind == TokenKind::Number {
            named += 1;
        } else if !matches!(w, "of" | "the" | "and" | "&" | "for" | "in" | "on" | "a" | "an" | "to") {
            break;
        }
        k += 1;
    }
    // Ends on a name, then (after a comma or stop) the closing mark.
    let mut close = k;
    if matches!(toks.get(close).map(|t| t.text(text)), Some("," | ".")) {
        close += 1;
    }
    let closes = matches!(toks.get(close).map(|t| t.text(text)), Some("\"" | "”"));
    (closes && named >= 2 && (names[k - 1] || toks[k - 1].kind == TokenKind::Number)).then_some(k)
}

/// "Batman: The Animated Series", "Sea Wolves: Last Voyage": a title with
/// its subtitle, mid-sentence, the colon attached to the title. Returns the
/// end of the subtitle when it is a short capitalized run that closes the
/// phrase.
pub(super) fn subtitle_end(text: &str, toks: &[Token], names: &[bool], start: usize, end: usize) -> Option<usize> {
    let colon = toks.get(end)?;
    if colon.text(text) != ":" || colon.span.start != toks[end - 1].span.end || is_initial(text, toks, start) {
        return None;
    }
    if end - start > 3 {
        return None;
    }
    let mut k = end + 1;
    while k < toks.len() && names[k] && k - end <= 5 {
        k += 1;
    }
    // Punctuation after it: "Chaos: Making a New Science" goes on in
    // lowercase, and is left alone.
    let closes = toks
        .get(k)
        .is_none_or(|t| matches!(t.text(text), "," | "." | ";" | ")" | "”" | "\""));
    (k > end + 1 && k - end <= 5 && closes).then_some(k)
}

/// Where a person's name starts at the end of a run that first names a
/// body or place: "University of Leeds Amal Haddad", "Council on Tax Reform
/// Jane Doe". The person is two or three words, none a head noun; the part
/// before is a known place or organization, or has a head noun.
pub(super) fn fused_person(
    text: &str,
    toks: &[Token],
    names: &[bool],
    start: usize,
    end: usize,
    gaz: &Gazetteer,
) -> Option<usize> {
    if end < start + 3 {
        return None;
    }
    let word = |i: usize| toks[i].text(text);
    let common = |w: &str| gaz.is_common_word_in_any_case(w);
    for len in [2, 3] {
        let Some(p) = end.checked_sub(len).filter(|&p| p > start) else {
            continue;
        };
        // Cheap tests first: most long runs are the names of bodies.
        let shaped = names[p - 1]
            && (p..end).all(|x| {
                let w = word(x);
                names[x]
                    && w.chars().skip(1).any(char::is_lowercase)
                    && !w.bytes().any(|b| b.is_ascii_digit())
                    && !is_possessive(w)
            });
        let person = shaped
            && (p..end).all(|x| !words::is_head_word(gaz, word(x)))
            && gaz.place(word(p)).is_none()
            && gaz.group(word(p)).is_none()
            && (gaz.given_name(word(p)).is_some() || !common(word(p)))
            && !common(word(end - 1));
        if !person {
            continue;
        }
        let before = &text[toks[start].span.start..toks[p - 1].span.end];
        let body = gaz
            .place(before)
            .is_some_and(|k| k != crate::lexicon::gazetteer::PlaceKind::City)
            || gaz.organization(before).is_some()
            || (start..p).any(|x| words::is_head_word(gaz, word(x)));
        if body {
            return Some(p);
        }
    }
    None
}
