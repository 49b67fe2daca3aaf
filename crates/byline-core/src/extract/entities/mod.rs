//! Named entities: people, organizations, places, groups, dates and more,
//! one per real-world thing with all its mentions.
//!
//! Sentence by sentence, capitalized runs become candidates
//! ([`candidates`]), each is typed from word lists, its head noun and its
//! context ([`classify`]), date expressions are found alongside
//! ([`dates`]); then mentions merge into entities ([`resolve`]).

mod candidates;
mod case;
mod classify;
mod cues;
pub mod dates;
mod resolve;
mod words;

use crate::article::{Article, ParagraphKind, Sentence};
use crate::extract::tokens::{Token, TokenKind, tokenize_into};
use crate::extract::{Entity, EntityType};
use crate::lexicon::gazetteer::Gazetteer;

use case::LowercaseWords;
use classify::{Context, Strength, Typed};
use resolve::Mention;

/// Words that show a sentence is about a mission or launch, where codes
/// such as "STS-1" name events.
fn is_mission_word(w: &str) -> bool {
    (5..=8).contains(&w.len())
        && matches!(w.as_bytes()[0], b'm' | b'l' | b'f' | b'M' | b'L' | b'F')
        && words::is_one_of(
            w,
            &[
                "mission", "missions", "launch", "launches", "launched", "flight", "flights", "lifted", "liftoff",
            ],
        )
}

/// One entity per real-world thing, in order of first mention.
pub fn extract_entities(article: &Article, gaz: &Gazetteer, progress: &mut dyn FnMut(f32)) -> Vec<Entity> {
    let text = article.text.as_str();
    let mut reader = EntityReader::new(article, gaz);
    // One token buffer, reused sentence after sentence.
    let mut toks = Vec::new();
    let total = article.sentences.len().max(1);
    for (si, sentence) in article.sentences.iter().enumerate() {
        if si % 512 == 0 {
            progress(si as f32 / total as f32);
        }
        tokenize_into(
            &text[sentence.span.start..sentence.span.end],
            sentence.span.start,
            &mut toks,
        );
        reader.sentence(sentence, &toks);
    }
    progress(1.0);
    reader.finish()
}

/// Entities read sentence by sentence from tokens the caller gives, so
/// that [`crate::extract::analyze`] tokenizes each sentence once for all
/// extractors.
pub(crate) struct EntityReader<'a> {
    article: &'a Article,
    gaz: &'a Gazetteer,
    case: LowercaseWords<'a>,
    mentions: Vec<Mention>,
    lexical: classify::LexicalCache<'a>,
    /// Last words of the people named so far: "Paris" after "Valeska Paris".
    surnames: foldhash::HashSet<String>,
    scratch: candidates::Scratch,
}

