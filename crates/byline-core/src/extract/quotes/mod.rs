//! Direct quotations and who said them.
//!
//! Quotation spans are found by their marks ([`marks`]), in sentences that
//! never break inside a quotation ([`context`]). Each quotation is then
//! attributed by the patterns of news English ([`attribution`]): the
//! reporting verb ([`cues`]) and the phrase naming the speaker ([`phrase`]),
//! which is resolved to an entity when one is mentioned in it, to a clean
//! name read from the phrase otherwise, with pronouns resolved to the person
//! or body the text was last about ([`resolve`]).

mod aliases;
mod attribution;
mod context;
mod cues;
mod marks;
mod mentions;
mod names;
mod phrase;
mod recent;
mod resolve;
mod words;

use super::{Entity, Quote};
use crate::article::{Article, Span};
use attribution::Attributor;
use marks::Marked;
use resolve::Speaker;

/// Every direct quotation, in text order, with its speaker and cue.
pub fn extract_quotes(article: &Article, entities: &[Entity]) -> Vec<Quote> {
    let text = article.text.as_str();
    let paragraphs: Vec<Span> = if article.paragraphs.is_empty() {
        crate::article::split_paragraphs(text)
    } else {
        article.paragraphs.iter().map(|p| p.span).collect()
    };
    let marks = marks::find_quotes(text, &paragraphs);
    drop(paragraphs);
    let (speakers, cues) = attribute(article, entities, &marks);
    marks
        .iter()
        .zip(speakers)
        .zip(cues)
        .enumerate()
        .map(|(id, ((m, speaker), cue))| Quote {
            id,
            span: m.inner,
            speaker_entity: speaker.as_ref().and_then(Speaker::entity),
            speaker: speaker.map(|s| s.into_name(entities)),
            cue: cue.map(|c| text[c.start..c.end].to_string()),
        })
        .collect()
}

/// The speaker and cue of each quotation. What the rules read (sentences,
/// tokens, the mention and alias indexes) goes when this returns, before
/// the quotes are made.
fn attribute(article: &Article, entities: &[Entity], marks: &[Marked]) -> (Vec<Option<Speaker>>, Vec<Option<Span>>) {
    let text = article.text.as_str();
    let sentences = context::outer_sentences(article, marks);
    let tokens = context::Tokens::new(text, marks, &sentences);
    let attributor = Attributor::new(text, entities, marks, &sentences, &tokens);
    let mut speakers = Vec::with_capacity(marks.len());
    let mut cues = Vec::with_capacity(marks.len());
    for k in 0..marks.len() {
        let a = attributor.attribute(k, &speakers);
        speakers.push(a.speaker);
        cues.push(a.cue);
    }
    // A quotation carried over paragraphs has one voice, even when only its
    // last part is attributed.
    for k in (1..marks.len()).rev() {
        if marks[k].continues && speakers[k - 1].is_none() {
            speakers[k - 1] = speakers[k].clone();
        }
    }
    (speakers, cues)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_forms;
