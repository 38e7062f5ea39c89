//! The reply parser, case by case: the grammar of RFC 5321 section 4.2 in
//! strict mode, what lenient mode adds, enhanced codes, partial input,
//! pipelined streams and resumable parsing.

use smtp_codes::{Code, ParseError, ParserConfig, Reply, ReplyParser, Status};

const STRICT: ParserConfig = ParserConfig::STRICT;
const LENIENT: ParserConfig = ParserConfig::LENIENT;

/// What a parse gave, in plain values.
#[derive(Debug, PartialEq)]
enum Got {
    Reply {
        code: u16,
        len: usize,
        lines: Vec<Vec<u8>>,
    },
    Partial,
    Error(ParseError),
}

fn got(config: ParserConfig, input: &[u8]) -> Got {
    match config.parse(input) {
        Ok(Status::Complete(r)) => {
            let lines: Vec<Vec<u8>> = r.lines().map(|l| l.text().to_vec()).collect();
            assert_eq!(lines.len(), r.line_count(), "line count of {input:?}");
            Got::Reply {
                code: r.code().as_u16(),
                len: r.len(),
                lines,
            }
        }
        Ok(Status::Partial) => Got::Partial,
        Err(e) => Got::Error(e),
    }
}

fn reply(code: u16, len: usize, lines: &[&[u8]]) -> Got {
    Got::Reply {
        code,
        len,
        lines: lines.iter().map(|l| l.to_vec()).collect(),
    }
}

fn code(n: u16) -> Code {
    Code::from_u16(n).unwrap()
}

/// Inputs that both modes read the same way.
#[test]
fn the_grammar_in_both_modes() {
    let cases: Vec<(&[u8], Got)> = vec![
        (b"250 OK\r\n", reply(250, 8, &[b"OK"])),
        (b"250\r\n", reply(250, 5, &[b""])),
        (b"250 \r\n", reply(250, 6, &[b""])),
        (b"250-\r\n250 OK\r\n", reply(250, 14, &[b"", b"OK"])),
        (b"250-\r\n250\r\n", reply(250, 11, &[b"", b""])),
        (
            b"250-234 Text beginning with numbers\r\n250 The last line\r\n",
            reply(
                250,
                56,
                &[b"234 Text beginning with numbers", b"The last line"],
            ),
        ),
        (b"250 a\tb  c \r\n", reply(250, 13, &[b"a\tb  c "])),
        (
            b"220 mx.example.com ESMTP\r\n250 next\r\n",
            reply(220, 26, &[b"mx.example.com ESMTP"]),
        ),
        (b"334 \r\n", reply(334, 6, &[b""])),
        (b"559 x\r\n", reply(559, 7, &[b"x"])),
        (b"200 x\r\n", reply(200, 7, &[b"x"])),
        // Errors in both modes.
        (
            b"250-a\r\n251 b\r\n",
            Got::Error(ParseError::CodeChanged {
                offset: 7,
                expected: code(250),
                found: code(251),
            }),
        ),
        (b"600 No\r\n", Got::Error(ParseError::Class { offset: 0 })),
        (b"199 No\r\n", Got::Error(ParseError::Class { offset: 0 })),
        (
            b"2500 OK\r\n",
            Got::Error(ParseError::CodeTooLong { offset: 3 }),
        ),
        (
            b"250:OK\r\n",
            Got::Error(ParseError::Separator { offset: 3 }),
        ),
        (
            b"250_OK\r\n",
            Got::Error(ParseError::Separator { offset: 3 }),
        ),
        (
            b"250\tOK\r\n",
            Got::Error(ParseError::Separator { offset: 3 }),
        ),
        (b"hello\r\n", Got::Error(ParseError::NotDigit { offset: 0 })),
        (b"\r\n", Got::Error(ParseError::NotDigit { offset: 0 })),
        (
            b"25x OK\r\n",
            Got::Error(ParseError::NotDigit { offset: 2 }),
        ),
        (
            b"250-a\r\nOK\r\n",
            Got::Error(ParseError::NotDigit { offset: 7 }),
        ),
        (
            b" 250 OK\r\n",
            Got::Error(ParseError::NotDigit { offset: 0 }),
        ),
        (
            b"250 a\rb\r\n",
            Got::Error(ParseError::BareCr { offset: 5 }),
        ),
        (
            b"250 a\x00\r\n",
            Got::Error(ParseError::Byte { offset: 5, byte: 0 }),
        ),
        (
            b"250 a\x7f\r\n",
            Got::Error(ParseError::Byte {
                offset: 5,
                byte: 0x7f,
            }),
        ),
        (
            b"250 a\x1b[31m\r\n",
            Got::Error(ParseError::Byte {
                offset: 5,
                byte: 0x1b,
            }),
        ),
        // Partial input is a status, not an error.
        (b"", Got::Partial),
        (b"2", Got::Partial),
        (b"250", Got::Partial),
        (b"250 OK", Got::Partial),
        (b"250 OK\r", Got::Partial),
        (b"250-a\r\n", Got::Partial),
        (b"250-a\r\n25", Got::Partial),
    ];
    for (input, expected) in &cases {
        for config in [STRICT, LENIENT] {
            assert_eq!(
                &got(config, input),
                expected,
                "{:?} in {config:?}",
                String::from_utf8_lossy(input)
            );
        }
    }
}

