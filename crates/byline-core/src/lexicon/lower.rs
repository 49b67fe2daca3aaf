//! A word lowercased without an allocation: word lists are keyed in
//! lowercase, and most words asked about are short ASCII, lowercased on
//! the stack.

/// Longest word lower-cased on the stack by [`with_lower`].
const STACK_WORD: usize = 64;

/// `f` of `word` lower-cased as `str::to_lowercase` does; a short ASCII
/// word is lower-cased on the stack, not in a new allocation.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        with_ascii_lower(word, f)
    } else {
        f(&word.to_lowercase())
    }
}

/// `f` of `word` with its ASCII letters lower-cased, as
/// `str::to_ascii_lowercase` does, on the stack when it is short.
pub(crate) fn with_ascii_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let bytes = word.as_bytes();
    if bytes.iter().all(|b| !b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; STACK_WORD];
    if let Some(buf) = buf.get_mut(..bytes.len()) {
        buf.copy_from_slice(bytes);
        buf.make_ascii_lowercase();
        // Changing ASCII letters keeps the bytes UTF-8.
        if let Ok(lower) = std::str::from_utf8(buf) {
            return f(lower);
        }
    }
    f(&word.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_on_the_stack_is_lower_case() {
        let long = "Ab".repeat(STACK_WORD);
        for w in ["Said", "said", "ÉLAN", "İzmir", "ΟΔΥΣ", "MR", "x", "", long.as_str()] {
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase(), "{w}");
            assert_eq!(with_ascii_lower(w, str::to_string), w.to_ascii_lowercase(), "{w}");
        }
    }
}
