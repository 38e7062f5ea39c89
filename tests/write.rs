//! The reply writer: what it writes (tables), that it agrees with a naive
//! reference writer and with the strict parser (property tests), and that
//! it allocates nothing.

use std::fmt::Write as _;

use proptest::prelude::*;
use smtp_codes::{
    Code, EnhancedCode, ParserConfig, Reply, ReplyCode, ReplyWriter, Status, WriteError,
};

mod common;
use common::wire;

// ---------------------------------------------------------------------------
// Helpers

fn enh(s: &str) -> EnhancedCode {
    s.parse().unwrap()
}

fn code(n: u16) -> Code {
    Code::from_u16(n).unwrap()
}

fn wire_str(w: &ReplyWriter<'_>) -> String {
    String::from_utf8(wire(w)).unwrap()
}

/// Parses bytes that must be exactly one strict reply.
fn parse_strict(bytes: &[u8], limit: usize) -> Reply<'_> {
    let config = ParserConfig::STRICT.max_line_len(limit);
    match config.parse(bytes) {
        Ok(Status::Complete(reply)) => {
            assert_eq!(reply.len(), bytes.len(), "trailing bytes after the reply");
            reply
        }
        other => panic!("{other:?} for {:?}", String::from_utf8_lossy(bytes)),
    }
}

