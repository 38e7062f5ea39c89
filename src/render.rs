//! Pages: explanations of a code or a reply, and comparisons of two codes,
//! rendered in a language as plain text, Markdown or HTML.
//!
//! Every page writes to any [`core::fmt::Write`] through [`Render::render`]
//! (nothing is allocated), or shows itself through the [`Display`](fmt::Display)
//! adapter that [`Render::display`] returns. A page in one language has no
//! prose in the other: its headings, its sentences and the catalog's texts
//! all come from the language's files (`src/text/en`, `src/text/id`).
//!
//! # Examples
//!
//! ```
//! use smtp_codes::{Comparison, Format, Locale, Render, ReplyCode};
//!
//! let page = Comparison::new(ReplyCode::ServiceReady, ReplyCode::UserNotLocal);
//! let text = page.display(Locale::Id, Format::Markdown).to_string();
//! assert!(text.starts_with("# SMTP 220 Layanan siap vs 251"));
//! assert!(text.contains("## Perbedaan Utama"));
//! assert!(text.contains("sama-sama termasuk kelas Penyelesaian Positif"));
//! ```

use core::fmt::{self, Display, Write};
use core::str::FromStr;

use crate::code::{Category, Class, Code};
use crate::command::{Actor, Command};
use crate::diagnose::{Diagnosis, EvidenceKind, Reason};
use crate::enhanced::{EnhancedClass, EnhancedCode, Level, Subject};
use crate::locale::Locale;
use crate::reference::Reference;
use crate::reply::Reply;
use crate::reply_code::ReplyCode;
use crate::text::Phrases;

/// The form of a rendered page.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
#[non_exhaustive]
pub enum Format {
    /// Plain text, headings underlined.
    #[default]
    Text,
    /// CommonMark.
    Markdown,
    /// An HTML fragment: one `<article lang="..">` element, text escaped.
    Html,
}

/// Why a name is not a [`Format`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown format: use text, markdown or html")]
pub struct FormatError;

impl FromStr for Format {
    type Err = FormatError;

    /// Reads `text` (or `txt`), `markdown` (or `md`) and `html`, ASCII
    /// case-insensitively, as [`Locale`] reads its tags.
    ///
    /// ```
    /// use smtp_codes::Format;
    ///
    /// assert_eq!("HTML".parse(), Ok(Format::Html));
    /// assert_eq!(Format::Markdown.to_string().parse(), Ok(Format::Markdown));
    /// assert!("htm".parse::<Format>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Format, FormatError> {
        let is = |name: &str| s.eq_ignore_ascii_case(name);
        if is("text") || is("txt") {
            Ok(Format::Text)
        } else if is("markdown") || is("md") {
            Ok(Format::Markdown)
        } else if is("html") {
            Ok(Format::Html)
        } else {
            Err(FormatError)
        }
    }
}

/// A page that renders in any language and format.
pub trait Render {
    /// Writes the page.
    fn render(&self, out: &mut dyn Write, locale: Locale, format: Format) -> fmt::Result;

    /// The page as a [`Display`] value.
    fn display(&self, locale: Locale, format: Format) -> Rendered<'_, Self>
    where
        Self: Sized,
    {
        Rendered {
            page: self,
            locale,
            format,
        }
    }
}

/// A page with its language and format, shown through [`Display`] (see [`Render::display`]).
#[derive(Debug, Clone, Copy)]
pub struct Rendered<'a, P: ?Sized> {
    page: &'a P,
    locale: Locale,
    format: Format,
}

impl<P: Render + ?Sized> Display for Rendered<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.page.render(f, self.locale, self.format)
    }
}

// ---------------------------------------------------------------------------
// Writing blocks in a format.

/// Writes through to `out`, escaping what the format needs escaped.
struct Escape<'a> {
    out: &'a mut dyn Write,
    format: Format,
    /// In HTML of a page not in English, text in double quotes (a server's
    /// words) goes into `<span class="smtp-quote" lang="en">`.
    quotes: bool,
    /// Whether such a span is open.
    in_quote: bool,
}

impl Escape<'_> {
    /// Closes a quote span left open by text with an odd number of quotes.
    fn finish(&mut self) -> fmt::Result {
        if self.in_quote {
            self.in_quote = false;
            self.out.write_str("</span>")?;
        }
        Ok(())
    }
}

impl Write for Escape<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let special: &[char] = match self.format {
            Format::Text => return self.out.write_str(s),
            Format::Html => &['&', '<', '>', '"', '\''],
            Format::Markdown => &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~'],
        };
        let mut rest = s;
        while let Some(at) = rest.find(special) {
            self.out.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or(' ');
            match (self.format, c) {
                (Format::Html, '&') => self.out.write_str("&amp;")?,
                (Format::Html, '<') => self.out.write_str("&lt;")?,
                (Format::Html, '>') => self.out.write_str("&gt;")?,
                (Format::Html, '"') if self.quotes && !self.in_quote => {
                    self.in_quote = true;
                    self.out
                        .write_str("<span class=\"smtp-quote\" lang=\"en\">&quot;")?
                }
                (Format::Html, '"') if self.quotes => {
                    self.in_quote = false;
                    self.out.write_str("&quot;</span>")?
                }
                (Format::Html, '"') => self.out.write_str("&quot;")?,
                (Format::Html, _) => self.out.write_str("&#39;")?,
                _ => {
                    self.out.write_char('\\')?;
                    self.out.write_char(c)?;
                }
            }
            rest = &rest[at + c.len_utf8()..];
        }
        self.out.write_str(rest)
    }
}

