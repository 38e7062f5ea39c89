//! Enhanced status codes (RFC 3463, RFC 2034 and the IANA registry):
//! the [`EnhancedCode`] value, its [`EnhancedClass`] and [`Subject`], and
//! [`EnhancedStatus`], every row of the registry, explained.

use core::fmt;
use core::str::FromStr;

use crate::code::{Class, Code};
use crate::command::Actor;
use crate::locale::Locale;
use crate::reference::{Reference, rfc};
use crate::reply_code::ReplyCode;
use crate::text::Texts;

/// Why a string is not an enhanced status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum EnhancedCodeError {
    /// The class is not `2`, `4` or `5` followed by a dot.
    #[error("byte {offset}: an enhanced status code starts with 2, 4 or 5 and a dot")]
    Class {
        /// Where the class was expected.
        offset: usize,
    },
    /// The subject or the detail is not 1 to 3 digits without a leading zero.
    #[error("byte {offset}: the subject and the detail are 1 to 3 digits without leading zeros")]
    Number {
        /// Where the number starts.
        offset: usize,
    },
    /// The subject is not followed by a dot.
    #[error("byte {offset}: a dot must follow the subject")]
    Dot {
        /// Where the dot was expected.
        offset: usize,
    },
    /// Something follows the detail.
    #[error("byte {offset}: unexpected text after the detail")]
    Trailing {
        /// Where the extra text starts.
        offset: usize,
    },
}

/// The class of an enhanced status code (RFC 3463, section 3.1): its first number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter, strum::EnumCount,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[repr(u8)]
pub enum EnhancedClass {
    /// `2.X.X` Success.
    Success = 2,
    /// `4.X.X` Persistent Transient Failure: sending later may succeed.
    PersistentTransientFailure = 4,
    /// `5.X.X` Permanent Failure: the message or its destination must change.
    PermanentFailure = 5,
}

impl EnhancedClass {
    /// Every class: 2, 4 and 5.
    pub const ALL: [EnhancedClass; 3] = [
        EnhancedClass::Success,
        EnhancedClass::PersistentTransientFailure,
        EnhancedClass::PermanentFailure,
    ];

    /// The variant's name, such as `"PermanentFailure"`.
    pub const fn name(self) -> &'static str {
        match self {
            EnhancedClass::Success => "Success",
            EnhancedClass::PersistentTransientFailure => "PersistentTransientFailure",
            EnhancedClass::PermanentFailure => "PermanentFailure",
        }
    }

    /// The class of a digit, or `None` for a digit other than 2, 4 and 5.
    pub const fn from_digit(digit: u8) -> Option<EnhancedClass> {
        match digit {
            2 => Some(EnhancedClass::Success),
            4 => Some(EnhancedClass::PersistentTransientFailure),
            5 => Some(EnhancedClass::PermanentFailure),
            _ => None,
        }
    }

    /// The digit: 2, 4 or 5.
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// Whether a basic reply code of this class agrees with it (RFC 2034,
    /// section 4: 2yz with 2.X.X, 4yz with 4.X.X, 5yz with 5.X.X).
    pub const fn agrees_with(self, class: Class) -> bool {
        self as u8 == class.digit()
    }

    /// The class's texts in a language.
    pub const fn texts(self, locale: Locale) -> &'static Texts {
        match locale {
            Locale::En => crate::text::en::enhanced_class(self),
            Locale::Id => crate::text::id::enhanced_class(self),
        }
    }
}

/// The subject of an enhanced status code (RFC 3463, section 3): its middle number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter, strum::EnumCount,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[repr(u8)]
pub enum Subject {
    /// `X.0.X` Other or Undefined Status.
    Other = 0,
    /// `X.1.X` Addressing Status.
    Addressing = 1,
    /// `X.2.X` Mailbox Status.
    Mailbox = 2,
    /// `X.3.X` Mail System Status.
    MailSystem = 3,
    /// `X.4.X` Network and Routing Status.
    Network = 4,
    /// `X.5.X` Mail Delivery Protocol Status.
    Protocol = 5,
    /// `X.6.X` Message Content or Media Status.
    Content = 6,
    /// `X.7.X` Security or Policy Status.
    Security = 7,
}

impl Subject {
    /// Every subject, 0 to 7.
    pub const ALL: [Subject; 8] = [
        Subject::Other,
        Subject::Addressing,
        Subject::Mailbox,
        Subject::MailSystem,
        Subject::Network,
        Subject::Protocol,
        Subject::Content,
        Subject::Security,
    ];

