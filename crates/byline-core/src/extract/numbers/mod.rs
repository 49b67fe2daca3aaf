//! Numbers: numerals, spelled-out numbers, money, percentages, counts,
//! measures, ordinals, years and dates, each with its value after scaling,
//! its unit or counted noun, and its context clause.
//!
//! A byte scan finds the sentences that can hold a number and where the
//! first may begin ([`trigger`]); one pass over the shared tokenizer's
//! tokens from there reads them ([`scan`]). Word lists are `match` tables
//! ([`words`], [`units`]) behind a one-lookup filter, so most tokens cost a
//! few comparisons and no regex runs over the text.

mod context;
mod numeral;
mod scan;
mod trigger;
mod units;
mod words;

use super::tokens::{Token, tokenize_into};
use super::{NumberKind, NumberMention};
use crate::article::{Article, ParagraphKind, Sentence};
use context::SentenceContext;
use scan::{Found, Scanner};

/// Every number a reader would want to find, in text order.
pub fn extract_numbers(article: &Article) -> Vec<NumberMention> {
    let mut reader = NumberReader::new(article);
    for sentence in &article.sentences {
        reader.sentence(sentence, None);
    }
    reader.finish()
}

/// Numbers read sentence by sentence, from the sentence's tokens when the
/// caller has them ([`crate::extract::analyze`] tokenizes each sentence
/// once for all extractors) or from a window it tokenizes itself.
pub(crate) struct NumberReader<'a> {
    article: &'a Article,
    out: Vec<NumberMention>,
    found: Vec<Found>,
    /// Tokens of the window read when the caller gives none.
    own_toks: Vec<Token>,
    ctx: SentenceContext,
}

impl<'a> NumberReader<'a> {
    pub(crate) fn new(article: &'a Article) -> NumberReader<'a> {
        NumberReader {
            article,
            // News runs to about one number a sentence; growing the list
            // by doubling would copy it again and again.
            out: Vec::with_capacity(article.sentences.len()),
            found: Vec::new(),
            own_toks: Vec::new(),
            ctx: SentenceContext::new(),
        }
    }

    /// Reads one sentence; `sentence_toks`, when given, are all of its tokens.
    pub(crate) fn sentence(&mut self, sentence: &Sentence, sentence_toks: Option<&[Token]>) {
        let article = self.article;
        let text = article.text.as_str();
        let Some(trigger) = trigger::first_trigger(text, sentence.span) else {
            return;
        };
        let from = trigger::window_start(text, sentence.span.start, trigger);
        let first_word = trigger::first_word_start(text, sentence.span);
        let title_case = article
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| matches!(p.kind, ParagraphKind::Title | ParagraphKind::Heading));
        // The window starts just after a space, so the sentence's tokens
        // from there on are exactly the window's.
        let toks: &[Token] = match sentence_toks {
            Some(all) => &all[all.partition_point(|t| t.span.start < from)..],
            None => {
                tokenize_into(&text[from..sentence.span.end], from, &mut self.own_toks);
                &self.own_toks
            }
        };
        let found = &mut self.found;
        found.clear();
        Scanner::new(text, toks, title_case, first_word).scan(found);
        if found.is_empty() {
            return;
        }
        link_ranges(text, found);
        share_counted_noun(found);
        let ctx = &mut self.ctx;
        ctx.read(text, sentence.span, from, toks);
        self.out.extend(found.drain(..).map(|f| NumberMention {
            context: ctx.around(text, f.span),
            span: f.span,
            kind: f.kind,
            value: f.value,
            unit: f.unit,
        }));
    }

    /// The numbers in text order, once every sentence has been read.
    pub(crate) fn finish(mut self) -> Vec<NumberMention> {
        self.out.sort_by_key(|m| (m.span.start, m.span.end));
        self.out
    }
}

