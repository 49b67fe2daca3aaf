//! Abbreviations whose period belongs to the word ("Mr.", "Sen.", "Jr."),
//! so it ends no sentence and splits no name: one list for sentence
//! segmentation, entity boundaries and quote attribution.

/// Titles written short before a name, lowercase without the period:
/// "mr" of "Mr.", "gov" of "Gov.".
pub fn is_title_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "sen"
            | "gov"
            | "rep"
            | "gen"
            | "lt"
            | "col"
            | "capt"
            | "sgt"
            | "adm"
            | "rev"
            | "hon"
            | "pres"
            | "supt"
            | "insp"
            | "cmdr"
            | "maj"
    )
}

/// A title abbreviation as it stands before a name: a capital, then
/// lowercase letters ("Mr", "Capt"; not "MR" or "mr").
pub fn is_capitalized_title_abbreviation(w: &str) -> bool {
    let b = w.as_bytes();
    if !(2..=4).contains(&b.len()) || !b[0].is_ascii_uppercase() || !b[1..].iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let mut buf = [0u8; 4];
    let lower = &mut buf[..b.len()];
    lower.copy_from_slice(b);
    lower[0] = lower[0].to_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(is_title_abbreviation)
}

/// Abbreviations inside a name besides titles, lowercase without the
/// period: "st" of "St. Louis", "jr" and "sr" after a surname.
pub fn is_name_abbreviation(lower: &str) -> bool {
    matches!(lower, "st" | "jr" | "sr")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_name_parts() {
        assert!(is_title_abbreviation("gov") && is_title_abbreviation("capt"));
        assert!(!is_title_abbreviation("st") && is_name_abbreviation("st"));
        assert!(is_capitalized_title_abbreviation("Mr") && is_capitalized_title_abbreviation("Cmdr"));
        for w in ["MR", "mr", "M", "Mister", "Sr", "Bolden", "Mé"] {
            assert!(!is_capitalized_title_abbreviation(w), "{w}");
        }
    }
}
