//! Number forms whose kind depends on the words around them: ages ("aged
//! 14", "Smith, 42,"), multipliers ("ten times more", "18-fold"), ranks
//! ("#2", "day five"), scores ("2–1"), financial years ("2011/12") and
//! fractions of a scale ("a quarter of a million").

use super::{Core, Found, Scanner, found};
use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::numbers::words;
use crate::extract::tokens::TokenKind;

/// Oldest age read from a bare number.
const MAX_AGE: f64 = 120.0;

/// Highest side of a score ("3–1").
const MAX_SCORE: f64 = 99.0;

impl Scanner<'_> {
    /// "a quarter of a million", "one third of a billion": a fraction of a scale.
    pub(super) fn fraction_of_scale(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        if !matches!(self.low(i).as_str(), "a" | "an" | "one") {
            return None;
        }
        let den = words::fraction_denominator(self.low(i + 1).as_str())?;
        if self.low(i + 2).as_str() != "of" || !matches!(self.low(i + 3).as_str(), "a" | "an" | "one") {
            return None;
        }
        let sc = words::scale_word(self.low(i + 4).as_str()).filter(|&s| s >= 1e3)?;
        let core = Core::spelled(i, self.start(i), self.end(i + 4), i + 5, sc / den, sc);
        Some(self.tail(core, out))
    }

    /// A bare number that gives someone's age: "aged 14", "at age 17",
    /// "at the age of 9", "when she was six", "Ann Lee, 42,".
    pub(super) fn is_age(&self, core: &Core) -> bool {
        let i = core.first;
        if !core.integer || core.year_like || core.value < 1.0 || core.value > MAX_AGE || i == 0 {
            return false;
        }
        let prev = self.low(i - 1);
        let prev = prev.as_str();
        if matches!(prev, "aged" | "age") {
            return true;
        }
        if prev == "of" && i >= 2 && self.low(i - 2).as_str() == "age" {
            return true;
        }
        // "she was six", "he turned 40": a person's pronoun, then the number alone.
        if matches!(prev, "was" | "is" | "turned" | "turns") && i >= 2 {
            return matches!(self.low(i - 2).as_str(), "he" | "she" | "i");
        }
        // "Ann Lee, 42, said": a number set off by commas after a name.
        prev == ","
            && self.is_punct(core.next, ",")
            && i >= 2
            && self.is_word(i - 2)
            && self.capitalized(i - 2)
            && !self.sentence_start(i - 2)
    }

    /// "ten times more", "five times the size", "3 times as large": a
    /// multiplier; `j` is the token after the number.
    pub(super) fn multiplier(&self, core: &Core, j: usize, value: f64, out: &mut Vec<Found>) -> Option<usize> {
        if self.low(j).as_str() != "times" {
            return None;
        }
        let next = self.low(j + 1);
        let n = next.as_str();
        let comparative = matches!(
            n,
            "more" | "less" | "fewer" | "as" | "the" | "that" | "what" | "over" | "higher" | "lower" | "larger"
        ) || (n.len() > 4
            && n.ends_with("er")
            && self.is_word(j + 1)
            && !matches!(
                n,
                "after" | "under" | "other" | "never" | "either" | "whether" | "together" | "rather"
            ));
        if !comparative {
            return None;
        }
        out.push(found(
            Span::new(core.start, self.end(j)),
            NumberKind::Other,
            Some(value),
            None,
        ));
        Some(j + 1)
    }

    /// "#2": a rank.
    pub(super) fn rank_mark(&self, core: &Core, out: &mut Vec<Found>) -> Option<usize> {
        let i = core.first;
        if i == 0 || !self.is_punct(i - 1, "#") || !self.glued(i - 1) || !core.integer || core.money.is_some() {
            return None;
        }
        out.push(found(
            Span::new(self.start(i - 1), core.end),
            NumberKind::Ordinal,
            Some(core.value),
            None,
        ));
        Some(core.next)
    }

    /// "day five", "round 3", "week two": a stage counted by its number.
    pub(super) fn stage_number(&self, core: &Core, out: &mut Vec<Found>) -> Option<usize> {
        let i = core.first;
        if i == 0 || !core.integer || core.year_like || !self.is_word(i - 1) || self.capitalized(i - 1) {
            return None;
        }
        let stage = matches!(
            self.low(i - 1).as_str(),
            "day" | "week" | "round" | "stage" | "game" | "phase" | "leg" | "episode" | "season" | "chapter" | "level"
        );
        if !stage {
            return None;
        }
        out.push(found(
            Span::new(self.start(i - 1), core.end),
            NumberKind::Ordinal,
            Some(core.value),
            None,
        ));
        Some(core.next)
    }

    /// "2–1", "3—0": two small numbers joined by a dash with nothing
    /// counted after them are a score.
    pub(super) fn dashed_score(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        if !(self.glued(i)
            && (self.is_punct(i + 1, "–") || self.is_punct(i + 1, "—"))
            && self.glued(i + 1)
            && self.is_num(i + 2))
        {
            return None;
        }
        let small = |k: usize| {
            self.t(k).bytes().all(|b| b.is_ascii_digit()) && self.t(k).parse::<f64>().is_ok_and(|v| v <= MAX_SCORE)
        };
        let glued_word = self.glued(i + 2) && !matches!(self.kind(i + 3), Some(TokenKind::Punct));
        if !small(i) || !small(i + 2) || glued_word {
            return None;
        }
        let after = self.low(i + 3);
        let counted = self.noun_phrase(i + 3, 1, true).is_some_and(|np| np.plural)
            || self.percent_at(i + 3).is_some()
            || self.unit_after(i + 3).is_some()
            || after.as_str() == "times";
        if counted {
            return None;
        }
        out.push(found(
            Span::new(self.start(i), self.end(i + 2)),
            NumberKind::Other,
            None,
            None,
        ));
        Some(i + 3)
    }

    /// "2011/12", "2003/04", "2011/2012": a financial or school year, one
    /// item valued at its first year.
    pub(super) fn split_year(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        if !(self.glued(i) && self.is_punct(i + 1, "/") && self.glued(i + 1) && self.is_num(i + 2)) {
            return None;
        }
        let first = self.t(i);
        let second = self.t(i + 2);
        let year = financial_year(first, second)?;
        out.push(found(
            Span::new(self.start(i), self.end(i + 2)),
            NumberKind::Year,
            Some(year),
            None,
        ));
        Some(i + 3)
    }
}