/// The text of each parsed line after the enhanced code and its one space,
/// as the writer puts it there.
fn texts_after(reply: &Reply<'_>, enhanced: Option<EnhancedCode>) -> Vec<String> {
    reply
        .lines()
        .map(|line| {
            let text = line.as_str().unwrap();
            match enhanced {
                None => text.to_owned(),
                Some(e) => {
                    let e = e.to_string();
                    let rest = text
                        .strip_prefix(&e)
                        .expect("the enhanced code starts the line");
                    match rest.strip_prefix(' ') {
                        Some(rest) => {
                            assert!(!rest.is_empty(), "a space after {e} and no text");
                            rest.to_owned()
                        }
                        None => {
                            assert!(rest.is_empty(), "no space after {e}");
                            String::new()
                        }
                    }
                }
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// A naive reference writer: the documented rules, written plainly.

/// The lines of a text: every CRLF, LF or CR breaks a line; one at the end is ignored.
fn reference_lines(text: &str) -> Vec<String> {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let unified = unified.strip_suffix('\n').unwrap_or(&unified);
    unified.split('\n').map(str::to_owned).collect()
}

/// Wraps one line of text into pieces of at most `room` bytes.
fn reference_wrap(line: &str, room: usize) -> Vec<String> {
    if line.len() <= room {
        return vec![line.to_owned()];
    }
    let line = line.trim_matches(' ');
    if line.len() <= room {
        return vec![line.to_owned()];
    }
    let b = line.as_bytes();
    // The latest start of a run of spaces, with text before it, that leaves a piece that fits.
    let soft = (1..=room).rev().find(|&j| b[j] == b' ' && b[j - 1] != b' ');
    let (piece, rest) = match soft {
        Some(j) => (&line[..j], line[j..].trim_start_matches(' ')),
        None => (&line[..room], &line[room..]),
    };
    let mut out = vec![piece.to_owned()];
    if !rest.is_empty() {
        out.extend(reference_wrap(rest, room));
    }
    out
}

/// The text given to a writer in a test.
#[derive(Debug, Clone)]
enum Given {
    Default,
    Text(String),
    Lines(Vec<String>),
}

fn reference_wire(
    code: Code,
    enhanced: Option<EnhancedCode>,
    given: &Given,
    limit: usize,
) -> String {
    let limit = limit.clamp(17, 512);
    let e = enhanced.map(|e| e.to_string());
    // The line limit, less CRLF, the code and its separator, and the enhanced code and its space.
    let room = limit - 2 - 4 - e.as_ref().map_or(0, |e| e.len() + 1);
    let lines: Vec<String> = match given {
        Given::Default => match code.known() {
            Some(known) => vec![known.reason().to_owned()],
            None if e.is_none() => return format!("{code}\r\n"),
            None => vec![String::new()],
        },
        Given::Text(t) => reference_lines(t),
        Given::Lines(l) if l.is_empty() => vec![String::new()],
        Given::Lines(l) => l.clone(),
    };
    let pieces: Vec<String> = lines.iter().flat_map(|l| reference_wrap(l, room)).collect();
    let mut out = String::new();
    for (i, piece) in pieces.iter().enumerate() {
        let sep = if i + 1 == pieces.len() { ' ' } else { '-' };
        match &e {
            Some(e) if piece.is_empty() => write!(out, "{code}{sep}{e}\r\n"),
            Some(e) => write!(out, "{code}{sep}{e} {piece}\r\n"),
            None => write!(out, "{code}{sep}{piece}\r\n"),
        }
        .unwrap();
    }
    out
}

fn build<'t>(
    code: Code,
    enhanced: Option<EnhancedCode>,
    given: &'t Given,
    lines: &'t [&'t str],
    limit: usize,
) -> ReplyWriter<'t> {
    let mut w = ReplyWriter::new(code).max_line_len(limit);
    if let Some(e) = enhanced {
        w = w.with_enhanced(e).unwrap();
    }
    match given {
        Given::Default => w,
        Given::Text(t) => w.with_text(t).unwrap(),
        Given::Lines(_) => w.with_lines(lines).unwrap(),
    }
}

// ---------------------------------------------------------------------------
// Tables

#[test]
fn defaults_come_from_the_catalog() {
    assert_eq!(
        wire_str(&ReplyWriter::new(ReplyCode::ActionOk)),
        "250 Requested mail action okay, completed\r\n"
    );
    assert_eq!(
        wire_str(&ReplyWriter::new(code(421))),
        "421 Service not available, closing transmission channel\r\n"
    );
    // 334: an empty challenge.
    assert_eq!(
        wire_str(&ReplyWriter::new(ReplyCode::AuthChallenge)),
        "334 \r\n"
    );
    // Codes the catalog does not know.
    assert_eq!(wire_str(&ReplyWriter::new(code(255))), "255\r\n");
    let w = ReplyWriter::new(code(255))
        .with_enhanced(enh("2.0.0"))
        .unwrap();
    assert_eq!(wire_str(&w), "255 2.0.0\r\n");
    // With an enhanced code, the catalog's text follows it.
    let w = ReplyWriter::new(ReplyCode::MailboxUnavailable)
        .with_enhanced(enh("5.1.1"))
        .unwrap();
    assert_eq!(
        wire_str(&w),
        "550 5.1.1 Requested action not taken: mailbox unavailable\r\n"
    );
}

#[test]
fn every_catalog_default_is_a_strict_reply_of_its_reason() {
    for known in ReplyCode::iter() {
        let w = ReplyWriter::new(known);
        let bytes = wire(&w);
        let reply = parse_strict(&bytes, 512);
        assert_eq!(reply.code(), known);
        assert_eq!(reply.line_count(), 1);
        assert_eq!(
            reply.first_line().text(),
            known.reason().as_bytes(),
            "{known:?}"
        );
    }
}

#[test]
fn text_and_empty_text() {
    let w = ReplyWriter::new(ReplyCode::ServiceReady);
    let t = |text| wire_str(&w.with_text(text).unwrap());
    assert_eq!(
        t("mx.example.com ESMTP ready"),
        "220 mx.example.com ESMTP ready\r\n"
    );
    assert_eq!(t(""), "220 \r\n");
    assert_eq!(t("\n"), "220 \r\n");
    // Spaces and tabs are kept as they are when the line fits.
    assert_eq!(t("  a \t b  "), "220   a \t b  \r\n");
    let e = w.with_enhanced(enh("2.0.0")).unwrap();
    assert_eq!(wire_str(&e.with_text("").unwrap()), "220 2.0.0\r\n");
    assert_eq!(wire_str(&e.with_text(" x").unwrap()), "220 2.0.0  x\r\n");
}

#[test]
fn line_breaks_start_new_lines() {
    let w = ReplyWriter::new(ReplyCode::ActionOk);
    let t = |text| wire_str(&w.with_text(text).unwrap());
    assert_eq!(t("a\r\nb\nc\rd"), "250-a\r\n250-b\r\n250-c\r\n250 d\r\n");
    // One line break at the end is ignored, a second one makes an empty line.
    assert_eq!(t("a\r\n"), "250 a\r\n");
    assert_eq!(t("a\r"), "250 a\r\n");
    assert_eq!(t("a\n\n"), "250-a\r\n250 \r\n");
    // CR then CR LF: two breaks.
    assert_eq!(t("a\r\r\nb"), "250-a\r\n250-\r\n250 b\r\n");
    // LF then CR: two breaks too (only CR LF is one).
    assert_eq!(t("a\n\rb"), "250-a\r\n250-\r\n250 b\r\n");
    // A smuggled reply stays text of this one.
    assert_eq!(
        t("OK\r\n250 2.0.0 fake\r\n"),
        "250-OK\r\n250 250 2.0.0 fake\r\n"
    );
}

#[test]
fn lines_are_lines() {
    let w = ReplyWriter::new(ReplyCode::ActionOk);
    assert_eq!(
        wire_str(
            &w.with_lines(&["mx.example.com", "PIPELINING", "SIZE 35882577"])
                .unwrap()
        ),
        "250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 35882577\r\n"
    );
    assert_eq!(wire_str(&w.with_lines(&[]).unwrap()), "250 \r\n");
    assert_eq!(
        wire_str(&w.with_lines(&["", ""]).unwrap()),
        "250-\r\n250 \r\n"
    );
    assert_eq!(
        w.with_lines(&["fine", "bad\rline"]),
        Err(WriteError::LineBreak { line: 1, offset: 3 })
    );
    assert_eq!(
        w.with_lines(&["\n"]),
        Err(WriteError::LineBreak { line: 0, offset: 0 })
    );
    assert_eq!(
        w.with_lines(&["ok", "ok", "nul\0"]),
        Err(WriteError::Byte {
            line: 2,
            offset: 3,
            byte: 0
        })
    );
}

#[test]
fn the_enhanced_code_starts_every_line() {
    let w = ReplyWriter::new(ReplyCode::MailboxUnavailable)
        .with_enhanced(enh("5.1.1"))
        .unwrap()
        .with_text("one\ntwo\n\nfour")
        .unwrap();
    assert_eq!(
        wire_str(&w),
        "550-5.1.1 one\r\n550-5.1.1 two\r\n550-5.1.1\r\n550 5.1.1 four\r\n"
    );
    let bytes = wire(&w);
    let reply = parse_strict(&bytes, 512);
    assert!(reply.lines().all(|l| l.enhanced() == Some(enh("5.1.1"))));
    // The widest enhanced code, at the shortest line limit: one byte of text a line.
    let w = ReplyWriter::new(ReplyCode::MailboxUnavailable)
        .with_enhanced(enh("5.999.999"))
        .unwrap()
        .with_text("abc")
        .unwrap()
        .max_line_len(0);
    assert_eq!(w.line_limit(), ReplyWriter::MIN_LINE_LEN);
    assert_eq!(w.enhanced(), Some(enh("5.999.999")));
    assert_eq!(w.code(), code(550));
    assert_eq!(ReplyWriter::new(code(250)).enhanced(), None);
    assert_eq!(
        wire_str(&w),
        "550-5.999.999 a\r\n550-5.999.999 b\r\n550 5.999.999 c\r\n"
    );
}

#[test]
fn class_mismatch() {
    let mismatch = |c: u16, e: &str| {
        ReplyWriter::new(code(c)).with_enhanced(enh(e))
            == Err(WriteError::ClassMismatch {
                code: code(c),
                enhanced: enh(e),
            })
    };
    assert!(mismatch(250, "5.1.1"));
    assert!(mismatch(550, "4.4.7"));
    assert!(mismatch(451, "2.0.0"));
    // A 3yz code takes no enhanced code at all.
    assert!(mismatch(354, "2.0.0"));
    assert!(mismatch(334, "5.7.8"));
    for (c, e) in [
        (250, "2.1.5"),
        (299, "2.0.0"),
        (451, "4.3.0"),
        (554, "5.7.1"),
    ] {
        assert!(ReplyWriter::new(code(c)).with_enhanced(enh(e)).is_ok());
    }
    let message = ReplyWriter::new(ReplyCode::StartMailInput)
        .with_enhanced(enh("2.0.0"))
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        "the enhanced code 2.0.0 does not agree with the reply code 354: \
         2yz takes 2.x.x, 4yz 4.x.x, 5yz 5.x.x, 3yz none"
    );
}

