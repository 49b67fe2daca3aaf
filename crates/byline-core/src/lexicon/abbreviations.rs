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
/// lowercase letters ("Mr", "Capt"; not "MR" or "mr"). Spelled out as a
/// `match` for speed (it runs on capitalized words); a test keeps it in
/// step with [`is_title_abbreviation`].
pub fn is_capitalized_title_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Sen"
            | "Gov"
            | "Rep"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "Adm"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Insp"
            | "Cmdr"
            | "Maj"
    )
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
        // The two spellings agree on every capitalized word of up to four letters.
        let letters = b'a'..=b'z';
        for a in letters.clone() {
            for rest in [
                "", "r", "rs", "s", "r", "rof", "en", "ov", "ep", "t", "ol", "apt", "gt", "dm", "ev", "on",
            ] {
                let lower = format!("{}{rest}", a as char);
                let cap = format!("{}{rest}", a.to_ascii_uppercase() as char);
                assert_eq!(
                    is_capitalized_title_abbreviation(&cap),
                    is_title_abbreviation(&lower),
                    "{cap}"
                );
            }
        }
        for lower in ["pres", "supt", "insp", "cmdr", "maj", "mrs", "prof", "capt"] {
            let cap = format!("{}{}", lower[..1].to_uppercase(), &lower[1..]);
            assert!(
                is_capitalized_title_abbreviation(&cap) && is_title_abbreviation(lower),
                "{cap}"
            );
        }
    }
}
