//! Property tests of the diagnosis: the one-pass matcher agrees with a
//! naive reference matcher over every rule; any bytes diagnose without a
//! panic and with evidence inside the input.

use proptest::prelude::*;
use smtp_codes::{Diagnosis, EvidenceKind, LogLine, Reason, Reply, Rule, Status};

/// The words of a text as the crate defines them: runs of ASCII letters
/// and digits and two-byte UTF-8 characters, and single characters of more
/// bytes (or stray bytes).
fn words(text: &[u8]) -> Vec<(usize, usize)> {
    let two_byte =
        |i: usize| i + 1 < text.len() && text[i] & 0xE0 == 0xC0 && text[i + 1] & 0xC0 == 0x80;
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if b.is_ascii_alphanumeric() || two_byte(i) {
            let s = i;
            loop {
                if i < text.len() && text[i].is_ascii_alphanumeric() {
                    i += 1;
                } else if two_byte(i) {
                    i += 2;
                } else {
                    break;
                }
            }
            out.push((s, i));
        } else if b >= 0x80 {
            let s = i;
            i += 1;
            if b >= 0xC0 {
                while i < text.len() && i < s + 4 && text[i] & 0xC0 == 0x80 {
                    i += 1;
                }
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

/// Words that servers write as one word or as two, with where they split
/// (the crate's own list, written again here so that a change to one is a
/// change this test sees).
const COMPOUNDS: &[(&str, usize)] = &[
    ("mailbox", 4),
    ("mailserver", 4),
    ("email", 1),
    ("username", 4),
    ("hostname", 4),
    ("login", 3),
    ("cannot", 3),
    ("nonexist", 3),
    ("blacklist", 5),
    ("blocklist", 5),
    ("whitelist", 5),
    ("greylist", 4),
    ("graylist", 4),
    ("spamfilter", 4),
    ("antispam", 4),
    ("antivirus", 4),
    ("timeout", 4),
    ("mailinglist", 7),
    ("subdomain", 3),
    ("setup", 3),
];

/// Where a lowercased word splits as a compound, if it is one.
fn compound(low: &[u8]) -> Option<usize> {
    COMPOUNDS
        .iter()
        .find(|(c, _)| low.starts_with(c.as_bytes()))
        .map(|&(_, at)| at)
}

/// The words before `n't` of a contraction (all of their bytes but the
/// `n` stay a word of their own; all of `can`).
const CONTRACTED: &[&str] = &[
    "doesn", "isn", "aren", "wasn", "weren", "don", "didn", "hasn", "haven", "hadn", "couldn",
    "wouldn", "shouldn", "mustn", "can",
];

/// A word as the matcher reads it: where it stands, and its bytes
/// lowercased (`n't` reads as `not`).
type Read = (usize, usize, Vec<u8>);

/// The words of a text as the matcher reads them: a compound as two words,
/// `doesn't` as `does` and `not`.
fn read(text: &[u8]) -> Vec<Read> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut skip = None;
    for (s, e) in ws {
        if skip == Some(s) {
            continue;
        }
        let low = text[s..e].to_ascii_lowercase();
        if let Some(at) = compound(&low) {
            out.push((s, s + at, low[..at].to_vec()));
            out.push((s + at, e, low[at..].to_vec()));
            continue;
        }
        let t_after = text.get(e) == Some(&b'\'')
            && text.get(e + 1).map(u8::to_ascii_lowercase) == Some(b't')
            && text
                .get(e + 2)
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b < 0x80);
        if t_after && CONTRACTED.iter().any(|c| low == c.as_bytes()) {
            let kept = if low == b"can" { 3 } else { low.len() - 1 };
            out.push((s, s + kept, low[..kept].to_vec()));
            out.push((e - 1, e + 2, b"not".to_vec()));
            skip = Some(e + 1);
            continue;
        }
        out.push((s, e, low));
    }
    out
}

/// Whether a word read `got` is the pattern word `want`: past the first
/// four bytes, `z` is `s`.
fn same(got: &[u8], want: &[u8], prefix: bool) -> bool {
    let fold = |i: usize, b: u8| if i >= 4 && b == b'z' { b's' } else { b };
    (got.len() == want.len() || prefix && got.len() > want.len())
        && want
            .iter()
            .enumerate()
            .all(|(i, &w)| fold(i, got[i]) == fold(i, w))
}

#[derive(Clone, Debug)]
enum Tok {
    Word(Vec<u8>, bool),
    Any,
    Gap,
}

fn tokens(pattern: &str) -> Vec<Tok> {
    let p = pattern.as_bytes();
    let mut out = Vec::new();
    for (s, e) in words(p) {
        // `*` and `~` stand alone; a `*` right after a word makes it a prefix.
        let prefix = p.get(e) == Some(&b'*');
        let low = p[s..e].to_ascii_lowercase();
        match compound(&low) {
            Some(at) => {
                out.push(Tok::Word(low[..at].to_vec(), false));
                out.push(Tok::Word(low[at..].to_vec(), prefix));
            }
            None => out.push(Tok::Word(low, prefix)),
        }
    }
    // Put the standalone `*` and `~` back where they stand.
    let mut full = Vec::new();
    let mut ws = out.into_iter();
    let mut i = 0;
    while i < p.len() {
        match p[i] {
            b'~' => {
                full.push(Tok::Gap);
                i += 1;
            }
            b'*' if i == 0 || p[i - 1] == b' ' => {
                full.push(Tok::Any);
                i += 1;
            }
            b if b.is_ascii_alphanumeric() || b >= 0x80 => {
                let (s, e) = words(&p[i..])[0];
                assert_eq!(s, 0);
                let low = p[i..i + e].to_ascii_lowercase();
                if compound(&low).is_some() {
                    full.push(ws.next().unwrap());
                }
                full.push(ws.next().unwrap());
                i += e;
            }
            _ => i += 1,
        }
    }
    full
}

/// Matches `toks` at word `w` forwards; returns the index after the last word.
fn match_at(ws: &[Read], toks: &[Tok], w: usize) -> Option<usize> {
    let Some((first, rest)) = toks.split_first() else {
        return Some(w);
    };
    match first {
        Tok::Gap => (0..=8).find_map(|k| {
            if w + k > ws.len() {
                None
            } else {
                match_at(ws, rest, w + k)
            }
        }),
        Tok::Any => (w < ws.len()).then(|| match_at(ws, rest, w + 1)).flatten(),
        Tok::Word(word, prefix) => {
            let (_, _, got) = ws.get(w)?;
            same(got, word, *prefix)
                .then(|| match_at(ws, rest, w + 1))
                .flatten()
        }
    }
}

fn token_exact(text: &[u8], s: usize, e: usize, pattern: &str) -> bool {
    let core = pattern.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let before = &pattern[..pattern.find(|c: char| c.is_ascii_alphanumeric()).unwrap()];
    let after = &pattern[pattern.rfind(|c: char| c.is_ascii_alphanumeric()).unwrap() + 1..];
    text[..s]
        .to_ascii_lowercase()
        .ends_with(before.to_ascii_lowercase().as_bytes())
        && text[e..]
            .to_ascii_lowercase()
            .starts_with(after.to_ascii_lowercase().as_bytes())
        && text[s..e].eq_ignore_ascii_case(core.as_bytes())
}

/// The first phrase or token rule in table order that matches anywhere.
fn naive(text: &[u8]) -> Vec<&'static Rule> {
    let ws = read(text);
    Rule::all()
        .iter()
        .filter(|r| matches!(r.kind(), EvidenceKind::Phrase | EvidenceKind::VendorToken))
        // No command is known: rules for one command only do not apply.
        .filter(|r| !r.needs_command())
        // No class is known: weak words for some classes only do not apply.
        .filter(|r| !r.is_weak() || r.classes().next().is_none())
        .filter(|r| {
            let toks = tokens(r.pattern());
            (0..ws.len()).any(|w| match match_at(&ws, &toks, w) {
                Some(end) if end > w => {
                    r.kind() != EvidenceKind::VendorToken
                        || token_exact(text, ws[w].0, ws[end - 1].1, r.pattern())
                }
                _ => false,
            })
        })
        .collect()
}

