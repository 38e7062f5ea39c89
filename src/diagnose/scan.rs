//! The text matcher: one pass over the words of the input, whatever the
//! number of rules.
//!
//! A word is a run of ASCII letters and digits, or one non-ASCII character
//! (so that texts without spaces, such as Japanese, still have words); all
//! else separates words. Each word's first four bytes, lowercased, are its
//! key; a table built at compile time from the rule table maps a key to the
//! phrase and token rules whose first word has it, in table order. Only
//! those rules are tried at that word, each against the words that follow
//! (a bounded amount of work per rule), so a scan costs time linear in the
//! input. Nothing is allocated.

use crate::code::Class;
use crate::command::Command;
use crate::diagnose::rule::EvidenceKind;
use crate::diagnose::rules::RULES;
use crate::enhanced::EnhancedCode;

/// The kinds of bytes.
const SEP: u8 = 0;
const ALNUM: u8 = 1;
const HIGH: u8 = 2;

const fn byte_kind(b: u8) -> u8 {
    if b.is_ascii_alphanumeric() {
        ALNUM
    } else if b >= 0x80 {
        HIGH
    } else {
        SEP
    }
}

static KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = byte_kind(i as u8);
        i += 1;
    }
    t
};

/// The lowercase of an ASCII letter; any other byte as it is.
#[inline(always)]
const fn lower(b: u8) -> u8 {
    if b.is_ascii_uppercase() { b | 0x20 } else { b }
}

/// The end of the word that starts at `s` (a byte that is not a separator).
#[inline(always)]
const fn word_end(input: &[u8], s: usize) -> usize {
    let mut e = s + 1;
    if input[s] >= 0x80 {
        // One character: a lead byte and its continuation bytes.
        if input[s] >= 0xC0 {
            while e < input.len() && e < s + 4 && input[e] & 0xC0 == 0x80 {
                e += 1;
            }
        }
    } else {
        while e < input.len() && input[e].is_ascii_alphanumeric() {
            e += 1;
        }
    }
    e
}

/// The key of a word: its first four bytes, lowercased, little-endian.
#[inline(always)]
const fn key(word: &[u8]) -> u32 {
    let mut k = 0u32;
    let mut i = 0;
    while i < word.len() && i < 4 {
        k |= (lower(word[i]) as u32) << (8 * i);
        i += 1;
    }
    k
}

const BUCKET_BITS: u32 = 10;
const BUCKETS: usize = 1 << BUCKET_BITS;
const NONE: u16 = u16::MAX;

#[inline(always)]
const fn bucket(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> (32 - BUCKET_BITS)) as usize
}

/// The first word of a phrase or token pattern, checked at compile time.
const fn first_word(pattern: &str) -> &[u8] {
    let p = pattern.as_bytes();
    let mut s = 0;
    while s < p.len() && KIND[p[s] as usize] == SEP {
        assert!(p[s] != b'*' && p[s] != b'~', "a pattern starts with a word");
        s += 1;
    }
    assert!(s < p.len(), "a pattern has a word");
    let e = word_end(p, s);
    let (word, _) = p.split_at(e);
    let (_, word) = word.split_at(s);
    if e < p.len() && p[e] == b'*' {
        assert!(e - s >= 4, "a prefix first word has at least four bytes");
    }
    word
}

const N: usize = RULES.len();

/// How many words `~` may stand for.
const GAP: usize = 8;

/// The rules by the key of their first word: `heads[bucket]` is the first
/// rule, `next[rule]` the next one in the same bucket, in table order.
struct Index {
    heads: [u16; BUCKETS],
    next: [u16; N],
    keys: [u32; N],
}

static INDEX: Index = {
    assert!(N < NONE as usize);
    let mut index = Index {
        heads: [NONE; BUCKETS],
        next: [NONE; N],
        keys: [0; N],
    };
    let mut i = N;
    while i > 0 {
        i -= 1;
        let rule = &RULES[i];
        if matches!(rule.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken) {
            let k = key(first_word(rule.pattern));
            let b = bucket(k);
            index.keys[i] = k;
            index.next[i] = index.heads[b];
            index.heads[b] = i as u16;
        }
    }
    index
};

/// The words of the input from a position on, skipping the line heads of
/// a reply (`550-5.1.1 `, `550 `) where `head` is the reply's code.
#[derive(Clone, Copy)]
pub(crate) struct Words<'a> {
    input: &'a [u8],
    pos: usize,
    head: Option<[u8; 3]>,
}

impl<'a> Words<'a> {
    pub(crate) const fn new(input: &'a [u8], pos: usize, head: Option<[u8; 3]>) -> Words<'a> {
        Words { input, pos, head }
    }

    /// Whether a line head starts at `s`: the code after the start, a space
    /// or a line end, followed by `-`, a space or the end.
    #[inline]
    fn head_at(&self, s: usize, code: [u8; 3]) -> bool {
        let i = self.input;
        i.len() >= s + 3
            && i[s..s + 3] == code
            && (s == 0 || matches!(i[s - 1], b' ' | b'\n' | b'\r' | b'\t' | b'\'' | b'"' | b'('))
            && (s + 3 == i.len() || matches!(i[s + 3], b' ' | b'-' | b'\r' | b'\n'))
    }

    /// The next word, as its start and end.
    #[inline]
    pub(crate) fn next_word(&mut self) -> Option<(usize, usize)> {
        let input = self.input;
        loop {
            let mut s = self.pos;
            while s < input.len() && KIND[input[s] as usize] == SEP {
                s += 1;
            }
            if s >= input.len() {
                self.pos = s;
                return None;
            }
            if let Some(code) = self.head {
                if input[s].is_ascii_digit() && self.head_at(s, code) {
                    let mut after = (s + 4).min(input.len());
                    if let Some((_, len)) = EnhancedCode::parse_prefix(&input[after..]) {
                        if after + len == input.len() || input[after + len] == b' ' {
                            after += len;
                        }
                    }
                    self.pos = after;
                    continue;
                }
            }
            let e = word_end(input, s);
            self.pos = e;
            return Some((s, e));
        }
    }
}

/// A token of a pattern.
#[derive(Clone, Copy)]
enum Tok<'p> {
    /// A word; `true` when it matches the start of an input word.
    Word(&'p [u8], bool),
    /// `*`: any one word.
    Any,
    /// `~`: up to eight words.
    Gap,
}

/// The tokens of a pattern.
#[derive(Clone, Copy)]
struct Pattern<'p> {
    p: &'p [u8],
    pos: usize,
}

