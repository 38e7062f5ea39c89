//! [`OwnedReply`]: a reply that owns its bytes (the `alloc` feature), and
//! the conversions from the values of `lettre` and `smtp-proto` (the
//! features of the same names).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::code::Code;
use crate::command::Command;
use crate::diagnose::Diagnosis;
use crate::enhanced::EnhancedCode;
use crate::parse::{ParseError, ParserConfig, Status};
use crate::render::ReplyExplanation;
use crate::reply::{Line, Reply};

/// A reply that owns its bytes, for keeping a reply after its buffer is
/// gone (a log analyzer's records, a mock server's script), made from a
/// parsed [`Reply`], from parts, or from a `lettre` or `smtp-proto` value.
///
/// It keeps the reply's wire form, checked by the lenient parser, and
/// gives back the borrowed views: [`reply`](OwnedReply::reply),
/// [`lines`](OwnedReply::lines), an [`explanation`](OwnedReply::explain)
/// and a [`diagnosis`](OwnedReply::diagnose). With the `serde` feature it
/// serializes as `{"code": 550, "enhanced": "5.1.1", "lines": ["No such
/// user"]}` (the lines' texts after the enhanced code) and deserializes
/// from the same.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Code, EnhancedCode, OwnedReply, Reason};
///
/// let owned = OwnedReply::from_parts(
///     Code::from_u16(550)?,
///     Some(EnhancedCode::parse("5.1.1")?),
///     ["The email account that you tried to reach does not exist.", "Please check the address."],
/// )?;
/// assert_eq!(owned.to_string(), "550-5.1.1 The email account that you tried to reach does not exist.\r\n\
///                                550 5.1.1 Please check the address.\r\n");
/// assert_eq!(owned.reply().line_count(), 2);
/// assert_eq!(owned.diagnose(None).reason(), Reason::UserUnknown);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct OwnedReply {
    raw: Vec<u8>,
    code: Code,
    lines: usize,
}

impl OwnedReply {
    /// Copies a parsed reply.
    pub fn from_reply(reply: &Reply<'_>) -> OwnedReply {
        OwnedReply {
            raw: reply.raw().to_vec(),
            code: reply.code(),
            lines: reply.line_count(),
        }
    }

