//! The reply writer (RFC 5321 section 4.2, RFC 2034 section 4): replies
//! that every parser accepts, written without allocating.
//!
//! A [`ReplyWriter`] holds a code, an optional enhanced code and the text,
//! all checked when they are given; writing it cannot produce a reply that
//! the strict parser rejects (nor, once UTF-8 text is allowed for an
//! SMTPUTF8 session, one that it rejects with 8-bit text allowed). A
//! greeting and an EHLO reply are made with the server's domain first
//! ([`ReplyWriter::greeting`], [`ReplyWriter::ehlo`]). It writes into a byte slice
//! ([`write_to_slice`](ReplyWriter::write_to_slice)), any
//! [`core::fmt::Write`] ([`write_fmt_to`](ReplyWriter::write_fmt_to), and
//! [`Display`](core::fmt::Display)) or, with the `std` feature, any
//! `std::io::Write` (`write_io`).
//!
//! # Examples
//!
//! ```
//! use smtp_codes::{EnhancedCode, ParserConfig, ReplyCode, ReplyWriter};
//!
//! let reply = ReplyWriter::new(ReplyCode::MailboxUnavailable)
//!     .with_enhanced("5.1.1".parse::<EnhancedCode>()?)?
//!     .with_text("No such user here\nCheck the address")?;
//!
//! let mut buf = [0u8; 512];
//! let n = reply.write_to_slice(&mut buf)?;
//! assert_eq!(
//!     &buf[..n],
//!     b"550-5.1.1 No such user here\r\n550 5.1.1 Check the address\r\n"
//! );
//!
//! // What it writes, the strict parser reads back.
//! let parsed = ParserConfig::STRICT.parse(&buf[..n])?.complete().unwrap();
//! assert_eq!(parsed.code(), 550);
//! assert!(parsed.lines().all(|line| line.enhanced() == reply.enhanced()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::convert::Infallible;
use core::fmt;

use crate::code::Code;
use crate::enhanced::EnhancedCode;
use crate::parse::{HIGHS, ONES};

/// Why a reply cannot be written.
///
/// The first three are found when the parts are given to a
/// [`ReplyWriter`]; a writer that exists always writes a valid reply, and
/// only [`write_to_slice`](ReplyWriter::write_to_slice) can still fail, with
/// [`BufferTooSmall`](WriteError::BufferTooSmall).
///
/// Lines and offsets count from 0: `line` is the index of the line in the
/// slice given to [`with_lines`](ReplyWriter::with_lines) (always 0 for
/// [`with_text`](ReplyWriter::with_text)), and `offset` the byte in that
/// line (in the whole text for `with_text`).
///
/// # Examples
///
/// ```
/// use smtp_codes::{EnhancedCode, ReplyCode, ReplyWriter, WriteError};
///
/// let writer = ReplyWriter::new(ReplyCode::ActionOk);
/// let e = writer.with_text("caf\u{e9}").unwrap_err();
/// assert_eq!(e, WriteError::Byte { line: 0, offset: 3, byte: 0xc3 });
/// assert_eq!(e.to_string(), "line 0, byte 3: the byte 0xc3 is not allowed in reply text");
///
/// let e = writer.with_lines(&["one", "two\r\n250 fake"]).unwrap_err();
/// assert_eq!(e, WriteError::LineBreak { line: 1, offset: 3 });
///
/// let e = writer.with_enhanced(EnhancedCode::new(5, 1, 1).unwrap()).unwrap_err();
/// assert!(matches!(e, WriteError::ClassMismatch { .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// The enhanced code's class is not the reply code's (RFC 2034, section
    /// 4: 2yz takes 2.X.X, 4yz 4.X.X, 5yz 5.X.X); a 3yz code takes none.
    #[error(
        "the enhanced code {enhanced} does not agree with the reply code {code}: \
         2yz takes 2.x.x, 4yz 4.x.x, 5yz 5.x.x, 3yz none"
    )]
    ClassMismatch {
        /// The reply code.
        code: Code,
        /// The enhanced code given.
        enhanced: EnhancedCode,
    },
    /// A byte outside the reply text of RFC 5321 (`textstring`: HT and
    /// the printable US-ASCII characters, 0x20 to 0x7E), such as a control
    /// character, DEL or a byte of a non-ASCII character.
    #[error("line {line}, byte {offset}: the byte {byte:#04x} is not allowed in reply text")]
    Byte {
        /// The index of the line given (0 for a single text).
        line: usize,
        /// Where the byte is, in that line (or text).
        offset: usize,
        /// The byte.
        byte: u8,
    },
    /// A CR or LF inside one of the lines given to
    /// [`with_lines`](ReplyWriter::with_lines), where each string is one line.
    #[error("line {line}, byte {offset}: a line of text cannot hold a line break")]
    LineBreak {
        /// The index of the line.
        line: usize,
        /// Where the CR or LF is, in that line.
        offset: usize,
    },
    /// The domain given to [`greeting`](ReplyWriter::greeting) or
    /// [`ehlo`](ReplyWriter::ehlo) is neither a domain name nor an address
    /// literal (RFC 5321, section 4.1.2: letters, digits and hyphens in
    /// labels of 1 to 63 bytes, joined by dots, at most 255 bytes; or
    /// `[`, printable US-ASCII other than `[`, `\\` and `]`, and `]`).
    /// `offset` is the first byte that breaks the rule (the length of the
    /// domain when it ends too early).
    #[error(
        "byte {offset} of the domain: not a domain name or an address literal (RFC 5321, section 4.1.2)"
    )]
    Domain {
        /// Where the domain breaks the rule.
        offset: usize,
    },
    /// The buffer given to [`write_to_slice`](ReplyWriter::write_to_slice)
    /// is shorter than the reply.
    #[error("the buffer holds {len} bytes, the reply needs {needed}")]
    BufferTooSmall {
        /// The length of the reply, in bytes.
        needed: usize,
        /// The length of the buffer.
        len: usize,
    },
}

/// The text of a reply, as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Text<'t> {
    /// The catalog's text for the code, or none for a code it does not
    /// know (looked up when the reply is written).
    Standard,
    /// One text; `breaks` says whether it holds a CR or LF.
    One { text: &'t str, breaks: bool },
    /// One string a line, without line breaks.
    Lines(&'t [&'t str]),
}

