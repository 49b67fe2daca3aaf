//! Analysis off the drawing thread, so a large article shows at once and
//! stays scrollable while its entities, quotes and numbers are found.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::thread;

use crate::article::Article;
use crate::extract::analyze_with_progress;

use super::action::Action;

/// Starts analysing `article`; progress and the result arrive as actions.
pub fn spawn(article: Arc<Article>) -> Receiver<Action> {
    let (tx, rx) = mpsc::channel();
    let spawned = thread::Builder::new()
        .name("byline-analysis".to_string())
        .spawn(move || {
            let mut last = -1i32;
            let progress_tx = tx.clone();
            let result = panic::catch_unwind(AssertUnwindSafe(|| {
                analyze_with_progress(&article, &mut |f| {
                    // One message per percent is plenty for a progress line.
                    let pct = (f * 100.0) as i32;
                    if pct != last {
                        last = pct;
                        let _ = progress_tx.send(Action::AnalysisProgress(f));
                    }
                })
            }));
            let _ = match result {
                Ok(analysis) => tx.send(Action::AnalysisDone(Box::new(analysis))),
                Err(payload) => {
                    let why = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown error".to_string());
                    tx.send(Action::AnalysisFailed(why))
                }
            };
        });
    if let Err(e) = spawned {
        let (tx, rx) = mpsc::channel();
        let _ = tx.send(Action::AnalysisFailed(e.to_string()));
        return rx;
    }
    rx
}