const VOCABULARY: &[&str] = &[
    "the",
    "mail",
    "user",
    "is",
    "not",
    "550",
    "5.1.1",
    "quota",
    "relay",
    "over",
    "domain",
    "denied",
    "sender",
    "rate",
    "too",
    "many",
    "spam",
    "caf\u{e9}",
    "\u{898b}",
    "x",
    "IB607",
    // Words the matcher reads as two, or with `z` as `s`.
    "doesn't",
    "CAN'T",
    "mailbox",
    "e-mail",
    "antispam",
    "authorized",
    "authorised",
];

/// Text built from the rules' own patterns, with the case, the spacing and
/// the wildcards varied, among other words and punctuation.
fn text() -> impl Strategy<Value = Vec<u8>> {
    let phrases: Vec<&'static str> = Rule::all()
        .iter()
        .filter(|r| matches!(r.kind(), EvidenceKind::Phrase | EvidenceKind::VendorToken))
        .map(|r| r.pattern())
        .collect();
    let piece = prop_oneof![
        3 => (prop::sample::select(phrases), any::<bool>(), prop::sample::select(vec![" ", "  ", "-", ", ", "\t"])).prop_map(|(p, upper, sep)| {
            let mut out = String::new();
            for (i, w) in p.split(' ').enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                match w {
                    "*" => out.push_str("word"),
                    "~" => out.push_str("two words"),
                    w => out.push_str(&w.replace('*', "ed")),
                }
            }
            if upper { out.to_ascii_uppercase() } else { out }
        }),
        3 => prop::sample::select(VOCABULARY).prop_map(str::to_owned),
        1 => prop::sample::select(vec![".", ":", "(", ")", "[", "]", "#", "'", "\""]).prop_map(str::to_owned),
        // Words longer than the scan's 64-byte blocks, and non-ASCII ones.
        1 => "[a-zA-Z0-9]{60,140}",
        1 => prop::sample::select(vec![
            "é", "não", "über", "見つかりません", "\u{a0}", "wirusów", "вирус", "Антивирусная", "QQ邮箱",
            "überschritten", "Größe", "a\u{e9}b\u{3042}c",
        ]).prop_map(str::to_owned),
    ];
    // Padding in front moves every word across the block boundaries.
    ("[ a-z]{0,63}", prop::collection::vec(piece, 0..12))
        .prop_map(|(pad, pieces)| format!("{pad} {}", pieces.join(" ")).into_bytes())
}

