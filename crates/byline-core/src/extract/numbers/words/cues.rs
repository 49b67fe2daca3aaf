//! Words beside a number that change how it reads: an approximator makes
//! a year-shaped number a count ("about 2000 people"), a determiner makes
//! an ordinal attributive ("its 39th mission"), a label word makes a
//! number a name ("No. 10").

/// Words before a number that say it is approximate ("about 2000 people"),
/// which makes a year-shaped number a count.
pub fn approximator(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "nearly"
            | "almost"
            | "some"
            | "over"
            | "than"
            | "roughly"
            | "approximately"
            | "least"
            | "estimated"
            | "only"
            | "just"
            | "to"
            | "all"
            | "those"
            | "these"
    )
}

/// Determiners and possessives that make a following ordinal attributive
/// ("the second case", "its 39th mission").
pub fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
            | "whose"
            | "every"
    ) || w.ends_with("'s")
        || w.ends_with("’s")
}

/// Second halves of "first-hand" style compounds that are not ordinals.
pub fn non_ordinal_compound(w: &str) -> bool {
    matches!(
        w,
        "hand" | "handed" | "rate" | "class" | "guess" | "guessing" | "guessed" | "string"
    )
}

/// Capitalized words before a number that mark it as a label, not an amount
/// ("No. 10", "Number 10").
pub fn label_word(w: &str) -> bool {
    matches!(w, "no." | "no" | "number" | "nos." | "#")
}
