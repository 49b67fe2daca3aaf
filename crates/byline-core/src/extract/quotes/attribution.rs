//! Who said a quotation: the attribution patterns of news English, tried
//! from the most to the least explicit.
//!
//! 1. Marks that name rather than quote ("known as", "so-called") have no speaker.
//! 2. An attribution right after the quote: `"…," said X`, `"…," he wrote`,
//!    `"…", according to X`.
//! 3. The nearest reporting verb before it in the sentence: `X said "…"`,
//!    `X wrote on social media that "…"`, `X's statement added, "…"`.
//! 4. With no verb of saying, the sentence's subject when it names a person
//!    or a body: `A federal judge has ordered the government to "facilitate"`.
//! 5. A quote standing alone continues the voice before it: the quote it
//!    carries on from another paragraph, the quote in the sentence before,
//!    a sentence announcing a statement, or the paragraph's earlier quote.

use super::context::{Sentence, Tokens, View, sentence_at};
use super::cues::{NAMING, NAMING_BEFORE_AS};
use super::marks::Marked;
use super::phrase::{after_verb, before_verb, cue_at};
use super::resolve::{Resolver, Speaker};
use super::words;
use crate::article::Span;
use crate::extract::Entity;

/// How many tokens before a quote a reporting verb may stand.
const CUE_REACH: usize = 40;

/// Bytes of a sentence read to see whether it announces a statement.
const ANNOUNCE_REACH: usize = 1000;

/// How many earlier quotations a quote may inherit its speaker from.
const LOOKBACK: usize = 12;

/// Most caption paragraphs between a quote paragraph and the one carrying
/// on its voice.
const MAX_CAPTIONS: usize = 2;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Attribution {
    pub speaker: Option<Speaker>,
    /// The reporting verb ("said", "according to").
    pub cue: Option<Span>,
}

pub(super) struct Attributor<'a> {
    text: &'a str,
    quotes: &'a [Marked],
    sentences: &'a [Sentence],
    tokens: &'a Tokens<'a>,
    resolver: Resolver<'a>,
}

