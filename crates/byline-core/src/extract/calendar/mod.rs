//! Dates on a calendar: against the article's own date
//! ([`crate::article::published`]), the calendar value of every date
//! entity and date or year number ("last month" → 2025-03, "Monday" →
//! 2025-04-14, "the early 1990s" → 199X), each at the precision the text
//! gives it.
//!
//! Run after the other extractors, on the date primitives of
//! [`crate::calendar`].

mod resolve;

pub use resolve::{Calendar, resolve_dates};
