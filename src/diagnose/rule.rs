//! [`Rule`]: one row of the diagnosis table, and the conditions a row sets.

use crate::code::Class;
use crate::command::Command;
use crate::diagnose::reason::Reason;
use crate::enhanced::EnhancedCode;

/// What kind of evidence a rule looks at, and so what kind of evidence a
/// diagnosis reports. The variants are in the order the diagnosis trusts
/// them (see [`Diagnosis`](crate::Diagnosis)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EvidenceKind {
    /// Words of the reply's text that state a cause (`User unknown`,
    /// `blocked using`), matched whole-word, ASCII case-insensitively, with
    /// any spacing and punctuation between the words; `mailbox` and
    /// `mail box`, `doesn't` and `does not`, `authorized` and `authorised`
    /// are the same words.
    Phrase,
    /// A vendor's own code in the text (`[TSS04]`, `IB607`, `AS(7171)`,
    /// `AUP#CDRBL`), matched with its punctuation.
    VendorToken,
    /// The enhanced status code (`5.1.1`).
    EnhancedCode,
    /// The basic reply code, with the command it answered where the rule asks.
    BasicCode,
    /// The reply's class alone (no cause can be read).
    Class,
}

impl EvidenceKind {
    /// A stable name: `phrase`, `vendor_token`, `enhanced_code`, `basic_code`, `class`.
    pub const fn name(self) -> &'static str {
        match self {
            EvidenceKind::Phrase => "phrase",
            EvidenceKind::VendorToken => "vendor_token",
            EvidenceKind::EnhancedCode => "enhanced_code",
            EvidenceKind::BasicCode => "basic_code",
            EvidenceKind::Class => "class",
        }
    }
}

/// A set of commands, one bit per [`Command`] (its declaration order).
pub(crate) type Commands = u32;

pub(crate) const fn cmd(c: Command) -> Commands {
    1 << c as u32
}

/// The commands that carry message content: `DATA`, its end, `BDAT`.
pub(crate) const CONTENT: Commands =
    cmd(Command::Data) | cmd(Command::DataEnd) | cmd(Command::Bdat);

/// One row of the diagnosis table: what it looks for, under which
/// conditions, the [`Reason`] it gives, and the real reply it was written
/// for.
///
/// The whole table is [`Rule::all`], in the order the diagnosis tries it;
/// every row's example is a test.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Diagnosis, EvidenceKind, Rule};
///
/// let rule = Rule::find("relay_denied.relay_access_denied").unwrap();
/// assert_eq!(rule.kind(), EvidenceKind::Phrase);
/// assert_eq!(rule.pattern(), "relay access denied");
/// let d = Diagnosis::of_log_line(rule.example().as_bytes(), None);
/// assert_eq!(d.rule().id(), rule.id());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rule {
    pub(crate) id: &'static str,
    pub(crate) kind: EvidenceKind,
    pub(crate) pattern: &'static str,
    pub(crate) reason: Reason,
    /// Bit `n` set: allowed when the reply's class is `n` (2 to 5); 0: any.
    pub(crate) classes: u8,
    /// Allowed after these commands; 0: any. An unknown command passes
    /// unless `known` is set.
    pub(crate) commands: Commands,
    /// Whether the command must be known to be one of `commands`.
    pub(crate) known: bool,
    /// A weak word ([`weak`]): never the cause an expiry quotes, and a
    /// class condition needs a known class.
    pub(crate) weak: bool,
    pub(crate) vendor: &'static str,
    pub(crate) example: &'static str,
}

impl Rule {
    /// The stable id to quote in a report: `user_unknown.no_such_user`.
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// What the rule looks at.
    pub const fn kind(&self) -> EvidenceKind {
        self.kind
    }

