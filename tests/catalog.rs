//! The catalog of basic reply codes tests itself: every row agrees with its
//! digits, every text exists in both languages, reads as whole sentences,
//! and says something of its own.

mod common;

use std::collections::{HashMap, HashSet};

use common::Report;
use smtp_codes::{
    Catalog, Category, Class, Code, CodeError, Command, EnhancedClass, EnhancedStatus, Locale,
    Reason, Reference, ReplyCode, Subject,
};
use strum::{EnumCount, IntoEnumIterator};

const REQUIRED: [u16; 44] = [
    211, 214, 220, 221, 235, 250, 251, 252, 253, 334, 354, 421, 422, 430, 432, 450, 451, 452, 453,
    454, 455, 458, 459, 500, 501, 502, 503, 504, 521, 523, 524, 525, 530, 533, 534, 535, 538, 550,
    551, 552, 553, 554, 555, 556,
];

/// The basic codes that only the enhanced-code registry names: no RFC defines them.
const REGISTRY_ONLY: [u16; 6] = [422, 430, 523, 524, 525, 533];

#[test]
fn every_required_code_is_in_the_table_and_nothing_else() {
    let table: Vec<u16> = ReplyCode::iter().map(ReplyCode::as_u16).collect();
    assert_eq!(table, REQUIRED, "the table, in numeric order");
    assert_eq!(ReplyCode::COUNT, REQUIRED.len());
}

#[test]
fn every_basic_code_the_registry_names_is_known() {
    for row in EnhancedStatus::iter() {
        for &basic in row.basic_codes() {
            assert!(
                Code::from_u16(basic).unwrap().known().is_some(),
                "{row} names {basic}, which the catalog does not know"
            );
        }
    }
}

#[test]
fn registry_only_codes_say_where_they_come_from() {
    for n in REGISTRY_ONLY {
        let code = ReplyCode::from_u16(n).unwrap();
        assert!(code.name().starts_with("Registry"), "{code:?}");
        assert_eq!(code.references()[0].rfc, 5248, "{n}: the registry first");
        let paired: Vec<EnhancedStatus> = EnhancedStatus::iter()
            .filter(|row| row.basic_codes().contains(&n))
            .collect();
        assert_eq!(paired.len(), 1, "{n} is named by one registry row");
        let row = paired[0].to_string();
        for (locale, registry) in [(Locale::En, "registry"), (Locale::Id, "registri")] {
            let t = code.texts(locale);
            assert!(t.title.contains(registry), "{n} {locale}: {}", t.title);
            assert!(
                t.description.contains(registry) && t.description.contains("RFC 5321"),
                "{n} {locale}: says it is the registry's, not RFC 5321's: {}",
                t.description
            );
            assert!(
                t.description.contains(&row),
                "{n} {locale}: names {row}: {}",
                t.description
            );
            // What a client does: act on the class.
            let class = if code.class() == Class::TransientNegative {
                "4yz"
            } else {
                "5yz"
            };
            assert!(
                t.how_to_fix.contains(class) && t.how_to_fix.contains("RFC 5321"),
                "{n} {locale}: {}",
                t.how_to_fix
            );
        }
    }
    // The codes that RFCs define do not claim to be the registry's.
    for code in ReplyCode::iter().filter(|c| !REGISTRY_ONLY.contains(&c.as_u16())) {
        assert!(!code.name().starts_with("Registry"), "{code:?}");
        assert!(!code.texts(Locale::En).title.contains("registry only"));
    }
}

#[test]
fn digits_agree_with_class_and_category() {
    for code in ReplyCode::iter() {
        let n = code.as_u16();
        assert_eq!(code.class().digit() as u16, n / 100, "{n}");
        assert_eq!(
            Class::from_digit((n / 100) as u8),
            Some(code.class()),
            "{n}"
        );
        assert_eq!(code.category().digit() as u16, n / 10 % 10, "{n}");
        assert_eq!(
            Category::from_digit((n / 10 % 10) as u8),
            Some(code.category()),
            "{n}"
        );
        assert!(
            code.code().is_strict(),
            "{n} is inside the RFC 5321 grammar"
        );
    }
}