impl<'p> Pattern<'p> {
    fn next_tok(&mut self) -> Option<Tok<'p>> {
        let p = self.p;
        let mut s = self.pos;
        loop {
            if s >= p.len() {
                self.pos = s;
                return None;
            }
            match p[s] {
                b'*' => {
                    self.pos = s + 1;
                    return Some(Tok::Any);
                }
                b'~' => {
                    self.pos = s + 1;
                    return Some(Tok::Gap);
                }
                b if KIND[b as usize] == SEP => s += 1,
                _ => break,
            }
        }
        let e = word_end(p, s);
        let prefix = e < p.len() && p[e] == b'*';
        self.pos = if prefix { e + 1 } else { e };
        Some(Tok::Word(&p[s..e], prefix))
    }
}

#[inline]
fn word_eq(input: &[u8], word: &[u8], prefix: bool) -> bool {
    let ok_len = if prefix {
        input.len() >= word.len()
    } else {
        input.len() == word.len()
    };
    ok_len && input.iter().zip(word).all(|(&a, &b)| lower(a) == lower(b))
}

/// Matches the rest of a pattern against the words that follow; returns
/// the end of the last word matched.
fn match_rest(mut pat: Pattern<'_>, mut words: Words<'_>, end: usize) -> Option<usize> {
    let Some(tok) = pat.next_tok() else {
        return Some(end);
    };
    match tok {
        Tok::Word(w, prefix) => {
            let (s, e) = words.next_word()?;
            if word_eq(&words.input[s..e], w, prefix) {
                match_rest(pat, words, e)
            } else {
                None
            }
        }
        Tok::Any => {
            let (_, e) = words.next_word()?;
            match_rest(pat, words, e)
        }
        Tok::Gap => {
            let mut end = end;
            for _ in 0..=GAP {
                if let Some(found) = match_rest(pat, words, end) {
                    return Some(found);
                }
                let (_, e) = words.next_word()?;
                end = e;
            }
            None
        }
    }
}

/// Whether a token rule's match `s..e` has the token's punctuation too.
fn token_exact(input: &[u8], s: usize, e: usize, pattern: &str) -> bool {
    let p = pattern.as_bytes();
    let start = p
        .iter()
        .position(|b| b.is_ascii_alphanumeric())
        .unwrap_or(0);
    let (core, prefix) = match p.iter().rposition(|b| b.is_ascii_alphanumeric()) {
        Some(last) if p.get(last + 1) == Some(&b'*') => (&p[start..=last], true),
        Some(last) => (&p[start..=last], false),
        None => return false,
    };
    let found = &input[s..e];
    if prefix {
        found.len() >= core.len() && found[..core.len()].eq_ignore_ascii_case(core)
    } else {
        found.eq_ignore_ascii_case(core)
    }
}

/// A rule that matched, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) rule: u16,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The best hits of a scan: the first rule in table order that matched, and
/// the first that matched with another reason than `Expired` (the cause an
/// expiry quotes).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Hits {
    pub(crate) best: Option<Hit>,
    pub(crate) cause: Option<Hit>,
}

/// Scans the words of `input` from `from` on for phrase and token rules.
pub(crate) fn scan(
    input: &[u8],
    from: usize,
    head: Option<[u8; 3]>,
    class: Option<Class>,
    command: Option<Command>,
) -> Hits {
    let mut hits = Hits::default();
    let mut words = Words::new(input, from, head);
    let index = &INDEX;
    while let Some((s, e)) = words.next_word() {
        let k = key(&input[s..e]);
        let mut r = index.heads[bucket(k)];
        while r != NONE {
            let i = r as usize;
            r = index.next[i];
            if index.keys[i] != k {
                continue;
            }
            let improves_best = hits.best.is_none_or(|h| i < h.rule as usize);
            let improves_cause = hits.cause.is_none_or(|h| i < h.rule as usize);
            if !improves_best && !improves_cause {
                // Later rules in this chain come later in the table too.
                break;
            }
            let rule = &RULES[i];
            if !rule.allows(class, command) {
                continue;
            }
            let mut pat = Pattern {
                p: rule.pattern.as_bytes(),
                pos: 0,
            };
            let Some(Tok::Word(first, prefix)) = pat.next_tok() else {
                continue;
            };
            if !word_eq(&input[s..e], first, prefix) {
                continue;
            }
            let Some(end) = match_rest(pat, words, e) else {
                continue;
            };
            if rule.kind == EvidenceKind::VendorToken && !token_exact(input, s, end, rule.pattern) {
                continue;
            }
            let hit = Hit {
                rule: i as u16,
                start: s,
                end,
            };
            if improves_best {
                hits.best = Some(hit);
            }
            if improves_cause && rule.reason != crate::Reason::Expired {
                hits.cause = Some(hit);
            }
        }
    }
    hits
}
