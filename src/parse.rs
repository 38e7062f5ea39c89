//! The reply parser (RFC 5321, section 4.2): zero-copy, allocation-free and
//! resumable.
//!
//! - [`ParserConfig`] says what is accepted: [`ParserConfig::STRICT`] (the
//!   RFC's grammar) or [`ParserConfig::LENIENT`] (the default, for clients
//!   facing real servers).
//! - [`ParserConfig::parse`] (or [`Reply::parse`]) parses one reply at the
//!   start of a buffer: [`Status::Complete`] with the [`Reply`], which knows
//!   its length, or [`Status::Partial`] when more bytes are needed.
//! - [`ReplyParser`] does the same for data that arrives in pieces, without
//!   reading again what it has read.
//! - [`Replies`] iterates over the replies in a buffer (pipelining, LMTP)
//!   and stops at a partial tail.
//!
//! # Examples
//!
//! ```
//! use smtp_codes::{Reply, Status};
//!
//! let buf = b"250-mx.example.com Hello\r\n250 SIZE 35882577\r\n";
//! let Status::Complete(reply) = Reply::parse(buf)? else { panic!("partial") };
//! assert_eq!(reply.code(), 250);
//! assert_eq!(reply.len(), buf.len());
//! let texts: Vec<&str> = reply.lines().filter_map(|l| l.as_str()).collect();
//! assert_eq!(texts, ["mx.example.com Hello", "SIZE 35882577"]);
//!
//! assert_eq!(Reply::parse(b"250-mx.example.com Hello\r\n250 SIZ")?, Status::Partial);
//! # Ok::<(), smtp_codes::ParseError>(())
//! ```

use crate::code::Code;
use crate::reply::Reply;

/// The outcome of parsing that did not fail: a whole value, or the need for more bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status<T> {
    /// A whole value; a [`Reply`] knows how many bytes it used ([`Reply::len`]).
    Complete(T),
    /// The input ends before the value does: read more bytes and parse again.
    /// No input that could still become valid is ever an error.
    Partial,
}

impl<T> Status<T> {
    /// The complete value, if there is one.
    pub fn complete(self) -> Option<T> {
        match self {
            Status::Complete(value) => Some(value),
            Status::Partial => None,
        }
    }

    /// Whether more bytes are needed.
    pub const fn is_partial(&self) -> bool {
        matches!(self, Status::Partial)
    }

    /// Whether the value is whole (as `httparse::Status::is_complete`).
    pub const fn is_complete(&self) -> bool {
        matches!(self, Status::Complete(_))
    }

    /// The status with its value changed by `f`.
    ///
    /// ```
    /// use smtp_codes::{Reply, Status};
    ///
    /// let len = Reply::parse(b"250 OK\r\n")?.map(|reply| reply.len());
    /// assert_eq!(len, Status::Complete(8));
    /// assert!(Reply::parse(b"250 O")?.map(|reply| reply.len()).is_partial());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Status<U> {
        match self {
            Status::Complete(value) => Status::Complete(f(value)),
            Status::Partial => Status::Partial,
        }
    }

    /// The complete value.
    ///
    /// # Panics
    ///
    /// On [`Status::Partial`], as `httparse::Status::unwrap` does: use it
    /// where the input is known to be whole, such as in tests.
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Status::Complete(value) => value,
            Status::Partial => panic!("called `Status::unwrap()` on a `Partial` value"),
        }
    }
}

