//! Deciding what kind of thing a name candidate is.
//!
//! Evidence is weighed in the order a careful reader would: the word lists
//! (a known country, organization, nationality), then the name's own head
//! noun ("… Association", "… Museum", "University of …"), then its context
//! (a title before it, "the magazine X", "in X", "X's Jane Doe", "X, Texas"),
//! and last the shape of the name (two or three unknown capitalized words
//! are most often a person).

use std::borrow::Cow;

use crate::extract::EntityType;
use crate::extract::tokens::{Token, TokenKind};
use crate::lexicon::gazetteer::{Gazetteer, PlaceKind};

use super::candidates::Candidate;
use super::{cues, words};

mod cache;
mod heads;
mod shapes;
use crate::lexicon::lower::with_lower;
use cache::HeadWords;
pub use cache::LexicalCache;
use heads::{Head, by_head, not_listed};
pub use shapes::is_acronym;
use shapes::is_code;

/// How sure a classification is; a stronger one wins when mentions merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Only good enough to join an entity found elsewhere.
    Weak,
    /// The shape of the name.
    Shape,
    /// Context around the name.
    Context,
    /// A word list or the name's own head noun.
    Lexical,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Typed {
    pub kind: Option<EntityType>,
    pub strength: Strength,
    /// Canonical form that merges variants ("US" → "United States",
    /// "Salvadorans" → "Salvadoran").
    pub key: Option<String>,
}

impl Typed {
    fn new(kind: EntityType, strength: Strength) -> Self {
        Typed {
            kind: Some(kind),
            strength,
            key: None,
        }
    }

    fn unknown() -> Self {
        Typed {
            kind: None,
            strength: Strength::Weak,
            key: None,
        }
    }
}

/// What the whole article says about words, for telling a capitalized
/// sentence opener from a name.
pub trait CaseEvidence {
    /// Whether `lower` appears written in lowercase somewhere in the article.
    fn seen_lowercase(&self, lower: &str) -> bool;
}

/// Removes sentence-opening words that are capitalized only by position
/// ("In El Salvador", "Other candidates", "Pan-democrat Lam Cheuk-ting").
/// Returns None when nothing of the candidate is left.
pub fn trim_initial(text: &str, c: Candidate, gaz: &Gazetteer, doc: &dyn CaseEvidence) -> Option<(Candidate, bool)> {
    if !c.initial {
        return Some((c, false));
    }
    let first = &text[c.words[0].start..c.words[0].end];
    with_lower(first, |lower| trim_initial_word(text, c, first, lower, gaz, doc))
}

/// [`trim_initial`] given the first word and its lowercase form.
fn trim_initial_word(
    text: &str,
    mut c: Candidate,
    first: &str,
    lower: &str,
    gaz: &Gazetteer,
    doc: &dyn CaseEvidence,
) -> Option<(Candidate, bool)> {
    // The title test last: it is the only costly one.
    if words::is_function_word(lower) || c.words.len() == 1 && gaz.is_title(first) {
        if c.words.len() == 1 {
            return None;
        }
        c.words.remove(0);
        c.span.start = c.words[0].start;
        c.first_tok += 1;
        c.initial = false;
        return Some((c, false));
    }
    let known = gaz.place(first).is_some()
        || gaz.group(first).is_some()
        || gaz.organization(first).is_some()
        || gaz.given_name(first).is_some();
    let common = !known && (gaz.is_common_word(lower) || doc.seen_lowercase(lower));
    if !common {
        return Some((c, false));
    }
    // "New York", "New Zealand": the whole run is a known name.
    let whole = &text[c.span.start..c.span.end];
    if c.words.len() > 1 && (gaz.place(whole).is_some() || gaz.organization(whole).is_some()) {
        return Some((c, false));
    }
    if c.words.len() == 1 {
        // Only able to join an entity named elsewhere ("Discovery is…").
        return Some((c, true));
    }
    let rest_has_head = c.words[1..]
        .iter()
        .any(|w| words::is_head_word(gaz, &text[w.start..w.end]));
    if !rest_has_head && !gaz.is_org_word(first) && !gaz.is_facility_word(first) {
        c.words.remove(0);
        c.span.start = c.words[0].start;
        c.first_tok += 1;
    }
    Some((c, false))
}

