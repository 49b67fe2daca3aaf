//! Whether a date is talked about as past or future, from the verbs of its
//! clause: "met on Monday" is the Monday before the article, "will meet on
//! Monday" the one after.
//!
//! The verb nearest the date decides, looking first back to the start of
//! its clause, then on to the end of the sentence. Only clear markers count:
//! modals and "set to"/"due to"-style phrases for the future; "was", "had",
//! irregular past forms and regular "-ed" forms for the past. Anything else
//! is [`Tense::Unknown`], and the caller picks its own default.

use super::absolute::words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE_WORDS: &[&str] = &["will", "ll", "shall", "would", "upcoming", "scheduled", "slated"];

/// Words that mark the future when "to" follows ("is set to meet").
const FUTURE_BEFORE_TO: &[&str] = &[
    "set", "due", "expected", "poised", "going", "hoping", "hopes", "aims", "plans", "planning", "intends", "expects",
];

const PAST_WORDS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "met",
    "held",
    "took",
    "went",
    "came",
    "made",
    "gave",
    "began",
    "won",
    "lost",
    "left",
    "saw",
    "got",
    "found",
    "became",
    "fell",
    "rose",
    "sent",
    "spent",
    "paid",
    "sold",
    "bought",
    "brought",
    "thought",
    "knew",
    "wrote",
    "spoke",
    "ran",
    "led",
    "broke",
    "chose",
    "drew",
    "flew",
    "grew",
    "hit",
    "hurt",
    "kept",
    "laid",
    "meant",
    "put",
    "quit",
    "read",
    "shot",
    "shut",
    "sat",
    "stood",
    "struck",
    "swore",
    "taught",
    "threw",
    "tore",
    "understood",
    "woke",
    "wore",
    "ago",
    "earlier",
    "previously",
    "already",
];

/// "-ed" words that are not past verbs.
const NOT_PAST: &[&str] = &[
    "need",
    "needed",
    "indeed",
    "speed",
    "seed",
    "feed",
    "reed",
    "bed",
    "red",
    "shed",
    "hundred",
    "kindred",
    "naked",
    "sacred",
    "wicked",
    "rugged",
    "united",
    "limited",
    "based",
    "related",
    "proposed",
    "expected",
    "scheduled",
    "planned",
    "detailed",
    "advanced",
    "alleged",
    "supposed",
    "armed",
];

fn is_past(w: &str) -> bool {
    if PAST_WORDS.contains(&w) {
        return true;
    }
    // A regular past: "announced", "voted"; not "a red car".
    w.len() > 4 && w.ends_with("ed") && !NOT_PAST.contains(&w)
}

fn tense_of(w: &str, next: &str) -> Tense {
    // "won't" splits into "won" and "t"; "won" alone is the past of "win".
    let wont = w == "won" && next == "t";
    if wont || FUTURE_WORDS.contains(&w) || (FUTURE_BEFORE_TO.contains(&w) && next == "to") || w == "tomorrow" {
        Tense::Future
    } else if is_past(w) || w == "yesterday" {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// The tense around a date: `before` is the sentence up to the date,
/// `after` the rest of the sentence after it.
pub fn tense_around(before: &str, after: &str) -> Tense {
    // The clause holding the date: back to the last semicolon, colon or
    // quotation mark (a quote has its own tense).
    let clause_start = before.rfind([';', ':', '"', '“', '”']).map_or(0, |i| i + 1);
    let back = words(&before[clause_start..]);
    for (i, w) in back.iter().enumerate().rev() {
        let next = back.get(i + 1).map_or("", String::as_str);
        let t = tense_of(w, next);
        if t != Tense::Unknown {
            return t;
        }
    }
    let clause_end = after.find([';', ':', '"', '“', '”']).unwrap_or(after.len());
    let forward = words(&after[..clause_end]);
    for (i, w) in forward.iter().enumerate() {
        let next = forward.get(i + 1).map_or("", String::as_str);
        let t = tense_of(w, next);
        if t != Tense::Unknown {
            return t;
        }
    }
    Tense::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around(sentence: &str, date: &str) -> Tense {
        let i = sentence.find(date).unwrap();
        tense_around(&sentence[..i], &sentence[i + date.len()..])
    }

    #[test]
    fn future_markers() {
        assert_eq!(around("The council will meet on Monday.", "Monday"), Tense::Future);
        assert_eq!(
            around("The mayor is set to visit the plant on Monday, aides said.", "Monday"),
            Tense::Future
        );
        assert_eq!(around("Talks are due to resume in May.", "May"), Tense::Future);
        assert_eq!(around("She'll travel there on Friday.", "Friday"), Tense::Future);
    }

    #[test]
    fn past_markers() {
        assert_eq!(around("The council met on Monday.", "Monday"), Tense::Past);
        assert_eq!(around("Voters approved the measure on Monday.", "Monday"), Tense::Past);
        assert_eq!(around("On Monday, the board voted to close it.", "Monday"), Tense::Past);
        assert_eq!(around("The vote was held on Sunday.", "Sunday"), Tense::Past);
    }

    #[test]
    fn nearest_verb_wins() {
        assert_eq!(
            around("Officials said on Monday that they will reopen the road.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            around(
                "The ministers, who were elected last year, will gather on Monday.",
                "Monday"
            ),
            Tense::Future
        );
    }

    #[test]
    fn no_marker_is_unknown() {
        assert_eq!(around("The market opens on Monday.", "Monday"), Tense::Unknown);
        assert_eq!(around("Monday", "Monday"), Tense::Unknown);
    }

    #[test]
    fn a_quote_has_its_own_tense() {
        assert_eq!(around("\"We will win,\" she said on Monday.", "Monday"), Tense::Past);
    }
}
