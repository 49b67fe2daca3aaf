//! Reporting verbs ("said", "wrote", "contend", "described") in every tense,
//! and the contexts in which quotation marks name something rather than
//! report what someone said ("known as", "so-called", "dubbed").

use std::sync::LazyLock;

use crate::lexicon::lists::Shapes;

/// Verbs of saying and writing with regular inflection, in the base form.
const REGULAR: &[&str] = &[
    "add",
    "acknowledge",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "blast",
    "blog",
    "boast",
    "brand",
    "call",
    "caution",
    "charge",
    "characterise",
    "characterize",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "continue",
    "counter",
    "cry",
    "declare",
    "demand",
    "deny",
    "describe",
    "email",
    "emphasise",
    "emphasize",
    "exclaim",
    "explain",
    "hail",
    "insist",
    "inform",
    "interject",
    "joke",
    "label",
    "lament",
    "maintain",
    "mention",
    "mutter",
    "muse",
    "note",
    "observe",
    "opine",
    "plead",
    "pledge",
    "post",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "quip",
    "reason",
    "recall",
    "recount",
    "reiterate",
    "remark",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "scream",
    "shout",
    "state",
    "stress",
    "suggest",
    "term",
    "testify",
    "text",
    "tweet",
    "urge",
    "vow",
    "warn",
    "whisper",
    "wonder",
    "yell",
];

/// Verbs whose final consonant doubles ("admitted", "quipping").
const DOUBLING: &[&str] = &["admit", "quip"];

/// Irregular verbs, every form spelled out.
const IRREGULAR: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
    "writing", "speak", "speaks", "spoke", "speaking", "read", "reads", "reading", "put", "puts", "putting",
];

/// Forms that are just as often nouns ("a call for", "the report"): a cue
/// only when no determiner precedes.
const NOUN_LIKE: &[&str] = &[
    "call", "calls", "claim", "claims", "post", "posts", "note", "notes", "report", "reports", "reply", "replies",
    "tweet", "tweets", "comment", "comments", "answer", "answers", "demand", "demands", "counter", "term", "terms",
    "brand", "label", "text", "email", "promise", "promises", "pledge", "pledges", "vow", "vows", "joke", "jokes",
    "cry", "read", "put", "charge", "charges", "state", "states", "praise", "remark", "remarks", "blast", "shout",
    "whisper", "continue", "mention", "reason", "reasons", "warn", "blog", "blogs",
];

/// Every form of the reporting verbs, and their shapes: most words are
/// ruled out without hashing.
struct Cues {
    forms: foldhash::HashSet<String>,
    shapes: Shapes,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut forms: foldhash::HashSet<String> = IRREGULAR.iter().map(|s| (*s).to_string()).collect();
    for base in REGULAR {
        forms.extend(inflect(base));
    }
    let shapes = Shapes::of(forms.iter().map(String::as_str));
    Cues { forms, shapes }
});

/// Base, third person, past and present participle of a regular verb.
fn inflect(base: &str) -> [String; 4] {
    let consonant_y = base.ends_with('y') && !base[..base.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let stem = &base[..base.len() - 1];
    let third = if base.ends_with(['s', 'x', 'z']) || base.ends_with("sh") || base.ends_with("ch") {
        format!("{base}es")
    } else if consonant_y {
        format!("{stem}ies")
    } else {
        format!("{base}s")
    };
    let doubled = DOUBLING.contains(&base).then(|| {
        let last = &base[base.len() - 1..];
        format!("{base}{last}")
    });
    let past = if let Some(d) = &doubled {
        format!("{d}ed")
    } else if base.ends_with('e') {
        format!("{base}d")
    } else if consonant_y {
        format!("{stem}ied")
    } else {
        format!("{base}ed")
    };
    let participle = if let Some(d) = &doubled {
        format!("{d}ing")
    } else if base.ends_with('e') && !base.ends_with("ee") {
        format!("{stem}ing")
    } else {
        format!("{base}ing")
    };
    [base.to_string(), third, past, participle]
}

/// Whether `lower` (a lower-cased word) is a form of a reporting verb.
pub(super) fn is_cue(lower: &str) -> bool {
    let cues = &*CUES;
    cues.shapes.may_contain(lower) && cues.forms.contains(lower)
}

/// Whether a cue form is also a common noun and needs checking.
pub(super) fn is_noun_like(lower: &str) -> bool {
    static SET: LazyLock<foldhash::HashSet<&'static str>> = LazyLock::new(|| NOUN_LIKE.iter().copied().collect());
    SET.contains(lower)
}

/// Words right before a quotation that make it a name, not reported
/// speech: "the so-called", "dubbed", "a group called".
pub(super) const NAMING: &[&str] = &[
    "so-called",
    "dubbed",
    "nicknamed",
    "titled",
    "entitled",
    "named",
    "codenamed",
    "code-named",
    "self-styled",
    "self-described",
    "word",
    "term",
    "phrase",
    "slogan",
    "motto",
    "hashtag",
    "headline",
    "banner",
    "label",
];

/// Participles that, followed by "as", name a thing: "known as", "referred to as".
pub(super) const NAMING_BEFORE_AS: &[&str] = &["known", "know", "referred", "billed", "styled"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_tenses_of_reporting_verbs() {
        for w in [
            "said",
            "says",
            "saying",
            "told",
            "wrote",
            "written",
            "added",
            "adds",
            "contend",
            "contended",
            "described",
            "describing",
            "called",
            "replied",
            "replies",
            "admitted",
            "quipped",
            "argues",
            "tweeted",
            "reasoned",
            "acknowledged",
            "testified",
            "stressing",
        ] {
            assert!(is_cue(w), "{w}");
        }
        for w in ["hopes", "ordered", "arrived", "statement", "sad"] {
            assert!(!is_cue(w), "{w}");
        }
    }

    #[test]
    fn noun_like_forms_are_flagged() {
        assert!(is_noun_like("call") && is_noun_like("reports"));
        assert!(!is_noun_like("said"));
    }
}
