//! Rendered pages: golden files for a few pages (reviewed by reading them),
//! and checks over every pair of known codes in every language and format.

mod common;

use std::path::Path;

use smtp_codes::{
    Code, Command, Comparison, EnhancedCode, EnhancedComparison, EnhancedStatus, Format, Locale,
    Render, Reply, ReplyCode, ReplyExplanation,
};
use strum::IntoEnumIterator;

/// Compares a page with its golden file; `UPDATE_GOLDEN=1` writes the file.
fn golden(name: &str, page: &dyn Render, locale: Locale, format: Format) {
    let mut out = String::new();
    page.render(&mut out, locale, format).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &out).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        out, expected,
        "{name} differs from its golden file (UPDATE_GOLDEN=1 to rewrite)"
    );
}

fn enhanced(s: &str) -> EnhancedCode {
    s.parse().unwrap()
}

#[test]
fn golden_pages() {
    let c220_251 = Comparison::new(ReplyCode::ServiceReady, ReplyCode::UserNotLocal);
    golden(
        "compare_220_251.id.md",
        &c220_251,
        Locale::Id,
        Format::Markdown,
    );
    golden(
        "compare_220_251.en.md",
        &c220_251,
        Locale::En,
        Format::Markdown,
    );
    let c250_550 = Comparison::new(ReplyCode::ActionOk, ReplyCode::MailboxUnavailable);
    golden(
        "compare_250_550.en.txt",
        &c250_550,
        Locale::En,
        Format::Text,
    );
    let c511_422 = EnhancedComparison::new(enhanced("5.1.1"), enhanced("4.2.2"));
    golden(
        "compare_5.1.1_4.2.2.id.html",
        &c511_422,
        Locale::Id,
        Format::Html,
    );
    let vendor = enhanced("5.7.606");
    golden("explain_5.7.606.id.txt", &vendor, Locale::Id, Format::Text);
    let wire = b"550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\r\n";
    let reply = Reply::parse(wire).unwrap().complete().unwrap();
    golden(
        "explain_reply_550.en.md",
        &ReplyExplanation::new(reply),
        Locale::En,
        Format::Markdown,
    );
}

/// The blocks of a plain-text page: headings, paragraphs and list items,
/// without the server's verbatim lines and the links.
fn blocks(page: &str) -> (Vec<String>, Vec<String>) {
    let lines: Vec<&str> = page.lines().collect();
    let mut headings = Vec::new();
    let mut sentences = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let underline = lines
            .get(i + 1)
            .is_some_and(|u| !u.is_empty() && u.chars().all(|c| "=-~".contains(c)));
        if underline {
            headings.push(line.to_owned());
            i += 2;
            continue;
        }
        if let Some(item) = line.strip_prefix("- ") {
            if !item.contains("https://") {
                sentences.push(item.to_owned());
            }
        } else if !line.is_empty() && !line.starts_with("    ") {
            sentences.push(line.to_owned());
        }
        i += 1;
    }
    (headings, sentences)
}

fn check_page(label: &str, page: &str, locale: Locale, report: &mut common::Report) {
    let (headings, sentences) = blocks(page);
    for h in &headings {
        report.title(&format!("{label} heading"), h, locale);
    }
    for s in &sentences {
        report.sentences(&format!("{label} paragraph"), s, locale);
    }
}

/// A small checker of the HTML the renderer writes: every tag is one it
/// uses, tags nest and close, text holds no raw `<`, `>` or stray `&`.
fn html_problems(html: &str) -> Option<String> {
    const TAGS: [&str; 11] = [
        "article", "h1", "h2", "h3", "p", "ul", "li", "a", "pre", "code", "span",
    ];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let text_end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..text_end];
        if text.contains('>') {
            return Some(format!("raw > in {text:?}"));
        }
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..];
            if !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|e| entity.starts_with(e))
            {
                return Some(format!("stray & in {text:?}"));
            }
        }
        rest = &rest[text_end..];
        if rest.is_empty() {
            break;
        }
        let close = rest.find('>')?;
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop().as_deref() != Some(name) {
                return Some(format!("</{name}> closes nothing open"));
            }
        } else {
            let name = tag.split(' ').next().unwrap_or("");
            if !TAGS.contains(&name) {
                return Some(format!("unknown tag <{tag}>"));
            }
            if tag.contains('<') || tag.matches('"').count() % 2 != 0 {
                return Some(format!("broken tag <{tag}>"));
            }
            stack.push(name.to_owned());
        }
    }
    (!stack.is_empty()).then(|| format!("unclosed {stack:?}"))
}

