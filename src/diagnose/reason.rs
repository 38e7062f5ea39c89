//! [`Reason`]: why a reply failed, the answer of a diagnosis.

use core::fmt;
use core::str::FromStr;

use crate::code::Class;
use crate::command::Actor;
use crate::locale::Locale;
use crate::text::Texts;

/// What to do about retrying, by reason (see [`Reason::retry`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RetryRule {
    /// Worth retrying later whatever the class: the cause goes away by itself
    /// or by sending differently (slower, fewer recipients at a time).
    Always,
    /// Never worth retrying: the address is wrong.
    Never,
    /// The reply's class decides; `bool` is the answer when no class is known.
    ByClass(bool),
}

macro_rules! reasons {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $name:literal, $actor:expr, $retry:expr;
    )*) => {
        /// Why a reply failed: the cause a [`Diagnosis`](crate::Diagnosis)
        /// reads from a reply's words and codes.
        ///
        /// There are 30 causes and [`Unknown`](Reason::Unknown). Each has
        /// a wire name in `snake_case` (its [`Display`](fmt::Display),
        /// [`FromStr`] and serde form), the four texts of a code in each
        /// language ([`texts`](Reason::texts)), who has to act
        /// ([`actor`](Reason::actor)), whether a retry can help
        /// ([`retry`](Reason::retry)) and whether the address belongs on a
        /// suppression list ([`suppress`](Reason::suppress)).
        ///
        /// # Examples
        ///
        /// ```
        /// use smtp_codes::{Class, Locale, Reason};
        ///
        /// let reason: Reason = "rate_limited".parse()?;
        /// assert_eq!(reason, Reason::RateLimited);
        /// assert_eq!(reason.to_string(), "rate_limited");
        /// // Worth retrying later even after a 5yz reply.
        /// assert!(reason.retry(Some(Class::PermanentNegative)));
        /// assert!(!Reason::UserUnknown.retry(Some(Class::TransientNegative)));
        /// assert!(Reason::UserUnknown.suppress(Some(Class::PermanentNegative)));
        /// println!("{}", reason.texts(Locale::Id).how_to_fix);
        /// # Ok::<(), smtp_codes::ReasonError>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Reason {
            $($(#[$doc])* $variant,)*
        }

        impl Reason {
            /// Every reason, in the order of the taxonomy (`Unknown` last).
            pub const ALL: [Reason; [$(Reason::$variant),*].len()] = [$(Reason::$variant),*];

            /// The wire name: `"user_unknown"`.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Reason::$variant => $name,)*
                }
            }

            /// Who has to act, or `None` for [`Unknown`](Reason::Unknown),
            /// where the reply does not say.
            pub const fn actor(self) -> Option<Actor> {
                match self {
                    $(Reason::$variant => $actor,)*
                }
            }

            const fn retry_rule(self) -> RetryRule {
                match self {
                    $(Reason::$variant => $retry,)*
                }
            }
        }

        static BY_NAME: phf::Map<&'static str, Reason> = phf::phf_map! {
            $($name => Reason::$variant,)*
        };
    };
}

use RetryRule::{Always, ByClass, Never};

reasons! {
    /// The recipient's mailbox does not exist.
    UserUnknown = "user_unknown", Some(Actor::Sender), Never;
    /// The mailbox exists but is disabled, suspended, locked or inactive.
    MailboxDisabled = "mailbox_disabled", Some(Actor::Sender), ByClass(false);
    /// The recipient has moved and mail is not forwarded.
    MailboxMoved = "mailbox_moved", Some(Actor::Sender), Never;
    /// The recipient's mailbox is over its quota.
    MailboxFull = "mailbox_full", Some(Actor::Recipient), ByClass(true);
    /// The recipient (or its group or list) does not accept mail from this sender.
    RecipientRefused = "recipient_refused", Some(Actor::Recipient), ByClass(false);
    /// The recipient's domain does not exist or has no mail host.
    DomainUnknown = "domain_unknown", Some(Actor::Sender), Never;
    /// The recipient's domain says it takes no mail (null MX, RFC 7505; 521, 556).
    DomainNotAccepting = "domain_not_accepting", Some(Actor::Sender), Never;
    /// The server will not relay to that domain, or not for this client.
    RelayDenied = "relay_denied", Some(Actor::SenderAdmin), ByClass(false);
    /// The receiving server could not be reached or the connection failed.
    NetworkError = "network_error", Some(Actor::Client), ByClass(true);
    /// The message went round in a loop (hop count exceeded).
    MailLoop = "mail_loop", Some(Actor::RecipientAdmin), ByClass(false);
    /// The sending server gave up after its queue lifetime.
    Expired = "expired", Some(Actor::SenderAdmin), ByClass(false);
    /// TLS is required, or the TLS session or its checks failed.
    TlsRequired = "tls_required", Some(Actor::SenderAdmin), ByClass(false);
    /// The sending IP address or domain is on a block list.
    Blocklisted = "blocklisted", Some(Actor::SenderAdmin), ByClass(false);
    /// The sender's reputation is poor (no list named).
    BadReputation = "bad_reputation", Some(Actor::SenderAdmin), ByClass(true);
    /// Too many messages or connections in too short a time.
    RateLimited = "rate_limited", Some(Actor::Client), Always;
    /// Too many recipients in one transaction or session.
    TooManyRecipients = "too_many_recipients", Some(Actor::Client), Always;
    /// SPF, DKIM, DMARC or ARC failed for the sender's domain.
    DomainAuthFailed = "domain_auth_failed", Some(Actor::SenderAdmin), ByClass(false);
    /// The sending IP address has no matching reverse DNS (PTR) name.
    ReverseDns = "reverse_dns", Some(Actor::SenderAdmin), ByClass(false);
    /// The `EHLO` or `HELO` name was refused.
    HeloRejected = "helo_rejected", Some(Actor::SenderAdmin), ByClass(false);
    /// The envelope sender or the `From` address was refused.
    SenderRejected = "sender_rejected", Some(Actor::SenderAdmin), ByClass(false);
    /// The message was judged to be spam by its content.
    SpamContent = "spam_content", Some(Actor::Sender), ByClass(false);
    /// Malware was found in the message.
    VirusDetected = "virus_detected", Some(Actor::Sender), ByClass(false);
    /// An attachment's type, count or nesting is not allowed.
    AttachmentRejected = "attachment_rejected", Some(Actor::Sender), ByClass(false);
    /// A local policy refused the message, with no more specific cause given.
    PolicyViolation = "policy_violation", Some(Actor::RecipientAdmin), ByClass(false);
    /// The message or one of its headers is over a size limit.
    MessageTooLarge = "message_too_large", Some(Actor::Sender), ByClass(false);
    /// The message breaks the message format (RFC 5322, MIME).
    MalformedMessage = "malformed_message", Some(Actor::SenderAdmin), ByClass(false);
    /// An SMTP syntax or command sequence error.
    ProtocolError = "protocol_error", Some(Actor::SenderAdmin), ByClass(false);
    /// SMTP authentication is required or failed.
    SmtpAuthFailed = "smtp_auth_failed", Some(Actor::Sender), ByClass(false);
    /// A temporary deferral that asks for a retry later (greylisting).
    Greylisted = "greylisted", Some(Actor::Client), Always;
    /// A problem of the receiving system: overload, storage, internal errors.
    ServerError = "server_error", Some(Actor::RecipientAdmin), ByClass(true);
    /// The reply states no cause that can be read.
    Unknown = "unknown", None, ByClass(false);
}

