//! The `byline` command: parses the command line, loads articles (files,
//! directories of articles, or standard input), and either prints the
//! byline/1 JSON or an export, or opens the terminal explorer.
//!
//! Errors are printed as one line naming what was wrong, with exit status 2;
//! a closed pipe (`byline --json a.txt | head`) is not an error.

use std::io::{self, Write};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use byline::article::{self, Article, Format, LoadError, Loaded};
use byline::export::{self, ExportFormat};
use byline::{config, extract, json, library, seeds, tui, untrusted};

/// Explore a news article: its people, places, quotes and numbers.
#[derive(Debug, Parser)]
#[command(name = "byline", version, about)]
struct Cli {
    /// Articles to open: text, Markdown or HTML files, directories of them,
    /// or "-" for standard input. Without any, the bundled seed article opens.
    paths: Vec<PathBuf>,

    /// Print the analysis as byline/1 JSON, one line per article, instead of
    /// opening the explorer.
    #[arg(long, conflicts_with = "export")]
    json: bool,

    /// Read every article as this format instead of going by its file
    /// extension or content: text, markdown or html.
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,

    /// Write a fact sheet instead of opening the explorer: md (Markdown:
    /// quotes by speaker, numbers by kind, entities by type) or csv (one row
    /// per extracted item).
    #[arg(long, value_name = "md|csv")]
    export: Option<String>,

    /// Read settings from this file instead of
    /// $XDG_CONFIG_HOME/byline/config.toml (or ~/.config/byline/config.toml).
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,

    /// Print the default configuration file (every key binding and colour)
    /// and exit.
    #[arg(long)]
    print_config: bool,
}

fn main() -> ExitCode {
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
    let format = match &cli.format {
        None => None,
        Some(f) => Some(f.parse::<Format>().map_err(|e| anyhow::anyhow!("--format {f}: {e}"))?),
    };
    let export = match &cli.export {
        None => None,
        Some(x) => Some(
            x.parse::<ExportFormat>()
                .map_err(|e| anyhow::anyhow!("--export {x}: {e}"))?,
        ),
    };
    // Each directory becomes its articles; one that has none is reported
    // like an unreadable file.
    let mut paths = Vec::with_capacity(cli.paths.len());
    let mut bad_inputs = Vec::new();
    for input in &cli.paths {
        match library::expand_inputs(std::slice::from_ref(input)) {
            Ok(expanded) => paths.extend(expanded),
            Err(e) => bad_inputs.push(e),
        }
    }
    let output = match (cli.json, export) {
        (true, _) => Some(Output::Json),
        (false, Some(export)) => Some(Output::Export(export)),
        (false, None) => None,
    };
    let Some(output) = output else {
        if let Some(e) = bad_inputs.into_iter().next() {
            return Err(e.into());
        }
        // A directory, or several articles, opens the list of articles.
        let several = paths.len() > 1 || cli.paths.iter().any(|p| p.is_dir());
        return open_explorer(&paths, format, several, &load_config(cli.config.as_deref()));
    };
    for e in &bad_inputs {
        eprintln!("byline: {}", untrusted::neutralize_line(&e.to_string()));
    }
    if bad_inputs.is_empty() || !paths.is_empty() {
        let code = print_each(&paths, format, output)?;
        if bad_inputs.is_empty() {
            return Ok(code);
        }
    }
    Ok(ExitCode::from(2))
}

fn open_explorer(
    paths: &[PathBuf],
    format: Option<Format>,
    several: bool,
    settings: &config::Loaded,
) -> anyhow::Result<ExitCode> {
    if several {
        // Listed at once, analysed in the background while the list shows.
        let mut library = library::Library::new(paths.to_vec(), format);
        library.start();
        tui::run_library(&library, settings)?;
        return Ok(ExitCode::SUCCESS);
    }
    let article = match paths.first() {
        None => Article::from_text(seeds::DEFAULT.name, seeds::DEFAULT.text),
        Some(path) => to_article(load(path)?, format)?,
    };
    tui::run(article, settings)?;
    Ok(ExitCode::SUCCESS)
}

/// The configuration; its mistakes are warnings, never a refusal to start.
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

/// One JSON line, one fact sheet or one set of CSV rows per article. An
/// article that cannot be read, or whose analysis fails (an error, or as a
/// last line of defence a panic, caught), is reported on one line naming
/// it and the others are still printed, with exit status 2 at the end.
/// Each article's output is built whole before it is written, so a failure
/// never leaves half an article on standard output.
fn print_each(paths: &[PathBuf], format: Option<Format>, output: Output) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if let Output::Export(ExportFormat::Csv) = output {
        export::write_header(&mut out)?;
    }
    let mut failed = false;
    let mut first = true;
    let seed = [PathBuf::new()];
    let paths: &[PathBuf] = if paths.is_empty() { &seed } else { paths };
    let panics = quiet_panics();
    for path in paths {
        let rendered = std::panic::catch_unwind(AssertUnwindSafe(|| render_one(path, format, output, first)));
        let rendered = match rendered {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(e)) => {
                out.flush()?;
                eprintln!("byline: {}", untrusted::neutralize_line(&format!("{e:#}")));
                failed = true;
                continue;
            }
            Err(_) => {
                out.flush()?;
                let at = panics.lock().map(|p| p.clone()).unwrap_or_default();
                eprintln!(
                    "byline: {}: internal error while analysing it{at}; skipped, please report it",
                    untrusted::shown_path(path)
                );
                failed = true;
                continue;
            }
        };
        out.write_all(&rendered)?;
        first = false;
    }
    out.flush()?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// One article's JSON line, fact sheet or CSV rows.
fn render_one(path: &std::path::Path, format: Option<Format>, output: Output, first: bool) -> anyhow::Result<Vec<u8>> {
    let article = if path.as_os_str().is_empty() {
        Article::from_text(seeds::DEFAULT.name, seeds::DEFAULT.text)
    } else {
        to_article(load(path)?, format)?
    };
    fail_on_request(&article.path);
    let analysis = extract::analyze(&article);
    let mut out = Vec::new();
    match output {
        Output::Json => {
            json::write_line(&mut out, &article, &analysis)?;
            writeln!(out)?;
        }
        Output::Export(ExportFormat::Markdown) => {
            if !first {
                writeln!(out)?;
            }
            out.write_all(export::to_markdown(&article, &analysis).as_bytes())?;
        }
        Output::Export(ExportFormat::Csv) => export::write_rows(&mut out, &article, &analysis)?,
    }
    Ok(out)
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
