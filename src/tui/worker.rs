//! Work off the drawing thread: analysing an article, finding an entity in
//! the other articles of a library, and searching the article text.
//!
//! Each worker reports through the [event channel](super::events) as an
//! [`Action`] tagged with its job number, so the loop can drop what is no
//! longer wanted. An analysis is cancellable: dropping its [`Job`] stops it
//! at the next progress report. A panic in a worker is caught and reported
//! as a message; the explorer and the terminal carry on.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::thread;

use crate::article::Article;
use crate::extract::{Entity, analyze_with_progress};

use super::action::Action;
use super::events::{Event, Events};
use super::library_source::{self, Articles};
use super::update::search_job;

/// A running analysis; dropping it cancels the work.
#[derive(Debug)]
pub struct Job {
    pub id: u64,
    cancel: Arc<AtomicBool>,
}

impl Drop for Job {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// What unwinds a cancelled analysis. Raised with `resume_unwind`, so the
/// panic hook never sees it.
struct Cancelled;

/// The panic message, for the status bar.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".to_string())
}

fn spawn_named(name: &str, work: impl FnOnce() + Send + 'static) -> bool {
    thread::Builder::new().name(name.to_string()).spawn(work).is_ok()
}

/// Starts analysing `article` as job `id`; progress and the result arrive
/// as actions.
pub fn analyse(article: Arc<Article>, id: u64, events: Events) -> Job {
    let cancel = Arc::new(AtomicBool::new(false));
    let stop = Arc::clone(&cancel);
    let tx = events.clone();
    let started = spawn_named("byline-analysis", move || {
        let send = |action| tx.send(Event::Job { job: id, action }).is_ok();
        let mut last = -1i32;
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            analyze_with_progress(&article, &mut |f| {
                if stop.load(Ordering::Relaxed) {
                    panic::resume_unwind(Box::new(Cancelled));
                }
                // One message per percent is plenty for a progress line.
                let pct = (f * 100.0) as i32;
                if pct != last {
                    last = pct;
                    if !send(Action::AnalysisProgress(f)) {
                        panic::resume_unwind(Box::new(Cancelled));
                    }
                }
            })
        }));
        match result {
            Ok(analysis) => {
                send(Action::AnalysisDone(Arc::new(analysis)));
            }
            Err(payload) if payload.is::<Cancelled>() => {}
            Err(payload) => {
                send(Action::AnalysisFailed(panic_message(&*payload)));
            }
        }
    });
    if !started {
        let _ = events.send(Event::Job {
            job: id,
            action: Action::AnalysisFailed("cannot start the analysis thread".to_string()),
        });
    }
    Job { id, cancel }
}

/// Looks for `entity` (of article `article`) in the library's other
/// articles as job `id`.
pub fn find_elsewhere(
    library: Arc<dyn Articles + Send + Sync>,
    article: usize,
    entity: Entity,
    id: u64,
    events: Events,
) {
    let tx = events.clone();
    let started = spawn_named("byline-elsewhere", move || {
        let found = panic::catch_unwind(AssertUnwindSafe(|| {
            library_source::elsewhere(library.as_ref(), article, &entity)
        }));
        let action = match found {
            Ok(hits) => Action::ElsewhereFound {
                entity: entity.name,
                hits,
            },
            Err(payload) => Action::Report(format!("search failed: {}", panic_message(&*payload))),
        };
        let _ = tx.send(Event::Job { job: id, action });
    });
    if !started {
        let _ = events.send(Event::Job {
            job: id,
            action: Action::Report("cannot start the search thread".to_string()),
        });
    }
}

/// One search the prompt asked for.
struct SearchRequest {
    id: u64,
    article: Arc<Article>,
    query: String,
}

/// The search thread: runs the latest query asked for and skips the ones a
/// newer keystroke has made stale, so typing never waits for a search.
#[derive(Debug, Clone)]
pub struct Searcher {
    requests: Option<Sender<SearchRequest>>,
}

impl std::fmt::Debug for SearchRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchRequest").field("id", &self.id).finish()
    }
}

impl Searcher {
    pub fn spawn(events: Events) -> Searcher {
        let (tx, rx) = mpsc::channel::<SearchRequest>();
        let started = spawn_named("byline-search", move || {
            while let Ok(mut request) = rx.recv() {
                while let Ok(newer) = rx.try_recv() {
                    request = newer;
                }
                let found = panic::catch_unwind(AssertUnwindSafe(|| search_job(&request.article.text, &request.query)));
                let action = match found {
                    Ok(found) => Action::SearchFound { id: request.id, found },
                    Err(payload) => Action::Report(format!("search failed: {}", panic_message(&*payload))),
                };
                if events.send(Event::Job { job: 0, action }).is_err() {
                    return;
                }
            }
        });
        Searcher {
            requests: started.then_some(tx),
        }
    }

    /// Asks for `query` over `article`; the answer comes as
    /// [`Action::SearchFound`] with the same `id`.
    pub fn request(&self, id: u64, article: Arc<Article>, query: String) -> bool {
        self.requests
            .as_ref()
            .is_some_and(|tx| tx.send(SearchRequest { id, article, query }).is_ok())
    }
}
