//! Clusters listed under hashes of keys (a last word, a head word,
//! initials, a misspelt form), so a short form looks at a handful of
//! clusters, not all of them.
//!
//! Every table is filled once and then only read, so it is a sorted list
//! rather than a hash map: a hash and a cluster packed in eight bytes,
//! ordered by hash, with an offset per run of hashes that share their top
//! bits. On a long text of new names a map per key (or a `Vec` per key)
//! held several times more memory, and every byte of a hash map's table is
//! touched. A 32-bit hash lets unrelated keys meet now and then, so every
//! caller checks its hits.

use std::hash::BuildHasher;

/// A table being filled: entries in any order.
#[derive(Default)]
pub(super) struct TableBuilder {
    entries: Vec<u64>,
}

impl TableBuilder {
    pub(super) fn with_capacity(n: usize) -> Self {
        TableBuilder {
            entries: Vec::with_capacity(n),
        }
    }

    /// Lists `cluster` under `hash`.
    pub(super) fn push(&mut self, hash: u32, cluster: usize) {
        self.entries.push((u64::from(hash) << 32) | cluster as u64);
    }

    /// The finished table; within one hash, clusters come in increasing
    /// order (the order a text lists them in).
    pub(super) fn build(self) -> ClusterTable {
        let mut entries = self.entries;
        entries.shrink_to_fit();
        let bits = run_bits(entries.len());
        let mut starts = sort_in_place(&mut entries, bits);
        let sorted = entries.len();
        entries.dedup();
        // Entries dropped as repeats moved the rest down: count the runs again.
        if entries.len() != sorted {
            starts = run_starts(&entries, bits);
        }
        ClusterTable { entries, starts, bits }
    }
}

/// A finished table: see the module docs.
pub(super) struct ClusterTable {
    /// Hash in the high half, cluster in the low half, sorted.
    entries: Vec<u64>,
    /// `entries[starts[b]..starts[b + 1]]` hold the hashes whose top `bits`
    /// bits are `b`.
    starts: Vec<u32>,
    bits: u32,
}

impl ClusterTable {
    /// How many (hash, cluster) entries the table holds.
    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    /// The hash of every entry, in order.
    pub(super) fn hashes(&self) -> impl Iterator<Item = u32> + '_ {
        self.entries.iter().map(|&e| (e >> 32) as u32)
    }

    /// The clusters listed under `hash`, in increasing order.
    pub(super) fn get(&self, hash: u32) -> impl Iterator<Item = usize> + '_ {
        let b = run(hash, self.bits);
        let (from, to) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        self.entries[from..to]
            .iter()
            .filter(move |&&e| (e >> 32) as u32 == hash)
            .map(|&e| (e & 0xffff_ffff) as usize)
    }
}

/// How many top bits of a hash make its run: two to four entries a run,
/// so a lookup reads one or two cache lines and the offsets take a byte or
/// two per entry.
fn run_bits(entries: usize) -> u32 {
    entries.max(8).next_power_of_two().trailing_zeros().min(26) - 2
}

/// The run of a hash: its top `bits` bits.
fn run(hash: u32, bits: u32) -> usize {
    (u64::from(hash) >> (32 - bits)) as usize
}

