//! One-shot parsing: strict accepts a subset of lenient, a reply is a
//! prefix of the input, and its lines and enhanced codes are consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{ParserConfig, Status};

fuzz_target!(|data: &[u8]| {
    let strict = ParserConfig::STRICT.parse(data);
    let lenient = ParserConfig::LENIENT.parse(data);
    for result in [&strict, &lenient] {
        match result {
            Ok(Status::Complete(reply)) => {
                assert!(reply.len() <= data.len());
                assert_eq!(reply.raw(), &data[..reply.len()]);
                assert_eq!(reply.lines().count(), reply.line_count());
                let last = reply.lines().last().expect("a reply has a line");
                assert!(last.is_last());
                for line in reply.lines() {
                    assert_eq!(&line.raw()[..3], reply.code().as_str().as_bytes());
                    if let Some(e) = line.enhanced() {
                        assert!(line.text().starts_with(e.to_string().as_bytes()));
                    }
                }
            }
            Ok(Status::Partial) => {}
            Err(e) => assert!(e.offset() <= data.len()),
        }
    }
    // Whatever strict mode accepts, lenient mode accepts the same way.
    if let Ok(Status::Complete(s)) = strict {
        assert_eq!(lenient, Ok(Status::Complete(s)));
    }
});