    /// What it looks for: the phrase's words (`*` is any one word, `~` up
    /// to eight words, a final `*` on a word matches its start), the vendor
    /// token, the enhanced code (`X.1.1`, `5.7.606-649`), the basic code
    /// (`550`) or the class digit (`5`).
    pub const fn pattern(&self) -> &'static str {
        self.pattern
    }

    /// The reason it gives.
    pub const fn reason(&self) -> Reason {
        self.reason
    }

    /// The reply classes it applies to (empty: any).
    pub fn classes(&self) -> impl Iterator<Item = Class> + '_ {
        [
            Class::PositiveCompletion,
            Class::PositiveIntermediate,
            Class::TransientNegative,
            Class::PermanentNegative,
        ]
        .into_iter()
        .filter(|c| self.classes & (1 << c.digit()) != 0)
    }

    /// The commands it applies to (empty: any). A reply whose command is not
    /// known passes, unless [`needs_command`](Rule::needs_command).
    pub fn commands(&self) -> impl Iterator<Item = Command> + '_ {
        Command::ALL
            .into_iter()
            .filter(|&c| self.commands & cmd(c) != 0)
    }

    /// Whether the rule applies only when the command is known to be one of
    /// [`commands`](Rule::commands): a rule that tells one command's meaning
    /// of a code or phrase apart from the general one.
    pub const fn needs_command(&self) -> bool {
        self.known
    }

    /// Whether it is a weak word: tried after the code rules, never the
    /// cause an expiry quotes, and, when it names classes, only in a reply
    /// whose class is known to be one of them.
    ///
    /// ```
    /// use smtp_codes::{Diagnosis, Rule};
    ///
    /// assert!(Rule::find("server_error.weak_busy").unwrap().is_weak());
    /// assert!(!Rule::find("relay_denied.relay_access_denied").unwrap().is_weak());
    /// // In a 4yz reply only, and the class must be known.
    /// assert_eq!(Diagnosis::of_log_line(b"450 busy", None).rule().id(), "server_error.weak_busy");
    /// assert_eq!(Diagnosis::of_log_line(b"busy", None).rule().id(), "unknown.none");
    /// ```
    pub const fn is_weak(&self) -> bool {
        self.weak
    }

    /// Whether a match of the rule is a cause stated in words: a phrase or
    /// a vendor token, not a weak word (and not a code).
    pub(crate) const fn states_cause(&self) -> bool {
        matches!(self.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken) && !self.weak
    }

    /// Who sent the reply it was written for (a provider or a server
    /// program), or the public source it was taken from (a bounce fixture,
    /// a vendor's page).
    pub const fn vendor(&self) -> &'static str {
        self.vendor
    }

    /// The real reply (or log line) it was written for, as sent.
    pub const fn example(&self) -> &'static str {
        self.example
    }

    /// The whole table, in the order the diagnosis tries it.
    pub fn all() -> &'static [Rule] {
        super::rules::RULES
    }

    /// The rule with this id.
    pub fn find(id: &str) -> Option<&'static Rule> {
        super::rules::RULES.iter().find(|r| r.id == id)
    }

    /// Whether the conditions on class and command hold.
    #[inline]
    pub(crate) fn allows(&self, class: Option<Class>, command: Option<Command>) -> bool {
        (self.classes == 0
            || match class {
                Some(c) => self.classes & (1 << c.digit()) != 0,
                None => !self.weak,
            })
            && (self.commands == 0
                || match command {
                    Some(c) => self.commands & cmd(c) != 0,
                    None => !self.known,
                })
    }
}

/// A code rule's pattern, read at compile time: the class digit (0 for
/// `X`), the subject and the range of details of an enhanced code, or the
/// basic code (a class rule: its digit times 100, the whole class).
#[derive(Clone, Copy)]
pub(crate) struct CodePattern {
    pub(crate) rule: u16,
    class: u8,
    subject: u16,
    low: u16,
    high: u16,
}

impl CodePattern {
    pub(crate) const fn of(rule: u16, pattern: &str) -> CodePattern {
        let p = pattern.as_bytes();
        let mut nums = [0u16; 4];
        let mut n = 0;
        let mut have = false;
        let mut class = 0;
        let mut i = 0;
        if p.len() > 1 && p[1] == b'.' {
            if p[0] != b'X' {
                class = p[0] - b'0';
            }
            i = 2;
        }
        while i < p.len() {
            let b = p[i];
            if b.is_ascii_digit() {
                nums[n] = nums[n] * 10 + (b - b'0') as u16;
                have = true;
            } else if have {
                assert!(n < 3, "a code pattern has at most three numbers");
                n += 1;
                have = false;
            }
            i += 1;
        }
        let count = if have { n + 1 } else { n };
        CodePattern {
            rule,
            class,
            subject: nums[0],
            low: nums[1],
            high: if count == 3 { nums[2] } else { nums[1] },
        }
    }

