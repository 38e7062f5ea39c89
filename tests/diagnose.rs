//! The diagnosis: every rule's own example, the decision order, the inputs
//! as people have them.

use smtp_codes::{
    Actor, Class, Code, Command, CommandError, Diagnosis, EvidenceKind, LogLine, Reason,
    ReasonError, Reply, Rule,
};

#[test]
fn every_rule_decides_its_own_example() {
    let mut wrong = Vec::new();
    for rule in Rule::all() {
        assert!(!rule.example().is_empty(), "{}: no example", rule.id());
        assert!(!rule.vendor().is_empty(), "{}: no vendor", rule.id());
        // A rule limited to commands is tried after the first of them.
        let command = rule.commands().next();
        let d = match rule.kind() {
            EvidenceKind::Phrase | EvidenceKind::VendorToken => {
                Diagnosis::of_log_line(rule.example().as_bytes(), command)
            }
            // A code rule is for the codes of its example, when the words
            // say nothing (they may: a phrase rule then decides).
            _ => {
                let line = LogLine::parse(rule.example().as_bytes());
                Diagnosis::of_parts(line.code(), line.enhanced(), b"", command)
            }
        };
        if d.rule().id() != rule.id() {
            wrong.push(format!(
                "{}: decided by {} ({}) on {:?}",
                rule.id(),
                d.rule().id(),
                d.reason(),
                rule.example()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} rules:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The words of a pattern piece as the matcher splits them: ASCII letters
/// and digits in runs; the length of the last, and whether it is a prefix.
fn pattern_word_lens(pattern: &str) -> (usize, usize, bool) {
    let words: Vec<&str> = pattern
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '*')
        .filter(|w| !w.is_empty() && *w != "*")
        .collect();
    let first = words[0].trim_end_matches('*').len();
    let last = words[words.len() - 1];
    (first, last.trim_end_matches('*').len(), last.ends_with('*'))
}

/// A phrase or token rule matches its words exactly: one byte changed in
/// the first or the last word of its evidence in its own example (in the
/// word's key, after it, past eight bytes, at its end), and the rule no
/// longer decides with that evidence.
#[test]
fn a_rule_needs_every_byte_of_its_words() {
    let mut tried = 0;
    for rule in Rule::all() {
        if !matches!(
            rule.kind(),
            EvidenceKind::Phrase | EvidenceKind::VendorToken
        ) {
            continue;
        }
        if !rule.pattern().is_ascii() {
            continue;
        }
        let command = rule.commands().next();
        let example = rule.example().as_bytes();
        let d = Diagnosis::of_log_line(example, command);
        let Some(range) = d.evidence().next().and_then(|e| e.range()) else {
            panic!("{}: no evidence", rule.id())
        };
        let (first_len, last_len, _) = pattern_word_lens(rule.pattern());
        let evidence = &example[range.clone()];
        let first_at = range.start
            + evidence
                .iter()
                .position(u8::is_ascii_alphanumeric)
                .unwrap_or(0);
        // A word's bytes: ASCII letters and digits, and (in an example in
        // another language) the bytes of its other characters.
        let in_word = |b: &u8| b.is_ascii_alphanumeric() || *b >= 0x80;
        let last_end = range.start + evidence.iter().rposition(in_word).map_or(0, |p| p + 1);
        // The last word's start: the evidence ends with it (a prefix may
        // be followed by more letters of the same word).
        let mut last_at = last_end;
        while last_at > range.start && in_word(&example[last_at - 1]) {
            last_at -= 1;
        }
        let mut places = vec![first_at, first_at + first_len - 1];
        for k in [0, 3, 4, 7, 8, last_len - 1] {
            if k < last_len {
                places.push(last_at + k);
            }
        }
        for at in places {
            let mut changed = example.to_vec();
            let b = changed[at].to_ascii_lowercase();
            changed[at] = if b == b'q' { b'x' } else { b'q' };
            let again = Diagnosis::of_log_line(&changed, command);
            let same = again.rule().id() == rule.id()
                && again.evidence().next().and_then(|e| e.range()) == Some(range.clone());
            assert!(
                !same,
                "{}: still decides with byte {at} changed in {:?}",
                rule.id(),
                String::from_utf8_lossy(&changed)
            );
            tried += 1;
        }
    }
    assert!(tried > 2_000, "{tried}");
}

#[test]
fn rule_ids_are_unique_and_name_their_reason() {
    let mut seen = std::collections::HashSet::new();
    for rule in Rule::all() {
        assert!(seen.insert(rule.id()), "{} twice", rule.id());
        let prefix = rule.id().split('.').next().unwrap();
        assert_eq!(prefix, rule.reason().name(), "{}", rule.id());
    }
}

// ---------------------------------------------------------------------------
// The inputs as people have them.

fn log(line: &str) -> LogLine<'_> {
    LogLine::parse(line.as_bytes())
}

fn parts(line: &LogLine<'_>) -> (Option<u16>, Option<String>, Option<Command>) {
    (
        line.code().map(|c| c.as_u16()),
        line.enhanced().map(|e| e.to_string()),
        line.command(),
    )
}

#[test]
fn log_lines_of_every_form_are_taken_apart() {
    // A reply line as sent.
    let l = log("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown");
    assert_eq!(parts(&l), (Some(550), Some("5.1.1".into()), None));
    assert_eq!(
        l.text(),
        b"<a@example.com>: Recipient address rejected: User unknown"
    );
    // A multi-line reply joined by spaces.
    let l = log("550-5.7.1 first line 550-5.7.1 second 550 5.7.1 last");
    assert_eq!(parts(&l), (Some(550), Some("5.7.1".into()), None));
    assert_eq!(l.text(), b"first line 550-5.7.1 second 550 5.7.1 last");
    // A DSN Diagnostic-Code value, with and without its field name.
    for line in [
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
        "smtp;552 5.2.2 Mailbox full",
        "SMTP; 552 5.2.2 Mailbox full",
    ] {
        let l = log(line);
        assert_eq!(parts(&l), (Some(552), Some("5.2.2".into()), None), "{line}");
        assert_eq!(l.text(), b"Mailbox full", "{line}");
    }
    // Postfix: the reply after "said:", the command from "(in reply to ...)".
    let l = log(
        "to=<a@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown (in reply to RCPT TO command))",
    );
    assert_eq!(
        parts(&l),
        (Some(550), Some("5.1.1".into()), Some(Command::Rcpt))
    );
    assert_eq!(l.text(), b"<a@example.com>: User unknown");
    // Postfix's own words for a deferral stand in the parentheses after
    // `status=`; the fields before them are no text (`relay=` names no relay).
    let line = "to=<a@example.com>, relay=none, delay=0.64, delays=0.1/0.02/0.51/0, dsn=4.7.5, status=deferred (no TLSA records found)";
    let l = log(line);
    assert_eq!(l.text(), b"no TLSA records found");
    assert_eq!(l.line(), &line.as_bytes()[..line.len() - 1]);
    let d = Diagnosis::of_log_line(line.as_bytes(), None);
    assert_eq!(d.reason(), Reason::TlsRequired);
    // Without an enhanced code in the parentheses, Postfix's `dsn=` field
    // gives it; with one, the reply's own stands.
    let line =
        "to=<a@example.com>, relay=none, delay=0.05, dsn=4.3.0, status=deferred (see the queue)";
    let l = log(line);
    assert_eq!(
        l.enhanced().map(|e| e.to_string()).as_deref(),
        Some("4.3.0")
    );
    let d = Diagnosis::of_log_line(line.as_bytes(), None);
    let e = d.evidence().next().and_then(|e| e.range()).unwrap();
    assert_eq!(&line[e], "4.3.0");
    let l = log(
        "to=<a@example.com>, dsn=5.0.0, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))",
    );
    assert_eq!(
        l.enhanced().map(|e| e.to_string()).as_deref(),
        Some("5.1.1")
    );
    // When the words in the parentheses state no cause, the fields before
    // them are not read for one: `relay=` names no relay.
    let line = "to=<a@example.com>, relay=none, delay=1, status=deferred (delivery temporarily suspended: transport is unavailable)";
    let d = Diagnosis::of_log_line(line.as_bytes(), None);
    assert_eq!(d.reason(), Reason::ServerError);
    let e = d.evidence().next().and_then(|e| e.range()).unwrap();
    assert!(e.start > line.find('(').unwrap(), "{}", &line[e]);
    // Elsewhere, a field's name is no cause either.
    let d = Diagnosis::of_log_line(b"relay=none -> 550 permanent failure", None);
    assert_eq!(d.reason(), Reason::Unknown);
    let l = log("status=sent (250 2.0.0 Ok: queued as 4Bf1)");
    assert_eq!(parts(&l), (Some(250), Some("2.0.0".into()), None));
    assert_eq!(log("status=deferred(x)").text(), b"status=deferred(x)");
    let l = log(
        "host mx.example.com[192.0.2.1] said: 552 5.3.4 Message too big (in reply to end of DATA command)",
    );
    assert_eq!(l.command(), Some(Command::DataEnd));
    // Exim: the command after "after".
    let l = log(
        "SMTP error from remote mail server after RCPT TO:<a@example.com>: 550 5.1.1 No such user",
    );
    assert_eq!(
        parts(&l),
        (Some(550), Some("5.1.1".into()), Some(Command::Rcpt))
    );
    let l = log(
        "SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=1024: 553 sender rejected",
    );
    assert_eq!(parts(&l), (Some(553), None, Some(Command::Mail)));
    let l = log("SMTP error from remote mail server after initial connection: 554 go away");
    assert_eq!(l.command(), Some(Command::Connect));
    // qmail-remote: the step that failed, in its own words.
    for (line, command) in [
        (
            "Connected to 192.0.2.1 but greeting failed. Remote host said: 554 go away",
            Command::Connect,
        ),
        (
            "Connected to 192.0.2.1 but my name was rejected. Remote host said: 501 bad name",
            Command::Helo,
        ),
        (
            "Connected to 192.0.2.1 but sender was rejected. Remote host said: 550 5.7.1 Access denied",
            Command::Mail,
        ),
        (
            "192.0.2.1 does not like recipient. Remote host said: 550 5.1.1 no such user",
            Command::Rcpt,
        ),
        (
            "192.0.2.1 failed on DATA command. Remote host said: 554 no valid recipients",
            Command::Data,
        ),
        (
            "192.0.2.1 failed after I sent the message. Remote host said: 554 5.7.1 spam",
            Command::DataEnd,
        ),
    ] {
        assert_eq!(log(line).command(), Some(command), "{line}");
    }
    // The same words after MAIL name the sender, elsewhere a policy.
    let mail = Diagnosis::of_log_line(
        b"Connected to 192.0.2.1 but sender was rejected. Remote host said: 550 5.7.1 <a@example.org>... Access denied",
        None,
    );
    assert_eq!(mail.reason(), Reason::SenderRejected);
    let rcpt = Diagnosis::of_log_line(
        b"550 5.7.1 <a@example.org>... Access denied",
        Some(Command::Rcpt),
    );
    assert_eq!(rcpt.reason(), Reason::PolicyViolation);
    // An enhanced code with text, and text alone.
    let l = log("5.1.1 No such user");
    assert_eq!(parts(&l), (None, Some("5.1.1".into()), None));
    assert_eq!(l.text(), b"No such user");
    let l = log("connect to mx.example.com[192.0.2.1]:25: Connection refused");
    assert_eq!(parts(&l), (None, None, None));
    assert_eq!(l.text(), l.line());
    // `#5.1.0` after the code; an IP address is no code.
    assert_eq!(
        parts(&log("550 #5.1.0 Address rejected.")).1.as_deref(),
        Some("5.1.0")
    );
    assert_eq!(parts(&log("[192.0.2.1] said nothing")), (None, None, None));
    // A code is a word of its own: no fourth digit after it, no letter
    // before an enhanced code.
    assert_eq!(parts(&log("5501 is no code")), (None, None, None));
    assert_eq!(parts(&log("text x5.1.1 more")), (None, None, None));
    assert_eq!(parts(&log("text (5.1.1) more")).1.as_deref(), Some("5.1.1"));
    // A line end is not part of the line.
    assert_eq!(log("550 5.1.1 gone\r\n").text(), b"gone");
}

/// Each way `LogLine` finds its parts, on a line where no other way would
/// find the same (so that a mistake in one is not hidden by another).
#[test]
fn each_way_into_a_log_line_works_alone() {
    // Lines shorter than the field name, and a code alone.
    assert_eq!(parts(&log("550")), (Some(550), None, None));
    assert_eq!(log("550").text(), b"");
    assert_eq!(log("550 no").text(), b"no");
    assert_eq!(log("").text(), b"");
    // The text after a basic code with no enhanced code.
    assert_eq!(log("550 User unknown").text(), b"User unknown");
    // Without a code, the text starts after the field name and the
    // diagnostic type, whatever spaces stand before them.
    assert_eq!(
        log("  Diagnostic-Code: user unknown").text(),
        b"user unknown"
    );
    assert_eq!(
        log("Diagnostic-Code: smtp; user unknown").text(),
        b"user unknown"
    );
    assert_eq!(log("smtp; user unknown").text(), b"user unknown");
    assert_eq!(log("smtp;user unknown").text(), b"user unknown");
    assert_eq!(
        log("X-Postfix; Host or domain name not found").text(),
        b"Host or domain name not found"
    );
    // Words with a space, or nothing, before a `;` are no diagnostic type.
    assert_eq!(log("no such; user here").text(), b"no such; user here");
    assert_eq!(log("; user unknown").text(), b"; user unknown");
    // Postfix's `(in reply to ...)` with no text before it.
    let l = log("(in reply to RCPT TO command)");
    assert_eq!((l.text(), l.command()), (&b""[..], Some(Command::Rcpt)));
    // The code after `said:` is the reply's, even when the text quotes
    // another code with an enhanced code.
    let l = log(
        "host mx.example.com[192.0.2.1] said: 554 rejected, earlier 451 4.7.1 greylisted (in reply to RCPT TO command)",
    );
    assert_eq!(parts(&l), (Some(554), None, Some(Command::Rcpt)));
    // Elsewhere, the first code with an enhanced code after it is the
    // reply's, not an earlier code without one.
    let l = log("deferred 3 times (last 421 timeout), now: 550 5.1.1 User unknown");
    assert_eq!(parts(&l), (Some(550), Some("5.1.1".into()), None));
    assert_eq!(l.text(), b"User unknown");
    // Without one, the first 4yz or 5yz code.
    let l = log("queued 250 times, then 421 closing, then 550 gone");
    assert_eq!(parts(&l), (Some(421), None, None));
    // The markers are found whatever their case, and qmail's sentence
    // after an earlier "but" that starts none.
    let l = log("host mx.example.com said: 550 no (IN REPLY TO rcpt to COMMAND)");
    assert_eq!(l.command(), Some(Command::Rcpt));
    let l = log(
        "Tried twice, but Connected to 192.0.2.1 but sender was rejected. Remote host said: 553 no",
    );
    assert_eq!(l.command(), Some(Command::Mail));
    let l = log("It failed, then 192.0.2.1 failed on DATA command. Remote host said: 554 no");
    assert_eq!(l.command(), Some(Command::Data));
    // A colon after the enhanced code (OpenSMTPD's log) is no part of
    // the text.
    let l = log(
        "smtp-in: Failed command on session 1f55bdcdf16e28a3: \"MAIL FROM:<root@example.com>  \" => 421 4.3.0: Temporary Error",
    );
    assert_eq!(parts(&l), (Some(421), Some("4.3.0".into()), None));
    assert_eq!(l.text(), b"Temporary Error");
    let l = log("5.7.1: Message rejected");
    assert_eq!(parts(&l), (None, Some("5.7.1".into()), None));
    assert_eq!(l.text(), b"Message rejected");
    // Exim's `after` is looked for again when the first names no command.
    let l = log(
        "deferred, then retried after a delay of 5 minutes: SMTP error from remote mail server after RCPT TO:<a@example.com>: 550 no",
    );
    assert_eq!(parts(&l), (Some(550), None, Some(Command::Rcpt)));
}

#[test]
fn evidence_kinds_have_stable_names() {
    for (kind, name) in [
        (EvidenceKind::Phrase, "phrase"),
        (EvidenceKind::VendorToken, "vendor_token"),
        (EvidenceKind::EnhancedCode, "enhanced_code"),
        (EvidenceKind::BasicCode, "basic_code"),
        (EvidenceKind::Class, "class"),
    ] {
        assert_eq!(kind.name(), name);
    }
}

/// A few rows of the table, read through the accessors: a reviewer sees
/// the same in `src/diagnose/rules.rs`.
#[test]
fn rules_show_their_conditions() {
    let rule = |id: &str| Rule::find(id).unwrap_or_else(|| panic!("{id}"));
    for r in Rule::all() {
        assert_eq!(Rule::find(r.id()), Some(r));
    }
    assert_eq!(Rule::find("no_such.rule"), None);

    let grey = rule("greylisted.grey");
    assert_eq!(
        grey.classes().collect::<Vec<_>>(),
        [Class::TransientNegative]
    );
    assert_eq!(grey.commands().count(), 0);
    assert!(!grey.needs_command());
    let x_3_2 = rule("domain_not_accepting.x_3_2");
    assert_eq!(
        x_3_2.classes().collect::<Vec<_>>(),
        [Class::PermanentNegative]
    );
    assert_eq!(x_3_2.kind(), EvidenceKind::EnhancedCode);
    assert_eq!(x_3_2.pattern(), "X.3.2");
    assert_eq!(x_3_2.vendor(), "RFC 3463 reply");
    let relay = rule("relay_denied.relay_access_denied");
    assert_eq!(relay.classes().count(), 0);

    // `after`: these commands, or an unknown one; `only_after`: these.
    let helo = rule("helo_rejected.requires_domain_name");
    assert_eq!(
        helo.commands().collect::<Vec<_>>(),
        [Command::Helo, Command::Ehlo]
    );
    assert!(!helo.needs_command());
    assert!(rule("helo_rejected.invalid_domain_name").needs_command());
    let sender = rule("sender_rejected.fully_qualified_address");
    assert_eq!(
        sender.commands().collect::<Vec<_>>(),
        [Command::Mail, Command::Rcpt]
    );
    let size = rule("message_too_large.552_data");
    assert_eq!(
        size.commands().collect::<Vec<_>>(),
        [
            Command::Mail,
            Command::Data,
            Command::DataEnd,
            Command::Bdat
        ]
    );
    assert!(size.needs_command());
}

#[test]
fn commands_parse_as_logs_write_them() {
    for (name, want) in [
        ("RCPT", Command::Rcpt),
        ("rcpt to", Command::Rcpt),
        ("RCPT  TO", Command::Rcpt),
        ("MAIL", Command::Mail),
        ("MAIL FROM", Command::Mail),
        ("DATA", Command::Data),
        ("end of data", Command::DataEnd),
        ("End of DATA", Command::DataEnd),
        ("DATA-END", Command::DataEnd),
        ("EHLO", Command::Ehlo),
        ("helo", Command::Helo),
        ("AUTH", Command::Auth),
        ("STARTTLS", Command::StartTls),
        ("CONNECT", Command::Connect),
        ("greeting", Command::Connect),
        (" QUIT ", Command::Quit),
        ("-- end of data", Command::DataEnd),
    ] {
        assert_eq!(name.parse::<Command>(), Ok(want), "{name:?}");
        assert_eq!(Command::try_from(name), Ok(want), "{name:?}");
    }
    for bad in [
        "",
        "RCPTTO",
        "RCPT TO:<a@example.com>",
        "DATABASE",
        "send",
        "end of",
    ] {
        assert_eq!(bad.parse::<Command>(), Err(CommandError), "{bad:?}");
    }
    assert!(CommandError.to_string().contains("unknown command"));
    assert_eq!(
        Command::parse_prefix(b"rcpt to:<a>"),
        Some((Command::Rcpt, 7))
    );
    assert_eq!(Command::parse_prefix(b"RCPTX"), None);
}

#[test]
fn commands_name_themselves_and_say_which_the_client_sends() {
    use smtp_codes::Locale;
    for command in Command::ALL {
        let moment = matches!(command, Command::Connect | Command::DataEnd);
        assert_eq!(command.is_command(), !moment, "{command:?}");
        // Each of its names reads back as the command.
        assert_eq!(command.verb().parse(), Ok(command), "{command:?}");
        assert_eq!(command.to_string().parse(), Ok(command), "{command:?}");
        assert_eq!(command.as_str().parse(), Ok(command), "{command:?}");
        if !moment {
            assert_eq!(command.name(Locale::Id), command.as_str(), "{command:?}");
        }
    }
    assert_eq!(Command::Rcpt.as_str(), "RCPT TO");
    assert_eq!(Command::Rcpt.verb(), "RCPT");
    assert_eq!(Command::DataEnd.verb(), "DATA-END");
    assert_eq!(Command::Connect.verb(), "CONNECT");
    assert_eq!(Command::StartTls.verb(), "STARTTLS");
    assert_eq!(Command::Connect.name(Locale::Id), "pembukaan koneksi");
    assert_eq!(Command::Connect.name(Locale::En), "the connection opening");
}

#[test]
fn reasons_have_their_wire_names() {
    let names = [
        "user_unknown",
        "mailbox_disabled",
        "mailbox_moved",
        "mailbox_full",
        "recipient_refused",
        "domain_unknown",
        "domain_not_accepting",
        "relay_denied",
        "network_error",
        "mail_loop",
        "expired",
        "tls_required",
        "blocklisted",
        "bad_reputation",
        "rate_limited",
        "too_many_recipients",
        "domain_auth_failed",
        "reverse_dns",
        "helo_rejected",
        "sender_rejected",
        "spam_content",
        "virus_detected",
        "attachment_rejected",
        "policy_violation",
        "message_too_large",
        "malformed_message",
        "protocol_error",
        "smtp_auth_failed",
        "greylisted",
        "server_error",
        "unknown",
    ];
    assert_eq!(Reason::ALL.len(), names.len());
    for (reason, name) in Reason::iter().zip(names) {
        assert_eq!(reason.name(), name);
        assert_eq!(reason.to_string(), name);
        assert_eq!(format!("{reason:>20}").trim_start(), name, "Display pads");
        assert_eq!(name.parse::<Reason>(), Ok(reason));
        assert_eq!(Reason::try_from(name), Ok(reason));
    }
    assert_eq!("User_Unknown".parse::<Reason>(), Err(ReasonError));
    assert_eq!("".parse::<Reason>(), Err(ReasonError));
    assert_eq!(Reason::Unknown.actor(), None);
    assert_eq!(Reason::MailboxFull.actor(), Some(Actor::Recipient));
}

#[test]
fn retry_and_suppression_follow_the_reason_and_the_class() {
    let (t, p) = (
        Some(Class::TransientNegative),
        Some(Class::PermanentNegative),
    );
    for reason in Reason::iter() {
        let always = matches!(
            reason,
            Reason::RateLimited | Reason::TooManyRecipients | Reason::Greylisted
        );
        let never = matches!(
            reason,
            Reason::UserUnknown
                | Reason::DomainUnknown
                | Reason::DomainNotAccepting
                | Reason::MailboxMoved
        );
        assert_eq!(reason.retry(t), !never, "{reason} after 4yz");
        assert_eq!(reason.retry(p), always, "{reason} after 5yz");
        let hard = never || reason == Reason::MailboxDisabled;
        assert_eq!(reason.suppress(p), hard, "{reason} after 5yz");
        assert_eq!(reason.suppress(t), never, "{reason} after 4yz");
    }
    assert!(Reason::MailboxFull.retry(None), "usually temporary");
    assert!(!Reason::SpamContent.retry(None));
}

#[test]
fn text_decides_before_vendor_tokens_codes_and_classes() {
    let d = |line: &'static str, command| Diagnosis::of_log_line(line.as_bytes(), command);
    // GoDaddy: a 5.1.1 with a rate-limit text.
    let g = d(
        "550 5.1.1 <a@example.com> has sent to too many recipients this hour. IB607",
        None,
    );
    assert_eq!(
        (g.reason(), g.retry(), g.suppress()),
        (Reason::RateLimited, true, false)
    );
    // Spectrum: a vendor token beats generic words.
    let s = d(
        "550 5.1.0 <a@example.org> sender rejected. AUP#In-1310",
        None,
    );
    assert_eq!(s.reason(), Reason::RateLimited);
    assert_eq!(
        s.evidence().next().unwrap().kind(),
        EvidenceKind::VendorToken
    );
    assert_eq!(s.evidence().next().unwrap().as_str(), Some("AUP#In-1310"));
    // A vendor's enhanced code beats generic words.
    let m = d("550 5.7.606 Access denied", None);
    assert_eq!(
        (m.reason(), m.rule().kind()),
        (Reason::Blocklisted, EvidenceKind::EnhancedCode)
    );
    assert_eq!(m.evidence().next().unwrap().as_str(), Some("5.7.606"));
    // 5.7.1 by its words: a block list, a relay refusal, spam, a recipient's filter.
    for (line, want) in [
        (
            "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org",
            Reason::Blocklisted,
        ),
        (
            "554 5.7.1 <a@example.com>: Relay access denied",
            Reason::RelayDenied,
        ),
        ("554 5.7.1 Spam message rejected", Reason::SpamContent),
        (
            "550 5.7.1 Message refused due to recipient preferences",
            Reason::RecipientRefused,
        ),
        (
            "550 5.7.1 Delivery not authorized, message refused",
            Reason::RecipientRefused,
        ),
        // No words of a cause: 5.7.1 alone says "refused", not why.
        ("550 5.7.1 Go away", Reason::Unknown),
    ] {
        assert_eq!(d(line, None).reason(), want, "{line}");
    }
    // Postfix names the recipient in every refusal of it: the words after
    // decide, here with the enhanced code, not the word "recipient".
    assert_eq!(
        d(
            "550 5.1.2 <a@example.com>: Recipient address rejected: Domain unknown",
            Some(Command::Rcpt)
        )
        .reason(),
        Reason::DomainUnknown
    );
    // 452: a full mailbox, too many recipients, the server's storage.
    assert_eq!(
        d("452 4.2.2 Mailbox full", Some(Command::Rcpt)).reason(),
        Reason::MailboxFull
    );
    assert_eq!(
        d("452 4.5.3 Too many recipients", Some(Command::Rcpt)).reason(),
        Reason::TooManyRecipients
    );
    assert_eq!(
        d("452 4.3.1 Insufficient system storage", Some(Command::Rcpt)).reason(),
        Reason::ServerError
    );
    assert_eq!(
        d("452 Try later", Some(Command::Rcpt)).reason(),
        Reason::TooManyRecipients,
        "452 to RCPT, RFC 5321"
    );
    assert_eq!(
        d("452 Try later", Some(Command::Mail)).reason(),
        Reason::ServerError
    );
    // The code alone, with the command; the class alone.
    let b = d("550 Go away", Some(Command::Rcpt));
    assert_eq!(
        (b.reason(), b.rule().id()),
        (Reason::UserUnknown, "user_unknown.550_rcpt")
    );
    assert_eq!(b.evidence().next().unwrap().as_str(), Some("550"));
    // 5.7.1 without words stops the basic code's guess: refused, not why.
    let r = d("550 5.7.1 Go away", Some(Command::Rcpt));
    assert_eq!(
        (r.reason(), r.rule().id(), r.retry(), r.suppress()),
        (Reason::Unknown, "unknown.x_7_1", false, false)
    );
    assert_eq!(r.evidence().next().unwrap().as_str(), Some("5.7.1"));
    let c = d("550 Go away", None);
    assert_eq!(
        (c.reason(), c.rule().id(), c.retry()),
        (Reason::Unknown, "unknown.5", false)
    );
    let c = d("451 Go away", None);
    assert_eq!((c.reason(), c.retry()), (Reason::Unknown, true));
    // Content causes only after the content, when the command is known.
    assert_eq!(
        d("550 5.7.1 spam", Some(Command::DataEnd)).reason(),
        Reason::SpamContent
    );
    assert_ne!(
        d("550 5.7.1 spam", Some(Command::Rcpt)).reason(),
        Reason::SpamContent
    );
    // Greylisting is 4yz.
    assert_eq!(
        d("451 4.7.1 Please try again later", None).reason(),
        Reason::Greylisted
    );
    assert_eq!(
        d("550 5.7.1 Please try again later", None).reason(),
        Reason::Unknown
    );
    // Other languages.
    assert_eq!(
        d(
            "550 5.1.1 Adresse d au moins un destinataire invalide",
            None
        )
        .reason(),
        Reason::UserUnknown
    );
    assert_eq!(
        d("ユーザーは見つかりません。", None).reason(),
        Reason::UserUnknown
    );
    // Nothing at all.
    let n = d("", None);
    assert_eq!(
        (n.reason(), n.rule().id(), n.evidence().count()),
        (Reason::Unknown, "unknown.none", 0)
    );
}

/// A report may state the cause before the reply it quotes; its words
/// count when the reply's own words name none, and never where the words
/// before the reply are the log's own.
#[test]
fn words_before_a_reply_count_only_when_the_reply_states_nothing() {
    // An Exchange report as a university's help page quotes it (batch S of
    // the public corpus).
    let line = "Remote server returned message detected as spam -> 550 permanent failure for one or more recipients";
    let d = Diagnosis::of_log_line(line.as_bytes(), None);
    assert_eq!(
        (d.reason(), d.rule().id(), d.code().map(|c| c.as_u16())),
        (Reason::SpamContent, "spam_content.spam", Some(550))
    );
    let e = d.evidence().next().unwrap();
    assert_eq!((e.as_str(), e.range()), (Some("spam"), Some(43..47)));
    // Other words and punctuation around the cause.
    for line in [
        "message detected as spam. 550 permanent failure",
        "message detected as spam by our filter -> 550 permanent failure",
    ] {
        let d = Diagnosis::of_log_line(line.as_bytes(), None);
        assert_eq!(d.reason(), Reason::SpamContent, "{line}");
    }
    // The reply's words come first.
    let d = Diagnosis::of_log_line(
        b"Remote server returned message detected as spam -> 550 5.1.1 User unknown",
        None,
    );
    assert_eq!(d.reason(), Reason::UserUnknown);
    // Exim names the command before the reply: its words are no cause.
    let d = Diagnosis::of_log_line(
        b"SMTP error from remote mail server after EHLO neko.example.com: 550 Rejected",
        None,
    );
    assert_eq!(
        (d.command(), d.reason()),
        (Some(Command::Ehlo), Reason::Unknown)
    );
    // Nor are the words of a host's name, or a host Postfix says said it.
    for line in [
        "Remote Server at relay.example.com returned '550 5.7.1 Go away'",
        "Remote Server at mx-spam.example.com returned '550 5.7.1 Go away'",
        "host relay example said: 550 5.7.1 Go away",
        // With a tab after `said:`, or a tab and a space, as some logs write.
        "host relay example said:\t550 5.7.1 Go away",
        "host spam example said:\t 550 5.7.1 Go away",
        "Remote Server at spam-filter returned '550 5.7.1 Go away'",
        "   550 5.7.1 Go away",
    ] {
        let d = Diagnosis::of_log_line(line.as_bytes(), None);
        assert_eq!(d.reason(), Reason::Unknown, "{line}");
    }
    // Nor is a code rule's guess replaced by a weak word before the reply.
    let d = Diagnosis::of_log_line(b"lookup -> 452 4.2.2 Try later", None);
    assert_eq!(d.reason(), Reason::MailboxFull);
}

#[test]
fn an_expiry_reports_the_cause_it_quotes() {
    let line = "mailbox is full: retry timeout exceeded";
    let d = Diagnosis::of_log_line(line.as_bytes(), None);
    assert_eq!(d.reason(), Reason::MailboxFull);
    let evidence: Vec<_> = d.evidence().map(|e| e.as_str().unwrap()).collect();
    assert_eq!(evidence, ["mailbox is full", "retry timeout exceeded"]);
    // A network failure is what an expiry usually is: it stays an expiry.
    let d = Diagnosis::of_log_line(b"Connection timed out: retry timeout exceeded", None);
    assert_eq!(d.reason(), Reason::Expired);
    // A network failure or a weak word that the table lists before the
    // cause does not hide it: here `timeout`, inside the expiry's words,
    // and Cox's code (forums.cox.com, a reply quoted in a DSN).
    let line = "Diagnostic-Code: smtp; 421 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXCNCT: retry timeout exceeded";
    let d = Diagnosis::of_log_line(line.as_bytes(), None);
    assert_eq!(d.reason(), Reason::RateLimited);
    let evidence: Vec<_> = d.evidence().map(|e| e.as_str().unwrap()).collect();
    assert_eq!(evidence, ["AUP#CXCNCT", "retry timeout exceeded"]);
    // Words inside the expiry's own words are no cause.
    assert_eq!(
        Diagnosis::of_log_line(b"retry timeout exceeded", None).reason(),
        Reason::Expired
    );
    // The cause may come after the expiry, too.
    let text = "Message expired; last error was: mailbox is full";
    let d = Diagnosis::of_parts(None, None, text.as_bytes(), None);
    assert_eq!(d.reason(), Reason::MailboxFull);
    let evidence: Vec<_> = d.evidence().map(|e| e.as_str().unwrap()).collect();
    assert_eq!(evidence, ["mailbox is full", "Message expired"]);
    // A weak word is no cause an expiry quotes (rjbs/Mail-DeliveryStatus-
    // BounceParser t/corpus/long-smtp.msg): "Failed" is a weak word of a
    // 4yz reply, and the class here is 4, from the enhanced code.
    let line = "recipient@example.net; Failed; 4.4.7 (delivery time expired)";
    let d = Diagnosis::of_log_line(line.as_bytes(), None);
    assert_eq!(
        (d.reason(), d.rule().id()),
        (Reason::Expired, "expired.time_expired")
    );
    let evidence: Vec<_> = d.evidence().map(|e| e.as_str().unwrap()).collect();
    assert_eq!(evidence, ["delivery time expired"]);
}

/// Weak words decide only when no code rule does, and one limited to a
/// class needs the class known.
#[test]
fn weak_words_come_last() {
    let rule = |line: &str| Diagnosis::of_log_line(line.as_bytes(), None).rule().id();
    assert_eq!(rule("451 temporary failure"), "server_error.weak_failure");
    assert!(
        Rule::find("server_error.weak_failure")
            .unwrap()
            .classes()
            .eq([Class::TransientNegative])
    );
    // No class known: the word alone is too weak.
    assert_eq!(rule("temporary failure"), "unknown.none");
    // A weak word with no class condition needs none.
    assert_eq!(rule("syntax"), "protocol_error.weak_syntax");
    // RFC 5321's own words for 554 say less than `5.7.1` (refused) or the
    // basic code with its command, and in a log line the words before
    // them are read (sendmail's summary after the server's own reply).
    assert_eq!(
        rule("554 Service unavailable"),
        "server_error.service_unavailable"
    );
    assert_eq!(rule("554 5.7.1 Service unavailable"), "unknown.x_7_1");
    assert_eq!(
        rule("(reason: 554 cmsmtp blocked. AUP#CXBL) 554 5.0.0 Service unavailable"),
        "blocklisted.cox_aup_cxbl"
    );
    // Not in another class.
    assert_eq!(rule("551 temporary failure"), "mailbox_moved.551");
    assert_eq!(rule("554 temporary failure"), "unknown.5");
    // An enhanced code or a basic code with its command comes first.
    assert_eq!(rule("451 4.4.7 temporary failure"), "expired.x_4_7");
    let after_rcpt = Diagnosis::of_log_line(b"550 no such thing: protocol", Some(Command::Rcpt));
    assert_eq!(after_rcpt.rule().id(), "user_unknown.550_rcpt");
    // The weak words are one block, just before the class rules.
    let all = Rule::all();
    let weak: Vec<usize> = (0..all.len()).filter(|&i| all[i].is_weak()).collect();
    assert_eq!(weak.len(), 8);
    assert!(weak.windows(2).all(|w| w[1] == w[0] + 1));
    assert_eq!(all[weak[7] + 1].kind(), EvidenceKind::Class);
    assert_eq!(all[weak[0] - 1].kind(), EvidenceKind::BasicCode);
    // A specific phrase anywhere comes first too.
    assert_eq!(
        rule("451 failure: mailbox is full"),
        "mailbox_full.mailbox_full"
    );
}

#[test]
fn a_diagnosis_shows_what_it_was_given() {
    let text = b"Recipient address rejected: User unknown";
    let d = Diagnosis::of_parts(
        Code::from_u16(550).ok(),
        "5.1.1".parse().ok(),
        text,
        Some(Command::Rcpt),
    );
    assert_eq!(d.command(), Some(Command::Rcpt));
    assert_eq!(d.code().map(u16::from), Some(550));
    assert_eq!(
        d.enhanced().map(|e| e.to_string()).as_deref(),
        Some("5.1.1")
    );
    assert_eq!(d.class(), Some(Class::PermanentNegative));
    let debug = format!("{d:?}");
    for part in [
        "Diagnosis",
        "UserUnknown",
        "user_unknown.user_unknown",
        "Rcpt",
        "Evidence",
        "kind: Phrase",
        "range: Some(28..40)",
        "text: \"User unknown\"",
    ] {
        assert!(debug.contains(part), "{part} not in {debug}");
    }
    // Without a basic code, the class is the enhanced code's.
    for (enhanced, class) in [
        ("2.1.5", Class::PositiveCompletion),
        ("4.2.2", Class::TransientNegative),
        ("5.2.2", Class::PermanentNegative),
    ] {
        let d = Diagnosis::of_parts(None, enhanced.parse().ok(), b"", None);
        assert_eq!(d.class(), Some(class), "{enhanced}");
        assert_eq!(d.command(), None);
    }
    assert_eq!(Diagnosis::of_parts(None, None, b"", None).class(), None);
}

#[test]
fn a_reply_is_diagnosed_like_its_logged_form() {
    let wire = b"550-5.7.1 [192.0.2.1] Messages with multiple addresses in From:\r\n550 5.7.1 header are not accepted.\r\n";
    let reply = Reply::parse(wire).unwrap().complete().unwrap();
    let d = Diagnosis::of_reply(&reply, None);
    assert_eq!(d.reason(), Reason::MalformedMessage);
    let e = d.evidence().next().unwrap();
    assert_eq!(&wire[e.range().unwrap()], e.bytes());
    assert!(
        e.as_str()
            .unwrap()
            .starts_with("multiple addresses in From")
    );
    let joined = "550-5.7.1 [192.0.2.1] Messages with multiple addresses in From: 550 5.7.1 header are not accepted.";
    let l = Diagnosis::of_log_line(joined.as_bytes(), None);
    assert_eq!((l.reason(), l.rule()), (d.reason(), d.rule()));
    assert_eq!((l.code(), l.enhanced()), (d.code(), d.enhanced()));
    // Parts: the codes are values, not in the text.
    let p = Diagnosis::of_parts(d.code(), d.enhanced(), b"no words of a cause", None);
    assert_eq!(
        (p.reason(), p.rule().id()),
        (Reason::Unknown, "unknown.x_7_1")
    );
    let e = p.evidence().next().unwrap();
    assert_eq!((e.range(), e.bytes()), (None, &b""[..]));
    assert_eq!(p.input(), b"no words of a cause");
}

#[test]
fn matching_is_case_and_spacing_tolerant_and_whole_word() {
    let reason = |t: &str| Diagnosis::of_parts(None, None, t.as_bytes(), None).reason();
    for t in [
        "Relay access denied",
        "RELAY ACCESS DENIED",
        "relay  access\tdenied",
        "relay-access_denied",
        "Relay access denied.",
    ] {
        assert_eq!(reason(t), Reason::RelayDenied, "{t:?}");
    }
    assert_eq!(
        reason("relayaccess denied"),
        Reason::Unknown,
        "whole words: relayaccess is no relay"
    );
    assert_eq!(
        reason("overrelay access denied"),
        Reason::PolicyViolation,
        "whole words only"
    );
    assert_eq!(
        reason("Greylisted"),
        Reason::Greylisted,
        "a final * matches the start of a word"
    );
    assert_eq!(reason("greylisting in action"), Reason::Greylisted);
    // `~` stands for up to eight words.
    assert_eq!(
        reason("the account that you tried to reach is disabled"),
        Reason::MailboxDisabled
    );
    // A vendor token keeps its punctuation.
    assert_eq!(reason("sender rejected AUP#In-1310"), Reason::RateLimited);
    assert_eq!(
        reason("sender rejected AUP In 1310"),
        Reason::SenderRejected
    );
}

#[test]
fn an_enhanced_code_alone_gives_its_class() {
    let d = Diagnosis::of_log_line(b"5.9.9 Something went wrong", None);
    assert_eq!(
        (d.reason(), d.rule().id(), d.retry()),
        (Reason::Unknown, "unknown.5", false)
    );
    assert_eq!(d.evidence().next().unwrap().as_str(), Some("5.9.9"));
    let d = Diagnosis::of_log_line(b"4.9.9 Later", None);
    assert_eq!((d.rule().id(), d.retry()), ("unknown.4", true));
    let d = Diagnosis::of_parts(
        None,
        smtp_codes::EnhancedCode::parse("4.9.9").ok(),
        b"x",
        None,
    );
    assert_eq!(d.rule().id(), "unknown.4");
    assert_eq!(
        d.evidence().next().unwrap().range(),
        None,
        "a code given as a value"
    );
}

/// A vendor token counts with its punctuation: cut off at the end of the
/// input, or without it, it is no token (and reading past the end is no
/// panic).
#[test]
fn a_token_needs_its_punctuation() {
    for line in [
        &b"554 IP=192.0.2.1 - A problem occurred. (BL"[..],
        b"554 IP=192.0.2.1 - A problem occurred. BL)",
        b"554 IP=192.0.2.1 - A problem occurred. [BL]",
    ] {
        let d = Diagnosis::of_log_line(line, None);
        assert_ne!(
            d.rule().id(),
            "blocklisted.t_online_bl",
            "{}",
            line.escape_ascii()
        );
    }
    let d = Diagnosis::of_log_line(b"554 IP=192.0.2.1 - A problem occurred. (BL)", None);
    assert_eq!(d.rule().id(), "blocklisted.t_online_bl");
}

/// A reply's line heads are skipped with the enhanced code after them, so
/// that a `*` in a phrase can stand for the word on the next line; the code
/// inside the text, where it is no line head, is a word like any other.
#[test]
fn line_heads_are_skipped_and_codes_in_the_text_are_words() {
    // `could not be delivered for * days`, across a line head.
    let reply = Reply::parse(b"550-Message could not be delivered for\r\n550 5.4.7 5 days\r\n")
        .unwrap()
        .complete()
        .unwrap();
    let d = Diagnosis::of_reply(&reply, None);
    assert_eq!(d.rule().id(), "expired.not_delivered_days");
    // The same phrase with the code as the word that `*` stands for.
    let reply = Reply::parse(b"550 Message could not be delivered for (550) days\r\n")
        .unwrap()
        .complete()
        .unwrap();
    assert_eq!(
        Diagnosis::of_reply(&reply, None).rule().id(),
        "expired.not_delivered_days"
    );
    // A line that ends with its enhanced code.
    let d = Diagnosis::of_log_line(b"550 5.1.1", None);
    assert_eq!(d.reason(), Reason::UserUnknown);
}

/// A reply's first words, just after its code and enhanced code, are read:
/// the scan starts where `of_reply` finished reading the first line's head
/// (cargo-mutants: `4 + n` made `4 * n` went unnoticed).
#[test]
fn the_first_words_after_the_first_head_are_read() {
    for (wire, at) in [
        (&b"550 5.1.1 User unknown\r\n"[..], 10..22),
        (b"550 User unknown\r\n", 4..16),
        (
            b"550-5.1.1 User unknown\r\n550 5.1.1 in virtual mailbox table\r\n",
            10..22,
        ),
        (b"550 5.1.10 User unknown\r\n", 11..23),
    ] {
        let reply = Reply::parse(wire).unwrap().complete().unwrap();
        let d = Diagnosis::of_reply(&reply, Some(Command::Rcpt));
        assert_eq!(d.rule().id(), "user_unknown.user_unknown", "{wire:?}");
        let e = d.evidence().next().unwrap();
        assert_eq!(e.kind(), EvidenceKind::Phrase);
        assert_eq!(e.range(), Some(at), "{wire:?}");
    }
}

/// When the deciding words come twice, the evidence is their first
/// occurrence.
#[test]
fn the_evidence_is_the_first_occurrence() {
    let line = b"retry timeout exceeded; retry timeout exceeded";
    let d = Diagnosis::of_log_line(line, None);
    assert_eq!(d.rule().id(), "expired.retry_timeout");
    assert_eq!(d.evidence().next().and_then(|e| e.range()), Some(0..22));
}

/// A listed address in the message's text is its content only after the
/// message was sent: in reply to RCPT or MAIL, "black listed" is a block
/// list of hosts, as the words say.
#[test]
fn a_listed_url_is_content_only_after_data() {
    let text = b"554 5.7.1 black listed URL host sample.com by .black.uribl.com";
    let reason = |command| Diagnosis::of_log_line(text, command).rule().id();
    assert_eq!(reason(None), "spam_content.blacklisted_url");
    assert_eq!(
        reason(Some(Command::DataEnd)),
        "spam_content.blacklisted_url"
    );
    assert_eq!(reason(Some(Command::Rcpt)), "blocklisted.blacklist");
    assert_eq!(reason(Some(Command::Mail)), "blocklisted.blacklist");
}

/// Servers write some words as one or as two (`mailbox`, `mail box`;
/// `emails`, `e-mails`; `cannot`, `can not`), contract `not` (`doesn't`),
/// and spell `-ize` as `-ise`: each way is the same rule, and the evidence
/// quotes the input as it is.
#[test]
fn words_written_either_way_are_the_same_words() {
    for (texts, rule) in [
        (
            &[
                "552 5.2.2 Mailbox full",
                "552 5.2.2 Mail box full",
                "552 5.2.2 mail-box full",
            ][..],
            "mailbox_full.mailbox_full",
        ),
        (
            &[
                "550 5.1.1 User does not exist",
                "550 5.1.1 User doesn't exist",
                "550 5.1.1 User DOESN'T exist",
            ],
            "user_unknown.does_not_exist",
        ),
        (
            &[
                "Can't connect to host",
                "Cannot connect to host",
                "can not connect to host",
            ],
            "network_error.can_t_connect_to_host",
        ),
        (
            &[
                "550 5.7.1 Too many emails sent",
                "550 5.7.1 Too many e-mails sent",
                "550 5.7.1 too many e mails sent",
            ],
            "rate_limited.too_many_e_mails",
        ),
        (
            &[
                "Invalid login or password",
                "Invalid log-in or password",
                "invalid log in or password",
            ],
            "smtp_auth_failed.invalid_login",
        ),
        (
            &[
                "550 5.1.1 Recipient address rejected: nonexistent user",
                "550 5.1.1 Recipient address rejected: non-existent user",
            ],
            "user_unknown.nonexistent_user",
        ),
        (
            &[
                "550 5.7.1 This sender is not authorized to send from example.com",
                "550 5.7.1 This sender is not authorised to send from example.com",
            ],
            "domain_auth_failed.not_authorized_to_send_from",
        ),
    ] {
        for text in texts {
            let d = Diagnosis::of_log_line(text.as_bytes(), None);
            assert_eq!(d.rule().id(), rule, "{text}");
            let evidence = d.evidence().next().unwrap();
            let range = evidence.range().unwrap();
            assert_eq!(evidence.as_str(), text.get(range), "{text}");
        }
    }
    // The evidence of a contraction is its bytes.
    let d = Diagnosis::of_log_line(b"550 5.1.1 User doesn't exist", None);
    assert_eq!(d.evidence().next().unwrap().as_str(), Some("doesn't exist"));
    // `won't` is not read as `will not`.
    let d = Diagnosis::of_log_line(b"550 5.1.1 User won't exist", None);
    assert_ne!(d.rule().id(), "user_unknown.does_not_exist");
}
