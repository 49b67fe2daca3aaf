//! Noun phrases next to reporting verbs: the words that name a speaker.
//!
//! Three shapes cover news attribution: the phrase before a verb ("US
//! Secretary of State Marco Rubio said", "Claudio De Vincenti, undersecretary
//! to the prime minister, said"), the phrase after it ("said NASA
//! Administrator Jim Bridenstine"), and a sentence's subject when no verb of
//! saying is used ("A federal judge has ordered …").

use super::context::View;
use super::cues::{is_cue, is_noun_like};
use super::words;
use crate::article::Span;

/// Most tokens a speaker phrase or appositive spans.
const MAX_PHRASE: usize = 12;

/// A speaker phrase: its head and, when set off by commas, an appositive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Np {
    pub head: Span,
    pub appos: Option<Span>,
    /// Token index (in its view) where the phrase starts.
    pub first: usize,
    /// Token index just past the phrase.
    pub end: usize,
}

/// Whether token `i` is a reporting verb used as a verb.
pub(super) fn cue_at(v: &View, i: usize) -> bool {
    if !v.is_word(i) {
        return false;
    }
    let lower = v.lower(i);
    if !is_cue(lower) {
        return false;
    }
    if is_noun_like(lower) {
        // "The Huffington Post", "the Daily Report": a capitalized noun
        // form after a name is part of the name.
        if v.str(i).starts_with(char::is_uppercase) && i > 0 && v.is_cap(i - 1) {
            return false;
        }
        let after_determiner =
            i > 0 && v.is_word(i - 1) && (words::is_determiner(v.lower(i - 1)) || is_possessive(v.str(i - 1)));
        let noun_complement = v.is_word(i + 1) && matches!(v.lower(i + 1), "for" | "of");
        // "a blog post", "the court report": a base form right after a
        // singular common noun is a compound noun; a verb there would
        // need a plural or pronoun subject ("officials note").
        let compound = i > 0 && v.is_word(i - 1) && !lower.ends_with('s') && {
            let prev = v.str(i - 1);
            let prev_lower = v.lower(i - 1);
            prev.starts_with(char::is_lowercase)
                && !prev_lower.ends_with('s')
                && words::pronoun(prev_lower).is_none()
                && !words::is_auxiliary(prev_lower)
                && !words::is_boundary(prev_lower)
        };
        return !after_determiner && !noun_complement && !compound;
    }
    true
}

pub(super) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'") || word.ends_with("s’")
}

/// Whether token `i` may sit inside a phrase being read backwards.
fn inside_backward(v: &View, i: usize) -> bool {
    if v.quote(i).is_some() {
        return false;
    }
    if let Some(c) = v.punct(i) {
        return match c {
            '(' | ')' | '&' => true,
            '.' => i > 0 && v.is_word(i - 1) && words::takes_period(v.str(i - 1)),
            _ => false,
        };
    }
    if !v.is_word(i) {
        return true; // numbers: "Two officials"
    }
    let lower = v.lower(i);
    (!words::is_boundary(lower) || words::is_acronym(v.str(i)))
        && (!is_cue(lower) || is_noun_like(lower))
        && !past_tense(v, i)
}

/// A lower-case "-ed" word not after a determiner ("praised", but not
/// "the detained").
fn past_tense(v: &View, j: usize) -> bool {
    let word = v.str(j);
    word.starts_with(char::is_lowercase)
        && word.len() > 4
        && word.ends_with("ed")
        && !(j > 0 && v.is_word(j - 1) && words::is_determiner(v.lower(j - 1)))
}

/// Start of the phrase ending at token `end` (exclusive), read backwards.
fn phrase_start(v: &View, end: usize) -> usize {
    let mut j = end;
    while j > 0 && end - j < MAX_PHRASE && inside_backward(v, j - 1) {
        j -= 1;
    }
    // A phrase does not begin with a connector or closing bracket.
    while j < end
        && (v.punct(j).is_some_and(|c| c != '(')
            || (v.is_word(j) && matches!(v.lower(j), "of" | "for" | "from" | "at")))
    {
        j += 1;
    }
    j
}

