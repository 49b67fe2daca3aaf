//! Finding name candidates: runs of capitalized words joined by the
//! connectors names use ("of", "de", "van", "bin", "and" inside an
//! organization's name), split at titles ("US President Donald Trump" →
//! "US", "Donald Trump") and at possessives ("Smithsonian's National …").
//!
//! A candidate carries the context its type will be judged from: what
//! precedes and follows it, whether it opens a sentence, whether a title
//! stood before it.

use crate::article::Span;
use crate::extract::tokens::{Token, TokenKind};
use crate::lexicon::gazetteer::Gazetteer;
use crate::lexicon::lists::is_lowercase_ascii;

use super::dates;
use super::words;

mod bounds;
use bounds::{fused_person, is_counted_noun, quoted_title_end, subtitle_end};

/// A run of name tokens with the context it was found in.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The mention (without a possessive "'s").
    pub span: Span,
    /// Token spans of the mention (an initial's dot is its own token).
    pub words: Vec<Span>,
    /// Opens a sentence or a quotation, where every word is capitalized.
    pub initial: bool,
    pub possessive: bool,
    /// A title or role stood right before it ("President", "spokeswoman").
    pub after_title: bool,
    /// A title with its subtitle ("Batman: The Animated Series"): a work.
    pub work_title: bool,
    /// A whole quotation in title case ("The Dark Harbour"): a work unless
    /// a noun beside it says otherwise.
    pub quoted_title: bool,
    /// Token index range in the sentence, for context rules.
    pub first_tok: usize,
    pub end_tok: usize,
}

/// Whether a token can be part of a name.
#[inline]
fn is_name_word(text: &str, t: &Token) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = t.text(text);
    let bytes = w.as_bytes();
    // Most words are plain lowercase ASCII: no capital, no name. Asked of
    // every token, so this test is made inline and the call is made only
    // for the rest.
    if bytes.first().is_none_or(u8::is_ascii_lowercase) && is_lowercase_ascii(bytes) {
        return false;
    }
    is_name_word_with_capital(w)
}

/// [`is_name_word`] for a word that is not plain lowercase ASCII.
#[inline(never)]
fn is_name_word_with_capital(w: &str) -> bool {
    let bytes = w.as_bytes();
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_uppercase() {
        // "T-shirt", "X-ray", "U-turn": a letter before a common noun.
        if bytes.len() > 2 && bytes[1] == b'-' && bytes[2].is_ascii_lowercase() {
            return false;
        }
        // A word with no hyphen, apostrophe or non-ASCII letter is no
        // compound adjective or contraction, and a number word only whole:
        // one scan for them rather than one in each test.
        let plain = !bytes.iter().any(|&b| b == b'-' || b == b'\'' || b >= 0x80);
        let number_word = if plain {
            words::is_unhyphenated_number_word(w)
        } else {
            words::is_number_word(w)
        };
        // "FIRST Global": a number word in capitals is an acronym or a name.
        let number = number_word && !(w.len() > 2 && bytes.iter().all(|b| b.is_ascii_uppercase()));
        return w != "I" && !number && (plain || !words::is_compound_adjective(w) && !is_contraction(w));
    }
    // "al-Sharia", "el-Sisi": an Arabic article before a capitalized name.
    if let Some((particle, rest)) = w.split_once('-') {
        return matches!(
            particle,
            "al" | "el" | "ad" | "ash" | "as" | "at" | "an" | "ar" | "az" | "bin" | "ibn" | "abu"
        ) && rest.starts_with(char::is_uppercase);
    }
    // "iPhone", "eBay": lower first letter, capital inside.
    chars.any(char::is_uppercase)
}