#[test]
fn strict_is_exactly_rfc_5321_and_lenient_takes_real_servers() {
    let cases: Vec<(&[u8], Got, Got)> = vec![
        // Bare LF, also mixed with CRLF in one reply.
        (
            b"250 OK\n",
            Got::Error(ParseError::BareLf { offset: 6 }),
            reply(250, 7, &[b"OK"]),
        ),
        (
            b"250-a\r\n250 b\n",
            Got::Error(ParseError::BareLf { offset: 12 }),
            reply(250, 13, &[b"a", b"b"]),
        ),
        (
            b"250\n",
            Got::Error(ParseError::BareLf { offset: 3 }),
            reply(250, 4, &[b""]),
        ),
        // 8-bit text: UTF-8, Latin-1 and GBK bytes are kept as bytes.
        (
            b"250 caf\xc3\xa9\r\n",
            Got::Error(ParseError::Byte {
                offset: 7,
                byte: 0xc3,
            }),
            reply(250, 11, &[b"caf\xc3\xa9"]),
        ),
        (
            b"550 Empf\xe4nger unbekannt\r\n",
            Got::Error(ParseError::Byte {
                offset: 8,
                byte: 0xe4,
            }),
            reply(550, 25, &[b"Empf\xe4nger unbekannt"]),
        ),
        (
            b"554 \xc4\xe3\xba\xc3\r\n",
            Got::Error(ParseError::Byte {
                offset: 4,
                byte: 0xc4,
            }),
            reply(554, 10, &[b"\xc4\xe3\xba\xc3"]),
        ),
        // Second digit over 5.
        (
            b"260 x\r\n",
            Got::Error(ParseError::Category { offset: 1 }),
            reply(260, 7, &[b"x"]),
        ),
        (
            b"299 x\r\n",
            Got::Error(ParseError::Category { offset: 1 }),
            reply(299, 7, &[b"x"]),
        ),
        (b"25", Got::Partial, Got::Partial),
        (
            b"26",
            Got::Error(ParseError::Category { offset: 1 }),
            Got::Partial,
        ),
    ];
    for (input, strict, lenient) in &cases {
        let show = String::from_utf8_lossy(input);
        assert_eq!(&got(STRICT, input), strict, "strict {show:?}");
        assert_eq!(&got(LENIENT, input), lenient, "lenient {show:?}");
    }
    let utf8 = LENIENT
        .parse(b"250 caf\xc3\xa9\r\n")
        .unwrap()
        .complete()
        .unwrap();
    assert_eq!(utf8.first_line().as_str(), Some("café"));
    let latin1 = LENIENT
        .parse(b"250 caf\xe9\r\n")
        .unwrap()
        .complete()
        .unwrap();
    assert_eq!(latin1.first_line().as_str(), None);
    assert_eq!(latin1.first_line().text(), b"caf\xe9");
}

