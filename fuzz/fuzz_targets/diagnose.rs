//! The diagnosis of any bytes, as a log line, as parts and as a parsed
//! reply: no panic, evidence inside the input, and retry and suppression
//! from the reason and the class.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{Command, Diagnosis, LogLine, Reply, Status};

fuzz_target!(|data: &[u8]| {
    let command = data.first().map(|&b| Command::ALL[b as usize % Command::ALL.len()]);
    let line = LogLine::parse(data);
    assert!(line.text().len() <= data.len());
    let mut all = vec![
        Diagnosis::of_log_line(data, None),
        Diagnosis::of_log_line(data, command),
        Diagnosis::of_parts(line.code(), line.enhanced(), data, command),
    ];
    if let Ok(Status::Complete(reply)) = Reply::parse(data) {
        let d = Diagnosis::of_reply(&reply, command);
        assert_eq!(d.enhanced(), reply.enhanced());
        all.push(d);
    }
    for d in all {
        for e in d.evidence() {
            if let Some(r) = e.range() {
                assert_eq!(&data[r], e.bytes());
            }
        }
        assert_eq!(d.retry(), d.reason().retry(d.class()));
        assert_eq!(d.suppress(), d.reason().suppress(d.class()));
        assert_eq!(d.rule().reason(), d.reason());
    }
});
