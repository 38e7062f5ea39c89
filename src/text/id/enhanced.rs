//! Indonesian texts of the enhanced status codes (RFC 3463 and the IANA registry).

use crate::enhanced::{EnhancedClass, EnhancedStatus, Subject};
use crate::text::Texts;

/// The Indonesian texts of a class of enhanced status codes.
pub(crate) const fn enhanced_class(class: EnhancedClass) -> &'static Texts {
    match class {
        EnhancedClass::Success => &Texts {
            title: "Berhasil",
            description: "Kode status diperluas yang diawali angka 2 menandakan keberhasilan: server menerima perintah, atau laporan pengiriman mengonfirmasi bahwa pesan telah ditangani. Digit subjek dan detail sesudahnya dapat menambahkan informasi, misalnya alamat mana yang diterima atau bahwa pesan perlu dikonversi agar dapat dikirim.",
            when_you_see_it: "Kode ini menyertai kode balasan dasar 2yz, misalnya 250 2.1.5 setelah RCPT TO atau 221 2.0.0 setelah QUIT, dan muncul dalam pemberitahuan status pengiriman yang mengonfirmasi bahwa pesan telah dikirimkan atau di-relay. Server yang mengumumkan ENHANCEDSTATUSCODES menaruhnya di depan teks setiap balasan 2yz, kecuali salam pembuka dan balasan atas EHLO atau HELO.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: lanjutkan dengan perintah berikutnya dalam transaksi. Jika detailnya melaporkan konversi, seperti 2.6.4 untuk konversi yang menghilangkan sebagian data, periksa apakah pesan yang terkirim masih terbaca dengan benar. Jika Anda mengharapkan balasan 2.x.x tetapi tidak menerimanya, cari arti kode balasan dasar dan teks yang Anda terima sebagai gantinya.",
        },
        EnhancedClass::PersistentTransientFailure => &Texts {
            title: "Kegagalan Sementara yang Berlanjut",
            description: "Kode status diperluas yang diawali angka 4 menandakan kegagalan sementara: pesannya sendiri dapat diterima, tetapi suatu kondisi yang dapat berlangsung cukup lama menghentikan atau menunda pengirimannya. Mengirim ulang pesan yang sama nanti, tanpa perubahan apa pun, mungkin berhasil.",
            when_you_see_it: "Kode ini menyertai kode balasan dasar 4yz seperti 421, 450, 451, 452, atau 454 sebagai balasan atas MAIL FROM, RCPT TO, akhir data pesan, atau AUTH, dan muncul dalam pemberitahuan penundaan dari antrean server pengirim. Penyebab yang umum adalah greylisting, batas laju, disk yang penuh, dan kegagalan DNS.",
            how_to_fix: "Jangan ubah pesannya: biarkan pesan tetap di antrean dan biarkan server pengirim mencoba lagi nanti, yang dilakukan server email secara otomatis sampai masa simpan antreannya habis. Jika kode 4.x.x yang sama terus muncul selama berjam-jam, baca digit subjek dan detail serta teksnya untuk menemukan penyebabnya, misalnya batas laju atau blokir sementara. Jika masalahnya tidak kunjung hilang, hubungi administrator server yang mengirim balasan itu dan sertakan balasan lengkapnya.",
        },
        EnhancedClass::PermanentFailure => &Texts {
            title: "Kegagalan Permanen",
            description: "Kode status diperluas yang diawali angka 5 menandakan kegagalan permanen: mengirim ulang pesan dalam bentuknya sekarang tidak akan berhasil. Sesuatu harus diubah lebih dulu, misalnya alamat, isi pesan, pengaturan pengirim, atau kebijakan server penerima.",
            when_you_see_it: "Kode ini menyertai kode balasan dasar 5yz seperti 550, 553, atau 554 sebagai balasan atas MAIL FROM, RCPT TO, akhir data pesan, atau AUTH. Server pengirim lalu berhenti mencoba dan mengembalikan laporan kegagalan pengiriman yang memuat kode tersebut kepada pengirim.",
            how_to_fix: "Jangan mengirim ulang pesan yang sama tanpa perubahan. Gunakan digit subjek untuk menentukan siapa yang harus bertindak: masalah alamat (5.1.x) biasanya diperbaiki oleh pengirim, masalah kotak surat atau sistem surat (5.2.x, 5.3.x) menjadi urusan pihak penerima, dan masalah kebijakan (5.7.x) mungkin memerlukan tindakan dari salah satu administrator. Setelah penyebabnya diperbaiki, kirim pesan itu lagi sebagai pesan baru.",
        },
    }
}

/// The Indonesian texts of a subject of enhanced status codes, used on their own
/// for a code whose detail the registry does not have.
pub(crate) const fn subject(subject: Subject) -> &'static Texts {
    match subject {
        Subject::Other => &Texts {
            title: "Status Lain atau Tidak Terdefinisi",
            description: "Digit subjek 0 berarti server tidak memberikan informasi lebih lanjut tentang jenis masalahnya, sehingga hanya kelasnya yang diketahui: berhasil, gagal sementara, atau gagal permanen. Registri hanya mendefinisikan X.0.0 untuk subjek ini, jadi detail lain, seperti 5.0.350 dari Microsoft, adalah kode khusus milik server tersebut.",
            when_you_see_it: "Kode ini dapat muncul setelah perintah apa pun yang membawa kode status diperluas, sering bersama 221, 250, 421, 451, 550, atau 554, ketika perangkat lunak server tidak memiliki kode yang lebih tepat untuk situasinya.",
            how_to_fix: "Bertindaklah sesuai kelasnya: dengan 2.0.x tidak ada yang salah, dengan 4.0.x biarkan server pengirim mencoba lagi nanti, dan dengan 5.0.x jangan kirim ulang tanpa perubahan. Alasan sebenarnya hanya ada di teks setelah kode, jadi bacalah teks itu dan carilah artinya di dokumentasi vendor server tersebut. Jika teksnya tidak menjelaskan masalahnya, kirimkan balasan lengkapnya kepada administrator server yang mengirimnya.",
        },
        Subject::Addressing => &Texts {
            title: "Status Alamat",
            description: "Digit subjek 1 melaporkan masalah pada alamat di amplop pesan: alamat penerima yang diberikan dengan RCPT TO atau alamat pengirim yang diberikan dengan MAIL FROM. Masalahnya bisa berupa sintaksis alamat atau ada tidaknya kotak surat atau domain yang dituju, dan biasanya pengirim dapat memperbaikinya.",
            when_you_see_it: "Paling sering sebagai balasan atas RCPT TO atau MAIL FROM, serta dalam laporan kegagalan pengiriman yang menjelaskan mengapa pengiriman ke seorang penerima gagal. Bentuk sukses seperti 250 2.1.0 setelah MAIL FROM dan 250 2.1.5 setelah RCPT TO mengonfirmasi bahwa alamat telah diterima.",
            how_to_fix: "Lihat alamat yang disebut dalam balasan dan periksa apakah ada salah ketik, domain yang hilang atau keliru, dan karakter yang tidak diizinkan. Dengan 5.1.x, perbaiki alamatnya sebelum mengirim lagi; dengan 4.1.x, server tidak dapat memeriksa alamat itu pada saat tersebut, sehingga mencoba lagi nanti mungkin berhasil. Jika alamatnya tampak benar, konfirmasikan alamat itu kepada penerima melalui saluran lain, atau kepada administrator pihak pengirim jika yang ditolak adalah MAIL FROM.",
        },
        Subject::Mailbox => &Texts {
            title: "Status Kotak Surat",
            description: "Digit subjek 2 melaporkan masalah pada kotak surat penerima itu sendiri, yang ada tetapi tidak dapat menerima pesan: kotak surat itu mungkin penuh, dinonaktifkan, hanya menerima pesan yang lebih kecil, atau merupakan milis yang tidak dapat dijabarkan menjadi alamat para anggotanya. Masalah seperti ini berada di bawah kendali penerima.",
            when_you_see_it: "Biasanya sebagai balasan atas RCPT TO atau setelah akhir data pesan, ketika server penerima memeriksa kotak surat, dan juga dalam laporan kegagalan pengiriman. Gmail, misalnya, mengirim 450 4.2.1 jika seorang pengguna menerima email terlalu cepat.",
            how_to_fix: "Penerima atau administrator pihak penerima harus bertindak, misalnya dengan menghapus pesan, mengaktifkan kembali akun, atau menaikkan batas. Dengan 4.2.x, biarkan server pengirim mencoba lagi nanti; dengan 5.2.x, beri tahu penerima melalui saluran lain, atau kirim pesan yang lebih kecil jika ukurannya yang menjadi masalah, dan kirim lagi hanya setelah kotak suratnya diperbaiki.",
        },
        Subject::MailSystem => &Texts {
            title: "Status Sistem Surat",
            description: "Digit subjek 3 melaporkan masalah pada sistem surat penerima secara keseluruhan, bukan pada satu kotak surat: penyimpanannya penuh, sistem tidak menerima email, fitur yang diminta tidak tersedia, pesan terlalu besar untuk sistem itu, atau konfigurasinya salah. Masalah seperti ini berada di bawah kendali administrator sistem tujuan.",
            when_you_see_it: "Setelah MAIL FROM, RCPT TO, atau akhir data pesan, dan kadang bersama balasan 421 yang menutup koneksi. Postfix, misalnya, menjawab 452 4.3.1 ketika penyimpanannya hampir habis dan 552 5.3.4 ketika pesan melebihi batas ukuran tetapnya.",
            how_to_fix: "Pengirim tidak dapat memperbaiki sistem penerima. Dengan 4.3.x, biarkan server pengirim mencoba lagi nanti; dengan 5.3.x, ubah apa yang dapat Anda kendalikan, seperti ukuran pesan atau fitur yang diminta, atau laporkan balasan lengkapnya kepada administrator sistem penerima. Jika Anda yang mengelola sistem itu, periksa ruang disk yang tersisa, batas ukuran, dan konfigurasinya.",
        },
        Subject::Network => &Texts {
            title: "Status Jaringan dan Perutean",
            description: "Digit subjek 4 melaporkan masalah di jalur pengiriman: server berikutnya tidak menjawab, koneksi terputus, DNS atau layanan direktori lain gagal, tidak ada rute yang ditemukan, sistem sedang padat, terjadi perulangan rute, atau pesan sudah menunggu terlalu lama. Masalah seperti ini berada di bawah kendali administrator sistem tujuan atau server lain di sepanjang jalur.",
            when_you_see_it: "Terutama dalam pemberitahuan penundaan dan laporan kegagalan pengiriman dari server pengirim Anda sendiri setelah server itu gagal menjangkau server berikutnya, serta dalam balasan seperti 421 4.4.5 ketika sebuah server sedang sibuk.",
            how_to_fix: "Sebagian besar kondisi 4.4.x hilang dengan sendirinya, jadi biarkan antrean mencoba lagi. Jika kondisinya berlangsung lama, periksa record MX dan record alamat domain penerima di DNS, resolver DNS server Anda, dan pastikan tidak ada firewall yang memblokir koneksi keluar ke port 25. Kode 5.4.x berarti pengiriman sudah dihentikan, misalnya karena tidak ada rute atau waktu pengiriman habis, jadi perbaiki masalah domain atau DNS sebelum mengirim lagi.",
        },
        Subject::Protocol => &Texts {
            title: "Status Protokol Pengiriman Surat",
            description: "Digit subjek 5 melaporkan masalah pada percakapan SMTP itu sendiri: perintah dikirim dengan urutan yang salah, tidak dikenali, sintaksisnya keliru atau argumennya tidak valid, penerimanya terlalu banyak, versi protokolnya salah, atau baris AUTH terlalu panjang. Kesalahan ini biasanya berasal dari program pengirim atau dari koneksi yang tidak andal, bukan dari pesannya.",
            when_you_see_it: "Sebagai balasan atas perintah yang salah, biasanya bersama 500, 501, 502, 503, 504, atau 555. Postfix, misalnya, mengirim 503 5.5.1 jika RCPT TO datang sebelum MAIL FROM dan 452 4.5.3 jika sebuah pesan memiliki terlalu banyak penerima.",
            how_to_fix: "Pengembang atau administrator program pengirim harus memperbaikinya: periksa urutan dan ejaan perintah, dan pastikan program hanya memakai ekstensi dan parameter yang diumumkan server dalam balasannya atas EHLO. Perbarui atau perbaiki program atau pustakanya, lalu bandingkan log sesi dengan balasan server. Untuk penerima yang terlalu banyak (4.5.3), kirim penerima yang tersisa dalam transaksi berikutnya.",
        },
        Subject::Content => &Texts {
            title: "Status Isi atau Media Pesan",
            description: "Digit subjek 6 melaporkan masalah pada isi pesan: jenis medianya tidak didukung, konversi yang diperlukan dilarang atau gagal, isinya tidak tersedia, atau alamat dan header UTF-8 tidak dapat dibawa sampai ke penerima. Pengirim dan penerima sama-sama memengaruhi masalah ini, karena keduanya harus mendukung jenis isi yang sama.",
            when_you_see_it: "Biasanya setelah akhir data pesan yang dikirim dengan DATA atau BDAT, dan sebagai balasan atas MAIL FROM atau RCPT TO jika sebuah alamat berisi karakter non-ASCII. Postfix, misalnya, mengirim 553 5.6.7 jika klien memakai alamat Unicode tanpa menyatakan SMTPUTF8.",
            how_to_fix: "Biasanya pengirim harus mengubah pesannya: gunakan alamat ASCII jika pihak lain tidak mendukung SMTPUTF8, dan kirim lampiran serta pengodean teks yang diterima pihak penerima. Kode 4.6.x mungkin hilang jika konversi dicoba lagi nanti; kode 5.6.x memerlukan pesan yang diubah. Administrator perlu memastikan server mereka mengumumkan dan menangani ekstensi yang dibutuhkan penggunanya.",
        },
        Subject::Security => &Texts {
            title: "Status Keamanan atau Kebijakan",
            description: "Digit subjek 7 melaporkan penolakan berdasarkan keamanan atau kebijakan: relay atau akses ditolak, autentikasi atau enkripsi diwajibkan atau gagal, pemeriksaan pengirim seperti SPF, DKIM, atau ARC gagal, alamat IP pengirim masuk daftar blokir atau melampaui batas laju, atau operasi kriptografi gagal. Keputusan seperti ini dikendalikan oleh pengirim, penerima, atau keduanya.",
            when_you_see_it: "Kode ini dapat muncul di hampir setiap langkah: setelah AUTH, setelah perintah apa pun yang dikirim sebelum STARTTLS jika TLS diwajibkan (530 5.7.0), setelah MAIL FROM atau RCPT TO (misalnya \"554 5.7.1 Relay access denied\" dari Postfix), atau setelah akhir data pesan. Penyedia besar memakai banyak kode detail khusus dalam subjek ini, seperti 5.7.606 untuk alamat IP pengirim yang diblokir dan 4.7.500 untuk pembatasan akses sementara di Microsoft.",
            how_to_fix: "Baca teks setelah kode, karena biasanya teks itu menyebutkan kebijakan yang terlibat. Administrator pihak pengirim sebaiknya melakukan autentikasi sebelum me-relay, memakai STARTTLS, memublikasikan record SPF dan DKIM yang benar, serta memeriksa apakah alamat IP pengirim masuk daftar blokir dan meminta penghapusannya jika memang demikian. Dengan 4.7.x, turunkan laju pengiriman dan coba lagi nanti; dengan 5.7.x, perbaiki penyebabnya lebih dulu, dan hubungi administrator pihak penerima atau gunakan proses penghapusan dari daftar blokir milik penyedia jika Anda yakin pemblokiran itu keliru.",
        },
    }
}