    /// The variant's name, such as `"Addressing"`.
    pub const fn name(self) -> &'static str {
        match self {
            Subject::Other => "Other",
            Subject::Addressing => "Addressing",
            Subject::Mailbox => "Mailbox",
            Subject::MailSystem => "MailSystem",
            Subject::Network => "Network",
            Subject::Protocol => "Protocol",
            Subject::Content => "Content",
            Subject::Security => "Security",
        }
    }

    /// The subject of a number, or `None` for one the registry does not have.
    pub const fn from_number(number: u16) -> Option<Subject> {
        match number {
            0 => Some(Subject::Other),
            1 => Some(Subject::Addressing),
            2 => Some(Subject::Mailbox),
            3 => Some(Subject::MailSystem),
            4 => Some(Subject::Network),
            5 => Some(Subject::Protocol),
            6 => Some(Subject::Content),
            7 => Some(Subject::Security),
            _ => None,
        }
    }

    /// The number, 0 to 7.
    pub const fn number(self) -> u16 {
        self as u16
    }

    /// The subject's texts in a language; they explain any code of the
    /// subject whose detail the registry does not have.
    pub const fn texts(self, locale: Locale) -> &'static Texts {
        match locale {
            Locale::En => crate::text::en::subject(self),
            Locale::Id => crate::text::id::subject(self),
        }
    }
}

/// An enhanced status code: `class.subject.detail`, such as `5.1.1` or `5.7.606`.
///
/// Any well-formed code is a value (RFC 3463, section 2: class 2, 4 or 5,
/// subject and detail 1 to 3 digits without leading zeros), whether the
/// registry has it or not; [`known`](EnhancedCode::known) looks it up, and
/// [`explain`](EnhancedCode::explain) always finds an explanation, at the most
/// specific level known.
///
/// # Examples
///
/// ```
/// use smtp_codes::{EnhancedClass, EnhancedCode, EnhancedStatus, Level, Locale, Subject};
///
/// let code = EnhancedCode::parse("5.1.1")?;
/// assert_eq!(code.class(), EnhancedClass::PermanentFailure);
/// assert_eq!((code.subject(), code.detail()), (1, 1));
/// assert_eq!(code.known(), Some(EnhancedStatus::BadDestinationMailbox));
/// assert_eq!(code.to_string(), "5.1.1");
///
/// // A vendor code: the registry has no 5.7.606, but its subject is known.
/// let vendor: EnhancedCode = "5.7.606".parse()?;
/// assert_eq!(vendor.known(), None);
/// let explained = vendor.explain(Locale::En);
/// assert_eq!(explained.level, Level::Subject);
/// assert_eq!(explained.texts.title, "Security or Policy Status");
/// # Ok::<(), smtp_codes::EnhancedCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnhancedCode {
    class: EnhancedClass,
    subject: u16,
    detail: u16,
}

/// Reads `0` or 1 to 3 digits without a leading zero at the start of `bytes`;
/// returns the number and its length.
const fn number(bytes: &[u8], at: usize) -> Option<(u16, usize)> {
    let mut value: u16 = 0;
    let mut len = 0;
    while at + len < bytes.len() && len < 4 && bytes[at + len].is_ascii_digit() {
        value = value * 10 + (bytes[at + len] - b'0') as u16;
        len += 1;
    }
    if len == 0 || len > 3 || (len > 1 && bytes[at] == b'0') {
        None
    } else {
        Some((value, len))
    }
}

impl EnhancedCode {
    /// Makes a code from its parts, or `None` if the class is not 2, 4 or 5
    /// or the subject or detail is over 999.
    pub const fn new(class: u8, subject: u16, detail: u16) -> Option<EnhancedCode> {
        match EnhancedClass::from_digit(class) {
            Some(class) if subject <= 999 && detail <= 999 => Some(EnhancedCode {
                class,
                subject,
                detail,
            }),
            _ => None,
        }
    }

    /// Makes a code of a class for a registry row.
    pub const fn from_status(class: EnhancedClass, status: EnhancedStatus) -> EnhancedCode {
        EnhancedCode {
            class,
            subject: status.subject(),
            detail: status.detail(),
        }
    }

    /// Reads a code at the start of `bytes`; returns it and its length in bytes.
    ///
    /// The code must end at the end of `bytes` or before a byte that is not
    /// a digit or a dot: `5.7.1.100`, `5.1` and `5.1.` are no codes.
    /// This is what the reply parser uses at the start of each line's text
    /// (where it also asks for a space or the end of the text after the code).
    ///
    /// ```
    /// use smtp_codes::EnhancedCode;
    ///
    /// let (code, len) = EnhancedCode::parse_prefix(b"5.7.256 Too many bad commands").unwrap();
    /// assert_eq!((code.to_string().as_str(), len), ("5.7.256", 7));
    /// assert!(EnhancedCode::parse_prefix(b"5.7.1.100").is_none());
    /// assert!(EnhancedCode::parse_prefix(b"3.0.0").is_none());
    /// ```
    pub const fn parse_prefix(bytes: &[u8]) -> Option<(EnhancedCode, usize)> {
        match EnhancedCode::read(bytes) {
            Ok(found) => Some(found),
            Err(_) => None,
        }
    }

