//! What `y` copies: the selected quote with its attribution, a number with
//! its context, or an entity's name, each saying which article it is from.

use super::app::{App, Pane, Target};
use crate::article::one_line;

/// The item to copy: the focused list's selection, or in the article the
/// highlighted item.
fn selected(app: &App) -> Option<Target> {
    match app.focus {
        Pane::Article => app.highlight.map(|h| h.target),
        Pane::Entities => app.entities.selected_item().map(Target::Entity),
        Pane::Quotes => app.quotes.selected_item().map(Target::Quote),
        Pane::Numbers => app.numbers.selected_item().map(Target::Number),
    }
}

/// The article's title, or its file name when it has none.
fn title(app: &App) -> String {
    let article = &app.doc.article;
    article
        .title
        .clone()
        .unwrap_or_else(|| article.path.rsplit('/').next().unwrap_or_default().to_string())
}

/// `(what, text)`: what was copied, for the status bar, and the text; or
/// why nothing can be copied.
pub fn copy_text(app: &App) -> Result<(&'static str, String), String> {
    let Some(analysis) = app.doc.analysis.as_deref() else {
        return Err("nothing to copy until the analysis is done".to_string());
    };
    let Some(target) = selected(app) else {
        return Err("nothing selected to copy (Tab to a list, or Enter on an item)".to_string());
    };
    let article = &app.doc.article;
    let title = title(app);
    match target {
        Target::Quote(i) => {
            let q = analysis.quotes.get(i).ok_or("no such quote")?;
            let text = one_line(article.slice(q.span));
            let text = match &q.speaker {
                Some(who) => format!("“{text}” — {who}, in {title}"),
                None => format!("“{text}” — in {title}"),
            };
            Ok(("quote", text))
        }
        Target::Number(i) => {
            let n = analysis.numbers.get(i).ok_or("no such number")?;
            let number = one_line(article.slice(n.span));
            let context = one_line(article.slice(n.context));
            Ok(("number", format!("{number} — “{context}”, in {title}")))
        }
        Target::Entity(i) => {
            let e = analysis.entities.get(i).ok_or("no such entity")?;
            Ok(("name", e.name.clone()))
        }
    }
}