/// A reply to write: a code, an optional enhanced code and text, checked
/// when they are given, so that every reply it writes is valid.
///
/// # What it writes
///
/// Every line is the code, `-` (or a space on the last line), the enhanced
/// code and a space when there is one (on *every* line, as RFC 2034 section
/// 4 requires), the line's text, and CRLF:
///
/// ```text
/// 550-5.1.1 The email account that you tried to reach does not exist. Please try
/// 550 5.1.1 double-checking the recipient's email address for typos or
/// ```
///
/// - **Text.** [`with_text`](ReplyWriter::with_text) takes one string, in
///   which each line break (CRLF, LF or CR alone) starts a new reply line,
///   so text cannot smuggle in a line that reads as a reply of its own; a
///   line break at the very end is ignored, as [`str::lines`] does.
///   [`with_lines`](ReplyWriter::with_lines) takes the lines one string
///   each. The text may hold HT and the printable US-ASCII characters only
///   (RFC 5321's `textstring`), anything else is a [`WriteError`].
/// - **No text.** A code the catalog knows gets its standard text,
///   [`ReplyCode::reason`](crate::ReplyCode::reason). That of `334` is
///   empty, which writes `334 ` (an empty SASL challenge, RFC 4954). A code
///   the catalog does not know is written alone (`255` CRLF), or with its
///   enhanced code (`255 2.0.0` CRLF). An empty text writes the code and
///   its separator (`250 `); an empty line with an enhanced code writes
///   the enhanced code without a space after it (`250 2.0.0`).
/// - **Greeting and EHLO reply.** RFC 5321 starts both with the server's
///   domain: [`greeting`](ReplyWriter::greeting) writes it before the first
///   line of text (`220 mx.example.com Service ready`),
///   [`ehlo`](ReplyWriter::ehlo) on a line of its own before the extensions.
///   [`new`](ReplyWriter::new) with `220` writes a 220 that is no greeting
///   (the reply to `STARTTLS`).
/// - **UTF-8.** After [`allow_utf8`](ReplyWriter::allow_utf8), for a
///   session that negotiated SMTPUTF8 (RFC 6531), text may hold any
///   character but the controls (C0, DEL and C1) and the line breaks.
/// - **Code.** The code is written as it is given. A [`Code`] whose second
///   digit is 6 to 9 (see [`Code::is_strict`]) makes a reply that only
///   lenient parsing accepts: a mock server may want that, to test a client.
/// - **Line length.** No line is longer than
///   [`max_line_len`](ReplyWriter::max_line_len) bytes with its CRLF: 512 by
///   default, the limit of RFC 5321 section 4.5.3.1.5.
///
/// # Wrapping
///
/// A line of text that fits is written as it is, byte for byte. A longer
/// one loses the spaces (SP) at its start and end, and is broken at the
/// run of spaces that leaves the most text on the reply line; the run is
/// dropped. A word (a run of bytes other than SP) longer than a whole line
/// is cut where the line is full (with UTF-8, before the character that
/// does not fit), and nothing is dropped there. So:
///
/// - the writer never changes, adds or reorders a byte of text, and drops
///   only spaces at the ends of a line it wraps and where it breaks it;
/// - when no word is longer than a line, a wrapped line's pieces joined
///   with a space give back its words, and the spaces between words that
///   stay on one reply line are kept.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Code, EnhancedCode, ReplyCode, ReplyWriter};
///
/// // The catalog's text.
/// let ok = ReplyWriter::new(ReplyCode::ActionOk);
/// assert_eq!(ok.to_string(), "250 Requested mail action okay, completed\r\n");
///
/// // Lines wrapped at 42 bytes with the CRLF, the enhanced code on each of them.
/// const FULL: EnhancedCode = EnhancedCode::new(4, 2, 2).unwrap();
/// let full = ReplyWriter::new(ReplyCode::MailboxTemporarilyUnavailable)
///     .with_enhanced(FULL)?
///     .with_text("The mailbox is full, try again in an hour")?
///     .max_line_len(42);
/// assert_eq!(
///     full.to_string(),
///     "450-4.2.2 The mailbox is full, try again\r\n\
///      450 4.2.2 in an hour\r\n"
/// );
///
/// // A code that is not in the catalog, without text.
/// let unknown = ReplyWriter::new(Code::parse("255")?);
/// assert_eq!(unknown.to_string(), "255\r\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReplyWriter<'t> {
    code: Code,
    enhanced: Option<EnhancedCode>,
    /// The start of each line, made from `code` and `enhanced`.
    head: Head,
    text: Text<'t>,
    /// The server's domain, for a greeting or an EHLO reply.
    domain: Option<&'t str>,
    /// Whether the domain is on a line of its own (an EHLO reply) rather
    /// than at the start of the first line (a greeting).
    domain_line: bool,
    /// Whether text may hold UTF-8 (the session negotiated SMTPUTF8).
    utf8: bool,
    /// At most 512.
    max_line: u16,
}

/// The longest line, in bytes with its CRLF (RFC 5321, section 4.5.3.1.5).
const MAX_LINE: usize = 512;

/// The text of a code-only line, and of an empty slice of lines.
const ONE_EMPTY_LINE: &[&str] = &[""];

impl<'t> ReplyWriter<'t> {
    /// The longest line allowed, in bytes with the CRLF (RFC 5321,
    /// section 4.5.3.1.5), and the default.
    pub const MAX_LINE_LEN: usize = MAX_LINE;

    /// The shortest line limit that [`max_line_len`](ReplyWriter::max_line_len)
    /// takes: a code, a separator, the longest enhanced code (`5.999.999`), a
    /// space, one byte of text and CRLF.
    pub const MIN_LINE_LEN: usize = 17;

    /// The shortest line limit once [`allow_utf8`](ReplyWriter::allow_utf8)
    /// is set: room for the longest character (four bytes) after the
    /// longest head.
    pub const MIN_LINE_LEN_UTF8: usize = 20;

