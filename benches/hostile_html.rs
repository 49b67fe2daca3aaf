//! Pages built to make HTML reading quadratic, at two sizes each: with the
//! pre-pass bounding nesting, attributes and text runs, doubling a page
//! should about double its time.
//!
//! `cargo bench --bench hostile_html` prints the time to read each page
//! (`to_plain_text`, the reader view included) at n and 2n.

use std::hint::black_box;

use byline::article::{Format, to_plain_text};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn nested_divs(n: usize) -> String {
    format!(
        "<html><body>{}<p>Deep text said Bob.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    )
}

fn attributes(n: usize) -> String {
    let attrs: Vec<String> = (0..n).map(|i| format!("a{i}=x")).collect();
    format!("<html><body><p {}>Hello said Bob.</p></body></html>", attrs.join(" "))
}

fn references(n: usize) -> String {
    format!("<html><body><p>{}</p></body></html>", "&amp;".repeat(n))
}

fn nested_tables(n: usize) -> String {
    format!(
        "<html><body>{}x{}</body></html>",
        "<table><tr><td>".repeat(n),
        "</td></tr></table>".repeat(n)
    )
}

/// A page's name, how to build it at a size, and its smaller size.
type Page = (&'static str, fn(usize) -> String, usize);

fn unclosed_bold(n: usize) -> String {
    let body: String = (0..n).map(|i| format!("<p><b class=c{i}>x</p>")).collect();
    format!("<html><body>{body}</body></html>")
}

fn hostile(c: &mut Criterion) {
    let pages: [Page; 5] = [
        ("nested_divs", nested_divs, 50_000),
        ("attributes", attributes, 150_000),
        ("references", references, 700_000),
        ("nested_tables", nested_tables, 25_000),
        ("unclosed_bold", unclosed_bold, 10_000),
    ];
    let mut group = c.benchmark_group("hostile_html");
    group.sample_size(10);
    for (name, build, n) in pages {
        for size in [n, 2 * n] {
            let page = build(size);
            group.throughput(Throughput::Bytes(page.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, size), &page, |b, page| {
                b.iter(|| black_box(to_plain_text(Format::Html, black_box(page))))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, hostile);
criterion_main!(benches);
