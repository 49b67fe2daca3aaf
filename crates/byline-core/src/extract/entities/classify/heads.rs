//! What a name's own head noun says it is: "… Association" an
//! organization, "… Museum" a place, "… Act" a law, "… Prize" an award,
//! "University of …" a body, "State of Texas" the place Texas.

use crate::extract::EntityType;
use crate::lexicon::gazetteer::Gazetteer;

use super::super::words;
use super::{Strength, Typed};

/// A name's head noun and what is already known of it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Head<'w> {
    /// The head noun without a number suffix ("Facility" of "Facility-1").
    pub word: &'w str,
    /// Its index among the name's words.
    pub idx: usize,
    /// "of", "for", "at" or "on" follows it.
    pub complement: bool,
    /// The name's first word is a known given name ("Nathan Law").
    pub personal: bool,
    /// Whether the organization or facility lists may hold the word or its
    /// singular; false only when [`not_listed`] says so.
    pub listable: bool,
}

/// Whether a word that is no head noun ([`words::is_head_word`] said no)
/// is certainly in neither the organization nor the facility list, nor is
/// its regular singular. The head nouns are those lists' words and their
/// regular plurals, so this holds for an ASCII word with no capital after
/// its first letter, where folding case changes neither its length nor
/// its plural ending; for other words the lists are asked.
pub(super) fn not_listed(w: &str) -> bool {
    let bytes = w.as_bytes();
    bytes.iter().all(u8::is_ascii_graphic) && !bytes.iter().skip(1).any(u8::is_ascii_uppercase)
}

pub(super) fn by_head(h: &Head, ws: &[&str], gaz: &Gazetteer) -> Option<Typed> {
    let Head {
        word: head,
        idx: head_idx,
        complement,
        personal,
        listable,
    } = *h;
    // "State of Texas" is Texas; "City of London" is London.
    if complement && matches!(ws[0], "State" | "City" | "Commonwealth") && ws.len() >= 3 && ws[1] == "of" {
        let rest = ws[2..].join(" ");
        if gaz.place(&rest).is_some() {
            let mut t = Typed::new(EntityType::Place, Strength::Lexical);
            t.key = Some(gaz.canonical_place(&rest).unwrap_or(&rest).to_string());
            return Some(t);
        }
    }
    // "Nathan Law" is a person (`personal`).
    if matches!(head, "Program" | "Programme" | "Initiative") || words::is_award_head(head) {
        return Some(Typed::new(EntityType::Other, Strength::Lexical));
    }
    let before_head = head_idx.checked_sub(1).map(|i| ws[i]);
    // "Lunar New Year"; "Irving School District" is a body, not a place.
    if head == "Year" && before_head == Some("New") {
        return Some(Typed::new(EntityType::Event, Strength::Lexical));
    }
    if head == "District"
        && before_head.is_some_and(|w| matches!(w, "School" | "Water" | "Fire" | "Transit" | "Sanitation"))
    {
        return Some(Typed::new(EntityType::Organization, Strength::Lexical));
    }
    if words::is_law_head(head) && !personal {
        return Some(Typed::new(EntityType::Law, Strength::Lexical));
    }
    // Each list asked once, whatever the rules below ask.
    let org = listable && gaz.is_org_word(head);
    if words::is_event_head(head) && !org && !personal {
        return Some(Typed::new(EntityType::Event, Strength::Lexical));
    }
    // "Center for …", "Institute for …" are organizations; "… Center" is a place.
    let for_follows = complement && ws.contains(&"for");
    // Heads in both lists ("Church", "School") name the body, except the
    // centres that name sites ("Kennedy Space Center").
    let facility = listable && gaz.is_facility_word(head);
    let site = facility && (!org || matches!(head, "Center" | "Centre"));
    if site && !for_follows {
        return Some(Typed::new(EntityType::Place, Strength::Lexical));
    }
    if org || facility {
        return Some(Typed::new(EntityType::Organization, Strength::Lexical));
    }
    // "Homeland Security Departments": a plural head.
    if !listable {
        return None;
    }
    let one = words::singular_of(head);
    if one != head && gaz.is_org_word(&one) {
        return Some(Typed::new(EntityType::Organization, Strength::Lexical));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Skipping the lists for words [`not_listed`] clears gives the
    /// verdict asking them gives, for heads in and out of the lists, their
    /// plurals, odd capitals and non-ASCII words.
    #[test]
    fn skipping_the_lists_changes_no_verdict() {
        let gaz = crate::lexicon::gazetteer::get();
        let heads = [
            "Foundation",
            "Foundations",
            "Agency",
            "Agencies",
            "AGENCIES",
            "AgencIES",
            "Museum",
            "Museums",
            "MUSEUMS",
            "Centre",
            "Center",
            "Church",
            "Churches",
            "Departments",
            "SERVICESs",
            "Servicess",
            "Drazet",
            "Quenfen",
            "Bay",
            "Valley",
            "Café",
            "Cafés",
            "Inc.",
            "Festival",
            "Act",
            "Prize",
            "Year",
            "District",
            "Law",
            "Parties",
            "Embassies",
            "Universitys",
            "x",
            "",
        ];
        for head in heads {
            for ws in [
                vec!["Losa", head],
                vec!["School", head],
                vec![head, "for", "Peace"],
                vec!["Nathan", head],
            ] {
                let Some(idx) = ws.iter().position(|w| *w == head) else {
                    continue;
                };
                let complement = matches!(ws.get(idx + 1), Some(&("of" | "for" | "at" | "on")));
                let personal = gaz.given_name(ws[0]).is_some();
                let asking = Head {
                    word: head,
                    idx,
                    complement,
                    personal,
                    listable: true,
                };
                let skipping = Head {
                    listable: words::is_head_word(gaz, head) || !not_listed(head),
                    ..asking
                };
                assert_eq!(by_head(&skipping, &ws, gaz), by_head(&asking, &ws, gaz), "{ws:?}");
            }
        }
    }
}