    const fn read(bytes: &[u8]) -> Result<(EnhancedCode, usize), EnhancedCodeError> {
        if bytes.len() < 2 || bytes[1] != b'.' {
            return Err(EnhancedCodeError::Class { offset: 0 });
        }
        let class = match EnhancedClass::from_digit(bytes[0].wrapping_sub(b'0')) {
            Some(class) => class,
            None => return Err(EnhancedCodeError::Class { offset: 0 }),
        };
        let (subject, n) = match number(bytes, 2) {
            Some(found) => found,
            None => return Err(EnhancedCodeError::Number { offset: 2 }),
        };
        let dot = 2 + n;
        if dot >= bytes.len() || bytes[dot] != b'.' {
            return Err(EnhancedCodeError::Dot { offset: dot });
        }
        let (detail, m) = match number(bytes, dot + 1) {
            Some(found) => found,
            None => return Err(EnhancedCodeError::Number { offset: dot + 1 }),
        };
        let end = dot + 1 + m;
        // `number` reads a fourth digit (and fails), so no digit follows.
        if end < bytes.len() && bytes[end] == b'.' {
            return Err(EnhancedCodeError::Trailing { offset: end });
        }
        Ok((
            EnhancedCode {
                class,
                subject,
                detail,
            },
            end,
        ))
    }

    /// Parses a whole string as a code.
    ///
    /// ```
    /// use smtp_codes::{EnhancedCode, EnhancedCodeError};
    ///
    /// assert!(EnhancedCode::parse("4.7.500").is_ok());
    /// assert_eq!(EnhancedCode::parse("5.1"), Err(EnhancedCodeError::Dot { offset: 3 }));
    /// assert_eq!(EnhancedCode::parse("5.01.1"), Err(EnhancedCodeError::Number { offset: 2 }));
    /// assert_eq!(EnhancedCode::parse("5.1.1 "), Err(EnhancedCodeError::Trailing { offset: 5 }));
    /// ```
    pub const fn parse(s: &str) -> Result<EnhancedCode, EnhancedCodeError> {
        let bytes = s.as_bytes();
        match EnhancedCode::read(bytes) {
            Ok((code, len)) if len == bytes.len() => Ok(code),
            Ok((_, len)) => Err(EnhancedCodeError::Trailing { offset: len }),
            Err(e) => Err(e),
        }
    }

    /// The class (first number).
    pub const fn class(self) -> EnhancedClass {
        self.class
    }

    /// The subject number (middle), 0 to 999.
    pub const fn subject(self) -> u16 {
        self.subject
    }

    /// The subject, if the registry has it (0 to 7).
    pub const fn subject_kind(self) -> Option<Subject> {
        Subject::from_number(self.subject)
    }

    /// The detail number (last), 0 to 999.
    pub const fn detail(self) -> u16 {
        self.detail
    }

    /// The registry row of the code's subject and detail, if there is one.
    pub fn known(self) -> Option<EnhancedStatus> {
        EnhancedStatus::lookup(self.subject, self.detail)
    }

    /// Whether the code's class agrees with a basic reply code's (RFC 2034,
    /// section 4). A 3yz code never carries an enhanced code.
    ///
    /// ```
    /// use smtp_codes::{Code, EnhancedCode};
    ///
    /// let agrees = |basic: &str, enhanced: &str| {
    ///     EnhancedCode::parse(enhanced).unwrap().agrees_with(Code::parse(basic).unwrap())
    /// };
    /// assert!(agrees("550", "5.1.1"));
    /// assert!(!agrees("550", "4.4.7"));
    /// assert!(!agrees("250", "5.0.0"));
    /// ```
    pub fn agrees_with(self, code: impl Into<Code>) -> bool {
        self.class.agrees_with(code.into().class())
    }

    /// Explains the code at the most specific level known (RFC 3463,
    /// section 2): the registry row, else the subject, else the class.
    pub fn explain(self, locale: Locale) -> EnhancedExplanation {
        if let Some(status) = self.known() {
            EnhancedExplanation {
                code: self,
                level: Level::Detail,
                texts: status.texts(locale),
                status: Some(status),
            }
        } else if let Some(subject) = self.subject_kind() {
            EnhancedExplanation {
                code: self,
                level: Level::Subject,
                texts: subject.texts(locale),
                status: None,
            }
        } else {
            EnhancedExplanation {
                code: self,
                level: Level::Class,
                texts: self.class.texts(locale),
                status: None,
            }
        }
    }

    /// Who has to act on the code, from its class and subject (RFC 3463,
    /// section 3: addressing is the sender's, the mailbox the recipient's,
    /// the mail system its administrator's).
    ///
    /// ```
    /// use smtp_codes::{Actor, EnhancedCode};
    ///
    /// let actor = |s: &str| EnhancedCode::parse(s).unwrap().actor();
    /// assert_eq!(actor("5.1.1"), Actor::Sender);
    /// assert_eq!(actor("4.2.2"), Actor::Recipient);
    /// assert_eq!(actor("4.4.1"), Actor::Client);
    /// assert_eq!(actor("2.0.0"), Actor::Nobody);
    /// ```
    pub const fn actor(self) -> Actor {
        let transient = matches!(self.class, EnhancedClass::PersistentTransientFailure);
        match (self.class, Subject::from_number(self.subject)) {
            (EnhancedClass::Success, _) => Actor::Nobody,
            (_, Some(Subject::Addressing | Subject::Content)) => Actor::Sender,
            (_, Some(Subject::Mailbox)) => Actor::Recipient,
            _ if transient => Actor::Client,
            (_, Some(Subject::MailSystem | Subject::Network)) => Actor::RecipientAdmin,
            _ => Actor::SenderAdmin,
        }
    }

