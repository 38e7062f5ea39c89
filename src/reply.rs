//! [`Reply`]: a parsed reply, borrowed from the input, and its [`Line`]s.

use core::fmt;

use crate::code::Code;
use crate::enhanced::EnhancedCode;
use crate::parse::{ParseError, ParserConfig, Status};
use crate::reply_code::ReplyCode;

/// A complete reply, borrowed from the bytes it was parsed from.
///
/// It holds the code, the raw bytes (line ends included) and the number of
/// lines; the lines themselves are read from the raw bytes on demand, so
/// parsing stores nothing per line and allocates nothing.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Reply, Status};
///
/// let wire = b"550-5.1.1 The email account that you tried to reach does not exist.\r\n\
///              550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp\r\n";
/// let reply = Reply::parse(wire)?.complete().expect("a whole reply");
/// assert_eq!(reply.code(), 550);
/// assert!(reply.is_multiline());
/// assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.1.1"));
/// assert_eq!(reply.enhanced_agrees(), Some(true));
/// let last = reply.lines().last().unwrap();
/// assert!(last.is_last());
/// assert_eq!(last.message(), b"https://support.google.com/mail/?p=NoSuchUser - gsmtp");
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reply<'b> {
    code: Code,
    raw: &'b [u8],
    lines: usize,
}

impl<'b> Reply<'b> {
    pub(crate) const fn new(code: Code, raw: &'b [u8], lines: usize) -> Reply<'b> {
        Reply { code, raw, lines }
    }

    /// Parses one reply at the start of `buf` with the default (lenient) configuration.
    pub fn parse(buf: &'b [u8]) -> Result<Status<Reply<'b>>, ParseError> {
        ParserConfig::default().parse(buf)
    }

    /// The reply's code, the same on every line.
    pub const fn code(&self) -> Code {
        self.code
    }

    /// The code's catalog entry, if the crate knows it.
    pub const fn known(&self) -> Option<ReplyCode> {
        self.code.known()
    }

    /// The reply's bytes, from its first code to its last line end.
    pub const fn raw(&self) -> &'b [u8] {
        self.raw
    }

    /// How many bytes of the input the reply used.
    #[allow(clippy::len_without_is_empty)] // a reply is never empty
    pub const fn len(&self) -> usize {
        self.raw.len()
    }

    /// How many lines the reply has (at least one).
    pub const fn line_count(&self) -> usize {
        self.lines
    }

    /// Whether the reply has more than one line.
    pub const fn is_multiline(&self) -> bool {
        self.lines > 1
    }

    /// The lines, in order.
    pub fn lines(&self) -> Lines<'b> {
        Lines { rest: self.raw }
    }

    /// The first line.
    pub fn first_line(&self) -> Line<'b> {
        // A reply has at least one line.
        self.lines().next().unwrap_or(Line {
            raw: self.raw,
            text_start: 3,
            last: true,
        })
    }

    /// The reply's enhanced status code: the one at the start of the first
    /// line's text (RFC 2034), as sent, even if its class disagrees with the
    /// basic code (see [`enhanced_agrees`](Reply::enhanced_agrees)).
    pub fn enhanced(&self) -> Option<EnhancedCode> {
        self.first_line().enhanced()
    }

    /// Whether the enhanced code's class agrees with the basic code's
    /// (RFC 2034, section 4): `None` without an enhanced code. A client acts
    /// on the basic code; a code that disagrees is a server's mistake.
    pub fn enhanced_agrees(&self) -> Option<bool> {
        self.enhanced().map(|e| e.agrees_with(self.code))
    }
}

impl fmt::Debug for Reply<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reply")
            .field("code", &self.code)
            .field("lines", &self.lines)
            .field("raw", &ShowBytes(self.raw))
            .finish()
    }
}

/// Shows bytes as text, escaping what is not printable ASCII.
struct ShowBytes<'a>(&'a [u8]);

