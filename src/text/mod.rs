//! The catalog's texts, one folder per language: `en/` and `id/`.
//!
//! Each language has the same files: `reply.rs` (basic reply codes),
//! `classes.rs` (classes and categories of basic codes), `enhanced.rs`
//! (enhanced status codes, their classes and subjects), `phrases.rs` (the
//! sentence templates of rendered pages) and `mod.rs` (section headings and
//! labels). Every text is an arm of an exhaustive `match`, so a code without
//! a text in one language does not compile.

use crate::command::Command;

pub(crate) mod en;
pub(crate) mod id;

/// The texts that explain one code in one language.
///
/// Every field but `title` is made of whole sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Texts {
    /// A short name (no final period).
    pub title: &'static str,
    /// What the code means.
    pub description: &'static str,
    /// In which situation, after which command, a program meets it.
    pub when_you_see_it: &'static str,
    /// What to do about it.
    pub how_to_fix: &'static str,
}

/// The texts of a basic reply code in one language: [`Texts`] plus the
/// meanings that depend on the command it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReplyTexts {
    /// A short name (no final period).
    pub title: &'static str,
    /// What the code means.
    pub description: &'static str,
    /// In which situation, after which command, a program meets it.
    pub when_you_see_it: &'static str,
    /// What to do about it.
    pub how_to_fix: &'static str,
    /// What the code means after particular commands, where that differs
    /// (`220` after `STARTTLS`, `552` after `RCPT TO`).
    pub by_command: &'static [CommandNote],
}

impl ReplyTexts {
    /// The four common texts, as [`Texts`].
    pub const fn texts(&self) -> Texts {
        Texts {
            title: self.title,
            description: self.description,
            when_you_see_it: self.when_you_see_it,
            how_to_fix: self.how_to_fix,
        }
    }

    /// The note for one command, if the meaning after it differs.
    ///
    /// ```
    /// use smtp_codes::{Command, Locale, ReplyCode};
    ///
    /// let texts = ReplyCode::StorageExceeded.texts(Locale::En);
    /// assert!(texts.for_command(Command::Rcpt).is_some());
    /// assert!(texts.for_command(Command::Quit).is_none());
    /// ```
    pub fn for_command(&self, command: Command) -> Option<&'static str> {
        self.by_command
            .iter()
            .find(|note| note.command == command)
            .map(|note| note.text)
    }
}

/// What a code means after one command, where that differs from its general meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CommandNote {
    /// The command (or moment) the note is about.
    pub command: Command,
    /// Whole sentences.
    pub text: &'static str,
}

/// The title and description of a class or a category of basic codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ClassTexts {
    /// The name, as in the glossary ("Positive Completion", "Penyelesaian Positif").
    pub title: &'static str,
    /// What it means, in whole sentences.
    pub description: &'static str,
}

/// The fixed section headings of an explanation or a comparison in one
/// language, and the labels of a code's class and category.
///
/// ```
/// use smtp_codes::Locale;
///
/// assert_eq!(Locale::Id.headings().when_you_see_it, "Ketika Anda Melihatnya");
/// assert_eq!(Locale::En.headings().key_differences, "Key differences");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Headings {
    /// "Description".
    pub description: &'static str,
    /// "When you see it".
    pub when_you_see_it: &'static str,
    /// "How to fix".
    pub how_to_fix: &'static str,
    /// "Key differences".
    pub key_differences: &'static str,
    /// "When to use which".
    pub when_to_use_which: &'static str,
    /// "Learn more".
    pub learn_more: &'static str,
    /// The label of a code's class: "Class".
    pub class: &'static str,
    /// The label of a code's category: "Category".
    pub category: &'static str,
    /// The section on why a reply failed: "Likely cause".
    pub likely_cause: &'static str,
}

impl crate::Locale {
    /// The section headings in this language.
    pub const fn headings(self) -> &'static Headings {
        match self {
            crate::Locale::En => &en::HEADINGS,
            crate::Locale::Id => &id::HEADINGS,
        }
    }
}

/// The sentence templates of rendered pages in one language (see
/// `en/phrases.rs`). `{0}`, `{1}`, ... are the renderer's arguments.
pub(crate) struct Phrases {
    pub(crate) and: &'static str,
    pub(crate) or: &'static str,
    pub(crate) any_command: &'static str,
    pub(crate) server_text: &'static str,
    pub(crate) reply: &'static str,
    /// By class: 2yz, 3yz, 4yz, 5yz.
    pub(crate) class_meaning: [&'static str; 4],
    /// By enhanced class: 2, 4, 5.
    pub(crate) enhanced_class_meaning: [&'static str; 3],
    /// By [`Actor`](crate::Actor), in declaration order.
    pub(crate) actor: [&'static str; 6],
    pub(crate) class_line: &'static str,
    pub(crate) class_line_no_category: &'static str,
    pub(crate) unknown_code: &'static str,
    pub(crate) command_note: &'static str,
    pub(crate) compare_same_class: &'static str,
    pub(crate) compare_diff_class: &'static str,
    pub(crate) compare_same_code: &'static str,
    pub(crate) item_class_same: &'static str,
    pub(crate) item_class_diff: &'static str,
    pub(crate) item_category_same: &'static str,
    pub(crate) item_category_diff: &'static str,
    pub(crate) item_subject_same: &'static str,
    pub(crate) item_subject_diff: &'static str,
    pub(crate) item_commands: &'static str,
    pub(crate) item_commands_shared: &'static str,
    pub(crate) item_commands_any: &'static str,
    pub(crate) compare_title: &'static str,
    pub(crate) item_basic_codes: &'static str,
    pub(crate) item_actor_same: &'static str,
    pub(crate) item_actor_diff: &'static str,
    pub(crate) use_which: &'static str,
    pub(crate) use_which_enhanced: &'static str,
    pub(crate) use_which_enhanced_any: &'static str,
    pub(crate) no_codes: &'static str,
    pub(crate) enhanced_subject_level: &'static str,
    pub(crate) enhanced_class_level: &'static str,
    pub(crate) enhanced_class_limit: &'static str,
    pub(crate) enhanced_deprecated: &'static str,
    pub(crate) enhanced_basic_codes: &'static str,
    pub(crate) enhanced_vendor: &'static str,
    pub(crate) reply_meaning: &'static str,
    pub(crate) reply_agrees: &'static str,
    pub(crate) reply_disagrees: &'static str,
    pub(crate) reply_no_enhanced: &'static str,
    pub(crate) reference: &'static str,
    /// The evidence of a diagnosis: the words, a code, or the class alone.
    pub(crate) cause_words: &'static str,
    pub(crate) cause_enhanced: &'static str,
    pub(crate) cause_basic: &'static str,
    pub(crate) cause_class: &'static str,
    pub(crate) cause_retry: &'static str,
    pub(crate) cause_no_retry: &'static str,
    pub(crate) cause_suppress: &'static str,
}

impl crate::Locale {
    pub(crate) const fn phrases(self) -> &'static Phrases {
        match self {
            crate::Locale::En => &en::PHRASES,
            crate::Locale::Id => &id::PHRASES,
        }
    }
}
