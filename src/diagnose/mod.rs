//! The diagnosis: why a reply failed, whether a retry can help, and what to
//! do, with the evidence that decided.
//!
//! A reply's code rarely says what went wrong: `550 5.7.1` is used for a
//! block list, a relay refusal, a spam verdict and a recipient's own filter
//! alike. Its words do. A [`Diagnosis`] reads a reply (parsed, in parts, or
//! as a mail log or a DSN writes it) against one table of [`Rule`]s and
//! gives a [`Reason`], the [`Evidence`] (the bytes of the input that
//! decided) and the rule that fired.
//!
//! # The order of evidence
//!
//! One table, [`Rule::all`], read top to bottom: the first row that applies
//! wins. Phrase and token rows are matched over the whole text in one pass;
//! code rows apply only when no phrase or token row above them matched.
//! The table's sections, in order:
//!
//! 1. **Specific phrases**: words that state one cause (`User unknown`,
//!    `blocked using`, `Relay access denied`), in English and in the other
//!    languages servers send (`destinataire invalide`, `見つかりません`).
//!    Content causes (spam, `BANNED` attachments) count only after `DATA`,
//!    its end or `BDAT`, when the command is known.
//! 2. **Vendor tokens** whose words are generic (`AUP#In-1310`,
//!    `AS(201806281)`, `[TSS09]`, `OFR_506`), matched with their punctuation.
//! 3. **Enhanced codes that name a cause**: `5.1.1` is `user_unknown`,
//!    `4.2.2` `mailbox_full`, Microsoft's `5.7.606-649` a block list. Text
//!    beats them, because servers misuse them (GoDaddy sends 5.1.1 with a
//!    rate-limit text); they beat the generic words below.
//! 4. **Generic phrases**: words that only sound like a cause (`sender
//!    rejected`, `policy`, `access denied`, `try again later` in a 4yz
//!    reply).
//! 5. **`X.7.1`**, which servers use for every cause: alone it says no
//!    more than "refused", so the reason is [`Reason::Unknown`], with the
//!    enhanced code as its evidence (and not the basic code's guess below:
//!    `550 5.7.1` after `RCPT TO` is no unknown user).
//! 6. **The basic code with the command**: `452` after `RCPT TO`, `551`,
//!    `530`.
//! 7. **Weak words**: words that lean to a cause when nothing above says
//!    more (`service unavailable`, RFC 5321's own text for 421 and 554,
//!    which Postfix puts before the block list it names; `lookup`,
//!    `syntax`, and in a 4yz reply `error`, `failure`, `failed`, `busy`,
//!    `problem`). A class condition on a weak word needs a known class.
//! 8. **The class alone**: [`Reason::Unknown`]; the class still says
//!    whether to retry.
//!
//! When the first text match is an expiry (`retry timeout exceeded`) and
//! the text also quotes another cause (`mailbox is full`), the cause is the
//! reason and both are the evidence; a network failure (`Connection timed
//! out`) is what an expiry usually is, so the expiry stays, and so does an
//! expiry beside a weak word (`Failed; 4.4.7 (delivery time expired)`).
//!
//! Retry and suppression follow from the reason and the class together
//! ([`Reason::retry`], [`Reason::suppress`]).
//!
//! # Examples
//!
//! ```
//! use smtp_codes::{Diagnosis, EvidenceKind, Reason};
//!
//! let line = b"554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org";
//! let d = Diagnosis::of_log_line(line, None);
//! assert_eq!(d.reason(), Reason::Blocklisted);
//! assert!(!d.retry());
//! let evidence = d.evidence().next().unwrap();
//! assert_eq!(evidence.kind(), EvidenceKind::Phrase);
//! assert_eq!(evidence.as_str(), Some("spamhaus"));
//! assert_eq!(&line[evidence.range().unwrap()], b"spamhaus");
//! assert_eq!(d.rule().id(), "blocklisted.spamhaus");
//! ```

mod log;
mod reason;
mod rule;
mod rules;
mod scan;

use core::fmt;
use core::ops::Range;

pub use log::LogLine;
pub use reason::{Reason, ReasonError};
pub use rule::{EvidenceKind, Rule};