impl fmt::Debug for ShowBytes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for chunk in self.0.utf8_chunks() {
            for c in chunk.valid().chars() {
                fmt::Display::fmt(&c.escape_debug(), f)?;
            }
            for b in chunk.invalid() {
                write!(f, "\\x{b:02x}")?;
            }
        }
        f.write_str("\"")
    }
}

/// One line of a reply.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Line<'b> {
    /// The line from its code to its line end, exclusive.
    raw: &'b [u8],
    /// Where the text starts in `raw`: 4, or 3 for a code-only line.
    text_start: usize,
    last: bool,
}

impl<'b> Line<'b> {
    /// The text after the code and its separator, without the line end,
    /// exactly as sent (an enhanced code included).
    pub fn text(&self) -> &'b [u8] {
        &self.raw[self.text_start..]
    }

    /// The text, if it is valid UTF-8.
    pub fn as_str(&self) -> Option<&'b str> {
        core::str::from_utf8(self.text()).ok()
    }

    /// The line from its code to its line end, exclusive.
    pub const fn raw(&self) -> &'b [u8] {
        self.raw
    }

    /// Whether this is the reply's last line (code and space, or the code alone).
    pub const fn is_last(&self) -> bool {
        self.last
    }

    /// The enhanced status code at the start of the text, followed by a
    /// space or the end of the text (RFC 2034), as sent.
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// let enhanced = |wire: &[u8]| {
    ///     let reply = Reply::parse(wire).unwrap().complete().unwrap();
    ///     reply.first_line().enhanced().map(|e| e.to_string())
    /// };
    /// assert_eq!(enhanced(b"550 5.7.256 Too many\r\n").as_deref(), Some("5.7.256"));
    /// assert_eq!(enhanced(b"250 2.0.0\r\n").as_deref(), Some("2.0.0"));
    /// assert_eq!(enhanced(b"300 3.0.0 Not a class\r\n"), None);
    /// assert_eq!(enhanced(b"550 5.7.1.100 Five parts\r\n"), None);
    /// assert_eq!(enhanced(b"250 192.168.0.1 Hello\r\n"), None);
    /// ```
    pub fn enhanced(&self) -> Option<EnhancedCode> {
        let text = self.text();
        match EnhancedCode::parse_prefix(text) {
            Some((code, len)) if len == text.len() || text[len] == b' ' => Some(code),
            _ => None,
        }
    }

    /// The text after the enhanced code and the spaces that follow it (the
    /// whole text when there is no enhanced code).
    pub fn message(&self) -> &'b [u8] {
        let text = self.text();
        match self.enhanced() {
            Some(_) => {
                let after = text.iter().position(|&b| b == b' ').unwrap_or(text.len());
                let rest = &text[after..];
                let spaces = rest.iter().take_while(|&&b| b == b' ').count();
                &rest[spaces..]
            }
            None => text,
        }
    }
}

impl fmt::Debug for Line<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Line")
            .field("text", &ShowBytes(self.text()))
            .field("last", &self.last)
            .finish()
    }
}

/// The lines of a [`Reply`] (see [`Reply::lines`]).
#[derive(Debug, Clone)]
pub struct Lines<'b> {
    rest: &'b [u8],
}

impl<'b> Iterator for Lines<'b> {
    type Item = Line<'b>;

    fn next(&mut self) -> Option<Line<'b>> {
        if self.rest.is_empty() {
            return None;
        }
        // The parser has checked the bytes: every line ends with LF.
        let lf = self
            .rest
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(self.rest.len() - 1);
        let mut raw = &self.rest[..lf];
        if let [head @ .., b'\r'] = raw {
            raw = head;
        }
        self.rest = &self.rest[(lf + 1).min(self.rest.len())..];
        let text_start = if raw.len() > 3 { 4 } else { raw.len() };
        Some(Line {
            raw,
            text_start,
            last: self.rest.is_empty(),
        })
    }
}

impl core::iter::FusedIterator for Lines<'_> {}
