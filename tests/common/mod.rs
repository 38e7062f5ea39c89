//! Checks shared by the tests of every table of texts and of rendered pages.
#![allow(dead_code)]

use smtp_codes::{Locale, ReplyWriter, WriteError};

/// English words that have no place in an Indonesian sentence.
const ENGLISH: &[&str] = &[
    "the", "and", "with", "you", "your", "is", "are", "this", "that", "when", "which", "will",
    "from", "of", "it", "be", "if", "not", "for", "or",
];

/// Indonesian words that have no place in an English sentence.
const INDONESIAN: &[&str] = &[
    "yang", "dan", "untuk", "dengan", "tidak", "anda", "ini", "itu", "dari", "atau", "pada",
    "akan", "adalah", "kode", "balasan",
];

/// The words of a text, split at white space, with the punctuation around
/// each word taken off (so `masing-masing` stays one word).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// The text without its quoted passages (quoted wire text may be English).
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in text.chars() {
        match c {
            '"' | '\u{201c}' | '\u{201d}' => inside = !inside,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// The first word that stands twice in a row ("when when"), if any.
pub fn doubled_word(text: &str) -> Option<String> {
    let words: Vec<String> = words(text).map(str::to_lowercase).collect();
    words
        .windows(2)
        .find(|w| w[0] == w[1] && w[0].parse::<u32>().is_err())
        .map(|w| w[0].clone())
}

/// Words of the other language found in a text of `locale`.
pub fn foreign_words(text: &str, locale: Locale) -> Vec<String> {
    let list = match locale {
        Locale::Id => ENGLISH,
        _ => INDONESIAN,
    };
    let text = unquoted(text);
    words(&text)
        .filter(|w| list.contains(w))
        .map(str::to_owned)
        .collect()
}

/// Checks a text made of whole sentences; returns what is wrong with it.
pub fn sentence_problems(text: &str, locale: Locale) -> Vec<String> {
    let mut problems = Vec::new();
    if text.trim().is_empty() {
        problems.push("empty".to_owned());
        return problems;
    }
    if text != text.trim() || text.contains("  ") || text.contains('\n') {
        problems.push("stray white space".to_owned());
    }
    let first = text.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        problems.push(format!("does not start a sentence: {first:?}"));
    }
    if !text.ends_with(['.', '!', '?']) {
        problems.push("does not end with a full stop (cut off?)".to_owned());
    }
    problems.extend(title_problems(text, locale));
    problems
}

/// Checks a title (a short name: no final period); returns what is wrong with it.
pub fn title_problems(text: &str, locale: Locale) -> Vec<String> {
    let mut problems = Vec::new();
    if text.trim().is_empty() {
        problems.push("empty".to_owned());
    }
    if let Some(w) = doubled_word(text) {
        problems.push(format!("doubled word {w:?}"));
    }
    let foreign = foreign_words(text, locale);
    if !foreign.is_empty() {
        problems.push(format!("words of the other language: {foreign:?}"));
    }
    problems
}

/// Collects problems under a label, for one assertion at the end of a test.
#[derive(Default)]
pub struct Report(pub Vec<String>);

impl Report {
    pub fn sentences(&mut self, label: &str, text: &str, locale: Locale) {
        for p in sentence_problems(text, locale) {
            self.0.push(format!("{label}: {p}: {text:?}"));
        }
    }

    pub fn title(&mut self, label: &str, text: &str, locale: Locale) {
        if text.ends_with('.') {
            self.0
                .push(format!("{label}: a title ends with a period: {text:?}"));
        }
        for p in title_problems(text, locale) {
            self.0.push(format!("{label}: {p}: {text:?}"));
        }
    }

    /// A title and the three texts of an entry (`smtp_codes::Texts`).
    pub fn texts(&mut self, label: &str, t: smtp_codes::Texts, locale: Locale) {
        self.title(&format!("{label} title"), t.title, locale);
        self.sentences(&format!("{label} description"), t.description, locale);
        self.sentences(
            &format!("{label} when_you_see_it"),
            t.when_you_see_it,
            locale,
        );
        self.sentences(&format!("{label} how_to_fix"), t.how_to_fix, locale);
    }

    pub fn check(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            self.0.push(what());
        }
    }

    pub fn assert_clean(self) {
        assert!(
            self.0.is_empty(),
            "{} problems:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}

#[test]
fn the_checks_catch_what_they_are_for() {
    // The seed page's faults.
    assert_eq!(
        doubled_word("You encounter 251 when when sending"),
        Some("when".into())
    );
    assert!(!sentence_problems("its hostname and software identificati", Locale::En).is_empty());
    assert!(!foreign_words("Server is ready to accept commands.", Locale::Id).is_empty());
    assert!(!foreign_words("Server siap menerima perintah dan pesan.", Locale::En).is_empty());
    // And what they must let through.
    assert_eq!(doubled_word("masing-masing server berbeda-beda."), None);
    assert!(sentence_problems("Server siap menerima perintah.", Locale::Id).is_empty());
    assert!(sentence_problems("250 means done.", Locale::En).is_empty());
}

/// A writer's bytes, through `write_to_slice`, checked against every other
/// sink (`Display`, `write_io`) and against a buffer one byte too small.
pub fn wire(w: &ReplyWriter<'_>) -> Vec<u8> {
    let mut buf = vec![0u8; w.encoded_len()];
    assert_eq!(w.write_to_slice(&mut buf), Ok(buf.len()));
    assert_eq!(
        w.to_string().as_bytes(),
        buf,
        "Display and write_to_slice differ"
    );
    #[cfg(feature = "std")]
    {
        let mut io = Vec::new();
        w.write_io(&mut io).unwrap();
        assert_eq!(io, buf, "write_io and write_to_slice differ");
    }
    let short = buf.len() - 1;
    assert_eq!(
        w.write_to_slice(&mut vec![0u8; short]),
        Err(WriteError::BufferTooSmall {
            needed: buf.len(),
            len: short
        })
    );
    buf
}
