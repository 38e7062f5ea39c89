//! The writer in a session: the greeting and the EHLO reply start with the
//! server's domain (RFC 5321, sections 4.2 and 4.1.1.1), and text may hold
//! UTF-8 once SMTPUTF8 is negotiated (RFC 6531), wrapped between characters.

use proptest::prelude::*;
use smtp_codes::{EnhancedCode, ParserConfig, Reply, ReplyCode, ReplyWriter, Status, WriteError};

mod common;
use common::wire;

/// Parses bytes that must be exactly one reply for `config`.
fn parse(config: ParserConfig, bytes: &[u8]) -> Reply<'_> {
    match config.parse(bytes) {
        Ok(Status::Complete(reply)) => {
            assert_eq!(reply.len(), bytes.len(), "trailing bytes after the reply");
            reply
        }
        other => panic!("{other:?} for {:?}", String::from_utf8_lossy(bytes)),
    }
}

/// The texts of a reply's lines, as strings.
fn texts(reply: &Reply<'_>) -> Vec<String> {
    reply
        .lines()
        .map(|l| l.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_greeting_starts_with_the_domain() {
    let text = |w: ReplyWriter<'_>| String::from_utf8(wire(&w)).unwrap();
    assert_eq!(
        text(ReplyWriter::greeting("mx.example.com").unwrap()),
        "220 mx.example.com Service ready\r\n"
    );
    assert_eq!(
        text(
            ReplyWriter::greeting("mx.example.com")
                .unwrap()
                .with_text("ESMTP Postfix")
                .unwrap()
        ),
        "220 mx.example.com ESMTP Postfix\r\n"
    );
    // The domain starts the first line only; an empty text leaves it alone.
    assert_eq!(
        text(
            ReplyWriter::greeting("mx.example.com")
                .unwrap()
                .with_text("ESMTP\nNo UCE")
                .unwrap()
        ),
        "220-mx.example.com ESMTP\r\n220 No UCE\r\n"
    );
    assert_eq!(
        text(ReplyWriter::greeting("mx").unwrap().with_text("").unwrap()),
        "220 mx\r\n"
    );
    assert_eq!(
        text(
            ReplyWriter::greeting("mx")
                .unwrap()
                .with_lines(&[])
                .unwrap()
        ),
        "220 mx\r\n"
    );
    // Wrapped: the domain takes its room on the first line.
    assert_eq!(
        text(
            ReplyWriter::greeting("mx.example.com")
                .unwrap()
                .with_text("ESMTP ready for mail")
                .unwrap()
                .max_line_len(30)
        ),
        "220-mx.example.com ESMTP\r\n220 ready for mail\r\n"
    );
    // A domain longer than the limit goes alone, past it, and the text follows.
    assert_eq!(
        text(
            ReplyWriter::greeting("a-rather-long-host-name.example")
                .unwrap()
                .with_text("hi there")
                .unwrap()
                .max_line_len(20)
        ),
        "220-a-rather-long-host-name.example\r\n220 hi there\r\n"
    );
    // With an enhanced code on every line.
    assert_eq!(
        text(
            ReplyWriter::greeting("mx")
                .unwrap()
                .with_enhanced("2.0.0".parse::<EnhancedCode>().unwrap())
                .unwrap()
        ),
        "220 2.0.0 mx Service ready\r\n"
    );
    // A 220 that is no greeting (after STARTTLS, RFC 3207) is written with `new`.
    assert_eq!(
        ReplyWriter::new(ReplyCode::ServiceReady)
            .with_text("Ready to start TLS")
            .unwrap()
            .to_string(),
        "220 Ready to start TLS\r\n"
    );
}

#[test]
fn the_ehlo_reply_puts_the_domain_on_its_own_line() {
    let ehlo = ReplyWriter::ehlo("mx.example.com").unwrap();
    assert_eq!(ehlo.code(), ReplyCode::ActionOk);
    assert_eq!(wire(&ehlo), b"250 mx.example.com\r\n");
    assert_eq!(
        wire(&ehlo.with_text("").unwrap()),
        b"250 mx.example.com\r\n"
    );
    let keywords = ["PIPELINING", "8BITMIME", "SIZE 35882577"];
    let full = ehlo.with_lines(&keywords).unwrap();
    let bytes = wire(&full);
    assert_eq!(
        bytes,
        b"250-mx.example.com\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 35882577\r\n"
    );
    assert_eq!(full.line_count(), 4);
    let reply = parse(ParserConfig::STRICT, &bytes);
    assert_eq!(
        texts(&reply),
        ["mx.example.com", "PIPELINING", "8BITMIME", "SIZE 35882577"]
    );
    // The same from one text.
    assert_eq!(
        wire(
            &ehlo
                .with_text("PIPELINING\r\n8BITMIME\nSIZE 35882577\n")
                .unwrap()
        ),
        bytes
    );
}

#[test]
fn a_bad_domain_is_refused_where_it_breaks() {
    for (domain, offset) in [
        ("", 0),
        ("Service ready", 7),
        ("mx.example.com ESMTP", 14),
        ("mx..example", 3),
        ("[192.0.2.1", 10),
        ("m\u{fc}ller.example", 1),
    ] {
        assert_eq!(
            ReplyWriter::greeting(domain),
            Err(WriteError::Domain { offset }),
            "{domain:?}"
        );
        assert_eq!(
            ReplyWriter::ehlo(domain),
            Err(WriteError::Domain { offset }),
            "{domain:?}"
        );
    }
    let e = ReplyWriter::greeting("mx example").unwrap_err();
    assert_eq!(
        e.to_string(),
        "byte 2 of the domain: not a domain name or an address literal (RFC 5321, section 4.1.2)"
    );
}

#[test]
fn utf8_is_allowed_only_when_asked_for() {
    let text = "Mailbox <\u{7528}\u{6237}@\u{4f8b}\u{5b50}.\u{4e2d}\u{56fd}> accepted";
    let plain = ReplyWriter::new(ReplyCode::ActionOk);
    assert_eq!(
        plain.with_text(text),
        Err(WriteError::Byte {
            line: 0,
            offset: 9,
            byte: 0xe7
        })
    );
    assert!(!plain.utf8());
    let utf8 = plain.allow_utf8();
    assert!(utf8.utf8());
    let w = utf8.with_text(text).unwrap();
    let bytes = wire(&w);
    assert_eq!(bytes, format!("250 {text}\r\n").as_bytes());
    // The strict parser refuses it; with 8-bit text allowed, it reads it.
    assert!(ParserConfig::STRICT.parse(&bytes).is_err());
    assert_eq!(
        texts(&parse(ParserConfig::STRICT.allow_8bit(true), &bytes)),
        [text]
    );
    // Control characters, DEL and the C1 controls stay refused.
    assert_eq!(
        utf8.with_text("caf\u{e9}\u{7f}"),
        Err(WriteError::Byte {
            line: 0,
            offset: 5,
            byte: 0x7f
        })
    );
    assert_eq!(
        utf8.with_lines(&["ok", "\u{e9}\u{0}"]),
        Err(WriteError::Byte {
            line: 1,
            offset: 2,
            byte: 0
        })
    );
    assert_eq!(
        utf8.with_text("a\u{85}b"),
        Err(WriteError::Byte {
            line: 0,
            offset: 1,
            byte: 0xc2
        })
    );
    assert_eq!(
        utf8.with_text("\u{a0}\u{100}").map(|w| w.line_count()),
        Ok(1)
    );
    // The smallest limit leaves room for a character of four bytes.
    assert_eq!(
        utf8.max_line_len(1).line_limit(),
        ReplyWriter::MIN_LINE_LEN_UTF8
    );
    assert_eq!(plain.max_line_len(17).allow_utf8().line_limit(), 20);
    assert_eq!(plain.max_line_len(100).allow_utf8().line_limit(), 100);
}

#[test]
fn utf8_is_wrapped_between_characters() {
    // At 20 bytes a line, "550-" and CRLF leave 14 bytes of text: three
    // emoji of four bytes, or four CJK characters of three.
    let w = ReplyWriter::new(ReplyCode::MailboxUnavailable)
        .allow_utf8()
        .with_text("\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600} \u{4e2d}\u{6587}\u{4e2d}\u{6587}\u{4e2d}\u{6587}")
        .unwrap()
        .max_line_len(20);
    let bytes = wire(&w);
    let reply = parse(
        ParserConfig::STRICT.allow_8bit(true).max_line_len(20),
        &bytes,
    );
    assert_eq!(
        texts(&reply),
        [
            "\u{1f600}\u{1f600}\u{1f600}",
            "\u{1f600}\u{1f600}",
            "\u{4e2d}\u{6587}\u{4e2d}\u{6587}",
            "\u{4e2d}\u{6587}",
        ]
    );
}

// ---------------------------------------------------------------------------
// Properties

fn label() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?"
}

fn domain() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(label(), 1..5).prop_map(|l| l.join(".")),
        1 => "\\[[!-Z^-~]{1,40}\\]",
    ]
}