#[test]
fn limits_read_back_as_set_and_clamped() {
    let c = ParserConfig::STRICT.max_line_len(100).max_reply_len(4096);
    assert_eq!((c.line_limit(), c.reply_limit()), (100, 4096));
    assert_eq!(ParserConfig::STRICT.line_limit(), 512);
    for (set, got) in [
        (0, 6),
        (5, 6),
        (6, 6),
        (7, 7),
        (isize::MAX as usize, isize::MAX as usize),
        (usize::MAX, isize::MAX as usize),
    ] {
        let c = ParserConfig::LENIENT.max_line_len(set).max_reply_len(set);
        assert_eq!((c.line_limit(), c.reply_limit()), (got, got), "{set}");
    }
    // A CRLF whose CR is the last byte that fits a bare LF: one byte too
    // long for the line, or for the reply, however the bytes arrive.
    let wide = ParserConfig::LENIENT.max_line_len(1000).max_reply_len(1000);
    for (config, err) in [
        (
            wide.max_line_len(10),
            ParseError::LineTooLong {
                offset: 0,
                limit: 10,
            },
        ),
        (
            wide.max_reply_len(10),
            ParseError::ReplyTooLong {
                offset: 0,
                limit: 10,
            },
        ),
    ] {
        assert_eq!(config.parse(b"250 abcde\r\n"), Err(err));
        let fits = config.parse(b"250 abcd\r\n").unwrap().unwrap();
        assert_eq!(fits.len(), 10);
        let mut parser = ReplyParser::new(config);
        assert!(parser.parse(b"250 abcde\r").unwrap().is_partial());
        assert_eq!(parser.parse(b"250 abcde\r\n"), Err(err));
    }
}

#[test]
fn line_length_limits() {
    let line = |text_len: usize, end: &[u8]| {
        let mut v = b"250 ".to_vec();
        v.extend(std::iter::repeat_n(b'x', text_len));
        v.extend_from_slice(end);
        v
    };
    // 512 octets with CRLF is the most RFC 5321 allows.
    let longest = line(506, b"\r\n");
    assert_eq!(longest.len(), 512);
    assert!(matches!(got(STRICT, &longest), Got::Reply { len: 512, .. }));
    let over = line(507, b"\r\n");
    assert_eq!(
        got(STRICT, &over),
        Got::Error(ParseError::LineTooLong {
            offset: 0,
            limit: 512
        })
    );
    // A partial line that can no longer fit is an error at once, not a wait.
    assert_eq!(
        got(STRICT, &line(507, b"")),
        Got::Error(ParseError::LineTooLong {
            offset: 0,
            limit: 512
        })
    );
    assert_eq!(got(STRICT, &line(506, b"")), Got::Partial);
    assert_eq!(got(STRICT, &line(506, b"\r")), Got::Partial);
    // A 16 KiB line in lenient mode.
    let big = line(16 * 1024, b"\r\n");
    assert!(matches!(got(LENIENT, &big), Got::Reply { len, .. } if len == big.len()));
    assert!(matches!(
        got(STRICT, &big),
        Got::Error(ParseError::LineTooLong { .. })
    ));
    // Over the lenient cap.
    let huge = line(70_000, b"\r\n");
    assert_eq!(
        got(LENIENT, &huge),
        Got::Error(ParseError::LineTooLong {
            offset: 0,
            limit: 65_536
        })
    );
    // The limit of a second line is reported at that line.
    let mut two = b"250-a\r\n".to_vec();
    two.extend(line(600, b"\r\n"));
    assert_eq!(
        got(STRICT, &two),
        Got::Error(ParseError::LineTooLong {
            offset: 7,
            limit: 512
        })
    );
    // What lies past the limit does not decide the error (found by fuzzing:
    // a bad byte after the limit gave another error than the same bytes in pieces).
    let mut bad_late = line(600, b"\r\n");
    bad_late[540] = 0xff;
    assert_eq!(
        got(STRICT, &bad_late),
        Got::Error(ParseError::LineTooLong {
            offset: 0,
            limit: 512
        })
    );
    let mut parser = ReplyParser::new(STRICT);
    assert_eq!(parser.parse(&bad_late[..300]), Ok(Status::Partial));
    assert_eq!(
        parser.parse(&bad_late),
        Err(ParseError::LineTooLong {
            offset: 0,
            limit: 512
        })
    );
    // Nor does a byte where only a line end could still fit (a CR at 510
    // and its LF at 511 are the last a strict line can hold).
    let mut bad_last = line(507, b"x\r\n");
    bad_last[511] = 0xff;
    assert_eq!(
        got(STRICT, &bad_last),
        Got::Error(ParseError::LineTooLong {
            offset: 0,
            limit: 512
        })
    );
    // A reply limit bounds what a caller buffers.
    let small = STRICT.max_reply_len(20);
    assert_eq!(
        got(small, b"250-aaaa\r\n250-bbbb\r\n250 c\r\n"),
        Got::Error(ParseError::ReplyTooLong {
            offset: 20,
            limit: 20
        })
    );
}

