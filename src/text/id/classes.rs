//! Indonesian texts of the classes (first digit) and categories (second digit).

use crate::code::{Category, Class};
use crate::text::ClassTexts;

/// The Indonesian title and description of a class.
pub(crate) const fn class(class: Class) -> &'static ClassTexts {
    match class {
        Class::PositiveCompletion => &ClassTexts {
            title: "Penyelesaian Positif",
            description: "Digit pertama 2 berarti server telah menyelesaikan permintaan sepenuhnya, dan klien boleh melanjutkan ke perintah berikutnya. Menurut RFC 5321, klien yang menerima kode balasan yang tidak dikenalnya bertindak hanya berdasarkan digit pertamanya, sehingga kode 2yz apa pun yang tidak dikenal tetap dianggap berhasil.",
        },
        Class::PositiveIntermediate => &ClassTexts {
            title: "Positif Tahap Antara",
            description: "Digit pertama 3 berarti server sejauh ini menerima perintah, tetapi masih menunggu masukan lanjutan sebelum dapat menyelesaikannya, misalnya isi pesan setelah 354 sebagai balasan atas DATA, atau jawaban berikutnya setelah 334 dalam pertukaran AUTH. Klien harus mengirim masukan tersebut, dan menurut RFC 5321 klien yang menerima kode 3yz yang tidak dikenalnya bertindak dengan cara yang sama berdasarkan digit pertamanya.",
        },
        Class::TransientNegative => &ClassTexts {
            title: "Negatif Sementara",
            description: "Digit pertama 4 berarti permintaan tidak dijalankan, tetapi penyebabnya sementara, sehingga permintaan yang sama persis dapat berhasil jika dicoba lagi nanti. Menurut RFC 5321, klien yang menerima kode yang tidak dikenalnya bertindak berdasarkan digit pertamanya, sehingga kode 4yz apa pun yang tidak dikenal juga berarti pesan disimpan dan dicoba lagi nanti.",
        },
        Class::PermanentNegative => &ClassTexts {
            title: "Negatif Permanen",
            description: "Digit pertama 5 berarti permintaan ditolak karena alasan yang permanen, sehingga klien tidak boleh mengulang permintaan yang sama tanpa perubahan; alamat, pesan, kredensial, atau konfigurasi server harus diubah terlebih dahulu. Menurut RFC 5321, klien yang menerima kode yang tidak dikenalnya bertindak berdasarkan digit pertamanya, sehingga kode 5yz apa pun yang tidak dikenal diperlakukan sebagai kegagalan permanen.",
        },
    }
}

/// The Indonesian title and description of a category.
pub(crate) const fn category(category: Category) -> &'static ClassTexts {
    match category {
        Category::Syntax => &ClassTexts {
            title: "Sintaksis",
            description: "Digit kedua 0 mencakup sintaksis: perintah yang tidak dapat diurai oleh server, perintah yang benar secara sintaksis tetapi tidak termasuk kategori lain, serta perintah yang tidak diimplementasikan atau tidak diperlukan. Kode balasan dasar dalam kelompok ini adalah 500 sampai 504.",
        },
        Category::Information => &ClassTexts {
            title: "Informasi",
            description: "Digit kedua 1 mencakup balasan atas permintaan informasi, seperti status sistem atau bantuan. RFC 5321 menempatkan 211 dan 214 dalam kategori ini.",
        },
        Category::Connections => &ClassTexts {
            title: "Koneksi",
            description: "Digit kedua 2 mencakup balasan tentang koneksi itu sendiri, dari pembukaan hingga penutupannya. Contohnya adalah 220 (layanan siap), 221 (layanan menutup saluran transmisi), 421 (layanan tidak tersedia), dan 521 (host tidak menerima email).",
        },
        Category::Unspecified3 => &ClassTexts {
            title: "Tidak Ditentukan",
            description: "RFC 5321 tidak memberi arti tertentu pada digit kedua 3. Ekstensi AUTH (RFC 4954) memakainya untuk kode 235, 334, 432, 530, 534, 535, dan 538, sehingga kode dalam kelompok ini biasanya berkaitan dengan autentikasi, dan 530 juga menjawab klien yang belum menjalankan STARTTLS.",
        },
        Category::Unspecified4 => &ClassTexts {
            title: "Tidak Ditentukan",
            description: "RFC 5321 juga tidak memberi arti tertentu pada digit kedua 4, dan belum ada kode yang ditetapkan untuknya. Balasan dengan bentuk ini merupakan kode khusus dari server yang mengirimnya, jadi bertindaklah berdasarkan digit pertamanya.",
        },
        Category::MailSystem => &ClassTexts {
            title: "Sistem Surat",
            description: "Digit kedua 5 mencakup keadaan sistem surat penerima untuk pengiriman yang diminta atau tindakan sistem surat lainnya. Sebagian besar balasan sehari-hari termasuk di sini, seperti 250, 251, 354, 450, 452, 550, dan 552.",
        },
    }
}
