//! A linear pass over a page's HTML before it is parsed, bounding what the
//! parser and the reader view cannot handle in time proportional to the
//! page.
//!
//! html5ever checks element scopes by walking the stack of open elements
//! and attributes for duplicates against each other, and the reader view
//! walks ancestors and subtrees; on hostile or broken pages (100,000 nested
//! `<div>`s, 300,000 attributes on one tag) those walks make parsing
//! quadratic, and their recursion can overflow the stack. No article nests
//! its text hundreds of elements deep or needs hundreds of attributes on a
//! tag, so this pass keeps at most [`MAX_DEPTH`] levels of elements (the
//! tags of deeper ones are dropped, their text kept), at most
//! [`MAX_FORMATTING`] unclosed formatting elements, and at most
//! [`MAX_ATTRIBUTES`] attributes per tag, and splits text longer than
//! [`MAX_TEXT_RUN`] bytes with an empty element (see there). It is a
//! tokenizer-light scan, not a parser: it knows comments, raw-text elements
//! (scripts, styles), void elements, formatting elements and the end tags
//! HTML lets a page omit (`<p>`, `<li>`, `<td>` …), which is enough to
//! count depth as a browser would on ordinary markup. A page within the
//! limits passes through untouched.

use std::borrow::Cow;

/// Levels of nested elements kept.
pub const MAX_DEPTH: usize = 256;

/// Unclosed formatting elements (`<b>`, `<i>`, `<a>` …) kept active at
/// once: a parser copies each into every later paragraph until its end
/// tag, so they multiply the size of the tree.
pub const MAX_FORMATTING: usize = 12;

/// Attributes kept on one tag.
pub const MAX_ATTRIBUTES: usize = 256;

/// Longest run of text kept without a tag in it. html5ever's serializer,
/// which the reader view uses, scans the rest of a text node for each `&`
/// or U+00A0 in it, so a long run of them is quadratic; an empty `<wbr>`
/// (a line-break opportunity, no text) splits longer runs.
pub const MAX_TEXT_RUN: usize = 8 << 10;

/// Elements without content, which never open a level.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is text up to their own end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// What the pass had to cut, for the warning the user sees.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cuts {
    /// Tags dropped because they were nested deeper than [`MAX_DEPTH`].
    pub deep_tags: usize,
    /// Attributes dropped beyond [`MAX_ATTRIBUTES`] on a tag.
    pub attributes: usize,
}

impl Cuts {
    pub fn any(&self) -> bool {
        self.deep_tags > 0 || self.attributes > 0
    }

