//! The whole catalog as data: one entry per code, with the texts of every
//! language side by side. This is the form that `examples/catalog.rs --json`
//! prints (with the `serde` feature).

use crate::code::{Category, Class};
use crate::command::{Actor, Command};
use crate::diagnose::Reason;
use crate::enhanced::{EnhancedClass, EnhancedStatus, Subject};
use crate::locale::Locale;
use crate::reference::Reference;
use crate::reply_code::ReplyCode;
use crate::text::ReplyTexts;
use crate::text::Texts;

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
    /// Who has to act on it.
    pub actor: Actor,
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
            actor: self.actor(),
        }
    }
}

/// Everything the catalog says about one row of the enhanced status code registry.
///
/// With the `serde` feature it serializes as `{"code": "X.1.1", "subject": 1,
/// "detail": 1, "name": "BadDestinationMailbox", "registry_title": ...,
/// "texts": {"en": {...}, "id": {...}}, ...}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EnhancedEntry {
    /// The row, as `X.subject.detail`.
    pub code: EnhancedStatus,
    /// The subject number.
    pub subject: u16,
    /// The detail number.
    pub detail: u16,
    /// The variant's name.
    pub name: &'static str,
    /// The registry's title, verbatim.
    pub registry_title: &'static str,
    /// The texts in every language.
    pub texts: Localized<&'static Texts>,
    /// The basic codes the registry associates with it.
    pub basic_codes: &'static [u16],
    /// The registry's column of associated basic codes, verbatim.
    pub registry_basic_codes: &'static str,
    /// The classes the registry allows, or `None` where it states no limit.
    pub classes: Option<&'static [EnhancedClass]>,
    /// Whether the registry marks it deprecated.
    pub deprecated: bool,
    /// The RFC sections that define it.
    pub references: &'static [Reference],
    /// The registry's reference column, verbatim.
    pub registry_reference: &'static str,
    /// A note on a large provider's different use of the code, if known.
    pub vendor_note: Option<Localized<&'static str>>,
}

impl EnhancedStatus {
    /// The catalog entry of the row.
    pub fn entry(self) -> EnhancedEntry {
        EnhancedEntry {
            code: self,
            subject: self.subject(),
            detail: self.detail(),
            name: self.name(),
            registry_title: self.registry_title(),
            texts: Localized::from_fn(|locale| self.texts(locale)),
            basic_codes: self.basic_codes(),
            registry_basic_codes: self.registry_basic_codes(),
            classes: self.classes(),
            deprecated: self.is_deprecated(),
            references: self.references(),
            registry_reference: self.registry_reference(),
            vendor_note: match (self.vendor_note(Locale::En), self.vendor_note(Locale::Id)) {
                (Some(en), Some(id)) => Some(Localized { en, id }),
                _ => None,
            },
        }
    }
}

/// Everything the catalog says about one [`Reason`] of a diagnosis.
///
/// With the `serde` feature it serializes as `{"name": "user_unknown",
/// "texts": {"en": {...}, "id": {...}}, "actor": "Sender", "suppress": true,
/// "retry_after_4yz": false, "retry_after_5yz": false}`.
///
/// ```
/// use smtp_codes::{Catalog, Locale};
///
/// let entry = Catalog::reasons().find(|e| e.name == "rate_limited").unwrap();
/// assert!(entry.retry_after_5yz && !entry.suppress);
/// assert_eq!(entry.texts.get(Locale::Id).title, entry.reason.texts(Locale::Id).title);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReasonEntry {
    /// The reason.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub reason: Reason,
    /// Its wire name.
    pub name: &'static str,
    /// The texts in every language.
    pub texts: Localized<&'static Texts>,
    /// Who has to act (`None` for `unknown`).
    pub actor: Option<Actor>,
    /// Whether the address belongs on a suppression list after a 5yz reply.
    pub suppress: bool,
    /// Whether a retry can help after a 4yz reply.
    pub retry_after_4yz: bool,
    /// Whether a retry can help after a 5yz reply.
    pub retry_after_5yz: bool,
}

impl Reason {
    /// The catalog entry of the reason.
    pub fn entry(self) -> ReasonEntry {
        ReasonEntry {
            reason: self,
            name: self.name(),
            texts: Localized::from_fn(|locale| self.texts(locale)),
            actor: self.actor(),
            suppress: self.suppress(Some(Class::PermanentNegative)),
            retry_after_4yz: self.retry(Some(Class::TransientNegative)),
            retry_after_5yz: self.retry(Some(Class::PermanentNegative)),
        }
    }
}

/// A class or subject of enhanced codes with its texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EnhancedPartEntry {
    /// The number: the class digit or the subject number.
    pub number: u16,
    /// The variant's name.
    pub name: &'static str,
    /// The texts in every language.
    pub texts: Localized<&'static Texts>,
}

/// The whole catalog, for export.
///
/// With the `serde` feature, `Catalog` serializes (without allocating) as
/// `{"reply_codes": [...], "enhanced_codes": [...], "enhanced_classes": [...],
/// "enhanced_subjects": [...], "reasons": [...]}`: one [`ReplyEntry`] per
/// code in numeric order, one [`EnhancedEntry`] per registry row, the
/// classes and subjects, and one [`ReasonEntry`] per reason of a diagnosis.
///
/// ```
/// use smtp_codes::Catalog;
///
/// assert_eq!(Catalog::reply_codes().count(), 44);
/// assert_eq!(Catalog::enhanced_codes().count(), 81);
/// assert_eq!(Catalog::reasons().count(), 31);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Catalog;

impl Catalog {
    /// Every basic code's entry, in numeric order.
    pub fn reply_codes() -> impl Iterator<Item = ReplyEntry> {
        ReplyCode::iter().map(ReplyCode::entry)
    }

    /// Every registry row's entry, in registry order.
    pub fn enhanced_codes() -> impl Iterator<Item = EnhancedEntry> {
        EnhancedStatus::iter().map(EnhancedStatus::entry)
    }

    /// The three classes of enhanced codes.
    pub fn enhanced_classes() -> impl Iterator<Item = EnhancedPartEntry> {
        EnhancedClass::ALL
            .into_iter()
            .map(|class| EnhancedPartEntry {
                number: class.digit() as u16,
                name: class.name(),
                texts: Localized::from_fn(|locale| class.texts(locale)),
            })
    }

    /// The reasons of a diagnosis, in the taxonomy's order.
    pub fn reasons() -> impl Iterator<Item = ReasonEntry> {
        Reason::iter().map(Reason::entry)
    }

    /// The eight subjects of enhanced codes.
    pub fn enhanced_subjects() -> impl Iterator<Item = EnhancedPartEntry> {
        Subject::ALL.into_iter().map(|subject| EnhancedPartEntry {
            number: subject.number(),
            name: subject.name(),
            texts: Localized::from_fn(|locale| subject.texts(locale)),
        })
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
            let mut s = serializer.serialize_struct("Catalog", 5)?;
            s.serialize_field("reply_codes", &Seq(Catalog::reply_codes))?;
            s.serialize_field("enhanced_codes", &Seq(Catalog::enhanced_codes))?;
            s.serialize_field("enhanced_classes", &Seq(Catalog::enhanced_classes))?;
            s.serialize_field("enhanced_subjects", &Seq(Catalog::enhanced_subjects))?;
            s.serialize_field("reasons", &Seq(Catalog::reasons))?;
            s.end()
        }
    }
}