#[test]
fn every_pair_renders_in_every_language_and_format() {
    let mut report = common::Report::default();
    for a in ReplyCode::iter() {
        for b in ReplyCode::iter() {
            let page = Comparison::new(a, b);
            for locale in Locale::iter() {
                let text = page.display(locale, Format::Text).to_string();
                let label = format!("{a} vs {b} {locale}");
                report.check(
                    text.contains(a.as_str()) && text.contains(b.as_str()),
                    || format!("{label}: a code is missing"),
                );
                check_page(&label, &text, locale, &mut report);
                let markdown = page.display(locale, Format::Markdown).to_string();
                report.check(markdown.starts_with(&format!("# SMTP {a} ")), || {
                    format!("{label}: markdown title")
                });
                let html = page.display(locale, Format::Html).to_string();
                if let Some(problem) = html_problems(&html) {
                    report.0.push(format!("{label}: html: {problem}"));
                }
                if a != b {
                    let class_a = a.class().texts(locale).title;
                    let class_b = b.class().texts(locale).title;
                    report.check(text.contains(class_a) && text.contains(class_b), || {
                        format!("{label}: a class is not named")
                    });
                }
            }
        }
        if report.0.len() > 20 {
            break;
        }
    }
    report.assert_clean();
}

#[test]
fn every_explanation_renders_in_every_language_and_format() {
    let mut report = common::Report::default();
    let mut codes: Vec<Code> = ReplyCode::iter().map(ReplyCode::code).collect();
    codes.extend(["299", "571", "432", "261"].map(|s| Code::parse(s).unwrap()));
    let mut enhanced_codes: Vec<EnhancedCode> = EnhancedStatus::iter()
        .flat_map(|r| {
            [
                r.with_class(smtp_codes::EnhancedClass::PermanentFailure),
                r.with_class(smtp_codes::EnhancedClass::PersistentTransientFailure),
            ]
        })
        .collect();
    enhanced_codes.extend(["5.7.606", "4.7.500", "5.9.1", "2.0.0"].map(enhanced));
    for locale in Locale::iter() {
        for format in Format::iter() {
            for code in &codes {
                let page = code.display(locale, format).to_string();
                if format == Format::Text {
                    check_page(&format!("{code} {locale}"), &page, locale, &mut report);
                }
                if format == Format::Html {
                    if let Some(p) = html_problems(&page) {
                        report.0.push(format!("{code}: {p}"));
                    }
                }
            }
            for code in &enhanced_codes {
                let page = code.display(locale, format).to_string();
                report.check(page.contains(&code.to_string()), || {
                    format!("{code}: not named")
                });
                if format == Format::Text {
                    check_page(&format!("{code} {locale}"), &page, locale, &mut report);
                }
                if format == Format::Html {
                    if let Some(p) = html_problems(&page) {
                        report.0.push(format!("{code}: {p}"));
                    }
                }
            }
        }
    }
    report.assert_clean();
}