use crate::code::{Class, Code};
use crate::command::Command;
use crate::enhanced::{EnhancedClass, EnhancedCode};
use crate::reply::Reply;
use rules::RULES;

/// One piece of evidence: what kind it is and the bytes of the input it
/// covers.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Evidence<'a> {
    kind: EvidenceKind,
    start: usize,
    bytes: &'a [u8],
    in_input: bool,
}

impl<'a> Evidence<'a> {
    /// What kind of evidence it is.
    pub const fn kind(&self) -> EvidenceKind {
        self.kind
    }

    /// Where it stands in the input, or `None` for a code that was given as
    /// a value (with [`Diagnosis::of_parts`]) rather than found in the text.
    pub fn range(&self) -> Option<Range<usize>> {
        self.in_input
            .then(|| self.start..self.start + self.bytes.len())
    }

    /// The bytes of the input it covers (empty when it is not in the input).
    pub const fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The bytes as text, if they are UTF-8.
    pub fn as_str(&self) -> Option<&'a str> {
        core::str::from_utf8(self.bytes).ok()
    }
}

impl fmt::Debug for Evidence<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Evidence")
            .field("kind", &self.kind)
            .field("range", &self.range())
            .field("text", &format_args!("\"{}\"", self.bytes.escape_ascii()))
            .finish()
    }
}

/// Why a reply failed, with the evidence that decided (see the module
/// documentation for the order in which evidence is trusted).
///
/// Made from a parsed [`Reply`] ([`of_reply`](Diagnosis::of_reply)), from
/// its parts ([`of_parts`](Diagnosis::of_parts)), or from a line of a mail
/// log or a DSN ([`of_log_line`](Diagnosis::of_log_line)). It borrows the
/// input, allocates nothing and never fails: a reply with no readable cause
/// is [`Reason::Unknown`].
///
/// # Examples
///
/// ```
/// use smtp_codes::{Code, Command, Diagnosis, EnhancedCode, Reason};
///
/// // GoDaddy: the enhanced code says "bad mailbox", the words say "too fast".
/// let text = b"<jane@example.com> has sent to too many recipients this hour. IB607";
/// let d = Diagnosis::of_parts(
///     Some(Code::from_u16(550)?),
///     Some(EnhancedCode::parse("5.1.1")?),
///     text,
///     Some(Command::Rcpt),
/// );
/// assert_eq!(d.reason(), Reason::RateLimited);
/// assert!(d.retry(), "worth retrying later, more slowly");
/// assert!(!d.suppress());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Diagnosis<'a> {
    input: &'a [u8],
    code: Option<Code>,
    enhanced: Option<EnhancedCode>,
    command: Option<Command>,
    reason: Reason,
    rule: &'static Rule,
    evidence: [Option<Evidence<'a>>; 2],
}

/// Where the codes stand in the input, if they do.
#[derive(Clone, Copy, Default)]
struct Spans {
    code: Option<usize>,
    enhanced: Option<(usize, usize)>,
}