/// The first end of a range takes what is attached to the second:
/// "between 3 and 5 percent", "from $5 to $10 billion", "2 or 3 people".
fn link_ranges(text: &str, found: &mut [Found]) {
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1], &found[k]);
        // "from $5 to $10 billion": the same currency, scaled only at the end.
        let unscaled_money =
            a.kind == NumberKind::Money && b.kind == NumberKind::Money && a.unit == b.unit && a.scale == 1.0;
        if !(a.bare || unscaled_money) || b.bare || b.value.is_none() || a.span.end > b.span.start {
            continue;
        }
        let between = text[a.span.end..b.span.start].trim();
        let joined = match between {
            "-" | "–" | "—" | "to" | "or" | "through" => true,
            "and" => {
                let before = text[..a.span.start].trim_end().as_bytes();
                before.len() >= 7 && before[before.len() - 7..].eq_ignore_ascii_case(b"between")
            }
            _ => false,
        };
        if !joined
            || !matches!(
                b.kind,
                NumberKind::Percent | NumberKind::Money | NumberKind::Measure | NumberKind::Count
            )
        {
            continue;
        }
        let (kind, unit, scale) = (b.kind, b.unit.clone(), b.scale);
        let a = &mut found[k - 1];
        a.kind = kind;
        a.unit = unit;
        if a.scale == 1.0 && scale > 1.0 {
            a.value = a.value.map(|v| v * scale);
            a.scale = scale;
        }
        a.bare = false;
    }
}

