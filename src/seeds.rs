//! The article byline opens when started without a file.
//!
//! The project's seed article (an AFP wire story, see `seeds/README.md`) is
//! not freely licensed, so no binary carries it: a binary built from a
//! source checkout reads it from the checkout's `seeds/` at run time, and
//! anywhere else byline opens a freely licensed article bundled in the
//! binary instead (credited in `THIRD-PARTY.md`).

use std::path::Path;

use crate::article::Article;

/// The name under which the seed article is shown, relative to the checkout.
pub const SEED_NAME: &str = "seeds/000_b57316d73bd39c35.txt";

/// Where the seed article is in the checkout this binary was built from.
/// Only a path is baked in, never the article's text.
pub const SEED_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/000_b57316d73bd39c35.txt");

/// An article carried in the binary: the name it is shown under and its raw text.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    pub name: &'static str,
    pub text: &'static str,
}

/// The freely licensed article opened when the seed is not on disk: a
/// Wikinews report (CC BY 2.5, by Wikinews contributors).
pub const BUNDLED: Bundled = Bundled {
    name: "wn_nasa_shuttle_homes.txt",
    text: include_str!("../assets/articles/wn_nasa_shuttle_homes.txt"),
};

/// The article to open by default: the checkout's seed when it can be read,
/// else the bundled article.
pub fn default_article() -> Article {
    default_article_from(Path::new(SEED_PATH))
}

/// [`default_article`] with the seed looked for at `seed_path`.
pub fn default_article_from(seed_path: &Path) -> Article {
    match std::fs::read_to_string(seed_path) {
        Ok(text) => Article::from_text(SEED_NAME, &text),
        Err(_) => Article::from_text(BUNDLED.name, BUNDLED.text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkout_opens_its_seed() {
        let article = default_article();
        assert_eq!(article.path, SEED_NAME);
        assert!(article.text.contains("Bukele"), "{}", &article.text[..200]);
    }

    #[test]
    fn without_the_seed_the_bundled_article_opens() {
        let dir = tempfile::tempdir().unwrap();
        let article = default_article_from(&dir.path().join("missing.txt"));
        assert_eq!(article.path, BUNDLED.name);
        assert!(article.text.contains("shuttle"));
    }
}
