//! Pipelined parsing: the replies and the rest add up to the input, and
//! each reply parses alone to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{ParserConfig, Status};

fuzz_target!(|data: &[u8]| {
    let config = ParserConfig::LENIENT;
    let mut replies = config.replies(data);
    let mut used = 0;
    let mut failed = false;
    for result in replies.by_ref() {
        match result {
            Ok(reply) => {
                assert_eq!(reply.raw(), &data[used..used + reply.len()]);
                assert_eq!(config.parse(reply.raw()), Ok(Status::Complete(reply)));
                used += reply.len();
            }
            Err(e) => {
                assert!(e.offset() >= used && e.offset() <= data.len());
                failed = true;
            }
        }
    }
    assert_eq!(replies.consumed(), used);
    assert_eq!(replies.rest(), &data[used..]);
    if !failed && used < data.len() {
        // What is left is the start of a reply.
        assert_eq!(config.parse(replies.rest()), Ok(Status::Partial));
    }
});
