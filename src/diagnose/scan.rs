//! The text matcher: one pass over the words of the input, whatever the
//! number of rules.
//!
//! A word is a run of ASCII letters and digits and two-byte UTF-8
//! characters (the letters of Latin, Greek, Cyrillic, Hebrew, Arabic and
//! other scripts written with spaces: `überschritten`, `вирус`), or one
//! character of three or four bytes (so that texts without spaces, such as
//! Japanese and Chinese, still have words); all else separates words. A
//! word's key is its first four bytes, lowercased. A few words that
//! servers write as one or as two are read as two (`mailbox` as `mail
//! box`, [`COMPOUNDS`]), in the patterns and in the input alike; in the
//! input, `doesn't` is read as `does` and `not` ([`CONTRACTED`]); and past
//! the key, `z` compares as `s` ([`fold`]). Each pattern is split
//! into words at compile time, and two tables, also built at compile time,
//! chain the rules in table order: a rule whose word before the last is a
//! word of its own, by the keys of its last two words (a compound at the
//! end, written either way, counts as one word: see [`HALVES`]); the
//! others (one word, or `*` or `~` before the last), by the key of the
//! last word.
//!
//! The scan finds the words 64 bytes at a time: it marks the bytes of
//! words sixteen at a time with SSE2 on `x86_64` (eight at a time in a
//! `u64` elsewhere), and the starts of words fall out of the bit mask; a
//! word that runs past a block starts the next one. It keeps the last
//! [`RING`] words, with their keys, and skips a reply's line heads. At each
//! word one load tells whether any rule ends with a word of its key; most
//! words end none, and cost a few dozen instructions. The others look up
//! the two chains that can end there. A candidate rule is turned away when
//! its last word is too short or too long, its conditions on class and
//! command do not hold, or one of its words was not seen at all;
//! the others compare the words before them from the ring, backwards, at
//! most as many as the pattern has (a `~` stands for at most [`GAP`] of
//! them). So a scan costs time linear in the input whatever the number of
//! rules, and nothing is allocated.

use core::num::NonZeroU32;

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

/// Whether a two-byte UTF-8 character starts at `i`: a lead byte of two
/// bytes and a continuation byte.
#[inline(always)]
const fn two_byte_at(input: &[u8], i: usize) -> bool {
    i + 1 < input.len() && input[i] & 0xE0 == 0xC0 && input[i + 1] & 0xC0 == 0x80
}