/// Why bytes are not a reply. Every error carries the byte offset where
/// the problem was found, counted from the start of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// A line does not start with three digits (or the line has no code at all).
    #[error("byte {offset}: a reply line must start with a three-digit code")]
    NotDigit {
        /// The offset of the byte that is not a digit.
        offset: usize,
    },
    /// The first digit is not 2, 3, 4 or 5.
    #[error("byte {offset}: the first digit of a reply code must be 2, 3, 4 or 5")]
    Class {
        /// The offset of the first digit.
        offset: usize,
    },
    /// In strict mode, the second digit is over 5 (RFC 5321: `%x30-35`).
    #[error("byte {offset}: the second digit of a reply code must be 0 to 5")]
    Category {
        /// The offset of the second digit.
        offset: usize,
    },
    /// A fourth digit follows the code.
    #[error("byte {offset}: a reply code has three digits, not more")]
    CodeTooLong {
        /// The offset of the fourth digit.
        offset: usize,
    },
    /// A line of a multi-line reply has another code than the first line.
    #[error("byte {offset}: the code {found} differs from the reply's code {expected}")]
    CodeChanged {
        /// The offset of the line's code.
        offset: usize,
        /// The code of the first line.
        expected: Code,
        /// The code of this line.
        found: Code,
    },
    /// The code is followed by something other than a space, `-` or the line end.
    #[error("byte {offset}: a reply code must be followed by a space, a hyphen or the line end")]
    Separator {
        /// The offset of the byte after the code.
        offset: usize,
    },
    /// A byte that the mode does not allow in the text: a control character
    /// (but HT), DEL, or in strict mode a byte over 127.
    #[error("byte {offset}: the byte {byte:#04x} is not allowed in reply text")]
    Byte {
        /// Where the byte is.
        offset: usize,
        /// The byte.
        byte: u8,
    },
    /// A CR that is not followed by LF.
    #[error("byte {offset}: a carriage return must be followed by a line feed")]
    BareCr {
        /// Where the CR is.
        offset: usize,
    },
    /// In strict mode, a line that ends with LF alone instead of CRLF.
    #[error("byte {offset}: a line must end with CRLF, not a bare line feed")]
    BareLf {
        /// Where the LF is.
        offset: usize,
    },
    /// A line is longer than the mode allows (512 octets with its CRLF in strict mode).
    #[error("byte {offset}: the line is longer than {limit} bytes")]
    LineTooLong {
        /// Where the line starts.
        offset: usize,
        /// The limit, in bytes with the line end.
        limit: usize,
    },
    /// The reply is longer than the configured limit.
    #[error("byte {offset}: the reply is longer than {limit} bytes")]
    ReplyTooLong {
        /// Where the line that crosses the limit starts.
        offset: usize,
        /// The limit, in bytes.
        limit: usize,
    },
    /// [`ReplyParser::parse`] was given bytes that do not extend the ones of
    /// its last call: fewer of them, or a different code at the start. The
    /// parser forgets the reply under way.
    #[error(
        "byte {offset}: these bytes do not extend the ones given before (reset the parser for new bytes)"
    )]
    NotExtended {
        /// Where the bytes differ, or how many there are when they are fewer.
        offset: usize,
    },
}

impl ParseError {
    /// The byte offset where the problem was found.
    pub const fn offset(&self) -> usize {
        let mut e = *self;
        *e.offset_mut()
    }

    /// The same error with its offset moved by `base` bytes (for input that
    /// was parsed from the middle of a larger buffer).
    pub const fn shifted(self, base: usize) -> ParseError {
        let mut e = self;
        *e.offset_mut() += base;
        e
    }

    const fn offset_mut(&mut self) -> &mut usize {
        match self {
            ParseError::NotDigit { offset }
            | ParseError::Class { offset }
            | ParseError::Category { offset }
            | ParseError::CodeTooLong { offset }
            | ParseError::CodeChanged { offset, .. }
            | ParseError::Separator { offset }
            | ParseError::Byte { offset, .. }
            | ParseError::BareCr { offset }
            | ParseError::BareLf { offset }
            | ParseError::LineTooLong { offset, .. }
            | ParseError::ReplyTooLong { offset, .. }
            | ParseError::NotExtended { offset } => offset,
        }
    }
}

/// What the parser accepts.
///
/// Two presets:
///
/// | | [`STRICT`](ParserConfig::STRICT) | [`LENIENT`](ParserConfig::LENIENT) (default) |
/// |---|---|---|
/// | line end | CRLF only | CRLF or bare LF, mixed in one reply |
/// | text bytes | HT and printable US-ASCII (`%d09 / %d32-126`) | also bytes 128 to 255, kept as bytes (UTF-8, Latin-1, GBK) |
/// | code | `%x32-35 %x30-35 %x30-39` | first digit 2 to 5, then any two digits |
/// | line length, with its line end | 512 octets (RFC 5321, 4.5.3.1.5) | 65,536 bytes |
/// | reply length | 1 MiB | 1 MiB |
///
/// In both modes these are errors: different codes on different lines, a
/// first digit outside 2 to 5, a missing or wrong separator, a line without
/// a code, a four-digit code, a CR not followed by LF, NUL and the other
/// control characters but HT, and DEL.
///
/// The default is [`LENIENT`](ParserConfig::LENIENT): a client should take
/// what real servers send (RFC 5321 asks clients to act on the code). A
/// server testing its own replies, or a conformance checker, uses
/// [`STRICT`](ParserConfig::STRICT).
///
/// # Examples
///
/// ```
/// use smtp_codes::{ParseError, ParserConfig, Status};
///
/// let bare_lf = b"250 OK\n";
/// assert!(matches!(ParserConfig::LENIENT.parse(bare_lf), Ok(Status::Complete(_))));
/// assert_eq!(ParserConfig::STRICT.parse(bare_lf), Err(ParseError::BareLf { offset: 6 }));
///
/// let config = ParserConfig::STRICT.max_line_len(1000);
/// assert_eq!(config.line_limit(), 1000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParserConfig {
    bare_lf: bool,
    eight_bit: bool,
    any_digits: bool,
    max_line: usize,
    max_reply: usize,
}

