//! The whole catalog as data: one entry per code, with the texts of every
//! language side by side. This is the form that `examples/catalog.rs --json`
//! prints (with the `serde` feature).

use crate::code::{Category, Class};
use crate::command::Command;
use crate::locale::Locale;
use crate::reference::Reference;
use crate::reply_code::ReplyCode;
use crate::text::ReplyTexts;

/// One value per language of the catalog.
///
/// ```
/// use smtp_codes::{Locale, ReplyCode};
///
/// let entry = ReplyCode::ServiceReady.entry();
/// assert_eq!(entry.texts.get(Locale::Id).title, ReplyCode::ServiceReady.texts(Locale::Id).title);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Localized<T> {
    /// English.
    pub en: T,
    /// Indonesian.
    pub id: T,
}

impl<T> Localized<T> {
    /// Builds the value of every language from a function of the locale.
    pub fn from_fn(mut f: impl FnMut(Locale) -> T) -> Localized<T> {
        Localized {
            en: f(Locale::En),
            id: f(Locale::Id),
        }
    }

    /// The value in one language.
    pub const fn get(&self, locale: Locale) -> &T {
        match locale {
            Locale::En => &self.en,
            Locale::Id => &self.id,
        }
    }
}

/// Everything the catalog says about one basic reply code.
///
/// With the `serde` feature it serializes as
/// `{"code": 251, "name": "UserNotLocal", "class": "PositiveCompletion",
/// "category": "MailSystem", "reason": ..., "texts": {"en": {...}, "id": {...}},
/// "references": [...], "legal_after": [...], "after_any_command": false}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReplyEntry {
    /// The code's number.
    pub code: u16,
    /// The variant's name.
    pub name: &'static str,
    /// Its first digit.
    pub class: Class,
    /// Its second digit.
    pub category: Category,
    /// The standard reply text (see [`ReplyCode::reason`]).
    pub reason: &'static str,
    /// The texts in every language.
    pub texts: Localized<&'static ReplyTexts>,
    /// The RFC sections that define it.
    pub references: &'static [Reference],
    /// The commands after which it is a legal reply.
    pub legal_after: &'static [Command],
    /// Whether any command may get it.
    pub after_any_command: bool,
}

impl ReplyCode {
    /// The catalog entry of the code.
    pub fn entry(self) -> ReplyEntry {
        ReplyEntry {
            code: self.as_u16(),
            name: self.name(),
            class: self.class(),
            category: self.category(),
            reason: self.reason(),
            texts: Localized::from_fn(|locale| self.texts(locale)),
            references: self.references(),
            legal_after: self.legal_after(),
            after_any_command: self.after_any_command(),
        }
    }
}

/// The whole catalog, for export.
///
/// With the `serde` feature, `Catalog` serializes (without allocating) as
/// `{"reply_codes": [...]}`, one [`ReplyEntry`] per code in numeric order.
///
/// ```
/// use smtp_codes::Catalog;
///
/// assert_eq!(Catalog::reply_codes().count(), 38);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Catalog;

impl Catalog {
    /// Every basic code's entry, in numeric order.
    pub fn reply_codes() -> impl Iterator<Item = ReplyEntry> {
        <ReplyCode as strum::IntoEnumIterator>::iter().map(ReplyCode::entry)
    }
}

#[cfg(feature = "serde")]
mod ser {
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    use super::Catalog;

    /// Serializes an iterator made on demand as a sequence.
    struct Seq<F>(F);

    impl<F, I> Serialize for Seq<F>
    where
        F: Fn() -> I,
        I: Iterator,
        I::Item: Serialize,
    {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_seq((self.0)())
        }
    }

    impl Serialize for Catalog {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut s = serializer.serialize_struct("Catalog", 1)?;
            s.serialize_field("reply_codes", &Seq(Catalog::reply_codes))?;
            s.end()
        }
    }
}
