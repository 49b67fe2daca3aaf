//! Prints how long each stage takes on a file:
//! `cargo run --release --example stage_times FILE [--once]`.
//!
//! `--once` runs every stage a single time and skips the repeated whole
//! analyses, so that under a profiler (`valgrind --tool=callgrind`,
//! `--tool=dhat`) each stage's function is seen once and the costs per
//! stage can be read from the profile.

use std::time::Instant;

use byline::article::{Article, load_path};
use byline::extract::stages;
use byline::lexicon::gazetteer;

fn main() -> anyhow::Result<()> {
    let mut path = None;
    let mut once = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--once" => once = true,
            _ if path.is_none() => path = Some(arg),
            _ => anyhow::bail!("{arg}: unexpected (usage: stage_times FILE [--once])"),
        }
    }
    let path = path.ok_or_else(|| anyhow::anyhow!("usage: stage_times FILE [--once]"))?;
    let t = Instant::now();
    let loaded = load_path(std::path::Path::new(&path))?;
    let read = t.elapsed();
    let t = Instant::now();
    let article = Article::from_text(path.clone(), &loaded.text);
    let prepare = t.elapsed();
    let t = Instant::now();
    // Loaded here so that its one-time cost is not counted in the entities stage.
    std::hint::black_box(gazetteer::get());
    let gaz_time = t.elapsed();
    let t = Instant::now();
    let ents = stages::entities(&article);
    let ent_time = t.elapsed();
    let t = Instant::now();
    let qs = stages::quotes(&article, &ents);
    let q_time = t.elapsed();
    let t = Instant::now();
    let ns = stages::numbers(&article);
    let n_time = t.elapsed();
    let t = Instant::now();
    let dates = stages::dates(&article, &ents, &ns);
    let d_time = t.elapsed();
    drop(dates);
    let mb = loaded.text.len() as f64 / 1e6;
    let repeats = if once { 0 } else { 3 };
    for _ in 0..repeats {
        let t = Instant::now();
        let analysis = byline::extract::analyze(&article);
        let whole = t.elapsed();
        drop(analysis);
        println!(
            "analyze {whole:?} ({:.1} MB/s), then dropped after {:?}",
            mb / whole.as_secs_f64(),
            t.elapsed()
        );
    }
    println!(
        "{mb:.1} MB: read {read:?}, normalize+segment {prepare:?}, gazetteer {gaz_time:?}, entities {ent_time:?} ({} found), quotes {q_time:?} ({}), numbers {n_time:?} ({}), dates {d_time:?}",
        ents.len(),
        qs.len(),
        ns.len()
    );
    Ok(())
}