impl Default for ParserConfig {
    fn default() -> ParserConfig {
        ParserConfig::LENIENT
    }
}

impl ParserConfig {
    /// Exactly RFC 5321, section 4.2 (see the type's documentation).
    pub const STRICT: ParserConfig = ParserConfig {
        bare_lf: false,
        eight_bit: false,
        any_digits: false,
        max_line: 512,
        max_reply: 1 << 20,
    };

    /// For clients facing real servers (see the type's documentation); the default.
    pub const LENIENT: ParserConfig = ParserConfig {
        bare_lf: true,
        eight_bit: true,
        any_digits: true,
        max_line: 1 << 16,
        max_reply: 1 << 20,
    };

    /// Accept lines that end with LF alone.
    pub const fn allow_bare_lf(mut self, yes: bool) -> ParserConfig {
        self.bare_lf = yes;
        self
    }

    /// Accept bytes 128 to 255 in the text.
    pub const fn allow_8bit(mut self, yes: bool) -> ParserConfig {
        self.eight_bit = yes;
        self
    }

    /// Accept a second digit of 6 to 9 in the code.
    pub const fn allow_any_digits(mut self, yes: bool) -> ParserConfig {
        self.any_digits = yes;
        self
    }

    /// The longest line accepted, in bytes with its line end: at least 6,
    /// and at most `isize::MAX`, the longest a slice can be (a larger
    /// number means the same: no limit).
    ///
    /// ```
    /// use smtp_codes::ParserConfig;
    ///
    /// assert_eq!(ParserConfig::STRICT.max_line_len(1).line_limit(), 6);
    /// assert_eq!(ParserConfig::STRICT.max_line_len(usize::MAX).line_limit(), isize::MAX as usize);
    /// ```
    pub const fn max_line_len(mut self, bytes: usize) -> ParserConfig {
        self.max_line = clamp_limit(bytes);
        self
    }

    /// The longest reply accepted, in bytes; it bounds what a caller
    /// buffers while a reply is partial. At least 6 and at most
    /// `isize::MAX`, as for [`max_line_len`](ParserConfig::max_line_len).
    pub const fn max_reply_len(mut self, bytes: usize) -> ParserConfig {
        self.max_reply = clamp_limit(bytes);
        self
    }

    /// The line limit in force.
    pub const fn line_limit(&self) -> usize {
        self.max_line
    }

    /// The reply limit in force.
    pub const fn reply_limit(&self) -> usize {
        self.max_reply
    }

    /// Parses one reply at the start of `buf`.
    pub fn parse<'b>(&self, buf: &'b [u8]) -> Result<Status<Reply<'b>>, ParseError> {
        // The commonest reply first: one line with a valid code and a space.
        // Whatever it does not take whole goes to the full parser, which
        // gives the same answer for what it takes.
        if let [a, b, c, b' ', ..] = *buf {
            if let Some(code) = code_of([a, b, c], self) {
                let limit = buf.len().min(text_stop(0, self) + 1);
                if let Ok(Scan::End(lf)) = scan_text(buf, 4.min(limit), limit, self) {
                    let end = lf + 1;
                    if end <= self.max_line && end <= self.max_reply {
                        return Ok(Status::Complete(Reply::new(code, &buf[..end], 1)));
                    }
                }
            }
        }
        parse_from(&mut State::default(), buf, self)
    }

    /// Iterates over the replies in `buf`, one after another.
    pub fn replies<'b>(&self, buf: &'b [u8]) -> Replies<'b> {
        Replies {
            buf,
            pos: 0,
            config: *self,
            done: false,
        }
    }
}

/// How the text scanner sees one byte.
const OK: u8 = 0;
const LF: u8 = 1;
const CR: u8 = 2;
const BAD: u8 = 3;

const fn class_table(eight_bit: bool) -> [u8; 256] {
    let mut t = [BAD; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b {
            0x09 | 0x20..=0x7e => OK,
            0x0a => LF,
            0x0d => CR,
            0x80..=0xff if eight_bit => OK,
            _ => BAD,
        };
        b += 1;
    }
    t
}

static STRICT_BYTES: [u8; 256] = class_table(false);
static LENIENT_BYTES: [u8; 256] = class_table(true);

pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Marks the bytes of a word (read little-endian) that need a closer look:
/// control characters (line ends and HT included), DEL, and without
/// `eight_bit`, bytes over 127. The lowest marked byte is exact (the borrows
/// and carries of the word arithmetic start only at marked bytes and run
/// upwards), which is all the scanner uses.
#[inline(always)]
pub(crate) const fn attention(x: u64, eight_bit: bool) -> u64 {
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGHS;
    if eight_bit {
        let y = x ^ (ONES * 0x7f);
        below_space | (y.wrapping_sub(ONES) & !y & HIGHS)
    } else {
        below_space | ((x | x.wrapping_add(ONES)) & HIGHS)
    }
}

