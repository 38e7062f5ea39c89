//! `Serialize` and `Deserialize` (the `serde` feature), in one style: a
//! value is written as it is on the wire or in a log. A basic code is its
//! number (`550`, and `"550"` is read too), an enhanced code its string
//! (`"5.1.1"`), a registry row `"X.1.1"`, a command its verb (`"RCPT"`), a
//! locale its tag (`"id"`), a reason its name (`"user_unknown"`); the other
//! enums are their variant names (`"PermanentNegative"`). Every type that
//! serializes also deserializes, except the catalog's entries, which hold
//! the crate's static texts and are for export.

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, Serializer};

use crate::code::Code;
use crate::reply_code::ReplyCode;

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

/// A code as a number or as a string of three digits.
struct CodeVisitor;

impl serde::de::Visitor<'_> for CodeVisitor {
    type Value = Code;
    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("a reply code such as 550 or \"550\"")
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Code, E> {
        let v = u16::try_from(v).map_err(|_| E::custom("a reply code is between 200 and 599"))?;
        Code::from_u16(v).map_err(E::custom)
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Code, E> {
        let v = u64::try_from(v).map_err(|_| E::custom("a reply code is between 200 and 599"))?;
        self.visit_u64(v)
    }
    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Code, E> {
        Code::parse(s).map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        deserializer.deserialize_any(CodeVisitor)
    }
}

impl Serialize for ReplyCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl<'de> Deserialize<'de> for ReplyCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ReplyCode, D::Error> {
        let code = Code::deserialize(deserializer)?;
        code.known()
            .ok_or_else(|| D::Error::custom(crate::error::CodeError::Unknown { code }))
    }
}

/// An enhanced code is its string form, `"5.1.1"`.
impl Serialize for crate::enhanced::EnhancedCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for crate::enhanced::EnhancedCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = crate::enhanced::EnhancedCode;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("an enhanced status code such as \"5.1.1\"")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                s.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// A registry row is its `"X.1.1"` form.
impl Serialize for crate::enhanced::EnhancedStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A reason is its wire name, `"user_unknown"`.
impl Serialize for crate::diagnose::Reason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for crate::diagnose::Reason {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = crate::diagnose::Reason;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a reason's name such as \"user_unknown\"")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                s.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl<'de> Deserialize<'de> for crate::enhanced::EnhancedStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = crate::enhanced::EnhancedStatus;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a registry row such as \"X.1.1\"")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                let rest = s
                    .strip_prefix("X.")
                    .ok_or_else(|| E::custom("a registry row starts with X."))?;
                let (subject, detail) = rest
                    .split_once('.')
                    .ok_or_else(|| E::custom("a registry row is X.subject.detail"))?;
                let number = |n: &str| n.parse::<u16>().map_err(|_| E::custom("not a number"));
                crate::enhanced::EnhancedStatus::lookup(number(subject)?, number(detail)?)
                    .ok_or_else(|| E::custom("no such row in the registry"))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// A command is its verb, `"RCPT"` (see [`Command::verb`](crate::Command::verb)).
impl Serialize for crate::command::Command {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.verb())
    }
}

impl<'de> Deserialize<'de> for crate::command::Command {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = crate::command::Command;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a command such as \"RCPT\"")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                s.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// A parsed reply serializes as an [`OwnedReply`](crate::OwnedReply) does,
/// `{"code": 550, "enhanced": "5.1.1", "lines": ["..."]}` (the lines' texts
/// after the enhanced code, when the first line has one), and deserializes
/// as an `OwnedReply`: a borrowed reply cannot own the bytes it is read from.
impl Serialize for crate::reply::Reply<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        struct Lines<'r>(&'r crate::reply::Reply<'r>, bool);
        impl Serialize for Lines<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.line_count()))?;
                for line in self.0.lines() {
                    let text = if self.1 { line.message() } else { line.text() };
                    seq.serialize_element(&Lossy(text))?;
                }
                seq.end()
            }
        }
        let enhanced = self.enhanced();
        let mut s = serializer.serialize_struct("Reply", 3)?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("enhanced", &enhanced)?;
        s.serialize_field("lines", &Lines(self, enhanced.is_some()))?;
        s.end()
    }
}

/// Bytes as a string, non-UTF-8 bytes as U+FFFD, without allocating.
struct Lossy<'a>(&'a [u8]);

impl Serialize for Lossy<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match core::str::from_utf8(self.0) {
            Ok(s) => serializer.serialize_str(s),
            Err(_) => serializer.collect_str(&LossyDisplay(self.0)),
        }
    }
}

struct LossyDisplay<'a>(&'a [u8]);

impl core::fmt::Display for LossyDisplay<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for chunk in self.0.utf8_chunks() {
            f.write_str(chunk.valid())?;
            if !chunk.invalid().is_empty() {
                f.write_str("\u{FFFD}")?;
            }
        }
        Ok(())
    }
}

/// An explanation serializes its facts, in no language: `{"reply": {...},
/// "command": "RCPT", "agrees": true, "retry": false, "diagnosis":
/// {"reason": "user_unknown", "rule": "...", "evidence": ["..."], "retry":
/// false, "suppress": true}}`; the texts are the catalog's, looked up by the
/// reader in its language. Like [`Reply`](crate::Reply), it deserializes
/// only as the reply it explains (an `OwnedReply`).
impl Serialize for crate::render::ReplyExplanation<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let d = self.diagnosis();
        struct Evidence<'d>(&'d crate::diagnose::Diagnosis<'d>);
        impl Serialize for Evidence<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(
                    self.0
                        .evidence()
                        .filter(|e| e.range().is_some())
                        .map(|e| Lossy(e.bytes())),
                )
            }
        }
        struct Diag<'d>(&'d crate::diagnose::Diagnosis<'d>);
        impl Serialize for Diag<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Diagnosis", 5)?;
                s.serialize_field("reason", &self.0.reason())?;
                s.serialize_field("rule", self.0.rule().id())?;
                s.serialize_field("evidence", &Evidence(self.0))?;
                s.serialize_field("retry", &self.0.retry())?;
                s.serialize_field("suppress", &self.0.suppress())?;
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("ReplyExplanation", 5)?;
        s.serialize_field("reply", &self.reply())?;
        s.serialize_field("command", &self.command())?;
        s.serialize_field("agrees", &self.agrees())?;
        s.serialize_field("retry", &self.should_retry())?;
        s.serialize_field("diagnosis", &Diag(&d))?;
        s.end()
    }
}
