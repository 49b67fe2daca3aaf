//! Deciding what a fetched response is — a page to read, a feed to list,
//! or something byline cannot open (an image, a PDF) — and turning a page
//! into an [`Article`] like a saved file of the same format.

use crate::article::{Article, Format, Loaded};

use super::charset;
use super::error::{Cause, FetchError};
use super::feed::{self, Feed};
use super::fetch::Fetched;

/// What a response turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    /// A page in this format.
    Page(Format),
    Feed(Feed),
}

/// Media types that are feeds or may hold one.
fn is_feed_type(mime: &str) -> bool {
    mime.ends_with("+xml") && !mime.contains("xhtml")
        || mime.ends_with("/xml")
        || mime.ends_with("/json")
        || mime.ends_with("+json")
}

/// Sorts a response by its `Content-Type`, checked against the body's
/// first bytes (servers often send feeds as `text/xml` or `text/html`).
pub fn classify(fetched: &Fetched) -> Result<Resource, FetchError> {
    let mime = fetched.mime();
    let feed = || feed::parse(&fetched.body, &fetched.url).map(Resource::Feed);
    let sniffed_feed = feed::looks_like_feed(&fetched.body);
    match mime.as_deref() {
        Some("text/html" | "application/xhtml+xml") if sniffed_feed => feed(),
        Some("text/html" | "application/xhtml+xml") => Ok(Resource::Page(Format::Html)),
        Some("text/markdown" | "text/x-markdown") => Ok(Resource::Page(Format::Markdown)),
        Some("text/plain") if sniffed_feed => feed(),
        Some("text/plain") => Ok(Resource::Page(Format::Text)),
        Some(m) if is_feed_type(m) => {
            if !sniffed_feed && sniffs_as_html(&fetched.body) {
                Ok(Resource::Page(Format::Html))
            } else {
                feed()
            }
        }
        Some("application/octet-stream") if sniffs_as_html(&fetched.body) => Ok(Resource::Page(Format::Html)),
        Some(other) => Err(FetchError::new(
            &fetched.url,
            Cause::NotHtml {
                content_type: other.to_string(),
            },
        )),
        None if sniffed_feed => feed(),
        None => Ok(Resource::Page(Format::sniff(&String::from_utf8_lossy(head(
            &fetched.body,
        ))))),
    }
}

fn sniffs_as_html(body: &[u8]) -> bool {
    Format::sniff(&String::from_utf8_lossy(head(body))) == Format::Html
}

fn head(body: &[u8]) -> &[u8] {
    &body[..body.len().min(1024)]
}

/// The article of a fetched page, read as `format`. Its path is the address
/// as given; `source_url` is where the page was found after redirects.
pub fn page_article(fetched: &Fetched, format: Format) -> Result<Article, FetchError> {
    let decoded = charset::decode(&fetched.body, fetched.content_type.as_deref());
    let loaded = Loaded {
        path: fetched.url.clone(),
        text: decoded.text,
        lossy: decoded.lossy,
    };
    let mut article = Article::from_loaded(&loaded, Some(format))
        .map_err(|e| FetchError::new(&fetched.url, Cause::Unreadable(e.to_string())))?;
    article.source_url = Some(fetched.final_url.clone());
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Origin;

    fn fetched(content_type: Option<&str>, body: &str) -> Fetched {
        Fetched {
            url: "https://news.example/a".into(),
            final_url: "https://news.example/a/".into(),
            content_type: content_type.map(str::to_string),
            body: body.as_bytes().to_vec(),
            origin: Origin::Network,
        }
    }

    const RSS: &str = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\
<item><title>One</title><link>https://news.example/1</link></item></channel></rss>";

    #[test]
    fn pages_feeds_and_other_types_are_told_apart() {
        let html = "<!DOCTYPE html><html><body><p>Hi</p></body></html>";
        assert_eq!(
            classify(&fetched(Some("text/html; charset=utf-8"), html)),
            Ok(Resource::Page(Format::Html))
        );
        assert!(matches!(
            classify(&fetched(Some("application/rss+xml"), RSS)),
            Ok(Resource::Feed(f)) if f.items.len() == 1
        ));
        // Feeds served as text/xml or even text/html are still feeds.
        assert!(matches!(
            classify(&fetched(Some("text/xml"), RSS)),
            Ok(Resource::Feed(_))
        ));
        assert!(matches!(
            classify(&fetched(Some("text/html"), RSS)),
            Ok(Resource::Feed(_))
        ));
        assert!(matches!(classify(&fetched(None, RSS)), Ok(Resource::Feed(_))));
        let e = classify(&fetched(Some("application/pdf"), "%PDF-1.4")).unwrap_err();
        assert_eq!(
            e.cause,
            Cause::NotHtml {
                content_type: "application/pdf".into()
            }
        );
        assert_eq!(
            classify(&fetched(Some("application/octet-stream"), html)),
            Ok(Resource::Page(Format::Html))
        );
        assert!(classify(&fetched(Some("application/octet-stream"), "\u{1}\u{2}zip")).is_err());
        let e = classify(&fetched(Some("application/json"), "{\"a\": 1}")).unwrap_err();
        assert!(matches!(e.cause, Cause::NotAFeed(_)), "{e}");
    }

    #[test]
    fn a_page_becomes_an_article_with_its_address() {
        let html = "<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1>\
<p>The island ferry resumed service on Monday after a week of storms, the operator said.</p>\
</article></body></html>";
        let a = page_article(&fetched(Some("text/html"), html), Format::Html).unwrap();
        assert_eq!(a.path, "https://news.example/a");
        assert_eq!(a.source_url.as_deref(), Some("https://news.example/a/"));
        assert!(a.text.contains("island ferry resumed"), "{}", a.text);
    }
}
