//! byline and the web, end to end against a server inside the test (see
//! `web_server`): a page fetched by its address reads exactly like the
//! saved file; feeds (RSS 2.0, Atom, JSON Feed) give one record per item;
//! redirects, gzip and deflate, a non-UTF-8 charset, HTTP errors, a slow
//! server, an oversized body and a non-HTML type each give the expected
//! article or one line naming the address and the cause; the cache
//! revalidates with the ETag and serves `--offline` with the server gone.

mod web_server;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::Value;
use web_server::{PROXY_VARS, Reply, Server, story};

/// byline with its cache in `cache` and no configuration or proxy.
fn byline(cache: &Path, args: &[&str]) -> Output {
    byline_env(cache, args, &[])
}

/// The same, with some environment variables set.
fn byline_env(cache: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_byline"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_CACHE_HOME", cache)
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-test-config");
    for var in PROXY_VARS {
        cmd.env_remove(var);
    }
    cmd.envs(vars.iter().copied());
    cmd.output().expect("run byline")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn records(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The one error line byline printed, after checking it failed.
fn failure(out: &Output) -> String {
    assert!(!out.status.success(), "expected a failure; stdout: {}", stdout(out));
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "one line expected: {err}");
    err.trim_end().to_string()
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/html")
}

const FERRY: &str = "The island ferry resumed service on Monday after storms kept it in port for 12 days, \
the Harbour Authority said.";
const BRIDGE: &str =
    "Repairs to the Riverside bridge will cost $4.2 million, officials in Dunmore County announced on Tuesday.";
const LIBRARY: &str = "The city library in Northam will open on Sundays from March, adding 400 hours a year.";

fn serve_stories(server: &Server) {
    server.route("/news/ferry.html", Reply::html(story("Ferry service resumes", FERRY)));
    server.route(
        "/news/bridge.html",
        Reply::html(story("Bridge repairs to cost $4.2m", BRIDGE)),
    );
    server.route(
        "/news/library.html",
        Reply::html(story("Library opens on Sundays", LIBRARY)),
    );
}

fn rss(server: &Server) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
<title>Harbour Gazette</title><link>{}</link><description>Local news</description>{}{}{}</channel></rss>",
        server.url("/"),
        server.rss_item(
            "Ferry service resumes",
            "/news/ferry.html",
            "Mon, 04 Mar 2024 08:00:00 GMT",
            "The ferry is back."
        ),
        server.rss_item(
            "Bridge repairs to cost $4.2m",
            "/news/bridge.html",
            "Tue, 05 Mar 2024 08:00:00 GMT",
            "&lt;p&gt;Costs &amp;amp; delays.&lt;/p&gt;"
        ),
        server.rss_item(
            "Library opens on Sundays",
            "/news/library.html",
            "Wed, 06 Mar 2024 08:00:00 GMT",
            "More hours."
        ),
    )
}

/// The analysis without where it came from, to compare a fetched page with
/// the saved file.
fn without_origin(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("path");
        o.remove("source_url");
    }
    v
}

#[test]
fn a_page_by_its_address_reads_like_the_saved_file() {
    let root = corpus();
    if !root.is_dir() {
        eprintln!("note: no HTML corpus at {}; skipping", root.display());
        return;
    }
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "{cases:?}");
    for case in &cases {
        let name = case.file_name().unwrap().to_str().unwrap();
        let source = case.join("source.html");
        // No charset in the header: the page's own <meta> (or UTF-8) decides.
        server.route(
            &format!("/{name}/"),
            Reply::new(200, "text/html", std::fs::read(&source).unwrap()),
        );
    }
    for case in &cases {
        let name = case.file_name().unwrap().to_str().unwrap();
        let url = server.url(&format!("/{name}/"));
        let fetched = byline(cache.path(), &["--json", &url]);
        assert!(fetched.status.success(), "{url}: {}", stderr(&fetched));
        let saved = byline(cache.path(), &["--json", case.join("source.html").to_str().unwrap()]);
        let (fetched, saved) = (records(&fetched).remove(0), records(&saved).remove(0));
        assert_eq!(fetched["path"], url.as_str());
        assert_eq!(fetched["source_url"], url.as_str());
        assert!(saved.get("source_url").is_none());
        assert_eq!(without_origin(fetched), without_origin(saved), "{name}");
    }
}

