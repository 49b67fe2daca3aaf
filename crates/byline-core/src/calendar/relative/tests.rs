use super::*;

fn d(y: i32, m: u8, day: u8) -> CivilDate {
    CivilDate::new(y, m, day).unwrap()
}

/// Saturday 12 April 2025.
fn saturday() -> Option<CivilDate> {
    Some(d(2025, 4, 12))
}

fn iso(expr: &str, after: &str, published: Option<CivilDate>, tense: Tense) -> Option<String> {
    resolve(expr, after, published, || tense).map(|v| v.iso())
}

fn at(expr: &str, tense: Tense) -> Option<String> {
    iso(expr, "", saturday(), tense)
}

#[test]
fn weekday_follows_the_tense() {
    assert_eq!(at("Monday", Tense::Future).as_deref(), Some("2025-04-14"));
    assert_eq!(at("Monday", Tense::Past).as_deref(), Some("2025-04-07"));
    assert_eq!(at("Monday", Tense::Unknown).as_deref(), Some("2025-04-07"));
    // The article's own weekday is its own day either way.
    assert_eq!(at("Saturday", Tense::Past).as_deref(), Some("2025-04-12"));
    assert_eq!(at("Saturday", Tense::Future).as_deref(), Some("2025-04-12"));
}

#[test]
fn last_and_next_weekday_skip_the_article_day() {
    assert_eq!(at("last Monday", Tense::Unknown).as_deref(), Some("2025-04-07"));
    assert_eq!(at("next Monday", Tense::Unknown).as_deref(), Some("2025-04-14"));
    assert_eq!(at("last Saturday", Tense::Unknown).as_deref(), Some("2025-04-05"));
    assert_eq!(at("next Saturday", Tense::Unknown).as_deref(), Some("2025-04-19"));
}

#[test]
fn relative_months_years_weeks_and_decades() {
    assert_eq!(at("last month", Tense::Unknown).as_deref(), Some("2025-03"));
    assert_eq!(at("next month", Tense::Unknown).as_deref(), Some("2025-05"));
    assert_eq!(at("this month", Tense::Unknown).as_deref(), Some("2025-04"));
    assert_eq!(at("next year", Tense::Unknown).as_deref(), Some("2026"));
    assert_eq!(at("last year", Tense::Unknown).as_deref(), Some("2024"));
    assert_eq!(at("This year", Tense::Unknown).as_deref(), Some("2025"));
    assert_eq!(at("last week", Tense::Unknown).as_deref(), Some("2025-W14"));
    assert_eq!(at("next week", Tense::Unknown).as_deref(), Some("2025-W16"));
    assert_eq!(at("coming week", Tense::Unknown).as_deref(), Some("2025-W16"));
    assert_eq!(at("last decade", Tense::Unknown).as_deref(), Some("201X"));
    assert_eq!(
        iso("last month", "", Some(d(2025, 1, 20)), Tense::Unknown).as_deref(),
        Some("2024-12")
    );
}

#[test]
fn periods_relative_to_a_story_are_not_calendar_dates() {
    assert_eq!(at("the past year", Tense::Unknown), None);
    assert_eq!(at("previous week", Tense::Unknown), None);
    assert_eq!(at("next day", Tense::Unknown), None);
    assert_eq!(at("following year", Tense::Unknown), None);
}

#[test]
fn deictic_days() {
    assert_eq!(at("today", Tense::Unknown).as_deref(), Some("2025-04-12"));
    assert_eq!(at("Yesterday", Tense::Unknown).as_deref(), Some("2025-04-11"));
    assert_eq!(at("tomorrow", Tense::Unknown).as_deref(), Some("2025-04-13"));
    assert_eq!(at("last night", Tense::Unknown).as_deref(), Some("2025-04-11"));
}

#[test]
fn ago_counts_back_from_the_article_date() {
    assert_eq!(
        iso("ten years", " ago, the plant", saturday(), Tense::Unknown).as_deref(),
        Some("2015")
    );
    assert_eq!(
        iso("Six months", " ago", saturday(), Tense::Unknown).as_deref(),
        Some("2024-10")
    );
    assert_eq!(
        iso("3 days", " ago.", saturday(), Tense::Unknown).as_deref(),
        Some("2025-04-09")
    );
    assert_eq!(
        iso("two weeks", " ago", saturday(), Tense::Unknown).as_deref(),
        Some("2025-W13")
    );
    // A duration is not a date unless "ago" follows it.
    assert_eq!(iso("ten years", " in prison", saturday(), Tense::Unknown), None);
}