/// A bare count takes the counted noun of the count before it in the same
/// sentence: "Of those 43 states, eight have ...".
fn share_counted_noun(found: &mut [Found]) {
    // The last count with a noun; a count that takes one had none, so the
    // noun stays that of a count that had its own.
    let mut last_with_unit: Option<usize> = None;
    for k in 0..found.len() {
        if found[k].kind != NumberKind::Count {
            continue;
        }
        if found[k].bare && found[k].unit.is_none() {
            if let Some(j) = last_with_unit {
                found[k].unit = found[j].unit.clone();
            }
        } else if found[k].unit.is_some() {
            last_with_unit = Some(k);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::article::Article;

    /// The numbers of one paragraph, as (text, kind, value, unit).
    pub(crate) fn numbers(body: &str) -> Vec<(String, NumberKind, Option<f64>, Option<String>)> {
        let a = Article::from_text("t", &format!("A headline for the test\n\n{body}"));
        extract_numbers(&a)
            .into_iter()
            .map(|m| (a.slice(m.span).to_string(), m.kind, m.value, m.unit))
            .collect()
    }

    fn one(body: &str, text: &str) -> (String, NumberKind, Option<f64>, Option<String>) {
        let all = numbers(body);
        all.iter()
            .find(|n| n.0 == text)
            .cloned()
            .unwrap_or_else(|| panic!("no {text:?} in {all:?}"))
    }

    fn texts(body: &str) -> Vec<String> {
        numbers(body).into_iter().map(|n| n.0).collect()
    }

    use NumberKind::*;

    #[test]
    fn money_with_symbol_and_scale() {
        let b = "Of the nearly $6.5 billion in goods exported from El Salvador in 2024, $2.1 billion went to the United States.";
        assert_eq!(
            one(b, "$6.5 billion"),
            ("$6.5 billion".into(), Money, Some(6.5e9), Some("USD".into()))
        );
        assert_eq!(one(b, "2024").1, Year);
    }

    #[test]
    fn money_prefixes_abbreviations_and_currency_words() {
        let b = "Revenue rose to US$5.2 billion, or €4.8bn, while £5m went to charity and the schools owe over 422,000 euros.";
        assert_eq!(one(b, "US$5.2 billion").2, Some(5.2e9));
        assert_eq!(one(b, "€4.8bn").3.as_deref(), Some("EUR"));
        assert_eq!(one(b, "£5m").2, Some(5e6));
        assert_eq!(
            one(b, "422,000 euros"),
            ("422,000 euros".into(), Money, Some(422000.0), Some("EUR".into()))
        );
        let b = "The firm paid 500,000 rupees, 20 Swiss francs and 5 million pounds.";
        assert_eq!(one(b, "20 Swiss francs").3.as_deref(), Some("CHF"));
        assert_eq!(one(b, "5 million pounds").3.as_deref(), Some("GBP"));
        assert_eq!(one(b, "500,000 rupees").3.as_deref(), Some("INR"));
    }

    #[test]
    fn pounds_without_scale_are_weight() {
        let b = "The baby weighed 8 pounds at birth.";
        assert_eq!(one(b, "8 pounds").1, Measure);
    }

    #[test]
    fn percents_and_percentage_points() {
        let b = "In January and February, remittances grew 14 percent compared to the same period in 2024.";
        assert_eq!(
            one(b, "14 percent"),
            ("14 percent".into(), Percent, Some(14.0), Some("%".into()))
        );
        let b = "accounting for 16% of the overall economic impact, up 0.5 percentage points";
        assert_eq!(one(b, "16%").2, Some(16.0));
        assert_eq!(one(b, "0.5 percentage points").1, Percent);
        let b = "Growth will be 3 per cent this year.";
        assert_eq!(one(b, "3 per cent").2, Some(3.0));
    }

    #[test]
    fn ranges_give_one_item_per_end() {
        let b = "Inflation was between 3 and 5 percent last year.";
        assert_eq!(one(b, "3"), ("3".into(), Percent, Some(3.0), Some("%".into())));
        let b = "Unemployment hit 3-5% in some states.";
        assert_eq!(one(b, "3").1, Percent);
        assert_eq!(one(b, "5%").2, Some(5.0));
        let b = "The seats increased from 9 to 10.";
        assert_eq!(texts(b), vec!["9", "10"]);
        let b = "to pay over 422,000 euros in arrears for the period from 2004 to 2009.";
        assert_eq!(one(b, "2004").1, Year);
        assert_eq!(one(b, "2009").2, Some(2009.0));
        let b = "Investors pledged from $5 to $10 billion.";
        assert_eq!(one(b, "$5").2, Some(5e9));
    }

    #[test]
    fn score_is_not_a_range() {
        assert_eq!(one("They won the final 3-1 win after extra time.", "3-1").1, Other);
    }

    #[test]
    fn spelled_out_numbers() {
        let b = "Forty-three states have an economic impact of more than $10 million.";
        assert_eq!(
            one(b, "Forty-three states"),
            ("Forty-three states".into(), Count, Some(43.0), Some("states".into()))
        );
        let b = "with Junius Ho defeating Lee Cheuk-yan by around five thousand votes.";
        assert_eq!(one(b, "five thousand votes").2, Some(5000.0));
        let b = "Police detained a dozen protesters.";
        assert_eq!(one(b, "a dozen protesters").2, Some(12.0));
        let b = "The ISS represents 15 nations and five space agencies.";
        assert_eq!(one(b, "five space agencies").3.as_deref(), Some("space agencies"));
    }

    #[test]
    fn pronoun_one_is_not_a_number() {
        let b = "The center is widely recognized as one of the foremost organizations, but one that was made in haste.";
        assert!(texts(b).is_empty(), "{:?}", texts(b));
        assert_eq!(one("It took one hour.", "one hour").1, Measure);
    }

    #[test]
    fn vague_quantities_have_no_value() {
        let b = "El Salvador was among the dozens of US trade partners hit by tariffs.";
        assert_eq!(
            one(b, "dozens"),
            ("dozens".into(), Count, None, Some("US trade partners".into()))
        );
        let b = "supporting tens of thousands of new jobs in America";
        assert_eq!(one(b, "tens of thousands").2, None);
        assert!(texts("Many schools and some officials objected.").is_empty());
    }

    #[test]
    fn ordinals_attached_to_nouns() {
        let b = "Shortly after Trump's inauguration to a second term, Bukele made an offer.";
        assert_eq!(one(b, "second term"), ("second term".into(), Ordinal, Some(2.0), None));
        let b = "Discovery was retired after STS-133 last month, its 39th mission.";
        assert_eq!(one(b, "39th mission").2, Some(39.0));
        let b = "NASA released the results of its first-ever agencywide report.";
        let first = numbers(b).into_iter().find(|n| n.0.starts_with("first-ever"));
        assert_eq!(first.map(|n| (n.1, n.2)), Some((Ordinal, Some(1.0))));
        let b = "Demosisto's Nathan Law earned a surprise victory as second place in the constituency.";
        assert_eq!(one(b, "second place").1, Ordinal);
    }

    #[test]
    fn adverbial_first_and_time_second_are_not_ordinals() {
        assert!(texts("At first nobody came, and he first arrived later.").is_empty());
        assert!(texts("The vote took a second.").is_empty());
        assert_eq!(one("The blast lasted 1 second.", "1 second").1, Measure);
    }

    #[test]
    fn years_but_not_counts_or_money() {
        let b = "he invoked a rarely used law dating to 1798.";
        assert_eq!(one(b, "1798"), ("1798".into(), Year, Some(1798.0), None));
        let b = "The agency has recorded more than 2,000 spinoffs since 1976.";
        assert_eq!(one(b, "2,000 spinoffs").1, Count);
        assert_eq!(one(b, "1976").1, Year);
        assert_eq!(one("The museum paid $2024 for it.", "$2024").1, Money);
        let b = "how the U.S. economy benefited in FY2019 from exploration";
        assert_eq!(one(b, "FY2019").2, Some(2019.0));
        let b = "The previous election was before the 2014 protests.";
        assert_eq!(one(b, "2014").1, Year);
        let b = "Officials deployed some 2000 troops.";
        assert_eq!(one(b, "2000 troops").1, Count);
    }

    #[test]
    fn full_dates_are_one_item() {
        let b = "On April 12, 1981, Space Shuttle Columbia lifted off, and on July 8 and 8 July 2015 again.";
        assert_eq!(texts(b), vec!["April 12, 1981", "July 8", "8 July 2015"]);
        assert_eq!(one(b, "April 12, 1981").1, Date);
        assert_eq!(one(b, "April 12, 1981").2, None);
        let b = "Officials said on 14/04/2025, and again on 2025-04-14, that Sep 25, 2020 was key.";
        assert_eq!(texts(b), vec!["14/04/2025", "2025-04-14", "Sep 25, 2020"]);
    }

    #[test]
    fn durations_and_measures() {
        let b = "Space Shuttle Challenger was lost when it exploded 73 seconds after liftoff.";
        assert_eq!(
            one(b, "73 seconds"),
            ("73 seconds".into(), Measure, Some(73.0), Some("seconds".into()))
        );
        let b = "four hours after the last person was allowed to join the queue";
        assert_eq!(one(b, "four hours").2, Some(4.0));
        let b = "He drove 120 km/h for 5 km in 30 degrees Celsius with 10 kg of cargo.";
        assert_eq!(one(b, "120 km/h").3.as_deref(), Some("km/h"));
        assert_eq!(one(b, "5 km").1, Measure);
        assert_eq!(one(b, "30 degrees Celsius").2, Some(30.0));
        assert_eq!(one(b, "10 kg").3.as_deref(), Some("kg"));
        let b = "A 35-year-old man was arrested after a two-year investigation.";
        assert_eq!(one(b, "35-year-old").3.as_deref(), Some("years"));
        assert_eq!(one(b, "two-year").2, Some(2.0));
    }

    #[test]
    fn counts_with_distant_or_quoted_nouns() {
        let b = "Rubio said Sunday that 10 further \"criminals\" had arrived in El Salvador.";
        let n = one(b, "10 further \"criminals\"");
        assert_eq!((n.1, n.2), (Count, Some(10.0)));
        assert_eq!(n.3.as_deref(), Some("further criminals"));
        let b = "Of those 43 states, eight have an economic impact of $1 billion or more.";
        assert_eq!(
            one(b, "eight"),
            ("eight".into(), Count, Some(8.0), Some("states".into()))
        );
        let b = "The United States is home to 2.5 million Salvadorans who are a mainstay.";
        assert_eq!(one(b, "2.5 million Salvadorans").2, Some(2.5e6));
    }

    #[test]
    fn clock_times_fractions_and_identifiers_are_other() {
        let b = "after the polls closed at 22:30, the last ballot was cast at 2:30 p.m.";
        assert_eq!(texts(b), vec!["22:30", "2:30 p.m."]);
        assert_eq!(one(b, "22:30").1, Other);
        let b = "an investment of just one-half of 1% of the budget, a minority larger than a third to veto";
        assert_eq!(one(b, "one-half").2, Some(0.5));
        assert_eq!(one(b, "a third").1, Other);
        assert_eq!(one(b, "1%").1, Percent);
        let b =
            "Columbia lifted off on STS-1 before Yuri Gagarin's Vostok 1 and the deputies of Movimento 5 Stelle (M5S).";
        assert_eq!(texts(b), vec!["STS-1", "1", "5"]);
        assert_eq!(one(b, "STS-1").2, Some(1.0));
        assert_eq!(one("RELEASE 20-093", "20-093").1, Other);
    }

    #[test]
    fn a_sentence_read_from_its_own_tokens_gives_what_the_window_gives() {
        let body = "Maria Lopez, 42, said on April 12, 1981 that \"about 2,000 people\" left.  \
            Then, at 2:30 p.m., the U.S. paid $6.5 billion — 14 percent more — to Acme Corp. \
            Le coût: €5 millions pour 3 000 élèves, «deux» fois. In 2024 the  firm\u{2003}hired\ttwo hundred and fifty workers.";
        let a = Article::from_text("t", &format!("Officials Said 3,000 Jobs Were Lost\n\n{body}"));
        let mut reader = NumberReader::new(&a);
        for sentence in &a.sentences {
            let toks = crate::extract::tokens::tokenize(a.slice(sentence.span), sentence.span.start);
            reader.sentence(sentence, Some(&toks));
        }
        let shared = reader.finish();
        assert!(shared.len() >= 8, "{shared:?}");
        assert_eq!(shared, extract_numbers(&a));
    }

    #[test]
    fn zero_padded_codes_and_markup_are_not_numbers() {
        assert!(texts("Reference 052962 uses utf-8 encoding.").is_empty());
    }

    #[test]
    fn urls_and_codes_are_not_numbers() {
        let b = "A summary is at https://go.nasa.gov/3cxsYlU and go.nasa.gov/3i2tycr, said M5S and the G7.";
        assert!(texts(b).is_empty(), "{:?}", texts(b));
    }

    #[test]
    fn context_is_a_short_clause_holding_the_number() {
        let body = "The report shows that, through all NASA activities, the agency generated more than $64.3 billion in total economic output during fiscal year 2019, supported more than 312,000 jobs nationwide, and generated an estimated $7 billion in federal, state, and local taxes throughout the United States.";
        let a = Article::from_text("t", &format!("A headline for the test\n\n{body}"));
        let ms = extract_numbers(&a);
        assert_eq!(ms.len(), 4);
        for m in &ms {
            let c = a.slice(m.context);
            assert!(m.context.contains(m.span), "{c}");
            assert!(c.len() <= context::MAX_CONTEXT, "{c}");
        }
    }

    #[test]
    fn spans_lie_on_char_boundaries_in_unicode_text() {
        let body = "Le coût: €5 millions — soit 10 % — pour 3 000 élèves, «deux» fois, ½ et ¥.";
        let a = Article::from_text("t", &format!("Titre\n\n{body}"));
        for m in extract_numbers(&a) {
            assert!(a.text.is_char_boundary(m.span.start) && a.text.is_char_boundary(m.span.end));
            assert!(a.text.is_char_boundary(m.context.start));
            assert!(a.text.is_char_boundary(m.context.end));
        }
    }

    /// Throughput over the seed repeated to about 10 MB:
    /// `cargo test --release --lib numbers::tests::throughput -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn throughput() {
        let seed = include_str!("../../../../../seeds/000_b57316d73bd39c35.txt");
        let mut raw = String::new();
        while raw.len() < 10_000_000 {
            raw.push_str(seed);
            raw.push_str("\n\n");
        }
        let a = Article::from_text("big", &raw);
        // The best of three runs, as the machine may be shared.
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..3 {
            let t = std::time::Instant::now();
            n = extract_numbers(&a).len();
            best = best.min(t.elapsed().as_secs_f64());
        }
        let mb = a.text.len() as f64 / 1e6;
        println!("{n} numbers in {mb:.1} MB: {:.1} ms/MB", best * 1e3 / mb);
        assert!(n > 1000);
    }
}