/// Counts the characters written (for underlining a plain-text heading).
struct Count(usize);

impl Write for Count {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.chars().count();
        Ok(())
    }
}

/// A template with its arguments: `{0}` is the first.
struct Fill<'a>(&'a str, &'a [&'a dyn Display]);

impl Display for Fill<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Fill(mut rest, args) = *self;
        while let Some(open) = rest.find('{') {
            f.write_str(&rest[..open])?;
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                // An opening brace that nothing closes is text.
                return f.write_str(&rest[open..]);
            };
            match after[..close]
                .parse::<usize>()
                .ok()
                .and_then(|i| args.get(i))
            {
                Some(arg) => arg.fmt(f)?,
                // No argument's number: written as it stands.
                None => f.write_str(&rest[open..open + close + 2])?,
            }
            rest = &after[close + 1..];
        }
        f.write_str(rest)
    }
}

/// A page under construction.
struct Doc<'a> {
    out: &'a mut dyn Write,
    format: Format,
    locale: Locale,
    in_list: bool,
}

impl<'a> Doc<'a> {
    fn begin(
        out: &'a mut dyn Write,
        locale: Locale,
        format: Format,
    ) -> Result<Doc<'a>, fmt::Error> {
        if format == Format::Html {
            writeln!(
                out,
                "<article class=\"smtp-page\" lang=\"{}\">",
                locale.tag()
            )?;
        }
        Ok(Doc {
            out,
            format,
            locale,
            in_list: false,
        })
    }

    fn end(mut self) -> fmt::Result {
        self.close_list()?;
        if self.format == Format::Html {
            self.out.write_str("</article>\n")?;
        }
        Ok(())
    }

    fn phrases(&self) -> &'static Phrases {
        self.locale.phrases()
    }

    fn escaped(&mut self, text: &dyn Display) -> fmt::Result {
        let mut escape = Escape {
            out: &mut *self.out,
            format: self.format,
            quotes: self.format == Format::Html && self.locale != Locale::En,
            in_quote: false,
        };
        write!(escape, "{text}")?;
        escape.finish()
    }

    /// A heading that starts with a code: `550 Mailbox unavailable`, the
    /// code in `<code class="smtp-code">` in HTML.
    fn code_heading(&mut self, level: u8, code: &dyn Display, title: &str) -> fmt::Result {
        if self.format != Format::Html {
            return self.heading(level, &Titled(code, title));
        }
        self.close_list()?;
        write!(
            self.out,
            "<h{level} class=\"smtp-section\"><code class=\"smtp-code\">"
        )?;
        self.escaped(code)?;
        self.out.write_str("</code> ")?;
        self.escaped(&title)?;
        writeln!(self.out, "</h{level}>")
    }

    fn close_list(&mut self) -> fmt::Result {
        if self.in_list {
            self.in_list = false;
            match self.format {
                Format::Html => self.out.write_str("</ul>\n")?,
                _ => self.out.write_str("\n")?,
            }
        }
        Ok(())
    }

    fn heading(&mut self, level: u8, text: &dyn Display) -> fmt::Result {
        self.close_list()?;
        match self.format {
            Format::Text => {
                let mut width = Count(0);
                write!(width, "{text}")?;
                let rule = match level {
                    1 => '=',
                    2 => '-',
                    _ => '~',
                };
                writeln!(self.out, "{text}")?;
                for _ in 0..width.0 {
                    self.out.write_char(rule)?;
                }
                self.out.write_str("\n\n")
            }
            Format::Markdown => {
                for _ in 0..level {
                    self.out.write_char('#')?;
                }
                self.out.write_char(' ')?;
                self.escaped(text)?;
                self.out.write_str("\n\n")
            }
            Format::Html => {
                write!(self.out, "<h{level} class=\"smtp-section\">")?;
                self.escaped(text)?;
                writeln!(self.out, "</h{level}>")
            }
        }
    }

    fn para(&mut self, text: &dyn Display) -> fmt::Result {
        self.close_list()?;
        match self.format {
            Format::Html => {
                self.out.write_str("<p>")?;
                self.escaped(text)?;
                self.out.write_str("</p>\n")
            }
            _ => {
                self.escaped(text)?;
                self.out.write_str("\n\n")
            }
        }
    }

    fn open_list(&mut self) -> fmt::Result {
        if !self.in_list {
            self.in_list = true;
            if self.format == Format::Html {
                self.out.write_str("<ul>\n")?;
            }
        }
        Ok(())
    }

    fn item(&mut self, text: &dyn Display) -> fmt::Result {
        self.open_list()?;
        match self.format {
            Format::Html => {
                self.out.write_str("<li>")?;
                self.escaped(text)?;
                self.out.write_str("</li>\n")
            }
            _ => {
                self.out.write_str("- ")?;
                self.escaped(text)?;
                self.out.write_str("\n")
            }
        }
    }

    fn link(&mut self, label: &dyn Display, url: &str) -> fmt::Result {
        self.open_list()?;
        match self.format {
            Format::Text => writeln!(self.out, "- {label}: {url}"),
            Format::Markdown => {
                self.out.write_str("- [")?;
                self.escaped(label)?;
                writeln!(self.out, "]({url})")
            }
            Format::Html => {
                self.out.write_str("<li><a href=\"")?;
                self.escaped(&url)?;
                self.out.write_str("\">")?;
                self.escaped(label)?;
                self.out.write_str("</a></li>\n")
            }
        }
    }

    /// The server's own lines, shown as they were sent.
    fn verbatim<'l>(&mut self, lines: impl Iterator<Item = &'l [u8]>) -> fmt::Result {
        self.close_list()?;
        if self.format == Format::Html {
            // The server's words, in their own language (most often English).
            self.out
                .write_str("<pre class=\"smtp-server-text\" lang=\"en\">")?;
        }
        for line in lines {
            if self.format != Format::Html {
                self.out.write_str("    ")?;
            }
            for chunk in line.utf8_chunks() {
                match self.format {
                    Format::Html => self.escaped(&chunk.valid())?,
                    _ => self.out.write_str(chunk.valid())?,
                }
                if !chunk.invalid().is_empty() {
                    self.out.write_char(char::REPLACEMENT_CHARACTER)?;
                }
            }
            self.out.write_char('\n')?;
        }
        match self.format {
            Format::Html => self.out.write_str("</pre>\n"),
            _ => self.out.write_str("\n"),
        }
    }

    fn references<'r>(&mut self, refs: impl Iterator<Item = &'r Reference>) -> fmt::Result {
        let template = self.phrases().reference;
        let mut seen: [&str; 16] = [""; 16];
        let mut n = 0;
        for r in refs {
            if seen[..n].contains(&r.url) {
                continue;
            }
            if n < seen.len() {
                seen[n] = r.url;
                n += 1;
            }
            let shown = r.display(self.locale);
            self.link(&Fill(template, &[&shown, &r.title()]), r.url)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Small values shown in sentences.

/// `2yz`, `x5z`, `5.X.X`, `X.7.X`.
struct ClassCode(u8);
impl Display for ClassCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}yz", self.0)
    }
}
struct CategoryCode(u8);
impl Display for CategoryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "x{}z", self.0)
    }
}
struct EnhancedClassCode(u8);
impl Display for EnhancedClassCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.X.X", self.0)
    }
}
struct SubjectCode(u16);
impl Display for SubjectCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "X.{}.X", self.0)
    }
}

