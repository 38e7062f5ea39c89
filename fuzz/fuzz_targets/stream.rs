//! Resumable parsing: feeding the input in pieces (the first byte says
//! where to cut, the second which configuration to use) gives what parsing
//! it whole gives.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{ParserConfig, ReplyParser, Status};

fuzz_target!(|data: &[u8]| {
    let Some((&step, data)) = data.split_first() else { return };
    let Some((&knobs, input)) = data.split_first() else { return };
    let step = usize::from(step % 17) + 1;
    // The two presets, and each leniency with small limits that inputs
    // run into.
    let custom = ParserConfig::STRICT
        .allow_bare_lf(knobs & 1 != 0)
        .allow_8bit(knobs & 2 != 0)
        .allow_any_digits(knobs & 4 != 0)
        .max_line_len(usize::from(knobs >> 3) * 4)
        .max_reply_len(usize::from(knobs) * 3);
    for config in [ParserConfig::STRICT, ParserConfig::LENIENT, custom] {
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
        assert_eq!(result, whole, "{config:?}");
        // One byte at a time, the path the fast path takes most.
        let mut parser = ReplyParser::new(config);
        let mut result = parser.parse(&[]);
        for end in 1..=input.len() {
            if !matches!(result, Ok(Status::Partial)) {
                break;
            }
            result = parser.parse(&input[..end]);
        }
        assert_eq!(result, whole, "{config:?} byte by byte");
    }
});
