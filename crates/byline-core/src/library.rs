//! A library of articles: several files or a directory, listed at once and
//! analysed in parallel in the background, with an index of the entities
//! they share.
//!
//! An interface lists [`Library::summaries`] straight away (paths only), then
//! polls them and [`Library::progress`] while a background thread loads and
//! analyses the articles with rayon; each summary fills in (title, source,
//! word count, then number of quotes) as its article is done. Finished
//! analyses feed a cross-article index that answers "where else is this
//! person mentioned?" ([`Library::mentions_elsewhere`]). Nothing here knows
//! about terminals.

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use rayon::prelude::*;

use crate::article::{self, Article, Format, Span};
use crate::extract::{self, Analysis, Entity, EntityType};
use crate::untrusted::neutralize_line;

/// File extensions a directory is searched for.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "xhtml"];

/// A command-line input that names no article.
#[derive(Debug)]
pub enum InputError {
    /// A directory without any article file in it.
    NoArticles { path: String },
    /// A directory that cannot be listed.
    Unreadable { path: String, source: io::Error },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NoArticles { path } => write!(
                f,
                "{}: is a directory with no articles in it (no .txt, .md, .markdown, .html, .htm or .xhtml files)",
                neutralize_line(path)
            ),
            InputError::Unreadable { path, source } => {
                write!(f, "{}: cannot list directory: {source}", neutralize_line(path))
            }
        }
    }
}

/// The message already names the cause, so none is chained (it would be
/// printed twice).
impl std::error::Error for InputError {}

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
    let entries = std::fs::read_dir(dir).map_err(|source| InputError::Unreadable { path: shown(), source })?;
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

/// Where an article stands in the background work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Listed, not read yet.
    Pending,
    /// Read and structured; extraction is running or queued.
    Loaded,
    Analysed,
    /// Could not be read; the message names the file and the problem.
    Failed(String),
}

/// What a library listing shows for one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub path: String,
    pub title: Option<String>,
    pub source: Option<String>,
    /// Known once the article is loaded.
    pub word_count: Option<usize>,
    /// Known once the article is analysed.
    pub quotes: Option<usize>,
    pub status: Status,
    /// A problem that did not stop the article from loading (invalid UTF-8).
    pub warning: Option<String>,
}

/// How far the background analysis has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Articles analysed or failed.
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_finished(&self) -> bool {
        self.done >= self.total
    }

    /// From 0 to 1 (1 for an empty library).
    pub fn fraction(&self) -> f32 {
        if self.total == 0 {
            1.0
        } else {
            self.done as f32 / self.total as f32
        }
    }
}

enum Input {
    Path(PathBuf),
    Article(Arc<Article>),
}

struct Slot {
    input: Input,
    summary: Summary,
    article: Option<Arc<Article>>,
    analysis: Option<Arc<Analysis>>,
}

/// Entity name or alias (lowercased) → (article, entity id) pairs.
#[derive(Default)]
struct EntityIndex {
    by_name: HashMap<String, Vec<(usize, usize)>>,
}

impl EntityIndex {
    fn add(&mut self, article: usize, analysis: &Analysis) {
        for e in analysis.entities.iter().filter(|e| indexable(e)) {
            for key in keys(e) {
                self.by_name.entry(key).or_default().push((article, e.id));
            }
        }
    }
}

/// Dates ("Friday", "2019") name different days in different articles, so
/// they are not the same thing across a library.
fn indexable(e: &Entity) -> bool {
    e.kind != EntityType::Date
}

