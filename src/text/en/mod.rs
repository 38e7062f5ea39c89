//! English texts.

mod classes;
mod enhanced;
mod phrases;
mod reasons;
mod reply;

pub(crate) use classes::{category, class};
pub(crate) use enhanced::{enhanced, enhanced_class, subject, vendor_note};
pub(crate) use phrases::PHRASES;
pub(crate) use reasons::reason;
pub(crate) use reply::reply;

use crate::text::Headings;

pub(crate) const HEADINGS: Headings = Headings {
    description: "Description",
    when_you_see_it: "When you see it",
    how_to_fix: "How to fix",
    key_differences: "Key differences",
    when_to_use_which: "When to use which",
    learn_more: "Learn more",
    class: "Class",
    category: "Category",
    likely_cause: "Likely cause",
};