/// A list in running text: `A, B and C` or `A, B, dan C` (or with "or").
struct List<'a, T> {
    items: &'a [T],
    locale: Locale,
    show: fn(&T, Locale, &mut fmt::Formatter<'_>) -> fmt::Result,
    or: bool,
}

impl<T> Display for List<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.items.len();
        let p = self.locale.phrases();
        let word = if self.or { p.or } else { p.and };
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                let last = i + 1 == n;
                match (last, self.locale) {
                    (true, Locale::En) => write!(f, " {word} ")?,
                    (true, _) if n == 2 => write!(f, " {word} ")?,
                    (true, _) => write!(f, ", {word} ")?,
                    _ => f.write_str(", ")?,
                }
            }
            (self.show)(item, self.locale, f)?;
        }
        Ok(())
    }
}

fn show_command(c: &Command, locale: Locale, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str(c.name(locale))
}

fn show_number(n: &u16, _: Locale, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write!(f, "{n}")
}

/// The commands a code answers, or "any command".
struct Answers {
    code: ReplyCode,
    locale: Locale,
    or: bool,
}

impl Display for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.code.after_any_command() {
            f.write_str(self.locale.phrases().any_command)
        } else {
            let items = self.code.legal_after();
            List {
                items,
                locale: self.locale,
                show: show_command,
                or: self.or,
            }
            .fmt(f)
        }
    }
}

fn class_meaning(class: Class, locale: Locale) -> &'static str {
    locale.phrases().class_meaning[class.digit() as usize - 2]
}

fn enhanced_class_meaning(class: EnhancedClass, locale: Locale) -> &'static str {
    let i = match class {
        EnhancedClass::Success => 0,
        EnhancedClass::PersistentTransientFailure => 1,
        EnhancedClass::PermanentFailure => 2,
    };
    locale.phrases().enhanced_class_meaning[i]
}

fn actor(a: Actor, locale: Locale) -> &'static str {
    let i = match a {
        Actor::Nobody => 0,
        Actor::Client => 1,
        Actor::Sender => 2,
        Actor::SenderAdmin => 3,
        Actor::Recipient => 4,
        Actor::RecipientAdmin => 5,
    };
    locale.phrases().actor[i]
}

/// A phrase with its first letter in upper case, to start a sentence.
struct Capitalized<'a>(&'a str);
impl Display for Capitalized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut chars = self.0.chars();
        if let Some(first) = chars.next() {
            for upper in first.to_uppercase() {
                f.write_char(upper)?;
            }
        }
        f.write_str(chars.as_str())
    }
}

/// The title of a code: its own, or its class's for a code the catalog
/// does not know (`571 Permanent Negative Completion`).
fn code_title(code: Code, locale: Locale) -> &'static str {
    match code.known() {
        Some(known) => known.texts(locale).title,
        None => code.class().texts(locale).title,
    }
}

/// `220 Service ready`.
struct Titled<'a>(&'a dyn Display, &'a str);
impl Display for Titled<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, self.1)
    }
}

// ---------------------------------------------------------------------------
// Sections shared by the pages.

fn class_line(doc: &mut Doc<'_>, code: Code) -> fmt::Result {
    let (h, p, locale) = (doc.locale.headings(), doc.phrases(), doc.locale);
    let class = code.class();
    let class_title = class.texts(locale).title;
    match code.category() {
        Some(cat) => doc.para(&Fill(
            p.class_line,
            &[
                &h.class,
                &class_title,
                &ClassCode(class.digit()),
                &h.category,
                &cat.texts(locale).title,
                &CategoryCode(cat.digit()),
            ],
        )),
        None => doc.para(&Fill(
            p.class_line_no_category,
            &[
                &h.class,
                &class_title,
                &ClassCode(class.digit()),
                &(code.as_u16() / 10 % 10),
            ],
        )),
    }
}

