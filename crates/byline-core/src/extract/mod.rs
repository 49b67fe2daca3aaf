//! Extraction: from an [`Article`] to an [`Analysis`].
//!
//! A pure function of the text with no I/O and no terminal: entities first
//! (quotes need them to name speakers), then quotes, then numbers. Each
//! extractor is rule-based, with word lists from open data in `assets/`.

pub mod calendar;
pub mod entities;
pub mod gazetteer;
mod model;
pub mod numbers;
pub mod quotes;
pub mod tokens;

pub use model::{Analysis, Entity, EntityType, NumberKind, NumberMention, Quote};

use crate::article::Article;

/// Analyses an article.
pub fn analyze(article: &Article) -> Analysis {
    analyze_with_progress(article, &mut |_| {})
}

/// Analyses an article, reporting progress as a fraction from 0 to 1 so an
/// interface can show it while a large article is being read.
///
/// Each sentence is tokenized once and its tokens read by the entity and
/// number extractors in the same pass; quotations, which need the
/// entities to name speakers, are read after it.
pub fn analyze_with_progress(article: &Article, progress: &mut dyn FnMut(f32)) -> Analysis {
    progress(0.0);
    let text = article.text.as_str();
    let mut entity_reader = entities::EntityReader::new(article, gazetteer::get());
    let mut number_reader = numbers::NumberReader::new(article);
    // One token buffer, reused sentence after sentence.
    let mut toks = Vec::new();
    let total = article.sentences.len().max(1);
    for (si, sentence) in article.sentences.iter().enumerate() {
        if si % 512 == 0 {
            progress(0.6 * si as f32 / total as f32);
        }
        tokens::tokenize_into(
            &text[sentence.span.start..sentence.span.end],
            sentence.span.start,
            &mut toks,
        );
        entity_reader.sentence(sentence, &toks);
        number_reader.sentence(sentence, Some(&toks));
    }
    let entities = entity_reader.finish();
    progress(0.6);
    let quotes = quotes::extract_quotes(article, &entities);
    progress(0.8);
    let numbers = number_reader.finish();
    let dates = calendar::resolve_dates(article, &entities, &numbers);
    progress(1.0);
    Analysis {
        entities,
        quotes,
        numbers,
        dates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reading the shared tokens of each sentence gives what each extractor
    /// finds when it tokenizes on its own.
    #[test]
    fn shared_tokens_give_what_each_extractor_finds_alone() {
        let text = "Officials Said 3,000 Jobs Were Lost\n\n\
            Maria Lopez, 42, said on April 12, 1981 that \"about 2,000 people\" left.  \
            Then, at 2:30 p.m., the U.S. paid $6.5 billion — 14 percent more — to Acme Corp. \
            Le coût: €5 millions pour 3 000 élèves, «deux» fois. In 2024 the  firm\u{2003}hired\ttwo hundred and fifty workers.";
        let article = Article::from_text("t", text);
        let analysis = analyze(&article);
        let alone = entities::extract_entities(&article, gazetteer::get(), &mut |_| {});
        assert_eq!(analysis.entities, alone);
        assert_eq!(analysis.numbers, numbers::extract_numbers(&article));
        assert!(analysis.numbers.len() >= 8, "{:?}", analysis.numbers);
    }
}