#[test]
fn bytes_outside_the_text_are_errors() {
    let w = ReplyWriter::new(ReplyCode::ActionOk);
    for (text, offset, byte) in [
        ("nul\0", 3, 0x00),
        ("del\x7f", 3, 0x7f),
        ("esc\x1b[0m", 3, 0x1b),
        ("vt\x0b", 2, 0x0b),
        ("ok\nthen caf\u{e9}", 11, 0xc3),
        ("\u{1F4E7}", 0, 0xf0),
    ] {
        assert_eq!(
            w.with_text(text),
            Err(WriteError::Byte {
                line: 0,
                offset,
                byte
            }),
            "{text:?}"
        );
    }
    // HT and every printable byte are fine.
    let all: String = (0x20u8..=0x7e).map(char::from).chain(['\t']).collect();
    assert!(w.with_text(&all).is_ok());
}

#[test]
fn wrapping_at_spaces() {
    let w = ReplyWriter::new(ReplyCode::ActionOk).max_line_len(20);
    // 20 bytes with CRLF: 14 bytes of text after "250-".
    let t = |text| wire_str(&w.with_text(text).unwrap());
    assert_eq!(t("aaaa bbbb cccc"), "250 aaaa bbbb cccc\r\n");
    assert_eq!(t("aaaa bbbb cccc d"), "250-aaaa bbbb cccc\r\n250 d\r\n");
    assert_eq!(t("aaaa bbbb ccccc"), "250-aaaa bbbb\r\n250 ccccc\r\n");
    // The run of spaces at a break is dropped, others are kept.
    assert_eq!(
        t("aa  bb    cccccccc  d"),
        "250-aa  bb\r\n250 cccccccc  d\r\n"
    );
    // Spaces at the end of a long line go with the break.
    assert_eq!(t("aaaa bbbb cccc      "), "250 aaaa bbbb cccc\r\n");
    // Each line of text is wrapped on its own.
    assert_eq!(
        t("aaaa bbbb cccc dddd\nee"),
        "250-aaaa bbbb cccc\r\n250-dddd\r\n250 ee\r\n"
    );
}

