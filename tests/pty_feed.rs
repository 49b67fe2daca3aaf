//! End to end, a feed from the web: `byline http://…/feed.xml` lists the
//! items at once with the feed's dates and summaries, Enter opens one (its
//! page fetched from the server inside the test), Backspace returns to the
//! list, and another opens; an item whose page is missing says so in the
//! status bar while the others still open.

mod pty_harness;
mod web_server;

use portable_pty::CommandBuilder;
use pty_harness::{Pty, byline_with};
use web_server::{PROXY_VARS, Reply, Server, story};

const FERRY: &str = "The island ferry resumed service on Monday after storms kept it in port for 12 days.";

/// byline opening `url`, with its cache in `cache` and no proxy.
fn byline_at(url: &str, cache: &tempfile::TempDir) -> CommandBuilder {
    let mut cmd = byline_with(&[url]);
    cmd.env("XDG_CACHE_HOME", cache.path());
    for var in PROXY_VARS {
        cmd.env_remove(var);
    }
    cmd
}

fn feed(server: &Server) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title>{}{}{}</channel></rss>",
        server.rss_item(
            "Ferry service resumes",
            "/ferry",
            "Mon, 04 Mar 2024 08:00:00 GMT",
            "The island ferry is running again."
        ),
        server.rss_item(
            "Bridge repairs approved",
            "/bridge",
            "Tue, 05 Mar 2024 08:00:00 GMT",
            "Council agrees the cost."
        ),
        server.rss_item(
            "Market moves indoors",
            "/gone",
            "Wed, 06 Mar 2024 08:00:00 GMT",
            "A page that is not there."
        ),
    )
}

#[test]
fn a_feed_lists_its_items_and_opens_one_then_another() {
    let server = Server::start();
    server.route("/ferry", Reply::html(story("Ferry service resumes", FERRY)));
    server.route(
        "/bridge",
        Reply::html(story(
            "Bridge repairs approved",
            "Dunmore County approved repairs to the Riverside bridge costing $4.2 million on Tuesday.",
        )),
    );
    server.route("/feed.xml", Reply::new(200, "application/rss+xml", feed(&server)));
    let cache = tempfile::tempdir().unwrap();
    let cmd = byline_at(&server.url("/feed.xml"), &cache);
    let mut pty = Pty::spawn(cmd, 110, 24);
    pty.wait_for("byline — 3 articles");
    pty.wait_for("Ferry service resumes");
    pty.wait_for("Bridge repairs approved");
    pty.wait_for("2024-03-05");
    // The feed's summary of the selected item.
    pty.wait_for("The island ferry is running again.");
    pty.wait_for("all 3 analysed");
    pty.wait_for("Market moves indoors — HTTP 404 Not Found");

    pty.send("\r");
    pty.wait_title("Ferry service resumes");
    pty.wait_for("island ferry resumed service");
    pty.send("\x7f");
    pty.wait_status("Library │ 1/3");
    pty.send("j");
    pty.wait_for("Council agrees the cost.");
    pty.send("\r");
    pty.wait_title("Bridge repairs approved");
    pty.wait_for("repairs to the Riverside");

    // The missing page: its error on the status bar, and the list still works.
    pty.send("\x7f");
    pty.wait_status("Library │ 2/3");
    pty.send("j\r");
    pty.wait_status("/gone: HTTP 404 Not Found");
    pty.send("k\r");
    pty.wait_for("repairs to the Riverside");
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn a_page_address_opens_in_the_explorer() {
    let server = Server::start();
    server.route("/ferry", Reply::html(story("Ferry service resumes", FERRY)));
    let cache = tempfile::tempdir().unwrap();
    let url = server.url("/ferry");
    let cmd = byline_at(&url, &cache);
    let mut pty = Pty::spawn(cmd, 110, 24);
    pty.wait_for("island ferry resumed service");
    // The address names the article in the status bar.
    pty.wait_status(&format!("127.0.0.1:{}/ferry", server.port));
    pty.wait_for("Maria Okafor");
    pty.send("q");
    assert!(pty.wait_exit().success());
}