/// Text of any characters but controls, with spaces, line breaks and long words.
fn utf8_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        6 => "[^\\x00-\\x1f\\x7f-\\x9f]{1,12}",
        1 => "[^\\x00-\\x1f\\x7f-\\x9f ]{12,60}",
        3 => " {1,3}",
        1 => prop::sample::select(vec!["\r\n", "\n", "\t"]).prop_map(str::to_owned),
    ];
    prop::collection::vec(token, 0..40).prop_map(|t| t.concat())
}

/// The non-space characters of the lines of a text, in order.
fn non_spaces(lines: &[String]) -> String {
    lines.concat().replace(' ', "")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(500)))]

    /// A greeting parses back with the domain first, every byte of text
    /// but spaces at breaks kept, and no line over the limit but a first
    /// line that holds the domain alone.
    #[test]
    fn greetings_parse_back(domain in domain(), text in "[ -~]{0,300}", limit in 17usize..=200) {
        let w = ReplyWriter::greeting(&domain).unwrap().with_text(&text).unwrap().max_line_len(limit);
        let bytes = wire(&w);
        let reply = parse(ParserConfig::STRICT, &bytes);
        prop_assert_eq!(reply.code(), ReplyCode::ServiceReady);
        let got = texts(&reply);
        let first = &got[0];
        let after = first.strip_prefix(domain.as_str()).expect("the domain comes first");
        prop_assert!(after.is_empty() || after.starts_with(' '));
        for (i, line) in reply.lines().enumerate() {
            let fits = line.raw().len() + 2 <= limit;
            prop_assert!(fits || (i == 0 && line.as_str() == Some(domain.as_str())));
        }
        let mut rest = vec![after.to_owned()];
        rest.extend(got[1..].iter().cloned());
        prop_assert_eq!(non_spaces(&rest), text.replace(' ', ""));
    }

    /// UTF-8 text parses back (8-bit allowed) within the limit, each line
    /// whole characters, every character but spaces at breaks kept, and
    /// lines that fit kept whole.
    #[test]
    fn utf8_text_parses_back(text in utf8_text(), limit in 0usize..=120) {
        let w = ReplyWriter::new(ReplyCode::ActionOk).allow_utf8().with_text(&text).unwrap().max_line_len(limit);
        let limit = w.line_limit();
        let bytes = wire(&w);
        let reply = parse(ParserConfig::STRICT.allow_8bit(true).max_line_len(limit), &bytes);
        for line in reply.lines() {
            prop_assert!(line.raw().len() + 2 <= limit);
            prop_assert!(line.as_str().is_some(), "a character was cut");
        }
        let given: Vec<String> = text.lines().map(str::to_owned).collect();
        prop_assert_eq!(non_spaces(&texts(&reply)), non_spaces(&given));
        if given.len() == 1 && given[0].len() + 6 <= limit {
            prop_assert_eq!(texts(&reply), given);
        }
    }

    /// An EHLO reply is the domain, then the lines given.
    #[test]
    fn ehlo_replies_parse_back(domain in domain(), keywords in prop::collection::vec("[A-Z0-9]{1,12}( [ -~]{0,30})?", 0..8)) {
        let lines: Vec<&str> = keywords.iter().map(String::as_str).collect();
        let w = ReplyWriter::ehlo(&domain).unwrap().with_lines(&lines).unwrap();
        let bytes = wire(&w);
        let reply = parse(ParserConfig::STRICT, &bytes);
        let mut want = vec![domain.clone()];
        want.extend(keywords.iter().cloned());
        prop_assert_eq!(texts(&reply), want);
    }
}

/// The number of cases: `n`, or `PROPTEST_CASES` when it is set.
fn cases(n: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n)
}
