//! The credits `byline --credits` prints: byline's licence and every
//! third-party source of the data it carries (`THIRD-PARTY.md`), built into
//! the binary so that they travel with it, as the data's licences ask.

/// The text of `THIRD-PARTY.md`.
pub const CREDITS: &str = include_str!("../THIRD-PARTY.md");
