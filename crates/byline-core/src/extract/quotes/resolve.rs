//! From a speaker phrase to a speaker: the entity mentioned in it, else a
//! clean name read from the phrase, else the phrase itself; pronouns go to
//! the person or organization the text was last about.

use super::aliases::Aliases;
use super::context::{Sentence, Subjects, Tokens, sentence_at};
use super::marks::Marked;
use super::mentions::{self, Mentions};
use super::names::{of_place, proper_name};
use super::phrase::{Np, is_possessive};
use super::words::{self, Pronoun};
use crate::article::Span;
use crate::extract::tokens::{TokenKind, tokenize};
use crate::extract::{Entity, EntityType};

/// Who said a quotation: an entity, named as the entity list names it
/// (held as its index, not a copy of its name, until the quotes are
/// made), or a name or description read from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Speaker {
    Entity(usize),
    Named(String),
}

impl Speaker {
    pub fn entity(&self) -> Option<usize> {
        match self {
            Speaker::Entity(e) => Some(*e),
            Speaker::Named(_) => None,
        }
    }

    /// The speaker's name, as the quote gives it.
    pub fn into_name(self, entities: &[Entity]) -> String {
        match self {
            Speaker::Entity(e) => entities[e].name.clone(),
            Speaker::Named(name) => name,
        }
    }
}

/// How many sentences back a pronoun may look for its antecedent.
const PRONOUN_REACH: usize = 5;

/// Bytes of a sentence searched for a pronoun's antecedent.
const MENTION_REACH: usize = 2000;

/// Bytes back a definite description ("the city") may find its body.
const ANTECEDENT_REACH: usize = 3000;

/// Longest descriptive speaker phrase kept, in words.
const MAX_DESCRIPTION: usize = 8;