/// Description, when you see it and how to fix, of a basic code.
fn code_sections(doc: &mut Doc<'_>, code: Code, level: u8, only: Option<Command>) -> fmt::Result {
    let (h, locale) = (doc.locale.headings(), doc.locale);
    class_line(doc, code)?;
    match code.known() {
        Some(known) => {
            let t = known.texts(locale);
            doc.heading(level, &h.description)?;
            doc.para(&t.description)?;
            doc.heading(level, &h.when_you_see_it)?;
            doc.para(&t.when_you_see_it)?;
            let template = doc.phrases().command_note;
            for note in t
                .by_command
                .iter()
                .filter(|n| only.is_none_or(|c| c == n.command))
            {
                doc.item(&Fill(
                    template,
                    &[&Capitalized(note.command.name(locale)), &note.text],
                ))?;
            }
            doc.heading(level, &h.how_to_fix)?;
            doc.para(&t.how_to_fix)
        }
        None => {
            doc.para(&Fill(doc.phrases().unknown_code, &[&code]))?;
            doc.heading(level, &h.description)?;
            doc.para(&code.class().texts(locale).description)
        }
    }
}

/// The sections of an enhanced code, at the level it is known.
fn enhanced_sections(doc: &mut Doc<'_>, code: EnhancedCode, level: u8) -> fmt::Result {
    let (h, p, locale) = (doc.locale.headings(), doc.phrases(), doc.locale);
    let e = code.explain(locale);
    match e.level {
        Level::Subject => {
            let subject = code.subject_kind().map_or("", |s| s.texts(locale).title);
            doc.para(&Fill(
                p.enhanced_subject_level,
                &[&code, &SubjectCode(code.subject()), &subject],
            ))?;
        }
        Level::Class => {
            let class = code.class();
            doc.para(&Fill(
                p.enhanced_class_level,
                &[
                    &code,
                    &EnhancedClassCode(class.digit()),
                    &class.texts(locale).title,
                ],
            ))?;
        }
        _ => {}
    }
    doc.heading(level, &h.description)?;
    doc.para(&e.texts.description)?;
    if let Some(row) = e.status {
        if row.is_deprecated() {
            doc.para(&p.enhanced_deprecated)?;
        }
        // A row that names its classes names fewer than all three (a test
        // in tests/enhanced.rs says so): the limit is worth a sentence.
        if let Some(classes) = row.classes() {
            let digits: [u16; 3] =
                [0, 1, 2].map(|i| classes.get(i).map_or(0, |c| c.digit() as u16));
            let list = List {
                items: &digits[..classes.len().min(3)],
                locale,
                show: show_number,
                or: true,
            };
            doc.para(&Fill(p.enhanced_class_limit, &[&list]))?;
        }
        if !row.basic_codes().is_empty() {
            let list = List {
                items: row.basic_codes(),
                locale,
                show: show_number,
                or: false,
            };
            doc.para(&Fill(p.enhanced_basic_codes, &[&list]))?;
        }
    }
    doc.heading(level, &h.when_you_see_it)?;
    doc.para(&e.texts.when_you_see_it)?;
    if let Some(note) = e.status.and_then(|row| row.vendor_note(locale)) {
        doc.para(&Fill(p.enhanced_vendor, &[&note]))?;
    }
    doc.heading(level, &h.how_to_fix)?;
    doc.para(&e.texts.how_to_fix)
}

// ---------------------------------------------------------------------------
// Pages of one code.

/// The explanation page of a known code.
impl Render for ReplyCode {
    fn render(&self, out: &mut dyn Write, locale: Locale, format: Format) -> fmt::Result {
        self.code().render(out, locale, format)
    }
}

/// The explanation page of a code; for an unknown one, of its class.
impl Render for Code {
    fn render(&self, out: &mut dyn Write, locale: Locale, format: Format) -> fmt::Result {
        let mut doc = Doc::begin(out, locale, format)?;
        doc.code_heading(1, self, code_title(*self, locale))?;
        code_sections(&mut doc, *self, 2, None)?;
        if let Some(known) = self.known() {
            doc.heading(2, &locale.headings().learn_more)?;
            doc.references(known.references().iter())?;
        }
        doc.end()
    }
}

/// The explanation page of an enhanced code, at the level it is known.
impl Render for EnhancedCode {
    fn render(&self, out: &mut dyn Write, locale: Locale, format: Format) -> fmt::Result {
        let mut doc = Doc::begin(out, locale, format)?;
        doc.code_heading(1, self, self.explain(locale).texts.title)?;
        enhanced_sections(&mut doc, *self, 2)?;
        let refs = self.known().map_or(&[][..], |row| row.references());
        if !refs.is_empty() {
            doc.heading(2, &locale.headings().learn_more)?;
            doc.references(refs.iter())?;
        }
        doc.end()
    }
}

// ---------------------------------------------------------------------------
// Comparisons.

/// One side of a comparison, as the parts that both kinds of comparison
/// share show it.
struct Side<'a> {
    code: &'a dyn Display,
    title: &'static str,
    class_title: &'static str,
    class_code: &'a dyn Display,
    class_meaning: &'static str,
}