#[test]
fn enhanced_pairs_render_and_say_what_they_share() {
    let mut report = common::Report::default();
    let codes: Vec<EnhancedCode> = [
        "5.1.1", "4.2.2", "5.2.2", "2.0.0", "5.7.26", "5.7.606", "4.7.500", "5.9.9",
    ]
    .map(enhanced)
    .to_vec();
    for a in &codes {
        for b in &codes {
            for locale in Locale::iter() {
                let text = EnhancedComparison::new(*a, *b)
                    .display(locale, Format::Text)
                    .to_string();
                check_page(&format!("{a} vs {b} {locale}"), &text, locale, &mut report);
                let html = EnhancedComparison::new(*a, *b)
                    .display(locale, Format::Html)
                    .to_string();
                if let Some(p) = html_problems(&html) {
                    report.0.push(format!("{a} vs {b}: {p}"));
                }
            }
        }
    }
    report.assert_clean();
    let same_subject = EnhancedComparison::new(enhanced("5.2.2"), enhanced("4.2.2"));
    assert_eq!(
        same_subject.shared_subject(),
        Some(smtp_codes::Subject::Mailbox)
    );
    assert_eq!(same_subject.shared_class(), None);
}

#[test]
fn pages_are_in_one_language() {
    let page = Comparison::new(ReplyCode::ServiceReady, ReplyCode::UserNotLocal);
    let id = page.display(Locale::Id, Format::Text).to_string();
    for heading in [
        "Deskripsi",
        "Ketika Anda Melihatnya",
        "Cara Memperbaiki",
        "Perbedaan Utama",
        "Kapan Menggunakan yang Mana",
        "Pelajari Lebih Lanjut",
    ] {
        assert!(id.contains(heading), "{heading}");
    }
    assert!(id.contains("sama-sama termasuk kelas Penyelesaian Positif (2yz)"));
    for english in [
        "Description",
        "When you see it",
        "How to fix",
        "Positive Completion",
        " the ",
        ", section ",
    ] {
        assert!(!id.contains(english), "{english:?} in the Indonesian page");
    }
    let en = page.display(Locale::En, Format::Text).to_string();
    assert!(en.contains("Both 220 (Service ready) and 251"));
    for indonesian in ["Deskripsi", "Penyelesaian", " yang ", "bagian"] {
        assert!(
            !en.contains(indonesian),
            "{indonesian:?} in the English page"
        );
    }
}

#[test]
fn comparing_a_code_with_itself_says_so() {
    let page = Comparison::new(ReplyCode::MailboxUnavailable, ReplyCode::MailboxUnavailable);
    assert!(page.is_same_code());
    let text = page.display(Locale::En, Format::Text).to_string();
    assert!(text.contains("Both sides name the same code, 550"));
    assert!(!text.contains("Key differences"));
    let id = page.display(Locale::Id, Format::Text).to_string();
    assert!(id.contains("Kedua sisi menyebut kode yang sama, 550"));
}

#[test]
fn escaping_in_markdown_and_html() {
    // The server's text is shown as sent, escaped in HTML.
    let wire = b"554 5.7.1 <spam@example.com>: Relay access denied & more\r\n";
    let reply = Reply::parse(wire).unwrap().complete().unwrap();
    let html = ReplyExplanation::new(reply)
        .display(Locale::En, Format::Html)
        .to_string();
    assert!(
        html.contains("&lt;spam@example.com&gt;: Relay access denied &amp; more"),
        "{html}"
    );
    assert_eq!(html_problems(&html), None);
    // An apostrophe is an entity, and in a page not in English an odd
    // quote's span is closed at the end of the server's words.
    let wire = b"550 5.1.1 Can't deliver to \"a@example.com\r\n";
    let reply = Reply::parse(wire).unwrap().complete().unwrap();
    for locale in [Locale::En, Locale::Id] {
        let html = ReplyExplanation::new(reply)
            .display(locale, Format::Html)
            .to_string();
        assert!(html.contains("Can&#39;t deliver to "), "{html}");
        assert!(html.contains("&quot;a@example.com"), "{html}");
        assert_eq!(html_problems(&html), None, "{locale}");
    }
    // Markdown escapes what would become markup in running text.
    let md = enhanced("5.7.26")
        .display(Locale::En, Format::Markdown)
        .to_string();
    assert!(!md.contains("<"), "{md}");
    // A reply whose enhanced class disagrees is flagged.
    let odd = Reply::parse(b"550 4.4.7 Odd\r\n")
        .unwrap()
        .complete()
        .unwrap();
    let text = ReplyExplanation::new(odd)
        .display(Locale::En, Format::Text)
        .to_string();
    assert!(
        text.contains("does not agree with the basic code 550"),
        "{text}"
    );
}

