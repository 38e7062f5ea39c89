//! References to the RFCs that define the codes.

use core::fmt;

use crate::locale::Locale;

/// A section of an RFC, with a link to it.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// let first = ReplyCode::UserNotLocal.references()[0];
/// assert_eq!(first.rfc, 5321);
/// assert_eq!(first.section, "4.2.3");
/// assert_eq!(first.url, "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3");
/// assert_eq!(first.to_string(), "RFC 5321, section 4.2.3");
/// assert_eq!(first.title(), "Simple Mail Transfer Protocol");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Reference {
    /// The RFC's number.
    pub rfc: u16,
    /// The section number, or `""` when the reference is to the whole RFC.
    pub section: &'static str,
    /// A link to the section (or to the RFC).
    pub url: &'static str,
}

/// Builds a [`Reference`] with its link at compile time.
macro_rules! rfc {
    ($rfc:literal) => {
        $crate::reference::Reference {
            rfc: $rfc,
            section: "",
            url: concat!("https://www.rfc-editor.org/rfc/rfc", $rfc),
        }
    };
    ($rfc:literal, $section:literal) => {
        $crate::reference::Reference {
            rfc: $rfc,
            section: $section,
            url: concat!(
                "https://www.rfc-editor.org/rfc/rfc",
                $rfc,
                "#section-",
                $section
            ),
        }
    };
}
pub(crate) use rfc;

impl Reference {
    /// The RFC's title, as published (a proper name, the same in every language).
    pub const fn title(&self) -> &'static str {
        match self.rfc {
            821 => "Simple Mail Transfer Protocol",
            1846 => "SMTP 521 Reply Code",
            1870 => "SMTP Service Extension for Message Size Declaration",
            1985 => "SMTP Service Extension for Remote Message Queue Starting",
            2034 => "SMTP Service Extension for Returning Enhanced Error Codes",
            2645 => "On-Demand Mail Relay (ODMR) SMTP with Dynamic IP Addresses",
            2920 => "SMTP Service Extension for Command Pipelining",
            3030 => "SMTP Service Extensions for Transmission of Large and Binary MIME Messages",
            3207 => "SMTP Service Extension for Secure SMTP over Transport Layer Security",
            3461 => {
                "Simple Mail Transfer Protocol (SMTP) Service Extension for Delivery Status Notifications (DSNs)"
            }
            3463 => "Enhanced Mail System Status Codes",
            3886 => "An Extensible Message Format for Message Tracking Responses",
            4468 => "Message Submission BURL Extension",
            4954 => "SMTP Service Extension for Authentication",
            5248 => "A Registry for SMTP Enhanced Mail System Status Codes",
            5321 => "Simple Mail Transfer Protocol",
            6376 => "DomainKeys Identified Mail (DKIM) Signatures",
            6531 => "SMTP Extension for Internationalized Email",
            6710 => "Simple Mail Transfer Protocol Extension for Message Transfer Priorities",
            7208 => {
                "Sender Policy Framework (SPF) for Authorizing Use of Domains in Email, Version 1"
            }
            7293 => "The Require-Recipient-Valid-Since Header Field and SMTP Service Extension",
            7372 => "Email Authentication Status Codes",
            7504 => "SMTP 521 and 556 Reply Codes",
            7505 => "A \"Null MX\" No Service Resource Record for Domains That Accept No Mail",
            8617 => "The Authenticated Received Chain (ARC) Protocol",
            8689 => "SMTP Require TLS Option",
            _ => "",
        }
    }
}

impl Reference {
    /// Shows the reference in a language: `RFC 5321, section 4.2.3` or
    /// `RFC 5321, bagian 4.2.3`.
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// let r = ReplyCode::ServiceReady.references()[0];
    /// assert_eq!(r.display(Locale::Id).to_string(), "RFC 5321, bagian 4.2.3");
    /// ```
    pub const fn display(self, locale: Locale) -> impl fmt::Display {
        LocalizedReference(self, locale)
    }
}

struct LocalizedReference(Reference, Locale);

impl LocalizedReference {
    fn write_to(&self, w: &mut impl fmt::Write) -> fmt::Result {
        let LocalizedReference(r, locale) = self;
        let section = match locale {
            Locale::Id => "bagian",
            _ => "section",
        };
        if r.section.is_empty() {
            write!(w, "RFC {}", r.rfc)
        } else {
            write!(w, "RFC {}, {section} {}", r.rfc, r.section)
        }
    }
}

/// The text of a reference on the stack, to pad it as a whole.
struct Text {
    buf: [u8; 64],
    len: usize,
}

impl fmt::Write for Text {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.buf
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl fmt::Display for LocalizedReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() && f.precision().is_none() {
            return self.write_to(f);
        }
        // Width and precision apply to the whole text, as for the other
        // types of the crate; a section too long for the buffer (none of
        // the catalog's) is written unpadded.
        let mut text = Text {
            buf: [0; 64],
            len: 0,
        };
        match self.write_to(&mut text) {
            Ok(()) => f.pad(core::str::from_utf8(&text.buf[..text.len]).unwrap_or("")),
            Err(_) => self.write_to(f),
        }
    }
}

/// Shows the reference in English, like [`Reference::display`] with [`Locale::En`].
impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        LocalizedReference(*self, Locale::En).fmt(f)
    }
}