#[test]
fn a_long_word_is_split() {
    let w = ReplyWriter::new(ReplyCode::ActionOk).max_line_len(20);
    let t = |text| wire_str(&w.with_text(text).unwrap());
    assert_eq!(
        t("abcdefghijklmnopqrstuvwxyz"),
        "250-abcdefghijklmn\r\n250 opqrstuvwxyz\r\n"
    );
    assert_eq!(
        t("to https://example.com/a/very/long/path ok"),
        "250-to\r\n250-https://exampl\r\n250-e.com/a/very/l\r\n250 ong/path ok\r\n"
    );
    // A line to wrap loses the spaces at its ends, so they never cut a word.
    assert_eq!(t("        abcdefghijklmn  "), "250 abcdefghijklmn\r\n");
    assert_eq!(
        t("   abcdefghij klmnop   "),
        "250-abcdefghij\r\n250 klmnop\r\n"
    );
    assert_eq!(t("                  "), "250 \r\n");
}

#[test]
fn long_text_stays_within_512_octets() {
    let long = "word ".repeat(300);
    let w = ReplyWriter::new(ReplyCode::ActionOk)
        .with_enhanced(enh("2.0.0"))
        .unwrap()
        .with_text(&long)
        .unwrap();
    let bytes = wire(&w);
    let reply = parse_strict(&bytes, 512);
    assert_eq!(reply.line_count(), w.line_count());
    assert!(reply.line_count() > 1);
    assert!(reply.lines().all(|l| l.raw().len() + 2 <= 512));
    // The first line is as full as whole words let it be.
    assert!(reply.first_line().raw().len() + 2 > 512 - "word ".len());
    let words: Vec<&str> = reply
        .lines()
        .flat_map(|l| l.as_str().unwrap().split(' ').skip(1))
        .filter(|w| !w.is_empty())
        .collect();
    assert_eq!(words, long.split_whitespace().collect::<Vec<_>>());
    // The limit never goes over 512.
    assert_eq!(w.max_line_len(100_000).line_limit(), 512);
}