impl<'a> Attributor<'a> {
    pub fn new(
        text: &'a str,
        entities: &'a [Entity],
        quotes: &'a [Marked],
        sentences: &'a [Sentence],
        tokens: &'a Tokens<'a>,
    ) -> Attributor<'a> {
        Attributor {
            text,
            quotes,
            sentences,
            tokens,
            resolver: Resolver::new(text, entities, quotes, sentences, tokens),
        }
    }

    /// Attributes quotation `k`; `done` holds the speakers of quotations
    /// `0..k`.
    pub fn attribute(&self, k: usize, done: &[Option<Speaker>]) -> Attribution {
        let q = self.quotes[k];
        let Some(si) = sentence_at(self.sentences, q.outer.start) else {
            return Attribution::default();
        };
        let sentence = self.sentences[si];
        let v = self
            .tokens
            .view(si, View::around(self.text, sentence.span, self.quotes, k));
        let Some(qi) = v.position_of_quote(k) else {
            return Attribution::default();
        };
        if names_something(&v, qi) {
            return Attribution::default();
        }
        let mut cue = None;
        for rule in [Self::after_quote, Self::before_quote] {
            let found = rule(self, &v, qi, si, done);
            if found.speaker.is_some() {
                return found;
            }
            cue = cue.or(found.cue);
        }
        if cue.is_none() && reads_as_title(&self.text[q.inner.start..q.inner.end]) {
            // "the film "Jaws"", "played "Hey Jude"": a quoted name.
            return Attribution::default();
        }
        let opens_sentence = (0..qi).all(|i| v.punct(i).is_some());
        if cue.is_none()
            && !opens_sentence
            && let Some(speaker) = self.subject_speaker(si, q.outer.start, true, done)
        {
            return Attribution {
                speaker: Some(speaker),
                cue: None,
            };
        }
        Attribution {
            speaker: self.inherited(k, si, opens_sentence, done),
            cue,
        }
    }

    /// `"…," said X`, `"…," X said`, `"…", according to X`.
    fn after_quote(&self, v: &View, qi: usize, _: usize, done: &[Option<Speaker>]) -> Attribution {
        let mut i = qi + 1;
        while v.punct(i).is_some_and(|c| matches!(c, ',' | '—' | '–' | '-')) {
            i += 1;
        }
        if !v.is_word(i) {
            return Attribution::default();
        }
        if v.lower(i) == "according" && v.is_word(i + 1) && v.lower(i + 1) == "to" {
            let cue = Some(v.span(i, i + 2));
            let speaker = after_verb(v, i + 2).and_then(|np| self.resolver.phrase(&np, false, done));
            return Attribution { speaker, cue };
        }
        if cue_at(v, i) {
            let cue = Some(v.span(i, i + 1));
            let speaker = after_verb(v, i + 1).and_then(|np| self.resolver.phrase(&np, false, done));
            return Attribution { speaker, cue };
        }
        // A subject and its verb: "he wrote on X", "Bolden said".
        for j in i..v.len().min(i + 14) {
            if v.quote(j).is_some() {
                break;
            }
            if cue_at(v, j) {
                match before_verb(v, j) {
                    Some(np) if np.first == i => {
                        return Attribution {
                            speaker: self.resolver.phrase(&np, false, done),
                            cue: Some(v.span(j, j + 1)),
                        };
                    }
                    _ => break,
                }
            }
            if v.punct(j).is_some_and(|c| !matches!(c, ',' | '.' | '(' | ')' | '&')) {
                break;
            }
        }
        self.sentence_final_cue(v, qi, done)
    }

    /// `"…" in that law, Azzouz said.`: a subject and its reporting verb
    /// closing the sentence, with words between it and the quote.
    fn sentence_final_cue(&self, v: &View, qi: usize, done: &[Option<Speaker>]) -> Attribution {
        let mut end = v.len();
        while end > qi + 1 && v.punct(end - 1).is_some() {
            end -= 1;
        }
        let verb = end.saturating_sub(1);
        if verb <= qi + 1 || !cue_at(v, verb) || (qi + 1..verb).any(|j| v.quote(j).is_some()) {
            return Attribution::default();
        }
        match before_verb(v, verb) {
            Some(np) if np.first > qi => Attribution {
                speaker: self.resolver.phrase(&np, false, done),
                cue: Some(v.span(verb, verb + 1)),
            },
            _ => Attribution::default(),
        }
    }

    /// The nearest reporting verb before the quote in its sentence.
    fn before_quote(&self, v: &View, qi: usize, si: usize, done: &[Option<Speaker>]) -> Attribution {
        let reach = qi.saturating_sub(CUE_REACH);
        for i in (reach..qi).rev() {
            if let Some(from) = source_named_at(v, i) {
                let speaker = after_verb(v, from)
                    .filter(|np| np.end <= qi)
                    .and_then(|np| self.resolver.phrase(&np, false, done));
                if speaker.is_some() {
                    return Attribution {
                        speaker,
                        cue: Some(v.span(i, from)),
                    };
                }
            }
            if v.is_word(i) && v.lower(i) == "according" && v.is_word(i + 1) && v.lower(i + 1) == "to" {
                let cue = Some(v.span(i, i + 2));
                let speaker = after_verb(v, i + 2)
                    .filter(|np| np.end <= qi)
                    .and_then(|np| self.resolver.phrase(&np, false, done));
                return Attribution { speaker, cue };
            }
            if !cue_at(v, i) {
                continue;
            }
            let cue = Some(v.span(i, i + 1));
            let speaker = before_verb(v, i)
                .and_then(|np| self.resolver.phrase(&np, false, done))
                .or_else(|| self.after_participle(v, i, qi, done))
                .or_else(|| {
                    // `Said Bolden: "…"`, or a subject further back: "Trump
                    // took the floor and said …".
                    after_verb(v, i + 1)
                        .filter(|np| np.end <= qi)
                        .and_then(|np| self.resolver.phrase(&np, false, done))
                })
                .or_else(|| self.subject_speaker(si, v.toks()[i].span.end, false, done));
            return Attribution { speaker, cue };
        }
        Attribution::default()
    }

    /// "Writing in a blog post, Priya Nair …": a reporting participle
    /// opening the sentence, then its speaker after the comma.
    fn after_participle(&self, v: &View, i: usize, qi: usize, done: &[Option<Speaker>]) -> Option<Speaker> {
        if (0..i).any(|j| v.punct(j).is_none()) || !v.lower(i).ends_with("ing") {
            return None;
        }
        let comma = (i + 1..qi).find(|&j| v.punct(j) == Some(','))?;
        after_verb(v, comma + 1)
            .filter(|np| np.end <= qi)
            .and_then(|np| self.resolver.phrase(&np, false, done))
    }

    /// The subject of sentence `s`, when its verb comes before byte `before`.
    fn subject_speaker(&self, s: usize, before: usize, strict: bool, done: &[Option<Speaker>]) -> Option<Speaker> {
        let (np, verb_at) = self.resolver.subjects.get(s)?;
        if verb_at >= before {
            return None;
        }
        self.resolver.phrase(&np, strict, done)
    }

    /// The voice a quote with no attribution of its own carries on.
    fn inherited(&self, k: usize, si: usize, opens_sentence: bool, done: &[Option<Speaker>]) -> Option<Speaker> {
        let q = self.quotes[k];
        if q.continues && k > 0 {
            return done[k - 1].clone();
        }
        let previous_in_paragraph = (0..k)
            .rev()
            .take(LOOKBACK)
            .take_while(|&j| self.quotes[j].paragraph == q.paragraph)
            .find_map(|j| done[j].clone());
        if !opens_sentence {
            return previous_in_paragraph;
        }
        let first_in_paragraph = k == 0 || self.quotes[k - 1].paragraph != q.paragraph;
        if si > 0 {
            let prev = self.sentences[si - 1];
            let adjacent = prev.paragraph == self.sentences[si].paragraph
                || (first_in_paragraph && prev.paragraph + 1 == self.sentences[si].paragraph);
            if adjacent {
                let quoted = (0..k)
                    .rev()
                    .take(LOOKBACK)
                    .take_while(|&j| self.quotes[j].outer.start >= prev.span.start)
                    .find_map(|j| done[j].clone());
                if quoted.is_some() {
                    return quoted;
                }
                if let Some(s) = self.announcer(si - 1, done) {
                    return Some(s);
                }
            }
        }
        if previous_in_paragraph.is_some() {
            return previous_in_paragraph;
        }
        // A paragraph that is all quotation carries on the previous
        // paragraph's last quote, only when that paragraph ends with it;
        // photo captions between them do not break the voice.
        let paragraph_opener = si == 0 || self.sentences[si - 1].paragraph != self.sentences[si].paragraph;
        if paragraph_opener
            && k > 0
            && let Some(ps) = sentence_at(self.sentences, self.quotes[k - 1].outer.start)
            && ps < si
            && self.quotes[k - 1].paragraph == self.sentences[ps].paragraph
            && self.sentences[ps + 1].paragraph != self.sentences[ps].paragraph
            && (ps + 1..si).all(|s| self.is_caption(s))
            && q.paragraph - self.quotes[k - 1].paragraph <= MAX_CAPTIONS + 1
        {
            return done[k - 1].clone();
        }
        None
    }

    /// A sentence standing as a paragraph with no closing punctuation: a
    /// photo caption or a subheading.
    fn is_caption(&self, s: usize) -> bool {
        let sentence = self.sentences[s];
        let alone = (s == 0 || self.sentences[s - 1].paragraph != sentence.paragraph)
            && self
                .sentences
                .get(s + 1)
                .is_none_or(|n| n.paragraph != sentence.paragraph);
        let text = self.text[sentence.span.start..sentence.span.end].trim_end();
        alone && !text.ends_with(['.', '!', '?', '"', '”', '’', ':', ';', ',', '\''])
    }

    /// Who a sentence reports as speaking or issuing a statement: the
    /// phrase before its reporting verb ("As Heald told the Post, ozone
    /// has dropped"), else its subject.
    fn announcer(&self, si: usize, done: &[Option<Speaker>]) -> Option<Speaker> {
        let span = self.sentences[si].span;
        let head = span.head(self.text, ANNOUNCE_REACH);
        let view = self.tokens.view(si, head);
        let cue = (0..view.len()).find(|&i| cue_at(&view, i));
        let announces = cue.is_some()
            || (0..view.len())
                .any(|i| view.is_word(i) && words::is_document(view.lower(i)) && view.lower(i) != "report")
            || self.text[span.start..span.end].trim_end().ends_with(':');
        if !announces {
            return None;
        }
        cue.and_then(|i| before_verb(&view, i))
            .and_then(|np| self.resolver.phrase(&np, false, done))
            .or_else(|| self.subject_speaker(si, span.end, false, done))
    }
}

