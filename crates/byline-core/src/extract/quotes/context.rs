//! The text around a quotation as the attribution rules see it: sentences
//! that never break inside a quotation, and token views in which each
//! quotation is a single token, so "said" inside a quote is never a cue.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use super::marks::Marked;
use super::phrase::{Np, subject};
use super::recent::Recent;
use crate::article::{Article, Span};
use crate::extract::tokens::{self, TokenKind};

/// Bytes of context kept before and after a quotation: attribution sits
/// next to the quote, and the bound keeps the work linear on huge inputs.
const BEFORE: usize = 500;
const AFTER: usize = 250;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Number,
    Punct,
    /// The quotation with this index, marks included.
    Quote(usize),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub span: Span,
    pub kind: Kind,
    /// Where the token's lower-case form lies in its view's `lowered`;
    /// empty when it is the token's text as written.
    lower: Span,
}

/// A sentence as the attribution rules see it: the article's own, or
/// several of them merged.
pub(super) use crate::article::Sentence;

/// The article's sentences, merged where a sentence break falls inside a
/// quotation ("We face a dangerous sentence. Who takes…" is one quote).
/// Most articles have no such break: then they are the article's own
/// sentences, not a copy of them.
pub(super) fn outer_sentences<'a>(article: &'a Article, quotes: &[Marked]) -> Cow<'a, [Sentence]> {
    if article.sentences.is_empty() || !merges_any(&article.sentences, quotes) {
        // With no sentences, an empty text has none either.
        if !article.sentences.is_empty() || article.text.is_empty() {
            return Cow::Borrowed(&article.sentences);
        }
    }
    Cow::Owned(merged(article, quotes))
}

/// Whether a sentence starts inside a quotation that began in the sentence
/// before, in the same paragraph: up to the first such, [`merged`] copies
/// the sentences as they are.
fn merges_any(sentences: &[Sentence], quotes: &[Marked]) -> bool {
    let mut q = 0;
    sentences.windows(2).any(|pair| {
        let s = pair[1];
        while q < quotes.len() && quotes[q].outer.end <= s.span.start {
            q += 1;
        }
        let inside = q < quotes.len() && quotes[q].outer.start < s.span.start;
        inside && pair[0].paragraph == s.paragraph
    })
}

/// The sentences merged where a break falls inside a quotation.
fn merged(article: &Article, quotes: &[Marked]) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::with_capacity(article.sentences.len());
    let mut q = 0;
    for s in &article.sentences {
        while q < quotes.len() && quotes[q].outer.end <= s.span.start {
            q += 1;
        }
        let inside = q < quotes.len() && quotes[q].outer.start < s.span.start;
        match out.last_mut() {
            Some(last) if inside && last.paragraph == s.paragraph => last.span.end = s.span.end,
            _ => out.push(*s),
        }
    }
    if out.is_empty() && !article.text.is_empty() {
        out.push(Sentence {
            span: Span::new(0, article.text.len()),
            paragraph: 0,
        });
    }
    // Held through attribution: the merged sentences are fewer than the
    // room made for them.
    out.shrink_to_fit();
    out
}

/// Index of the sentence holding byte `pos`.
pub(super) fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.end <= pos);
    (i < sentences.len() && sentences[i].span.start <= pos).then_some(i)
}

/// Bytes at a sentence's start read to find its subject.
const SUBJECT_REACH: usize = 600;

/// Each sentence's subject, found once while the sentence is near the
/// quotations being attributed: several quotations and pronouns may ask
/// for the same one, and all ask within a few sentences of the latest.
pub(super) struct Subjects<'a> {
    tokens: &'a Tokens<'a>,
    recent: Recent<Option<(Np, usize)>>,
}

/// How many sentences keep their subject: more than a pronoun reaches back.
const SUBJECTS_KEPT: usize = 16;

