//! Many articles analysed on every core, their results handed on in input
//! order.
//!
//! `byline --json DIR` prints one line per article in the order of the
//! files. Analysing them one after another leaves all but one core idle;
//! analysing them all at once (`par_iter().collect()`) holds every analysis
//! of a 10,000-file directory in memory and prints nothing until the last
//! is done. [`map_ordered`] sits between the two: a window of items is in
//! flight on rayon's pool, each result is passed to the caller's sink as
//! soon as it and every result before it are done, and a new item starts
//! only when one has left the window, so memory stays bounded by the
//! window whatever the number of items.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// How many items may be in flight or waiting for an earlier one, per
/// thread of rayon's pool: enough that a slow item does not leave the other
/// threads idle, few enough that memory stays small.
const WINDOW_PER_THREAD: usize = 4;

/// The window [`map_ordered`] uses with rayon's current pool (set its size
/// with `RAYON_NUM_THREADS`).
pub fn default_window() -> usize {
    rayon::current_num_threads().max(1) * WINDOW_PER_THREAD
}

/// Runs `work` on every item on rayon's pool and calls `sink` with each
/// result in the order of `items`, as soon as that result and all before it
/// are ready (a single item is worked on the calling thread). At most
/// `window` items (at least one) are being worked on or
/// waiting for an earlier one at any time.
///
/// The first error `sink` returns stops the run: items not yet started are
/// skipped, the error is returned once the ones in flight have finished. A
/// panic in `work` is resumed on the calling thread. Call this from outside
/// rayon's pool (the main thread of a program): the calling thread waits
/// for results while the pool computes them.
///
/// ```
/// use byline_core::ordered::map_ordered;
///
/// let mut lengths = Vec::new();
/// map_ordered(&["a", "bbb", "cc"], 2, |s| s.len(), |n| {
///     lengths.push(n);
///     Ok::<(), ()>(())
/// })
/// .unwrap();
/// assert_eq!(lengths, [1, 3, 2]);
/// ```
pub fn map_ordered<T, R, E, W, S>(items: &[T], window: usize, work: W, mut sink: S) -> Result<(), E>
where
    T: Sync,
    R: Send,
    W: Fn(&T) -> R + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    // One item gains nothing from the pool: it is worked on here, with no
    // thread hop and no per-thread allocator arena.
    if let [item] = items {
        return sink(work(item));
    }
    let window = window.max(1);
    let stopped = AtomicBool::new(false);
    let (done_tx, done_rx) = mpsc::channel::<(usize, std::thread::Result<Option<R>>)>();
    let (work, stopped) = (&work, &stopped);
    rayon::in_place_scope(|scope| {
        let mut started = 0;
        let mut next = 0;
        // Results that finished before an earlier one, by index.
        let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
        while next < items.len() {
            while started < items.len() && started - next < window {
                let (item, done_tx) = (&items[started], done_tx.clone());
                let index = started;
                scope.spawn(move |_| {
                    let result = panic::catch_unwind(AssertUnwindSafe(|| {
                        (!stopped.load(Ordering::Relaxed)).then(|| work(item))
                    }));
                    // The receiver lives until every task has finished.
                    let _ = done_tx.send((index, result));
                });
                started += 1;
            }
            let Ok((index, result)) = done_rx.recv() else {
                unreachable!("the sender outlives the loop")
            };
            match result {
                Ok(Some(r)) => {
                    waiting.insert(index, r);
                }
                // Skipped after an earlier error: nothing more is passed on.
                Ok(None) => {}
                Err(payload) => {
                    stopped.store(true, Ordering::Relaxed);
                    panic::resume_unwind(payload)
                }
            }
            while let Some(r) = waiting.remove(&next) {
                next += 1;
                if let Err(e) = sink(r) {
                    stopped.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    /// Later items finishing first (short sleeps on the earlier ones) must
    /// still come out in input order.
    #[test]
    fn results_come_out_in_input_order_when_later_items_finish_first() {
        let items: Vec<usize> = (0..300).collect();
        let mut seen = Vec::new();
        map_ordered(
            &items,
            8,
            |&i| {
                if i % 7 == 0 {
                    std::thread::sleep(Duration::from_millis(2));
                }
                i * 10
            },
            |r| {
                seen.push(r);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen, items.iter().map(|i| i * 10).collect::<Vec<_>>());
    }

    /// The window bounds what is held: no more than `window` items are
    /// started ahead of the last one handed to the sink.
    #[test]
    fn no_more_than_the_window_is_in_flight_or_waiting() {
        let items: Vec<usize> = (0..200).collect();
        let started = AtomicUsize::new(0);
        let mut passed = 0;
        let mut most_ahead = 0;
        map_ordered(
            &items,
            5,
            |&i| {
                started.fetch_add(1, Ordering::SeqCst);
                if i % 3 == 0 {
                    std::thread::sleep(Duration::from_millis(1));
                }
                i
            },
            |_| {
                passed += 1;
                most_ahead = most_ahead.max(started.load(Ordering::SeqCst) - (passed - 1));
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(passed, items.len());
        assert!(most_ahead <= 5, "{most_ahead} items were started ahead of the sink");
    }

    #[test]
    fn an_error_from_the_sink_stops_the_run() {
        let items: Vec<usize> = (0..1000).collect();
        let worked = AtomicUsize::new(0);
        let mut passed = Vec::new();
        let result = map_ordered(
            &items,
            4,
            |&i| {
                worked.fetch_add(1, Ordering::SeqCst);
                i
            },
            |i| {
                if i == 10 {
                    return Err(format!("stopped at {i}"));
                }
                passed.push(i);
                Ok(())
            },
        );
        assert_eq!(result, Err("stopped at 10".to_owned()));
        assert_eq!(passed, (0..10).collect::<Vec<_>>());
        assert!(
            worked.load(Ordering::SeqCst) <= 10 + 1 + 4,
            "items kept being worked on after the error"
        );
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller_instead_of_hanging() {
        let items: Vec<usize> = (0..50).collect();
        let outcome = panic::catch_unwind(|| {
            map_ordered(
                &items,
                4,
                |&i| {
                    assert!(i != 20, "item twenty");
                    i
                },
                |_| Ok::<(), ()>(()),
            )
        });
        assert!(outcome.is_err());
    }

    #[test]
    fn no_items_calls_no_sink() {
        let mut calls = 0;
        map_ordered(
            &[] as &[u8],
            4,
            |_| (),
            |()| {
                calls += 1;
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(calls, 0);
    }
}