/// The end of the word that starts at `s` (a byte that is not a separator).
#[inline(always)]
const fn word_end(input: &[u8], s: usize) -> usize {
    if input[s] >= 0x80 && !two_byte_at(input, s) {
        // One character: a lead byte and its continuation bytes (a stray
        // byte alone).
        let mut e = s + 1;
        if input[s] >= 0xC0 {
            while e < input.len() && e < s + 4 && input[e] & 0xC0 == 0x80 {
                e += 1;
            }
        }
        return e;
    }
    // ASCII letters and digits, and two-byte characters.
    let mut e = s;
    loop {
        if e < input.len() && input[e].is_ascii_alphanumeric() {
            e += 1;
        } else if two_byte_at(input, e) {
            e += 2;
        } else {
            return e;
        }
    }
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

/// Words that servers write as one word or as two (`mailbox` and
/// `mail box`, `email` and `e-mail`, `cannot` and `can not`), with where
/// the one word splits. A word that starts with one of them is read as two
/// words, in the patterns and in the input alike, so that a pattern written
/// either way matches both.
const COMPOUNDS: [(&[u8], usize); 20] = [
    (b"mailbox", 4),
    (b"mailserver", 4),
    (b"email", 1),
    (b"username", 4),
    (b"hostname", 4),
    (b"login", 3),
    (b"cannot", 3),
    (b"nonexist", 3),
    (b"blacklist", 5),
    (b"blocklist", 5),
    (b"whitelist", 5),
    (b"greylist", 4),
    (b"graylist", 4),
    (b"spamfilter", 4),
    (b"antispam", 4),
    (b"antivirus", 4),
    (b"timeout", 4),
    (b"mailinglist", 7),
    (b"subdomain", 3),
    (b"setup", 3),
];

/// Whether the bytes `s..e` start with `word` (lowercase ASCII), in any
/// case: the one comparison behind the words read as two.
const fn starts_with(input: &[u8], s: usize, e: usize, word: &[u8]) -> bool {
    if e - s < word.len() {
        return false;
    }
    let mut i = 0;
    while i < word.len() {
        if input[s + i].to_ascii_lowercase() != word[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Where the word `s..e` splits as a compound (see [`COMPOUNDS`]), or 0.
const fn compound(input: &[u8], s: usize, e: usize) -> usize {
    let mut c = 0;
    while c < COMPOUNDS.len() {
        let (word, at) = COMPOUNDS[c];
        if starts_with(input, s, e, word) {
            return at;
        }
        c += 1;
    }
    0
}

/// The words before `n't` in the contractions a server may write
/// (`doesn't`, `can't`): the word `s..e`, followed by `'t`, reads as the
/// word without its `n` (`does`; `can` keeps it) and `not`. Patterns write
/// them out (`does not`).
const CONTRACTED: [&[u8]; 15] = [
    b"doesn", b"isn", b"aren", b"wasn", b"weren", b"don", b"didn", b"hasn", b"haven", b"hadn",
    b"couldn", b"wouldn", b"shouldn", b"mustn", b"can",
];

/// Whether the word before `s` in a pattern is one of [`CONTRACTED`],
/// after one separator (`doesn t`).
const fn after_contracted(p: &[u8], s: usize) -> bool {
    if s < 2 || KIND[p[s - 1] as usize] != SEP {
        return false;
    }
    let e = s - 1;
    let mut c = 0;
    while c < CONTRACTED.len() {
        let word = CONTRACTED[c];
        let n = word.len();
        if e >= n
            && (e == n || KIND[p[e - n - 1] as usize] == SEP)
            && starts_with(p, e - n, e, word)
        {
            return true;
        }
        c += 1;
    }
    false
}

/// How many words are read as two: the compounds, then the contracted words.
const SPECIALS: usize = COMPOUNDS.len() + CONTRACTED.len();

/// The words read as two in a bucket of the ends, one bit each.
type Specials = u64;

// One bit each in a bucket of `Index::special`.
const _: () = assert!(SPECIALS <= Specials::BITS as usize);

/// The `c`th word read as two: a compound, or a contracted word.
const fn special_word(c: usize) -> &'static [u8] {
    if c < COMPOUNDS.len() {
        COMPOUNDS[c].0
    } else {
        CONTRACTED[c - COMPOUNDS.len()]
    }
}

/// The key of a word: its first four bytes, lowercased.
const fn key_of(word: &[u8]) -> u32 {
    key(head8(word, 0, word.len()))
}

/// The keys of the words read as two, in the order of [`special_word`].
static SPECIAL_KEYS: [u32; SPECIALS] = {
    let mut keys = [0; SPECIALS];
    let mut c = 0;
    while c < SPECIALS {
        keys[c] = key_of(special_word(c));
        c += 1;
    }
    keys
};

/// The keys of each compound's two halves (`e` and `mail` for `email`),
/// in the order of [`COMPOUNDS`]. A rule that ends with a compound,
/// written either way, is chained by the word before its first half, as if
/// the compound were one word: most rules that end with `email` would
/// otherwise share the chain of `e` and `mail`, which every `email` of a
/// text would walk.
static HALVES: [(u32, u32); COMPOUNDS.len()] = {
    let mut halves = [(0, 0); COMPOUNDS.len()];
    let mut c = 0;
    while c < COMPOUNDS.len() {
        let (word, at) = COMPOUNDS[c];
        let (first, second) = word.split_at(at);
        halves[c] = (key_of(first), key_of(second));
        c += 1;
    }
    halves
};

/// The compound whose halves have the keys `before` and `last`, if any.
const fn compound_of(before: u32, last: u32) -> Option<usize> {
    let mut c = 0;
    while c < COMPOUNDS.len() {
        if HALVES[c].0 == before && HALVES[c].1 == last {
            return Some(c);
        }
        c += 1;
    }
    None
}

/// The heads of chains of pairs from here on are marks, one per compound
/// ([`HALVES`]): the bucket of a compound's halves leads to the chain of
/// the word before them, found when the pair is read, and its other pairs
/// keep their chain in [`Index::compound_other`].
const MARKS: u16 = NONE - COMPOUNDS.len() as u16;
const LAST_MARK: u16 = NONE - 1;

/// The key of `not`, the word a contraction's `n't` reads as.
const NOT: u32 = u32::from_le_bytes(*b"not\0");

/// Whether `'t` follows the byte before `e`, and no letter or digit after
/// it: the end of a contraction.
const fn t_after(input: &[u8], e: usize) -> bool {
    e + 2 <= input.len()
        && input[e] == b'\''
        && input[e + 1] | 0x20 == b't'
        && (e + 2 == input.len() || KIND[input[e + 2] as usize] == SEP)
}

/// How many bytes of a word of [`CONTRACTED`] stay a word of their own:
/// all but the `n`, which goes to `n't` (all of `can`).
const fn kept(word: &[u8]) -> usize {
    if word.len() == 3 && word[0] == b'c' {
        3
    } else {
        word.len() - 1
    }
}

/// How many bytes of the word `s..e` stay a word of their own ([`kept`])
/// when it is `word`, of [`CONTRACTED`], followed by `'t`; else 0.
const fn contraction(input: &[u8], s: usize, e: usize, word: &[u8]) -> usize {
    if e - s == word.len() && starts_with(input, s, e, word) && t_after(input, e) {
        kept(word)
    } else {
        0
    }
}

/// A word's first eight bytes with `z` read as `s` after the key (the
/// fifth byte on), so that `-ize` and `-ise` spellings (`authorized`,
/// `authorised`) are the same word.
#[inline(always)]
const fn fold(head: u64) -> u64 {
    // The bytes that are `z`: a zero byte of `head ^ z`, found exactly.
    let t = head ^ (LO * b'z' as u64);
    let nonzero = (((t & !HI) + !HI) | t) & HI;
    let z = !nonzero & HI & 0xFFFF_FFFF_0000_0000;
    head ^ ((z >> 7) * (b'z' ^ b's') as u64)
}

/// A byte of a word as [`fold`] reads it: lowercased, `z` as `s`.
#[inline(always)]
const fn folded(b: u8) -> u8 {
    match b.to_ascii_lowercase() {
        b'z' => b's',
        b => b,
    }
}

const BUCKET_BITS: u32 = 10;
const BUCKETS: usize = 1 << BUCKET_BITS;
const NONE: u16 = u16::MAX;
/// A bucket whose rules end with words of different keys.
const MIXED: u32 = u32::MAX;

#[inline(always)]
const fn bucket(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> (32 - BUCKET_BITS)) as usize
}

/// How many words `~` may stand for.
const GAP: usize = 8;
/// How many words a pattern may have, `*` and `~` included.
const MAX_WORDS: usize = 10;

/// A word of a pattern: where it is in the pattern, its length, its first
/// eight bytes (lowercased, little-endian: the low four are its key), and
/// whether it matches the start of an input word (`blocklist*`).
#[derive(Clone, Copy)]
struct Word {
    at: u8,
    len: u8,
    head: u64,
    prefix: bool,
    /// Whether it is ASCII (else it has two-byte characters).
    ascii: bool,
}

impl Word {
    const NONE: Word = Word {
        at: 0,
        len: 0,
        head: 0,
        prefix: false,
        ascii: true,
    };

    /// The word's key, as an input word of its bytes has it.
    #[inline(always)]
    const fn key(&self) -> u32 {
        key(self.head)
    }

    /// Whether an input word of `n` bytes can be this word: as long, or,
    /// for a prefix, no shorter.
    #[inline(always)]
    const fn fits(&self, n: usize) -> bool {
        if self.prefix {
            n >= self.len as usize
        } else {
            n == self.len as usize
        }
    }
}

/// A token of a pattern.
#[derive(Clone, Copy)]
enum Tok {
    /// A word.
    Word(Word),
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

/// The pattern word `s..e` of `p`.
const fn word_of(p: &[u8], s: usize, e: usize, prefix: bool) -> Word {
    let mut ascii = true;
    let mut k = s;
    while k < e {
        ascii &= p[k].is_ascii();
        k += 1;
    }
    Word {
        at: s as u8,
        len: (e - s) as u8,
        head: fold(head8(p, s, e)),
        prefix,
        ascii,
    }
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
                // The input reads `doesn't` as `does not`; so must the
                // pattern, which writes it so.
                assert!(
                    !(e + 1 < p.len() && p[e] == b'\'' && p[e + 1] | 0x20 == b't'),
                    "a pattern writes a contraction out (does not)"
                );
                assert!(
                    !(p[s] | 0x20 == b't' && e == s + 1 && after_contracted(p, s)),
                    "a pattern writes a contraction out (does not, not doesn t)"
                );
                // A compound is two words (`mailbox` is `mail box`), as in
                // the input.
                let split = compound(p, s, e);
                if split > 0 {
                    assert!(
                        (out.len as usize) < MAX_WORDS,
                        "a pattern has at most ten words"
                    );
                    out.toks[out.len as usize] = Tok::Word(word_of(p, s, s + split, false));
                    out.len += 1;
                }
                let start = s + split;
                // So that a prefix has a key of its own, the one of the
                // words it starts.
                assert!(!prefix || e - start >= 4, "a prefix word has four bytes");
                s = if prefix { e + 1 } else { e };
                Tok::Word(word_of(p, start, e, prefix))
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
        Tok::Word(..) => {}
        _ => panic!("a pattern ends with a word"),
    }
    out
}

const N: usize = RULES.len();

/// The patterns, and the rules in chains, in table order: by the key of
/// their last word (`heads`) or of their last two words (`pair_heads`);
/// `next[rule]` is the next rule of the same chain.
struct Index {
    /// The rules tried at their last word alone (one word, or a `*` or a
    /// `~` before the last), by the bucket of that word.
    heads: [u16; BUCKETS],
    /// The one key of those rules in a bucket, or [`MIXED`] when they have
    /// several (or 0 for an empty bucket).
    filter: [u32; BUCKETS],
    /// The one key of the last words of all rules, head or pair, in a
    /// bucket of [`end_bucket`], or [`MIXED`] (0 for none): most words
    /// end no rule, and this tells them apart in one load.
    ends: [u32; ENDS],
    /// The words read as two whose keys are in a bucket of
    /// [`ends`](Index::ends), one bit each: bit `c` for
    /// [`special_word`]`(c)`. Their keys are among the ends, so only the
    /// words that end a rule, or may, look here.
    special: [Specials; ENDS],
    /// The rules tried at their last two words, by the bucket of the pair:
    /// most words, and most pairs of words, have none.
    pair_heads: [u16; PAIRS],
    /// For each compound that ends a rule, the chain of the other pairs in
    /// the bucket of its halves, whose head is the compound's mark (see
    /// [`MARKS`]).
    compound_other: [u16; COMPOUNDS.len()],
    /// The next rule of the same chain, in table order.
    next: [u16; N],
    /// Each pattern's last word (its key is the chain's).
    last: [Word; N],
    /// The key of the word before the last, for the rules chained by pair.
    pair_keys: [u32; N],
    /// The buckets of each pattern's words but the last (first
    /// `needs_len[rule]` of them): a rule one of whose words was not seen
    /// cannot match.
    needs: [[u16; MAX_WORDS - 1]; N],
    needs_len: [u8; N],
    patterns: [Pattern; N],
}

const ENDS_BITS: u32 = 12;
const ENDS: usize = 1 << ENDS_BITS;

/// The bucket of a word among the last words of rules.
#[inline(always)]
const fn end_bucket(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> (32 - ENDS_BITS)) as usize
}

const PAIR_BITS: u32 = 12;
const PAIRS: usize = 1 << PAIR_BITS;

/// The bucket of two words in a row.
#[inline(always)]
const fn pair(before: u32, last: u32) -> usize {
    ((before.rotate_left(13) ^ last).wrapping_mul(0x9E37_79B1) >> (32 - PAIR_BITS)) as usize
}

/// A bucket's one key once a rule with key `k` is added: `k` in an empty
/// bucket (0) or one of the same key, else [`MIXED`].
const fn with_key(bucket: u32, k: u32) -> u32 {
    match bucket {
        0 => k,
        f if f == k => k,
        _ => MIXED,
    }
}

static INDEX: Index = {
    assert!(N < MARKS as usize);
    let mut index = Index {
        heads: [NONE; BUCKETS],
        filter: [0; BUCKETS],
        ends: [0; ENDS],
        special: [0; ENDS],
        pair_heads: [NONE; PAIRS],
        compound_other: [NONE; COMPOUNDS.len()],
        next: [NONE; N],
        last: [Word::NONE; N],
        pair_keys: [0; N],
        needs: [[0; MAX_WORDS - 1]; N],
        needs_len: [0; N],
        patterns: [Pattern {
            toks: [Tok::Any; MAX_WORDS],
            len: 0,
        }; N],
    };
    // The words read as two: their keys lead into the branch that looks.
    let mut c = 0;
    while c < SPECIALS {
        let word = special_word(c);
        let k = key_of(word);
        let eb = end_bucket(k);
        index.ends[eb] = with_key(index.ends[eb], k);
        index.special[eb] |= 1 << c;
        c += 1;
    }
    // The compounds whose halves end a rule chained by the word before.
    let mut marked = [false; COMPOUNDS.len()];
    let mut i = N;
    while i > 0 {
        i -= 1;
        let rule = &RULES[i];
        if matches!(rule.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken) {
            let pattern = tokens(rule.pattern);
            let Tok::Word(last) = pattern.toks[pattern.len as usize - 1] else {
                panic!("checked in tokens")
            };
            index.last[i] = last;
            let k = last.key();
            let mut t = 0;
            while t + 1 < pattern.len as usize {
                if let Tok::Word(word) = pattern.toks[t] {
                    let n = index.needs_len[i] as usize;
                    index.needs[i][n] = bucket(word.key()) as u16;
                    index.needs_len[i] += 1;
                }
                t += 1;
            }
            // The word before the last, when there is one: an input word
            // there has its key (a prefix has four bytes at least). The
            // first half of a compound is passed over: rules that end with
            // one are chained by the word before it, as the scan reads them
            // (see `HALVES`).
            let len = pattern.len as usize;
            let before = match len {
                2.. => match pattern.toks[len - 2] {
                    Tok::Word(half) => match (compound_of(half.key(), k), len) {
                        (Some(c), 3..) => match pattern.toks[len - 3] {
                            Tok::Word(word) => {
                                marked[c] = true;
                                Some(word.key())
                            }
                            _ => Some(half.key()),
                        },
                        _ => Some(half.key()),
                    },
                    _ => None,
                },
                _ => None,
            };
            index.patterns[i] = pattern;
            let eb = end_bucket(k);
            index.ends[eb] = with_key(index.ends[eb], k);
            match before {
                Some(before) => {
                    let p = pair(before, k);
                    index.pair_keys[i] = before;
                    index.next[i] = index.pair_heads[p];
                    index.pair_heads[p] = i as u16;
                }
                None => {
                    let b = bucket(k);
                    index.next[i] = index.heads[b];
                    index.heads[b] = i as u16;
                    index.filter[b] = with_key(index.filter[b], k);
                }
            }
        }
    }
    // The bucket of a compound's halves leads to the chain of the word
    // before them; the other pairs of the bucket keep theirs apart.
    let mut c = 0;
    while c < COMPOUNDS.len() {
        if marked[c] {
            let p = pair(HALVES[c].0, HALVES[c].1);
            assert!(
                index.pair_heads[p] < MARKS || index.pair_heads[p] == NONE,
                "the halves of two compounds share a bucket of pairs"
            );
            index.compound_other[c] = index.pair_heads[p];
            index.pair_heads[p] = MARKS + c as u16;
        }
        c += 1;
    }
    index
};

/// The first rule of the chain whose head is `head`: a compound's mark
/// leads to the chain of the other pairs of its bucket ([`MARKS`]).
#[inline(always)]
fn chain_of(head: u16) -> u16 {
    match head {
        MARKS..=LAST_MARK => INDEX.compound_other[(head - MARKS) as usize],
        head => head,
    }
}

/// Whether a token rule's match `s..e` has the token's punctuation too:
/// inside it (`AUP#In-1310`) and around it (`(BL)`, `[CS01]`).
fn token_exact(input: &[u8], s: usize, e: usize, pattern: &str) -> bool {
    let p = pattern.as_bytes();
    let Some(start) = p.iter().position(|b| b.is_ascii_alphanumeric()) else {
        return false;
    };
    let Some(last) = p.iter().rposition(|b| b.is_ascii_alphanumeric()) else {
        return false;
    };
    let (before, core, after) = (&p[..start], &p[start..=last], &p[last + 1..]);
    let core_fits = input[s..e].eq_ignore_ascii_case(core);
    core_fits
        && s >= before.len()
        && input[s - before.len()..s].eq_ignore_ascii_case(before)
        && input.len() - e >= after.len()
        && input[e..e + after.len()].eq_ignore_ascii_case(after)
}

/// Whether a rule's match can be the cause an expiry quotes: a cause its
/// words state (not a weak word), and not a network failure, which is what
/// an expiry usually is (so it stays one).
#[inline]
fn is_cause(rule: &crate::diagnose::rule::Rule) -> bool {
    rule.states_cause()
        && !matches!(
            rule.reason,
            crate::Reason::Expired | crate::Reason::NetworkError
        )
}

/// A rule that matched, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) rule: u16,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// What a scan looks for: the first rule in table order that matches, or
/// the first that matches and can be the cause an expiry quotes
/// ([`is_cause`]). Only an expiry asks for the second, so a scan for the
/// first stops trying a chain at the best match found so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    Best,
    Cause,
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that belongs to a word: an ASCII
/// letter or digit, or a byte over 127 (SWAR).
#[inline(always)]
const fn word_bits(x: u64) -> u64 {
    let y = x & !HI;
    // The high bit is set where a byte (below 0x80) is >= lo, or <= hi;
    // adding 0x80 to a byte below 0x80 sets its high bit and carries
    // nothing.
    let lower = y | (LO * 0x20);
    let digit = ((y + HI) - LO * b'0' as u64) & ((LO * (0x80 + b'9') as u64) - y);
    let letter = ((lower + HI) - LO * b'a' as u64) & ((LO * (0x80 + b'z') as u64) - lower);
    (either(digit, letter) | x) & HI
}

/// The high bits of two flags that never both hold (a byte is no digit and
/// letter at once).
#[inline(always)]
const fn either(a: u64, b: u64) -> u64 {
    a | b
}

/// The high bits of eight bytes as eight bits, byte `i` to bit `i`.
#[inline(always)]
const fn compress(bits: u64) -> u64 {
    ((bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The bytes of 64 that belong to words, and those over 127, one bit a
/// byte, eight bytes at a time.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline(always)]
fn classify_swar(block: &[u8; 64]) -> (u64, u64) {
    let mut word = 0;
    let mut high = 0;
    for (i, bytes) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]));
        word |= compress(word_bits(x)) << (8 * i);
        high |= compress(x & HI) << (8 * i);
    }
    (word, high)
}

