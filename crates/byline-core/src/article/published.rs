//! The article's own date, when the article states it: a dateline at its
//! top ("Friday, August 15, 2008", "WASHINGTON, April 14, 2025 (Reuters) –")
//! or a date in its metadata ("2019-01-03T07:00:02Z", front matter's
//! `date:`).
//!
//! A dateline without a year ("May 7 (AFP) –") gives no date: the year is
//! not guessed.

use super::{Article, ParagraphKind};
use crate::calendar::CivilDate;
use crate::calendar::absolute::first_full_date;

/// Paragraphs after the title that may still be part of the article's head.
const HEAD_PARAGRAPHS: usize = 4;

/// Lower-case words a dateline may hold ("Published on 14 April 2025 at
/// 9:00 am").
const DATELINE_WORDS: &[&str] = &[
    "on",
    "at",
    "the",
    "of",
    "published",
    "posted",
    "updated",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "et",
    "gmt",
    "utc",
    "•",
    "|",
    "-",
    "–",
    "—",
];

/// A date from page metadata or front matter: an ISO date or timestamp, or
/// a written full date.
pub fn from_metadata(value: &str) -> Option<CivilDate> {
    let value = value.trim().trim_matches(['"', '\'']);
    first_full_date(value)
}

/// The date of a dateline at the top of the article's text.
pub fn from_dateline(article: &Article) -> Option<CivilDate> {
    let head = article
        .paragraphs
        .iter()
        .filter(|p| p.kind != ParagraphKind::Title)
        .take(HEAD_PARAGRAPHS);
    for p in head {
        let text = article.slice(p.span);
        let lead = dateline_lead(text);
        if let Some(date) = lead.filter(|l| looks_like_dateline(l)).and_then(first_full_date) {
            return Some(date);
        }
        // The story has begun: a date further down is an event's, not the article's.
        if p.kind == ParagraphKind::Body && text.len() > 150 {
            break;
        }
    }
    None
}

/// The part of a paragraph a dateline can be: the whole of a short line,
/// or what comes before the dash or agency that opens a story.
fn dateline_lead(text: &str) -> Option<&str> {
    let first_line = text.lines().next().unwrap_or("");
    if first_line.chars().count() <= 80 {
        let cut = [" – ", " — ", " -- ", " - ", "("]
            .iter()
            .filter_map(|sep| first_line.find(sep))
            .min()
            .unwrap_or(first_line.len());
        return Some(&first_line[..cut]);
    }
    let cut = [" – ", " — ", " -- ", " - ", " ("]
        .iter()
        .filter_map(|sep| first_line.find(sep))
        .min()?;
    (cut <= 80).then(|| &first_line[..cut])
}

/// Every word capitalized or a number, but for the few small words a
/// dateline uses: "WASHINGTON, April 14, 2025", not "On April 12, 1981,
/// Columbia lifted off".
fn looks_like_dateline(lead: &str) -> bool {
    lead.split_whitespace().all(|w| {
        let w = w.trim_matches([',', '.', ':', ';']);
        w.is_empty()
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || DATELINE_WORDS.contains(&w.to_lowercase().as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Option<CivilDate> {
        CivilDate::new(y, m, day)
    }

    fn dated(raw: &str) -> Option<CivilDate> {
        from_dateline(&Article::from_text("t.txt", raw))
    }

    #[test]
    fn a_dateline_paragraph_under_the_title() {
        assert_eq!(
            dated(
                "Council approves new budget\n\nFriday, August 15, 2008\n\nThe council voted on Thursday to approve it."
            ),
            d(2008, 8, 15)
        );
        assert_eq!(
            dated("Council approves new budget\n\nSep 25, 2020\n\nRELEASE 20-093\n\nThe council voted."),
            d(2020, 9, 25)
        );
    }

    #[test]
    fn a_dateline_opening_the_first_paragraph() {
        assert_eq!(
            dated("Council approves budget\n\nWASHINGTON, April 14, 2025 (Reuters) – The council voted on Monday."),
            d(2025, 4, 14)
        );
        assert_eq!(
            dated("Council approves budget\n\nLONDON, 3 March 2024 — The council voted to approve it."),
            d(2024, 3, 3)
        );
    }

    #[test]
    fn a_dateline_without_a_year_gives_no_date() {
        assert_eq!(
            dated("Council approves budget\n\nWASHINGTON, April 14 (Reuters) – The council voted on Monday."),
            None
        );
        assert_eq!(
            dated("Council approves budget\n\nMay 7 (AFP) – The council voted on Monday."),
            None
        );
    }

    #[test]
    fn an_event_date_in_the_story_is_not_the_article_date() {
        assert_eq!(
            dated(
                "Shuttle anniversary marked\n\nOn April 12, 1981, Columbia lifted off from Florida on the first mission."
            ),
            None
        );
        let long = format!(
            "Budget passes\n\n{}\n\nFriday, August 15, 2008",
            "The council voted to approve the budget after a long debate in the chamber. ".repeat(3)
        );
        assert_eq!(dated(&long), None);
    }

    #[test]
    fn metadata_values() {
        assert_eq!(from_metadata("2019-01-03T07:00:02.000Z"), d(2019, 1, 3));
        assert_eq!(from_metadata("\"2025-04-12\""), d(2025, 4, 12));
        assert_eq!(from_metadata("April 12, 2025"), d(2025, 4, 12));
        assert_eq!(from_metadata("soon"), None);
    }
}