impl<'a> Diagnosis<'a> {
    /// Diagnoses a parsed reply: the text of all its lines together (a
    /// phrase may run from one line into the next), its code and its
    /// enhanced code, after `command` if the caller knows it. Evidence
    /// ranges are offsets in [`Reply::raw`].
    ///
    /// ```
    /// use smtp_codes::{Command, Diagnosis, Reason, Reply};
    ///
    /// let wire = b"550-5.1.1 The email account that you tried to reach does not exist.\r\n\
    ///              550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\r\n";
    /// let reply = Reply::parse(wire)?.complete().unwrap();
    /// let d = Diagnosis::of_reply(&reply, Some(Command::Rcpt));
    /// assert_eq!(d.reason(), Reason::UserUnknown);
    /// assert!(d.suppress());
    /// let evidence = d.evidence().next().unwrap();
    /// assert_eq!(evidence.as_str(), Some("does not exist"));
    /// assert_eq!(&wire[evidence.range().unwrap()], b"does not exist");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn of_reply(reply: &Reply<'a>, command: Option<Command>) -> Diagnosis<'a> {
        let raw = reply.raw();
        // The enhanced code at the start of the first line's text (what
        // `Reply::enhanced` finds), read in place. After a first line
        // without text (`250\r\n`) no enhanced code can start at the fifth
        // byte, so a code found there follows a space or a hyphen.
        let found = raw
            .get(4..)
            .and_then(EnhancedCode::parse_prefix)
            .filter(|&(_, n)| matches!(raw.get(4 + n), None | Some(b' ' | b'\r' | b'\n')));
        let enhanced = found.map(|(e, _)| e);
        let spans = Spans {
            code: Some(0),
            enhanced: found.map(|(_, n)| (4, 4 + n)),
        };
        let digits = reply.code().as_str().as_bytes();
        let head = [digits[0], digits[1], digits[2]];
        // The scan starts after the first line's head and enhanced code,
        // read above, and skips the heads of the lines after it.
        let from = found.map_or(4, |(_, n)| 4 + n).min(raw.len());
        decide(
            raw,
            from,
            Some(head),
            Some(reply.code()),
            enhanced,
            command,
            spans,
        )
    }

    /// Diagnoses the parts of a reply as a program may hold them: the basic
    /// code and the enhanced code if known, the text (without the code), and
    /// the command it answered if known. Evidence ranges are offsets in `text`.
    pub fn of_parts(
        code: Option<Code>,
        enhanced: Option<EnhancedCode>,
        text: &'a [u8],
        command: Option<Command>,
    ) -> Diagnosis<'a> {
        decide(text, 0, None, code, enhanced, command, Spans::default())
    }

    /// Diagnoses one line as mail programs log replies (see [`LogLine`]):
    /// a reply with its lines joined (`550-5.1.1 first 550 5.1.1 second`), a
    /// DSN `Diagnostic-Code` value, a Postfix or Exim log fragment, an
    /// enhanced code with text, or text alone. The command the line names is
    /// used, else `command`. Evidence ranges are offsets in `line`.
    ///
    /// ```
    /// use smtp_codes::{Command, Diagnosis, Reason};
    ///
    /// let line = b"host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: \
    ///              Recipient address rejected: User unknown in local recipient table \
    ///              (in reply to RCPT TO command)";
    /// let d = Diagnosis::of_log_line(line, None);
    /// assert_eq!(d.command(), Some(Command::Rcpt));
    /// assert_eq!(d.code().map(|c| c.as_u16()), Some(550));
    /// assert_eq!(d.reason(), Reason::UserUnknown);
    /// assert_eq!(d.evidence().next().unwrap().as_str(), Some("User unknown"));
    /// ```
    pub fn of_log_line(line: &'a [u8], command: Option<Command>) -> Diagnosis<'a> {
        LogLine::parse(line).diagnose(command)
    }

    /// The reason.
    pub const fn reason(&self) -> Reason {
        self.reason
    }

    /// The rule that decided.
    pub const fn rule(&self) -> &'static Rule {
        self.rule
    }

    /// The evidence that decided, most telling first: the text or token that
    /// matched (and, for an expiry that quotes its cause, the expiry too),
    /// or the code.
    pub fn evidence(&self) -> impl Iterator<Item = Evidence<'a>> + '_ {
        self.evidence.iter().flatten().copied()
    }

    /// The input the evidence ranges refer to.
    pub const fn input(&self) -> &'a [u8] {
        self.input
    }

    /// The basic code, if known.
    pub const fn code(&self) -> Option<Code> {
        self.code
    }

    /// The enhanced code, if known.
    pub const fn enhanced(&self) -> Option<EnhancedCode> {
        self.enhanced
    }

    /// The command the reply answered, if known.
    pub const fn command(&self) -> Option<Command> {
        self.command
    }

    /// The reply's class: the basic code's, else the enhanced code's.
    pub fn class(&self) -> Option<Class> {
        class_of(self.code, self.enhanced)
    }

    /// Whether sending again later can succeed ([`Reason::retry`] with the
    /// reply's class).
    pub fn retry(&self) -> bool {
        self.reason.retry(self.class())
    }

    /// Whether the address belongs on a suppression list
    /// ([`Reason::suppress`] with the reply's class).
    pub fn suppress(&self) -> bool {
        self.reason.suppress(self.class())
    }
}