/// Where the scan of a line's text stopped.
enum Scan {
    /// The line's LF is at this offset.
    End(usize),
    /// The input ends; everything before this offset is valid text.
    More(usize),
}

/// Marks the bytes of 16 that need a closer look (as [`attention`] does
/// for 8), one bit a byte, with SSE2.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
#[inline(always)]
fn attention16(chunk: &[u8; 16], eight_bit: bool) -> u32 {
    use core::arch::x86_64::{
        _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 belongs to the x86_64 baseline, so every x86_64 CPU has
    // these instructions; the unaligned load reads exactly the 16 bytes of
    // `chunk`, a valid and initialised `[u8; 16]`.
    unsafe {
        let x = _mm_loadu_si128(chunk.as_ptr().cast());
        // Signed compare: bytes 0x00-0x1f, and 0x80-0xff, are "less than" 0x20.
        let below = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
        let del = _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7f));
        let marked = if eight_bit {
            // Keep only the ASCII bytes (0x00-0x7f, non-negative) of `below`.
            let ascii = _mm_cmpgt_epi8(x, _mm_set1_epi8(-1));
            _mm_or_si128(_mm_and_si128(below, ascii), del)
        } else {
            _mm_or_si128(below, del)
        };
        _mm_movemask_epi8(marked) as u32
    }
}

/// Scans text from `i` to the line end.
///
/// Sixteen bytes at a time (with SSE2 on x86_64), then eight (in a `u64`),
/// while none needs a look, then straight to the first one that does:
/// usually the CR of the line end.
#[inline(always)]
fn scan_text(
    buf: &[u8],
    mut i: usize,
    limit: usize,
    config: &ParserConfig,
) -> Result<Scan, ParseError> {
    let table = if config.eight_bit {
        &LENIENT_BYTES
    } else {
        &STRICT_BYTES
    };
    // Bytes from `limit` on are not looked at, but for the LF after a CR.
    let text = &buf[..limit];
    loop {
        'skip: {
            #[cfg(target_arch = "x86_64")]
            while let Some(chunk) = text.get(i..).and_then(<[u8]>::first_chunk::<16>) {
                let marked = attention16(chunk, config.eight_bit);
                if marked != 0 {
                    i += marked.trailing_zeros() as usize;
                    break 'skip;
                }
                i += 16;
            }
            while let Some(word) = text.get(i..).and_then(<[u8]>::first_chunk::<8>) {
                let marked = attention(u64::from_le_bytes(*word), config.eight_bit);
                if marked != 0 {
                    i += (marked.trailing_zeros() / 8) as usize;
                    break 'skip;
                }
                i += 8;
            }
        }
        let Some(&byte) = text.get(i) else {
            return Ok(Scan::More(limit));
        };
        match table[byte as usize] {
            OK => i += 1,
            LF if config.bare_lf => return Ok(Scan::End(i)),
            LF => return Err(ParseError::BareLf { offset: i }),
            CR => {
                return match buf.get(i + 1) {
                    Some(b'\n') => Ok(Scan::End(i + 1)),
                    Some(_) => Err(ParseError::BareCr { offset: i }),
                    None => Ok(Scan::More(i)),
                };
            }
            _ => return Err(ParseError::Byte { offset: i, byte }),
        }
    }
}

/// Where a resumable parse stands within the current reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
struct State {
    /// Where the current line starts.
    line_start: usize,
    /// Where its text is valid up to; 0 while its code has not been read.
    scanned: usize,
    /// The reply's code, once the first line's code is read.
    code: Option<Code>,
    /// Its three digits as sent, for a quick look at later lines.
    digits: [u8; 3],
    /// Whether the current line is the last one.
    last: bool,
    /// Lines complete so far.
    lines: usize,
    /// How many bytes the last call was given (for the one-byte fast path).
    seen: usize,
    /// Where the one-byte fast path stops taking text on the current line:
    /// from here on, a byte could make the line or the reply too long, and
    /// the full parser decides (0 until it has looked at the line).
    stop: usize,
}

/// A line or reply limit between 6 and `isize::MAX`: a line start, which
/// is an offset in a slice, plus a limit then never overflows.
const fn clamp_limit(bytes: usize) -> usize {
    if bytes < 6 {
        6
    } else if bytes > isize::MAX as usize {
        isize::MAX as usize
    } else {
        bytes
    }
}

/// The first offset at which a byte of text of the line that starts at
/// `line_start`, followed by the shortest line end (LF, or CRLF in strict
/// mode), would not fit in the line or the reply. No byte from there on
/// may decide how a line is judged, but the LF after a CR: what lies
/// there must not decide the error, or the same bytes in pieces would
/// give another one (found by fuzzing).
fn text_stop(line_start: usize, config: &ParserConfig) -> usize {
    let end_len = if config.bare_lf { 1 } else { 2 };
    // No overflow: both limits are 6 to `isize::MAX` (see `clamp_limit`).
    (line_start + config.max_line).min(config.max_reply) - end_len
}

