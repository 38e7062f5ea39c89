//! Indonesian texts of the basic reply codes.

use crate::command::Command;
use crate::reply_code::ReplyCode;
use crate::text::{CommandNote, ReplyTexts};

/// The Indonesian texts of a basic reply code.
pub(crate) const fn reply(code: ReplyCode) -> &'static ReplyTexts {
    match code {
        ReplyCode::SystemStatus => &ReplyTexts {
            title: "Status sistem atau balasan bantuan",
            description: "Server menjawab dengan informasi tentang keadaannya sendiri atau dengan balasan bantuan singkat. Kode balasan ini termasuk kategori Informasi (x1z), dan teksnya ditujukan untuk dibaca manusia, bukan untuk diurai oleh program.",
            when_you_see_it: "RFC 5321 mencantumkan 211 sebagai balasan sukses atas HELP. Kode ini bukan bagian dari proses pengiriman pesan, sehingga Anda biasanya hanya melihatnya ketika seseorang atau alat diagnostik meminta status atau bantuan dari server.",
            how_to_fix: "Tidak ada yang perlu diperbaiki karena server telah menjawab permintaan tersebut. Bacalah teksnya untuk mendapatkan informasi yang Anda minta, tetapi jangan membuat program bergantung pada susunan katanya, karena menurut RFC 5321 klien bertindak berdasarkan kode, bukan berdasarkan teks.",
            by_command: &[],
        },
        ReplyCode::HelpMessage => &ReplyTexts {
            title: "Pesan bantuan",
            description: "Server mengirimkan teks bantuan tentang cara menggunakannya atau tentang arti suatu perintah yang tidak standar. RFC 5321 mencatat bahwa balasan ini hanya berguna bagi pembaca manusia.",
            when_you_see_it: "Sebagai balasan atas HELP, dengan atau tanpa nama perintah sebagai argumennya, biasanya dalam bentuk balasan multibaris. HELP adalah salah satu dari tiga perintah, bersama EHLO dan EXPN, yang dalam keadaan normal menghasilkan balasan multibaris.",
            how_to_fix: "Tidak ada yang perlu diperbaiki. Bacalah teksnya sendiri, tetapi jangan membuat program mengurainya karena susunan katanya berbeda-beda antarserver; untuk mengetahui ekstensi yang didukung server, bacalah balasannya atas EHLO.",
            by_command: &[],
        },
        ReplyCode::ServiceReady => &ReplyTexts {
            title: "Layanan siap",
            description: "Server siap menerima perintah. Dalam salam pembuka, kata pertama setelah kode adalah nama domain server atau literal alamat, yang sering diikuti nama perangkat lunak email yang dipakainya.",
            when_you_see_it: "Sebagai balasan pertama setelah koneksi TCP ke server email terbuka, biasanya pada port 25, 465, atau 587, dan sekali lagi sebagai balasan atas STARTTLS ketika server siap memulai TLS.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: koneksi berjalan baik dan Anda dapat mengirim EHLO sebagai langkah berikutnya. Jika salam pembuka tidak kunjung datang, periksa apakah server email berjalan, apakah host dan port yang Anda gunakan sudah benar, dan apakah ada firewall yang memblokir koneksi.",
            by_command: &[
                CommandNote {
                    command: Command::Connect,
                    text: "Sebagai salam pembuka pada port 25, 465, atau 587, 220 membuka sesi dan menyebutkan nama host server; klien menjawabnya dengan EHLO, atau dengan HELO untuk server lama.",
                },
                CommandNote {
                    command: Command::StartTls,
                    text: "Setelah STARTTLS, 220 berarti server siap memulai TLS: segera mulai jabat tangan TLS, lalu kirim EHLO sekali lagi melalui koneksi yang sudah terenkripsi.",
                },
            ],
        },
        ReplyCode::ServiceClosing => &ReplyTexts {
            title: "Layanan menutup saluran transmisi",
            description: "Server menyatakan bahwa sesi telah selesai dan koneksi akan ditutup. Balasan ini biasanya memuat nama domain server, meskipun RFC 5321 juga menunjukkan bentuk singkat 221 OK.",
            when_you_see_it: "Sebagai balasan atas QUIT pada akhir sesi yang normal, sering kali dengan kode status diperluas 2.0.0. Balasan ini datang setelah pesan terakhir diterima atau setelah klien memutuskan untuk mengakhiri sesi.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: tutup koneksi dari sisi Anda setelah balasan ini diterima. Jika server memutus koneksi tanpa 221, RFC 5321 meminta klien memperlakukannya seperti balasan 451, sehingga setiap pesan yang belum diterima dengan 250 setelah DATA harus dikirim lagi nanti.",
            by_command: &[],
        },
        ReplyCode::AuthSucceeded => &ReplyTexts {
            title: "Autentikasi berhasil",
            description: "Server menerima kredensial yang diberikan dalam pertukaran AUTH, dan sesi kini sudah terautentikasi. RFC 4954 mendefinisikan balasan ini dan memasangkannya dengan kode status diperluas 2.7.0.",
            when_you_see_it: "Sebagai balasan akhir atas AUTH, baik langsung setelah perintah itu jika perintah tersebut sudah membawa respons awal, maupun setelah jawaban terakhir atas tantangan 334.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: lanjutkan dengan MAIL FROM. Jangan mengirim AUTH lagi dalam sesi yang sama karena server akan menjawab AUTH kedua dengan 503; jika MAIL FROM kemudian ditolak, misalnya dengan balasan Postfix \"553 5.7.1 not owned by user\", akun tersebut tidak diizinkan mengirim atas nama alamat itu.",
            by_command: &[],
        },
        ReplyCode::ActionOk => &ReplyTexts {
            title: "Tindakan email yang diminta selesai",
            description: "Perintah berhasil dan server siap menerima perintah berikutnya. Ini adalah balasan sukses yang paling umum dalam SMTP, dan hal yang dikonfirmasinya bergantung pada perintah yang dijawabnya.",
            when_you_see_it: "Setelah EHLO atau HELO, MAIL FROM, RCPT TO, RSET, NOOP, VRFY, dan EXPN, setelah setiap potongan BDAT, serta setelah titik penutup data yang dikirim dengan DATA. Jika server memakai kode status diperluas, balasan ini sering berbunyi 250 2.1.0 untuk pengirim atau 250 2.1.5 untuk penerima.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: lanjutkan ke langkah berikutnya dalam transaksi. Jika pesan sudah dijawab 250 setelah datanya tetapi tidak pernah sampai, server penerima telah mengambil alih tanggung jawab atas pesan itu, jadi mintalah administrator server tersebut melacaknya di log dengan menyebutkan waktu dan teks balasannya.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "Setelah EHLO, 250 biasanya berupa balasan multibaris: baris pertama menyebutkan nama server, dan setiap baris berikutnya menyebutkan satu ekstensi yang didukungnya, seperti SIZE, STARTTLS, atau AUTH.",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "Setelah titik penutup data pesan, 250 berarti server telah mengambil alih tanggung jawab atas pesan tersebut dan akan mengirimkannya atau melaporkan kegagalannya.",
                },
                CommandNote {
                    command: Command::Bdat,
                    text: "Setelah BDAT, 250 mengonfirmasi bahwa satu potongan data telah diterima; setiap potongan mendapat balasannya sendiri, dan balasan atas potongan BDAT LAST berlaku untuk seluruh pesan.",
                },
                CommandNote {
                    command: Command::Etrn,
                    text: "Setelah ETRN (RFC 1985), 250 berarti server telah mulai mengirimkan email dalam antrean untuk node yang disebutkan dalam perintah.",
                },
                CommandNote {
                    command: Command::Atrn,
                    text: "Setelah ATRN (RFC 2645), 250 berarti peran kedua pihak bertukar: server kini bertindak sebagai klien dan mengirimkan email yang menunggu melalui koneksi yang sama.",
                },
            ],
        },
        ReplyCode::UserNotLocal => &ReplyTexts {
            title: "Pengguna tidak lokal, akan diteruskan",
            description: "Kotak surat penerima tidak berada di server ini, tetapi server mengetahui alamat penerusannya dan menerima pesan untuk diteruskan. Alamat penerusan tertulis dalam teks balasan, yang menurut RFC 5321 boleh dibaca oleh klien.",
            when_you_see_it: "Sebagai balasan atas RCPT TO atau VRFY untuk alamat yang kotak suratnya telah pindah ke server atau domain lain.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: pesan akan diteruskan. Agar pesan tidak perlu di-relay melalui server tambahan, perbarui buku alamat atau milis Anda dengan alamat baru yang disebutkan dalam balasan, lalu kirim langsung ke alamat itu di lain waktu.",
            by_command: &[CommandNote {
                command: Command::Etrn,
                text: "Setelah ETRN (RFC 1985), 251 tidak berkaitan dengan penerusan: kode ini menyatakan bahwa tidak ada pesan yang menunggu untuk node yang disebutkan dalam perintah.",
            }],
        },
        ReplyCode::CannotVerifyUser => &ReplyTexts {
            title: "Pengguna tidak dapat diverifikasi, tetapi pesan akan diterima",
            description: "Server tidak mau mengonfirmasi apakah alamat tersebut ada, tetapi akan menerima pesan untuknya dan mencoba mengirimkannya. RFC 5321 mewajibkan balasan ini dari server yang situsnya menonaktifkan VRFY atau EXPN karena alasan keamanan.",
            when_you_see_it: "Sebagai balasan atas VRFY atau EXPN, biasanya dari server yang tidak mengungkapkan daftar penggunanya karena alasan keamanan.",
            how_to_fix: "Tidak ada yang perlu diperbaiki, dan 252 tidak menyatakan apa pun tentang sah atau tidaknya alamat tersebut. Untuk memastikannya, kirimlah pesan: alamat yang salah akan ditolak pada RCPT TO atau kemudian menghasilkan laporan kegagalan pengiriman.",
            by_command: &[CommandNote {
                command: Command::Etrn,
                text: "Setelah ETRN (RFC 1985), 252 berarti server telah mulai mengirimkan pesan yang tertunda untuk node yang disebutkan dalam perintah.",
            }],
        },
        ReplyCode::PendingMessagesStarted => &ReplyTexts {
            title: "Pesan tertunda untuk node mulai dikirim",
            description: "Server telah mulai mengirimkan pesan yang ditahan untuk node yang disebutkan dalam perintah ETRN, dan teks balasan menyebutkan jumlah pesan yang tertunda. RFC 1985 mendefinisikan balasan ini khusus untuk ETRN.",
            when_you_see_it: "Sebagai balasan atas ETRN dari situs yang mengambil emailnya sesuai permintaan dari relay atau MX cadangan, ketika relay tersebut menyimpan email dalam antrean untuk node itu.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: pastikan server email Anda tetap dapat dijangkau agar relay dapat terhubung dan mengirimkan pesan-pesan tersebut. Jika pesan tidak datang, periksa apakah relay dapat menjangkau server Anda pada port 25, dan mintalah administrator relay memeriksa lognya.",
            by_command: &[CommandNote {
                command: Command::Etrn,
                text: "Setelah ETRN, 253 melaporkan bahwa pengiriman pesan tertunda untuk node tersebut telah dimulai beserta jumlahnya, sedangkan 252 menyampaikan hal yang sama tanpa jumlah.",
            }],
        },
        ReplyCode::AuthChallenge => &ReplyTexts {
            title: "Tantangan autentikasi",
            description: "Server sedang berada di tengah pertukaran AUTH dan menunggu jawaban berikutnya dari klien. Teks setelah kode hanya berisi tantangan yang dikodekan base64, dan teks itu boleh kosong; jika kosong, barisnya hanya berisi 334 diikuti satu spasi.",
            when_you_see_it: "Setelah AUTH menyebutkan mekanisme yang memerlukan data tambahan, dan sekali lagi setelah setiap jawaban klien sampai mekanisme tersebut selesai. Sebagai balasan 3yz, balasan ini tidak membawa kode status diperluas.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: dekodekan tantangan, kirim jawaban Anda sebagai satu baris base64, lalu tunggu 235 atau balasan kesalahan. Untuk membatalkan, kirim baris yang hanya berisi tanda bintang, yang akan dijawab server dengan 501; baris yang lebih panjang daripada batas server akan dijawab 500 dengan 5.5.6, dan RFC 4954 menganggap batas 12288 oktet sudah memadai.",
            by_command: &[],
        },
        ReplyCode::StartMailInput => &ReplyTexts {
            title: "Siap menerima isi pesan",
            description: "Server telah menerima DATA dan menunggu isi pesan itu sendiri: header, satu baris kosong, lalu badan pesan. Klien mengakhiri data dengan baris yang hanya berisi satu titik.",
            when_you_see_it: "Hanya sebagai balasan atas DATA, setelah setidaknya satu RCPT TO diterima. Karena ini balasan antara, keputusan akhir atas pesan baru datang setelah data dikirim, dan balasan ini tidak membawa kode status diperluas.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: kirim teks pesan, tambahkan satu titik di depan setiap baris yang diawali titik, lalu akhiri dengan baris yang hanya berisi satu titik. Setelah itu tunggu balasan akhir: 250 berarti server telah mengambil alih tanggung jawab pengiriman, sedangkan 4yz atau 5yz berarti server tidak akan mengirimkan pesan tersebut, dan setelah 4yz Anda sebaiknya mengirimnya lagi nanti.",
            by_command: &[],
        },
        ReplyCode::ServiceNotAvailable => &ReplyTexts {
            title: "Layanan tidak tersedia, saluran transmisi ditutup",
            description: "Server mengakhiri sesi ini dan akan menutup koneksi, sehingga tidak akan menjalankan perintah apa pun lagi saat ini. Kondisi ini bersifat sementara, dan layanan diperkirakan dapat menerima email kembali nanti.",
            when_you_see_it: "Kode ini dapat menjadi balasan atas perintah apa pun, dapat menggantikan salam pembuka 220 saat koneksi dibuka, dan dapat juga dikirim tanpa perintah sesaat sebelum server memutus koneksi. Penyebab yang umum adalah server yang sibuk atau kelebihan beban, batas jumlah koneksi atau kesalahan, serta pemeriksaan batas laju atau reputasi (misalnya Gmail mengirim 421 4.7.0).",
            how_to_fix: "Coba lagi nanti: server pengirim menyimpan pesan di antreannya dan mencoba lagi secara otomatis sesuai jadwalnya. Jika hal ini terus terjadi, kurangi jumlah koneksi paralel dan laju pengiriman, periksa reputasi alamat IP Anda serta teks setelah kode, lalu hubungi administrator server penerima bila pemblokiran tidak kunjung berakhir.",
            by_command: &[CommandNote {
                command: Command::Connect,
                text: "Jika dikirim sebagai pengganti salam pembuka 220, 421 berarti server sama sekali tidak menerima sesi saat ini, misalnya karena kelebihan beban atau terlalu banyak koneksi dari alamat Anda. Belum ada perintah yang diproses; buka koneksi baru nanti.",
            }],
        },
        ReplyCode::RegistryPasswordTransitionNeeded => &ReplyTexts {
            title: "Transisi kata sandi diperlukan (hanya di registri)",
            description: "Server untuk sementara menolak sampai kata sandi akun menjalani transisi untuk mekanisme autentikasi yang dipilih klien; itulah arti kode status diperluas X.7.12 (\"A password transition is needed\"). Kode 422 tidak didefinisikan oleh RFC 5321 maupun RFC 4954: RFC 4954 mendefinisikan X.7.12 dan memasangkannya dengan 432, sedangkan registri kode status diperluas, yang dibentuk oleh RFC 5248, mencantumkan 422 di samping 432.",
            when_you_see_it: "Setelah AUTH, kemungkinan besar sebagai 422 4.7.12, karena X.7.12 adalah satu-satunya kode status diperluas yang dipasangkan registri dengan 422. Tidak ada RFC yang menyebutkan perintah mana yang dijawab dengan 422, dan server yang mengikuti RFC 4954 mengirim 432 4.7.12 untuk kasus yang sama.",
            how_to_fix: "Bertindaklah berdasarkan digit pertama, seperti yang diwajibkan RFC 5321 bagi klien yang menerima kode yang tidak dikenalnya: 4yz bersifat sementara, sehingga AUTH boleh dicoba lagi nanti. Sama seperti pada 432, percobaan ulang baru berhasil setelah transisi selesai, jadi pemilik akun perlu login sekali dengan mekanisme PLAIN melalui koneksi yang dilindungi TLS, atau meminta administrator server menyelesaikan transisi tersebut.",
            by_command: &[],
        },
        ReplyCode::RegistryInvalidCommand => &ReplyTexts {
            title: "Perintah tidak valid, sementara (hanya di registri)",
            description: "Penolakan sementara atas sebuah perintah yang hanya disebut oleh registri kode status diperluas: registri mencantumkan 430 di antara kode balasan dasar untuk X.5.1 (\"Invalid command\"), bersama 500, 501, 503, 530, 550, 554, dan 555. RFC 5321 tidak mendefinisikan 430, dan pasangan ini tidak cocok: teks registri untuk X.5.1 hanya mengizinkan kegagalan permanen, sedangkan 430 termasuk kelas 4yz yang bersifat sementara.",
            when_you_see_it: "Sebagai balasan atas perintah yang tidak diterima server pada saat itu; jika disertai kode status diperluas dari pasangan ini, balasannya berbunyi 430 4.5.1, dengan kelas yang tidak disediakan oleh teks registri untuk X.5.1. Registri tidak menyebutkan perintah apa pun untuk 430, sehingga perintah apa saja dapat memperolehnya, sama seperti balasan untuk perintah tidak valid 500 dan 501.",
            how_to_fix: "Bertindaklah berdasarkan digit pertama, seperti yang diwajibkan RFC 5321 untuk kode yang tidak dikenal klien: 4yz berarti perintah gagal untuk saat ini, sehingga klien boleh mencobanya lagi nanti, misalnya dalam sesi baru. Jika terus gagal, periksa perintah dan urutannya berdasarkan RFC 5321 dan balasan EHLO server, lalu kirim balasan lengkapnya kepada administrator server.",
            by_command: &[],
        },
        ReplyCode::PasswordTransitionNeeded => &ReplyTexts {
            title: "Transisi kata sandi diperlukan",
            description: "Server tidak akan menyelesaikan autentikasi sebelum kata sandi akun menjalani transisi untuk mekanisme yang dipilih. RFC 4954 mendefinisikannya sebagai balasan atas AUTH dan memasangkannya dengan kode status diperluas 4.7.12.",
            when_you_see_it: "Setelah AUTH, biasanya ketika server belum menyimpan kredensial akun dalam bentuk yang dibutuhkan oleh mekanisme SASL yang dipilih. Exchange Online juga memakai 432 4.3.2 dengan STOREDRV.Deliver untuk batas thread per penerima, yang sama sekali tidak berkaitan dengan kata sandi.",
            how_to_fix: "Pemilik akun perlu melakukan autentikasi sekali dengan mekanisme PLAIN melalui koneksi yang dilindungi TLS, atau mengganti kata sandi sesuai petunjuk penyedia, agar server dapat menyimpan kredensial untuk mekanisme yang dipilih, lalu menggunakan mekanisme itu kembali. Balasan ini termasuk kelas 4yz, tetapi mengulangi AUTH tanpa perubahan tidak akan membantu sebelum transisi selesai; jika tetap gagal, mintalah administrator server untuk mengatur ulang kata sandi.",
            by_command: &[],
        },
        ReplyCode::MailboxTemporarilyUnavailable => &ReplyTexts {
            title: "Kotak surat untuk sementara tidak tersedia",
            description: "Server tidak menjalankan tindakan yang diminta karena kotak surat tidak dapat digunakan saat ini, misalnya karena sedang sibuk atau diblokir sementara karena alasan kebijakan. Penolakan ini bersifat sementara, sehingga permintaan yang sama dapat berhasil nanti.",
            when_you_see_it: "Paling sering setelah RCPT TO; kode ini juga dapat muncul setelah baris titik penutup data pesan ketika pemeriksaan kebijakan menunda seluruh pesan. Penyebab yang umum adalah greylisting, penerima yang menerima email terlalu cepat (Gmail 450 4.2.1), dan batas laju seperti Postfix 450 4.7.1 untuk terlalu banyak email dari alamat Anda.",
            how_to_fix: "Biarkan server pengirim mencoba lagi nanti; server yang menerapkan greylisting akan menerima pesan ketika pengirim yang sama mencoba lagi setelah jeda. Jika penundaan berulang selama berjam-jam, turunkan laju pengiriman, baca kode status diperluas dan teks balasannya, lalu tanyakan kepada administrator pihak penerima apakah ada kebijakan yang memblokir Anda.",
            by_command: &[
                CommandNote {
                    command: Command::DataEnd,
                    text: "Setelah baris titik penutup data pesan, 450 berarti pemeriksaan kebijakan menunda seluruh pesan; server tidak akan mengirimkannya, dan klien harus mengirim ulang transaksi tersebut nanti.",
                },
                CommandNote {
                    command: Command::Atrn,
                    text: "Setelah ATRN (On-Demand Mail Relay, RFC 2645), 450 berarti server menolak permintaan ATRN; kirim ATRN lagi nanti.",
                },
            ],
        },
        ReplyCode::LocalProcessingError => &ReplyTexts {
            title: "Kesalahan lokal saat pemrosesan",
            description: "Server membatalkan tindakan yang diminta karena terjadi kesalahan di sisinya sendiri saat memprosesnya, bukan karena ada yang salah dalam permintaan. Kegagalan ini bersifat sementara, sehingga permintaan yang sama dapat berhasil setelah server pulih.",
            when_you_see_it: "Setelah MAIL FROM, RCPT TO, atau baris titik penutup data pesan, misalnya ketika pencarian DNS atau direktori gagal, sistem email sedang padat, atau pemeriksaan SPF berakhir dengan kesalahan sementara. Klien yang kehilangan koneksi di tengah transaksi memperlakukan hal itu seolah-olah menerima 451.",
            how_to_fix: "Coba lagi nanti; server pengirim melakukannya sendiri dari antreannya. Jika kesalahan terus terjadi, administrator server penerima perlu memeriksa log, resolver DNS, ruang disk, dan filter yang dipakai, karena pengirim tidak dapat memperbaiki kesalahan lokal di server penerima.",
            by_command: &[
                CommandNote {
                    command: Command::DataEnd,
                    text: "Setelah baris titik penutup data pesan, 451 berarti server tidak menerima pesan dan tidak akan mengirimkannya; klien harus mengirim ulang seluruh transaksi nanti.",
                },
                CommandNote {
                    command: Command::Atrn,
                    text: "Setelah ATRN, 451 berarti server tidak dapat memproses permintaan ATRN saat ini (RFC 2645); kirim ATRN lagi nanti.",
                },
            ],
        },
        ReplyCode::InsufficientStorage => &ReplyTexts {
            title: "Penyimpanan sistem tidak mencukupi",
            description: "Server tidak menjalankan tindakan yang diminta karena saat ini kekurangan ruang penyimpanan atau sumber daya lain. Berbeda dengan 552, kondisi ini bersifat sementara dan permintaan yang sama dapat berhasil nanti.",
            when_you_see_it: "Setelah MAIL FROM (sering kali yang membawa parameter SIZE), setelah RCPT TO, atau setelah baris titik penutup data pesan. Banyak server juga mengirimnya setelah RCPT TO ketika transaksi memiliki terlalu banyak penerima, seperti balasan Postfix \"452 4.5.3 Error: too many recipients\".",
            how_to_fix: "Coba lagi nanti, dan jika server terus menjawab 452, administratornya perlu mengosongkan ruang disk atau memeriksa antrean. Untuk kasus terlalu banyak penerima, kirim pesan ke penerima yang sudah diterima lalu kirim penerima sisanya dalam transaksi baru; RFC 5321 mewajibkan server menerima sedikitnya 100 penerima dalam satu transaksi.",
            by_command: &[
                CommandNote {
                    command: Command::Mail,
                    text: "Setelah MAIL FROM dengan parameter SIZE, 452 berarti server saat ini tidak dapat menyimpan pesan sebesar ukuran yang dinyatakan (RFC 1870); coba lagi nanti.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "Setelah RCPT TO, 452 biasanya berarti penerima dalam transaksi ini terlalu banyak (RFC 5321 bagian 4.5.3.1.10), sehingga sisanya perlu dikirim dalam transaksi berikutnya. Kode ini juga dapat menandakan batas ukuran per penerima pada ekstensi SIZE.",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "Setelah baris titik penutup data pesan, 452 berarti penyimpanan server habis saat menerima pesan sehingga pesan tidak diterima; kirim ulang nanti.",
                },
            ],
        },
        ReplyCode::NoMailWaiting => &ReplyTexts {
            title: "Tidak ada email yang menunggu",
            description: "Server penyedia tidak memiliki pesan dalam antrean untuk domain yang disebut klien, sehingga tidak ada yang perlu dikirim dalam sesi ini. Kode ini termasuk dalam On-Demand Mail Relay (RFC 2645) dan merupakan laporan, bukan kesalahan.",
            when_you_see_it: "Setelah ATRN, ketika klien yang mengambil email untuk domainnya dari penyedia tersambung dan meminta email yang ditahan untuknya, tetapi antreannya kosong.",
            how_to_fix: "Tidak ada yang perlu diperbaiki: akhiri sesi dengan QUIT dan kirim ATRN lagi nanti. Jika Anda mengharapkan adanya email, pastikan ATRN menyebut domain yang benar dan penyedia memang mengantrekan email untuk domain tersebut.",
            by_command: &[],
        },
        ReplyCode::TlsOrAuthTemporaryFailure => &ReplyTexts {
            title: "Kegagalan sementara TLS atau autentikasi",
            description: "Server tidak dapat memulai TLS atau menyelesaikan autentikasi karena masalah sementara di sisinya. RFC 3207 mendefinisikannya untuk STARTTLS, sedangkan RFC 4954 mendefinisikannya untuk AUTH dan memasangkannya dengan kode status diperluas 4.7.0.",
            when_you_see_it: "Setelah STARTTLS atau AUTH, misalnya ketika server tidak dapat memuat sertifikat atau kunci TLS-nya (Postfix: \"454 4.7.0 TLS not available due to local problem\") atau layanan autentikasinya untuk sementara tidak tersedia. Postfix juga mengirim 454 4.7.1 setelah RCPT TO ketika pengaturan defer_unauth_destination menunda permintaan relay.",
            how_to_fix: "Coba lagi nanti. Klien yang tidak boleh mengirim tanpa enkripsi sebaiknya mengakhiri sesi dengan QUIT dan mencoba lagi nanti alih-alih melanjutkan tanpa TLS, sedangkan administrator server perlu memeriksa sertifikat TLS, kunci, dan layanan autentikasi melalui log.",
            by_command: &[
                CommandNote {
                    command: Command::StartTls,
                    text: "Setelah STARTTLS, 454 berarti TLS tidak tersedia karena alasan sementara; sesi tetap tidak terenkripsi, dan klien memutuskan apakah melanjutkan tanpa enkripsi atau keluar dan mencoba lagi nanti.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "Setelah AUTH, 454 dengan 4.7.0 berarti autentikasi gagal karena masalah sementara di server, bukan karena kredensial yang salah; coba AUTH lagi nanti dengan kredensial yang sama.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "Setelah RCPT TO, Postfix mengirim 454 4.7.1 ketika defer_unauth_destination menunda penerima di luar domainnya sendiri alih-alih menolaknya sebagai upaya relay. Lakukan autentikasi dengan AUTH terlebih dahulu atau kirim melalui server yang menangani akun Anda.",
                },
            ],
        },
        ReplyCode::CannotAccommodateParameters => &ReplyTexts {
            title: "Server tidak dapat memenuhi parameter",
            description: "Server saat ini tidak dapat memenuhi satu atau beberapa parameter yang diberikan pada MAIL FROM atau RCPT TO. Kode ini merupakan padanan sementara dari 555, yang menyatakan bahwa parameter tidak dikenali atau tidak diimplementasikan.",
            when_you_see_it: "Setelah MAIL FROM atau RCPT TO yang membawa parameter ekstensi, ketika server untuk sementara tidak dapat memenuhi salah satunya. Kode ini ditambahkan dalam RFC 5321 bagian 4.1.1.11 dan tidak terdapat dalam RFC 2821, sehingga perangkat lunak klien yang lebih lama mungkin hanya menanggapi digit pertamanya.",
            how_to_fix: "Coba lagi nanti dengan parameter yang sama; server pengirim melakukannya sendiri dari antreannya. Jika 455 terus muncul, cari tahu dari teks balasan parameter mana yang tidak dapat ditangani server dan tanyakan kepada administratornya, atau kirim tanpa parameter tersebut jika memang tidak wajib untuk pesan itu.",
            by_command: &[],
        },
        ReplyCode::UnableToQueueMessages => &ReplyTexts {
            title: "Tidak dapat mengantrekan pesan untuk node",
            description: "Server saat ini tidak dapat mulai memproses email yang ditahannya untuk node yang disebut dalam ETRN. RFC 1985 mendefinisikan balasan sementara ini untuk ekstensi ETRN.",
            when_you_see_it: "Setelah ETRN, yaitu perintah yang dikirim klien untuk meminta server penyedia mulai mengirimkan email yang diantrekan bagi sebuah domain atau host (node), ketika antrean tersebut tidak dapat diproses saat ini.",
            how_to_fix: "Kirim ETRN lagi nanti; sementara itu email yang ditahan tetap berada di antrean penyedia. Jika kesalahan berulang, administrator penyedia perlu memeriksa antrean email dan proses pengiriman di server tersebut.",
            by_command: &[],
        },
        ReplyCode::NodeNotAllowed => &ReplyTexts {
            title: "Node tidak diizinkan",
            description: "Server menolak memulai pemrosesan antrean untuk node yang disebut dalam ETRN, dan teks balasan menyebutkan alasannya. RFC 1985 mendefinisikannya untuk ekstensi ETRN.",
            when_you_see_it: "Setelah ETRN, misalnya ketika node tersebut bukan domain atau host yang pesannya ditahan oleh server, atau ketika klien yang tersambung tidak berhak meminta pemrosesan antrean untuk node itu.",
            how_to_fix: "Baca alasan dalam balasan dan pastikan ETRN menyebut dengan tepat domain atau host yang pesannya diantrekan oleh penyedia Anda. Meskipun 459 termasuk kelas 4yz, mengulangi permintaan yang sama biasanya gagal lagi, jadi mintalah administrator penyedia untuk mengizinkan node tersebut bila memang seharusnya diizinkan.",
            by_command: &[],
        },
        ReplyCode::CommandUnrecognized => &ReplyTexts {
            title: "Kesalahan sintaksis, perintah tidak dikenali",
            description: "Server sama sekali tidak mengenali baris perintah, baik karena kata perintahnya tidak dikenal atau salah ketik maupun karena barisnya terlalu panjang. Kode ini dapat diterima setelah perintah apa pun dan bersifat permanen, sehingga mengirim ulang baris yang sama akan gagal lagi.",
            when_you_see_it: "Setelah perintah apa pun, misalnya karena salah ketik, perintah dari ekstensi yang tidak ditawarkan server, atau baris yang lebih panjang daripada batas RFC 5321, yaitu 512 oktet termasuk CRLF. Postfix menjawab dengan \"500 5.5.2 Error: command not recognized\".",
            how_to_fix: "Periksa log untuk melihat perintah persis yang dikirim klien, perbaiki ejaan atau panjang barisnya, dan gunakan hanya ekstensi yang tercantum dalam balasan EHLO server. Jika perintah itu dikirim oleh program yang tidak Anda kendalikan, laporkan kepada pengembang program tersebut atau kepada administrator pihak pengirim.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "Setelah EHLO, 500 dapat berasal dari server lama yang tidak mengenal EHLO; server tetap berada pada keadaan sebelumnya, dan klien dapat menyapa ulang dengan HELO.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "Selama AUTH, 500 dengan 5.5.6 berarti salah satu baris dalam pertukaran autentikasi lebih panjang daripada yang diterima server (RFC 4954). Gunakan mekanisme dengan respons yang lebih pendek atau minta administrator menaikkan batasnya; RFC 4954 menganggap 12288 oktet sudah memadai.",
                },
            ],
        },
        ReplyCode::ParameterSyntaxError => &ReplyTexts {
            title: "Kesalahan sintaksis pada parameter atau argumen",
            description: "Server mengenali perintahnya tetapi tidak dapat mengurai parameter atau argumennya, misalnya alamat yang salah bentuk, argumen yang tidak diperbolehkan, atau parameter ekstensi yang keliru. Kode ini bersifat permanen: baris perintah yang sama akan ditolak lagi.",
            when_you_see_it: "Setelah perintah apa pun; kasus yang umum adalah alamat MAIL FROM atau RCPT TO yang salah bentuk (RFC 5321 memberi contoh \"501 Path too long\"), nama host yang tidak valid setelah EHLO atau HELO, serta argumen yang diberikan pada STARTTLS atau AUTH.",
            how_to_fix: "Bandingkan baris perintah yang ditolak dengan sintaksis dalam RFC yang mendefinisikannya: alamat di dalam kurung sudut, nama domain lengkap (FQDN) yang valid setelah EHLO, dan parameter hanya untuk ekstensi yang diumumkan server. Administrator pihak pengirim atau pengembang program harus memperbaiki klien, karena mengulangi baris yang sama tanpa perubahan tidak akan membantu.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "Setelah EHLO atau HELO, 501 biasanya berarti argumen nama host tidak ada atau tidak valid, dan 501 adalah balasan bawaan Postfix untuk nama host yang tidak valid. Kirim nama domain lengkap (FQDN) atau literal alamat seperti [192.0.2.1].",
                },
                CommandNote {
                    command: Command::StartTls,
                    text: "Setelah STARTTLS, 501 berarti perintah tersebut dikirim dengan parameter, padahal RFC 3207 tidak mengizinkannya; kirim STARTTLS tanpa parameter apa pun.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "Selama AUTH, 501 berarti klien membatalkan pertukaran dengan satu tanda bintang, mengirim respons yang bukan base64 yang valid (5.5.2), atau mengirim respons awal untuk mekanisme yang mengharuskan server berbicara lebih dulu (5.7.0), sesuai uraian RFC 4954.",
                },
                CommandNote {
                    command: Command::Mail,
                    text: "Setelah MAIL FROM, 501 berarti alamat pengirim atau salah satu parameternya salah bentuk, misalnya parameter ENVID atau RET yang tidak valid atau diulang (RFC 3461).",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "Setelah RCPT TO, 501 berarti alamat penerima atau salah satu parameternya salah bentuk, misalnya parameter NOTIFY atau ORCPT yang tidak valid atau diulang (RFC 3461).",
                },
            ],
        },
        ReplyCode::CommandNotImplemented => &ReplyTexts {
            title: "Perintah tidak diimplementasikan",
            description: "Server mengenal perintah tersebut tetapi tidak menyediakannya, entah karena memang tidak pernah diimplementasikan atau karena dinonaktifkan oleh administrator. Kode ini bersifat permanen untuk server ini, sehingga klien sebaiknya tidak mengulangi perintah tersebut.",
            when_you_see_it: "Setelah VRFY, EXPN, HELP, atau ATRN pada server yang tidak menyediakannya, dan setelah EHLO pada server yang sangat lama yang hanya mengenal HELO. Postfix, misalnya, menjawab \"502 5.5.1 VRFY command is disabled\".",
            how_to_fix: "Tidak ada yang salah dengan pesan Anda: lanjutkan tanpa perintah tersebut, misalnya kirim HELO jika EHLO dijawab 502, atau periksa sebuah alamat dengan mengirim pesan ke alamat itu alih-alih memakai VRFY. Hanya administrator server yang dapat mengaktifkan perintah itu jika Anda benar-benar membutuhkannya.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "Setelah EHLO, 502 hanya boleh dikirim oleh server model lama yang tidak mendukung EHLO; sapa ulang dengan HELO dan jangan gunakan ekstensi SMTP dalam sesi ini.",
                },
                CommandNote {
                    command: Command::Vrfy,
                    text: "Setelah VRFY, 502 berarti verifikasi alamat dimatikan atau tidak disediakan. RFC 5321 mewajibkan server yang menonaktifkan VRFY demi keamanan untuk menjawab 252, tetapi sebagian server, seperti Postfix, mengirim 502.",
                },
                CommandNote {
                    command: Command::Atrn,
                    text: "Setelah ATRN, 502 berarti server ini tidak menyediakan On-Demand Mail Relay (RFC 2645); pastikan Anda tersambung ke host dan port yang diberikan penyedia untuk layanan tersebut.",
                },
            ],
        },
        ReplyCode::BadSequence => &ReplyTexts {
            title: "Urutan perintah salah",
            description: "Perintah itu sendiri sah, tetapi server tidak dapat menerimanya pada tahap sesi ini karena urutannya salah: perintah yang seharusnya didahulukan belum dikirim (misalnya RCPT TO yang dikirim sebelum MAIL FROM), atau perintah itu sudah pernah diberikan dan tidak boleh diulang (misalnya MAIL FROM kedua di dalam transaksi). Ini adalah kesalahan permanen untuk urutan perintah tersebut, bukan kesalahan sintaksis pada perintahnya.",
            when_you_see_it: "Paling sering setelah RCPT TO tanpa MAIL FROM yang diterima, setelah DATA tanpa satu pun penerima yang diterima, atau setelah MAIL FROM yang dikirim sebelum EHLO atau HELO ataupun di tengah transaksi yang masih terbuka. Server yang membuka koneksi dengan 554 juga menjawab setiap perintah berikutnya, kecuali QUIT, dengan 503.",
            how_to_fix: "Perbaiki urutan di program pengirim: EHLO atau HELO terlebih dahulu, lalu MAIL FROM, setidaknya satu RCPT TO yang diterima, dan baru kemudian DATA atau BDAT. Jika ada perintah sebelumnya dalam transaksi yang gagal, kirim RSET dan mulai transaksi dari awal alih-alih melanjutkannya. Dengan PIPELINING, baca setiap balasan sesuai urutannya, karena MAIL FROM atau RCPT TO yang ditolak membuat perintah sesudahnya dijawab dengan 503.",
            by_command: &[
                CommandNote {
                    command: Command::Rcpt,
                    text: "Setelah RCPT TO, 503 berarti server belum memiliki MAIL FROM yang diterima untuk transaksi ini, misalnya karena MAIL FROM ditolak atau tidak pernah dikirim. Kirim terlebih dahulu MAIL FROM yang diterima oleh server.",
                },
                CommandNote {
                    command: Command::Data,
                    text: "Sebelum balasan 354, 503 berarti DATA dikirim di luar urutan: belum ada penerima yang diterima, transaksi sudah memakai BDAT, atau MAIL FROM menyatakan BODY=BINARYMIME yang wajib dikirim dengan BDAT (RFC 3030).",
                },
                CommandNote {
                    command: Command::Bdat,
                    text: "Setelah BDAT, 503 biasanya berarti ada potongan data yang dikirim setelah potongan BDAT LAST mengakhiri pesan (RFC 3030). Mulai transaksi baru dengan MAIL FROM sebelum mengirim potongan berikutnya.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "Setelah AUTH, 503 berarti klien sudah berhasil diautentikasi atau sebuah transaksi email sedang berjalan: RFC 4954 menolak AUTH kedua setelah autentikasi berhasil dan setiap AUTH di tengah transaksi. Jangan mengulang AUTH setelah berhasil, dan kirim AUTH sebelum MAIL FROM.",
                },
            ],
        },
        ReplyCode::ParameterNotImplemented => &ReplyTexts {
            title: "Parameter perintah tidak diimplementasikan",
            description: "Server mengenal perintahnya, tetapi tidak mendukung parameter atau opsi yang dikirim bersamanya. Mengirim perintah yang sama dengan parameter yang sama akan terus gagal.",
            when_you_see_it: "Paling sering sebagai balasan atas AUTH dengan mekanisme yang tidak ditawarkan server, dan lebih jarang setelah EHLO, HELO, VRFY, EXPN, atau HELP. Sebagian server juga memakainya untuk kebijakan: Postfix, misalnya, secara bawaan menolak nama yang bukan nama domain lengkap (FQDN) dengan 504 (non_fqdn_reject_code).",
            how_to_fix: "Periksa balasan EHLO untuk melihat ekstensi dan opsi yang didukung server, lalu kirim hanya yang tercantum di sana. Untuk penolakan Postfix atas nama yang tidak lengkap, atur program pengirim agar memakai nama domain lengkap seperti mail.example.com pada EHLO serta alamat lengkap yang memiliki bagian domain.",
            by_command: &[CommandNote {
                command: Command::Auth,
                text: "Setelah AUTH, 504 (kode status diperluas 5.5.4) berarti server tidak mendukung mekanisme SASL yang dipilih. Pilih salah satu mekanisme yang tercantum pada baris AUTH dalam balasan EHLO.",
            }],
        },
        ReplyCode::HostDoesNotAcceptMail => &ReplyTexts {
            title: "Host tidak menerima email",
            description: "Server (host) yang Anda hubungi sama sekali tidak menerima email dalam keadaan apa pun, sehingga tidak ada pengirim atau pesan yang dapat masuk melaluinya. Kode ini pertama kali dijelaskan dalam RFC 1846 yang bersifat eksperimental (1995) dan kini didefinisikan oleh RFC 7504, dengan kode status diperluas 5.3.2. Kode ini menyangkut satu server tersebut, bukan pengirim tertentu dan bukan seluruh domain, yang dilaporkan dengan 556 bila domain itu memublikasikan null MX.",
            when_you_see_it: "Sebagai salam pembuka, menggantikan 220, ketika program terhubung ke mesin yang menjalankan layanan SMTP hanya untuk menolak email, misalnya server yang tercantum di DNS tetapi tidak dimaksudkan untuk menerima email. Menurut RFC 7504, kode ini sebaiknya tidak dipakai untuk menolak email dari server atau alamat tertentu, sehingga salam pembuka 521 bukan tanda bahwa Anda masuk daftar blokir.",
            how_to_fix: "Jangan mencoba lagi ke server ini karena balasannya permanen. Administrator pihak pengirim perlu memeriksa mengapa email dikirim ke server ini, misalnya karena record MX yang salah, record DNS lama yang tidak lagi berlaku, atau pengaturan server relay tetap di sisi pengirim, dan pemilik domain perlu memastikan record MX hanya menunjuk ke server yang menerima email.",
            by_command: &[
                CommandNote {
                    command: Command::Connect,
                    text: "Sebagai salam pembuka, 521 memiliki arti menurut RFC 7504: server ini sama sekali tidak menerima email, jadi akhiri sesi dan jangan mencoba server ini lagi.",
                },
                CommandNote {
                    command: Command::Bdat,
                    text: "Setelah BDAT, Postfix mengirim 521 5.5.1 ketika CHUNKING dinonaktifkan lalu menutup koneksi; ini penggunaan khusus vendor, bukan arti menurut RFC 7504. Kirim ulang pesan dengan DATA, dan gunakan BDAT hanya jika balasan EHLO mencantumkan CHUNKING.",
                },
            ],
        },
        ReplyCode::RegistryEncryptionNeeded => &ReplyTexts {
            title: "Enkripsi diperlukan (hanya di registri)",
            description: "Penolakan permanen karena tindakan yang diminta memerlukan koneksi terenkripsi terlebih dahulu; itulah arti kode status diperluas X.7.10 (\"Encryption Needed\"). RFC 5248 mendaftarkan X.7.10 dengan 523 sebagai satu-satunya kode balasan dasarnya, tetapi RFC 5321 tidak mendefinisikan 523, sehingga kode ini hanya dikenal dari registri.",
            when_you_see_it: "Kemungkinan besar sebagai 523 5.7.10 ketika server mewajibkan TLS, misalnya sebagai balasan atas AUTH pada koneksi yang belum terenkripsi. Tidak ada RFC yang menyebutkan perintah mana yang dijawab dengan 523, dan registri pun tidak menyebutkannya.",
            how_to_fix: "Bertindaklah berdasarkan digit pertama, seperti yang diwajibkan RFC 5321 bagi klien yang tidak mengenal suatu kode: 5yz bersifat permanen, jadi jangan mengirim perintah yang sama lagi melalui koneksi ini. Enkripsi koneksinya terlebih dahulu: kirim STARTTLS, selesaikan jabat tangan TLS, kirim EHLO lagi, lalu ulangi perintahnya, atau hubungkan ke port 465 yang langsung memakai TLS.",
            by_command: &[],
        },
        ReplyCode::RegistryEncryptionRequiredForAuth => &ReplyTexts {
            title: "Enkripsi diwajibkan untuk mekanisme autentikasi (hanya di registri)",
            description: "Penolakan permanen karena mekanisme autentikasi yang dipilih hanya boleh dipakai melalui koneksi terenkripsi; itulah arti kode status diperluas X.7.11. Kode 524 tidak didefinisikan oleh RFC 5321 maupun RFC 4954: RFC 4954 memasangkan X.7.11 dengan 538, yang juga dinyatakannya usang, sedangkan registri, yang dibentuk oleh RFC 5248, mencantumkan 524 di samping 538.",
            when_you_see_it: "Setelah AUTH yang menyebutkan mekanisme seperti itu pada koneksi tanpa TLS, kemungkinan besar sebagai 524 5.7.11, karena X.7.11 adalah satu-satunya kode status diperluas yang dipasangkan registri dengan 524. Tidak ada RFC yang menyebutkan perintah mana yang dijawab dengan 524; server yang mengikuti RFC 4954 mengirim 538 5.7.11 untuk kasus ini.",
            how_to_fix: "Bertindaklah berdasarkan digit pertama, seperti yang diwajibkan RFC 5321 untuk kode yang tidak dikenal klien: 5yz bersifat permanen, sehingga AUTH yang sama pada koneksi ini akan gagal lagi. Kirim STARTTLS, selesaikan jabat tangan TLS, kirim EHLO lagi, lalu ulangi AUTH, dan atur klien agar tidak pernah mengirim kredensial tanpa enkripsi.",
            by_command: &[],
        },
        ReplyCode::RegistryUserAccountDisabled => &ReplyTexts {
            title: "Akun pengguna dinonaktifkan (hanya di registri)",
            description: "Penolakan permanen karena administrator telah menonaktifkan akun tersebut; itulah arti kode status diperluas X.7.13 (\"User Account Disabled\"), dan menurut teks registri kegagalan ini berlaku sampai akun diaktifkan kembali. RFC 5248 mendaftarkan X.7.13 dengan 525 sebagai satu-satunya kode balasan dasarnya; RFC 5321 tidak mendefinisikan 525, jadi registri adalah satu-satunya sumbernya.",
            when_you_see_it: "Setelah AUTH dengan kredensial milik akun yang dinonaktifkan, kemungkinan besar sebagai 525 5.7.13, satu-satunya kode status diperluas yang dipasangkan registri dengan 525. Registri tidak menyebutkan perintah apa pun untuk 525, begitu pula RFC mana pun.",
            how_to_fix: "Bertindaklah berdasarkan digit pertama, seperti yang diwajibkan RFC 5321 bagi klien yang menerima kode yang tidak dikenal: 5yz bersifat permanen, jadi jangan mencoba lagi dan jangan meminta kata sandi lagi. Pemilik akun harus menghubungi penyedia atau administrator server agar akunnya diaktifkan kembali.",
            by_command: &[],
        },
        ReplyCode::TlsOrAuthRequired => &ReplyTexts {
            title: "TLS atau autentikasi diwajibkan",
            description: "Server menolak perintah sampai klien mengamankan koneksi dengan STARTTLS (RFC 3207) atau login dengan AUTH (RFC 4954). Kedua kasus memakai kode status diperluas 5.7.0, sehingga teks balasanlah yang membedakannya.",
            when_you_see_it: "Sebagai balasan atas MAIL FROM atau perintah lain yang dikirim sebelum STARTTLS atau AUTH, biasanya pada server submission di port 587. RFC 3207 hanya mengizinkan server yang tidak diumumkan kepada publik sebagai tujuan email (misalnya tidak tercantum dalam record MX), seperti server submission, untuk mewajibkan TLS, sehingga server MX publik di port 25 seharusnya tidak menjawab seperti ini.",
            how_to_fix: "Atur program pengirim agar menjalankan STARTTLS atau melakukan autentikasi sebelum mengirim MAIL FROM, sesuai dengan yang diminta teks balasan. Gunakan port dan pengaturan keamanan yang diumumkan oleh administrator server; koneksi biasa tanpa TLS atau tanpa login akan terus mendapat 530.",
            by_command: &[
                CommandNote {
                    command: Command::StartTls,
                    text: "Jika teksnya \"Must issue a STARTTLS command first\", server hanya menerima NOOP, EHLO, STARTTLS, dan QUIT sampai TLS aktif. Kirim STARTTLS, selesaikan jabat tangan TLS, lalu kirim EHLO lagi sebelum MAIL FROM.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "Jika teksnya \"Authentication required\", server hanya menerima AUTH, EHLO, HELO, NOOP, RSET, dan QUIT sampai klien berhasil login. Lakukan autentikasi dengan AUTH, biasanya setelah STARTTLS, lalu mulai transaksi.",
                },
            ],
        },
        ReplyCode::RegistryDeliveryNotAuthorized => &ReplyTexts {
            title: "Pengiriman tidak diizinkan (hanya di registri)",
            description: "Penolakan permanen karena kebijakan server penerima tidak mengizinkan pengirim, host klien, atau pesan ini lewat; itulah arti kode status diperluas X.7.1 (\"Delivery not authorized, message refused\"). RFC 5321 tidak mendefinisikan 533; hanya registri kode status diperluas yang menyebutnya, di antara kode balasan dasar untuk X.7.1 bersama 451, 454, 502, 503, 550, dan 551.",
            when_you_see_it: "Setelah MAIL FROM, RCPT TO, atau data pesan ketika sebuah kebijakan menolak pengiriman, kemungkinan besar sebagai 533 5.7.1. Registri tidak menyebutkan perintah apa pun untuk 533, dan server dapat menjawab penolakan yang sama dengan kode lain, seperti Postfix yang mengirim \"554 5.7.1 Relay access denied\" setelah RCPT TO.",
            how_to_fix: "Bertindaklah berdasarkan digit pertama, seperti yang diwajibkan RFC 5321 untuk kode yang tidak dikenal oleh klien: 5yz bersifat permanen, jadi jangan mengirim ulang pesan tanpa perubahan. Jika Anda me-relay melalui server ini, lakukan autentikasi dengan AUTH terlebih dahulu; jika tidak, administrator pihak pengirim perlu meminta administrator pihak penerima mengizinkan alamat atau host pengirim, dengan menyertakan balasan lengkapnya.",
            by_command: &[],
        },
        ReplyCode::AuthMechanismTooWeak => &ReplyTexts {
            title: "Mekanisme autentikasi terlalu lemah",
            description: "Server menolak mekanisme autentikasi yang dipilih pada AUTH karena mekanisme itu lebih lemah daripada yang diizinkan oleh kebijakan server. Kode ini didefinisikan oleh RFC 4954 dengan kode status diperluas 5.7.9.",
            when_you_see_it: "Sebagai balasan atas AUTH, biasanya ketika program pengirim beralih ke mekanisme yang lebih lama atau lebih sederhana daripada yang diwajibkan server.",
            how_to_fix: "Dari baris AUTH dalam balasan EHLO, pilih mekanisme yang lebih kuat, lalu atur program pengirim untuk memakainya. Jika program tidak mendukung satu pun mekanisme yang diterima, perbarui program tersebut atau tanyakan kepada administrator server mekanisme mana yang diizinkan; mencoba lagi dengan mekanisme yang sama tidak akan berhasil.",
            by_command: &[],
        },
        ReplyCode::AuthCredentialsInvalid => &ReplyTexts {
            title: "Kredensial autentikasi tidak valid",
            description: "Server tidak menerima login: nama pengguna, kata sandi, atau kredensial lain yang dikirim dengan AUTH salah atau tidak diizinkan. RFC 4954 menjadikan 535 (dengan 5.7.8) balasan umum untuk AUTH yang gagal bila tidak ada kode lain yang lebih spesifik.",
            when_you_see_it: "Sebagai balasan atas AUTH, atau atas baris terakhir pertukaran AUTH setelah tantangan 334, ketika pemeriksaan kredensial gagal.",
            how_to_fix: "Periksa nama pengguna, kata sandi, dan akun di pengaturan program pengirim, lalu tanyakan kepada administrator server email apakah akun tersebut aktif dan diizinkan mengirim. Jangan biarkan program mencoba lagi terus-menerus, karena banyak server memblokir alamat setelah beberapa kali login gagal.",
            by_command: &[],
        },
        ReplyCode::EncryptionRequiredForAuth => &ReplyTexts {
            title: "Enkripsi diwajibkan untuk mekanisme autentikasi",
            description: "Mekanisme autentikasi yang dipilih hanya boleh dipakai melalui koneksi terenkripsi, sedangkan koneksi ini belum terenkripsi. Kode ini didefinisikan dalam RFC 2554; RFC 4954 memasangkannya dengan 5.7.11 tetapi menyatakannya usang (deprecated) dan mencantumkannya hanya sebagai catatan sejarah, sehingga server masa kini jarang mengirimnya.",
            when_you_see_it: "Sebagai balasan atas AUTH yang dikirim melalui koneksi tanpa enkripsi, dari server lama atau server yang masih mengikuti RFC 2554.",
            how_to_fix: "Kirim STARTTLS terlebih dahulu, selesaikan jabat tangan TLS, kirim EHLO lagi, lalu ulangi AUTH. Jika TLS tidak memungkinkan, pilih mekanisme yang diizinkan server tanpa enkripsi, meskipun mengirim kredensial melalui koneksi tanpa enkripsi tidak dianjurkan.",
            by_command: &[],
        },
        ReplyCode::MailboxUnavailable => &ReplyTexts {
            title: "Kotak surat tidak tersedia",
            description: "Server menolak tindakan yang diminta secara permanen: kotak surat tidak ada, pengirim tidak memiliki akses ke sana, atau kebijakan server menolak perintah tersebut. Kode status diperluas dalam balasan membedakan kasus-kasus ini, misalnya 5.1.1 untuk kotak surat yang tidak dikenal atau 5.7.1 untuk pengiriman yang tidak diizinkan.",
            when_you_see_it: "Paling sering setelah RCPT TO, tetapi juga setelah MAIL FROM, EHLO atau HELO, VRFY, dan EXPN, serta setelah data pesan selesai dikirim bila isinya ditolak karena alasan kebijakan.",
            how_to_fix: "Baca kode status diperluas dan teks balasannya: untuk kotak surat yang tidak dikenal, periksa kesalahan ketik pada alamat dan konfirmasikan alamat itu kepada penerima; untuk penolakan karena kebijakan, administrator pihak pengirim perlu memeriksa reputasi server pengirim, konfigurasi SPF dan DKIM, serta apakah server itu masuk daftar blokir, dan bila perlu menghubungi administrator pihak penerima. Jangan mengirim ulang tanpa perubahan, karena jawabannya akan tetap sama.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "Setelah EHLO atau HELO, 550 berarti server tidak menerima EHLO atau HELO tersebut, misalnya karena nama yang diberikan klien; server tetap berada pada keadaan sebelumnya (RFC 5321 bagian 4.1.4). Kirim EHLO lagi dengan nama domain lengkap (FQDN) yang benar.",
                },
                CommandNote {
                    command: Command::Mail,
                    text: "Setelah MAIL FROM, 550 menolak pengirim: karena kebijakan, karena domain pengirim memublikasikan null MX (5.7.27), atau karena server tidak menerima alamat pengirim dengan karakter non-ASCII (5.6.7, RFC 6531). Gunakan alamat pengirim ASCII yang valid pada domain yang dapat menerima balasan.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "Setelah RCPT TO, 550 paling sering berarti kotak surat tidak ada (5.1.1) atau server menolak penerima ini karena kebijakan (5.7.1). Tanyakan kepada penerima apakah alamat itu benar; setiap penerima lain dalam transaksi yang sama mendapat balasannya sendiri.",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "Setelah data pesan, 550 menolak seluruh pesan karena alasan kebijakan, sering kali akibat pemeriksaan SPF, DKIM, atau autentikasi lain yang gagal (5.7.20 sampai 5.7.26) atau akibat filter konten. Server tidak akan mengirimkan pesan tersebut, jadi administrator pihak pengirim harus memperbaiki penyebabnya sebelum mengirim lagi.",
                },
            ],
        },
        ReplyCode::UserNotLocalTryElsewhere => &ReplyTexts {
            title: "Pengguna tidak lokal, gunakan alamat yang diberikan",
            description: "Penerima tidak ditangani oleh server ini, dan server tidak akan meneruskan pesan; sebagai gantinya, balasan menyebutkan alamat atau jalur tempat penerima dapat dihubungi. Ini salah satu dari sedikit balasan yang teksnya boleh dibaca oleh program, karena teks itu memuat perubahan alamat.",
            when_you_see_it: "Sebagai balasan atas RCPT TO atau VRFY ketika penerima sudah pindah dan server mengetahui alamat barunya tetapi tidak me-relay email ke sana. Sebagian server juga memakainya untuk menolak relay, seperti contoh dalam RFC 2034: \"551 5.7.1 Forwarding to remote hosts disabled\".",
            how_to_fix: "Kirim pesan ke alamat yang disebutkan dalam balasan, lalu perbarui buku alamat atau entri milis Anda. Jika balasan menolak relay, kirim melalui server yang diizinkan me-relay untuk Anda, biasanya server submission milik penyedia Anda sendiri; mengirim ulang ke server yang sama akan gagal lagi.",
            by_command: &[],
        },
        ReplyCode::StorageExceeded => &ReplyTexts {
            title: "Alokasi penyimpanan terlampaui",
            description: "Server membatalkan tindakan karena akan melampaui batas penyimpanan: pesan lebih besar daripada yang diizinkan server atau kotak surat, atau kotak surat penerima sudah penuh. Kode status diperluas yang umum untuk kasus ini adalah 5.3.4 (pesan terlalu besar untuk sistem), 5.2.3 (panjang pesan melebihi batas administratif), dan 5.2.2 (kotak surat penuh).",
            when_you_see_it: "Setelah MAIL FROM ketika parameter SIZE menyatakan ukuran pesan yang terlalu besar, setelah RCPT TO, atau setelah data pesan selesai dikirim.",
            how_to_fix: "Untuk pesan yang terlalu besar, bandingkan ukurannya dengan nilai SIZE dalam balasan EHLO server, lalu perkecil pesan, misalnya dengan menghapus atau mengompresi lampiran, atau bagikan berkas besar melalui tautan. Untuk kotak surat yang penuh, penerima harus mengosongkan ruang atau meminta kuotanya dinaikkan sebelum Anda mengirim lagi.",
            by_command: &[
                CommandNote {
                    command: Command::Mail,
                    text: "Setelah MAIL FROM, 552 berarti ukuran yang dinyatakan dengan parameter SIZE melebihi batas maksimum tetap yang diterima server (RFC 1870). Perkecil pesan hingga di bawah batas yang diumumkan dalam balasan EHLO.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "Setelah RCPT TO, 552 sering berarti terlalu banyak penerima: RFC 821 keliru mencantumkan 552 untuk kasus ini, dan RFC 5321 bagian 4.5.3.1.10 menyatakan bahwa klien sebaiknya memperlakukannya sebagai kegagalan sementara seperti 452 serta mengirim sisa penerima dalam transaksi berikutnya. Kode ini juga dapat berarti batas ukuran untuk penerima ini lebih kecil daripada ukuran pesan yang dinyatakan (RFC 1870).",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "Setelah data pesan, 552 berarti data email terlalu banyak: pesan melampaui alokasi penyimpanan server atau kotak surat penerima. Perkecil pesan, atau tunggu sampai penerima mengosongkan ruang.",
                },
            ],
        },
        ReplyCode::MailboxNameNotAllowed => &ReplyTexts {
            title: "Nama kotak surat tidak diizinkan",
            description: "Server menolak alamat karena nama kotak surat tidak diizinkan, paling sering karena sintaksisnya salah. Server juga memakainya ketika alamat melanggar kebijakan, misalnya alamat pengirim yang bukan milik pengguna yang sedang login.",
            when_you_see_it: "Setelah MAIL FROM, RCPT TO, atau VRFY, ketika alamat dalam perintah tidak dapat diterima sebagaimana tertulis.",
            how_to_fix: "Periksa apakah alamat mengandung kesalahan ketik atau spasi, tidak diapit kurung sudut, atau tidak memiliki bagian domain, lalu perbaiki di program pengirim. Jika alamat pengirim ditolak, kirim hanya dari alamat yang boleh dipakai oleh akun Anda; balasan ini permanen, jadi mengirim ulang tanpa perubahan tidak akan membantu.",
            by_command: &[
                CommandNote {
                    command: Command::Mail,
                    text: "Setelah MAIL FROM, 553 sering berarti alamat pengirim tidak diizinkan dalam sesi ini, seperti pada balasan Postfix \"553 5.7.1 Sender address rejected: not logged in\" atau \"not owned by user\". Lakukan login terlebih dahulu dengan AUTH, atau kirim dari alamat yang dimiliki akun tersebut.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "Setelah RCPT TO, 553 berarti alamat penerima salah bentuk, atau mengandung karakter non-ASCII yang tidak dapat dibawa oleh transaksi ini (5.6.7, RFC 6531). Perbaiki alamatnya, atau nyatakan SMTPUTF8 pada MAIL FROM jika server menawarkan ekstensi tersebut.",
                },
                CommandNote {
                    command: Command::Vrfy,
                    text: "Setelah VRFY, 553 dapat berarti nama tersebut cocok dengan lebih dari satu kotak surat, seperti contoh \"553 User ambiguous\" dalam RFC 5321. Berikan nama yang lebih spesifik atau alamat lengkap.",
                },
            ],
        },
        ReplyCode::TransactionFailed => &ReplyTexts {
            title: "Transaksi gagal",
            description: "Transaksi gagal secara permanen atau, sebagai balasan pertama pada koneksi, server menyatakan tidak ada layanan SMTP di sini untuk klien ini. Kode ini adalah kegagalan permanen umum yang dipakai server bila tidak ada kode 5yz lain yang lebih spesifik, sering kali untuk penolakan karena kebijakan.",
            when_you_see_it: "Sebagai salam pembuka pengganti 220, sebagai balasan atas DATA, setelah data pesan, dan pada sebagian server setelah RCPT TO. Server yang menilai TLS hasil negosiasi terlalu lemah juga menjawab perintah dengan 554.",
            how_to_fix: "Baca kode status diperluas dan teks balasan, yang menyebutkan penyebab sebenarnya, lalu perbaiki penyebab itu sebelum mengirim lagi: administrator pihak pengirim menangani masalah daftar blokir, pengaturan relay, dan konfigurasi TLS, sedangkan pengirim menangani isi pesan yang ditolak. Jangan mencoba lagi transaksi yang sama tanpa perubahan.",
            by_command: &[
                CommandNote {
                    command: Command::Connect,
                    text: "Sebagai salam pembuka, 554 berarti \"No SMTP service here\": server tidak mau melayani klien ini, sering kali karena alamat IP-nya. Server tetap menunggu QUIT dan menjawab perintah lain dengan 503, jadi kirim QUIT dan periksa apakah alamat IP tersebut masuk daftar blokir sebelum mencoba lagi.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "Setelah RCPT TO, server seperti Postfix menjawab \"554 5.7.1 Relay access denied\" ketika klien meminta relay ke domain yang tidak dilayaninya, dan secara bawaan memakai 554 untuk penolakan berdasarkan daftar blokir DNS. Lakukan autentikasi sebelum me-relay, atau minta agar alamat IP tersebut dihapus dari daftar blokir.",
                },
                CommandNote {
                    command: Command::Data,
                    text: "Sebagai balasan atas DATA, sebelum 354, 554 berarti tidak ada penerima yang valid karena semua RCPT TO ditolak. Jangan mengirim data pesan; perbaiki daftar penerima lalu mulai lagi dengan MAIL FROM.",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "Setelah data pesan, 554 berarti transaksi gagal dan server tidak akan mengirimkan pesan tersebut, misalnya karena isinya ditolak atau ada penerima yang tidak dapat menerima header UTF-8 (5.6.9, RFC 6531). Baca kode status diperluas untuk menemukan penyebabnya sebelum mengirim lagi.",
                },
                CommandNote {
                    command: Command::StartTls,
                    text: "Setelah STARTTLS dan jabat tangan TLS selesai, 554 berarti server menilai TLS hasil negosiasi terlalu lemah dan menolak semua perintah berikutnya kecuali QUIT (RFC 3207). Perbarui versi TLS dan cipher yang didukung klien, lalu buka koneksi kembali.",
                },
            ],
        },
        ReplyCode::ParametersNotRecognized => &ReplyTexts {
            title: "Parameter MAIL FROM atau RCPT TO tidak dikenali",
            description: "Server tidak mengenali atau tidak mengimplementasikan salah satu parameter yang dikirim bersama MAIL FROM atau RCPT TO, misalnya kata kunci ekstensi yang tidak pernah diumumkannya. RFC 5321 bagian 4.1.1.11 mendefinisikannya sebagai kegagalan permanen; padanan sementaranya adalah 455, untuk parameter yang saat itu tidak dapat dipenuhi server.",
            when_you_see_it: "Setelah MAIL FROM atau RCPT TO yang membawa parameter ekstensi seperti SIZE, BODY, SMTPUTF8, RET, ENVID, NOTIFY, atau ORCPT. Postfix, misalnya, menjawab \"555 5.5.4 Unsupported option\" diikuti nama parameternya.",
            how_to_fix: "Kirim hanya parameter milik ekstensi yang dicantumkan server dalam balasan EHLO, dan pastikan program memakai EHLO, bukan HELO, bila memerlukan ekstensi. Pengembang atau administrator program pengirim harus memperbaikinya; mencoba lagi tanpa perubahan akan gagal lagi.",
            by_command: &[],
        },
        ReplyCode::DomainDoesNotAcceptMail => &ReplyTexts {
            title: "Domain tidak menerima email",
            description: "Domain penerima telah menyatakan melalui DNS, dengan record null MX (RFC 7505), bahwa domain tersebut sama sekali tidak menerima email, sehingga email ke alamat mana pun di domain itu tidak dapat dikirimkan. Berbeda dengan 521 yang menyangkut satu server (host) yang Anda hubungi, 556 menyangkut seluruh domain pada alamat tersebut. RFC 7504 mendefinisikan kode ini, dengan kode status diperluas 5.1.10 (\"Recipient address has null MX\"); null MX pada domain pengirim dilaporkan secara berbeda, yaitu dengan 550 dan 5.7.27.",
            when_you_see_it: "Biasanya pihak pengirim sendiri yang melaporkannya: server email keluar Anda atau sebuah relay menjawab RCPT TO dengan 556, atau mengirim laporan kegagalan pengiriman dengan 556, setelah mencari domain penerima di DNS dan menemukan null MX. Tidak ada server milik domain penerima yang dapat dihubungi.",
            how_to_fix: "Periksa kesalahan ketik pada bagian domain alamat penerima, karena tidak ada alamat di domain ini yang dapat menerima email. Jika alamatnya benar, hubungi penerima melalui cara lain; jika Anda pemilik domain tersebut dan ingin menerima email, ganti null MX dengan record MX yang sebenarnya. Mengirim ulang akan gagal lagi karena balasan ini permanen.",
            by_command: &[],
        },
    }
}
