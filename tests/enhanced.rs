//! The enhanced status codes: the value type, the registry table (which tests
//! itself like the basic codes' table), explanations at every level, and the
//! links between the two code systems.

mod common;

use std::collections::{HashMap, HashSet};

use common::Report;
use smtp_codes::{
    Code, EnhancedClass, EnhancedCode, EnhancedCodeError, EnhancedStatus, Level, Locale, ReplyCode,
    Subject,
};
use strum::{EnumCount, IntoEnumIterator};

fn code(s: &str) -> EnhancedCode {
    EnhancedCode::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn the_registry_has_81_rows_with_the_counts_per_subject() {
    assert_eq!(EnhancedStatus::COUNT, 81);
    let mut per_subject: HashMap<u16, usize> = HashMap::new();
    for row in EnhancedStatus::iter() {
        *per_subject.entry(row.subject()).or_default() += 1;
    }
    let expected = [
        (0, 1),
        (1, 11),
        (2, 5),
        (3, 7),
        (4, 8),
        (5, 7),
        (6, 11),
        (7, 31),
    ];
    for (subject, count) in expected {
        assert_eq!(per_subject[&subject], count, "X.{subject}");
    }
    // Within a subject, details run from 0 without a gap, in order.
    let rows: Vec<(u16, u16)> = EnhancedStatus::iter()
        .map(|r| (r.subject(), r.detail()))
        .collect();
    for pair in rows.windows(2) {
        let ((s0, d0), (s1, d1)) = (pair[0], pair[1]);
        assert!(
            (s1 == s0 && d1 == d0 + 1) || (s1 == s0 + 1 && d1 == 0),
            "{pair:?}"
        );
    }
}

#[test]
fn every_row_is_found_by_its_code() {
    for row in EnhancedStatus::iter() {
        assert_eq!(
            EnhancedStatus::lookup(row.subject(), row.detail()),
            Some(row)
        );
        for class in EnhancedClass::iter() {
            let c = row.with_class(class);
            assert_eq!(c.known(), Some(row));
            assert_eq!(code(&c.to_string()), c);
        }
        assert_eq!(row.subject_kind().number(), row.subject());
    }
    assert_eq!(EnhancedStatus::lookup(1, 11), None);
    assert_eq!(EnhancedStatus::lookup(8, 0), None);
    assert_eq!(EnhancedStatus::lookup(1000, 1), None);
}

#[test]
fn every_text_is_whole_and_in_its_language() {
    let mut report = Report::default();
    for locale in Locale::iter() {
        let mut seen = HashSet::new();
        let mut all = Vec::new();
        for row in EnhancedStatus::iter() {
            all.push((row.to_string(), row.texts(locale)));
        }
        for class in EnhancedClass::iter() {
            all.push((format!("{class:?}"), class.texts(locale)));
        }
        for subject in Subject::iter() {
            all.push((format!("{subject:?}"), subject.texts(locale)));
        }
        for (label, t) in all {
            let label = format!("{label} {locale}");
            report.texts(&label, *t, locale);
            for text in [t.description, t.when_you_see_it, t.how_to_fix] {
                report.check(seen.insert(text), || {
                    format!("{label}: a text shared with another entry")
                });
            }
        }
        for row in EnhancedStatus::iter() {
            if let Some(note) = row.vendor_note(locale) {
                report.sentences(&format!("{row} {locale} vendor note"), note, locale);
            }
        }
    }
    report.assert_clean();
}

#[test]
fn indonesian_differs_from_english() {
    let mut report = Report::default();
    for row in EnhancedStatus::iter() {
        let (en, id) = (row.texts(Locale::En), row.texts(Locale::Id));
        for (field, e, i) in [
            ("title", en.title, id.title),
            ("description", en.description, id.description),
            ("when_you_see_it", en.when_you_see_it, id.when_you_see_it),
            ("how_to_fix", en.how_to_fix, id.how_to_fix),
        ] {
            report.check(e != i, || format!("{row} {field}: the same in en and id"));
        }
        report.check(
            row.vendor_note(Locale::En).is_some() == row.vendor_note(Locale::Id).is_some(),
            || format!("{row}: a vendor note in one language only"),
        );
    }
    report.assert_clean();
}

#[test]
fn english_titles_are_the_registry_titles() {
    let samples = [
        ("1.1", "Bad destination mailbox address"),
        ("2.2", "Mailbox full"),
        ("5.6", "Authentication Exchange line is too long"),
        ("7.26", "Multiple authentication checks failed"),
        ("7.30", "REQUIRETLS support required"),
        ("0.0", "Other undefined Status"),
    ];
    for (key, title) in samples {
        let (s, d) = key.split_once('.').unwrap();
        let row = EnhancedStatus::lookup(s.parse().unwrap(), d.parse().unwrap()).unwrap();
        assert_eq!(row.registry_title(), title);
        assert_eq!(row.texts(Locale::En).title, title);
    }
}

#[test]
fn class_rules_follow_the_registry() {
    use EnhancedClass::*;
    let two_two = EnhancedStatus::MailboxFull;
    assert_eq!(
        two_two.classes(),
        Some(&[PersistentTransientFailure][..]),
        "X.2.2 is transient"
    );
    let one_one = EnhancedStatus::BadDestinationMailbox;
    assert_eq!(
        one_one.classes(),
        Some(&[PermanentFailure][..]),
        "X.1.1 is permanent"
    );
    assert!(!one_one.allows_class(PersistentTransientFailure));
    let three_six = EnhancedStatus::PriorityChanged;
    assert_eq!(
        three_six.classes(),
        Some(&[Success][..]),
        "X.3.6 is success only"
    );
    assert!(!three_six.allows_class(PermanentFailure));
    assert_eq!(EnhancedStatus::OtherUndefined.classes(), None);
    for row in [
        EnhancedStatus::MailboxOwnerChanged,
        EnhancedStatus::DomainOwnerChanged,
        EnhancedStatus::RrvsTestIncomplete,
    ] {
        assert_eq!(row.classes(), Some(&[PermanentFailure][..]), "{row} is 5XX");
    }
}

#[test]
fn x_1_1_explains_its_pairing_with_451() {
    // The registry lists 451 among X.1.1's basic codes although its text
    // allows only class 5: the page says so, and what 451 4.1.1 means.
    let row = EnhancedStatus::BadDestinationMailbox;
    assert_eq!(row.basic_codes(), [451, 550]);
    assert!(!row.allows_class(EnhancedClass::PersistentTransientFailure));
    for (locale, words) in [
        (Locale::En, ["451 4.1.1", "class 5", "temporary", "verify"]),
        (
            Locale::Id,
            ["451 4.1.1", "kelas 5", "sementara", "diverifikasi"],
        ),
    ] {
        let t = row.texts(locale);
        for word in words {
            assert!(
                t.when_you_see_it.contains(word),
                "X.1.1 {locale}: {word:?} in {}",
                t.when_you_see_it
            );
        }
        assert!(t.how_to_fix.contains("451 4.1.1"), "X.1.1 {locale}");
    }
}

#[test]
fn only_x_6_10_is_deprecated() {
    let deprecated: Vec<EnhancedStatus> = EnhancedStatus::iter()
        .filter(|r| r.is_deprecated())
        .collect();
    assert_eq!(
        deprecated,
        [EnhancedStatus::Utf8ReplyNotPermittedDeprecated]
    );
    assert_eq!(deprecated[0].to_string(), "X.6.10");
}

#[test]
fn references_and_registry_columns() {
    for row in EnhancedStatus::iter() {
        assert!(!row.registry_reference().is_empty(), "{row}");
        if row == EnhancedStatus::MailFloodDetected {
            assert!(row.references().is_empty(), "X.7.28 comes from a draft");
            continue;
        }
        assert!(!row.references().is_empty(), "{row}");
        for r in row.references() {
            assert!(!r.title().is_empty(), "{row}: RFC {}", r.rfc);
            assert!(
                row.registry_reference().contains(&format!("RFC{}", r.rfc)),
                "{row}"
            );
        }
        for &basic in row.basic_codes() {
            assert!(
                row.registry_basic_codes().contains(&basic.to_string()),
                "{row}"
            );
        }
    }
    assert_eq!(EnhancedStatus::RecipientNullMx.basic_codes(), [556]);
}

#[test]
fn vendor_notes_cover_the_known_conflicts() {
    let expected = [
        EnhancedStatus::RecipientNullMx,
        EnhancedStatus::MailboxFull,
        EnhancedStatus::NoAnswerFromHost,
        EnhancedStatus::PasswordTransitionNeeded,
        EnhancedStatus::UserAccountDisabled,
        EnhancedStatus::MultipleAuthChecksFailed,
    ];
    let with_notes: HashSet<EnhancedStatus> = EnhancedStatus::iter()
        .filter(|r| r.vendor_note(Locale::En).is_some())
        .collect();
    assert_eq!(with_notes, expected.into_iter().collect());
    for row in expected {
        assert!(
            row.vendor_note(Locale::En).unwrap().contains("Microsoft"),
            "{row}"
        );
    }
}

#[test]
fn explanations_come_from_the_most_specific_level() {
    for (input, level, title) in [
        ("5.1.1", Level::Detail, "Bad destination mailbox address"),
        ("5.7.606", Level::Subject, "Security or Policy Status"),
        ("4.7.500", Level::Subject, "Security or Policy Status"),
        ("5.1.99", Level::Subject, "Addressing Status"),
        ("4.9.1", Level::Class, "Persistent Transient Failure"),
        ("2.999.999", Level::Class, "Success"),
    ] {
        let e = code(input).explain(Locale::En);
        assert_eq!((e.level, e.texts.title), (level, title), "{input}");
        assert_eq!(e.status.is_some(), level == Level::Detail, "{input}");
        let id = code(input).explain(Locale::Id);
        assert_eq!(id.level, level);
        assert_ne!(id.texts.description, e.texts.description);
    }
}

#[test]
fn parse_accepts_what_rfc_3463_allows() {
    for ok in [
        "2.0.0",
        "5.1.1",
        "4.7.500",
        "5.7.606",
        "5.7.256",
        "5.999.999",
        "4.0.0",
    ] {
        assert_eq!(code(ok).to_string(), ok);
    }
    assert_eq!(code("5.7.256").detail(), 256, "no truncation to 255");
    let bad: &[(&str, EnhancedCodeError)] = &[
        ("", EnhancedCodeError::Class { offset: 0 }),
        ("3.0.0", EnhancedCodeError::Class { offset: 0 }),
        ("6.1.1", EnhancedCodeError::Class { offset: 0 }),
        ("51.1", EnhancedCodeError::Class { offset: 0 }),
        ("5.", EnhancedCodeError::Number { offset: 2 }),
        ("5.1", EnhancedCodeError::Dot { offset: 3 }),
        ("5.1.", EnhancedCodeError::Number { offset: 4 }),
        ("5.1000.1", EnhancedCodeError::Number { offset: 2 }),
        ("5.01.1", EnhancedCodeError::Number { offset: 2 }),
        ("5.1.01", EnhancedCodeError::Number { offset: 4 }),
        ("5.7.1.100", EnhancedCodeError::Trailing { offset: 5 }),
        ("5.7.1000", EnhancedCodeError::Number { offset: 4 }),
        // Digits past the fourth are not read: no number overflows.
        ("5.65536.1", EnhancedCodeError::Number { offset: 2 }),
        ("5.1.99999", EnhancedCodeError::Number { offset: 4 }),
        ("5.1.1x", EnhancedCodeError::Trailing { offset: 5 }),
    ];
    for (input, expected) in bad {
        assert_eq!(EnhancedCode::parse(input), Err(*expected), "{input:?}");
    }
    // Within text, the code ends at anything but a digit or a dot.
    let prefix =
        |s: &str| EnhancedCode::parse_prefix(s.as_bytes()).map(|(e, n)| (e.to_string(), n));
    assert_eq!(prefix("5.7.1 text"), Some(("5.7.1".into(), 5)));
    assert_eq!(prefix("5.7.1;"), Some(("5.7.1".into(), 5)));
    assert_eq!(prefix("5.1.10"), Some(("5.1.10".into(), 6)));
    assert_eq!(prefix("5.7.1.100 text"), None);
    assert_eq!(prefix("5.7.1000 text"), None);
    assert_eq!(prefix("5.7. text"), None);
    assert_eq!(format!("{:?}", code("5.7.26")), "EnhancedCode(5.7.26)");
    assert!(EnhancedCode::new(3, 0, 0).is_none());
    assert!(EnhancedCode::new(5, 1000, 0).is_none());
    assert_eq!(EnhancedCode::new(5, 7, 26), Some(code("5.7.26")));
}

#[test]
fn rows_are_looked_up_and_allow_the_classes_the_registry_names() {
    assert_eq!(
        EnhancedStatus::lookup(1, 1),
        Some(EnhancedStatus::BadDestinationMailbox)
    );
    assert_eq!(
        EnhancedStatus::lookup(7, 26),
        Some(EnhancedStatus::MultipleAuthChecksFailed)
    );
    for (subject, detail) in [
        (7, 606),
        (8, 0),
        (1000, 1),
        (1, 1000),
        (1000, 1000),
        (65535, 10),
    ] {
        assert_eq!(
            EnhancedStatus::lookup(subject, detail),
            None,
            "{subject}.{detail}"
        );
    }
    // X.1.1 is permanent only in the registry; X.0.0 names no class.
    let row = EnhancedStatus::BadDestinationMailbox;
    assert!(row.allows_class(EnhancedClass::PermanentFailure));
    assert!(!row.allows_class(EnhancedClass::PersistentTransientFailure));
    assert!(!row.allows_class(EnhancedClass::Success));
    let other = EnhancedStatus::lookup(0, 0).unwrap();
    for class in EnhancedClass::ALL {
        assert!(other.allows_class(class), "{class:?}");
    }
    for row in EnhancedStatus::iter() {
        // A row that names its classes names fewer than all three.
        assert!(
            row.classes().is_none_or(|c| !c.is_empty() && c.len() < 3),
            "{row}"
        );
        let allowed = EnhancedClass::ALL
            .iter()
            .filter(|&&c| row.allows_class(c))
            .count();
        assert_eq!(allowed, row.classes().map_or(3, |c| c.len()), "{row}");
    }
}

#[test]
fn who_acts_follows_the_class_and_subject() {
    use smtp_codes::Actor;
    for (input, actor) in [
        ("2.0.0", Actor::Nobody),
        ("2.1.5", Actor::Nobody),
        ("5.1.1", Actor::Sender),
        ("4.1.8", Actor::Sender),
        ("5.6.0", Actor::Sender),
        ("4.2.2", Actor::Recipient),
        ("5.2.1", Actor::Recipient),
        ("4.3.1", Actor::Client),
        ("4.4.1", Actor::Client),
        ("4.7.1", Actor::Client),
        ("4.9.9", Actor::Client),
        ("5.3.0", Actor::RecipientAdmin),
        ("5.4.4", Actor::RecipientAdmin),
        ("5.5.1", Actor::SenderAdmin),
        ("5.7.1", Actor::SenderAdmin),
        ("5.9.9", Actor::SenderAdmin),
    ] {
        assert_eq!(code(input).actor(), actor, "{input}");
    }
}

#[test]
fn class_agreement_with_basic_codes() {
    let basic = |s: &str| Code::parse(s).unwrap();
    assert!(code("5.1.1").agrees_with(basic("550")));
    assert!(!code("4.4.7").agrees_with(basic("550")));
    assert!(!code("5.0.0").agrees_with(basic("250")));
    assert!(!code("2.1.1").agrees_with(basic("550")));
    assert!(code("2.0.0").agrees_with(ReplyCode::ServiceClosing));
    assert!(
        !code("2.0.0").agrees_with(basic("354")),
        "3yz never carries one"
    );
}

#[test]
fn basic_and_enhanced_codes_link_both_ways() {
    let strings = |c: ReplyCode| {
        c.enhanced_codes()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(strings(ReplyCode::AuthSucceeded), ["2.7.0"]);
    assert_eq!(strings(ReplyCode::PasswordTransitionNeeded), ["4.7.12"]);
    assert_eq!(strings(ReplyCode::DomainDoesNotAcceptMail), ["5.1.10"]);
    assert!(strings(ReplyCode::MailboxUnavailable).contains(&"5.1.1".to_owned()));
    assert!(strings(ReplyCode::AuthChallenge).is_empty(), "334 is 3yz");
    // Every pairing is found from both sides, and agrees in class.
    for reply in ReplyCode::iter() {
        for e in reply.enhanced_codes() {
            assert!(e.agrees_with(reply), "{reply} {e}");
            assert!(e.known().unwrap().basic_codes().contains(&reply.as_u16()));
        }
    }
}