    /// A reply with a code and the catalog's text for it, if the catalog
    /// knows the code (see the type's documentation).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Code, ReplyCode, ReplyWriter};
    ///
    /// let ready = ReplyWriter::new(ReplyCode::StartMailInput);
    /// assert_eq!(ready.to_string(), "354 Start mail input; end with <CRLF>.<CRLF>\r\n");
    /// let challenge = ReplyWriter::new(ReplyCode::AuthChallenge);
    /// assert_eq!(challenge.to_string(), "334 \r\n");
    /// // A `Code` that the catalog knows gets its text too.
    /// assert_eq!(ReplyWriter::new(Code::parse("221")?), ReplyWriter::new(ReplyCode::ServiceClosing));
    /// # Ok::<(), smtp_codes::CodeError>(())
    /// ```
    #[inline]
    pub fn new(code: impl Into<Code>) -> ReplyWriter<'t> {
        ReplyWriter::from_code(code.into())
    }

    /// The same as [`new`](ReplyWriter::new), for a [`Code`], in a `const`
    /// context: with the other `const` methods, a reply can be checked when
    /// the program is compiled.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedCode, ReplyCode, ReplyWriter};
    ///
    /// const RELAY_DENIED: ReplyWriter<'static> =
    ///     match ReplyWriter::from_code(ReplyCode::MailboxUnavailable.code())
    ///         .with_enhanced(EnhancedCode::new(5, 7, 1).unwrap())
    ///     {
    ///         Ok(w) => match w.with_text("Relaying denied") {
    ///             Ok(w) => w,
    ///             Err(_) => panic!("the text is valid"),
    ///         },
    ///         Err(_) => panic!("5yz with 5.7.1"),
    ///     };
    /// assert_eq!(RELAY_DENIED.to_string(), "550 5.7.1 Relaying denied\r\n");
    /// ```
    #[inline]
    pub const fn from_code(code: Code) -> ReplyWriter<'t> {
        ReplyWriter {
            code,
            enhanced: None,
            head: Head::new(code, None),
            text: Text::Standard,
            domain: None,
            domain_line: false,
            utf8: false,
            max_line: MAX_LINE as u16,
        }
    }

    /// A greeting, the `220` reply that opens a session: RFC 5321 (section
    /// 4.2) wants the server's domain (or address literal) first, so this
    /// is the way to write one. The domain starts the first line, followed
    /// by a space and the first line of the text; the text is the catalog's
    /// (`Service ready`) until another is given. The domain is never
    /// wrapped: the first line holds at least the domain, even past a
    /// [`max_line_len`](ReplyWriter::max_line_len) shorter than it (never
    /// past 512 bytes).
    ///
    /// A `220` that is not a greeting, such as the reply to `STARTTLS`
    /// (RFC 3207), takes no domain: write it with [`new`](ReplyWriter::new).
    ///
    /// # Errors
    ///
    /// [`WriteError::Domain`] for a domain that is neither a domain name
    /// nor an address literal, with the offset of the byte at fault. A
    /// domain with non-ASCII labels is given in its ASCII form (the
    /// `xn--` A-labels of RFC 5890).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyWriter, WriteError};
    ///
    /// let hello = ReplyWriter::greeting("mx.example.com")?;
    /// assert_eq!(hello.to_string(), "220 mx.example.com Service ready\r\n");
    ///
    /// let esmtp = ReplyWriter::greeting("[192.0.2.1]")?.with_text("ESMTP ready")?;
    /// assert_eq!(esmtp.to_string(), "220 [192.0.2.1] ESMTP ready\r\n");
    ///
    /// assert_eq!(ReplyWriter::greeting("mx..example"), Err(WriteError::Domain { offset: 3 }));
    /// # Ok::<(), WriteError>(())
    /// ```
    #[inline]
    pub const fn greeting(domain: &'t str) -> Result<ReplyWriter<'t>, WriteError> {
        match check_domain(domain.as_bytes()) {
            Ok(()) => Ok(ReplyWriter {
                domain: Some(domain),
                ..ReplyWriter::from_code(crate::ReplyCode::ServiceReady.code())
            }),
            Err(e) => Err(e),
        }
    }

    /// A reply to `EHLO`: `250`, the server's domain on the first line
    /// (RFC 5321, section 4.1.1.1), then one line for each line of text,
    /// which are the service extensions (`PIPELINING`, `SIZE 35882577`).
    /// Without text, the reply is the domain alone. A greeting after the
    /// domain (`mx.example.com at your service`, RFC 5321's optional
    /// `ehlo-greet`) is not written: the lines of text are the extensions.
    ///
    /// # Errors
    ///
    /// [`WriteError::Domain`], as for [`greeting`](ReplyWriter::greeting).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ParserConfig, ReplyWriter};
    ///
    /// let ehlo = ReplyWriter::ehlo("mx.example.com")?
    ///     .with_lines(&["PIPELINING", "SIZE 35882577", "SMTPUTF8"])?;
    /// assert_eq!(
    ///     ehlo.to_string(),
    ///     "250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250 SMTPUTF8\r\n"
    /// );
    /// assert_eq!(ReplyWriter::ehlo("mx.example.com")?.to_string(), "250 mx.example.com\r\n");
    /// # Ok::<(), smtp_codes::WriteError>(())
    /// ```
    #[inline]
    pub const fn ehlo(domain: &'t str) -> Result<ReplyWriter<'t>, WriteError> {
        match check_domain(domain.as_bytes()) {
            Ok(()) => Ok(ReplyWriter {
                domain: Some(domain),
                domain_line: true,
                text: Text::Lines(&[]),
                ..ReplyWriter::from_code(crate::ReplyCode::ActionOk.code())
            }),
            Err(e) => Err(e),
        }
    }

    /// Allows UTF-8 in the text, for a session in which the client has
    /// asked for `SMTPUTF8` (RFC 6531, section 3.7.4). Call it before the
    /// text is given: the text is checked then. Control characters (C0 and
    /// C1) and DEL stay refused, at the offset of their first byte; long lines are wrapped between characters, never
    /// inside one. The strict parser reads such a reply with
    /// [`allow_8bit`](crate::ParserConfig::allow_8bit).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ParserConfig, ReplyCode, ReplyWriter};
    ///
    /// let ok = ReplyWriter::new(ReplyCode::ActionOk).allow_utf8().with_text("<用户@例子.中国> ok")?;
    /// assert_eq!(ok.to_string(), "250 <用户@例子.中国> ok\r\n");
    /// // Without it, the first non-ASCII byte is refused.
    /// assert!(ReplyWriter::new(ReplyCode::ActionOk).with_text("<用户@例子.中国> ok").is_err());
    ///
    /// let wire = ok.to_string();
    /// let parsed = ParserConfig::STRICT.allow_8bit(true).parse(wire.as_bytes())?.complete().unwrap();
    /// assert_eq!(parsed.first_line().as_str(), Some("<用户@例子.中国> ok"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn allow_utf8(self) -> Self {
        let max_line = if (self.max_line as usize) < Self::MIN_LINE_LEN_UTF8 {
            Self::MIN_LINE_LEN_UTF8 as u16
        } else {
            self.max_line
        };
        ReplyWriter {
            utf8: true,
            max_line,
            ..self
        }
    }

    /// Whether the text may hold UTF-8 (see [`allow_utf8`](ReplyWriter::allow_utf8)).
    #[inline]
    pub const fn utf8(&self) -> bool {
        self.utf8
    }

    /// Adds an enhanced status code, written at the start of every line.
    ///
    /// # Errors
    ///
    /// [`WriteError::ClassMismatch`] when its class is not the code's
    /// (RFC 2034, section 4), and always for a 3yz code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedCode, ReplyCode, ReplyWriter, WriteError};
    ///
    /// const NO_SUCH_USER: EnhancedCode = EnhancedCode::new(5, 1, 1).unwrap();
    /// let reply = ReplyWriter::new(ReplyCode::MailboxUnavailable).with_enhanced(NO_SUCH_USER)?;
    /// assert_eq!(reply.enhanced(), Some(NO_SUCH_USER));
    /// assert_eq!(
    ///     ReplyWriter::new(ReplyCode::ActionOk).with_enhanced(NO_SUCH_USER),
    ///     Err(WriteError::ClassMismatch { code: ReplyCode::ActionOk.code(), enhanced: NO_SUCH_USER })
    /// );
    /// # Ok::<(), WriteError>(())
    /// ```
    #[inline]
    pub const fn with_enhanced(self, enhanced: EnhancedCode) -> Result<Self, WriteError> {
        if enhanced.class().agrees_with(self.code.class()) {
            Ok(ReplyWriter {
                enhanced: Some(enhanced),
                head: Head::new(self.code, Some(enhanced)),
                ..self
            })
        } else {
            Err(WriteError::ClassMismatch {
                code: self.code,
                enhanced,
            })
        }
    }

    /// Sets the text: one string, in which each line break (CRLF, LF or a
    /// CR alone) starts a new reply line. A line break at the end is
    /// ignored, and an empty text writes one line with no text.
    ///
    /// # Errors
    ///
    /// [`WriteError::Byte`] for a byte other than HT, CR, LF and 0x20 to
    /// 0x7E, with its offset in the text.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, ReplyWriter};
    ///
    /// let reply = ReplyWriter::new(ReplyCode::ActionOk)
    ///     .with_text("mx.example.com\r\nPIPELINING\nSIZE 35882577\n")?;
    /// assert_eq!(
    ///     reply.to_string(),
    ///     "250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 35882577\r\n"
    /// );
    /// # Ok::<(), smtp_codes::WriteError>(())
    /// ```
    #[inline]
    pub const fn with_text(self, text: &'t str) -> Result<Self, WriteError> {
        match check(text.as_bytes(), 0, true, self.utf8) {
            Ok(breaks) => Ok(ReplyWriter {
                text: Text::One { text, breaks },
                ..self
            }),
            Err(e) => Err(e),
        }
    }

    /// Sets the text as lines, one string each; each may still be wrapped.
    /// An empty slice writes one line with no text.
    ///
    /// # Errors
    ///
    /// [`WriteError::LineBreak`] for a CR or LF in a line, and
    /// [`WriteError::Byte`] for another byte outside HT and 0x20 to 0x7E.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, ReplyWriter, WriteError};
    ///
    /// let help = ReplyWriter::new(ReplyCode::HelpMessage)
    ///     .with_lines(&["Commands:", "\tHELO EHLO MAIL RCPT DATA", "End of HELP info"])?;
    /// assert_eq!(
    ///     help.to_string(),
    ///     "214-Commands:\r\n214-\tHELO EHLO MAIL RCPT DATA\r\n214 End of HELP info\r\n"
    /// );
    /// let smuggled = ReplyWriter::new(ReplyCode::ActionOk).with_lines(&["OK\r\n250 fake"]);
    /// assert_eq!(smuggled, Err(WriteError::LineBreak { line: 0, offset: 2 }));
    /// # Ok::<(), WriteError>(())
    /// ```
    #[inline]
    pub const fn with_lines(self, lines: &'t [&'t str]) -> Result<Self, WriteError> {
        let mut i = 0;
        while i < lines.len() {
            if let Err(e) = check(lines[i].as_bytes(), i, false, self.utf8) {
                return Err(e);
            }
            i += 1;
        }
        Ok(ReplyWriter {
            text: Text::Lines(lines),
            ..self
        })
    }

    /// Sets the longest line, in bytes with its CRLF, at which text is
    /// wrapped. It is kept between [`MIN_LINE_LEN`](ReplyWriter::MIN_LINE_LEN)
    /// (17; [`MIN_LINE_LEN_UTF8`](ReplyWriter::MIN_LINE_LEN_UTF8), 20, with
    /// UTF-8) and [`MAX_LINE_LEN`](ReplyWriter::MAX_LINE_LEN) (512, the
    /// default): a reply never breaks RFC 5321's limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, ReplyWriter};
    ///
    /// let reply = ReplyWriter::new(ReplyCode::ActionOk).max_line_len(24);
    /// assert_eq!(
    ///     reply.to_string(),
    ///     "250-Requested mail\r\n250-action okay,\r\n250 completed\r\n"
    /// );
    /// assert_eq!(reply.max_line_len(1).line_limit(), ReplyWriter::MIN_LINE_LEN);
    /// assert_eq!(reply.max_line_len(1000).line_limit(), 512);
    /// ```
    #[inline]
    pub const fn max_line_len(self, bytes: usize) -> Self {
        let min = if self.utf8 {
            Self::MIN_LINE_LEN_UTF8
        } else {
            Self::MIN_LINE_LEN
        };
        let max_line = if bytes < min {
            min
        } else if bytes > Self::MAX_LINE_LEN {
            Self::MAX_LINE_LEN
        } else {
            bytes
        };
        ReplyWriter {
            max_line: max_line as u16,
            ..self
        }
    }

    /// The reply's code.
    #[inline]
    pub const fn code(&self) -> Code {
        self.code
    }

    /// The enhanced status code written on every line, if there is one.
    #[inline]
    pub const fn enhanced(&self) -> Option<EnhancedCode> {
        self.enhanced
    }

    /// The line limit in force, in bytes with the CRLF.
    #[inline]
    pub const fn line_limit(&self) -> usize {
        self.max_line as usize
    }

    /// How many bytes the reply takes on the wire.
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, ReplyWriter};
    ///
    /// let reply = ReplyWriter::new(ReplyCode::ServiceReady);
    /// assert_eq!(reply.encoded_len(), "220 Service ready\r\n".len());
    /// ```
    pub fn encoded_len(&self) -> usize {
        let mut count = Count::default();
        let Ok(()) = self.emit(&mut count);
        count.bytes
    }

    /// How many lines the reply has (at least one).
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, ReplyWriter};
    ///
    /// let reply = ReplyWriter::new(ReplyCode::ActionOk).max_line_len(24);
    /// assert_eq!(reply.line_count(), 3);
    /// ```
    pub fn line_count(&self) -> usize {
        let mut count = Count::default();
        let Ok(()) = self.emit(&mut count);
        count.lines
    }

    /// Writes the reply at the start of `buf` and returns its length. The
    /// reply's bytes are the same as [`Display`](fmt::Display) gives.
    ///
    /// # Errors
    ///
    /// [`WriteError::BufferTooSmall`], with the length needed, when the
    /// reply does not fit (see [`encoded_len`](ReplyWriter::encoded_len));
    /// what the buffer holds then is unspecified.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, ReplyWriter, WriteError};
    ///
    /// let reply = ReplyWriter::new(ReplyCode::ServiceClosing).with_text("Bye")?;
    /// let mut buf = [0u8; 16];
    /// let n = reply.write_to_slice(&mut buf)?;
    /// assert_eq!(&buf[..n], b"221 Bye\r\n");
    /// assert_eq!(
    ///     reply.write_to_slice(&mut buf[..4]),
    ///     Err(WriteError::BufferTooSmall { needed: 9, len: 4 })
    /// );
    /// # Ok::<(), WriteError>(())
    /// ```
    pub fn write_to_slice(&self, buf: &mut [u8]) -> Result<usize, WriteError> {
        let mut sink = Slice { buf, len: 0 };
        let Ok(()) = self.emit(&mut sink);
        if sink.len > sink.buf.len() {
            Err(WriteError::BufferTooSmall {
                needed: sink.len,
                len: sink.buf.len(),
            })
        } else {
            Ok(sink.len)
        }
    }

    /// Writes the reply to a [`fmt::Write`], such as a `String` or a
    /// [`fmt::Formatter`]. It fails only when `w` does.
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, ReplyWriter};
    ///
    /// let mut out = String::from("S: ");
    /// ReplyWriter::new(ReplyCode::ServiceReady).write_fmt_to(&mut out)?;
    /// assert_eq!(out, "S: 220 Service ready\r\n");
    /// # Ok::<(), std::fmt::Error>(())
    /// ```
    pub fn write_fmt_to(&self, w: &mut (impl fmt::Write + ?Sized)) -> fmt::Result {
        self.emit(&mut FmtSink(w))
    }

    /// Writes the reply to a `std::io::Write`, such as a socket, a line at a
    /// time or less often (through a 512-byte buffer on the stack), and
    /// does not flush it. It fails only when `w` does.
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, ReplyWriter};
    ///
    /// let mut out = Vec::new();
    /// ReplyWriter::new(ReplyCode::ServiceClosing).write_io(&mut out)?;
    /// assert_eq!(out, b"221 Service closing transmission channel\r\n");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn write_io(&self, w: &mut (impl std::io::Write + ?Sized)) -> std::io::Result<()> {
        let mut sink = IoSink {
            w,
            buf: [0; MAX_LINE],
            len: 0,
        };
        self.emit(&mut sink)?;
        sink.flush()
    }

    /// The lines of text, before wrapping, or `None` for a reply that is
    /// the code alone (a code the catalog does not know, with no text and
    /// no enhanced code).
    fn source(&self) -> Option<Source<'t>> {
        Some(match self.text {
            Text::Standard => match self.code.known() {
                // The catalog's texts are valid reply text (tested in tests/write.rs).
                Some(known) => Source::Text {
                    rest: Some(known.reason().as_bytes()),
                    breaks: false,
                },
                None if self.enhanced.is_none() => return None,
                None => Source::Lines(ONE_EMPTY_LINE),
            },
            Text::Lines([]) => Source::Lines(ONE_EMPTY_LINE),
            Text::One { text, breaks } => {
                let mut text = text.as_bytes();
                if breaks {
                    // A line break at the end ends the last line.
                    if let Some(head) = text.strip_suffix(b"\n") {
                        text = head;
                    }
                    if let Some(head) = text.strip_suffix(b"\r") {
                        text = head;
                    }
                }
                Source::Text {
                    rest: Some(text),
                    breaks,
                }
            }
            Text::Lines(lines) => Source::Lines(lines),
        })
    }

    /// Writes the reply, a line at a time, to a sink.
    fn emit<S: Sink>(&self, sink: &mut S) -> Result<(), S::Error> {
        let head = self.head;
        let more = head.with_separator(b'-');
        // The domain before the first line of text (a greeting), if any.
        let mut domain: &[u8] = match self.domain {
            None => b"",
            Some(domain) if !self.domain_line => domain.as_bytes(),
            Some(domain) => {
                // An EHLO reply: the domain's line, then one for each line
                // of text given.
                let alone = matches!(self.text, Text::Lines([]) | Text::One { text: "", .. });
                sink.line(if alone { head } else { more }, domain.as_bytes(), b"")?;
                if alone {
                    return Ok(());
                }
                b""
            }
        };
        let Some(mut source) = self.source() else {
            return sink.line(head.with_len(3), b"", b"");
        };
        // The bytes of text a line holds: at least 1 (see `MIN_LINE_LEN`),
        // and 4 with UTF-8 (`MIN_LINE_LEN_UTF8`).
        let room = self.max_line as usize - 2 - head.len();
        while let Some(mut rest) = source.next_line() {
            loop {
                // What the domain and its space leave on the first line.
                let room_now = match domain.len() {
                    0 => room,
                    len => room.saturating_sub(len + 1),
                };
                if rest.len() <= room_now {
                    break;
                }
                // A line to wrap loses the spaces at its start and end, so
                // that no piece of it is empty.
                rest = trim_spaces(rest);
                if rest.len() <= room_now {
                    break;
                }
                match cut(rest, room_now, self.utf8) {
                    Some((piece, after)) => {
                        sink.line(more, domain, piece)?;
                        rest = after;
                    }
                    // Not a byte or character of text fits after the
                    // domain: the domain goes alone.
                    None => sink.line(more, domain, b"")?,
                }
                domain = b"";
            }
            let mut line = if source.is_empty() { head } else { more };
            // No space after an enhanced code with nothing behind it.
            if rest.is_empty() && domain.is_empty() && self.enhanced.is_some() {
                line = line.with_len(line.len() - 1);
            }
            sink.line(line, domain, rest)?;
            domain = b"";
        }
        Ok(())
    }
}