impl<'a> EntityReader<'a> {
    pub(crate) fn new(article: &'a Article, gaz: &'a Gazetteer) -> EntityReader<'a> {
        EntityReader {
            article,
            gaz,
            case: LowercaseWords::scan(article.text.as_str()),
            mentions: Vec::new(),
            lexical: classify::LexicalCache::default(),
            surnames: foldhash::HashSet::default(),
            scratch: candidates::Scratch::default(),
        }
    }

    /// Reads one sentence; `toks` are all of its tokens.
    pub(crate) fn sentence(&mut self, sentence: &Sentence, toks: &[Token]) {
        let EntityReader {
            article,
            gaz,
            case,
            mentions,
            lexical,
            surnames,
            scratch,
        } = self;
        let (article, gaz, case) = (*article, *gaz, &*case);
        let text = article.text.as_str();
        let in_title_case = article
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.kind != ParagraphKind::Body && is_title_case(text, toks));
        let dates = dates::find_dates(text, toks);
        let mission_context = toks
            .iter()
            .any(|t| t.kind == TokenKind::Word && is_mission_word(t.text(text)));
        let mut previous: Option<(EntityType, usize)> = None;
        let mut previous_possessive = false;
        let mut last_end_tok = 0usize;
        let mut sentence_mentions: Vec<(Mention, usize, usize)> = Vec::new();
        for cand in candidates::find(text, toks, gaz, scratch) {
            if dates.iter().any(|d| d.span.overlaps(cand.span)) {
                continue;
            }
            let Some((mut cand, mut weak)) = classify::trim_initial(text, cand, gaz, case) else {
                continue;
            };
            // "GDP", "CEO": acronyms of ordinary things.
            weak |= cand.words.len() == 1 && words::is_common_acronym(&text[cand.span.start..cand.span.end]);
            // "the Artemis program": a named programme is one thing.
            let programme = !cand.possessive
                && toks
                    .get(cand.end_tok)
                    .is_some_and(|t| words::is_programme_noun(t.text(text)));
            if programme {
                let t = toks[cand.end_tok];
                cand.span.end = t.span.end;
                cand.words.push(t.span);
                cand.end_tok += 1;
            }
            let ctx = Context {
                text,
                toks,
                previous: previous.map(|(k, _)| (k, cand.first_tok.saturating_sub(last_end_tok))),
                previous_possessive,
                mission_context,
            };
            let mut typed = if programme || in_title_case && !weak {
                classify::classify_programme_or_headline(&cand, &ctx, gaz, lexical, programme)
            } else {
                classify::classify(&cand, &ctx, gaz, lexical)
            };
            // A person's surname that is also a place ("Paris claims") names
            // the person unless a preposition of place stands before it.
            if cand.words.len() == 1
                && typed.kind == Some(EntityType::Place)
                && surnames.contains(&text[cand.span.start..cand.span.end])
                && !cand
                    .first_tok
                    .checked_sub(1)
                    .is_some_and(|i| words::is_place_preposition(&toks[i].text(text).to_lowercase()))
            {
                typed = Typed {
                    kind: Some(EntityType::Person),
                    strength: Strength::Context,
                    key: None,
                };
            }
            if let Some(kind) = typed.kind {
                previous = Some((kind, 0));
            }
            previous_possessive = cand.possessive;
            // A lone common word ("Landscape", "Architectural") is a name only
            // when a word list says so; otherwise it may just join one.
            // An acronym stays a name even when it spells a word ("DAB").
            let lone = &text[cand.span.start..cand.span.end];
            weak |= cand.words.len() == 1
                && typed.strength < Strength::Lexical
                && !(classify::is_acronym(lone) && lone.len() <= 5)
                && gaz.is_common_word_in_any_case(lone);
            last_end_tok = cand.end_tok;
            sentence_mentions.push((
                Mention {
                    span: cand.span,
                    typed,
                    weak,
                    parts: Vec::new(),
                    words: cand.words.len(),
                    alias_of: None,
                    given_name: cand.words.len() == 1
                        && gaz.given_name(&text[cand.span.start..cand.span.end]).is_some(),
                },
                cand.first_tok,
                cand.end_tok,
            ));
        }
        if sentence_mentions.iter().any(|(m, _, _)| m.typed.kind.is_none()) {
            share_list_types(text, toks, &mut sentence_mentions);
        }
        link_parenthesized(text, toks, &mut sentence_mentions);
        for (m, _, _) in &sentence_mentions {
            if m.words >= 2
                && m.typed.kind == Some(EntityType::Person)
                && let Some(last) = text[m.span.start..m.span.end].rsplit(' ').next()
            {
                surnames.insert(last.to_string());
            }
        }
        let first_of_sentence = mentions.len();
        mentions.extend(sentence_mentions.into_iter().map(|(m, _, _)| m));
        for d in dates {
            mentions.push(Mention {
                span: d.span,
                typed: Typed {
                    kind: Some(EntityType::Date),
                    strength: Strength::Lexical,
                    key: Some(d.key),
                },
                weak: false,
                parts: d.parts,
                words: 1,
                alias_of: None,
                given_name: false,
            });
        }
        // Sentences come in order, so sorting each one keeps all in order.
        mentions[first_of_sentence..].sort_by_key(|m| m.span.start);
    }

    /// The entities, once every sentence has been read.
    pub(crate) fn finish(self) -> Vec<Entity> {
        let EntityReader {
            article,
            gaz,
            case,
            mentions,
            lexical,
            surnames,
            ..
        } = self;
        // Only the mentions are needed from here on.
        drop((case, lexical, surnames));
        resolve::build(mentions, &article.text, gaz)
    }
}

