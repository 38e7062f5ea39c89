//! From a lettre reply to this crate's explanation and diagnosis, with no
//! network: the replies are lettre values made from text, as lettre's SMTP
//! client makes them from a server's bytes.
//!
//! ```text
//! cargo run --example lettre --features lettre -- [--lang id]
//! ```

use std::str::FromStr;

use lettre::transport::smtp::response::Response;
use smtp_codes::{Format, Locale, OwnedReply, Render};

const REPLIES: [&str; 3] = [
    "550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\r\n",
    "452 4.2.2 The recipient's inbox is out of storage space.\r\n",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\r\n",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let locale = match std::env::args().nth(2).as_deref() {
        Some(tag) => tag.parse()?,
        None => Locale::En,
    };
    for text in REPLIES {
        let response = Response::from_str(text)?;
        // The glue: a lettre Response (or a lettre Error) to an owned reply.
        let owned = OwnedReply::try_from(&response)?;
        let d = owned.diagnose(None);
        println!(
            "{} {}: {} (retry: {}, suppress: {})",
            owned.code(),
            d.reason(),
            d.reason().texts(locale).title,
            d.retry(),
            d.suppress()
        );
        println!("{}", owned.explain().summary(locale));
        if locale == Locale::Id {
            println!("{}", owned.explain().display(locale, Format::Text));
        }
    }
    Ok(())
}