/// Shows the reply exactly as it goes on the wire, CRLFs included.
///
/// ```
/// use smtp_codes::{ReplyCode, ReplyWriter};
///
/// let reply = ReplyWriter::new(ReplyCode::ServiceReady).with_text("mx.example.com ESMTP")?;
/// assert_eq!(format!("{reply}"), "220 mx.example.com ESMTP\r\n");
/// # Ok::<(), smtp_codes::WriteError>(())
/// ```
impl fmt::Display for ReplyWriter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_fmt_to(f)
    }
}

/// Whether every byte of a block is printable US-ASCII (0x20 to 0x7E): a
/// loop of fixed length without an early exit, which the compiler turns
/// into a few vector instructions (SSE2 on x86_64) and which still runs in
/// a `const` context.
#[inline(always)]
const fn printable<const N: usize>(block: &[u8; N]) -> bool {
    let mut outside = false;
    let mut i = 0;
    while i < N {
        // 0x20..=0x7e become 0x00..=0x5e; every other byte is above.
        outside |= block[i].wrapping_sub(0x20) > 0x5e;
        i += 1;
    }
    !outside
}

/// Whether `bytes[from..]`, shorter than 64 bytes, is all printable, read
/// in at most two blocks that may overlap bytes before `from` (which are
/// printable too).
#[inline(always)]
const fn printable_tail(bytes: &[u8], from: usize) -> bool {
    let rest = bytes.split_at(from).1;
    if let (Some(first), Some(last)) = (rest.first_chunk::<32>(), bytes.last_chunk::<32>()) {
        printable(first) && printable(last)
    } else if let Some(last) = bytes.last_chunk::<32>() {
        printable(last)
    } else if let (Some(first), Some(last)) = (rest.first_chunk::<16>(), rest.last_chunk::<16>()) {
        printable(first) && printable(last)
    } else if let (Some(first), Some(last)) = (rest.first_chunk::<8>(), rest.last_chunk::<8>()) {
        printable(first) && printable(last)
    } else {
        false
    }
}