/// Context of a candidate within its sentence: the article's text and the
/// sentence's tokens.
pub struct Context<'a, 't> {
    pub text: &'a str,
    pub toks: &'t [Token],
    /// The type already given to the candidate just before this one in the
    /// sentence, and the tokens between them.
    pub previous: Option<(EntityType, usize)>,
    /// Whether that previous candidate was a possessive ("DAB's").
    pub previous_possessive: bool,
    /// Whether the sentence talks about missions, launches, flights.
    pub mission_context: bool,
}

impl<'a> Context<'a, '_> {
    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// The word `back` tokens before the candidate, lowercase; borrowed
    /// when it is lowercase ASCII already, as most are.
    fn lower_before(&self, c: &Candidate, back: usize) -> Cow<'a, str> {
        let w = c.first_tok.checked_sub(back).map_or("", |i| self.word(i));
        if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(w)
        } else {
            Cow::Owned(w.to_lowercase())
        }
    }
}

/// A named programme ("the Artemis program") is `other`; in a title-case
/// headline only what the word lists know is trusted, the rest may only
/// join entities the body names.
pub fn classify_programme_or_headline<'a>(
    c: &Candidate,
    ctx: &Context<'a, '_>,
    gaz: &Gazetteer,
    cache: &mut LexicalCache<'a>,
    programme: bool,
) -> Typed {
    if programme {
        return Typed::new(EntityType::Other, Strength::Lexical);
    }
    let t = classify(c, ctx, gaz, cache);
    if t.strength == Strength::Lexical && c.words.len() == 1 {
        t
    } else {
        Typed::unknown()
    }
}

/// What the words of a name say about it, whatever its context: worked out
/// once per distinct name.
#[derive(Debug, Clone)]
struct Facts {
    /// The verdict of its head noun ("… Association", "University of …").
    head: Option<Typed>,
    product_head: bool,
    code: bool,
    first_given: bool,
    later_place: bool,
    any_head_word: bool,
    compass_place: bool,
    compass_group: bool,
    person_shaped: bool,
    acronym_org: bool,
    trailing_digits: bool,
    initials_surname: bool,
    brand_product: bool,
}

