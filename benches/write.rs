//! Writing a reply beside parsing it: the Gmail "no such user" reply.
//!
//! ```text
//! cargo bench --bench write
//! ```
//!
//! - `write`: build the [`ReplyWriter`] (which checks the text) and write
//!   the reply into a buffer on the stack;
//! - `write_prebuilt`: write a reply whose writer was built beforehand, as
//!   a server does with a fixed reply (it can even be a `const`);
//! - `parse`: parse the same bytes with the default (lenient) configuration.
//!
//! The issue's goal: `write` costs no more than `parse`.
//!
//! At a limit of 84 bytes a line (the longest line of Gmail's real reply,
//! with its CRLF) the writer wraps the text into four lines, as Gmail does
//! (Gmail breaks its second line a word earlier).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use smtp_codes::{EnhancedCode, ParserConfig, ReplyCode, ReplyWriter, Status};

const TEXT: &str = "The email account that you tried to reach does not exist. Please try \
double-checking the recipient's email address for typos or unnecessary spaces. For more \
information, go to https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.123 - gsmtp";

const NO_SUCH_USER: EnhancedCode = match EnhancedCode::new(5, 1, 1) {
    Some(code) => code,
    None => panic!("5.1.1 is an enhanced code"),
};

/// Gmail's longest line, `550 5.1.1  https://...` with its CRLF.
const LINE_LEN: usize = 84;

/// What the writer makes of it: four lines, like Gmail's.
const EXPECTED: &[u8] =
    b"550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
550-5.1.1 double-checking the recipient's email address for typos or unnecessary\r\n\
550-5.1.1 spaces. For more information, go to\r\n\
550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.123 - gsmtp\r\n";

fn write(text: &str, buf: &mut [u8]) -> usize {
    let writer = ReplyWriter::new(ReplyCode::MailboxUnavailable)
        .with_enhanced(NO_SUCH_USER)
        .and_then(|w| w.with_text(text))
        .expect("a valid reply")
        .max_line_len(LINE_LEN);
    writer.write_to_slice(buf).expect("room enough")
}

fn write_gmail_550(c: &mut Criterion) {
    let mut buf = [0u8; 1024];
    let n = write(TEXT, &mut buf);
    assert_eq!(&buf[..n], EXPECTED, "the writer's output changed");
    let wire = buf[..n].to_vec();
    match ParserConfig::default().parse(&wire) {
        Ok(Status::Complete(reply)) => assert_eq!(reply.len(), wire.len()),
        other => panic!("not a whole reply: {other:?}"),
    }

    let mut group = c.benchmark_group("write_gmail_550");
    group.throughput(Throughput::Bytes(wire.len() as u64));
    group.bench_function("write", |b| {
        let mut out = [0u8; 512];
        b.iter(|| write(black_box(TEXT), black_box(&mut out)))
    });
    // A reply whose text is fixed is checked once (it can even be a
    // `const`); writing it is then only the output.
    group.bench_function("write_prebuilt", |b| {
        let writer = ReplyWriter::new(ReplyCode::MailboxUnavailable)
            .with_enhanced(NO_SUCH_USER)
            .and_then(|w| w.with_text(TEXT))
            .expect("a valid reply")
            .max_line_len(LINE_LEN);
        let mut out = [0u8; 512];
        b.iter(|| {
            black_box(&writer)
                .write_to_slice(black_box(&mut out))
                .expect("room enough")
        })
    });
    group.bench_function("parse", |b| {
        let config = ParserConfig::default();
        b.iter(|| match config.parse(black_box(&wire)) {
            Ok(Status::Complete(reply)) => reply.line_count(),
            _ => 0,
        })
    });
    group.finish();
}

criterion_group!(benches, write_gmail_550);
criterion_main!(benches);
