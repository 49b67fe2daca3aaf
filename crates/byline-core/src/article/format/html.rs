//! Saved web pages: the article body found by a reader view (dom_smoothie,
//! a port of Mozilla Readability), then flattened to paragraphs.
//!
//! The reader view decides what is article and what is menu, advert or
//! footer; this module only turns the HTML it keeps into blocks: headings
//! and list items as their own paragraphs, inline text with its white space
//! folded, scripts and styles dropped. The page title leads, followed by the
//! byline the page declares.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use super::title::TitleSources;
use super::{Block, BlockKind, Converted, Format, FormatError, InlineText, html_guard};

/// Elements whose content is not article prose. Readability keeps photo
/// captions (`figcaption`); byline drops them, because a caption between two
/// paragraphs ("Photo: Reuters. President X at the summit") would be read as
/// a sentence of the story and confuse quote and number attribution.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "head",
    "title",
    "button",
    "select",
    "textarea",
    "input",
    "figcaption",
];

/// Elements that also hold no article text on a whole page (used only when
/// the reader view finds no article and the whole body is read).
const PAGE_CHROME: &[&str] = &["nav", "header", "footer", "aside", "form", "menu"];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

pub(super) fn convert(raw: &str) -> Result<Converted, FormatError> {
    let error = |message: String| FormatError {
        format: Format::Html,
        message,
    };
    let (bounded, cuts) = html_guard::bound(raw);
    let raw: &str = &bounded;
    let mut reader = Readability::new(raw, None, Some(Config::default())).map_err(|e| error(e.to_string()))?;
    let sources = TitleSources::gather(&reader.doc, reader.parse_json_ld().as_ref().map(|m| m.title.as_str()));
    let (body_blocks, title, byline, site_name, declared_date) = match reader.parse() {
        Ok(article) => {
            let doc = Document::from(article.content.as_ref());
            let site_name = article.site_name.as_deref().and_then(clean);
            let byline = article.byline.as_deref().and_then(clean);
            let title = clean(&article.title).map(|t| {
                let t = without_suffix(t, site_name.as_deref());
                without_suffix(t, byline.as_deref())
            });
            let declared_date = article.published_time.clone();
            (
                blocks_of(&doc.root(), &[]),
                sources.choose(title),
                byline,
                site_name,
                declared_date,
            )
        }
        Err(_) => {
            // No article found: read the visible text of the whole page
            // without its navigation, so the user still gets something.
            let doc = Document::from(raw);
            let title = doc.select("title").text();
            (
                blocks_of(&doc.root(), PAGE_CHROME),
                sources.choose(clean(&title)),
                None,
                None,
                None,
            )
        }
    };
    let mut blocks = Vec::with_capacity(body_blocks.len() + 2);
    let mut body_blocks = body_blocks;
    if title.is_none()
        && let Some(first) = body_blocks.first_mut()
        && first.kind == BlockKind::Heading
    {
        // A page without a <title>: its opening heading is the headline.
        first.kind = BlockKind::Title;
    }
    let mut body = body_blocks.into_iter().peekable();
    if let Some(title) = &title {
        // Readability usually removes the headline from the body; when it
        // does not, the body's copy is the one kept.
        if body.peek().is_some_and(|b| same_words(&b.text, title)) {
            body.next();
        }
        blocks.push(Block {
            kind: BlockKind::Title,
            text: title.clone(),
        });
    }
    let body: Vec<Block> = body.collect();
    if let Some(byline) = &byline {
        let in_body = body.iter().take(3).any(|b| same_words(&b.text, byline));
        if !in_body {
            blocks.push(Block {
                kind: BlockKind::Byline,
                text: byline.clone(),
            });
        }
    }
    blocks.extend(body);
    let mut converted = Converted::from_blocks(blocks);
    converted.title = title.or(converted.title);
    converted.byline = byline;
    converted.site_name = site_name;
    converted.published = super::dates::html_published(raw, declared_date.as_deref());
    converted.warnings.extend(cuts.message());
    Ok(converted)
}

/// White space folded, empty as `None`.
fn clean(s: &str) -> Option<String> {
    let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!folded.is_empty()).then_some(folded)
}

/// "Senate passes budget | The Daily" is "Senate passes budget" when the
/// site is The Daily, and "Whale strandings | Eleanor Ainge Roy" is "Whale
/// strandings" when she is the byline: the publication becomes the
/// article's source and the author its byline; neither is part of the
/// headline. Readability keeps such suffixes on short titles.
fn without_suffix(title: String, suffix: Option<&str>) -> String {
    let Some(suffix) = suffix else {
        return title;
    };
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && same_words(tail, suffix)
            && !head.trim().is_empty()
        {
            return head.trim().to_string();
        }
    }
    title
}

fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace()
        .map(str::to_lowercase)
        .eq(b.split_whitespace().map(str::to_lowercase))
}