/// The title of a comparison and its opening paragraph: that both sides
/// are the same code, or how their classes compare. Returns whether they
/// are the same code.
fn opening(
    doc: &mut Doc<'_>,
    p: &Phrases,
    [a, b]: &[Side<'_>; 2],
    same_code: bool,
    same_class: bool,
) -> Result<bool, fmt::Error> {
    doc.heading(
        1,
        &Fill(p.compare_title, &[a.code, &a.title, b.code, &b.title]),
    )?;
    if same_code {
        doc.para(&Fill(p.compare_same_code, &[a.code, &a.title]))?;
    } else if same_class {
        doc.para(&Fill(
            p.compare_same_class,
            &[
                a.code,
                &a.title,
                b.code,
                &b.title,
                &a.class_title,
                a.class_code,
                &a.class_meaning,
            ],
        ))?;
    } else {
        doc.para(&Fill(
            p.compare_diff_class,
            &[
                a.code,
                &a.title,
                &a.class_title,
                a.class_code,
                b.code,
                &b.title,
                &b.class_title,
                b.class_code,
            ],
        ))?;
    }
    Ok(same_code)
}

/// The first key difference of a comparison: the sides' classes.
fn class_item(
    doc: &mut Doc<'_>,
    p: &Phrases,
    [a, b]: &[Side<'_>; 2],
    same_class: bool,
) -> fmt::Result {
    if same_class {
        doc.item(&Fill(
            p.item_class_same,
            &[&a.class_title, a.class_code, &a.class_meaning],
        ))
    } else {
        doc.item(&Fill(
            p.item_class_diff,
            &[
                a.code,
                &a.class_title,
                a.class_code,
                &a.class_meaning,
                b.code,
                &b.class_title,
                b.class_code,
                &b.class_meaning,
            ],
        ))
    }
}

/// Two basic reply codes side by side: what they share, how they differ,
/// and when each one is the right reply.
///
/// Everything on the page is derived from the catalog, so every pair reads
/// the same way. A code compared with itself gives a page that says so and
/// explains it once.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Class, Comparison, Format, Locale, Render, ReplyCode};
///
/// let c = Comparison::new(ReplyCode::ActionOk, ReplyCode::MailboxUnavailable);
/// assert_eq!(c.shared_class(), None);
/// assert_eq!(c.shared_category(), Some(smtp_codes::Category::MailSystem));
/// let page = c.display(Locale::En, Format::Text).to_string();
/// assert!(page.contains("Positive Completion") && page.contains("Permanent Negative Completion"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Comparison {
    first: ReplyCode,
    second: ReplyCode,
}

impl Comparison {
    /// Compares two codes.
    pub const fn new(first: ReplyCode, second: ReplyCode) -> Comparison {
        Comparison { first, second }
    }

    /// The two codes.
    pub const fn codes(&self) -> (ReplyCode, ReplyCode) {
        (self.first, self.second)
    }

    /// Whether both sides are the same code.
    pub fn is_same_code(&self) -> bool {
        self.first == self.second
    }

    /// The class both belong to, if they share it.
    pub fn shared_class(&self) -> Option<Class> {
        (self.first.class() == self.second.class()).then(|| self.first.class())
    }

    /// The category both belong to, if they share it.
    pub fn shared_category(&self) -> Option<Category> {
        (self.first.category() == self.second.category()).then(|| self.first.category())
    }

    /// Who acts on both, if it is the same.
    pub fn shared_actor(&self) -> Option<Actor> {
        (self.first.actor() == self.second.actor()).then(|| self.first.actor())
    }

    /// The commands after which both are legal replies.
    pub fn shared_commands(&self) -> impl Iterator<Item = Command> + '_ {
        self.first
            .legal_after()
            .iter()
            .copied()
            .filter(|c| self.second.is_legal_after(*c))
    }
}

