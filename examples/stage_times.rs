//! Prints how long each stage takes on a file: `cargo run --release --example stage_times FILE`.

use std::time::Instant;

use byline::article::{Article, load_path};
use byline::extract::{entities, numbers, quotes};
use byline::lexicon::gazetteer;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: stage_times FILE"))?;
    let t = Instant::now();
    let loaded = load_path(std::path::Path::new(&path))?;
    let read = t.elapsed();
    let t = Instant::now();
    let article = Article::from_text(path.clone(), &loaded.text);
    let prepare = t.elapsed();
    let t = Instant::now();
    let gaz = gazetteer::get();
    let gaz_time = t.elapsed();
    let t = Instant::now();
    let ents = entities::extract_entities(&article, gaz, &mut |_| {});
    let ent_time = t.elapsed();
    let t = Instant::now();
    let qs = quotes::extract_quotes(&article, &ents);
    let q_time = t.elapsed();
    let t = Instant::now();
    let ns = numbers::extract_numbers(&article);
    let n_time = t.elapsed();
    let mb = loaded.text.len() as f64 / 1e6;
    for _ in 0..3 {
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
        "{mb:.1} MB: read {read:?}, normalize+segment {prepare:?}, gazetteer {gaz_time:?}, entities {ent_time:?} ({} found), quotes {q_time:?} ({}), numbers {n_time:?} ({})",
        ents.len(),
        qs.len(),
        ns.len()
    );
    Ok(())
}