impl Facts {
    fn of(ws: &[&str], gaz: &Gazetteer) -> Facts {
        let n = ws.len();
        let heads = &mut HeadWords::new(ws);
        // The name's own head noun: the last word, or the word before
        // "of"/"for"/"at"/"on"; a version ("Explorer 6") or a place after
        // the head ("Fan Expo Canada") is not it.
        let head_idx = (0..n)
            .find(|&i| i + 2 < n + 1 && matches!(ws.get(i + 1), Some(&("of" | "for" | "at" | "on"))))
            .filter(|&i| i + 1 < n)
            // "Daughters of the Revolution Hall": the last word heads when
            // the word before "of" does not.
            .filter(|&i| heads.is_head(gaz, i) || !heads.is_head(gaz, n - 1))
            .unwrap_or_else(|| {
                let mut h = n - 1;
                while h >= 1 && cues::is_version(ws[h]) {
                    h -= 1;
                }
                if h >= 2 && gaz.place(ws[h]).is_some() && !gaz.is_facility_word(ws[h]) {
                    h -= 1;
                }
                h
            });
        let head = words::strip_number_suffix(ws[head_idx]);
        let complement_follows = matches!(ws.get(head_idx + 1), Some(&("of" | "for" | "at" | "on")));
        let first_given = gaz.given_name(ws[0]).is_some();
        Facts {
            head: if n >= 2 || complement_follows {
                let head = Head {
                    word: head,
                    idx: head_idx,
                    complement: complement_follows,
                    personal: first_given,
                    // The head-word test is remembered for the rules
                    // below; it spares asking the lists most words.
                    listable: heads.is_head(gaz, head_idx) || !not_listed(head),
                };
                by_head(&head, ws, gaz)
            } else {
                None
            },
            product_head: ws.iter().any(|w| words::is_product_head(w)),
            code: n == 1 && is_code(ws[0]),
            first_given,
            later_place: ws[1..].iter().any(|w| gaz.place(w).is_some()),
            any_head_word: (0..n).any(|i| heads.is_head(gaz, i)),
            compass_place: n >= 2
                && (words::is_compass(ws[0]) || words::is_compass(ws[n - 1]))
                && !first_given
                && gaz.group(ws[n - 1]).is_none(),
            compass_group: n == 2 && words::is_compass(ws[0]) && gaz.group(ws[1]).is_some(),
            person_shaped: is_person_shaped(ws, first_given, gaz, heads),
            acronym_org: n == 1
                && is_acronym(ws[0])
                && !words::is_common_acronym(ws[0])
                && !is_shouted_word(ws[0], gaz),
            trailing_digits: n >= 2 && ws.last().is_some_and(|w| cues::is_version(w)),
            // "JK Rowling": initials written together, then a surname.
            initials_surname: n == 2
                && (2..=3).contains(&ws[0].len())
                && ws[0].bytes().all(|b| b.is_ascii_uppercase())
                && gaz.organization(ws[0]).is_none()
                && gaz.place(ws[0]).is_none()
                && ws[1].chars().skip(1).all(char::is_lowercase)
                && !gaz.is_common_word_in_any_case(ws[1])
                && !heads.is_head(gaz, 1)
                && gaz.place(ws[1]).is_none(),
            // "Acme Navigator": a company's name, then a product line's.
            brand_product: n >= 2
                && gaz.organization(ws[0]).is_some()
                && (1..n).all(|i| {
                    let w = ws[i];
                    w.starts_with(char::is_uppercase)
                        && !heads.is_head(gaz, i)
                        && gaz.place(w).is_none()
                        && gaz.group(w).is_none()
                }),
        }
    }
}

/// The word lists' verdict on a whole name: a known organization, place or
/// nationality.
fn lexical(name: &str, gaz: &Gazetteer) -> Option<Typed> {
    if let Some(canon) = gaz.organization(name) {
        let mut t = Typed::new(EntityType::Organization, Strength::Lexical);
        if !canon.is_empty() && canon != name {
            t.key = Some(canon.to_string());
        }
        return Some(t);
    }
    // "KYIV (Reuters)": datelines write the place in capitals.
    if is_acronym(name) && name.len() > 3 {
        let titled = title_case(name);
        if gaz.place(&titled).is_some() {
            let mut t = Typed::new(EntityType::Place, Strength::Lexical);
            t.key = Some(gaz.canonical_place(&titled).unwrap_or(&titled).to_string());
            return Some(t);
        }
    }
    if gaz.place(name).is_some() {
        let mut t = Typed::new(EntityType::Place, Strength::Lexical);
        t.key = Some(gaz.canonical_place(name).unwrap_or(name).to_string());
        return Some(t);
    }
    if let Some(key) = gaz.group(name) {
        let mut t = Typed::new(EntityType::Group, Strength::Lexical);
        t.key = Some(key.to_string());
        return Some(t);
    }
    None
}