/// The reference reads words as the matcher does, and the two agree on
/// the texts the proptest first found them apart on.
#[test]
fn the_naive_matcher_reads_words_written_either_way() {
    for (text, id) in [
        // `antispam` is `anti spam`, so `spam limit` is in it.
        (
            " antispam limit exceeded try again after",
            "rate_limited.spam_limit",
        ),
        (" Anti-Spam limit exceeded", "rate_limited.spam_limit"),
        (
            "is not yet authorised to deliver",
            "greylisted.not_yet_authorized",
        ),
    ] {
        let naive = naive(text.as_bytes());
        assert_eq!(naive.first().map(|r| r.id()), Some(id), "{text}");
        let d = Diagnosis::of_parts(None, None, text.as_bytes(), None);
        assert_eq!(d.rule().id(), id, "{text}");
    }
    let words = |t: &str| {
        read(t.as_bytes())
            .into_iter()
            .map(|(s, e, w)| (s, e, String::from_utf8(w).unwrap()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        words("It doesn't, e-Mail"),
        [
            (0, 2, "it"),
            (3, 7, "does"),
            (7, 10, "not"),
            (12, 13, "e"),
            (14, 18, "mail")
        ]
        .map(|(s, e, w)| (s, e, w.to_owned()))
    );
    assert_eq!(
        words("Can't mailbox"),
        [
            (0, 3, "can"),
            (2, 5, "not"),
            (6, 10, "mail"),
            (10, 13, "box")
        ]
        .map(|(s, e, w)| (s, e, w.to_owned()))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(1500)))]

    #[test]
    fn the_matcher_agrees_with_the_naive_one(text in text()) {
        let d = Diagnosis::of_parts(None, None, &text, None);
        let matched = naive(&text);
        match matched.first() {
            None => prop_assert_eq!(d.rule().id(), "unknown.none"),
            // An expiry may give way to the cause it quotes.
            Some(best) if best.reason() == Reason::Expired => {
                prop_assert!(matched.iter().any(|r| r.id() == d.rule().id()), "{} not among {:?}", d.rule().id(), matched.iter().map(|r| r.id()).collect::<Vec<_>>());
            }
            Some(best) => prop_assert_eq!(d.rule().id(), best.id(), "{:?}", String::from_utf8_lossy(&text)),
        }
        for e in d.evidence() {
            let r = e.range().unwrap();
            prop_assert_eq!(&text[r], e.bytes());
        }
    }

    #[test]
    fn any_bytes_diagnose_with_evidence_inside(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for d in [Diagnosis::of_log_line(&bytes, None), Diagnosis::of_parts(None, None, &bytes, None)] {
            for e in d.evidence() {
                if let Some(r) = e.range() {
                    prop_assert_eq!(&bytes[r], e.bytes());
                }
            }
            prop_assert_eq!(d.retry(), d.reason().retry(d.class()));
            prop_assert_eq!(d.suppress(), d.reason().suppress(d.class()));
        }
        let line = LogLine::parse(&bytes);
        prop_assert!(line.text().len() <= bytes.len());
    }

    #[test]
    fn a_parsed_reply_keeps_its_codes(text in text(), code in 200u16..600, multi in any::<bool>()) {
        let body = String::from_utf8_lossy(&text).replace(['\r', '\n'], " ");
        let wire = if multi {
            format!("{code}-5.7.1 {body}\r\n{code} 5.7.1 {body}\r\n")
        } else {
            format!("{code} 5.7.1 {body}\r\n")
        };
        if let Ok(Status::Complete(reply)) = Reply::parse(wire.as_bytes()) {
            let d = Diagnosis::of_reply(&reply, None);
            prop_assert_eq!(d.enhanced(), reply.enhanced());
            prop_assert_eq!(d.code(), Some(reply.code()));
            for e in d.evidence() {
                let r = e.range().unwrap();
                prop_assert_eq!(&wire.as_bytes()[r], e.bytes());
            }
        }
    }
}

/// The number of cases: `n`, or `PROPTEST_CASES` when it is set (fewer
/// under `cargo mutants`, see `.cargo/mutants.toml`).
fn cases(n: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n)
}
