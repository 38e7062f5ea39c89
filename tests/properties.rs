//! Property tests of the parser: pieces give what the whole gives, any
//! bytes are answered without a panic, and the strict parser accepts exactly
//! what a small reference recogniser of RFC 5321 section 4.2 accepts.

use proptest::prelude::*;
use smtp_codes::{ParseError, ParserConfig, Reply, ReplyParser, Status};

/// What the reference decides about the start of an input.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// A whole reply of this many bytes.
    Reply(usize),
    /// Not yet a reply, but could become one.
    Partial,
    /// Can never become a reply.
    Invalid,
}

/// A reference recogniser of the strict grammar, written for clarity only:
/// `Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF`,
/// `Reply-code = %x32-35 %x30-35 %x30-39`, `textstring = 1*(%d09 / %d32-126)`,
/// the same code on every line, at most 512 octets a line with its CRLF.
///
/// Input that ends inside a line is `Partial` if the shortest way to finish
/// it (the line end, and after a `-` line a code-only last line) gives a
/// reply. A line of fewer than four bytes is partial while its digits fit
/// the grammar: a later line's code is compared with the first once its
/// separator has arrived (so `250-a` CRLF `251` is still partial).
fn reference(input: &[u8]) -> Verdict {
    match whole_lines(input) {
        Lines::Reply(n) => Verdict::Reply(n),
        Lines::Invalid => Verdict::Invalid,
        Lines::Unfinished { line_start, .. } => {
            let line = &input[line_start..];
            if line.len() < 4 {
                // A code still arriving: each digit so far must fit the grammar.
                let fits = line.iter().enumerate().all(|(i, &b)| match i {
                    0 => (b'2'..=b'5').contains(&b),
                    1 => (b'0'..=b'5').contains(&b),
                    _ => b.is_ascii_digit(),
                });
                return if fits {
                    Verdict::Partial
                } else {
                    Verdict::Invalid
                };
            }
            // Finish the line, and after a "-" line add a code-only last line.
            let mut finished = input.to_vec();
            if finished.ends_with(b"\r") {
                finished.push(b'\n');
            } else {
                finished.extend_from_slice(b"\r\n");
            }
            if line[3] == b'-' {
                finished.extend_from_slice(&line[..3]);
                finished.extend_from_slice(b"\r\n");
            }
            match whole_lines(&finished) {
                Lines::Reply(_) => Verdict::Partial,
                _ => Verdict::Invalid,
            }
        }
    }
}

/// What the whole lines at the start of an input say.
enum Lines {
    Reply(usize),
    Invalid,
    /// The input ends inside the line that starts here.
    Unfinished {
        line_start: usize,
    },
}

fn whole_lines(input: &[u8]) -> Lines {
    let is_text = |b: u8| b == 9 || (32..=126).contains(&b);
    let code_ok = |c: &[u8]| {
        c[0].is_ascii_digit()
            && (b'2'..=b'5').contains(&c[0])
            && (b'0'..=b'5').contains(&c[1])
            && c[2].is_ascii_digit()
    };
    let mut first: Option<[u8; 3]> = None;
    let mut start = 0;
    loop {
        let rest = &input[start..];
        let Some(end) = rest.windows(2).position(|w| w == b"\r\n") else {
            return Lines::Unfinished { line_start: start };
        };
        let line = &rest[..end];
        if line.len() + 2 > 512 || line.len() < 3 || !code_ok(line) {
            return Lines::Invalid;
        }
        let code = [line[0], line[1], line[2]];
        if *first.get_or_insert(code) != code {
            return Lines::Invalid;
        }
        let last = match line.get(3) {
            None | Some(b' ') => true,
            Some(b'-') => false,
            Some(_) => return Lines::Invalid,
        };
        if !line.iter().skip(4).all(|&b| is_text(b)) {
            return Lines::Invalid;
        }
        start += end + 2;
        if last {
            return Lines::Reply(start);
        }
    }
}

fn verdict(config: ParserConfig, input: &[u8]) -> Verdict {
    match config.parse(input) {
        Ok(Status::Complete(r)) => Verdict::Reply(r.len()),
        Ok(Status::Partial) => Verdict::Partial,
        Err(_) => Verdict::Invalid,
    }
}

/// A valid reply: a code of the strict grammar, one to six lines of text.
fn valid_reply() -> impl Strategy<Value = Vec<u8>> {
    let code = (2u8..=5, 0u8..=5, 0u8..=9).prop_map(|(a, b, c)| [b'0' + a, b'0' + b, b'0' + c]);
    // Mostly short lines, and some near the 512-octet limit (506 bytes of
    // text, with the code, its separator and CRLF, is the most a line holds).
    let text = prop_oneof![4 => 0usize..40, 1 => 495usize..=506]
        .prop_flat_map(|len| prop::collection::vec(prop_oneof![Just(b'\t'), 32u8..=126], len));
    (code, prop::collection::vec(text, 1..6), any::<bool>()).prop_map(|(code, lines, bare_last)| {
        let mut out = Vec::new();
        let n = lines.len();
        for (i, text) in lines.into_iter().enumerate() {
            out.extend_from_slice(&code);
            if i + 1 < n {
                out.push(b'-');
                out.extend_from_slice(&text);
            } else if !(bare_last && text.is_empty()) {
                out.push(b' ');
                out.extend_from_slice(&text);
            }
            out.extend_from_slice(b"\r\n");
        }
        out
    })
}

