//! The terminal explorer: a view of an [`Analysis`](crate::extract::Analysis).

use crate::article::Article;

/// Runs the interactive explorer on one article until the user quits.
pub fn run(article: Article) -> anyhow::Result<()> {
    let _ = article;
    anyhow::bail!("the terminal explorer is not built yet; use --json")
}
