//! The text matcher: one pass over the words of the input, whatever the
//! number of rules.
//!
//! A word is a run of ASCII letters and digits, or one non-ASCII character
//! (so that texts without spaces, such as Japanese, still have words); all
//! else separates words. Each pattern is split into words at compile time.
//! A table, also built at compile time, maps the first four bytes of a
//! pattern's *last* word to the rules that end with it, in table order.
//!
//! The scan finds the words 64 bytes at a time: eight bytes at a time it
//! marks the letters and digits (SWAR, no `unsafe`), and the starts of
//! words fall out of the bit mask. At each word it looks up the rules that
//! can end there; most words have none, and cost a few instructions. Only
//! a candidate rule reads the words before it, backwards, and at most as
//! many as its pattern has (a `~` stands for at most [`GAP`] of them). So a
//! scan costs time linear in the input whatever the number of rules, and
//! nothing is allocated.

use crate::code::Class;
use crate::command::Command;
use crate::diagnose::rule::EvidenceKind;
use crate::diagnose::rules::RULES;
use crate::enhanced::EnhancedCode;

/// The kinds of bytes.
const SEP: u8 = 0;
const ALNUM: u8 = 1;
const HIGH: u8 = 2;

static KIND: [u8; 256] = {
    let mut t = [SEP; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() {
            ALNUM
        } else if b >= 0x80 {
            HIGH
        } else {
            SEP
        };
        i += 1;
    }
    t
};

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

/// The first eight bytes of a word (fewer if it is shorter), ASCII
/// letters lowercased, little-endian.
#[inline(always)]
const fn head8(input: &[u8], s: usize, e: usize) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < 8 && s + i < e {
        k |= (input[s + i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    k
}

/// The key of a word: its first four bytes, lowercased.
#[inline(always)]
const fn key(head: u64) -> u32 {
    head as u32
}

const BUCKET_BITS: u32 = 10;
const BUCKETS: usize = 1 << BUCKET_BITS;
const NONE: u16 = u16::MAX;

#[inline(always)]
const fn bucket(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> (32 - BUCKET_BITS)) as usize
}

/// How many words `~` may stand for.
const GAP: usize = 8;
/// How many words a pattern may have, `*` and `~` included.
const MAX_WORDS: usize = 10;

/// A token of a pattern.
#[derive(Clone, Copy)]
enum Tok {
    /// A word: where it is in the pattern, its length, its first eight
    /// bytes; `true` when it matches the start of an input word.
    Word(u8, u8, u64, bool),
    /// `*`: any one word.
    Any,
    /// `~`: up to [`GAP`] words.
    Gap,
}

/// A pattern's tokens, made at compile time.
#[derive(Clone, Copy)]
struct Pattern {
    toks: [Tok; MAX_WORDS],
    len: u8,
}

const fn tokens(pattern: &str) -> Pattern {
    let p = pattern.as_bytes();
    let mut out = Pattern {
        toks: [Tok::Any; MAX_WORDS],
        len: 0,
    };
    let mut s = 0;
    let mut gaps = 0;
    while s < p.len() {
        let tok = match p[s] {
            b'*' => {
                s += 1;
                Tok::Any
            }
            b'~' => {
                s += 1;
                gaps += 1;
                Tok::Gap
            }
            b if KIND[b as usize] == SEP => {
                s += 1;
                continue;
            }
            _ => {
                let e = word_end(p, s);
                let prefix = e < p.len() && p[e] == b'*';
                let tok = Tok::Word(s as u8, (e - s) as u8, head8(p, s, e), prefix);
                s = if prefix { e + 1 } else { e };
                tok
            }
        };
        assert!(
            (out.len as usize) < MAX_WORDS,
            "a pattern has at most ten words"
        );
        out.toks[out.len as usize] = tok;
        out.len += 1;
    }
    assert!(out.len > 0, "a pattern has a word");
    assert!(p.len() < 256, "a pattern is shorter than 256 bytes");
    assert!(gaps <= 2, "a pattern has at most two gaps");
    match out.toks[0] {
        Tok::Word(..) => {}
        _ => panic!("a pattern starts with a word"),
    }
    match out.toks[out.len as usize - 1] {
        Tok::Word(_, len, _, prefix) => {
            assert!(!prefix || len >= 4, "a last prefix word has four bytes")
        }
        _ => panic!("a pattern ends with a word"),
    }
    out
}

const N: usize = RULES.len();

/// The patterns, and the rules by the key of their last word:
/// `heads[bucket]` is the first rule, `next[rule]` the next one in the same
/// bucket, in table order.
struct Index {
    heads: [u16; BUCKETS],
    next: [u16; N],
    keys: [u32; N],
    /// The bucket of each pattern's first word.
    firsts: [u16; N],
    patterns: [Pattern; N],
}

static INDEX: Index = {
    assert!(N < NONE as usize);
    let mut index = Index {
        heads: [NONE; BUCKETS],
        next: [NONE; N],
        keys: [0; N],
        firsts: [0; N],
        patterns: [Pattern {
            toks: [Tok::Any; MAX_WORDS],
            len: 0,
        }; N],
    };
    let mut i = N;
    while i > 0 {
        i -= 1;
        let rule = &RULES[i];
        if matches!(rule.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken) {
            let pattern = tokens(rule.pattern);
            let Tok::Word(_, _, head, _) = pattern.toks[pattern.len as usize - 1] else {
                panic!("checked in tokens")
            };
            let k = key(head);
            let b = bucket(k);
            let Tok::Word(_, _, first, _) = pattern.toks[0] else {
                panic!("checked in tokens")
            };
            index.firsts[i] = bucket(key(first)) as u16;
            index.patterns[i] = pattern;
            index.keys[i] = k;
            index.next[i] = index.heads[b];
            index.heads[b] = i as u16;
        }
    }
    index
};

/// Whether an input word is a pattern word (or starts with it).
#[inline]
fn word_is(input: &[u8], (s, e): (usize, usize), pattern: &[u8], tok: Tok) -> bool {
    let Tok::Word(at, len, head, prefix) = tok else {
        return true;
    };
    let (at, len) = (at as usize, len as usize);
    let n = e - s;
    if n < len || (!prefix && n != len) {
        return false;
    }
    let shown = len.min(8);
    let mask = if shown == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * shown)) - 1
    };
    head8(input, s, e) & mask == head
        && (len <= 8 || input[s + 8..s + len].eq_ignore_ascii_case(&pattern[at + 8..at + len]))
}