/// The phrase whose verb is token `verb`: "Trump wrote", "Cornyn's statement
/// added", "Nunzio Galantino, has called", "Bukele, who has called".
pub(super) fn before_verb(v: &View, verb: usize) -> Option<Np> {
    let mut i = verb;
    while i > 0 && v.is_word(i - 1) && words::is_filler(v.lower(i - 1)) {
        i -= 1;
    }
    if i == 0 {
        return None;
    }
    let mut appos = None;
    if v.punct(i - 1) == Some(',') {
        let close = i - 1;
        let mut j = close;
        while j > 0 && v.punct(j - 1) != Some(',') && v.quote(j - 1).is_none() && close - j < MAX_PHRASE {
            j -= 1;
        }
        if j == 0 || v.punct(j - 1) != Some(',') || j == close {
            return None;
        }
        appos = Some(v.span(j, close));
        i = j - 1;
    }
    let end = i;
    let start = phrase_start(v, end);
    // "Ruth Okafor, Director of Research at Halden Labs said": a title
    // with no name in it, after a comma, is the name's appositive.
    if appos.is_none()
        && start > 1
        && start < end
        && v.punct(start - 1) == Some(',')
        && words::is_title(v.lower(start))
        && super::names::proper_name(v.text, v.span(start, end)).is_none()
    {
        let name_start = phrase_start(v, start - 1);
        if name_start < start - 1 {
            return Some(Np {
                head: v.span(name_start, start - 1),
                appos: Some(v.span(start, end)),
                first: name_start,
                end: verb,
            });
        }
    }
    if start < end {
        return Some(Np {
            head: v.span(start, end),
            appos,
            first: start,
            end: verb,
        });
    }
    // "Bukele, who has called …": the relative pronoun's antecedent.
    if end > 0 && appos.is_none() && v.is_word(end - 1) && matches!(v.lower(end - 1), "who" | "which") {
        let mut k = end - 1;
        if k > 0 && v.punct(k - 1) == Some(',') {
            k -= 1;
        }
        let s = phrase_start(v, k);
        if s < k {
            return Some(Np {
                head: v.span(s, k),
                appos: None,
                first: s,
                end: verb,
            });
        }
    }
    None
}

/// The phrase starting at token `i` after a verb: "said Bolden to the crowd",
/// "said NASA Administrator Jim Bridenstine.", "said a spokesman for the city".
pub(super) fn after_verb(v: &View, i: usize) -> Option<Np> {
    if !v.is_word(i) {
        return None;
    }
    let lower = v.lower(i);
    let mut j = i + 1;
    if words::pronoun(lower).is_some() {
        // A lone pronoun.
    } else if v.is_cap(i) || words::is_title(lower) {
        while j < v.len() && j - i < MAX_PHRASE {
            let ok = if v.is_word(j) {
                let w = v.lower(j);
                v.is_cap(j)
                    || words::is_title(w)
                    || (words::is_connector(w)
                        && (v.is_cap(j + 1)
                            || (w != "the" && v.is_word(j + 1) && v.lower(j + 1) == "the" && v.is_cap(j + 2))))
            } else {
                v.punct(j) == Some('.') && words::takes_period(v.str(j - 1)) && v.is_cap(j + 1)
            };
            if !ok {
                break;
            }
            j += 1;
        }
    } else if words::is_determiner(lower) {
        while j < v.len() && j - i < 9 && v.is_word(j) {
            let w = v.lower(j);
            if words::is_boundary(w) || is_cue(w) {
                break;
            }
            j += 1;
        }
        if j == i + 1 {
            return None;
        }
        // "said the statement by Northwind": the document's author.
        if words::is_document(v.lower(j - 1)) && v.is_word(j) && matches!(v.lower(j), "by" | "from") && v.is_cap(j + 1)
        {
            return after_verb(v, j + 1);
        }
    } else {
        // A bare plural or mass noun: "according to police", "officials said".
        while j < v.len() && j - i < 5 && v.is_word(j) && !words::is_boundary(v.lower(j)) && !is_cue(v.lower(j)) {
            j += 1;
        }
        if !words::is_speaker_head(v.lower(j - 1)) {
            return None;
        }
    }
    Some(Np {
        head: v.span(i, j),
        appos: None,
        first: i,
        end: j,
    })
}