/// Gmail's reply has four lines, the longest 84 octets with its CRLF. At
/// that limit the writer makes four lines too (Gmail breaks its second line
/// earlier, and puts two spaces before the address).
#[test]
fn gmail_at_84_octets_makes_four_lines() {
    let text = "The email account that you tried to reach does not exist. Please try \
        double-checking the recipient's email address for typos or unnecessary spaces. For more \
        information, go to https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.123 - gsmtp";
    let w = ReplyWriter::new(ReplyCode::MailboxUnavailable)
        .with_enhanced(enh("5.1.1"))
        .unwrap()
        .with_text(text)
        .unwrap()
        .max_line_len(84);
    assert_eq!(
        wire_str(&w),
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
         550-5.1.1 double-checking the recipient's email address for typos or unnecessary\r\n\
         550-5.1.1 spaces. For more information, go to\r\n\
         550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.123 - gsmtp\r\n"
    );
    // Gmail's own lines, given as lines, come out as Gmail sends them (but the double space).
    let lines = [
        "The email account that you tried to reach does not exist. Please try",
        "double-checking the recipient's email address for typos or",
        "unnecessary spaces. For more information, go to",
        "https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.123 - gsmtp",
    ];
    let w = w.with_lines(&lines).unwrap();
    let bytes = wire(&w);
    let reply = parse_strict(&bytes, 84);
    assert_eq!(texts_after(&reply, Some(enh("5.1.1"))), lines);
}

#[test]
fn buffer_too_small() {
    let w = ReplyWriter::new(ReplyCode::ServiceReady)
        .with_text("mx ready")
        .unwrap();
    let needed = "220 mx ready\r\n".len();
    assert_eq!(w.encoded_len(), needed);
    let mut buf = [0u8; 64];
    for len in 0..needed {
        assert_eq!(
            w.write_to_slice(&mut buf[..len]),
            Err(WriteError::BufferTooSmall { needed, len })
        );
    }
    assert_eq!(w.write_to_slice(&mut buf[..needed]), Ok(needed));
    assert_eq!(&buf[..needed], b"220 mx ready\r\n");
    assert_eq!(
        WriteError::BufferTooSmall { needed, len: 3 }.to_string(),
        "the buffer holds 3 bytes, the reply needs 14"
    );
}

#[test]
fn error_messages_are_lowercase() {
    let errors = [
        WriteError::ClassMismatch {
            code: code(250),
            enhanced: enh("5.0.0"),
        },
        WriteError::Byte {
            line: 1,
            offset: 2,
            byte: 0,
        },
        WriteError::LineBreak { line: 1, offset: 2 },
        WriteError::BufferTooSmall { needed: 9, len: 1 },
    ];
    for e in errors {
        let message = e.to_string();
        assert!(
            message.starts_with(|c: char| !c.is_uppercase()),
            "{message}"
        );
        assert!(!message.ends_with('.'), "{message}");
    }
}

