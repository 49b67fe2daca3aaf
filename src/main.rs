//! The `byline` command: parses the command line, loads articles (files,
//! directories of articles, standard input, web pages and feeds), and
//! either prints the byline/1 JSON or an export, or opens the terminal
//! explorer.
//!
//! Errors are printed as one line naming what was wrong, with exit status 2;
//! a closed pipe (`byline --json a.txt | head`) is not an error.

use std::io::{self, Write};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, Parser};

use byline::article::{self, Article, Format, LoadError, Loaded};
use byline::calendar::CivilDate;
use byline::export::{self, ExportFormat};
use byline::library::Entry;
use byline::source::{self, Cache, FetchError, FetchOptions, Fetcher, Opened};
use byline::{config, credits, extract, json, library, ordered, seeds, tui, untrusted};

/// Explore a news article: its people, places, quotes and numbers.
#[derive(Debug, Parser)]
#[command(name = "byline", version, about)]
struct Cli {
    /// Articles to open: text, Markdown or HTML files, directories of them,
    /// "-" for standard input, http(s):// addresses of pages, or feeds (RSS,
    /// Atom or JSON Feed; addresses or files), which open as the list of
    /// their items. Without any, the bundled seed article opens.
    paths: Vec<PathBuf>,

    /// Open the feeds listed in the configuration (feeds = [...]), besides
    /// any given here.
    #[arg(long)]
    feeds: bool,

    /// Never use the network: serve web pages and feeds from the cache, as
    /// they were last fetched.
    #[arg(long)]
    offline: bool,

    /// Seconds to wait for a web server to connect or send (default 15).
    #[arg(long, value_name = "SECS")]
    timeout: Option<f64>,

    /// Delete the cache of fetched pages and feeds, and exit.
    #[arg(long)]
    clear_cache: bool,

    /// Print the analysis as byline/1 JSON, one line per article, instead of
    /// opening the explorer.
    #[arg(long, conflicts_with = "export")]
    json: bool,

    /// Read every article as this format instead of going by its file
    /// extension or content: text, markdown or html.
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,

    /// Write a fact sheet instead of opening the explorer: md (Markdown:
    /// quotes by speaker, numbers by kind, entities by type; several
    /// articles end with who said what across them) or csv (one row per
    /// extracted item).
    #[arg(long, value_name = "md|csv")]
    export: Option<String>,

    /// Read settings from this file instead of
    /// $XDG_CONFIG_HOME/byline/config.toml (or ~/.config/byline/config.toml).
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,

    /// The date the articles were published, YYYY-MM-DD, over any date they
    /// state: relative dates ("last month", "Monday") are resolved against it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,

    /// Print the default configuration file (every key binding and colour)
    /// and exit.
    #[arg(long)]
    print_config: bool,

    /// Print byline's licence and the sources and licences of the data it
    /// carries, and exit.
    #[arg(long)]
    credits: bool,

    /// Print a completion script for SHELL and exit.
    #[arg(long, value_name = "SHELL")]
    completions: Option<clap_complete::Shell>,

    /// Print byline's manual page (roff, for man) and exit.
    #[arg(long)]
    man: bool,
}