pub fn classify<'a>(c: &Candidate, ctx: &Context<'a, '_>, gaz: &Gazetteer, cache: &mut LexicalCache<'a>) -> Typed {
    let text = ctx.text;
    let surface = &text[c.span.start..c.span.end];
    let name = surface
        .strip_prefix("The ")
        .or_else(|| surface.strip_prefix("the "))
        .unwrap_or(surface);

    // "posted on Twitter": a platform named as where something appeared.
    if words::PLATFORMS.contains(&name)
        && matches!(ctx.lower_before(c, 1).as_ref(), "on" | "to" | "via" | "onto" | "across")
    {
        return Typed::new(EntityType::Product, Strength::Lexical);
    }
    if c.work_title {
        return Typed::new(EntityType::Work, Strength::Context);
    }
    // Word lists.
    let known = cache.known(surface, name, gaz);
    if let Some(t) = &known.lexical {
        return t.clone();
    }
    if words::PLATFORMS.contains(&name) && (name.len() > 1 || ctx.lower_before(c, 1) == "on") {
        return Typed::new(EntityType::Product, Strength::Lexical);
    }
    let n = c.words.len();
    let facts: &Facts = known.facts.get_or_insert_with(|| {
        // Names of up to eight words, nearly all, are sliced on the stack.
        let mut short = [""; 8];
        if let Some(ws) = short.get_mut(..c.words.len()) {
            for (w, s) in ws.iter_mut().zip(&c.words) {
                *w = &text[s.start..s.end];
            }
            return Facts::of(ws, gaz);
        }
        let ws: Vec<&str> = c.words.iter().map(|s| &text[s.start..s.end]).collect();
        Facts::of(&ws, gaz)
    });
    // "professor Marc Lamont Hill": a titled person whose surname is a
    // facility noun.
    if c.after_title
        && facts.first_given
        && (2..=4).contains(&n)
        && facts.head.as_ref().is_none_or(|t| t.kind == Some(EntityType::Place))
    {
        return Typed::new(EntityType::Person, Strength::Context);
    }
    if let Some(t) = &facts.head {
        return t.clone();
    }
    if facts.product_head {
        return Typed::new(EntityType::Product, Strength::Lexical);
    }
    if let Some(kind) = cues::noun_beside(text, ctx.toks, c.first_tok, c.end_tok, c.possessive, facts.first_given) {
        return Typed::new(kind, Strength::Context);
    }
    // "Internet Explorer 6", "Windows XP", "Apollo 11" in a sentence about
    // a launch.
    if facts.trailing_digits {
        let kind = if ctx.mission_context {
            EntityType::Event
        } else {
            EntityType::Product
        };
        return Typed::new(kind, Strength::Context);
    }
    if facts.brand_product {
        return Typed::new(EntityType::Product, Strength::Context);
    }
    if facts.initials_surname {
        return Typed::new(EntityType::Person, Strength::Shape);
    }
    // Codes such as "STS-135": missions in a sentence about launches.
    if facts.code {
        let kind = if ctx.mission_context {
            EntityType::Event
        } else {
            EntityType::Product
        };
        return Typed::new(kind, Strength::Context);
    }

    // Context.
    if c.after_title {
        return Typed::new(EntityType::Person, Strength::Context);
    }
    let before1 = ctx.lower_before(c, 1);
    let before2 = ctx.lower_before(c, 2);
    if words::is_org_noun(&before1) || (before1 == "the" && words::is_org_noun(&before2)) {
        return Typed::new(EntityType::Organization, Strength::Context);
    }
    if n >= 2 && facts.first_given && !facts.later_place {
        return Typed::new(EntityType::Person, Strength::Context);
    }
    // "DAB's Starry Lee": a name right after an organization's possessive.
    if n >= 2
        && ctx.previous_possessive
        && matches!(ctx.previous, Some((EntityType::Organization, 0)))
        && !facts.any_head_word
    {
        return Typed::new(EntityType::Person, Strength::Context);
    }
    // "the CECOT mega-prison", "the Kowloon West geographical constituency".
    let lower_word = |i: usize| {
        ctx.toks
            .get(i)
            .filter(|t| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_lowercase))
            .map(|t| t.text(text))
    };
    // Past the closing mark of a quoted name: the "Blue Gate" compound.
    let after = c.end_tok + usize::from(c.quoted_title);
    let place_follows = lower_word(after)
        .is_some_and(|w| words::is_place_noun(w) || lower_word(after + 1).is_some_and(words::is_place_noun));
    if !c.possessive && place_follows {
        return Typed::new(EntityType::Place, Strength::Context);
    }
    if facts.compass_place {
        return Typed::new(EntityType::Place, Strength::Context);
    }
    // "Youngspiration's Baggio Leung", "Smithsonian's National Museum".
    if c.possessive
        && ctx
            .toks
            .get(c.end_tok)
            .is_some_and(|t| t.text(text).starts_with(char::is_uppercase))
        && n == 1
        && !facts.person_shaped
    {
        return Typed::new(EntityType::Organization, Strength::Context);
    }
    // "Lee Cheuk-yan of the Labour Party", "Frederick Fung of ADPL".
    if let Some((EntityType::Person, gap)) = ctx.previous
        && gap <= 2
        && (before1 == "of" || (before1 == "the" && before2 == "of"))
    {
        return Typed::new(EntityType::Organization, Strength::Context);
    }
    // "said Lotfi Azzouz, Tunisia country director": the speaker.
    if n <= 3 && words::is_speech_verb(&before1) {
        return Typed::new(EntityType::Person, Strength::Context);
    }
    // "North African": a compass word before a nationality.
    if facts.compass_group {
        let mut t = Typed::new(EntityType::Group, Strength::Lexical);
        t.key = Some(name.to_string());
        return t;
    }
    // "Cape Canaveral, Florida": a place followed by its state or country.
    if ctx.word(c.end_tok) == ","
        && let Some(t) = ctx.toks.get(c.end_tok + 1)
    {
        let follower = following_name(text, ctx.toks, c.end_tok + 1);
        if t.kind == TokenKind::Word
            && gaz
                .place(&follower)
                .is_some_and(|k| k != crate::lexicon::gazetteer::PlaceKind::City)
        {
            return Typed::new(EntityType::Place, Strength::Context);
        }
    }

    // Shape.
    // Only a guess: a cue beside another mention of the name outweighs it.
    if c.quoted_title {
        return Typed::new(EntityType::Work, Strength::Shape);
    }
    if n >= 2 && facts.person_shaped {
        return Typed::new(EntityType::Person, Strength::Shape);
    }
    if facts.acronym_org {
        return Typed::new(EntityType::Organization, Strength::Shape);
    }
    if n == 1 && words::is_place_preposition(&before1) {
        return Typed::new(EntityType::Place, Strength::Shape);
    }
    if n >= 2 {
        return Typed::new(EntityType::Organization, Strength::Shape);
    }
    // "Zelensky said", "said Zelensky": a lone name that speaks is a person.
    let next_word = ctx.word(c.end_tok);
    if n == 1 && !c.possessive && (words::is_speech_verb(next_word) || words::is_speech_verb(&before1)) {
        return Typed::new(EntityType::Person, Strength::Context);
    }
    // "Santo Spirito and Immacolata": a conjunct shares its partner's type.
    if let Some((kind, 1)) = ctx.previous
        && matches!(before1.as_ref(), "and" | "or")
    {
        return Typed::new(kind, Strength::Shape);
    }
    Typed::unknown()
}

