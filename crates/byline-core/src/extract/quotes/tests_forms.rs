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

#[test]
fn in_the_words_of() {
    let t = "The plan was, in the words of Mayor Ilse Brandt, \"a promise we intend to keep.\"";
    assert_eq!(run(t)[0].1.as_deref(), Some("Ilse Brandt"),);
}

#[test]
fn quoting_names_the_speaker() {
    let t = "The newspaper ran the story on Sunday, quoting Colonel Tomas Ferreira: \"We were never told about the order.\"";
    assert_eq!(run(t)[0].1.as_deref(), Some("Tomas Ferreira"));
}

#[test]
fn inverted_cue_with_a_document_by_its_author() {
    let t = "\"The merger will not cost a single job,\" said the statement by Northwind Freight.";
    assert_eq!(run(t)[0].1.as_deref(), Some("Northwind Freight"));
}

#[test]
fn participle_opening_the_sentence_then_the_speaker() {
    let t =
        "Writing in a blog post on Tuesday, Priya Nair set out her reasons: \"The code was never meant to be public.\"";
    assert_eq!(run(t)[0].1.as_deref(), Some("Priya Nair"));
}

#[test]
fn name_and_title_at_body_then_quote_in_next_paragraph() {
    let t = "Ruth Okafor, Director of Research at Halden Labs said:\n\n\"Our results point the other way.\"";
    assert_eq!(run(t)[0].1.as_deref(), Some("Ruth Okafor"));
}

#[test]
fn inverted_cue_with_a_long_title() {
    let t = "\"Cases are falling in every region,\" said WHO Director of Health Emergencies Lara Voss.";
    assert_eq!(run(t)[0].1.as_deref(), Some("Lara Voss"));
}

#[test]
fn the_person_addressed_is_not_the_speaker() {
    let t = "The driver told the police, \"I never saw the cyclist.\"";
    assert_eq!(run(t)[0].1.as_deref(), Some("The driver"));
    let t = "\"I never saw the cyclist,\" the driver told Sergeant Amy Holt.";
    assert_eq!(run(t)[0].1.as_deref(), Some("the driver"));
}

#[test]
fn quote_paragraph_inherits_only_from_a_quote_paragraph() {
    // The paragraph before ends in narration, not in Dunn's quote.
    let t = "Dunn called the ruling \"a disgrace\". The court is closed until the appeal hearing next month.\n\n\"Justice delayed is justice denied.\"";
    assert_eq!(run(t)[1].1, None);
    let t = "\"We will appeal,\" said Dunn.\n\n\"Justice delayed is justice denied.\"";
    assert_eq!(run(t)[1].1.as_deref(), Some("Dunn"));
}

#[test]
fn a_photo_caption_between_quote_paragraphs_keeps_the_voice() {
    let t = "\"The river has changed,\" says Mere Tane, a fisher from the coast.\n\nMere Tane at her boat shed in the harbour\n\n\"We used to catch twice as much.\"";
    assert_eq!(run(t)[1].1.as_deref(), Some("Mere Tane"));
    // A paragraph of narration does break it.
    let t = "\"The river has changed,\" says Mere Tane.\n\nThe harbour was closed for most of the winter.\n\n\"We used to catch twice as much.\"";
    assert_eq!(run(t)[1].1, None);
}

#[test]
fn titled_person_of_a_state() {
    let t = "In 2019, Senator Ada Moore of Vermont called the bill \"a gift to the few.\"";
    let ents = [
        entity(t, 0, EntityType::Person, &["Ada Moore"]),
        entity(t, 1, EntityType::Place, &["Vermont"]),
    ];
    assert_eq!(run_with(t, &ents)[0].1.as_deref(), Some("Ada Moore"));
}

#[test]
fn they_is_the_plural_group_of_the_sentence_before() {
    let t = "Residents of the valley blamed the water company for the floods.\n\n\"We were never asked,\" they said.";
    assert_eq!(run(t)[0].1.as_deref(), Some("Residents of the valley"));
}

#[test]
fn a_person_named_in_the_pronoun_sentence_beats_the_last_quoted() {
    let t = "\"We will win,\" said Ruth Bell. Later Omar Kent took the stage and he said the result was \"far from certain\".";
    let ents = [
        entity(t, 0, EntityType::Person, &["Ruth Bell"]),
        entity(t, 1, EntityType::Person, &["Omar Kent"]),
    ];
    assert_eq!(run_with(t, &ents)[1].1.as_deref(), Some("Omar Kent"));
}