/// The first year of "2011" and "12" (or "2012"), when the second is the
/// year after it.
pub(super) fn financial_year(first: &str, second: &str) -> Option<f64> {
    if first.len() != 4 || !first.bytes().all(|b| b.is_ascii_digit()) || !second.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let a: u32 = first.parse().ok()?;
    let b: u32 = second.parse().ok()?;
    if !(1800..=2200).contains(&a) {
        return None;
    }
    let next = match second.len() {
        2 => b == (a + 1) % 100,
        4 => b == a + 1,
        _ => false,
    };
    next.then_some(f64::from(a))
}

/// Words after a spelled number and a hyphen that make an idiom, not a
/// count ("one-sided", "two-way").
pub(super) fn idiom_after_hyphen(w: &str) -> bool {
    matches!(
        w,
        "way" | "sided" | "faced" | "time" | "off" | "on" | "up" | "out" | "fold" | "and" | "or" | "to"
    )
}

#[cfg(test)]
mod tests {
    use crate::extract::NumberKind::{self, *};
    use crate::extract::numbers::tests::numbers;

    fn kv(body: &str, text: &str) -> (NumberKind, Option<f64>) {
        let all = numbers(body);
        all.iter()
            .find(|n| n.0 == text)
            .map(|n| (n.1, n.2))
            .unwrap_or_else(|| panic!("no {text:?} in {all:?}"))
    }

