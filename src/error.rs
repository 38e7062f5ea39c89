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
/// assert_eq!(ReplyCode::parse("600"), Err(CodeError::Class { digit: '6' }));
/// assert_eq!(ReplyCode::parse(" 250"), Err(CodeError::Whitespace { offset: 0 }));
/// assert_eq!(ReplyCode::parse("2").unwrap_err().to_string(), "a reply code has exactly three digits, found 1 byte");
/// let err = ReplyCode::parse("299").unwrap_err();
/// assert_eq!(err.code().map(|c| c.as_u16()), Some(299));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum CodeError {
    /// The input is not exactly three bytes long.
    #[error("a reply code has exactly three digits, found {len} {}", if *.len == 1 { "byte" } else { "bytes" })]
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
    /// The first digit is not 2, 3, 4 or 5 (the digit found is kept as it was sent).
    #[error("the first digit of a reply code must be 2, 3, 4 or 5, not {digit}")]
    Class {
        /// The first digit of the code, as sent: `'6'`.
        digit: char,
    },
    /// White space before or after the three digits (the input would be a
    /// code without it): trim it first if the source pads codes.
    #[error("byte {offset} of the reply code is white space, around the digits")]
    Whitespace {
        /// Where the first white space byte is.
        offset: usize,
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

/// An error shown in a language, from the `describe` method of each of the
/// crate's errors: English is the error's `Display`, and Indonesian says the
/// same, so that a dashboard in Indonesian shows no English.
///
/// ```
/// use smtp_codes::{Code, Locale};
///
/// let err = Code::parse("650").unwrap_err();
/// assert_eq!(err.describe(Locale::En).to_string(), err.to_string());
/// assert_eq!(
///     err.describe(Locale::Id).to_string(),
///     "digit pertama kode balasan harus 2, 3, 4, atau 5, bukan 6"
/// );
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Described<'a, E> {
    error: &'a E,
    locale: crate::locale::Locale,
}

macro_rules! describe {
    ($ty:ty, $id:path) => {
        impl $ty {
            /// The error's message in a language (see [`Described`]).
            pub fn describe(&self, locale: crate::locale::Locale) -> Described<'_, $ty> {
                Described {
                    error: self,
                    locale,
                }
            }
        }

        impl core::fmt::Display for Described<'_, $ty> {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match self.locale {
                    crate::locale::Locale::Id => $id(self.error, f),
                    _ => core::fmt::Display::fmt(self.error, f),
                }
            }
        }
    };
}

use crate::text::id::errors as id;

describe!(CodeError, id::code_error);
describe!(LocaleError, id::locale_error);
describe!(crate::parse::ParseError, id::parse_error);
describe!(crate::enhanced::EnhancedCodeError, id::enhanced_code_error);
describe!(crate::write::WriteError, id::write_error);
describe!(crate::render::FormatError, id::format_error);
describe!(crate::command::CommandError, id::command_error);
describe!(crate::diagnose::ReasonError, id::reason_error);
