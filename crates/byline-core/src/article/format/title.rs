//! Choosing a page's headline the way a reader settles it: the page's own
//! `<h1>` when the page's metadata (`og:title`, `twitter:title`, JSON-LD
//! `headline`, `<title>`) agrees with it, even if only as one part of a
//! "Headline | Section | Site" title. The reader view's choice stands when
//! it already agrees with an `<h1>` or when nothing agrees.
//!
//! This catches what a single source gets wrong on unseen pages: a JSON-LD
//! or social headline written for search engines that differs from the one
//! printed, and a `<title>` carrying the site's name ("Mozilla - Wikipedia"
//! for the article headed "Mozilla").

use dom_query::Document;

/// Separators between a headline and the section or site in a `<title>`.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " / ", " « ", " » "];

/// Most `<h1>` elements looked at: pages with more use them for everything.
const MAX_HEADINGS: usize = 4;

/// What the page says its title is, gathered before the reader view
/// rewrites the document.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct TitleSources {
    /// og:title, twitter:title, JSON-LD headline, `<title>`.
    metadata: Vec<String>,
    /// The page's `<h1>` texts, in order.
    headings: Vec<String>,
    site_name: Option<String>,
}

impl TitleSources {
    pub(super) fn gather(doc: &Document, json_ld_title: Option<&str>) -> TitleSources {
        let meta = |selector: &str| {
            doc.select(selector)
                .iter()
                .filter_map(|m| m.attr("content").map(|c| fold(&c)))
                .find(|c| !c.is_empty())
        };
        let mut metadata: Vec<String> = [
            meta(r#"meta[property="og:title"]"#),
            meta(r#"meta[name="twitter:title"]"#),
            json_ld_title.map(fold),
            Some(fold(&doc.select("head title").text())),
        ]
        .into_iter()
        .flatten()
        .filter(|t| !t.is_empty())
        .collect();
        metadata.dedup();
        let headings: Vec<String> = doc
            .select("body h1")
            .iter()
            .map(|h| fold(&h.text()))
            .filter(|h| !h.is_empty())
            .collect();
        TitleSources {
            metadata,
            // A page of many <h1>s says nothing by any one of them.
            headings: if headings.len() <= MAX_HEADINGS {
                headings
            } else {
                Vec::new()
            },
            site_name: meta(r#"meta[property="og:site_name"]"#),
        }
    }

    /// The headline: `chosen` (the reader view's) unless an `<h1>` that the
    /// metadata agrees with says otherwise.
    pub(super) fn choose(&self, chosen: Option<String>) -> Option<String> {
        if let Some(c) = &chosen
            && self.headings.iter().any(|h| same_words(h, c))
        {
            return chosen;
        }
        let is_site = |h: &str| self.site_name.as_deref().is_some_and(|s| same_words(h, s));
        self.headings
            .iter()
            .filter(|h| !is_site(h))
            .find(|h| self.metadata.iter().any(|m| agrees(h, m)))
            .cloned()
            .or(chosen)
    }
}

/// Whether `title` names `heading`: the same words, or `heading` as the
/// longest part of a title split at its separators ("Mozilla - Wikipedia").
fn agrees(heading: &str, title: &str) -> bool {
    if same_words(heading, title) {
        return true;
    }
    let mut parts = vec![title];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    if parts.len() < 2 {
        return false;
    }
    let longest = parts.iter().map(|p| words(p).len()).max().unwrap_or(0);
    parts
        .iter()
        .any(|p| same_words(p, heading) && words(p).len() == longest)
}

/// White space folded.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lowercased words of letters and digits: quotes, dashes and dots aside,
/// so `“Burned”` and `"Burned"` and `N.Y.C.` and `NYC` compare equal.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn same_words(a: &str, b: &str) -> bool {
    let a = words(a);
    !a.is_empty() && a == words(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(head: &str, body: &str, json_ld: Option<&str>) -> TitleSources {
        let page = format!("<html><head>{head}</head><body>{body}</body></html>");
        TitleSources::gather(&Document::from(page.as_str()), json_ld)
    }

    #[test]
    fn a_title_carrying_the_site_name_gives_way_to_the_heading() {
        let s = sources(
            "<title>Harbour - Gazetteer</title>",
            "<h1>Harbour</h1><p>Text.</p>",
            None,
        );
        assert_eq!(s.choose(Some("Harbour - Gazetteer".into())).as_deref(), Some("Harbour"));
        let s = sources(
            "<title>Ferry returns to the island | Local | The Courier</title>",
            "<h1>Ferry returns to the island</h1>",
            None,
        );
        assert_eq!(
            s.choose(Some("Ferry returns to the island | Local | The Courier".into()))
                .as_deref(),
            Some("Ferry returns to the island")
        );
    }

    #[test]
    fn a_search_headline_gives_way_to_the_printed_one_the_metadata_agrees_with() {
        let s = sources(
            r#"<title>Council delays the harbour vote | The Courier</title>
<meta property="og:title" content="Council delays the harbour vote">"#,
            "<h1>Council delays the harbour vote</h1>",
            Some("Harbour vote: what happens next and why it matters"),
        );
        let chosen = Some("Harbour vote: what happens next and why it matters".to_string());
        assert_eq!(s.choose(chosen).as_deref(), Some("Council delays the harbour vote"));
    }

    #[test]
    fn the_reader_view_choice_stands_when_it_agrees_or_nothing_does() {
        // Agrees, up to quotation marks: the choice is kept as it is.
        let s = sources(
            "<title>Pills \"burned her up\"</title>",
            "<h1>Pills “burned her up”</h1>",
            None,
        );
        assert_eq!(
            s.choose(Some("Pills \"burned her up\"".into())).as_deref(),
            Some("Pills \"burned her up\"")
        );
        // A heading no metadata names is not a headline.
        let s = sources("<title>Bridge reopens</title>", "<h1>Latest news</h1>", None);
        assert_eq!(
            s.choose(Some("Bridge reopens".into())).as_deref(),
            Some("Bridge reopens")
        );
        assert_eq!(s.choose(None), None);
    }

    #[test]
    fn the_sites_own_name_in_an_h1_is_not_the_headline() {
        let s = sources(
            r#"<title>The Courier | Ferry back</title><meta property="og:site_name" content="The Courier">"#,
            "<h1>The Courier</h1><h2>Ferry back</h2>",
            None,
        );
        assert_eq!(s.choose(Some("Ferry back".into())).as_deref(), Some("Ferry back"));
        // Nor a short part of the title that is not its longest.
        assert!(!agrees("Local", "Ferry returns to the island | Local"));
    }
}