/// A multi-line reply of 4145 bytes: over smtp-proto's 4096-byte limit.
fn long_reply() -> Vec<u8> {
    let mut v = Vec::new();
    for i in 0..51 {
        v.extend_from_slice(format!("250-{i:02} {}\r\n", "y".repeat(71)).as_bytes());
    }
    v.extend_from_slice(b"250 The last line of a long reply, padded to size\r\n");
    while v.len() < 4145 {
        v.insert(v.len() - 2, b'z');
    }
    v
}

#[test]
fn a_4145_byte_reply() {
    let wire = long_reply();
    assert_eq!(wire.len(), 4145);
    for config in [STRICT, LENIENT] {
        let r = config.parse(&wire).unwrap().complete().unwrap();
        assert_eq!((r.len(), r.line_count()), (4145, 52));
        assert!(
            r.lines()
                .take(51)
                .all(|l| l.text().len() == 74 && !l.is_last())
        );
    }
}

#[test]
fn truncation_at_every_byte_is_partial() {
    let mut inputs: Vec<Vec<u8>> = vec![
        b"250 OK\r\n".to_vec(),
        b"250\r\n".to_vec(),
        b"250-\r\n250 \r\n".to_vec(),
        b"250-mx.example.com Hello\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250 DSN\r\n".to_vec(),
        b"550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser\r\n".to_vec(),
        long_reply(),
    ];
    inputs.push(b"250-a\n250 b\r\n".to_vec());
    for input in &inputs {
        let strict_ok =
            !input.windows(2).any(|w| w[1] == b'\n' && w[0] != b'\r') && input[0] != b'\n';
        for config in [STRICT, LENIENT] {
            if config == STRICT && !strict_ok {
                continue;
            }
            for end in 0..input.len() {
                assert_eq!(
                    got(config, &input[..end]),
                    Got::Partial,
                    "{:?} cut at {end}",
                    String::from_utf8_lossy(input)
                );
            }
            assert!(matches!(got(config, input), Got::Reply { len, .. } if len == input.len()));
        }
    }
}