#[test]
fn a_feed_gives_one_record_per_item_in_every_format() {
    let server = Server::start();
    serve_stories(&server);
    server.route("/feed.xml", Reply::new(200, "application/rss+xml", rss(&server)));
    let atom = format!(
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><id>urn:w</id>\
<updated>2024-03-05T00:00:00Z</updated>\
<entry><title>Bridge repairs</title><id>urn:1</id><link href=\"{}\"/><updated>2024-03-05T00:00:00Z</updated></entry>\
<entry><title>Ferry</title><id>urn:2</id><link href=\"/news/ferry.html\"/><updated>2024-03-04T00:00:00Z</updated></entry>\
</feed>",
        server.url("/news/bridge.html")
    );
    server.route("/atom", Reply::new(200, "application/atom+xml; charset=utf-8", atom));
    let json_feed = format!(
        "{{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Notes\", \"items\": [\
{{\"id\": \"1\", \"url\": \"{}\", \"title\": \"Library\"}}]}}",
        server.url("/news/library.html")
    );
    server.route("/feed.json", Reply::new(200, "application/feed+json", json_feed));
    let cache = tempfile::tempdir().unwrap();

    let out = byline(cache.path(), &["--json", &server.url("/feed.xml")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let items = records(&out);
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["source_url"], server.url("/news/ferry.html").as_str());
    assert_eq!(items[1]["source_url"], server.url("/news/bridge.html").as_str());
    assert!(items[1]["text"].as_str().unwrap().contains("$4.2 million"));
    assert!(
        items[0]["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["speaker"] == "Maria Okafor")
    );

    // Atom's relative link resolves against the feed's address.
    let out = byline(cache.path(), &["--json", &server.url("/atom")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let urls: Vec<String> = records(&out).iter().map(|r| r["source_url"].to_string()).collect();
    assert_eq!(
        urls,
        [
            format!("{:?}", server.url("/news/bridge.html")),
            format!("{:?}", server.url("/news/ferry.html"))
        ]
    );

    // Several feeds at once: their items in order.
    let out = byline(
        cache.path(),
        &["--json", &server.url("/feed.xml"), &server.url("/atom")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(records(&out).len(), 5);

    let out = byline(cache.path(), &["--export", "md", &server.url("/feed.json")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Maria Okafor"), "{}", stdout(&out));

    // A feed file on disk, its items on the server.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gazette.rss");
    std::fs::write(&file, rss(&server)).unwrap();
    let out = byline(cache.path(), &["--json", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(records(&out).len(), 3);
}

#[test]
fn a_malformed_feed_and_a_missing_item_are_named() {
    let server = Server::start();
    serve_stories(&server);
    server.route(
        "/broken.xml",
        Reply::new(
            200,
            "application/rss+xml",
            "<rss version=\"2.0\"><channel><item><title>Cut",
        ),
    );
    let feed = rss(&server).replace("/news/library.html", "/news/gone.html");
    server.route("/feed.xml", Reply::new(200, "text/xml", feed));
    let cache = tempfile::tempdir().unwrap();

    let url = server.url("/broken.xml");
    let line = failure(&byline(cache.path(), &["--json", &url]));
    assert!(line.starts_with(&format!("byline: {url}: not a feed")), "{line}");

    // The other items are still printed; the missing one is named.
    let out = byline(cache.path(), &["--json", &server.url("/feed.xml")]);
    assert_eq!(records(&out).len(), 2);
    let line = failure(&out);
    assert_eq!(
        line,
        format!("byline: {}: HTTP 404 Not Found", server.url("/news/gone.html"))
    );
}

#[test]
fn redirects_are_followed_at_most_five_times() {
    let server = Server::start();
    serve_stories(&server);
    for i in 1..=7 {
        let next = if i == 7 {
            "/news/ferry.html".to_string()
        } else {
            format!("/hop{}", i + 1)
        };
        server.route(&format!("/hop{i}"), Reply::redirect(&next));
    }
    let cache = tempfile::tempdir().unwrap();
    // Three hops (5, 6, 7) then the page.
    let out = byline(cache.path(), &["--json", &server.url("/hop5")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let record = records(&out).remove(0);
    assert_eq!(record["path"], server.url("/hop5").as_str());
    assert_eq!(record["source_url"], server.url("/news/ferry.html").as_str());
    // Five (3 to 7) is the most followed.
    let out = byline(cache.path(), &["--json", &server.url("/hop3")]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Seven is too many.
    let line = failure(&byline(cache.path(), &["--json", &server.url("/hop1")]));
    assert_eq!(line, format!("byline: {}: more than 5 redirects", server.url("/hop1")));
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn compressed_and_non_utf8_pages_read_as_the_plain_one() {
    let server = Server::start();
    let page = story("Ferry service resumes", FERRY);
    server.route("/plain", Reply::html(page.clone()));
    server.route(
        "/gzip",
        Reply::html(gzip(page.as_bytes())).header("Content-Encoding", "gzip"),
    );
    server.route(
        "/deflate",
        Reply::html(zlib(page.as_bytes())).header("Content-Encoding", "deflate"),
    );
    // Latin-1 by the header; Latin-2 by the <meta> tag alone.
    let cafe = b"<html><head><title>Caf\xe9</title></head><body><article><h1>Caf\xe9 reopens</h1>\
<p>The caf\xe9 on the quay reopened on Friday, its owner Zo\xeb Martin said, after a year of repairs.</p>\
</article></body></html>";
    server.route(
        "/latin1",
        Reply::new(200, "text/html; charset=ISO-8859-1", cafe.to_vec()),
    );
    let lodz = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">\
<title>\xa3\xf3d\xbc</title></head><body><article><h1>Trams return to \xa3\xf3d\xbc</h1>\
<p>Trams returned to the streets of \xa3\xf3d\xbc on Monday after a month of track work, the city said.</p>\
</article></body></html>";
    server.route("/latin2", Reply::new(200, "text/html", lodz.to_vec()));
    let cache = tempfile::tempdir().unwrap();

    let text = |path: &str| {
        let out = byline(cache.path(), &["--json", &server.url(path)]);
        assert!(out.status.success(), "{path}: {}", stderr(&out));
        records(&out).remove(0)["text"].as_str().unwrap().to_string()
    };
    let plain = text("/plain");
    assert!(plain.contains("island ferry"));
    assert_eq!(text("/gzip"), plain);
    assert_eq!(text("/deflate"), plain);
    // byline asked for compressed bodies.
    let asked = &server.requests("/gzip")[0].headers["accept-encoding"];
    assert!(asked.contains("gzip") && asked.contains("br"), "{asked}");
    assert!(text("/latin1").contains("its owner Zoë Martin said"));
    // --format overrides the type the server gives.
    let out = byline(cache.path(), &["--format", "text", "--json", &server.url("/plain")]);
    assert!(records(&out)[0]["text"].as_str().unwrap().contains("<article>"));
    assert!(text("/latin2").contains("streets of Łódź"));
}

#[test]
fn errors_name_the_address_and_the_cause() {
    let server = Server::start();
    server.route("/missing", Reply::new(404, "text/html", "<h1>Not Found</h1>"));
    server.route("/broken", Reply::new(500, "text/html", "<h1>Oops</h1>"));
    server.route(
        "/photo.png",
        Reply::new(200, "image/png", b"\x89PNG\r\n\x1a\n".to_vec()),
    );
    server.route(
        "/slow",
        Reply::html(story("Late", FERRY)).delayed(Duration::from_secs(30)),
    );
    let mut huge = b"<html><body><p>".to_vec();
    huge.resize(20_000_100, b'a');
    server.route("/huge", Reply::html(huge.clone()));
    // The same without a Content-Length, and as a small gzip body: the cap
    // holds while reading, after decompression.
    server.route("/huge-unannounced", Reply::html(huge.clone()).without_length());
    server.route("/huge.gz", Reply::html(gzip(&huge)).header("Content-Encoding", "gzip"));
    let cache = tempfile::tempdir().unwrap();
    let line = |path: &str, extra: &[&str]| {
        let url = server.url(path);
        let mut args = vec!["--json"];
        args.extend_from_slice(extra);
        args.push(&url);
        let line = failure(&byline(cache.path(), &args));
        let prefix = format!("byline: {url}: ");
        assert!(line.starts_with(&prefix), "{line}");
        line[prefix.len()..].to_string()
    };
    assert_eq!(line("/missing", &[]), "HTTP 404 Not Found");
    assert_eq!(line("/broken", &[]), "HTTP 500 Internal Server Error");
    assert_eq!(
        line("/photo.png", &[]),
        "not an HTML page or a feed (Content-Type image/png)"
    );
    assert_eq!(line("/slow", &["--timeout", "1"]), "timed out after 1 s");
    assert_eq!(line("/huge", &[]), "too large: over the 20 MB limit");
    assert_eq!(line("/huge-unannounced", &[]), "too large: over the 20 MB limit");
    assert_eq!(line("/huge.gz", &[]), "too large: over the 20 MB limit");
    // The export and the explorer refuse the same way.
    let url = server.url("/missing");
    let out = byline(cache.path(), &["--export", "csv", &url]);
    assert_eq!(failure(&out), format!("byline: {url}: HTTP 404 Not Found"));

    // An https:// address answered in plain HTTP fails the handshake.
    let https = server.url("/missing").replacen("http://", "https://", 1);
    let line = failure(&byline(cache.path(), &["--json", &https]));
    assert!(line.starts_with(&format!("byline: {https}: TLS error: ")), "{line}");

    // Nothing listens on a port whose server has gone.
    let gone = {
        let mut s = Server::start();
        let url = s.url("/a");
        s.stop();
        url
    };
    let out = byline(cache.path(), &["--json", &gone]);
    assert_eq!(failure(&out), format!("byline: {gone}: connection refused"));
}

#[test]
fn the_cache_revalidates_and_serves_offline() {
    let mut server = Server::start();
    server.route(
        "/story",
        Reply::html(story("Ferry service resumes", FERRY)).with_etag("\"v1\""),
    );
    let cache = tempfile::tempdir().unwrap();
    let url = server.url("/story");
    let first = byline(cache.path(), &["--json", &url]);
    assert!(first.status.success(), "{}", stderr(&first));
    let ua = &server.requests("/story")[0].headers["user-agent"];
    assert!(ua.starts_with("byline/"), "{ua}");
    assert!(cache.path().join("byline/pages").is_dir());

    // The second open asks whether it changed, and is served from the cache.
    let second = byline(cache.path(), &["--json", &url]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(stdout(&second), stdout(&first));
    let seen = server.requests("/story");
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].headers.get("if-none-match").map(String::as_str), Some("\"v1\""));
    assert_eq!(seen[1].status, 304);

    // With the server gone, --offline still opens it; without, the error says why.
    server.stop();
    let offline = byline(cache.path(), &["--offline", "--json", &url]);
    assert!(offline.status.success(), "{}", stderr(&offline));
    assert_eq!(stdout(&offline), stdout(&first));
    assert_eq!(
        failure(&byline(cache.path(), &["--json", &url])),
        format!("byline: {url}: connection refused")
    );

    let cleared = byline(cache.path(), &["--clear-cache"]);
    assert!(cleared.status.success());
    assert!(stdout(&cleared).contains("removed 1 cached"), "{}", stdout(&cleared));
    assert_eq!(
        failure(&byline(cache.path(), &["--offline", "--json", &url])),
        format!("byline: {url}: not in the cache, and --offline was given")
    );
}

#[test]
fn feeds_and_timeout_come_from_the_configuration() {
    let server = Server::start();
    serve_stories(&server);
    server.route("/feed.xml", Reply::new(200, "application/rss+xml", rss(&server)));
    server.route(
        "/slow",
        Reply::html(story("Late", FERRY)).delayed(Duration::from_secs(30)),
    );
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("feeds = [\"{}\"]\ntimeout = 1\n", server.url("/feed.xml")),
    )
    .unwrap();
    let config = config.to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let out = byline(cache.path(), &["--config", config, "--feeds", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(records(&out).len(), 3);
    let slow = server.url("/slow");
    let out = byline(cache.path(), &["--config", config, "--json", &slow]);
    assert_eq!(failure(&out), format!("byline: {slow}: timed out after 1 s"));

    // No feeds configured: --feeds says so.
    std::fs::write(dir.path().join("empty.toml"), "").unwrap();
    let empty = dir.path().join("empty.toml");
    let line = failure(&byline(cache.path(), &["--config", empty.to_str().unwrap(), "--feeds"]));
    assert!(line.contains("--feeds: the configuration lists no feeds"), "{line}");
}

#[test]
fn a_proxy_from_the_environment_is_used() {
    // The server stands in for a proxy: asked for a tunnel to the host,
    // then for the page through it.
    let proxy = Server::start();
    proxy.route("/ferry", Reply::html(story("Ferry service resumes", FERRY)));
    let cache = tempfile::tempdir().unwrap();
    let out = byline_env(
        cache.path(),
        &["--json", "http://news.invalid/ferry"],
        &[("HTTP_PROXY", &proxy.url(""))],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(records(&out)[0]["text"].as_str().unwrap().contains("island ferry"));
    assert_eq!(proxy.requests("CONNECT news.invalid:80").len(), 1);
    let through = proxy.requests("/ferry");
    assert_eq!(through[0].headers["host"], "news.invalid");
}