/// "I’d", "We've", "They’re": a pronoun and a verb, not a name.
fn is_contraction(w: &str) -> bool {
    // Every contraction has an apostrophe, straight or curly (a non-ASCII byte).
    if !w.bytes().any(|b| b == b'\'' || b >= 0x80) {
        return false;
    }
    ["d", "ve", "ll", "re", "m"].iter().any(|tail| {
        w.strip_suffix(tail)
            .is_some_and(|head| head.ends_with('\'') || head.ends_with('’'))
    }) || w.ends_with("n't")
        || w.ends_with("n’t")
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || (w.ends_with("s'") || w.ends_with("s’")) && w.len() > 2
}

fn possessive_len(w: &str) -> usize {
    if w.ends_with("'s") || w.ends_with("’s") {
        w.len() - w.chars().rev().take(2).map(char::len_utf8).sum::<usize>()
    } else if w.ends_with('\'') || w.ends_with('’') {
        w.len() - w.chars().last().map_or(0, char::len_utf8)
    } else {
        w.len()
    }
}

/// Words that join parts of one name when capitalized words stand on both sides.
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den", "ter",
    "bin", "ibn", "al", "el", "y",
];

/// Tokens that make what follows them start a fresh clause, where every
/// word is capitalized by rule rather than because it is a name.
fn opens_clause(text: &str, t: &Token) -> bool {
    matches!(t.text(text), "\"" | "“" | "‘" | "(" | "[" | ":" | "—" | "–" | "«")
}

/// Per-token classes of the sentence being read, kept from one sentence to
/// the next so that their buffers are allocated once per article.
#[derive(Debug, Default)]
pub struct Scratch {
    names: Vec<bool>,
    dated: Vec<bool>,
}

