//! The diagnosis: every rule's own example, the decision order, the inputs
//! as people have them.

use smtp_codes::{Diagnosis, EvidenceKind, LogLine, Rule};

#[test]
fn every_rule_decides_its_own_example() {
    let mut wrong = Vec::new();
    for rule in Rule::all() {
        assert!(!rule.example().is_empty(), "{}: no example", rule.id());
        assert!(!rule.vendor().is_empty(), "{}: no vendor", rule.id());
        // A rule limited to commands is tried after the first of them.
        let command = rule.commands().next();
        let d = match rule.kind() {
            EvidenceKind::Phrase | EvidenceKind::VendorToken => {
                Diagnosis::of_log_line(rule.example().as_bytes(), command)
            }
            // A code rule is for the codes of its example, when the words
            // say nothing (they may: a phrase rule then decides).
            _ => {
                let line = LogLine::parse(rule.example().as_bytes());
                Diagnosis::of_parts(line.code(), line.enhanced(), b"", command)
            }
        };
        if d.rule().id() != rule.id() {
            wrong.push(format!(
                "{}: decided by {} ({}) on {:?}",
                rule.id(),
                d.rule().id(),
                d.reason(),
                rule.example()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} rules:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn rule_ids_are_unique_and_name_their_reason() {
    let mut seen = std::collections::HashSet::new();
    for rule in Rule::all() {
        assert!(seen.insert(rule.id()), "{} twice", rule.id());
        let prefix = rule.id().split('.').next().unwrap();
        assert_eq!(prefix, rule.reason().name(), "{}", rule.id());
    }
}