impl State {
    /// Counts the line that ends before `line_start` and starts the next.
    #[inline(always)]
    fn new_line(&mut self, line_start: usize, config: &ParserConfig) {
        self.lines += 1;
        self.line_start = line_start;
        self.scanned = 0;
        self.stop = text_stop(line_start, config);
    }
}

/// A resumable parser, for a reply whose bytes arrive in pieces.
///
/// Call [`parse`](ReplyParser::parse) with the bytes of the reply so far,
/// each time with the same bytes and more at the end. It remembers how far
/// it has read, so that the total work is linear in the reply's length even
/// when it gets one byte at a time. After a [`Status::Complete`] or an error
/// it starts afresh: give it the bytes that follow the reply.
///
/// Bytes that break the contract (fewer than last time, or a reply with
/// another code at the start, as when a parser is reused for another
/// connection without [`reset`](ReplyParser::reset)) are
/// [`ParseError::NotExtended`], never a silent [`Status::Partial`]. A change
/// inside bytes already read cannot be seen without reading them again:
/// keep the contract.
///
/// # Examples
///
/// ```
/// use smtp_codes::{ParserConfig, ReplyParser, Status};
///
/// let wire = b"250-PIPELINING\r\n250 DSN\r\n";
/// let mut parser = ReplyParser::new(ParserConfig::default());
/// let mut reply = None;
/// for end in 1..=wire.len() {
///     if let Status::Complete(r) = parser.parse(&wire[..end])? {
///         reply = Some(r);
///     }
/// }
/// let reply = reply.unwrap();
/// assert_eq!((reply.code().as_u16(), reply.line_count()), (250, 2));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ReplyParser {
    config: ParserConfig,
    state: State,
}

impl ReplyParser {
    /// A parser with a configuration.
    pub const fn new(config: ParserConfig) -> ReplyParser {
        ReplyParser {
            config,
            state: State {
                line_start: 0,
                scanned: 0,
                code: None,
                digits: [0; 3],
                last: false,
                lines: 0,
                seen: 0,
                stop: 0,
            },
        }
    }

    /// Forgets the reply under way, to start on new bytes.
    pub fn reset(&mut self) {
        self.state = State::default();
    }

    /// How many bytes of the reply under way are read and valid so far.
    pub const fn checked(&self) -> usize {
        if self.state.scanned > self.state.line_start {
            self.state.scanned
        } else {
            self.state.line_start
        }
    }

    /// Parses the reply at the start of `buf`, going on from where the last
    /// call stopped (see the type's documentation).
    #[inline(always)]
    pub fn parse<'b>(&mut self, buf: &'b [u8]) -> Result<Status<Reply<'b>>, ParseError> {
        if take_one(&mut self.state, &self.config, buf) {
            return Ok(Status::Partial);
        }
        let (state, result) = parse_slow(self.state, self.config, buf);
        self.state = state;
        result
    }
}

/// The one-byte path of [`ReplyParser::parse`]: whether it took the last
/// byte of `buf`, one more than the last call saw, and moved the state on
/// as the full parser would. Declining a byte is always correct (the full
/// parser then reads it from the same state), only slower; the unit tests
/// below pin which bytes it takes.
#[inline(always)]
fn take_one(st: &mut State, config: &ParserConfig, buf: &[u8]) -> bool {
    // One more byte than last time, the common case when bytes come one
    // by one: a byte of text, a CR that waits for its LF, the LF that
    // ends a line before the last, and a later line's code and
    // separator need no more than a look. This is what is inlined into
    // the caller's read loop.
    if buf.len() == st.seen + 1 && (st.code.is_none() || buf[0] == st.digits[0]) {
        let at = st.seen;
        let byte = buf[at];
        let quick = if st.scanned == at && at != 0 {
            // Text; the tables differ only in bytes over 127.
            let class = match STRICT_BYTES[byte as usize] {
                BAD if byte > 127 && config.eight_bit => OK,
                class => class,
            };
            match class {
                OK if at < st.stop => {
                    st.scanned += 1;
                    true
                }
                // Its LF comes next; `scanned` stays on the CR.
                CR => at < st.stop,
                // A bare LF that ends a line before the last.
                LF if config.bare_lf && !st.last && at <= st.stop => {
                    st.new_line(at + 1, config);
                    true
                }
                _ => false,
            }
        } else if st.scanned == 0 {
            match at - st.line_start {
                0 => (b'2'..=b'5').contains(&byte),
                1 => byte.is_ascii_digit() && (config.any_digits || byte <= b'5'),
                2 => byte.is_ascii_digit(),
                // A later line's separator, after the first line's digits.
                3 if at < st.stop
                    && (byte == b'-' || byte == b' ')
                    && st.code.is_some()
                    && buf[at - 3..at] == st.digits =>
                {
                    st.last = byte == b' ';
                    st.scanned = at + 1;
                    true
                }
                _ => false,
            }
        } else if byte == b'\n'
            && st.scanned + 1 == at
            && buf[at - 1] == b'\r'
            && !st.last
            && at < st.stop + if config.bare_lf { 1 } else { 2 }
        {
            // The LF after the CR of a line before the last.
            st.new_line(at + 1, config);
            true
        } else {
            false
        };
        if quick {
            st.seen += 1;
            return true;
        }
    }
    false
}