#[test]
fn rendering_to_a_fixed_buffer_needs_no_allocation() {
    struct Fixed {
        buf: [u8; 16384],
        len: usize,
    }
    impl core::fmt::Write for Fixed {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            let end = self.len + s.len();
            self.buf
                .get_mut(self.len..end)
                .ok_or(core::fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }
    let mut out = Fixed {
        buf: [0; 16384],
        len: 0,
    };
    ReplyCode::UserNotLocal
        .render(&mut out, Locale::Id, Format::Html)
        .unwrap();
    let text = std::str::from_utf8(&out.buf[..out.len]).unwrap();
    assert!(
        text.starts_with("<article class=\"smtp-page\" lang=\"id\">")
            && text.ends_with("</article>\n")
    );
    // A page that does not fit is an error, not a panic.
    let mut small = Fixed {
        buf: [0; 16384],
        len: 16000,
    };
    assert!(
        ReplyCode::UserNotLocal
            .render(&mut small, Locale::Id, Format::Html)
            .is_err()
    );
}

#[test]
fn unknown_codes_are_titled_by_their_class() {
    for (n, en, id) in [
        (571, "Permanent Negative Completion", "Negatif Permanen"),
        (255, "Positive Completion", "Penyelesaian Positif"),
        (499, "Transient Negative Completion", "Negatif Sementara"),
    ] {
        let code = Code::from_u16(n).unwrap();
        for (locale, title) in [(Locale::En, en), (Locale::Id, id)] {
            let md = code.display(locale, Format::Markdown).to_string();
            assert!(md.starts_with(&format!("# {n} {title}\n")), "{md}");
            let html = code.display(locale, Format::Html).to_string();
            assert!(
                html.contains(&format!(
                    "<h1 class=\"smtp-section\"><code class=\"smtp-code\">{n}</code> {title}</h1>"
                )),
                "{html}"
            );
            assert!(!html.contains(&format!("{n} </h1>")));
            let wire = format!("{n} go away\r\n");
            let reply = Reply::parse(wire.as_bytes()).unwrap().complete().unwrap();
            let page = ReplyExplanation::new(reply)
                .display(locale, Format::Markdown)
                .to_string();
            assert!(page.contains(&format!("## {n} {title}\n")), "{page}");
            // The class line comes first; the text points up to it, not down.
            assert!(
                !page.contains("below") && !page.contains("di bawah ini"),
                "{page}"
            );
        }
    }
}

#[test]
fn codes_for_any_command_are_compared_in_one_sentence() {
    let page = Comparison::new(
        ReplyCode::CommandUnrecognized,
        ReplyCode::ServiceNotAvailable,
    )
    .display(Locale::En, Format::Text)
    .to_string();
    assert!(
        page.contains("Commands: both can answer any command."),
        "{page}"
    );
    assert!(
        !page.contains("Both can answer"),
        "no list after 'any command'"
    );
    let page = Comparison::new(
        ReplyCode::CommandUnrecognized,
        ReplyCode::ServiceNotAvailable,
    )
    .display(Locale::Id, Format::Text)
    .to_string();
    assert!(
        page.contains("Perintah: keduanya dapat menjawab perintah apa pun."),
        "{page}"
    );
    assert!(!page.contains("Keduanya dapat menjawab"));
    // One answers any command: its commands are not listed as shared.
    let page = Comparison::new(
        ReplyCode::CommandUnrecognized,
        ReplyCode::MailboxUnavailable,
    )
    .display(Locale::En, Format::Text)
    .to_string();
    assert!(!page.contains("Both can answer"), "{page}");
}

#[test]
fn html_pages_have_class_hooks_and_mark_quoted_server_words() {
    let page = ReplyCode::TransactionFailed
        .display(Locale::Id, Format::Html)
        .to_string();
    assert!(page.starts_with("<article class=\"smtp-page\" lang=\"id\">\n<h1 class=\"smtp-section\"><code class=\"smtp-code\">554</code> "), "{page}");
    assert!(page.contains("<h2 class=\"smtp-section\">Deskripsi</h2>"));
    assert!(
        page.contains("<span class=\"smtp-quote\" lang=\"en\">&quot;"),
        "{page}"
    );
    assert_eq!(
        page.matches("<span").count(),
        page.matches("</span>").count()
    );
    assert_eq!(page.matches("&quot;").count() % 2, 0);
    // English pages are in the server's language already.
    let page = ReplyCode::CommandUnrecognized
        .display(Locale::En, Format::Html)
        .to_string();
    assert!(
        !page.contains("smtp-quote") && page.contains("&quot;500 5.5.2"),
        "{page}"
    );
    let reply = Reply::parse(b"554 5.7.1 <a@example.com>: Relay access denied\r\n")
        .unwrap()
        .complete()
        .unwrap();
    let page = ReplyExplanation::new(reply)
        .display(Locale::Id, Format::Html)
        .to_string();
    assert!(page.contains("<pre class=\"smtp-server-text\" lang=\"en\">554 5.7.1 &lt;a@example.com&gt;: Relay access denied\n</pre>"), "{page}");
    assert!(page.contains("<h2 class=\"smtp-section\"><code class=\"smtp-code\">5.7.1</code> "));
}

#[test]
fn comparison_titles_come_from_the_language() {
    for locale in [Locale::En, Locale::Id] {
        let title = Comparison::new(ReplyCode::ServiceReady, ReplyCode::UserNotLocal)
            .display(locale, Format::Markdown)
            .to_string();
        let first = title.lines().next().unwrap();
        let (a, b) = (
            ReplyCode::ServiceReady.texts(locale).title,
            ReplyCode::UserNotLocal.texts(locale).title,
        );
        assert_eq!(first, format!("# SMTP 220 {a} vs 251 {b}"));
    }
}

#[test]
fn indonesian_learn_more_lists_show_the_rfc_titles() {
    let page = ReplyCode::ServiceReady
        .display(Locale::Id, Format::Markdown)
        .to_string();
    assert!(page.contains("- [RFC 5321, bagian 4.2.3: Simple Mail Transfer Protocol](https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3)"), "{page}");
    let en = ReplyCode::ServiceReady
        .display(Locale::En, Format::Markdown)
        .to_string();
    assert!(en.contains("Simple Mail Transfer Protocol"));
}

#[test]
fn the_english_texts_the_review_named_say_what_they_mean() {
    // 503: a command out of order, with an example.
    let t = ReplyCode::BadSequence.texts(Locale::En);
    let all = format!("{} {}", t.description, t.when_you_see_it);
    assert!(
        all.contains("RCPT TO") && all.contains("MAIL FROM"),
        "{all}"
    );
    assert!(
        !t.description.contains("has already been done"),
        "{}",
        t.description
    );
    // 252 and the VRFY note of 502: RFC 5321 section 7.3 is a MUST.
    let t = ReplyCode::CannotVerifyUser.texts(Locale::En);
    assert!(
        format!("{} {}", t.description, t.how_to_fix).contains("requires"),
        "{t:?}"
    );
    let note = ReplyCode::CommandNotImplemented
        .texts(Locale::En)
        .for_command(Command::Vrfy)
        .unwrap_or("");
    assert!(note.contains("requires"), "{note}");
}

#[test]
fn explanations_answer_in_their_accessors() {
    use smtp_codes::{Class, EnhancedClass, Level, Reason};
    let explain = |wire: &'static [u8]| {
        let reply = smtp_codes::ParserConfig::LENIENT
            .parse(wire)
            .unwrap()
            .complete()
            .unwrap();
        ReplyExplanation::new(reply)
    };
    let id = Locale::Id;
    // The likely cause's advice first.
    let full = explain(b"452 4.2.2 Mailbox full\r\n");
    assert_eq!(full.summary(id), Reason::MailboxFull.texts(id).how_to_fix);
    assert!(full.should_retry());
    assert_eq!(full.enhanced_level(), Some(Level::Detail));
    let gone = explain(b"550 5.1.1 User unknown\r\n");
    assert_eq!(
        gone.summary(Locale::En),
        Reason::UserUnknown.texts(Locale::En).how_to_fix
    );
    assert!(!gone.should_retry());
    // No cause: the enhanced code's advice at its level, unless only its
    // class is known; then the basic code's; then the advice for no cause.
    let detail = explain(b"250 2.1.5 Recipient OK\r\n");
    assert_eq!(detail.diagnosis().reason(), Reason::Unknown);
    let row = EnhancedStatus::lookup(1, 5).unwrap();
    assert_eq!(detail.summary(id), row.texts(id).how_to_fix);
    let subject = explain(b"250 2.1.99 OK\r\n");
    assert_eq!(subject.enhanced_level(), Some(Level::Subject));
    assert_eq!(
        subject.summary(id),
        EnhancedCode::parse("2.1.99")
            .unwrap()
            .explain(id)
            .texts
            .how_to_fix
    );
    let class = explain(b"250 2.9.9 OK\r\n");
    assert_eq!(class.enhanced_level(), Some(Level::Class));
    assert_eq!(class.summary(id), ReplyCode::ActionOk.texts(id).how_to_fix);
    let plain = explain(b"250 OK\r\n");
    assert_eq!(plain.enhanced_level(), None);
    assert_eq!(plain.summary(id), ReplyCode::ActionOk.texts(id).how_to_fix);
    let unknown = explain(b"299 OK\r\n");
    assert_eq!(unknown.summary(id), Reason::Unknown.texts(id).how_to_fix);
    // Told the command, the page keeps that command's note only.
    let notes = ReplyCode::MailboxUnavailable.texts(Locale::En).by_command;
    assert!(notes.len() > 1);
    let page = explain(b"550 no\r\n")
        .after(Command::Rcpt)
        .display(Locale::En, Format::Text)
        .to_string();
    for note in notes {
        assert_eq!(
            page.contains(note.text),
            note.command == Command::Rcpt,
            "{:?} in {page}",
            note.command
        );
    }
    // The likely cause names what decided: words (each piece quoted), the
    // enhanced code, the basic code.
    let text = |wire: &'static [u8], command: Option<Command>| {
        let mut e = explain(wire);
        if let Some(c) = command {
            e = e.after(c);
        }
        e.display(Locale::En, Format::Text).to_string()
    };
    let page = text(b"550 mailbox is full: retry timeout exceeded\r\n", None);
    assert!(
        page.contains("The words that decided: \"mailbox is full\" and \"retry timeout exceeded\""),
        "{page}"
    );
    let page = text(b"552 5.2.2 nope\r\n", None);
    assert!(
        page.contains("the enhanced code 5.2.2 decided (rule mailbox_full.x_2_2)"),
        "{page}"
    );
    let page = text(b"552 nope\r\n", Some(Command::DataEnd));
    assert!(
        page.contains("the basic code 552 decided (rule message_too_large.552_data)"),
        "{page}"
    );
    // Learn more lists the sections of both codes, or is left out.
    let page = text(b"550 5.1.1 nope\r\n", None);
    assert!(
        page.contains("Learn more") && page.contains("RFC 3463"),
        "{page}"
    );
    let page = text(b"299 2.9.9 nope\r\n", None);
    assert!(!page.contains("Learn more"), "{page}");
    let page = text(b"299 5.1.1 nope\r\n", None);
    assert!(
        page.contains("Learn more") && page.contains("RFC 3463"),
        "{page}"
    );
    // An enhanced code known at its class only says so; a row's class
    // limit is stated.
    let page = enhanced("5.9.9")
        .display(Locale::En, Format::Text)
        .to_string();
    assert!(
        page.contains("neither the subject nor the detail of 5.9.9"),
        "{page}"
    );
    let page = enhanced("4.1.1")
        .display(Locale::En, Format::Text)
        .to_string();
    assert!(page.contains("only with class 5"), "{page}");
    // A second digit outside the categories is named.
    let page = explain(b"571 go away\r\n")
        .display(Locale::En, Format::Text)
        .to_string();
    assert!(page.contains("Its second digit, 7, is outside"), "{page}");

    // Comparisons say what the two share.
    let same = Comparison::new(ReplyCode::ActionOk, ReplyCode::ActionOk);
    assert!(same.is_same_code());
    let c = Comparison::new(ReplyCode::ActionOk, ReplyCode::UserNotLocal);
    assert!(!c.is_same_code());
    assert_eq!(c.shared_class(), Some(Class::PositiveCompletion));
    assert_eq!(c.shared_category(), Some(ReplyCode::ActionOk.category()));
    let c = Comparison::new(ReplyCode::ActionOk, ReplyCode::MailboxUnavailable);
    assert_eq!(c.shared_class(), None);
    assert_eq!(c.shared_category(), Some(ReplyCode::ActionOk.category()));
    let c = Comparison::new(ReplyCode::ServiceReady, ReplyCode::MailboxUnavailable);
    assert_eq!((c.shared_class(), c.shared_category()), (None, None));
    let e = EnhancedComparison::new(enhanced("5.1.1"), enhanced("5.2.2"));
    assert!(!e.is_same_code());
    assert_eq!(e.shared_class(), Some(EnhancedClass::PermanentFailure));
    let e = EnhancedComparison::new(enhanced("5.1.1"), enhanced("5.1.1"));
    assert!(e.is_same_code());
    let e = EnhancedComparison::new(enhanced("5.1.1"), enhanced("4.1.1"));
    assert_eq!(e.shared_class(), None);
}