/// Checks text: HT and 0x20 to 0x7E are allowed, the bytes of UTF-8
/// characters other than the C1 controls when `utf8` is true, CR and LF
/// too when `breaks` is true. Returns whether the text holds a CR or LF.
///
/// Sixty-four bytes at a time while they are all printable (the last
/// block overlapping the one before), then a byte at a time through a
/// block that holds something else, and through a short text. Kept out of
/// line, so that the builder methods around it stay small and inline.
#[inline(never)]
const fn check(bytes: &[u8], line: usize, breaks: bool, utf8: bool) -> Result<bool, WriteError> {
    // The usual case first: printable text, read in blocks only.
    let mut i = 0;
    while let Some(block) = bytes.split_at(i).1.first_chunk::<64>() {
        if !printable(block) {
            break;
        }
        i += 64;
    }
    if bytes.len() - i < 64 && printable_tail(bytes, i) {
        return Ok(false);
    }
    let mut found = false;
    let mut slow_until = 0;
    while i < bytes.len() {
        if i >= slow_until {
            match bytes.split_at(i).1.first_chunk::<64>() {
                Some(block) if printable(block) => {
                    i += 64;
                    continue;
                }
                Some(_) => {}
                None if printable_tail(bytes, i) => break,
                None => {}
            }
            slow_until = i + 64;
        }
        let b = bytes[i];
        let c1 = b == 0xc2 && i + 1 < bytes.len() && bytes[i + 1] < 0xa0;
        if b == b'\t' || (b >= 0x20 && b <= 0x7e) || (utf8 && b >= 0x80 && !c1) {
            // Text (a `str` holds only whole UTF-8 characters; the C1
            // controls, U+0080 to U+009F, are 0xC2 then 0x80 to 0x9F).
        } else if b == b'\r' || b == b'\n' {
            if !breaks {
                return Err(WriteError::LineBreak { line, offset: i });
            }
            found = true;
        } else {
            return Err(WriteError::Byte {
                line,
                offset: i,
                byte: b,
            });
        }
        i += 1;
    }
    Ok(found)
}

/// Checks a domain (RFC 5321, section 4.1.2): `Domain` (labels of
/// letters, digits and hyphens, not starting or ending with a hyphen, 1 to
/// 63 bytes, joined by dots; 255 bytes at most) or `address-literal` (`[`,
/// then printable US-ASCII other than `[`, `\\` and `]`, then `]`).
const fn check_domain(domain: &[u8]) -> Result<(), WriteError> {
    const MAX_DOMAIN: usize = 255;
    const MAX_LABEL: usize = 63;
    let n = domain.len();
    if n > MAX_DOMAIN {
        return Err(WriteError::Domain { offset: MAX_DOMAIN });
    }
    if let [b'[', ..] = domain {
        let mut i = 1;
        while i < n {
            let b = domain[i];
            if b == b']' && i > 1 && i == n - 1 {
                return Ok(());
            }
            if b < 0x21 || b > 0x7e || b == b'[' || b == b'\\' || b == b']' {
                return Err(WriteError::Domain { offset: i });
            }
            i += 1;
        }
        // No `]` at the end.
        return Err(WriteError::Domain { offset: n });
    }
    let mut i = 0;
    let mut label = 0;
    while i < n {
        let b = domain[i];
        let ok = if b == b'.' {
            let ends_well = label > 0 && domain[i - 1] != b'-';
            label = 0;
            ends_well
        } else {
            label += 1;
            b.is_ascii_alphanumeric() || (b == b'-' && label > 1)
        };
        if !ok || label > MAX_LABEL {
            return Err(WriteError::Domain { offset: i });
        }
        i += 1;
    }
    if label == 0 || domain[n - 1] == b'-' {
        return Err(WriteError::Domain { offset: n });
    }
    Ok(())
}

