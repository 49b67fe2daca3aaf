//! Numerals joined by hyphens: ranges ("3-5%", "2004-2009"), ISO dates
//! ("2025-04-14"), financial years ("2011-12"), compounds ("35-year-old")
//! and identifiers ("20-093").

use super::{Core, Found, Scanner, forms, found};
use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::numbers::numeral::{self, Numeral};
use crate::extract::numbers::units;
use crate::extract::numbers::words::{self, Lower};

impl Scanner<'_> {
    /// Number tokens with hyphens: ranges ("3-5%", "2004-2009"), dates
    /// ("2025-04-14"), compounds ("35-year-old") and identifiers ("20-093").
    pub(super) fn hyphenated(
        &self,
        i: usize,
        money: Option<(&'static str, usize)>,
        out: &mut Vec<Found>,
    ) -> Option<usize> {
        let s = self.t(i);
        let base = self.start(i);
        let parts: Vec<(usize, &str)> = split_hyphens(s);
        let nums: Vec<Option<Numeral>> = parts.iter().map(|(_, p)| numeral::parse(p)).collect();
        let all_numeric = nums.iter().all(Option::is_some);
        if all_numeric && parts.len() == 3 {
            let [a, b, c] = [nums[0], nums[1], nums[2]].map(|n| n.map_or(0.0, |n| n.value));
            let iso = nums[0].is_some_and(|n| n.year_like()) && b <= 12.0 && c <= 31.0;
            let kind = if iso { NumberKind::Date } else { NumberKind::Other };
            let _ = a;
            out.push(found(self.toks[i].span, kind, None, None));
            return Some(i + 1);
        }
        if all_numeric && parts.len() == 2 {
            let (n1, n2) = (nums[0]?, nums[1]?);
            let (o1, p1) = parts[0];
            let (o2, p2) = parts[1];
            let span1 = Span::new(money.map_or(base + o1, |m| m.1), base + o1 + p1.len());
            let span2 = Span::new(base + o2, base + o2 + p2.len());
            // "2011-12": a financial year, one item.
            if money.is_none()
                && let Some(year) = forms::financial_year(p1, p2)
                && p2.len() == 2
            {
                out.push(found(self.toks[i].span, NumberKind::Year, Some(year), None));
                return Some(i + 1);
            }
            // "2004-2009", "2020-21": two years.
            if money.is_none() && n1.year_like() {
                let second = if n2.year_like() {
                    Some(n2.value)
                } else if p2.len() == 2 && n2.integer {
                    let century = (n1.value / 100.0).floor() * 100.0;
                    Some(century + n2.value).filter(|&y| y > n1.value)
                } else {
                    None
                };
                if let Some(y2) = second {
                    out.push(found(span1, NumberKind::Year, Some(n1.value), None));
                    out.push(found(span2, NumberKind::Year, Some(y2), None));
                    return Some(i + 1);
                }
            }
            // A range when something is attached to it: "3-5%", "$3-5 million", "10-15 people".
            let core = Core {
                start: span2.start,
                end: span2.end,
                next: i + 1,
                value: n2.value,
                scale: 1.0,
                money: money.map(|m| m.0),
                year_like: false,
                spelled: false,
                integer: n2.integer,
                grouped: n2.grouped,
                weak_one: false,
                first: i,
            };
            let mut tail = Vec::new();
            let next = self.tail(core, &mut tail);
            // "3-1 win" is a score: a range counts plural things.
            let attached = money.is_some()
                || tail.iter().any(|f| {
                    !f.bare
                        && (f.kind != NumberKind::Count
                            || f.unit.as_deref().is_some_and(|u| {
                                words::looks_plural(&u.rsplit(' ').next().unwrap_or(u).to_ascii_lowercase())
                            }))
                });
            // Leading zeros ("20-093") mark an identifier, not a range.
            let padded = p2.len() > 1 && p2.starts_with('0');
            if attached && !padded {
                for mut f in tail {
                    let mut first = f.clone();
                    first.span = span1;
                    first.value = Some(n1.value * f.scale);
                    if f.kind == NumberKind::Count {
                        // The first end of "10-15 people" is just "10".
                        first.unit = f.unit.clone();
                    }
                    f.span.start = span2.start;
                    out.push(first);
                    out.push(f);
                }
                return Some(next);
            }
            out.push(found(self.toks[i].span, NumberKind::Other, None, None));
            return Some(i + 1);
        }
        // "35-year-old", "10-point": a number compounded with a word.
        let (_, head) = parts[0];
        let n = nums[0]?;
        if parts.len() >= 2 && money.is_none() {
            let (_, word) = parts[1];
            let l = Lower::new(word);
            let w = l.as_str();
            if units::unit(w).is_some() {
                out.push(found(
                    self.toks[i].span,
                    NumberKind::Measure,
                    Some(n.value),
                    Some(units::unit_plural(w)),
                ));
                return Some(i + 1);
            }
            if w == "fold" {
                // "18-fold": a multiplier.
                out.push(found(self.toks[i].span, NumberKind::Other, Some(n.value), None));
                return Some(i + 1);
            }
            if w.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase()) {
                out.push(found(
                    self.toks[i].span,
                    NumberKind::Count,
                    Some(n.value),
                    Some(word.to_string()),
                ));
                return Some(i + 1);
            }
        }
        let _ = head;
        Some(i + 1)
    }
}

/// The parts of a hyphenated token with their byte offsets.
pub(super) fn split_hyphens(s: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::with_capacity(3);
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == '-' || c == '‑' {
            parts.push((start, &s[start..i]));
            start = i + c.len_utf8();
        }
    }
    parts.push((start, &s[start..]));
    parts
}
