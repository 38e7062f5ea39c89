//! The conventions of `http::StatusCode` and `httparse`: each pinned to its meaning.

use smtp_codes::{
    Actor, Category, Class, Code, EnhancedClass, EnhancedCode, Format, Level, Locale, Reply,
    ReplyCode, Status, Subject,
};

#[test]
fn class_predicates_on_every_code_type() {
    // (code, success, intermediate, transient, permanent)
    for (n, s, i, t, p) in [
        (250, true, false, false, false),
        (354, false, true, false, false),
        (451, false, false, true, false),
        (550, false, false, false, true),
    ] {
        let code = Code::from_u16(n).unwrap();
        let known = ReplyCode::from_u16(n).unwrap();
        assert_eq!(
            (
                code.is_success(),
                code.is_intermediate(),
                code.is_transient(),
                code.is_permanent()
            ),
            (s, i, t, p),
            "{n}"
        );
        assert_eq!(
            (
                known.is_success(),
                known.is_intermediate(),
                known.is_transient(),
                known.is_permanent()
            ),
            (s, i, t, p),
            "{n}"
        );
        assert_eq!(code.is_failure(), t || p, "{n}");
        assert_eq!(known.is_failure(), t || p, "{n}");
    }
    for (e, s, t, p) in [
        ("2.1.5", true, false, false),
        ("4.2.2", false, true, false),
        ("5.1.1", false, false, true),
    ] {
        let e = EnhancedCode::parse(e).unwrap();
        assert_eq!(
            (
                e.is_success(),
                e.is_transient(),
                e.is_permanent(),
                e.is_failure()
            ),
            (s, t, p, t || p)
        );
        assert!(!e.is_intermediate(), "no enhanced class is intermediate");
    }
}

#[test]
fn codes_compare_with_numbers_both_ways() {
    let code = Code::from_u16(451).unwrap();
    assert!(code < 500 && code > 400 && code <= 451 && code >= 451);
    assert_eq!(code.partial_cmp(&451), Some(std::cmp::Ordering::Equal));
    assert_eq!(code.partial_cmp(&452), Some(std::cmp::Ordering::Less));
    assert!(500 > code && 400 < code && 451 <= code && 451 >= code);
    assert_eq!(451.partial_cmp(&code), Some(std::cmp::Ordering::Equal));
    assert_eq!(452.partial_cmp(&code), Some(std::cmp::Ordering::Greater));
    assert_eq!(code, 451);
    assert_eq!(451, code);
    assert_ne!(code, 450);
    assert_ne!(452, code);
    assert_eq!(u16::from(code), 451);
    assert_eq!(format!("{code:?}"), "Code(451)");
    // The catalog's codes compare with numbers and with codes, both ways.
    let known = ReplyCode::LocalProcessingError;
    assert_eq!(format!("{known:?}"), "LocalProcessingError(451)");
    assert_eq!(known, 451);
    assert_eq!(451, known);
    assert_ne!(known, 450);
    assert_ne!(452, known);
    assert_eq!(known, code);
    assert_eq!(code, known);
    let other = Code::from_u16(450).unwrap();
    assert_ne!(known, other);
    assert_ne!(other, known);
    assert_eq!(format!("{code}|{code:>5}|"), "451|  451|");
}

#[test]
fn every_from_str_has_a_try_from_str() {
    assert_eq!(Code::try_from("550").map(u16::from), Ok(550));
    assert!(Code::try_from("650").is_err());
    assert_eq!(ReplyCode::try_from("251"), Ok(ReplyCode::UserNotLocal));
    assert!(ReplyCode::try_from("299").is_err());
    assert_eq!(EnhancedCode::try_from("5.1.1").map(|e| e.detail()), Ok(1));
    assert!(EnhancedCode::try_from("5.1").is_err());
    assert_eq!(Locale::try_from("id-ID"), Ok(Locale::Id));
    assert!(Locale::try_from("fr").is_err());
    assert_eq!(Format::try_from("Markdown"), Ok(Format::Markdown));
    assert!(Format::try_from("pdf").is_err());
}

