//! The date a page or a Markdown file declares for itself: HTML metadata
//! (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`)
//! and front matter (`date:`).

use dom_query::Document;

use crate::article::published::from_metadata;
use crate::calendar::CivilDate;

/// Meta tags that carry the publication date, most specific first.
const META_SELECTORS: &[&str] = &[
    r#"meta[property="article:published_time"]"#,
    r#"meta[itemprop="datePublished"]"#,
    r#"meta[name="article:published_time"]"#,
    r#"meta[property="og:published_time"]"#,
    r#"meta[name="pubdate"]"#,
    r#"meta[name="publishdate"]"#,
    r#"meta[name="date"]"#,
    r#"meta[name="dc.date"]"#,
    r#"meta[name="DC.date.issued"]"#,
];

/// `<time>` elements, the one marked as the publication first; a time
/// marked as the modification date is never taken.
const TIME_SELECTORS: &[&str] = &[
    r#"time[itemprop="datePublished"][datetime]"#,
    "time[pubdate][datetime]",
    r#"time[datetime]:not([itemprop="dateModified"])"#,
];

/// The publication date a saved page declares. `readability` is what the
/// reader view already found in its metadata and JSON-LD, tried first.
pub(super) fn html_published(raw: &str, readability: Option<&str>) -> Option<CivilDate> {
    if let Some(date) = readability.and_then(from_metadata) {
        return Some(date);
    }
    let doc = Document::from(raw);
    for selector in META_SELECTORS {
        let found = doc
            .select(selector)
            .iter()
            .find_map(|n| n.attr("content").and_then(|c| from_metadata(&c)));
        if found.is_some() {
            return found;
        }
    }
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        if let Some(date) = json_ld_published(&script.text()) {
            return Some(date);
        }
    }
    for selector in TIME_SELECTORS {
        let found = doc
            .select(selector)
            .iter()
            .find_map(|n| n.attr("datetime").and_then(|c| from_metadata(&c)));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// `datePublished` anywhere in a JSON-LD block (an object, a list, or an
/// `@graph`).
fn json_ld_published(json: &str) -> Option<CivilDate> {
    let value: serde_json::Value = serde_json::from_str(json.trim()).ok()?;
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(date) = map
                    .get("datePublished")
                    .and_then(|d| d.as_str())
                    .and_then(from_metadata)
                {
                    return Some(date);
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

/// Front-matter keys that name the publication date.
const FRONT_MATTER_KEYS: &[&str] = &[
    "date",
    "published",
    "publishdate",
    "pubdate",
    "date_published",
    "published_at",
];

/// The date in YAML (`date: 2025-04-12`) or TOML (`date = 2025-04-12`)
/// front matter.
pub(super) fn front_matter_published(front_matter: &str) -> Option<CivilDate> {
    front_matter.lines().find_map(|line| {
        // The first ':' (YAML) or '=' (TOML) ends the key; a timestamp's
        // colons are in the value.
        let cut = line.find([':', '='])?;
        let (key, value) = (&line[..cut], &line[cut + 1..]);
        let key = key.trim().to_ascii_lowercase();
        FRONT_MATTER_KEYS
            .contains(&key.as_str())
            .then(|| from_metadata(value))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Option<CivilDate> {
        CivilDate::new(y, m, day)
    }

    #[test]
    fn open_graph_meta_tag() {
        let page = r#"<html><head><meta property="article:published_time" content="2024-02-29T23:10:00+01:00"></head><body><p>x</p></body></html>"#;
        assert_eq!(html_published(page, None), d(2024, 2, 29));
    }

    #[test]
    fn json_ld_in_a_graph() {
        let page = r#"<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Port reopens","datePublished":"2023-11-05T08:00:00Z","dateModified":"2023-11-06T09:00:00Z"}]}
</script></head><body><p>The port reopened.</p></body></html>"#;
        assert_eq!(html_published(page, None), d(2023, 11, 5));
    }

    #[test]
    fn time_element_but_not_the_modification_time() {
        let page = r#"<html><body><article><time itemprop="dateModified" datetime="2022-06-02">June 2</time>
<p>Text.</p><time datetime="2022-05-30T10:00">May 30</time></article></body></html>"#;
        assert_eq!(html_published(page, None), d(2022, 5, 30));
    }

    #[test]
    fn readability_metadata_comes_first() {
        let page = r#"<html><body><time datetime="2022-05-30">May 30</time></body></html>"#;
        assert_eq!(html_published(page, Some("2021-01-15T00:00:00Z")), d(2021, 1, 15));
        assert_eq!(html_published("<html><body><p>No date.</p></body></html>", None), None);
    }

    #[test]
    fn front_matter_in_yaml_and_toml() {
        assert_eq!(
            front_matter_published("title: Port reopens\ndate: 2025-04-12\n"),
            d(2025, 4, 12)
        );
        assert_eq!(
            front_matter_published("title = \"Port\"\ndate = \"2025-04-12T09:00:00Z\""),
            d(2025, 4, 12)
        );
        assert_eq!(front_matter_published("Date: April 12, 2025"), d(2025, 4, 12));
        assert_eq!(front_matter_published("updated: 2025-04-12"), None);
    }
}
