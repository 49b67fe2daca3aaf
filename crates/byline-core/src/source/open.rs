//! Opening what the user named — a web address, a feed file, a feed's
//! item — as articles or a feed, whatever the response turns out to be.

use std::path::Path;

use crate::article::{Article, Format, Loaded};

use super::error::{Cause, FetchError};
use super::feed::{self, Feed, FeedItem};
use super::fetch::Fetcher;
use super::page::{Resource, classify, page_article};

/// What an address held.
#[derive(Debug, Clone)]
pub enum Opened {
    Page(Box<Article>),
    Feed(Feed),
}

/// Fetches `url` and reads it as a page or a feed; a page is read in
/// `format` when given (`--format`), else in the format its type shows.
pub fn open_url(fetcher: &Fetcher, url: &str, format: Option<Format>) -> Result<Opened, FetchError> {
    let fetched = fetcher.fetch(url)?;
    match classify(&fetched)? {
        Resource::Page(detected) => {
            page_article(&fetched, format.unwrap_or(detected)).map(|a| Opened::Page(Box::new(a)))
        }
        Resource::Feed(feed) => Ok(Opened::Feed(feed)),
    }
}

/// File extensions that name feeds rather than articles.
const FEED_EXTENSIONS: &[&str] = &["rss", "atom", "xml", "json"];

/// Whether the file at `path` is a feed: a feed extension, or a root
/// element or JSON Feed version near the top of a file that is not a
/// `.txt`, `.md` or `.html` article. Unreadable files are not feeds (loading
/// them reports why).
pub fn is_feed_file(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if FEED_EXTENSIONS.contains(&ext.as_str()) {
        return path.is_file();
    }
    if Format::from_extension(path).is_some() || !path.is_file() {
        return false;
    }
    let mut head = [0u8; 2048];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    feed::looks_like_feed(&head[..n])
}

/// Reads and parses a feed file.
pub fn read_feed_file(path: &Path) -> Result<Feed, FetchError> {
    let shown = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| FetchError::new(&shown, Cause::Unreadable(format!("cannot read: {e}"))))?;
    feed::parse(&bytes, &shown)
}

/// The article of one feed item: its page, fetched, when it links to one;
/// otherwise the content the feed carries. The feed's title for the item
/// stands in when the page has none.
pub fn item_article(fetcher: &Fetcher, item: &FeedItem, format: Option<Format>) -> Result<Article, FetchError> {
    let mut article = match (&item.link, &item.content) {
        (Some(link), _) => match open_url(fetcher, link, format)? {
            Opened::Page(article) => *article,
            Opened::Feed(_) => {
                return Err(FetchError::new(
                    link,
                    Cause::Unreadable("links to a feed, not an article".into()),
                ));
            }
        },
        (None, Some(html)) => {
            let loaded = Loaded {
                path: item.label(),
                text: html.clone(),
                lossy: false,
            };
            Article::from_loaded(&loaded, Some(Format::Html))
                .map_err(|e| FetchError::new(item.label(), Cause::Unreadable(e.to_string())))?
        }
        (None, None) => {
            return Err(FetchError::new(
                item.label(),
                Cause::Unreadable("the feed item has neither a link nor any content".into()),
            ));
        }
    };
    if article.title.is_none() {
        article.title.clone_from(&item.title);
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FetchOptions;

    #[test]
    fn feed_files_are_told_from_articles() {
        let dir = tempfile::tempdir().unwrap();
        let rss = dir.path().join("news");
        std::fs::write(
            &rss,
            "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>",
        )
        .unwrap();
        let page = dir.path().join("page.html");
        std::fs::write(&page, "<rss>not really</rss>").unwrap();
        let atom = dir.path().join("wire.atom");
        std::fs::write(&atom, "garbage").unwrap();
        assert!(is_feed_file(&rss));
        assert!(!is_feed_file(&page));
        assert!(is_feed_file(&atom));
        assert!(!is_feed_file(&dir.path().join("missing.rss")));
        let e = read_feed_file(&atom).unwrap_err();
        assert!(e.to_string().contains("wire.atom: not a feed"), "{e}");
    }

    #[test]
    fn an_item_without_a_link_is_read_from_its_content() {
        let item = FeedItem {
            title: Some("Ferry back".into()),
            link: None,
            date: None,
            summary: None,
            content: Some("<p>The island ferry resumed service on Monday, the operator said.</p>".into()),
            feed_title: None,
        };
        let fetcher = Fetcher::new(FetchOptions::default());
        let a = item_article(&fetcher, &item, None).unwrap();
        assert!(a.text.contains("island ferry"), "{}", a.text);
        assert_eq!(a.title.as_deref().map(|t| t.is_empty()), Some(false));
        let bare = FeedItem { content: None, ..item };
        assert!(item_article(&fetcher, &bare, None).is_err());
    }
}
