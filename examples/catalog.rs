//! Prints the whole catalog.
//!
//! ```text
//! cargo run --example catalog --features serde -- --json
//! cargo run --example catalog --features serde -- --lang id
//! ```
//!
//! `--json` prints one JSON document, the serde form of [`Catalog`]; without
//! it, one line per code with its title in the chosen language.

use std::process::ExitCode;

use smtp_codes::{Catalog, Locale};

fn main() -> ExitCode {
    let mut json = false;
    let mut locale = Locale::En;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lang" => match args.next().map(|tag| tag.parse::<Locale>()) {
                Some(Ok(l)) => locale = l,
                Some(Err(e)) => return fail(&format!("--lang: {e}")),
                None => return fail("--lang needs a language: en or id"),
            },
            other => return fail(&format!("unknown argument {other:?}")),
        }
    }
    if json {
        match serde_json::to_string_pretty(&Catalog) {
            Ok(text) => println!("{text}"),
            Err(e) => return fail(&e.to_string()),
        }
    } else {
        for entry in Catalog::reply_codes() {
            println!("{} {}", entry.code, entry.texts.get(locale).title);
        }
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("catalog: {message}");
    eprintln!("usage: catalog [--json] [--lang en|id]");
    ExitCode::FAILURE
}
