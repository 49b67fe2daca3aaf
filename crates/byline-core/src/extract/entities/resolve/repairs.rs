//! Repairs after mentions have merged: a misspelt name joins the name it
//! misspells, and a product line named without its version takes the
//! version's type.

use crate::extract::EntityType;

use super::super::cues;
use super::buckets::{ClusterTable, TableBuilder};
use super::names::Names;
use super::{Cluster, Strength};

/// "Untied Nations" once beside "United Nations": a name met once, one
/// typing slip away from a better-attested name of the same length in words
/// (and of the same type, unless only its shape typed it), is that name
/// misspelt.
///
/// Comparing every name with every other is quadratic, minutes on a long
/// text full of names, so the names that can be misspelt are found through
/// [`SlipIndex`] and only those few are compared.
pub(super) fn merge_misspellings(clusters: &mut [Cluster], names: &Names) {
    // Only a name met more than once or typed by its context can be the
    // right spelling, and a merge only adds to a cluster that already
    // could: the index built now holds every cluster that ever can.
    let attested = |t: &Cluster| t.mentions.len() > 1 || t.votes.any_at_least(Strength::Context);
    let listed = |t: &Cluster| t.word_count() >= 2 && attested(t);
    // A name can be misspelt only as a name of its own type, unless only
    // its shape typed it, and people and dates are never taken for
    // misspellings: their names are listed apart, and looked at only for a
    // name that was guessed at (built when the first such name is met,
    // before anything can have merged into them).
    let person_or_date = |t: &Cluster| matches!(t.kind(), Some(EntityType::Person | EntityType::Date));
    let typed = SlipIndex::new(
        clusters
            .iter()
            .enumerate()
            .filter(|(_, t)| listed(t) && !person_or_date(t)),
        names,
    );
    let mut people_and_dates: Option<SlipIndex> = None;
    let (mut name, mut nearby, mut more, mut other) = (String::new(), Vec::new(), Vec::new(), String::new());
    let mut hasher = FormHasher::default();
    for i in 0..clusters.len() {
        let c = &clusters[i];
        if c.mentions.len() != 1 || c.word_count() < 2 {
            continue;
        }
        let kind = c.kind();
        if matches!(kind, Some(EntityType::Person | EntityType::Date)) {
            continue;
        }
        let guessed = c.votes.all_at_most(Strength::Shape);
        c.joined(names, &mut name);
        if name.len() < 8 {
            continue;
        }
        typed.nearby(&name, listed(c), &mut hasher, &mut nearby);
        if guessed {
            let apart = people_and_dates.get_or_insert_with(|| {
                SlipIndex::new(
                    clusters
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| listed(t) && person_or_date(t)),
                    names,
                )
            });
            apart.nearby(&name, false, &mut hasher, &mut more);
            nearby.append(&mut more);
            nearby.sort_unstable();
        }
        let mut targets = nearby.iter().copied().filter(|&j| {
            let t = &clusters[j];
            j != i && (guessed || t.kind() == kind) && t.word_count() == clusters[i].word_count() && attested(t) && {
                t.joined(names, &mut other);
                one_slip_apart(&name, &other)
            }
        });
        if let (Some(j), None) = (targets.next(), targets.next()) {
            let moved = std::mem::take(&mut clusters[i]);
            clusters[j].absorb(moved);
        }
    }
}

/// Names by the forms they take with one letter past the first dropped
/// (and as they are): two names one slip apart ([`one_slip_apart`]) always
/// share one of these forms, so looking a name's forms up finds every name
/// it may misspell, and a few that only share a hash. A text of new names
/// has millions of forms: they are kept as hashes in a [`ClusterTable`].
///
/// Nearly every form looked up is in no other name, and a lookup in a
/// table of millions misses the cache, so a bit per hash, in sets small
/// enough to stay in the cache, answers most lookups first. A name met
/// once but typed by its context is in the table itself, where every one
/// of its forms is: it asks the set of forms that more than one name has.
struct SlipIndex {
    forms: ClusterTable,
    /// The hashes of every form listed.
    listed: HashBits,
    /// The hashes listed under more than one cluster.
    shared: HashBits,
}