impl fmt::Debug for Diagnosis<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Diagnosis")
            .field("reason", &self.reason)
            .field("rule", &self.rule.id)
            .field("code", &self.code)
            .field("enhanced", &self.enhanced)
            .field("command", &self.command)
            .field("evidence", &self.evidence)
            .finish()
    }
}

fn class_of(code: Option<Code>, enhanced: Option<EnhancedCode>) -> Option<Class> {
    match (code, enhanced) {
        (Some(code), _) => Some(code.class()),
        (None, Some(e)) => Some(match e.class() {
            EnhancedClass::Success => Class::PositiveCompletion,
            EnhancedClass::PersistentTransientFailure => Class::TransientNegative,
            _ => Class::PermanentNegative,
        }),
        (None, None) => None,
    }
}

/// Decides: the text first, then the enhanced code, the basic code with the
/// command, the class.
fn decide<'a>(
    input: &'a [u8],
    from: usize,
    head: Option<[u8; 3]>,
    code: Option<Code>,
    enhanced: Option<EnhancedCode>,
    command: Option<Command>,
    spans: Spans,
) -> Diagnosis<'a> {
    let class = class_of(code, enhanced);
    let found = |hit: scan::Hit| Evidence {
        kind: RULES[hit.rule as usize].kind,
        start: hit.start,
        bytes: &input[hit.start..hit.end],
        in_input: true,
    };
    let done = |rule: &'static Rule, evidence: [Option<Evidence<'a>>; 2]| Diagnosis {
        input,
        code,
        enhanced,
        command,
        reason: rule.reason,
        rule,
        evidence,
    };
    let best = scan::scan(input, from, head, class, command, scan::Want::Best);
    let at = |span: Option<(usize, usize)>, kind| {
        Some(match span {
            Some((s, e)) => Evidence {
                kind,
                start: s,
                bytes: &input[s..e],
                in_input: true,
            },
            None => Evidence {
                kind,
                start: 0,
                bytes: &[],
                in_input: false,
            },
        })
    };
    // The first code rule that applies, if it comes before the text's best.
    let text_at = best.map_or(RULES.len(), |h| h.rule as usize);
    let code_span = spans.code.map(|s| (s, s + 3));
    let mut set = rules::CODE_INDEX.candidates(code.map(Code::as_u16), enhanced);
    let by_code = core::iter::from_fn(|| {
        let k = set.trailing_zeros() as usize;
        set &= set.wrapping_sub(1);
        rules::CODE_RULES.get(k)
    })
    .take_while(|p| (p.rule as usize) < text_at)
    .find_map(|p| {
        let r = &RULES[p.rule as usize];
        // The index holds the basic-code and class rules that cover the
        // code (or, without one, the enhanced code's class) and no others;
        // an enhanced-code rule has the subject, and is checked here.
        let span = match (r.kind, enhanced) {
            (EvidenceKind::EnhancedCode, Some(e)) if p.covers_enhanced(e) => spans.enhanced,
            (EvidenceKind::EnhancedCode, _) => return None,
            _ if code.is_some() => code_span,
            // Without a basic code, the enhanced code's class.
            _ => spans.enhanced,
        };
        r.allows(class, command).then_some((r, span))
    });
    if let Some((rule, span)) = by_code {
        return done(rule, [at(span, rule.kind), None]);
    }
    if let Some(best) = best {
        let best_rule = &RULES[best.rule as usize];
        // An expiry that quotes its cause elsewhere in the text: a second
        // scan finds it (a cause stated in words, and no network failure:
        // that is what an expiry usually is, so it stays one).
        if best_rule.reason == Reason::Expired {
            let cause = scan::scan(input, from, head, class, command, scan::Want::Cause);
            if let Some(cause) = cause.filter(|c| c.end <= best.start || c.start >= best.end) {
                return done(
                    &RULES[cause.rule as usize],
                    [Some(found(cause)), Some(found(best))],
                );
            }
        }
        return done(best_rule, [Some(found(best)), None]);
    }
    // No code at all, and no words the table knows: nothing to read.
    done(&RULES[RULES.len() - 1], [None, None])
}
