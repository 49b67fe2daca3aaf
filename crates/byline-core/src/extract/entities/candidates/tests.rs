//! Tests of finding name candidates, on sentences written for them.
use super::*;
use crate::extract::tokens::tokenize;
use crate::lexicon::gazetteer;

fn runs(s: &str) -> Vec<String> {
    let toks = tokenize(s, 0);
    find(s, &toks, gazetteer::get(), &mut Scratch::default())
        .into_iter()
        .map(|c| s[c.span.start..c.span.end].to_string())
        .collect()
}

#[test]
fn titles_split_runs() {
    assert_eq!(
        runs("AFP – US President Donald Trump is set to meet with Salvadoran counterpart Nayib Bukele on Monday."),
        vec!["AFP", "US", "Donald Trump", "Salvadoran", "Nayib Bukele"]
    );
    assert_eq!(
        runs("US Secretary of State Marco Rubio said Sunday."),
        vec!["US", "Marco Rubio"]
    );
}

#[test]
fn organizations_keep_their_connectors() {
    assert_eq!(
        runs("after an authorization from the Food and Drug Administration, made"),
        vec!["Food and Drug Administration"]
    );
    assert_eq!(runs("Trump and Bukele met."), vec!["Trump", "Bukele"]);
    assert_eq!(
        runs("the Union of Rationalist Atheists and Agnostics (UAAR) has"),
        vec!["Union of Rationalist Atheists and Agnostics", "UAAR"]
    );
}

#[test]
fn possessives_end_a_run() {
    assert_eq!(
        runs("hopes Bukele's visit to the White House will help"),
        vec!["Bukele", "White House"]
    );
}

#[test]
fn initials_stay_inside_names() {
    assert_eq!(
        runs("conducted by the Nathalie P. Voorhees Center for Neighborhood and Community Improvement at the"),
        vec!["Nathalie P. Voorhees Center for Neighborhood and Community Improvement"]
    );
}

#[test]
fn version_numbers_stay_in_names_but_counts_do_not() {
    assert_eq!(runs("At dawn Vega 3 lifted off."), vec!["At", "Vega 3"]);
    assert_eq!(runs("the crew boarded Vega 3."), vec!["Vega 3"]);
    assert_eq!(runs("Okafor 12 points ahead"), vec!["Okafor"]);
    assert_eq!(
        runs("Final score: Rovers 2, Athletic 1."),
        vec!["Final", "Rovers", "Athletic"]
    );
}

#[test]
fn words_made_from_a_name_are_cut_from_it() {
    assert_eq!(runs("the Pulitzer Prize-winning author"), vec!["Pulitzer Prize"]);
    assert_eq!(runs("an Islamic State-linked cell"), vec!["Islamic State"]);
    assert_eq!(runs("He wore a T-shirt from Vega Labs."), vec!["He", "Vega Labs"]);
    assert_eq!(runs("the FIRST Robotics League"), vec!["FIRST Robotics League"]);
}

#[test]
fn inner_on_joins_a_body_and_its_topic() {
    assert_eq!(
        runs("a report by the Council on Tax Reform said"),
        vec!["Council on Tax Reform"]
    );
    assert_eq!(runs("the Agency on Monday said"), vec!["Agency"]);
    assert_eq!(runs("the Police on Elm Street"), vec!["Police", "Elm Street"]);
}

#[test]
fn a_body_of_a_country_ends_before_it() {
    assert_eq!(
        runs("researchers at Ohio Valley College of the UK and"),
        vec!["Ohio Valley College", "UK"]
    );
    assert_eq!(
        runs("the University of the Philippines said"),
        vec!["University of the Philippines"]
    );
}

#[test]
fn two_names_sharing_a_plural_head_are_split() {
    assert_eq!(
        runs("talks between the Transport and Home Office Ministries ended"),
        vec!["Transport", "Home Office Ministries"]
    );
    assert_eq!(
        runs("the Health and Human Services chief"),
        vec!["Health and Human Services"]
    );
}