impl SlipIndex {
    fn new<'c, 'a: 'c>(clusters: impl Iterator<Item = (usize, &'c Cluster<'a>)>, names: &Names<'a>) -> SlipIndex {
        let mut forms = TableBuilder::default();
        let (mut name, mut hasher) = (String::new(), FormHasher::default());
        for (i, c) in clusters {
            c.joined(names, &mut name);
            hasher.each(&name, |h| forms.push(h, i));
        }
        SlipIndex::of(forms.build())
    }

    fn of(forms: ClusterTable) -> SlipIndex {
        let (mut listed, mut shared) = (HashBits::for_hashes(forms.len()), HashBits::for_hashes(forms.len()));
        let mut last = None;
        // Sorted by hash then cluster, with no entry twice: a hash met
        // again is under another cluster.
        for h in forms.hashes() {
            if last == Some(h) {
                shared.insert(h);
            }
            listed.insert(h);
            last = Some(h);
        }
        SlipIndex { forms, listed, shared }
    }

    /// The clusters sharing a form with `name`, each once, in order (the
    /// name's own cluster among them when it is listed); `listed` says
    /// whether `name` is in the index itself. `hasher` is the caller's, kept
    /// from name to name.
    fn nearby(&self, name: &str, listed: bool, hasher: &mut FormHasher, out: &mut Vec<usize>) {
        out.clear();
        let bits = if listed { &self.shared } else { &self.listed };
        hasher.each(name, |h| {
            if bits.may_hold(h) {
                out.extend(self.forms.get(h));
            }
        });
        out.sort_unstable();
        out.dedup();
    }
}

/// A set of 32-bit hashes as bits, about eight per hash: a hash not in it
/// is answered "no" about seven times in eight, a hash in it always "maybe".
struct HashBits {
    words: Vec<u64>,
    mask: u32,
}

impl HashBits {
    fn for_hashes(n: usize) -> HashBits {
        let bits = (n.max(8) * 8).next_power_of_two().min(1 << 31);
        HashBits {
            words: vec![0; bits / 64],
            mask: (bits - 1) as u32,
        }
    }

    fn insert(&mut self, h: u32) {
        let bit = h & self.mask;
        self.words[(bit / 64) as usize] |= 1 << (bit % 64);
    }

    fn may_hold(&self, h: u32) -> bool {
        let bit = h & self.mask;
        self.words[(bit / 64) as usize] & (1 << (bit % 64)) != 0
    }
}

/// Hashes of a name and of each form of it with one char after the first
/// left out, in one pass: polynomial hashes over the chars, where leaving
/// char `k` out is arithmetic on the hash of the chars before it and the
/// whole, instead of a copy of the name hashed anew for every `k`.
#[derive(Debug, Default)]
struct FormHasher {
    chars: Vec<u64>,
    /// `prefix[k]`: the hash of the first `k` chars.
    prefix: Vec<u64>,
}

impl FormHasher {
    fn each(&mut self, name: &str, mut f: impl FnMut(u32)) {
        // Odd, so that no power of it is zero modulo 2^64.
        const BASE: u64 = 0x0000_0100_0000_01b3;
        self.chars.clear();
        self.chars.extend(name.chars().map(|c| u64::from(c) + 1));
        self.prefix.clear();
        let mut hash = 0u64;
        self.prefix.push(hash);
        for &c in &self.chars {
            hash = hash.wrapping_mul(BASE).wrapping_add(c);
            self.prefix.push(hash);
        }
        let whole = hash;
        f(mix(whole));
        // Without char k the chars after it move up one place: the hash
        // of those is `whole - prefix[k + 1] * BASE^(n-1-k)`.
        let mut power = 1u64;
        for k in (1..self.chars.len()).rev() {
            let (before, through) = (self.prefix[k], self.prefix[k + 1]);
            let after = whole.wrapping_sub(through.wrapping_mul(power));
            f(mix(before.wrapping_mul(power).wrapping_add(after)));
            power = power.wrapping_mul(BASE);
        }
    }
}

