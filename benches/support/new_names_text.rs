//! A news-like text in which nearly every name is new: people,
//! organizations and places built from syllables by a seeded generator, in
//! sentences with quotes ("said X"), numbers, units and dates. The same seed
//! gives the same text, so benchmarks and memory figures are repeatable.
//!
//! Shared by `benches/extract.rs` and `examples/new_names_text.rs` (which
//! writes it to a file for `byline --json` and profilers).

/// SplitMix64: small, seeded, good enough to vary sentences.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "tan", "vi", "dra", "sel", "bor", "ni", "quen", "ros", "ta", "wen", "gal", "fi", "har", "mo",
    "zet", "lin", "dor", "pe", "sta", "vel", "cor", "bi", "nul", "ash", "ter", "ru", "ken", "sa", "mil", "po", "then",
    "gra", "lu", "fen", "da", "or", "wick",
];
const ROLES: &[&str] = &[
    "spokesperson",
    "director",
    "professor",
    "senior analyst",
    "council member",
    "chief executive",
    "lawyer",
    "researcher",
];
const ORG_KINDS: &[&str] = &[
    "Institute",
    "Group",
    "Council",
    "Party",
    "Bank",
    "Foundation",
    "Ministry",
    "University",
];
const PLACE_KINDS: &[&str] = &["", " City", " Valley", " Province", "", " Bay"];
const THINGS: &[&str] = &[
    "bridge", "budget", "plan", "reform", "hospital", "tariff", "vote", "project",
];
const UNITS: &[&str] = &["dollars", "euros", "tonnes", "kilometres", "jobs", "homes", "percent"];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS: &[&str] = &["January", "March", "May", "July", "September", "November"];
const QUOTES: &[&str] = &[
    "We did not expect the numbers to move this fast",
    "This is a decision for the whole region",
    "Nobody here was told about the change",
    "It will take years to repair the damage",
    "We are ready to talk, but not at any price",
];

/// A capitalised word of two to four syllables: almost never the same twice.
fn word(rng: &mut Rng) -> String {
    let count = 2 + rng.below(3);
    let mut w = String::new();
    for _ in 0..count {
        w.push_str(rng.pick(SYLLABLES));
    }
    let mut chars = w.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => w,
    }
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", word(rng), word(rng))
}

fn organization(rng: &mut Rng) -> String {
    format!("the {} {}", word(rng), rng.pick(ORG_KINDS))
}

fn place(rng: &mut Rng) -> String {
    format!("{}{}", word(rng), rng.pick(PLACE_KINDS))
}

fn sentence(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!(
            "{}, a {} at {}, said the {} would cost {} million {}.",
            person(rng),
            rng.pick(ROLES),
            organization(rng),
            rng.pick(THINGS),
            1 + rng.below(900),
            rng.pick(UNITS)
        ),
        1 => format!("\"{},\" said {}.", rng.pick(QUOTES), person(rng)),
        2 => format!(
            "In {}, {} people gathered on {} outside the offices of {}.",
            place(rng),
            1 + rng.below(20_000),
            rng.pick(WEEKDAYS),
            organization(rng)
        ),
        3 => format!(
            "{} told reporters in {} that the {} had grown by {}.{} percent since {} {}.",
            person(rng),
            place(rng),
            rng.pick(THINGS),
            rng.below(40),
            rng.below(10),
            rng.pick(MONTHS),
            1990 + rng.below(35)
        ),
        4 => format!(
            "\"{}.\" {} of {} added that {} {} were at risk.",
            rng.pick(QUOTES),
            person(rng),
            organization(rng),
            2 + rng.below(500),
            rng.pick(UNITS)
        ),
        _ => format!(
            "{} and {} met in {} on {} {}, {}.",
            person(rng),
            person(rng),
            place(rng),
            rng.pick(MONTHS),
            1 + rng.below(28),
            1990 + rng.below(35)
        ),
    }
}

/// About `bytes` bytes of paragraphs of three to six sentences, from `seed`.
pub fn new_names_text(bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut text = String::with_capacity(bytes + 1024);
    while text.len() < bytes {
        let sentences = 3 + rng.below(4);
        for i in 0..sentences {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(&sentence(&mut rng));
        }
        text.push_str("\n\n");
    }
    text
}
