//! The reply parser beside the Rust crates people use today, and beside the
//! cost of a bare `memchr` scan of the same bytes.
//!
//! ```text
//! cargo bench --bench parse
//! ```
//!
//! Every group parses the same input with:
//! - `smtp_codes`: this crate, default (lenient) configuration;
//! - `smtp_codes_strict`: this crate, `ParserConfig::STRICT`;
//! - `smtp_proto`: `smtp_proto::response::parser::ResponseReceiver`;
//! - `lettre`: `lettre::transport::smtp::response::Response: FromStr` (it
//!   cannot find where a reply ends, so pipelined input is split into replies
//!   before timing);
//! - `memchr_floor`: for each line, `memchr(b'\n', ..)` to find its end, a
//!   check that the first three bytes are digits and the fourth `-` or a
//!   space, stopping at a space. No parser can do less and still find the
//!   reply's end.

use std::hint::black_box;
use std::str::FromStr;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use smtp_codes::{ParserConfig, ReplyParser, Status};

const SINGLE: &[u8] = b"250 OK\r\n";
const EHLO: &[u8] = b"250-mx.example.com Hello\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-CHUNKING\r\n250-SMTPUTF8\r\n250-AUTH LOGIN PLAIN XOAUTH2\r\n250 DSN\r\n";
const GMAIL_550: &[u8] = b"550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient's email address for typos or\r\n550-5.1.1 unnecessary spaces. For more information, go to\r\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.123 - gsmtp\r\n";

/// 100 replies of the three kinds, one after another.
fn pipelined_100() -> (Vec<u8>, Vec<&'static [u8]>) {
    let kinds = [SINGLE, EHLO, GMAIL_550];
    let parts: Vec<&[u8]> = (0..100).map(|i| kinds[i % 3]).collect();
    (parts.concat(), parts)
}

fn smtp_codes_all(config: ParserConfig, buf: &[u8]) -> usize {
    let mut replies = config.replies(buf);
    let mut n = 0;
    for reply in replies.by_ref() {
        n += reply.expect("valid").line_count();
    }
    assert_eq!(replies.consumed(), buf.len());
    n
}

fn smtp_proto_all(buf: &[u8]) -> usize {
    let mut receiver = smtp_proto::response::parser::ResponseReceiver::default();
    let mut bytes = buf.iter();
    let mut n = 0;
    while bytes.len() > 0 {
        let response = receiver.parse(&mut bytes).expect("valid");
        n += response.message.len();
        receiver.reset();
    }
    n
}

fn lettre_all(replies: &[&str]) -> usize {
    replies
        .iter()
        .map(|s| {
            lettre::transport::smtp::response::Response::from_str(s)
                .expect("valid")
                .message()
                .count()
        })
        .sum()
}

fn memchr_floor(buf: &[u8]) -> usize {
    let mut pos = 0;
    let mut replies = 0;
    while pos < buf.len() {
        let rest = &buf[pos..];
        let end = memchr::memchr(b'\n', rest).expect("a line end") + 1;
        let line = &rest[..end];
        let ok = line.len() >= 4
            && line[..3].iter().all(u8::is_ascii_digit)
            && (line[3] == b'-' || line[3] == b' ');
        assert!(ok);
        // A space marks a reply's last line: one reply ends here.
        replies += usize::from(line[3] == b' ');
        pos += end;
    }
    replies
}

fn group(c: &mut Criterion, name: &str, buf: &[u8], parts: &[&[u8]]) {
    let strings: Vec<&str> = parts
        .iter()
        .map(|p| std::str::from_utf8(p).expect("ascii"))
        .collect();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(buf.len() as u64));
    g.bench_function("smtp_codes", |b| {
        b.iter(|| smtp_codes_all(ParserConfig::default(), black_box(buf)))
    });
    g.bench_function("smtp_codes_strict", |b| {
        b.iter(|| smtp_codes_all(ParserConfig::STRICT, black_box(buf)))
    });
    g.bench_function("smtp_proto", |b| b.iter(|| smtp_proto_all(black_box(buf))));
    g.bench_function("lettre", |b| b.iter(|| lettre_all(black_box(&strings))));
    g.bench_function("memchr_floor", |b| b.iter(|| memchr_floor(black_box(buf))));
    g.finish();
}

fn parse(c: &mut Criterion) {
    group(c, "parse_single_line", SINGLE, &[SINGLE]);
    group(c, "parse_ehlo", EHLO, &[EHLO]);
    group(c, "parse_gmail_550", GMAIL_550, &[GMAIL_550]);
    let (buf, parts) = pipelined_100();
    group(c, "parse_pipelined_100", &buf, &parts);
}

fn stream(c: &mut Criterion) {
    let mut g = c.benchmark_group("stream_bytewise");
    g.throughput(Throughput::Bytes(EHLO.len() as u64));
    g.bench_function(BenchmarkId::from_parameter("whole"), |b| {
        b.iter(|| {
            let mut parser = ReplyParser::new(ParserConfig::default());
            parser
                .parse(black_box(EHLO))
                .expect("valid")
                .complete()
                .expect("whole")
                .len()
        })
    });
    g.bench_function(BenchmarkId::from_parameter("bytewise"), |b| {
        b.iter(|| {
            let buf = black_box(EHLO);
            let mut parser = ReplyParser::new(ParserConfig::default());
            for end in 1..=buf.len() {
                if let Status::Complete(reply) = parser.parse(&buf[..end]).expect("valid") {
                    return reply.len();
                }
            }
            unreachable!("the reply completes at its last byte")
        })
    });
    g.finish();
}

criterion_group!(benches, parse, stream);
criterion_main!(benches);