    /// One line saying what was cut, or `None`.
    pub fn message(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.deep_tags > 0 {
            parts.push(format!(
                "{} tags nested deeper than {MAX_DEPTH} levels (or {MAX_FORMATTING} unclosed <b>, <i>, <a> …) were ignored (their text is kept)",
                self.deep_tags
            ));
        }
        if self.attributes > 0 {
            parts.push(format!(
                "{} attributes beyond {MAX_ATTRIBUTES} on one tag were ignored",
                self.attributes
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// The page with its nesting and attributes bounded, and what was cut.
pub fn bound(raw: &str) -> (Cow<'_, str>, Cuts) {
    let mut out: Option<String> = None;
    let mut cuts = Cuts::default();
    // Bytes of `raw` before `copied` are in `out` (when it exists).
    let mut copied = 0;
    let mut nesting = Nesting::default();
    // Start tags dropped and not yet closed: their end tags are dropped too.
    let mut excess = 0usize;
    let bytes = raw.as_bytes();
    let mut i = 0;
    // Where the text since the last tag starts.
    let mut text_start = 0;
    while let Some(lt) = memchr_lt(bytes, i) {
        i = lt;
        let rest = &bytes[i..];
        let is_markup = rest.starts_with(b"<!")
            || rest.starts_with(b"<?")
            || rest.get(1).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/');
        if is_markup {
            split_text(raw, &mut out, &mut copied, text_start, i);
        }
        if rest.starts_with(b"<!--") {
            i = find_from(bytes, i + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            text_start = i;
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find_byte(bytes, i, b'>').map_or(bytes.len(), |e| e + 1);
            text_start = i;
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = i + 1 + usize::from(closing);
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b':'))
            .map_or(bytes.len(), |p| name_start + p);
        if name_end == name_start || !bytes[name_start].is_ascii_alphabetic() {
            i += 1; // a lone "<" in text
            continue;
        }
        let name = raw[name_start..name_end].to_ascii_lowercase();
        let tag = scan_tag(bytes, name_end);
        let tag_end = tag.end;
        text_start = tag_end;
        if closing {
            if excess > 0 {
                excess -= 1;
                cuts.deep_tags += 1;
                drop_range(raw, &mut out, &mut copied, i, tag_end);
            } else {
                nesting.end(&name);
            }
            i = tag_end;
            continue;
        }
        let opens = !tag.self_closing && !VOID.contains(&name.as_str());
        if opens {
            nesting.close_implied(&name);
        }
        if opens && (nesting.depth() >= MAX_DEPTH || nesting.formatting_full(&name)) {
            excess += 1;
            cuts.deep_tags += 1;
            drop_range(raw, &mut out, &mut copied, i, tag_end);
            i = tag_end;
            continue;
        }
        if let Some(cut_at) = tag.cut_at {
            // Keep the tag up to its last allowed attribute, then close it.
            cuts.attributes += tag.attributes - MAX_ATTRIBUTES;
            let o = flush(raw, &mut out, &mut copied, cut_at);
            o.push_str(if tag.self_closing { "/>" } else { ">" });
            copied = tag_end;
        }
        if opens {
            nesting.start(&name);
        }
        i = tag_end;
        if opens && RAW_TEXT.contains(&name.as_str()) {
            // Its content is text until its end tag, which closes the level.
            let close = format!("</{name}");
            i = find_ignore_case(bytes, i, close.as_bytes()).unwrap_or(bytes.len());
            text_start = i;
        }
    }
    split_text(raw, &mut out, &mut copied, text_start, bytes.len());
    match out {
        None => (Cow::Borrowed(raw), cuts),
        Some(mut o) => {
            o.push_str(&raw[copied..]);
            (Cow::Owned(o), cuts)
        }
    }
}

/// Elements whose start closes an open `<p>` (its end tag may be omitted
/// before them).
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Formatting elements: an HTML parser keeps them active after the block
/// holding them ends and reopens them in the next one, so an unclosed
/// `<b>` nests everything after it until its own end tag (or the end of
/// the table cell holding it).
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Elements whose end clears the formatting elements opened inside them.
const FORMATTING_SCOPES: &[&str] = &["td", "th", "caption", "applet", "object", "marquee", "template"];

/// How deep the page is nested at the current tag, as a parser builds it.
#[derive(Default)]
struct Nesting {
    /// Open elements, innermost last, each with the number of active
    /// formatting elements when it opened.
    open: Vec<(String, usize)>,
    /// Active formatting elements, innermost last.
    formatting: Vec<String>,
}

impl Nesting {
    fn depth(&self) -> usize {
        self.open.len() + self.formatting.len()
    }

    fn formatting_full(&self, name: &str) -> bool {
        FORMATTING.contains(&name) && self.formatting.len() >= MAX_FORMATTING
    }

    fn start(&mut self, name: &str) {
        if FORMATTING.contains(&name) {
            self.formatting.push(name.to_string());
        } else {
            self.open.push((name.to_string(), self.formatting.len()));
        }
    }

    /// An end tag: it closes its element and whatever was left open inside
    /// it; a stray end tag closes nothing.
    fn end(&mut self, name: &str) {
        if FORMATTING.contains(&name) {
            if let Some(k) = self.formatting.iter().rposition(|n| n == name) {
                self.formatting.remove(k);
            }
        } else if let Some(k) = self.open.iter().rposition(|(n, _)| n == name) {
            self.pop_to(k);
        }
    }

    /// Closes the open elements from index `k` on.
    fn pop_to(&mut self, k: usize) {
        let cleared = self.open[k..]
            .iter()
            .find(|(n, _)| FORMATTING_SCOPES.contains(&n.as_str()))
            .map(|&(_, mark)| mark);
        if let Some(mark) = cleared {
            self.formatting.truncate(mark);
        }
        self.open.truncate(k);
    }

    fn top_is(&self, names: &[&str]) -> bool {
        self.open.last().is_some_and(|(t, _)| names.contains(&t.as_str()))
    }

    /// Closes the elements whose end tag a page may omit and that the
    /// start of `name` closes: `<p>` before a block, `<li>` before `<li>`,
    /// a cell before a cell or a row, `<dt>`/`<dd>` before either,
    /// `<option>` before another.
    fn close_implied(&mut self, name: &str) {
        if CLOSES_P.contains(&name) && self.top_is(&["p"]) {
            self.pop_to(self.open.len() - 1);
        }
        let closed: &[&str] = match name {
            "li" => &["li"],
            "dt" | "dd" => &["dt", "dd"],
            "td" | "th" => &["td", "th"],
            "tr" => &["td", "th", "tr"],
            "tbody" | "thead" | "tfoot" => &["td", "th", "tr", "tbody", "thead", "tfoot"],
            "option" => &["option"],
            _ => &[],
        };
        while self.top_is(closed) {
            self.pop_to(self.open.len() - 1);
        }
    }
}

/// What a tag's attributes hold, from the end of its name.
struct Tag {
    /// Just past its `>` (or the end of the page).
    end: usize,
    self_closing: bool,
    attributes: usize,
    /// Where the first attribute beyond the limit starts, when there is one.
    cut_at: Option<usize>,
}

fn scan_tag(bytes: &[u8], from: usize) -> Tag {
    let mut i = from;
    let mut attributes = 0;
    let mut cut_at = None;
    let mut in_attribute = false;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'>' => {
                let self_closing = i > from && bytes[i - 1] == b'/';
                return Tag {
                    end: i + 1,
                    self_closing,
                    attributes,
                    cut_at,
                };
            }
            b'"' | b'\'' if in_attribute => {
                // A quoted value runs to its closing quote, '>' and all.
                i = find_byte(bytes, i + 1, b).map_or(bytes.len(), |e| e + 1);
                continue;
            }
            b if b.is_ascii_whitespace() || b == b'/' => in_attribute = false,
            b'=' => in_attribute = true,
            _ => {
                if !in_attribute {
                    in_attribute = true;
                    attributes += 1;
                    if attributes == MAX_ATTRIBUTES + 1 {
                        cut_at = Some(i);
                    }
                }
            }
        }
        // After "=" white space may come before the value.
        if b == b'=' {
            while i + 1 < bytes.len() && bytes[i + 1].is_ascii_whitespace() {
                i += 1;
            }
        }
        i += 1;
    }
    Tag {
        end: bytes.len(),
        self_closing: false,
        attributes,
        cut_at,
    }
}

/// Splits the text `raw[from..to]` into runs of at most about
/// [`MAX_TEXT_RUN`] bytes, each cut made before white space or an `&` (so
/// no word or character reference is cut) when there is one near.
fn split_text(raw: &str, out: &mut Option<String>, copied: &mut usize, from: usize, to: usize) {
    let bytes = raw.as_bytes();
    // A run seen before (a lone "<" ended it) continues from its last cut.
    let mut start = from.max(*copied);
    while to.saturating_sub(start) > MAX_TEXT_RUN {
        let target = start + MAX_TEXT_RUN;
        let near = (target..to.min(target + 256)).find(|&j| bytes[j].is_ascii_whitespace() || bytes[j] == b'&');
        let cut = match near {
            Some(j) => j,
            // One long word: cut between characters, outside any reference.
            None => {
                let j = raw.ceil_char_boundary(target);
                if bytes[j.saturating_sub(40)..j].contains(&b'&') {
                    start = j;
                    continue;
                }
                j
            }
        };
        if cut >= to {
            break;
        }
        flush(raw, out, copied, cut).push_str("<wbr>");
        start = cut;
    }
}

/// Copies `raw[copied..to]` into the output, creating it on first use.
fn flush<'o>(raw: &str, out: &'o mut Option<String>, copied: &mut usize, to: usize) -> &'o mut String {
    let o = out.get_or_insert_with(|| String::with_capacity(raw.len()));
    o.push_str(&raw[*copied..to]);
    *copied = to;
    o
}

fn drop_range(raw: &str, out: &mut Option<String>, copied: &mut usize, from: usize, to: usize) {
    flush(raw, out, copied, from);
    *copied = to;
}

fn memchr_lt(bytes: &[u8], from: usize) -> Option<usize> {
    find_byte(bytes, from, b'<')
}

fn find_byte(bytes: &[u8], from: usize, b: u8) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&c| c == b).map(|p| from + p)
}

