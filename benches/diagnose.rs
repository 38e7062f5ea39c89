//! The diagnosis beside one `regex::RegexSet` of the same rules (the way
//! KumoMTA classifies bounces), and beside parsing the same reply.
//!
//! ```text
//! cargo bench --bench diagnose
//! ```
//!
//! Every group diagnoses the same reply with:
//! - `smtp_codes`: `Diagnosis::of_reply` on the parsed reply (or
//!   `Diagnosis::of_parts` for text alone): the whole decision, with its
//!   evidence, the enhanced code and the code rules;
//! - `regex_set`: the table's phrase and token rules compiled once into one
//!   `regex::bytes::RegexSet`, ASCII case-insensitive, matched against the
//!   reply's bytes; the first matching rule in table order wins, as in
//!   KumoMTA. It finds the rule only: no evidence, no code rules;
//! - `parse`: parsing the wire reply, where the input is one.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::bytes::RegexSet;
use smtp_codes::{Code, Diagnosis, EvidenceKind, Reason, Reply, Rule};

const GMAIL_550: &[u8] = b"550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient's email address for typos or\r\n550-5.1.1 unnecessary spaces. For more information, go to\r\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.123 - gsmtp\r\n";
const SPAMHAUS_554: &[u8] = b"554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9\r\n";
const OUTLOOK_5_7_708: &[u8] = b"550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2100) [BN8NAM12FT043.eop-nam12.prod.protection.outlook.com]\r\n";

/// 1 KiB of words that no rule matches.
fn no_match_1k() -> Vec<u8> {
    let sentence = b"The quick brown fox jumps over the lazy dog while the sender waits for an answer from the other side. ";
    sentence.iter().copied().cycle().take(1024).collect()
}

/// The words of a piece of a pattern as the crate splits them: runs of
/// ASCII letters and digits and two-byte characters, and single characters
/// of more bytes.
fn pieces(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    for c in w.chars() {
        if c.is_ascii_alphanumeric() || c.len_utf8() == 2 {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
        if !c.is_ascii() {
            out.push(c.to_string());
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// A word as bytes in a regular expression: ASCII escaped, other bytes as `\xNN`.
fn literal(w: &str) -> String {
    if w.is_ascii() {
        regex::escape(w)
    } else {
        w.bytes().map(|b| format!("\\x{b:02X}")).collect()
    }
}

/// A rule's pattern as a regular expression of the same meaning: words in
/// order, any separators between ASCII words, `*` one word, `~` up to eight.
fn regex_of(rule: &Rule) -> String {
    let p = rule.pattern();
    if rule.kind() == EvidenceKind::VendorToken {
        // With its punctuation, inside and around.
        return format!(r"(?i-u){}", regex::escape(p));
    }
    // (regex, whether it is an ASCII word) for each token.
    let mut toks: Vec<(String, bool)> = Vec::new();
    for piece in p.split(' ') {
        match piece {
            "*" => toks.push((r"[a-z0-9]+".to_owned(), true)),
            "~" => toks.push((r"(?:[a-z0-9]+[^a-z0-9]+){0,8}?".to_owned(), false)),
            w => {
                let (w, prefix) = w.strip_suffix('*').map_or((w, false), |h| (h, true));
                let words = pieces(w);
                let last = words.len() - 1;
                for (k, word) in words.iter().enumerate() {
                    let mut re = literal(word);
                    if k == last && prefix {
                        re.push_str("[a-z0-9]*");
                    }
                    toks.push((re, word.chars().all(|c| c.len_utf8() <= 2)));
                }
            }
        }
    }
    let mut re = String::from("(?i-u)");
    if toks[0].1 {
        re.push_str(r"\b");
    }
    for (i, (t, ascii)) in toks.iter().enumerate() {
        re.push_str(t);
        if let Some((next, next_ascii)) = toks.get(i + 1) {
            if t.starts_with("(?:") {
                // A gap carries the separator after each word it skips.
            } else if (*ascii && *next_ascii) || next.starts_with("(?:") {
                re.push_str("[^a-z0-9]+");
            } else {
                // Beside a non-ASCII character a separator may be missing.
                re.push_str("[^a-z0-9\\x80-\\xFF]*");
            }
        }
    }
    if toks.last().is_some_and(|t| t.1 && !t.0.ends_with('*')) {
        re.push_str(r"\b");
    }
    re
}

/// The phrase and token rules as one set, with each pattern's rule.
fn regex_set() -> (RegexSet, Vec<&'static Rule>) {
    let rules: Vec<&Rule> = Rule::all()
        .iter()
        .filter(|r| matches!(r.kind(), EvidenceKind::Phrase | EvidenceKind::VendorToken))
        // Rules for one command only: the benchmark gives no command.
        .filter(|r| !r.needs_command())
        .collect();
    let set = RegexSet::new(rules.iter().map(|r| regex_of(r))).expect("valid patterns");
    (set, rules)
}

fn first_match(set: &RegexSet, rules: &[&'static Rule], text: &[u8]) -> Option<Reason> {
    set.matches(text).iter().next().map(|i| rules[i].reason())
}

fn bench_reply(c: &mut Criterion, group: &str, wire: &[u8], want: Reason) {
    let (set, rules) = regex_set();
    let reply = Reply::parse(wire).unwrap().complete().unwrap();
    assert_eq!(Diagnosis::of_reply(&reply, None).reason(), want, "{group}");
    assert_eq!(
        first_match(&set, &rules, wire),
        Some(want),
        "{group}: the regex set agrees"
    );
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(wire.len() as u64));
    g.bench_function("smtp_codes", |b| {
        b.iter(|| Diagnosis::of_reply(black_box(&reply), None).reason())
    });
    g.bench_function("regex_set", |b| {
        b.iter(|| first_match(&set, &rules, black_box(wire)))
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            Reply::parse(black_box(wire))
                .unwrap()
                .complete()
                .unwrap()
                .len()
        })
    });
    g.finish();
}

fn diagnose(c: &mut Criterion) {
    bench_reply(c, "diagnose_gmail_550", GMAIL_550, Reason::UserUnknown);
    bench_reply(
        c,
        "diagnose_spamhaus_554",
        SPAMHAUS_554,
        Reason::Blocklisted,
    );
    bench_reply(
        c,
        "diagnose_outlook_5_7_708",
        OUTLOOK_5_7_708,
        Reason::BadReputation,
    );

    let text = no_match_1k();
    let (set, rules) = regex_set();
    let code = Some(Code::from_u16(550).unwrap());
    assert_eq!(
        Diagnosis::of_parts(code, None, &text, None).reason(),
        Reason::Unknown
    );
    assert_eq!(first_match(&set, &rules, &text), None);
    let mut g = c.benchmark_group("diagnose_no_match_1k");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("smtp_codes", |b| {
        b.iter(|| Diagnosis::of_parts(code, None, black_box(&text), None).reason())
    });
    g.bench_function("regex_set", |b| {
        b.iter(|| first_match(&set, &rules, black_box(&text)))
    });
    g.finish();
}

criterion_group!(benches, diagnose);
criterion_main!(benches);
