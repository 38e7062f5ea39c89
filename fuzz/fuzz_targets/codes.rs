//! Codes and tags from text: whatever parses prints back the same, and
//! explanations always exist.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{Code, EnhancedCode, Locale, ReplyCode};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(code) = Code::parse(s) {
        assert_eq!(code.to_string(), s);
        assert_eq!(ReplyCode::parse(s).ok(), code.known());
    }
    if let Ok(e) = EnhancedCode::parse(s) {
        assert_eq!(e.to_string(), s);
        for locale in [Locale::En, Locale::Id] {
            assert!(!e.explain(locale).texts.description.is_empty());
        }
    }
    if let Some((e, len)) = EnhancedCode::parse_prefix(data) {
        assert_eq!(e.to_string().as_bytes(), &data[..len]);
    }
    if let Ok(locale) = Locale::from_tag(s) {
        assert_eq!(Locale::from_tag(locale.tag()), Ok(locale));
    }
});
