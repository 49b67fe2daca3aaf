//! Civil-date arithmetic and the reading of dates from words, below both
//! article loading (which needs an article's own date) and extraction
//! (which places every date against it).
//!
//! Pure functions of strings: reading a date's fields ([`absolute`]), the
//! tense of its clause ([`tense`]), placing it against the article's date
//! ([`relative`]), and the value itself ([`value`]) on plain civil-date
//! arithmetic ([`civil`]). Resolving the dates of an analysis is
//! extraction's step (`extract::calendar`).

pub mod absolute;
pub mod civil;
pub mod relative;
pub mod tense;
pub mod value;

pub use civil::CivilDate;
pub use value::{CalendarValue, Season};