#[test]
fn small_enums_display_their_names() {
    assert_eq!(
        Class::PermanentNegative.to_string(),
        "Permanent Negative Completion"
    );
    assert_eq!(Class::PositiveCompletion.to_string(), "Positive Completion");
    assert_eq!(
        ReplyCode::MailboxUnavailable.category().to_string(),
        Category::MailSystem.texts(Locale::En).title
    );
    assert_eq!(
        EnhancedClass::PermanentFailure.to_string(),
        "Permanent Failure"
    );
    assert_eq!(Subject::Addressing.to_string(), "Addressing Status");
    assert_eq!(Actor::SenderAdmin.to_string(), "sender_admin");
    assert_eq!(Actor::ALL.map(|a| a.name()).len(), 6);
    assert_eq!(Level::Subject.to_string(), "subject");
    assert_eq!(Level::Detail.to_string(), "detail");
    assert_eq!(Level::Class.to_string(), "class");
    for f in [Format::Text, Format::Markdown, Format::Html] {
        assert_eq!(f.to_string().parse(), Ok(f), "Display and FromStr agree");
    }
    assert_eq!(format!("[{:>6}]", Level::Detail), "[detail]");
    assert_eq!(format!("[{:<8}]", Format::Html), "[html    ]");
}

#[test]
fn replies_and_lines_display_as_sent() {
    let wire = b"250-mx.example.com\r\n250 caf\xc3\xa9 \xff\r\n";
    let reply = Reply::parse(wire).unwrap().unwrap();
    assert_eq!(
        reply.to_string(),
        "250-mx.example.com\r\n250 caf\u{e9} \u{fffd}\r\n"
    );
    let lines: Vec<String> = reply.lines().map(|l| l.to_string()).collect();
    assert_eq!(lines, ["250-mx.example.com", "250 caf\u{e9} \u{fffd}"]);
}

#[test]
fn status_has_the_httparse_methods() {
    let complete = Reply::parse(b"250 OK\r\n").unwrap();
    assert!(complete.is_complete() && !complete.is_partial());
    assert_eq!(complete.map(|r| r.len()), Status::Complete(8));
    assert_eq!(complete.unwrap().len(), 8);
    let partial = Reply::parse(b"250 O").unwrap();
    assert!(partial.is_partial() && !partial.is_complete());
    assert_eq!(partial.map(|r| r.len()), Status::Partial);
    let caught = std::panic::catch_unwind(|| partial.unwrap().len());
    assert!(
        caught.is_err(),
        "unwrap on Partial panics, as httparse's does"
    );
}

#[test]
fn format_names_are_case_insensitive() {
    for (name, want) in [
        ("text", Format::Text),
        ("TXT", Format::Text),
        ("MD", Format::Markdown),
        ("Html", Format::Html),
    ] {
        assert_eq!(name.parse(), Ok(want), "{name}");
    }
    for bad in ["", " html", "htm", "json"] {
        assert!(bad.parse::<Format>().is_err(), "{bad:?}");
    }
}

#[test]
fn locales_name_themselves() {
    assert_eq!(Locale::En.name(), "English");
    assert_eq!(Locale::Id.name(), "Bahasa Indonesia");
    assert_eq!(format!("{}|{:>3}|", Locale::Id, Locale::En), "id| en|");
    for locale in [Locale::En, Locale::Id] {
        assert_eq!(locale.to_string().parse(), Ok(locale));
        assert_eq!(locale.to_string(), locale.tag());
    }
}

#[test]
fn accept_language_is_negotiated() {
    for (header, want) in [
        ("id-ID,id;q=0.9,en;q=0.8", Locale::Id),
        ("en-US,en;q=0.9,id;q=0.8", Locale::En),
        ("fr-FR,fr;q=0.9,id;q=0.8", Locale::Id),
        ("fr-FR,fr;q=0.9", Locale::En),
        ("en;q=0.1, id;q=0.2", Locale::Id),
        ("id;q=0.5, en;q=0.5", Locale::Id),
        ("en;q=0.5, id;q=0.5", Locale::En),
        ("*", Locale::En),
        ("*;q=0.9, id;q=0.95", Locale::Id),
        ("id;q=0", Locale::En),
        ("en;q=0, id;q=0.1", Locale::Id),
        ("in", Locale::Id),
        ("id;q=2", Locale::En),
        ("id;q=abc, en", Locale::En),
        // A quality has at most three decimals, all digits.
        ("id;q=0.5000, en;q=0.1", Locale::En),
        ("id;q=0.5!, en;q=0.1", Locale::En),
        ("id;q=0.999, en;q=0.998", Locale::Id),
        ("en;q=0.9, id;q=1", Locale::Id),
        ("en;q=0.2, id;q=0.15", Locale::En),
        ("", Locale::En),
        (",,;", Locale::En),
    ] {
        assert_eq!(Locale::negotiate(header), want, "{header:?}");
    }
}

