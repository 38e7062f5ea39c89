//! Basic reply codes as values: [`Code`], its [`Class`] and its [`Category`].

use core::fmt;
use core::str::FromStr;

use crate::error::CodeError;
use crate::locale::Locale;
use crate::reply_code::ReplyCode;
use crate::text::ClassTexts;

/// Any well-formed basic reply code: three ASCII digits, the first one 2 to 5.
///
/// This is the type of what a server sends. A server may send a code that the
/// catalog does not have (`299`, `571`): it is still a `Code`, and
/// [`known`](Code::known) returns `None` for it. RFC 5321 (section 4.2) says
/// that a client must then act on the first digit only, which is what
/// [`class`](Code::class) gives.
///
/// The second digit may be 0 to 9 here, as lenient parsing accepts it; the
/// strict grammar of RFC 5321 allows only 0 to 5 ([`is_strict`](Code::is_strict)).
///
/// # Examples
///
/// ```
/// use smtp_codes::{Class, Code, ReplyCode};
///
/// let code = Code::parse("571")?;
/// assert_eq!(code.known(), None);
/// assert_eq!(code.class(), Class::PermanentNegative);
/// assert!(code.class().is_permanent());
///
/// let code = Code::from_u16(251)?;
/// assert_eq!(code.known(), Some(ReplyCode::UserNotLocal));
/// assert_eq!(code, 251);
/// # Ok::<(), smtp_codes::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(u16);

/// The three digits of every code from 200 to 599, back to back.
const DIGITS: [u8; 1200] = {
    let mut out = [0u8; 1200];
    let mut i = 0;
    while i < 400 {
        let n = i + 200;
        out[i * 3] = b'0' + (n / 100) as u8;
        out[i * 3 + 1] = b'0' + (n / 10 % 10) as u8;
        out[i * 3 + 2] = b'0' + (n % 10) as u8;
        i += 1;
    }
    out
};

/// [`DIGITS`] as text: ASCII digits, checked once, at compile time.
static DIGITS_STR: &str = match core::str::from_utf8(&DIGITS) {
    Ok(s) => s,
    Err(_) => panic!("ASCII digits"),
};

impl Code {
    /// Makes a code from a number from 200 to 599.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Code, CodeError};
    ///
    /// assert_eq!(Code::from_u16(421).map(Code::as_u16), Ok(421));
    /// assert_eq!(Code::from_u16(199), Err(CodeError::OutOfRange { value: 199 }));
    /// ```
    pub const fn from_u16(value: u16) -> Result<Code, CodeError> {
        if value >= 200 && value <= 599 {
            Ok(Code(value))
        } else {
            Err(CodeError::OutOfRange { value })
        }
    }

    /// Makes a code from its three ASCII digits, as they stand on the wire.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Code, CodeError};
    ///
    /// assert_eq!(Code::from_ascii(*b"250").map(Code::as_u16), Ok(250));
    /// assert_eq!(Code::from_ascii(*b"2x0"), Err(CodeError::NotDigit { offset: 1 }));
    /// ```
    pub const fn from_ascii(digits: [u8; 3]) -> Result<Code, CodeError> {
        let mut i = 0;
        while i < 3 {
            if !digits[i].is_ascii_digit() {
                return Err(CodeError::NotDigit { offset: i });
            }
            i += 1;
        }
        if digits[0] < b'2' || digits[0] > b'5' {
            return Err(CodeError::Class {
                digit: digits[0] as char,
            });
        }
        Ok(Code(
            (digits[0] - b'0') as u16 * 100
                + (digits[1] - b'0') as u16 * 10
                + (digits[2] - b'0') as u16,
        ))
    }

