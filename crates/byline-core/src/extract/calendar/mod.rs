//! Dates on a calendar: the article's own date ([`published`]) and, against
//! it, the calendar value of every date entity and date or year number
//! ("last month" → 2025-03, "Monday" → 2025-04-14, "the early 1990s" →
//! 199X), each at the precision the text gives it.
//!
//! Pure functions of the text, run after the other extractors: reading a
//! date's fields ([`absolute`]), the tense of its clause ([`tense`]),
//! placing it against the article's date ([`relative`]), and the value
//! itself ([`value`]) on plain civil-date arithmetic ([`civil`]).

pub mod absolute;
pub mod civil;
pub mod published;
pub mod relative;
mod resolve;
pub mod tense;
pub mod value;

pub use civil::CivilDate;
pub use resolve::{Calendar, resolve_dates};
pub use value::{CalendarValue, Season};