impl Render for Comparison {
    fn render(&self, out: &mut dyn Write, locale: Locale, format: Format) -> fmt::Result {
        let (a, b) = (self.first, self.second);
        let (h, p) = (locale.headings(), locale.phrases());
        let (ca, cb) = (a.class(), b.class());
        let (da, db) = (ClassCode(ca.digit()), ClassCode(cb.digit()));
        let sides = [(&a, ca, &da), (&b, cb, &db)].map(|(code, class, class_code)| Side {
            code: code as &dyn Display,
            title: code.texts(locale).title,
            class_title: class.texts(locale).title,
            class_code: class_code as &dyn Display,
            class_meaning: class_meaning(class, locale),
        });
        let mut doc = Doc::begin(out, locale, format)?;
        if opening(&mut doc, p, &sides, self.is_same_code(), ca == cb)? {
            code_sections(&mut doc, a.code(), 2, None)?;
            doc.heading(2, &h.learn_more)?;
            doc.references(a.references().iter())?;
            return doc.end();
        }
        for code in [a, b] {
            doc.code_heading(2, &code, code.texts(locale).title)?;
            code_sections(&mut doc, code.code(), 3, None)?;
        }

        doc.heading(2, &h.key_differences)?;
        class_item(&mut doc, p, &sides, ca == cb)?;
        let (ga, gb) = (a.category(), b.category());
        let (gta, gtb) = (ga.texts(locale).title, gb.texts(locale).title);
        if ga == gb {
            doc.item(&Fill(
                p.item_category_same,
                &[&gta, &CategoryCode(ga.digit())],
            ))?;
        } else {
            doc.item(&Fill(
                p.item_category_diff,
                &[
                    &a,
                    &gta,
                    &CategoryCode(ga.digit()),
                    &b,
                    &gtb,
                    &CategoryCode(gb.digit()),
                ],
            ))?;
        }
        let (wa, wb) = (
            Answers {
                code: a,
                locale,
                or: false,
            },
            Answers {
                code: b,
                locale,
                or: false,
            },
        );
        if a.after_any_command() && b.after_any_command() {
            doc.item(&p.item_commands_any)?;
        } else {
            doc.item(&Fill(p.item_commands, &[&a, &wa, &b, &wb]))?;
        }
        let mut shared = [Command::Connect; 24];
        let mut n = 0;
        for c in self.shared_commands() {
            if n < shared.len() {
                shared[n] = c;
                n += 1;
            }
        }
        let same_lists =
            a.legal_after() == b.legal_after() && a.after_any_command() == b.after_any_command();
        // Codes for any command share every command: a list would say less.
        if n > 0 && !same_lists && !(a.after_any_command() || b.after_any_command()) {
            let list = List {
                items: &shared[..n],
                locale,
                show: show_command,
                or: false,
            };
            doc.item(&Fill(p.item_commands_shared, &[&list]))?;
        }
        match self.shared_actor() {
            Some(who) => doc.item(&Fill(p.item_actor_same, &[&actor(who, locale)]))?,
            None => doc.item(&Fill(
                p.item_actor_diff,
                &[&a, &actor(a.actor(), locale), &b, &actor(b.actor(), locale)],
            ))?,
        }

        doc.heading(2, &h.when_to_use_which)?;
        for code in [a, b] {
            let answers = Answers {
                code,
                locale,
                or: true,
            };
            let title = code.texts(locale).title;
            doc.item(&Fill(
                p.use_which,
                &[
                    &code,
                    &title,
                    &answers,
                    &class_meaning(code.class(), locale),
                ],
            ))?;
        }
        doc.heading(2, &h.learn_more)?;
        doc.references(a.references().iter().chain(b.references()))?;
        doc.end()
    }
}

/// Two enhanced status codes side by side, like [`Comparison`].
///
/// ```
/// use smtp_codes::{EnhancedCode, EnhancedComparison, Format, Locale, Render};
///
/// let a: EnhancedCode = "5.1.1".parse()?;
/// let b: EnhancedCode = "4.2.2".parse()?;
/// let c = EnhancedComparison::new(a, b);
/// assert_eq!(c.shared_class(), None);
/// let page = c.display(Locale::En, Format::Html).to_string();
/// assert!(page.starts_with("<article class=\"smtp-page\" lang=\"en\">"));
/// # Ok::<(), smtp_codes::EnhancedCodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnhancedComparison {
    first: EnhancedCode,
    second: EnhancedCode,
}

impl EnhancedComparison {
    /// Compares two codes.
    pub const fn new(first: EnhancedCode, second: EnhancedCode) -> EnhancedComparison {
        EnhancedComparison { first, second }
    }

    /// The two codes.
    pub const fn codes(&self) -> (EnhancedCode, EnhancedCode) {
        (self.first, self.second)
    }

    /// Whether both sides are the same code.
    pub fn is_same_code(&self) -> bool {
        self.first == self.second
    }

    /// The class both belong to, if they share it.
    pub fn shared_class(&self) -> Option<EnhancedClass> {
        (self.first.class() == self.second.class()).then(|| self.first.class())
    }

    /// The subject both are about, if they share a known one.
    pub fn shared_subject(&self) -> Option<Subject> {
        self.first
            .subject_kind()
            .filter(|s| Some(*s) == self.second.subject_kind())
    }
}