    /// Parses a code from exactly three digits, with nothing around them.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Code, CodeError};
    ///
    /// assert_eq!(Code::parse("299").map(Code::as_u16), Ok(299));
    /// assert_eq!(Code::parse(" 250"), Err(CodeError::Whitespace { offset: 0 }));
    /// assert_eq!(Code::parse("250\n"), Err(CodeError::Whitespace { offset: 3 }));
    /// assert_eq!(Code::parse("2500"), Err(CodeError::Length { len: 4 }));
    /// assert_eq!(Code::parse("199"), Err(CodeError::Class { digit: '1' }));
    /// ```
    pub const fn parse(s: &str) -> Result<Code, CodeError> {
        let bytes = s.as_bytes();
        // White space around the digits is named as such.
        if let [first, .., last] = bytes {
            if first.is_ascii_whitespace() {
                return Err(CodeError::Whitespace { offset: 0 });
            }
            if last.is_ascii_whitespace() {
                // The first byte is not white space: the walk stops there.
                let mut end = bytes.len();
                while bytes[end - 1].is_ascii_whitespace() {
                    end -= 1;
                }
                return Err(CodeError::Whitespace { offset: end });
            }
        } else if let [only] = bytes {
            if only.is_ascii_whitespace() {
                return Err(CodeError::Whitespace { offset: 0 });
            }
        }
        match bytes {
            [a, b, c] => Code::from_ascii([*a, *b, *c]),
            other => Err(CodeError::Length { len: other.len() }),
        }
    }

    /// The code as a number.
    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// The code's three digits.
    ///
    /// ```
    /// assert_eq!(smtp_codes::Code::from_u16(354).unwrap().as_str(), "354");
    /// ```
    pub fn as_str(self) -> &'static str {
        let at = (self.0 as usize - 200) * 3;
        &DIGITS_STR[at..at + 3]
    }

    /// The first digit: whether the command worked, and whether to retry.
    pub const fn class(self) -> Class {
        match self.0 / 100 {
            2 => Class::PositiveCompletion,
            3 => Class::PositiveIntermediate,
            4 => Class::TransientNegative,
            _ => Class::PermanentNegative,
        }
    }

    /// The second digit, as a [`Category`], or `None` when it is 6 to 9
    /// (a code outside the grammar of RFC 5321, accepted only by lenient parsing).
    pub const fn category(self) -> Option<Category> {
        Category::from_digit((self.0 / 10 % 10) as u8)
    }

    /// Whether the code fits the grammar of RFC 5321 section 4.2
    /// (`%x32-35 %x30-35 %x30-39`): its second digit is 0 to 5.
    pub const fn is_strict(self) -> bool {
        self.0 / 10 % 10 <= 5
    }

    /// The catalog entry of this code, if the crate knows it.
    pub const fn known(self) -> Option<ReplyCode> {
        ReplyCode::from_u16_known(self.0)
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Code({})", self.0)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Code {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Code, CodeError> {
        Code::parse(s)
    }
}

impl TryFrom<u16> for Code {
    type Error = CodeError;
    fn try_from(value: u16) -> Result<Code, CodeError> {
        Code::from_u16(value)
    }
}

impl From<Code> for u16 {
    fn from(code: Code) -> u16 {
        code.0
    }
}

impl From<ReplyCode> for Code {
    fn from(code: ReplyCode) -> Code {
        code.code()
    }
}

impl PartialEq<u16> for Code {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Code> for u16 {
    fn eq(&self, other: &Code) -> bool {
        *self == other.0
    }
}

/// The first digit of a reply code (RFC 5321, section 4.2.1).
///
/// RFC 5321 fixes the first digit to 2 to 5, so this enum is closed: a
/// `match` on it needs no wildcard arm.
///
/// The predicates answer exactly one question each:
///
/// | class | [`is_success`](Class::is_success) | [`is_positive`](Class::is_positive) | [`is_negative`](Class::is_negative) | [`is_transient`](Class::is_transient) | [`is_permanent`](Class::is_permanent) |
/// |---|---|---|---|---|---|
/// | 2yz Positive Completion | yes | yes | no | no | no |
/// | 3yz Positive Intermediate | no | yes | no | no | no |
/// | 4yz Transient Negative | no | no | yes | yes | no |
/// | 5yz Permanent Negative | no | no | yes | no | yes |
///
/// # Examples
///
/// ```
/// use smtp_codes::{Class, Code};
///
/// let class = Code::parse("451")?.class();
/// assert_eq!(class, Class::TransientNegative);
/// assert!(class.is_negative() && class.is_transient());
/// assert!(Class::PositiveIntermediate.is_positive());
/// assert!(!Class::PositiveIntermediate.is_success());
/// # Ok::<(), smtp_codes::CodeError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter, strum::EnumCount,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[repr(u8)]
pub enum Class {
    /// 2yz: the requested action has been completed; a new request may start.
    PositiveCompletion = 2,
    /// 3yz: the command was accepted, but the server waits for more
    /// (the message after `354`, an AUTH response after `334`).
    PositiveIntermediate = 3,
    /// 4yz: not done, for a reason that is expected to pass: the same
    /// request may succeed if it is sent again later.
    TransientNegative = 4,
    /// 5yz: not done, and the same request must not be repeated unchanged.
    PermanentNegative = 5,
}

impl Class {
    /// Every class: 2yz to 5yz.
    pub const ALL: [Class; 4] = [
        Class::PositiveCompletion,
        Class::PositiveIntermediate,
        Class::TransientNegative,
        Class::PermanentNegative,
    ];

