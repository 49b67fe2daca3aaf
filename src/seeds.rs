//! The articles bundled in the binary. The first one opens when byline is
//! started without a file.

/// A bundled article: its file name under `seeds/` and its raw text.
#[derive(Debug, Clone, Copy)]
pub struct Seed {
    pub name: &'static str,
    pub text: &'static str,
}

/// The article byline opens by default.
pub const DEFAULT: Seed = Seed {
    name: "seeds/000_b57316d73bd39c35.txt",
    text: include_str!("../seeds/000_b57316d73bd39c35.txt"),
};
