//! Cues for the kinds of names head nouns rarely settle: products (vehicles,
//! software, websites, devices) and works (books, films, games, songs).
//! News English names them beside a common noun ("the cruise ship
//! Freewinds", "the Acme app", "her novel Night Train"), after a preposition
//! of travel ("aboard the Freewinds"), or by their shape: a product line and
//! its version ("Windows 11", "Falcon 9", "PlayStation VR").

use crate::extract::EntityType;
use crate::extract::tokens::{Token, TokenKind};

/// Words that end a product's name as its version or model ("Windows XP",
/// "PlayStation VR", "Galaxy Ultra"), besides numbers. Hand-compiled, CC0.
const MODEL_WORDS: &[&str] = &["XP", "VR", "Pro", "Max", "Mini", "Ultra", "Lite", "HD"];

/// The kind a lowercase noun beside a name gives it. A `match`: asked
/// of the words on both sides of most names, it costs a switch on length
/// and a compare or two where hashing cost more.
fn noun_kind(lower: &str) -> Option<EntityType> {
    match lower {
        // Lowercase nouns that, beside a name, say it is a product: vehicles,
        // craft, software, websites, devices. Hand-compiled, CC0.
        "aircraft" | "airliner" | "airplane" | "app" | "application" | "boat" | "browser" | "capsule" | "car"
        | "chatbot" | "console" | "cruiser" | "destroyer" | "device" | "drone" | "ferry" | "freighter" | "frigate"
        | "handset" | "headset" | "helicopter" | "jet" | "lander" | "laptop" | "liner" | "locomotive" | "plane"
        | "platform" | "probe" | "robot" | "rocket" | "rover" | "satellite" | "ship" | "smartphone" | "software"
        | "spacecraft" | "spaceship" | "submarine" | "tablet" | "tanker" | "telescope" | "vessel" | "warship"
        | "website" | "yacht" => Some(EntityType::Product),
        // Lowercase nouns that, beside a name, say it is a creative work.
        // Hand-compiled, CC0. Nouns that are also common verbs before a name
        // ("play", "show", "hit") are left out.
        "album" | "anime" | "anthem" | "autobiography" | "ballad" | "biography" | "book" | "comic" | "documentary"
        | "drama" | "episode" | "film" | "game" | "manga" | "memoir" | "movie" | "musical" | "novel" | "novella"
        | "opera" | "painting" | "podcast" | "poem" | "sculpture" | "series" | "sitcom" | "song" | "soundtrack" => {
            Some(EntityType::Work)
        }
        _ => None,
    }
}

/// A version after a product line's name: a short number ("6", "747") or a
/// Roman numeral ("II"), or a model word ("XP").
pub fn is_version(w: &str) -> bool {
    (!w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
        || matches!(w, "II" | "III" | "IV" | "VI" | "VII" | "VIII" | "IX" | "XI" | "XII")
        || MODEL_WORDS.contains(&w)
}

fn word<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.text(text))
}

fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "‘" | "’" | "'")
}

/// The kind a common noun beside the name at tokens `first..end` gives it:
/// "the ship Freewinds", "the cruise ship, Freewinds.", "her novel
/// \"Night Train\"", "the Freewinds ship", "aboard the Freewinds".
/// `closed` says the name is followed by punctuation or nothing, so a noun
/// before it is in apposition rather than the subject of a verb after it
/// ("the car John bought").
/// `personal` says the name starts with a given name: then a noun right
/// before it counts only when the name closes the phrase too.
pub fn noun_beside(
    text: &str,
    toks: &[Token],
    first: usize,
    end: usize,
    possessive: bool,
    personal: bool,
) -> Option<EntityType> {
    let lower = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text(text))
            .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    // Before: skip an opening quote, then a comma ("ship, Freewinds").
    let mut k = first;
    if k > 0 && is_quote_mark(word(text, toks, k - 1)) {
        k -= 1;
    }
    let comma = k > 0 && word(text, toks, k - 1) == ",";
    if comma {
        k -= 1;
    }
    if let Some(w) = k.checked_sub(1).and_then(lower) {
        if matches!(w, "aboard") && !comma {
            return Some(EntityType::Product);
        }
        // After a comma (or before a given name) only when the name then
        // closes the phrase.
        let closed = !toks
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number);
        if let Some(kind) = noun_kind(w)
            && (!(comma || personal) || closed)
        {
            return Some(kind);
        }
    }
    if k >= 2 && word(text, toks, k - 1) == "the" && lower(k - 2) == Some("aboard") {
        return Some(EntityType::Product);
    }
    // "on board the Freewinds".
    if k >= 3 && word(text, toks, k - 1) == "the" && lower(k - 2) == Some("board") && lower(k - 3) == Some("on") {
        return Some(EntityType::Product);
    }
    // After: "the Freewinds ship", "the Acme app".
    if !possessive {
        let mut e = end;
        if is_quote_mark(word(text, toks, e)) {
            e += 1;
        }
        if let Some(kind) = lower(e).and_then(noun_kind) {
            return Some(kind);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn beside(s: &str, name: &str) -> Option<EntityType> {
        let toks = tokenize(s, 0);
        let first = toks
            .iter()
            .position(|t| t.text(s) == name.split(' ').next().unwrap())
            .unwrap();
        let end = first + name.split(' ').count();
        let personal = crate::lexicon::gazetteer::get()
            .given_name(name.split(' ').next().unwrap())
            .is_some();
        noun_beside(s, &toks, first, end, false, personal)
    }

    #[test]
    fn nouns_give_their_kinds() {
        assert_eq!(noun_kind("ship"), Some(EntityType::Product));
        assert_eq!(noun_kind("novel"), Some(EntityType::Work));
        assert_eq!(noun_kind("Ship"), None);
        assert_eq!(noun_kind("river"), None);
    }

    #[test]
    fn nouns_beside_a_name() {
        assert_eq!(
            beside("They sailed on the research vessel Aurora Borealis.", "Aurora Borealis"),
            Some(EntityType::Product)
        );
        assert_eq!(
            beside("She lived aboard the Seawise for a year.", "Seawise"),
            Some(EntityType::Product)
        );
        assert_eq!(
            beside("He wrote the novel Lanterns Below in 2001.", "Lanterns Below"),
            Some(EntityType::Work)
        );
        assert_eq!(
            beside("Users of the Pocketbook app complained.", "Pocketbook"),
            Some(EntityType::Product)
        );
        assert_eq!(
            beside("She boarded the liner, Oceanic.", "Oceanic"),
            Some(EntityType::Product)
        );
        // A noun before a comma is not in apposition when a clause follows.
        assert_eq!(beside("After the film, Maria left early.", "Maria"), None);
        assert_eq!(beside("The car Maria bought was red.", "Maria"), None);
        assert_eq!(
            beside(
                "His debut album Maria Elena, released in May, sold well.",
                "Maria Elena"
            ),
            Some(EntityType::Work)
        );
    }

    #[test]
    fn versions() {
        assert!(is_version("6") && is_version("747") && is_version("II") && is_version("XP"));
        assert!(!is_version("2016") && !is_version("Global"));
    }
}