impl<'a> Subjects<'a> {
    pub fn new(tokens: &'a Tokens<'a>) -> Subjects<'a> {
        Subjects {
            tokens,
            recent: Recent::new(SUBJECTS_KEPT),
        }
    }

    /// The subject of sentence `s` and the byte where its verb starts.
    pub fn get(&self, s: usize) -> Option<(Np, usize)> {
        let span = self.tokens.sentences.get(s)?.span;
        self.recent.get_or_make(s, || {
            let reach = span.head(self.tokens.text, SUBJECT_REACH);
            let view = self.tokens.view(s, reach);
            subject(&view).map(|(np, verb)| (np, view.toks()[verb].span.start))
        })
    }
}

/// A sentence's tokens, with the byte spans of the language markers that
/// were dropped from them.
struct Tokenized {
    toks: Vec<Tok>,
    dropped: Vec<Span>,
    /// The lower-case forms of the tokens not written in lower case.
    lowered: String,
}

/// Each sentence tokenized once: the views of the rules (around a quote,
/// a sentence's head) are slices of it wherever slicing gives exactly the
/// tokens a fresh tokenization of the stretch would.
///
/// Quotes are attributed in text order and look only a few sentences back,
/// so only the sentences near the latest one asked for keep their tokens
/// ([`Recent`]): a long article's tokens are never all held at once, nor
/// is a slot kept for each of its sentences.
pub(super) struct Tokens<'a> {
    text: &'a str,
    quotes: &'a [Marked],
    sentences: &'a [Sentence],
    /// Tokenized; `None` when the sentence's view is not the sentence itself.
    recent: Recent<Option<Rc<Tokenized>>>,
    /// The tokenizer's buffer, reused from sentence to sentence.
    scratch: RefCell<Vec<tokens::Token>>,
}

/// How many sentences keep their tokens.
const TOKENS_KEPT: usize = 64;

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str, quotes: &'a [Marked], sentences: &'a [Sentence]) -> Tokens<'a> {
        Tokens {
            text,
            quotes,
            sentences,
            recent: Recent::new(TOKENS_KEPT),
            scratch: RefCell::new(Vec::new()),
        }
    }

    /// The view of `range`, a stretch of sentence `s`.
    pub fn view(&self, s: usize, range: Span) -> View<'a> {
        let range = range.on_char_boundaries(self.text);
        self.sliced(s, range)
            .unwrap_or_else(|| View::new(self.text, range, self.quotes))
    }

    fn sliced(&self, s: usize, range: Span) -> Option<View<'a>> {
        let span = self.sentences.get(s)?.span;
        if range.start < span.start || range.end > span.end {
            return None;
        }
        let full = self.sentence_tokens(s, span)?;
        let b = Bounds::of(range, self.quotes);
        if !b.folds_all(self.quotes) || !full.cuts_cleanly(b.start) || !full.cuts_cleanly(b.end) {
            return None;
        }
        let from = full.toks.partition_point(|t| t.span.start < b.start);
        let to = full.toks.partition_point(|t| t.span.end <= b.end).max(from);
        Some(View {
            text: self.text,
            held: Held::Shared { full, from, to },
        })
    }

    /// Sentence `s`'s tokens, made once while it is near the sentences
    /// being asked for.
    fn sentence_tokens(&self, s: usize, span: Span) -> Option<Rc<Tokenized>> {
        self.recent.get_or_make(s, || self.tokenize(span).map(Rc::new))
    }

    /// The whole sentence's tokens, when its view is the sentence itself.
    fn tokenize(&self, span: Span) -> Option<Tokenized> {
        let b = Bounds::of(span, self.quotes);
        if b.start != span.start || b.end != span.end || !b.folds_all(self.quotes) {
            return None;
        }
        let mut dropped = Vec::new();
        let mut lowered = String::new();
        let scratch = &mut self.scratch.borrow_mut();
        let toks = b.tokens(self.text, self.quotes, &mut dropped, &mut lowered, scratch);
        Some(Tokenized { toks, dropped, lowered })
    }
}