/// The Indonesian texts of a registry row.
pub(crate) const fn enhanced(status: EnhancedStatus) -> &'static Texts {
    match status {
        EnhancedStatus::OtherUndefined => &Texts {
            title: "Status lain yang tidak terdefinisi",
            description: "Server hanya melaporkan kelas hasilnya, yaitu berhasil, gagal sementara, atau gagal permanen, tanpa subjek maupun detail. Registri menyediakan kode ini untuk keadaan ketika tidak ada informasi yang lebih spesifik atau tidak ada kode lain yang cocok.",
            when_you_see_it: "Bersama kode balasan dasar apa pun dan setelah perintah apa pun yang membawa kode status diperluas, misalnya 221 2.0.0 setelah QUIT, atau kesalahan umum seperti 451 4.0.0 atau 554 5.0.0. Server juga memakainya jika perangkat lunaknya tidak memiliki kode yang lebih rinci untuk masalah internal.",
            how_to_fix: "Dengan 2.0.0 tidak ada yang perlu diperbaiki. Dengan 4.0.0, biarkan server pengirim mencoba lagi nanti; dengan 5.0.0, jangan kirim ulang tanpa perubahan. Karena kode ini tidak menjelaskan penyebabnya, baca teks balasannya, dan jika teks itu tidak membantu, berikan balasan lengkap beserta waktu percobaan pengiriman kepada administrator server yang mengirimnya.",
        },
        EnhancedStatus::OtherAddress => &Texts {
            title: "Status alamat lainnya",
            description: "Ada sesuatu pada alamat pesan, baik alamat pengirim maupun alamat penerima, yang menyebabkan status ini, tetapi server tidak menyebutkan apa tepatnya. Ini adalah kode umum untuk subjek alamat.",
            when_you_see_it: "Bentuk sukses 250 2.1.0 adalah balasan yang lazim ketika MAIL FROM diterima. Bentuk kesalahannya muncul setelah MAIL FROM atau RCPT TO; Postfix, misalnya, memakai 5.1.0 alih-alih 5.1.1 jika alamat yang ditolaknya adalah alamat pengirim.",
            how_to_fix: "Dengan 2.1.0 tidak ada yang perlu diperbaiki: lanjutkan dengan RCPT TO. Dengan 5.1.0, periksa ejaan dan domain alamat yang disebut dalam balasan, lalu perbaiki sebelum mengirim lagi; dengan 4.1.0, pemeriksaan gagal untuk sementara, jadi coba lagi nanti. Jika yang ditolak adalah alamat pengirim, administrator pihak pengirim perlu memastikan bahwa alamat itu ada dan diterima oleh server penerima.",
        },
        EnhancedStatus::BadDestinationMailbox => &Texts {
            title: "Alamat kotak surat tujuan salah",
            description: "Kotak surat penerima tidak ada di sistem tujuan: bagian alamat di sebelah kiri tanda @ tidak dikenal di sana. Registri mendefinisikannya hanya untuk kegagalan permanen, sehingga kode ini biasanya muncul sebagai 5.1.1.",
            when_you_see_it: "Sebagai balasan atas RCPT TO, biasanya berupa 550 5.1.1, atau dalam laporan kegagalan pengiriman setelah server penerima menolak alamat tersebut. Postfix, misalnya, mengirimnya jika pengguna tidak ada dalam tabel penerima lokalnya. Registri juga mencantumkan 451 di antara kode balasan dasar untuk X.1.1, padahal teksnya sendiri hanya mengizinkan kelas 5, dan registri tidak menjelaskan alasan pasangan itu. Balasan 451 harus membawa kode status diperluas kelas 4 (RFC 2034), sehingga pasangan ini berbunyi 451 4.1.1: balasan sementara bahwa kotak surat belum dapat diverifikasi sekarang karena kesalahan lokal saat pemrosesan menghalangi server memeriksa alamat tersebut; balasan ini belum menyatakan apa pun tentang ada atau tidaknya kotak surat itu.",
            how_to_fix: "Periksa ejaan bagian sebelum tanda @ dan tanyakan alamat yang benar kepada penerima melalui saluran lain; jangan kirim ulang ke alamat yang sama tanpa perubahan. Hapus alamat yang terus gagal dari milis. Jika kotak surat itu seharusnya ada, administrator pihak penerima harus memeriksa tabel pengguna dan alias. Setelah 451 4.1.1, jangan hapus alamat tersebut: biarkan server pengirim mencoba lagi nanti, dan jika balasan yang sama terus muncul, tanyakan kepada administrator pihak penerima mengapa server tidak dapat memverifikasi kotak suratnya.",
        },
        EnhancedStatus::BadDestinationSystem => &Texts {
            title: "Alamat sistem tujuan salah",
            description: "Domain alamat penerima, yaitu bagian di sebelah kanan tanda @, tidak ada atau tidak dapat menerima email. Registri mendefinisikannya hanya untuk kegagalan permanen, sehingga kode ini muncul sebagai 5.1.2.",
            when_you_see_it: "Dalam laporan kegagalan pengiriman dari server pengirim Anda sendiri ketika pencarian DNS untuk domain penerima tidak menemukan domain tersebut, atau sebagai balasan atas RCPT TO dari server yang memeriksa domain penerima sebelum me-relay, seperti server keluar milik penyedia Anda.",
            how_to_fix: "Periksa apakah ada salah ketik pada domain, seperti huruf yang tertukar atau hilang, dan perbaiki alamatnya sebelum mengirim lagi. Jika ejaan domain sudah benar, pemiliknya harus memublikasikan record DNS yang berfungsi untuk domain itu, jadi beri tahu penerima melalui saluran lain.",
        },
        EnhancedStatus::BadDestinationMailboxSyntax => &Texts {
            title: "Sintaksis alamat kotak surat tujuan salah",
            description: "Bentuk alamat penerima tidak valid: bagian mana pun dari alamat itu bisa salah, misalnya berisi karakter terlarang atau spasi, tidak memiliki domain, atau memuat lebih dari satu tanda @. Registri mendefinisikannya hanya untuk kegagalan permanen, sehingga kode ini muncul sebagai 5.1.3.",
            when_you_see_it: "Sebagai balasan atas RCPT TO, sering berupa 501 5.1.3, ketika program mengirim alamat yang tidak dapat diurai oleh server. Kode ini juga muncul jika alamat ditempelkan bersama karakter tambahan, seperti nama tampilan atau titik di akhir.",
            how_to_fix: "Perbaiki alamatnya: alamat harus terdiri dari bagian lokal, satu tanda @, dan domain, yang diapit tanda kurung sudut dalam perintah RCPT TO. Pengembang perlu memeriksa cara program menyusun perintah tersebut dan memastikan bahwa nama tampilan serta spasi dibuang. Jangan mencoba lagi sebelum alamatnya diperbaiki.",
        },
        EnhancedStatus::DestinationMailboxAmbiguous => &Texts {
            title: "Alamat kotak surat tujuan ambigu",
            description: "Alamat penerima cocok dengan lebih dari satu kotak surat di sistem tujuan, sehingga server tidak dapat menentukan kotak surat mana yang dimaksud. Hal ini dapat terjadi jika server menebak kotak surat lokal mana yang cocok dengan alamat atau nama yang tidak lengkap.",
            when_you_see_it: "Sebagai balasan atas RCPT TO atau VRFY; contohnya dalam RFC 5321 adalah \"553 User ambiguous\". Registri tidak membatasi kelasnya; bentuk yang lazim adalah 5.1.4 yang permanen.",
            how_to_fix: "Gunakan alamat lengkap dan tepat dari penerima yang dimaksud, bukan nama pendek atau alamat sebagian. Dengan 5.1.4, ubah alamatnya sebelum mengirim lagi; kode 4.1.4 mungkin hilang setelah direktori server diperbarui, sehingga mencoba lagi nanti dapat membantu. Administrator pihak penerima perlu memastikan bahwa setiap alamat dan alias hanya mengarah ke satu kotak surat.",
        },
        EnhancedStatus::DestinationAddressValid => &Texts {
            title: "Alamat tujuan valid",
            description: "Alamat penerima telah diperiksa dan valid, dan server bersedia menerima email untuk alamat tersebut. Registri menetapkan kode ini untuk laporan positif, sehingga kode ini muncul sebagai 2.1.5.",
            when_you_see_it: "Sebagai balasan atas RCPT TO, berupa 250 2.1.5, untuk setiap penerima yang diterima server, dan dalam pemberitahuan status pengiriman yang melaporkan pengiriman yang berhasil.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: kirim RCPT TO berikutnya atau lanjutkan dengan DATA. Diterimanya sebuah alamat tidak menjamin pesan sampai di tujuan akhir, jadi laporan kegagalan pengiriman masih mungkin datang kemudian. Jika seorang penerima mendapat kode lain, cari arti kode tersebut.",
        },
        EnhancedStatus::MailboxMovedNoForwarding => &Texts {
            title: "Kotak surat tujuan telah pindah, tanpa alamat penerusan",
            description: "Alamat penerima dahulu valid, tetapi kotak suratnya tidak lagi menerima email dan server tidak mengetahui alamat baru untuk meneruskannya. Berbeda dengan 251 dan 551, balasan ini tidak menyebutkan alamat penerusan; registri mendefinisikannya hanya untuk kegagalan permanen, sehingga kode ini muncul sebagai 5.1.6.",
            when_you_see_it: "Sebagai balasan atas RCPT TO atau dalam laporan kegagalan pengiriman, biasanya setelah penerima keluar dari suatu organisasi atau akunnya diganti namanya atau ditutup.",
            how_to_fix: "Jangan kirim ke alamat ini lagi. Cari alamat baru penerima melalui saluran lain, perbarui buku alamat Anda, dan hapus alamat lama dari milis.",
        },
        EnhancedStatus::BadSenderMailboxSyntax => &Texts {
            title: "Sintaksis alamat kotak surat pengirim salah",
            description: "Bentuk alamat pengirim pada amplop tidak valid: bagian mana pun dari alamat itu bisa salah, misalnya tidak memiliki domain atau berisi spasi atau karakter terlarang.",
            when_you_see_it: "Sebagai balasan atas MAIL FROM, sering bersama 501 atau 553, ketika program mengirim alamat pengirim yang tidak dapat diurai oleh server, misalnya nama pengguna saja tanpa domain. Skrip dan perangkat pengirim email yang konfigurasinya salah, seperti printer dan alat pemantauan, sering menjadi penyebabnya.",
            how_to_fix: "Atur alamat pengirim yang lengkap, dengan bagian lokal, satu tanda @, dan domain yang nyata, di program atau perangkat tersebut, dan pastikan alamat itu diapit tanda kurung sudut dalam perintah MAIL FROM. Registri tidak membatasi kelasnya, tetapi kesalahan sintaksis tidak hilang dengan menunggu, jadi perbaiki alamatnya sebelum mengirim lagi, baik kodenya 4.1.7 maupun 5.1.7.",
        },
        EnhancedStatus::BadSenderSystem => &Texts {
            title: "Alamat sistem pengirim salah",
            description: "Domain alamat pengirim, yaitu bagian di sebelah kanan tanda @, tidak ada atau tidak dapat menerima email balasan seperti laporan kegagalan pengiriman. Server penerima menolak pengirim seperti ini karena balasan dan laporan kegagalan kepadanya tidak akan dapat dikirim.",
            when_you_see_it: "Sebagai balasan atas MAIL FROM ketika server penerima mencari domain pengirim di DNS. Bentuk sementara seperti 451 4.1.8 berarti pencarian itu gagal untuk saat ini; bentuk permanen seperti 501 5.1.8 berarti domainnya tidak ada atau tidak memiliki record MX atau A yang dapat dipakai untuk email.",
            how_to_fix: "Administrator pihak pengirim harus mengirim hanya dari domain yang ada di DNS publik dan memiliki record MX atau record alamat, dan jangan pernah memakai nama internal yang hanya ada di jaringan lokal. Dengan 4.1.8, pastikan server DNS otoritatif untuk domain pengirim menjawab dengan andal, lalu biarkan pesan dicoba lagi. Dengan 5.1.8, perbaiki alamat pengirim atau DNS domainnya sebelum mengirim lagi.",
        },
        EnhancedStatus::RelayedToNonCompliantMailer => &Texts {
            title: "Pesan di-relay ke sistem email yang tidak mematuhi standar",
            description: "Pesan telah di-relay ke sistem email yang tidak mendukung standar pelaporan status, sehingga sistem yang membuat laporan tidak dapat mengikuti pesan itu lebih jauh. Ini adalah status informatif dari RFC 3886, bukan kesalahan.",
            when_you_see_it: "Dalam pemberitahuan status pengiriman atau laporan pelacakan pesan, bukan dalam balasan atas perintah; RFC 3886 mewajibkan 2.1.9 hanya dipakai bersama nilai Action \"relayed\".",
            how_to_fix: "Tidak ada yang perlu diperbaiki, karena pesan sudah meninggalkan sistem yang membuat laporan. Tidak akan ada laporan otomatis berikutnya, jadi jika Anda memerlukan konfirmasi bahwa pesan sampai di tujuan akhir, tanyakan langsung kepada penerima.",
        },
        EnhancedStatus::RecipientNullMx => &Texts {
            title: "Alamat penerima memiliki null MX",
            description: "Domain alamat penerima telah memublikasikan record null MX sesuai RFC 7505, yang menyatakan bahwa domain itu sama sekali tidak menerima email. Tidak ada alamat di domain tersebut yang dapat menerima pesan ini.",
            when_you_see_it: "Bersama kode balasan dasar 556 dari RFC 7504, biasanya dalam laporan kegagalan pengiriman dari server pengirim Anda sendiri setelah server itu menemukan null MX di DNS, atau sebagai balasan atas RCPT TO dari server relay yang memeriksa domain penerima. Kode ini muncul sebagai 5.1.10, karena null MX adalah pernyataan permanen dari pemilik domain.",
            how_to_fix: "Jangan mencoba lagi: mintalah kepada penerima alamat di domain yang menerima email. Jika Anda pemilik domain itu dan ingin domain tersebut menerima email, ganti record null MX dengan record MX yang mengarah ke server email Anda.",
        },
        EnhancedStatus::OtherMailbox => &Texts {
            title: "Status kotak surat lain atau tidak terdefinisi",
            description: "Kotak surat penerima ada, tetapi suatu masalah pada kotak surat tersebut menghentikan atau menunda pengiriman, dan server tidak menyebutkan penyebab yang lebih rinci daripada subjek kotak surat. Bentuk 4.2.0 menandakan kondisi yang diperkirakan akan pulih, sedangkan 5.2.0 berarti kotak surat tidak akan menerima pesan ini dalam keadaan sekarang.",
            when_you_see_it: "Kode ini muncul sebagai balasan atas RCPT TO, setelah titik penutup data pesan, atau dalam laporan kegagalan pengiriman dari server yang mengenali kotak surat tersebut tetapi tidak memiliki kode detail khusus untuk masalahnya. Teks setelah kode biasanya menjelaskan lebih banyak daripada kodenya sendiri.",
            how_to_fix: "Baca teks balasan untuk mengetahui penyebab sebenarnya. Untuk 4.2.0, biarkan server Anda mencoba lagi nanti, karena server melakukannya secara otomatis. Untuk 5.2.0, jangan kirim ulang pesan yang sama; hubungi penerima melalui saluran lain atau minta administrator pihak penerima memeriksa kotak surat tersebut, karena hanya mereka yang dapat memperbaikinya.",
        },
        EnhancedStatus::MailboxDisabled => &Texts {
            title: "Kotak surat dinonaktifkan, tidak menerima pesan",
            description: "Kotak surat penerima ada, tetapi dinonaktifkan untuk email masuk, misalnya karena akunnya ditangguhkan, dikunci, atau sedang ditutup. Kode 4.2.1 berarti kotak surat hanya dinonaktifkan sementara dan dapat menerima pesan lagi, sedangkan 5.2.1 berarti kotak surat tidak diperkirakan akan diaktifkan kembali.",
            when_you_see_it: "Kode ini biasanya menjadi balasan atas RCPT TO untuk penerima tersebut, atau muncul dalam laporan kegagalan pengiriman dari sistem penerima. Gmail juga mengirim 450 4.2.1 ketika penerima menerima pesan terlalu cepat; itu adalah batas laju, bukan kotak surat yang dinonaktifkan.",
            how_to_fix: "Untuk 4.2.1, server Anda akan mencoba lagi nanti secara otomatis; jika teks balasan menyebut pesan yang masuk terlalu cepat, turunkan laju pengiriman Anda ke penerima tersebut. Untuk 5.2.1, hentikan pengiriman ke alamat itu dan hubungi penerima melalui cara lain, karena hanya administrator pihak penerima yang dapat mengaktifkan kembali kotak surat tersebut.",
        },
        EnhancedStatus::MailboxFull => &Texts {
            title: "Kotak surat penuh",
            description: "Kotak surat penerima telah menghabiskan kuota penyimpanannya atau ruang yang tersedia baginya, sehingga pesan baru tidak akan muat sampai pemiliknya menghapus sebagian pesan. Registri mendefinisikannya sebagai kegagalan sementara yang berlanjut (4.2.2), tetapi banyak server mengirim 552 5.2.2, sehingga server pengirim mengembalikan pesan alih-alih mencoba lagi.",
            when_you_see_it: "Kode ini menjadi balasan atas RCPT TO, muncul setelah titik penutup data pesan ketika server sudah mengetahui ukurannya, atau tercantum dalam laporan kegagalan pengiriman. Registri mencantumkan kode balasan dasar 552 untuknya; bentuk sementaranya memakai kode balasan dasar 4yz bersama 4.2.2.",
            how_to_fix: "Pengirim tidak dapat memperbaiki masalah ini: penerima harus menghapus atau mengarsipkan pesan, atau administrator pihak penerima harus menaikkan kuotanya. Untuk 4.2.2, server Anda terus mencoba lagi dan pesan akan terkirim setelah ruang tersedia; untuk 5.2.2, beri tahu penerima melalui saluran lain lalu kirim ulang pesan nanti.",
        },
        EnhancedStatus::MessageLengthExceedsLimit => &Texts {
            title: "Panjang pesan melebihi batas administratif",
            description: "Pesan lebih besar daripada batas ukuran yang ditetapkan khusus untuk kotak surat ini, yaitu batas yang lebih rendah daripada batas umum sistem penerima, yang dilaporkan dengan X.3.4. Ini adalah kegagalan permanen (5.2.3): mengirim ulang pesan yang sama akan gagal dengan cara yang sama.",
            when_you_see_it: "Kode ini menjadi balasan atas RCPT TO ketika MAIL FROM sudah menyatakan ukuran pesan dengan parameter SIZE, atau muncul setelah titik penutup data pesan, biasanya dengan kode balasan dasar 552. Penerima lain dari pesan yang sama di server yang sama mungkin tetap menerimanya.",
            how_to_fix: "Perkecil pesan: bagikan berkas besar melalui tautan, kompres lampiran, atau bagi isinya ke dalam beberapa pesan, lalu kirim lagi. Jika penerima ini memang perlu menerima pesan besar, administrator pihak penerima harus menaikkan batas untuk kotak surat tersebut.",
        },
        EnhancedStatus::MailingListExpansionProblem => &Texts {
            title: "Masalah penjabaran milis",
            description: "Alamat tujuan adalah sebuah milis, dan server tidak dapat menjabarkannya menjadi alamat para anggotanya, misalnya karena definisi milis rusak atau pencarian data anggotanya gagal. Kode 4.2.4 melaporkan masalah sementara, sedangkan 5.2.4 berarti milis tidak dapat dijabarkan dengan pengaturannya saat ini.",
            when_you_see_it: "Kode ini menjadi balasan atas RCPT TO untuk alamat milis, dengan kode balasan dasar 450 atau 452 untuk bentuk sementaranya sesuai registri, atau muncul dalam laporan kegagalan pengiriman dari server milis setelah server itu menerima pesan. Kode ini berbeda dari X.7.2, yaitu ketika milis menolak pengirimnya.",
            how_to_fix: "Pemilik milis atau administrator pihak penerima harus memperbaiki milis tersebut: alamat anggotanya, konfigurasinya, atau aksesnya ke direktori yang menyimpan data anggota. Untuk 4.2.4, server pengirim akan mencoba lagi dengan sendirinya; untuk 5.2.4, beri tahu pemilik milis dan kirim ulang setelah mereka memastikan masalahnya sudah diperbaiki.",
        },
        EnhancedStatus::OtherMailSystem => &Texts {
            title: "Status sistem surat lain atau tidak terdefinisi",
            description: "Sistem surat penerima, yang biasanya menerima pesan, melaporkan suatu kondisi di dalam sistemnya sendiri tanpa menyebutkannya secara lebih rinci. Registri memasangkannya dengan kode balasan dasar 221, 250, 421, 451, 550, dan 554, sehingga bentuk 2.3.0, 4.3.0, dan 5.3.0 semuanya dapat muncul.",
            when_you_see_it: "Kode ini sering muncul sebagai 421 4.3.0 atau 451 4.3.0 ketika server penerima mengalami gangguan sesaat, misalnya balasan 421 4.3.0 yang diberikan Gmail untuk masalah sistem sementara. Bentuk 5.3.0 menjadi balasan atas RCPT TO atau atas akhir data pesan ketika sistem menolak karena alasan internal, dan 2.3.0 muncul pada balasan sukses biasa seperti 250 atau 221.",
            how_to_fix: "Untuk 2.3.0, tidak ada yang perlu diperbaiki. Untuk 4.3.0, biarkan server Anda mencoba lagi, karena gangguannya ada di pihak penerima. Untuk 5.3.0, baca teks balasannya, dan jika tidak ada penyebab yang disebutkan, kirimkan balasan lengkap beserta waktu kejadiannya kepada administrator pihak penerima, yang dapat menelusurinya di log server.",
        },
        EnhancedStatus::MailSystemFull => &Texts {
            title: "Sistem surat penuh",
            description: "Sistem penerima secara keseluruhan kehabisan ruang penyimpanan, misalnya karena disk atau antrean email penuh, sehingga tidak dapat menerima pesan untuk siapa pun. Berbeda dengan kotak surat penuh (X.2.2), penerima tidak dapat mengosongkan ruang dengan menghapus pesan, dan registri hanya mengizinkan bentuk sementara 4.3.1.",
            when_you_see_it: "Kode ini menjadi balasan atas MAIL FROM, RCPT TO, atau akhir data pesan dengan kode balasan dasar 452, seperti balasan Postfix \"452 4.3.1 Insufficient system storage\". Server juga dapat memberikannya atas MAIL FROM ketika ukuran yang dinyatakan dengan parameter SIZE untuk saat ini tidak muat dalam ruang kosongnya.",
            how_to_fix: "Tunggu dan biarkan server Anda mencoba lagi; pesan akan terkirim setelah pihak penerima mengosongkan ruang penyimpanan. Jika kondisi ini berlangsung berjam-jam, beri tahu administrator pihak penerima, yang harus mengosongkan atau menambah ruang disk untuk antrean email dan tempat penyimpanan email.",
        },
        EnhancedStatus::SystemNotAcceptingMessages => &Texts {
            title: "Sistem tidak menerima pesan dari jaringan",
            description: "Server yang menyimpan kotak surat penerima tidak menerima pesan dari jaringan, misalnya karena sedang dalam pemeliharaan, bebannya terlalu tinggi, akan segera dimatikan, atau memang tidak pernah menerima email. Kode 4.3.2 berarti kondisi ini seharusnya berlalu, sedangkan 5.3.2 berarti server tersebut tidak menerima email, seperti kode balasan dasar 521 dari RFC 7504.",
            when_you_see_it: "Kode ini cenderung muncul di awal koneksi sebagai balasan atas perintah-perintah pertama, dalam bentuk 421 4.3.2 atau 521 5.3.2, dan relay yang tidak dapat menyerahkan pesan dapat mengutip balasan yang sama dalam laporan kegagalan pengiriman. Microsoft Exchange Online juga mengirim 432 4.3.2 ketika satu kotak surat penerima sedang dikenai pembatasan laju karena menerima terlalu banyak pesan dalam waktu singkat.",
            how_to_fix: "Untuk 4.3.2, biarkan server Anda mencoba lagi nanti. Untuk 5.3.2, pastikan Anda menghubungi server yang benar dengan memeriksa record MX domain penerima; jika server tersebut memang tidak menerima email, penerima harus memberi Anda alamat pada domain yang menerima email.",
        },
        EnhancedStatus::SystemNotCapable => &Texts {
            title: "Sistem tidak mendukung fitur yang dipilih",
            description: "Pesan meminta fitur yang tidak dapat disediakan oleh sistem tujuan, misalnya opsi pengiriman atau ekstensi layanan yang tidak didukung oleh sistem berikutnya. Gateway melaporkannya ketika fitur dari satu sistem surat tidak memiliki padanan di sistem lainnya.",
            when_you_see_it: "Kode ini menjadi balasan atas perintah yang meminta fitur tersebut, biasanya MAIL FROM atau RCPT TO dengan parameter ekstensi, atau muncul dalam laporan kegagalan pengiriman dari gateway yang tidak dapat membawa fitur itu lebih jauh. Registri tidak menetapkan batas kelas, sehingga 4.3.3 dan 5.3.3 sama-sama dapat muncul.",
            how_to_fix: "Cari dari teks balasan fitur mana yang ditolak, lalu kirim pesan tanpa fitur tersebut. Untuk 4.3.3, fitur itu mungkin tersedia nanti sehingga percobaan ulang dapat berhasil; untuk 5.3.3, ubah dulu pesan atau opsinya, atau minta administrator pihak penerima untuk mendukung fitur tersebut.",
        },
        EnhancedStatus::MessageTooBigForSystem => &Texts {
            title: "Pesan terlalu besar untuk sistem",
            description: "Pesan lebih besar daripada ukuran maksimum yang diterima sistem penerima untuk satu pesan, yaitu batas yang ditetapkan karena alasan teknis atau administratif. Berbeda dengan X.2.3, batas ini berlaku untuk seluruh sistem, bukan untuk satu kotak surat, dan kode ini hanya ada dalam bentuk permanen 5.3.4.",
            when_you_see_it: "Kode ini menjadi balasan atas MAIL FROM ketika parameter SIZE menyatakan ukuran di atas batas yang diumumkan server melalui SIZE dalam balasan EHLO-nya, atau muncul setelah titik penutup data pesan ketika ukuran sebenarnya terlalu besar, seperti balasan Postfix \"552 5.3.4 Message size exceeds fixed limit\". Registri memasangkannya dengan kode balasan dasar 552 dan 554.",
            how_to_fix: "Bandingkan ukuran pesan setelah dikodekan dengan nilai SIZE dalam balasan EHLO server, lalu perkecil pesan hingga di bawah nilai itu: bagikan berkas besar melalui tautan, kompres berkasnya, atau bagi pesannya. Mengirim ulang tanpa perubahan akan gagal lagi, dan hanya administrator pihak penerima yang dapat menaikkan batas sistem.",
        },
        EnhancedStatus::SystemIncorrectlyConfigured => &Texts {
            title: "Sistem salah dikonfigurasi",
            description: "Sistem penerima dikonfigurasi dengan cara yang membuatnya tidak dapat menerima pesan ini, misalnya domain yang tidak tercantum dalam pengaturannya atau rute pengiriman internal yang rusak. Kesalahannya ada di pihak penerima, bukan pada pesan atau pengirim.",
            when_you_see_it: "Kode ini menjadi balasan atas RCPT TO atau akhir data pesan, atau muncul dalam laporan kegagalan pengiriman yang dibuat di dalam organisasi penerima, sering kali tidak lama setelah ada perubahan konfigurasi di sana. Bentuk 4.3.5 maupun 5.3.5 dapat muncul karena registri tidak menetapkan batas kelas.",
            how_to_fix: "Sebagai pengirim, Anda tidak perlu mengubah apa pun pada pesan; kirimkan balasan lengkap beserta waktu kejadiannya kepada administrator pihak penerima. Administrator tersebut sebaiknya memeriksa log server pada waktu itu dan memperbaiki pengaturan domain, perutean, atau filter; untuk 4.3.5, server Anda terus mencoba lagi selama menunggu.",
        },
        EnhancedStatus::PriorityChanged => &Texts {
            title: "Prioritas yang diminta telah diubah",
            description: "Kode yang didefinisikan oleh RFC 6710 (MT-PRIORITY) ini melaporkan bahwa pesan diterima untuk di-relay atau dikirimkan, tetapi tidak dengan prioritas yang diminta klien atau dengan prioritas bawaan. Teks balasan diawali dengan nilai prioritas yang baru, diikuti spasi dan penjelasan.",
            when_you_see_it: "Kode ini hanya muncul pada balasan sukses 250 atau 251, dalam bentuk 2.3.6, dari server yang mengumumkan MT-PRIORITY dalam balasan EHLO-nya, ketika transaksi meminta prioritas melalui parameter MT-PRIORITY pada MAIL FROM atau mengandalkan prioritas bawaan.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: pesan sudah diterima dan transaksi berlanjut seperti biasa. Jika prioritas penting bagi Anda, baca nilai baru dalam teks balasan dan tanyakan kepada administrator server penerima prioritas mana yang boleh dipakai akun Anda; penolakan karena alasan prioritas akan muncul sebagai X.7.15.",
        },
        EnhancedStatus::OtherNetworkRouting => &Texts {
            title: "Status jaringan atau perutean lain atau tidak terdefinisi",
            description: "Pengiriman gagal atau tertunda karena masalah jaringan atau perutean yang tidak dapat dijelaskan oleh sistem pelapor dengan kode yang lebih spesifik. Kode 4.4.0 melaporkan masalah sementara yang mungkin pulih, sedangkan 5.4.0 berarti sistem sudah menyerah pada rute ini.",
            when_you_see_it: "Kode ini umumnya muncul dalam laporan kegagalan pengiriman, pemberitahuan penundaan, dan log server Anda sendiri atau relay yang tidak dapat menjangkau server berikutnya. Relay juga dapat memberikannya sebagai balasan atas RCPT TO ketika tidak dapat merutekan pesan lebih jauh.",
            how_to_fix: "Periksa jalur ke server berikutnya: pencarian DNS untuk record MX domain penerima, apakah koneksi keluar ke port 25 lolos dari firewall Anda, dan log relay yang ada di antaranya. Untuk 4.4.0, server Anda akan mencoba lagi dengan sendirinya; untuk 5.4.0, perbaiki masalah perutean lalu kirim ulang pesan.",
        },
        EnhancedStatus::NoAnswerFromHost => &Texts {
            title: "Tidak ada jawaban dari host",
            description: "Server pengirim mencoba membuka koneksi ke server berikutnya, tetapi server tersebut tidak menjawab karena sibuk, mati, atau tidak dapat dijangkau. Registri hanya mengizinkan bentuk sementara 4.4.1.",
            when_you_see_it: "Karena tidak ada percakapan SMTP yang terjadi, kode ini tidak berasal dari server tujuan: server atau relay Anda sendiri yang menuliskannya di log, di pemberitahuan penundaan, dan di laporan kegagalan pengiriman setelah percobaan ulang habis. Biasanya, upaya koneksinya ke port 25 milik server MX penerima mengalami timeout atau ditolak.",
            how_to_fix: "Dari server pengirim, pastikan record MX domain penerima benar dan koneksi ke port 25 server-server tersebut dapat dibuka; pemblokiran port 25 keluar oleh firewall atau oleh penyedia jaringan adalah penyebab yang umum. Jika server tujuan mati, hanya administratornya yang dapat memperbaikinya, dan server Anda terus mencoba lagi sampai masa simpan antreannya habis.",
        },
        EnhancedStatus::BadConnection => &Texts {
            title: "Koneksi buruk",
            description: "Koneksi ke server berikutnya berhasil dibuka, tetapi transaksi tidak dapat diselesaikan karena timeout atau karena koneksi yang buruk atau terputus. Registri hanya mengizinkan bentuk sementara 4.4.2, dengan kode balasan dasar 421.",
            when_you_see_it: "Server mengirim 421 4.4.2 ketika menutup koneksi, misalnya setelah terlalu lama menunggu perintah berikutnya atau data pesan. Server Anda sendiri juga mencatatnya di log dan pemberitahuan penundaan ketika pihak seberang memutus koneksi di tengah transaksi, yang menurut RFC 5321 diperlakukan seperti balasan 451.",
            how_to_fix: "Biarkan server Anda mencoba lagi. Jika terus terjadi dengan satu tujuan, cari gangguan di jalur antara kedua server, seperti paket yang hilang atau firewall atau proxy yang memutus koneksi yang berlangsung lama, serta langkah yang lambat di sisi klien, seperti pemindaian isi yang menunda perintah berikutnya.",
        },
        EnhancedStatus::DirectoryServerFailure => &Texts {
            title: "Kegagalan server direktori",
            description: "Sistem surat tidak dapat mengirimkan pesan lebih lanjut karena server direktori yang dibutuhkannya tidak tersedia; gagal menghubungi server DNS adalah contoh yang paling umum, dan pencarian penerima yang gagal di direktori seperti LDAP adalah contoh lainnya. Registri hanya mengizinkan bentuk sementara 4.4.3, meskipun mencantumkan 451 dan 550 sebagai kode balasan dasarnya.",
            when_you_see_it: "Server penerima membalas RCPT TO dengan 451 4.4.3 ketika tidak dapat mencari data penerima atau memeriksa domain pengirim, dan server Anda sendiri melaporkannya dalam pemberitahuan penundaan ketika tidak dapat menemukan record MX domain penerima melalui DNS.",
            how_to_fix: "Tunggu percobaan ulang, yang sering berhasil setelah direktori kembali menjawab. Jika masalah berlanjut, administrator sistem yang melaporkannya harus memeriksa resolver DNS atau server direktorinya: apakah berjalan, dapat dijangkau, dan menjawab tepat waktu; sebagai administrator pihak pengirim, uji pencarian MX untuk domain penerima dari server Anda sendiri.",
        },
        EnhancedStatus::UnableToRoute => &Texts {
            title: "Tidak dapat merutekan",
            description: "Sistem surat tidak dapat menentukan server berikutnya untuk pesan karena informasi perutean yang dibutuhkannya, biasanya dari DNS, tidak tersedia. Jawaban DNS yang hanya berisi record SOA untuk domain tersebut, tanpa record MX atau record alamat, adalah contoh klasiknya; 4.4.4 bersifat sementara dan 5.4.4 bersifat permanen.",
            when_you_see_it: "Kode ini umumnya muncul dalam laporan kegagalan pengiriman dari server Anda sendiri atau relay setelah pencarian record MX dan record alamat untuk domain penerima tidak memberikan hasil yang dapat dipakai. Relay juga dapat membalas RCPT TO dengan kode ini ketika tidak memiliki rute untuk domain tersebut.",
            how_to_fix: "Periksa apakah ada salah ketik pada domain penerima, lalu cari record MX dan record alamatnya. Jika domain itu tidak memilikinya, administrator domain penerima harus memublikasikannya; jika record itu ada, periksa resolver DNS dan pengaturan perutean server Anda. Untuk 4.4.4, percobaan ulang dapat berhasil; untuk 5.4.4, kirim ulang hanya setelah penyebabnya diperbaiki.",
        },
        EnhancedStatus::MailSystemCongestion => &Texts {
            title: "Kemacetan sistem surat",
            description: "Sistem surat tidak dapat mengirimkan pesan karena sedang macet, dengan lebih banyak pesan atau koneksi daripada yang dapat ditanganinya saat itu. Registri hanya mengizinkan bentuk sementara 4.4.5, dengan kode balasan dasar 451.",
            when_you_see_it: "Kode ini dapat menjadi balasan atas hampir semua perintah ketika server kelebihan beban, misalnya balasan sibuk 421 4.4.5 yang dikirim Gmail, dan juga muncul dalam pemberitahuan penundaan dari relay yang menahan pesan di antreannya.",
            how_to_fix: "Biarkan server Anda mencoba lagi nanti; biasanya berhasil setelah bebannya turun. Jika sering terjadi dengan satu tujuan, kurangi jumlah koneksi paralel dan laju pengiriman ke tujuan itu; jika sistem yang macet adalah milik Anda, administratornya harus menambah kapasitas atau membagi beban.",
        },
        EnhancedStatus::RoutingLoopDetected => &Texts {
            title: "Perulangan perutean terdeteksi",
            description: "Pesan terlalu sering diteruskan karena berputar dalam perulangan, yang disebabkan oleh tabel perutean yang salah antarserver atau oleh aturan penerusan yang mengirimkannya bolak-balik antarkotak surat. Registri hanya mengizinkan 4.4.6, tetapi server yang memutus perulangan biasanya mengembalikan pesan, sehingga 5.4.6 juga dapat ditemui.",
            when_you_see_it: "Kode ini muncul dalam laporan kegagalan pengiriman, biasanya setelah server menghitung terlalu banyak baris Received pada header pesan. Perulangan sering bermula setelah perubahan record MX, pengaturan relay, atau aturan penerusan kotak surat.",
            how_to_fix: "Baca baris Received pada pesan yang dikembalikan untuk melihat di antara server mana pesan itu berputar, lalu perbaiki record MX, pengaturan relay, atau aturan penerusan pada server tersebut. Periksa aturan penerusan dan balasan otomatis pada kotak surat pengirim maupun penerima; mengirim ulang sebelum diperbaiki hanya akan membuat pesan berputar lagi.",
        },
        EnhancedStatus::DeliveryTimeExpired => &Texts {
            title: "Waktu pengiriman habis",
            description: "Sebuah server menganggap pesan sudah terlalu lama: pesan berada di antrean lebih lama daripada yang diizinkan server itu, atau batas waktu yang ditetapkan pengirim terlewati sebelum pengiriman berhasil. Registri tidak menetapkan batas kelas, sehingga sebagian server memakai 4.4.7 dan sebagian lain 5.4.7 untuk pesan kedaluwarsa yang sama; baca laporannya untuk mengetahui apakah pengiriman masih dicoba.",
            when_you_see_it: "Kode ini muncul dalam pemberitahuan penundaan atau laporan kegagalan pengiriman dari server Anda sendiri atau dari relay di sepanjang jalur, setelah percobaan selama berjam-jam atau berhari-hari gagal. RFC 3463 meminta sistem pelapor memberikan kode masalah yang sebenarnya bila memungkinkan, sehingga laporan sering juga memuat kesalahan terakhir yang ditemuinya.",
            how_to_fix: "Cari di teks diagnostik laporan atau di log server Anda balasan atau kesalahan koneksi terakhir dari setiap percobaan, misalnya server yang tidak menjawab, greylisting, atau kotak surat penuh, lalu perbaiki penyebab itu. Jika laporan menyatakan pengiriman telah gagal, kirim ulang pesan setelah penyebabnya diperbaiki, karena server sudah berhenti mencoba lagi.",
        },
        // X.5.0
        EnhancedStatus::OtherProtocol => &Texts {
            title: "Status protokol lain atau tidak terdefinisi",
            description: "Ini adalah status umum tentang jalannya percakapan SMTP itu sendiri, yang dipakai ketika tidak ada kode detail X.5 yang lebih spesifik yang cocok. Artinya ditentukan oleh digit kelas: 2.5.0 menyatakan bahwa satu langkah protokol berhasil, 4.5.0 melaporkan masalah protokol yang sementara, dan 5.5.0 masalah yang permanen.",
            when_you_see_it: "Kode ini dapat muncul setelah hampir semua perintah, karena registri memasangkannya dengan kode balasan dasar mulai dari 220, 250, dan 252 hingga 451, 454, 501, 503, dan 554. Postfix, misalnya, mengirim 554 5.5.0 untuk kesalahan sinkronisasi protokol, yaitu ketika klien mengirim perintah sebelum salam pembuka atau mendahului balasan server tanpa PIPELINING.",
            how_to_fix: "Dengan 2.5.0 tidak ada yang perlu diperbaiki. Dengan 4.5.0 program pengirim sebaiknya mencoba lagi nanti; dengan 5.5.0 percakapan yang sama akan gagal lagi, sehingga administrator pihak pengirim perlu membaca teks setelah kode serta log sesi klien untuk menemukan perintah yang merusak percakapan. Untuk kesalahan sinkronisasi, pastikan klien menunggu salam pembuka dan setiap balasan, dan hanya mengirim perintah secara beruntun (pipelining) jika server mencantumkan PIPELINING dalam balasan EHLO-nya.",
        },
        // X.5.1
        EnhancedStatus::InvalidCommand => &Texts {
            title: "Perintah tidak valid",
            description: "Klien mengirim perintah yang tidak mau diterima server pada tahap ini, baik karena urutannya salah maupun karena server tidak mendukung atau telah menonaktifkan perintah tersebut. Registri menetapkannya hanya sebagai kode permanen, sehingga biasanya kode ini muncul sebagai 5.5.1.",
            when_you_see_it: "Postfix mengirim 503 5.5.1 untuk MAIL FROM sebelum EHLO atau HELO pada server yang mewajibkannya, RCPT TO sebelum MAIL FROM, DATA sebelum ada RCPT TO, atau MAIL FROM kedua di dalam transaksi yang masih terbuka. Postfix juga mengirim 554 5.5.1 sebagai balasan atas DATA jika semua RCPT TO ditolak, 502 5.5.1 jika VRFY dinonaktifkan, dan 521 5.5.1 (lalu menutup koneksi) jika klien memakai BDAT sementara CHUNKING dimatikan.",
            how_to_fix: "Mengirim perintah yang sama lagi dalam keadaan yang sama akan gagal lagi. Pengembang klien atau administrator pihak pengirim perlu memastikan program mengikuti urutan EHLO, MAIL FROM, RCPT TO, lalu DATA atau BDAT, dan hanya memakai perintah opsional seperti BDAT jika server mengumumkannya dalam balasan EHLO. Jangan bergantung pada VRFY, karena banyak server menonaktifkannya. Jika DATA ditolak karena semua penerima ditolak, periksa balasan RCPT TO sebelumnya, yang menjelaskan alasan setiap alamat ditolak.",
        },
        // X.5.2
        EnhancedStatus::SyntaxError => &Texts {
            title: "Kesalahan sintaksis",
            description: "Server tidak dapat memahami sebuah baris perintah, karena kata perintahnya tidak dikenal atau salah eja, atau karena barisnya tidak mengikuti sintaksis SMTP. Registri menetapkannya hanya sebagai kode permanen, sehingga biasanya kode ini muncul sebagai 5.5.2.",
            when_you_see_it: "Kode ini menyertai 500, 501, 502, 550, atau 555 tepat setelah baris yang salah: Postfix menjawab kata perintah yang tidak dikenal dengan 5.5.2, dan RFC 4954 memasangkan 501 dengan 5.5.2 jika data base64 yang dikirim klien selama AUTH tidak dapat didekode. Kode ini juga muncul jika yang terhubung bukan klien SMTP, misalnya program yang langsung memulai jabat tangan TLS di port 25 atau 587 alih-alih mengirim STARTTLS terlebih dahulu.",
            how_to_fix: "Mengulang baris yang sama tidak akan membantu. Pengembang klien perlu membandingkan baris yang gagal dengan log sesi klien: periksa ejaan perintah, pastikan setiap baris diakhiri CRLF, alamat pada MAIL FROM dan RCPT TO ditulis di dalam tanda kurung sudut, dan data AUTH merupakan base64 yang valid. Untuk TLS, gunakan port 465 bagi koneksi yang terenkripsi sejak awal, dan kirim STARTTLS terlebih dahulu di port 25 dan 587.",
        },
        // X.5.3
        EnhancedStatus::TooManyRecipients => &Texts {
            title: "Terlalu banyak penerima",
            description: "Pesan mencantumkan lebih banyak penerima daripada yang diterima server dalam satu transaksi. RFC 3463 mengharapkan pengirim memecah pesan tersebut dan mengirim sisa penerimanya dalam transaksi berikutnya, dan menyediakan kode ini untuk kasus ketika pemecahan itu tidak dilakukan atau tidak mungkin dilakukan.",
            when_you_see_it: "Setelah RCPT TO begitu batasnya tercapai. Kode balasan dasar yang benar untuk kasus ini adalah 452 (RFC 5321 bagian 4.5.3.1.10), dan Postfix mengirim 452 4.5.3; registri mencantumkan 451, dan balasan 552 untuk kasus ini, yang keliru dicantumkan oleh RFC 821, sebaiknya juga diperlakukan klien sebagai kegagalan sementara.",
            how_to_fix: "Penerima yang sudah diterima tidak bermasalah: pertahankan mereka, selesaikan transaksi dengan DATA, lalu kirim sisa daftar penerima dalam transaksi baru sesudahnya (klien yang baik melakukannya secara otomatis). Dengan 4.5.3 upaya berikutnya itu dapat berhasil; 5.5.3 adalah penolakan permanen atas pesan sebagaimana dikirim, sehingga pengirim harus memecah daftar menjadi kelompok yang lebih kecil. RFC 5321 mewajibkan server menerima sedikitnya 100 penerima per pesan, sehingga batas yang lebih rendah patut Anda sampaikan kepada administrator server penerima.",
        },
        // X.5.4
        EnhancedStatus::InvalidCommandArguments => &Texts {
            title: "Argumen perintah tidak valid",
            description: "Perintahnya sendiri valid, tetapi salah satu argumennya berada di luar rentang yang diizinkan atau menyebut fitur, parameter, atau opsi yang tidak dikenali server. Registri menetapkannya hanya sebagai kode permanen, sehingga biasanya kode ini muncul sebagai 5.5.4.",
            when_you_see_it: "Biasanya setelah AUTH dengan mekanisme yang tidak ditawarkan server (504 5.5.4 menurut RFC 4954), setelah MAIL FROM atau RCPT TO dengan parameter yang tidak diumumkan server (Postfix mengirim 555 5.5.4 untuk opsi yang tidak didukung), atau setelah baris BDAT yang ukuran atau kata kunci LAST-nya salah format (Postfix menjawab 521 5.5.4).",
            how_to_fix: "Perintah yang sama akan terus gagal sampai diubah. Pengembang klien perlu membaca balasan EHLO server, hanya memakai mekanisme AUTH, parameter MAIL FROM dan RCPT TO (seperti SIZE, BODY, atau SMTPUTF8), serta ekstensi lain yang tercantum di sana, dan memeriksa bahwa setiap nilai memakai format yang benar. Jika argumen yang disebut dalam teks balasan tampak benar, tanyakan kepada administrator server tersebut apakah fitur itu telah dinonaktifkan.",
        },
        // X.5.5
        EnhancedStatus::WrongProtocolVersion => &Texts {
            title: "Versi protokol salah",
            description: "Klien dan server memakai versi atau varian protokol surat yang tidak cocok, dan keduanya tidak dapat menyelesaikan perbedaan itu sendiri. Registri tidak mencantumkan kode balasan dasar untuknya, dan kode ini jarang muncul dalam praktik.",
            when_you_see_it: "Tidak ada perintah standar yang terkait dengannya: server atau gateway dapat mengirimkannya di awal sesi, atau dalam laporan pengiriman, ketika mendapati bahwa pihak lain memakai versi protokol yang tidak kompatibel.",
            how_to_fix: "Administrator pihak pengirim perlu membandingkan perangkat lunak dan pengaturan di kedua sisi: apakah klien memakai SMTP, ESMTP, atau LMTP sesuai yang diharapkan server, dan apakah ada gateway di jalur pengiriman yang menjalankan implementasi versi lama. Kode 4.5.5 dapat dicoba lagi nanti, misalnya setelah pengaturan di sisi penerima diubah; kode 5.5.5 akan terus gagal sampai salah satu sisi diperbarui atau dikonfigurasi ulang.",
        },
        // X.5.6
        EnhancedStatus::AuthLineTooLong => &Texts {
            title: "Baris pertukaran autentikasi terlalu panjang",
            description: "Sebuah baris yang dikirim klien selama pertukaran AUTH lebih panjang daripada yang dapat ditampung server untuk mekanisme autentikasi yang dipilih, sehingga server menggagalkan perintah AUTH. Kode ini ditambahkan oleh RFC 4954 dan dapat dikirim sebagai 4.5.6 atau 5.5.6.",
            when_you_see_it: "Setelah AUTH atau salah satu baris respons base64 yang mengikuti tantangan 334. RFC 4954 memasangkannya dengan kode balasan dasar 500, sehingga balasannya berbentuk 500 5.5.6, dan mencatat bahwa data autentikasi bisa jauh lebih panjang daripada perintah biasa dan menganggap 12288 oktet sebagai batas panjang baris yang cukup untuk pertukaran ini.",
            how_to_fix: "Pengembang klien perlu memeriksa bahwa program mengirim setiap respons base64 satu kali, sebagai satu baris yang benar, dan bahwa kredensial atau token tidak membawa data tambahan. Jika datanya memang panjang, pilih mekanisme dengan respons yang lebih pendek atau minta administrator server menaikkan batasnya; 4.5.6 dapat berhasil pada percobaan berikutnya, sedangkan 5.5.6 tidak akan berhasil sebelum ada yang diubah.",
        },
        // X.6.0
        EnhancedStatus::OtherMedia => &Texts {
            title: "Kesalahan media lain atau tidak terdefinisi",
            description: "Ada sesuatu pada isi pesan yang membuatnya tidak dapat dikirim, dan tidak ada kode detail X.6 yang lebih spesifik yang menggambarkan masalahnya. Ini adalah kode umum untuk masalah pada isi pesan, pengodeannya, atau struktur MIME-nya.",
            when_you_see_it: "Biasanya sebagai balasan atas akhir data pesan setelah DATA atau potongan BDAT terakhir, atau dalam laporan pengiriman dari server berikutnya di sepanjang jalur pengiriman yang sempat menerima pesan itu. Registri tidak mencantumkan kode balasan dasar; 4.6.0 berarti masalah isi itu mungkin hilang pada percobaan berikutnya, sedangkan 5.6.0 menolak isi sebagaimana dikirim.",
            how_to_fix: "Baca teks setelah kode, karena server biasanya menyebutkan apa yang ditolaknya, misalnya jenis lampiran, header yang rusak, atau masalah pengodean. Pengirim perlu memperbaiki isi pesan (misalnya mengodekan ulang lampiran atau menghapus berkas yang ditolak) lalu mengirimnya lagi; dengan 4.6.0 mungkin cukup dengan mencoba lagi nanti, dan jika isinya tampak benar, administrator pihak penerima yang harus menjelaskan aturannya.",
        },
        // X.6.1
        EnhancedStatus::MediaNotSupported => &Texts {
            title: "Media tidak didukung",
            description: "Pesan memakai jenis isi yang tidak dapat dibawa atau diterima oleh protokol pengiriman atau oleh sistem berikutnya di jalur pengiriman, misalnya data 8-bit atau biner, atau jenis isi yang ditolak. Registri menetapkannya hanya sebagai kode permanen, sehingga kode ini muncul sebagai 5.6.1.",
            when_you_see_it: "Setelah data pesan, atau dalam laporan pengiriman dari relay yang tidak dapat mengirimkan pesan lebih lanjut, misalnya ketika isi biner yang dikirim dengan BODY=BINARYMIME atau isi 8-bit harus dikirim ke server yang tidak mengumumkan BINARYMIME atau 8BITMIME.",
            how_to_fix: "Mengirim ulang pesan yang sama akan gagal lagi. Pengirim perlu mengirim isi dalam bentuk yang diterima semua server, misalnya dengan lampiran yang dikodekan sebagai base64 atau quoted-printable, atau menghapus bagian yang tidak didukung; pengembang klien hanya boleh memakai BODY=8BITMIME atau BODY=BINARYMIME jika server mengumumkan ekstensi tersebut dalam balasan EHLO-nya.",
        },
        // X.6.2
        EnhancedStatus::ConversionProhibited => &Texts {
            title: "Konversi diperlukan tetapi dilarang",
            description: "Pesan harus dikonversi agar sistem berikutnya dapat menerimanya, misalnya dari 8-bit ke 7-bit, tetapi konversi dilarang, baik oleh penanda di dalam pesan itu sendiri maupun oleh kebijakan server pengirim.",
            when_you_see_it: "Dalam laporan pengiriman dari relay, atau setelah data pesan, ketika server berikutnya tidak memiliki fitur yang dibutuhkan pesan. Registri tidak mencantumkan kode balasan dasar maupun batas kelas: 5.6.2 menolak pesan sebagaimana adanya, sedangkan 4.6.2 berarti kondisinya mungkin sementara dan sistem akan mencoba lagi.",
            how_to_fix: "Pengirim perlu mengirim pesan dalam bentuk yang tidak memerlukan konversi, seperti teks 7-bit dengan lampiran yang dikodekan sebagai base64 atau quoted-printable, atau mencabut larangan itu jika pengirim sendiri yang memasangnya. Jika larangan berasal dari kebijakan server pengirim, administrator pihak pengirim yang harus memutuskan apakah konversi boleh diizinkan.",
        },
        // X.6.3
        EnhancedStatus::ConversionNotSupported => &Texts {
            title: "Konversi diperlukan tetapi tidak didukung",
            description: "Pesan harus dikonversi sebelum dapat dikirim lebih lanjut, tetapi sebuah server di jalur pengiriman tidak mampu melakukan konversi itu atau menganggapnya tidak praktis. RFC 3463 menyebut kasus yang umum: gateway yang menerima data 8-bit tetapi tidak dapat mengubah pesan ke bentuk 7-bit yang dibutuhkan server berikutnya.",
            when_you_see_it: "Registri memasangkannya dengan 554, biasanya setelah data pesan atau dalam laporan pengiriman dari relay yang tidak dapat melanjutkan pengiriman. Kode 5.6.3 bersifat permanen untuk pesan dan jalur ini, sedangkan 4.6.3 berarti relay akan mencoba lagi nanti.",
            how_to_fix: "Pengirim dapat menghindari masalah ini dengan mengirim isi yang tidak memerlukan konversi: teks 7-bit, dengan bagian 8-bit dan lampiran yang dikodekan sebagai base64 atau quoted-printable. Administrator relay yang melaporkannya perlu memeriksa apakah server berikutnya mengumumkan 8BITMIME dan apakah relay dapat diatur untuk melakukan konversi, atau mengarahkan email melalui jalur lain.",
        },
        // X.6.4
        EnhancedStatus::ConversionWithLoss => &Texts {
            title: "Konversi dilakukan dengan kehilangan data",
            description: "Pesan telah terkirim, tetapi sebuah sistem di jalur pengiriman harus mengonversi isinya dan sebagian informasi hilang dalam proses itu. Biasanya ini hanya peringatan dengan kelas 2 (kode balasan dasar 250); kode ini menjadi kegagalan permanen 5.6.4 jika pengirim meminta agar tidak dilakukan konversi yang menghilangkan data.",
            when_you_see_it: "Sebagai 250 2.6.4, atau dalam pemberitahuan status pengiriman, ketika relay atau gateway mengonversi isi untuk server berikutnya yang tidak dapat menerimanya apa adanya, misalnya dengan membuang bagian yang tidak dapat direpresentasikannya.",
            how_to_fix: "Tidak ada yang perlu diperbaiki untuk pengiriman: penerima sudah mendapatkan pesannya. Tanyakan kepada penerima apakah isinya tiba dengan utuh, dan jika ada bagian yang hilang, kirim ulang bagian itu dalam bentuk yang lebih sederhana dan didukung secara luas. Kode 5.6.4 berarti pesan tidak terkirim karena konversi yang menghilangkan data dilarang; kirim pesan dalam bentuk yang tidak memerlukan konversi.",
        },
        // X.6.5
        EnhancedStatus::ConversionFailed => &Texts {
            title: "Konversi gagal",
            description: "Konversi isi pesan diperlukan dan sudah dicoba, tetapi tidak berhasil. Registri mengizinkan bentuk sementara 4.6.5 maupun bentuk permanen 5.6.5.",
            when_you_see_it: "Setelah data pesan atau dalam laporan pengiriman dari sistem yang mencoba konversi, misalnya gateway yang mengodekan ulang pesan untuk server berikutnya. Registri tidak mencantumkan kode balasan dasar untuknya.",
            how_to_fix: "Dengan 4.6.5 sistem yang melakukan konversi mungkin berhasil nanti, jadi coba lagi nanti atau biarkan antrean mencoba lagi. Dengan 5.6.5 pengirim perlu mengirim isi dalam bentuk lebih sederhana yang tidak memerlukan konversi (teks 7-bit biasa, lampiran dalam base64), dan administrator sistem yang melakukan konversi perlu memeriksa lognya untuk menemukan bagian yang gagal.",
        },
        // X.6.6
        EnhancedStatus::ContentNotAvailable => &Texts {
            title: "Isi pesan tidak tersedia",
            description: "Server diminta mengambil isi pesan dari sistem jarak jauh dan tidak berhasil mendapatkannya. Kode ini berasal dari BURL (RFC 4468), yang memungkinkan klien mengirimkan pesan dengan menunjuk salinan yang tersimpan di tempat lain alih-alih mengirim datanya sendiri.",
            when_you_see_it: "Setelah perintah BURL saat pengiriman pesan melalui server submission, biasanya sebagai 554 5.6.6, ketika server itu tidak dapat mengambil isi dari URL yang diberikan, umumnya pesan yang tersimpan di server IMAP pengguna. Bentuknya 4.6.6 jika sistem jarak jauh hanya sementara tidak terjangkau, dan 5.6.6 jika isinya sama sekali tidak dapat diambil.",
            how_to_fix: "Dengan 4.6.6 coba lagi nanti. Dengan 5.6.6 klien perlu memeriksa URL yang diberikannya dalam BURL (bahwa URL itu menunjuk ke pesan yang ada dan otorisasinya belum kedaluwarsa atau dicabut), atau beralih mengirim pesan dengan DATA atau BDAT; para administrator perlu memastikan server submission dapat menjangkau server IMAP dan login ke sana.",
        },
        // X.6.7
        EnhancedStatus::NonAsciiAddressNotPermitted => &Texts {
            title: "Alamat non-ASCII tidak diizinkan untuk pengirim/penerima tersebut",
            description: "Sebuah alamat pada MAIL FROM atau RCPT TO berisi karakter di luar ASCII (alamat yang diinternasionalkan), dan server tidak mau menerima alamat seperti itu untuk pengirim atau penerima tersebut. Kode ini termasuk dalam ekstensi SMTPUTF8, RFC 6531.",
            when_you_see_it: "RFC 6531 memakai 553 dengan X.6.7 jika RCPT TO memerlukan alamat ASCII, dan 550 dengan X.6.7 jika MAIL FROM yang memerlukannya. Postfix mengirim 553 5.6.7 jika klien memakai alamat non-ASCII tanpa menambahkan parameter SMTPUTF8 pada MAIL FROM.",
            how_to_fix: "Pengembang klien perlu menambahkan SMTPUTF8 pada MAIL FROM setiap kali sebuah alamat atau header berisi karakter non-ASCII, dan hanya setelah server mencantumkan SMTPUTF8 dalam balasan EHLO-nya. Jika server tidak mendukung SMTPUTF8, atau tetap menolak alamat tersebut, pengirim harus memakai alamat ASCII untuk pengirim atau penerima itu, jika alamat seperti itu tersedia.",
        },
        // X.6.8
        EnhancedStatus::Utf8ReplyNotPermitted => &Texts {
            title: "Balasan berisi string UTF-8 diperlukan, tetapi tidak diizinkan oleh klien SMTP",
            description: "Balasan server harus memuat string UTF-8, biasanya nama kotak surat yang diinternasionalkan, tetapi klien belum menyatakan bahwa ia dapat menerima UTF-8 dalam balasan tersebut. Kode ini didefinisikan oleh RFC 6531 (SMTPUTF8).",
            when_you_see_it: "Setelah VRFY atau EXPN yang dikirim tanpa parameter SMTPUTF8 padahal balasannya memerlukan UTF-8. RFC 6531 mewajibkan 252 atau 550 dalam kasus ini (registri juga mencantumkan 553); dengan 252 digit kelasnya 2 (2.6.8), sesuai dengan balasan sukses itu, sedangkan dengan 550 atau 553 kodenya 5.6.8.",
            how_to_fix: "Jika klien dapat menangani UTF-8, klien sebaiknya mengulang perintah VRFY atau EXPN dengan parameter SMTPUTF8, setelah memastikan server mencantumkan SMTPUTF8 dalam balasan EHLO-nya. Jika klien tidak mendukungnya, tidak ada yang rusak: balasan 252 tetap berarti server akan menerima email untuk alamat itu, jadi kirim pesan seperti biasa.",
        },
        // X.6.9
        EnhancedStatus::Utf8HeaderNotTransferable => &Texts {
            title: "Pesan dengan header UTF-8 tidak dapat dikirim ke satu atau lebih penerima, sehingga pesan harus ditolak",
            description: "Pesan memiliki kolom header yang diinternasionalkan (UTF-8), dan sistem milik sedikitnya satu penerima tidak dapat menerima pesan seperti itu, sehingga seluruh pesan ditolak. Kode ini didefinisikan oleh RFC 6531 (SMTPUTF8).",
            when_you_see_it: "Setelah akhir data pesan, yaitu baris berisi satu titik yang menutup DATA. RFC 6531 menjawab dengan 554 5.6.9, sedangkan registri mencantumkan 550 untuk kode ini; RFC 6531 juga menganjurkan server mendeteksi masalah ini lebih awal, pada RCPT TO.",
            how_to_fix: "Mengirim ulang pesan yang sama ke penerima yang sama akan gagal lagi. Pengirim perlu mengirim versi dengan alamat dan header yang hanya berisi ASCII kepada penerima tersebut, atau memakai alamat lain untuk mereka; administrator pihak penerima perlu memastikan setiap server MX domain tersebut mendukung SMTPUTF8, karena RFC 6531 menyarankan agar semuanya mendukung atau tidak satu pun.",
        },
        // X.6.10
        EnhancedStatus::Utf8ReplyNotPermittedDeprecated => &Texts {
            title: "Duplikat X.6.8 (usang)",
            description: "Kode usang ini memiliki arti yang sama dengan X.6.8: sebuah balasan harus memuat string UTF-8 yang belum diizinkan oleh klien. RFC 5336, ekstensi eksperimental UTF8SMTP, mendaftarkan X.6.8 dan X.6.10 dengan rumusan yang sama, dengan memasangkan X.6.10 pada 252 dan X.6.8 pada 553 dan 550. RFC 6531 menggabungkan keduanya ke dalam X.6.8 dan menyatakan X.6.10 usang, sehingga registri kini mencantumkannya tanpa judul.",
            when_you_see_it: "Hanya dari perangkat lunak lama yang ditulis untuk RFC 5336, biasanya setelah VRFY atau EXPN yang tidak membawa parameter UTF8REPLY yang dipakai RFC 5336 untuk keperluan ini (RFC 6531 menggantinya dengan SMTPUTF8). Server masa kini mengirim X.6.8 sebagai gantinya.",
            how_to_fix: "Perlakukan kode ini persis seperti X.6.8: ulangi VRFY atau EXPN dengan parameter SMTPUTF8 jika klien dapat menangani UTF-8 dan server mengumumkan SMTPUTF8 dalam balasan EHLO-nya, atau langsung kirim pesan jika balasannya 252. Administrator server perlu memperbarui perangkat lunak yang masih mengirim X.6.10, karena registri menandainya sebagai usang.",
        },
        EnhancedStatus::OtherSecurity => &Texts {
            title: "Status keamanan lain atau tidak terdefinisi",
            description: "Sebuah pemeriksaan keamanan atau kebijakan memengaruhi pesan atau sesi ini, tetapi server tidak memberikan rincian yang lebih spesifik. Digit kelasnya menunjukkan hasil: 2.7.0 berarti berhasil, 4.7.0 berarti penolakan sementara, dan 5.7.0 berarti penolakan permanen.",
            when_you_see_it: "RFC 4954 dan RFC 3207 memasangkannya dengan balasan yang umum: 235 2.7.0 setelah AUTH berhasil, 454 4.7.0 untuk kegagalan autentikasi sementara, dan 530 5.7.0 ketika sebuah perintah datang sebelum STARTTLS atau AUTH yang diwajibkan. Server juga memakainya dalam situasi lain, misalnya Postfix dalam 454 4.7.0 ketika TLS tidak tersedia dan Gmail dalam 421 4.7.0 ketika laju pengiriman atau reputasi sebuah alamat IP memicu pemblokiran.",
            how_to_fix: "Untuk 2.7.0 tidak ada yang perlu diperbaiki. Setelah 4.7.0, tunggu lalu coba lagi nanti; jika balasan ini terus muncul, baca teks balasannya, yang biasanya menyebutkan kebijakan yang berlaku, lalu periksa laju pengiriman dan reputasi alamat IP Anda. Setelah 5.7.0, lakukan apa yang diminta teks balasan sebelum mengirim lagi, biasanya STARTTLS atau autentikasi dengan AUTH terlebih dahulu.",
        },
        EnhancedStatus::DeliveryNotAuthorized => &Texts {
            title: "Pengiriman tidak diizinkan, pesan ditolak",
            description: "Kebijakan server penerima tidak mengizinkan pengirim, host klien, atau pesan ini mencapai tujuannya, misalnya karena server tidak me-relay untuk domain penerima atau penerima hanya menerima email dari pengirim tertentu. Registri menggolongkannya sebagai permanen, tetapi server juga mengirim 4.7.1 untuk penolakan yang diperkirakan akan dicabut kemudian.",
            when_you_see_it: "Biasanya setelah RCPT TO, seperti \"554 5.7.1 Relay access denied\" dari Postfix, atau setelah data pesan ketika filter konten menolak pesan tersebut; RFC 2034 mencontohkan 551 5.7.1 dari server yang tidak me-relay email ke host lain. Bentuk sementaranya muncul dalam balasan seperti 454 4.7.1 dari Postfix untuk permintaan relay yang ditunda dan 450 4.7.1 ketika sebuah klien mengirim terlalu banyak email terlalu cepat.",
            how_to_fix: "Jika Anda me-relay melalui server ini, lakukan autentikasi dengan AUTH di port 587 atau 465, atau minta administratornya mengizinkan host Anda. Jika server tersebut tidak melayani domain penerima, periksa record MX domain itu agar email Anda menuju server yang benar. Untuk 4.7.1, kurangi laju pengiriman lalu coba lagi nanti; untuk 5.7.1, jangan mengirim ulang tanpa perubahan, dan minta administrator pihak penerima mengizinkan alamat atau host Anda jika penolakan itu tampak keliru.",
        },
        EnhancedStatus::ListExpansionProhibited => &Texts {
            title: "Penjabaran milis dilarang",
            description: "Pengirim tidak berhak mengirim ke milis atau grup distribusi yang dituju, sehingga server menolak menjabarkan milis itu menjadi alamat para anggotanya. Registri hanya mengizinkan kelas permanen, sehingga kode ini muncul sebagai 5.7.2.",
            when_you_see_it: "Setelah RCPT TO yang berisi alamat milis, atau dalam laporan kegagalan pengiriman dari server milis, biasanya bersama 550. Milis yang hanya menerima kiriman dari anggotanya atau dari pengirim yang ditentukan menghasilkan kode ini.",
            how_to_fix: "Mencoba lagi tidak akan membantu. Minta pemilik milis atau administrator pihak penerima mengizinkan alamat Anda, atau kirim dari alamat yang sudah diizinkan, misalnya alamat yang Anda pakai saat berlangganan.",
        },
        EnhancedStatus::SecurityConversionNotPossible => &Texts {
            title: "Konversi keamanan diperlukan tetapi tidak dapat dilakukan",
            description: "Agar dapat dikirimkan, pesan harus dikonversi dari satu format pesan aman ke format lain, misalnya di gateway antara sistem yang menandatangani atau mengenkripsi email dengan cara berbeda, dan konversi itu tidak dapat dilakukan. Registri hanya mengizinkan kelas permanen (5.7.3).",
            when_you_see_it: "Jarang muncul sebagai balasan SMTP langsung. Anda umumnya menjumpainya dalam laporan kegagalan pengiriman dari gateway yang menangani email bertanda tangan atau terenkripsi, setelah gateway itu menerima pesan.",
            how_to_fix: "Mengirim ulang pesan yang sama akan gagal lagi. Kirim pesan dalam format keamanan yang didukung sistem penerima, atau tanpa tanda tangan dan tanpa enkripsi jika kebijakan Anda mengizinkan, lalu tanyakan kepada administrator pihak penerima format apa saja yang diterima gateway mereka.",
        },
        EnhancedStatus::SecurityFeaturesNotSupported => &Texts {
            title: "Fitur keamanan tidak didukung",
            description: "Pesan atau perintah meminta fitur keamanan, misalnya bentuk autentikasi aman tertentu, yang tidak dapat disediakan sistem penerima pada jalur pengiriman ini. Registri hanya mengizinkan kelas permanen (5.7.4) dan memasangkannya dengan kode balasan dasar 504.",
            when_you_see_it: "Sebagai 504 5.7.4 untuk perintah yang opsi keamanannya tidak diimplementasikan oleh server, atau dalam laporan kegagalan pengiriman dari relay yang tidak dapat membawa fitur yang diminta ke sistem berikutnya.",
            how_to_fix: "Jangan mencoba lagi tanpa perubahan. Periksa ekstensi yang dicantumkan server dalam balasan EHLO dan gunakan hanya yang tersedia, atau kirim tanpa fitur tersebut; jika fitur itu memang diperlukan, minta administrator pihak penerima mendukungnya atau gunakan jalur lain.",
        },
        EnhancedStatus::CryptographicFailure => &Texts {
            title: "Kegagalan kriptografi",
            description: "Sistem yang berwenang memverifikasi atau mendekripsi pesan selama pengiriman tidak dapat melakukannya untuk pesan ini, karena kunci atau informasi lain yang diperlukan tidak tersedia atau tidak valid. Registri tidak membatasi kelasnya: 4.7.5 berarti sistem memperkirakan masalahnya akan hilang, sedangkan 5.7.5 berarti pesan tidak akan lolos dalam bentuk ini.",
            when_you_see_it: "Jarang muncul sebagai balasan SMTP langsung. Kode ini umumnya muncul dalam laporan kegagalan pengiriman dari gateway yang memeriksa tanda tangan atau mendekripsi email untuk organisasi penerima.",
            how_to_fix: "Pastikan pesan ditandatangani atau dienkripsi dengan kunci yang masih berlaku dan dikenal pihak penerima, misalnya sertifikat penerima yang terbaru. Setelah 4.7.5, server pengirim akan mencoba lagi dengan sendirinya; setelah 5.7.5, selesaikan masalah kunci atau sertifikat bersama administrator pihak penerima, lalu kirim ulang.",
        },
        EnhancedStatus::CryptographicAlgorithmNotSupported => &Texts {
            title: "Algoritme kriptografi tidak didukung",
            description: "Sistem yang berwenang memverifikasi atau mendekripsi pesan selama pengiriman tidak dapat melakukannya karena pesan memakai algoritme tanda tangan atau enkripsi yang tidak didukung sistem tersebut. Registri tidak membatasi kelasnya; bentuk yang lazim adalah 5.7.6, karena pesan yang sama akan gagal lagi.",
            when_you_see_it: "Umumnya dalam laporan kegagalan pengiriman dari gateway yang memverifikasi tanda tangan atau mendekripsi email untuk penerima, setelah pesan diterima untuk dikirimkan.",
            how_to_fix: "Kirim ulang pesan dengan tanda tangan atau enkripsi memakai algoritme yang didukung kedua pihak, biasanya dengan mengubah pengaturan keamanan atau sertifikat di klien email Anda. Jika Anda tidak tahu algoritme mana yang berfungsi, tanyakan kepada administrator pihak penerima apa yang diterima gateway mereka.",
        },
        EnhancedStatus::MessageIntegrityFailure => &Texts {
            title: "Kegagalan integritas pesan",
            description: "Sistem yang berwenang memvalidasi pesan mendapati bahwa pesan rusak atau diubah dalam perjalanan, sehingga pemeriksaan integritasnya gagal. Registri mengizinkan ketiga kelas: 2.7.7 berarti terkirim dengan peringatan, 4.7.7 kegagalan sementara, dan 5.7.7 kegagalan permanen.",
            when_you_see_it: "Dalam pemberitahuan status pengiriman atau laporan kegagalan pengiriman dari sistem yang memvalidasi tanda tangan atau checksum pesan, setelah data pesan dikirim.",
            how_to_fix: "Untuk 2.7.7 pesan sudah sampai, tetapi cari tahu apa yang mengubahnya dalam perjalanan. Untuk 4.7.7 atau 5.7.7, cari relay, filter, atau footer tambahan yang menulis ulang pesan setelah ditandatangani, kirim lagi tanpa perubahan itu, dan minta rincian kepada administrator pihak penerima jika kegagalan terus terjadi.",
        },
        EnhancedStatus::AuthCredentialsInvalid => &Texts {
            title: "Kredensial autentikasi tidak valid",
            description: "Pertukaran AUTH gagal karena nama pengguna, kata sandi, atau kredensial lain salah atau tidak mencukupi. RFC 4954 memasangkannya dengan 535, balasan umum untuk login yang gagal; sebelum RFC 5248, server BURL yang mengikuti RFC 4468 memakai 5.7.8 untuk hubungan kepercayaan yang belum ada, yang kini menjadi X.7.14.",
            when_you_see_it: "Setelah perintah AUTH dan pertukarannya, biasanya sebagai 535 5.7.8, ketika klien email atau aplikasi login ke server submission. Balasan 554 5.7.8 untuk perintah BURL membawa arti lama dan sebaiknya dibaca sebagai X.7.14.",
            how_to_fix: "Periksa nama pengguna dan kata sandi yang tersimpan di klien email atau aplikasi, lalu masukkan kembali; klien sebaiknya meminta kredensial baru alih-alih mencoba lagi dengan kredensial yang sama. Jika penyedia mewajibkan kata sandi aplikasi atau metode login lain untuk akun ini, siapkan hal itu, karena kegagalan berulang dapat membuat akun atau alamat IP diblokir untuk sementara waktu.",
        },
        EnhancedStatus::AuthMechanismTooWeak => &Texts {
            title: "Mekanisme autentikasi terlalu lemah",
            description: "Server menolak mekanisme autentikasi yang dipilih klien, karena kebijakannya mewajibkan mekanisme yang lebih kuat untuk pengguna ini. RFC 4954 memasangkannya dengan 534.",
            when_you_see_it: "Sebagai balasan atas AUTH, yaitu 534 5.7.9, misalnya ketika klien memilih mekanisme yang mengirim kata sandi dalam bentuk yang tidak diterima kebijakan server untuk akun ini.",
            how_to_fix: "Atur klien agar memakai mekanisme yang lebih kuat, yang dipilih dari daftar yang diumumkan server setelah kata kunci AUTH dalam balasan EHLO, lalu ulangi perintah AUTH dengan mekanisme itu. Jika tidak ada mekanisme dalam daftar yang berhasil, tanyakan kepada administrator server mekanisme mana yang wajib dipakai akun tersebut.",
        },
        EnhancedStatus::EncryptionNeeded => &Texts {
            title: "Enkripsi diperlukan",
            description: "Tindakan yang diminta memerlukan koneksi terenkripsi terlebih dahulu; RFC 5248 mendaftarkannya terutama untuk mekanisme autentikasi teks polos yang harus berjalan di atas TLS. RFC 8689 juga mengizinkan laporan kegagalan pengiriman untuk pesan REQUIRETLS memakai 5.7.10.",
            when_you_see_it: "Setelah AUTH dengan mekanisme teks polos pada koneksi tanpa TLS; registri memasangkannya dengan 523. Kode ini juga muncul dalam laporan kegagalan pengiriman untuk pesan yang mewajibkan TLS ketika tidak ditemukan jalur aman menuju penerima.",
            how_to_fix: "Kirim STARTTLS, selesaikan jabat tangan TLS, kirim EHLO lagi, lalu lakukan autentikasi, atau hubungkan ke port 465 yang langsung memakai TLS. Untuk laporan kegagalan REQUIRETLS, pihak penerima harus menyediakan TLS, atau pengirim harus memutuskan untuk mengirim pesan tanpa persyaratan itu.",
        },
        EnhancedStatus::EncryptionRequiredForAuth => &Texts {
            title: "Enkripsi diwajibkan untuk mekanisme autentikasi yang diminta",
            description: "Mekanisme autentikasi yang dipilih hanya boleh dipakai pada koneksi terenkripsi. RFC 4954 mempertahankan 538 5.7.11 hanya untuk catatan sejarah, karena server masa kini tidak menawarkan mekanisme seperti itu sebelum TLS aktif.",
            when_you_see_it: "Setelah AUTH pada koneksi yang tidak terenkripsi, sebagai 538 5.7.11 (registri juga mencantumkan 524), terutama dari server lama.",
            how_to_fix: "Mulai TLS dengan STARTTLS, kirim EHLO lagi, lalu ulangi AUTH, atau gunakan port 465 yang memakai TLS sejak awal. Atur klien agar selalu mewajibkan enkripsi, sehingga kredensial tidak pernah dikirim sebagai teks polos.",
        },
        EnhancedStatus::PasswordTransitionNeeded => &Texts {
            title: "Transisi kata sandi diperlukan",
            description: "Akun harus dipindahkan lebih dahulu ke mekanisme autentikasi yang dipilih klien, yang biasanya dilakukan dengan login sekali memakai mekanisme PLAIN agar server dapat menyimpan kredensial dalam bentuk yang dibutuhkan mekanisme tersebut. RFC 4954 memasangkannya dengan 432, sehingga kode ini biasanya datang dalam bentuk sementara 4.7.12.",
            when_you_see_it: "Setelah AUTH, sebagai 432 4.7.12 (registri juga mencantumkan 422), ketika kata sandi yang tersimpan untuk akun tersebut belum mendukung mekanisme yang dipilih.",
            how_to_fix: "Login sekali dengan AUTH PLAIN melalui koneksi terenkripsi, setelah STARTTLS atau di port 465; setelah itu mekanisme yang dipilih seharusnya berfungsi pada sesi berikutnya. Jika klien tidak dapat melakukannya, minta administrator server menyelesaikan transisi tersebut.",
        },
        EnhancedStatus::UserAccountDisabled => &Texts {
            title: "Akun pengguna dinonaktifkan",
            description: "Kredensialnya benar, tetapi administrator telah menonaktifkan akun itu sendiri, misalnya karena tunggakan pembayaran, penyalahgunaan, atau dugaan pembobolan. Berbeda dengan kata sandi yang salah ketik, kegagalan ini bersifat permanen (5.7.13) sampai akun diaktifkan kembali.",
            when_you_see_it: "Setelah pertukaran AUTH yang berhasil pada akun yang dinonaktifkan; registri memasangkannya dengan 525.",
            how_to_fix: "Jangan meminta kata sandi lagi dan jangan mencoba lagi; klien sebaiknya memberi tahu pengguna bahwa akunnya dinonaktifkan. Pemilik akun harus menghubungi penyedia atau administrator agar akun diaktifkan kembali.",
        },
        EnhancedStatus::TrustRelationshipRequired => &Texts {
            title: "Hubungan kepercayaan diwajibkan",
            description: "Server submission memerlukan hubungan kepercayaan yang telah dikonfigurasi dengan server pihak ketiga sebelum boleh mengambil isi pesan dari sana, seperti pada pengiriman dengan BURL (RFC 4468), yang memungkinkan klien menunjuk pesan melalui URL. RFC 5248 memindahkan arti ini ke sini dari X.7.8.",
            when_you_see_it: "Biasanya sebagai balasan atas perintah BURL, yaitu 554 5.7.14, ketika server tidak boleh mengambil isi yang dirujuk; registri juga mencantumkan 535. Server yang dibuat sebelum RFC 5248 mengirim 5.7.8 untuk kasus yang sama.",
            how_to_fix: "Minta administrator server submission dan administrator server yang menyimpan pesan, biasanya server IMAP, untuk menyiapkan hubungan kepercayaan di antara keduanya. Sampai hal itu selesai, kirim isi pesan dengan DATA atau BDAT, bukan dengan rujukan.",
        },
        EnhancedStatus::PriorityTooLow => &Texts {
            title: "Tingkat prioritas terlalu rendah",
            description: "Prioritas yang diminta pengirim melalui ekstensi MT-PRIORITY (RFC 6710) berada di bawah tingkat terendah yang diterima server penerima. Bentuk 4.7.15, biasanya bersama 450, berarti server untuk sementara hanya menerima email berprioritas lebih tinggi; bentuk 5.7.15, biasanya bersama 550, berarti prioritas ini ditolak sepenuhnya.",
            when_you_see_it: "Setelah MAIL FROM yang membawa parameter MT-PRIORITY, atau setelah RCPT TO, pada server yang mengumumkan MT-PRIORITY dalam balasan EHLO.",
            how_to_fix: "Untuk 4.7.15, biarkan pesan menunggu di antrean dan coba lagi nanti, ketika server kembali menerima prioritas yang lebih rendah. Untuk 5.7.15, kirim ulang dengan prioritas lebih tinggi jika pengirim berhak atasnya, atau tanyakan kebijakan prioritas kepada administrator server penerima.",
        },
        EnhancedStatus::MessageTooBigForPriority => &Texts {
            title: "Pesan terlalu besar untuk prioritas yang ditentukan",
            description: "Server hanya menerima pesan pada tingkat MT-PRIORITY (RFC 6710) yang diminta sampai ukuran tertentu, dan pesan ini lebih besar. Kode ini biasanya datang bersama 552; kondisinya bisa sementara (4.7.16) atau permanen (5.7.16).",
            when_you_see_it: "Setelah MAIL FROM dengan MT-PRIORITY dan nilai SIZE di atas batas, atau setelah data pesan ketika ukuran sebenarnya sudah diketahui.",
            how_to_fix: "Perkecil pesan, misalnya dengan membagikan lampiran besar sebagai tautan, atau kirim dengan prioritas yang lebih rendah. Untuk 4.7.16, mencoba lagi nanti bisa berhasil setelah server melonggarkan batasnya.",
        },
        EnhancedStatus::MailboxOwnerChanged => &Texts {
            title: "Pemilik kotak surat telah berubah",
            description: "Melalui ekstensi RRVS atau kolom header Require-Recipient-Valid-Since (RFC 7293), pengirim meminta pesan hanya dikirimkan jika kotak surat dimiliki orang yang sama sejak tanggal tertentu, dan sistem penerima mengetahui bahwa pemiliknya berganti setelah tanggal itu. Kode ini hanya berkelas permanen (5XX).",
            when_you_see_it: "Setelah RCPT TO dengan parameter RRVS, atau dalam laporan kegagalan pengiriman untuk pesan yang membawa kolom header tersebut.",
            how_to_fix: "Jangan mengirim ulang ke alamat ini, karena alamat itu kini milik orang lain. Dapatkan alamat baru orang tersebut melalui saluran lain dan perbarui data Anda.",
        },
        EnhancedStatus::DomainOwnerChanged => &Texts {
            title: "Pemilik domain telah berubah",
            description: "Dalam pemeriksaan RRVS (RFC 7293), sistem penerima melaporkan bahwa domain penerima itu sendiri telah berganti pemilik sejak tanggal yang diberikan pengirim. Kode ini hanya berkelas permanen (5XX).",
            when_you_see_it: "Setelah RCPT TO dengan parameter RRVS, atau dalam laporan kegagalan pengiriman untuk pesan yang membawa kolom header Require-Recipient-Valid-Since.",
            how_to_fix: "Anggap alamat ini bukan lagi milik orang yang Anda kenal dan hentikan pengiriman ke alamat tersebut. Mintalah alamat terbaru kepada orang itu, lalu perbarui daftar penerima atau data akun Anda.",
        },
        EnhancedStatus::RrvsTestIncomplete => &Texts {
            title: "Pemeriksaan RRVS tidak dapat diselesaikan",
            description: "Sistem penerima tidak dapat melakukan pemeriksaan RRVS (RFC 7293) yang diminta pengirim, karena sistem itu tidak mencatat tanggal yang diperlukan untuk membandingkan kepemilikan kotak surat. Kode ini hanya berkelas permanen (5XX).",
            when_you_see_it: "Setelah RCPT TO dengan parameter RRVS ketika sistem penerima tidak menyimpan catatan kapan kotak surat dibuat atau berganti pemilik, atau dalam laporan kegagalan pengiriman untuk pesan dengan kolom header Require-Recipient-Valid-Since yang tidak dapat diperiksa oleh server berikutnya.",
            how_to_fix: "Pengirim memutuskan apakah pesan boleh dikirim tanpa pemeriksaan kepemilikan; jika boleh, kirim ulang tanpa parameter RRVS atau kolom header tersebut. Jika pemeriksaan itu penting, misalnya untuk pengaturan ulang kata sandi, pastikan dahulu kebenaran alamat dengan cara lain.",
        },
        EnhancedStatus::NoPassingDkimSignature => &Texts {
            title: "Tidak ditemukan tanda tangan DKIM yang lolos",
            description: "Server penerima mewajibkan tanda tangan DKIM (RFC 6376) yang valid, dan pesan ini tidak memiliki satu pun yang lolos verifikasi: pesan tidak ditandatangani, atau semua tanda tangannya gagal. RFC 7372 mendaftarkannya bersama 550.",
            when_you_see_it: "Setelah data pesan, karena DKIM diperiksa pada isi pesan, biasanya sebagai 550 5.7.20; layanan penyaringan juga melaporkannya dalam laporan kegagalan pengiriman.",
            how_to_fix: "Administrator pihak pengirim sebaiknya menandatangani email keluar dengan DKIM dan memublikasikan kunci publik yang sesuai di DNS. Jika email sudah ditandatangani, cari relay, milis, atau footer tambahan yang mengubah pesan setelah penandatanganan, dan pastikan record kunci untuk selektor tersebut ada.",
        },
        EnhancedStatus::NoAcceptableDkimSignature => &Texts {
            title: "Tidak ditemukan tanda tangan DKIM yang dapat diterima",
            description: "Pesan memiliki setidaknya satu tanda tangan DKIM yang lolos verifikasi, tetapi tidak ada yang diterima kebijakan penerima, misalnya karena domain penanda tangannya bukan domain yang dipercaya untuk email ini. RFC 7372 mendaftarkannya bersama 550.",
            when_you_see_it: "Setelah data pesan, sebagai 550 5.7.21, ketika penerima memeriksa domain mana yang menandatangani pesan.",
            how_to_fix: "Tandatangani pesan dengan domain yang diterima pihak penerima, biasanya domain Anda sendiri, bukan hanya domain bersama milik penyedia email Anda. Jika tidak jelas domain penanda tangan mana yang diharapkan, tanyakan kepada administrator pihak penerima.",
        },
        EnhancedStatus::NoAuthorMatchedDkimSignature => &Texts {
            title: "Tidak ditemukan tanda tangan DKIM valid yang cocok dengan penulis",
            description: "Pesan memiliki tanda tangan DKIM yang valid, tetapi tidak ada yang berasal dari domain yang cocok dengan alamat penulis di kolom From, padahal penerima mewajibkan kecocokan itu. RFC 7372 menyebutnya sebagai kasus khusus dari X.7.21.",
            when_you_see_it: "Setelah data pesan, sebagai 550 5.7.22, biasanya untuk email yang dikirim melalui layanan pihak ketiga yang menandatangani dengan domainnya sendiri.",
            how_to_fix: "Minta layanan pengirim menandatangani dengan domain alamat From Anda, biasanya dengan memublikasikan kunci DKIM yang diberikan layanan itu di bawah domain Anda. Jika tidak, kirim dari alamat yang domainnya cocok dengan tanda tangan tersebut.",
        },
        EnhancedStatus::SpfValidationFailed => &Texts {
            title: "Validasi SPF gagal",
            description: "Pemeriksaan SPF (RFC 7208) berakhir dengan hasil \"fail\": record SPF domain pengirim tidak mengizinkan alamat IP yang mengirim, dan kebijakan penerima menolak email seperti itu. RFC 7372 mendaftarkannya untuk menggantikan 5.7.1 yang umum dalam kasus ini.",
            when_you_see_it: "Setelah MAIL FROM, setelah RCPT TO, atau setelah data pesan, biasanya sebagai 550 5.7.23, begitu penerima memeriksa domain alamat pengirim pada amplop.",
            how_to_fix: "Administrator pihak pengirim sebaiknya menambahkan setiap server atau layanan yang mengirim atas nama domain tersebut ke record SPF-nya di DNS, atau mengirim melalui server yang sudah tercantum. Jika email itu diteruskan, server penerus sebaiknya menulis ulang alamat pengirim pada amplop, atau administrator pihak penerima mengizinkan email dari penerus tersebut.",
        },
        EnhancedStatus::SpfValidationError => &Texts {
            title: "Kesalahan validasi SPF",
            description: "Pemeriksaan SPF tidak dapat diselesaikan karena terjadi kesalahan, bukan karena hasil \"fail\". Sebagai 451 4.7.24, kode ini melaporkan kesalahan sementara seperti timeout DNS; sebagai 550 5.7.24, kode ini melaporkan kesalahan permanen pada record SPF itu sendiri, seperti sintaksis yang rusak atau terlalu banyak pencarian DNS.",
            when_you_see_it: "Setelah MAIL FROM, setelah RCPT TO, atau setelah data pesan, ketika penerima mengevaluasi record SPF domain alamat pengirim pada amplop.",
            how_to_fix: "Untuk 4.7.24, coba lagi nanti; jika terus berulang, administrator pihak pengirim sebaiknya memastikan server DNS domain tersebut menjawab dengan andal. Untuk 5.7.24, perbaiki record SPF: periksa sintaksisnya, pertahankan hanya satu record SPF untuk domain itu, dan kurangi mekanisme include yang memicu pencarian DNS.",
        },
        EnhancedStatus::ReverseDnsFailed => &Texts {
            title: "Validasi DNS balik gagal",
            description: "Alamat IP server pengirim tidak lolos pemeriksaan DNS balik milik penerima: alamat itu tidak memiliki record PTR, atau nama host dalam record itu tidak mengarah kembali ke alamat yang sama. RFC 7372 (bagian 3.3) mendaftarkannya bersama 550.",
            when_you_see_it: "Setelah MAIL FROM atau RCPT TO, biasanya sebagai 550 5.7.25, karena kode status diperluas tidak disertakan pada salam pembuka maupun balasan EHLO.",
            how_to_fix: "Administrator pihak pengirim, atau penyedia yang memiliki alamat IP tersebut, sebaiknya membuat record PTR yang nama host-nya mengarah kembali ke alamat itu, lalu memakai nama yang sama dalam EHLO. Coba lagi setelah perubahan DNS tersebar.",
        },
        EnhancedStatus::MultipleAuthChecksFailed => &Texts {
            title: "Beberapa pemeriksaan autentikasi gagal",
            description: "Pesan gagal dalam lebih dari satu pemeriksaan autentikasi, misalnya SPF dan DKIM sekaligus, dan kebijakan penerima menolaknya tanpa menyebutkan pemeriksaan mana yang gagal. RFC 8617 juga mengizinkan validator ARC memakainya sebagai pengganti X.7.29.",
            when_you_see_it: "Setelah data pesan, biasanya sebagai 550 5.7.26, setelah penerima mengevaluasi semua pemeriksaan yang diterapkannya.",
            how_to_fix: "Administrator pihak pengirim sebaiknya memastikan domain lolos SPF dan DKIM: cantumkan setiap server pengirim dalam record SPF, tandatangani semua email keluar dengan DKIM, dan tinjau kebijakan DMARC yang dipublikasikan domain tersebut. Kirim pesan uji ke kotak surat yang Anda kelola dan baca hasil autentikasinya untuk melihat pemeriksaan mana yang gagal.",
        },
        EnhancedStatus::SenderNullMx => &Texts {
            title: "Alamat pengirim memiliki null MX",
            description: "Domain alamat pengirim memublikasikan null MX (RFC 7505), yang menyatakan bahwa domain itu tidak menerima email, sehingga laporan kegagalan pengiriman ke pengirim ini tidak akan pernah sampai dan penerima menolak pesannya. Kode ini adalah padanan X.1.10 di sisi pengirim.",
            when_you_see_it: "Setelah MAIL FROM, atau setelah RCPT TO pada server yang menunda penolakannya, sebagai 550 5.7.27.",
            how_to_fix: "Kirim dari alamat yang domainnya dapat menerima email. Jika domain itu milik Anda dan perlu menerima balasan, ganti record null MX dengan record MX yang menunjuk ke server email Anda.",
        },
        EnhancedStatus::MailFloodDetected => &Texts {
            title: "Banjir email terdeteksi",
            description: "Penerima menilai pesan ini sebagai bagian dari banjir pesan serupa yang bersifat penyalahgunaan, misalnya rentetan pesan yang diarahkan ke satu kotak surat. Kode ini didaftarkan berdasarkan sebuah Internet-Draft (draft-levine-mailbomb-header), bukan RFC, dan registri tidak mencantumkan kode balasan dasar untuknya.",
            when_you_see_it: "Setelah RCPT TO atau setelah data pesan, dari penerima yang melindungi kotak surat dari serangan bom email, misalnya ketika formulir pendaftaran di situs web disalahgunakan untuk mengirim banyak pesan ke satu alamat.",
            how_to_fix: "Hentikan banjir itu dari sumbernya: temukan formulir, skrip, atau akun yang mengirim pesan berulang, lalu tambahkan batas laju atau langkah konfirmasi. Untuk balasan 4.7.28, tunggu sebelum mencoba lagi; untuk 5.7.28, kirim lagi hanya setelah rentetan pesan itu berhenti.",
        },
        EnhancedStatus::ArcValidationFailure => &Texts {
            title: "Validasi ARC gagal",
            description: "Pesan membawa rantai ARC (RFC 8617), yaitu catatan autentikasi yang ditambahkan perantara seperti milis dan layanan penerus, dan rantai itu tidak lolos validasi, sehingga penerima menolak pesan tersebut. RFC 8617 mendaftarkannya bersama 550 dan mengizinkan validator mengirim X.7.26 sebagai gantinya.",
            when_you_see_it: "Setelah data pesan, sebagai 550 5.7.29, biasanya untuk email yang melewati layanan penerus atau milis sebelum sampai ke penerima.",
            how_to_fix: "Perantara yang menambahkan kolom header ARC harus memperbaiki penandatanganan ARC-nya, misalnya dengan memakai kunci yang valid dan menyegel pesan setelah perubahan terakhirnya. Pengirim asli dapat menghindari masalah ini dengan mengirim langsung ke penerima, bukan melalui perantara tersebut.",
        },
        EnhancedStatus::RequireTlsSupportRequired => &Texts {
            title: "Dukungan REQUIRETLS diwajibkan",
            description: "Pesan dikirim dengan opsi REQUIRETLS (RFC 8689), yang menuntut TLS pada setiap tahap perjalanan, tetapi tidak ada server berikutnya di jalur itu yang mendukung REQUIRETLS, sehingga pesan tidak dapat dikirim lebih lanjut. Registri memasangkannya dengan 550.",
            when_you_see_it: "Dalam laporan kegagalan pengiriman dari server di sepanjang jalur, bisa juga server keluar milik Anda sendiri, yang telah menerima pesan setelah MAIL FROM dengan REQUIRETLS tetapi tidak menemukan server berikutnya yang mencantumkan REQUIRETLS dalam balasan EHLO. RFC 8689 juga mengizinkan 5.7.10 untuk kasus ini.",
            how_to_fix: "Agar email seperti ini dapat sampai, administrator pihak penerima harus mendukung REQUIRETLS dengan TLS yang valid di server penerimanya. Jika tidak, pengirim memutuskan apakah pesan boleh dikirim tanpa persyaratan ini, lalu mengirimnya lagi tanpa REQUIRETLS.",
        },
    }
}

