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

/// Sentences tokenized together, then read by the entity extractor and
/// then by the number extractor. Handing over every sentence would make the
/// two extractors' code evict each other from the instruction cache; a
/// block keeps that cost small while its tokens stay small and in cache.
const SENTENCES_PER_BLOCK: usize = 64;

/// Analyses an article, reporting progress as a fraction from 0 to 1 so an
/// interface can show it while a large article is being read.
///
/// Each sentence is tokenized once and its tokens read by the entity and
/// number extractors; quotations, which need the entities to name
/// speakers, are read after that pass.
pub fn analyze_with_progress(article: &Article, progress: &mut dyn FnMut(f32)) -> Analysis {
    progress(0.0);
    let text = article.text.as_str();
    let mut entity_reader = entities::EntityReader::new(article, gazetteer::get());
    let mut number_reader = numbers::NumberReader::new(article);
    // One token buffer for a block of sentences, reused block after block,
    // and where each sentence's tokens end in it.
    let mut toks = Vec::new();
    let mut ends = Vec::with_capacity(SENTENCES_PER_BLOCK);
    let total = article.sentences.len().max(1);
    for (b, block) in article.sentences.chunks(SENTENCES_PER_BLOCK).enumerate() {
        progress(0.6 * (b * SENTENCES_PER_BLOCK) as f32 / total as f32);
        toks.clear();
        ends.clear();
        for sentence in block {
            tokens::append_tokens(
                &text[sentence.span.start..sentence.span.end],
                sentence.span.start,
                &mut toks,
            );
            ends.push(toks.len());
        }
        let sentence_toks = |k: usize| &toks[if k == 0 { 0 } else { ends[k - 1] }..ends[k]];
        for (k, sentence) in block.iter().enumerate() {
            entity_reader.sentence(sentence, sentence_toks(k));
        }
        for (k, sentence) in block.iter().enumerate() {
            number_reader.sentence(sentence, Some(sentence_toks(k)));
        }
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
        // Repeated past several blocks of sentences, so blocks begin and
        // end mid-paragraph.
        let text = format!("{text}\n\n").repeat(3 * SENTENCES_PER_BLOCK / 4);
        let article = Article::from_text("t", &text);
        assert!(article.sentences.len() > 2 * SENTENCES_PER_BLOCK);
        let analysis = analyze(&article);
        let alone = entities::extract_entities(&article, gazetteer::get(), &mut |_| {});
        assert_eq!(analysis.entities, alone);
        assert_eq!(analysis.numbers, numbers::extract_numbers(&article));
        assert!(analysis.numbers.len() >= 8, "{:?}", analysis.numbers);
    }
}
