//! Indonesian messages of the crate's errors (the English ones are each
//! type's `Display`, written beside it).

use core::fmt::{self, Formatter};

use crate::command::CommandError;
use crate::diagnose::ReasonError;
use crate::enhanced::EnhancedCodeError;
use crate::error::{CodeError, LocaleError};
use crate::parse::ParseError;
use crate::render::FormatError;
use crate::write::WriteError;

pub(crate) fn code_error(e: &CodeError, f: &mut Formatter<'_>) -> fmt::Result {
    match *e {
        CodeError::Length { len } => write!(
            f,
            "kode balasan terdiri atas tepat tiga digit, tetapi yang diberikan {len} byte"
        ),
        CodeError::NotDigit { offset } => {
            write!(f, "byte ke-{offset} pada kode balasan bukan digit ASCII")
        }
        CodeError::Class { digit } => write!(
            f,
            "digit pertama kode balasan harus 2, 3, 4, atau 5, bukan {digit}"
        ),
        CodeError::Whitespace { offset } => write!(
            f,
            "byte ke-{offset} pada kode balasan adalah spasi atau karakter kosong lain di sekitar digitnya"
        ),
        CodeError::OutOfRange { value } => {
            write!(f, "{value} bukan kode balasan antara 200 dan 599")
        }
        CodeError::Unknown { code } => write!(
            f,
            "kode balasan {code} bentuknya benar, tetapi tidak ada dalam katalog"
        ),
    }
}

pub(crate) fn locale_error(e: &LocaleError, f: &mut Formatter<'_>) -> fmt::Result {
    match *e {
        LocaleError::Empty => f.write_str("tag bahasa kosong"),
        LocaleError::Malformed { offset } => {
            write!(f, "byte ke-{offset} pada tag bahasa tidak diizinkan")
        }
        LocaleError::Unsupported => {
            f.write_str("bahasa tidak didukung: katalog ditulis dalam en dan id")
        }
    }
}

pub(crate) fn parse_error(e: &ParseError, f: &mut Formatter<'_>) -> fmt::Result {
    write!(f, "byte ke-{}: ", e.offset())?;
    match *e {
        ParseError::NotDigit { .. } => f.write_str("baris balasan harus diawali kode tiga digit"),
        ParseError::Class { .. } => f.write_str("digit pertama kode balasan harus 2, 3, 4, atau 5"),
        ParseError::Category { .. } => f.write_str("digit kedua kode balasan harus 0 sampai 5"),
        ParseError::CodeTooLong { .. } => {
            f.write_str("kode balasan terdiri atas tiga digit, tidak lebih")
        }
        ParseError::CodeChanged {
            found, expected, ..
        } => write!(f, "kode {found} berbeda dari kode balasan {expected}"),
        ParseError::Separator { .. } => {
            f.write_str("kode balasan harus diikuti spasi, tanda hubung, atau akhir baris")
        }
        ParseError::Byte { byte, .. } => {
            write!(f, "byte {byte:#04x} tidak diizinkan dalam teks balasan")
        }
        ParseError::BareCr { .. } => f.write_str("CR harus diikuti LF"),
        ParseError::BareLf { .. } => f.write_str("baris harus diakhiri CRLF, bukan LF saja"),
        ParseError::LineTooLong { limit, .. } => {
            write!(f, "baris lebih panjang daripada {limit} byte")
        }
        ParseError::ReplyTooLong { limit, .. } => {
            write!(f, "balasan lebih panjang daripada {limit} byte")
        }
        ParseError::NotExtended { .. } => f.write_str(
            "byte-byte ini bukan lanjutan dari byte yang diberikan sebelumnya (atur ulang parser untuk byte baru)",
        ),
    }
}

pub(crate) fn enhanced_code_error(e: &EnhancedCodeError, f: &mut Formatter<'_>) -> fmt::Result {
    match *e {
        EnhancedCodeError::Class { offset } => write!(
            f,
            "byte ke-{offset}: kode status diperluas diawali 2, 4, atau 5 dan sebuah titik"
        ),
        EnhancedCodeError::Number { offset } => write!(
            f,
            "byte ke-{offset}: subjek dan detail terdiri atas 1 sampai 3 digit tanpa nol di depan"
        ),
        EnhancedCodeError::Dot { offset } => {
            write!(f, "byte ke-{offset}: subjek harus diikuti titik")
        }
        EnhancedCodeError::Trailing { offset } => {
            write!(
                f,
                "byte ke-{offset}: ada teks yang tidak diharapkan setelah detail"
            )
        }
    }
}

pub(crate) fn write_error(e: &WriteError, f: &mut Formatter<'_>) -> fmt::Result {
    match *e {
        WriteError::ClassMismatch { code, enhanced } => write!(
            f,
            "kode status diperluas {enhanced} tidak sesuai dengan kode balasan {code}: 2yz memakai 2.x.x, 4yz 4.x.x, 5yz 5.x.x, dan 3yz tidak memakai kode status diperluas"
        ),
        WriteError::Byte { line, offset, byte } => write!(
            f,
            "baris {line}, byte ke-{offset}: byte {byte:#04x} tidak diizinkan dalam teks balasan"
        ),
        WriteError::LineBreak { line, offset } => write!(
            f,
            "baris {line}, byte ke-{offset}: satu baris teks tidak boleh memuat pemisah baris"
        ),
        WriteError::Domain { offset } => write!(
            f,
            "byte ke-{offset} dari domain: bukan nama domain ataupun literal alamat (RFC 5321 bagian 4.1.2)"
        ),
        WriteError::BufferTooSmall { needed, len } => write!(
            f,
            "buffer hanya memuat {len} byte, sedangkan balasan memerlukan {needed} byte"
        ),
    }
}

pub(crate) fn format_error(_: &FormatError, f: &mut Formatter<'_>) -> fmt::Result {
    f.write_str("format tidak dikenal: gunakan text, markdown, atau html")
}

pub(crate) fn command_error(_: &CommandError, f: &mut Formatter<'_>) -> fmt::Result {
    f.write_str(
        "perintah tidak dikenal: gunakan perintah SMTP seperti RCPT TO, MAIL FROM, DATA, atau EHLO",
    )
}

pub(crate) fn reason_error(_: &ReasonError, f: &mut Formatter<'_>) -> fmt::Result {
    f.write_str(
        "penyebab tidak dikenal: gunakan nama snake_case seperti user_unknown atau rate_limited",
    )
}
