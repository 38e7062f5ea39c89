//! Explains a reply code, an enhanced status code, or every reply in a
//! transcript read from standard input.
//!
//! ```text
//! cargo run --example explain -- 251 --lang id
//! cargo run --example explain -- 5.7.606 --lang id --format markdown
//! cargo run --example explain -- --json 5.1.1
//! printf '550-5.1.1 No such user\r\n550 5.1.1 Bye\r\n' | cargo run --example explain -- --json -
//! ```
//!
//! With `-`, every reply in the input is parsed, one after another, and
//! explained; with `--json`, one JSON object per reply per line:
//! `{"code": 550, "enhanced": "5.1.1", "lines": [...], ..., "reason": {...}}`,
//! where `reason` is the likely cause: `{"name": "user_unknown", "title":
//! ..., "summary": ..., "retry": false, "suppress": true, "evidence":
//! ["does not exist"], "rule": "user_unknown.does_not_exist"}`. `--command
//! CMD` says which command the replies answered. Input that
//! does not parse (a partial reply at the end included) prints
//! `{"error": "...", "offset": N}` (or a message on standard error) after the
//! replies before it, and the program exits with status 1.

use std::io::Read;
use std::process::ExitCode;

use serde_json::{Value, json};
use smtp_codes::{
    Code, Command, EnhancedCode, Format, Level, Locale, ParserConfig, Render, Reply,
    ReplyExplanation,
};

const USAGE: &str = "usage: explain [--json] [--strict|--lenient] [--lang en|id] [--format text|markdown|html] [--command CMD] (CODE | ENHANCED-CODE | -)";

struct Options {
    json: bool,
    config: ParserConfig,
    locale: Locale,
    format: Format,
    command: Option<Command>,
}

fn main() -> ExitCode {
    let mut opts = Options {
        json: false,
        config: ParserConfig::default(),
        locale: Locale::En,
        format: Format::Text,
        command: None,
    };
    let mut target = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => opts.json = true,
            "--strict" => opts.config = ParserConfig::STRICT,
            "--lenient" => opts.config = ParserConfig::LENIENT,
            "--lang" => match args.next().map(|tag| tag.parse::<Locale>()) {
                Some(Ok(l)) => opts.locale = l,
                Some(Err(e)) => return fail(&format!("--lang: {e}")),
                None => return fail("--lang needs a language: en or id"),
            },
            "--format" => match args.next().map(|f| f.parse::<Format>()) {
                Some(Ok(f)) => opts.format = f,
                Some(Err(e)) => return fail(&format!("--format: {e}")),
                None => return fail("--format needs text, markdown or html"),
            },
            "--command" => match args.next().map(|c| c.parse::<Command>()) {
                Some(Ok(c)) => opts.command = Some(c),
                Some(Err(e)) => return fail(&format!("--command: {e}")),
                None => return fail("--command needs a command such as RCPT"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if target.is_none() && (arg == "-" || !arg.starts_with('-')) => target = Some(arg),
            other => return fail(&format!("unexpected argument {other:?}")),
        }
    }
    let Some(target) = target else {
        return fail("nothing to explain: give a code, an enhanced code, or - for standard input");
    };
    if target == "-" {
        let mut input = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut input) {
            return fail(&format!("standard input: {e}"));
        }
        return explain_stream(&input, &opts);
    }
    if target.contains('.') {
        match target.parse::<EnhancedCode>() {
            Ok(code) if opts.json => emit(&format!("{}\n", enhanced_json(code, opts.locale))),
            Ok(code) => print_page(&code, &opts),
            Err(e) => return fail(&format!("{target:?}: {e}")),
        }
    } else {
        match Code::parse(&target) {
            Ok(code) if opts.json => emit(&format!("{}\n", code_json(code, opts.locale))),
            Ok(code) => print_page(&code, &opts),
            Err(e) => return fail(&format!("{target:?}: {e}")),
        }
    }
    ExitCode::SUCCESS
}

fn print_page(page: &dyn Render, opts: &Options) {
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = page.render(&mut out, opts.locale, opts.format);
    emit(&out);
}

/// Writes to standard output; a closed pipe ends the program quietly
/// instead of panicking as `print!` would.
fn emit(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        std::process::exit(1);
    }
}

