//! Time to lay out and draw one frame of the explorer, in the middle of a
//! ~10 MB article (the seed repeated) and of the seed itself. Only visible
//! rows are drawn, so the two should cost about the same.
//!
//!     cargo bench --bench frame

use std::hint::black_box;

use byline::article::Article;
use byline::tui::layout_cache::Wrapped;
use byline::tui::{Action, App, update, view};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The seed article, read at compile time: tests and benchmarks may carry it,
/// binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

fn big_text() -> String {
    let mut raw = String::with_capacity(10 << 20);
    while raw.len() < 10 << 20 {
        raw.push_str(SEED_TEXT);
        raw.push_str("\n\n");
    }
    raw
}

/// An app showing the middle of `raw` at 120×40, analysis done, with a
/// search active so highlights are drawn too.
fn app_in_the_middle(raw: &str) -> App {
    let article = Article::from_text("bench.txt", raw);
    let analysis = byline::analyze(&article);
    let mut app = App::new(article);
    update(&mut app, Action::AnalysisDone(std::sync::Arc::new(analysis)));
    update(&mut app, Action::Resize(120, 40));
    update(&mut app, Action::StartSearch);
    for c in "remittances".chars() {
        update(&mut app, Action::PromptInput(c));
    }
    update(&mut app, Action::PromptSubmit);
    app.scroll = app.max_scroll() / 2;
    app
}

fn frame(c: &mut Criterion) {
    let big = big_text();
    for (name, raw) in [("seed", SEED_TEXT), ("10MB", big.as_str())] {
        let app = app_in_the_middle(raw);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        c.bench_function(&format!("frame/{name}"), |b| {
            b.iter(|| {
                terminal.draw(|f| view::draw(black_box(&app), f)).unwrap();
            })
        });
    }
    let article = Article::from_text("bench.txt", &big);
    c.bench_function("rewrap/10MB", |b| b.iter(|| Wrapped::new(black_box(&article), 70)));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = frame
}
criterion_main!(benches);
