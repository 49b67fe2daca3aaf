//! Which files a command-line input names: a directory stands for the
//! article files directly inside it; anything else is kept as given, so
//! loading it reports what is wrong.

use std::io;
use std::path::{Path, PathBuf};

use crate::untrusted::neutralize_line;

/// File extensions a directory is searched for.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "xhtml"];

/// A command-line input that names no article.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// A directory without any article file in it.
    #[error(
        "{}: is a directory with no articles in it (no .txt, .md, .markdown, .html, .htm or .xhtml files)",
        neutralize_line(.path)
    )]
    NoArticles { path: String },
    /// A directory that cannot be listed. The message already names the
    /// cause, so it is not chained as a source (it would be printed twice).
    #[error("{}: cannot list directory: {error}", neutralize_line(.path))]
    Unreadable { path: String, error: io::Error },
}

/// Replaces each directory among `inputs` by its article files, sorted by
/// name (not recursive; README and LICENSE files are not articles). Files and "-" are kept as given, even when they do
/// not exist, so loading them reports the error.
pub fn expand_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::with_capacity(inputs.len());
    for input in inputs {
        if input.as_os_str() != "-" && input.is_dir() {
            out.extend(articles_in(input)?);
        } else {
            out.push(input.clone());
        }
    }
    Ok(out)
}

/// The article files directly inside `dir`, sorted by name.
pub fn articles_in(dir: &Path) -> Result<Vec<PathBuf>, InputError> {
    let shown = || dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|error| InputError::Unreadable { path: shown(), error })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_article_file(p))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(InputError::NoArticles { path: shown() });
    }
    Ok(files)
}

/// A directory's own documentation (README.md, LICENSE.txt) describes the
/// folder; it is not one of its articles.
const FOLDER_DOCUMENTS: &[&str] = &[
    "readme",
    "license",
    "licence",
    "changelog",
    "contributing",
    "copying",
    "notice",
];

fn is_article_file(path: &Path) -> bool {
    let is_folder_document = path
        .file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| FOLDER_DOCUMENTS.iter().any(|d| d.eq_ignore_ascii_case(s)));
    !is_folder_document
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}
