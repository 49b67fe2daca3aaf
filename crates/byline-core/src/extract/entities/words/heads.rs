//! Head nouns: the words that end a name and say what kind of thing it
//! names ("Agency", "Museum", "Rocket", "Festival", "Act"), and the
//! lowercase nouns that do the same beside a name.

use crate::lexicon::gazetteer::Gazetteer;

/// Words that head the name of a vehicle, platform or other product.
///
/// The word lists of this module are `match`es: a switch on length and a
/// byte compare or two, where searching a slice compared every entry, and
/// they are asked about nearly every name.
pub fn is_product_head(w: &str) -> bool {
    matches!(
        w,
        "Shuttle"
            | "Rover"
            | "Telescope"
            | "Spacecraft"
            | "Rocket"
            | "Capsule"
            | "Probe"
            | "Satellite"
            | "iPhone"
            | "iPad"
            | "Galaxy"
            | "Boeing"
            | "Airbus"
    )
}

/// Social platforms, products when they are named as where something was posted.
pub const PLATFORMS: &[&str] = &[
    "X",
    "Twitter",
    "Facebook",
    "Instagram",
    "TikTok",
    "YouTube",
    "Telegram",
    "WhatsApp",
    "Threads",
    "Bluesky",
    "Truth Social",
    "LinkedIn",
    "Reddit",
    "Snapchat",
    "WeChat",
    "Weibo",
];

/// Heads of the names of prizes and honours: "Booker Prize", "Medal of Honor".
pub fn is_award_head(w: &str) -> bool {
    matches!(w, "Prize" | "Award" | "Medal" | "Trophy")
}

/// Heads of the names of events: "World Cup", "Lunar Festival".
pub fn is_event_head(w: &str) -> bool {
    matches!(
        w,
        "War"
            | "Olympics"
            | "Games"
            | "Cup"
            | "Election"
            | "Elections"
            | "Summit"
            | "Festival"
            | "Championship"
            | "Championships"
            | "Revolution"
            | "Crisis"
            | "Protests"
            | "Uprising"
            | "Marathon"
            | "Expo"
            | "Fair"
            | "Carnival"
            | "Parade"
            | "Tournament"
            | "Gala"
            | "Jubilee"
            | "Pandemic"
            | "Massacre"
            | "Attack"
            | "Attacks"
            | "Genocide"
            | "Holocaust"
            | "Spring"
            | "Week"
            | "Day"
            | "Awards"
            | "Open"
            | "Grand Prix"
            | "Conference of the Parties"
    )
}

/// Heads of the names of laws and agreements: "Clean Air Act", "Paris Accord".
pub fn is_law_head(w: &str) -> bool {
    matches!(
        w,
        "Act"
            | "Law"
            | "Constitution"
            | "Treaty"
            | "Accord"
            | "Accords"
            | "Amendment"
            | "Convention"
            | "Directive"
            | "Charter"
            | "Protocol"
            | "Code"
            | "Bill"
            | "Proposition"
            | "Resolution"
    )
}

/// A word after which "of"/"for" continues the same name: "University of
/// Illinois", "Center for Neighborhood…", "Secretary of State", "State of Texas".
pub fn takes_complement(gaz: &Gazetteer, w: &str) -> bool {
    gaz.is_org_word(w)
        || gaz.is_facility_word(w)
        || gaz.is_title(w)
        || matches!(
            w,
            "State"
                | "City"
                | "Republic"
                | "Kingdom"
                | "Commonwealth"
                | "Province"
                | "Isle"
                | "Gulf"
                | "Bay"
                | "Sea"
                | "Cape"
                | "Lake"
                | "Mount"
                | "Duke"
                | "Duchess"
                | "Prince"
                | "Princess"
                | "House"
                | "Bank"
                | "Office"
                | "Board"
                | "School"
                | "College"
                | "Court"
                | "Museum"
                | "Chamber"
                | "Order"
                | "Sisters"
                | "Brothers"
                | "Daughters"
                | "Sons"
                | "Friends"
                | "People"
                | "Bureau"
        )
}

/// A noun that heads an organization, facility or product name.
pub fn is_head_word(gaz: &Gazetteer, w: &str) -> bool {
    // Plurals too: "Embassies", "Museums".
    let base = strip_number_suffix(w);
    gaz.is_head_noun(base) || is_product_head(base)
}

/// A plural's singular by the regular rules ("Embassies" → "Embassy").
pub fn singular_of(w: &str) -> std::borrow::Cow<'_, str> {
    if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y").into()
    } else if let Some(stem) = w.strip_suffix('s').filter(|s| !s.ends_with('s') && s.len() > 2) {
        stem.into()
    } else {
        w.into()
    }
}

/// "Facility-1" → "Facility".
pub fn strip_number_suffix(w: &str) -> &str {
    // Most words have no hyphen: rule them out by bytes ("‑" is non-ASCII)
    // before searching backwards for either dash.
    if !w.bytes().any(|b| b == b'-' || b >= 0x80) {
        return w;
    }
    match w.rsplit_once(['-', '‑']) {
        Some((head, tail)) if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => w,
    }
}