fn find_from(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut i = from;
    while let Some(p) = find_byte(bytes, i, first) {
        if bytes[p..].starts_with(needle) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

fn find_ignore_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(p) = find_byte(bytes, i, b'<') {
        if bytes.len() - p >= needle.len() && bytes[p..p + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_page_passes_untouched() {
        let page = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>A <b> title</title>
<script>if (a < b && c > d) { x = "<div>"; }</script><!-- <div><div> --></head>
<body><article><p class="x" data-y='a > b'>Hi <img src=a.png/> said <br>Bob.</p></article></body></html>"#;
        let (out, cuts) = bound(page);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert!(!cuts.any());
    }

    #[test]
    fn nesting_beyond_the_limit_keeps_its_text_not_its_tags() {
        let n = MAX_DEPTH + 1000;
        let page = format!(
            "<html><body>{}<p>Deep text.</p>{}<p>After.</p></body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let (out, cuts) = bound(&page);
        assert!(cuts.any());
        // html and body are two levels; the divs fill the rest.
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH - 2);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH - 2);
        // The paragraph is deeper than the limit too: its tags go, its text stays.
        assert!(out.contains("<div>Deep text.</div>"), "{out}");
        assert!(out.ends_with("</div><p>After.</p></body></html>"));
        assert!(cuts.message().unwrap_or_default().contains("nested deeper than 256"));
    }

    #[test]
    fn omitted_end_tags_do_not_count_as_nesting() {
        let items = "<li>An item<p>with a paragraph".repeat(2000);
        let rows = "<tr><td>a<td>b".repeat(2000);
        let page = format!("<html><body><ul>{items}</ul><table>{rows}</table><p>One<p>Two</body></html>");
        let (out, cuts) = bound(&page);
        assert!(!cuts.any(), "{cuts:?}");
        assert!(matches!(out, Cow::Borrowed(_)));
    }

    /// Each unclosed `<b>` was reopened in every later paragraph by the
    /// parser: quadratic time and gigabytes of memory.
    #[test]
    fn unclosed_formatting_elements_count_as_nesting() {
        let page: String = (0..2000).map(|i| format!("<p><b class=c{i}>x</p>")).collect();
        let (out, cuts) = bound(&page);
        assert!(cuts.any());
        assert_eq!(out.matches("<b ").count(), MAX_FORMATTING);
        // Closed ones, and ones left open in a table cell, do not add up.
        let closed: String = (0..2000).map(|i| format!("<p><b class=c{i}>x</b></p>")).collect();
        let cells: String = (0..2000).map(|i| format!("<tr><td><b class=c{i}>x</td>")).collect();
        for page in [closed, format!("<table>{cells}</table>")] {
            assert!(!bound(&page).1.any());
        }
    }

    #[test]
    fn long_text_runs_are_split_between_words_and_references() {
        let text = "&amp; ".repeat(5000);
        let page = format!("<p>{text}</p><script>{text}</script>");
        let (out, cuts) = bound(&page);
        assert!(!cuts.any());
        let splits = out.matches("<wbr>").count();
        assert_eq!(splits, 3, "{}", out.len());
        // The script's text is left alone; each cut is before a reference.
        assert_eq!(out.replace("<wbr>", ""), page);
        assert!(!out.contains("&am<wbr>"));
        assert!(out[out.find("<script>").unwrap_or(0)..].find("<wbr>").is_none());
        // A lone "<" in a long run does not split it twice.
        let page = format!("<p>{text}</ x {text}</p>");
        let (out, _) = bound(&page);
        assert_eq!(out.replace("<wbr>", ""), page);
        assert_eq!(out.matches("<wbr>").count(), 7);
    }

    #[test]
    fn attributes_beyond_the_limit_are_dropped() {
        let attrs: Vec<String> = (0..MAX_ATTRIBUTES + 50).map(|i| format!("a{i}=\"x>y\"")).collect();
        let page = format!("<p {}>Hello said Bob.</p>", attrs.join(" "));
        let (out, cuts) = bound(&page);
        assert_eq!(cuts.attributes, 50);
        assert!(
            out.ends_with("a255=\"x>y\" >Hello said Bob.</p>"),
            "{}",
            &out[out.len() - 60..]
        );
    }
}
