//! Attribution forms of news English beyond the basic "X said": names that
//! end in a noun form of a reporting verb, announcing sentences, pronouns
//! that point back to the last speaker, documents that speak for their owner.

use super::tests::{entity, row, run, run_with};
use crate::extract::EntityType;

#[test]
fn capitalized_post_in_a_name_is_not_a_cue() {
    let t =
        "As lead author Mara Quint told The Lakeside Post, \"The rivers are warming faster than any model predicted.\"";
    assert_eq!(
        run(t),
        vec![row(
            "The rivers are warming faster than any model predicted.",
            Some("Mara Quint"),
            Some("told")
        )]
    );
}

#[test]
fn announcing_sentence_gives_the_speaker_of_its_verb() {
    let t = "As Quint told the Lakeside Post, river temperatures have risen sharply. \"We measured it every week for a decade.\"";
    assert_eq!(
        run(t),
        vec![row("We measured it every week for a decade.", Some("Quint"), None)]
    );
}

#[test]
fn adverb_before_the_verb_is_not_part_of_the_subject() {
    let t = "Doyle also claims that the files were lost.\n\n\"Nobody ever told me where they went.\"";
    assert_eq!(
        run(t),
        vec![row("Nobody ever told me where they went.", Some("Doyle"), None)]
    );
}

#[test]
fn plural_pronoun_is_the_body_last_quoted_not_the_one_addressed() {
    let t = "In a letter to the Coastal Gazette, the Harbour Authority rejected the complaint: \"No rules were broken.\" They also said the fees were \"entirely lawful\".";
    let ents = [
        entity(t, 0, EntityType::Organization, &["Coastal Gazette"]),
        entity(t, 1, EntityType::Organization, &["Harbour Authority"]),
    ];
    assert_eq!(
        run_with(t, &ents),
        vec![
            row("No rules were broken.", Some("Harbour Authority"), None),
            row("entirely lawful", Some("Harbour Authority"), Some("said")),
        ]
    );
}

#[test]
fn it_added_goes_to_the_body_just_quoted() {
    let t = "After talks at the Transport Ministry, the Rail Union said: \"We are done.\" \"Members will walk out on Monday,\" it added.";
    let ents = [
        entity(t, 0, EntityType::Organization, &["Transport Ministry"]),
        entity(t, 1, EntityType::Organization, &["Rail Union"]),
    ];
    let got = run_with(t, &ents);
    assert_eq!(
        got[1],
        row("Members will walk out on Monday,", Some("Rail Union"), Some("added"))
    );
}

#[test]
fn possessive_owner_of_a_document_with_modifiers_and_complement() {
    let t = "The Ledger's latest analysis of city budgets concluded, \"Spending outpaced revenue for a third year.\"";
    assert_eq!(
        run(t),
        vec![row(
            "Spending outpaced revenue for a third year.",
            Some("Ledger"),
            Some("concluded")
        )]
    );
}
