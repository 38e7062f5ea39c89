//! The languages the catalog is written in.

use core::fmt;
use core::str::FromStr;

use crate::error::LocaleError;

/// A language of the catalog: every text exists in each of them.
///
/// Parsed from a BCP 47 language tag: only the primary language subtag
/// decides (`en`, `en-US`, `en_GB` are English; `id`, `id-ID` and the
/// withdrawn `in` are Indonesian), case-insensitively.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, LocaleError};
///
/// assert_eq!(Locale::from_tag("id-ID"), Ok(Locale::Id));
/// assert_eq!("EN-us".parse::<Locale>(), Ok(Locale::En));
/// assert_eq!(Locale::from_tag("in"), Ok(Locale::Id));
/// assert_eq!(Locale::from_tag("fr"), Err(LocaleError::Unsupported));
/// assert_eq!(Locale::Id.tag(), "id");
/// ```
#[derive(
    Debug,
    Default,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::EnumIter,
    strum::EnumCount,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum Locale {
    /// English (`en`), the default.
    #[default]
    #[cfg_attr(feature = "serde", serde(rename = "en"))]
    En,
    /// Indonesian (`id`, formerly `in`).
    #[cfg_attr(feature = "serde", serde(rename = "id"))]
    Id,
}

/// Primary language subtags, lowercase, to locales.
static PRIMARY: phf::Map<&'static str, Locale> = phf::phf_map! {
    "en" => Locale::En,
    "eng" => Locale::En,
    "id" => Locale::Id,
    "ind" => Locale::Id,
    "in" => Locale::Id,
};

impl Locale {
    /// Parses a BCP 47 language tag (see the type's documentation).
    pub fn from_tag(tag: &str) -> Result<Locale, LocaleError> {
        if tag.is_empty() {
            return Err(LocaleError::Empty);
        }
        let bytes = tag.as_bytes();
        // Every subtag: 1 to 8 ASCII letters or digits, split by '-' or '_'.
        let mut start = 0;
        for (i, &b) in bytes
            .iter()
            .enumerate()
            .chain(core::iter::once((bytes.len(), &b'-')))
        {
            if b == b'-' || b == b'_' {
                if i == start || i - start > 8 {
                    return Err(LocaleError::Malformed { offset: start });
                }
                start = i + 1;
            } else if !b.is_ascii_alphanumeric() {
                return Err(LocaleError::Malformed { offset: i });
            }
        }
        let primary_len = bytes
            .iter()
            .position(|&b| b == b'-' || b == b'_')
            .unwrap_or(bytes.len());
        if primary_len > 3 {
            return Err(LocaleError::Unsupported);
        }
        if let Some(offset) = bytes[..primary_len]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
        {
            return Err(LocaleError::Malformed { offset });
        }
        let mut lower = [0u8; 3];
        for (dst, src) in lower.iter_mut().zip(&bytes[..primary_len]) {
            *dst = src.to_ascii_lowercase();
        }
        let key = core::str::from_utf8(&lower[..primary_len])
            .map_err(|_| LocaleError::Malformed { offset: 0 })?;
        PRIMARY.get(key).copied().ok_or(LocaleError::Unsupported)
    }

    /// The locale's short tag: `en` or `id`.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Id => "id",
        }
    }

    /// The language's name in that language: `English`, `Bahasa Indonesia`.
    pub const fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Id => "Bahasa Indonesia",
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.tag())
    }
}

impl FromStr for Locale {
    type Err = LocaleError;
    fn from_str(s: &str) -> Result<Locale, LocaleError> {
        Locale::from_tag(s)
    }
}
