//! Reading a feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed) with feed-rs into
//! the items a library lists at once: title, link, date and the feed's own
//! summary as plain text, plus any full content the feed carries.

use super::error::{Cause, FetchError};
use crate::article::one_line;

/// Longest summary kept for the list, in characters.
const SUMMARY_CHARS: usize = 400;

/// A parsed feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    /// Where it was read from (an address or a file path).
    pub location: String,
    pub title: Option<String>,
    pub items: Vec<FeedItem>,
}

/// One story in a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    pub title: Option<String>,
    /// The story's page.
    pub link: Option<String>,
    /// Published (else updated) date, "YYYY-MM-DD".
    pub date: Option<String>,
    /// The feed's summary of the story, as plain text on one line.
    pub summary: Option<String>,
    /// The story's HTML when the feed carries it (used when there is no link).
    pub content: Option<String>,
    /// The feed's title, as the story's source in listings.
    pub feed_title: Option<String>,
}

impl FeedItem {
    /// A name for the item in messages and listings: its link, else its title.
    pub fn label(&self) -> String {
        self.link
            .clone()
            .or_else(|| self.title.clone())
            .unwrap_or_else(|| "(untitled item)".to_string())
    }
}

/// Whether `bytes` look like a feed rather than a page: an `<rss>`,
/// `<feed>` or `<rdf:RDF>` root, or a JSON Feed object.
pub fn looks_like_feed(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('{') {
        return text.contains("jsonfeed.org/version");
    }
    // Skip the XML declaration, comments and processing instructions.
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if rest.starts_with("<?") {
            rest = rest.split_once("?>").map_or("", |(_, r)| r);
        } else if rest.starts_with("<!--") {
            rest = rest.split_once("-->").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    ["<rss", "<feed", "<rdf:rdf"].iter().any(|root| rest.starts_with(root))
}

/// Parses a feed read from `location`; relative links resolve against it
/// when it is an address.
pub fn parse(bytes: &[u8], location: &str) -> Result<Feed, FetchError> {
    let base = super::is_url(location).then_some(location);
    let parsed = feed_rs::parser::Builder::new()
        .base_uri(base)
        .build()
        .parse(bytes)
        .map_err(|e| FetchError::new(location, Cause::NotAFeed(one_line(&e.to_string()))))?;
    let title = parsed
        .title
        .as_ref()
        .map(|t| one_line(&t.content))
        .filter(|t| !t.is_empty());
    let items = parsed
        .entries
        .into_iter()
        .map(|entry| {
            let link = entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(entry.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|h| !h.is_empty());
            let summary = entry
                .summary
                .as_ref()
                .map(|s| plain_text(&s.content))
                .filter(|s| !s.is_empty())
                .map(|s| truncate(&s, SUMMARY_CHARS));
            FeedItem {
                title: entry.title.map(|t| plain_text(&t.content)).filter(|t| !t.is_empty()),
                link,
                date: entry.published.or(entry.updated).map(|d| d.date_naive().to_string()),
                summary,
                content: entry.content.and_then(|c| c.body).filter(|b| !b.trim().is_empty()),
                feed_title: title.clone(),
            }
        })
        .collect();
    Ok(Feed {
        location: location.to_string(),
        title,
        items,
    })
}

/// Text of a fragment that may be HTML ("<p>Rain &amp; wind</p>"), on one line.
fn plain_text(fragment: &str) -> String {
    if !fragment.contains('<') && !fragment.contains('&') {
        return one_line(fragment);
    }
    let doc = dom_query::Document::fragment(fragment);
    one_line(&doc.root().text())
}

fn truncate(s: &str, chars: usize) -> String {
    match s.char_indices().nth(chars) {
        None => s.to_string(),
        Some((cut, _)) => {
            let head = &s[..cut];
            let head = head.rfind(' ').map_or(head, |space| &head[..space]);
            format!("{head}…")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://news.example/</link>
<item><title>Ferry service resumes</title><link>/2024/ferry.html</link>
<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
<description>&lt;p&gt;The island ferry runs again &amp;amp; on time.&lt;/p&gt;</description></item>
<item><title>Council votes on budget</title><link>https://news.example/2024/budget.html</link></item>
</channel></rss>"#;

    #[test]
    fn rss_items_carry_title_link_date_and_plain_summary() {
        let feed = parse(RSS.as_bytes(), "https://news.example/feed.xml").unwrap();
        assert_eq!(feed.title.as_deref(), Some("Harbour Gazette"));
        assert_eq!(feed.items.len(), 2);
        let first = &feed.items[0];
        assert_eq!(first.title.as_deref(), Some("Ferry service resumes"));
        assert_eq!(first.link.as_deref(), Some("https://news.example/2024/ferry.html"));
        assert_eq!(first.date.as_deref(), Some("2024-03-05"));
        assert_eq!(first.summary.as_deref(), Some("The island ferry runs again & on time."));
        assert_eq!(first.feed_title.as_deref(), Some("Harbour Gazette"));
        assert_eq!(feed.items[1].date, None);
    }

    #[test]
    fn atom_and_json_feed_are_read_too() {
        let atom = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>
<entry><title>Dam opens</title><id>urn:1</id><link href="https://w.example/dam"/>
<published>2024-01-01T10:00:00Z</published><updated>2024-01-02T00:00:00Z</updated>
<summary>Water flows.</summary></entry></feed>"#;
        let feed = parse(atom.as_bytes(), "atom.xml").unwrap();
        assert_eq!(feed.items[0].link.as_deref(), Some("https://w.example/dam"));
        assert_eq!(feed.items[0].date.as_deref(), Some("2024-01-01"));

        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Notes",
"items":[{"id":"1","url":"https://n.example/1","title":"First","content_html":"<p>Hello there.</p>",
"date_published":"2024-02-03T00:00:00Z"}]}"#;
        let feed = parse(json.as_bytes(), "notes.json").unwrap();
        assert_eq!(feed.items[0].title.as_deref(), Some("First"));
        assert_eq!(feed.items[0].content.as_deref(), Some("<p>Hello there.</p>"));
        assert!(looks_like_feed(json.as_bytes()));
        assert!(looks_like_feed(atom.as_bytes()));
    }

    #[test]
    fn a_malformed_feed_is_not_a_feed_naming_its_location() {
        let e = parse(b"<rss><channel><item><title>Cut off", "https://x.example/rss").unwrap_err();
        assert!(matches!(e.cause, Cause::NotAFeed(_)), "{e}");
        assert!(e.to_string().starts_with("https://x.example/rss: not a feed"), "{e}");
    }

    #[test]
    fn pages_do_not_look_like_feeds() {
        assert!(looks_like_feed(RSS.as_bytes()));
        assert!(looks_like_feed(b"<!-- generated --><rss version=\"2.0\">"));
        assert!(!looks_like_feed(b"<!DOCTYPE html><html><body>news</body></html>"));
        assert!(!looks_like_feed(b"{\"name\": \"not a feed\"}"));
    }

    #[test]
    fn long_summaries_are_cut_at_a_word() {
        let s = truncate("one two three four", 9);
        assert_eq!(s, "one two…");
    }
}