/// The start of a line, `550-5.1.1 `: code, separator, enhanced code and
/// a space, at most 14 bytes, kept as two numbers with the length in the
/// last byte. A [`ReplyWriter`] makes it when it is given its codes (in a
/// `const` context too), not at every write.
///
/// Each line changes its separator with a shift and stores it whole: a
/// byte written into an array that is then read back as a whole would
/// stall the processor at every line.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Head {
    /// The first eight bytes, the first in the lowest eight bits.
    low: u64,
    /// The other bytes, up to six, and in the highest eight bits how many
    /// bytes the head has.
    high: u64,
}

/// The ASCII digit of `d` (0 to 9), as a number to shift into place.
const fn ascii(d: u16) -> u64 {
    (b'0' + d as u8) as u64
}

impl Head {
    /// The head of every line, with a space as the separator.
    const fn new(code: Code, enhanced: Option<EnhancedCode>) -> Head {
        let n = code.as_u16();
        // `550 `: four bytes at fixed places.
        let low = ascii(n / 100) | ascii(n / 10 % 10) << 8 | ascii(n % 10) << 16 | 0x20 << 24;
        let Some(e) = enhanced else {
            return Head { low, high: 4 << 56 };
        };
        // `5.` at fixed places, then `999.999 ` at most: eight bytes.
        let low = low | ascii(e.class().digit() as u16) << 32 | (b'.' as u64) << 40;
        let (subject, detail) = (e.subject(), e.detail());
        let mut rest = Digits { bytes: 0, len: 0 };
        rest.push_number(subject);
        rest.push(b'.');
        rest.push_number(detail);
        rest.push(b' ');
        Head {
            low: low | rest.bytes << 48,
            high: rest.bytes >> 16 | ((6 + rest.len) as u64) << 56,
        }
    }

    /// The same head with another separator after the code.
    #[inline(always)]
    const fn with_separator(self, separator: u8) -> Head {
        Head {
            low: self.low & !(0xff << 24) | (separator as u64) << 24,
            ..self
        }
    }

    /// The same head cut to `len` bytes (the code alone: 3).
    const fn with_len(self, len: usize) -> Head {
        Head {
            high: self.high & !(0xff << 56) | (len as u64) << 56,
            ..self
        }
    }

    /// How many bytes the head has.
    const fn len(self) -> usize {
        (self.high >> 56) as usize
    }

    /// The head's bytes: the first [`len`](Head::len()) of them are the head.
    fn to_bytes(self) -> [u8; 16] {
        (u128::from(self.high) << 64 | u128::from(self.low)).to_le_bytes()
    }
}

/// Shows the head's bytes, as in `Head("550 5.1.1 ")`.
impl fmt::Debug for Head {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.to_bytes();
        let text = core::str::from_utf8(&bytes[..self.len()]).map_err(|_| fmt::Error)?;
        f.debug_tuple("Head").field(&text).finish()
    }
}

/// Up to eight bytes of a line head, built a byte at a time in a number.
struct Digits {
    /// The bytes, the first in the lowest eight bits.
    bytes: u64,
    /// How many bytes are used.
    len: usize,
}

impl Digits {
    /// Appends a byte.
    const fn push(&mut self, byte: u8) {
        self.bytes |= (byte as u64) << (8 * self.len);
        self.len += 1;
    }

    /// Appends a number of 0 to 999, without leading zeros.
    const fn push_number(&mut self, n: u16) {
        if n >= 100 {
            self.push(b'0' + (n / 100) as u8);
        }
        if n >= 10 {
            self.push(b'0' + (n / 10 % 10) as u8);
        }
        self.push(b'0' + (n % 10) as u8);
    }
}

/// Where the lines of text come from.
enum Source<'t> {
    /// What is left of one text (`None` once its last line is taken).
    Text {
        rest: Option<&'t [u8]>,
        breaks: bool,
    },
    /// The lines not taken yet.
    Lines(&'t [&'t str]),
}

impl<'t> Source<'t> {
    /// The next line of text, before wrapping.
    #[inline]
    fn next_line(&mut self) -> Option<&'t [u8]> {
        match self {
            Source::Text { rest, breaks } => {
                let text = rest.take()?;
                if !*breaks {
                    return Some(text);
                }
                match text.iter().position(|&b| b == b'\r' || b == b'\n') {
                    Some(at) => {
                        let end = if text[at] == b'\r' && text.get(at + 1) == Some(&b'\n') {
                            at + 2
                        } else {
                            at + 1
                        };
                        *rest = Some(&text[end..]);
                        Some(&text[..at])
                    }
                    None => Some(text),
                }
            }
            Source::Lines(lines) => {
                let (first, others) = lines.split_first()?;
                *lines = others;
                Some(first.as_bytes())
            }
        }
    }

    /// Whether every line has been taken.
    fn is_empty(&self) -> bool {
        match self {
            Source::Text { rest, .. } => rest.is_none(),
            Source::Lines(lines) => lines.is_empty(),
        }
    }
}

/// `line` without the spaces (SP) at its start and end.
#[inline]
fn trim_spaces(line: &[u8]) -> &[u8] {
    trim_start(trim_end(line))
}

/// `line` without the spaces at its start.
#[inline(always)]
fn trim_start(mut line: &[u8]) -> &[u8] {
    while let [b' ', rest @ ..] = line {
        line = rest;
    }
    line
}

/// `line` without the spaces at its end.
#[inline(always)]
fn trim_end(mut line: &[u8]) -> &[u8] {
    while let [rest @ .., b' '] = line {
        line = rest;
    }
    line
}

/// Cuts a line longer than `room` (neither starting nor ending with a
/// space, as [`ReplyWriter::emit`] trims it): before the run of spaces that
/// leaves the longest text that fits (the run is dropped), or else at
/// `room`, in its first word, or with `utf8` at the start of the character
/// that `room` falls in. Returns the text for this reply line and what is
/// left, or `None` when not a character fits in `room`.
#[inline]
fn cut(line: &[u8], room: usize, utf8: bool) -> Option<(&[u8], &[u8])> {
    // The run of spaces around the last space that leaves `room` bytes or
    // fewer before it (`line[room]` exists, as the line is longer).
    if let Some(space) = last_space(&line[..=room]) {
        let (before, after) = line.split_at(space);
        let piece = trim_end(before);
        if !piece.is_empty() {
            return Some((piece, trim_start(after)));
        }
    }
    let mut at = room;
    if utf8 {
        // Back to the first byte of the character (UTF-8's continuation
        // bytes are 0b10xxxxxx).
        while at > 0 && line[at] & 0xc0 == 0x80 {
            at -= 1;
        }
    }
    if at == 0 {
        None
    } else {
        Some(line.split_at(at))
    }
}