impl Tokenized {
    /// Whether a stretch starting or ending at byte `c` tokenizes as the
    /// sentence does there: no token and no dropped marker spans `c`.
    /// The tokenizer looks at most one char past a token, so a cut between
    /// tokens changes nothing.
    fn cuts_cleanly(&self, c: usize) -> bool {
        let i = self.toks.partition_point(|t| t.span.end <= c);
        let j = self.dropped.partition_point(|d| d.end <= c);
        self.toks.get(i).is_none_or(|t| t.span.start >= c) && self.dropped.get(j).is_none_or(|d| d.start >= c)
    }
}

/// A stretch widened or narrowed so that no quotation is cut, and the
/// quotations it may hold.
struct Bounds {
    start: usize,
    end: usize,
    first: usize,
    last: usize,
}

impl Bounds {
    fn of(range: Span, quotes: &[Marked]) -> Bounds {
        let mut start = range.start;
        let mut end = range.end;
        let first = quotes.partition_point(|q| q.outer.end <= start);
        if let Some(q) = quotes.get(first)
            && q.outer.start < start
        {
            start = q.outer.end.min(end);
        }
        let last = quotes.partition_point(|q| q.outer.start < end);
        if last > 0 && quotes[last - 1].outer.end > end && quotes[last - 1].outer.start >= start {
            end = quotes[last - 1].outer.start;
        }
        Bounds {
            start,
            end,
            first,
            last,
        }
    }

    /// Whether every quotation met lies inside, so each is one token.
    fn folds_all(&self, quotes: &[Marked]) -> bool {
        quotes
            .get(self.first..self.last.max(self.first))
            .unwrap_or(&[])
            .iter()
            .all(|q| q.outer.start >= self.start && q.outer.end <= self.end)
    }

    /// The tokens of the stretch; `scratch` is the tokenizer's buffer.
    fn tokens(
        &self,
        text: &str,
        quotes: &[Marked],
        dropped: &mut Vec<Span>,
        lowered: &mut String,
        scratch: &mut Vec<tokens::Token>,
    ) -> Vec<Tok> {
        // The tokenizer's estimate: about a token for every five bytes.
        let estimate = (self.end - self.start.min(self.end)) / 5 + 1;
        let mut toks = Vec::with_capacity(estimate + self.last.saturating_sub(self.first));
        // Room for the capitalized words, a fraction of the text.
        lowered.reserve(estimate);
        let mut out = Out {
            toks: &mut toks,
            dropped,
            lowered,
            scratch,
        };
        let mut pos = self.start;
        for (k, q) in quotes.iter().enumerate().take(self.last).skip(self.first) {
            if q.outer.start < self.start || q.outer.end > self.end {
                continue;
            }
            push_tokens(text, Span::new(pos, q.outer.start), &mut out);
            out.toks.push(Tok {
                span: q.outer,
                kind: Kind::Quote(k),
                lower: Span::new(0, 0),
            });
            pos = q.outer.end;
        }
        push_tokens(text, Span::new(pos, self.end.max(pos)), &mut out);
        toks
    }
}

/// Tokens of a stretch of text with each quotation folded into one token.
pub(super) struct View<'a> {
    pub text: &'a str,
    held: Held,
}

/// Where a view's tokens are: a slice of a sentence's shared tokens, or
/// its own.
enum Held {
    Shared {
        full: Rc<Tokenized>,
        from: usize,
        to: usize,
    },
    Own {
        toks: Vec<Tok>,
        lowered: String,
    },
}