    /// Writes the code in its usual form to a buffer; returns the used part.
    pub(crate) fn write(self, buf: &mut [u8; 9]) -> &str {
        let mut len = 0;
        let mut push = |b: u8, buf: &mut [u8; 9]| {
            buf[len] = b;
            len += 1;
        };
        push(b'0' + self.class as u8, buf);
        for n in [self.subject, self.detail] {
            push(b'.', buf);
            if n >= 100 {
                push(b'0' + (n / 100) as u8, buf);
            }
            if n >= 10 {
                push(b'0' + (n / 10 % 10) as u8, buf);
            }
            push(b'0' + (n % 10) as u8, buf);
        }
        core::str::from_utf8(&buf[..len]).unwrap_or("")
    }
}

impl fmt::Debug for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EnhancedCode({self})")
    }
}

impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.write(&mut [0; 9]))
    }
}

impl FromStr for EnhancedCode {
    type Err = EnhancedCodeError;
    fn from_str(s: &str) -> Result<EnhancedCode, EnhancedCodeError> {
        EnhancedCode::parse(s)
    }
}

/// How specific an explanation of an enhanced code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Level {
    /// The registry has the code's subject and detail.
    Detail,
    /// Only the subject is known (a vendor detail such as `5.7.606`).
    Subject,
    /// Only the class is known (a subject over 7).
    Class,
}

/// An enhanced code with its explanation (see [`EnhancedCode::explain`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct EnhancedExplanation {
    /// The code explained.
    pub code: EnhancedCode,
    /// The level the texts come from.
    pub level: Level,
    /// The texts: of the registry row, of the subject or of the class.
    pub texts: &'static Texts,
    /// The registry row, at [`Level::Detail`].
    pub status: Option<EnhancedStatus>,
}

/// Defines [`EnhancedStatus`] and its look-up, one row per registry entry.
macro_rules! enhanced_codes {
    ($(
        $key:literal ($subject:literal, $detail:literal) $name:ident {
            basic: [$($basic:literal),*], registry_basic: $registry_basic:literal,
            classes: $classes:expr, deprecated: $deprecated:literal,
            refs: [$($reference:expr),*], registry_ref: $registry_ref:literal $(,)?
        }
    )+) => {
        /// A row of the IANA "SMTP Enhanced Status Codes" registry: a subject
        /// and a detail (`X.1.1`), valid with the classes the registry allows.
        ///
        /// # Examples
        ///
        /// ```
        /// use smtp_codes::{EnhancedClass, EnhancedStatus, Locale};
        ///
        /// let row = EnhancedStatus::MailboxFull;
        /// assert_eq!(row.to_string(), "X.2.2");
        /// assert_eq!(row.registry_title(), "Mailbox full");
        /// assert!(row.allows_class(EnhancedClass::PersistentTransientFailure));
        /// println!("{}", row.texts(Locale::Id).how_to_fix);
        /// ```
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            strum::EnumIter, strum::EnumCount,
        )]
        #[non_exhaustive]
        pub enum EnhancedStatus {
            $(
                #[doc = concat!("`X.", $key, "`")]
                $name,
            )+
        }

        static BY_KEY: phf::Map<&'static str, EnhancedStatus> = phf::phf_map! {
            $($key => EnhancedStatus::$name,)+
        };

        impl EnhancedStatus {
            /// Every registry row, in registry order (see also [`iter`](EnhancedStatus::iter)).
            pub const ALL: [EnhancedStatus; [$(EnhancedStatus::$name),+].len()] =
                [$(EnhancedStatus::$name),+];

            /// The variant's name, such as `"MailboxFull"` (its
            /// [`Display`](core::fmt::Display) is the row, `"X.2.2"`).
            pub const fn name(self) -> &'static str {
                match self {
                    $(EnhancedStatus::$name => stringify!($name),)+
                }
            }

            /// The subject number.
            pub const fn subject(self) -> u16 {
                match self { $(EnhancedStatus::$name => $subject,)+ }
            }

            /// The detail number.
            pub const fn detail(self) -> u16 {
                match self { $(EnhancedStatus::$name => $detail,)+ }
            }

            /// The basic reply codes the registry associates with the row
            /// (empty where it says "Not given", "Any" or "5XX"; see
            /// [`registry_basic_codes`](EnhancedStatus::registry_basic_codes)).
            pub const fn basic_codes(self) -> &'static [u16] {
                match self { $(EnhancedStatus::$name => &[$($basic),*],)+ }
            }

            /// The registry's "Associated basic status code" column, verbatim.
            pub const fn registry_basic_codes(self) -> &'static str {
                match self { $(EnhancedStatus::$name => $registry_basic,)+ }
            }

            /// The classes the registry's text allows for the row, or `None`
            /// where it states no limit.
            pub const fn classes(self) -> Option<&'static [EnhancedClass]> {
                use EnhancedClass::{PermanentFailure as P, PersistentTransientFailure as T, Success as S};
                match self { $(EnhancedStatus::$name => $classes,)+ }
            }

            /// Whether the registry marks the row deprecated (only `X.6.10`).
            pub const fn is_deprecated(self) -> bool {
                match self { $(EnhancedStatus::$name => $deprecated,)+ }
            }

            /// The RFC sections that define the row (none for `X.7.28`, which
            /// an Internet-Draft registered).
            pub const fn references(self) -> &'static [Reference] {
                match self { $(EnhancedStatus::$name => &[$($reference),*],)+ }
            }

            /// The registry's "Reference" column, verbatim.
            pub const fn registry_reference(self) -> &'static str {
                match self { $(EnhancedStatus::$name => $registry_ref,)+ }
            }
        }
    };
}

