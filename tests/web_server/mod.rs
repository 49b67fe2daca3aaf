//! A small HTTP/1.1 server inside the test process, on 127.0.0.1 and a
//! port the system picks, for byline's web tests: no network, no external
//! process. Each route answers with a fixed response, optionally after a
//! delay; every request is logged so tests can check what byline sent.
//! Dropping the server stops it and waits for its threads.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// The proxy settings a test clears, so requests go straight to the
/// server whatever the environment running the tests says.
pub const PROXY_VARS: &[&str] = &[
    "ALL_PROXY",
    "all_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// A small page of our own, with a quote, names and a number.
pub fn story(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
<body><article><h1>{title}</h1><p>{body}</p>\
<p>\"We expect the work to take about six weeks,\" said Maria Okafor, the county engineer.</p>\
</article></body></html>"
    )
}

/// What a route answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering (a slow server).
    pub delay: Duration,
    /// Answer 304 to a request whose If-None-Match is this.
    pub etag: Option<String>,
    /// Send no Content-Length: the body ends when the connection closes.
    pub unannounced: bool,
}

impl Reply {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            delay: Duration::ZERO,
            etag: None,
            unannounced: false,
        }
    }

    pub fn html(body: impl Into<Vec<u8>>) -> Reply {
        Reply::new(200, "text/html; charset=utf-8", body)
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn with_etag(mut self, etag: &str) -> Reply {
        self.etag = Some(etag.into());
        self.header("ETag", etag)
    }

    pub fn delayed(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    pub fn without_length(mut self) -> Reply {
        self.unannounced = true;
        self
    }

    pub fn redirect(to: &str) -> Reply {
        Reply::new(302, "text/plain", "moved").header("Location", to)
    }
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: String,
    /// Header names lowercased.
    pub headers: HashMap<String, String>,
    /// The status answered.
    pub status: u16,
}

type Routes = Arc<Mutex<HashMap<String, Reply>>>;

pub struct Server {
    pub port: u16,
    routes: Routes,
    log: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
}

impl Server {
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        listener.set_nonblocking(true).expect("non-blocking listener");
        let port = listener.local_addr().expect("local address").port();
        let routes: Routes = Arc::default();
        let log: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let accept = {
            let (routes, log, stop) = (Arc::clone(&routes), Arc::clone(&log), Arc::clone(&stop));
            std::thread::spawn(move || {
                let mut workers = Vec::new();
                while !stop.load(Ordering::SeqCst) {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            let (routes, log, stop) = (Arc::clone(&routes), Arc::clone(&log), Arc::clone(&stop));
                            workers.push(std::thread::spawn(move || serve(stream, &routes, &log, &stop)));
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
                for w in workers {
                    let _ = w.join();
                }
            })
        };
        Server {
            port,
            routes,
            log,
            stop,
            accept: Some(accept),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// An RSS 2.0 `<item>` linking to `path` on this server.
    pub fn rss_item(&self, title: &str, path: &str, date: &str, summary: &str) -> String {
        format!(
            "<item><title>{title}</title><link>{}</link><pubDate>{date}</pubDate>\
<description>{summary}</description></item>",
            self.url(path)
        )
    }

    pub fn route(&self, path: &str, reply: Reply) {
        self.routes.lock().unwrap().insert(path.to_string(), reply);
    }

    /// Every request so far for `path`.
    pub fn requests(&self, path: &str) -> Vec<Seen> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|s| s.path == path)
            .cloned()
            .collect()
    }

    /// Stops accepting and waits for the server's threads.
    pub fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn serve(stream: TcpStream, routes: &Routes, log: &Mutex<Vec<Seen>>, stop: &AtomicBool) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    // Read as bytes: a TLS handshake sent to this plain server is not text.
    let mut read_line = || {
        let mut bytes = Vec::new();
        let n = reader.read_until(b'\n', &mut bytes).unwrap_or(0);
        (n > 0).then(|| String::from_utf8_lossy(&bytes).trim().to_string())
    };
    let mut line = read_line().unwrap_or_default();
    let mut headers = HashMap::new();
    let read_headers = |line: &str, read_line: &mut dyn FnMut() -> Option<String>| {
        let mut headers = HashMap::new();
        if line.ends_with("HTTP/1.1") || line.ends_with("HTTP/1.0") {
            while let Some(h) = read_line().filter(|h| !h.is_empty()) {
                if let Some((name, value)) = h.split_once(':') {
                    headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
                }
            }
        }
        headers
    };
    headers.extend(read_headers(&line, &mut read_line));
    // Standing in for a proxy: a tunnel is opened, and the request that
    // comes through it is served like any other.
    if line.starts_with("CONNECT ") {
        let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
        log.lock().unwrap().push(Seen {
            path: format!("CONNECT {target}"),
            headers: headers.clone(),
            status: 200,
        });
        let _ = (&stream).write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
        line = read_line().unwrap_or_default();
        headers = read_headers(&line, &mut read_line);
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let reply = routes.lock().unwrap().get(&path).cloned();
    let reply = reply.unwrap_or_else(|| Reply::new(404, "text/html", "<h1>Not Found</h1>"));
    // A slow server: wait, but never past the test's end.
    let mut waited = Duration::ZERO;
    while waited < reply.delay && !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(20));
        waited += Duration::from_millis(20);
    }
    let not_modified = reply.etag.is_some() && headers.get("if-none-match") == reply.etag.as_ref();
    let status = if not_modified { 304 } else { reply.status };
    log.lock().unwrap().push(Seen { path, headers, status });
    let mut out = stream;
    let reason = match status {
        200 => "OK",
        302 => "Found",
        304 => "Not Modified",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    };
    let body: &[u8] = if not_modified { b"" } else { &reply.body };
    let mut head = format!("HTTP/1.1 {status} {reason}\r\nConnection: close\r\n");
    if !reply.unannounced {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(body);
    let _ = out.flush();
    // Close our side, then read what the client still sends until it closes
    // too: closing with unread data would reset the connection, and the
    // client would see a reset instead of this answer.
    let _ = out.shutdown(std::net::Shutdown::Write);
    let _ = out.set_read_timeout(Some(Duration::from_secs(1)));
    let _ = std::io::Read::read_to_end(&mut out, &mut Vec::new());
}