/// "NASA Report Details How Agency Significantly Benefits US Economy":
/// a headline whose words are capitalized by style, not because they are names.
fn is_title_case(text: &str, toks: &[crate::extract::tokens::Token]) -> bool {
    let long: Vec<&str> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text))
        .filter(|w| w.len() >= 4)
        .collect();
    long.len() >= 3 && long.iter().filter(|w| w.starts_with(char::is_uppercase)).count() * 10 >= long.len() * 7
}

/// "Ubisoft, Sony and Nintendo", "such as Zeus, Hera and Athena": names
/// listed together are things of one kind, so an untyped member takes the
/// type of a typed neighbour (a known given name counts as a person).
fn share_list_types(text: &str, toks: &[crate::extract::tokens::Token], ms: &mut [(Mention, usize, usize)]) {
    let linked = |a: &(Mention, usize, usize), b: &(Mention, usize, usize)| {
        let word = |i: usize| toks[i].text(text);
        let conj = |i: usize| matches!(word(i), "and" | "or");
        match b.1.checked_sub(a.2) {
            Some(1) => word(a.2) == "," || conj(a.2),
            Some(2) => word(a.2) == "," && conj(a.2 + 1),
            _ => false,
        }
    };
    let kind_of = |m: &Mention| {
        m.typed
            .kind
            .filter(|_| m.typed.strength >= Strength::Shape)
            .or(m.given_name.then_some(EntityType::Person))
            .filter(|k| {
                matches!(
                    k,
                    EntityType::Person | EntityType::Organization | EntityType::Place | EntityType::Product
                )
            })
    };
    // Forward, then backward, so a type runs along the whole list.
    for i in (1..ms.len()).chain((1..ms.len()).rev()) {
        for (from, to) in [(i - 1, i), (i, i - 1)] {
            if ms[to].0.typed.kind.is_none()
                && !ms[to].0.weak
                && linked(&ms[i - 1], &ms[i])
                && let Some(kind) = kind_of(&ms[from].0)
            {
                ms[to].0.typed = Typed {
                    kind: Some(kind),
                    strength: Strength::Shape,
                    key: None,
                };
            }
        }
    }
}

/// "Kennedy Space Center (KSC)" and "CEI (Italian Episcopal Conference)":
/// the name in brackets right after another is its other form.
fn link_parenthesized(text: &str, toks: &[crate::extract::tokens::Token], ms: &mut [(Mention, usize, usize)]) {
    for i in 1..ms.len() {
        let (prev_end, cur_start, cur_end) = (ms[i - 1].2, ms[i].1, ms[i].2);
        let open = toks.get(prev_end).map(|t| t.text(text));
        let close = toks.get(cur_end).map(|t| t.text(text));
        let (a, b) = (&ms[i - 1].0, &ms[i].0);
        // One side an acronym, the other a name of several words; never a
        // dateline's "KYIV (Reuters)".
        let surface = |m: &Mention| &text[m.span.start..m.span.end];
        let pair =
            (classify::is_acronym(surface(b)) && a.words >= 2) || (classify::is_acronym(surface(a)) && b.words >= 2);
        if pair && cur_start == prev_end + 1 && open == Some("(") && close == Some(")") {
            let (a, b) = (a.span, b.span);
            // The shorter form joins the longer one.
            if ms[i].0.words <= ms[i - 1].0.words {
                ms[i].0.alias_of = Some(a);
            } else {
                ms[i - 1].0.alias_of = Some(b);
            }
        }
    }
}