#[test]
fn a_writer_is_a_small_copy_value_checked_at_compile_time() {
    fn is_copy<T: Copy + Send + Sync>() {}
    is_copy::<ReplyWriter<'static>>();
    is_copy::<WriteError>();
    const BYE: ReplyWriter<'static> = match ReplyWriter::from_code(ReplyCode::ServiceClosing.code())
        .with_enhanced(EnhancedCode::new(2, 0, 0).unwrap())
    {
        Ok(w) => match w.with_lines(&["mx.example.com", "Bye"]) {
            Ok(w) => w.max_line_len(80),
            Err(_) => panic!("valid lines"),
        },
        Err(_) => panic!("2yz with 2.0.0"),
    };
    assert_eq!(
        wire_str(&BYE),
        "221-2.0.0 mx.example.com\r\n221 2.0.0 Bye\r\n"
    );
    assert_eq!(BYE.line_limit(), 80);
    // Code, enhanced code, text, domain, line limit, two flags and the
    // line head it makes: a copy stays within 72 bytes.
    let size = std::mem::size_of::<ReplyWriter<'static>>();
    assert!(size <= 72, "{size}");
}

// ---------------------------------------------------------------------------
// Properties

/// A strict code: first digit 2 to 5, second 0 to 5.
fn strict_code() -> impl Strategy<Value = Code> {
    prop_oneof![
        (2u16..=5, 0u16..=5, 0u16..=9).prop_map(|(a, b, c)| code(a * 100 + b * 10 + c)),
        prop::sample::select(ReplyCode::iter().collect::<Vec<_>>()).prop_map(ReplyCode::code),
    ]
}

/// A code and an enhanced code that agrees with it (or none).
fn code_and_enhanced() -> impl Strategy<Value = (Code, Option<EnhancedCode>)> {
    let number = || prop_oneof![0u16..=9, 0u16..=999];
    (strict_code(), any::<bool>(), number(), number()).prop_map(|(c, with, subject, detail)| {
        let class = c.class().digit();
        let e = if with && class != 3 {
            EnhancedCode::new(class, subject, detail)
        } else {
            None
        };
        (c, e)
    })
}

/// Words, long words, runs of spaces, tabs and line breaks.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[!-~]{1,10}",
        1 => "[!-~]{10,90}",
        4 => " {1,3}",
        1 => Just("\t".to_owned()),
        1 => prop::sample::select(vec!["\r\n", "\n", "\r"]).prop_map(str::to_owned),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..120).prop_map(|t| t.concat())
}

fn given() -> impl Strategy<Value = Given> {
    prop_oneof![
        1 => Just(Given::Default),
        4 => text().prop_map(Given::Text),
        2 => prop::collection::vec("[ -~\t]{0,80}", 0..6).prop_map(Given::Lines),
    ]
}

fn limit() -> impl Strategy<Value = usize> {
    prop_oneof![0usize..=40, 41usize..=600, Just(512)]
}

