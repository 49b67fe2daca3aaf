//! Markdown articles: structure from the Markdown, text without its markup.
//!
//! Headings become heading paragraphs (a heading that opens the document is
//! its title), emphasis and links become their plain text (link targets are
//! dropped), list items and table rows become paragraphs, and code blocks
//! are kept verbatim. Images, raw HTML and front matter are not prose and are
//! left out.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Block, BlockKind, Converted, InlineText};

pub(super) fn convert(raw: &str) -> Converted {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut blocks: Vec<Block> = Vec::new();
    let mut inline = InlineText::default();
    let mut kind = BlockKind::Body;
    // Image alt text and front matter are inside these; their text is skipped.
    let mut hidden_depth = 0usize;
    let mut in_code_block = false;
    let mut in_front_matter = false;
    let mut front_matter = String::new();
    for event in Parser::new_ext(raw, options) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Image { .. } => hidden_depth += 1,
                Tag::MetadataBlock(_) => {
                    hidden_depth += 1;
                    in_front_matter = true;
                }
                Tag::Heading { .. } => {
                    flush(&mut inline, &mut kind, &mut blocks);
                    kind = if blocks.is_empty() {
                        BlockKind::Title
                    } else {
                        BlockKind::Heading
                    };
                }
                Tag::CodeBlock(_) => {
                    flush(&mut inline, &mut kind, &mut blocks);
                    in_code_block = true;
                }
                Tag::Paragraph
                | Tag::Item
                | Tag::TableRow
                | Tag::TableHead
                | Tag::BlockQuote(_)
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition => flush(&mut inline, &mut kind, &mut blocks),
                Tag::TableCell => inline.push(" "),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Image => hidden_depth = hidden_depth.saturating_sub(1),
                TagEnd::MetadataBlock(_) => {
                    hidden_depth = hidden_depth.saturating_sub(1);
                    in_front_matter = false;
                }
                TagEnd::CodeBlock => {
                    in_code_block = false;
                    flush(&mut inline, &mut kind, &mut blocks);
                }
                TagEnd::Heading(_)
                | TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition => flush(&mut inline, &mut kind, &mut blocks),
                _ => {}
            },
            Event::Text(text) if in_front_matter => front_matter.push_str(&text),
            _ if hidden_depth > 0 => {}
            Event::Text(text) if in_code_block => inline.push_verbatim(&text),
            Event::Text(text) | Event::Code(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                inline.push(&text)
            }
            Event::SoftBreak => inline.push(" "),
            Event::HardBreak => inline.line_break(),
            Event::Rule => flush(&mut inline, &mut kind, &mut blocks),
            Event::Html(_) | Event::InlineHtml(_) | Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }
    flush(&mut inline, &mut kind, &mut blocks);
    let mut converted = Converted::from_blocks(blocks);
    converted.published = super::dates::front_matter_published(&front_matter);
    converted
}

fn flush(inline: &mut InlineText, kind: &mut BlockKind, blocks: &mut Vec<Block>) {
    let text = inline.take();
    if !text.is_empty() {
        blocks.push(Block { kind: *kind, text });
    }
    *kind = BlockKind::Body;
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "---\nlayout: post\n---\n\n# NASA picks homes for retired shuttles\n\n\
The *Discovery* orbiter will go to the [Smithsonian](https://si.edu/air-and-space), \
NASA Administrator **Charles Bolden** said on Tuesday.\n\
It flew 39 missions.\n\n\
![Discovery on the pad](discovery.jpg)\n\n\
## Reactions\n\n\
- Houston officials were disappointed.\n\
- Florida's governor welcomed the news.\n\n\
> \"It's a great day,\" said Gov. Rick Scott.\n\n\
```\nmissions = 39\n  orbits  = 5830\n```\n";

    #[test]
    fn markup_becomes_structure_and_plain_text() {
        let c = convert(STORY);
        let texts: Vec<(&str, BlockKind)> = c.blocks.iter().map(|b| (b.text.as_str(), b.kind)).collect();
        assert_eq!(
            texts,
            [
                ("NASA picks homes for retired shuttles", BlockKind::Title),
                (
                    "The Discovery orbiter will go to the Smithsonian, NASA Administrator Charles Bolden said on Tuesday. It flew 39 missions.",
                    BlockKind::Body
                ),
                ("Reactions", BlockKind::Heading),
                ("Houston officials were disappointed.", BlockKind::Body),
                ("Florida's governor welcomed the news.", BlockKind::Body),
                ("\"It's a great day,\" said Gov. Rick Scott.", BlockKind::Body),
                ("missions = 39\n  orbits  = 5830", BlockKind::Body),
            ]
        );
        assert_eq!(c.title.as_deref(), Some("NASA picks homes for retired shuttles"));
        assert!(!c.text.contains("https://"));
        assert!(!c.text.contains("layout"));
    }

    #[test]
    fn escaped_dollars_and_entities_are_plain() {
        let c = convert("Bukele received \\$6 million &amp; more.");
        assert_eq!(c.text, "Bukele received $6 million & more.");
        assert_eq!(c.title, None);
    }
}
