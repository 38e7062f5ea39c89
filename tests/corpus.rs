//! The diagnosis over real replies: the public corpus it was written
//! with, and the held-out set of replies it was not written for.

use smtp_codes::{Command, Diagnosis, Reason};

/// The command named in a corpus file.
fn command(name: &str) -> Option<Command> {
    match name {
        "-" => None,
        "DATA-END" => Some(Command::DataEnd),
        other => Some(
            other
                .parse()
                .unwrap_or_else(|_| panic!("command {other:?}")),
        ),
    }
}

struct Case {
    line: usize,
    reason: Reason,
    command: Option<Command>,
    input: String,
}

fn corpus(path: &str) -> Vec<Case> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "{path}:{}: four fields", i + 1);
            Case {
                line: i + 1,
                reason: f[0]
                    .parse()
                    .unwrap_or_else(|_| panic!("{path}:{}: reason {:?}", i + 1, f[0])),
                command: command(f[1]),
                input: f[3].to_owned(),
            }
        })
        .collect()
}

/// Diagnoses every case; returns the share right and the report of the wrong ones.
fn score(cases: &[Case]) -> (f64, Vec<String>) {
    let mut wrong = Vec::new();
    for case in cases {
        let d = Diagnosis::of_log_line(case.input.as_bytes(), case.command);
        for e in d.evidence() {
            if let Some(range) = e.range() {
                assert_eq!(
                    &case.input.as_bytes()[range],
                    e.bytes(),
                    "line {}",
                    case.line
                );
            }
        }
        if d.reason() != case.reason {
            wrong.push(format!(
                "line {}: want {}, got {} by {}: {}",
                case.line,
                case.reason,
                d.reason(),
                d.rule().id(),
                case.input
            ));
        }
    }
    let right = cases.len() - wrong.len();
    (right as f64 / cases.len() as f64, wrong)
}

#[test]
fn the_public_corpus_is_diagnosed_as_labelled() {
    let cases = corpus("tests/corpus/replies.tsv");
    assert!(cases.len() >= 150, "{} cases", cases.len());
    for reason in Reason::iter() {
        let n = cases.iter().filter(|c| c.reason == reason).count();
        assert!(n >= 3, "{reason}: {n} cases");
    }
    let (share, wrong) = score(&cases);
    println!(
        "public corpus: {:.1}% of {} right\n{}",
        share * 100.0,
        cases.len(),
        wrong.join("\n")
    );
    assert!(
        share >= 0.95,
        "{:.1}% right:\n{}",
        share * 100.0,
        wrong.join("\n")
    );
}

/// Replies the rules were not written for: a helper collected them from
/// other sources than the public corpus, and the rules were written without
/// reading them. The goal is 9 in 10; the floor here is what the table
/// reached in the sixth session (163 of 195, 83.6%; 159 in the fifth;
/// 164 with the weak words of the eighth), so that no change makes it
/// worse unseen.
/// Only the share is printed, never the replies, to keep the set unseen.
#[test]
fn unseen_replies_are_diagnosed_as_labelled() {
    held_out("unseen", 0.83);
}

/// Scores a held-out set, `tests/corpus/{name}.tsv`, against its floor,
/// printing the share only.
fn held_out(name: &str, floor: f64) {
    let cases = corpus(&format!("tests/corpus/{name}.tsv"));
    assert!(cases.len() >= 80, "{} cases", cases.len());
    let (share, wrong) = score(&cases);
    println!("{name}: {:.1}% of {} right", share * 100.0, cases.len());
    assert!(
        share >= floor,
        "{:.1}% right, {} wrong",
        share * 100.0,
        wrong.len()
    );
}

/// A second held-out set, collected in the fourth session by another helper
/// from GitHub issue threads and forum and help pages only (no vendor code
/// lists, no bounce fixtures), with near-duplicates of the other two files
/// removed, after the rules of that session were written. It was scored
/// when it arrived, and once more after rules were written from another
/// set; the floor is its score today. Only the share is printed.
#[test]
fn fresh_replies_are_diagnosed_as_labelled() {
    held_out("fresh", FRESH_FLOOR);
}

/// 57 of 81 (70.4%) when it was first scored; 58 (71.6%) the second time;
/// 61 (75.3%) after the rules of the sixth session; 62 (76.5%) after the
/// rate rules of the ninth, now the floor.
const FRESH_FLOOR: f64 = 0.76;