#[test]
fn enhanced_codes_of_lines_and_replies() {
    // (input, the reply's enhanced code, whether it agrees with the basic code)
    let cases: &[(&[u8], Option<&str>, Option<bool>)] = &[
        (b"550 5.1.1 User unknown\r\n", Some("5.1.1"), Some(true)),
        (
            b"550 5.7.256 No truncation\r\n",
            Some("5.7.256"),
            Some(true),
        ),
        (
            b"550 5.7.606 Access denied, banned sending IP\r\n",
            Some("5.7.606"),
            Some(true),
        ),
        (b"250 2.0.0\r\n", Some("2.0.0"), Some(true)),
        (b"250 2.0.0  Two spaces\r\n", Some("2.0.0"), Some(true)),
        // The class disagrees: the code is reported as sent, and flagged.
        (b"550 2.1.1 Odd\r\n", Some("2.1.1"), Some(false)),
        (b"550 4.4.7 Odd\r\n", Some("4.4.7"), Some(false)),
        // Not enhanced codes.
        (b"300 3.0.0 Three is no class\r\n", None, None),
        (b"550 5.1 Too short\r\n", None, None),
        (b"550 5. Too short\r\n", None, None),
        (b"550 5.7.1.100 Five parts\r\n", None, None),
        (b"250 192.168.1.1 is your address\r\n", None, None),
        (b"250 4.4.4.4 is your address\r\n", None, None),
        (b"550 5.1.1: no space\r\n", None, None),
        (b"550 5.01.1 Leading zero\r\n", None, None),
        (b"550 x 5.1.1 Not at the start\r\n", None, None),
        (b"550\r\n", None, None),
        (b"550 5.1.1\tTab\r\n", None, None),
    ];
    for (input, enhanced, agrees) in cases {
        let r = LENIENT.parse(input).unwrap().complete().unwrap();
        let found = r.enhanced().map(|e| e.to_string());
        assert_eq!(
            found.as_deref(),
            *enhanced,
            "{:?}",
            String::from_utf8_lossy(input)
        );
        assert_eq!(
            r.enhanced_agrees(),
            *agrees,
            "{:?}",
            String::from_utf8_lossy(input)
        );
    }
    // Each line has its own; the reply's is the first line's.
    let r = LENIENT
        .parse(b"451-4.3.0 First\r\n451-4.7.1 Second\r\n451 No code\r\n")
        .unwrap()
        .complete()
        .unwrap();
    let each: Vec<Option<String>> = r
        .lines()
        .map(|l| l.enhanced().map(|e| e.to_string()))
        .collect();
    assert_eq!(each, [Some("4.3.0".into()), Some("4.7.1".into()), None]);
    assert_eq!(r.enhanced().unwrap().to_string(), "4.3.0");
    let messages: Vec<&[u8]> = r.lines().map(|l| l.message()).collect();
    assert_eq!(messages, [&b"First"[..], b"Second", b"No code"]);
}

fn ehlo() -> &'static [u8] {
    b"250-mx.example.com Hello\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-CHUNKING\r\n250-SMTPUTF8\r\n250-AUTH LOGIN PLAIN XOAUTH2\r\n250 DSN\r\n"
}

#[test]
fn pipelined_replies_one_after_another() {
    let mut buf = Vec::new();
    buf.extend_from_slice(b"250 2.1.0 Sender ok\r\n");
    buf.extend_from_slice(b"250 2.1.5 Recipient ok\r\n");
    buf.extend_from_slice(b"550 5.1.1 No such user\r\n");
    buf.extend_from_slice(b"354 Go ahead\r\n");
    buf.extend_from_slice(ehlo());
    let whole = buf.len();
    buf.extend_from_slice(b"250-partial\r\n250 ta");
    let mut replies = LENIENT.replies(&buf);
    let codes: Vec<u16> = replies
        .by_ref()
        .map(|r| r.unwrap().code().as_u16())
        .collect();
    assert_eq!(codes, [250, 250, 550, 354, 250]);
    assert_eq!(replies.consumed(), whole);
    assert_eq!(replies.rest(), b"250-partial\r\n250 ta");
    assert!(replies.next().is_none());

    // An error stops the iteration, with its offset in the whole buffer.
    let bad = b"250 OK\r\n250-a\r\n251 b\r\n250 never\r\n";
    let mut replies = STRICT.replies(bad);
    assert!(replies.next().unwrap().is_ok());
    assert_eq!(
        replies.next().unwrap(),
        Err(ParseError::CodeChanged {
            offset: 15,
            expected: code(250),
            found: code(251)
        })
    );
    assert!(replies.next().is_none());
    assert_eq!(replies.consumed(), 8);
}

