//! Owned replies, and the conversions from lettre and smtp-proto.
#![cfg(feature = "alloc")]

use smtp_codes::{Code, EnhancedCode, OwnedReply, OwnedReplyError, Reason, Reply};

#[test]
fn an_owned_reply_gives_back_the_borrowed_views() {
    let wire =
        b"550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Bye\r\n";
    let reply = Reply::parse(wire).unwrap().unwrap();
    let owned = OwnedReply::from_reply(&reply);
    assert_eq!(owned.reply(), reply);
    assert_eq!(OwnedReply::from(reply), owned);
    assert_eq!(owned.as_bytes(), wire);
    assert_eq!(owned.code(), 550);
    assert_eq!(owned.enhanced(), EnhancedCode::parse("5.1.1").ok());
    assert_eq!(owned.lines().count(), 2);
    assert_eq!(owned.diagnose(None).reason(), Reason::UserUnknown);
    assert!(!owned.explain().should_retry());
    assert_eq!(owned.to_string(), String::from_utf8_lossy(wire));
    assert!(format!("{owned:?}").starts_with("OwnedReply(Reply"));
}

#[test]
fn owned_replies_are_made_from_parts_and_checked() {
    let code = Code::from_u16(250).unwrap();
    let owned = OwnedReply::from_lines(code, Vec::<String>::new()).unwrap();
    assert_eq!(owned.as_bytes(), b"250\r\n");
    let owned = OwnedReply::from_parts(code, EnhancedCode::parse("2.0.0").ok(), ["OK"]).unwrap();
    assert_eq!(owned.as_bytes(), b"250 2.0.0 OK\r\n");
    let owned = OwnedReply::from_parts(
        Code::from_u16(550).unwrap(),
        EnhancedCode::parse("5.7.1").ok(),
        ["a", "b", "c"],
    )
    .unwrap();
    assert_eq!(
        owned.as_bytes(),
        b"550-5.7.1 a\r\n550-5.7.1 b\r\n550 5.7.1 c\r\n"
    );
    assert!(matches!(
        OwnedReply::from_lines(code, ["a\rb"]),
        Err(OwnedReplyError::Parse(_))
    ));
    assert!(matches!(
        OwnedReply::from_lines(code, ["nul\0"]),
        Err(OwnedReplyError::Parse(_))
    ));
    assert_eq!(
        OwnedReply::from_wire(b"250 OK".to_vec()),
        Err(OwnedReplyError::Incomplete { len: 6 })
    );
    assert_eq!(
        OwnedReply::from_wire(b"250 OK\r\n250 more\r\n".to_vec()),
        Err(OwnedReplyError::Trailing { offset: 8 })
    );
    assert_eq!(
        OwnedReply::from_wire(b"250 caf\xc3\xa9\r\n".to_vec()).map(|o| o.lines().count()),
        Ok(1),
        "8-bit text, as lenient parsing takes it"
    );
}