#[test]
fn comparisons_say_only_what_holds_for_the_pair() {
    let page = |a: ReplyCode, b: ReplyCode| {
        Comparison::new(a, b)
            .display(Locale::En, Format::Text)
            .to_string()
    };
    // One code for any command, one for some: each is named.
    let any = ReplyCode::iter().find(|c| c.after_any_command()).unwrap();
    let some = ReplyCode::iter()
        .find(|c| !c.after_any_command() && !c.legal_after().is_empty())
        .unwrap();
    let p = page(any, some);
    assert!(!p.contains("both can answer any command"), "{p}");
    assert!(p.contains(&format!("Commands: {any} answers")), "{p}");
    // Two codes with the same commands need no list of the shared ones;
    // two with different ones that overlap get it.
    let codes: Vec<ReplyCode> = ReplyCode::iter()
        .filter(|c| !c.after_any_command())
        .collect();
    let mut same = 0;
    let mut overlapping = 0;
    for &a in &codes {
        for &b in &codes {
            if a == b {
                continue;
            }
            let p = page(a, b);
            if a.legal_after() == b.legal_after() {
                same += 1;
                assert!(!p.contains("Both can answer"), "{a} {b}: {p}");
            } else if a.legal_after().iter().any(|c| b.legal_after().contains(c)) {
                overlapping += 1;
                assert!(p.contains("Both can answer"), "{a} {b}: {p}");
            }
        }
    }
    assert!(same > 0 && overlapping > 0, "{same} {overlapping}");
    // Enhanced codes: the basic codes and the references of either side.
    let page = |a: &str, b: &str| {
        EnhancedComparison::new(enhanced(a), enhanced(b))
            .display(Locale::En, Format::Text)
            .to_string()
    };
    for (a, b, known) in [
        ("5.1.1", "5.9.9", true),
        ("5.9.9", "5.1.1", true),
        ("5.9.9", "4.9.9", false),
    ] {
        let p = page(a, b);
        assert_eq!(p.contains("Basic codes: the registry pairs"), known, "{p}");
        assert_eq!(p.contains("Learn more"), known, "{p}");
    }
}