impl Reason {
    /// Looks a reason up by its wire name (exact, lowercase).
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::from_name("mailbox_full"), Some(Reason::MailboxFull));
    /// assert_eq!(Reason::from_name("Mailbox_Full"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Reason> {
        BY_NAME.get(name).copied()
    }

    /// Every reason, in the order of the taxonomy.
    pub fn iter() -> impl ExactSizeIterator<Item = Reason> + Clone {
        Reason::ALL.into_iter()
    }

    /// The texts in a language: a title, a description, when you see it,
    /// and how to fix it.
    pub const fn texts(self, locale: Locale) -> &'static Texts {
        match locale {
            Locale::En => crate::text::en::reason(self),
            Locale::Id => crate::text::id::reason(self),
        }
    }

    /// Whether sending the same message again later can succeed, given the
    /// class of the reply (`None` when the reply has no code).
    ///
    /// [`RateLimited`](Reason::RateLimited),
    /// [`TooManyRecipients`](Reason::TooManyRecipients) and
    /// [`Greylisted`](Reason::Greylisted) are worth a later retry even
    /// after a 5yz reply (slower, or the other recipients in a new
    /// transaction); a wrong address ([`UserUnknown`](Reason::UserUnknown),
    /// [`DomainUnknown`](Reason::DomainUnknown),
    /// [`DomainNotAccepting`](Reason::DomainNotAccepting),
    /// [`MailboxMoved`](Reason::MailboxMoved)) never is, even after a 4yz
    /// reply; for every other reason a 4yz reply is worth a retry and a 5yz
    /// reply is not. Without a class, the reason's usual answer.
    pub const fn retry(self, class: Option<Class>) -> bool {
        match (self.retry_rule(), class) {
            (Always, _) => true,
            (Never, _) => false,
            (ByClass(_), Some(class)) => class.is_transient(),
            (ByClass(usual), None) => usual,
        }
    }

    /// Whether the recipient's address belongs on a suppression list (a
    /// hard bounce, for list hygiene): for
    /// [`UserUnknown`](Reason::UserUnknown),
    /// [`DomainUnknown`](Reason::DomainUnknown),
    /// [`DomainNotAccepting`](Reason::DomainNotAccepting) and
    /// [`MailboxMoved`](Reason::MailboxMoved), and for
    /// [`MailboxDisabled`](Reason::MailboxDisabled) after a 5yz reply.
    pub const fn suppress(self, class: Option<Class>) -> bool {
        match self {
            Reason::UserUnknown
            | Reason::DomainUnknown
            | Reason::DomainNotAccepting
            | Reason::MailboxMoved => true,
            Reason::MailboxDisabled => matches!(class, Some(Class::PermanentNegative)),
            _ => false,
        }
    }
}

impl fmt::Display for Reason {
    /// The wire name, `user_unknown`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// Why a string is not a [`Reason`]'s wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown reason: use a snake_case name such as user_unknown or rate_limited")]
pub struct ReasonError;

impl FromStr for Reason {
    type Err = ReasonError;

    /// Parses a wire name, exactly as [`name`](Reason::name) gives it.
    fn from_str(s: &str) -> Result<Reason, ReasonError> {
        Reason::from_name(s).ok_or(ReasonError)
    }
}

impl TryFrom<&str> for Reason {
    type Error = ReasonError;

    fn try_from(s: &str) -> Result<Reason, ReasonError> {
        s.parse()
    }
}
