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
/// reading them. The goal is 9 in 10.
///
/// Helpers that later collected the public corpus could not read this file,
/// and some of them reached the same pages: a reply both files hold is no
/// longer unseen, so it is left out of the score (see [`shared`]). Of the
/// 195, the public corpus shared 11 before the tenth session and 38 after
/// it. The floor is the share of the others today: 138 of 157 (87.9%;
/// 133 before the rules of the tenth session, 136 after them and before
/// those of the eleventh). On all 195 it was 163 in the sixth session, 164
/// in the eighth, 165 and then 174 in the tenth, the last rise mostly from
/// the shared replies, and 176 (90.3%) in the eleventh and the twelfth.
/// Only the share is printed, never the replies, to keep the set unseen.
#[test]
fn unseen_replies_are_diagnosed_as_labelled() {
    held_out("unseen", 0.87);
}

/// A reply's words for comparing two files: letters and digits (of any
/// script), lowercased, every other run of characters one space.
fn words(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_owned()
}

/// Whether the public corpus holds a held-out reply: the same words, or
/// (25 characters of words at least) one inside the other, as a log line
/// wraps a reply.
fn shared(case: &Case, public: &[String]) -> bool {
    let w = words(&case.input);
    !w.is_empty()
        && public.iter().any(|p| {
            *p == w
                || (p.len() >= 25 && w.contains(p.as_str()))
                || (w.len() >= 25 && p.contains(w.as_str()))
        })
}

#[test]
fn a_reply_in_both_files_is_shared() {
    let case = |input: &str| Case {
        line: 1,
        reason: Reason::Unknown,
        command: None,
        input: input.to_owned(),
    };
    let public = vec![words(
        "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
    )];
    assert!(shared(
        &case("550 5.1.1 <A@example.com> Recipient address rejected; user UNKNOWN"),
        &public
    ));
    assert!(shared(
        &case(
            "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)"
        ),
        &public
    ));
    assert!(!shared(&case("550 5.1.1 User unknown"), &public));
    // Words of other scripts count: two Japanese replies are not one.
    let public = vec![words("宛先がみつかりませんでした。")];
    assert!(shared(&case("宛先がみつかりませんでした"), &public));
    assert!(!shared(&case("メールボックスが一杯です。"), &public));
    assert!(!shared(&case("..."), &[words("!!!")]));
    assert!(!shared(
        &case("550 5.1.1 <b@example.com>: Recipient address rejected: User unknown"),
        &public
    ));
}

/// Scores a held-out set, `tests/corpus/{name}.tsv`, against its floor,
/// leaving out the replies the public corpus holds too, and printing the
/// shares only.
fn held_out(name: &str, floor: f64) {
    let all = corpus(&format!("tests/corpus/{name}.tsv"));
    assert!(all.len() >= 80, "{} cases", all.len());
    let public: Vec<String> = corpus("tests/corpus/replies.tsv")
        .iter()
        .map(|c| words(&c.input))
        .collect();
    let (everything, _) = score(&all);
    let cases: Vec<Case> = all.into_iter().filter(|c| !shared(c, &public)).collect();
    let (share, wrong) = score(&cases);
    println!(
        "{name}: {:.1}% of {} not in the public corpus right ({:.1}% of all)",
        share * 100.0,
        cases.len(),
        everything * 100.0
    );
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
/// set; the floor is its score today, on the replies the public corpus does
/// not hold (it holds 3 of the 81 since the tenth session). Only the share
/// is printed.
#[test]
fn fresh_replies_are_diagnosed_as_labelled() {
    held_out("fresh", FRESH_FLOOR);
}

/// Of all 81: 57 (70.4%) when it was first scored; 58 (71.6%) the second
/// time; 61 (75.3%) after the rules of the sixth session; 62 (76.5%) after
/// the rate rules of the ninth; 64 after the tenth. Of the 78 the public
/// corpus does not hold, 60 (76.9%) in the tenth, then 61 (78.2%) once the
/// words before a logged reply were read; in the eleventh, 61 after the
/// rules of its first seven batches, then 64 (82.1%, 67 of all 81), now
/// the floor.
const FRESH_FLOOR: f64 = 0.82;

/// A reply's words written the other way (`mail box` for `mailbox`,
/// `e-mail` for `email`, `doesn't` for `does not`, `authorised` for
/// `authorized`) are diagnosed as the reply is: every reply of the public
/// corpus that has such a word, rewritten.
#[test]
fn words_written_the_other_way_change_nothing() {
    let ways: &[(&str, &str)] = &[
        ("mailbox", "mail box"),
        ("Mailbox", "Mail-box"),
        ("email", "e-mail"),
        ("Email", "E-mail"),
        ("e-mail", "email"),
        ("does not", "doesn't"),
        ("is not", "isn't"),
        ("do not", "don't"),
        ("cannot", "can't"),
        ("can't", "cannot"),
        ("could not", "couldn't"),
        ("authorized", "authorised"),
        ("recognized", "recognised"),
        ("blacklisted", "black-listed"),
        ("username", "user name"),
        ("login", "log in"),
        ("spamfilter", "spam filter"),
        ("anti-spam", "antispam"),
        ("antivirus", "anti-virus"),
        ("non-existent", "nonexistent"),
        ("nonexistent", "non-existent"),
        ("mail server", "mailserver"),
        ("timeout", "time-out"),
        ("mailing list", "mailinglist"),
        ("subdomain", "sub-domain"),
        ("setup", "set up"),
    ];
    let cases = corpus("tests/corpus/replies.tsv");
    let mut rewritten = 0;
    let mut wrong = Vec::new();
    for case in &cases {
        let want = Diagnosis::of_log_line(case.input.as_bytes(), case.command).reason();
        for (from, to) in ways {
            if !case.input.contains(from) {
                continue;
            }
            let text = case.input.replace(from, to);
            rewritten += 1;
            let got = Diagnosis::of_log_line(text.as_bytes(), case.command).reason();
            if got != want {
                wrong.push(format!("line {}: {want} became {got}: {text}", case.line));
            }
        }
    }
    assert!(rewritten >= 900, "{rewritten} rewritten");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
