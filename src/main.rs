//! The `byline` command: parses the command line, loads articles, and either
//! prints the byline/1 JSON or opens the terminal explorer.
//!
//! Errors are printed as one line naming what was wrong, with exit status 2;
//! a closed pipe (`byline --json a.txt | head`) is not an error.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use byline::article::{self, Article, LoadError, Loaded};
use byline::{config, extract, json, seeds, tui};

/// Explore a news article: its people, places, quotes and numbers.
#[derive(Debug, Parser)]
#[command(name = "byline", version, about)]
struct Cli {
    /// Article files to open ("-" reads standard input). Without any, the
    /// bundled seed article opens.
    paths: Vec<PathBuf>,

    /// Print the analysis as byline/1 JSON, one line per article, instead of
    /// opening the explorer.
    #[arg(long)]
    json: bool,

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
    if cli.json {
        return print_json(&cli.paths);
    }
    let article = match cli.paths.first() {
        None => Article::from_text(seeds::DEFAULT.name, seeds::DEFAULT.text),
        Some(path) => to_article(load(path)?),
    };
    tui::run(article, &load_config(cli.config.as_deref()))?;
    Ok(ExitCode::SUCCESS)
}

/// The configuration; its mistakes are warnings, never a refusal to start.
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

fn to_article(loaded: Loaded) -> Article {
    if loaded.lossy {
        eprintln!(
            "byline: warning: {}: invalid UTF-8 was replaced with U+FFFD",
            loaded.path
        );
    }
    Article::from_text(loaded.path, &loaded.text)
}

/// One JSON line per article; a file that cannot be read is reported and
/// the others are still printed, with exit status 2 at the end.
fn print_json(paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let seed = [PathBuf::new()];
    let paths: &[PathBuf] = if paths.is_empty() { &seed } else { paths };
    for path in paths {
        let article = if path.as_os_str().is_empty() {
            Article::from_text(seeds::DEFAULT.name, seeds::DEFAULT.text)
        } else {
            match load(path) {
                Ok(loaded) => to_article(loaded),
                Err(e) => {
                    out.flush()?;
                    eprintln!("byline: {e}");
                    failed = true;
                    continue;
                }
            }
        };
        let analysis = extract::analyze(&article);
        json::write_line(&mut out, &article, &analysis)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