#[test]
fn every_enum_lists_itself_without_strum() {
    assert_eq!(ReplyCode::ALL.len(), ReplyCode::iter().count());
    assert!(
        ReplyCode::ALL
            .windows(2)
            .all(|w| w[0].as_u16() < w[1].as_u16()),
        "numeric order"
    );
    for code in ReplyCode::iter() {
        assert_eq!(
            code.to_string(),
            code.as_u16().to_string(),
            "Display is the number"
        );
        assert_ne!(code.name(), code.to_string(), "the name is the variant's");
    }
    assert_eq!(ReplyCode::UserNotLocal.name(), "UserNotLocal");
    assert_eq!(smtp_codes::EnhancedStatus::ALL.len(), 81);
    assert_eq!(
        smtp_codes::EnhancedStatus::iter()
            .next()
            .map(|s| s.to_string())
            .as_deref(),
        Some("X.0.0")
    );
    assert_eq!(Class::ALL.map(|c| c.digit()), [2, 3, 4, 5]);
    assert_eq!(Category::ALL.map(|c| c.digit()), [0, 1, 2, 3, 4, 5]);
    assert_eq!(EnhancedClass::ALL.map(|c| c.digit()), [2, 4, 5]);
    assert_eq!(Subject::ALL.map(|s| s.number()), [0, 1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(Subject::Addressing.name(), "Addressing");
    assert_eq!(EnhancedClass::PermanentFailure.name(), "PermanentFailure");
    assert_eq!(Locale::ALL, [Locale::En, Locale::Id]);
}

#[test]
fn malformed_language_tags_say_where() {
    use smtp_codes::LocaleError;
    assert_eq!(
        Locale::from_tag("en--US"),
        Err(LocaleError::Malformed { offset: 3 })
    );
    assert_eq!(
        Locale::from_tag("en-"),
        Err(LocaleError::Malformed { offset: 3 })
    );
    assert_eq!(
        Locale::from_tag("-en"),
        Err(LocaleError::Malformed { offset: 0 })
    );
    assert_eq!(
        Locale::from_tag("id-abcdefghi"),
        Err(LocaleError::Malformed { offset: 3 })
    );
    assert_eq!(
        Locale::from_tag("id-abcdefgh"),
        Ok(Locale::Id),
        "eight is the longest subtag"
    );
    assert_eq!(Locale::from_tag("id_ID"), Ok(Locale::Id));
    assert_eq!(
        Locale::from_tag("i?"),
        Err(LocaleError::Malformed { offset: 1 })
    );
    assert_eq!(Locale::from_tag(""), Err(LocaleError::Empty));
    // A primary subtag of three letters is a language; of four, none we know.
    assert_eq!(Locale::from_tag("eng"), Ok(Locale::En));
    assert_eq!(Locale::from_tag("engl"), Err(LocaleError::Unsupported));
    assert_eq!(Locale::from_tag("ind-ID"), Ok(Locale::Id));
}

#[test]
fn a_language_refused_with_q0_stays_refused() {
    // `en;q=0` refuses English even where a longer tag names it.
    assert_eq!(
        Locale::negotiate("en;q=0, en-US;q=0.8, id;q=0.5"),
        Locale::Id
    );
    assert_eq!(Locale::negotiate("en-US;q=0.8, id;q=0.5"), Locale::En);
    // And `*` then stands for no language at all: the default is still English.
    assert_eq!(Locale::negotiate("en;q=0, *"), Locale::En);
}