#[test]
fn lmtp_gives_one_reply_per_recipient() {
    // RFC 2033: after the data, one reply per accepted RCPT, in order.
    let after_data = b"250 2.1.5 <a@example.org> delivered\r\n452 4.2.2 <b@example.org> mailbox full\r\n550 5.1.1 <c@example.org> unknown\r\n";
    let replies: Vec<Reply> = STRICT.replies(after_data).map(Result::unwrap).collect();
    let codes: Vec<(u16, String)> = replies
        .iter()
        .map(|r| (r.code().as_u16(), r.enhanced().unwrap().to_string()))
        .collect();
    assert_eq!(
        codes,
        [
            (250, "2.1.5".into()),
            (452, "4.2.2".into()),
            (550, "5.1.1".into())
        ]
    );
}

#[test]
fn resumable_parsing_gives_the_same_reply_in_any_pieces() {
    let wire = ehlo();
    let whole = LENIENT.parse(wire).unwrap().complete().unwrap();
    for step in [1, 2, 3, 7, 16, 64] {
        let mut parser = ReplyParser::new(LENIENT);
        let mut done = None;
        let mut end = 0;
        while end < wire.len() {
            end = (end + step).min(wire.len());
            match parser.parse(&wire[..end]).unwrap() {
                Status::Complete(r) => {
                    done = Some(r);
                    break;
                }
                Status::Partial => assert!(parser.checked() <= end),
            }
        }
        assert_eq!(done, Some(whole), "in pieces of {step}");
    }
    // The parser starts afresh after a reply.
    let mut parser = ReplyParser::new(STRICT);
    assert!(parser.parse(b"250 a\r\n").unwrap().complete().is_some());
    assert_eq!(
        parser
            .parse(b"550 b\r\n")
            .unwrap()
            .complete()
            .unwrap()
            .code(),
        550
    );
    // After `reset`, the bytes of another reply are welcome.
    assert!(parser.parse(b"250-a\r\n").unwrap().is_partial());
    assert_eq!(parser.checked(), 7);
    parser.reset();
    assert_eq!(parser.checked(), 0);
    let next = parser.parse(b"550 b\r\n").unwrap().complete().unwrap();
    assert_eq!((next.code().as_u16(), next.len()), (550, 7));
    // And after an error.
    assert!(parser.parse(b"250-a\r\n251").is_ok());
    assert!(parser.parse(b"250-a\r\n251 b\r\n").is_err());
    assert_eq!(
        parser
            .parse(b"221 bye\r\n")
            .unwrap()
            .complete()
            .unwrap()
            .code(),
        221
    );
}