#[test]
fn seasons_relative_to_the_current_one() {
    assert_eq!(at("last summer", Tense::Unknown).as_deref(), Some("2024-22"));
    assert_eq!(at("next summer", Tense::Unknown).as_deref(), Some("2025-22"));
    assert_eq!(at("this summer", Tense::Unknown).as_deref(), Some("2025-22"));
    assert_eq!(at("this spring", Tense::Unknown).as_deref(), Some("2025-21"));
    assert_eq!(at("last winter", Tense::Unknown).as_deref(), Some("2024-24"));
    assert_eq!(at("next fall", Tense::Unknown).as_deref(), Some("2025-23"));
    let october = Some(d(2025, 10, 3));
    assert_eq!(
        iso("last summer", "", october, Tense::Unknown).as_deref(),
        Some("2025-22")
    );
    assert_eq!(iso("this summer", "", october, Tense::Past).as_deref(), Some("2025-22"));
    assert_eq!(
        iso("this summer", "", october, Tense::Future).as_deref(),
        Some("2026-22")
    );
}

#[test]
fn weekends() {
    // From a Wednesday, "this weekend" in the past is the Saturday before.
    let wednesday = Some(d(2016, 9, 7));
    assert_eq!(
        iso("this weekend", "", wednesday, Tense::Past).as_deref(),
        Some("2016-W35")
    );
    assert_eq!(
        iso("this weekend", "", wednesday, Tense::Future).as_deref(),
        Some("2016-W36")
    );
    assert_eq!(at("this weekend", Tense::Unknown).as_deref(), Some("2025-W15"));
    assert_eq!(at("last weekend", Tense::Unknown).as_deref(), Some("2025-W14"));
}

#[test]
fn a_month_alone_is_the_nearest_that_fits_the_tense() {
    assert_eq!(at("May", Tense::Future).as_deref(), Some("2025-05"));
    assert_eq!(at("May", Tense::Past).as_deref(), Some("2024-05"));
    assert_eq!(at("in May", Tense::Unknown).as_deref(), Some("2025-05"));
    assert_eq!(at("March", Tense::Unknown).as_deref(), Some("2025-03"));
    assert_eq!(at("April", Tense::Past).as_deref(), Some("2025-04"));
    assert_eq!(at("last May", Tense::Unknown).as_deref(), Some("2024-05"));
    assert_eq!(at("next March", Tense::Unknown).as_deref(), Some("2026-03"));
}

#[test]
fn a_day_without_its_year_takes_the_year_that_fits() {
    assert_eq!(at("Aug. 2", Tense::Past).as_deref(), Some("2024-08-02"));
    assert_eq!(at("Aug. 2", Tense::Future).as_deref(), Some("2025-08-02"));
    assert_eq!(at("April 10", Tense::Unknown).as_deref(), Some("2025-04-10"));
    assert_eq!(at("December 30", Tense::Unknown).as_deref(), Some("2024-12-30"));
}

#[test]
fn absolute_dates_need_no_article_date() {
    for (expr, want) in [
        ("August 2, 2015", "2015-08-02"),
        ("2 August 2015", "2015-08-02"),
        ("2015-08-02", "2015-08-02"),
        ("August 2015", "2015-08"),
        ("1798", "1798"),
        ("the early 1990s", "199X"),
    ] {
        assert_eq!(iso(expr, "", None, Tense::Unknown).as_deref(), Some(want), "{expr}");
        assert_eq!(
            iso(expr, "", saturday(), Tense::Unknown).as_deref(),
            Some(want),
            "{expr}"
        );
    }
}

#[test]
fn without_an_article_date_nothing_relative_is_resolved() {
    for expr in [
        "Monday",
        "last month",
        "next year",
        "in May",
        "Aug. 2",
        "today",
        "last summer",
        "this weekend",
    ] {
        assert_eq!(iso(expr, "", None, Tense::Past), None, "{expr}");
    }
    assert_eq!(iso("ten years", " ago", None, Tense::Past), None);
}