    /// Makes a reply from its code and the texts of its lines, each as it
    /// follows the code and its separator (with its enhanced code, if it
    /// has one). No lines make a reply of the code alone. The result is
    /// checked by the lenient parser: a line with a CR, an LF or another
    /// control character is an error, with its offset in the wire form.
    ///
    /// ```
    /// use smtp_codes::{Code, OwnedReply};
    ///
    /// let owned = OwnedReply::from_lines(Code::from_u16(250)?, ["mx.example.com", "PIPELINING"])?;
    /// assert_eq!(owned.as_bytes(), b"250-mx.example.com\r\n250 PIPELINING\r\n");
    /// assert!(OwnedReply::from_lines(Code::from_u16(550)?, ["two\r\nlines"]).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_lines<S: AsRef<str>>(
        code: Code,
        lines: impl IntoIterator<Item = S>,
    ) -> Result<OwnedReply, OwnedReplyError> {
        OwnedReply::build(code, None, lines)
    }

    /// Makes a reply from its code, its enhanced code (put at the start of
    /// every line, as RFC 2034 asks) and the texts of its lines.
    pub fn from_parts<S: AsRef<str>>(
        code: Code,
        enhanced: Option<EnhancedCode>,
        lines: impl IntoIterator<Item = S>,
    ) -> Result<OwnedReply, OwnedReplyError> {
        OwnedReply::build(code, enhanced, lines)
    }

    fn build<S: AsRef<str>>(
        code: Code,
        enhanced: Option<EnhancedCode>,
        lines: impl IntoIterator<Item = S>,
    ) -> Result<OwnedReply, OwnedReplyError> {
        use core::fmt::Write as _;
        let mut text = String::new();
        let mut lines = lines.into_iter().peekable();
        if lines.peek().is_none() {
            let _ = write!(text, "{code}");
            if let Some(e) = enhanced {
                let _ = write!(text, " {e}");
            }
            text.push_str("\r\n");
        }
        while let Some(line) = lines.next() {
            let sep = if lines.peek().is_some() { '-' } else { ' ' };
            let _ = write!(text, "{code}{sep}");
            if let Some(e) = enhanced {
                let _ = write!(text, "{e} ");
            }
            text.push_str(line.as_ref());
            text.push_str("\r\n");
        }
        OwnedReply::from_wire(text.into_bytes())
    }

    /// Takes the wire form of one whole reply (lenient parsing); bytes after
    /// it, or a reply that ends early, are an error.
    ///
    /// ```
    /// use smtp_codes::OwnedReply;
    ///
    /// let owned = OwnedReply::from_wire(b"452 4.2.2 Mailbox full\r\n".to_vec())?;
    /// assert_eq!(owned.enhanced().map(|e| e.to_string()).as_deref(), Some("4.2.2"));
    /// assert!(OwnedReply::from_wire(b"452 4.2.2 Mail".to_vec()).is_err());
    /// # Ok::<(), smtp_codes::OwnedReplyError>(())
    /// ```
    pub fn from_wire(raw: Vec<u8>) -> Result<OwnedReply, OwnedReplyError> {
        let (code, lines, len) = match ParserConfig::LENIENT.parse(&raw)? {
            Status::Complete(reply) => (reply.code(), reply.line_count(), reply.len()),
            Status::Partial => return Err(OwnedReplyError::Incomplete { len: raw.len() }),
        };
        if len != raw.len() {
            return Err(OwnedReplyError::Trailing { offset: len });
        }
        Ok(OwnedReply { raw, code, lines })
    }

    /// The borrowed view of the reply.
    pub fn reply(&self) -> Reply<'_> {
        Reply::new(self.code, &self.raw, self.lines)
    }

    /// The reply's code.
    pub const fn code(&self) -> Code {
        self.code
    }

    /// The enhanced code of the first line, as sent.
    pub fn enhanced(&self) -> Option<EnhancedCode> {
        self.reply().enhanced()
    }

    /// The lines.
    pub fn lines(&self) -> impl Iterator<Item = Line<'_>> {
        self.reply().lines()
    }

    /// The wire form, line ends included.
    pub fn as_bytes(&self) -> &[u8] {
        &self.raw
    }

    /// The explanation of the reply.
    pub fn explain(&self) -> ReplyExplanation<'_> {
        ReplyExplanation::new(self.reply())
    }

    /// The diagnosis of the reply, after `command` if known.
    pub fn diagnose(&self, command: Option<Command>) -> Diagnosis<'_> {
        Diagnosis::of_reply(&self.reply(), command)
    }
}

impl From<Reply<'_>> for OwnedReply {
    fn from(reply: Reply<'_>) -> OwnedReply {
        OwnedReply::from_reply(&reply)
    }
}

impl fmt::Display for OwnedReply {
    /// The wire form, as [`Reply`]'s `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.reply(), f)
    }
}

impl fmt::Debug for OwnedReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OwnedReply").field(&self.reply()).finish()
    }
}

#[cfg(feature = "serde")]
mod ser {
    use alloc::borrow::Cow;
    use alloc::string::String;
    use alloc::vec::Vec;

    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::OwnedReply;
    use crate::code::Code;
    use crate::enhanced::EnhancedCode;

    #[derive(Serialize, Deserialize)]
    struct Form<'a> {
        code: Code,
        enhanced: Option<EnhancedCode>,
        #[serde(borrow)]
        lines: Vec<Cow<'a, str>>,
    }

    impl Serialize for OwnedReply {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let enhanced = self.enhanced();
            let lines = self
                .lines()
                .map(|l| {
                    let text = if enhanced.is_some() {
                        l.message()
                    } else {
                        l.text()
                    };
                    String::from_utf8_lossy(text)
                })
                .collect();
            Form {
                code: self.code,
                enhanced,
                lines,
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for OwnedReply {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let form = Form::deserialize(deserializer)?;
            OwnedReply::from_parts(form.code, form.enhanced, form.lines).map_err(D::Error::custom)
        }
    }
}