/// Text made to fool a parser: line breaks, codes, separators.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "\r",
        "\n",
        "\r\n",
        "250 ",
        "250-",
        "354 ",
        "550 5.1.1 ",
        ".",
        "\r\n.\r\n",
        " ",
        "a",
        "\t",
        "2.0.0",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(1000)))]

    /// The writer writes what the naive reference writes, byte for byte.
    #[test]
    fn agrees_with_the_reference((c, e) in code_and_enhanced(), given in given(), limit in limit()) {
        let lines: Vec<&str> = match &given {
            Given::Lines(l) => l.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        let w = build(c, e, &given, &lines, limit);
        prop_assert_eq!(wire_str(&w), reference_wire(c, e, &given, limit));
    }

    /// What it writes parses back strictly, with the line limit, to the same
    /// code, the enhanced code on every line and the same text.
    #[test]
    fn parses_back_strictly((c, e) in code_and_enhanced(), text in text(), limit in limit()) {
        let w = build(c, e, &Given::Default, &[], limit)
            .with_text(&text)
            .unwrap();
        let limit = w.line_limit();
        let bytes = wire(&w);
        let reply = parse_strict(&bytes, limit);
        prop_assert_eq!(reply.code(), c);
        prop_assert_eq!(reply.line_count(), w.line_count());
        for line in reply.lines() {
            prop_assert!(line.raw().len() + 2 <= limit);
            if let Some(e) = e {
                prop_assert_eq!(line.enhanced(), Some(e));
            }
        }
        let got = texts_after(&reply, e);

        // Only spaces at breaks are dropped: every other byte is kept, in order.
        let lines = reference_lines(&text);
        let strip = |s: &str| s.replace(' ', "");
        prop_assert_eq!(strip(&got.concat()), strip(&lines.concat()));

        // Each line of text starts a reply line, and a line that fits is kept whole.
        let room = limit - 6 - e.map_or(0, |e| e.to_string().len() + 1);
        let mut at = 0;
        for line in &lines {
            prop_assert!(at < got.len());
            if line.len() <= room {
                prop_assert_eq!(&got[at], line);
                at += 1;
            } else {
                // Its pieces, joined with a space, give its words back, when no word is too long.
                let n = reference_wrap(line, room).len();
                let joined = got[at..at + n].join(" ");
                if line.split(' ').all(|word| word.len() <= room) {
                    prop_assert_eq!(
                        joined.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>(),
                        line.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>()
                    );
                }
                // No piece is empty (but that of a line of spaces), nor starts or ends with a space.
                for piece in &got[at..at + n] {
                    prop_assert!(piece.len() <= room);
                    prop_assert!(!piece.starts_with(' ') && !piece.ends_with(' '));
                    prop_assert!(!piece.is_empty() || line.trim_matches(' ').is_empty());
                }
                at += n;
            }
        }
        prop_assert_eq!(at, got.len());
    }

    /// Text with line breaks never yields a second reply, in either mode.
    #[test]
    fn text_never_makes_a_second_reply((c, e) in code_and_enhanced(), text in hostile_text(), limit in limit()) {
        let w = build(c, e, &Given::Default, &[], limit).with_text(&text).unwrap();
        let bytes = wire(&w);
        for config in [ParserConfig::STRICT, ParserConfig::LENIENT] {
            let mut replies = config.replies(&bytes);
            let all: Vec<_> = replies.by_ref().collect();
            prop_assert_eq!(all.len(), 1);
            let reply = all[0].unwrap();
            prop_assert_eq!(reply.code(), c);
            prop_assert_eq!(replies.consumed(), bytes.len());
        }
        // As lines, any CR or LF is an error at its place.
        let lines = [text.as_str()];
        let first_break = text.bytes().position(|b| b == b'\r' || b == b'\n');
        match (ReplyWriter::new(c).with_lines(&lines), first_break) {
            (Ok(_), None) => {}
            (Err(WriteError::LineBreak { line: 0, offset }), Some(at)) => prop_assert_eq!(offset, at),
            (other, _) => prop_assert!(false, "{:?}", other),
        }
    }

    /// Any string is taken exactly when all its bytes are allowed, and the
    /// error names the first byte that is not.
    #[test]
    fn text_is_checked_byte_by_byte(text in any::<String>(), ascii in "[\x00-\x7f]{0,40}") {
        for text in [text.as_str(), ascii.as_str()] {
            let bad = text.bytes().position(|b| !(b == b'\t' || b == b'\r' || b == b'\n' || (0x20..=0x7e).contains(&b)));
            match (ReplyWriter::new(ReplyCode::ActionOk).with_text(text), bad) {
                (Ok(_), None) => {}
                (Err(WriteError::Byte { line: 0, offset, byte }), Some(at)) => {
                    prop_assert_eq!(offset, at);
                    prop_assert_eq!(byte, text.as_bytes()[at]);
                }
                (other, _) => prop_assert!(false, "{:?}", other),
            }
        }
    }

    /// Every sink writes the same bytes, and a short buffer says how much is needed.
    #[test]
    fn sinks_agree((c, e) in code_and_enhanced(), given in given(), limit in limit()) {
        let lines: Vec<&str> = match &given {
            Given::Lines(l) => l.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        let w = build(c, e, &given, &lines, limit);
        let bytes = wire(&w);
        let mut short = vec![0u8; bytes.len() - 1];
        prop_assert_eq!(
            w.write_to_slice(&mut short),
            Err(WriteError::BufferTooSmall { needed: bytes.len(), len: bytes.len() - 1 })
        );
    }
}

/// The number of cases: `n`, or `PROPTEST_CASES` when it is set (fewer
/// under `cargo mutants`, see `.cargo/mutants.toml`).
fn cases(n: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n)
}