impl Render for EnhancedComparison {
    fn render(&self, out: &mut dyn Write, locale: Locale, format: Format) -> fmt::Result {
        let (a, b) = (self.first, self.second);
        let (h, p) = (locale.headings(), locale.phrases());
        let (ca, cb) = (a.class(), b.class());
        let (da, db) = (EnhancedClassCode(ca.digit()), EnhancedClassCode(cb.digit()));
        let sides = [(&a, ca, &da), (&b, cb, &db)].map(|(code, class, class_code)| Side {
            code: code as &dyn Display,
            title: code.explain(locale).texts.title,
            class_title: class.texts(locale).title,
            class_code: class_code as &dyn Display,
            class_meaning: enhanced_class_meaning(class, locale),
        });
        let mut doc = Doc::begin(out, locale, format)?;
        if opening(&mut doc, p, &sides, self.is_same_code(), ca == cb)? {
            enhanced_sections(&mut doc, a, 2)?;
            return doc.end();
        }
        for code in [a, b] {
            doc.code_heading(2, &code, code.explain(locale).texts.title)?;
            enhanced_sections(&mut doc, code, 3)?;
        }

        doc.heading(2, &h.key_differences)?;
        class_item(&mut doc, p, &sides, ca == cb)?;
        let subject_title = |c: EnhancedCode| {
            c.subject_kind()
                .map_or_else(|| c.class().texts(locale).title, |s| s.texts(locale).title)
        };
        if a.subject() == b.subject() {
            doc.item(&Fill(
                p.item_subject_same,
                &[&subject_title(a), &SubjectCode(a.subject())],
            ))?;
        } else {
            doc.item(&Fill(
                p.item_subject_diff,
                &[
                    &a,
                    &subject_title(a),
                    &SubjectCode(a.subject()),
                    &b,
                    &subject_title(b),
                    &SubjectCode(b.subject()),
                ],
            ))?;
        }
        let basic = |c: EnhancedCode| c.known().map_or(&[][..], |row| row.basic_codes());
        let (ba, bb) = (basic(a), basic(b));
        if !ba.is_empty() || !bb.is_empty() {
            let none = p.no_codes;
            let la = List {
                items: ba,
                locale,
                show: show_number,
                or: false,
            };
            let lb = List {
                items: bb,
                locale,
                show: show_number,
                or: false,
            };
            let sa: &dyn Display = if ba.is_empty() { &none } else { &la };
            let sb: &dyn Display = if bb.is_empty() { &none } else { &lb };
            doc.item(&Fill(p.item_basic_codes, &[&a, sa, &b, sb]))?;
        }
        if a.actor() == b.actor() {
            doc.item(&Fill(p.item_actor_same, &[&actor(a.actor(), locale)]))?;
        } else {
            doc.item(&Fill(
                p.item_actor_diff,
                &[&a, &actor(a.actor(), locale), &b, &actor(b.actor(), locale)],
            ))?;
        }

        doc.heading(2, &h.when_to_use_which)?;
        for code in [a, b] {
            let title = code.explain(locale).texts.title;
            let meaning = enhanced_class_meaning(code.class(), locale);
            let codes = basic(code);
            if codes.is_empty() {
                doc.item(&Fill(p.use_which_enhanced_any, &[&code, &title, &meaning]))?;
            } else {
                let list = List {
                    items: codes,
                    locale,
                    show: show_number,
                    or: true,
                };
                doc.item(&Fill(
                    p.use_which_enhanced,
                    &[&code, &title, &list, &meaning],
                ))?;
            }
        }
        let refs = |c: EnhancedCode| c.known().map_or(&[][..], |row| row.references());
        if !refs(a).is_empty() || !refs(b).is_empty() {
            doc.heading(2, &h.learn_more)?;
            doc.references(refs(a).iter().chain(refs(b)))?;
        }
        doc.end()
    }
}

// ---------------------------------------------------------------------------
// A whole reply.

/// What a parsed reply means: its likely cause (a [`Diagnosis`]), its basic
/// code, its enhanced code at the most specific level known, whether the
/// two agree, whether to retry, and the server's own text.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Command, Format, Locale, Reason, Render, Reply, ReplyExplanation};
///
/// let reply = Reply::parse(b"452 4.2.2 Mailbox full\r\n")?.complete().unwrap();
/// let explained = ReplyExplanation::new(reply).after(Command::Rcpt);
/// assert_eq!(explained.diagnosis().reason(), Reason::MailboxFull);
/// assert!(explained.should_retry());
/// assert_eq!(explained.agrees(), Some(true));
/// // The one line to show: the cause's advice, not the 452's "free disk space".
/// assert_eq!(explained.summary(Locale::En), Reason::MailboxFull.texts(Locale::En).how_to_fix);
/// let page = explained.display(Locale::Id, Format::Text).to_string();
/// assert!(page.starts_with("Balasan 452 4.2.2\n=================\n\nKemungkinan Penyebab"));
/// assert!(page.contains("Mailbox full"), "the server's text is shown as sent");
/// assert!(page.contains("Kotak surat penerima penuh"));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReplyExplanation<'a> {
    reply: Reply<'a>,
    command: Option<Command>,
}

impl<'a> ReplyExplanation<'a> {
    /// Explains a reply.
    pub const fn new(reply: Reply<'a>) -> ReplyExplanation<'a> {
        ReplyExplanation {
            reply,
            command: None,
        }
    }

    /// The same explanation, for a reply known to answer `command`: the
    /// diagnosis uses it (`552` after `RCPT TO`), and the page shows only
    /// that command's note.
    pub const fn after(self, command: Command) -> ReplyExplanation<'a> {
        ReplyExplanation {
            command: Some(command),
            ..self
        }
    }

    /// The reply.
    pub const fn reply(&self) -> Reply<'a> {
        self.reply
    }

    /// The command the reply answered, if the caller said.
    pub const fn command(&self) -> Option<Command> {
        self.command
    }

    /// Why the reply failed, with the evidence that decided.
    pub fn diagnosis(&self) -> Diagnosis<'a> {
        Diagnosis::of_reply(&self.reply, self.command)
    }

    /// The most specific advice in one text: the likely cause's "how to
    /// fix", else the enhanced code's at the level it is known (detail or
    /// subject), else the basic code's, else the advice for a reply whose
    /// cause cannot be read (act on the class).
    pub fn summary(&self, locale: Locale) -> &'static str {
        let reason = self.diagnosis().reason();
        if reason != Reason::Unknown {
            return reason.texts(locale).how_to_fix;
        }
        if let Some(e) = self.enhanced() {
            let explained = e.explain(locale);
            if explained.level != Level::Class {
                return explained.texts.how_to_fix;
            }
        }
        match self.known() {
            Some(known) => known.texts(locale).how_to_fix,
            None => Reason::Unknown.texts(locale).how_to_fix,
        }
    }

    /// The basic code's catalog entry, if it is known.
    pub const fn known(&self) -> Option<ReplyCode> {
        self.reply.known()
    }

    /// The enhanced code, if the reply has one.
    pub fn enhanced(&self) -> Option<EnhancedCode> {
        self.reply.enhanced()
    }

    /// The level the enhanced code is known at.
    pub fn enhanced_level(&self) -> Option<Level> {
        self.enhanced().map(|e| e.explain(Locale::En).level)
    }

    /// Whether the enhanced code's class agrees with the basic code's.
    pub fn agrees(&self) -> Option<bool> {
        self.reply.enhanced_agrees()
    }

    /// Whether sending the same message again later can succeed: the
    /// diagnosis's answer ([`Diagnosis::retry`]), from the reply's class and
    /// its likely cause together. A 4yz reply is worth a retry unless the
    /// address is wrong; a 5yz reply is not, unless the cause is a rate or
    /// recipient limit or greylisting.
    pub fn should_retry(&self) -> bool {
        self.diagnosis().retry()
    }
}

