//! Compares two reply codes, or two enhanced status codes.
//!
//! ```text
//! cargo run --example compare -- 220 251 --lang id --format markdown
//! cargo run --example compare -- 5.1.1 5.2.2 --format html
//! ```

use std::process::ExitCode;

use smtp_codes::{
    Code, Comparison, EnhancedCode, EnhancedComparison, Format, Locale, Render, ReplyCode,
};

const USAGE: &str = "usage: compare CODE CODE [--lang en|id] [--format text|markdown|html]\n\
                     (two basic codes such as 220 251, or two enhanced codes such as 5.1.1 5.2.2)";

fn main() -> ExitCode {
    let mut locale = Locale::En;
    let mut format = Format::Text;
    let mut codes = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => match args.next().map(|tag| tag.parse::<Locale>()) {
                Some(Ok(l)) => locale = l,
                Some(Err(e)) => return fail(&format!("--lang: {e}")),
                None => return fail("--lang needs a language: en or id"),
            },
            "--format" => match args.next().map(|f| f.parse::<Format>()) {
                Some(Ok(f)) => format = f,
                Some(Err(e)) => return fail(&format!("--format: {e}")),
                None => return fail("--format needs text, markdown or html"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if !arg.starts_with("--") => codes.push(arg),
            other => return fail(&format!("unknown option {other:?}")),
        }
    }
    let [a, b] = codes.as_slice() else {
        return fail(&format!("two codes are needed, {} given", codes.len()));
    };
    let page: Box<dyn Render> = match (a.contains('.'), b.contains('.')) {
        (false, false) => {
            let (x, y) = match (known(a), known(b)) {
                (Ok(x), Ok(y)) => (x, y),
                (Err(e), _) | (_, Err(e)) => return fail(&e),
            };
            Box::new(Comparison::new(x, y))
        }
        (true, true) => match (a.parse::<EnhancedCode>(), b.parse::<EnhancedCode>()) {
            (Ok(x), Ok(y)) => Box::new(EnhancedComparison::new(x, y)),
            (Err(e), _) => return fail(&format!("{a:?}: {e}")),
            (_, Err(e)) => return fail(&format!("{b:?}: {e}")),
        },
        _ => {
            return fail(
                "a basic code and an enhanced code are two parts of one reply, not rivals: \
                 compare two of a kind, or explain a reply such as \"550 5.1.1\" with the explain example",
            );
        }
    };
    let mut out = String::new();
    if page.render(&mut out, locale, format).is_err() {
        return fail("the page could not be written");
    }
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// A code the catalog knows (a comparison needs the texts of both).
fn known(arg: &str) -> Result<ReplyCode, String> {
    let code = Code::parse(arg).map_err(|e| format!("{arg:?}: {e}"))?;
    code.known().ok_or_else(|| {
        format!("{code} is not in the catalog, so there is nothing to compare it by")
    })
}

fn fail(message: &str) -> ExitCode {
    eprintln!("compare: {message}");
    eprintln!("{USAGE}");
    ExitCode::FAILURE
}