    /// Whether an enhanced-code pattern covers `code`.
    #[inline]
    pub(crate) const fn covers_enhanced(&self, code: EnhancedCode) -> bool {
        (self.class == 0 || self.class == code.class().digit())
            && code.subject() == self.subject
            && self.covers_detail(code.detail())
    }

    /// Whether an enhanced-code pattern's range of details holds `detail`.
    pub(crate) const fn covers_detail(&self, detail: u16) -> bool {
        detail >= self.low && detail <= self.high
    }

    /// Whether an enhanced-code pattern's range of details holds a detail
    /// of `detail` or more.
    pub(crate) const fn covers_from(&self, detail: u16) -> bool {
        self.high >= detail
    }

    /// Whether a basic-code pattern is `code`, or a class pattern its class.
    #[inline]
    pub(crate) const fn covers_code(&self, code: u16) -> bool {
        match self.subject {
            0 => false,
            d @ 1..=9 => code / 100 == d,
            c => code == c,
        }
    }

    /// The subject of an enhanced-code pattern.
    pub(crate) const fn subject(&self) -> u16 {
        self.subject
    }
}

// ---------------------------------------------------------------------------
// Constructors for the table (`rules.rs`): `phrase("id", "words", Reason)`,
// then conditions and the example.

pub(crate) const fn phrase(id: &'static str, pattern: &'static str, reason: Reason) -> Rule {
    Rule {
        id,
        kind: EvidenceKind::Phrase,
        pattern,
        reason,
        classes: 0,
        commands: 0,
        known: false,
        weak: false,
        vendor: "",
        example: "",
    }
}

pub(crate) const fn weak(id: &'static str, pattern: &'static str, reason: Reason) -> Rule {
    Rule {
        weak: true,
        ..phrase(id, pattern, reason)
    }
}

pub(crate) const fn token(id: &'static str, pattern: &'static str, reason: Reason) -> Rule {
    Rule {
        kind: EvidenceKind::VendorToken,
        ..phrase(id, pattern, reason)
    }
}

pub(crate) const fn enhanced(id: &'static str, pattern: &'static str, reason: Reason) -> Rule {
    Rule {
        kind: EvidenceKind::EnhancedCode,
        ..phrase(id, pattern, reason)
    }
}

pub(crate) const fn basic(id: &'static str, pattern: &'static str, reason: Reason) -> Rule {
    Rule {
        kind: EvidenceKind::BasicCode,
        ..phrase(id, pattern, reason)
    }
}

pub(crate) const fn class(id: &'static str, pattern: &'static str, reason: Reason) -> Rule {
    Rule {
        kind: EvidenceKind::Class,
        ..phrase(id, pattern, reason)
    }
}

impl Rule {
    /// Not after other commands than these (an unknown command passes).
    pub(crate) const fn after(self, commands: Commands) -> Rule {
        Rule { commands, ..self }
    }

    /// Only when the command is known to be one of these.
    pub(crate) const fn only_after(self, commands: Commands) -> Rule {
        Rule {
            commands,
            known: true,
            ..self
        }
    }

    /// Only in replies of these classes (digits 2 to 5).
    pub(crate) const fn class(self, digits: &[u8]) -> Rule {
        let mut classes = 0;
        let mut i = 0;
        while i < digits.len() {
            classes |= 1 << digits[i];
            i += 1;
        }
        Rule { classes, ..self }
    }

    /// The real reply it was written for.
    pub(crate) const fn ex(self, vendor: &'static str, example: &'static str) -> Rule {
        Rule {
            vendor,
            example,
            ..self
        }
    }
}
