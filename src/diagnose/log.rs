//! [`LogLine`]: a reply as a mail log or a DSN writes it, taken apart
//! without copying.

use crate::code::Code;
use crate::command::Command;
use crate::diagnose::{Diagnosis, Spans};
use crate::enhanced::EnhancedCode;

/// One line of a mail log or a DSN that carries a reply, taken apart: the
/// basic code, the enhanced code, the text and the command it names, each
/// found where such lines put them. Nothing is copied.
///
/// The forms it reads:
///
/// - a reply line as sent, `550 5.1.1 text`, or a multi-line reply with its
///   lines joined as logs write them, `550-5.1.1 first 550 5.1.1 second`
///   (the repeated line heads are skipped when the text is matched);
/// - a DSN `Diagnostic-Code` value, `smtp; 550 5.1.1 text`, with or without
///   the field name;
/// - a Postfix fragment, `host mx.example.com[192.0.2.1] said: 550 5.1.1 text
///   (in reply to RCPT TO command)`, or a whole Postfix log line, whose reply
///   or own words stand in the parentheses after `status=deferred` (its
///   `dsn=` field gives the enhanced code when they have none, and its other
///   fields are never read for a cause);
/// - an Exim fragment, `SMTP error from remote mail server after RCPT
///   TO:<a@example.com>: 550 5.1.1 text`;
/// - an enhanced code with text and no basic code, `5.1.1 text`;
/// - text alone, such as a sending server's own DSN text (`connect to
///   mx.example.com[192.0.2.1]:25: Connection timed out`).
///
/// # Examples
///
/// ```
/// use smtp_codes::{Command, LogLine};
///
/// let line = LogLine::parse(
///     b"Diagnostic-Code: smtp; 550-5.7.1 [192.0.2.1] Our system has detected 550 5.7.1 spam",
/// );
/// assert_eq!(line.code().map(|c| c.as_u16()), Some(550));
/// assert_eq!(line.enhanced().map(|e| e.to_string()).as_deref(), Some("5.7.1"));
/// assert_eq!(line.text(), b"[192.0.2.1] Our system has detected 550 5.7.1 spam");
///
/// let exim = LogLine::parse(b"SMTP error from remote mail server after pipelined RCPT TO:<a@example.com>: 452 4.5.3 Too many recipients");
/// assert_eq!(exim.command(), Some(Command::Rcpt));
///
/// let bare = LogLine::parse(b"5.4.7 Delivery expired (message too old)");
/// assert_eq!((bare.code(), bare.enhanced().map(|e| e.to_string())), (None, Some("5.4.7".into())));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LogLine<'a> {
    line: &'a [u8],
    code: Option<Code>,
    enhanced: Option<EnhancedCode>,
    command: Option<Command>,
    /// Where the reply (its code, else its enhanced code, else its text) starts.
    reply_start: usize,
    /// Where the text starts and ends.
    text: (usize, usize),
    /// Where the enhanced code stands.
    enhanced_at: Option<(usize, usize)>,
    /// Whether it is a Postfix log line whose text stands in the
    /// parentheses after `status=`: the words before them are its fields.
    postfix_status: bool,
}

/// Whether `b` may stand before a code: the code is a word of its own.
fn boundary_before(line: &[u8], at: usize) -> bool {
    at == 0
        || matches!(
            line[at - 1],
            b' ' | b'\t' | b':' | b';' | b'\'' | b'"' | b'(' | b'[' | b'<' | b'=' | b'#' | b','
        )
}

/// A basic code at `at`: three digits, the first 2 to 5, then a space, `-`
/// or the end.
fn code_at(line: &[u8], at: usize) -> Option<Code> {
    let d = line.get(at..at + 3)?;
    let after = line.get(at + 3);
    if !boundary_before(line, at) || !after.is_none_or(|&b| matches!(b, b' ' | b'-')) {
        return None;
    }
    Code::from_ascii([d[0], d[1], d[2]]).ok()
}