/// Why bytes, parts or a value of another crate are not one reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum OwnedReplyError {
    /// The bytes are no reply (with the offset where the parser stopped).
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// The bytes end before the reply does.
    #[error("the reply ends early, after {len} bytes")]
    Incomplete {
        /// The length of the bytes given.
        len: usize,
    },
    /// Bytes follow the reply.
    #[error("byte {offset}: bytes follow the end of the reply")]
    Trailing {
        /// Where the reply ends.
        offset: usize,
    },
    /// The code is not a reply code (from 200 to 599).
    #[error(transparent)]
    Code(#[from] crate::error::CodeError),
    /// The value carries no reply code (a `lettre` error from the network
    /// or the client, not from the server).
    #[error("the value carries no reply code")]
    NoCode,
}

impl OwnedReplyError {
    /// The error's message in a language (see [`Described`](crate::Described)).
    pub fn describe(&self, locale: crate::locale::Locale) -> impl fmt::Display + '_ {
        struct Shown<'e>(&'e OwnedReplyError, crate::locale::Locale);
        impl fmt::Display for Shown<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match (self.0, self.1) {
                    (OwnedReplyError::Parse(e), l) => fmt::Display::fmt(&e.describe(l), f),
                    (OwnedReplyError::Code(e), l) => fmt::Display::fmt(&e.describe(l), f),
                    (e, crate::locale::Locale::En) => fmt::Display::fmt(e, f),
                    (OwnedReplyError::Incomplete { len }, _) => {
                        write!(f, "balasan berakhir terlalu cepat, setelah {len} byte")
                    }
                    (OwnedReplyError::Trailing { offset }, _) => {
                        write!(f, "byte ke-{offset}: ada byte setelah akhir balasan")
                    }
                    (_, _) => f.write_str("nilai ini tidak membawa kode balasan"),
                }
            }
        }
        Shown(self, locale)
    }
}

#[cfg(feature = "lettre")]
mod from_lettre {
    use alloc::string::ToString;

    use lettre::transport::smtp::Error;
    use lettre::transport::smtp::response::{Code as LettreCode, Response};

    use super::{OwnedReply, OwnedReplyError};
    use crate::code::Code;

    impl TryFrom<LettreCode> for Code {
        type Error = crate::error::CodeError;

        fn try_from(code: LettreCode) -> Result<Code, Self::Error> {
            Code::from_u16(u16::from(code))
        }
    }

    impl TryFrom<&Response> for OwnedReply {
        type Error = OwnedReplyError;

        /// The response's code and lines, as lettre parsed them.
        fn try_from(response: &Response) -> Result<OwnedReply, OwnedReplyError> {
            let code = Code::try_from(response.code())?;
            OwnedReply::from_lines(code, response.message())
        }
    }

    impl TryFrom<&Error> for OwnedReply {
        type Error = OwnedReplyError;

        /// The server's reply that a lettre error carries: its status, and
        /// the message lettre keeps as the error's source (the lines joined
        /// into one). An error without a status (network, TLS, client) is
        /// [`OwnedReplyError::NoCode`].
        fn try_from(error: &Error) -> Result<OwnedReply, OwnedReplyError> {
            let code = Code::try_from(error.status().ok_or(OwnedReplyError::NoCode)?)?;
            let message = std::error::Error::source(error)
                .map(|s| s.to_string())
                .unwrap_or_default();
            let lines = (!message.is_empty()).then_some(message.replace(['\r', '\n'], " "));
            OwnedReply::from_lines(code, lines)
        }
    }
}

#[cfg(feature = "smtp-proto")]
mod from_smtp_proto {
    use core::fmt::Display;

    use alloc::string::ToString;

    use super::{OwnedReply, OwnedReplyError};
    use crate::code::Code;
    use crate::enhanced::EnhancedCode;

    impl<T: Display> TryFrom<&smtp_proto::Response<T>> for OwnedReply {
        type Error = OwnedReplyError;

        /// The response's code, its enhanced code (`esc`, when not zero)
        /// and its message, whose lines smtp-proto joins with `\n`.
        fn try_from(response: &smtp_proto::Response<T>) -> Result<OwnedReply, OwnedReplyError> {
            let code = Code::from_u16(response.code)?;
            let [c, s, d] = response.esc;
            let enhanced = EnhancedCode::new(c, u16::from(s), u16::from(d)).filter(|_| c != 0);
            let message = response.message.to_string();
            let lines = message.split('\n');
            Ok(if message.is_empty() {
                OwnedReply::from_parts(code, enhanced, core::iter::empty::<&str>())?
            } else {
                OwnedReply::from_parts(code, enhanced, lines)?
            })
        }
    }
}
