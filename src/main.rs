//! The `byline` command: parses the command line, loads articles (files,
//! directories of articles, or standard input), and either prints the
//! byline/1 JSON or an export, or opens the terminal explorer.
//!
//! Errors are printed as one line naming what was wrong, with exit status 2;
//! a closed pipe (`byline --json a.txt | head`) is not an error.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use byline::article::{self, Article, Format, LoadError, Loaded};
use byline::export::{self, ExportFormat};
use byline::extract::calendar::CivilDate;
use byline::{config, credits, extract, json, library, ordered, seeds, tui};

/// Explore a news article: its people, places, quotes and numbers.
#[derive(Debug, Parser)]
#[command(name = "byline", version, about)]
struct Cli {
    /// Articles to open: text, Markdown or HTML files, directories of them,
    /// or "-" for standard input. Without any, a sample article opens.
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
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("byline: {e:#}");
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
    let date = match &cli.date {
        None => None,
        Some(d) => Some(
            CivilDate::parse_iso(d)
                .ok_or_else(|| anyhow::anyhow!("--date {d}: not a calendar date (expected YYYY-MM-DD)"))?,
        ),
    };
    let format = Reading { format, date };
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
    // Read in every mode, so a missing or wrong file is always reported.
    let settings = load_config(cli.config.as_deref());
    let Some(output) = output else {
        if let Some(e) = bad_inputs.into_iter().next() {
            return Err(e.into());
        }
        check_terminal(&paths)?;
        // A directory, or several articles, opens the list of articles.
        let several = paths.len() > 1 || cli.paths.iter().any(|p| p.is_dir());
        return open_explorer(&paths, format, several, &settings);
    };
    for e in &bad_inputs {
        eprintln!("byline: {e}");
    }
    if bad_inputs.is_empty() || !paths.is_empty() {
        let code = print_each(&paths, format, output)?;
        if bad_inputs.is_empty() {
            return Ok(code);
        }
    }
    Ok(ExitCode::from(2))
}

/// The explorer needs a terminal to draw on and one to read keys from:
/// standard input, or the controlling terminal when standard input carries
/// the article. Says so before anything is read.
fn check_terminal(paths: &[PathBuf]) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    let reads_stdin = paths.iter().any(|p| p.as_os_str() == "-");
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
    paths: &[PathBuf],
    format: Reading,
    several: bool,
    settings: &config::Loaded,
) -> anyhow::Result<ExitCode> {
    if several {
        // Listed at once, analysed in the background while the list shows.
        let library = library::Library::new(paths.to_vec(), format.format).with_published(format.date);
        return Ok(ExitCode::from(tui::run_library(library, settings)?.exit_status()));
    }
    let article = match paths.first() {
        None => seeds::default_article(),
        Some(path) => to_article(load(path)?, format.format)?,
    };
    Ok(ExitCode::from(tui::run(format.dated(article), settings)?.exit_status()))
}

/// The configuration; its mistakes are warnings on stderr, never a refusal
/// to start (the explorer shows them again in a notice).
fn load_config(explicit: Option<&std::path::Path>) -> config::Loaded {
    let loaded = config::load(explicit, tui::Theme::no_color_requested());
    for e in &loaded.errors {
        eprintln!("byline: warning: {e}");
    }
    loaded
}

fn load(path: &std::path::Path) -> Result<Loaded, LoadError> {
    if path.as_os_str() == "-" {
        article::load_stdin()
    } else {
        article::load_path(path)
    }
}

fn to_article(loaded: Loaded, format: Option<Format>) -> anyhow::Result<Article> {
    if loaded.lossy {
        eprintln!(
            "byline: warning: {}: invalid UTF-8 was replaced with U+FFFD",
            loaded.path
        );
    }
    Article::from_loaded(&loaded, format).map_err(|e| anyhow::anyhow!("{}: {e}", loaded.path))
}