/// An enhanced code at `at`, followed by a space, the end, or punctuation
/// that ends a word (a colon too: `421 4.3.0: Temporary Error`); returns
/// it and its end.
fn enhanced_at(line: &[u8], at: usize) -> Option<(EnhancedCode, usize)> {
    // After a basic code, the separator stands before it.
    let after_code = at >= 4 && line[at - 1] == b'-' && code_at(line, at - 4).is_some();
    if !after_code && !boundary_before(line, at) {
        return None;
    }
    let (code, len) = EnhancedCode::parse_prefix(line.get(at..)?)?;
    let end = at + len;
    line.get(end)
        .is_none_or(|&b| {
            matches!(
                b,
                b' ' | b',' | b':' | b';' | b')' | b'\'' | b'"' | b']' | b'>'
            )
        })
        .then_some((code, end))
}

/// The position of `needle` in `hay` from `from` on, ASCII case-insensitively.
/// Its first byte is looked for first: most places of a line fail there,
/// for a byte compare instead of a slice compare.
fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let last = hay.len().checked_sub(needle.len())?;
    let (&first, rest) = needle.split_first()?;
    let first = first.to_ascii_lowercase();
    (from..=last).find(|&i| {
        hay[i].to_ascii_lowercase() == first
            && hay[i + 1..i + needle.len()].eq_ignore_ascii_case(rest)
    })
}

/// Where the text starts after an enhanced code that ends at `at`: past
/// the colon some servers write after it (`421 4.3.0: Temporary Error`)
/// and the spaces.
fn text_after(line: &[u8], at: usize) -> usize {
    skip_spaces(line, at + usize::from(line.get(at) == Some(&b':')))
}

/// Whether the reply at `at` follows Postfix's `said:` (and the spaces or
/// tabs that [`skip_spaces`] passed over): the words before it are a host's
/// name and address.
fn after_said(line: &[u8], at: usize) -> bool {
    line[..at].trim_ascii_end().ends_with(b"said:")
}

fn skip_spaces(line: &[u8], mut at: usize) -> usize {
    while at < line.len() && matches!(line[at], b' ' | b'\t') {
        at += 1;
    }
    at
}