/// [`classify_swar`] sixteen bytes at a time, with SSE2.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
#[inline(always)]
fn classify(block: &[u8; 64]) -> (u64, u64) {
    use core::arch::x86_64::{
        _mm_add_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    let mut word = 0;
    let mut high = 0;
    for (i, chunk) in block.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 belongs to the x86_64 baseline, so every x86_64 CPU
        // has these instructions; the unaligned load reads exactly the 16
        // bytes of `chunk`, initialised bytes of `block`.
        let (w, h) = unsafe {
            let x = _mm_loadu_si128(chunk.as_ptr().cast());
            // Signed compares after a shift of the range to the bottom:
            // b - '0' < 10, (b | 0x20) - 'a' < 26.
            let digit = _mm_cmplt_epi8(
                _mm_add_epi8(x, _mm_set1_epi8((0x80u8 - b'0') as i8)),
                _mm_set1_epi8(-128 + 10),
            );
            let lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
            let letter = _mm_cmplt_epi8(
                _mm_add_epi8(lower, _mm_set1_epi8((0x80u8 - b'a') as i8)),
                _mm_set1_epi8(-128 + 26),
            );
            let w = _mm_or_si128(_mm_or_si128(digit, letter), x);
            (_mm_movemask_epi8(w) as u32, _mm_movemask_epi8(x) as u32)
        };
        word |= u64::from(w & 0xFFFF) << (16 * i);
        high |= u64::from(h & 0xFFFF) << (16 * i);
    }
    (word, high)
}