/// Offsets of the runs of sorted `entries`.
fn run_starts(entries: &[u64], bits: u32) -> Vec<u32> {
    let mut starts = vec![0u32; (1 << bits) + 1];
    for &e in entries {
        starts[run((e >> 32) as u32, bits) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    starts
}

/// The top bits a first pass sorts on: sixteen groups, so that the places
/// being filled stay in the cache (with 256 the first pass took as long
/// as all the rest), and a group's buffer is a sixteenth of the list.
const GROUP_BITS: u32 = 4;

/// Sorts packed entries with no second list of their size, and returns the
/// runs' offsets. A first pass swaps each entry into its group (an
/// American flag sort on the top [`GROUP_BITS`] bits of the hash: a few
/// places being filled, where swapping straight into one of millions of
/// runs missed the cache on every entry); each group is then placed run
/// by run through a buffer of its size, and each run, a few entries long,
/// is sorted on its own.
fn sort_in_place(entries: &mut [u64], bits: u32) -> Vec<u32> {
    let group_bits = bits.min(GROUP_BITS);
    let groups = run_starts(entries, group_bits);
    flag_sort(entries, &groups, group_bits);
    let runs_per_group = 1usize << (bits - group_bits);
    let mut starts = vec![0u32; (1 << bits) + 1];
    let (mut buffer, mut next) = (Vec::new(), vec![0u32; runs_per_group]);
    for g in 0..groups.len() - 1 {
        let (from, to) = (groups[g] as usize, groups[g + 1] as usize);
        let first_run = g * runs_per_group;
        let local = |e: u64| run((e >> 32) as u32, bits) - first_run;
        next.fill(0);
        for &e in &entries[from..to] {
            next[local(e)] += 1;
        }
        let mut at = from as u32;
        for (r, n) in next.iter_mut().enumerate() {
            starts[first_run + r] = at;
            at += *n;
            *n = starts[first_run + r];
        }
        if runs_per_group > 1 {
            buffer.clear();
            buffer.extend_from_slice(&entries[from..to]);
            for &e in &buffer {
                let slot = &mut next[local(e)];
                entries[*slot as usize] = e;
                *slot += 1;
            }
        }
    }
    starts[1 << bits] = entries.len() as u32;
    for r in 0..1usize << bits {
        let (from, to) = (starts[r] as usize, starts[r + 1] as usize);
        if to - from > 1 {
            entries[from..to].sort_unstable();
        }
    }
    starts
}

/// Swaps each entry into its run of the top `bits` bits, whose offsets
/// are `starts`.
fn flag_sort(entries: &mut [u64], starts: &[u32], bits: u32) {
    let runs = starts.len() - 1;
    // Where the next entry of each run goes.
    let mut next: Vec<u32> = starts[..runs].to_vec();
    for b in 0..runs {
        let end = starts[b + 1];
        while next[b] < end {
            let e = entries[next[b] as usize];
            let home = run((e >> 32) as u32, bits);
            if home == b {
                next[b] += 1;
            } else {
                // Put it home and look at what it displaced.
                entries.swap(next[b] as usize, next[home] as usize);
                next[home] += 1;
            }
        }
    }
}

/// A 32-bit hash of words joined by spaces with ASCII letters folded to
/// lowercase: words equal but for ASCII case hash alike.
pub(super) fn caseless_hash<'w>(words: impl IntoIterator<Item = &'w str>, buf: &mut String) -> u32 {
    buf.clear();
    for (i, w) in words.into_iter().enumerate() {
        if i > 0 {
            buf.push(' ');
        }
        buf.push_str(w);
    }
    buf.make_ascii_lowercase();
    exact_hash(buf)
}

/// A 32-bit hash of a text as it is.
pub(super) fn exact_hash(s: &str) -> u32 {
    (foldhash::fast::FixedState::with_seed(0).hash_one(s) >> 32) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(pushes: &[(u32, usize)]) -> ClusterTable {
        let mut b = TableBuilder::default();
        for &(h, c) in pushes {
            b.push(h, c);
        }
        b.build()
    }

    #[test]
    fn clusters_come_back_in_increasing_order() {
        let court = exact_hash("court");
        let bank = exact_hash("bank");
        let t = table(&[(court, 2), (bank, 1), (court, 4), (court, 9)]);
        assert_eq!(t.get(court).collect::<Vec<_>>(), vec![2, 4, 9]);
        assert_eq!(t.get(bank).collect::<Vec<_>>(), vec![1]);
        assert_eq!(t.get(exact_hash("museum")).count(), 0);
    }

    #[test]
    fn a_cluster_listed_twice_under_a_hash_comes_back_once() {
        let t = table(&[(7, 3), (7, 3), (7, 5)]);
        assert_eq!(t.get(7).collect::<Vec<_>>(), vec![3, 5]);
    }

    /// The in-place sort agrees with a plain sort, on a long list with
    /// many hashes shared, and runs are where the lookups read them.
    #[test]
    fn the_in_place_sort_agrees_with_a_plain_sort() {
        for n in [0usize, 1, 2, 3, 100, 5_000, 70_000] {
            let mut entries: Vec<u64> = (0..n as u64)
                .map(|i| ((i.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 45) << 32) | (i * 7 % 1000))
                .collect();
            let mut expected = entries.clone();
            expected.sort_unstable();
            let bits = run_bits(entries.len());
            let starts = sort_in_place(&mut entries, bits);
            assert_eq!(entries, expected, "{n} entries");
            assert_eq!(starts, run_starts(&expected, bits), "{n} entries");
        }
    }

    #[test]
    fn every_entry_is_found_under_its_hash() {
        let pushes: Vec<(u32, usize)> = (0..10_000u32)
            .map(|i| (exact_hash(&format!("name {}", i % 3_000)), i as usize))
            .collect();
        let t = table(&pushes);
        for &(h, c) in &pushes {
            assert!(t.get(h).any(|x| x == c), "{c}");
        }
    }

    #[test]
    fn ascii_case_does_not_change_the_hash() {
        let mut buf = String::new();
        let a = caseless_hash(["Supreme", "COURT"], &mut buf);
        let b = caseless_hash(["supreme", "Court"], &mut buf);
        let c = caseless_hash(["supreme court"], &mut buf);
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_ne!(a, caseless_hash(["supreme"], &mut buf));
    }
}
