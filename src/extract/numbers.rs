//! Numbers: numerals, spelled-out numbers, money, percentages, counts,
//! measures, ordinals, years and numeric dates, each with its value after
//! scaling, its unit or counted noun, and its context clause.

use super::NumberMention;
use crate::article::Article;

/// Every number a reader would want to find, in text order.
pub fn extract_numbers(article: &Article) -> Vec<NumberMention> {
    let _ = article;
    Vec::new()
}
