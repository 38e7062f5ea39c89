//! The SMTP commands (and protocol moments) after which a reply comes.

use core::fmt;

use crate::locale::Locale;

/// A point in an SMTP session at which the server replies: a command, or
/// one of the two moments that are not commands (the connection opening,
/// and the end of the message data).
///
/// Used for the commands after which a code is a legal reply
/// ([`ReplyCode::legal_after`](crate::ReplyCode::legal_after)), and for the
/// meanings that depend on the command ([`CommandNote`](crate::CommandNote)).
///
/// # Examples
///
/// ```
/// use smtp_codes::{Command, Locale, ReplyCode};
///
/// assert!(ReplyCode::StartMailInput.is_legal_after(Command::Data));
/// assert_eq!(Command::StartTls.to_string(), "STARTTLS");
/// assert_eq!(Command::Connect.name(Locale::Id), "pembukaan koneksi");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter, strum::EnumCount,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum Command {
    /// The connection opening: the server's greeting (RFC 5321, section 3.1).
    Connect,
    /// `HELO`.
    Helo,
    /// `EHLO`.
    Ehlo,
    /// `MAIL FROM`.
    Mail,
    /// `RCPT TO`.
    Rcpt,
    /// The `DATA` command itself, answered before any message data.
    Data,
    /// The end of the message data (`<CRLF>.<CRLF>` after `DATA`).
    DataEnd,
    /// `BDAT` (CHUNKING, RFC 3030).
    Bdat,
    /// `RSET`.
    Rset,
    /// `VRFY`.
    Vrfy,
    /// `EXPN`.
    Expn,
    /// `HELP`.
    Help,
    /// `NOOP`.
    Noop,
    /// `QUIT`.
    Quit,
    /// `STARTTLS` (RFC 3207).
    StartTls,
    /// `AUTH` (RFC 4954), and each step of its exchange.
    Auth,
    /// `ETRN` (RFC 1985).
    Etrn,
    /// `ATRN` (On-Demand Mail Relay, RFC 2645).
    Atrn,
}

impl Command {
    /// The command's word on the wire, or for the two moments that are no
    /// command, an English name (see [`name`](Command::name) for a localized one).
    pub const fn as_str(self) -> &'static str {
        match self {
            Command::Connect => "connection opening",
            Command::Helo => "HELO",
            Command::Ehlo => "EHLO",
            Command::Mail => "MAIL FROM",
            Command::Rcpt => "RCPT TO",
            Command::Data => "DATA",
            Command::DataEnd => "end of message data",
            Command::Bdat => "BDAT",
            Command::Rset => "RSET",
            Command::Vrfy => "VRFY",
            Command::Expn => "EXPN",
            Command::Help => "HELP",
            Command::Noop => "NOOP",
            Command::Quit => "QUIT",
            Command::StartTls => "STARTTLS",
            Command::Auth => "AUTH",
            Command::Etrn => "ETRN",
            Command::Atrn => "ATRN",
        }
    }

    /// Whether this is a command word sent by the client (not the opening or the data's end).
    pub const fn is_command(self) -> bool {
        !matches!(self, Command::Connect | Command::DataEnd)
    }

    /// The name to show a reader in running text: the wire word, or the
    /// moment's name in the language (`the connection opening`).
    pub const fn name(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Command::Connect, Locale::Id) => "pembukaan koneksi",
            (Command::DataEnd, Locale::Id) => "akhir data pesan",
            (Command::Connect, _) => "the connection opening",
            (Command::DataEnd, _) => "the end of the message data",
            _ => self.as_str(),
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Who has to act on a reply.
///
/// For a basic code it is the catalog's judgement of the code's usual cause
/// ([`ReplyCode::actor`](crate::ReplyCode::actor)); for an enhanced code it
/// follows from its class and subject (RFC 3463, section 3).
///
/// ```
/// use smtp_codes::{Actor, ReplyCode};
///
/// assert_eq!(ReplyCode::ServiceReady.actor(), Actor::Nobody);
/// assert_eq!(ReplyCode::LocalProcessingError.actor(), Actor::Client);
/// assert_eq!(ReplyCode::AuthCredentialsInvalid.actor(), Actor::Sender);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter, strum::EnumCount,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum Actor {
    /// Nobody: the request succeeded.
    Nobody,
    /// The sending program, which goes on or retries by itself.
    Client,
    /// The person who sends: the address, the message or the credentials must change.
    Sender,
    /// The administrator of the sending side: its configuration, DNS or software.
    SenderAdmin,
    /// The recipient, about the mailbox.
    Recipient,
    /// The administrator of the receiving side.
    RecipientAdmin,
}
