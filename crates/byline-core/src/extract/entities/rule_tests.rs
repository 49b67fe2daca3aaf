//! Regression tests for the naming, typing and merging rules, each on a
//! sentence written to show the general case.

use super::*;
use crate::lexicon::gazetteer;

fn entities(s: &str) -> Vec<(String, EntityType, Vec<String>)> {
    let a = Article::from_text("t", s);
    extract_entities(&a, gazetteer::get(), &mut |_| {})
        .into_iter()
        .map(|e| (e.name, e.kind, e.aliases))
        .collect()
}

fn kind_of(es: &[(String, EntityType, Vec<String>)], name: &str) -> Option<EntityType> {
    es.iter().find(|e| e.0 == name).map(|e| e.1)
}

fn body(s: &str) -> Vec<(String, EntityType, Vec<String>)> {
    entities(&format!("Title words here\n\n{s}"))
}

#[test]
fn platform_named_as_where_something_was_posted_is_a_product() {
    let es = body("The mayor posted the video on Twitter before noon.");
    assert_eq!(kind_of(&es, "Twitter"), Some(EntityType::Product));
    let es = body("Twitter fired half its staff, the mayor said.");
    assert_eq!(kind_of(&es, "Twitter"), Some(EntityType::Organization));
}

#[test]
fn name_with_a_version_is_a_product() {
    let es = body("Acme's Quillwriter 7 went on sale, replacing the older Quillwriter XP.");
    assert_eq!(kind_of(&es, "Quillwriter 7"), Some(EntityType::Product));
    assert_eq!(kind_of(&es, "Quillwriter XP"), Some(EntityType::Product));
}

#[test]
fn company_then_product_line_is_a_product() {
    let es = body("Many schools now use Google Classroom for homework.");
    assert_eq!(kind_of(&es, "Google Classroom"), Some(EntityType::Product));
}

#[test]
fn initials_then_surname_is_a_person() {
    let es = body("The survey was first published by RJ Okonkwo in 1994.");
    assert_eq!(kind_of(&es, "RJ Okonkwo"), Some(EntityType::Person));
}

#[test]
fn titled_person_whose_surname_is_a_facility_noun() {
    let es = body("The panel included professor Karen Marie Hall of the college.");
    assert_eq!(kind_of(&es, "Karen Marie Hall"), Some(EntityType::Person));
}

#[test]
fn prizes_holidays_and_school_districts() {
    let es = body("She won the Hartley Prize. Families met for Lunar New Year. The Dayton School District closed.");
    assert_eq!(kind_of(&es, "Hartley Prize"), Some(EntityType::Other));
    assert_eq!(kind_of(&es, "Lunar New Year"), Some(EntityType::Event));
    assert_eq!(kind_of(&es, "Dayton School District"), Some(EntityType::Organization));
}

#[test]
fn journal_before_a_name_makes_it_an_organization() {
    let es = body("The results appeared in the journal Ocean Letters last week.");
    assert_eq!(kind_of(&es, "Ocean Letters"), Some(EntityType::Organization));
}

#[test]
fn event_named_with_its_place_keeps_its_head() {
    let es = body("Crowds filled the Comic Expo Ireland on Saturday.");
    assert_eq!(kind_of(&es, "Comic Expo Ireland"), Some(EntityType::Event));
}

#[test]
fn product_and_work_nouns_beside_a_name() {
    let es = body("She spent a year aboard the cargo ship Marisol. Her memoir Salt Roads sold well.");
    assert_eq!(kind_of(&es, "Marisol"), Some(EntityType::Product));
    assert_eq!(kind_of(&es, "Salt Roads"), Some(EntityType::Work));
}

#[test]
fn a_head_after_the_complement_heads_the_name() {
    let es = body("They met in the Friends of the Riverside Music Hall last night.");
    assert_eq!(
        kind_of(&es, "Friends of the Riverside Music Hall"),
        Some(EntityType::Place)
    );
}

#[test]
fn names_in_a_list_share_a_type() {
    let es = body("Stalls were run by Ubertek, Microsoft and Zantrix.");
    assert_eq!(kind_of(&es, "Ubertek"), Some(EntityType::Organization));
    assert_eq!(kind_of(&es, "Zantrix"), Some(EntityType::Organization));
    let es = body("The poem names Orlo, Brina, Maria and Quenby.");
    assert_eq!(kind_of(&es, "Orlo"), Some(EntityType::Person));
    assert_eq!(kind_of(&es, "Quenby"), Some(EntityType::Person));
}

#[test]
fn surname_that_is_a_place_names_the_person() {
    let es = body("Lena Paris joined the band in 2001. Paris said she moved to Paris later.");
    let lena = es
        .iter()
        .find(|e| e.0 == "Lena Paris")
        .map(|e| e.2.contains(&"Paris".to_string()));
    assert_eq!(lena, Some(true));
    assert_eq!(kind_of(&es, "Paris"), Some(EntityType::Place));
}

#[test]
fn title_with_subtitle_is_a_work() {
    let es = body("Players queued to try Sea Wolves: Dark Voyage, the new game.");
    assert_eq!(kind_of(&es, "Sea Wolves: Dark Voyage"), Some(EntityType::Work));
}

#[test]
fn product_line_named_without_its_version_is_a_product() {
    let es = body("Acme released Orbit Mapper 3 in June. Since then Orbit Mapper has led the market.");
    assert_eq!(kind_of(&es, "Orbit Mapper 3"), Some(EntityType::Product));
    assert_eq!(kind_of(&es, "Orbit Mapper"), Some(EntityType::Product));
}

#[test]
fn misspelt_name_joins_the_name_it_misspells() {
    let es = body(
        "Members of the Wildlife Conservaton Society met. The Wildlife Conservation Society later said \
         the Wildlife Conservation Society would meet again.",
    );
    let society = es
        .iter()
        .find(|e| e.0 == "Wildlife Conservation Society")
        .map(|e| e.2.contains(&"Wildlife Conservaton Society".to_string()));
    assert_eq!(society, Some(true));
}

#[test]
fn quoted_title_is_a_work_unless_a_noun_says_otherwise() {
    let es = body("The choir sang \"Friends of the Fen\" at the gala.");
    assert_eq!(kind_of(&es, "Friends of the Fen"), Some(EntityType::Work));
    let es = body("She opened a website, \"The Daily Lantern\". Readers of \"The Daily Lantern\" grew.");
    assert_eq!(kind_of(&es, "The Daily Lantern"), Some(EntityType::Product));
}

#[test]
fn numbered_measures_are_laws_and_quoted_compounds_places() {
    let es = body("Voters backed Proposition 12 in the autumn. Guards ringed the \"Green Gate\" compound at dawn.");
    assert_eq!(kind_of(&es, "Proposition 12"), Some(EntityType::Law));
    assert_eq!(kind_of(&es, "Green Gate"), Some(EntityType::Place));
}
