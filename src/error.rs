//! The error types of the code and tag parsers.
//!
//! Every error is a small `Copy` value with a lowercase message. The reply
//! parser's errors live beside it, in [`crate::parse`].

use crate::code::Code;

/// Why a string or number is not a basic reply code.
///
/// Returned by [`Code::parse`], [`Code::from_u16`], [`ReplyCode::parse`](crate::ReplyCode::parse)
/// and [`ReplyCode::from_u16`](crate::ReplyCode::from_u16).
///
/// # Examples
///
/// ```
/// use smtp_codes::{CodeError, ReplyCode};
///
/// assert_eq!(ReplyCode::parse("25"), Err(CodeError::Length { len: 2 }));
/// assert_eq!(ReplyCode::parse("600"), Err(CodeError::Class { digit: b'6' }));
/// let err = ReplyCode::parse("299").unwrap_err();
/// assert_eq!(err.code().map(|c| c.as_u16()), Some(299));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum CodeError {
    /// The input is not exactly three bytes long.
    #[error("a reply code has exactly three digits, found {len} bytes")]
    Length {
        /// The length of the input, in bytes.
        len: usize,
    },
    /// A byte of the input is not an ASCII digit.
    #[error("byte {offset} of the reply code is not an ascii digit")]
    NotDigit {
        /// The offset of the first byte that is not a digit.
        offset: usize,
    },
    /// The first digit is not 2, 3, 4 or 5 (the byte found is kept as it was sent).
    #[error("the first digit of a reply code must be 2, 3, 4 or 5")]
    Class {
        /// The first byte of the code, an ASCII digit.
        digit: u8,
    },
    /// A number outside 200..=599 was given to a `from_u16` constructor.
    #[error("{value} is not a reply code between 200 and 599")]
    OutOfRange {
        /// The number given.
        value: u16,
    },
    /// The code is well-formed but is not in this crate's catalog.
    ///
    /// Only [`ReplyCode`](crate::ReplyCode) constructors return this; the
    /// code is kept, and a client acts on its first digit (RFC 5321, section 4.2).
    #[error("reply code {code} is well-formed but not in the catalog")]
    Unknown {
        /// The well-formed code.
        code: Code,
    },
}

impl CodeError {
    /// The well-formed [`Code`] behind an [`CodeError::Unknown`] error, if that is the error.
    pub const fn code(&self) -> Option<Code> {
        match self {
            CodeError::Unknown { code } => Some(*code),
            _ => None,
        }
    }
}

/// Why a language tag could not be used as a [`Locale`](crate::Locale).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum LocaleError {
    /// The tag is empty.
    #[error("the language tag is empty")]
    Empty,
    /// The tag is not a BCP 47 tag (a subtag is empty, too long or not alphanumeric).
    #[error("byte {offset} of the language tag is not allowed")]
    Malformed {
        /// The offset of the offending byte, or of the subtag that is empty or too long.
        offset: usize,
    },
    /// The tag is well-formed, but its language is not one the crate speaks.
    #[error("unsupported language: the catalog is written in en and id")]
    Unsupported,
}