/// Where a large provider is known to use the row's code with another
/// meaning, a note in Indonesian that says so.
pub(crate) const fn vendor_note(status: EnhancedStatus) -> Option<&'static str> {
    match status {
        EnhancedStatus::RecipientNullMx => Some(
            "Microsoft Exchange Online memakai 5.1.10 untuk \"Recipient not found\", yang berarti sistem penerima tidak dapat menemukan alamat penerima, bukan bahwa domainnya memiliki null MX. Perlakukan laporan kegagalan pengiriman tersebut sama dengan 5.1.1: periksa apakah ada salah ketik pada alamat dan tanyakan alamat yang benar kepada penerima.",
        ),
        EnhancedStatus::MailboxFull => Some(
            "Microsoft Exchange Online memakai 5.2.2 dengan teks \"Submission quota exceeded\" ketika pengirim melampaui batas laju jumlah penerima atau batas laju jumlah pesan, bukan ketika kotak surat penuh. Administrator pihak pengirim sebaiknya memeriksa volume pengiriman akun tersebut dan apakah akun itu telah dibobol lalu dipakai untuk mengirim spam.",
        ),
        EnhancedStatus::NoAnswerFromHost => Some(
            "Microsoft Exchange Online memakai 5.4.1 sebagai penolakan permanen, bukan untuk server yang tidak menjawab: \"Relay Access Denied\" berarti server yang menolak tidak menerima email untuk domain penerima, biasanya karena kesalahan konfigurasi server email atau DNS, sedangkan \"Recipient address rejected: Access denied\" berarti alamat penerima tidak ada. Periksa alamat penerima, dan minta administrator domain penerima memeriksa record MX-nya serta daftar domain yang emailnya diterima oleh server mereka.",
        ),
        EnhancedStatus::PasswordTransitionNeeded => Some(
            "Microsoft Exchange Online memakai 5.7.12 untuk balasannya \"Sender was not authenticated by organization\", yang tidak berkaitan dengan transisi kata sandi: alamat penerima diatur untuk menolak email dari luar organisasinya sendiri. Hanya administrator organisasi penerima yang dapat mengizinkan pengirim eksternal, jadi pengirim hanya dapat meminta penerima, melalui saluran lain, agar pengaturan itu diubah.",
        ),
        EnhancedStatus::UserAccountDisabled => Some(
            "Microsoft Exchange Online memakai 5.7.13, dan juga 5.7.135, ketika penerimanya adalah folder publik yang diatur untuk menolak email dari luar organisasinya, bukan untuk akun yang dinonaktifkan. Hanya administrator organisasi penerima yang dapat mengubah pengaturan tersebut.",
        ),
        EnhancedStatus::MultipleAuthChecksFailed => Some(
            "Microsoft Exchange Online mengirim 4.7.26 yang bersifat sementara ketika pesan yang datang melalui IPv6 tidak lolos SPF maupun DKIM, misalnya karena pesan tidak ditandatangani. Administrator pihak pengirim sebaiknya memublikasikan record SPF yang mencakup alamat IPv6 pengirim atau menandatangani email dengan DKIM, agar percobaan ulang berikutnya oleh server pengirim dapat berhasil.",
        ),
        _ => None,
    }
}