fn main() -> ExitCode {
    byline::allocator::tune();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("byline: {}", untrusted::neutralize_line(&format!("{e:#}")));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if cli.print_config {
        print!("{}", config::default_file());
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(page) = documentation(&cli)? {
        io::stdout().lock().write_all(&page)?;
        return Ok(ExitCode::SUCCESS);
    }
    if cli.clear_cache {
        return clear_cache();
    }
    // Each flag's value is checked here, so a bad one is named in one line.
    let format = cli
        .format
        .as_deref()
        .map(|f| f.parse::<Format>().map_err(|e| anyhow::anyhow!("--format {f}: {e}")))
        .transpose()?;
    let export = cli
        .export
        .as_deref()
        .map(|x| {
            x.parse::<ExportFormat>()
                .map_err(|e| anyhow::anyhow!("--export {x}: {e}"))
        })
        .transpose()?;
    let timeout = cli
        .timeout
        .map(|secs| {
            config::timeout_from_secs(secs)
                .ok_or_else(|| anyhow::anyhow!("--timeout {secs}: expected a number of seconds above 0"))
        })
        .transpose()?;
    let date = cli
        .date
        .as_deref()
        .map(|d| {
            CivilDate::parse_iso(d)
                .ok_or_else(|| anyhow::anyhow!("--date {d}: not a calendar date (expected YYYY-MM-DD)"))
        })
        .transpose()?;
    let reading = Reading { format, date };
    let output = match (cli.json, export) {
        (true, _) => Some(Output::Json),
        (false, Some(export)) => Some(Output::Export(export)),
        (false, None) => None,
    };
    // Read in every mode, so a missing or wrong file is always reported.
    let settings = load_config(cli.config.as_deref());
    let mut inputs = cli.paths.clone();
    if cli.feeds {
        let listed = settings.config.feeds.clone();
        if listed.is_empty() {
            anyhow::bail!("--feeds: the configuration lists no feeds (add feeds = [\"https://…\"] to it)");
        }
        inputs.extend(listed.iter().map(|f| expand_home(f)));
    }
    if output.is_none() {
        // Before anything is read or fetched.
        check_terminal(&inputs)?;
    }
    let defaults = FetchOptions::default();
    let fetcher = Fetcher::new(FetchOptions {
        timeout: timeout.or(settings.config.timeout).unwrap_or(defaults.timeout),
        offline: cli.offline,
        cache: Cache::default_dir().map(Cache::new),
        ..defaults
    });
    // Each directory becomes its articles, each feed its items; an input
    // that names none is reported like an unreadable file.
    let mut entries = Vec::with_capacity(inputs.len());
    let mut bad_inputs: Vec<(&PathBuf, anyhow::Error)> = Vec::new();
    let mut listed = false;
    for input in &inputs {
        match resolve(input, &fetcher, format) {
            Ok(Resolved::Entries(found)) => entries.extend(found),
            Ok(Resolved::Listed(found)) => {
                listed = true;
                entries.extend(found);
            }
            Err(e) => bad_inputs.push((input, e)),
        }
    }
    let Some(output) = output else {
        // With several inputs, one that failed is listed with its message;
        // alone, it is an error.
        if entries.is_empty() || (!listed && inputs.len() <= 1) {
            if let Some((_, e)) = bad_inputs.into_iter().next() {
                return Err(e);
            }
        } else {
            for (input, e) in bad_inputs {
                entries.push(Entry::Failed {
                    label: input.display().to_string(),
                    message: format!("{e:#}"),
                });
                listed = true;
            }
        }
        // A directory, a feed, or several articles opens the list of articles.
        let several = entries.len() > 1 || listed;
        return open_explorer(entries, reading, several, fetcher, &settings);
    };
    for (_, e) in &bad_inputs {
        eprintln!("byline: {}", untrusted::neutralize_line(&format!("{e:#}")));
    }
    if bad_inputs.is_empty() || !entries.is_empty() {
        let code = print_each(entries, reading, output, fetcher)?;
        if bad_inputs.is_empty() {
            return Ok(code);
        }
    }
    Ok(ExitCode::from(2))
}

/// What one command-line input stands for.
enum Resolved {
    /// A file, "-", or a web page.
    Entries(Vec<Entry>),
    /// A directory's articles or a feed's items: a list, even of one.
    Listed(Vec<Entry>),
}

/// Expands a directory to its articles, fetches a web address (a page or a
/// feed) and reads a feed file to its items.
fn resolve(input: &std::path::Path, fetcher: &Fetcher, format: Option<Format>) -> anyhow::Result<Resolved> {
    if let Some(url) = input.to_str().filter(|s| source::is_url(s)) {
        return match source::open_url(fetcher, url, format)? {
            Opened::Page(article) => Ok(Resolved::Entries(vec![Entry::Article(*article)])),
            Opened::Feed(feed) => feed_entries(feed),
        };
    }
    if input.as_os_str() != "-" && source::is_feed_file(input) {
        return feed_entries(source::read_feed_file(input)?);
    }
    let expanded = library::expand_inputs(std::slice::from_ref(&input.to_path_buf()))?;
    let entries = expanded.into_iter().map(Entry::Path).collect();
    Ok(if input.is_dir() {
        Resolved::Listed(entries)
    } else {
        Resolved::Entries(entries)
    })
}

fn feed_entries(feed: source::Feed) -> anyhow::Result<Resolved> {
    if feed.items.is_empty() {
        let empty = FetchError::new(
            &feed.location,
            source::Cause::Unreadable("the feed has no items".into()),
        );
        return Err(empty.into());
    }
    Ok(Resolved::Listed(feed.items.into_iter().map(Entry::Item).collect()))
}

/// "~/feeds/a.xml" from the configuration, with the home directory.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

fn clear_cache() -> anyhow::Result<ExitCode> {
    let Some(dir) = Cache::default_dir() else {
        anyhow::bail!("--clear-cache: neither XDG_CACHE_HOME nor HOME is set, so there is no cache");
    };
    let cache = Cache::new(&dir);
    let removed = cache
        .clear()
        .map_err(|e| anyhow::anyhow!("{}: cannot clear the cache: {e}", dir.display()))?;
    println!(
        "byline: removed {removed} cached pages and feeds from {}",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The explorer needs a terminal to draw on and one to read keys from:
/// standard input, or the controlling terminal when standard input carries
/// the article. Says so before anything is read.
fn check_terminal(inputs: &[PathBuf]) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    let reads_stdin = inputs.iter().any(|p| p.as_os_str() == "-");
    let stdin_is_terminal = io::stdin().is_terminal();
    if reads_stdin && stdin_is_terminal {
        anyhow::bail!(
            "\"-\" reads the article from standard input, which is this terminal; \
             pipe an article in (some-command | byline -) or name a file"
        );
    }
    let keys =
        stdin_is_terminal || (reads_stdin && std::fs::File::options().read(true).write(true).open("/dev/tty").is_ok());
    if !keys || !io::stdout().is_terminal() {
        anyhow::bail!("the explorer needs a terminal; use --json or --export for scripts");
    }
    Ok(())
}

/// What --credits, --completions and --man print, generated from the
/// clap definitions above so it never drifts from them.
fn documentation(cli: &Cli) -> io::Result<Option<Vec<u8>>> {
    let mut page = Vec::new();
    if cli.credits {
        page.extend_from_slice(credits::CREDITS.as_bytes());
    } else if let Some(shell) = cli.completions {
        clap_complete::generate(shell, &mut Cli::command(), "byline", &mut page);
    } else if cli.man {
        clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    } else {
        return Ok(None);
    }
    Ok(Some(page))
}

/// How every article is read: its format and the date given for it.
#[derive(Debug, Clone, Copy)]
struct Reading {
    format: Option<Format>,
    date: Option<CivilDate>,
}

impl Reading {
    /// The article with the date given on the command line, if any.
    fn dated(self, mut article: Article) -> Article {
        if self.date.is_some() {
            article.published = self.date;
        }
        article
    }
}

fn open_explorer(
    entries: Vec<Entry>,
    reading: Reading,
    several: bool,
    fetcher: Fetcher,
    settings: &config::Loaded,
) -> anyhow::Result<ExitCode> {
    let settings = settings.explorer_settings();
    if several {
        // Listed at once, loaded and analysed in the background while the list shows.
        let library = library::Library::from_entries(entries, reading.format, Some(std::sync::Arc::new(fetcher)))
            .with_published(reading.date);
        return Ok(ExitCode::from(tui::run_library(library, &settings)?.exit_status()));
    }
    let article = match entries.into_iter().next() {
        None => seeds::default_article(),
        Some(entry) => entry_article(entry, reading.format, &fetcher)?,
    };
    Ok(ExitCode::from(
        tui::run(reading.dated(article), &settings)?.exit_status(),
    ))
}

/// The article an entry names: read, fetched, or already there.
fn entry_article(entry: Entry, format: Option<Format>, fetcher: &Fetcher) -> anyhow::Result<Article> {
    match entry {
        Entry::Path(path) => to_article(load(&path)?, format),
        Entry::Article(article) => Ok(article),
        Entry::Item(item) => Ok(source::item_article(fetcher, &item, format)?),
        Entry::Failed { message, .. } => Err(anyhow::anyhow!(message)),
    }
}

/// The configuration; its mistakes are warnings on stderr, never a refusal
/// to start (the explorer shows them again in a notice).
fn load_config(explicit: Option<&std::path::Path>) -> config::Loaded {
    if let Some(path) = explicit {
        say_if_waiting(path);
    }
    let loaded = config::load(explicit, tui::Theme::no_color_requested());
    for e in &loaded.errors {
        eprintln!("byline: warning: {}", untrusted::neutralize_line(e));
    }
    loaded
}

fn load(path: &std::path::Path) -> Result<Loaded, LoadError> {
    if path.as_os_str() == "-" {
        article::load_stdin()
    } else {
        say_if_waiting(path);
        article::load_path(path)
    }
}

/// A FIFO blocks until some program writes to it; say what byline waits
/// on rather than hang in silence.
fn say_if_waiting(path: &std::path::Path) {
    if article::waits_for_writer(path) {
        eprintln!(
            "byline: waiting for something to write to {} (a FIFO); ctrl-c to stop",
            untrusted::shown_path(path)
        );
    }
}

fn to_article(loaded: Loaded, format: Option<Format>) -> anyhow::Result<Article> {
    let shown = untrusted::neutralize_line(&loaded.path);
    if loaded.lossy {
        eprintln!("byline: warning: {shown}: invalid UTF-8 was replaced with U+FFFD");
    }
    let (article, warnings) =
        Article::from_loaded_with_warnings(&loaded, format).map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
    for w in warnings {
        eprintln!("byline: warning: {shown}: {w}");
    }
    Ok(article)
}

#[derive(Debug, Clone, Copy)]
enum Output {
    Json,
    Export(ExportFormat),
}

/// One JSON line, one fact sheet or one set of CSV rows per article, in
/// order. An article that cannot be read or fetched, or whose analysis
/// fails (an error, or as a last line of defence a panic, caught), is
/// reported on one line naming it and the others are still printed, with
/// exit status 2 at the end. Files are read one at a time; a feed's items
/// are fetched and analysed a few at a time in the background while the
/// earlier ones print.
fn print_each(entries: Vec<Entry>, reading: Reading, output: Output, fetcher: Fetcher) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if let Output::Export(ExportFormat::Csv) = output {
        export::write_header(&mut out)?;
    }
    let mut failed = false;
    let mut printer = Printer {
        out: &mut out,
        output,
        first: true,
        sheets: Vec::new(),
    };
    if entries.iter().any(|e| matches!(e, Entry::Item(_))) {
        let mut library = library::Library::from_entries(entries, reading.format, Some(std::sync::Arc::new(fetcher)))
            .with_published(reading.date);
        for i in 0..library.len() {
            let analysed = library
                .wait_for(i)
                .and_then(|s| match s.status {
                    library::Status::Failed(why) => Some(Err(why)),
                    _ => Some(Ok((library.article(i)?, library.analysis(i)?))),
                })
                .unwrap_or_else(|| Err(format!("article {i}: analysis failed")));
            match analysed {
                Ok((article, analysis)) => printer.print(article, analysis)?,
                Err(why) => {
                    printer.out.flush()?;
                    eprintln!("byline: {}", untrusted::neutralize_line(&why));
                    failed = true;
                }
            }
        }
    } else {
        let entries = if entries.is_empty() {
            vec![Entry::Article(seeds::default_article())]
        } else {
            entries
        };
        let panics = quiet_panics();
        // Analysed on every core, printed in the order given as each and
        // all before it are done.
        let work = |entry: &Entry| {
            let analysed =
                std::panic::catch_unwind(AssertUnwindSafe(|| analyse_entry(entry.clone(), reading, &fetcher)));
            match analysed {
                Ok(Ok(done)) => Ok(done),
                Ok(Err(e)) => Err(format!("{e:#}")),
                Err(_) => {
                    let at = panics.lock().map(|p| p.clone()).unwrap_or_default();
                    Err(format!(
                        "{}: internal error while analysing it{at}; skipped, please report it",
                        entry_label(entry)
                    ))
                }
            }
        };
        ordered::map_ordered(&entries, ordered::default_window(), work, |analysed| match analysed {
            Ok((article, analysis)) => printer.print(Arc::new(article), Arc::new(analysis)),
            Err(why) => {
                printer.out.flush()?;
                eprintln!("byline: {}", untrusted::neutralize_line(&why));
                failed = true;
                Ok(())
            }
        })?;
    }
    printer.finish()?;
    out.flush()?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// Writes analysed articles one after another in the chosen output.
struct Printer<'a, W: Write> {
    out: &'a mut W,
    output: Output,
    first: bool,
    /// Fact sheets exported together end with who said what across them.
    sheets: Vec<(Arc<Article>, Arc<extract::Analysis>)>,
}

impl<W: Write> Printer<'_, W> {
    fn print(&mut self, article: Arc<Article>, analysis: Arc<extract::Analysis>) -> io::Result<()> {
        match self.output {
            Output::Json => {
                json::write_line(&mut self.out, &article, &analysis)?;
                writeln!(self.out)?;
            }
            Output::Export(ExportFormat::Markdown) => {
                if !self.first {
                    writeln!(self.out)?;
                }
                self.out
                    .write_all(export::to_markdown(&article, &analysis).as_bytes())?;
                self.sheets.push((article, analysis));
            }
            Output::Export(ExportFormat::Csv) => export::write_rows(&mut self.out, &article, &analysis)?,
        }
        self.first = false;
        // Each article as soon as it is ready: a feed's items take a while.
        self.out.flush()
    }

    /// What follows the last article: who said what, when several fact
    /// sheets were written.
    fn finish(&mut self) -> io::Result<()> {
        if self.sheets.len() > 1 {
            let together: Vec<(&Article, &extract::Analysis)> =
                self.sheets.iter().map(|(a, x)| (a.as_ref(), x.as_ref())).collect();
            writeln!(self.out)?;
            self.out.write_all(export::who_said_what(&together).as_bytes())?;
        }
        Ok(())
    }
}

