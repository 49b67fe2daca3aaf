//! What was worked out for the last few sentences, in memory that does not
//! grow with the text.
//!
//! Quotations are attributed in text order and their rules look only a few
//! sentences back, so a value per sentence of a long article (its tokens,
//! its subject) need not be held for every sentence: a small direct-mapped
//! table, sentence `s` in slot `s % slots`, keeps those near the latest one
//! asked for. A sentence whose slot another has taken is worked out again;
//! the values are pure functions of the sentence, so that changes no result.

use std::cell::RefCell;

pub(super) struct Recent<T> {
    slots: RefCell<Vec<Option<(usize, T)>>>,
}

impl<T: Clone> Recent<T> {
    /// A table keeping up to `slots` sentences (at least one).
    pub fn new(slots: usize) -> Recent<T> {
        Recent {
            slots: RefCell::new((0..slots.max(1)).map(|_| None).collect()),
        }
    }

    /// The value for sentence `s`, made by `make` unless it is held.
    /// `make` may ask other tables, not this one.
    pub fn get_or_make(&self, s: usize, make: impl FnOnce() -> T) -> T {
        let slot = s % self.slots.borrow().len();
        if let Some((held, value)) = &self.slots.borrow()[slot]
            && *held == s
        {
            return value.clone();
        }
        let value = make();
        self.slots.borrow_mut()[slot] = Some((s, value.clone()));
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn values_are_made_once_while_held_and_again_once_displaced() {
        let made = Cell::new(0);
        let recent = Recent::new(4);
        let square = |s: usize| {
            recent.get_or_make(s, || {
                made.set(made.get() + 1);
                s * s
            })
        };
        assert_eq!(square(3), 9);
        assert_eq!(square(3), 9);
        assert_eq!(made.get(), 1);
        // Sentence 7 takes sentence 3's slot: 3 is made again, right.
        assert_eq!(square(7), 49);
        assert_eq!(square(3), 9);
        assert_eq!(made.get(), 3);
        for s in 0..4 {
            square(s);
        }
        let before = made.get();
        for s in 0..4 {
            assert_eq!(square(s), s * s);
        }
        assert_eq!(made.get(), before);
    }
}
