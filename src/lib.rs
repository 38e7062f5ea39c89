//! SMTP reply codes, explained: a typed catalog of every basic reply code
//! and enhanced status code, in English and Indonesian.
//!
//! The crate does no I/O. Callers bring a code (or the bytes of a reply);
//! the crate returns typed values, borrowed views and static text.
//!
//! ```
//! use smtp_codes::{Class, Locale, ReplyCode};
//!
//! let code = ReplyCode::parse("251")?;
//! assert_eq!(code, ReplyCode::UserNotLocal);
//! assert_eq!(code.class(), Class::PositiveCompletion);
//!
//! let texts = code.texts(Locale::Id);
//! println!("{}: {}", Locale::Id.headings().description, texts.description);
//! # Ok::<(), smtp_codes::CodeError>(())
//! ```
//!
//! A server may send a code that is not in the catalog. It is still a
//! well-formed [`Code`], and RFC 5321 says a client must act on its first
//! digit, its [`Class`]:
//!
//! ```
//! use smtp_codes::Code;
//!
//! let code = Code::parse("299")?;
//! assert!(code.known().is_none());
//! assert!(code.class().is_success());
//! # Ok::<(), smtp_codes::CodeError>(())
//! ```
//!
//! # What is here
//!
//! - The catalog: [`ReplyCode`] (every known basic code) with its [`Class`],
//!   [`Category`], [`Command`]s, [`Actor`] and [`Reference`]s, and
//!   [`ReplyTexts`] in each [`Locale`]; [`EnhancedCode`] and
//!   [`EnhancedStatus`] (every row of the IANA registry), explained at the
//!   most specific [`Level`] known. [`Catalog`] exports it all.
//! - The parser: [`ParserConfig`] ([`STRICT`](ParserConfig::STRICT) or
//!   [`LENIENT`](ParserConfig::LENIENT)), [`Reply`] and its [`Line`]s,
//!   [`ReplyParser`] for bytes that come in pieces, [`Replies`] for
//!   pipelined replies.
//! - The writer: [`ReplyWriter`] writes replies the other way, always valid:
//!   the enhanced code on every line, text wrapped within 512 octets, no CR
//!   or LF smuggled in.
//! - The diagnosis: [`Diagnosis`] reads a reply, its parts, or a line of a
//!   mail log or a DSN ([`LogLine`]) to a [`Reason`], with the [`Evidence`]
//!   that decided and the [`Rule`] that fired; whether to retry and whether
//!   to suppress the address follow.
//! - Pages: [`Render`] for a code, an enhanced code, a [`ReplyExplanation`],
//!   a [`Comparison`] or an [`EnhancedComparison`], as text, Markdown or
//!   HTML ([`Format`]).
//!
//! # Crate features
//!
//! - `std` (default): `std::io::Write` output for the [`ReplyWriter`];
//!   without it the crate is `#![no_std]` and needs no allocator. In a
//!   Cargo workspace, features are unified: if any member depends on this
//!   crate with its default features, every member gets `std`, so a
//!   `no_std` build that must not link `std` belongs in its own workspace
//!   (or every member turns default features off).
//! - `serde`: `Serialize` for the catalog types (the form that
//!   `examples/catalog.rs --json` prints), and `Serialize`/`Deserialize` for
//!   the code values.
//!
//! # Unsafe code
//!
//! Two blocks, both SSE2 loads and compares on `x86_64` (part of the
//! `x86_64` baseline), each checked by a test against the byte table for
//! every byte value: the parser reads 16 bytes at a time (on the Gmail
//! reply of the benchmarks it took the parse from 82 ns to 55 ns against
//! the 8-byte word scan), and the diagnosis marks the bytes of words 16 at
//! a time (about a quarter of the instructions of the 8-byte marking,
//! counted with callgrind).
#![cfg_attr(not(any(test, feature = "std")), no_std)]
#![deny(unsafe_code)]
#![deny(missing_docs)]
// docs.rs builds with `--cfg docsrs` on nightly: `doc_cfg` marks the items
// that need a feature (it took in `doc_auto_cfg` in Rust 1.92).
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod catalog;
mod code;
mod command;
mod conventions;
mod diagnose;
mod enhanced;
mod error;
mod locale;
#[cfg(feature = "alloc")]
mod owned;
mod parse;
mod reference;
mod render;
mod reply;
mod reply_code;
#[cfg(feature = "serde")]
mod serde_impls;
mod text;
mod write;

pub use catalog::{Catalog, EnhancedEntry, EnhancedPartEntry, Localized, ReasonEntry, ReplyEntry};
pub use code::{Category, Class, Code};
pub use command::{Actor, Command, CommandError};
pub use diagnose::{Diagnosis, Evidence, EvidenceKind, LogLine, Reason, ReasonError, Rule};
pub use enhanced::{
    EnhancedClass, EnhancedCode, EnhancedCodeError, EnhancedExplanation, EnhancedStatus, Level,
    Subject,
};
pub use error::{CodeError, Described, LocaleError};
pub use locale::Locale;
#[cfg(feature = "alloc")]
pub use owned::{OwnedReply, OwnedReplyError};
pub use parse::{ParseError, ParserConfig, Replies, ReplyParser, Status};
pub use reference::Reference;
pub use render::{
    Comparison, EnhancedComparison, Format, FormatError, Render, Rendered, ReplyExplanation,
};
pub use reply::{Line, Lines, Reply};
pub use reply_code::ReplyCode;
pub use text::{ClassTexts, CommandNote, Headings, ReplyTexts, Texts};
pub use write::{ReplyWriter, WriteError};