#[cfg(not(target_arch = "x86_64"))]
use classify_swar as classify;

/// How many of the last words a scan keeps: enough for the longest pattern
/// with its gaps.
const RING: usize = 32;
const _: () = assert!(MAX_WORDS + 2 * GAP <= RING);

/// The key of a word of `n` bytes from its first four bytes.
const KEY_MASK: [u32; 5] = [0, 0xFF, 0xFFFF, 0xFF_FFFF, u32::MAX];

/// Whether the line head of a reply (`550-`, `550 `) starts at the word
/// `s..e`: the reply's code after the start, a space or a line end, and
/// followed by `-`, a space or the end.
#[inline]
fn head_at(input: &[u8], s: usize, e: usize, code: [u8; 3]) -> bool {
    e == s + 3
        && input[s..e] == code
        && (s == 0
            || matches!(
                input[s - 1],
                b' ' | b'\n' | b'\r' | b'\t' | b'\'' | b'"' | b'('
            ))
        && (e == input.len() || matches!(input[e], b' ' | b'-' | b'\r' | b'\n'))
}

/// Where a scan stands: kept apart from [`Scan`], which the rules read, so
/// that it stays in registers.
struct At {
    /// How many words were read.
    count: usize,
    /// Where the last line head ends: no word starts before it.
    skip_until: usize,
    /// The key of the word before (0, which no word has, at the start).
    before: u32,
    /// The key of the reply's code, 0 without one.
    head_key: u32,
}

/// Where a bucket is marked in a scan's `seen`: its word and its bit. The
/// same function marks and tests, so `seen` can only turn away rules with
/// a word that was not read.
#[inline(always)]
const fn seen_bit(bucket: usize) -> (usize, u64) {
    (bucket / 64, 1 << (bucket % 64))
}

/// The first eight bytes of the word `start..end` of letters and digits,
/// lowercased (more bytes after a shorter word): in one load where eight
/// bytes are left, else as [`head8`] reads them, the same.
#[inline(always)]
fn first8(input: &[u8], start: usize, end: usize) -> u64 {
    match input.get(start..start + 8) {
        Some(bytes) => u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8])) | (LO * 0x20),
        None => head8(input, start, end),
    }
}

/// Whether the word at `i` of `n` bytes, which runs to the end of its block
/// (the next block starting at `next`, the input ending at `len`), is read
/// by starting the next block at it. Speed only: the byte-by-byte path
/// reads it the same.
#[inline(always)]
fn starts_next_block(i: usize, n: usize, next: usize, len: usize) -> bool {
    i + n >= 64 && i > 0 && next < len
}

/// Whether the word at `i` of `n` bytes in a block is read on the fast
/// path: it ends inside the block and has no byte over 127 (`high` marks
/// them). Speed only: the other path reads any word, these the same.
#[inline(always)]
fn ascii_word(i: usize, n: usize, high: u64) -> bool {
    i + n < 64 && (high == 0 || (high >> i) & ((1u64 << n) - 1) == 0)
}