enhanced_codes! {
    "0.0" (0, 0) OtherUndefined {
        basic: [], registry_basic: "Any",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.1")], registry_ref: "[RFC3463]",
    }
    "1.0" (1, 0) OtherAddress {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.1" (1, 1) BadDestinationMailbox {
        basic: [451, 550], registry_basic: "451, 550",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.2" (1, 2) BadDestinationSystem {
        basic: [], registry_basic: "Not given",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.3" (1, 3) BadDestinationMailboxSyntax {
        basic: [501], registry_basic: "501",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.4" (1, 4) DestinationMailboxAmbiguous {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.5" (1, 5) DestinationAddressValid {
        basic: [250], registry_basic: "250",
        classes: Some(&[S]), deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.6" (1, 6) MailboxMovedNoForwarding {
        basic: [], registry_basic: "Not given",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.7" (1, 7) BadSenderMailboxSyntax {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.8" (1, 8) BadSenderSystem {
        basic: [451, 501], registry_basic: "451, 501",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.2")], registry_ref: "[RFC3463]",
    }
    "1.9" (1, 9) RelayedToNonCompliantMailer {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3886)], registry_ref: "[RFC3886]",
    }
    "1.10" (1, 10) RecipientNullMx {
        basic: [556], registry_basic: "556",
        classes: None, deprecated: false,
        refs: [rfc!(7505), rfc!(7504)], registry_ref: "[RFC7505]; [RFC7504]",
    }
    "2.0" (2, 0) OtherMailbox {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.3")], registry_ref: "[RFC3463]",
    }
    "2.1" (2, 1) MailboxDisabled {
        basic: [], registry_basic: "Not given",
        classes: Some(&[T, P]), deprecated: false,
        refs: [rfc!(3463, "3.3")], registry_ref: "[RFC3463]",
    }
    "2.2" (2, 2) MailboxFull {
        basic: [552], registry_basic: "552",
        classes: Some(&[T]), deprecated: false,
        refs: [rfc!(3463, "3.3")], registry_ref: "[RFC3463]",
    }
    "2.3" (2, 3) MessageLengthExceedsLimit {
        basic: [552], registry_basic: "552",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.3")], registry_ref: "[RFC3463]",
    }
    "2.4" (2, 4) MailingListExpansionProblem {
        basic: [450, 452], registry_basic: "450, 452",
        classes: Some(&[T, P]), deprecated: false,
        refs: [rfc!(3463, "3.3")], registry_ref: "[RFC3463]",
    }
    "3.0" (3, 0) OtherMailSystem {
        basic: [221, 250, 421, 451, 550, 554], registry_basic: "221, 250, 421, 451, 550, 554",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.4")], registry_ref: "[RFC3463]",
    }
    "3.1" (3, 1) MailSystemFull {
        basic: [452], registry_basic: "452",
        classes: Some(&[T]), deprecated: false,
        refs: [rfc!(3463, "3.4")], registry_ref: "[RFC3463]",
    }
    "3.2" (3, 2) SystemNotAcceptingMessages {
        basic: [453, 521], registry_basic: "453, 521",
        classes: Some(&[T, P]), deprecated: false,
        refs: [rfc!(3463, "3.4"), rfc!(7504)], registry_ref: "[RFC3463]; [RFC7504]",
    }
    "3.3" (3, 3) SystemNotCapable {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.4")], registry_ref: "[RFC3463]",
    }
    "3.4" (3, 4) MessageTooBigForSystem {
        basic: [552, 554], registry_basic: "552, 554",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.4")], registry_ref: "[RFC3463]",
    }
    "3.5" (3, 5) SystemIncorrectlyConfigured {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.4")], registry_ref: "[RFC3463]",
    }
    "3.6" (3, 6) PriorityChanged {
        basic: [250, 251], registry_basic: "250 or 251",
        classes: Some(&[S]), deprecated: false,
        refs: [rfc!(6710)], registry_ref: "[RFC6710]",
    }
    "4.0" (4, 0) OtherNetworkRouting {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.5")], registry_ref: "[RFC3463]",
    }
    "4.1" (4, 1) NoAnswerFromHost {
        basic: [451], registry_basic: "451",
        classes: Some(&[T]), deprecated: false,
        refs: [rfc!(3463, "3.5")], registry_ref: "[RFC3463]",
    }
    "4.2" (4, 2) BadConnection {
        basic: [421], registry_basic: "421",
        classes: Some(&[T]), deprecated: false,
        refs: [rfc!(3463, "3.5")], registry_ref: "[RFC3463]",
    }
    "4.3" (4, 3) DirectoryServerFailure {
        basic: [451, 550], registry_basic: "451, 550",
        classes: Some(&[T]), deprecated: false,
        refs: [rfc!(3463, "3.5")], registry_ref: "[RFC3463]",
    }
    "4.4" (4, 4) UnableToRoute {
        basic: [], registry_basic: "Not given",
        classes: Some(&[T, P]), deprecated: false,
        refs: [rfc!(3463, "3.5")], registry_ref: "[RFC3463]",
    }
    "4.5" (4, 5) MailSystemCongestion {
        basic: [451], registry_basic: "451",
        classes: Some(&[T]), deprecated: false,
        refs: [rfc!(3463, "3.5")], registry_ref: "[RFC3463]",
    }
    "4.6" (4, 6) RoutingLoopDetected {
        basic: [], registry_basic: "Not given",
        classes: Some(&[T]), deprecated: false,
        refs: [rfc!(3463, "3.5")], registry_ref: "[RFC3463]",
    }
    "4.7" (4, 7) DeliveryTimeExpired {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.5")], registry_ref: "[RFC3463]",
    }
    "5.0" (5, 0) OtherProtocol {
        basic: [220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554], registry_basic: "220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.6")], registry_ref: "[RFC3463]",
    }
    "5.1" (5, 1) InvalidCommand {
        basic: [430, 500, 501, 503, 530, 550, 554, 555], registry_basic: "430, 500, 501, 503, 530, 550, 554, 555",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.6")], registry_ref: "[RFC3463]",
    }
    "5.2" (5, 2) SyntaxError {
        basic: [500, 501, 502, 550, 555], registry_basic: "500, 501, 502, 550, 555",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.6")], registry_ref: "[RFC3463]",
    }
    "5.3" (5, 3) TooManyRecipients {
        basic: [451], registry_basic: "451",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.6")], registry_ref: "[RFC3463]",
    }
    "5.4" (5, 4) InvalidCommandArguments {
        basic: [451, 501, 502, 503, 504, 550, 555], registry_basic: "451, 501, 502, 503, 504, 550, 555",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.6")], registry_ref: "[RFC3463]",
    }
    "5.5" (5, 5) WrongProtocolVersion {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.6")], registry_ref: "[RFC3463]",
    }
    "5.6" (5, 6) AuthLineTooLong {
        basic: [500], registry_basic: "500",
        classes: Some(&[T, P]), deprecated: false,
        refs: [rfc!(4954)], registry_ref: "[RFC4954]",
    }
    "6.0" (6, 0) OtherMedia {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.7")], registry_ref: "[RFC3463]",
    }
    "6.1" (6, 1) MediaNotSupported {
        basic: [], registry_basic: "Not given",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.7")], registry_ref: "[RFC3463]",
    }
    "6.2" (6, 2) ConversionProhibited {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.7")], registry_ref: "[RFC3463]",
    }
    "6.3" (6, 3) ConversionNotSupported {
        basic: [554], registry_basic: "554",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.7")], registry_ref: "[RFC3463]",
    }
    "6.4" (6, 4) ConversionWithLoss {
        basic: [250], registry_basic: "250",
        classes: Some(&[S]), deprecated: false,
        refs: [rfc!(3463, "3.7")], registry_ref: "[RFC3463]",
    }
    "6.5" (6, 5) ConversionFailed {
        basic: [], registry_basic: "Not given",
        classes: Some(&[T, P]), deprecated: false,
        refs: [rfc!(3463, "3.7")], registry_ref: "[RFC3463]",
    }
    "6.6" (6, 6) ContentNotAvailable {
        basic: [554], registry_basic: "554",
        classes: Some(&[T, P]), deprecated: false,
        refs: [rfc!(4468)], registry_ref: "[RFC4468]",
    }
    "6.7" (6, 7) NonAsciiAddressNotPermitted {
        basic: [553, 550], registry_basic: "553, 550",
        classes: None, deprecated: false,
        refs: [rfc!(6531)], registry_ref: "[RFC6531]",
    }
    "6.8" (6, 8) Utf8ReplyNotPermitted {
        basic: [252, 553, 550], registry_basic: "252, 553, 550",
        classes: None, deprecated: false,
        refs: [rfc!(6531)], registry_ref: "[RFC6531]",
    }
    "6.9" (6, 9) Utf8HeaderNotTransferable {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(6531)], registry_ref: "[RFC6531]",
    }
    "6.10" (6, 10) Utf8ReplyNotPermittedDeprecated {
        basic: [], registry_basic: "—",
        classes: None, deprecated: true,
        refs: [rfc!(6531)], registry_ref: "[RFC6531]",
    }
    "7.0" (7, 0) OtherSecurity {
        basic: [220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550], registry_basic: "220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.8")], registry_ref: "[RFC3463]",
    }
    "7.1" (7, 1) DeliveryNotAuthorized {
        basic: [451, 454, 502, 503, 533, 550, 551], registry_basic: "451, 454, 502, 503, 533, 550, 551",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.8")], registry_ref: "[RFC3463]",
    }
    "7.2" (7, 2) ListExpansionProhibited {
        basic: [550], registry_basic: "550",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.8")], registry_ref: "[RFC3463]",
    }
    "7.3" (7, 3) SecurityConversionNotPossible {
        basic: [], registry_basic: "Not given",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.8")], registry_ref: "[RFC3463]",
    }
    "7.4" (7, 4) SecurityFeaturesNotSupported {
        basic: [504], registry_basic: "504",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(3463, "3.8")], registry_ref: "[RFC3463]",
    }
    "7.5" (7, 5) CryptographicFailure {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.8")], registry_ref: "[RFC3463]",
    }
    "7.6" (7, 6) CryptographicAlgorithmNotSupported {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.8")], registry_ref: "[RFC3463]",
    }
    "7.7" (7, 7) MessageIntegrityFailure {
        basic: [], registry_basic: "Not given",
        classes: None, deprecated: false,
        refs: [rfc!(3463, "3.8")], registry_ref: "[RFC3463]",
    }
    "7.8" (7, 8) AuthCredentialsInvalid {
        basic: [535, 554], registry_basic: "535, 554",
        classes: None, deprecated: false,
        refs: [rfc!(4954)], registry_ref: "[RFC4954]",
    }
    "7.9" (7, 9) AuthMechanismTooWeak {
        basic: [534], registry_basic: "534",
        classes: None, deprecated: false,
        refs: [rfc!(4954)], registry_ref: "[RFC4954]",
    }
    "7.10" (7, 10) EncryptionNeeded {
        basic: [523], registry_basic: "523",
        classes: None, deprecated: false,
        refs: [rfc!(5248)], registry_ref: "[RFC5248] (BCP)",
    }
    "7.11" (7, 11) EncryptionRequiredForAuth {
        basic: [524, 538], registry_basic: "524, 538",
        classes: None, deprecated: false,
        refs: [rfc!(4954)], registry_ref: "[RFC4954]",
    }
    "7.12" (7, 12) PasswordTransitionNeeded {
        basic: [422, 432], registry_basic: "422, 432",
        classes: None, deprecated: false,
        refs: [rfc!(4954)], registry_ref: "[RFC4954]",
    }
    "7.13" (7, 13) UserAccountDisabled {
        basic: [525], registry_basic: "525",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(5248)], registry_ref: "[RFC5248] (BCP)",
    }
    "7.14" (7, 14) TrustRelationshipRequired {
        basic: [535, 554], registry_basic: "535, 554",
        classes: None, deprecated: false,
        refs: [rfc!(5248)], registry_ref: "[RFC5248] (BCP)",
    }
    "7.15" (7, 15) PriorityTooLow {
        basic: [450, 550], registry_basic: "450, 550 (other 4XX or 5XX codes are allowed)",
        classes: None, deprecated: false,
        refs: [rfc!(6710)], registry_ref: "[RFC6710]",
    }
    "7.16" (7, 16) MessageTooBigForPriority {
        basic: [552], registry_basic: "552 (other 4XX or 5XX codes are allowed)",
        classes: None, deprecated: false,
        refs: [rfc!(6710)], registry_ref: "[RFC6710]",
    }
    "7.17" (7, 17) MailboxOwnerChanged {
        basic: [], registry_basic: "5XX",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(7293)], registry_ref: "[RFC7293]",
    }
    "7.18" (7, 18) DomainOwnerChanged {
        basic: [], registry_basic: "5XX",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(7293)], registry_ref: "[RFC7293]",
    }
    "7.19" (7, 19) RrvsTestIncomplete {
        basic: [], registry_basic: "5XX",
        classes: Some(&[P]), deprecated: false,
        refs: [rfc!(7293)], registry_ref: "[RFC7293]",
    }
    "7.20" (7, 20) NoPassingDkimSignature {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(7372), rfc!(6376)], registry_ref: "[RFC7372]; [RFC6376]",
    }
    "7.21" (7, 21) NoAcceptableDkimSignature {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(7372), rfc!(6376)], registry_ref: "[RFC7372]; [RFC6376]",
    }
    "7.22" (7, 22) NoAuthorMatchedDkimSignature {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(7372), rfc!(6376)], registry_ref: "[RFC7372]; [RFC6376]",
    }
    "7.23" (7, 23) SpfValidationFailed {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(7372), rfc!(7208)], registry_ref: "[RFC7372]; [RFC7208]",
    }
    "7.24" (7, 24) SpfValidationError {
        basic: [451, 550], registry_basic: "451/550",
        classes: None, deprecated: false,
        refs: [rfc!(7372), rfc!(7208)], registry_ref: "[RFC7372]; [RFC7208]",
    }
    "7.25" (7, 25) ReverseDnsFailed {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(7372, "3.3")], registry_ref: "[RFC7372], Section 3.3",
    }
    "7.26" (7, 26) MultipleAuthChecksFailed {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(7372)], registry_ref: "[RFC7372]",
    }
    "7.27" (7, 27) SenderNullMx {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(7505)], registry_ref: "[RFC7505]",
    }
    "7.28" (7, 28) MailFloodDetected {
        basic: [], registry_basic: ".",
        classes: None, deprecated: false,
        refs: [], registry_ref: "[draft-levine-mailbomb-header]",
    }
    "7.29" (7, 29) ArcValidationFailure {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(8617, "10.4")], registry_ref: "[RFC8617]",
    }
    "7.30" (7, 30) RequireTlsSupportRequired {
        basic: [550], registry_basic: "550",
        classes: None, deprecated: false,
        refs: [rfc!(8689, "7")], registry_ref: "[RFC8689]",
    }
}