/// Two to four capitalized words that are neither common words nor
/// organization or place heads: "Kilmar Abrego Garcia", "Cheng Chung-tai".
/// `first_given` says whether the first word is a known given name.
fn is_person_shaped(ws: &[&str], first_given: bool, gaz: &Gazetteer, heads: &mut HeadWords) -> bool {
    (2..=4).contains(&ws.len())
        && ws.iter().enumerate().all(|(i, w)| {
            !is_acronym(w)
                && !w.bytes().any(|b| b.is_ascii_digit())
                && !heads.is_head(gaz, i)
                && !w.eq_ignore_ascii_case("the")
                && !gaz.is_place_of_any_kind(w, &[PlaceKind::Country, PlaceKind::Region])
        })
        && (first_given || ws.iter().any(|w| !gaz.is_common_word_in_any_case(w)) || ws.len() >= 3)
}

/// "KYIV" → "Kyiv", "NEW YORK" → "New York".
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect::<String>()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "RELEASE", "BREAKING": an ordinary word in capitals, not an acronym.
fn is_shouted_word(w: &str, gaz: &Gazetteer) -> bool {
    w.len() > 4 && gaz.is_common_word_in_any_case(w)
}

/// The capitalized words starting at token `i`, joined ("New York").
fn following_name(text: &str, toks: &[Token], i: usize) -> String {
    let mut parts = Vec::new();
    for t in &toks[i..] {
        let w = t.text(text);
        if t.kind == TokenKind::Word && w.starts_with(char::is_uppercase) {
            parts.push(w.trim_end_matches("'s").trim_end_matches("’s"));
        } else {
            break;
        }
    }
    parts.join(" ")
}