/// Finds the candidates in one sentence.
pub fn find(text: &str, toks: &[Token], gaz: &Gazetteer, scratch: &mut Scratch) -> Vec<Candidate> {
    let mut out = Vec::new();
    let word = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    // Each token's class, worked out once: names may be asked about many times.
    let Scratch { names, dated } = scratch;
    names.clear();
    dated.clear();
    names.reserve(toks.len());
    dated.reserve(toks.len());
    // One pass: whether a month is a date asks only about the token
    // before it, whose class is known by then.
    for (k, t) in toks.iter().enumerate() {
        let name = is_name_word(text, t);
        names.push(name);
        dated.push(name && is_date_word(text, toks, k, names));
    }
    let (names, dated): (&[bool], &[bool]) = (names, dated);
    let is_name = |k: usize| names.get(k).copied().unwrap_or(false);
    let is_dated = |k: usize| dated.get(k).copied().unwrap_or(false);
    let mut i = 0;
    while i < toks.len() {
        // Only a name can open a quoted title: most tokens are ruled out
        // without the call.
        if is_name(i)
            && let Some(end) = quoted_title_end(text, toks, names, i)
        {
            push(text, toks, names, i, end, false, &mut out);
            if let Some(c) = out.last_mut() {
                c.quoted_title = true;
                c.initial = false;
            }
            i = end;
            continue;
        }
        if !is_name(i) || is_dated(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        // Whether the run so far has a head noun; worked out only when an
        // "and" asks, since most runs never meet one.
        let mut joined_by_complement = false;
        while j <= toks.len() {
            // "New People's Party" keeps its possessive; "Bukele's visit" and
            // "Stanford University's Center" end.
            let owner = word(j - 1);
            if is_possessive(owner)
                && !(is_name(j)
                    && words::is_head_word(gaz, word(j))
                    && !words::is_head_word(gaz, &owner[..possessive_len(owner)]))
            {
                break;
            }
            let w = word(j);
            // Abbreviated title or initial with its dot: "Mr. Toccafondi", "P. Voorhees".
            if w == "."
                && is_name(j - 1)
                && (word(j - 1).chars().count() == 1 || words::is_abbreviated_title(word(j - 1)))
                && is_name(j + 1)
                && toks[j].span.start == toks[j - 1].span.end
            {
                j += 2;
                continue;
            }
            if is_name(j) && !is_dated(j) {
                j += 1;
                continue;
            }
            // "Islamic State-linked": the name ends inside the adjective made from it.
            if j > start && is_name(j - 1) && words::is_compound_adjective(w) && w.starts_with(char::is_uppercase) {
                j += 1;
                break;
            }
            // A short number inside a name: "Movimento 5 Stelle", "Vostok 1".
            if toks.get(j).is_some_and(|t| t.kind == TokenKind::Number)
                && w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_digit())
                && !words::is_function_word(&word(j - 1).to_lowercase())
                // "7. United Kingdom / 8. Italy": a list's next number, on its own line.
                && !text[toks[j - 1].span.end..toks[j].span.start].contains('\n')
                && !(j - 1 == start && is_initial(text, toks, start))
                && !matches!(word(j + 1), "%" | "-")
                // "Arsenal 2, Chelsea 1": a score, not a name.
                && !(word(j + 1) == "," && is_name(j + 2) && toks.get(j + 3).is_some_and(|t| t.kind == TokenKind::Number))
                && !(start >= 2 && word(start - 1) == "," && toks[start - 2].kind == TokenKind::Number)
                // "Smith 12 points": the number counts what follows.
                && !toks
                    .get(j + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && !is_name(j + 1) && is_counted_noun(word(j + 1)))
            {
                j += 1;
                continue;
            }
            let next_is_name = |k: usize| is_name(k) && !is_dated(k);
            let lw = w;
            if NAME_PARTICLES.contains(&lw) && next_is_name(j + 1) {
                j += 2;
                continue;
            }
            if matches!(lw, "of" | "for" | "on") {
                let prev = word(j - 1);
                // "Council on Foreign Relations", never "Police on Main Street".
                let heads = if lw == "on" {
                    gaz.is_org_word(prev) && {
                        let mut k = j + 1;
                        while next_is_name(k) {
                            k += 1;
                        }
                        gaz.place(word(j + 1)).is_none()
                            && (j + 1..k).all(|x| {
                                let w = word(x);
                                !gaz.is_facility_word(w)
                                    && w.chars().skip(1).any(char::is_lowercase)
                                    && !w.bytes().any(|b| b.is_ascii_digit())
                            })
                    }
                } else {
                    // Only a word that starts a title can start "Secretary of State".
                    gaz.is_title_start(prev) && gaz.is_title(&format!("{prev} {lw} {}", word(j + 1)))
                        || words::takes_complement(gaz, prev)
                };
                let mut k = j + 1;
                while next_is_name(k) {
                    k += 1;
                }
                // "Museum of McMinnville, Oregon" names a place, not the museum.
                let located = word(k) == "," && {
                    let follower = toks.get(k + 1).map_or("", |t| t.text(text));
                    gaz.place(follower)
                        .is_some_and(|p| p != crate::lexicon::gazetteer::PlaceKind::City)
                };
                if heads && next_is_name(j + 1) && !located {
                    joined_by_complement = true;
                    j += 2;
                    continue;
                }
                // "Colorado State University of the US": a named body then
                // its country, not one name.
                let located_in_country = || {
                    let mut k = j + 2;
                    while next_is_name(k) {
                        k += 1;
                    }
                    j > start + 1
                        && gaz.place(word(start)).is_some()
                        && gaz.is_place_of_kind(
                            &text[toks[j + 2].span.start..toks[k - 1].span.end],
                            crate::lexicon::gazetteer::PlaceKind::Country,
                        )
                };
                if heads && word(j + 1) == "the" && next_is_name(j + 2) && !located_in_country() {
                    joined_by_complement = true;
                    j += 3;
                    continue;
                }
            }
            if lw == "at" && word(start) == "University" && next_is_name(j + 1) {
                j += 2;
                continue;
            }
            // "the Moon to Mars initiative": a programme named "X to Y".
            if lw == "to" && next_is_name(j + 1) {
                let mut k = j + 1;
                while next_is_name(k) {
                    k += 1;
                }
                if words::is_programme_noun(word(k)) {
                    j = k;
                    continue;
                }
            }
            if matches!(lw, "and" | "&") && next_is_name(j + 1) {
                // Inside an organization's name only: "Food and Drug
                // Administration", "Union of Rationalist Atheists and Agnostics",
                // never "Trump and Bukele" or "Civic Party and Labour Party".
                let mut k = j + 1;
                let mut after_head = false;
                while next_is_name(k) {
                    after_head |= words::is_head_word(gaz, word(k));
                    k += 1;
                }
                // "the State and Homeland Security Departments": a plural head
                // shared by two names.
                let shared_plural = after_head && {
                    let last = word(k - 1);
                    let one = words::singular_of(last);
                    one != last && !gaz.is_org_word(last) && (gaz.is_org_word(&one) || gaz.is_facility_word(&one))
                };
                if shared_plural {
                    break;
                }
                let complement_before = (start..j).any(|x| matches!(word(x), "of" | "for"));
                // The words on either side are ordinary nouns ("Air and Space"),
                // not two names ("Lockheed Martin and Raytheon Technologies").
                let common = |w: &str| gaz.is_common_word_in_any_case(w);
                let joined_nouns = common(word(j - 1)) && common(word(j + 1));
                let has_head = joined_by_complement || (start..j).any(|x| words::is_head_word(gaz, word(x)));
                if (after_head && !has_head && joined_nouns) || (complement_before && has_head && !after_head) {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        let end = j.min(toks.len());
        if let Some(title_end) = subtitle_end(text, toks, names, start, end) {
            push(text, toks, names, start, title_end, false, &mut out);
            if let Some(c) = out.last_mut() {
                c.work_title = true;
            }
            i = title_end;
            continue;
        }
        push_split(text, toks, names, start, end, gaz, &mut out);
        i = end;
    }
    out
}

/// Months and weekdays belong to dates, not names ("Theresa May" aside).
fn is_date_word(text: &str, toks: &[Token], i: usize, names: &[bool]) -> bool {
    let w = toks[i].text(text);
    if dates::is_weekday(w) {
        return true;
    }
    if dates::month_index(w).is_some() {
        let prev_is_name = i > 0 && names[i - 1] && !is_initial(text, toks, i - 1);
        let next_is_digit = toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number);
        return !prev_is_name || next_is_digit;
    }
    false
}

/// Whether token `i` opens its sentence or a quotation or bracket.
pub fn is_initial(text: &str, toks: &[Token], i: usize) -> bool {
    i == 0 || opens_clause(text, &toks[i - 1]) || (i == 1 && toks[0].kind == TokenKind::Punct)
}

/// Splits a run at titles ("US President Donald Trump") and pushes the parts.
fn push_split(
    text: &str,
    toks: &[Token],
    names: &[bool],
    start: usize,
    end: usize,
    gaz: &Gazetteer,
    out: &mut Vec<Candidate>,
) {
    let word = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    let prev_lower = start.checked_sub(1).map(&word).unwrap_or("");
    let mut after_title = start > 0 && (gaz.is_title(prev_lower) || title_ending_at(text, toks, start, gaz));
    let mut seg_start = start;
    let mut k = start;
    // "Doctor Who Society": a title inside an organization's name.
    let titles_inside = || {
        let head = (start + 1..end)
            .find(|&x| matches!(word(x), "of" | "for"))
            .map_or(end - 1, |x| x - 1);
        !(head > start && words::is_head_word(gaz, word(head)))
    };
    while k < end {
        if let Some(len) = title_at(text, toks, k, end, gaz).filter(|_| titles_inside()) {
            if k > seg_start {
                push(text, toks, names, seg_start, k, after_title, out);
            }
            let mut resume = k + len;
            // "Governor of Washington Chris Gregoire": the title's complement.
            if word(resume) == "of" && resume + 1 < end {
                let rest = resume + 1..end;
                let person_start = rest
                    .clone()
                    .skip(1)
                    .find(|&x| gaz.given_name(word(x)).is_some())
                    .unwrap_or_else(|| if rest.len() >= 3 { end - 2 } else { end });
                if person_start > rest.start {
                    push(text, toks, names, rest.start, person_start, false, out);
                }
                resume = person_start;
            }
            after_title = true;
            seg_start = resume;
            k = resume;
            continue;
        }
        k += 1;
    }
    if seg_start < end {
        match fused_person(text, toks, names, seg_start, end, gaz) {
            Some(p) => {
                push(text, toks, names, seg_start, p, after_title, out);
                push(text, toks, names, p, end, true, out);
            }
            None => push(text, toks, names, seg_start, end, after_title, out),
        }
    }
}

/// Length in tokens of a title starting at token `k`, if any.
fn title_at(text: &str, toks: &[Token], k: usize, end: usize, gaz: &Gazetteer) -> Option<usize> {
    let mut best = None;
    let w = toks[k].text(text);
    if !gaz.is_title_start(w) {
        return (words::is_abbreviated_title(w) && toks.get(k + 1).is_some_and(|t| t.text(text) == ".")).then_some(2);
    }
    for len in 1..4.min(end - k) + 1 {
        if gaz.is_title(&text[toks[k].span.start..toks[k + len - 1].span.end]) {
            best = Some(len);
        }
    }
    // "Mr." is two tokens: the word and its dot.
    let w = toks[k].text(text);
    if best.is_none() && words::is_abbreviated_title(w) && toks.get(k + 1).is_some_and(|t| t.text(text) == ".") {
        best = Some(2);
    }
    let _ = end;
    best
}

/// Whether the lowercase words right before token `start` form a title
/// ("White House spokeswoman Karoline Leavitt", "district councillor X").
fn title_ending_at(text: &str, toks: &[Token], start: usize, gaz: &Gazetteer) -> bool {
    [2, 3].into_iter().any(|len| {
        start >= len && gaz.is_title_start(toks[start - len].text(text)) && {
            let phrase = &text[toks[start - len].span.start..toks[start - 1].span.end];
            gaz.is_title(phrase)
        }
    })
}

fn push(
    text: &str,
    toks: &[Token],
    names: &[bool],
    start: usize,
    end: usize,
    after_title: bool,
    out: &mut Vec<Candidate>,
) {
    // Drop connectors and dots left dangling at either end.
    let mut s = start;
    let mut e = end;
    while s < e && !(names[s] || toks[s].kind == TokenKind::Number) {
        s += 1;
    }
    let made_from_name = |k: usize| {
        k > s && names[k - 1] && {
            let w = toks[k].text(text);
            w.starts_with(char::is_uppercase) && words::is_compound_adjective(w)
        }
    };
    while e > s && !(names[e - 1] || toks[e - 1].kind == TokenKind::Number || made_from_name(e - 1)) {
        e -= 1;
    }
    if s >= e {
        return;
    }
    let last = toks[e - 1].text(text);
    let possessive = is_possessive(last);
    let mut keep = possessive_len(last);
    // "Booker Prize-winner", "Islamic State-linked": the name without the
    // word made from it.
    // Most words have no hyphen: a byte search rules them out first.
    if e - s >= 2
        && last.as_bytes()[..keep].contains(&b'-')
        && let Some((head, tail)) = last[..keep].rsplit_once('-')
        && (words::is_compound_adjective(&last[..keep])
            || matches!(tail, "winner" | "winners" | "winning" | "nominated" | "nominee"))
    {
        keep = head.len();
    }
    let end_byte = toks[e - 1].span.start + keep;
    let mut words: Vec<Span> = toks[s..e]
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(|t| t.span)
        .collect();
    if let Some(last_word) = words.last_mut() {
        last_word.end = end_byte;
    }
    out.push(Candidate {
        span: Span::new(toks[s].span.start, end_byte),
        words,
        initial: is_initial(text, toks, s),
        possessive,
        after_title,
        work_title: false,
        quoted_title: false,
        first_tok: s,
        end_tok: e,
    });
}

#[cfg(test)]
mod tests;