impl EnhancedStatus {
    /// The row of a subject and detail.
    ///
    /// ```
    /// use smtp_codes::EnhancedStatus;
    ///
    /// assert_eq!(EnhancedStatus::lookup(7, 26), Some(EnhancedStatus::MultipleAuthChecksFailed));
    /// assert_eq!(EnhancedStatus::lookup(7, 606), None);
    /// ```
    pub fn lookup(subject: u16, detail: u16) -> Option<EnhancedStatus> {
        // "subject.detail" in a buffer, as the map is keyed (a code has
        // numbers up to 999, so no row has a larger one).
        let mut buf = [0u8; 9];
        let text = EnhancedCode::new(2, subject, detail)?.write(&mut buf);
        BY_KEY.get(&text[2..]).copied()
    }

    /// The row's subject.
    pub const fn subject_kind(self) -> Subject {
        match Subject::from_number(self.subject()) {
            Some(subject) => subject,
            None => unreachable!(),
        }
    }

    /// Every registry row, in registry order, with no trait to import.
    pub fn iter() -> impl ExactSizeIterator<Item = EnhancedStatus> + Clone {
        EnhancedStatus::ALL.into_iter()
    }

    /// The registry's title, the row's official short name (in English).
    pub const fn registry_title(self) -> &'static str {
        crate::text::en::enhanced(self).title
    }

    /// Whether the registry's text allows the row with a class.
    pub const fn allows_class(self, class: EnhancedClass) -> bool {
        match self.classes() {
            None => true,
            Some(classes) => {
                let mut i = 0;
                while i < classes.len() {
                    if classes[i] as u8 == class as u8 {
                        return true;
                    }
                    i += 1;
                }
                false
            }
        }
    }

    /// The row's texts in a language.
    pub const fn texts(self, locale: Locale) -> &'static Texts {
        match locale {
            Locale::En => crate::text::en::enhanced(self),
            Locale::Id => crate::text::id::enhanced(self),
        }
    }

    /// Where a large provider is known to send the row's code with another
    /// meaning (Microsoft's 5.1.10, 5.2.2, 5.4.1, 5.7.12, 5.7.13, 4.7.26), a note that says so.
    pub const fn vendor_note(self, locale: Locale) -> Option<&'static str> {
        match locale {
            Locale::En => crate::text::en::vendor_note(self),
            Locale::Id => crate::text::id::vendor_note(self),
        }
    }

    /// The row's code in a class (`X.1.1` with 5 is `5.1.1`).
    pub fn with_class(self, class: EnhancedClass) -> EnhancedCode {
        EnhancedCode::from_status(class, self)
    }
}

/// Shows the row as `X.subject.detail`.
impl fmt::Display for EnhancedStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "X.{}.{}", self.subject(), self.detail())
    }
}

impl ReplyCode {
    /// The enhanced codes the registry pairs with this basic code, with the
    /// basic code's class (none for a 3yz code).
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// let paired: Vec<String> =
    ///     ReplyCode::AuthMechanismTooWeak.enhanced_codes().map(|c| c.to_string()).collect();
    /// assert_eq!(paired, ["5.7.9"]);
    /// ```
    pub fn enhanced_codes(self) -> impl Iterator<Item = EnhancedCode> {
        let class = EnhancedClass::from_digit(self.class().digit());
        let number = self.as_u16();
        EnhancedStatus::iter()
            .filter(move |row| class.is_some() && row.basic_codes().contains(&number))
            .filter_map(move |row| class.map(|class| row.with_class(class)))
    }
}
