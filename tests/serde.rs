//! Every type that serializes also deserializes, in one style: values as on
//! the wire or in a log.
#![cfg(feature = "serde")]

use serde::Serialize;
use serde::de::DeserializeOwned;
use smtp_codes::{
    Actor, Category, Class, Code, Command, EnhancedClass, EnhancedCode, EnhancedStatus,
    EvidenceKind, Level, Locale, Reason, ReplyCode, Subject,
};

/// Serializes `value`, checks the JSON, and reads it back.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: T, json: &str) {
    let written = serde_json::to_string(&value).unwrap();
    assert_eq!(written, json, "{value:?}");
    let read: T = serde_json::from_str(&written).unwrap();
    assert_eq!(read, value);
}

#[test]
fn values_round_trip_in_their_wire_form() {
    round_trip(Code::from_u16(550).unwrap(), "550");
    round_trip(ReplyCode::UserNotLocal, "251");
    round_trip(EnhancedCode::parse("5.7.606").unwrap(), "\"5.7.606\"");
    round_trip(EnhancedStatus::lookup(1, 1).unwrap(), "\"X.1.1\"");
    round_trip(Command::Rcpt, "\"RCPT\"");
    round_trip(Command::DataEnd, "\"DATA-END\"");
    round_trip(Command::Connect, "\"CONNECT\"");
    round_trip(Locale::Id, "\"id\"");
    round_trip(Reason::RateLimited, "\"rate_limited\"");
    round_trip(Class::PermanentNegative, "\"PermanentNegative\"");
    round_trip(Category::MailSystem, "\"MailSystem\"");
    round_trip(EnhancedClass::PermanentFailure, "\"PermanentFailure\"");
    round_trip(Subject::Addressing, "\"Addressing\"");
    round_trip(Actor::SenderAdmin, "\"SenderAdmin\"");
    round_trip(Level::Subject, "\"subject\"");
    round_trip(EvidenceKind::VendorToken, "\"vendor_token\"");
    for c in Command::ALL {
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<Command>(&json).unwrap(), c);
    }
    for r in Reason::iter() {
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<Reason>(&json).unwrap(), r);
    }
}

#[test]
fn codes_are_read_from_numbers_and_strings() {
    let code: Code = serde_json::from_str("\"550\"").unwrap();
    assert_eq!(code, 550);
    let code: Code = serde_json::from_str("421").unwrap();
    assert_eq!(code, 421);
    for bad in [
        "650", "\"650\"", "-1", "70000", "\"55\"", "5.5", "null", "[550]",
    ] {
        assert!(serde_json::from_str::<Code>(bad).is_err(), "{bad}");
    }
    let err = serde_json::from_str::<Code>("650").unwrap_err().to_string();
    assert!(err.contains("650"), "{err}");
    assert!(
        serde_json::from_str::<ReplyCode>("299").is_err(),
        "well-formed but unknown"
    );
    assert_eq!(
        serde_json::from_str::<ReplyCode>("\"552\"").unwrap(),
        ReplyCode::StorageExceeded
    );
    for bad in ["\"1.1\"", "\"X.1\"", "\"X.9.9\"", "\"X.a.1\""] {
        assert!(
            serde_json::from_str::<EnhancedStatus>(bad).is_err(),
            "{bad}"
        );
    }
    assert!(serde_json::from_str::<Command>("\"RCPT TO:<a>\"").is_err());
    assert!(serde_json::from_str::<Locale>("\"fr\"").is_err());
    assert!(serde_json::from_str::<Reason>("\"UserUnknown\"").is_err());
}

#[test]
fn replies_and_explanations_serialize_their_facts() {
    use smtp_codes::{Reply, ReplyExplanation};
    let wire = b"550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Bye \xff\r\n";
    let reply = Reply::parse(wire).unwrap().unwrap();
    let json = serde_json::to_string(&reply).unwrap();
    assert_eq!(
        json,
        "{\"code\":550,\"enhanced\":\"5.1.1\",\"lines\":[\"The email account that you tried to reach does not exist.\",\"Bye \u{fffd}\"]}"
    );
    let explained = ReplyExplanation::new(reply).after(Command::Rcpt);
    let value: serde_json::Value = serde_json::to_value(explained).unwrap();
    assert_eq!(value["command"], "RCPT");
    assert_eq!(value["retry"], false);
    assert_eq!(value["agrees"], true);
    assert_eq!(value["diagnosis"]["reason"], "user_unknown");
    assert_eq!(value["diagnosis"]["evidence"][0], "does not exist");
    assert_eq!(value["diagnosis"]["suppress"], true);
    assert_eq!(value["reply"]["code"], 550);
    #[cfg(feature = "alloc")]
    {
        // The borrowed reply reads back as an owned one.
        let plain = Reply::parse(b"250-mx.example.com\r\n250 DSN\r\n")
            .unwrap()
            .unwrap();
        let owned: smtp_codes::OwnedReply =
            serde_json::from_str(&serde_json::to_string(&plain).unwrap()).unwrap();
        assert_eq!(owned.reply(), plain);
    }
}

#[test]
fn a_value_of_the_wrong_type_says_what_was_expected() {
    fn expected<T: DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        serde_json::from_str::<T>(json).unwrap_err().to_string()
    }
    for (error, what) in [
        (
            expected::<Code>("true"),
            "a reply code such as 550 or \"550\"",
        ),
        (
            expected::<EnhancedCode>("true"),
            "an enhanced status code such as \"5.1.1\"",
        ),
        (
            expected::<Reason>("1"),
            "a reason's name such as \"user_unknown\"",
        ),
        (
            expected::<EnhancedStatus>("1"),
            "a registry row such as \"X.1.1\"",
        ),
        (expected::<Command>("1"), "a command such as \"RCPT\""),
    ] {
        assert!(error.contains(&format!("expected {what}")), "{error}");
    }
}
