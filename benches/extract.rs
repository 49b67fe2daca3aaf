//! Extraction throughput on ~10 MB articles: the bundled seed repeated
//! (names recur, as in a long story) and a generated text in which nearly
//! every name is new (the worst case for entity bookkeeping).
//!
//! `cargo bench --bench extract` prints MB/s for the whole pipeline
//! (normalize + segment + analyze) and for `analyze` alone on the seed, and
//! for `analyze` on the new-names text, and the one-time cost of loading
//! the word lists.

#[path = "support/new_names_text.rs"]
mod new_names_text;

use std::hint::black_box;

use byline::article::Article;
use byline::extract::analyze;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The seed article, read at compile time: tests and benchmarks may carry it,
/// binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

/// The seed's body repeated to about `bytes` bytes, as one long article.
fn big_article_text(bytes: usize) -> String {
    let body = SEED_TEXT.trim();
    let mut text = String::with_capacity(bytes + body.len());
    while text.len() < bytes {
        text.push_str(body);
        text.push_str("\n\n");
    }
    text
}

fn extraction(c: &mut Criterion) {
    let raw = big_article_text(10 * 1024 * 1024);
    let article = Article::from_text("big", &raw);
    let mut group = c.benchmark_group("extract_10MB");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(raw.len() as u64));
    group.bench_function("analyze", |b| b.iter(|| black_box(analyze(black_box(&article)))));
    group.bench_function("normalize_segment_analyze", |b| {
        b.iter(|| {
            let a = Article::from_text("big", black_box(&raw));
            black_box(analyze(&a))
        })
    });
    group.finish();
}

fn extraction_of_new_names(c: &mut Criterion) {
    let raw = new_names_text::new_names_text(10 * 1024 * 1024, 9);
    let article = Article::from_text("new_names", &raw);
    let mut group = c.benchmark_group("extract_10MB_new_names");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(raw.len() as u64));
    group.bench_function("analyze", |b| b.iter(|| black_box(analyze(black_box(&article)))));
    group.finish();
}

/// Building the word lists, paid once per process before the first analysis.
fn gazetteer_load(c: &mut Criterion) {
    c.bench_function("gazetteer_load", |b| {
        b.iter(|| black_box(byline::lexicon::gazetteer::Gazetteer::load()))
    });
}

criterion_group!(benches, extraction, extraction_of_new_names, gazetteer_load);
criterion_main!(benches);
