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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
    /// Every language of the catalog.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Id];

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

    /// The best supported language for an HTTP `Accept-Language` value:
    /// ranges are tried by their quality (`q`, 1 when not given; `q=0`
    /// means "not this one"), the first of equal quality first; a range
    /// matches by its primary subtag (`id-ID` is Indonesian); `*` stands for
    /// any language not named, which is the default, English. When nothing
    /// matches (or the value is empty or malformed), English.
    ///
    /// ```
    /// use smtp_codes::Locale;
    ///
    /// assert_eq!(Locale::negotiate("id-ID,id;q=0.9,en;q=0.8"), Locale::Id);
    /// assert_eq!(Locale::negotiate("fr-FR,fr;q=0.9,id;q=0.8,en;q=0.7"), Locale::Id);
    /// assert_eq!(Locale::negotiate("en;q=0.5, id"), Locale::Id);
    /// assert_eq!(Locale::negotiate("de, *;q=0.1"), Locale::En);
    /// assert_eq!(Locale::negotiate("id;q=0, *"), Locale::En);
    /// assert_eq!(Locale::negotiate(""), Locale::En);
    /// ```
    pub fn negotiate(accept_language: &str) -> Locale {
        // (quality in thousandths, locale), best first; ties keep the first.
        let mut best: Option<(u16, Locale)> = None;
        let mut excluded = [false; 2];
        let ranges = accept_language
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty());
        let parsed = ranges.clone().filter_map(|range| {
            let mut parts = range.split(';').map(str::trim);
            let tag = parts.next()?;
            let q = parts
                .filter_map(|p| p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")))
                .map(quality)
                .next()
                .unwrap_or(Some(1000))?;
            Some((tag, q))
        });
        for (tag, q) in parsed.clone() {
            if q == 0 {
                if let Ok(locale) = Locale::from_tag(tag) {
                    excluded[locale as usize] = true;
                }
            }
        }
        for (tag, q) in parsed {
            if q == 0 {
                continue;
            }
            let locale = if tag == "*" {
                // Any language the value does not name: the default, unless excluded.
                if excluded[Locale::En as usize] {
                    continue;
                }
                Locale::En
            } else {
                match Locale::from_tag(tag) {
                    Ok(locale) if !excluded[locale as usize] => locale,
                    _ => continue,
                }
            };
            if best.is_none_or(|(b, _)| q > b) {
                best = Some((q, locale));
            }
        }
        best.map_or(Locale::En, |(_, locale)| locale)
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

/// A quality value (`0`, `0.5`, `1.000`) in thousandths, or `None` if malformed.
fn quality(q: &str) -> Option<u16> {
    let (int, frac) = q.split_once('.').unwrap_or((q, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = match int {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let mut thousandths = 0u16;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    let value = whole + thousandths;
    (value <= 1000).then_some(value)
}