impl<'a> View<'a> {
    /// The view of `range`, which is widened or narrowed so that no
    /// quotation is cut.
    pub fn new(text: &'a str, range: Span, quotes: &[Marked]) -> View<'a> {
        let mut lowered = String::new();
        let toks = Bounds::of(range, quotes).tokens(text, quotes, &mut Vec::new(), &mut lowered, &mut Vec::new());
        View {
            text,
            held: Held::Own { toks, lowered },
        }
    }

    pub fn toks(&self) -> &[Tok] {
        match &self.held {
            Held::Shared { full, from, to } => &full.toks[*from..*to],
            Held::Own { toks, .. } => toks,
        }
    }

    /// The lower-case forms of the tokens, as [`Tok::lower`] places them.
    fn lowered(&self) -> &str {
        match &self.held {
            Held::Shared { full, .. } => &full.lowered,
            Held::Own { lowered, .. } => lowered,
        }
    }

    /// The stretch around quotation `k` within its sentence that its view covers.
    pub fn around(text: &str, sentence: Span, quotes: &[Marked], k: usize) -> Span {
        let q = quotes[k].outer;
        let mut start = sentence.start.max(q.start.saturating_sub(BEFORE)).min(q.start);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let mut end = sentence.end.min(q.end + AFTER).max(q.end);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        Span::new(start, end)
    }

    pub fn len(&self) -> usize {
        self.toks().len()
    }

    pub fn str(&self, i: usize) -> &'a str {
        let s = self.toks()[i].span;
        &self.text[s.start..s.end]
    }

    /// Token `i` lower-cased (a quotation token as written: the rules
    /// read only words in lower case).
    pub fn lower(&self, i: usize) -> &str {
        let t = &self.toks()[i];
        if t.lower.is_empty() {
            &self.text[t.span.start..t.span.end]
        } else {
            &self.lowered()[t.lower.start..t.lower.end]
        }
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.toks().len() && self.toks()[i].kind == Kind::Word
    }

    /// A word starting with a capital letter (or a dotted acronym).
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.str(i).starts_with(char::is_uppercase)
    }

    pub fn punct(&self, i: usize) -> Option<char> {
        let t = self.toks().get(i)?;
        if t.kind == Kind::Punct {
            self.str(i).chars().next()
        } else {
            None
        }
    }

    pub fn quote(&self, i: usize) -> Option<usize> {
        match self.toks().get(i)?.kind {
            Kind::Quote(k) => Some(k),
            _ => None,
        }
    }

    pub fn position_of_quote(&self, k: usize) -> Option<usize> {
        self.toks().iter().position(|t| t.kind == Kind::Quote(k))
    }

    /// The text span of tokens `a..b`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks()[a].span.start, self.toks()[b - 1].span.end)
    }
}

/// Where [`push_tokens`] puts what it finds.
struct Out<'o> {
    toks: &'o mut Vec<Tok>,
    /// Spans of the language markers dropped.
    dropped: &'o mut Vec<Span>,
    /// Lower-case forms of the tokens not written in lower case.
    lowered: &'o mut String,
    /// The tokenizer's buffer, reused from stretch to stretch.
    scratch: &'o mut Vec<tokens::Token>,
}

/// Tokenizes a stretch without quotations, dropping Wikinews language
/// markers such as `((it))` (their spans go to `dropped`).
fn push_tokens(text: &str, range: Span, o: &mut Out) {
    if range.is_empty() {
        return;
    }
    let out = &mut *o.toks;
    let from = out.len();
    tokens::tokenize_into(&text[range.start..range.end], range.start, o.scratch);
    out.reserve(o.scratch.len());
    let mut opening_brackets = 0;
    for t in o.scratch.iter() {
        let (kind, lower) = match t.kind {
            TokenKind::Word => (Kind::Word, lower_case(&text[t.span.start..t.span.end], o.lowered)),
            TokenKind::Number => (Kind::Number, lower_case(&text[t.span.start..t.span.end], o.lowered)),
            // Chars with a lower-case form are all letters.
            TokenKind::Punct => {
                opening_brackets += usize::from(text.as_bytes()[t.span.start] == b'(');
                (Kind::Punct, Span::new(0, 0))
            }
        };
        out.push(Tok {
            span: t.span,
            kind,
            lower,
        });
    }
    if opening_brackets < 2 {
        return;
    }
    let mut i = from;
    while i + 5 <= out.len() {
        let is = |j: usize, c: &str| &text[out[j].span.start..out[j].span.end] == c;
        if is(i, "(")
            && is(i + 1, "(")
            && out[i + 2].kind == Kind::Word
            && out[i + 2].span.len() <= 3
            && is(i + 3, ")")
            && is(i + 4, ")")
        {
            o.dropped.push(Span::new(out[i].span.start, out[i + 4].span.end));
            out.drain(i..i + 5);
        } else {
            i += 1;
        }
    }
}

