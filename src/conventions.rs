//! The conventions of the crates its users know (`http::StatusCode`,
//! `httparse`): class predicates on every code type, `TryFrom<&str>` beside
//! every `FromStr`, comparisons with numbers, and `Display` for the small
//! enums (their English name; the texts in each language are in `texts`).

use core::cmp::Ordering;
use core::fmt;

use crate::code::{Category, Class, Code};
use crate::command::Actor;
use crate::enhanced::{EnhancedClass, EnhancedCode, Level, Subject};
use crate::error::{CodeError, LocaleError};
use crate::locale::Locale;
use crate::render::{Format, FormatError};
use crate::reply::{Line, Reply};
use crate::reply_code::ReplyCode;

/// The class predicates, as `http::StatusCode` has them, on each code type.
macro_rules! class_predicates {
    ($ty:ty, $class:expr) => {
        impl $ty {
            /// Whether the code says the request succeeded (2yz, or an
            /// enhanced code of class 2).
            pub fn is_success(&self) -> bool {
                $class(self).is_success()
            }

            /// Whether the server waits for more input (3yz).
            pub fn is_intermediate(&self) -> bool {
                $class(self).is_intermediate()
            }

            /// Whether the request failed for now and may succeed later (4yz, class 4).
            pub fn is_transient(&self) -> bool {
                $class(self).is_transient()
            }

            /// Whether the request failed and must not be repeated unchanged (5yz, class 5).
            pub fn is_permanent(&self) -> bool {
                $class(self).is_permanent()
            }

            /// Whether the request failed (4yz or 5yz, class 4 or 5).
            pub fn is_failure(&self) -> bool {
                $class(self).is_negative()
            }
        }
    };
}

class_predicates!(Code, |c: &Code| c.class());
class_predicates!(ReplyCode, |c: &ReplyCode| c.class());
class_predicates!(EnhancedCode, |c: &EnhancedCode| match c.class() {
    EnhancedClass::Success => Class::PositiveCompletion,
    EnhancedClass::PersistentTransientFailure => Class::TransientNegative,
    _ => Class::PermanentNegative,
});

impl PartialOrd<u16> for Code {
    /// Compares the code with a number: `code < 400` is a success or an
    /// intermediate reply.
    fn partial_cmp(&self, other: &u16) -> Option<Ordering> {
        self.as_u16().partial_cmp(other)
    }
}

impl PartialOrd<Code> for u16 {
    fn partial_cmp(&self, other: &Code) -> Option<Ordering> {
        self.partial_cmp(&other.as_u16())
    }
}

impl TryFrom<&str> for Code {
    type Error = CodeError;
    fn try_from(s: &str) -> Result<Code, CodeError> {
        Code::parse(s)
    }
}

impl TryFrom<&str> for ReplyCode {
    type Error = CodeError;
    fn try_from(s: &str) -> Result<ReplyCode, CodeError> {
        ReplyCode::parse(s)
    }
}

impl TryFrom<&str> for EnhancedCode {
    type Error = crate::enhanced::EnhancedCodeError;
    fn try_from(s: &str) -> Result<EnhancedCode, Self::Error> {
        EnhancedCode::parse(s)
    }
}

impl TryFrom<&str> for Locale {
    type Error = LocaleError;
    fn try_from(s: &str) -> Result<Locale, LocaleError> {
        Locale::from_tag(s)
    }
}

impl TryFrom<&str> for Format {
    type Error = FormatError;
    fn try_from(s: &str) -> Result<Format, FormatError> {
        s.parse()
    }
}

/// Shows a name with the formatter's width and alignment.
macro_rules! display_name {
    ($ty:ty, $name:expr, $doc:literal) => {
        impl fmt::Display for $ty {
            #[doc = $doc]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad($name(self))
            }
        }
    };
}

display_name!(
    Class,
    |c: &Class| c.texts(Locale::En).title,
    "The English name: `Permanent Negative Completion`."
);
display_name!(
    Category,
    |c: &Category| c.texts(Locale::En).title,
    "The English name: `Mail system`."
);
display_name!(
    EnhancedClass,
    |c: &EnhancedClass| c.texts(Locale::En).title,
    "The English name: `Permanent Failure`."
);
display_name!(
    Subject,
    |s: &Subject| s.texts(Locale::En).title,
    "The English name: `Addressing Status`."
);
display_name!(Actor, |a: &Actor| a.name(), "The name: `sender_admin`.");
display_name!(
    Level,
    |l: &Level| match l {
        Level::Detail => "detail",
        Level::Subject => "subject",
        _ => "class",
    },
    "The level's name: `detail`, `subject` or `class`."
);
display_name!(
    Format,
    |f: &Format| match f {
        Format::Text => "text",
        Format::Markdown => "markdown",
        _ => "html",
    },
    "The name [`FromStr`](core::str::FromStr) reads: `text`, `markdown` or `html`."
);

impl fmt::Display for Reply<'_> {
    /// The reply as it was sent, line ends included; bytes that are not
    /// UTF-8 show as U+FFFD.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        lossy(self.raw(), f)
    }
}

impl fmt::Display for Line<'_> {
    /// The line from its code to its text's end, without the line end;
    /// bytes that are not UTF-8 show as U+FFFD.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        lossy(self.raw(), f)
    }
}

fn lossy(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for chunk in bytes.utf8_chunks() {
        f.write_str(chunk.valid())?;
        if !chunk.invalid().is_empty() {
            f.write_str("\u{FFFD}")?;
        }
    }
    Ok(())
}