impl<'a> LogLine<'a> {
    /// Takes a line apart; any bytes are a line (text alone at worst).
    pub fn parse(line: &'a [u8]) -> LogLine<'a> {
        let mut end = line.len();
        while end > 0 && matches!(line[end - 1], b'\r' | b'\n' | b' ' | b'\t') {
            end -= 1;
        }
        let line = &line[..end];
        let mut at = skip_spaces(line, 0);
        // `Diagnostic-Code:` and a diagnostic type such as `smtp;`.
        if line.len() >= at + 16 && line[at..at + 16].eq_ignore_ascii_case(b"diagnostic-code:") {
            at = skip_spaces(line, at + 16);
        }
        if let Some(semi) = line[at..].iter().take(12).position(|&b| b == b';') {
            let kind = &line[at..at + semi];
            if !kind.is_empty() && kind.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') {
                at = skip_spaces(line, at + semi + 1);
            }
        }
        // A Postfix log line, `... relay=none, ..., status=deferred (text)`:
        // the reply, or Postfix's own words, stand in the parentheses, and
        // the fields before them (`relay=`) are no text.
        let mut line = line;
        let mut postfix_status = false;
        // Postfix's `dsn=` field: the enhanced code, where the text in the
        // parentheses has none.
        let mut dsn = None;
        if let Some(p) = find(line, b"status=", at) {
            let word = p
                + 7
                + line[p + 7..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
            if line[word..].starts_with(b" (") {
                dsn = find(&line[..p], b"dsn=", at)
                    .and_then(|d| enhanced_at(line, d + 4).map(|(e, end)| (e, d + 4, end)));
                at = word + 2;
                postfix_status = true;
                if line.ends_with(b")") {
                    line = &line[..line.len() - 1];
                }
            }
        }
        let command = LogLine::named_command(line);
        // Postfix appends the command it answered; the text ends before it.
        let text_end = find(line, b"(in reply to ", at).map_or(line.len(), |p| {
            let mut e = p;
            while e > at && line[e - 1] == b' ' {
                e -= 1;
            }
            e
        });
        let reply_start = LogLine::find_code(line, at);
        let mut out = LogLine {
            line,
            code: None,
            enhanced: None,
            command,
            reply_start: at,
            text: (at, text_end.max(at)),
            enhanced_at: None,
            postfix_status,
        };
        match reply_start {
            Some(c) => {
                out.code = code_at(line, c);
                out.reply_start = c;
                let mut t = skip_spaces(line, (c + 4).min(line.len()));
                if c + 3 < line.len() {
                    // Some servers write `#5.1.0` for the enhanced code.
                    let at = if line.get(c + 4) == Some(&b'#') {
                        c + 5
                    } else {
                        c + 4
                    };
                    if let Some((e, e_end)) = enhanced_at(line, at) {
                        out.enhanced = Some(e);
                        out.enhanced_at = Some((at, e_end));
                        t = text_after(line, e_end);
                    }
                }
                out.text = (t.min(text_end.max(t)), text_end.max(t));
            }
            None => {
                // An enhanced code at the start, or anywhere as a word.
                // (`enhanced_at` checks that it is a word; `at` always
                // follows a space, a `:`, a `;`, a `(` or the line's start.)
                let found = (at..line.len()).find_map(|i| {
                    line[i]
                        .is_ascii_digit()
                        .then(|| enhanced_at(line, i).map(|(e, end)| (i, e, end)))
                        .flatten()
                });
                if let Some((i, e, e_end)) = found {
                    out.enhanced = Some(e);
                    out.enhanced_at = Some((i, e_end));
                    if i == at {
                        let t = text_after(line, e_end);
                        out.text = (t, text_end.max(t));
                    }
                }
            }
        }
        if let (None, Some((e, start, end))) = (out.enhanced, dsn) {
            out.enhanced = Some(e);
            out.enhanced_at = Some((start, end));
        }
        out
    }

    /// Where the reply's basic code stands: right at `at`, after `said:`,
    /// or the first code followed by an enhanced code, or the first 4yz or
    /// 5yz code that is a word of its own.
    fn find_code(line: &[u8], at: usize) -> Option<usize> {
        if code_at(line, at).is_some() {
            return Some(at);
        }
        if let Some(p) = find(line, b"said:", at) {
            let c = skip_spaces(line, p + 5);
            if code_at(line, c).is_some() {
                return Some(c);
            }
        }
        // Elsewhere in the line, a code stands between spaces (or after an
        // opening quote or parenthesis): `host:587` is a port, not a code.
        let codes = (at..line.len().saturating_sub(2)).filter(|&i| {
            line[i].is_ascii_digit()
                && (i == 0
                    || matches!(
                        line[i - 1],
                        b' ' | b'\t' | b'(' | b'\'' | b'"' | b';' | b'<'
                    ))
                && matches!(line.get(i + 3), Some(b' ' | b'-'))
                && code_at(line, i).is_some()
        });
        let mut first_failure = None;
        for c in codes {
            // A code here has its separator, so `c + 4` is within the line.
            if enhanced_at(line, c + 4).is_some() {
                return Some(c);
            }
            if first_failure.is_none() && matches!(line[c], b'4' | b'5') {
                first_failure = Some(c);
            }
        }
        first_failure
    }

    /// The command a log line names: Postfix's `(in reply to X command)`,
    /// Exim's `after X`, or qmail-remote's words for the step that failed
    /// (`Connected to 192.0.2.1 but sender was rejected.`).
    fn named_command(line: &[u8]) -> Option<Command> {
        /// qmail-remote's sentences, and the command each one follows. Each
        /// starts with ` but `, ` does ` or ` failed `, the words scanned
        /// for below: a new sentence needs its first word there.
        const QMAIL: [(&[u8], Command); 6] = [
            (b" but greeting failed", Command::Connect),
            (b" but my name was rejected", Command::Helo),
            (b" but sender was rejected", Command::Mail),
            (b" does not like recipient", Command::Rcpt),
            (b" failed on DATA command", Command::Data),
            (b" failed after I sent the message", Command::DataEnd),
        ];
        if let Some(p) = find(line, b"in reply to ", 0) {
            if let Some((c, _)) = Command::parse_prefix(&line[p + 12..]) {
                return Some(c);
            }
        }
        let mut from = 0;
        while let Some(p) = find(line, b" after ", from) {
            let mut rest = &line[p + 7..];
            if rest.len() >= 10 && rest[..10].eq_ignore_ascii_case(b"pipelined ") {
                rest = &rest[10..];
            }
            if let Some((c, _)) = Command::parse_prefix(rest) {
                return Some(c);
            }
            from = p + 7;
        }
        // Each sentence starts with one of three words: one scan for each
        // word, then a look at the places where it stands.
        for stem in [&b" but "[..], b" does ", b" failed "] {
            let mut from = 0;
            while let Some(p) = find(line, stem, from) {
                let here = QMAIL.iter().find(|(words, _)| {
                    line.get(p..p + words.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(words))
                });
                if let Some(&(_, command)) = here {
                    return Some(command);
                }
                from = p + 1;
            }
        }
        None
    }

    /// The whole line, without its line end.
    pub const fn line(&self) -> &'a [u8] {
        self.line
    }

