//! Searching the article text: literal, regex and smart-case matching.
