//! The writer: whatever it accepts, it writes as one reply that the strict
//! parser reads back (with 8-bit text when UTF-8 is allowed), within the
//! line limit (a greeting's first line may hold a longer domain alone), in
//! whole characters, with every sink agreeing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{ParserConfig, ReplyCode, ReplyWriter, Status};

fuzz_target!(|data: &[u8]| {
    // A byte of flags, a byte of limit, then the domain and the text
    // around the first NUL.
    let [flags, limit, rest @ ..] = data else { return };
    let Ok(rest) = std::str::from_utf8(rest) else { return };
    let (domain, text) = rest.split_once('\0').unwrap_or(("", rest));
    let base = match flags % 3 {
        0 => Ok(ReplyWriter::new(ReplyCode::MailboxUnavailable)),
        1 => ReplyWriter::greeting(domain),
        _ => ReplyWriter::ehlo(domain),
    };
    let Ok(mut w) = base else { return };
    let utf8 = flags & 4 != 0;
    if utf8 {
        w = w.allow_utf8();
    }
    let Ok(w) = w.with_text(text) else {
        let refused = |c: char| (c.is_control() && !"\t\r\n".contains(c)) || (!utf8 && !c.is_ascii());
        assert!(text.chars().any(refused));
        return;
    };
    let w = w.max_line_len(usize::from(*limit) * 2);
    let limit = w.line_limit();

    let mut buf = vec![0u8; w.encoded_len()];
    assert_eq!(w.write_to_slice(&mut buf), Ok(buf.len()));
    assert_eq!(w.to_string().as_bytes(), buf);
    let mut io = Vec::new();
    w.write_io(&mut io).unwrap();
    assert_eq!(io, buf);

    let config = ParserConfig::STRICT.allow_8bit(utf8);
    let Ok(Status::Complete(reply)) = config.parse(&buf) else {
        panic!("not one strict reply: {:?}", String::from_utf8_lossy(&buf));
    };
    assert_eq!(reply.len(), buf.len());
    assert_eq!(reply.line_count(), w.line_count());
    for (i, line) in reply.lines().enumerate() {
        assert!(line.as_str().is_some(), "a character was cut");
        let domain_alone = i == 0 && line.text() == domain.as_bytes();
        assert!(line.raw().len() + 2 <= limit || domain_alone);
    }
    if flags % 3 != 0 {
        let first = reply.first_line().text();
        assert!(first.starts_with(domain.as_bytes()));
    }
});
