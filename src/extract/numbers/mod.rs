//! Numbers: numerals, spelled-out numbers, money, percentages, counts,
//! measures, ordinals, years and dates, each with its value after scaling,
//! its unit or counted noun, and its context clause.
//!
//! One pass per sentence over the shared tokenizer's tokens ([`scan`]);
//! word lists are `match` tables ([`words`], [`units`]), so the cost is a
//! few comparisons per token and no regex runs over the text.

mod context;
mod numeral;
mod scan;
mod units;
mod words;

use super::tokens::tokenize;
use super::{NumberKind, NumberMention};
use crate::article::{Article, ParagraphKind};
use context::SentenceContext;
use scan::{Found, Scanner};

/// Every number a reader would want to find, in text order.
pub fn extract_numbers(article: &Article) -> Vec<NumberMention> {
    let text = article.text.as_str();
    let mut out = Vec::new();
    let mut found = Vec::new();
    for sentence in &article.sentences {
        let slice = &text[sentence.span.start..sentence.span.end];
        let title_case = article
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| matches!(p.kind, ParagraphKind::Title | ParagraphKind::Heading));
        let toks = tokenize(slice, sentence.span.start);
        found.clear();
        Scanner::new(text, &toks, title_case).scan(&mut found);
        if found.is_empty() {
            continue;
        }
        link_ranges(text, &mut found);
        share_counted_noun(&mut found);
        let ctx = SentenceContext::new(text, sentence.span);
        out.extend(found.drain(..).map(|f| NumberMention {
            context: ctx.around(text, f.span),
            span: f.span,
            kind: f.kind,
            value: f.value,
            unit: f.unit,
        }));
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// The first end of a range takes what is attached to the second:
/// "between 3 and 5 percent", "from $5 to $10 billion", "2 or 3 people".
fn link_ranges(text: &str, found: &mut [Found]) {
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1], &found[k]);
        if !a.bare || b.bare || b.value.is_none() || a.span.end > b.span.start {
            continue;
        }
        let between = text[a.span.end..b.span.start].trim();
        let joined = match between {
            "-" | "–" | "—" | "to" | "or" | "through" => true,
            "and" => text[..a.span.start]
                .trim_end()
                .to_ascii_lowercase()
                .ends_with("between"),
            _ => false,
        };
        if !joined
            || !matches!(
                b.kind,
                NumberKind::Percent | NumberKind::Money | NumberKind::Measure | NumberKind::Count
            )
        {
            continue;
        }
        let (kind, unit, scale) = (b.kind, b.unit.clone(), b.scale);
        let a = &mut found[k - 1];
        a.kind = kind;
        a.unit = unit;
        if a.scale == 1.0 && scale > 1.0 {
            a.value = a.value.map(|v| v * scale);
            a.scale = scale;
        }
        a.bare = false;
    }
}

/// A bare count takes the counted noun of the count before it in the same
/// sentence: "Of those 43 states, eight have ...".
fn share_counted_noun(found: &mut [Found]) {
    let mut last_unit: Option<String> = None;
    for f in found.iter_mut() {
        if f.kind != NumberKind::Count {
            continue;
        }
        if f.bare && f.unit.is_none() {
            if let Some(u) = &last_unit {
                f.unit = Some(u.clone());
            }
        } else if f.unit.is_some() {
            last_unit = f.unit.clone();
        }
    }
}
