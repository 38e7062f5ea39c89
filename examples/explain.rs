//! Explains a reply code.
//!
//! ```text
//! cargo run --example explain -- 251
//! cargo run --example explain -- 251 --lang id
//! ```

use std::process::ExitCode;

use smtp_codes::{Code, Locale, ReplyCode};

const USAGE: &str = "usage: explain CODE [--lang en|id]";

fn main() -> ExitCode {
    let mut locale = Locale::En;
    let mut code_arg = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => match args.next().map(|tag| tag.parse::<Locale>()) {
                Some(Ok(l)) => locale = l,
                Some(Err(e)) => return fail(&format!("--lang: {e}")),
                None => return fail("--lang needs a language: en or id"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if code_arg.is_none() && !arg.starts_with("--") => code_arg = Some(arg),
            other => return fail(&format!("unexpected argument {other:?}")),
        }
    }
    let Some(code_arg) = code_arg else {
        return fail("no code given");
    };
    let code = match Code::parse(&code_arg) {
        Ok(code) => code,
        Err(e) => return fail(&format!("{code_arg:?}: {e}")),
    };
    match code.known() {
        Some(known) => print_known(known, locale),
        None => print_unknown(code, locale),
    }
    ExitCode::SUCCESS
}

fn print_known(code: ReplyCode, locale: Locale) {
    let h = locale.headings();
    let texts = code.texts(locale);
    println!("{code} {}", texts.title);
    println!(
        "{}: {}yz {}",
        h.class,
        code.class().digit(),
        code.class().texts(locale).title
    );
    println!(
        "{}: x{}z {}",
        h.category,
        code.category().digit(),
        code.category().texts(locale).title
    );
    println!();
    println!("{}\n{}\n", h.description, texts.description);
    println!("{}\n{}", h.when_you_see_it, texts.when_you_see_it);
    for note in texts.by_command {
        println!("- {}: {}", note.command.name(locale), note.text);
    }
    println!();
    println!("{}\n{}\n", h.how_to_fix, texts.how_to_fix);
    println!("{}", h.learn_more);
    for r in code.references() {
        println!("- {}: {}", r.display(locale), r.url);
    }
}

fn print_unknown(code: Code, locale: Locale) {
    let h = locale.headings();
    let class = code.class().texts(locale);
    println!("{code}");
    println!("{}: {}yz {}", h.class, code.class().digit(), class.title);
    if let Some(category) = code.category() {
        println!(
            "{}: x{}z {}",
            h.category,
            category.digit(),
            category.texts(locale).title
        );
    }
    println!();
    println!("{}\n{}", h.description, class.description);
}

fn fail(message: &str) -> ExitCode {
    eprintln!("explain: {message}");
    eprintln!("{USAGE}");
    ExitCode::FAILURE
}