#[derive(Debug, Clone, Copy)]
enum Output {
    Json,
    Export(ExportFormat),
}

/// One JSON line, one fact sheet or one set of CSV rows per article; a file
/// that cannot be read is reported and the others are still printed, with
/// exit status 2 at the end. Articles are analysed on every core and printed
/// in the order given, each as soon as it and all before it are done.
fn print_each(paths: &[PathBuf], format: Reading, output: Output) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if let Output::Export(ExportFormat::Csv) = output {
        export::write_header(&mut out)?;
    }
    let mut failed = false;
    let mut first = true;
    // Fact sheets exported together end with who said what across them.
    let mut sheets: Vec<(Article, extract::Analysis)> = Vec::new();
    let seed = [PathBuf::new()];
    let paths: &[PathBuf] = if paths.is_empty() { &seed } else { paths };
    let markdown = matches!(output, Output::Export(ExportFormat::Markdown));
    let work = |path: &PathBuf| print_one(path, format, output);
    ordered::map_ordered(paths, ordered::default_window(), work, |printed| {
        match printed {
            Ok(printed) => {
                if markdown && !first {
                    writeln!(out)?;
                }
                match printed {
                    Printed::Rendered(bytes) => out.write_all(&bytes)?,
                    Printed::Analysed(article, analysis) => {
                        write_one(&mut out, output, &article, &analysis)?;
                        if markdown {
                            sheets.push((*article, *analysis));
                        }
                    }
                }
                first = false;
            }
            Err(e) => {
                out.flush()?;
                eprintln!("byline: {e}");
                failed = true;
            }
        }
        // Shown at once, not when the buffer fills: the next article may
        // take a while.
        out.flush().map_err(anyhow::Error::from)
    })?;
    if sheets.len() > 1 {
        let together: Vec<(&Article, &extract::Analysis)> = sheets.iter().map(|(a, x)| (a, x)).collect();
        writeln!(out)?;
        out.write_all(export::who_said_what(&together).as_bytes())?;
    }
    out.flush()?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// Articles up to this size are rendered on the thread that analysed them;
/// a larger one's JSON (several times its size) is written straight to the
/// output rather than held in memory while earlier articles finish.
const RENDER_ON_WORKER_LIMIT: usize = 256 * 1024;

/// One article's output, in the form the printing thread needs it.
enum Printed {
    /// Rendered already: a typical article.
    Rendered(Vec<u8>),
    /// Still to render: a large article, or a fact sheet, whose analysis is
    /// kept for the summary across articles.
    Analysed(Box<Article>, Box<extract::Analysis>),
}

/// Reads and analyses one article (the sample article for an empty path)
/// and renders it when it is small; runs on any thread.
fn print_one(path: &std::path::Path, format: Reading, output: Output) -> anyhow::Result<Printed> {
    let article = if path.as_os_str().is_empty() {
        seeds::default_article()
    } else {
        to_article(load(path)?, format.format)?
    };
    let article = format.dated(article);
    let analysis = extract::analyze(&article);
    if article.text.len() > RENDER_ON_WORKER_LIMIT || matches!(output, Output::Export(ExportFormat::Markdown)) {
        return Ok(Printed::Analysed(Box::new(article), Box::new(analysis)));
    }
    let mut bytes = Vec::new();
    write_one(&mut bytes, output, &article, &analysis)?;
    Ok(Printed::Rendered(bytes))
}

/// One article as JSON, a fact sheet or CSV rows.
fn write_one(out: &mut impl Write, output: Output, article: &Article, analysis: &extract::Analysis) -> io::Result<()> {
    match output {
        Output::Json => {
            json::write_line(out, article, analysis)?;
            writeln!(out)
        }
        Output::Export(ExportFormat::Markdown) => out.write_all(export::to_markdown(article, analysis).as_bytes()),
        Output::Export(ExportFormat::Csv) => export::write_rows(out, article, analysis),
    }
}