/// Everything but the one-byte fast path of [`ReplyParser::parse`], kept
/// out of line so that the fast path stays small enough to inline into the
/// caller's read loop. It takes and gives back the state by value: a
/// parser whose address no call takes can live in registers there.
#[inline(never)]
fn parse_slow(
    mut state: State,
    config: ParserConfig,
    buf: &[u8],
) -> (State, Result<Status<Reply<'_>>, ParseError>) {
    // The contract: the same bytes as before, and more. Fewer bytes, or
    // another code at the start, are a misuse that would give wrong answers.
    // (A fresh state has seen nothing and has no code: nothing differs.)
    let differs = match buf.get(..3) {
        _ if buf.len() < state.seen => Some(buf.len()),
        Some(head) if state.code.is_some() && head != state.digits => {
            head.iter().zip(state.digits).position(|(a, b)| *a != b)
        }
        _ => None,
    };
    if let Some(offset) = differs {
        return (State::default(), Err(ParseError::NotExtended { offset }));
    }
    let result = parse_from(&mut state, buf, &config);
    match result {
        Ok(Status::Partial) => {
            state.seen = buf.len();
            state.stop = text_stop(state.line_start, &config);
        }
        _ => state = State::default(),
    }
    (state, result)
}

/// The code of three digits, if the configuration takes it: a first digit
/// of 2 to 5, a second of 0 to 5 (0 to 9 with `any_digits`), a third of 0
/// to 9.
#[inline(always)]
fn code_of([a, b, c]: [u8; 3], config: &ParserConfig) -> Option<Code> {
    let (d0, d1, d2) = (
        a.wrapping_sub(b'0'),
        b.wrapping_sub(b'0'),
        c.wrapping_sub(b'0'),
    );
    let max_second = if config.any_digits { 9 } else { 5 };
    if d0.wrapping_sub(2) > 3 || d1 > max_second || d2 > 9 {
        return None;
    }
    Code::from_u16(d0 as u16 * 100 + d1 as u16 * 10 + d2 as u16).ok()
}

/// Checks the start of a line that is shorter than a code and its separator.
fn check_prefix(rest: &[u8], at: usize, config: &ParserConfig) -> Result<(), ParseError> {
    for (i, &b) in rest.iter().enumerate().take(3) {
        if !b.is_ascii_digit() {
            return Err(ParseError::NotDigit { offset: at + i });
        }
        if i == 0 && !(b'2'..=b'5').contains(&b) {
            return Err(ParseError::Class { offset: at });
        }
        if i == 1 && !config.any_digits && b > b'5' {
            return Err(ParseError::Category { offset: at + 1 });
        }
    }
    Ok(())
}