#[cfg(test)]
mod rule_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::gazetteer;

    fn entities(s: &str) -> Vec<(String, EntityType, Vec<String>)> {
        let a = Article::from_text("t", s);
        extract_entities(&a, gazetteer::get(), &mut |_| {})
            .into_iter()
            .map(|e| (e.name, e.kind, e.aliases))
            .collect()
    }

    fn find<'a>(
        es: &'a [(String, EntityType, Vec<String>)],
        name: &str,
    ) -> Option<&'a (String, EntityType, Vec<String>)> {
        es.iter().find(|e| e.0 == name)
    }

    #[test]
    fn surname_joins_full_name_seen_later() {
        let es = entities("Trump hosts Bukele\n\nUS President Donald Trump met Nayib Bukele. Bukele smiled.");
        let bukele = find(&es, "Nayib Bukele").map(|e| (e.1, e.2.clone()));
        assert_eq!(
            bukele,
            Some((
                EntityType::Person,
                vec!["Nayib Bukele".to_string(), "Bukele".to_string()]
            ))
        );
        assert!(find(&es, "Bukele").is_none());
        assert_eq!(find(&es, "United States").map(|e| e.1), Some(EntityType::Place));
    }

    #[test]
    fn sentence_openers_are_not_names() {
        let es = entities("Shortly after the vote, Despite everything. In El Salvador, the deportees waited.");
        let names: Vec<&str> = es.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(names, vec!["El Salvador"]);
    }

    #[test]
    fn known_names_survive_sentence_starts() {
        // Regression: "New" was dropped as a common opener, leaving "York".
        let es = entities("Title words here\n\nNew York is large. Nonpartisan Paul Tse won.");
        assert_eq!(find(&es, "New York City").map(|e| e.1), Some(EntityType::Place));
        assert_eq!(find(&es, "Paul Tse").map(|e| e.1), Some(EntityType::Person));
        assert!(find(&es, "York").is_none());
    }

    #[test]
    fn contractions_and_compound_adjectives_are_not_names() {
        let es = entities("Title words here\n\n\u{201c}I\u{2019}d go,\u{201d} said the London-based Jane Roe.");
        let names: Vec<&str> = es.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(names, vec!["Jane Roe"]);
    }

    #[test]
    fn first_name_joins_the_one_person_it_starts() {
        let es = entities("Title words here\n\nEloise Parry died. Doctors said Eloise had taken pills.");
        let eloise = find(&es, "Eloise Parry").map(|e| e.2.clone());
        assert_eq!(eloise, Some(vec!["Eloise Parry".to_string(), "Eloise".to_string()]));
    }

    #[test]
    fn acronym_that_spells_a_word_is_still_a_name() {
        // Regression: "DAB" was dropped as the common word "dab".
        let es = entities("Title words here\n\nElizabeth Quat of DAB was elected. DAB's Ben Chan won.");
        assert_eq!(find(&es, "DAB").map(|e| e.1), Some(EntityType::Organization));
    }

    #[test]
    fn programme_named_from_to() {
        let es =
            entities("Title words here\n\nThe agency's Moon to Mars initiative supports jobs. Trade rose to Canada.");
        assert_eq!(
            find(&es, "Moon to Mars initiative").map(|e| e.1),
            Some(EntityType::Other)
        );
        assert_eq!(find(&es, "Canada").map(|e| e.1), Some(EntityType::Place));
    }

    #[test]
    fn possessive_of_a_head_ends_the_name() {
        let es = entities("Title words here\n\nA study by Stanford University's Center on Poverty appeared.");
        assert!(find(&es, "Stanford University").is_some());
    }

    #[test]
    fn acronym_in_brackets_joins_its_name() {
        let es = entities("NASA celebrated at the Kennedy Space Center (KSC) in Florida. Many KSC employees came.");
        let ksc = find(&es, "Kennedy Space Center").map(|e| (e.1, e.2.clone()));
        assert_eq!(
            ksc,
            Some((
                EntityType::Place,
                vec!["Kennedy Space Center".to_string(), "KSC".to_string()]
            ))
        );
    }

    #[test]
    fn dotted_acronym_joins_the_name_it_stands_for() {
        let es = entities("Title words here\n\nThe U.N. sent aid. Later the United Nations said more was coming.");
        assert_eq!(
            find(&es, "United Nations").map(|e| e.2.contains(&"U.N.".to_string())),
            Some(true)
        );
        assert!(find(&es, "U.N.").is_none());
    }

    #[test]
    fn versioned_acronym_joins_its_product() {
        let es = entities(
            "Title words here\n\nAcme shipped Rocket Browser 4 in May. Users of RB4 praised the speed of RB4.",
        );
        let rb = find(&es, "Rocket Browser 4").map(|e| (e.1, e.2.contains(&"RB4".to_string())));
        assert_eq!(rb, Some((EntityType::Product, true)));
    }

    #[test]
    fn surname_goes_to_the_person_named_first() {
        let es = entities(
            "Title words here\n\nJamal Haddad, 15, won the prize. Haddad thanked his school. \
             His uncle Omar Yusuf Haddad also spoke. Haddad will study in Paris.",
        );
        assert_eq!(
            find(&es, "Jamal Haddad").map(|e| e.2.contains(&"Haddad".to_string())),
            Some(true)
        );
        assert!(find(&es, "Haddad").is_none());
    }
}