/// Scans the words of `input` from `from` on for phrase and token rules,
/// skipping the line heads of a reply (`550-5.1.1 `, `550 `) where `head`
/// is the reply's code. Of a text longer than 4 GiB, the first 4 GiB are
/// read.
pub(crate) fn scan(
    input: &[u8],
    from: usize,
    head: Option<[u8; 3]>,
    class: Option<Class>,
    command: Option<Command>,
    want: Want,
) -> Option<Hit> {
    // So that places fit in 32 bits.
    let input = &input[..input.len().min(u32::MAX as usize)];
    let mut scan = Scan {
        input,
        head,
        class,
        command,
        want,
        found: None,
        seen: [0; BUCKETS / 64],
        keys: [0; RING],
        spans: [(0, 0); RING],
    };
    let mut at = At {
        count: 0,
        skip_until: from,
        before: 0,
        // A word's key is never 0: it has a byte.
        head_key: head.map_or(0, |c| u32::from_le_bytes([c[0], c[1], c[2], 0])),
    };
    let len = input.len();
    let mut base = from;
    // Whether the byte before `base` belongs to a word.
    let mut carry = 0u64;
    // The block, and zeros after it for the last loads.
    let mut buf = [0u8; 72];
    while base < len {
        match input.get(base..base + 64) {
            Some(block) => buf[..64].copy_from_slice(block),
            None => {
                // The last block: its bytes, then zeros.
                let n = len - base;
                buf[..n].copy_from_slice(&input[base..]);
                buf[n..64].fill(0);
            }
        }
        let (word, high) = classify(buf[..64].try_into().unwrap_or(&[0; 64]));
        let mut starts = word & !((word << 1) | carry);
        carry = word >> 63;
        let mut next = base + 64;
        while starts != 0 {
            let i = starts.trailing_zeros() as usize & 63;
            starts &= starts - 1;
            // The word's length within the block.
            let n = (!(word >> i)).trailing_zeros() as usize;
            if ascii_word(i, n, high) {
                // An ASCII word: most have no rule ending with them.
                let k =
                    u32::from_le_bytes([buf[i], buf[i + 1], buf[i + 2], buf[i + 3]]) | 0x2020_2020;
                let key = k & KEY_MASK[n.min(4)];
                scan.visit(&mut at, base + i, base + i + n, key);
            } else if starts_next_block(i, n, next, len) {
                // A word that goes on past the block: the next block starts
                // with it.
                next = base + i;
                carry = 0;
                break;
            } else {
                // A word with non-ASCII bytes, or one longer than a block:
                // `word_end` splits it (a character of three or four bytes
                // is a word of its own).
                let s = base + i;
                let mut e = (s + n).min(len);
                if i + n >= 64 {
                    while e < len && (input[e].is_ascii_alphanumeric() || input[e] >= 0x80) {
                        e += 1;
                    }
                }
                let mut t = s;
                while t < e {
                    let u = word_end(input, t).min(e);
                    scan.visit(&mut at, t, u, key(head8(input, t, u)));
                    t = u;
                }
            }
        }
        base = next;
    }
    scan.found
}

/// A word read as two: where the first ends, the place of the second,
/// their keys, and where the next word may start (0: anywhere).
struct TwoWords {
    first_end: usize,
    first_key: u32,
    second: (usize, usize),
    second_key: u32,
    skip_until: usize,
}

/// Where a scan stands after a word read as two: how many words it has
/// read (two at least, so that `Option<Read>` is no larger), the key of
/// the last, and where the next word may start.
struct Read {
    count: NonZeroU32,
    before: u32,
    skip_until: u32,
}

/// What a scan has read, and what it found.
struct Scan<'a> {
    input: &'a [u8],
    /// The reply's code, whose line heads are skipped.
    head: Option<[u8; 3]>,
    class: Option<Class>,
    command: Option<Command>,
    want: Want,
    /// The first rule in table order that matched, of those wanted.
    found: Option<Hit>,
    /// The buckets of the words read so far, one bit each: a rule one of
    /// whose words' buckets is not among them cannot match yet.
    seen: [u64; BUCKETS / 64],
    /// The keys and the places of the last words read: the newest is at
    /// `(count - 1) % RING`.
    keys: [u32; RING],
    spans: [(u32, u32); RING],
}

