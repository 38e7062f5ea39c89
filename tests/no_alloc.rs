//! Parsing allocates nothing: a counting global allocator watches every
//! entry point of the parser, and the look-ups of the catalog.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use smtp_codes::{
    Code, EnhancedCode, Locale, ParserConfig, ReplyCode, ReplyParser, ReplyWriter, Status,
};

struct Counting;

thread_local! {
    // Per thread, as the tests of this file run in parallel.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call to the system allocator unchanged; it only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const WIRE: &[u8] = b"250-mx.example.com Hello\r\n250-PIPELINING\r\n250 SIZE 35882577\r\n\
550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\r\n\
250 caf\xc3\xa9\n354 Go\r\n250 trailing partial";

/// Runs `f` and returns how many allocations it made.
fn allocations(f: impl FnOnce() -> usize) -> (usize, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = std::hint::black_box(f());
    (ALLOCATIONS.with(Cell::get) - before, result)
}

#[test]
fn parsing_allocates_nothing() {
    let (count, work) = allocations(|| {
        let mut work = 0;
        for config in [ParserConfig::LENIENT, ParserConfig::STRICT] {
            let mut replies = config.replies(WIRE);
            for reply in replies.by_ref() {
                let Ok(reply) = reply else { break };
                work += reply.len() + reply.code().as_u16() as usize;
                for line in reply.lines() {
                    work += line.text().len() + line.message().len();
                    work += line.as_str().map_or(0, str::len);
                    work += line.enhanced().map_or(0, |e| e.detail() as usize);
                }
                work += usize::from(reply.enhanced_agrees() == Some(true));
            }
            work += replies.consumed();
            // Byte by byte through the resumable parser.
            let mut parser = ReplyParser::new(config);
            for end in 1..=WIRE.len() {
                match parser.parse(&WIRE[..end]) {
                    Ok(Status::Complete(r)) => {
                        work += r.line_count();
                        break;
                    }
                    Ok(Status::Partial) => {}
                    Err(e) => {
                        work += e.offset();
                        break;
                    }
                }
            }
        }
        work
    });
    assert!(work > 0, "the closure did the work");
    assert_eq!(count, 0, "the parser allocated");
}

#[test]
fn catalog_look_ups_allocate_nothing() {
    let (count, work) = allocations(|| {
        let mut work = 0;
        for n in 200..600 {
            if let Ok(code) = Code::from_u16(n) {
                if let Some(known) = code.known() {
                    work += known.texts(Locale::Id).description.len();
                    work += known.references().len() + known.as_str().len();
                }
            }
        }
        for s in ["5.1.1", "5.7.606", "4.9.1"] {
            if let Ok(e) = EnhancedCode::parse(s) {
                work += e.explain(Locale::En).texts.title.len();
            }
        }
        work += ReplyCode::parse("251").map_or(0, |c| c.texts(Locale::En).title.len());
        work += Locale::from_tag("id-ID").map_or(0, |l| l.tag().len());
        work
    });
    assert!(work > 0);
    assert_eq!(count, 0, "a look-up allocated");
}

#[test]
fn the_counter_sees_an_allocation() {
    let (count, len) = allocations(|| vec![1u8; 10].len());
    assert_eq!(len, 10);
    assert!(count >= 1, "the counting allocator is in place");
}

/// A `fmt::Write` into a fixed array.
struct ArrayWriter {
    buf: [u8; 1024],
    len: usize,
}

impl std::fmt::Write for ArrayWriter {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let to = self
            .buf
            .get_mut(self.len..self.len + s.len())
            .ok_or(std::fmt::Error)?;
        to.copy_from_slice(s.as_bytes());
        self.len += s.len();
        Ok(())
    }
}

#[test]
fn writing_allocates_nothing() {
    let text = "The email account that you tried to reach does not exist.\nPlease try \
        double-checking the recipient's email address for typos or unnecessary spaces.";
    let lines = ["one", "two", "three"];
    let (count, work) = allocations(|| {
        let mut work = 0;
        for limit in [17, 80, 512] {
            let base = ReplyWriter::new(ReplyCode::MailboxUnavailable)
                .with_enhanced(EnhancedCode::new(5, 1, 1).unwrap())
                .unwrap()
                .max_line_len(limit);
            for w in [
                base,
                base.with_text(text).unwrap(),
                base.with_lines(&lines).unwrap(),
            ] {
                let mut buf = [0u8; 1024];
                work += w.write_to_slice(&mut buf).unwrap();
                work += w.encoded_len() + w.line_count();
                let mut array = ArrayWriter {
                    buf: [0; 1024],
                    len: 0,
                };
                w.write_fmt_to(&mut array).unwrap();
                work += array.len;
                #[cfg(feature = "std")]
                {
                    let mut slice = &mut buf[..];
                    w.write_io(&mut slice).unwrap();
                    w.write_io(&mut std::io::sink()).unwrap();
                }
            }
        }
        work
    });
    assert!(work > 0);
    assert_eq!(count, 0, "the writer allocated");
}

#[test]
fn diagnosis_allocates_nothing() {
    let lines: [&[u8]; 6] = [
        b"host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown (in reply to RCPT TO command)",
        b"Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org",
        b"550-5.7.1 first 550 5.7.1 second line: Relay access denied",
        b"mailbox is full: retry timeout exceeded",
        "ユーザーは見つかりません。 caf\u{e9}".as_bytes(),
        b"",
    ];
    let (count, work) = allocations(|| {
        let mut work = 0;
        for line in lines {
            let d = smtp_codes::Diagnosis::of_log_line(line, None);
            work += d.reason() as usize + d.rule().id().len() + usize::from(d.retry());
            work += d.evidence().map(|e| e.bytes().len()).sum::<usize>();
            work += d.reason().texts(Locale::Id).how_to_fix.len();
        }
        for reply in ParserConfig::LENIENT.replies(WIRE).flatten() {
            let d = smtp_codes::Diagnosis::of_reply(&reply, Some(smtp_codes::Command::Rcpt));
            work += d.reason() as usize + d.evidence().count();
            let explained = smtp_codes::ReplyExplanation::new(reply);
            work += explained.summary(Locale::En).len() + usize::from(explained.should_retry());
        }
        work
    });
    assert_eq!(count, 0, "the diagnosis allocated");
    assert!(work > 0);
}