#[inline(always)]
fn parse_from<'b>(
    st: &mut State,
    buf: &'b [u8],
    config: &ParserConfig,
) -> Result<Status<Reply<'b>>, ParseError> {
    loop {
        let ls = st.line_start;
        if st.scanned == 0 {
            let rest = buf.get(ls..).unwrap_or(&[]);
            if rest.len() < 4 {
                check_prefix(rest, ls, config)?;
                return Ok(Status::Partial);
            }
            let (a, b, c, sep) = (rest[0], rest[1], rest[2], rest[3]);
            // A later line with the first line's digits needs no more checks.
            if st.code.is_none() || st.digits != [a, b, c] {
                let Some(code) = code_of([a, b, c], config) else {
                    // Find which rule the code breaks, for the error.
                    check_prefix(&rest[..3], ls, config)?;
                    return Err(ParseError::NotDigit { offset: ls });
                };
                if let Some(expected) = st.code {
                    return Err(ParseError::CodeChanged {
                        offset: ls,
                        expected,
                        found: code,
                    });
                }
                st.code = Some(code);
                st.digits = [a, b, c];
            }
            (st.last, st.scanned) = match sep {
                b' ' => (true, ls + 4),
                b'-' => (false, ls + 4),
                b'\r' | b'\n' => (true, ls + 3),
                b'0'..=b'9' => return Err(ParseError::CodeTooLong { offset: ls + 3 }),
                _ => return Err(ParseError::Separator { offset: ls + 3 }),
            };
        }
        // The shortest line end still to come: LF, or CRLF in strict mode.
        let end_len = if config.bare_lf { 1 } else { 2 };
        // Look at no byte that could only make the line or the reply too
        // long: `text_stop(ls, config) + 1`, written out because this form
        // measured about 8% faster on the EHLO reply.
        let limit = buf
            .len()
            .min(ls + config.max_line + 1 - end_len)
            .min(config.max_reply + 1 - end_len);
        let lf = match scan_text(buf, st.scanned.min(limit), limit, config)? {
            Scan::End(lf) => lf,
            Scan::More(upto) => {
                if upto.saturating_sub(ls) + end_len > config.max_line {
                    return Err(ParseError::LineTooLong {
                        offset: ls,
                        limit: config.max_line,
                    });
                }
                if upto + end_len > config.max_reply {
                    return Err(ParseError::ReplyTooLong {
                        offset: ls,
                        limit: config.max_reply,
                    });
                }
                st.scanned = upto;
                return Ok(Status::Partial);
            }
        };
        let end = lf + 1;
        if end - ls > config.max_line {
            return Err(ParseError::LineTooLong {
                offset: ls,
                limit: config.max_line,
            });
        }
        if end > config.max_reply {
            return Err(ParseError::ReplyTooLong {
                offset: ls,
                limit: config.max_reply,
            });
        }
        st.lines += 1;
        if st.last {
            let code = match st.code {
                Some(code) => code,
                None => unreachable!(),
            };
            return Ok(Status::Complete(Reply::new(code, &buf[..end], st.lines)));
        }
        st.line_start = end;
        st.scanned = 0;
    }
}

/// The replies in a buffer, one after another (see [`ParserConfig::replies`]).
///
/// Stops at the end of the buffer or at a partial reply at its end; then
/// [`consumed`](Replies::consumed) says how many bytes the complete replies
/// used. After an error it yields the error (with its offset counted from
/// the start of the buffer) and stops.
///
/// # Examples
///
/// ```
/// use smtp_codes::ParserConfig;
///
/// let buf = b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n250 2.";
/// let mut replies = ParserConfig::default().replies(buf);
/// let codes: Vec<u16> = replies.by_ref().map(|r| r.unwrap().code().as_u16()).collect();
/// assert_eq!(codes, [250, 250, 354]);
/// assert_eq!(&buf[replies.consumed()..], b"250 2.");
/// ```
#[derive(Debug, Clone)]
pub struct Replies<'b> {
    buf: &'b [u8],
    pos: usize,
    config: ParserConfig,
    done: bool,
}

impl<'b> Replies<'b> {
    /// The bytes used by the replies yielded so far.
    pub const fn consumed(&self) -> usize {
        self.pos
    }

    /// The bytes not used yet (a partial reply, or what follows an error).
    pub fn rest(&self) -> &'b [u8] {
        &self.buf[self.pos..]
    }
}

impl<'b> Iterator for Replies<'b> {
    type Item = Result<Reply<'b>, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.buf.len() {
            return None;
        }
        match self.config.parse(&self.buf[self.pos..]) {
            Ok(Status::Complete(reply)) => {
                self.pos += reply.len();
                Some(Ok(reply))
            }
            Ok(Status::Partial) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e.shifted(self.pos)))
            }
        }
    }
}