#[test]
fn one_byte_at_a_time_agrees_with_whole_near_every_limit() {
    // Every prefix of a few replies, under every small line and reply
    // limit: the one-byte path must stop where parsing the prefix whole
    // stops, with the same answer, also when a limit falls on a later
    // line's separator or on the LF that ends a line.
    let inputs: [&[u8]; 4] = [
        b"250-ab\r\n250-cd\r\n250 ef\r\n",
        b"250-ab\n250-cd\n250 ef\n",
        b"250-\r\n250-x\r\n250\r\n",
        b"550-5.1.1 a\r\n550-5.1.1 b\r\n551 c\r\n",
    ];
    for input in inputs {
        for bare_lf in [false, true] {
            for max_line in 6..16 {
                for max_reply in 6..input.len() + 2 {
                    let config = STRICT
                        .allow_bare_lf(bare_lf)
                        .max_line_len(max_line)
                        .max_reply_len(max_reply);
                    for len in 0..=input.len() {
                        let prefix = &input[..len];
                        let mut parser = ReplyParser::new(config);
                        let mut result = parser.parse(&[]);
                        for end in 1..=len {
                            if result != Ok(Status::Partial) {
                                break;
                            }
                            result = parser.parse(&prefix[..end]);
                        }
                        assert_eq!(
                            result,
                            config.parse(prefix),
                            "{:?} with {config:?}",
                            String::from_utf8_lossy(prefix)
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn one_byte_at_a_time_keeps_the_state_of_a_whole_read() {
    // The one-byte path is a shortcut: after each byte, the parser has
    // checked what reading the same prefix in one call checks.
    let inputs: [&[u8]; 6] = [
        b"250-ab\r\n250-cd\r\n250 ef\r\n",
        b"250-ab\n250-cd\n250 ef\n",
        b"250-\r\n250-x\r\n250\r\n",
        b"550-5.1.1 a\r\n550-5.1.1 b\r\n550 5.1.1 c\r\n",
        b"250-caf\xc3\xa9\r\n250 \xff\r\n",
        b"250-a\r\n251 b\r\n",
    ];
    for input in inputs {
        for config in [STRICT, LENIENT, LENIENT.max_line_len(8).max_reply_len(20)] {
            let mut bytewise = ReplyParser::new(config);
            for end in 1..=input.len() {
                let prefix = &input[..end];
                let got = bytewise.parse(prefix);
                let mut whole = ReplyParser::new(config);
                assert_eq!(got, whole.parse(prefix), "{prefix:?} with {config:?}");
                assert_eq!(
                    bytewise.checked(),
                    whole.checked(),
                    "{prefix:?} with {config:?}"
                );
                if got != Ok(Status::Partial) {
                    break;
                }
            }
        }
    }
}

#[test]
fn the_largest_limits_do_not_overflow() {
    let wire = b"250-a\r\n250 b\r\n";
    for config in [STRICT, LENIENT] {
        let config = config.max_line_len(usize::MAX).max_reply_len(usize::MAX);
        let whole = config.parse(wire).unwrap().complete().unwrap();
        assert_eq!((whole.len(), whole.line_count()), (wire.len(), 2));
        let mut parser = ReplyParser::new(config);
        for end in 1..wire.len() {
            assert_eq!(parser.parse(&wire[..end]), Ok(Status::Partial));
        }
        assert_eq!(parser.parse(wire), Ok(Status::Complete(whole)));
    }
}

#[test]
fn resumable_parsing_reads_each_byte_once() {
    // After each piece, the parser has checked all but at most a line's
    // code and a pending CR: it never goes back over what it has read.
    let wire = long_reply();
    let mut parser = ReplyParser::new(STRICT);
    for end in 1..wire.len() {
        assert_eq!(parser.parse(&wire[..end]).unwrap(), Status::Partial);
        assert!(
            parser.checked() + 4 >= end,
            "at {end}: checked {}",
            parser.checked()
        );
    }
    assert!(parser.parse(&wire).unwrap().complete().is_some());
}

#[test]
fn debug_output_shows_the_text() {
    let r = LENIENT
        .parse(b"250 caf\xe9\r\n")
        .unwrap()
        .complete()
        .unwrap();
    let shown = format!("{r:?}");
    assert!(shown.contains("caf\\xe9"), "{shown}");
    assert_eq!(
        ParseError::BareLf { offset: 6 }.to_string(),
        "byte 6: a line must end with CRLF, not a bare line feed"
    );
}

#[test]
fn bytes_that_do_not_extend_the_last_ones_are_an_error() {
    use smtp_codes::{ParseError, ParserConfig, ReplyParser, Status};
    // A parser reused for a reply with another code.
    let mut parser = ReplyParser::new(ParserConfig::default());
    assert_eq!(parser.parse(b"250-abc"), Ok(Status::Partial));
    assert_eq!(
        parser.parse(b"550 ok\r\n"),
        Err(ParseError::NotExtended { offset: 0 })
    );
    // It starts afresh after the error.
    assert!(matches!(
        parser.parse(b"550 ok\r\n"),
        Ok(Status::Complete(_))
    ));
    // Fewer bytes than last time.
    let mut parser = ReplyParser::new(ParserConfig::default());
    assert_eq!(parser.parse(b"250-abcdef"), Ok(Status::Partial));
    assert_eq!(
        parser.parse(b"25"),
        Err(ParseError::NotExtended { offset: 2 })
    );
    // The same bytes and more, one at a time or in pieces, are fine.
    let wire = b"250-mx.example.com\r\n250 DSN\r\n";
    let mut parser = ReplyParser::new(ParserConfig::default());
    for end in 1..wire.len() {
        assert_eq!(parser.parse(&wire[..end]), Ok(Status::Partial), "{end}");
    }
    assert!(matches!(parser.parse(wire), Ok(Status::Complete(r)) if r.line_count() == 2));
    // The same length twice is allowed (a read that brought nothing).
    let mut parser = ReplyParser::new(ParserConfig::default());
    assert_eq!(parser.parse(b"250-a"), Ok(Status::Partial));
    assert_eq!(parser.parse(b"250-a"), Ok(Status::Partial));
    assert_eq!(ParseError::NotExtended { offset: 3 }.offset(), 3);
    assert!(
        ParseError::NotExtended { offset: 3 }
            .to_string()
            .contains("do not extend")
    );
}

#[test]
fn a_reply_and_its_lines_answer_every_accessor() {
    let wire = b"550-5.1.1 The account\r\n550-5.1.1   does not exist\r\n550 5.1.1\r\n";
    let r = STRICT.parse(wire).unwrap().complete().unwrap();
    assert_eq!(r.code(), code(550));
    assert_eq!(r.known().map(|k| k.as_u16()), Some(550));
    assert_eq!(
        (r.raw(), r.len(), r.line_count()),
        (&wire[..], wire.len(), 3)
    );
    assert!(r.is_multiline());
    assert_eq!(
        r.enhanced().map(|e| e.to_string()).as_deref(),
        Some("5.1.1")
    );
    assert_eq!(r.enhanced_agrees(), Some(true));
    let lines: Vec<_> = r.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(r.first_line(), lines[0]);
    assert_eq!(lines[0].text(), b"5.1.1 The account");
    assert_eq!(lines[0].as_str(), Some("5.1.1 The account"));
    assert_eq!(
        lines[0].raw(),
        b"550-5.1.1 The account",
        "without its line end"
    );
    assert_eq!(lines[1].message(), b"does not exist");
    assert_eq!(lines[2].message(), b"");
    assert_eq!(
        lines.iter().map(|l| l.is_last()).collect::<Vec<_>>(),
        [false, false, true]
    );
    assert_eq!(
        format!("{:?}", lines[2]),
        "Line { text: \"5.1.1\", last: true }"
    );
    // One line; a code that disagrees; none.
    let one = STRICT.parse(b"250 OK\r\n").unwrap().complete().unwrap();
    assert!(!one.is_multiline());
    assert_eq!((one.line_count(), one.enhanced()), (1, None));
    assert_eq!(one.enhanced_agrees(), None);
    assert_eq!(one.first_line().message(), b"OK");
    let odd = STRICT
        .parse(b"550 4.4.7 Odd\r\n")
        .unwrap()
        .complete()
        .unwrap();
    assert_eq!(odd.enhanced_agrees(), Some(false));
    let two = STRICT
        .parse(b"250-a\r\n250 b\r\n")
        .unwrap()
        .complete()
        .unwrap();
    assert!(two.is_multiline());
    let mut it = two.lines();
    assert_eq!(it.next().map(|l| l.text()), Some(&b"a"[..]));
    assert_eq!(it.next().map(|l| l.text()), Some(&b"b"[..]));
    assert_eq!(it.next(), None);
    assert_eq!(it.next(), None, "fused");
}