/// Flattens the element tree under `root` into paragraphs. Iterative, so a
/// deeply nested page cannot overflow the stack.
fn blocks_of(root: &NodeRef<'_>, also_skipped: &[&str]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut inline = InlineText::default();
    let mut kind = BlockKind::Body;
    // (node, true when its children have been visited)
    let mut stack: Vec<(NodeRef<'_>, bool)> = vec![(*root, false)];
    while let Some((node, done)) = stack.pop() {
        if node.is_text() {
            inline.push(&node.text());
            continue;
        }
        let name = node.node_name();
        let name = name.as_deref().unwrap_or("");
        let is_heading = HEADINGS.contains(&name);
        let is_block = is_heading || BLOCKS.contains(&name);
        if done {
            if is_block {
                flush(&mut inline, &mut kind, &mut blocks);
            }
            continue;
        }
        if !node.is_element() && !node.is_document() && !node.is_fragment() {
            continue; // comments, doctypes
        }
        if SKIPPED.contains(&name) || also_skipped.contains(&name) || is_hidden(&node) {
            continue;
        }
        match name {
            "br" => {
                // Two line breaks in a row separate paragraphs on many news
                // pages; one is a line break inside a paragraph.
                if inline.ends_with_line_break() {
                    flush(&mut inline, &mut kind, &mut blocks);
                } else {
                    inline.line_break();
                }
                continue;
            }
            "img" => continue,
            "td" | "th" => inline.push(" "),
            "pre" => {
                flush(&mut inline, &mut kind, &mut blocks);
                inline.push_verbatim(&node.text());
                flush(&mut inline, &mut kind, &mut blocks);
                continue;
            }
            _ => {}
        }
        if is_block {
            flush(&mut inline, &mut kind, &mut blocks);
            if is_heading {
                kind = BlockKind::Heading;
            }
        }
        stack.push((node, true));
        let children: Vec<NodeRef<'_>> = node.children_it(true).collect();
        stack.extend(children.into_iter().map(|c| (c, false)));
    }
    flush(&mut inline, &mut kind, &mut blocks);
    blocks
}

fn flush(inline: &mut InlineText, kind: &mut BlockKind, blocks: &mut Vec<Block>) {
    let text = inline.take();
    if !text.is_empty() {
        let kind = if *kind == BlockKind::Heading && is_standfirst(&text) {
            BlockKind::Body
        } else {
            *kind
        };
        blocks.push(Block { kind, text });
    }
    *kind = BlockKind::Body;
}

/// News pages often mark up the standfirst (the sentence under the headline
/// that sums up the story) as a heading; it is prose, read as a paragraph.
fn is_standfirst(text: &str) -> bool {
    text.split_whitespace().count() > 20 || (text.ends_with('.') && text.split_whitespace().count() > 8)
}

fn is_hidden(node: &NodeRef<'_>) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.as_ref() == "true")
        || node.attr("style").is_some_and(|s| {
            let s: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Senate passes budget | The Daily</title>
<meta property="og:site_name" content="The Daily"><script>var ads = 1;</script></head>
<body><nav><ul><li>Home</li><li>World</li><li>Sport</li></ul></nav>
<article><h1>Senate passes budget</h1>
<h2>Lawmakers ended a months-long standoff over spending with a narrow vote on Friday.</h2>
<p class="byline">By Jane Smith</p>
<p>The Senate voted 51&ndash;49 on Friday to pass a $1.2&nbsp;trillion budget, ending a
   months-long standoff that had threatened a government shutdown in the spring.</p>
<p>&ldquo;This is a good day for the country,&rdquo; said Senator Maria Lopez, who led the
negotiations for the majority. She said the measure would fund schools and roads.</p>
<h2>What comes next</h2>
<p>The House is expected to vote on the bill next week, according to aides to the
Speaker, who said they were <em>confident</em> of passage despite the opposition.</p>
<ul><li>Schools get $40 billion.</li><li>Roads get $25 billion.</li></ul>
<figure><img src="vote.jpg"><figcaption>Senators leave the chamber. Photo: AP</figcaption></figure>
<p>Opponents said the bill added too much to the deficit and vowed to keep fighting it in
the House, where the majority is narrow and several members remain undecided.</p>
</article>
<footer>Copyright The Daily. All rights reserved.</footer></body></html>"#;

    #[test]
    fn news_page_becomes_paragraphs() {
        let c = convert(PAGE).unwrap();
        assert_eq!(c.title.as_deref(), Some("Senate passes budget"));
        assert_eq!(c.blocks[0].kind, BlockKind::Title);
        assert!(
            c.text
                .contains("The Senate voted 51–49 on Friday to pass a $1.2 trillion budget, ending")
        );
        assert!(
            c.text
                .contains("\n\n“This is a good day for the country,” said Senator Maria Lopez")
        );
        assert!(c.text.contains("\n\nWhat comes next\n\n"), "{}", c.text);
        let standfirst = c
            .blocks
            .iter()
            .find(|b| b.text.starts_with("Lawmakers ended"))
            .map(|b| b.kind);
        assert_eq!(standfirst, Some(BlockKind::Body));
        assert!(
            c.text
                .contains("\n\nSchools get $40 billion.\n\nRoads get $25 billion.\n\n")
        );
        assert!(c.text.contains("were confident of passage"));
        for junk in ["var ads", "Home", "Copyright", "Photo: AP"] {
            assert!(!c.text.contains(junk), "{junk} in {}", c.text);
        }
        let heading = c.blocks.iter().find(|b| b.text == "What comes next").map(|b| b.kind);
        assert_eq!(heading, Some(BlockKind::Heading));
        assert_eq!(c.byline.as_deref(), Some("By Jane Smith"));
    }

    #[test]
    fn suffix_is_dropped_only_when_it_names_the_site_or_author() {
        let t = |title: &str, site| without_suffix(title.to_string(), site);
        assert_eq!(t("Mozilla - Wikipedia", Some("Wikipedia")), "Mozilla");
        assert_eq!(
            t("Whale strandings | Eleanor Ainge Roy", Some("the Guardian")),
            "Whale strandings | Eleanor Ainge Roy"
        );
        assert_eq!(
            t("Whale strandings | Eleanor Ainge Roy", Some("Eleanor Ainge  Roy")),
            "Whale strandings"
        );
        assert_eq!(t("Iran - US talks", None), "Iran - US talks");
    }

    #[test]
    fn a_fragment_without_an_article_still_reads() {
        let c = convert("<html><body><nav>Menu</nav><p>Short note.</p></body></html>").unwrap();
        assert!(c.text.contains("Short note."), "{c:?}");
    }
}