pub(super) struct Resolver<'a> {
    text: &'a str,
    entities: &'a [Entity],
    /// Every mention of a person, organization or place, by start.
    mentions: Mentions,
    /// Aliases of people and organizations.
    aliases: Aliases<'a>,
    quotes: &'a [Marked],
    sentences: &'a [Sentence],
    pub subjects: Subjects<'a>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        text: &'a str,
        entities: &'a [Entity],
        quotes: &'a [Marked],
        sentences: &'a [Sentence],
        tokens: &'a Tokens<'a>,
    ) -> Resolver<'a> {
        Resolver {
            text,
            entities,
            mentions: Mentions::new(text, entities),
            aliases: Aliases::new(entities),
            quotes,
            sentences,
            subjects: Subjects::new(tokens),
        }
    }

    fn speaker_of(&self, entity: usize) -> Speaker {
        Speaker::Entity(entity)
    }

    /// A speaker named as text, tied to the entity it is an alias of.
    fn named(&self, name: String) -> Speaker {
        match self.aliases.find(&name) {
            Some(e) => self.speaker_of(e),
            None => Speaker::Named(name),
        }
    }

    /// The mentions of people, organizations and places starting in `span`.
    fn mentions_in(&self, span: Span) -> mentions::Iter<'_> {
        self.mentions.starting_within(span.start, span.end)
    }

    /// The person a phrase part names: a mention ending the part that is
    /// not a possessive ("Trump's spokeswoman Karoline Leavitt" is Leavitt,
    /// "Trump officials" is nobody).
    fn person_in(&self, part: Span) -> Option<usize> {
        self.mentions_in(part)
            .filter(|(m, e)| {
                m.end <= part.end
                    && self.entities[*e].kind == EntityType::Person
                    && (self.text[m.end..part.end].chars().all(|c| !c.is_alphanumeric())
                        || of_place(&self.text[m.end..part.end]))
            })
            .map(|(_, e)| e)
            .next_back()
    }

    /// The organization or place a part is, all of it bar "the".
    fn body_is(&self, part: Span) -> Option<usize> {
        let s = &self.text[part.start..part.end];
        let trimmed = s.trim_end_matches(|c: char| !c.is_alphanumeric());
        let lead = ["the ", "The "]
            .iter()
            .find(|p| trimmed.starts_with(*p))
            .map_or(0, |p| p.len());
        let want = Span::new(part.start + lead, part.start + trimmed.len());
        self.mentions_in(part)
            .find(|(m, e)| *m == want && matches!(self.entities[*e].kind, EntityType::Organization | EntityType::Place))
            .map(|(_, e)| e)
    }

    /// The speaker a phrase names. `strict` (for quotes with no verb of
    /// saying) accepts only names, pronouns and descriptions headed by a
    /// noun for a person or body.
    pub fn phrase(&self, np: &Np, strict: bool, done: &[Option<Speaker>]) -> Option<Speaker> {
        let head = document_owner(self.text, np.head);
        // "There was a flicker … as if to say": an expletive names no one.
        let bare = self.text[head.start..head.end].trim();
        if ["there", "here", "what", "which", "this", "that", "these", "those"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(bare))
        {
            return None;
        }
        let parts = std::iter::once(head).chain(np.appos);
        for part in parts.clone() {
            if let Some(e) = self.person_in(part) {
                return Some(self.speaker_of(e));
            }
        }
        for part in parts.clone() {
            if let Some(e) = self.body_is(part) {
                return Some(self.speaker_of(e));
            }
        }
        for part in parts {
            if let Some(name) = proper_name(self.text, part) {
                return Some(self.named(name));
            }
        }
        let head_text = self.text[head.start..head.end].trim();
        if let Some(p) = words::with_lower(head_text, words::pronoun) {
            return self.pronoun(head.start, p, done);
        }
        let description = description(self.text, head)?;
        let head_noun = description
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
            .find(|w| !w.is_empty())
            .unwrap_or_default();
        if strict && !words::with_lower(head_noun, words::is_speaker_head) {
            return None;
        }
        if let Some(e) = self.definite_antecedent(&description, head.start) {
            return Some(self.speaker_of(e));
        }
        Some(self.named(description))
    }

    /// "The city" after "the Municipality of Livorno": a definite
    /// description whose noun names a body mentioned shortly before.
    fn definite_antecedent(&self, description: &str, before: usize) -> Option<usize> {
        let mut parts = description.split_whitespace();
        let (Some(det), Some(noun), None) = (parts.next(), parts.next(), parts.next()) else {
            return None;
        };
        if !det.eq_ignore_ascii_case("the") {
            return None;
        }
        let heads = words::with_lower(noun, words::body_synonyms);
        self.mentions
            .starting_within(0, before)
            .rev()
            .take_while(|(m, _)| before - m.start <= ANTECEDENT_REACH)
            .filter(|(m, e)| self.entities[*e].kind == EntityType::Organization && !self.in_quote(*m))
            .map(|(_, e)| e)
            .find(|&e| {
                self.entities[e]
                    .name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| heads.iter().any(|h| w.eq_ignore_ascii_case(h)))
            })
    }

    /// The antecedent of a pronoun at byte `at`: the first suitable entity
    /// mentioned outside quotes in the nearest sentence that has one, or,
    /// without entities, the named subject of a recent sentence.
    pub fn pronoun(&self, at: usize, p: Pronoun, done: &[Option<Speaker>]) -> Option<Speaker> {
        let here = sentence_at(self.sentences, at)?;
        let wanted: &[EntityType] = match p {
            Pronoun::Personal => &[EntityType::Person],
            Pronoun::Neuter | Pronoun::Plural => &[EntityType::Organization],
        };
        let reach = here.saturating_sub(PRONOUN_REACH);
        if !self.entities.is_empty() || p == Pronoun::Plural {
            for s in (reach..=here).rev() {
                // Before the sentences back: whoever was just quoted.
                if s + 1 == here
                    && let Some(quoted) = self.last_quoted(at, here, p, done)
                {
                    return Some(quoted);
                }
                // "Residents sued the board. … they said": a plural subject.
                if p == Pronoun::Plural
                    && s < here
                    && let Some(group) = self.plural_subject(s)
                {
                    return Some(group);
                }
                let mut span = self.sentences[s].span;
                if s == here {
                    span.end = at;
                    span.start = span.start.max(at.saturating_sub(MENTION_REACH));
                } else {
                    span.end = span.end.min(span.start + MENTION_REACH);
                }
                let found = self.mentions_in(span).find(|(m, e)| {
                    m.end <= span.end
                        && wanted.contains(&self.entities[*e].kind)
                        && !self.in_quote(*m)
                        && !self.addressed(*m)
                });
                if let Some((_, e)) = found {
                    return Some(self.speaker_of(e));
                }
            }
        }
        for s in (reach..here).rev() {
            let Some((np, _)) = self.subjects.get(s) else {
                continue;
            };
            let parts = std::iter::once(np.head).chain(np.appos);
            if let Some(name) = parts.filter_map(|part| proper_name(self.text, part)).next() {
                return Some(self.named(name));
            }
        }
        // The speaker of the latest quotation before the pronoun.
        let before = self.quotes.partition_point(|q| q.outer.start < at);
        done.iter().take(before).rev().take(3).flatten().next().cloned()
    }

    /// The subject of sentence `s` when it describes people in the plural
    /// ("The researchers", "Local residents").
    fn plural_subject(&self, s: usize) -> Option<Speaker> {
        let (np, _) = self.subjects.get(s)?;
        if np.appos.is_some() {
            return None;
        }
        let described = description(self.text, np.head)?;
        // The head noun comes before its complement: "Residents of the valley".
        let head = described
            .split(' ')
            .take_while(|w| !matches!(*w, "of" | "in" | "from" | "at" | "on" | "with" | "near"))
            .last()
            .unwrap_or("");
        let plural_person = words::with_lower(head, |last| {
            let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
            plural && last.strip_suffix('s').is_some_and(words::is_speaker_head)
        });
        (plural_person && proper_name(self.text, np.head).is_none()).then(|| self.named(described))
    }

    /// "It added", "they said": the speaker of the latest quotation in this
    /// sentence or the one before, when the pronoun fits it.
    fn last_quoted(&self, at: usize, here: usize, p: Pronoun, done: &[Option<Speaker>]) -> Option<Speaker> {
        let before = self.quotes.partition_point(|q| q.outer.start < at);
        let (k, speaker) = (0..before.min(done.len()))
            .rev()
            .find_map(|k| done[k].as_ref().map(|s| (k, s)))?;
        let quoted_in = sentence_at(self.sentences, self.quotes[k].outer.start)?;
        if quoted_in + 1 < here {
            return None;
        }
        let fits = match speaker {
            Speaker::Entity(e) => matches!(
                (self.entities[*e].kind, p),
                (EntityType::Person, Pronoun::Personal) | (EntityType::Organization, Pronoun::Neuter | Pronoun::Plural)
            ),
            // An unnamed speaker: "the researchers" are "they", "a judge" is "he".
            Speaker::Named(name) => words::with_lower(name.rsplit(' ').next().unwrap_or(""), |last| {
                let plural = last.ends_with('s') && !last.ends_with("ss");
                match p {
                    Pronoun::Plural => plural,
                    Pronoun::Personal => !plural && words::is_speaker_head(last),
                    Pronoun::Neuter => !plural && words::is_body_head(last),
                }
            }),
        };
        fits.then(|| speaker.clone())
    }

    /// A mention of whoever is spoken to ("told the police", "in a
    /// statement to the BBC"), who is not the one speaking.
    fn addressed(&self, m: Span) -> bool {
        let before = self.text[..m.start].trim_end();
        let before = before
            .strip_suffix("the")
            .or_else(|| before.strip_suffix("The"))
            .map_or(before, str::trim_end);
        let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        words::with_lower(last, |last| matches!(last, "to" | "told" | "tells" | "telling"))
    }

    fn in_quote(&self, m: Span) -> bool {
        let i = self.quotes.partition_point(|q| q.outer.end <= m.start);
        self.quotes.get(i).is_some_and(|q| q.outer.start <= m.start)
    }
}