/// Whether word `j` looks like the finite verb closing a subject that
/// starts at token `start`.
fn verb_like(v: &View, j: usize, start: usize) -> bool {
    let word = v.str(j);
    if !word.starts_with(char::is_lowercase) {
        return false;
    }
    let lower = v.lower(j);
    if words::is_auxiliary(lower) || (is_cue(lower) && cue_at(v, j)) || past_tense(v, j) {
        return true;
    }
    let third_person = lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !is_possessive(word);
    // "NASA officials said": a plural noun, the verb comes next.
    let verb_follows = v.is_word(j + 1) && {
        let next = v.lower(j + 1);
        words::is_auxiliary(next) || is_cue(next)
    };
    if third_person && j > start && !verb_follows {
        let after_comma = v.punct(j - 1) == Some(',');
        let after_name = v.is_cap(j - 1) && !(j - 1 == start && words::is_determiner(v.lower(j - 1)));
        return after_comma || after_name;
    }
    false
}

/// The subject of the sentence a view starts with, and the index of its
/// verb: "For this reason, the president of the Salvadoran Industrial
/// Association, Jorge Arriaza, hopes …".
pub(super) fn subject(v: &View) -> Option<(Np, usize)> {
    let mut i = 0;
    while v.is_word(i) {
        let lower = v.lower(i);
        if words::is_sentence_adverb(lower) {
            i += 1;
            if v.punct(i) == Some(',') {
                i += 1;
            }
        } else if words::is_introducer(lower) {
            let comma = (i..v.len().min(i + 16))
                .take_while(|&k| v.quote(k).is_none())
                .find(|&k| v.punct(k) == Some(','))?;
            i = comma + 1;
        } else {
            break;
        }
    }
    let start = i;
    let mut commas = Vec::new();
    let mut j = start;
    let verb = loop {
        if j >= v.len() || j - start > 20 || v.quote(j).is_some() {
            return None;
        }
        if let Some(c) = v.punct(j) {
            match c {
                ',' => commas.push(j),
                '(' | ')' | '&' => {}
                '.' if j > 0 && words::takes_period(v.str(j - 1)) => {}
                _ => return None,
            }
        } else if v.is_word(j) && j > start && verb_like(v, j, start) {
            break j;
        }
        j += 1;
    };
    // "Paris also claims": adverbs before the verb are not the subject.
    let mut head_end = verb;
    while head_end > start + 1 && v.is_word(head_end - 1) && words::is_filler(v.lower(head_end - 1)) {
        head_end -= 1;
    }
    let np = match commas.as_slice() {
        [] => Np {
            head: v.span(start, head_end),
            appos: None,
            first: start,
            end: verb,
        },
        [a, b] if *b + 1 == verb && *a > start && *b > *a + 1 => Np {
            head: v.span(start, *a),
            appos: Some(v.span(a + 1, *b)),
            first: start,
            end: verb,
        },
        _ => return None,
    };
    Some((np, verb))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(text: &str) -> View<'_> {
        View::new(text, Span::new(0, text.len()), &[])
    }

    fn at(v: &View, word: &str) -> usize {
        (0..v.len()).find(|&i| v.str(i) == word).unwrap_or(usize::MAX)
    }

    fn show(text: &str, np: Option<Np>) -> (String, Option<String>) {
        let np = np.unwrap_or(Np {
            head: Span::new(0, 0),
            appos: None,
            first: 0,
            end: 0,
        });
        (
            text[np.head.start..np.head.end].to_string(),
            np.appos.map(|a| text[a.start..a.end].to_string()),
        )
    }

    #[test]
    fn phrase_before_verb_with_title() {
        let t = "US Secretary of State Marco Rubio said Sunday that 10 further";
        let v = view(t);
        assert_eq!(
            show(t, before_verb(&v, at(&v, "said"))).0,
            "US Secretary of State Marco Rubio"
        );
    }

    #[test]
    fn phrase_before_verb_with_appositive() {
        let t = "Claudio De Vincenti, undersecretary to the prime minister, said";
        let v = view(t);
        assert_eq!(
            show(t, before_verb(&v, at(&v, "said"))),
            (
                "Claudio De Vincenti".into(),
                Some("undersecretary to the prime minister".into())
            )
        );
    }

    #[test]
    fn phrase_before_verb_stops_at_clause_words() {
        let t = "a major legal row, after the Trump administration admitted he had";
        let v = view(t);
        assert_eq!(
            show(t, before_verb(&v, at(&v, "admitted"))).0,
            "the Trump administration"
        );
        let t = "His government received $6 million, which Bukele described as";
        let v = view(t);
        assert_eq!(show(t, before_verb(&v, at(&v, "described"))).0, "Bukele");
    }

    #[test]
    fn relative_pronoun_takes_its_antecedent() {
        let t = "Trump praised Bukele, who has called the prison";
        let v = view(t);
        assert_eq!(show(t, before_verb(&v, at(&v, "called"))).0, "Bukele");
    }

    #[test]
    fn phrase_after_verb() {
        let t = "said NASA Administrator Jim Bridenstine. With";
        let v = view(t);
        assert_eq!(show(t, after_verb(&v, 1)).0, "NASA Administrator Jim Bridenstine");
        let t = "said Bolden to the gathered crowd";
        let v = view(t);
        assert_eq!(show(t, after_verb(&v, 1)).0, "Bolden");
        let t = "said Mr. Toccafondi on Monday";
        let v = view(t);
        assert_eq!(show(t, after_verb(&v, 1)).0, "Mr. Toccafondi");
    }

    #[test]
    fn subjects() {
        let t = "For this reason, the president of the Salvadoran Industrial Association, Jorge Arriaza, hopes Bukele's visit";
        let v = view(t);
        let (np, verb) = subject(&v).unwrap_or((
            Np {
                head: Span::new(0, 0),
                appos: None,
                first: 0,
                end: 0,
            },
            0,
        ));
        assert_eq!(v.str(verb), "hopes");
        assert_eq!(
            show(t, Some(np)),
            (
                "the president of the Salvadoran Industrial Association".into(),
                Some("Jorge Arriaza".into())
            )
        );
        let t = "A federal judge has ordered the government to";
        assert_eq!(show(t, subject(&view(t)).map(|s| s.0)).0, "A federal judge");
        let t = "U.S. Senator John Cornyn, Republican from Texas, issued a statement";
        assert_eq!(show(t, subject(&view(t)).map(|s| s.0)).0, "U.S. Senator John Cornyn");
    }

    #[test]
    fn noun_uses_of_cue_words_are_not_cues() {
        let t = "The report said a call for calm";
        let v = view(t);
        assert!(!cue_at(&v, 1) && cue_at(&v, 2) && !cue_at(&v, 4));
    }

    #[test]
    fn compound_nouns_and_names_ending_in_cue_forms_are_not_cues() {
        let t = "In a blog post the editors note that The Harbour Post";
        let v = view(t);
        assert!(!cue_at(&v, at(&v, "post")));
        assert!(cue_at(&v, at(&v, "note")));
        assert!(!cue_at(&v, at(&v, "Post")));
    }
}
