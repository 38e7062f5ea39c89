//! Resumable parsing: feeding the input in pieces (the first byte says
//! where to cut) gives what parsing it whole gives.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{ParserConfig, ReplyParser, Status};

fuzz_target!(|data: &[u8]| {
    let Some((&step, input)) = data.split_first() else { return };
    let step = usize::from(step % 17) + 1;
    for config in [ParserConfig::STRICT, ParserConfig::LENIENT] {
        let whole = config.parse(input);
        let mut parser = ReplyParser::new(config);
        let mut end = 0;
        let mut result = Ok(Status::Partial);
        while end < input.len() {
            end = (end + step).min(input.len());
            result = parser.parse(&input[..end]);
            if !matches!(result, Ok(Status::Partial)) {
                break;
            }
        }
        if input.is_empty() {
            result = parser.parse(input);
        }
        assert_eq!(result, whole);
    }
});
