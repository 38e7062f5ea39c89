//! Indonesian texts (see `GLOSSARY-id.md` for the register and the terms).

mod classes;
mod enhanced;
pub(crate) mod errors;
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
    description: "Deskripsi",
    when_you_see_it: "Ketika Anda Melihatnya",
    how_to_fix: "Cara Memperbaiki",
    key_differences: "Perbedaan Utama",
    when_to_use_which: "Kapan Menggunakan yang Mana",
    learn_more: "Pelajari Lebih Lanjut",
    class: "Kelas",
    category: "Kategori",
    likely_cause: "Kemungkinan Penyebab",
};