/// Lowercase nouns that, right before a name, say it is an organization:
/// "the secularist magazine MicroMega", "localist group Youngspiration".
pub fn is_org_noun(lower: &str) -> bool {
    matches!(
        lower,
        "magazine"
            | "newspaper"
            | "paper"
            | "daily"
            | "weekly"
            | "broadcaster"
            | "network"
            | "channel"
            | "party"
            | "group"
            | "company"
            | "firm"
            | "corporation"
            | "agency"
            | "organization"
            | "organisation"
            | "association"
            | "union"
            | "bank"
            | "airline"
            | "carrier"
            | "club"
            | "band"
            | "team"
            | "school"
            | "schools"
            | "university"
            | "charity"
            | "ngo"
            | "movement"
            | "coalition"
            | "alliance"
            | "outlet"
            | "publisher"
            | "startup"
            | "retailer"
            | "insurer"
            | "lender"
            | "automaker"
            | "manufacturer"
            | "giant"
            | "conglomerate"
            | "consortium"
            | "institute"
            | "foundation"
            | "committee"
            | "council"
            | "ministry"
            | "department"
            | "gang"
            | "militia"
            | "faction"
            | "regulator"
            | "watchdog"
            | "journal"
    )
}

/// Lowercase nouns that, right after a name, say it is a place:
/// "the CECOT mega-prison", "the New Territories West constituency";
/// also the last part of a hyphenated word ("mega-prison").
pub fn is_place_noun(lower: &str) -> bool {
    // Most words have no dash: no search for either one ("‑" is non-ASCII).
    let last = if lower.bytes().any(|b| b == b'-' || b >= 0x80) {
        lower.rsplit(['-', '‑']).next().unwrap_or(lower)
    } else {
        lower
    };
    matches!(
        last,
        "prison"
            | "jail"
            | "airport"
            | "constituency"
            | "district"
            | "province"
            | "region"
            | "county"
            | "village"
            | "town"
            | "city"
            | "neighborhood"
            | "neighbourhood"
            | "suburb"
            | "island"
            | "islands"
            | "river"
            | "valley"
            | "mountains"
            | "desert"
            | "border"
            | "peninsula"
            | "state"
            | "municipality"
            | "camp"
            | "base"
            | "port"
            | "hospital"
            | "stadium"
            | "square"
            | "street"
            | "avenue"
            | "station"
            | "museum"
            | "park"
            | "bridge"
            | "strait"
            | "sea"
            | "coast"
            | "facility"
            | "plant"
            | "mine"
            | "refinery"
            | "embassy"
            | "consulate"
            | "cathedral"
            | "mosque"
            | "temple"
            | "church"
            | "palace"
            | "compound"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_nouns_in_compounds() {
        assert!(is_place_noun("mega-prison"));
        assert!(!is_place_noun("deportees"));
    }

    /// Skipping the dash search for words without a dash leaves every
    /// answer as taking the last part after either dash gives it.
    #[test]
    fn place_noun_fast_path_agrees_with_the_search() {
        for w in [
            "prison",
            "mega-prison",
            "mega‑prison",
            "prison-camp",
            "camp-",
            "-camp",
            "café",
            "émigré-port",
            "deportees",
            "",
            "Prison",
        ] {
            let last = w.rsplit(['-', '‑']).next().unwrap_or(w);
            let by_search = matches!(last, "prison" | "camp" | "port");
            assert_eq!(is_place_noun(w), by_search, "{w:?}");
        }
    }

    /// The one-lookup head-noun test answers as asking the two lists for
    /// the word and for its regular singular did.
    #[test]
    fn head_nouns_agree_with_the_lists_and_singulars() {
        let gaz = crate::lexicon::gazetteer::get();
        let by_lists = |w: &str| {
            let singular = singular_of(w);
            gaz.is_org_word(w)
                || gaz.is_facility_word(w)
                || singular != w && (gaz.is_org_word(&singular) || gaz.is_facility_word(&singular))
        };
        for w in [
            "Agency",
            "Agencies",
            "AGENCIES",
            "agencies",
            "Museum",
            "Museums",
            "MUSEUMS",
            "MuseumS",
            "Embassy",
            "Embassies",
            "Company",
            "Companies",
            "Ministry",
            "Ministries",
            "Councils",
            "Council",
            "Bank",
            "Banks",
            "Schools",
            "Parks",
            "Parkss",
            "Press",
            "Series",
            "Bus",
            "Pies",
            "Ties",
            "Café",
            "Cafés",
            "Hospitals",
            "Universities",
            "Universitys",
            "Party",
            "Parties",
            "Stadiums",
            "Airports",
            "Rivers",
            "Counties",
            "County",
            "Inc.",
            "Ltd",
            "Ofs",
            "Smith",
            "Smiths",
            "",
        ] {
            assert_eq!(gaz.is_head_noun(w), by_lists(w), "{w}");
        }
        assert!(gaz.is_head_noun("Embassies") && gaz.is_head_noun("Museums") && !gaz.is_head_noun("AGENCIES"));
    }

    #[test]
    fn numbered_heads() {
        assert_eq!(strip_number_suffix("Facility-1"), "Facility");
        assert_eq!(strip_number_suffix("Chung-tai"), "Chung-tai");
    }

    /// Ruling out words without a dash by their bytes leaves every answer
    /// as the search for either dash gives it.
    #[test]
    fn number_suffix_fast_path_agrees_with_the_search() {
        fn by_search(w: &str) -> &str {
            match w.rsplit_once(['-', '‑']) {
                Some((head, tail)) if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) => head,
                _ => w,
            }
        }
        for w in [
            "Facility-1",
            "Facility‑12",
            "Café-3",
            "Café",
            "Museum",
            "-1",
            "1-",
            "A-B-2",
            "Site-",
            "Zürich-9",
            "",
        ] {
            assert_eq!(strip_number_suffix(w), by_search(w), "{w:?}");
        }
    }
}