#[test]
fn every_text_is_whole_and_in_its_language() {
    let mut report = Report::default();
    for code in ReplyCode::iter() {
        for locale in Locale::iter() {
            let t = code.texts(locale);
            let label = format!("{code} {locale}");
            report.texts(&label, t.texts(), locale);
            for note in t.by_command {
                report.sentences(
                    &format!("{label} after {}", note.command),
                    note.text,
                    locale,
                );
            }
        }
    }
    report.assert_clean();
}

#[test]
fn indonesian_differs_from_english_and_says_the_same_facts() {
    let mut report = Report::default();
    for code in ReplyCode::iter() {
        let en = code.texts(Locale::En);
        let id = code.texts(Locale::Id);
        for (field, e, i) in [
            ("title", en.title, id.title),
            ("description", en.description, id.description),
            ("when_you_see_it", en.when_you_see_it, id.when_you_see_it),
            ("how_to_fix", en.how_to_fix, id.how_to_fix),
        ] {
            report.check(e != i, || format!("{code} {field}: the same in en and id"));
            // Numbers (codes, ports, RFCs) must agree between the languages.
            let numbers = |s: &str| {
                let mut n: Vec<String> = common::words(s)
                    .filter(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.'))
                    .map(str::to_owned)
                    .collect();
                n.sort();
                n
            };
            report.check(numbers(e) == numbers(i), || {
                format!(
                    "{code} {field}: numbers differ: {:?} vs {:?}",
                    numbers(e),
                    numbers(i)
                )
            });
        }
        let commands =
            |t: &smtp_codes::ReplyTexts| t.by_command.iter().map(|n| n.command).collect::<Vec<_>>();
        report.check(commands(en) == commands(id), || {
            format!("{code}: notes for different commands in en and id")
        });
    }
    report.assert_clean();
}

#[test]
fn no_two_codes_share_a_text() {
    for locale in Locale::iter() {
        let mut seen: HashMap<&str, ReplyCode> = HashMap::new();
        for code in ReplyCode::iter() {
            let t = code.texts(locale);
            for text in [t.title, t.description, t.when_you_see_it, t.how_to_fix] {
                if let Some(other) = seen.insert(text, code) {
                    panic!("{other} and {code} share a text in {locale}: {text:?}");
                }
            }
        }
    }
}

#[test]
fn command_notes_name_each_command_once() {
    // Notes may describe widespread uses outside the RFCs (Postfix's 454
    // after RCPT TO), so they are not limited to `legal_after`.
    for code in ReplyCode::iter() {
        let commands: Vec<Command> = code
            .texts(Locale::En)
            .by_command
            .iter()
            .map(|n| n.command)
            .collect();
        let unique: HashSet<&Command> = commands.iter().collect();
        assert_eq!(
            unique.len(),
            commands.len(),
            "{code}: a command has two notes"
        );
    }
}

#[test]
fn codes_whose_meaning_depends_on_the_command_say_so() {
    let required: &[(ReplyCode, &[Command])] = &[
        (
            ReplyCode::ServiceReady,
            &[Command::Connect, Command::StartTls],
        ),
        (
            ReplyCode::TlsOrAuthTemporaryFailure,
            &[Command::StartTls, Command::Auth],
        ),
        (
            ReplyCode::TlsOrAuthRequired,
            &[Command::StartTls, Command::Auth],
        ),
        (
            ReplyCode::StorageExceeded,
            &[Command::Rcpt, Command::DataEnd],
        ),
        (ReplyCode::CommandUnrecognized, &[Command::Auth]),
        (ReplyCode::ActionOk, &[Command::Etrn]),
        (ReplyCode::UserNotLocal, &[Command::Etrn]),
        (ReplyCode::CannotVerifyUser, &[Command::Etrn]),
    ];
    for (code, commands) in required {
        for locale in Locale::iter() {
            for command in *commands {
                assert!(
                    code.texts(locale).for_command(*command).is_some(),
                    "{code} in {locale} has no note for {command}"
                );
            }
        }
    }
    // 552 after RCPT: RFC 5321 4.5.3.1.10 says to treat it as temporary.
    let note = ReplyCode::StorageExceeded
        .texts(Locale::En)
        .for_command(Command::Rcpt)
        .unwrap();
    assert!(note.contains("temporar"), "{note}");
}

#[test]
fn every_code_has_references_with_titles_and_links() {
    for code in ReplyCode::iter() {
        assert!(!code.references().is_empty(), "{code}");
        for r in code.references() {
            assert!(!r.title().is_empty(), "{code}: RFC {} has no title", r.rfc);
            assert!(
                r.url.contains(&format!("rfc{}", r.rfc)),
                "{code}: {}",
                r.url
            );
            if !r.section.is_empty() {
                assert!(
                    r.url.ends_with(&format!("#section-{}", r.section)),
                    "{}",
                    r.url
                );
            }
        }
        assert!(
            !code.legal_after().is_empty() || code.after_any_command(),
            "{code} answers no command"
        );
    }
}

#[test]
fn classes_and_categories_have_texts_in_both_languages() {
    let mut report = Report::default();
    let mut seen = HashSet::new();
    for locale in Locale::iter() {
        for class in Class::iter() {
            let t = class.texts(locale);
            report.title(&format!("{class:?} {locale}"), t.title, locale);
            report.sentences(&format!("{class:?} {locale}"), t.description, locale);
            report.check(seen.insert(t.description), || {
                format!("{class:?}: shared description")
            });
        }
        for category in Category::iter() {
            let t = category.texts(locale);
            report.title(&format!("{category:?} {locale}"), t.title, locale);
            report.sentences(&format!("{category:?} {locale}"), t.description, locale);
            report.check(seen.insert(t.description), || {
                format!("{category:?}: shared description")
            });
        }
    }
    report.assert_clean();
    assert_eq!(
        Class::PositiveCompletion.texts(Locale::Id).title,
        "Penyelesaian Positif"
    );
    assert_eq!(
        Class::PositiveIntermediate.texts(Locale::Id).title,
        "Positif Tahap Antara"
    );
    assert_eq!(
        Class::TransientNegative.texts(Locale::Id).title,
        "Negatif Sementara"
    );
    assert_eq!(
        Class::PermanentNegative.texts(Locale::Id).title,
        "Negatif Permanen"
    );
    assert_eq!(Category::Syntax.texts(Locale::Id).title, "Sintaksis");
}

#[test]
fn parse_round_trips_every_known_code() {
    for code in ReplyCode::iter() {
        let digits = code.to_string();
        assert_eq!(ReplyCode::parse(&digits), Ok(code));
        assert_eq!(digits.parse::<ReplyCode>(), Ok(code));
        assert_eq!(ReplyCode::from_u16(code.as_u16()), Ok(code));
        assert_eq!(ReplyCode::try_from(code.as_u16()), Ok(code));
        assert_eq!(u16::from(code), code.as_u16());
        assert_eq!(code, code.as_u16());
        assert_eq!(Code::from(code).known(), Some(code));
        assert_eq!(code.as_str(), digits);
    }
}

#[test]
fn parse_walks_every_three_digit_input() {
    let known: HashSet<u16> = REQUIRED.into_iter().collect();
    for n in 0u16..=999 {
        let s = format!("{n:03}");
        let first = n / 100;
        match ReplyCode::parse(&s) {
            Ok(code) => {
                assert!(known.contains(&n), "{s} parsed to {code:?}");
                assert_eq!(code.as_u16(), n);
            }
            Err(CodeError::Unknown { code }) => {
                assert!((2..=5).contains(&first) && !known.contains(&n), "{s}");
                assert_eq!(code.as_u16(), n);
                assert_eq!(Code::parse(&s), Ok(code));
                assert_eq!(code.known(), None);
                assert_eq!(code.class().digit() as u16, first);
            }
            Err(CodeError::Class { digit }) => {
                assert!(!(2..=5).contains(&first), "{s}");
                assert_eq!(digit, s.as_bytes()[0] as char);
                assert_eq!(Code::parse(&s), Err(CodeError::Class { digit }));
            }
            Err(other) => panic!("{s}: unexpected {other:?}"),
        }
    }
}

#[test]
fn malformed_input_is_an_error() {
    let cases: &[(&str, CodeError)] = &[
        ("", CodeError::Length { len: 0 }),
        ("25", CodeError::Length { len: 2 }),
        ("2500", CodeError::Length { len: 4 }),
        (" 250", CodeError::Whitespace { offset: 0 }),
        ("250 ", CodeError::Whitespace { offset: 3 }),
        ("\t550\r\n", CodeError::Whitespace { offset: 0 }),
        ("550\r\n", CodeError::Whitespace { offset: 3 }),
        (" ", CodeError::Whitespace { offset: 0 }),
        ("abc", CodeError::NotDigit { offset: 0 }),
        ("2a0", CodeError::NotDigit { offset: 1 }),
        ("25\u{0663}", CodeError::Length { len: 4 }),
        ("600", CodeError::Class { digit: '6' }),
        ("199", CodeError::Class { digit: '1' }),
        ("099", CodeError::Class { digit: '0' }),
    ];
    for (input, expected) in cases {
        assert_eq!(ReplyCode::parse(input), Err(*expected), "{input:?}");
        assert_eq!(Code::parse(input), Err(*expected), "{input:?}");
    }
    assert_eq!(
        ReplyCode::from_u16(199),
        Err(CodeError::OutOfRange { value: 199 })
    );
    assert_eq!(
        Code::try_from(600),
        Err(CodeError::OutOfRange { value: 600 })
    );
    // Errors say what is wrong in lowercase.
    let message = CodeError::Class { digit: '6' }.to_string();
    assert_eq!(
        message,
        "the first digit of a reply code must be 2, 3, 4 or 5, not 6"
    );
    assert_eq!(
        CodeError::Length { len: 1 }.to_string(),
        "a reply code has exactly three digits, found 1 byte"
    );
    assert_eq!(
        CodeError::Length { len: 4 }.to_string(),
        "a reply code has exactly three digits, found 4 bytes"
    );
    assert_eq!(
        CodeError::Whitespace { offset: 3 }.to_string(),
        "byte 3 of the reply code is white space, around the digits"
    );
}

#[test]
fn unknown_codes_are_acted_on_by_their_first_digit() {
    let code = Code::parse("571").unwrap();
    assert!(code.known().is_none());
    assert!(code.class().is_permanent() && code.class().is_negative());
    assert_eq!(code.category(), None, "7 is no category");
    let lenient = Code::parse("299").unwrap();
    assert!(lenient.class().is_success());
    let out_of_grammar = Code::parse("261").unwrap();
    assert!(!out_of_grammar.is_strict());
    assert_eq!(out_of_grammar.category(), None);
    // The catalog's error for a well-formed code it does not know keeps the code.
    let unknown = ReplyCode::parse("571").unwrap_err();
    assert_eq!(unknown.code(), Some(code));
    assert_eq!(ReplyCode::parse("57").unwrap_err().code(), None);
    assert_eq!(ReplyCode::parse("671").unwrap_err().code(), None);
}

#[test]
fn class_predicates_mean_what_their_docs_say() {
    use Class::*;
    let table = [
        (PositiveCompletion, [true, false, true, false, false, false]),
        (
            PositiveIntermediate,
            [false, true, true, false, false, false],
        ),
        (TransientNegative, [false, false, false, true, true, false]),
        (PermanentNegative, [false, false, false, true, false, true]),
    ];
    for (
        class,
        [
            success,
            intermediate,
            positive,
            negative,
            transient,
            permanent,
        ],
    ) in table
    {
        assert_eq!(class.is_success(), success, "{class:?}");
        assert_eq!(class.is_intermediate(), intermediate, "{class:?}");
        assert_eq!(class.is_positive(), positive, "{class:?}");
        assert_eq!(class.is_negative(), negative, "{class:?}");
        assert_eq!(class.is_transient(), transient, "{class:?}");
        assert_eq!(class.is_permanent(), permanent, "{class:?}");
    }
    assert_eq!(Class::COUNT, 4);
}

#[test]
fn locales_parse_from_bcp47_tags() {
    use smtp_codes::LocaleError;
    for (tag, locale) in [
        ("en", Locale::En),
        ("en-US", Locale::En),
        ("EN_gb", Locale::En),
        ("id", Locale::Id),
        ("id-ID", Locale::Id),
        ("in", Locale::Id),
        ("ind", Locale::Id),
    ] {
        assert_eq!(Locale::from_tag(tag), Ok(locale), "{tag}");
    }
    assert_eq!(Locale::from_tag(""), Err(LocaleError::Empty));
    assert_eq!(Locale::from_tag("fr"), Err(LocaleError::Unsupported));
    assert_eq!(Locale::from_tag("english"), Err(LocaleError::Unsupported));
    assert_eq!(
        Locale::from_tag("en--US"),
        Err(LocaleError::Malformed { offset: 3 })
    );
    assert_eq!(
        Locale::from_tag("en US"),
        Err(LocaleError::Malformed { offset: 2 })
    );
    assert_eq!(
        Locale::from_tag("e1"),
        Err(LocaleError::Malformed { offset: 1 })
    );
    assert_eq!(Locale::default(), Locale::En);
}

#[test]
fn the_seed_pages_facts_are_in_the_catalog() {
    // The page the crate grew from: ports 25, 465 and 587, the greeting's
    // host name and software, what to check when no greeting comes, and
    // sending to the new address directly to avoid the relay.
    for locale in Locale::iter() {
        let ready = ReplyCode::ServiceReady.texts(locale);
        let all = [ready.description, ready.when_you_see_it, ready.how_to_fix].join(" ");
        for fact in ["25", "465", "587", "firewall", "port"] {
            assert!(all.contains(fact), "220 {locale}: {fact}");
        }
        let forward = ReplyCode::UserNotLocal.texts(locale);
        assert!(
            forward.how_to_fix.contains("relay"),
            "251 {locale}: {}",
            forward.how_to_fix
        );
    }
    let ready = ReplyCode::ServiceReady.texts(Locale::En);
    assert!(ready.description.contains("domain name") && ready.description.contains("software"));
    assert!(
        ReplyCode::UserNotLocal
            .texts(Locale::En)
            .how_to_fix
            .contains("directly")
    );
}

#[test]
fn the_catalog_lists_every_entry_with_the_values_of_its_accessors() {
    let codes: Vec<_> = Catalog::reply_codes().collect();
    assert_eq!(codes.len(), ReplyCode::COUNT);
    for (entry, code) in codes.iter().zip(ReplyCode::iter()) {
        assert_eq!(*entry, code.entry());
        assert_eq!((entry.code, entry.name), (code.as_u16(), code.name()));
        assert_eq!(entry.texts.get(Locale::Id), &code.texts(Locale::Id));
    }

    let rows: Vec<_> = Catalog::enhanced_codes().collect();
    assert_eq!(rows.len(), EnhancedStatus::COUNT);
    for (entry, row) in rows.iter().zip(EnhancedStatus::iter()) {
        assert_eq!(entry.code, row);
        assert_eq!((entry.subject, entry.detail), (row.subject(), row.detail()));
        assert_eq!(entry.registry_title, row.registry_title());
        assert_eq!(entry.texts.get(Locale::En), &row.texts(Locale::En));
        let note = entry.vendor_note.map(|n| (n.en, n.id));
        assert_eq!(
            note,
            row.vendor_note(Locale::En).zip(row.vendor_note(Locale::Id)),
            "{row}"
        );
    }
    // A row with a vendor note keeps it in the entry, in both languages.
    let full = EnhancedStatus::MailboxFull.entry();
    let note = full.vendor_note.expect("the 5.2.2 note on Microsoft's use");
    assert!(note.en.contains("Microsoft") && note.id.contains("Microsoft"));

    let classes: Vec<_> = Catalog::enhanced_classes()
        .map(|e| (e.number, e.name, e.texts.en.title))
        .collect();
    let expected: Vec<_> = EnhancedClass::ALL
        .iter()
        .map(|c| (c.digit() as u16, c.name(), c.texts(Locale::En).title))
        .collect();
    assert_eq!(classes, expected);
    assert_eq!(classes.iter().map(|c| c.0).collect::<Vec<_>>(), [2, 4, 5]);

    let subjects: Vec<_> = Catalog::enhanced_subjects()
        .map(|e| (e.number, e.name, e.texts.id.title))
        .collect();
    let expected: Vec<_> = Subject::ALL
        .iter()
        .map(|s| (s.number(), s.name(), s.texts(Locale::Id).title))
        .collect();
    assert_eq!(subjects, expected);
    assert_eq!(
        subjects.iter().map(|s| s.0).collect::<Vec<_>>(),
        (0..8).collect::<Vec<u16>>()
    );

    let reasons: Vec<_> = Catalog::reasons().collect();
    assert_eq!(reasons.len(), 31);
    let unknown = reasons.last().unwrap();
    assert_eq!((unknown.reason, unknown.name), (Reason::Unknown, "unknown"));
}

#[test]
fn every_rfc_is_titled_as_published() {
    // The titles as the RFC Editor publishes them, for every RFC the
    // catalog cites or may cite.
    let titles = [
        (821, "Simple Mail Transfer Protocol"),
        (1846, "SMTP 521 Reply Code"),
        (1870, "SMTP Service Extension for Message Size Declaration"),
        (
            1985,
            "SMTP Service Extension for Remote Message Queue Starting",
        ),
        (
            2034,
            "SMTP Service Extension for Returning Enhanced Error Codes",
        ),
        (
            2645,
            "On-Demand Mail Relay (ODMR) SMTP with Dynamic IP Addresses",
        ),
        (2920, "SMTP Service Extension for Command Pipelining"),
        (
            3030,
            "SMTP Service Extensions for Transmission of Large and Binary MIME Messages",
        ),
        (
            3207,
            "SMTP Service Extension for Secure SMTP over Transport Layer Security",
        ),
        (
            3461,
            "Simple Mail Transfer Protocol (SMTP) Service Extension for Delivery Status Notifications (DSNs)",
        ),
        (3463, "Enhanced Mail System Status Codes"),
        (
            3886,
            "An Extensible Message Format for Message Tracking Responses",
        ),
        (4468, "Message Submission BURL Extension"),
        (4954, "SMTP Service Extension for Authentication"),
        (
            5248,
            "A Registry for SMTP Enhanced Mail System Status Codes",
        ),
        (5321, "Simple Mail Transfer Protocol"),
        (6376, "DomainKeys Identified Mail (DKIM) Signatures"),
        (6531, "SMTP Extension for Internationalized Email"),
        (
            6710,
            "Simple Mail Transfer Protocol Extension for Message Transfer Priorities",
        ),
        (
            7208,
            "Sender Policy Framework (SPF) for Authorizing Use of Domains in Email, Version 1",
        ),
        (
            7293,
            "The Require-Recipient-Valid-Since Header Field and SMTP Service Extension",
        ),
        (7372, "Email Authentication Status Codes"),
        (7504, "SMTP 521 and 556 Reply Codes"),
        (
            7505,
            "A \"Null MX\" No Service Resource Record for Domains That Accept No Mail",
        ),
        (8617, "The Authenticated Received Chain (ARC) Protocol"),
        (8689, "SMTP Require TLS Option"),
    ];
    for (rfc, title) in titles {
        let r = Reference {
            rfc,
            section: "",
            url: "",
        };
        assert_eq!(r.title(), title, "RFC {rfc}");
    }
    let unknown = Reference {
        rfc: 9999,
        section: "",
        url: "",
    };
    assert_eq!(unknown.title(), "");
    // Shown in English by Display, in a language by `display`.
    let r = ReplyCode::ServiceReady.references()[0];
    assert_eq!(r.to_string(), "RFC 5321, section 4.2.3");
    assert_eq!(r.display(Locale::Id).to_string(), "RFC 5321, bagian 4.2.3");
    // Width and precision apply to the whole text, like the crate's other
    // Display impls.
    assert_eq!(format!("{r:>25}|"), "  RFC 5321, section 4.2.3|");
    assert_eq!(format!("{r:<10.8}|"), "RFC 5321  |");
    assert_eq!(
        format!("{:^26}|", r.display(Locale::Id)),
        "  RFC 5321, bagian 4.2.3  |"
    );
    assert_eq!(format!("{unknown:*>10}"), "**RFC 9999");
    // A section too long for the stack buffer is written whole, unpadded.
    let long = Reference {
        rfc: 5321,
        section: "4.2.3 and a very long note that no reference of the catalog has",
        url: "",
    };
    assert_eq!(
        format!("{long:>5}"),
        "RFC 5321, section 4.2.3 and a very long note that no reference of the catalog has"
    );
}
