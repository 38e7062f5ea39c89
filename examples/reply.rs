//! Writes a reply's exact bytes to standard output.
//!
//! ```text
//! cargo run --example reply -- 550 5.1.1 "No such user here"
//! cargo run --example reply -- 250
//! cargo run --example reply -- --max-line-len 40 450 4.2.2 "The mailbox is full, try again in an hour"
//! ```
//!
//! The text may be given as several arguments, which are joined with a
//! space; a line break in it starts a new reply line. Without text, a code
//! in the catalog gets its standard text.

use std::io::Write;
use std::process::ExitCode;

use smtp_codes::{Code, EnhancedCode, ReplyWriter};

const USAGE: &str = "usage: reply [--max-line-len N] CODE [ENHANCED] [TEXT...]";

fn main() -> ExitCode {
    let mut max_line_len = ReplyWriter::MAX_LINE_LEN;
    let mut positional = Vec::new();
    let mut options = true;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str().map(str::to_owned) else {
            return fail(&format!(
                "{arg:?}: not UTF-8 (reply text is printable US-ASCII)"
            ));
        };
        match arg.as_str() {
            "-h" | "--help" if options => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--max-line-len" if options => {
                match args.next().and_then(|n| n.to_str()?.parse().ok()) {
                    Some(n)
                        if (ReplyWriter::MIN_LINE_LEN..=ReplyWriter::MAX_LINE_LEN).contains(&n) =>
                    {
                        max_line_len = n
                    }
                    _ => {
                        return fail(&format!(
                            "--max-line-len needs a number from {} to {}",
                            ReplyWriter::MIN_LINE_LEN,
                            ReplyWriter::MAX_LINE_LEN
                        ));
                    }
                }
            }
            "--" if options => options = false,
            other if options && other.starts_with("--") => {
                return fail(&format!("unexpected option {other:?}"));
            }
            _ => positional.push(arg),
        }
    }
    let mut positional = positional.into_iter();
    let Some(code_arg) = positional.next() else {
        return fail("no code given");
    };
    let code = match Code::parse(&code_arg) {
        Ok(code) if code.is_strict() => code,
        Ok(_) => {
            return fail(&format!(
                "{code_arg:?}: the second digit of a reply code must be 0 to 5"
            ));
        }
        Err(e) => return fail(&format!("{code_arg:?}: {e}")),
    };
    let mut rest: Vec<String> = positional.collect();
    // An argument of digits and dots is meant as an enhanced code.
    let enhanced = match rest.first() {
        Some(arg) if arg.contains('.') && arg.bytes().all(|b| b.is_ascii_digit() || b == b'.') => {
            match arg.parse::<EnhancedCode>() {
                Ok(e) => {
                    rest.remove(0);
                    Some(e)
                }
                Err(e) => return fail(&format!("{arg:?}: not an enhanced status code: {e}")),
            }
        }
        _ => None,
    };
    let text = rest.join(" ");

    let mut writer = ReplyWriter::new(code).max_line_len(max_line_len);
    if let Some(e) = enhanced {
        writer = match writer.with_enhanced(e) {
            Ok(w) => w,
            Err(e) => return fail(&e.to_string()),
        };
    }
    if !rest.is_empty() {
        writer = match writer.with_text(&text) {
            Ok(w) => w,
            Err(e) => return fail(&format!("text: {e}")),
        };
    }

    // `Display` gives the exact bytes; `write_io` (with the `std` feature) does the same.
    let mut out = std::io::stdout().lock();
    match write!(out, "{writer}").and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reply: cannot write to standard output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("reply: {message}");
    eprintln!("{USAGE}");
    ExitCode::FAILURE
}