impl core::iter::FusedIterator for Replies<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scanner trusts the lowest marked byte of a word: check it for
    /// every byte value at every position, with other bytes around it.
    /// The SSE2 marks agree with the table, byte for byte.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn sixteen_byte_marks_are_exact() {
        for eight_bit in [false, true] {
            let table = class_table(eight_bit);
            for value in 0..=255u8 {
                for at in 0..16 {
                    let mut chunk = [b'a'; 16];
                    chunk[at] = value;
                    chunk[(at + 7) % 16] = 0x80;
                    let marked = attention16(&chunk, eight_bit);
                    for (i, &b) in chunk.iter().enumerate() {
                        let needs_look = table[b as usize] != OK || b == b'\t';
                        assert_eq!(
                            marked >> i & 1 == 1,
                            needs_look,
                            "{chunk:?} byte {i} eight_bit={eight_bit}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_lowest_marked_byte_is_exact() {
        for eight_bit in [false, true] {
            let table = class_table(eight_bit);
            let needs_look = |b: u8| table[b as usize] != OK || b == b'\t';
            for value in 0..=255u8 {
                for at in 0..8 {
                    for above in [b'a', 0x00, b'\n', 0x1f, b' ', 0x7e, 0x7f, 0x80, 0xff] {
                        let mut word = [b'a'; 8];
                        word[at] = value;
                        for b in word.iter_mut().skip(at + 1) {
                            *b = above;
                        }
                        let expected = word.iter().position(|&b| needs_look(b));
                        let marked = attention(u64::from_le_bytes(word), eight_bit);
                        let found = (marked != 0).then(|| (marked.trailing_zeros() / 8) as usize);
                        assert_eq!(found, expected, "{word:?} eight_bit={eight_bit}");
                    }
                }
            }
        }
    }

    /// Feeds `reply` to a parser one byte at a time and writes, for each
    /// byte until the reply ends or fails, `.` where the one-byte path took
    /// it and `x` where the full parser read it.
    fn one_byte_path(config: ParserConfig, reply: &[u8]) -> std::string::String {
        let mut parser = ReplyParser::new(config);
        let mut marks = std::string::String::new();
        for end in 1..=reply.len() {
            let mut state = parser.state;
            let took = take_one(&mut state, &parser.config, &reply[..end]);
            marks.push(if took { '.' } else { 'x' });
            match parser.parse(&reply[..end]) {
                Ok(Status::Partial) => {
                    if took {
                        // What the path left is what the parser kept.
                        assert_eq!(state, parser.state, "{reply:?} byte {}", end - 1);
                    }
                }
                _ => {
                    assert!(
                        !took,
                        "{reply:?}: the one-byte path took the byte that ended it"
                    );
                    break;
                }
            }
        }
        marks
    }

    /// The one-byte path is only a shortcut (declining a byte is never
    /// wrong), so what it takes is pinned here: it must go on taking every
    /// byte that needs no more than a look.
    #[test]
    fn the_one_byte_path_takes_text_line_ends_and_later_codes() {
        let strict = ParserConfig::STRICT;
        // The first line's separator and the reply's last LF go to the full
        // parser; every other byte is taken.
        assert_eq!(
            one_byte_path(strict, b"250-ab\r\n250 c\r\n"),
            "...x..........x"
        );
        assert_eq!(one_byte_path(strict, b"250 c\r\n"), "...x..x");
        // A later line with another code goes to the full parser at its
        // separator, which ends the reply with an error.
        assert_eq!(one_byte_path(strict, b"250-a\r\n251 b\r\n"), "...x......x");
        // Codes that the configuration refuses.
        assert_eq!(one_byte_path(strict, b"150 a\r\n"), "x");
        assert_eq!(one_byte_path(strict, b"650 a\r\n"), "x");
        assert_eq!(one_byte_path(strict, b"2a0 a\r\n"), ".x");
        assert_eq!(one_byte_path(strict, b"25a a\r\n"), "..x");
        assert_eq!(one_byte_path(strict, b"290 a\r\n"), ".x");
        let any = ParserConfig::STRICT.allow_any_digits(true);
        assert_eq!(one_byte_path(any, b"290 a\r\n"), "...x..x");
        // Bytes over 127 only with 8-bit text.
        assert_eq!(one_byte_path(strict, b"250 \xc3\xa9\r\n"), "...xx");
        let eight = ParserConfig::STRICT.allow_8bit(true);
        assert_eq!(one_byte_path(eight, b"250 \xc3\xa9\r\n"), "...x...x");
        // DEL is a control byte, 8-bit text or not.
        assert_eq!(one_byte_path(eight, b"250 a\x7f"), "...x.x");
        // A bare LF ends a line before the last only where it is allowed.
        assert_eq!(one_byte_path(strict, b"250-a\n"), "...x.x");
        let bare = ParserConfig::STRICT.allow_bare_lf(true);
        assert_eq!(one_byte_path(bare, b"250-a\n250 b\n"), "...x.......x");
        assert_eq!(one_byte_path(bare, b"250-a\r\n250 b\r\n"), "...x.........x");
        // A control byte in the text.
        assert_eq!(one_byte_path(strict, b"250-a\x01"), "...x.x");
    }

    /// Near a line or reply limit the full parser decides.
    #[test]
    fn the_one_byte_path_stops_before_a_limit() {
        let line8 = ParserConfig::STRICT.max_line_len(8);
        // A line of exactly 8 bytes: its CR is the first byte at the stop.
        assert_eq!(
            one_byte_path(line8, b"250-ab\r\n250 cd\r\n"),
            "...x..x.......xx"
        );
        assert_eq!(one_byte_path(line8, b"250 abc\r\n"), "...x..x");
        // With bare LFs the stop is one byte later, and the LF at the stop
        // still ends the line.
        let bare8 = line8.allow_bare_lf(true);
        assert_eq!(one_byte_path(bare8, b"250-abc\n250 d\n"), "...x.........x");
        assert_eq!(one_byte_path(bare8, b"250-ab\r\n250 c\n"), "...x.........x");
        let reply12 = ParserConfig::STRICT.max_reply_len(12);
        assert_eq!(one_byte_path(reply12, b"250-a\r\n250 b\r\n"), "...x......x");
    }
}