/// "Cornyn's statement" speaks for Cornyn, "his statement" for "his", and
/// "the Times's latest analysis of the figures" for the Times.
fn document_owner(text: &str, head: Span) -> Span {
    let mut words = tokenize(&text[head.start..head.end], head.start);
    words.retain(|t| t.kind == TokenKind::Word);
    if words.len() < 2 {
        return head;
    }
    // An owner, up to two modifiers, the document and what it is about.
    for (p, owner) in words.iter().enumerate() {
        let owner_text = owner.text(text);
        if !is_possessive(owner_text) {
            continue;
        }
        let doc = (p + 1..words.len().min(p + 4)).find(|&d| words::with_lower(words[d].text(text), words::is_document));
        let Some(d) = doc else {
            continue;
        };
        let modifiers_ok = words[p + 1..d]
            .iter()
            .all(|w| w.text(text).starts_with(char::is_lowercase));
        let complement_ok = words
            .get(d + 1)
            .is_none_or(|w| matches!(w.text(text), "of" | "on" | "about" | "into" | "for"));
        if modifiers_ok && complement_ok {
            return Span::new(head.start, owner.span.end - possessive_len(owner_text));
        }
    }
    if let [.., owner, doc] = words.as_slice()
        && words::with_lower(doc.text(text), words::is_document)
        && words::with_lower(owner.text(text), words::pronoun).is_some()
    {
        return owner.span;
    }
    head
}

/// Bytes of the possessive ending of `word`: "'s", "’s", or the lone
/// apostrophe of "officials'".
fn possessive_len(word: &str) -> usize {
    ["'s", "’s", "'", "’"]
        .iter()
        .find(|p| word.ends_with(*p))
        .map_or(0, |p| p.len())
}

/// A short description of an unnamed speaker, as written ("A federal judge").
fn description(text: &str, head: Span) -> Option<String> {
    let s = text[head.start..head.end].trim().trim_end_matches([',', ';', ':', '.']);
    let count = s.split_whitespace().take(MAX_DESCRIPTION + 1).count();
    (count > 0 && count <= MAX_DESCRIPTION && s.chars().any(char::is_alphabetic)).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_speak_for_their_owner() {
        let t = "Cornyn's statement";
        let s = document_owner(t, Span::new(0, t.len()));
        assert_eq!(&t[s.start..s.end], "Cornyn");
        let t = "his statement";
        let s = document_owner(t, Span::new(0, t.len()));
        assert_eq!(&t[s.start..s.end], "his");
    }
}
