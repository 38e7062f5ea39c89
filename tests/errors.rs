//! Every error can be shown in each language: Indonesian says the same as
//! the English `Display`, with the same numbers, and no English words.

mod common;

use smtp_codes::{
    Code, CodeError, Command, CommandError, EnhancedCode, EnhancedCodeError, Format, FormatError,
    Locale, LocaleError, ParseError, Reason, ReasonError, WriteError,
};

fn numbers(s: &str) -> Vec<String> {
    let mut n: Vec<String> = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect();
    n.sort();
    n
}

fn check(en: String, id: String, report: &mut common::Report) {
    report.check(!id.is_empty() && en != id, || {
        format!("{en:?}: no Indonesian")
    });
    let foreign = common::foreign_words(&id, Locale::Id);
    report.check(foreign.is_empty(), || {
        format!("{id:?}: English words {foreign:?}")
    });
    report.check(numbers(&en) == numbers(&id), || {
        format!("{en:?} vs {id:?}: numbers differ")
    });
}

#[test]
fn every_error_speaks_both_languages() {
    let code = Code::from_u16(550).unwrap();
    let enhanced = EnhancedCode::parse("4.2.2").unwrap();
    let mut report = common::Report::default();
    macro_rules! both {
        ($($e:expr),* $(,)?) => {$(
            let e = $e;
            assert_eq!(e.describe(Locale::En).to_string(), e.to_string());
            check(e.to_string(), e.describe(Locale::Id).to_string(), &mut report);
        )*};
    }
    both!(
        CodeError::Length { len: 4 },
        CodeError::NotDigit { offset: 1 },
        CodeError::Class { digit: '6' },
        CodeError::Whitespace { offset: 3 },
        CodeError::OutOfRange { value: 650 },
        CodeError::Unknown { code },
        LocaleError::Empty,
        LocaleError::Malformed { offset: 3 },
        LocaleError::Unsupported,
        EnhancedCodeError::Class { offset: 0 },
        EnhancedCodeError::Number { offset: 2 },
        EnhancedCodeError::Dot { offset: 3 },
        EnhancedCodeError::Trailing { offset: 5 },
        WriteError::ClassMismatch { code, enhanced },
        WriteError::Byte {
            line: 1,
            offset: 7,
            byte: 0x7f
        },
        WriteError::LineBreak { line: 2, offset: 3 },
        WriteError::Domain { offset: 4 },
        WriteError::BufferTooSmall {
            needed: 40,
            len: 10
        },
        FormatError,
        CommandError,
        ReasonError,
    );
    for input in [
        &b"2x0 ok\r\n"[..],
        b"650 x\r\n",
        b"560 x\r\n",
        b"5500 x\r\n",
        b"250-a\r\n550 b\r\n",
        b"250_x\r\n",
        b"250 \x01\r\n",
        b"250 a\rb\r\n",
        b"250 a\n",
    ] {
        let e = smtp_codes::ParserConfig::STRICT.parse(input).unwrap_err();
        check(
            e.to_string(),
            e.describe(Locale::Id).to_string(),
            &mut report,
        );
    }
    let long = [b'a'; 600];
    let mut line = b"250 ".to_vec();
    line.extend_from_slice(&long);
    line.extend_from_slice(b"\r\n");
    let e = smtp_codes::ParserConfig::STRICT.parse(&line).unwrap_err();
    check(
        e.to_string(),
        e.describe(Locale::Id).to_string(),
        &mut report,
    );
    let e = ParseError::NotExtended { offset: 2 };
    check(
        e.to_string(),
        e.describe(Locale::Id).to_string(),
        &mut report,
    );
    report.assert_clean();
    // Real errors from the parsers.
    assert!(
        "650"
            .parse::<Code>()
            .unwrap_err()
            .describe(Locale::Id)
            .to_string()
            .ends_with("bukan 6")
    );
    assert!(
        "fr".parse::<Locale>()
            .unwrap_err()
            .describe(Locale::Id)
            .to_string()
            .contains("tidak didukung")
    );
    assert!(
        "pdf"
            .parse::<Format>()
            .unwrap_err()
            .describe(Locale::Id)
            .to_string()
            .starts_with("format tidak dikenal")
    );
    assert!(
        "x".parse::<Command>()
            .unwrap_err()
            .describe(Locale::Id)
            .to_string()
            .starts_with("perintah tidak dikenal")
    );
    assert!(
        "x".parse::<Reason>()
            .unwrap_err()
            .describe(Locale::Id)
            .to_string()
            .starts_with("penyebab tidak dikenal")
    );
}

#[cfg(feature = "alloc")]
#[test]
fn owned_reply_errors_speak_both_languages() {
    use smtp_codes::{OwnedReply, OwnedReplyError};
    let mut report = common::Report::default();
    for e in [
        OwnedReply::from_wire(b"250 OK".to_vec()).unwrap_err(),
        OwnedReply::from_wire(b"250 OK\r\nmore".to_vec()).unwrap_err(),
        OwnedReply::from_wire(b"650 OK\r\n".to_vec()).unwrap_err(),
        OwnedReplyError::NoCode,
        OwnedReplyError::Code(CodeError::OutOfRange { value: 700 }),
    ] {
        assert_eq!(e.describe(Locale::En).to_string(), e.to_string());
        check(
            e.to_string(),
            e.describe(Locale::Id).to_string(),
            &mut report,
        );
    }
    report.assert_clean();
}
