//! A library of articles: several files, a directory, or the items of
//! feeds, listed at once and loaded (fetched) and analysed a few at a time
//! in the background, with an index of the entities they share.
//!
//! An interface lists [`Library::summaries`] straight away (paths, or what
//! the feed says of each item), then polls them and [`Library::progress`]
//! while worker threads take the articles from a queue in order (an article
//! the reader opens jumps the queue, [`Library::prioritise`]), load or fetch
//! and analyse them; each summary fills in (title, source,
//! word count, then number of quotes) as its article is done. Finished
//! analyses feed a cross-article index that answers "where else is this
//! person mentioned?" ([`Library::mentions_elsewhere`]). Nothing here knows
//! about terminals.

mod index;
mod inputs;

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use crate::article::{self, Article, Format, Span};
use crate::calendar::CivilDate;
use crate::extract::{self, Analysis, Entity};
use crate::source::{self, FeedItem, FetchOptions, Fetcher};
use crate::untrusted::neutralize_line;

use index::{EntityIndex, indexable, keys};
pub use inputs::{ARTICLE_EXTENSIONS, InputError, articles_in, expand_inputs};

/// Feed items fetched at once: enough to hide the network's latency,
/// few enough to be polite to one site.
const FETCHES_AT_ONCE: usize = 4;

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
    /// The article's own date: what its feed says, else what the article
    /// states once it is loaded.
    pub published: Option<CivilDate>,
    /// The feed's summary of the item, on one line.
    pub description: Option<String>,
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

/// One article of a library, as the caller names it.
#[derive(Debug, Clone)]
pub enum Entry {
    /// A file, read when its turn comes.
    Path(PathBuf),
    /// An article already in memory (standard input, a fetched page).
    Article(Article),
    /// A feed's item, fetched when its turn comes or when it is opened.
    Item(FeedItem),
    /// An input that could not be opened (a feed that failed): listed with
    /// its message, so the rest of the library still opens.
    Failed { label: String, message: String },
}

enum Input {
    Path(PathBuf),
    Article(Arc<Article>),
    Item(Box<FeedItem>),
    Failed,
}

struct Slot {
    input: Input,
    summary: Summary,
    article: Option<Arc<Article>>,
    analysis: Option<Arc<Analysis>>,
}

struct Shared {
    slots: Mutex<Vec<Slot>>,
    index: Mutex<EntityIndex>,
    /// Articles not started yet, in the order they will be.
    queue: Mutex<VecDeque<usize>>,
    done: AtomicUsize,
    /// Signalled each time an article is done, for [`Library::wait_for`].
    finished: Condvar,
    cancel: AtomicBool,
    format: Option<Format>,
    fetcher: Option<Arc<Fetcher>>,
    /// A date given for every article (`--date`), over what each states.
    published: Option<CivilDate>,
}