/// The offset of the last space in `bytes`: eight bytes at a time, from the end.
fn last_space(bytes: &[u8]) -> Option<usize> {
    let mut end = bytes.len();
    while let Some(word) = bytes[..end].last_chunk::<8>() {
        // 0x80 in each byte that is a space, exactly (no carry crosses a byte).
        let v = u64::from_le_bytes(*word) ^ (ONES * 0x20);
        let spaces = !(((v & !HIGHS) + !HIGHS) | v | !HIGHS);
        if spaces != 0 {
            return Some(end - 1 - (spaces.leading_zeros() / 8) as usize);
        }
        end -= 8;
    }
    last_space_bytewise(&bytes[..end])
}

/// The offset of the last space in fewer than eight bytes; apart, so that
/// the loop above stays small.
#[cold]
#[inline(never)]
fn last_space_bytewise(bytes: &[u8]) -> Option<usize> {
    bytes.iter().rposition(|&b| b == b' ')
}

/// Where [`ReplyWriter::emit`] puts the lines of a reply.
trait Sink {
    type Error;
    /// Puts one line: its head, `domain` (usually empty), a space when
    /// both `domain` and `text` are not empty, `text`, and CRLF.
    fn line(&mut self, head: Head, domain: &[u8], text: &[u8]) -> Result<(), Self::Error>;
}

/// The length of a line's domain and the space after it (see [`Sink::line`]).
#[inline(always)]
fn domain_len(domain: &[u8], text: &[u8]) -> usize {
    match domain.len() {
        0 => 0,
        len => len + usize::from(!text.is_empty()),
    }
}

/// Counts the bytes and the lines.
#[derive(Default)]
struct Count {
    bytes: usize,
    lines: usize,
}

impl Sink for Count {
    type Error = Infallible;
    fn line(&mut self, head: Head, domain: &[u8], text: &[u8]) -> Result<(), Infallible> {
        self.bytes += head.len() + domain_len(domain, text) + text.len() + 2;
        self.lines += 1;
        Ok(())
    }
}

/// Copies the bytes into a slice; past its end, it only counts them.
struct Slice<'b> {
    buf: &'b mut [u8],
    len: usize,
}

impl Sink for Slice<'_> {
    type Error = Infallible;
    #[inline]
    fn line(&mut self, head: Head, domain: &[u8], text: &[u8]) -> Result<(), Infallible> {
        let start = self.len;
        let before = head.len() + domain_len(domain, text);
        self.len += before + text.len() + 2;
        let Some(to) = self.buf.get_mut(start..self.len) else {
            return Ok(());
        };
        // All 16 bytes of the head in two stores of fixed size when the
        // line has room for them (the text then writes over the rest).
        match to.first_chunk_mut::<16>() {
            Some(first) => {
                let (low, high) = first.split_at_mut(8);
                low.copy_from_slice(&head.low.to_le_bytes());
                high.copy_from_slice(&head.high.to_le_bytes());
            }
            None => short_head(to, head),
        }
        if let Some((line, end)) = to.split_last_chunk_mut::<2>() {
            *end = *b"\r\n";
            if !domain.is_empty() {
                put_domain(line, head.len(), domain);
            }
            if let Some(into) = line.get_mut(before..) {
                copy(into, text);
            }
        }
        Ok(())
    }
}

/// The domain and the space after it, from `at` in `line`; apart, as few
/// lines have a domain.
#[cold]
#[inline(never)]
fn put_domain(line: &mut [u8], at: usize, domain: &[u8]) {
    let end = at + domain.len();
    line[at..end].copy_from_slice(domain);
    if let Some(space) = line.get_mut(end) {
        *space = b' ';
    }
}

/// The head of a line shorter than 16 bytes; apart, so that the compiler
/// does not merge it with the stores of fixed size into a call to `memcpy`.
#[cold]
#[inline(never)]
fn short_head(to: &mut [u8], head: Head) {
    to[..head.len()].copy_from_slice(&head.to_bytes()[..head.len()]);
}

/// Copies `from` into `to`, of the same length, in blocks of 16 bytes (the
/// last one overlapping the one before) that the compiler keeps inline: a
/// line's text is too short for a call to `memcpy` to pay.
#[inline(always)]
fn copy(to: &mut [u8], from: &[u8]) {
    const BLOCK: usize = 16;
    let n = from.len();
    if n < BLOCK || to.len() != n {
        return to.copy_from_slice(from);
    }
    let mut at = 0;
    while at + BLOCK < n {
        copy_block(to, from, at);
        at += BLOCK;
    }
    copy_block(to, from, n - BLOCK);

    #[inline(always)]
    fn copy_block(to: &mut [u8], from: &[u8], at: usize) {
        let block = from.split_at(at).1.first_chunk::<BLOCK>();
        let into = to.split_at_mut(at).1.first_chunk_mut::<BLOCK>();
        if let (Some(into), Some(block)) = (into, block) {
            *into = *block;
        }
    }
}

/// Passes the bytes to a `fmt::Write`.
struct FmtSink<'w, W: ?Sized>(&'w mut W);

impl<W: fmt::Write + ?Sized> Sink for FmtSink<'_, W> {
    type Error = fmt::Error;
    fn line(&mut self, head: Head, domain: &[u8], text: &[u8]) -> fmt::Result {
        // Every piece is ASCII or whole UTF-8 characters (the text is
        // checked, and cut between characters), so this never fails.
        let ascii = |bytes| core::str::from_utf8(bytes).map_err(|_| fmt::Error);
        let head_bytes = head.to_bytes();
        self.0.write_str(ascii(&head_bytes[..head.len()])?)?;
        if !domain.is_empty() {
            self.0.write_str(ascii(domain)?)?;
            if !text.is_empty() {
                self.0.write_str(" ")?;
            }
        }
        self.0.write_str(ascii(text)?)?;
        self.0.write_str("\r\n")
    }
}

/// Gathers lines into a line-sized buffer for a `std::io::Write`.
#[cfg(feature = "std")]
struct IoSink<'w, W: ?Sized> {
    w: &'w mut W,
    buf: [u8; MAX_LINE],
    len: usize,
}

#[cfg(feature = "std")]
impl<W: std::io::Write + ?Sized> IoSink<'_, W> {
    fn flush(&mut self) -> std::io::Result<()> {
        let len = core::mem::take(&mut self.len);
        self.w.write_all(&self.buf[..len])
    }
}