    #[test]
    fn ages_are_measures_in_years() {
        assert_eq!(kv("He turned 60 last year.", "60"), (Measure, Some(60.0)));
        let b = "Mira Holt, 42, moved to Leeds when she was nine and left school aged 16, at age seventeen.";
        assert_eq!(kv(b, "42"), (Measure, Some(42.0)));
        assert_eq!(kv(b, "nine"), (Measure, Some(9.0)));
        assert_eq!(kv(b, "16"), (Measure, Some(16.0)));
        assert_eq!(kv(b, "seventeen"), (Measure, Some(17.0)));
        assert!(numbers(b).iter().all(|n| n.3.as_deref() == Some("years")));
        // A count after a comma in a list is not an age.
        assert_eq!(kv("The vote was close, 12, they said.", "12").0, Count);
    }

    #[test]
    fn multipliers_are_other_with_their_factor() {
        let b = "Prices rose ten times faster than wages, an 18-fold increase and a tenfold rise, 3 times higher.";
        assert_eq!(kv(b, "ten times"), (Other, Some(10.0)));
        assert_eq!(kv(b, "18-fold"), (Other, Some(18.0)));
        assert_eq!(kv(b, "tenfold"), (Other, Some(10.0)));
        assert_eq!(kv(b, "3 times"), (Other, Some(3.0)));
        // Repetitions are counts.
        assert_eq!(kv("The clip was shared two million times.", "two million").0, Count);
    }

    #[test]
    fn ranks_and_stages_are_ordinals() {
        let b = "It was the #2 app, and on day five of the trial the jury met for round 3.";
        assert_eq!(kv(b, "#2"), (Ordinal, Some(2.0)));
        assert_eq!(kv(b, "day five"), (Ordinal, Some(5.0)));
        assert_eq!(kv(b, "round 3"), (Ordinal, Some(3.0)));
    }

    #[test]
    fn coordinated_ordinals_share_their_noun() {
        let b = "Come back on the second or third night.";
        assert_eq!(kv(b, "second"), (Ordinal, Some(2.0)));
        assert_eq!(kv(b, "third night"), (Ordinal, Some(3.0)));
    }

    #[test]
    fn scores_are_one_item() {
        let b = "Leeds won 2–1 at home, then drew 0—0.";
        assert_eq!(kv(b, "2–1"), (Other, None));
        assert_eq!(kv(b, "0—0"), (Other, None));
        // A range of counted things is still two ends.
        assert_eq!(kv("It takes 3–5 days.", "5 days").0, Measure);
    }

    #[test]
    fn financial_years_and_month_years_are_years() {
        let b = "Spending in 2011/12 and 2019-20 beat 2003/2004, as reported in March 2015.";
        assert_eq!(kv(b, "2011/12"), (Year, Some(2011.0)));
        assert_eq!(kv(b, "2019-20"), (Year, Some(2019.0)));
        assert_eq!(kv(b, "2003/2004"), (Year, Some(2003.0)));
        assert_eq!(kv(b, "March 2015"), (Year, Some(2015.0)));
        // Not consecutive years: a range, two items.
        assert_eq!(kv("from 2004-09 onwards", "2004").0, Year);
    }

    #[test]
    fn spelled_counts_made_adjectives() {
        let b = "A six-member panel joined the three-nation alliance in a two-way deal.";
        assert_eq!(kv(b, "six-member"), (Count, Some(6.0)));
        assert_eq!(kv(b, "three-nation"), (Count, Some(3.0)));
        assert!(numbers(b).iter().all(|n| n.0 != "two-way"));
    }

    #[test]
    fn vague_quantity_with_a_scale() {
        let all = numbers("Several hundred protesters and a few thousand fans came.");
        assert!(
            all.iter()
                .any(|n| n.0 == "Several hundred" && n.2.is_none() && n.3.as_deref() == Some("protesters"))
        );
        assert!(
            all.iter()
                .any(|n| n.0 == "few thousand" && n.3.as_deref() == Some("fans"))
        );
    }

    #[test]
    fn fraction_of_a_scale() {
        let b = "About a quarter of a million people marched.";
        assert_eq!(kv(b, "a quarter of a million people"), (Count, Some(250_000.0)));
    }

    #[test]
    fn bracketed_number_keeps_its_unit() {
        let b = "\"[Five] weeks ago, nobody knew,\" she said.";
        assert_eq!(kv(b, "[Five] weeks"), (Measure, Some(5.0)));
    }
}