#[cfg(feature = "serde")]
#[test]
fn owned_replies_round_trip_through_serde() {
    let owned = OwnedReply::from_parts(
        Code::from_u16(452).unwrap(),
        EnhancedCode::parse("4.2.2").ok(),
        ["Mailbox full", "Try later"],
    )
    .unwrap();
    let json = serde_json::to_string(&owned).unwrap();
    assert_eq!(
        json,
        r#"{"code":452,"enhanced":"4.2.2","lines":["Mailbox full","Try later"]}"#
    );
    assert_eq!(serde_json::from_str::<OwnedReply>(&json).unwrap(), owned);
    let plain: OwnedReply =
        serde_json::from_str(r#"{"code":"250","enhanced":null,"lines":["OK"]}"#).unwrap();
    assert_eq!(plain.as_bytes(), b"250 OK\r\n");
    assert!(
        serde_json::from_str::<OwnedReply>(r#"{"code":250,"enhanced":null,"lines":["a\nb"]}"#)
            .is_err()
    );
}

#[cfg(feature = "smtp-proto")]
#[test]
fn smtp_proto_responses_convert() {
    let response = smtp_proto::Response {
        code: 550,
        esc: [5, 1, 1],
        message: "mailbox unavailable\nuser has moved".to_string(),
    };
    let owned = OwnedReply::try_from(&response).unwrap();
    assert_eq!(
        owned.as_bytes(),
        b"550-5.1.1 mailbox unavailable\r\n550 5.1.1 user has moved\r\n"
    );
    assert_eq!(owned.diagnose(None).reason(), Reason::MailboxMoved);
    let plain = smtp_proto::Response {
        code: 250,
        esc: [0, 0, 0],
        message: "OK",
    };
    assert_eq!(
        OwnedReply::try_from(&plain).unwrap().as_bytes(),
        b"250 OK\r\n"
    );
    let bad = smtp_proto::Response {
        code: 650,
        esc: [0, 0, 0],
        message: "x",
    };
    assert!(matches!(
        OwnedReply::try_from(&bad),
        Err(OwnedReplyError::Code(_))
    ));
    // Parsed by smtp-proto itself, then converted.
    let wire = b"452-4.2.2 Mailbox full\r\n452 4.2.2 Try later\r\n";
    let mut receiver = smtp_proto::response::parser::ResponseReceiver::default();
    let parsed = receiver.parse(&mut wire.iter()).unwrap();
    let owned = OwnedReply::try_from(&parsed).unwrap();
    assert_eq!(
        owned.enhanced().map(|e| e.to_string()).as_deref(),
        Some("4.2.2")
    );
    assert_eq!(owned.diagnose(None).reason(), Reason::MailboxFull);
}

#[cfg(feature = "lettre")]
mod lettre_conversions {
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;
    use std::str::FromStr;
    use std::time::Duration;

    use lettre::transport::smtp::client::SmtpConnection;
    use lettre::transport::smtp::commands::Mail;
    use lettre::transport::smtp::extension::ClientId;
    use lettre::transport::smtp::response::Response;
    use smtp_codes::{Code, OwnedReply, OwnedReplyError, Reason};

    #[test]
    fn lettre_responses_convert() {
        let response = Response::from_str("550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Bye\r\n").unwrap();
        assert_eq!(Code::try_from(response.code()).map(u16::from), Ok(550));
        let owned = OwnedReply::try_from(&response).unwrap();
        assert_eq!(owned.as_bytes(), b"550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Bye\r\n");
        assert_eq!(owned.diagnose(None).reason(), Reason::UserUnknown);
    }

    /// A real lettre error, from a server on the loopback address that
    /// refuses the sender.
    #[test]
    fn lettre_errors_convert() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut out = stream;
            out.write_all(b"220 mx.example.com ESMTP\r\n").unwrap();
            let mut line = String::new();
            for reply in [&b"250 mx.example.com\r\n"[..], b"554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org\r\n"] {
                line.clear();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                out.write_all(reply).unwrap();
            }
        });
        let mut conn = SmtpConnection::connect(
            addr,
            Some(Duration::from_secs(5)),
            &ClientId::Domain("client.example".into()),
            None,
            None,
        )
        .unwrap();
        let error = conn.command(Mail::new(None, vec![])).unwrap_err();
        server.join().unwrap();
        let owned = OwnedReply::try_from(&error).unwrap();
        assert_eq!(owned.code(), 554);
        let d = owned.diagnose(None);
        assert_eq!(d.reason(), Reason::Blocklisted);
        // An error without a reply from the server.
        let refused = SmtpConnection::connect(
            ("127.0.0.1", 1),
            Some(Duration::from_secs(1)),
            &ClientId::Domain("c".into()),
            None,
            None,
        )
        .err()
        .unwrap();
        assert_eq!(OwnedReply::try_from(&refused), Err(OwnedReplyError::NoCode));
    }
}
