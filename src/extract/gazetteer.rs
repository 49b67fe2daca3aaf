//! Word lists from open data (see `assets/gazetteer/`), loaded once.

use std::sync::LazyLock;

/// The word lists the entity extractor consults.
#[derive(Debug, Default)]
pub struct Gazetteer {}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::default);

/// The bundled gazetteer, built on first use.
pub fn get() -> &'static Gazetteer {
    &GAZETTEER
}