/// The name an entry is reported by.
fn entry_label(entry: &Entry) -> String {
    match entry {
        Entry::Path(path) => path.display().to_string(),
        Entry::Article(article) => article.path.clone(),
        Entry::Item(item) => item.label(),
        Entry::Failed { label, .. } => label.clone(),
    }
}

/// One entry read (or fetched), dated and analysed.
fn analyse_entry(entry: Entry, reading: Reading, fetcher: &Fetcher) -> anyhow::Result<(Article, extract::Analysis)> {
    let article = reading.dated(entry_article(entry, reading.format, fetcher)?);
    fail_on_request(&article.path);
    let analysis = extract::analyze(&article);
    Ok((article, analysis))
}

/// Replaces the panic message (which can quote article text, control
/// characters and all) by nothing on standard error: the caller reports
/// the failure on one line naming the article, with the place in the code
/// that failed, kept here.
fn quiet_panics() -> std::sync::Arc<std::sync::Mutex<String>> {
    let location = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let kept = std::sync::Arc::clone(&location);
    std::panic::set_hook(Box::new(move |info| {
        if let (Ok(mut at), Some(l)) = (kept.lock(), info.location()) {
            *at = format!(" (at {}:{})", l.file(), l.line());
        }
    }));
    location
}

/// Debug builds only: `BYLINE_FAIL_ON=NAME` makes the analysis of the
/// article whose path ends with NAME panic, so the tests can check that a
/// failing article costs no other one. Release builds have no such switch.
fn fail_on_request(path: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("BYLINE_FAIL_ON").is_ok_and(|name| !name.is_empty() && path.ends_with(&name)) {
        panic!("analysis of {path} failed on request");
    }
    #[cfg(not(debug_assertions))]
    let _ = path;
}
