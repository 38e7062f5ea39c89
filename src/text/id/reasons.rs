//! Indonesian texts of the diagnosis reasons (why a reply failed).

use crate::diagnose::Reason;
use crate::text::Texts;

/// The Indonesian texts of a reason.
pub(crate) const fn reason(reason: Reason) -> &'static Texts {
    match reason {
        Reason::UserUnknown => &Texts {
            title: "Alamat penerima tidak ada",
            description: "Server penerima tidak memiliki kotak surat untuk alamat penerima tersebut: alamatnya salah ketik, akunnya sudah dihapus, atau alamat itu memang tidak pernah ada. Kesalahan ini melekat pada alamatnya sendiri dan bersifat permanen, sehingga setiap pesan berikutnya ke alamat itu akan gagal dengan cara yang sama.",
            when_you_see_it: "Biasanya 550 atau 553 dengan 5.1.1 sebagai balasan atas RCPT TO; server lain mengirim 511, 554, bahkan 450, disertai 5.1.0, 5.1.3, atau 5.1.10 pada Microsoft. Teks yang umum adalah \"User unknown in local recipient table\" dan \"No such user\"; kode status diperluas bisa menyesatkan, misalnya 5.2.1 atau 5.7.1 yang menyertai teks semacam itu.",
            how_to_fix: "Pengirim sebaiknya memeriksa apakah alamat itu salah ketik, misalnya pada nama domainnya, lalu mengonfirmasikan alamat itu kepada penerima melalui saluran lain. Jika alamatnya keliru, perbaiki; jika tidak, masukkan alamat itu ke daftar supresi dan jangan mencoba lagi, karena server akan memberikan balasan yang sama setiap kali.",
        },
        Reason::MailboxDisabled => &Texts {
            title: "Kotak surat dinonaktifkan atau tidak aktif",
            description: "Kotak suratnya ada, tetapi akunnya telah dinonaktifkan, ditangguhkan, dikunci, atau lama tidak dipakai, sehingga tidak menerima email. Penyedia bisa menutup akun semacam itu untuk selamanya atau membukanya kembali nanti; kelas balasan menunjukkan kemungkinan mana yang lebih besar.",
            when_you_see_it: "Sering berupa 550 atau 554 dengan 5.2.1, 525 dengan 5.7.13 (\"User Account Disabled\"), atau \"554.30\" dari Yahoo, biasanya sebagai balasan atas RCPT TO. Teks yang umum adalah \"account has been disabled or discontinued\" dan \"no longer accepts mail\"; kode 4yz atau teks seperti \"temporary locked, try again later\" menandakan kuncinya mungkin dibuka lagi.",
            how_to_fix: "Setelah balasan 5yz, hentikan pengiriman ke alamat itu dan masukkan ke daftar supresi; hanya penerima yang dapat meminta akunnya diaktifkan kembali atau memberi Anda alamat baru. Setelah balasan 4yz, penguncian itu bersifat sementara, jadi biarkan program pengirim mencoba lagi nanti, dan masukkan alamat itu ke daftar supresi hanya jika kemudian datang balasan 5yz.",
        },
        Reason::MailboxMoved => &Texts {
            title: "Penerima sudah pindah tanpa penerusan",
            description: "Penerima tidak lagi menerima email di alamat ini, dan server tidak meneruskannya ke alamat baru. Pada 5.7.17, pemilik kotak suratnya bahkan sudah berganti, sehingga alamat lama itu kini mungkin milik orang lain.",
            when_you_see_it: "551 (\"User not local\") atau 550 dengan 5.1.6, biasanya sebagai balasan atas RCPT TO, serta 5.7.17 ketika pemeriksaan RRVS (RFC 7293) mendapati bahwa pemilik kotak surat telah berganti. Teks yang umum adalah \"has moved\" dan \"no longer on server\", kadang diikuti alamat barunya.",
            how_to_fix: "Jika balasan menyebutkan alamat baru, pengirim sebaiknya mengganti alamat lama dengan alamat itu di daftarnya; jika tidak, masukkan alamat lama ke daftar supresi. Jangan pernah mencoba lagi ke alamat lama, karena server akan terus menolaknya.",
        },
        Reason::MailboxFull => &Texts {
            title: "Kotak surat penerima penuh",
            description: "Kotak surat penerima telah menghabiskan kuota penyimpanannya, sehingga server tidak dapat menyimpan pesan lain sampai ada ruang yang dikosongkan. Biasanya kondisi ini sementara, tetapi kotak surat yang penuh dalam waktu lama mungkin sudah ditinggalkan pemiliknya.",
            when_you_see_it: "Biasanya 452 atau 552 dengan 4.2.2 atau 5.2.2, kadang 450, 550, atau 554, sebagai balasan atas RCPT TO atau setelah data pesan. Teks yang umum adalah \"mailbox full\" dan \"quota exceeded\"; namun \"5.2.2 Submission quota exceeded\" dari Microsoft menyangkut batas pengiriman milik pengirim sendiri.",
            how_to_fix: "Penerima harus menghapus pesan atau meminta kuota yang lebih besar; pengirim hanya bisa menunggu. Setelah balasan 4yz, program pengirim akan mencoba lagi dengan sendirinya; setelah balasan 5yz, jangan mengirim ulang tanpa perubahan, tetapi beri tahu penerima melalui saluran lain dan kirim lagi setelah ruangnya dikosongkan. Kotak surat yang masih penuh setelah beberapa hari kemungkinan besar sudah ditinggalkan.",
        },
        Reason::RecipientRefused => &Texts {
            title: "Penerima menolak pengirim ini",
            description: "Alamatnya valid, tetapi penerima, grupnya, atau milisnya hanya menerima email dari pengirim tertentu, dan pengirim ini tidak termasuk di antaranya. Penolakan ini hanya berlaku bagi pengirim ini; pengirim lain tetap dapat menjangkau alamat tersebut.",
            when_you_see_it: "Biasanya 550 dengan 5.7.1 (\"Delivery not authorized, message refused\"), 5.7.133 sampai 5.7.136 dari Exchange untuk grup dan kotak surat yang dibatasi, atau 5.2.4 untuk milis, sebagai balasan atas RCPT TO atau setelah data pesan. Teks yang umum adalah \"refused due to recipient preferences\" dan \"you are not a member of this list\".",
            how_to_fix: "Pengirim sebaiknya meminta penerima, atau pemilik ataupun administrator grup atau milis tersebut, agar mengizinkan alamat pengirim, misalnya dengan menambahkannya ke daftar pengirim yang diizinkan atau dengan bergabung ke milis itu. Jangan mengirim ulang tanpa perubahan setelah balasan 5yz, dan jangan masukkan alamat itu ke daftar supresi, karena pemblokiran ini hanya berlaku bagi pengirim ini.",
        },
        Reason::DomainUnknown => &Texts {
            title: "Domain penerima tidak ada",
            description: "Bagian domain dari alamat penerima tidak ada di DNS, atau domain itu tidak memiliki record MX maupun record alamat, sehingga tidak ada server yang dapat menerima email untuknya. Paling sering nama domainnya salah ketik, seperti gmal.com, atau domain itu sudah tidak dipakai lagi.",
            when_you_see_it: "Sering muncul dalam laporan kegagalan pengiriman dari server pengirim Anda sendiri tanpa kode sama sekali, atau berupa 550, 553, atau 554 dengan 5.1.2 atau 5.4.4 sebagai balasan atas RCPT TO. Teks yang umum adalah \"Host or domain name not found\" dan \"Domain does not exist\"; kegagalan DNS yang berbunyi \"try again\" merupakan gangguan jaringan sementara, bukan kasus ini.",
            how_to_fix: "Pengirim sebaiknya memperbaiki nama domainnya jika itu salah ketik; jika bukan, hapus alamat itu atau masukkan ke daftar supresi. Mencoba lagi tidak ada gunanya, karena pencarian DNS yang sama akan gagal lagi.",
        },
        Reason::DomainNotAccepting => &Texts {
            title: "Domain penerima tidak menerima email",
            description: "Domainnya ada, tetapi pemiliknya telah memublikasikan bahwa domain itu tidak menerima email, biasanya melalui record null MX (RFC 7505). Tidak ada alamat di domain itu yang dapat menerima email, sehingga kegagalan ini permanen.",
            when_you_see_it: "556 dengan 5.1.10 dari server yang menemukan null MX, sebagai balasan atas RCPT TO atau dalam laporan kegagalan pengiriman dari server pengirim Anda sendiri; 521 saat koneksi dibuka oleh host yang sama sekali tidak menerima email; kadang 550 dengan 5.3.2. Teks yang umum adalah \"Domain does not accept mail\" dan \"nullMX\".",
            how_to_fix: "Hapus alamat itu atau masukkan ke daftar supresi; tidak ada yang dapat dilakukan pihak pengirim agar pesan sampai ke sana, dan mencoba lagi tidak akan membantu. Jika domain itu ternyata seharusnya menerima email, hanya administratornya yang dapat mengubahnya, yaitu dengan mengganti null MX menjadi record MX yang sebenarnya.",
        },
        Reason::RelayDenied => &Texts {
            title: "Relay ditolak",
            description: "Server menolak me-relay pesan ke domain penerima: server itu tidak menangani email untuk domain tersebut dan tidak mengizinkan klien ini me-relay melaluinya. Artinya, email dikirim ke server yang salah, atau klien mencoba me-relay tanpa izin.",
            when_you_see_it: "Umumnya 554 atau 550 dengan 5.7.1 sebagai balasan atas RCPT TO, seperti \"Relay access denied\" dari Postfix, atau 454 dengan 4.7.1 jika server memilih menunda; Exchange memakai 5.4.1 dan 5.7.64. Bunyi lainnya adalah \"Relaying denied\" dan \"not permitted to relay\".",
            how_to_fix: "Administrator pihak pengirim sebaiknya memeriksa apakah record MX domain penerima memang menunjuk ke server yang menerima email itu, lalu memperbaiki MX lama yang masih dipakai atau pengaturan smarthost yang salah. Untuk mengirim melalui penyedia Anda sendiri, lakukan login dengan SMTP AUTH di server submission milik penyedia itu terlebih dahulu. Jika server tersebut memang MX domain itu, administrator pihak penerima harus mengaturnya agar menerima email untuk domain tersebut.",
        },
        Reason::NetworkError => &Texts {
            title: "Server penerima tidak dapat dijangkau",
            description: "Server pengirim tidak dapat menjangkau server penerima atau kehilangan koneksi di tengah percakapan SMTP: koneksi ditolak atau mengalami timeout, tidak ada rute, atau pencarian DNS gagal untuk sementara. Belum ada yang diketahui tentang penerima maupun pesannya.",
            when_you_see_it: "Terutama dalam pemberitahuan penundaan atau laporan kegagalan pengiriman dari server pengirim Anda sendiri, sering tanpa kode atau dengan 4.4.1 atau 4.4.2; Gmail melaporkan timeout sebagai 451 dengan 4.4.2. Teks yang umum adalah \"Connection timed out\" dan \"Connection refused\".",
            how_to_fix: "Setelah balasan 4yz atau pemberitahuan penundaan, awalnya tidak ada yang perlu bertindak: program pengirim akan mencoba lagi sampai masa simpan antrean habis. Jika kegagalan berlangsung berjam-jam atau berakhir dengan laporan kegagalan pengiriman 5yz, administrator pihak pengirim sebaiknya memeriksa record MX domain penerima, resolver DNS setempat, serta firewall yang mungkin memblokir koneksi keluar ke port 25, lalu memberi tahu administrator pihak penerima jika server mereka sedang tidak berfungsi.",
        },
        Reason::MailLoop => &Texts {
            title: "Perulangan pengiriman terdeteksi",
            description: "Pesan berputar-putar di antara server, alias, atau aturan penerusan sampai sebuah server menghentikannya karena pesan itu sudah melewati terlalu banyak hop. Mengirimkannya lagi hanya akan memulai perulangan yang sama.",
            when_you_see_it: "Sebagian besar berupa 554 dengan 5.4.6 atau 5.4.14, setelah data pesan atau dalam laporan kegagalan pengiriman dari server di sepanjang jalur. Teks yang umum adalah \"Too many hops\" dan \"loop detected\".",
            how_to_fix: "Administrator pihak penerima harus memutus perulangan itu dengan mencari aturan penerusan, alias, atau pengaturan MX yang mengirim email kembali ke server yang sudah dilewatinya, misalnya kotak-kotak surat yang saling meneruskan. Pengirim hanya dapat menyampaikan laporan kegagalan pengiriman itu kepada mereka dan mengirim ulang pesannya setelah perbaikan selesai.",
        },
        Reason::Expired => &Texts {
            title: "Masa simpan antrean habis",
            description: "Server pengirim menyimpan pesan di antreannya dan terus mencoba mengirimkannya sampai masa simpan antrean habis, lalu menyerah dan mengembalikannya kepada pengirim. Penyebab sebenarnya adalah kesalahan yang terus berulang selama percobaan itu, dan laporan kegagalan pengiriman biasanya mengutipnya.",
            when_you_see_it: "Dalam laporan kegagalan pengiriman dari server pengirim Anda sendiri, dengan 4.4.7 atau 5.4.7 atau tanpa kode sama sekali; Exchange menulis 5.4.300 atau 5.4.316 disertai \"Message expired\". Teks yang umum adalah \"retry timeout exceeded\" dan \"Envelope expired\".",
            how_to_fix: "Pengirim atau administrator pihak pengirim sebaiknya mencari kesalahan terakhir yang dikutip bersama pemberitahuan kedaluwarsa itu, misalnya kotak surat penuh atau koneksi yang ditolak, lalu menangani penyebab itu seperti yang dijelaskan untuk alasan yang sesuai. Kirim ulang pesannya hanya setelah penyebab itu diperbaiki atau sudah berlalu.",
        },
        Reason::TlsRequired => &Texts {
            title: "TLS diwajibkan atau gagal",
            description: "Salah satu pihak mewajibkan koneksi terenkripsi yang tidak dibuat atau tidak dapat diselesaikan: server penerima mewajibkan STARTTLS, kebijakan seperti MTA-STS, DANE, atau REQUIRETLS menuntut TLS yang terverifikasi, atau jabat tangan TLS gagal karena masalah sertifikat. Selama TLS belum berfungsi, pesan tidak akan dikirim.",
            when_you_see_it: "530 dengan 5.7.0 dan \"Must issue a STARTTLS command first\" sebagai balasan atas MAIL FROM atau perintah lain yang dikirim sebelum STARTTLS, 421 dengan 4.7.0 dan \"TLS required for RCPT domain\" dari Gmail, 5.7.10 atau 5.7.30 untuk REQUIRETLS, atau 5.7.321 sampai 5.7.324 dari Exchange untuk kegagalan sertifikat, DANE, dan DNSSEC.",
            how_to_fix: "Perbaiki TLS di pihak yang disebut dalam teks balasan. Jika server penerima meminta STARTTLS, administrator pihak pengirim harus mengaktifkannya di program pengirim dan menjaga daftar sertifikat tepercayanya tetap mutakhir; jika balasan menyalahkan sertifikat, record TLSA, atau kebijakan MTA-STS milik penerima, administrator pihak penerima yang harus memperbaikinya. Kirim lagi setelah jabat tangan TLS berhasil.",
        },
        Reason::Blocklisted => &Texts {
            title: "Pengirim masuk daftar blokir",
            description: "Alamat IP, domain, atau nama HELO pengirim masuk daftar blokir berbasis DNS seperti Spamhaus, atau daftar blokir milik penyedia maupun pelanggannya, sehingga server penerima menolak email darinya. Pencantuman seperti ini biasanya terjadi akibat spam, host yang dibobol, atau open relay di pihak pengirim.",
            when_you_see_it: "Sering berupa 554 atau 550 dengan 5.7.1, kadang 421 atau 451 saat koneksi dibuka, 5.7.606 sampai 5.7.649 dari Microsoft untuk IP pengirim yang dilarang, atau tanda seperti [BL21] dari Yahoo. Teks yang umum adalah \"blocked using\" diikuti nama daftarnya, serta \"Client host blocked\".",
            how_to_fix: "Administrator pihak pengirim sebaiknya memeriksa alamat IP atau domain itu di daftar blokir yang disebut dalam balasan, menghilangkan penyebabnya, seperti mesin yang terinfeksi, open relay, atau sumber spam, lalu mengajukan penghapusan dari daftar blokir melalui prosedur milik daftar atau penyedia tersebut. Coba lagi hanya setelah penghapusan itu disetujui, karena setiap percobaan sebelum itu akan ditolak dengan cara yang sama.",
        },
        Reason::BadReputation => &Texts {
            title: "Reputasi pengirim buruk",
            description: "Penyedia penerima menolak atau memperlambat email dari pengirim ini karena reputasi pengirimnya, yang terbentuk dari keluhan pengguna, lonjakan volume, dan sinyal serupa, tanpa menyebut daftar blokir ataupun masalah pada isi pesan. Penilaian ini menyangkut lalu lintas email pengirim secara keseluruhan, bukan pesan tertentu.",
            when_you_see_it: "421 atau 451 sebagai penundaan, sering saat koneksi dibuka, atau 550 atau 554 sebagai penolakan: misalnya 4.7.0 atau 5.7.1 dari Gmail yang menyebut \"very low reputation\", 5.7.28 untuk banjir email, 4.7.650 dari Outlook, atau [TSS04] dari Yahoo. Teks lain yang umum adalah \"unexpected volume or user complaints\".",
            how_to_fix: "Administrator pihak pengirim harus memperbaiki cara pengiriman: hapus alamat mati dan penerima yang tidak berminat dari daftar kirim, autentikasikan email dengan SPF, DKIM, dan DMARC, jaga agar keluhan tetap rendah, dan naikkan volume dari alamat IP baru secara bertahap sambil memantau layanan postmaster milik penyedia. Coba lagi email yang ditunda nanti dengan laju pengiriman yang lebih rendah; setelah penolakan 5yz, jangan mengirim ulang tanpa perubahan.",
        },
        Reason::RateLimited => &Texts {
            title: "Batas laju terlampaui",
            description: "Server penerima membatasi jumlah koneksi, pesan, atau penerima yang diterimanya dari seorang pengirim dalam jangka waktu tertentu, atau seberapa cepat seorang penerima boleh menerima email, dan lalu lintas ini melampaui batas tersebut. Alamat dan pesannya tidak bermasalah; keduanya hanya datang terlalu cepat.",
            when_you_see_it: "421, 450, atau 451, tetapi juga 550 atau 554, saat koneksi dibuka atau sebagai balasan atas RCPT TO, dengan kode seperti 4.7.0, 4.7.28, 4.2.1, atau 5.4.5 untuk batas harian; Postfix mengirim 421 dengan 4.7.0 dan \"Error: too many connections from\" diikuti alamat klien. Teks lain yang umum adalah \"try again slower\".",
            how_to_fix: "Pesan dan alamatnya tidak perlu diubah: program pengirim sebaiknya mencoba lagi nanti dengan laju pengiriman yang lebih rendah, bahkan setelah balasan 5yz. Administrator pihak pengirim dapat mengurangi jumlah koneksi dan pesan per jam ke tujuan ini serta menyebarkan pengiriman besar ke rentang waktu yang lebih panjang.",
        },
        Reason::TooManyRecipients => &Texts {
            title: "Batas penerima per transaksi tercapai",
            description: "Server hanya menerima penerima dalam jumlah terbatas per transaksi atau per sesi, dan pesan ini menyebut lebih banyak penerima. Alamat yang melebihi batas itu ditolak hanya karena alasan tersebut; RFC 5321 mewajibkan server menerima paling sedikit 100 penerima sebelum menolak.",
            when_you_see_it: "452 dengan 4.5.3 sebagai balasan atas RCPT TO, seperti \"Error: too many recipients\" dari Postfix, atau 552 atau 550 dengan 5.5.3 pada sebagian server. RFC 5321 meminta klien memperlakukan 552 semacam itu sebagai kegagalan sementara.",
            how_to_fix: "Alamat-alamatnya tidak bermasalah: program pengirim sebaiknya mengirim penerima yang ditolak dalam transaksi atau koneksi baru, bahkan setelah balasan 552. Administrator pihak pengirim juga dapat menurunkan jumlah penerima per pesan di program pengirim agar batas itu tidak tercapai.",
        },
        Reason::DomainAuthFailed => &Texts {
            title: "Pemeriksaan SPF, DKIM, atau DMARC gagal",
            description: "Server penerima tidak dapat memastikan bahwa pesan benar-benar berasal dari domain pengirim: SPF gagal untuk IP pengirim, tidak ada tanda tangan DKIM yang valid, atau DMARC mendapati keduanya tidak selaras dengan domain From. Bagi server penerima, pesan seperti ini tidak dapat dibedakan dari pemalsuan.",
            when_you_see_it: "550 atau 554, atau 421 atau 451 sebagai penundaan, dengan 5.7.20 sampai 5.7.26 (5.7.23 untuk SPF, 5.7.26 untuk beberapa pemeriksaan yang gagal), 4.7.26 atau 4.7.27 dari Gmail, atau 5.7.509 dari Outlook untuk DMARC, sering setelah data pesan. Teks yang umum menyebut \"SPF\", \"DKIM\", atau \"DMARC\", atau berbunyi \"not aligned\".",
            how_to_fix: "Administrator pihak pengirim harus memublikasikan atau memperbaiki record SPF, DKIM, dan DMARC untuk domain yang dipakai dalam MAIL FROM dan dalam kolom header From, menandatangani email keluar dengan DKIM, serta menyelaraskan SPF dan DKIM dengan domain From. Email yang tidak diubah akan gagal lagi, jadi kirim ulang hanya setelah pemeriksaan itu lolos.",
        },
        Reason::ReverseDns => &Texts {
            title: "DNS balik tidak ada atau tidak cocok",
            description: "Alamat IP pengirim tidak memiliki record PTR, atau nama dalam record PTR-nya tidak mengarah kembali ke alamat yang sama, sehingga server penerima tidak dapat memastikan host mana yang sedang terhubung. Server yang mewajibkan hasil DNS balik cocok dengan hasil pencarian DNS biasa menolak host semacam itu.",
            when_you_see_it: "421 atau 450 sebagai penundaan, atau 550 atau 554 dengan 5.7.25, 4.7.25, atau 4.7.0 dari Gmail, sering langsung saat koneksi dibuka. Teks yang umum adalah \"cannot find your hostname\" dan \"IP name lookup failed\".",
            how_to_fix: "Administrator pihak pengirim, atau penyedia pemilik alamat IP tersebut, harus memberi IP pengirim record PTR yang namanya mengarah kembali ke IP yang sama, sebaiknya nama yang juga dipakai server dalam EHLO. Coba lagi setelah perubahan DNS itu terlihat.",
        },
        Reason::HeloRejected => &Texts {
            title: "Nama EHLO atau HELO ditolak",
            description: "Server penerima menolak nama yang diberikan server pengirim dalam EHLO atau HELO, karena nama itu bukan nama domain lengkap (FQDN), tidak ditemukan di DNS, atau menyamar sebagai server penerima itu sendiri. Masalahnya bukan pada pesan atau alamat, melainkan pada identitas host pengirim.",
            when_you_see_it: "501 dengan 5.5.4 atau 504 dengan 5.5.2, misalnya \"Helo command rejected: need fully-qualified hostname\" dari Postfix, atau 5.7.506 \"Bad HELO\" dari Exchange. Biasanya muncul sebagai balasan atas EHLO atau HELO, atau baru pada RCPT TO jika server menunda penolakannya.",
            how_to_fix: "Administrator pihak pengirim harus mengatur nama EHLO menjadi nama domain lengkap (FQDN) yang mengarah ke IP pengirim dan cocok dengan record PTR-nya, bukan nama host pendek tanpa domain atau nama server penerima sendiri. Kirim lagi setelah nama itu diperbaiki.",
        },
        Reason::SenderRejected => &Texts {
            title: "Alamat pengirim ditolak",
            description: "Server menolak alamat pengirim pada amplop yang diberikan dalam MAIL FROM, atau alamat From, karena alamat atau domainnya tidak valid, tidak ditemukan di DNS, tidak dapat diverifikasi, atau diblokir berdasarkan namanya. Masalahnya bukan pada penerima.",
            when_you_see_it: "550 atau 553 dengan 5.1.7, 5.1.8, atau 5.1.0, atau 450 dengan 4.1.8, sebagai balasan atas MAIL FROM, atau pada RCPT TO jika Postfix menunda penolakannya. Teks yang umum adalah \"Sender address rejected\" dan \"sender verify failed\".",
            how_to_fix: "Administrator pihak pengirim sebaiknya mengirim dari alamat yang domainnya memiliki record MX atau record alamat, dapat menerima laporan kegagalan pengiriman, dan tidak diblokir oleh server penerima, serta memeriksa apakah alamat pengirim yang dikonfigurasi salah ketik. Jika teksnya memuat kode khusus penyedia seperti AUP#, periksa artinya lebih dulu, karena sebagian penyedia memakai bunyi ini untuk batas laju atau daftar blokir.",
        },
        Reason::SpamContent => &Texts {
            title: "Pesan dinilai sebagai spam",
            description: "Filter konten menilai pesan itu sendiri sebagai spam atau email yang tidak diminta, berdasarkan teksnya, tautannya, atau domain di dalam URL-nya. Autentikasi yang lemah atau reputasi pengirim yang buruk sering ikut menaikkan skornya.",
            when_you_see_it: "550 atau 554 dengan 5.7.1 atau 5.7.0 setelah data pesan, kadang penundaan seperti 421 dengan 4.7.0; sebagian server keliru memakai 5.6.0 untuk kasus ini. Teks yang umum adalah \"scored as spam\" dan \"Blacklisted URL in message\".",
            how_to_fix: "Pengirim sebaiknya meninjau teks, tautan, dan domain tujuan tautannya, lalu menghapus apa pun yang kemungkinan ditandai filter, misalnya tautan ke domain yang masuk daftar blokir URL. Administrator pihak pengirim juga perlu memeriksa SPF, DKIM, dan reputasi pengirim, karena semuanya ikut menentukan skor yang sama. Setelah balasan 5yz, jangan mengirim ulang pesan itu tanpa perubahan.",
        },
        Reason::VirusDetected => &Texts {
            title: "Malware ditemukan dalam pesan",
            description: "Pemindai di server penerima menemukan virus atau malware lain dalam pesan, biasanya pada lampiran, lalu menolak seluruh pesan. Alamatnya tidak bermasalah; hanya pesan ini yang diblokir.",
            when_you_see_it: "550, 552, atau 554 dengan 5.7.1 atau 5.7.0 setelah data pesan. Teksnya biasanya memuat \"virus\", \"infected\", atau \"malware\"; \"rejected due to security policies\" dari Mimecast dapat berarti virus ataupun skor spam yang tinggi.",
            how_to_fix: "Pengirim harus memindai lampiran itu beserta komputer atau sistem yang membuatnya, membersihkan atau mengganti berkasnya, dan baru setelah itu mengirim pesan baru. Jangan pernah mengirim ulang pesan yang sama; jika temuan itu tampak seperti positif palsu, mintalah administrator pihak penerima memeriksanya.",
        },
        Reason::AttachmentRejected => &Texts {
            title: "Lampiran tidak diizinkan",
            description: "Server penerima menolak pesan karena lampirannya: jenis berkasnya dilarang, jumlah lampirannya terlalu banyak, atau lampirannya bersarang terlalu dalam. Aturan ini menyasar berkasnya, bukan pengirim atau penerimanya.",
            when_you_see_it: "552 atau 554 dengan 5.7.0 atau 5.3.4 setelah data pesan, atau 5.0.350 dari Exchange dengan tanda (AS345) untuk lampiran bersarang. Teks yang umum adalah \"illegal attachment\" dan \"content presents a potential security issue\".",
            how_to_fix: "Pengirim sebaiknya menghapus lampiran itu dan membagikan berkasnya melalui tautan, lalu mengirim pesan itu lagi. Mengemas berkas ke dalam arsip zip dapat membantu jika yang ditolak hanya jenis berkasnya.",
        },
        Reason::PolicyViolation => &Texts {
            title: "Ditolak oleh kebijakan setempat",
            description: "Sebuah aturan di sistem penerima menolak pesan, dan balasannya hanya menyebut kebijakan tanpa penyebab yang lebih spesifik. Aturan seperti ini dapat membatasi jaringan, pengirim, isi pesan, atau alamat palsu, dan setiap organisasi menetapkannya sendiri.",
            when_you_see_it: "550 atau 554 dengan 5.7.1 atau 5.7.0, 5.7.900 sampai 5.7.999 dari Exchange untuk aturan transport, atau tanda seperti [PH01] dari Yahoo, sebagai balasan atas RCPT TO atau setelah data pesan. Teks yang umum adalah \"Denied by policy\" dan \"Local Policy Violation\".",
            how_to_fix: "Hanya administrator pihak penerima yang tahu aturan mana yang cocok, jadi pengirim sebaiknya mengirimkan balasan lengkapnya kepada mereka dan menanyakannya. Aturan tentang isi pesan sering kali ternyata menyangkut spam atau tautan, jadi tinjau juga hal itu, dan jangan mengirim ulang tanpa perubahan setelah balasan 5yz.",
        },
        Reason::MessageTooLarge => &Texts {
            title: "Pesan terlalu besar",
            description: "Pesan, atau salah satu kolom header di dalamnya, melampaui batas ukuran server penerima atau batas milik penerima. Alamat dan isinya dapat diterima; hanya ukurannya yang ditolak.",
            when_you_see_it: "552 dengan 5.3.4 atau 5.2.3, kadang 554 atau 550, baik sebagai balasan atas MAIL FROM ketika parameter SIZE menyatakan ukuran yang terlalu besar maupun setelah data pesan. Teks yang umum adalah \"Message size exceeds fixed limit\" dan \"too large\".",
            how_to_fix: "Pengirim sebaiknya memperkecil pesan hingga di bawah batas yang diumumkan server sebagai nilai SIZE dalam balasan EHLO-nya, misalnya dengan mengompresi gambar atau membagikan berkas besar melalui tautan. Mengirim ulang dengan ukuran yang sama akan selalu gagal.",
        },
        Reason::MalformedMessage => &Texts {
            title: "Format pesan tidak valid",
            description: "Pesan melanggar aturan format RFC 5322 atau MIME: kolom header wajib seperti From atau Message-ID hilang atau muncul berulang, header memuat data 8-bit mentah, atau baris diakhiri LF tanpa CR (bare LF). Kesalahannya ada pada program yang menyusun pesan, bukan pada isi pesannya.",
            when_you_see_it: "550, 552, atau 554 dengan kode 5.6.x, atau 5.7.1 dari Gmail yang merujuk RFC 5322, biasanya setelah data pesan. Teks yang umum adalah \"not RFC 5322 compliant\" dan \"multiple From\".",
            how_to_fix: "Pengembang atau administrator perangkat lunak pengirim harus memperbaiki cara perangkat lunak itu menyusun pesan: kolom From tunggal, kolom Message-ID, teks header non-ASCII yang dikodekan, dan akhir baris CRLF. Kirim ulang hanya setelah perangkat lunaknya diperbaiki, karena pesan yang sama akan ditolak lagi.",
        },
        Reason::ProtocolError => &Texts {
            title: "Kesalahan protokol SMTP",
            description: "Klien mengirim perintah yang tidak dikenali server, dengan sintaksis yang salah, atau dalam urutan yang keliru, misalnya RCPT TO sebelum MAIL FROM. Kesalahannya ada pada program pengirim atau pada perangkat di jalur koneksi yang mengubah percakapan SMTP, bukan pada pesan atau alamatnya.",
            when_you_see_it: "500, 501, 502, 503, atau 504, sering dengan 5.5.1, 5.5.2, atau 5.5.4, atau 451 dengan 4.5.0, sebagai balasan atas perintah yang salah. Teks yang umum adalah \"Bad sequence of commands\" dan \"Syntax error\".",
            how_to_fix: "Pengembang atau administrator program pengirim harus membandingkan transkrip sesi dengan apa yang diharapkan server, lalu memperbaiki programnya, atau mematikan fitur firewall atau proxy yang mengubah isi percakapan SMTP. Mengirim ulang melalui jalur yang sama akan gagal dengan cara yang sama.",
        },
        Reason::SmtpAuthFailed => &Texts {
            title: "Autentikasi SMTP gagal atau diwajibkan",
            description: "Server meminta klien login dengan SMTP AUTH sebelum menerima email, atau server menolak kredensial atau mekanisme yang dipakai klien. Masalah ini menyangkut akun pengirim di server submission atau server relay, bukan SPF atau DKIM.",
            when_you_see_it: "535 dengan 5.7.8 sebagai balasan atas AUTH jika nama pengguna atau kata sandi salah, 530 dengan 5.7.0 untuk perintah yang dikirim sebelum login, 534 dengan 5.7.9 untuk mekanisme yang terlalu lemah, atau 454 dengan 4.7.0 untuk kegagalan sementara. Teks yang umum adalah \"Authentication required\" dan \"Username and Password not accepted\".",
            how_to_fix: "Pengirim, atau administrator program pengirim, harus mengatur SMTP AUTH dengan nama pengguna dan kata sandi yang valid, atau kata sandi aplikasi jika penyedia mewajibkannya, lalu mengirim melalui server submission milik penyedia di port 587 atau 465. Setelah berulang kali gagal login, berhentilah sejenak sebelum mencoba lagi, karena server dapat menolak dengan alasan \"too many login attempts\".",
        },
        Reason::Greylisted => &Texts {
            title: "Ditunda sementara oleh greylisting",
            description: "Server penerima sengaja menolak percobaan ini dan menunggu server pengirim mencoba lagi setelah jeda tertentu; teknik ini disebut greylisting. Penolakan ini tidak menandakan masalah apa pun pada pengirim, alamat, atau pesannya.",
            when_you_see_it: "450 atau 451, kadang 421, atau bahkan 4.2.2 maupun 4.7.1 yang sebenarnya bermakna lain, biasanya sebagai balasan atas RCPT TO. Teks yang umum adalah \"Greylisting in action\" dan \"try again in\" diikuti sejumlah detik atau menit.",
            how_to_fix: "Tidak ada yang perlu dilakukan: program pengirim yang mematuhi standar akan mencoba lagi dengan sendirinya dan biasanya diterima, bahkan jika balasannya 5yz. Administrator pihak pengirim baru perlu memeriksa pengaturan percobaan ulang jika penundaan terus berulang selama berjam-jam.",
        },
        Reason::ServerError => &Texts {
            title: "Masalah pada server penerima",
            description: "Sistem penerima gagal karena masalahnya sendiri: bebannya berlebih, ruang disk atau antreannya habis, konfigurasinya salah, atau program pengiriman lokalnya gagal. Pengirim dan pesannya tidak melakukan kesalahan apa pun, dan gangguan seperti ini biasanya sementara.",
            when_you_see_it: "421, 451, atau 452 dengan 4.3.0, 4.3.1, atau 4.4.5, kadang 554 dengan 5.3.0, pada langkah mana pun dalam percakapan SMTP. Teks yang umum adalah \"Temporary System Problem\" dan \"Insufficient system storage\", yang mengacu pada disk server, bukan pada kotak surat.",
            how_to_fix: "Setelah balasan 4yz, biarkan program pengirim mencoba lagi; tidak ada yang perlu diubah di pihak pengirim. Jika kegagalan terus berlanjut atau datang sebagai 5yz, jangan mengirim ulang tanpa perubahan, tetapi beri tahu administrator pihak penerima dan sertakan balasan lengkapnya, karena hanya merekalah yang dapat memperbaiki server tersebut.",
        },
        Reason::Unknown => &Texts {
            title: "Penyebab tidak disebutkan",
            description: "Balasan ini tidak menyebutkan penyebab yang dapat dikenali: teksnya umum, misalnya bunyi standar kode tersebut, kode khusus tanpa keterangan, atau sekadar kata seperti \"Rejected\". Hanya kelas kode balasan dasar dan subjek kode status diperluas, jika ada, yang memberi petunjuk.",
            when_you_see_it: "Dapat muncul dengan kode apa pun setelah perintah apa pun, jika teksnya hanya berisi ungkapan umum seperti \"Requested action aborted\" atau \"Unknown error\". Kode khusus tanpa keterangan seperti \"Message not allowed - [299]\" juga termasuk di sini.",
            how_to_fix: "Bertindaklah sesuai kelasnya: setelah balasan 4yz, biarkan program pengirim mencoba lagi nanti, dan setelah balasan 5yz, jangan mengirim ulang tanpa perubahan. Gunakan subjek kode status diperluas, jika ada, untuk melihat bagian mana yang terdampak, baca teks lengkap dari server, lalu tanyakan kepada administrator server yang mengirimnya jika penyebabnya tetap tidak jelas.",
        },
    }
}