fn keys(e: &Entity) -> Vec<String> {
    let mut keys: Vec<String> = std::iter::once(&e.name)
        .chain(&e.aliases)
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

struct Shared {
    slots: Mutex<Vec<Slot>>,
    index: Mutex<EntityIndex>,
    done: AtomicUsize,
    cancel: AtomicBool,
    format: Option<Format>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves plain data behind; keep going.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Articles listed at once and analysed in the background.
pub struct Library {
    shared: Arc<Shared>,
    worker: Option<JoinHandle<()>>,
    started: bool,
}

impl Library {
    /// Lists the files without reading them; `format` overrides detection
    /// for all of them. Call [`Library::start`] to load and analyse.
    pub fn new(paths: Vec<PathBuf>, format: Option<Format>) -> Library {
        let slots = paths
            .into_iter()
            .map(|p| Slot {
                summary: Summary {
                    path: p.display().to_string(),
                    title: None,
                    source: None,
                    word_count: None,
                    quotes: None,
                    status: Status::Pending,
                    warning: None,
                },
                input: Input::Path(p),
                article: None,
                analysis: None,
            })
            .collect();
        Library::with_slots(slots, format)
    }

    /// A library of articles already in memory (the bundled seed, standard
    /// input); they are analysed when [`Library::start`] is called.
    pub fn from_articles(articles: Vec<Article>) -> Library {
        let slots = articles
            .into_iter()
            .map(|a| {
                let a = Arc::new(a);
                Slot {
                    summary: loaded_summary(&a, Status::Loaded, None),
                    input: Input::Article(Arc::clone(&a)),
                    article: Some(a),
                    analysis: None,
                }
            })
            .collect();
        Library::with_slots(slots, None)
    }

    fn with_slots(slots: Vec<Slot>, format: Option<Format>) -> Library {
        Library {
            shared: Arc::new(Shared {
                slots: Mutex::new(slots),
                index: Mutex::new(EntityIndex::default()),
                done: AtomicUsize::new(0),
                cancel: AtomicBool::new(false),
                format,
            }),
            worker: None,
            started: false,
        }
    }

    /// Starts loading and analysing every article on a background thread,
    /// several at a time. Does nothing when already started.
    pub fn start(&mut self) {
        if self.started {
            return;
        }
        self.started = true;
        let shared = Arc::clone(&self.shared);
        let total = self.len();
        self.worker = Some(std::thread::spawn(move || {
            (0..total).into_par_iter().for_each(|i| {
                if !shared.cancel.load(Ordering::Relaxed) {
                    process(&shared, i);
                }
            });
        }));
    }

    /// Starts the analysis if needed and waits for all of it.
    pub fn wait(&mut self) {
        self.start();
        if let Some(worker) = self.worker.take() {
            // Each article's work catches its own panics, so the thread ends normally.
            let _ = worker.join();
        }
    }

    pub fn len(&self) -> usize {
        lock(&self.shared.slots).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A snapshot of every article's listing, in library order.
    pub fn summaries(&self) -> Vec<Summary> {
        lock(&self.shared.slots).iter().map(|s| s.summary.clone()).collect()
    }

    pub fn summary(&self, article: usize) -> Option<Summary> {
        lock(&self.shared.slots).get(article).map(|s| s.summary.clone())
    }

    pub fn progress(&self) -> Progress {
        Progress {
            done: self.shared.done.load(Ordering::Acquire),
            total: self.len(),
        }
    }

    /// The article, once loaded.
    pub fn article(&self, article: usize) -> Option<Arc<Article>> {
        lock(&self.shared.slots).get(article).and_then(|s| s.article.clone())
    }

    /// The analysis, once done.
    pub fn analysis(&self, article: usize) -> Option<Arc<Analysis>> {
        lock(&self.shared.slots).get(article).and_then(|s| s.analysis.clone())
    }

    /// Every mention, in the other analysed articles, of an entity of
    /// `article` — an entity elsewhere counts as the same when one of its
    /// names or aliases is one of `entity`'s (case and spacing aside).
    /// Sorted by article, then position. Dates are not matched across
    /// articles.
    pub fn mentions_elsewhere(&self, article: usize, entity: &Entity) -> Vec<(usize, Span)> {
        if !indexable(entity) {
            return Vec::new();
        }
        let mut matches: Vec<(usize, usize)> = {
            let index = lock(&self.shared.index);
            keys(entity)
                .iter()
                .filter_map(|k| index.by_name.get(k))
                .flatten()
                .copied()
                .filter(|&(a, _)| a != article)
                .collect()
        };
        matches.sort_unstable();
        matches.dedup();
        let slots = lock(&self.shared.slots);
        let mut out: Vec<(usize, Span)> = matches
            .into_iter()
            .filter_map(|(a, id)| {
                let e = slots.get(a)?.analysis.as_ref()?.entities.get(id)?;
                Some(e.mentions.iter().map(move |&m| (a, m)))
            })
            .flatten()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl Drop for Library {
    fn drop(&mut self) {
        // Articles not yet started are skipped; the ones running finish on
        // their own without anyone waiting for them.
        self.shared.cancel.store(true, Ordering::Relaxed);
    }
}

fn loaded_summary(a: &Article, status: Status, warning: Option<String>) -> Summary {
    Summary {
        path: a.path.clone(),
        title: a.title.clone(),
        source: a.source.clone(),
        word_count: Some(a.word_count()),
        quotes: None,
        status,
        warning,
    }
}

/// Loads (when needed) and analyses article `i`, publishing each step.
fn process(shared: &Shared, i: usize) {
    let input = {
        let slots = lock(&shared.slots);
        match slots.get(i).map(|s| &s.input) {
            Some(Input::Path(p)) => Input::Path(p.clone()),
            Some(Input::Article(a)) => Input::Article(Arc::clone(a)),
            None => return,
        }
    };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let article = match input {
            Input::Article(a) => a,
            Input::Path(path) => {
                let article = load(&path, shared.format)?;
                let mut slots = lock(&shared.slots);
                if let Some(slot) = slots.get_mut(i) {
                    let warning = article.1;
                    slot.summary = loaded_summary(&article.0, Status::Loaded, warning);
                    slot.article = Some(Arc::clone(&article.0));
                }
                article.0
            }
        };
        let analysis = Arc::new(extract::analyze(&article));
        lock(&shared.index).add(i, &analysis);
        let mut slots = lock(&shared.slots);
        if let Some(slot) = slots.get_mut(i) {
            slot.summary.quotes = Some(analysis.quotes.len());
            slot.summary.status = Status::Analysed;
            slot.analysis = Some(analysis);
        }
        Ok::<(), String>(())
    }));
    let failure = match outcome {
        Ok(Ok(())) => None,
        Ok(Err(message)) => Some(message),
        Err(_) => {
            let path = lock(&shared.slots).get(i).map(|s| s.summary.path.clone());
            Some(format!(
                "{}: analysis failed (an internal error); the other articles are unaffected",
                neutralize_line(&path.unwrap_or_default())
            ))
        }
    };
    if let Some(message) = failure {
        let mut slots = lock(&shared.slots);
        if let Some(slot) = slots.get_mut(i) {
            slot.summary.status = Status::Failed(message);
        }
    }
    shared.done.fetch_add(1, Ordering::AcqRel);
}

/// Reads one file into an article, with a warning when its UTF-8 was invalid.
fn load(path: &Path, format: Option<Format>) -> Result<(Arc<Article>, Option<String>), String> {
    let loaded = article::load_path(path).map_err(|e| e.to_string())?;
    let shown = neutralize_line(&loaded.path);
    let (article, mut warnings) =
        Article::from_loaded_with_warnings(&loaded, format).map_err(|e| format!("{shown}: {e}"))?;
    if loaded.lossy {
        warnings.insert(0, "invalid UTF-8 was replaced with U+FFFD".to_string());
    }
    let warning = (!warnings.is_empty()).then(|| format!("{shown}: {}", warnings.join("; ")));
    Ok((Arc::new(article), warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    const ELECTION: &str = "Hong Kong votes in legislative election\n\n\
Pro-democracy candidate Nathan Law won a seat on Sunday, officials said.\n\n\
\"We will keep fighting,\" Nathan Law said after the count.";

    const PROTEST: &str = "# Students rally in Hong Kong\n\n\
Thousands marched through Hong Kong on Saturday.\n\n\
Organizers said Nathan Law would speak at the rally on Monday.";

    const BUDGET: &str = "<html><body><article><h1>Italy cuts school taxes</h1>\
<p>The Italian government said on Friday that religious schools would pay less tax next year, \
ending a dispute with local municipalities that had lasted for more than a decade.</p></article></body></html>";

    #[test]
    fn directory_lists_articles_sorted_and_skips_other_files() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "b_protest.md", PROTEST);
        write(dir.path(), "a_election.txt", ELECTION);
        write(dir.path(), "c_budget.html", BUDGET);
        write(dir.path(), "notes.json", "{}");
        write(dir.path(), "README.md", "# About these articles");
        let files = expand_inputs(&[dir.path().to_path_buf()]).unwrap();
        let names: Vec<_> = files.iter().filter_map(|p| p.file_name()?.to_str()).collect();
        assert_eq!(names, ["a_election.txt", "b_protest.md", "c_budget.html"]);

        let empty = tempfile::tempdir().unwrap();
        let err = expand_inputs(&[empty.path().to_path_buf()]).unwrap_err();
        assert!(err.to_string().contains("is a directory with no articles"), "{err}");
    }

    #[test]
    fn lists_at_once_then_fills_in() {
        let dir = tempfile::tempdir().unwrap();
        let paths = vec![
            write(dir.path(), "a.txt", ELECTION),
            write(dir.path(), "b.md", PROTEST),
            write(dir.path(), "c.html", BUDGET),
            dir.path().join("missing.txt"),
        ];
        let mut lib = Library::new(paths, None);
        let listed = lib.summaries();
        assert_eq!(listed.len(), 4);
        assert!(listed.iter().all(|s| s.status == Status::Pending && s.title.is_none()));
        assert_eq!(lib.progress(), Progress { done: 0, total: 4 });

        lib.wait();
        assert!(lib.progress().is_finished());
        let s = lib.summaries();
        assert_eq!(s[0].title.as_deref(), Some("Hong Kong votes in legislative election"));
        assert_eq!(s[0].status, Status::Analysed);
        assert!(s[0].quotes.is_some());
        assert_eq!(s[1].title.as_deref(), Some("Students rally in Hong Kong"));
        assert_eq!(s[2].title.as_deref(), Some("Italy cuts school taxes"));
        assert!(s[2].word_count.is_some_and(|w| w > 20));
        assert!(
            matches!(&s[3].status, Status::Failed(m) if m.contains("no such file")),
            "{:?}",
            s[3]
        );
        assert!(lib.analysis(3).is_none());
    }

    #[test]
    fn the_same_person_is_found_in_other_articles() {
        let dir = tempfile::tempdir().unwrap();
        let paths = vec![
            write(dir.path(), "a.txt", ELECTION),
            write(dir.path(), "b.md", PROTEST),
            write(dir.path(), "c.html", BUDGET),
        ];
        let mut lib = Library::new(paths, None);
        lib.wait();
        let analysis = lib.analysis(0).unwrap();
        let law = analysis
            .entities
            .iter()
            .find(|e| e.name == "Nathan Law")
            .expect("Nathan Law in the election story");
        let elsewhere = lib.mentions_elsewhere(0, law);
        assert!(!elsewhere.is_empty());
        assert!(elsewhere.iter().all(|&(a, _)| a == 1), "{elsewhere:?}");
        let protest = lib.article(1).unwrap();
        assert!(elsewhere.iter().all(|&(_, span)| protest.slice(span).contains("Law")));

        // Hong Kong is in both stories; the Italian one mentions neither.
        let hk = analysis.entities.iter().find(|e| e.name == "Hong Kong").unwrap();
        assert!(lib.mentions_elsewhere(0, hk).iter().all(|&(a, _)| a == 1));
    }

    #[test]
    fn in_memory_articles_are_analysed_too() {
        let mut lib = Library::from_articles(vec![Article::from_text("-", ELECTION)]);
        assert_eq!(lib.summaries()[0].status, Status::Loaded);
        lib.wait();
        assert_eq!(lib.summaries()[0].status, Status::Analysed);
        assert!(lib.summaries()[0].quotes.is_some());
        assert!(lib.analysis(0).is_some());
    }

    #[test]
    fn a_thousand_articles_list_before_analysis() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..1000 {
            write(dir.path(), &format!("{i:04}.txt"), ELECTION);
        }
        let files = expand_inputs(&[dir.path().to_path_buf()]).unwrap();
        let started = std::time::Instant::now();
        let mut lib = Library::new(files, None);
        lib.start();
        assert_eq!(lib.summaries().len(), 1000);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        drop(lib); // cancels the rest
    }
}