/// The "Likely cause" section of a reply's page.
fn cause_section(doc: &mut Doc<'_>, d: &Diagnosis<'_>, level: u8) -> fmt::Result {
    let (h, p, locale) = (doc.locale.headings(), doc.phrases(), doc.locale);
    let texts = d.reason().texts(locale);
    doc.heading(level, &h.likely_cause)?;
    doc.heading(level + 1, &texts.title)?;
    doc.para(&texts.description)?;
    /// The evidence from the text, each piece quoted, as sent.
    struct Quoted<'e>(&'e Diagnosis<'e>, &'static str);
    impl Display for Quoted<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            for (i, e) in self.0.evidence().enumerate() {
                if i > 0 {
                    write!(f, " {} ", self.1)?;
                }
                f.write_char('"')?;
                for chunk in e.bytes().utf8_chunks() {
                    f.write_str(chunk.valid())?;
                    if !chunk.invalid().is_empty() {
                        f.write_char(char::REPLACEMENT_CHARACTER)?;
                    }
                }
                f.write_char('"')?;
            }
            Ok(())
        }
    }
    let rule = d.rule().id();
    match d.rule().kind() {
        EvidenceKind::Phrase | EvidenceKind::VendorToken => {
            doc.para(&Fill(p.cause_words, &[&Quoted(d, p.and), &rule]))?
        }
        EvidenceKind::EnhancedCode => match d.enhanced() {
            Some(e) => doc.para(&Fill(p.cause_enhanced, &[&e, &rule]))?,
            None => doc.para(&Fill(p.cause_class, &[&rule]))?,
        },
        EvidenceKind::BasicCode => match d.code() {
            Some(c) => doc.para(&Fill(p.cause_basic, &[&c, &rule]))?,
            None => doc.para(&Fill(p.cause_class, &[&rule]))?,
        },
        _ => doc.para(&Fill(p.cause_class, &[&rule]))?,
    }
    doc.para(if d.retry() {
        &p.cause_retry
    } else {
        &p.cause_no_retry
    })?;
    if d.suppress() {
        doc.para(&p.cause_suppress)?;
    }
    doc.heading(level + 1, &h.how_to_fix)?;
    doc.para(&texts.how_to_fix)
}

impl Render for ReplyExplanation<'_> {
    fn render(&self, out: &mut dyn Write, locale: Locale, format: Format) -> fmt::Result {
        let (h, p) = (locale.headings(), locale.phrases());
        let code = self.reply.code();
        let enhanced = self.enhanced();
        let mut doc = Doc::begin(out, locale, format)?;
        struct Codes(Code, Option<EnhancedCode>);
        impl Display for Codes {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.1 {
                    Some(e) => write!(f, "{} {e}", self.0),
                    None => write!(f, "{}", self.0),
                }
            }
        }
        doc.heading(1, &Fill(p.reply, &[&Codes(code, enhanced)]))?;
        cause_section(&mut doc, &self.diagnosis(), 2)?;
        doc.heading(2, &p.server_text)?;
        doc.verbatim(self.reply.lines().map(|l| l.raw()))?;
        doc.para(&Fill(
            p.reply_meaning,
            &[&class_meaning(code.class(), locale)],
        ))?;
        match (enhanced, self.agrees()) {
            (Some(e), Some(true)) => doc.para(&Fill(p.reply_agrees, &[&e, &code]))?,
            (Some(e), _) => doc.para(&Fill(p.reply_disagrees, &[&e, &code]))?,
            (None, _) => doc.para(&p.reply_no_enhanced)?,
        }
        doc.code_heading(2, &code, code_title(code, locale))?;
        code_sections(&mut doc, code, 3, self.command)?;
        if let Some(e) = enhanced {
            doc.code_heading(2, &e, e.explain(locale).texts.title)?;
            enhanced_sections(&mut doc, e, 3)?;
        }
        let basic_refs = self.known().map_or(&[][..], |k| k.references());
        let enhanced_refs = enhanced
            .and_then(|e| e.known())
            .map_or(&[][..], |row| row.references());
        if !basic_refs.is_empty() || !enhanced_refs.is_empty() {
            doc.heading(2, &h.learn_more)?;
            doc.references(basic_refs.iter().chain(enhanced_refs))?;
        }
        doc.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_each_argument_in_its_place_and_leaves_the_rest() {
        let fill = |template: &str| {
            let args: [&dyn Display; 2] = [&"one", &2];
            Fill(template, &args).to_string()
        };
        assert_eq!(fill("{0} and {1}, {0}"), "one and 2, one");
        assert_eq!(fill("a {7} b"), "a {7} b");
        assert_eq!(fill("a {x} b {}"), "a {x} b {}");
        assert_eq!(fill("open {1"), "open {1");
        assert_eq!(fill("end {"), "end {");
        assert_eq!(fill("no braces"), "no braces");
    }
}