/// The scan's fixed inputs.
struct Ctx<'a> {
    input: &'a [u8],
    /// Where the scan starts: no word before it is read.
    floor: usize,
    /// The reply's code, whose line heads are skipped.
    head: Option<[u8; 3]>,
}

impl Ctx<'_> {
    /// The word that ends before `pos` (after separators), skipping the
    /// line heads of a reply (`550-5.1.1 `), read backwards.
    fn prev_word(&self, mut pos: usize) -> Option<(usize, usize)> {
        let input = self.input;
        loop {
            while pos > self.floor && KIND[input[pos - 1] as usize] == SEP {
                pos -= 1;
            }
            if pos <= self.floor {
                return None;
            }
            let e = pos;
            let mut s = e - 1;
            if input[s] < 0x80 {
                while s > self.floor && input[s - 1].is_ascii_alphanumeric() {
                    s -= 1;
                }
            } else if input[s] < 0xC0 {
                // A continuation byte: back to its lead byte, if near.
                let mut t = s;
                while t > self.floor && t + 3 > s && input[t] & 0xC0 == 0x80 {
                    t -= 1;
                }
                if input[t] >= 0xC0 {
                    s = t;
                }
            }
            match self.head {
                Some(code) if input[s].is_ascii_digit() => match self.head_before(s, e, code) {
                    Some(head_start) => pos = head_start,
                    None => return Some((s, e)),
                },
                _ => return Some((s, e)),
            }
        }
    }

    /// Where a line head starts, if the digits `s..e` end one: the code
    /// itself, or the last number of the enhanced code after it.
    fn head_before(&self, s: usize, e: usize, code: [u8; 3]) -> Option<usize> {
        let input = self.input;
        let code_at = |c: usize| {
            input.get(c..c + 3) == Some(&code[..])
                && (c == 0
                    || matches!(
                        input[c - 1],
                        b' ' | b'\n' | b'\r' | b'\t' | b'\'' | b'"' | b'('
                    ))
                && input
                    .get(c + 3)
                    .is_none_or(|b| matches!(b, b' ' | b'-' | b'\r' | b'\n'))
        };
        if e - s == 3 && code_at(s) {
            return Some(s);
        }
        // `550-5.1.1`: back over the enhanced code's digits and dots.
        let mut t = s;
        while t > self.floor && (input[t - 1].is_ascii_digit() || input[t - 1] == b'.') {
            t -= 1;
        }
        let (_, n) = EnhancedCode::parse_prefix(&input[t..])?;
        (t + n == e && t >= 4 && matches!(input[t - 1], b' ' | b'-') && code_at(t - 4))
            .then_some(t - 4)
    }

    /// Matches `toks` against the words that end before `pos`, last token
    /// first; returns the start of the first word.
    fn match_back(&self, pattern: &[u8], toks: &[Tok], pos: usize) -> Option<usize> {
        let Some((&last, rest)) = toks.split_last() else {
            return Some(pos);
        };
        match last {
            Tok::Gap => {
                // The tokens before the gap may end at any of the next
                // GAP + 1 word boundaries before `pos`.
                let mut p = pos;
                for _ in 0..=GAP {
                    if let Some(found) = self.match_back(pattern, rest, p) {
                        return Some(found);
                    }
                    p = self.prev_word(p)?.0;
                }
                None
            }
            tok => {
                let word = self.prev_word(pos)?;
                if !word_is(self.input, word, pattern, tok) {
                    return None;
                }
                self.match_back(pattern, rest, word.0)
            }
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

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII letter or digit (SWAR).
#[inline(always)]
fn alnum_bits(x: u64) -> u64 {
    let ascii = !x & HI;
    let y = x & !HI;
    // The high bit is set where a byte (below 0x80) is >= lo, or <= hi.
    let lower = y | (LO * 0x20);
    let digit = ((y | HI) - LO * b'0' as u64) & ((LO * (0x80 | b'9') as u64) - y);
    let letter = ((lower | HI) - LO * b'a' as u64) & ((LO * (0x80 | b'z') as u64) - lower);
    (digit | letter) & ascii & HI
}

/// The high bits of eight bytes as eight bits, byte `i` to bit `i`.
#[inline(always)]
fn compress(bits: u64) -> u64 {
    ((bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Scans the words of `input` from `from` on for phrase and token rules,
/// skipping the line heads of a reply (`550-5.1.1 `, `550 `) where `head`
/// is the reply's code.
pub(crate) fn scan(
    input: &[u8],
    from: usize,
    head: Option<[u8; 3]>,
    class: Option<Class>,
    command: Option<Command>,
) -> Hits {
    let mut scan = Scan {
        ctx: Ctx {
            input,
            floor: from,
            head,
        },
        class,
        command,
        hits: Hits::default(),
        seen: [0; BUCKETS / 64],
    };
    let len = input.len();
    let mut base = from;
    // Whether the byte before `base` belongs to a word.
    let mut carry = 0u64;
    // The block, and eight bytes of zeros after it for the loads.
    let mut buf = [0u8; 72];
    while base < len {
        let n = (len - base).min(64);
        buf[..n].copy_from_slice(&input[base..base + n]);
        buf[n..64].fill(0);
        let mut lanes = [0u64; 9];
        let mut alnum = 0;
        let mut high = 0;
        for (i, lane) in lanes.iter_mut().take(8).enumerate() {
            let x = u64::from_le_bytes(buf[8 * i..8 * i + 8].try_into().unwrap_or([0; 8]));
            *lane = x;
            alnum |= compress(alnum_bits(x)) << (8 * i);
            high |= compress(x & HI) << (8 * i);
        }
        let word = alnum | high;
        let mut starts = word & !((word << 1) | carry);
        carry = word >> 63;
        while starts != 0 {
            let i = starts.trailing_zeros() as usize & 63;
            starts &= starts - 1;
            // The word's length within the block.
            let n = (!(word >> i)).trailing_zeros() as usize;
            let fits = i + n < 64;
            if fits && (high >> i) & ((1u64 << n) - 1) == 0 {
                // An ASCII word: most have no rule ending with them.
                let pair = lanes[i >> 3] as u128 | (lanes[(i >> 3) + 1] as u128) << 64;
                let k = (pair >> (8 * (i & 7))) as u32 | 0x2020_2020;
                let key = k & (u32::MAX >> (32 - 8 * n.min(4) as u32));
                let b = bucket(key);
                scan.seen[b / 64] |= 1 << (b % 64);
                if INDEX.heads[b] != NONE {
                    scan.word(base + i, base + i + n, key);
                }
            } else {
                // A word with non-ASCII bytes, or one that goes on past the
                // block: its ASCII runs and single characters are words.
                let s = base + i;
                let mut e = (s + n).min(len);
                if !fits {
                    while e < len && (input[e].is_ascii_alphanumeric() || input[e] >= 0x80) {
                        e += 1;
                    }
                }
                let mut t = s;
                while t < e {
                    let u = word_end(input, t).min(e);
                    let key = key(head8(input, t, u));
                    let b = bucket(key);
                    scan.seen[b / 64] |= 1 << (b % 64);
                    if INDEX.heads[b] != NONE {
                        scan.word(t, u, key);
                    }
                    t = u;
                }
            }
        }
        base += 64;
    }
    scan.hits
}

/// A scan under way.
struct Scan<'a> {
    ctx: Ctx<'a>,
    class: Option<Class>,
    command: Option<Command>,
    hits: Hits,
    /// The buckets of the words read so far, one bit each: a rule whose
    /// first word's bucket is not among them cannot match yet.
    seen: [u64; BUCKETS / 64],
}

impl Scan<'_> {
    /// Tries the rules whose last word has the key of the word `s..e`.
    #[inline(never)]
    fn word(&mut self, s: usize, e: usize, key: u32) {
        let input = self.ctx.input;
        if let Some(code) = self.ctx.head {
            if input[s].is_ascii_digit() && self.ctx.head_before(s, e, code).is_some() {
                return;
            }
        }
        let index = &INDEX;
        let mut r = index.heads[bucket(key)];
        while r != NONE {
            let i = r as usize;
            r = index.next[i];
            if index.keys[i] != key {
                continue;
            }
            let hits = &mut self.hits;
            let improves_best = hits.best.is_none_or(|h| i < h.rule as usize);
            let improves_cause = hits.cause.is_none_or(|h| i < h.rule as usize);
            if !improves_best && !improves_cause {
                // Later rules in this chain come later in the table too.
                break;
            }
            let first = index.firsts[i] as usize;
            if self.seen[first / 64] & (1 << (first % 64)) == 0 {
                continue;
            }
            let rule = &RULES[i];
            let pattern = &index.patterns[i];
            let toks = &pattern.toks[..pattern.len as usize];
            let (last, rest) = (toks[toks.len() - 1], &toks[..toks.len() - 1]);
            if !word_is(input, (s, e), rule.pattern.as_bytes(), last) {
                continue;
            }
            let Some(start) = self.ctx.match_back(rule.pattern.as_bytes(), rest, s) else {
                continue;
            };
            if !rule.allows(self.class, self.command)
                || (rule.kind == EvidenceKind::VendorToken
                    && !token_exact(input, start, e, rule.pattern))
            {
                continue;
            }
            let hit = Hit {
                rule: i as u16,
                start,
                end: e,
            };
            if improves_best {
                hits.best = Some(hit);
            }
            if improves_cause && rule.reason != crate::Reason::Expired {
                hits.cause = Some(hit);
            }
        }
    }
}