#[cfg(feature = "std")]
impl<W: std::io::Write + ?Sized> Sink for IoSink<'_, W> {
    type Error = std::io::Error;
    fn line(&mut self, head: Head, domain: &[u8], text: &[u8]) -> std::io::Result<()> {
        // A line is never longer than the buffer.
        if self.len + head.len() + domain_len(domain, text) + text.len() + 2 > self.buf.len() {
            self.flush()?;
        }
        let mut slice = Slice {
            buf: &mut self.buf[self.len..],
            len: 0,
        };
        let Ok(()) = slice.line(head, domain, text);
        self.len += slice.len;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_show_their_bytes() {
        let code = Code::from_u16(550).unwrap();
        let e = EnhancedCode::new(5, 1, 1);
        let head = Head::new(code, e);
        assert_eq!(format!("{head:?}"), "Head(\"550 5.1.1 \")");
        assert_eq!(
            format!("{:?}", head.with_separator(b'-')),
            "Head(\"550-5.1.1 \")"
        );
        assert_eq!(format!("{:?}", head.with_len(3)), "Head(\"550\")");
        assert_eq!(format!("{:?}", Head::new(code, None)), "Head(\"550 \")");
    }

    #[test]
    fn cut_breaks_before_the_last_run_of_spaces_that_fits() {
        let cut = |line: &'static str, room| {
            let (chunk, rest) = cut(line.as_bytes(), room, false).unwrap();
            let text = |b| core::str::from_utf8(b).unwrap();
            (text(chunk), text(rest))
        };
        assert_eq!(cut("ab cd ef", 5), ("ab cd", "ef"));
        assert_eq!(cut("ab cd   ef", 6), ("ab cd", "ef"));
        assert_eq!(cut("abcd efgh", 4), ("abcd", "efgh"));
        assert_eq!(cut("abcdefgh ij", 4), ("abcd", "efgh ij"));
        assert_eq!(cut("ab      x", 3), ("ab", "x"));
        assert_eq!(
            cut("a bcdefghijklmnopqrstuvwxyz", 20),
            ("a", "bcdefghijklmnopqrstuvwxyz")
        );
        assert_eq!(
            cut("abcdefghijklmnopqrstuvwxyz", 20),
            ("abcdefghijklmnopqrst", "uvwxyz")
        );
        assert_eq!(
            cut("abcdefghijklmnopq   rstuvwxyz", 18),
            ("abcdefghijklmnopq", "rstuvwxyz")
        );
    }

    #[test]
    fn cut_with_utf8_keeps_characters_whole() {
        let cut = |line: &'static str, room| {
            cut(line.as_bytes(), room, true).map(|(chunk, rest)| {
                let text = |b| core::str::from_utf8(b).unwrap();
                (text(chunk), text(rest))
            })
        };
        // "é" is two bytes, "中" three, "😀" four.
        assert_eq!(cut("caf\u{e9}s", 4), Some(("caf", "\u{e9}s")));
        assert_eq!(cut("caf\u{e9}s", 5), Some(("caf\u{e9}", "s")));
        assert_eq!(cut("\u{4e2d}\u{4e2d}", 4), Some(("\u{4e2d}", "\u{4e2d}")));
        assert_eq!(
            cut("\u{1f600}\u{1f600}", 7),
            Some(("\u{1f600}", "\u{1f600}"))
        );
        assert_eq!(cut("\u{1f600}", 3), None);
        assert_eq!(
            cut("a \u{4e2d}\u{4e2d}", 4),
            Some(("a", "\u{4e2d}\u{4e2d}"))
        );
        // ASCII is cut as without UTF-8.
        assert_eq!(cut("abcdef", 3), Some(("abc", "def")));
        assert_eq!(super::cut(b"abc", 0, false), None);
    }

    #[test]
    fn check_domain_follows_rfc_5321() {
        for ok in [
            "mx.example.com",
            "localhost",
            "a",
            "xn--fsqu00a.xn--fiqs8s",
            "mx-1.example",
            "123.example",
            "[192.0.2.1]",
            "[IPv6:2001:db8::1]",
        ] {
            assert_eq!(check_domain(ok.as_bytes()), Ok(()), "{ok}");
        }
        // The longest: four labels of 63 bytes and three dots, 255 bytes.
        let mut longest = [b'a'; 255];
        for dot in [63, 127, 191] {
            longest[dot] = b'.';
        }
        assert_eq!(check_domain(&longest), Ok(()));
        let long_label = [b'a'; 64];
        let mut long_domain = [b'a'; 256];
        long_domain[100] = b'.';
        long_domain[200] = b'.';
        for (bad, offset) in [
            (&b""[..], 0),
            (b".example", 0),
            (b"mx..example", 3),
            (b"mx.example.", 11),
            (b"-mx.example", 0),
            (b"mx-.example", 3),
            (b"mx.example-", 11),
            (b"mx example", 2),
            (b"mx_1.example", 2),
            (b"[]", 1),
            (b"[192.0.2.1", 10),
            (b"[1]]", 2),
            (b"[a[b]", 2),
            (b"[\xc3\xa9]", 1),
            (b"[1 2]", 2),
            (b"[a\\b]", 2),
            (b"\xe4.example", 0),
            (&long_label, 63),
            (&long_domain, 255),
        ] {
            assert_eq!(
                check_domain(bad),
                Err(WriteError::Domain { offset }),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn trim_spaces_trims_spaces_only() {
        for (line, trimmed) in [
            ("", ""),
            ("   ", ""),
            (" a b ", "a b"),
            ("\ta\t", "\ta\t"),
            ("  \t a", "\t a"),
            ("a", "a"),
        ] {
            assert_eq!(trim_spaces(line.as_bytes()), trimmed.as_bytes(), "{line:?}");
        }
    }

    #[test]
    fn last_space_finds_the_last_one() {
        let naive = |b: &[u8]| b.iter().rposition(|&c| c == b' ');
        let fillers = [b'a', b'!', b'\t', 0x00, 0x7f, 0xa0, 0xff];
        for len in 0..20 {
            for filler in fillers {
                let mut bytes = vec![filler; len];
                assert_eq!(last_space(&bytes), naive(&bytes));
                for at in 0..len {
                    bytes[at] = b' ';
                    assert_eq!(last_space(&bytes), naive(&bytes), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn the_block_checks_are_exact() {
        let fillers = [b'a', b' ', b'~', b'\t', 0x00, 0x1f, 0x7f, 0x80, 0xff];
        let outside = |b: &[u8]| b.iter().any(|b| !(0x20..=0x7e).contains(b));
        for value in 0..=255u8 {
            for filler in fillers {
                for at in 0..32 {
                    let mut block = [filler; 32];
                    block[at] = value;
                    assert_eq!(printable(&block), !outside(&block), "{block:?}");
                }
            }
        }
        // Every length and start of a tail, with one odd byte anywhere in it.
        for len in 0..80 {
            for from in 0..=len {
                let mut bytes = vec![b'a'; len];
                if !(8..64).contains(&(len - from)) {
                    continue;
                }
                assert!(printable_tail(&bytes, from), "{len} {from}");
                for at in from..len {
                    bytes[at] = 0x7f;
                    assert!(!printable_tail(&bytes, from), "{len} {from} {at}");
                    bytes[at] = b'a';
                }
            }
        }
    }

    #[test]
    fn copy_copies_every_length() {
        let from: Vec<u8> = (0..100).collect();
        for n in 0..100 {
            let mut to = vec![0xff; n];
            copy(&mut to, &from[..n]);
            assert_eq!(to, &from[..n]);
        }
    }

    #[test]
    fn heads_cover_every_width() {
        let code = Code::from_u16(550).unwrap();
        for (e, s) in [
            (None, "550 "),
            (Some((5, 0, 0)), "550 5.0.0 "),
            (Some((5, 10, 99)), "550 5.10.99 "),
            (Some((5, 999, 100)), "550 5.999.100 "),
        ] {
            let e = e.map(|(c, s, d)| EnhancedCode::new(c, s, d).unwrap());
            let head = Head::new(code, e);
            assert_eq!(&head.to_bytes()[..head.len()], s.as_bytes());
            let dash = head.with_separator(b'-');
            assert_eq!(
                &dash.to_bytes()[..head.len()],
                s.replacen(' ', "-", 1).as_bytes()
            );
            assert!(head.to_bytes()[head.len()..15].iter().all(|&b| b == 0));
            assert_eq!(usize::from(head.to_bytes()[15]), head.len());
        }
    }
}