#[test]
fn a_person_named_right_after_a_body_is_split_from_it() {
    assert_eq!(
        runs("student at University of Leeds Amal Haddad said"),
        vec!["University of Leeds", "Amal Haddad"]
    );
    assert_eq!(
        runs("envoy to the United Kingdom Tariq Azimi arrived"),
        vec!["United Kingdom", "Tariq Azimi"]
    );
    assert_eq!(
        runs("the Stanford Medical Center said"),
        vec!["Stanford Medical Center"]
    );
}

#[test]
fn a_title_inside_an_organization_name_stays() {
    assert_eq!(
        runs("members of the Captain Cook Society met"),
        vec!["Captain Cook Society"]
    );
    assert_eq!(runs("US President Donald Trump said"), vec!["US", "Donald Trump"]);
}

#[test]
fn a_title_and_its_subtitle_are_one_name() {
    assert_eq!(
        runs("fans of Sea Wolves: The Dark Voyage, the game"),
        vec!["Sea Wolves: The Dark Voyage"]
    );
    assert_eq!(runs("Ankara: The talks resumed"), vec!["Ankara", "The"]);
    assert_eq!(runs("two cities: Lyon and Nantes"), vec!["Lyon", "Nantes"]);
}

#[test]
fn a_quoted_title_is_one_name() {
    assert_eq!(
        runs("the band played \"Friends of the Fen\" twice"),
        vec!["Friends of the Fen"]
    );
    assert_eq!(
        runs("a site called \"The Daily Lantern\", which"),
        vec!["The Daily Lantern"]
    );
    assert_eq!(runs("he said \"Nonsense\" twice"), vec!["Nonsense"]);
    assert_eq!(runs("\"Tell Maria now,\" he said"), vec!["Tell Maria"]);
}

#[test]
fn subtitle_must_close_the_phrase() {
    assert_eq!(
        runs("in his book Storms: Making a Forecast he"),
        vec!["Storms", "Making", "Forecast"]
    );
}

#[test]
fn numbered_list_items_do_not_join_the_name_above() {
    assert_eq!(
        runs("6. France\n7. United Kingdom\n8. Italy"),
        vec!["France", "United Kingdom", "Italy"]
    );
}

/// The name-word test as it was before its one-pass byte scan: the
/// reference the faster test must agree with.
fn is_name_word_by_chars(text: &str, t: &Token) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = t.text(text);
    let bytes = w.as_bytes();
    if bytes[0].is_ascii_lowercase() && !bytes.iter().any(|b| b.is_ascii_uppercase()) && bytes.is_ascii() {
        return false;
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_uppercase() {
        if bytes.len() > 2 && bytes[1] == b'-' && bytes[2].is_ascii_lowercase() {
            return false;
        }
        let number = words::is_number_word(w) && !(w.len() > 2 && bytes.iter().all(|b| b.is_ascii_uppercase()));
        return w != "I" && !number && !words::is_compound_adjective(w) && !is_contraction(w);
    }
    if let Some((particle, rest)) = w.split_once('-') {
        return matches!(
            particle,
            "al" | "el" | "ad" | "ash" | "as" | "at" | "an" | "ar" | "az" | "bin" | "ibn" | "abu"
        ) && rest.starts_with(char::is_uppercase);
    }
    chars.any(char::is_uppercase)
}

/// The one-pass test answers as the reference does on every token of
/// text mixing plain words, capitals, number words, hyphens, apostrophes,
/// contractions and non-ASCII letters.
#[test]
fn name_word_test_agrees_with_the_reference() {
    let text = "Forty-three FIRST Global members of the London-based Ärzte group, \
                Two others and Several more; T-shirt X-ray I I’d We've They’re don't \
                al-Sharia el-Sisi iPhone eBay Émile Zoë O'Neill Smiths' Bukele's \
                Forty‑Three ÉCOLE İstanbul ǅemal der von Moon-landing Islamic State-linked \
                Losa Drazet of the Pozet Foundation said on Tuesday, 3 May 2024.";
    let toks = tokenize(text, 0);
    assert!(toks.len() > 50, "{}", toks.len());
    for t in &toks {
        assert_eq!(
            is_name_word(text, t),
            is_name_word_by_chars(text, t),
            "{:?}",
            t.text(text)
        );
    }
}