/// A valid reply with a few bytes changed, inserted or removed: near the
/// grammar, where the interesting mistakes are.
fn mutated_reply() -> impl Strategy<Value = Vec<u8>> {
    let edit = (
        any::<prop::sample::Index>(),
        prop_oneof![
            Just(b'\r'),
            Just(b'\n'),
            Just(b' '),
            Just(b'-'),
            Just(b'\t'),
            Just(0u8),
            Just(0x7f),
            Just(0xe9),
            b'0'..=b'9',
            any::<u8>()
        ],
        0u8..3,
    );
    (
        valid_reply(),
        prop::collection::vec(edit, 0..4),
        prop::collection::vec(any::<u8>(), 0..8),
    )
        .prop_map(|(mut bytes, edits, tail)| {
            for (at, byte, kind) in edits {
                let i = at.index(bytes.len() + 1);
                match kind {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 if i < bytes.len() => {
                        bytes.remove(i);
                    }
                    _ => bytes.insert(i.min(bytes.len()), byte),
                }
            }
            bytes.extend(tail);
            bytes
        })
}

/// What a resumable parser says when it gets `input` one byte at a time,
/// stopping at its first answer that is not "partial".
fn one_byte_at_a_time(config: ParserConfig, input: &[u8]) -> Result<Status<Reply<'_>>, ParseError> {
    let mut parser = ReplyParser::new(config);
    let mut result = parser.parse(&[]);
    for end in 1..=input.len() {
        if !matches!(result, Ok(Status::Partial)) {
            break;
        }
        result = parser.parse(&input[..end]);
    }
    result
}

/// Any configuration: each leniency on or off, and limits from the
/// smallest allowed to the defaults, so that inputs run into them.
fn any_config() -> impl Strategy<Value = ParserConfig> {
    let limit = |default: usize| prop_oneof![Just(default), 0usize..40, 40usize..600];
    (
        any::<[bool; 3]>(),
        limit(ParserConfig::STRICT.line_limit()),
        limit(ParserConfig::STRICT.reply_limit()),
    )
        .prop_map(|([bare_lf, eight_bit, any_digits], line, reply)| {
            ParserConfig::STRICT
                .allow_bare_lf(bare_lf)
                .allow_8bit(eight_bit)
                .allow_any_digits(any_digits)
                .max_line_len(line)
                .max_reply_len(reply)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(2000)))]

    #[test]
    fn strict_accepts_what_the_reference_accepts(input in mutated_reply()) {
        prop_assert_eq!(verdict(ParserConfig::STRICT, &input), reference(&input), "{:?}", String::from_utf8_lossy(&input));
    }

    #[test]
    fn valid_replies_parse_whole_in_both_modes(input in valid_reply(), tail in prop::collection::vec(any::<u8>(), 0..20)) {
        let mut buf = input.clone();
        buf.extend(&tail);
        for config in [ParserConfig::STRICT, ParserConfig::LENIENT] {
            let r = config.parse(&buf).unwrap().complete().unwrap();
            prop_assert_eq!(r.raw(), &input[..]);
        }
    }

    #[test]
    fn any_split_gives_the_same_result(input in mutated_reply(), cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6)) {
        for config in [ParserConfig::STRICT, ParserConfig::LENIENT] {
            let whole = config.parse(&input);
            let mut ends: Vec<usize> = cuts.iter().map(|c| c.index(input.len() + 1)).collect();
            ends.push(input.len());
            ends.sort_unstable();
            let mut parser = ReplyParser::new(config);
            let mut result = Ok(Status::Partial);
            for end in ends {
                result = parser.parse(&input[..end]);
                if !matches!(result, Ok(Status::Partial)) {
                    break;
                }
            }
            // The pieces may stop early only where the whole input gives the same answer.
            prop_assert_eq!(result, whole);
        }
    }

    #[test]
    fn one_byte_at_a_time_gives_the_same_result(input in mutated_reply()) {
        for config in [ParserConfig::STRICT, ParserConfig::LENIENT] {
            prop_assert_eq!(one_byte_at_a_time(config, &input), config.parse(&input));
        }
    }

    #[test]
    fn any_config_gives_the_same_result_one_byte_at_a_time(input in mutated_reply(), config in any_config()) {
        prop_assert_eq!(one_byte_at_a_time(config, &input), config.parse(&input), "{:?}", config);
    }

    #[test]
    fn arbitrary_bytes_never_panic_and_stay_in_bounds(input in prop::collection::vec(any::<u8>(), 0..300)) {
        for config in [ParserConfig::STRICT, ParserConfig::LENIENT] {
            match config.parse(&input) {
                Ok(Status::Complete(r)) => {
                    prop_assert!(r.len() <= input.len());
                    prop_assert_eq!(r.raw(), &input[..r.len()]);
                    prop_assert_eq!(r.lines().count(), r.line_count());
                }
                Ok(Status::Partial) => {}
                Err(e) => prop_assert!(e.offset() <= input.len()),
            }
            let mut replies = config.replies(&input);
            let mut total = 0;
            for r in replies.by_ref() {
                match r {
                    Ok(r) => total += r.len(),
                    Err(e) => prop_assert!(e.offset() <= input.len()),
                }
            }
            prop_assert_eq!(total, replies.consumed());
        }
    }
}

/// The number of cases: `n`, or `PROPTEST_CASES` when it is set (fewer
/// under `cargo mutants`, see `.cargo/mutants.toml`).
fn cases(n: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n)
}