impl Scan<'_> {
    /// Reads the word `s..e`, and tries the rules that end with it.
    #[inline(always)]
    fn visit(&mut self, at: &mut At, s: usize, e: usize, key: u32) {
        if s < at.skip_until {
            return;
        }
        if key == at.head_key
            && self
                .head
                .is_some_and(|code| head_at(self.input, s, e, code))
        {
            // Skip the separator and an enhanced code after it.
            let input = self.input;
            let mut after = (e + 1).min(input.len());
            if let Some((_, n)) = EnhancedCode::parse_prefix(&input[after..]) {
                if after + n == input.len() || input[after + n] == b' ' {
                    after += n;
                }
            }
            at.skip_until = after;
            return;
        }
        let b = self.keep(at, s, e, key);
        let eb = end_bucket(key);
        let ends = INDEX.ends[eb];
        if ends == key || ends == MIXED {
            let special = INDEX.special[eb];
            if special != 0 {
                // In place of the word kept above (its bit in `seen` stays:
                // a bit too many turns no rule away). Out of line, with
                // what it changes returned, so that `at` stays in
                // registers in the loop.
                if let Some(read) = self.read_special(at.count - 1, at.before, special) {
                    at.count = read.count.get() as usize;
                    at.before = read.before;
                    at.skip_until = at.skip_until.max(read.skip_until as usize);
                    return;
                }
            }
            self.try_rules(at.count, key, at.before, b);
        }
        at.before = key;
    }

    /// Tries the rules that end with the newest word (of key `key` and
    /// bucket `b`, the `count`th, after a word of key `before`).
    #[inline(always)]
    fn try_rules(&mut self, count: usize, key: u32, before: u32, b: usize) {
        let f = INDEX.filter[b];
        if f == key || f == MIXED {
            self.candidates(INDEX.heads[b], count, key, before);
        }
        let p = INDEX.pair_heads[pair(before, key)];
        if p != NONE {
            self.candidates(p, count, key, before);
        }
    }

    /// How the word `s..e`, whose key is `key` and whose bucket of the ends
    /// holds the words read as two of the bits `special`
    /// ([`Index::special`]), is read as two, if it is one: a compound
    /// ([`COMPOUNDS`]) or the first word of a contraction ([`CONTRACTED`],
    /// whose `n't` is read as `not`).
    #[inline(always)]
    fn two_words(&self, s: usize, e: usize, key: u32, special: Specials) -> Option<TwoWords> {
        let input = self.input;
        // Several words may share the bucket, and some their key
        // (`mailbox`, `mailserver`).
        let mut bits = special;
        let c = loop {
            if bits == 0 {
                return None;
            }
            let c = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            if SPECIAL_KEYS[c] == key && starts_with(input, s, e, special_word(c)) {
                break c;
            }
        };
        if c < COMPOUNDS.len() {
            let split = COMPOUNDS[c].1;
            return Some(TwoWords {
                first_end: s + split,
                first_key: key & KEY_MASK[split.min(4)],
                second: (s + split, e),
                second_key: key_of(&input[s + split..e]),
                skip_until: 0,
            });
        }
        let keep = contraction(input, s, e, special_word(c));
        (keep > 0).then(|| TwoWords {
            first_end: s + keep,
            first_key: key & KEY_MASK[keep.min(4)],
            // `n't`, three bytes, as `not`.
            second: (e - 1, e + 2),
            second_key: NOT,
            skip_until: e + 2,
        })
    }

    /// Reads the word kept after `count` others (the last of whose keys is
    /// `before`) as two, if it is a word read as two
    /// ([`two_words`](Self::two_words)); returns where the scan then stands
    /// (`None` when it is no such word).
    #[inline(never)]
    fn read_special(&mut self, count: usize, before: u32, special: Specials) -> Option<Read> {
        // The word, kept last.
        let slot = count % RING;
        let (key, (s, e)) = (self.keys[slot], self.span(slot));
        let two = self.two_words(s, e, key, special)?;
        let mut at = At {
            count,
            skip_until: 0,
            before,
            head_key: 0,
        };
        self.read_with(&mut at, s, two.first_end, two.first_key);
        let (s, e) = two.second;
        self.read_with(&mut at, s, e, two.second_key);
        // Places fit in 32 bits, and so do counts of words; two words
        // were just read.
        Some(Read {
            count: NonZeroU32::new(at.count as u32)?,
            before: at.before,
            // A contraction's `t` is read already, as `n't`.
            skip_until: two.skip_until as u32,
        })
    }

    /// Keeps the word `s..e` with its key in the ring, and its bucket
    /// (returned) in `seen`.
    #[inline(always)]
    fn keep(&mut self, at: &mut At, s: usize, e: usize, key: u32) -> usize {
        let b = bucket(key);
        let (word, bit) = seen_bit(b);
        self.seen[word] |= bit;
        let slot = at.count % RING;
        self.keys[slot] = key;
        // Places fit in 32 bits: `scan` reads no more.
        self.spans[slot] = (s as u32, e as u32);
        at.count += 1;
        b
    }

    /// Keeps the word `s..e` with its key, and tries the rules that end
    /// with it if any may.
    #[inline(always)]
    fn read_with(&mut self, at: &mut At, s: usize, e: usize, key: u32) {
        let ends = INDEX.ends[end_bucket(key)];
        let b = self.keep(at, s, e, key);
        if ends == key || ends == MIXED {
            self.try_rules(at.count, key, at.before, b);
        }
        at.before = key;
    }

    /// The place of the word in `slot`.
    #[inline(always)]
    fn span(&self, slot: usize) -> (usize, usize) {
        let (s, e) = self.spans[slot];
        (s as usize, e as usize)
    }

    /// The slot of the word `back` words before the newest of `count`.
    #[inline(always)]
    fn slot(count: usize, back: usize) -> Option<usize> {
        (back < count.min(RING)).then(|| (count - 1 - back) % RING)
    }

    /// Whether the input word in `slot` is a pattern word (or starts with
    /// it): its key first, which most words fail.
    #[inline(always)]
    fn word_is(&self, slot: usize, pattern: &[u8], tok: Tok) -> bool {
        let Tok::Word(word) = tok else {
            return true;
        };
        // Both keys are the first four bytes (fewer in a shorter word).
        if self.keys[slot] != word.key() {
            return false;
        }
        let (start, end) = self.span(slot);
        word.fits(end - start) && self.bytes_are(start, end, pattern, word)
    }

    /// Whether the input word `start..end`, whose key is the pattern
    /// word's and which fits its length, has the pattern word's bytes after
    /// the key (`pattern` is the rule's pattern, where the word stands).
    #[inline(always)]
    fn bytes_are(&self, start: usize, end: usize, pattern: &[u8], word: Word) -> bool {
        let (at, len, head) = (word.at as usize, word.len as usize, word.head);
        if len <= 4 {
            return true;
        }
        // The first eight bytes in one comparison (an ASCII pattern word's
        // bytes are letters and digits, which `| 0x20` lowercases, and it
        // turns no other byte into one of them), the rest byte by byte.
        let got = if word.ascii {
            first8(self.input, start, end)
        } else {
            head8(self.input, start, end)
        };
        let mask = u64::MAX >> (64 - 8 * len.min(8) as u32);
        if fold(got) & mask != head {
            return false;
        }
        let mut i = 8;
        while i < len {
            if folded(self.input[start + i]) != folded(pattern[at + i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Matches `toks` backwards, the last against the word `back` words
    /// before the newest of `count`; returns the start of the first word
    /// matched.
    fn match_back(
        &self,
        count: usize,
        pattern: &[u8],
        toks: &[Tok],
        mut back: usize,
    ) -> Option<usize> {
        // A pattern, and what is left of it before a gap, has a word: the
        // loop returns at it.
        let mut i = toks.len();
        loop {
            i -= 1;
            match toks[i] {
                Tok::Gap => {
                    // The words it may skip, nearest first; a try goes on
                    // only where the token before the gap fits.
                    let rest = &toks[..i];
                    let before = *rest.last()?;
                    for skip in 0..=GAP {
                        let slot = Self::slot(count, back + skip)?;
                        if !self.word_is(slot, pattern, before) {
                            continue;
                        }
                        if let Some(start) = self.match_back(count, pattern, rest, back + skip) {
                            return Some(start);
                        }
                    }
                    return None;
                }
                tok => {
                    let slot = Self::slot(count, back)?;
                    if !self.word_is(slot, pattern, tok) {
                        return None;
                    }
                    if i == 0 {
                        return Some(self.span(slot).0);
                    }
                    back += 1;
                }
            }
        }
    }

    /// Tries the rules of one chain whose last word has the key of the
    /// newest word (and, in a chain of pairs, whose word before it has the
    /// key of the word before).
    #[inline(never)]
    fn candidates(&mut self, head: u16, count: usize, key: u32, before: u32) {
        let index = &INDEX;
        match head {
            MARKS..=LAST_MARK => {
                // The halves of a compound (`e` and `mail` of `email`,
                // `e-mail`) are tried as one word, after the word before
                // them; then the bucket's own chain, which holds the rules
                // that are the compound alone, and other pairs.
                let c = (head - MARKS) as usize;
                if HALVES[c] == (before, key) {
                    let before = Self::slot(count, 2).map_or(0, |slot| self.keys[slot]);
                    self.walk(
                        chain_of(index.pair_heads[pair(before, key)]),
                        count,
                        key,
                        before,
                    );
                }
                self.walk(index.compound_other[c], count, key, before);
            }
            head => self.walk(head, count, key, before),
        }
    }

    /// Tries the rules of the chain from `head` on: the walk of
    /// [`candidates`](Self::candidates).
    #[inline(always)]
    fn walk(&mut self, head: u16, count: usize, key: u32, before: u32) {
        let index = &INDEX;
        if head == NONE {
            return;
        }
        let (last, end) = self.span((count - 1) % RING);
        let mut found = self.found.map_or(N, |h| h.rule as usize);
        let mut r = head;
        while r != NONE {
            let i = r as usize;
            // Later rules in this chain come later in the table too: past
            // the match found, none can improve it.
            if i >= found {
                break;
            }
            r = index.next[i];
            if self.want == Want::Cause && !is_cause(&RULES[i]) {
                continue;
            }
            // The cheap tests first: the last word's key and length, the
            // conditions, whether every word was seen at all; then the
            // words themselves, in `confirm`.
            let word = index.last[i];
            if word.key() != key
                || !word.fits(end - last)
                || (index.pair_keys[i] != 0 && index.pair_keys[i] != before)
                || !RULES[i].allows(self.class, self.command)
            {
                continue;
            }
            let needs = &index.needs[i][..index.needs_len[i] as usize];
            if needs.iter().any(|&b| {
                let (word, bit) = seen_bit(b as usize);
                self.seen[word] & bit == 0
            }) {
                continue;
            }
            let Some(start) = self.confirm(i, count, last, end) else {
                continue;
            };
            found = i;
            self.found = Some(Hit {
                rule: i as u16,
                start,
                end,
            });
        }
    }

    /// Where rule `i` matches, if it does, given that its last word has the
    /// key and the length of the newest word (`last..end`, the `count`th):
    /// the last word's other bytes, the words before it, a token's
    /// punctuation. Apart from `candidates`, so that the walk along a chain
    /// stays small.
    #[inline(never)]
    fn confirm(&self, i: usize, count: usize, last: usize, end: usize) -> Option<usize> {
        let index = &INDEX;
        let rule = &RULES[i];
        let bytes = rule.pattern.as_bytes();
        if !self.bytes_are(last, end, bytes, index.last[i]) {
            return None;
        }
        let pattern = &index.patterns[i];
        let start = match pattern.len {
            1 => last,
            n => self.match_back(count, bytes, &pattern.toks[..n as usize - 1], 1)?,
        };
        if rule.kind == EvidenceKind::VendorToken
            && !token_exact(self.input, start, end, rule.pattern)
        {
            return None;
        }
        Some(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(head: u16) -> usize {
        let mut n = 0;
        let mut r = chain_of(head);
        while r != NONE {
            n += 1;
            r = INDEX.next[r as usize];
        }
        n
    }

    /// What a bucket of rules with these keys holds: 0 for none, their key
    /// when they have one, else [`MIXED`].
    fn one_key(mut keys: Vec<u32>) -> u32 {
        keys.sort_unstable();
        keys.dedup();
        match keys[..] {
            [] => 0,
            [k] => k,
            _ => MIXED,
        }
    }

    /// Every phrase and token rule is in one chain, and the chains are
    /// short: a word, or a pair of words, tries a handful of rules at most.
    #[test]
    fn the_index_spreads_the_rules() {
        let rules = RULES
            .iter()
            .filter(|r| matches!(r.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken))
            .count();
        let by_word: Vec<usize> = INDEX.heads.iter().map(|&h| chain(h)).collect();
        let by_pair: Vec<usize> = INDEX.pair_heads.iter().map(|&h| chain(h)).collect();
        let filled = |c: &[usize]| c.iter().filter(|&&n| n > 0).count();
        let longest = |c: &[usize]| c.iter().copied().max().unwrap_or(0);
        eprintln!(
            "{} rules; by word {} chains, longest {}; by pair {} chains, longest {}",
            rules,
            filled(&by_word),
            longest(&by_word),
            filled(&by_pair),
            longest(&by_pair)
        );
        assert_eq!(
            by_word.iter().sum::<usize>() + by_pair.iter().sum::<usize>(),
            rules
        );
        assert!(filled(&by_word) >= 50 && longest(&by_word) <= 8);
        // A bucket's filter is the one key of its rules, so that a word of
        // another key tries none of them.
        for (b, &head) in INDEX.heads.iter().enumerate() {
            let mut keys = Vec::new();
            let mut r = head;
            while r != NONE {
                keys.push(INDEX.last[r as usize].key());
                r = INDEX.next[r as usize];
            }
            assert_eq!(INDEX.filter[b], one_key(keys), "bucket {b}");
        }
        assert!(filled(&by_pair) >= 200 && longest(&by_pair) <= 14);
        // The ends are the one last-word key of the rules in a bucket, so
        // that a word that ends none is passed over.
        let mut ends = vec![Vec::new(); ENDS];
        // The words read as two lead into the branch that reads them so.
        for (c, &special) in SPECIAL_KEYS.iter().enumerate() {
            let word = special_word(c);
            let k = key_of(word);
            ends[end_bucket(k)].push(k);
            assert_eq!(special, k);
        }
        // Each bucket marks exactly the words read as two whose keys are
        // in it.
        for (eb, &bits) in INDEX.special.iter().enumerate() {
            let want = (0..SPECIALS)
                .filter(|&c| end_bucket(SPECIAL_KEYS[c]) == eb)
                .fold(0 as Specials, |m, c| m | 1 << c);
            assert_eq!(bits, want, "bucket {eb}");
        }
        for (i, rule) in RULES.iter().enumerate() {
            if matches!(rule.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken) {
                let k = INDEX.last[i].key();
                ends[end_bucket(k)].push(k);
            }
        }
        for (b, keys) in ends.into_iter().enumerate() {
            assert_eq!(INDEX.ends[b], one_key(keys), "end bucket {b}");
        }
        let empty = INDEX.ends.iter().filter(|&&k| k == 0).count();
        let mixed = INDEX.ends.iter().filter(|&&k| k == MIXED).count();
        assert!(
            empty > ENDS / 2 && ENDS - empty >= 250 && mixed < 50,
            "{empty} {mixed}"
        );
    }

    /// A rule's needs are the buckets of its words before the last, and a
    /// rule is chained by pair exactly when the token before its last word
    /// is a word.
    #[test]
    fn the_index_knows_each_rules_words() {
        let (mut compounds, mut marked) = (0, [false; COMPOUNDS.len()]);
        for (i, rule) in RULES.iter().enumerate() {
            if !matches!(rule.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken) {
                continue;
            }
            let p = tokens(rule.pattern);
            let toks = &p.toks[..p.len as usize];
            let before_last = toks.len() >= 2 && matches!(toks[toks.len() - 2], Tok::Word(..));
            let mut want: Vec<u16> = toks[..toks.len() - 1]
                .iter()
                .filter_map(|t| match t {
                    Tok::Word(word) => Some(bucket(word.key()) as u16),
                    _ => None,
                })
                .collect();
            let mut got = INDEX.needs[i][..INDEX.needs_len[i] as usize].to_vec();
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, want, "{} {:?}", rule.id, rule.pattern);
            assert_eq!(INDEX.pair_keys[i] != 0, before_last, "{}", rule.id);
            // A rule that ends with a compound is chained by the word
            // before its first half.
            if let [.., Tok::Word(x), Tok::Word(first), Tok::Word(second)] = toks {
                if let Some(c) = compound_of(first.key(), second.key()) {
                    assert_eq!(INDEX.pair_keys[i], x.key(), "{}", rule.id);
                    marked[c] = true;
                    compounds += 1;
                }
            }
        }
        // Among them, the five that end with `email`.
        assert!(compounds >= 15, "{compounds}");
        assert!(marked[2], "email");
        for (c, &(first, second)) in HALVES.iter().enumerate() {
            let head = INDEX.pair_heads[pair(first, second)];
            assert_eq!(head == MARKS + c as u16, marked[c], "{}", c);
        }
    }

    /// A rule's last word fits an input word of its own length, and a
    /// longer one only when it is a prefix (`blocklist*`).
    #[test]
    fn the_last_word_fits_by_length() {
        let mut prefixes = 0;
        for (i, rule) in RULES.iter().enumerate() {
            if !matches!(rule.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken) {
                continue;
            }
            let p = tokens(rule.pattern);
            let Tok::Word(word) = p.toks[p.len as usize - 1] else {
                panic!("{}", rule.id)
            };
            let (len, last) = (word.len as usize, INDEX.last[i]);
            assert_eq!(last.head, word.head, "{}", rule.id);
            assert!(last.fits(len), "{}", rule.id);
            assert!(!last.fits(len - 1), "{}", rule.id);
            assert_eq!(last.fits(len + 1), word.prefix, "{}", rule.id);
            prefixes += usize::from(word.prefix);
        }
        assert!(prefixes >= 10, "{prefixes}");
    }

    /// A character of three or four bytes is a word: a lead byte and at
    /// most three continuation bytes, even where more follow (invalid
    /// UTF-8). Two-byte characters belong to words, with ASCII letters and
    /// digits.
    #[test]
    fn words_of_scripts_with_and_without_spaces() {
        assert_eq!(word_end(b"\xF0\x9F\x98\x80\x80\x80", 0), 4);
        assert_eq!(word_end("é!".as_bytes(), 0), 2);
        assert_eq!(word_end(b"\x80\x80", 0), 1);
        assert_eq!(word_end(b"ab1-c", 0), 3);
        assert_eq!(word_end("überschritten!".as_bytes(), 0), 14);
        assert_eq!(word_end("wirusów znalazł".as_bytes(), 0), 8);
        assert_eq!(word_end("Антивирусная программа".as_bytes(), 0), 24);
        // A three-byte character ends a word, and is one.
        assert_eq!(word_end("QQ邮箱".as_bytes(), 0), 2);
        assert_eq!(word_end("邮箱".as_bytes(), 0), 3);
        // A two-byte lead without its continuation byte is a byte alone.
        assert_eq!(word_end(b"ab\xC3", 0), 2);
        assert_eq!(word_end(b"\xC3a", 0), 1);
        assert_eq!(word_end(b"a\xC3\xA9\xC3", 0), 3);
    }

    /// A pattern may skip words twice at most.
    #[test]
    #[should_panic(expected = "at most two gaps")]
    fn three_gaps_are_refused() {
        tokens("one ~ two ~ three ~ four");
    }

    /// Every bucket has a bit of its own in `seen`.
    #[test]
    fn each_bucket_is_seen_apart() {
        let bits: std::collections::HashSet<(usize, u64)> = (0..BUCKETS).map(seen_bit).collect();
        assert_eq!(bits.len(), BUCKETS);
        assert!(
            bits.iter()
                .all(|&(word, bit)| word < BUCKETS / 64 && bit.count_ones() == 1)
        );
    }

    /// The fast path takes a word that ends inside its block and has only
    /// ASCII bytes, and no other.
    #[test]
    fn ascii_words_take_the_fast_path() {
        assert!(ascii_word(0, 5, 0));
        assert!(ascii_word(58, 5, 0));
        assert!(!ascii_word(59, 5, 0));
        assert!(!ascii_word(60, 5, 0));
        // A byte over 127 in the word, or only elsewhere in the block.
        assert!(!ascii_word(10, 5, 1 << 12));
        assert!(!ascii_word(10, 5, 1 << 10));
        assert!(!ascii_word(10, 5, 1 << 14));
        assert!(ascii_word(10, 5, 1 << 15));
        assert!(ascii_word(10, 5, (1 << 9) | (1 << 40)));
    }

    /// A vendor token is matched as written: `token_exact` knows no
    /// wildcard.
    #[test]
    fn vendor_tokens_have_no_wildcards() {
        for rule in RULES.iter().filter(|r| r.kind == EvidenceKind::VendorToken) {
            assert!(!rule.pattern.contains(['*', '~']), "{}", rule.id);
        }
    }

    /// Every byte value in every position of a block: the SSE2 and the
    /// SWAR classifications agree with the byte table.
    #[test]
    fn classify_agrees_with_the_byte_table() {
        for b in 0..=255u8 {
            for at in 0..64 {
                let mut block = [b'.'; 64];
                block[at] = b;
                // A word byte beside it, so that carries cross bytes.
                block[(at + 1) % 64] = b'a';
                let want_word = block.iter().enumerate().fold(0u64, |m, (i, &x)| {
                    m | (u64::from(KIND[x as usize] != SEP) << i)
                });
                let want_high = block
                    .iter()
                    .enumerate()
                    .fold(0u64, |m, (i, &x)| m | (u64::from(x >= 0x80) << i));
                assert_eq!(classify(&block), (want_word, want_high), "{b:#04x} at {at}");
                assert_eq!(
                    classify_swar(&block),
                    (want_word, want_high),
                    "{b:#04x} at {at}"
                );
            }
        }
    }

    /// A compound splits where its table says, whatever its case and
    /// whatever follows it; other words do not split.
    #[test]
    fn compounds_split_after_their_first_word() {
        let at = |w: &str| compound(w.as_bytes(), 0, w.len());
        assert_eq!(at("mailbox"), 4);
        assert_eq!(at("Mailboxes"), 4);
        assert_eq!(at("EMAIL"), 1);
        assert_eq!(at("emails"), 1);
        assert_eq!(at("cannot"), 3);
        assert_eq!(at("blacklisted"), 5);
        assert_eq!(at("greylisting"), 4);
        assert_eq!(at("Hostname"), 4);
        assert_eq!(at("mailserver"), 4);
        assert_eq!(at("login"), 3);
        assert_eq!(at("nonexistent"), 3);
        assert_eq!(at("spamfilter"), 4);
        assert_eq!(at("antivirus"), 4);
        assert_eq!(at("Timeout"), 4);
        assert_eq!(at("mailinglists"), 7);
        assert_eq!(at("subdomain"), 3);
        assert_eq!(at("setup"), 3);
        assert_eq!(at("mailing"), 0);
        assert_eq!(at("mailbo"), 0);
        assert_eq!(at("mail"), 0);
        assert_eq!(at("e"), 0);
        assert_eq!(at("spamhaus"), 0);
        // A pattern reads them the same way: `mailbox full` is three words.
        let p = tokens("mailbox full");
        assert_eq!(p.len, 3);
        let p = tokens("blacklist*");
        let words: Vec<(u8, bool)> = p.toks[..p.len as usize]
            .iter()
            .map(|t| match t {
                Tok::Word(w) => (w.len, w.prefix),
                _ => panic!("a word"),
            })
            .collect();
        assert_eq!(words, [(5, false), (4, true)]);
    }

    /// `n't` after one of the contracted words, then no letter: the word
    /// keeps its bytes but the `n` (all of `can`); anything else is no
    /// contraction.
    #[test]
    fn contractions_are_read_as_not() {
        let keep = |text: &str, e: usize| {
            CONTRACTED
                .iter()
                .map(|word| contraction(text.as_bytes(), 0, e, word))
                .find(|&k| k > 0)
                .unwrap_or(0)
        };
        assert_eq!(keep("doesn't exist", 5), 4);
        assert_eq!(keep("DOESN'T", 5), 4);
        assert_eq!(keep("isn't", 3), 2);
        assert_eq!(keep("can't", 3), 3);
        assert_eq!(keep("couldn't.", 6), 5);
        // Not a contraction, or not one of the list.
        assert_eq!(keep("doesn'tx", 5), 0);
        assert_eq!(keep("doesn'", 5), 0);
        assert_eq!(keep("doesn t", 5), 0);
        assert_eq!(keep("won't", 3), 0);
        assert_eq!(keep("o'toole", 1), 0);
        assert!(after_contracted(b"doesn t exist", 6));
        assert!(after_contracted(b"it can t", 7));
        assert!(!after_contracted(b"scan t", 5));
        assert!(!after_contracted(b"t", 0));
    }

    /// A pattern that writes a contraction as the input has it never
    /// matches, so it is refused at compile time.
    #[test]
    #[should_panic(expected = "contraction out")]
    fn contracted_patterns_are_refused() {
        tokens("doesn t exist");
    }

    #[test]
    #[should_panic(expected = "contraction out")]
    fn patterns_with_apostrophes_are_refused() {
        tokens("isn't aligned");
    }

    /// `z` reads as `s` from the fifth byte on, and nowhere before; other
    /// bytes are left as they are.
    #[test]
    fn z_is_s_after_the_key() {
        let h = |w: &str| fold(head8(w.as_bytes(), 0, w.len()));
        assert_eq!(h("authoriz"), h("authoris"));
        assert_eq!(h("organiza"), h("organisa"));
        assert_ne!(h("zone"), h("sone"));
        assert_ne!(h("sizes"), h("sises"), "the third byte is in the key");
        assert_eq!(h("abcdzzzz"), h("abcdssss"));
        assert_eq!(h("abcdyyyy"), head8(b"abcdyyyy", 0, 8));
        assert_eq!(folded(b'Z'), b's');
        assert_eq!(folded(b'A'), b'a');
    }
}