/// The lower-case form of `word` appended to `lowered`, and where it lies
/// there; an empty span when `word` is lower case already.
fn lower_case(word: &str, lowered: &mut String) -> Span {
    let start = lowered.len();
    if word.bytes().all(|b| b < 0x80 && !b.is_ascii_uppercase()) {
        return Span::new(0, 0);
    }
    if word.is_ascii() {
        lowered.push_str(word);
        lowered[start..].make_ascii_lowercase();
    } else {
        // Only a char that lower-cases to something else changes the word
        // ("Σ" as well, whose form depends on its place).
        let unchanged = |c: char| {
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        };
        if word.chars().all(unchanged) {
            return Span::new(0, 0);
        }
        lowered.push_str(&word.to_lowercase());
    }
    Span::new(start, lowered.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::split_paragraphs;

    #[test]
    fn quotes_fold_into_one_token_and_markers_drop() {
        let text = "He has called the sentence \"dangerous\" ((it)) and \"ideological\" ((it)).";
        let quotes = super::super::marks::find_quotes(text, &split_paragraphs(text));
        let v = View::new(text, Span::new(0, text.len()), &quotes);
        let words: Vec<&str> = (0..v.len()).map(|i| v.str(i)).collect();
        assert_eq!(
            words,
            vec![
                "He",
                "has",
                "called",
                "the",
                "sentence",
                "\"dangerous\"",
                "and",
                "\"ideological\"",
                "."
            ]
        );
        assert_eq!(v.quote(5), Some(0));
    }

    #[test]
    fn words_lower_case_as_str_does() {
        let text = "Said ÉLAN élan — ΟΔΥΣ ΟΔΥΣΣΕΑΣ ǅemal İzmir Straße x 21ST (Ⅻ) “Ⓐ” ’90s";
        let v = View::new(text, Span::new(0, text.len()), &[]);
        for i in 0..v.len() {
            assert_eq!(v.lower(i), v.str(i).to_lowercase(), "{}", v.str(i));
        }
    }

    #[test]
    fn sentences_are_the_articles_own_unless_a_quote_spans_a_break() {
        for (text, own) in [
            (
                "Title line here\n\nHe said: \"We face it. Who takes it?\" Then he left.",
                false,
            ),
            (
                "Title\n\nHe said: \"We face it.\" Then he left. \"Fine,\" she said.",
                true,
            ),
            ("\"Open quote. Left open\n\nNext paragraph. Still.\" Done.", false),
            ("One sentence only", true),
            ("", true),
        ] {
            let a = Article::from_text("t", text);
            let quotes = super::super::marks::find_quotes(&a.text, &split_paragraphs(&a.text));
            let outer = outer_sentences(&a, &quotes);
            assert_eq!(outer.as_ref(), merged(&a, &quotes).as_slice(), "{text:?}");
            assert_eq!(matches!(outer, Cow::Borrowed(_)), own, "{text:?}");
        }
    }

    #[test]
    fn sentences_do_not_break_inside_quotes() {
        let a = Article::from_text(
            "t",
            "Title line here\n\nHe said: \"We face a dangerous sentence. Who takes the decisions, do it.\" Then he left.",
        );
        let marks: Vec<Span> = a.paragraphs.iter().map(|p| p.span).collect();
        let quotes = super::super::marks::find_quotes(&a.text, &marks);
        let s = outer_sentences(&a, &quotes);
        let texts: Vec<&str> = s.iter().map(|s| a.slice(s.span)).collect();
        assert_eq!(
            texts,
            vec![
                "Title line here",
                "He said: \"We face a dangerous sentence. Who takes the decisions, do it.\"",
                "Then he left."
            ]
        );
    }
}
