//! Diagnoses a mail log: one reply per line, in any form mail programs log
//! them (a reply line, a multi-line reply joined with spaces, a DSN
//! `Diagnostic-Code` value, a Postfix or Exim log fragment, an enhanced code
//! with text, or text alone).
//!
//! ```text
//! cargo run --example diagnose -- [--json] [--lang en|id] [--command CMD] [FILE|-]
//! ```
//!
//! Without `--json`, each line's likely cause in the chosen language, then a
//! table of the causes with their counts, most frequent first. With
//! `--json`, one JSON object per input line:
//! `{"line": 1, "code": 550, "enhanced": "5.1.1", "command": "RCPT",
//! "reason": "user_unknown", "retry": false, "suppress": true, "evidence":
//! ["User unknown"], "rule": "user_unknown.user_unknown"}` (`null` for parts
//! the line does not have). `--command` applies to lines that name no
//! command. Blank lines are skipped; lines are read one at a time, so memory
//! does not grow with the file.

use std::fmt::Write as _;
use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use smtp_codes::{Command, Diagnosis, EvidenceKind, Locale, Reason};

const USAGE: &str = "usage: diagnose [--json] [--lang en|id] [--command CMD] [FILE|-]";

fn main() -> ExitCode {
    let mut json = false;
    let mut locale = Locale::En;
    let mut command = None;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lang" => match args.next().map(|tag| tag.parse::<Locale>()) {
                Some(Ok(l)) => locale = l,
                Some(Err(e)) => return fail(&format!("--lang: {e}")),
                None => return fail("--lang needs a language: en or id"),
            },
            "--command" => match args.next().map(|c| c.parse::<Command>()) {
                Some(Ok(c)) => command = Some(c),
                Some(Err(e)) => return fail(&format!("--command: {e}")),
                None => return fail("--command needs a command such as RCPT"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() && (arg == "-" || !arg.starts_with('-')) => path = Some(arg),
            other => return fail(&format!("unexpected argument {other:?}")),
        }
    }
    let input: Box<dyn BufRead> = match path.as_deref() {
        None | Some("-") => Box::new(std::io::stdin().lock()),
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
            Err(e) => return fail(&format!("{p}: {e}")),
        },
    };
    match run(input, json, locale, command) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe ends the program quietly.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&e.to_string()),
    }
}

fn run(
    mut input: Box<dyn BufRead>,
    json: bool,
    locale: Locale,
    command: Option<Command>,
) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut counts = [0usize; Reason::ALL.len()];
    let mut buf = Vec::new();
    let mut text = String::new();
    let mut number = 0;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        number += 1;
        let line = buf.trim_ascii();
        if line.is_empty() {
            continue;
        }
        let d = Diagnosis::of_log_line(line, command);
        counts[Reason::iter().position(|r| r == d.reason()).unwrap_or(0)] += 1;
        text.clear();
        if json {
            json_line(&mut text, number, &d);
        } else {
            text_line(&mut text, number, &d, locale);
        }
        out.write_all(text.as_bytes())?;
    }
    if !json {
        let mut table: Vec<(Reason, usize)> =
            Reason::iter().zip(counts).filter(|&(_, n)| n > 0).collect();
        table.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let (head, count) = match locale {
            Locale::Id => ("Penyebab", "Jumlah"),
            _ => ("Cause", "Count"),
        };
        writeln!(out, "| {head} | {count} |\n|---|---|")?;
        for (reason, n) in table {
            writeln!(out, "| {} ({reason}) | {n} |", reason.texts(locale).title)?;
        }
    }
    out.flush()
}

/// One line of text: the cause, the advice, and the evidence.
fn text_line(out: &mut String, number: usize, d: &Diagnosis<'_>, locale: Locale) {
    let texts = d.reason().texts(locale);
    let (retry, no_retry, evidence, rule) = match locale {
        Locale::Id => (
            "coba lagi nanti",
            "jangan kirim ulang tanpa perubahan",
            "Bukti",
            "aturan",
        ),
        _ => ("retry later", "do not resend unchanged", "Evidence", "rule"),
    };
    let _ = write!(
        out,
        "{number}: {} ({}); {}.",
        texts.title,
        d.reason(),
        if d.retry() { retry } else { no_retry }
    );
    let mut first = true;
    for e in d.evidence() {
        let shown = match e.kind() {
            EvidenceKind::Phrase | EvidenceKind::VendorToken => {
                format!("\"{}\"", String::from_utf8_lossy(e.bytes()))
            }
            _ => String::from_utf8_lossy(e.bytes()).into_owned(),
        };
        if !shown.is_empty() {
            let _ = write!(
                out,
                "{} {shown}",
                if first {
                    format!(" {evidence}:")
                } else {
                    ",".into()
                }
            );
            first = false;
        }
    }
    let _ = writeln!(out, " ({rule} {})\n   {}", d.rule().id(), texts.how_to_fix);
}

/// One JSON object, exactly the fields the documentation gives.
fn json_line(out: &mut String, number: usize, d: &Diagnosis<'_>) {
    let _ = write!(out, "{{\"line\": {number}, \"code\": ");
    match d.code() {
        Some(c) => {
            let _ = write!(out, "{c}");
        }
        None => out.push_str("null"),
    }
    out.push_str(", \"enhanced\": ");
    match d.enhanced() {
        Some(e) => {
            let _ = write!(out, "\"{e}\"");
        }
        None => out.push_str("null"),
    }
    out.push_str(", \"command\": ");
    match d.command() {
        Some(c) => {
            let _ = write!(out, "\"{}\"", c.verb());
        }
        None => out.push_str("null"),
    }
    let _ = write!(
        out,
        ", \"reason\": \"{}\", \"retry\": {}, \"suppress\": {}, \"evidence\": [",
        d.reason(),
        d.retry(),
        d.suppress()
    );
    let mut first = true;
    for e in d.evidence().filter(|e| e.range().is_some()) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        json_string(out, &String::from_utf8_lossy(e.bytes()));
    }
    out.push_str("], \"rule\": ");
    json_string(out, d.rule().id());
    out.push_str("}\n");
}

fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn fail(message: &str) -> ExitCode {
    eprintln!("diagnose: {message}");
    eprintln!("{USAGE}");
    ExitCode::FAILURE
}