/// The high bits of a polynomial hash, stirred so that they depend on all of it.
fn mix(h: u64) -> u32 {
    let h = (h ^ (h >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (h >> 32) as u32
}

/// Whether two names differ by one letter changed, added, dropped, or two
/// neighbours swapped ("Untied"/"United"), past their first letter.
fn one_slip_apart(a: &str, b: &str) -> bool {
    // Plain ASCII names, nearly all, compare as bytes with no copy.
    if a.is_ascii() && b.is_ascii() {
        return one_slip(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    one_slip(&a, &b)
}

/// [`one_slip_apart`] over letters of any kind.
fn one_slip<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a == b || a.first() != b.first() {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len() as isize - rb.len() as isize {
        0 => ra[1..] == rb[1..] || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
        1 => ra[1..] == *rb,
        -1 => *ra == rb[1..],
        _ => false,
    }
}

/// "Internet Explorer" beside "Internet Explorer 6": a name only guessed
/// at that is a product's name without its version is that product line.
pub(super) fn type_product_lines(clusters: &mut [Cluster], names: &Names) {
    let mut words = Vec::new();
    let mut lines: foldhash::HashSet<String> = foldhash::HashSet::default();
    for c in clusters.iter() {
        if c.kind() == Some(EntityType::Product) && c.word_count() >= 2 {
            c.words_into(names, &mut words);
            if words.last().is_some_and(|w| cues::is_version(w)) {
                lines.insert(words[..words.len() - 1].join(" "));
            }
        }
    }
    if lines.is_empty() {
        return;
    }
    let mut name = String::new();
    for c in clusters.iter_mut() {
        let guessed = c.votes.all_at_most(Strength::Shape);
        if guessed && c.kind() != Some(EntityType::Product) && {
            c.joined(names, &mut name);
            lines.contains(&name)
        } {
            c.votes.add(EntityType::Product, Strength::Context, 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_slips() {
        assert!(one_slip_apart("Untied Nations", "United Nations"));
        assert!(one_slip_apart("Brazillian", "Brazilian"));
        assert!(one_slip_apart("World Bnk", "World Bank"));
        assert!(!one_slip_apart("Austria", "Australia"));
        assert!(!one_slip_apart("Iran", "Iraq Iran"));
        assert!(one_slip_apart("Zürich Bank", "Zürihc Bank"));
        assert!(one_slip_apart("Zürich Bank", "Zurich Bank"));
        assert!(one_slip_apart("Zurich Bnak", "Zurich Bank"));
        assert!(!one_slip_apart("Zürich", "Zürich"));
    }

    /// The bits in front of the table never turn away a form it holds.
    #[test]
    fn every_form_listed_is_found() {
        let names = [
            "United Nations",
            "World Bank",
            "Zürich Kantonalbank",
            "Brazilian Senate",
        ];
        let (mut forms, mut hasher) = (TableBuilder::default(), FormHasher::default());
        for _ in 0..200 {
            for (i, name) in names.iter().enumerate() {
                hasher.each(name, |h| forms.push(h, i));
            }
        }
        hasher.each("Untied Nations", |h| forms.push(h, 4));
        let index = SlipIndex::of(forms.build());
        let mut out = Vec::new();
        for (i, name) in names.iter().enumerate().skip(1) {
            index.nearby(name, false, &mut hasher, &mut out);
            assert_eq!(out, vec![i], "{name}");
        }
        index.nearby("United Nations", false, &mut hasher, &mut out);
        assert_eq!(out, vec![0, 4]);
        // Listed itself, a name finds the names it shares a form with.
        index.nearby("Untied Nations", true, &mut hasher, &mut out);
        assert_eq!(out, vec![0, 4]);
        index.nearby("United Nations", true, &mut hasher, &mut out);
        assert_eq!(out, vec![0, 4]);
        index.nearby("World Bank", true, &mut hasher, &mut out);
        assert!(out.is_empty() || out == vec![1]);
    }

    /// Every pair one slip apart shares a form in the index, whichever the
    /// kind of slip, so the index never hides a misspelling.
    #[test]
    fn slip_forms_meet_for_every_kind_of_slip() {
        let pairs = [
            ("Untied Nations", "United Nations"),
            ("World Bnk", "World Bank"),
            ("Brazillian Senate", "Brazilian Senate"),
            ("Wrold Health", "World Health"),
            ("Zürich Kantonalbank", "Zürich Kantonalbnak"),
        ];
        for (a, b) in pairs {
            assert!(one_slip_apart(a, b), "{a} / {b}");
            let (mut fa, mut fb, mut hasher) = (Vec::new(), Vec::new(), FormHasher::default());
            hasher.each(a, |h| fa.push(h));
            hasher.each(b, |h| fb.push(h));
            assert!(fa.iter().any(|h| fb.contains(h)), "{a} / {b}");
        }
    }

    /// A form's hash is the hash of the same chars written out: leaving a
    /// char out by arithmetic agrees with copying the name without it.
    #[test]
    fn form_hashes_match_the_forms_written_out() {
        let mut hasher = FormHasher::default();
        for name in ["Untied Nations", "Zürich Kantonalbank", "Ab", "A"] {
            let mut by_arithmetic = Vec::new();
            hasher.each(name, |h| by_arithmetic.push(h));
            let mut written: Vec<u32> = Vec::new();
            let mut whole = Vec::new();
            FormHasher::default().each(name, |h| whole.push(h));
            written.push(whole[0]);
            let chars: Vec<char> = name.chars().collect();
            for k in (1..chars.len()).rev() {
                let form: String = chars
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != k)
                    .map(|(_, c)| c)
                    .collect();
                let mut one = Vec::new();
                FormHasher::default().each(&form, |h| one.push(h));
                written.push(one[0]);
            }
            assert_eq!(by_arithmetic, written, "{name}");
        }
    }
}