/// "in the words of X", "quoting X": where token `i` opens such a cue,
/// the token where the name starts.
fn source_named_at(v: &View, i: usize) -> Option<usize> {
    if !v.is_word(i) {
        return None;
    }
    let lower = v.lower(i);
    if lower == "quoting" {
        return Some(i + 1);
    }
    let follows = |k: usize, w: &str| v.is_word(i + k) && v.lower(i + k) == w;
    (lower == "in" && follows(1, "the") && follows(2, "words") && follows(3, "of")).then_some(i + 4)
}

/// A short quotation in title case ("Hey Jude", "Super District Council"):
/// with no verb of saying around it, it names a work or a thing.
fn reads_as_title(inner: &str) -> bool {
    const SMALL: &[&str] = &[
        "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "de", "la", "le", "by",
    ];
    if inner.ends_with(['.', ',', '!', '?', ';', ':']) {
        return false;
    }
    // Read no further than a title may run: quotations can be long.
    let mut count = 0;
    let mut capitalized = false;
    for w in inner.split_whitespace() {
        count += 1;
        if count > 6 || !(w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || SMALL.contains(&w)) {
            return false;
        }
        capitalized |= w.starts_with(char::is_uppercase);
    }
    count > 0 && capitalized
}

/// Marks that name a thing rather than quote anyone: `known as "…"`,
/// `the so-called "…"`, `a group called "…"`, `is called "…"`.
fn names_something(v: &View, qi: usize) -> bool {
    if qi == 0 || !v.is_word(qi - 1) {
        return false;
    }
    let prev = v.lower(qi - 1);
    if NAMING.contains(&prev) {
        return true;
    }
    if prev == "as" && qi >= 2 && v.is_word(qi - 2) {
        let before = v.lower(qi - 2);
        return NAMING_BEFORE_AS.contains(&before)
            || (before == "to" && qi >= 3 && v.is_word(qi - 3) && v.lower(qi - 3) == "referred");
    }
    if prev == "called" && qi >= 2 && v.is_word(qi - 2) {
        // "has called" reports; "is called" and "a group called" name.
        let before = v.lower(qi - 2);
        let passive = matches!(before, "is" | "are" | "was" | "were" | "be" | "been" | "being");
        let noun = v.str(qi - 2).starts_with(char::is_lowercase)
            && !words::is_auxiliary(before)
            && words::pronoun(before).is_none()
            && !words::is_filler(before);
        return passive || noun;
    }
    false
}