    /// The basic code, if the line has one.
    pub const fn code(&self) -> Option<Code> {
        self.code
    }

    /// The enhanced code: the one after the basic code, or, without a basic
    /// code, the first one in the line; failing both, in a Postfix log line,
    /// its `dsn=` field.
    pub const fn enhanced(&self) -> Option<EnhancedCode> {
        self.enhanced
    }

    /// The command the line names (`in reply to RCPT TO command`, `after
    /// RCPT TO`), if any.
    pub const fn command(&self) -> Option<Command> {
        self.command
    }

    /// The reply's text: after the codes, up to Postfix's `(in reply to ...)`.
    /// For a multi-line reply joined in one line, the later lines' heads are
    /// still in it.
    pub fn text(&self) -> &'a [u8] {
        &self.line[self.text.0..self.text.1]
    }

    /// Diagnoses the line, after the command it names, else after `command`.
    /// Evidence ranges are offsets in [`line`](LogLine::line).
    ///
    /// The reply's words decide. The words before it (a host name, `said:`)
    /// count only when the reply's own words state no cause and the line
    /// names no command, as in a report that states the cause before the
    /// reply it quotes:
    ///
    /// ```
    /// use smtp_codes::{LogLine, Reason};
    ///
    /// let line = LogLine::parse(b"message detected as spam -> 550 permanent failure");
    /// assert_eq!(line.diagnose(None).reason(), Reason::SpamContent);
    /// ```
    pub fn diagnose(&self, command: Option<Command>) -> Diagnosis<'a> {
        let head = self.code.map(|c| {
            let d = c.as_str().as_bytes();
            [d[0], d[1], d[2]]
        });
        let spans = Spans {
            code: self.code.map(|_| self.reply_start),
            enhanced: self.enhanced_at,
        };
        // The words before the reply (a host name, `said:`) are no evidence,
        // but a sending server's own text, with no code, is all there is.
        let from = if self.code.is_some() {
            self.reply_start
        } else {
            self.text.0.min(self.reply_start)
        };
        let command = self.command.or(command);
        let line = &self.line[..self.text.1.max(from)];
        let d = super::decide(line, from, head, self.code, self.enhanced, command, spans);
        // When the reply's words name no cause, a report's words before it
        // may (Exchange's "message detected as spam -> 550 permanent
        // failure"): read from the line's start, and keep a cause its words
        // state, not a guess from the codes or a weak word. Not in a log
        // line that names the command: there the words before the reply are
        // the log's own (Exim's "after EHLO name:").
        if from != 0
            && self.command.is_none()
            && !d.rule.states_cause()
            && !after_said(line, from)
            && !self.postfix_status
        {
            let before = super::decide(line, 0, head, self.code, self.enhanced, command, spans);
            // A word of a host name (`relay.example.com`, `mx-spam`), or a
            // field's name (`relay=`), is no cause.
            let in_name = before
                .evidence()
                .next()
                .and_then(|e| e.range())
                .is_some_and(|r| {
                    let left = r.start.checked_sub(1).map(|i| line[i]);
                    let right = line.get(r.end).copied();
                    matches!(left, Some(b'.' | b'-' | b'@' | b'_'))
                        || matches!(right, Some(b'-' | b'@' | b'_' | b'='))
                        || (right == Some(b'.')
                            && line.get(r.end + 1).is_some_and(u8::is_ascii_alphanumeric))
                });
            if before.rule.states_cause() && !in_name {
                return before;
            }
        }
        d
    }
}