impl Shared {
    fn next(&self) -> Option<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return None;
        }
        lock(&self.queue).pop_front()
    }
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
        Library::from_entries(paths.into_iter().map(Entry::Path).collect(), format, None)
    }

    /// A library of files, articles, feed items and failed inputs; `fetcher`
    /// fetches the items (without one, an item is read from the content its
    /// feed carries, if any).
    pub fn from_entries(entries: Vec<Entry>, format: Option<Format>, fetcher: Option<Arc<Fetcher>>) -> Library {
        let pending = |path: String| Summary {
            path,
            title: None,
            source: None,
            published: None,
            description: None,
            word_count: None,
            quotes: None,
            status: Status::Pending,
            warning: None,
        };
        let slots = entries
            .into_iter()
            .map(|entry| match entry {
                Entry::Path(p) => Slot {
                    summary: pending(p.display().to_string()),
                    input: Input::Path(p),
                    article: None,
                    analysis: None,
                },
                Entry::Article(a) => {
                    let a = Arc::new(a);
                    Slot {
                        summary: loaded_summary(&a, Status::Loaded, None),
                        input: Input::Article(Arc::clone(&a)),
                        article: Some(a),
                        analysis: None,
                    }
                }
                Entry::Item(item) => Slot {
                    summary: Summary {
                        title: item.title.clone(),
                        source: item.feed_title.clone(),
                        published: item.date.as_deref().and_then(CivilDate::parse_iso),
                        description: item.summary.clone(),
                        ..pending(item.label())
                    },
                    input: Input::Item(Box::new(item)),
                    article: None,
                    analysis: None,
                },
                Entry::Failed { label, message } => Slot {
                    summary: Summary {
                        status: Status::Failed(message),
                        ..pending(label)
                    },
                    input: Input::Failed,
                    article: None,
                    analysis: None,
                },
            })
            .collect();
        Library::with_slots(slots, format, fetcher)
    }

    /// A library of articles already in memory (the bundled seed, standard
    /// input); they are analysed when [`Library::start`] is called.
    pub fn from_articles(articles: Vec<Article>) -> Library {
        Library::from_entries(articles.into_iter().map(Entry::Article).collect(), None, None)
    }

    fn with_slots(slots: Vec<Slot>, format: Option<Format>, fetcher: Option<Arc<Fetcher>>) -> Library {
        // Failed inputs are done from the start.
        let failed = slots.iter().filter(|s| matches!(s.input, Input::Failed)).count();
        let queue = (0..slots.len())
            .filter(|&i| !matches!(slots[i].input, Input::Failed))
            .collect();
        Library {
            shared: Arc::new(Shared {
                slots: Mutex::new(slots),
                index: Mutex::new(EntityIndex::default()),
                queue: Mutex::new(queue),
                done: AtomicUsize::new(failed),
                finished: Condvar::new(),
                cancel: AtomicBool::new(false),
                format,
                fetcher,
                published: None,
            }),
            worker: None,
            started: false,
        }
    }

    /// Dates every article with `date` instead of the date each states
    /// (`--date`). Takes effect for articles not yet loaded: call it
    /// before [`Library::start`].
    pub fn with_published(mut self, date: Option<CivilDate>) -> Library {
        if let Some(shared) = Arc::get_mut(&mut self.shared) {
            shared.published = date;
        }
        self
    }

    /// Starts loading and analysing every article on background threads, in
    /// order, a few at a time (one per core; more when fetching, since
    /// fetching mostly waits). Does nothing when already started.
    pub fn start(&mut self) {
        self.start_with(|| {});
    }

    /// Like [`Library::start`], and calls `notify` (from the worker threads)
    /// each time an article is done, and once when all are, so an interface
    /// can wait for news instead of polling.
    pub fn start_with(&mut self, notify: impl Fn() + Send + Sync + 'static) {
        if self.started {
            return;
        }
        self.started = true;
        let shared = Arc::clone(&self.shared);
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        let fetching = lock(&shared.slots).iter().any(|s| matches!(s.input, Input::Item(_)));
        let workers = if fetching { cores.max(FETCHES_AT_ONCE) } else { cores };
        self.worker = Some(std::thread::spawn(move || {
            std::thread::scope(|scope| {
                for _ in 0..workers {
                    scope.spawn(|| {
                        while let Some(i) = shared.next() {
                            process(&shared, i);
                            notify();
                        }
                    });
                }
            });
            notify();
        }));
    }

    /// Moves article `article` to the front of the queue, when it has not
    /// started: the reader is waiting for it.
    pub fn prioritise(&self, article: usize) {
        let mut queue = lock(&self.shared.queue);
        if let Some(at) = queue.iter().position(|&i| i == article) {
            queue.remove(at);
            queue.push_front(article);
        }
    }

    /// Starts the analysis if needed and waits for all of it.
    pub fn wait(&mut self) {
        self.start();
        if let Some(worker) = self.worker.take() {
            // Each article's work catches its own panics, so the thread ends normally.
            let _ = worker.join();
        }
    }

    /// Starts the analysis if needed and waits until article `article` is
    /// analysed or has failed (it is moved to the front of the queue), so
    /// a caller can print the articles in order while later ones are
    /// fetched and analysed. Returns its summary.
    pub fn wait_for(&mut self, article: usize) -> Option<Summary> {
        self.start();
        self.prioritise(article);
        let mut slots = lock(&self.shared.slots);
        loop {
            let summary = slots.get(article)?;
            if matches!(summary.summary.status, Status::Analysed | Status::Failed(_)) {
                return Some(summary.summary.clone());
            }
            slots = self.shared.finished.wait(slots).unwrap_or_else(PoisonError::into_inner);
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
        published: a.published,
        description: None,
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
            Some(Input::Item(item)) => Input::Item(item.clone()),
            Some(Input::Failed) | None => return,
        }
    };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let article = match input {
            Input::Article(a) => a,
            Input::Failed => return Ok(()),
            Input::Path(path) => {
                let mut article = load(&path, shared.format)?;
                if shared.published.is_some() {
                    Arc::make_mut(&mut article.0).published = shared.published;
                }
                let mut slots = lock(&shared.slots);
                if let Some(slot) = slots.get_mut(i) {
                    let warning = article.1;
                    slot.summary = loaded_summary(&article.0, Status::Loaded, warning);
                    slot.article = Some(Arc::clone(&article.0));
                }
                article.0
            }
            Input::Item(item) => {
                let fetcher = shared.fetcher.clone().unwrap_or_else(|| {
                    Arc::new(Fetcher::new(FetchOptions {
                        offline: true,
                        ..FetchOptions::default()
                    }))
                });
                let mut article = source::item_article(&fetcher, &item, shared.format).map_err(|e| e.to_string())?;
                if shared.published.is_some() {
                    article.published = shared.published;
                }
                let article = Arc::new(article);
                let mut slots = lock(&shared.slots);
                if let Some(slot) = slots.get_mut(i) {
                    // The feed's listing stays; the page fills in the rest.
                    let listed = slot.summary.clone();
                    slot.summary = Summary {
                        title: listed.title.or_else(|| article.title.clone()),
                        source: listed.source.or_else(|| article.source.clone()),
                        published: shared.published.or(listed.published).or(article.published),
                        description: listed.description,
                        ..loaded_summary(&article, Status::Loaded, None)
                    };
                    slot.article = Some(Arc::clone(&article));
                }
                article
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
    // Counted under the lock a waiter checks, so no signal is missed.
    let _slots = lock(&shared.slots);
    shared.done.fetch_add(1, Ordering::AcqRel);
    shared.finished.notify_all();
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
mod tests;
