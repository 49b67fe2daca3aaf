//! The hook that runs after extraction: every date entity and every date
//! or year number gets its calendar value, resolved against the article's
//! date; so does a duration followed by "ago" ("ten years ago").

use crate::article::{Article, Span};
use crate::calendar::relative;
use crate::calendar::tense::tense_around;
use crate::calendar::value::CalendarValue;
use crate::extract::{Entity, EntityType, NumberKind, NumberMention};

/// Calendar values beside an analysis, by position: `entities[i]` is the
/// value of entity `i`, `numbers[i]` that of number `i`; `None` where there
/// is none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calendar {
    pub entities: Vec<Option<CalendarValue>>,
    pub numbers: Vec<Option<CalendarValue>>,
}

impl Calendar {
    pub fn entity(&self, id: usize) -> Option<CalendarValue> {
        self.entities.get(id).copied().flatten()
    }

    pub fn number(&self, i: usize) -> Option<CalendarValue> {
        self.numbers.get(i).copied().flatten()
    }
}

/// Resolves the dates among extracted entities and numbers.
pub fn resolve_dates(article: &Article, entities: &[Entity], numbers: &[NumberMention]) -> Calendar {
    let entities = entities
        .iter()
        .map(|e| {
            if e.kind != EntityType::Date {
                return None;
            }
            // One entity may gather mentions in different tenses; its
            // first resolvable mention stands for it.
            e.mentions.iter().find_map(|&m| resolve_span(article, m))
        })
        .collect();
    let numbers = numbers
        .iter()
        .map(|n| match n.kind {
            NumberKind::Year | NumberKind::Date if !fiscal(article, n.span) => resolve_span(article, n.span),
            NumberKind::Count | NumberKind::Measure if followed_by_ago(article, n.span) => {
                resolve_span(article, n.span)
            }
            _ => None,
        })
        .collect();
    Calendar { entities, numbers }
}

/// "fiscal year 2019" names an accounting year, not calendar year 2019.
fn fiscal(article: &Article, span: Span) -> bool {
    let mut from = span.start.saturating_sub(20);
    while !article.text.is_char_boundary(from) {
        from += 1;
    }
    let before = article.text[from..span.start].trim_end();
    ["fiscal year", "fiscal", "financial year"]
        .iter()
        .any(|lead| ends_with_ignoring_ascii_case(before, lead))
}

fn ends_with_ignoring_ascii_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len() && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// "the next Tuesday", "the following week", "the last month": counted
/// from a moment in the story, or a span up to now, not from the article's
/// date ("next Tuesday" alone is).
fn tells_the_story(before: &str, expr: &str) -> bool {
    // Asked for every date mention: the words are found without collecting
    // them (none of these has a letter whose lowercase is only found by
    // Unicode folding).
    let lead = alphanumeric_runs(expr).next().unwrap_or("");
    ["next", "last", "following", "previous", "past"]
        .iter()
        .any(|l| lead.eq_ignore_ascii_case(l))
        && alphanumeric_runs(before)
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

fn followed_by_ago(article: &Article, span: Span) -> bool {
    alphanumeric_runs(cut_to_char_boundary(&article.text[span.end..], 12))
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("ago"))
}

/// The words of `s` as [`crate::calendar::absolute::words`] finds them, not lowercased.
fn alphanumeric_runs(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn cut_to_char_boundary(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The calendar value of the date expression at `span`.
fn resolve_span(article: &Article, span: Span) -> Option<CalendarValue> {
    let sentence = article
        .sentence_at(span.start)
        .map(|i| article.sentences[i].span)
        .filter(|s| s.start <= span.start && span.end <= s.end)
        .unwrap_or(span);
    let before = &article.text[sentence.start..span.start];
    let after = &article.text[span.end..sentence.end];
    if tells_the_story(before, article.slice(span)) {
        return None;
    }
    relative::resolve(article.slice(span), after, article.published, || {
        tense_around(before, after)
    })
}

#[cfg(test)]
mod tests;
