//! The SMTP commands (and protocol moments) after which a reply comes.

use core::fmt;
use core::str::FromStr;

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

    /// A short name in capitals, one word, as logs and JSON use it: the
    /// verb (`RCPT`, `MAIL`, `STARTTLS`), `CONNECT` for the connection
    /// opening and `DATA-END` for the end of the message data. [`FromStr`]
    /// reads it back.
    ///
    /// ```
    /// use smtp_codes::Command;
    ///
    /// assert_eq!(Command::Rcpt.verb(), "RCPT");
    /// assert_eq!(Command::DataEnd.verb().parse(), Ok(Command::DataEnd));
    /// ```
    pub const fn verb(self) -> &'static str {
        match self {
            Command::Connect => "CONNECT",
            Command::Mail => "MAIL",
            Command::Rcpt => "RCPT",
            Command::DataEnd => "DATA-END",
            other => other.as_str(),
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

/// The words that name a command or moment, as people and mail logs write
/// them, lowercase; longer forms first so that a prefix match takes the
/// whole name (`rcpt to` before `rcpt`).
const NAMES: &[(&str, Command)] = &[
    ("connection opening", Command::Connect),
    ("initial connection", Command::Connect),
    ("connection", Command::Connect),
    ("connect", Command::Connect),
    ("greeting", Command::Connect),
    ("banner", Command::Connect),
    ("end of message data", Command::DataEnd),
    ("end of data", Command::DataEnd),
    ("end of message", Command::DataEnd),
    ("data end", Command::DataEnd),
    ("dataend", Command::DataEnd),
    ("mail from", Command::Mail),
    ("rcpt to", Command::Rcpt),
    ("starttls", Command::StartTls),
    ("helo", Command::Helo),
    ("ehlo", Command::Ehlo),
    ("lhlo", Command::Ehlo),
    ("mail", Command::Mail),
    ("rcpt", Command::Rcpt),
    ("data", Command::Data),
    ("bdat", Command::Bdat),
    ("rset", Command::Rset),
    ("vrfy", Command::Vrfy),
    ("expn", Command::Expn),
    ("help", Command::Help),
    ("noop", Command::Noop),
    ("quit", Command::Quit),
    ("auth", Command::Auth),
    ("etrn", Command::Etrn),
    ("atrn", Command::Atrn),
];

impl Command {
    /// Every command and moment, in declaration order.
    pub const ALL: [Command; 18] = [
        Command::Connect,
        Command::Helo,
        Command::Ehlo,
        Command::Mail,
        Command::Rcpt,
        Command::Data,
        Command::DataEnd,
        Command::Bdat,
        Command::Rset,
        Command::Vrfy,
        Command::Expn,
        Command::Help,
        Command::Noop,
        Command::Quit,
        Command::StartTls,
        Command::Auth,
        Command::Etrn,
        Command::Atrn,
    ];

    /// Reads a command's name at the start of `bytes`, ASCII
    /// case-insensitively, as a whole word: `RCPT TO:<a@example.com>` gives
    /// `Rcpt` and the length of `RCPT TO`. Accepts what [`FromStr`] accepts.
    ///
    /// ```
    /// use smtp_codes::Command;
    ///
    /// assert_eq!(Command::parse_prefix(b"RCPT TO:<a@example.com>"), Some((Command::Rcpt, 7)));
    /// assert_eq!(Command::parse_prefix(b"end of DATA command"), Some((Command::DataEnd, 11)));
    /// assert_eq!(Command::parse_prefix(b"DATABASE"), None);
    /// ```
    pub fn parse_prefix(bytes: &[u8]) -> Option<(Command, usize)> {
        NAMES.iter().find_map(|&(name, command)| {
            let n = name.len();
            let head = bytes.get(..n)?;
            let whole = bytes.get(n).is_none_or(|b| !b.is_ascii_alphanumeric());
            (whole && head.eq_ignore_ascii_case(name.as_bytes())).then_some((command, n))
        })
    }
}

/// Why a string does not name a [`Command`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown command: use an smtp verb such as RCPT TO, MAIL FROM, DATA or EHLO")]
pub struct CommandError;

impl FromStr for Command {
    type Err = CommandError;

    /// Parses a command's name, ASCII case-insensitively: the verb alone or
    /// as logs write it (`RCPT`, `RCPT TO`, `MAIL`, `MAIL FROM`, `DATA`,
    /// `end of data`, `EHLO`, `LHLO`, `HELO`, `AUTH`, `STARTTLS`, ...), and the two moments: the
    /// greeting as `CONNECT` (or `connection`, `greeting`, `banner`, what
    /// [`Display`](fmt::Display) writes), the end of the data as `end of
    /// data` (or `DATA-END`, `end of message`). White space around and
    /// between the words is free.
    ///
    /// ```
    /// use smtp_codes::Command;
    ///
    /// assert_eq!("rcpt to".parse(), Ok(Command::Rcpt));
    /// assert_eq!("MAIL".parse(), Ok(Command::Mail));
    /// assert_eq!("End of DATA".parse(), Ok(Command::DataEnd));
    /// assert_eq!("CONNECT".parse(), Ok(Command::Connect));
    /// for c in Command::ALL {
    ///     assert_eq!(c.to_string().parse(), Ok(c), "Display parses back");
    ///     assert_eq!(c.verb().parse(), Ok(c), "and so does the verb");
    /// }
    /// assert!("RCPT TO:<a@example.com>".parse::<Command>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Command, CommandError> {
        // Fold runs of white space, `-` and `_` into one space, into a
        // small buffer: no name is longer than 20 bytes.
        let mut buf = [0u8; 24];
        let mut n = 0;
        let mut space = false;
        for &b in s.trim().as_bytes() {
            if matches!(b, b' ' | b'\t' | b'-' | b'_') {
                space = true;
                continue;
            }
            if space && n > 0 {
                *buf.get_mut(n).ok_or(CommandError)? = b' ';
                n += 1;
            }
            space = false;
            *buf.get_mut(n).ok_or(CommandError)? = b;
            n += 1;
        }
        match Command::parse_prefix(&buf[..n]) {
            Some((command, len)) if len == n => Ok(command),
            _ => Err(CommandError),
        }
    }
}

impl TryFrom<&str> for Command {
    type Error = CommandError;

    fn try_from(s: &str) -> Result<Command, CommandError> {
        s.parse()
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl Actor {
    /// Every actor, in declaration order.
    pub const ALL: [Actor; 6] = [
        Actor::Nobody,
        Actor::Client,
        Actor::Sender,
        Actor::SenderAdmin,
        Actor::Recipient,
        Actor::RecipientAdmin,
    ];

    /// A stable name: `nobody`, `client`, `sender`, `sender_admin`,
    /// `recipient`, `recipient_admin`.
    pub const fn name(self) -> &'static str {
        match self {
            Actor::Nobody => "nobody",
            Actor::Client => "client",
            Actor::Sender => "sender",
            Actor::SenderAdmin => "sender_admin",
            Actor::Recipient => "recipient",
            Actor::RecipientAdmin => "recipient_admin",
        }
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
