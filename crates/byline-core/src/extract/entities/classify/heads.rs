//! What a name's own head noun says it is: "… Association" an
//! organization, "… Museum" a place, "… Act" a law, "… Prize" an award,
//! "University of …" a body, "State of Texas" the place Texas.

use crate::extract::EntityType;
use crate::lexicon::gazetteer::Gazetteer;

use super::super::words;
use super::{Strength, Typed};

/// `personal` says the name's first word is a known given name.
pub(super) fn by_head(
    head: &str,
    head_idx: usize,
    complement: bool,
    personal: bool,
    ws: &[&str],
    gaz: &Gazetteer,
) -> Option<Typed> {
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
    let org = gaz.is_org_word(head);
    if words::is_event_head(head) && !org && !personal {
        return Some(Typed::new(EntityType::Event, Strength::Lexical));
    }
    // "Center for …", "Institute for …" are organizations; "… Center" is a place.
    let for_follows = complement && ws.contains(&"for");
    // Heads in both lists ("Church", "School") name the body, except the
    // centres that name sites ("Kennedy Space Center").
    let facility = gaz.is_facility_word(head);
    let site = facility && (!org || matches!(head, "Center" | "Centre"));
    if site && !for_follows {
        return Some(Typed::new(EntityType::Place, Strength::Lexical));
    }
    if org || facility {
        return Some(Typed::new(EntityType::Organization, Strength::Lexical));
    }
    // "Homeland Security Departments": a plural head.
    let one = words::singular_of(head);
    if one != head && gaz.is_org_word(&one) {
        return Some(Typed::new(EntityType::Organization, Strength::Lexical));
    }
    None
}