    /// The class of a first digit, or `None` for a digit other than 2 to 5.
    pub const fn from_digit(digit: u8) -> Option<Class> {
        match digit {
            2 => Some(Class::PositiveCompletion),
            3 => Some(Class::PositiveIntermediate),
            4 => Some(Class::TransientNegative),
            5 => Some(Class::PermanentNegative),
            _ => None,
        }
    }

    /// The digit, 2 to 5.
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// 2yz only: the action is complete.
    pub const fn is_success(self) -> bool {
        matches!(self, Class::PositiveCompletion)
    }

    /// 3yz only: accepted so far, the server waits for more input.
    pub const fn is_intermediate(self) -> bool {
        matches!(self, Class::PositiveIntermediate)
    }

    /// 2yz or 3yz: the command was accepted (completed or waiting for more).
    pub const fn is_positive(self) -> bool {
        matches!(
            self,
            Class::PositiveCompletion | Class::PositiveIntermediate
        )
    }

    /// 4yz or 5yz: the command was not accepted and nothing was done.
    pub const fn is_negative(self) -> bool {
        matches!(self, Class::TransientNegative | Class::PermanentNegative)
    }

    /// 4yz only: a failure that may pass; retrying the same request later may succeed.
    pub const fn is_transient(self) -> bool {
        matches!(self, Class::TransientNegative)
    }

    /// 5yz only: a failure that will not pass by itself; something must change first.
    pub const fn is_permanent(self) -> bool {
        matches!(self, Class::PermanentNegative)
    }

    /// The class's title and description in a language.
    ///
    /// ```
    /// use smtp_codes::{Class, Locale};
    ///
    /// assert_eq!(Class::PermanentNegative.texts(Locale::Id).title, "Negatif Permanen");
    /// ```
    pub const fn texts(self, locale: Locale) -> &'static ClassTexts {
        match locale {
            Locale::En => crate::text::en::class(self),
            Locale::Id => crate::text::id::class(self),
        }
    }
}

/// The second digit of a reply code (RFC 5321, section 4.2.1).
///
/// RFC 5321 leaves x3z and x4z unspecified; they are two variants here so
/// that every category has exactly one digit.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter, strum::EnumCount,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[repr(u8)]
pub enum Category {
    /// x0z: syntax errors, and commands that are unimplemented or superfluous.
    Syntax = 0,
    /// x1z: replies to requests for information, such as status or help.
    Information = 1,
    /// x2z: replies about the transmission channel.
    Connections = 2,
    /// x3z: unspecified by RFC 5321; the AUTH extension uses it.
    Unspecified3 = 3,
    /// x4z: unspecified by RFC 5321.
    Unspecified4 = 4,
    /// x5z: the state of the receiving mail system.
    MailSystem = 5,
}

impl Category {
    /// Every category: x0z to x5z.
    pub const ALL: [Category; 6] = [
        Category::Syntax,
        Category::Information,
        Category::Connections,
        Category::Unspecified3,
        Category::Unspecified4,
        Category::MailSystem,
    ];

    /// The category of a second digit, or `None` for a digit over 5.
    pub const fn from_digit(digit: u8) -> Option<Category> {
        match digit {
            0 => Some(Category::Syntax),
            1 => Some(Category::Information),
            2 => Some(Category::Connections),
            3 => Some(Category::Unspecified3),
            4 => Some(Category::Unspecified4),
            5 => Some(Category::MailSystem),
            _ => None,
        }
    }

    /// The digit, 0 to 5.
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// The category's title and description in a language.
    ///
    /// ```
    /// use smtp_codes::{Category, Locale};
    ///
    /// assert_eq!(Category::MailSystem.texts(Locale::Id).title, "Sistem Surat");
    /// ```
    pub const fn texts(self, locale: Locale) -> &'static ClassTexts {
        match locale {
            Locale::En => crate::text::en::category(self),
            Locale::Id => crate::text::id::category(self),
        }
    }
}