/// Parses every reply of the input and explains each; 1 at the first error.
fn explain_stream(input: &[u8], opts: &Options) -> ExitCode {
    let mut replies = opts.config.replies(input);
    for result in replies.by_ref() {
        match result {
            Ok(reply) => {
                let mut explained = ReplyExplanation::new(reply);
                if let Some(c) = opts.command {
                    explained = explained.after(c);
                }
                if opts.json {
                    emit(&format!("{}\n", reply_json(explained, opts.locale)));
                } else {
                    print_page(&explained, opts);
                }
            }
            Err(e) => return stream_error(&e.to_string(), e.offset(), opts),
        }
    }
    if replies.consumed() < input.len() {
        let at = replies.consumed();
        return stream_error("the input ends inside a reply", at, opts);
    }
    ExitCode::SUCCESS
}

fn stream_error(message: &str, offset: usize, opts: &Options) -> ExitCode {
    if opts.json {
        emit(&format!(
            "{}\n",
            json!({ "error": message, "offset": offset })
        ));
    } else {
        eprintln!("explain: byte {offset}: {message}");
    }
    ExitCode::FAILURE
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Detail => "detail",
        Level::Subject => "subject",
        _ => "class",
    }
}

fn code_json(code: Code, locale: Locale) -> Value {
    let class = code.class();
    let mut v = json!({
        "code": code.as_u16(),
        "known": code.known().is_some(),
        "class": class.digit(),
        "class_title": class.texts(locale).title,
        "category": code.category().map(|c| c.digit()),
        "category_title": code.category().map(|c| c.texts(locale).title),
    });
    match code.known() {
        Some(known) => {
            let t = known.texts(locale);
            v["name"] = json!(known.name());
            v["title"] = json!(t.title);
            v["description"] = json!(t.description);
            v["when_you_see_it"] = json!(t.when_you_see_it);
            v["how_to_fix"] = json!(t.how_to_fix);
            v["by_command"] = t
                .by_command
                .iter()
                .map(|n| json!({ "command": n.command.as_str(), "text": n.text }))
                .collect();
            v["references"] = known.references().iter().map(|r| json!(r.url)).collect();
        }
        None => v["description"] = json!(class.texts(locale).description),
    }
    v
}

fn enhanced_json(code: EnhancedCode, locale: Locale) -> Value {
    let e = code.explain(locale);
    json!({
        "code": code.to_string(),
        "level": level_name(e.level),
        "title": e.texts.title,
        "description": e.texts.description,
        "when_you_see_it": e.texts.when_you_see_it,
        "how_to_fix": e.texts.how_to_fix,
        "class": code.class().digit(),
        "subject": code.subject(),
        "detail": code.detail(),
        "registry_title": e.status.map(|s| s.registry_title()),
        "deprecated": e.status.is_some_and(|s| s.is_deprecated()),
        "basic_codes": e.status.map_or(&[][..], |s| s.basic_codes()),
        "vendor_note": e.status.and_then(|s| s.vendor_note(locale)),
        "references": e.status.map_or(&[][..], |s| s.references()).iter().map(|r| r.url).collect::<Vec<_>>(),
    })
}

fn reply_json(explained: ReplyExplanation<'_>, locale: Locale) -> Value {
    let reply: Reply<'_> = explained.reply();
    let d = explained.diagnosis();
    json!({
        "code": reply.code().as_u16(),
        "enhanced": reply.enhanced().map(|e| e.to_string()),
        "lines": reply.lines().map(|l| String::from_utf8_lossy(l.text())).collect::<Vec<_>>(),
        "multiline": reply.is_multiline(),
        "length": reply.len(),
        "known": reply.known().is_some(),
        "title": reply.known().map(|k| k.texts(locale).title),
        "enhanced_title": reply.enhanced().map(|e| e.explain(locale).texts.title),
        "enhanced_level": explained.enhanced_level().map(level_name),
        "agrees": explained.agrees(),
        "retry": explained.should_retry(),
        "reason": {
            "name": d.reason().name(),
            "title": d.reason().texts(locale).title,
            "summary": explained.summary(locale),
            "retry": d.retry(),
            "suppress": d.suppress(),
            "evidence": d.evidence().filter(|e| e.range().is_some()).map(|e| String::from_utf8_lossy(e.bytes()).into_owned()).collect::<Vec<_>>(),
            "rule": d.rule().id(),
        },
    })
}

fn fail(message: &str) -> ExitCode {
    eprintln!("explain: {message}");
    eprintln!("{USAGE}");
    ExitCode::FAILURE
}
