//! The diagnosis table: every rule, in the order the diagnosis tries them.
//!
//! Read it top to bottom. Each row is `kind("id", "pattern", Reason)`, with
//! optional conditions (`.class(&[4])`: only in 4yz replies; `.after(RCPT)`:
//! only after these commands, when the command is known) and the real
//! reply it was written for (`.ex("vendor", "reply")`), which a test runs.
//!
//! - `phrase`: words of the text, matched whole, ASCII case-insensitively,
//!   with any spacing and punctuation between them (a word is a run of
//!   letters and digits, ASCII or of two UTF-8 bytes, or one character of
//!   three or four bytes, such as a Japanese one); `*` is any one word,
//!   `~` up to eight words, and a `*` at the end of a word matches the
//!   word's start. Specific phrases come first, generic ones last. Some
//!   words servers write as one or as two are two words in a pattern and
//!   in the input alike (`mailbox` is `mail box`, `email` is `e mail`,
//!   `cannot` is `can not`: see `COMPOUNDS` in the scanner); the input's
//!   `doesn't` reads as `does not`, so patterns write contractions out; and
//!   a `z` after a word's fourth byte reads as `s` (`authorized`,
//!   `authorised`).
//! - `weak`: a phrase that only leans to a cause, in the section before
//!   the class rules; never the cause an expiry quotes, and a class
//!   condition on it needs a known class.
//! - `token`: a vendor's code, matched with its punctuation.
//! - `enhanced`: an enhanced code, `X` for any class, `d-e` a range of details.
//! - `basic`: a basic code; `class`: a class digit.
//!
//! Of the phrase and token rules that match anywhere in the text, the one
//! that comes first here wins. Only when none matches do the code rules
//! decide, again first one first. The rules are ours, written from what
//! servers are documented or seen to send; the replies are quoted as facts.

use crate::command::Command;
use crate::diagnose::reason::Reason::*;
use crate::diagnose::rule::{
    CONTENT, CodePattern, Commands, EvidenceKind, Rule, basic, class, cmd, enhanced, phrase, token,
    weak,
};
use crate::enhanced::EnhancedCode;

const HELO: Commands = cmd(Command::Helo) | cmd(Command::Ehlo);
const MAIL: Commands = cmd(Command::Mail);
const RCPT: Commands = cmd(Command::Rcpt);
const AUTH: Commands = cmd(Command::Auth);
const STARTTLS: Commands = cmd(Command::StartTls);

pub(crate) const RULES: &[Rule] = &[
    // -----------------------------------------------------------------
    // Specific phrases: words that state one cause.

    // Expiry first: when the text also quotes the cause, the cause wins
    // (see `decide`), and the expiry stays in the evidence.
    phrase("expired.retry_timeout", "retry timeout exceeded", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-06.eml", "kijitora@example.com retry timeout exceeded"),
    phrase("expired.failing_long_time", "have been failing for a long time", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-08.eml", "all hosts have been failing for a long time and were last tried after this message arrived"),
    phrase("expired.message_expired", "message expired", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exchange2007-05.eml", "Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired"),
    phrase("expired.envelope_expired", "envelope expired", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-opensmtpd-05.eml", "Envelope expired"),
    phrase("expired.delivery_expired", "delivery expired", Expired)
        .ex("Courier", "5.4.7 Delivery expired (message too old)"),
    phrase("expired.not_delivered_days", "could not be delivered for * days", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-54.eml", "Message could not be delivered for 5 days"),
    phrase("expired.unable_to_deliver_after", "unable to deliver this message after", Expired)
        .ex("ecartis-mlm/ecartis src/modules/bouncer/bouncer.c (comment sample)", "Status: 5.0.0 (unable to deliver this message after 18 hours)"),
    phrase("expired.in_queue_too_long", "in the queue too long", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-x2-03.eml", "I'm not going to try again; this message has been in the queue too long."),
    phrase("expired.japanese_tried_to_resend", "再送信を試みましたが", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-ezweb-05.eml (au's Japanese bounce, Japanese part)", "再送信を試みましたが送信先メールサーバの事由により送信できませんでした。しばらくしてから再送信してください。"),
    phrase("expired.deleted_from_queue", "deleted from queue", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-12.eml", "Message could not be delivered for too long Message will be deleted from queue"),
    phrase("expired.was_aborted_after", "was aborted after", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-x3-02.eml", "Delevery to the following recipients was aborted after 5.0 hour(s): * kijitora@example.co.jp Technical details: Routing: Could not find a gateway for kijitora@example.co.jp"),
    phrase("expired.long_failure_period", "long failure period", Expired)
        .ex("Exim/exim doc/doc-src/FAQ.src (Q0620, quoting Exim's error)", "retry time not reached for any host after a long failure period"),
    phrase("expired.time_expired", "delivery time expired", Expired)
        .ex("Postfix", "4.4.7 Delivery time expired"),
    phrase("expired.not_delivered_within", "not delivered within", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-ezweb-05.eml", "Your message was not delivered within 0 days and 1 hours. Remote host is not responding."),
    phrase("expired.delivery_failed_attempts", "delivery failed * attempts", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-imailserver-04.eml", "Delivery failed 20 attempts: kijitora@example.com"),
    phrase("expired.maximum_delivery_attempts", "maximum delivery attempts", Expired)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/dumbass_01.txt", "Reason:  Exceeded Maximum Delivery Attempts.  Verify that the recipient address is correct."),
    phrase("expired.cannot_send_for_days", "cannot send message for * days", Expired)
        .ex("freebsd/freebsd-src contrib/sendmail/src/envelope.c (format string, example values)", "Cannot send message for 5 days"),
    phrase("expired.stopped_trying", "has stopped trying", Expired)
        .ex("https://pastebin.com/ZkW4nRAU", "The server has tried to deliver this message, without success, and has stopped trying. The recipient mail server may be temporarily offline or temporarily unable to accept messages. If the problem continues, contact your email admin."),
    phrase("expired.queue_period", "allowed queue period", Expired)
        .ex("https://pastebin.com/q2eGjPK8", "Your message was not delivered because the destination computer was not reachable within the allowed queue period. The amount of time a message is queued before it is returned depends on local configuration parameters."),
    phrase("expired.giving_up", "giving up", Expired)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-yahoo-13.eml", "Unable to deliver message after multiple retries, giving up."),
    phrase("expired.message_timed_out", "message timed out", Expired)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/dsn_02.txt", "Diagnostic was Unable to transfer, Message timed out Information Message timed out"),
    phrase("expired.message_timeout", "message timeout", Expired)
        .ex("SparkPost/support-docs content/docs/faq/understanding-delays-bounces.md", "554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain)"),
    phrase("expired.maximum_time_expired", "maximum time expired", Expired)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/dsn_02.txt", "Diagnostic-Code: Reason 1 (Unable-To-Transfer); Diagnostic 5 (Maximum-Time-Expired)"),
    phrase("expired.maximum_number_of_delivery_attempts", "maximum number of delivery attempts", Expired)
        .ex("postalserver/postal app/lib/message_dequeuer/single_message_processor.rb (format string, example values)", "Maximum number of delivery attempts (18) has been reached."),
    phrase("expired.administratively_expired", "administratively expired", Expired)
        .ex("vdukhovni/postfix postfix/src/qmgr/qmgr_message.c (format string)", "4.7.0 message is administratively expired"),

    // Greylisting.
    phrase("blocklisted.sending_server_blacklisted", "sending server blacklisted", Blocklisted)
        .ex("hummermania/policyd cbp/modules/Greylisting.pm (format string)", "Greylisting in effect, sending server blacklisted"),
    phrase("blocklisted.lista_negra", "lista negra", Blocklisted)
        .ex("https://pastebin.com/UXGKeqXQ", "SMTP error from remote server for RCPT TO command, host: tnetmx.telefonica.net (86.109.99.69) reason: 554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using sb l-xbl.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL275656 - IP: 192.0.2.9 en Lista Negra por Spam/Virus...contacte con su administ rador"),
    phrase("greylisted.greylist", "greylist*", Greylisted)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json", "smtp;451 4.7.1 <email@example.com>: Recipient address rejected: Greylisted for 5 minutes"),
    phrase("greylisted.graylist", "graylist*", Greylisted)
        .ex("https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html", "421 Your address has been graylisted. Try again later."),
    phrase("greylisted.postgrey", "postgrey", Greylisted)
        .ex("docker-mailserver/docker-mailserver test/tests/parallel/set1/spam_virus/postgrey_enabled.bats (expected reply in test)", "Recipient address rejected: Delayed by Postgrey"),
    phrase("greylisted.grey", "grey", Greylisted).class(&[4])
        .ex("https://github.com/jshmrtn/hygeia/issues/177", "450 Temporary rejected: 450 OoBHM Grey"),
    phrase("greylisted.not_yet_authorized", "not yet authorized to deliver", Greylisted)
        .ex("https://github.com/linux-mailinglist-archives/industrypack-devel.lists.sourceforge.net.0/blob/7649f9d4ea38cd31cf0883c82bf161857cf24479/m", "Diagnostic-Code: smtp;451-192.0.2.231 is not yet authorized to deliver mail from 451-<user@lists.sourceforge.net> to 451 <user@lists.sourceforge.net>. Please try later."),
    phrase("greylisted.temporary_envelope_failure", "temporary envelope failure", Greylisted)
        .ex("https://github.com/major/major.io/blob/main/content/post/2007-12-04-plesk-and-qmail-421-temporary-envelope-failure-430.md", "421 temporary envelope failure (#4.3.0)"),
    phrase("greylisted.internal_resource", "internal resource temporarily unavailable", Greylisted)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json (spamFilters: Mimecast)", "smtp;451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [#]"),

    // Spam verdicts whose words also name a list or authentication.
    phrase("mailbox_disabled.blocked_inactivity", "blocked due to inactivity", MailboxDisabled)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 5.2.1 This mailbox has been blocked due to inactivity"),
    phrase("user_unknown.not_listed", "not listed in", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-notes-03.eml", "User  not listed in public Name & Address Book"),
    phrase("user_unknown.not_in_local_list", "not in my local list", UserUnknown)
        .ex("lore.kernel.org/all/3aee941d-dc0c-6dbc-19f9-ecfd486376a7@molgen.mpg.de/ (by Message-ID, read in a mirror of the list)", "Delivery failed: user@example.com 172.16.0.32 does not like recipient. Remote host said[Response Message]: 550 sorry, your recipient address is not in my local list Giving up on 172.16.0.32."),
    phrase("spam_content.blacklisted_regex", "blacklisted regex", SpamContent).after(CONTENT)
        .ex("Exim/exim doc/doc-docbook/spec.xfpt (ACL example, example values)", "550 contains blacklisted regex (URGENT BUSINESS PROPOSAL)"),
    phrase("spam_content.blacklisted_body_url", "blacklisted body url", SpamContent).after(CONTENT)
        .ex("nkhorman/spamilter src/hndlrs.c (format string, example values)", "550 5.7.1 Rejecting due to security policy - Blacklisted body URL, Please see: http://www.example.com/policy.html#bodyurl"),
    phrase("attachment_rejected.blacklisted_mime_type", "blacklisted mime type", AttachmentRejected)
        .ex("https://www.lug-s.org/cgi/wiki.pl?FehlerSucheEMail", "550 E507 Blacklisted MIME type"),
    phrase("spam_content.spamassassin_considers", "spamassassin considers this message spam", SpamContent).after(CONTENT)
        .ex("https://lore.kernel.org/all/20230807070901.911441E30A07@affectionate-fermi.94-131-99-128.plesk.page/ (by Message-ID, read in a mirror of the list)", "550 5.7.1 Spamassassin considers this message SPAM. In case you disagree, send the ENTIRE message (preferably as a saved attachment) plus this error message to <postmaster@vger.kernel.org>"),
    phrase("spam_content.consider_it_spam", "consider it spam", SpamContent)
        .ex("lore.kernel.org/all/1718110988.32038.ezmlm-warn@institut-mingmen.fr/ (by Message-ID, read in a mirror of the list)", "<linux-kernel@vger.kernel.org>: host 23.128.96.18[23.128.96.18] said: 550 5.7.1 Content-Policy reject msg: The message contains HTML subpart, therefore we consider it SPAM or Outlook Virus.  TEXT/PLAIN is accepted.! BF:<S 0.999997>; S229489AbjFEOqI (in reply to end of DATA command)"),
    phrase("spam_content.content_filter_agent", "content filter agent", SpamContent).after(CONTENT)
        .ex("x13-me/OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md (NDR table, row 5.2.1)", "5.2.1 Content Filter agent quarantined this message"),
    phrase("spam_content.antispam_checks", "antispam checks", SpamContent)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection14.msg", "<fred@example.net>: host example.net[192.0.2.106] said: 554 5.7.1 Your message failed several antispam checks (SCORING) and it was rejected or collected on example.net spambox. Please be sure your mailserver is configured correctly (spf , HELO, PTR) or try using an alternative email or smtp. (in reply to end of DATA command)"),
    phrase("spam_content.spam_pattern", "spam pattern", SpamContent)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection9.msg", "<recipient@example.net>: host spam.example.net[192.0.2.8] said: 553 Blocked using spam pattern, your message may contain the spam contents (in reply to end of DATA command)"),
    phrase("spam_content.blacklisted_url", "blacklisted url", SpamContent).after(CONTENT)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-imailserver-06.eml", "550-REJECTED - Blacklisted URL in message. (example.com) in [black]. 550-See http://lookup.uribl.com. - Blacklisted Link - X=pascal 550-H=mail.example.com [192.0.2.11] HELO=[mail.example.com] 550-F=[shironeko@neko.example.com] T=[kijitora@example.jp] S=[HOT 550 DEALS UPDATE - 04/29/08 (Special Update - Family Sale)"),
    phrase("spam_content.spamprofiler", "spamprofiler", SpamContent)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection33.msg", "Diagnostic-Code: smtp; 550 Message refused by MailMarshal SpamProfiler"),
    phrase("spam_content.classification_as_bulk", "classification as bulk", SpamContent)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection38.msg", "Diagnostic-Code: smtp; 550-5.7.1 The message was rejected due to classification as Bulk mail. Please see http://support.sample.com/email-administrators-guide/error-codes 550 5.7.1 Please see http://support.sample.com/email-administrators-guide/error-codes for explanation of the problem."),
    phrase("spam_content.content_filter_rejection", "content filter rejection", SpamContent)
        .ex("https://pastebin.com/DGVf7ePp", "208.80.4.161 failed after I sent the message. Remote host said: 554 5.7.1 Content filter rejection: SpamAssassin score 21.673 (DEAR_SOMETHING,DKIM_ADSP_NXDOMAIN,DNSBL_AND_URIBL,HTML_MESSAGE,MIME_QP_LONG_LINE,MISSING_MID,RCVD_IN_BL_SPAMCOP_NET,RCVD_IN_DNSWL_NONE,SENT_TO_WHOIS_PRIVACY_ADDRESS,URIBL_DBL_ABUSE_BOTCC,URIBL_INDEPENDENT_OVERLAP2,URIBL_IVM). Please alter the content of your message and try again."),
    phrase("spam_content.spam_or_virus", "spam or virus", SpamContent)
        .ex("https://github.com/kgretzky/evilginx2/pull/480", "552: Message rejected for spam or virus content"),
    phrase("spam_content.spam_virus", "spam virus", SpamContent)
        .ex("https://pastebin.com/TuQgvjzq", "host mx1.namesecuremail.net[209.17.115.10] said: 553 5.3.0 192.0.2.97 Your message was rejected for possible spam/virus content.Please ask your email provider to visit http://emailadmin.registeredsite.com for resolution. (in reply to MAIL FROM command)"),
    phrase("spam_content.virus_or_spam", "virus or spam", SpamContent)
        .ex("http://filetonic.com/blog/2008/08/25/gmail-bounce/", "The error that the other server returned was: 554. The message was rejected because it contains prohibited virus or spam content (state 18)."),
    phrase("attachment_rejected.executable_attachment", "executable attachment", AttachmentRejected)
        .ex("justreportit/thunderbird issue #66", "This message has been rejected because it has a potentially executable attachment \"message.eml\" This form of attachment has been used by recent viruses or other malware. If you meant to send this file then please package it up as a zip file and resend it."),
    phrase("attachment_rejected.forbidden_filetype", "forbidden filetype", AttachmentRejected)
        .ex("MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template line 847", "Detected forbidden filetype (Security reasons)."),
    phrase("attachment_rejected.forbidden_file", "forbidden file", AttachmentRejected)
        .ex("https://github.com/NethServer/dev/issues/5811", "SMTP error from remote server for TEXT command, host: mail.de-labrusse.fr (164.132.77.216) reason: 554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION"),
    phrase("attachment_rejected.file_extension", "file extension", AttachmentRejected)
        .ex("https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254", "Blacklisted high risk file extension detected"),
    phrase("server_error.open_resolver", "open resolver", ServerError)
        .ex("https://github.com/spamhaus/spamassassin-dqs/issues/53", "554 5.7.1 Service unavailable; Client host [192.0.2.166] blocked using sbl.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/172.69.79.93"),
    phrase("server_error.query_refused", "query refused", ServerError)
        .ex("zone-eu/zone-mta config/bounces.txt (comment sample, line 85)", "554 5.7.1 Service unavailable; Client host [mail.example.com] blocked using multi.uribl.com; 127.0.0.1 -> Query Refused. See http://uribl.com/refused.shtml for more information [Your DNS IP: 1.2.3.4]"),
    phrase("helo_rejected.blacklisted_helo", "blacklisted helo", HeloRejected)
        .ex("https://gist.github.com/lehels/eee1bb86ba96d2ff5ec9", "H=(ylmf-pc) [192.0.2.10]:50767 rejected EHLO or HELO ylmf-pc: HELO/EHLO - blacklisted HELO"),
    phrase("blocklisted.trend_micro_reputation", "trend micro email reputation", Blocklisted)
        .ex("https://bbs.iredmail.org/post13489.html", "host mail.example.com.au[192.0.2.196] said: 550 5.7.1 Your email messages have been blocked by the recipient OR by Trend Micro Email Reputation Service. Contact the recipient or his/her administrator using alternate means to resolve the issue. (in reply to RCPT TO command)"),
    phrase("spam_content.spam_classification", "spam classification", SpamContent)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3464-61.eml", "Diagnostic-Code: smtp; Your email to group kijitora@example.com was rejected due to spam classification. To address this issue: * Contact the owner of the group, who can choose to enable message moderation instead of bouncing these emails. * Set up SPF records for your sending domain if you have not done so already. Instructions for both steps can be found here: https://support.google.com/a/answer/168383."),
    phrase("spam_content.flagged_as_spam", "flagged as spam", SpamContent)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-zoho-03.eml", "host smtpin.zoho.com[204.141.33.23] said: 554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam. (in reply to RCPT TO command)"),
    phrase("spam_content.mcspamsignature", "mcspamsignature", SpamContent)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-mimecast-02.eml", "host service222.mimecast.com[91.220.42.51] said: 554 email rejected due to security policies - MCSpamSignature.sa.2.2 (in reply to end of DATA command)"),
    phrase("virus_detected.virus_detected", "virus detected", VirusDetected)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-62.eml", "host 127.0.0.1[127.0.0.1] said: 550 Virus Detected; Content Rejected (in reply to end of DATA command)"),
    phrase("virus_detected.malicious_code", "malicious code detected", VirusDetected)
        .ex("Mailu/Mailu core/rspamd/conf/force_actions.conf (rspamd force_actions message)", "Rejected (dangerous/malicious code detected)"),
    phrase("virus_detected.security_policies", "rejected due to security policies", VirusDetected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [#]"),
    phrase("spam_content.rspamd_filter", "rspamd filter", SpamContent)
        .ex("https://github.com/rspamd/rspamd/issues/5098", "mailsec.protonmail.ch:25 --> 554 5.7.1 rejected by rspamd filter"),
    phrase("spam_content.suspected_spams", "suspected spams", SpamContent)
        .ex("carlini/yet-another-applied-llm-benchmark tests/extract_emails.py", "<user@bestpay.com.cn>: host mta-ent.21cn.com[183.56.203.132] said: 543 suspected spams or account(IP) exception (in reply to end of DATA command)"),
    phrase("spam_content.a_url_in", "a url in", SpamContent)
        .ex("https://lists.nanog.org/archives/list/test@lists.nanog.org/message/OVGK2O2A2TM4UIQI24UXS4PRZIKMXCIX", "552 5.2.0 F77u1Y00B2ccxfT0000000 Message Refused. A URL in the content of your message was found on...uribl.com. For resolution do not contact Cox Communications, contact the block list administrators."),
    phrase("server_error.virus_scanner_not_ready", "virus ~ not ready", ServerError)
        .ex("Mailu/Mailu core/rspamd/conf/force_actions.conf", "451 4.7.1 Please retry later (anti-virus/oletools not ready)"),
    phrase("spam_content.dspam", "dspam", SpamContent)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection25.msg", "<user@test.com>: host testmx1.test.com[61.135.132.110] said: 553 5.7.3 CONTENT REJECT:192.168.95.162.2011101001.XXYIvtHf:dspam check:4:http://mail.test.com/info/policy/12 (in reply to end of DATA command)"),
    phrase("virus_detected.viral_traffic", "viral traffic", VirusDetected)
        .ex("fm/smtp-codes data/codes/554.json", "554 5.7.1 We do not accept viral traffic"),
    phrase("attachment_rejected.rejected_as_dangerous", "rejected as dangerous", AttachmentRejected)
        .ex("fm/smtp-codes data/codes/550.json", "550 5.7.0 header_contenttype_2 - Multi-part MIME messages are rejected as dangerous (G19)"),
    phrase("attachment_rejected.password_protected_zip", "password protected zip", AttachmentRejected)
        .ex("smtpd/qpsmtpd plugins/virus/uvscan (format string)", "552 We do not accept password-protected zip files!"),
    phrase("spam_content.surbl", "surbl", SpamContent)
        .ex("apache/james-project server/protocols/protocols-smtp/src/main/java/org/apache/james/smtpserver/fastfail/URIRBLHandler.java (format string, example values)", "554 5.7.0 Rejected: message contains domain example.com listed by multi.surbl.org"),
    phrase("attachment_rejected.suspicious_archive", "suspicious archive", AttachmentRejected)
        .ex("sbidy/MacroMilter macromilter/macromilter.py (format string)", "550 5.7.2 The message contains a suspicious archive and was rejected!"),
    phrase("attachment_rejected.too_many_mime_parts", "too many mime parts", AttachmentRejected)
        .ex("haraka/Haraka connection.js", "554 Transaction failed due to too many MIME parts"),
    phrase("attachment_rejected.nested_attachments", "nested attachments", AttachmentRejected)
        .ex("nodemailer/haraka-plugin-wildduck index.js", "550 Failed to queue message, too many nested attachments [ERRQ07]"),
    phrase("attachment_rejected.blocked_mime_part", "blocked mime part", AttachmentRejected)
        .ex("SirWumpus/smtpf doc/reply.html.in (format string, example values)", "550 5.7.0 message contains blocked MIME part (application/x-msdownload) #870"),
    phrase("spam_content.mass_mailer", "mass mailer", SpamContent)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection22.msg", "<fred@example.net>: host a.mx.example.net[192.0.2.70] said: 550 5.7.1 You're using a mass mailer, therefore you're bounced. (in reply to end of DATA command)"),
    phrase("spam_content.hits_required", "hits ~ required", SpamContent)
        .ex("fail2ban/fail2ban fail2ban/tests/files/logs/exim-spam", "F=user@example.biz H=example.dsl.genuity.net [192.0.2.40] P=smtp rejected by local_scan(): Rejected: hits=7.5 required=5.0 trigger=5.0"),
    // A recipient's refusal that warns of a list it may feed.
    phrase("recipient_refused.does_not_want_your_mail", "does not want your mail", RecipientRefused)
        .ex("https://github.com/ActiveCampaign/smtp-field-manual/issues/11", "554 5.7.1 The recipient definitively does not want your mail. It will not be delivered but analyzed again.  We may feed it to a spam blacklist."),
    // The sender's own organisation's list (Microsoft's tenant allow/block
    // list), not a public block list.
    phrase("policy_violation.tenant_block_list", "tenant allow block list", PolicyViolation)
        .ex("https://github.com/MicrosoftDocs/microsoft-365-docs/issues/11190", "5.7.703 Your message can't be delivered because one or more recipients are blocked by your organization's tenant allow/block list policy."),
    phrase("policy_violation.mail_data_refused_by", "mail data refused by", PolicyViolation)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "SMTP; 553 Mail data refused by AISP, rule [169648]."),
    phrase("policy_violation.list_software", "list software not permitted", PolicyViolation)
        .ex("https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/48", "550-\"[ACD14] List software not permitted"),
    phrase("policy_violation.country_not_allowed", "your country is not allowed", PolicyViolation)
        .ex("forwardemail/forwardemail.net helpers/get-bounce-info.js", "Your country is not allowed to connect to this server"),

    // Block lists, named or described.
    phrase("blocklisted.open_relay_host", "which is an open relay", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-v5sendmail-07.eml", "<<< 501 <shironeko@example.co.jp>... no access from mail server [192.0.2.55] which is an open relay."),
    phrase("blocklisted.trend_micro_ers", "ip found in ers", Blocklisted)
        .ex("https://github.com/thunderbird/mailstrom/issues/197", "Recipient address rejected: Mail from <192.0.2.1> was refused due to the sender IP found in ERS-DUL. For details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/."),
    phrase("blocklisted.deferred_using", "deferred using", Blocklisted)
        .ex("http://lists.antique-tractor.com/pipermail/at-antique-tractor.com/2006-February/030489.html", "smtp;450 Service temporarily unavailable; Client host [192.0.2.46] deferred using qil.kelkea.com"),
    phrase("blocklisted.smtp_server_of_isp", "smtp server of your isp", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-01.eml", "SMTP error from remote mail server after MAIL FROM:<shironeko@example.jp> SIZE=1543: host mx.example.jp [192.0.2.20]: 550 5.7.0 <shironeko@example.jp>... Please use the smtp server of your ISP."),
    phrase("blocklisted.send_directly", "not authorized to send email directly", Blocklisted)
        .ex("https://support.google.com/a/answer/3726730", "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead. For more information, go to 'The IP you're using to send email is not authorized...'."),
    phrase("blocklisted.spam_ip", "spam ip", Blocklisted)
        .ex("https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes", "554 5.5.4 Spam IP rejected"),
    phrase("blocklisted.policy_ip_based", "policy restrictions ip based", Blocklisted)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 <example@example.com>: Reject due to policy restrictions (IP based)"),
    phrase("sender_rejected.policy_domain_based", "policy restrictions domain based", SenderRejected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 <example@example.com>: Reject due to policy restrictions (domain based)"),
    phrase("sender_rejected.not_authenticated_sender", "notauthenticatedsender", SenderRejected)
        .ex("https://github.com/QuantumNous/new-api/issues/1347", "554 5.0.0 Error: transaction failed, blame it on the weather: ##SES-response-json:{\"Response\":{\"RequestId\":\"111d9e76-96b9-46a8-9a0b-e19dba0a75d6\",\"QcloudError\":{\"Error\":{\"Code\":\"FailedOperation.NotAuthenticatedSender.操作失败。发件sender没有经过认证，无法发送。\"}}}}"),
    phrase("sender_rejected.sender_verification_failed", "sender verification failed", SenderRejected)
        .ex("Exim/exim doc/doc-docbook/spec.xfpt", "550-Verification failed for <xyz@abc.example> 550-Called:   192.168.34.43 550-Sent:     RCPT TO:<xyz@abc.example> 550-Response: 550 Unknown local part xyz in <xyz@abc.example> 550 Sender verification failed"),
    phrase("sender_rejected.sender_verify", "sender verify failed", SenderRejected)
        .ex("Exim/exim test/stdout/4226", "550-Verification failed for <userA@test.ex> 550-533 no support for internationalised mailbox name 550 Sender verify failed"),
    phrase("sender_rejected.verify_mailfrom_failed", "verify mailfrom failed", SenderRejected)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 550 Verify mailfrom failed,blocked"),
    phrase("sender_rejected.sender_is_blacklisted", "sender is blacklisted", SenderRejected)
        .ex("https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx", "550 5.1.1 <xxx> sender is blacklisted"),
    phrase("sender_rejected.sender_on_blacklist", "sender is on ~ blacklist", SenderRejected)
        .ex("https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html", "551 Sender is on domain's blacklist"),
    phrase("blocklisted.not_allowed_to_connect", "not allowed to connect", Blocklisted)
        .ex("crisp-oss/email-bounce-parser test/fixtures/550_not_allowed.txt", "said: 550 Your host is not allowed to connect to this server. (in reply to RCPT TO command)"),
    phrase("blocklisted.no_access_for_ip", "no access for this ip", Blocklisted)
        .ex("http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73", "550 Sorry, no access for this ip"),
    phrase("blocklisted.is_listed_by", "is listed by", Blocklisted)
        .ex("zone-eu/zone-mta config/bounces.txt", "550 5.5.4 ETP208 Your IP 1.2.3.4 is listed by Invaluement. Please see http://www.invaluement.com/research/ if you feel this is in error - B15601640DCD26CE53bc5f8c6"),
    phrase("blocklisted.black_ip", "black ip", Blocklisted)
        .ex("https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "550 black ip."),
    phrase("blocklisted.you_are_banned", "you are banned", Blocklisted)
        .ex("https://188537.sevenloophk.tech/coremail/help/rejectmail_zh_TW.jsp", "<user@example.com> : 571 user@example.com... from mail01j.rapidsite.net You are banned, contact yourlocal admin."),
    phrase("blocklisted.ip_is_forbidden", "ip is forbidden", Blocklisted)
        .ex("https://www.fobhost.com/jishuzhichi/jishuzhichi59.html", "remote ip is forbidden"),
    phrase("blocklisted.dynamically_assigned", "dynamically assigned ip", Blocklisted)
        .ex("https://pastebin.com/rcUxGTQ7", "550 DY-001 (SNT0-MC4-F41) Unfortunately, messages from 192.0.2.10 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."),
    phrase("blocklisted.sender_is_banned", "sender ~ is banned", Blocklisted)
        .ex("https://bastion.umanix.net/info", "The sender 192.0.2.1 is banned"),
    phrase("blocklisted.blocked_for_spam", "blocked for spam", Blocklisted)
        .ex("https://wordtothewise.com/2007/12/changes-at-comcast", "Remote host said: 554 IMTA06.emeryville.ca.mail.comcast.net comcast 192.0.2.1 Comcast BL009 Blocked for spam. Please see http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy19053"),
    phrase("blocklisted.spamhaus", "spamhaus", Blocklisted)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 5.7.1 Service unavailable, Client host [x.xx.xx.xx] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/0.0.0.0 (AS16012611)"),
    phrase("blocklisted.mailspike", "mailspike", Blocklisted)
        .ex("http://people.rbdc.net/source/handbook/support/workflows/rbl_delisting.html.md", "550 5.7.1 H:M11 [192.237.158.143] Connection refused due to abuse. Please see http://mailspike.org/iplookup.html or contact your E-mail provider."),
    phrase("blocklisted.ip_administratively_disabled", "ip address is administratively disabled", Blocklisted)
        .ex("https://github.com/MailCore/mailcore2/pull/1417 (wp.pl)", "550 [IP:62.210.105.116] polaczenia z Twojego adresu IP sa zablokowane administracyjnie / mail from your IP address is administratively disabled"),
    phrase("blocklisted.polish_ip_blocked_administratively", "adresu ip sa zablokowane administracyjnie", Blocklisted)
        .ex("https://github.com/MailCore/mailcore2/pull/1417 (wp.pl)", "550 [IP:62.210.105.116] polaczenia z Twojego adresu IP sa zablokowane administracyjnie"),
    phrase("blocklisted.blocked_using", "blocked using", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-amazonses-16.eml", "Diagnostic-Code: smtp; 521-5.7.1 Service unavailable; client [203.0.113.225] blocked using dnsbl.sorbs.net 521 5.7.1 Please see http://support.mailhostbox.com/email-administrators-guide-error-codes/ for explanation of the problem."),
    phrase("blocklisted.block_list", "block list", Blocklisted)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 5.7.1 Unfortunately, messages from [x.xx.xx.xx] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [#.eop-nam02.prod.protection.outlook.com]"),
    phrase("blocklisted.blocklist", "blocklist*", Blocklisted)
        .ex("Proofpoint", "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1 (blocklisted)"),
    // The site's own list of senders, not a list of hosts.
    phrase("sender_rejected.blacklisted_sender", "blacklisted sender", SenderRejected)
        .ex("MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template line 410", "blacklisted sender: user@example.com"),
    phrase("blocklisted.blacklist", "blacklist*", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-33.eml", "Diagnostic-Code: SMTP; 550 5.7.1 IP address blacklisted by recipient"),
    phrase("blocklisted.dnsbl", "dnsbl*", Blocklisted)
        .ex("ronbeltran/bounce_email tests/bounces/tt_bounce_06.txt", "PERM_FAILURE: SMTP Error (state 9): 550 5.7.1 Your message (sent through 192.0.2.244) was blocked by ROTA DNSBL. If you are not a spammer, open http://www.rota.lv/DNSBL and follow instructions"),
    phrase("blocklisted.banned_ip", "banned sending ip", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-microsoft-01.eml", "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)"),
    phrase("blocklisted.banned_sender", "banned sender", Blocklisted)
        .ex("https://pastebin.com/JEGXAxrE", "SMTP error from remote server for RCPT TO command, host: fibras-com-mx.mail.protection.outlook.com (203.0.113.74) reason: 550 5.7.511 Access denied, banned sender[192.0.2.197]. To request removal from this list please forward this message to delist@messaging.microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(508) [SN1NAM04FT013.eop-NAM04.prod.protection.outlook.com]"),
    phrase("blocklisted.is_listed_on", "is listed on", Blocklisted)
        .ex("zone-eu/zone-mta config/bounces.txt (comment sample, line 353)", "550 The sending IP (1.2.3.4) is listed on https://spamrl.com/. Please resolve this and retry."),
    phrase("blocklisted.listed_at", "listed at", Blocklisted)
        .ex("Sendmail", "550 5.7.1 Mail from 192.0.2.1 refused - see http://dsbl.org/listing?192.0.2.1 (listed at list.dsbl.org)"),
    phrase("blocklisted.spamcop", "spamcop", Blocklisted)
        .ex("https://github.com/zone-eu/zone-mta/pull/251 (config/bounces.txt comment; the author's placeholder IP replaced)", "550-\"JunkMail rejected - [hostname] [192.0.2.4]:24706 is in an RBL: Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.4\""),
    phrase("blocklisted.rbl", "rbl", Blocklisted)
        .ex("https://pastebin.com/FreqNBvG", "Diagnostic-Code: smtp; 554 Refused. Your IP address is listed in the RBL at b.barracudacentral.org"),
    phrase("blocklisted.rbls", "rbls", Blocklisted)
        .ex("https://developers.cloudflare.com/email-routing/postmaster/", "554 192.0.2.1 found on one or more RBLs (abusixip). Refer to https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic/"),
    phrase("blocklisted.barracuda", "barracuda reputation", Blocklisted)
        .ex("Barracuda", "554 Service unavailable; Client host [192.0.2.1] blocked by Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1"),
    phrase("blocklisted.client_host_blocked", "client host ~ blocked", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-franceptt-06.eml", "Diagnostic-Code: smtp; 550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=10.0.0.1 [102]"),
    phrase("blocklisted.blocked_for_abuse", "blocked for abuse", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-47.eml", "SMTP error from remote mail server after initial connection: 550-192.0.2.222 blocked by ldap:ou=nekochan,dc=example,dc=net 550 Error - Blocked for abuse. See http://example.net/nyaan"),
    phrase("blocklisted.not_accepting_connections", "not accepting connections", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-56.eml", "Diagnostic-Code: SMTP; 554 st11p00im-smtpin013.me.com ESMTP not accepting connections"),
    phrase("blocklisted.block_for_spam", "block for spam", Blocklisted)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "554 xx.comcast.net comcast x.xx.xx.xx Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000"),
    token("blocklisted.godaddy_ib111", "IB111", Blocklisted)
        .ex("fm/smtp-codes data/codes/554.json", "554 192.0.2.1 has been blocked for the day, for attempting to send too many messages containing content judged to be spam by the internet community. IB111"),
    token("blocklisted.trend_micro_ers_customized_block", "ERS-Customized-Block", Blocklisted)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 5.7.1 <user@example.com>: Recipient address rejected: ERS-Customized-Block."),
    phrase("blocklisted.send_email_directly", "send email directly", Blocklisted)
        .ex("https://support.plesk.com/hc/en-us/articles/12377216408855-An-IP-address-of-a-Plesk-mail-server-got-blacklisted-How-to-troubleshoot", "PLESK_INFO: [203.0.113.2] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. Learn more at 550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError h1si7104782plt.44 - gsmtp (in reply to end of DATA command))"),
    phrase("blocklisted.spam_list", "spam list", Blocklisted)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection12.msg", "550 Denied due to spam list"),

    // Reputation, without a list.
    phrase("spam_content.url_domains", "your url domains", SpamContent)
        .ex("https://support.google.com/a/answer/3726730", "421 4.7.28 Gmail has detected an unusual rate of unsolicited email containing one of your URL domains. To protect our users from spam, email with the URL has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines."),
    phrase("bad_reputation.karma", "karma", BadReputation)
        .ex("haraka/haraka-plugin-karma index.js (format string, example values)", "very bad karma score: -8"),
    phrase("bad_reputation.unwanted_messages", "too many unwanted messages", BadReputation)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-ezweb-08.eml", "<<< 550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 192.0.2.22 weren't sent. We recommend that you contact your Internet service provider. The problem is that too many unwanted messages have been sent from the following IP address above. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."),
    phrase("bad_reputation.spam_abuse", "spam abuse", BadReputation)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.501 Access denied, spam abuse detected"),
    phrase("bad_reputation.untrusted_ip", "new or untrusted ip", BadReputation)
        .ex("crisp-oss/email-bounce-parser test/fixtures/451_4_7_1_reputation.txt", "host mx2.emailsrvr.com[192.0.2.2] said: 451 4.7.1 Received too many messages from a new or untrusted IP: 198.51.100.61 (Z27/6DC2420) (G28) (in reply to RCPT TO command)"),
    phrase("bad_reputation.suspicious_activity_from_your_ip", "suspicious activity from your ip", BadReputation)
        .ex("Cisco IronPort AsyncOS user guide, bounce log example (http://manualsbrain.com/ko/manuals/1602497/?page=194)", "451 <user@sampledomain.com> Automated block triggered by suspicious activity from your IP address (10.1.1.1). Have your system administrator send e-mail to postmaster@sampledomain.com if you believe this block is in error"),
    phrase("bad_reputation.unsolicited_rate", "unusual rate of unsolicited", BadReputation)
        .ex("https://support.google.com/a/answer/3726730", "550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been blocked. To review our bulk email senders guidelines, go to Email sender guidelines."),
    phrase("bad_reputation.complaints", "user complaints", BadReputation)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-yahooinc-02.eml", "Diagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.verizonmedia.com/error-codes"),
    phrase("bad_reputation.reputation", "reputation", BadReputation)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-microsoft-05.eml", "host outlook-com.olc.protection.outlook.com[52.101.68.1] said: 451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [5NY1SSJFSTZJRJBG.eurprd02.prod.outlook.com 2024-05-09T23:34:45.000Z GLXTWVLGZHZNHVXY] (in reply to MAIL FROM command)"),
    phrase("blocklisted.cloudmark", "cloudmark", Blocklisted)
        .ex("https://pastebin.com/AtB74KCf", "host etb-4.mail.tiscali.it[213.205.33.64] refused to talk to me: 554 cmgw-1.mail.tiscali.it Tu5K1y00L1wtCLS01 IP: 192.0.2.90, You are not allowed to send mail. Please see http://csi.cloudmark.com/reset-request/?ip=192.0.2.90 if you feel this is in error."),
    phrase("bad_reputation.too_many_invalid_recipients", "too many invalid recipients", BadReputation)
        .ex("https://pastebin.com/d5zFErcd", "delivery temporarily suspended: host liberomx2.libero.it[212.52.84.190] refused to talk to me: 550 Too many invalid recipients. For further information contact your provider. If you are the provider, mailto:user@example.com?subject=Code 550"),
    phrase("bad_reputation.blocked_from_sending", "is blocked from sending", BadReputation)
        .ex("https://support.aa.net.uk/index.php?diff=12783&oldid=6452&title=Sending_Email_Errors", "Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors 192.0.2.1 is blocked from sending. Probably due to sending spam messages."),
    phrase("bad_reputation.unusual_activity", "unusual activity", BadReputation)
        .ex("https://gist.github.com/malwador/cbb32629f983b2e1db6b", "SMTP error from remote mail server after end of data: host productio-tcloadba-tkyjfaz4ap1l-328615543.us-west-2.elb.amazonaws.com [54.245.224.144]: 550 5.7.1 [ITR] Our system has detected unusual activity from your account. (0.50) See http://endsp.am/1bsbIfq"),
    phrase("bad_reputation.traffic_not_accepted", "traffic not accepted from this ip", BadReputation)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750", "5.7.708 Access denied, traffic not accepted from this IP"),
    phrase("bad_reputation.permanently_deferred", "permanently deferred", BadReputation)
        .ex("https://github.com/hardware/mailserver/issues/206", "553 5.7.2 [TSS06] All messages from 62.xxx.xxx.xxxx will be permanently deferred; Retrying will NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html"),
    phrase("bad_reputation.spam_sender", "spam sender", BadReputation)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 Suspected spam sender."),
    phrase("bad_reputation.spam_rate", "spam rate", BadReputation)
        .ex("fm/smtp-codes data/codes/550.json", "550 5.7.2 <192.0.2.1>: Sender IP rejected: spam rate exceeded"),
    phrase("bad_reputation.excessive_rejected_recipients", "excessive rejected recipients", BadReputation)
        .ex("fm/smtp-codes data/codes/554.json", "554 Your IP is sending excessive rejected recipients."),
    phrase("bad_reputation.many_invalid_recipients", "high number of invalid recipients", BadReputation)
        .ex("https://docs.mailchannels.com/email-api/sending-policies", "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account."),
    phrase("bad_reputation.due_to_complaints", "due to complaints", BadReputation)
        .ex("https://support.mailchannels.com/hc/en-us/articles/202222810-Fixing-the-550-5-7-1-SB01-error", "550 5.7.1 [SB01] Your email address has been blocked due to complaints"),
    phrase("bad_reputation.siq_score", "siq score", BadReputation)
        .ex("SirWumpus/smtpf doc/reply.html.in (format string, example values)", "550 5.7.1 message rejected, SIQ score 10 too low #617"),
    phrase("bad_reputation.unusual_amount_unsolicited", "unusual amount of unsolicited", BadReputation)
        .ex("https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html", "550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address"),
    phrase("bad_reputation.sending_mostly_spam", "sending mostly spam", BadReputation)
        .ex("sdgathman/milter bms.py (format string, example values)", "550 5.7.1 example.com has been sending mostly spam"),
    phrase("bad_reputation.namespace_mining", "namespace mining", BadReputation)
        .ex("https://postmaster.live.com/pm/troubleshooting.aspx", "550 SC-002 Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com has exhibited namespace mining behavior."),
    phrase("bad_reputation.excessive_unknown_recipients", "excessive unknown recipients", BadReputation)
        .ex("http://zort.org/email/excessive-unknown-recipients", "421 VS1-IP Excessive unknown recipients - possible Open Relay http://help.yahoo.com/help/us/mail/spam/spam-18.html (#4.1.8)"),
    phrase("bad_reputation.possible_spamming_activity", "possible spamming activity", BadReputation)
        .ex("https://success.trendmicro.com/jp/solution/1097373", "550 5.7.1 : Mail blocked due to possible spamming activity"),

    // The message format (before the words of authentication and spam it mentions).
    phrase("domain_auth_failed.not_aligned", "is not aligned", DomainAuthFailed)
        .ex("https://support.google.com/a/answer/3726730", "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain."),
    phrase("domain_auth_failed.dkim2", "dkim2", DomainAuthFailed)
        .ex("stalwartlabs/stalwart crates/smtp/src/inbound/data.rs", "550 5.7.1 DSN rejected due to DKIM2 verification failure."),
    phrase("domain_auth_failed.forged_sender_domain", "forged sender domain", DomainAuthFailed)
        .ex("https://support.cleanmail.ch/category/uncategorized/?lang=en", "Forged sender domain from this server"),
    phrase("domain_auth_failed.domain_owner_discourages", "domain owner discourages use of this host", DomainAuthFailed)
        .ex("https://github.com/Automattic/jetpack/issues/42544", "Recipient address rejected: Message rejected due to: domain owner discourages use of this host."),
    phrase("domain_auth_failed.unauthenticated_email", "unauthenticated email is not accepted", DomainAuthFailed)
        .ex("https://support.google.com/a/answer/3726730", "550 5.7.1 Unauthenticated email is not accepted from this domain."),
    phrase("malformed_message.required_header", "required header", MalformedMessage)
        .ex("haraka/haraka-plugin-headers index.js (format string, example values)", "550 Required header 'Date' missing"),
    phrase("malformed_message.bare_line_feed", "bare line feed", MalformedMessage)
        .ex("haraka/Haraka connection.js (format string, example values)", "451 Bare line-feed; see http://haraka.github.io/barelf/"),
    phrase("malformed_message.bare_cr", "bare cr", MalformedMessage)
        .ex("https://github.com/marlam/msmtp/issues/145", "smtpstatus=552 smtpmsg='552 5.2.0 Message contains bare CR and is violating 822.bis section 2.3'"),
    phrase("malformed_message.missing_final_domain", "missing final domain", MalformedMessage)
        .ex("https://github.com/smartinez87/exception_notification/issues/132", "Net::SMTPFatalError (554 Transaction failed: Missing final '@domain'"),
    phrase("malformed_message.domain_contains_illegal_character", "domain contains illegal character", MalformedMessage)
        .ex("https://github.com/mageplaza/magento-2-smtp/issues/191", "Transaction failed: Domain contains illegal character"),
    phrase("server_error.internal_dkim_error", "internal dkim error", ServerError)
        .ex("trusteddomainproject/OpenDKIM opendkim/opendkim.c (format string)", "451 4.7.0 internal DKIM error"),
    phrase("malformed_message.not_crlf_terminated", "not crlf terminated", MalformedMessage)
        .ex("Exim/exim src/src/receive.c", "552 Message header not CRLF terminated"),
    phrase("malformed_message.smtputf8_required", "smtputf8 is required", MalformedMessage)
        .ex("https://github.com/NethServer/dev/issues/7265", "status=bounced (SMTPUTF8 is required, but was not offered by host mail.example.be[/var/lib/umail/lmtp])"),
    phrase("malformed_message.header_parse_error", "header parse error", MalformedMessage)
        .ex("sdgathman/milter bms.py (format string)", "554 5.7.7 Header parse error in your message, are you a spammer?"),
    phrase("malformed_message.invalid_data", "invalid data in message", MalformedMessage)
        .ex("http://h41379.www4.hpe.com/wizard/wiz_5952.html", "smtp;554 Invalid data in message"),
    phrase("malformed_message.rfc_compliance", "failed rfc compliance", MalformedMessage)
        .ex("https://www.suped.com/email-deliverability/answers/how-to-troubleshoot-email-delivery-issues-related-to-rfc-compliance-errors", "554 5.0.0 Message not accepted due to failed RFC compliance"),
    phrase("malformed_message.not_conform_to_standards", "does not conform to standards", MalformedMessage)
        .ex("https://oshibaetsya.ru/chto-takoe-oshibka-554", "554 Message does not conform to standards"),
    phrase("malformed_message.wrong_mime_labeling", "wrong mime labeling", MalformedMessage)
        .ex("https://lore.kernel.org/all/CADi-XoRNRrtC6bQ-DETj=0Bmy=WJzv3mk++QkrpDOZ6THGhaZQ@mail.gmail.com/ (by Message-ID, read in a mirror of the list)", "550 5.7.1 Content-Policy reject msg: Wrong MIME labeling on 8-bit character texts."),
    phrase("malformed_message.non_encoded_8bit", "non encoded 8 bit data", MalformedMessage)
        .ex("http://www.testcompany.com/archive/October2007-39/6307.html", "INVALID HEADER (INVALID CHARACTERS OR SPACE GAP) Non-encoded 8-bit data (char AE hex) in message header 'From': From: VIAGRA \\256 Official Site ..."),
    phrase("malformed_message.illegal_header", "illegal header", MalformedMessage)
        .ex("https://github.com/twilio/OpenVBX/issues/255", "554 Transaction failed: Illegal header 'Old-Return-Path'."),
    phrase("malformed_message.expected_disposition", "expected disposition", MalformedMessage)
        .ex("https://github.com/mageplaza/magento-2-smtp/issues/217", "Transaction failed: Expected disposition, got ="),
    phrase("malformed_message.one_or_no_headers", "one or no * headers", MalformedMessage)
        .ex("https://github.com/lukencode/FluentEmail/issues/228", "550 Messages should have one or no Subject headers, not 2."),
    phrase("malformed_message.line_length", "line length", MalformedMessage).after(CONTENT)
        .ex("Exim/exim src/src/configure.default (ACL message, example values)", "550 maximum allowed line length is 998 octets, got 1342"),
    phrase("malformed_message.line_too_long", "line too long", MalformedMessage).after(CONTENT)
        .ex("https://note.com/sendmagic/n/neb6bbe7e51cf", "500 Line Too Long"),
    phrase("malformed_message.header_syntax", "header syntax", MalformedMessage)
        .ex("Exim/exim src/src/configure.default (ACL message, example values)", "550 header syntax"),
    phrase("malformed_message.failed_to_parse", "failed to parse message", MalformedMessage)
        .ex("stalwartlabs/stalwart crates/smtp/src/inbound/data.rs (format string, example values)", "550 5.7.7 Failed to parse message."),
    phrase("malformed_message.invalid_characters", "contains invalid characters", MalformedMessage).after(CONTENT)
        .ex("SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst", "550 Subject contains invalid characters"),
    phrase("malformed_message.multiple_from_addresses", "multiple from addresses", MalformedMessage)
        .ex("foxcpp/maddy internal/check/authorize_sender/authorize_sender.go (format string, example values)", "550 5.7.0 Multiple From addresses are not allowed"),
    phrase("malformed_message.invalid_structure", "invalid structure", MalformedMessage).after(CONTENT)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 552 MessageWall: MIME/REJECT: Invalid structure"),
    phrase("malformed_message.eight_bit_header", "8 bit data in ~ header", MalformedMessage)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-06.eml", "Diagnostic-Code: SMTP; 550 5.6.9 improper use of 8-bit data in message header"),
    phrase("malformed_message.invalid_mime_content", "invalid mime content", MalformedMessage)
        .ex("https://github.com/stalwartlabs/smtp-server/issues/26", "host 'example.mail.protection.outlook.com' rejected command 'BDAT 39278 LAST' with code 554 (5.6.211) 'Invalid MIME Content: Single text value size (33061) exceeded allowed maximum (32768) for the 'Autocrypt' header. [DU0P189MB2614.EURP189.PROD.OUTLOOK.COM 2023-08-13T19:53:47.768Z 08DB9C24282B6B4C] [AM0PR06CA0099.eurprd06.prod.outlook.com 2023-08-13T19:53:47.777Z 08DB9AF04AB2BAF4] [AM7EUR06FT066.eop-eur06.prod.protection.outlook.com 2023-08-13T19:53:47.790Z 08DB9B6C45AE318B]'"),
    phrase("malformed_message.disallowed_header", "disallowed header", MalformedMessage)
        .ex("https://support.google.com/a/answer/3726730", "550 5.7.1 The message contains a unicode character in a disallowed header. To review our message and header content guidelines, go to File types blocked in Gmail."),
    phrase("malformed_message.field_given", "no ~ field given", MalformedMessage)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/postfix_05.txt", "<user@example.com>: host mail.btconnect.com[192.0.2.2] said: 554 No Resent-From field given"),
    phrase("malformed_message.equal_x_headers", "equal x headers", MalformedMessage)
        .ex("crisp-oss/email-bounce-parser test/fixtures/554_5_7_7_equal_headers.txt", "host spamrelay.zxcs.nl[192.0.2.21] said: 554 5.7.7 too many equal X-headers (X-Original-Authentication-Results:) (in reply to end of DATA command)"),
    phrase("malformed_message.without_fields", "messages without ~ fields", MalformedMessage)
        .ex("crazy-max/CwsMailBounceHandler tests/emls/bounce_500_008.eml", "Failed to deliver to '<user@example.lv>' Messages without To: fields are not accepted here"),
    phrase("malformed_message.rfc_5322", "rfc 5322", MalformedMessage)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-google-08.eml", "Diagnostic-Code: smtp; 550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject 550-5.7.1 headers. To reduce the amount of spam sent to Gmail, this message has 550-5.7.1 been blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant and review 550 5.7.1 RFC 5322 specifications for more information. c2-aguiqyuiyuqir5678167856aeu8.22 - gsmtp"),
    phrase("malformed_message.rfc5322", "rfc5322", MalformedMessage)
        .ex("https://github.com/trusteddomainproject/OpenDMARC/pull/203", "550 5.7.1 RFC5322 requirement error: not exactly one Date field"),
    phrase("malformed_message.missing_header", "missing ~ header", MalformedMessage)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 5.7.1 [x.xx.xx.xx 14] Messages missing a valid address in From: header, or having no From: header, are not accepted. - gsmtp"),
    phrase("malformed_message.duplicate_header", "duplicate header", MalformedMessage)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-78.eml", "host email-smtp.ap-northeast-1.amazonaws.com[203.0.113.85] said: 554 Transaction failed: Duplicate header 'DKIM-Signature'. (in reply to end of DATA command)"),
    phrase("malformed_message.bare_lf", "bare lf", MalformedMessage)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd.c", "Error: bare <LF> received"),
    phrase("malformed_message.not_rfc_compliant", "not rfc compliant", MalformedMessage)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 Message not allowed - Headers are not RFC compliant[291]"),
    phrase("malformed_message.header_error", "header error", MalformedMessage)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-03.eml", "SMTP error from remote mail server after end of data: host mx.example.jp [192.0.2.20]: 554 5.7.0 Header error"),
    phrase("malformed_message.bare_linefeeds", "barelinefeed*", MalformedMessage)
        .ex("https://github.com/PHPMailer/PHPMailer/issues/3067", "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT"),
    phrase("malformed_message.multiple_addresses_in_from", "multiple addresses in from", MalformedMessage)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-28.eml", "host gmail-smtp-in.l.google.com[2404:6800:4008:c05::1a] said: 550-5.7.1 [2401:2500:102:3032:192.0.2.222 13] Messages with multiple 550 5.7.1 addresses in From: header are not accepted. v14si1155795plk.134 - gsmtp (in reply to end of DATA command)"),
    phrase("malformed_message.header_too_long", "header is too long", MalformedMessage)
        .ex("MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeOnline/email-delivery/ndr/550-x-dg-ref-header-too-long-ndr.md", "550 5.0.350 Remote server returned an error -> 550 x-dg-ref header is too long."),
    phrase("malformed_message.barelf_page", "barelf", MalformedMessage)
        .ex("smtpd/qpsmtpd lib/Qpsmtpd/SMTP.pm (format string)", "421 See http://smtpd.develooper.com/barelf.html"),
    phrase("malformed_message.body_missing", "message body missing", MalformedMessage)
        .ex("SparkPost/developers.sparkpost.com web-ref/responses-by-message.md", "550 5.3.0 [internal] message body missing"),
    phrase("malformed_message.strict_ascii", "strict ascii", MalformedMessage)
        .ex("aio-libs/aiosmtpd aiosmtpd/smtp.py (format string)", "500 Error: strict ASCII mode"),
    phrase("malformed_message.wrongly_formatted", "wrongly formatted", MalformedMessage)
        .ex("simple-login/app app/email/status.py", "550 SL E507 Wrongly formatted subject"),
    phrase("malformed_message.headers_are_missing", "headers are missing", MalformedMessage)
        .ex("smtpd/qpsmtpd plugins/headers + lib/Qpsmtpd/SMTP.pm (format string)", "552 Headers are missing"),
    phrase("malformed_message.date_header_too_far", "date header is too far", MalformedMessage)
        .ex("smtpd/qpsmtpd plugins/headers + lib/Qpsmtpd/SMTP.pm (format string)", "552 The Date header is too far in the past"),
    phrase("malformed_message.invalid_line_ending", "invalid line ending", MalformedMessage)
        .ex("albertito/chasquid internal/smtpsrv/conn.go (format string, example values)", "521 5.5.2 Error reading DATA: invalid line ending"),
    phrase("malformed_message.not_rfc_number_compliant", "not rfc * compliant", MalformedMessage)
        .ex("sisimai/p5-sisimai issue #387", "host feedback-smtp.us-east-1.amazonses.com[18.235.76.96] said: 554 DSN is not RFC 3464 compliant. MSGID: (rB4TeBIUGDyQyRNGoSK0-1): The DSN MUST be addressed (in both the message header and the transport envelope) to the return address from the transport envelope which accompanied the original message for which the DSN was generated. https://tools.ietf.org/html/rfc3464 (in reply to end of DATA command)"),

    // TLS (a STARTTLS pipelining mistake is the protocol's).
    phrase("protocol_error.pipeline_after_starttls", "pipeline after starttls", ProtocolError)
        .ex("https://support.google.com/a/answer/3726730", "523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS. For more information, go to About SMTP error messages and review RFC 3207 specifications."),
    phrase("tls_required.tls_currently_unavailable", "tls currently unavailable", TlsRequired)
        .ex("Exim/exim src/src/smtp_in.c (format string, example values)", "454 TLS currently unavailable"),
    phrase("tls_required.tls_support_not_enabled", "tls support is not enabled", TlsRequired)
        .ex("dovecot/core src/lib-smtp/smtp-server-cmd-starttls.c", "502 5.5.1 TLS support is not enabled."),
    phrase("tls_required.with_an_encryption", "with an encryption", TlsRequired)
        .ex("https://www.spam-mail-blocker.de/greylisted.html", "5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption"),
    phrase("tls_required.encryption_is_required", "encryption is required", TlsRequired)
        .ex("MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template line 690", "Encryption is required from you"),
    phrase("tls_required.dane", "dane", TlsRequired)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.323 tlsa-invalid: The domain failed DANE validation."),
    phrase("tls_required.only_on_tls", "accepts messages only on tls", TlsRequired)
        .ex("Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (LMTP reply, TLS_REQUIRED)", "451 4.2.2 Server accepts messages only on TLS connection"),
    // QQ Mail's spelling.
    phrase("tls_required.secure_connection_requiered", "secure connection is requiered", TlsRequired)
        .ex("https://github.com/lx1169732264/zdm/issues/3", "javax.mail.AuthenticationFailedException: 530 Login fail. A secure connection is requiered(such as ssl). More information at http://service.mail.qq.com/cgi-bin/help?id=28"),
    phrase("tls_required.tlsa", "tlsa", TlsRequired)
        .ex("https://github.com/Zuplu/postfix-tlspol/issues/52", "to=<user@learndmarc.com>, relay=none, delay=0.64, delays=0.1/0.02/0.51/0, dsn=4.7.5, status=deferred (no TLSA records found)"),
    phrase("tls_required.dnssec", "dnssec", TlsRequired)
        .ex("https://github.com/Zuplu/postfix-tlspol/issues/8", "to=<user@randboats.com>, relay=none, delay=1070, delays=1070/0/0.03/0, dsn=4.7.5, status=deferred (non DNSSEC destination)"),
    phrase("tls_required.encrypted_smtp_session", "encrypted smtp session", TlsRequired)
        .ex("https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons", "Your sender domain is required to send via an encrypted SMTP session"),
    phrase("tls_required.tls_configuration", "tls configuration problem", TlsRequired)
        .ex("https://github.com/Snawoot/postfix-mta-sts-resolver/issues/76", "postfix/smtp[22718]: warning: TLS policy lookup for gmail.com/gmail-smtp-in.l.google.com: client TLS configuration problem"),
    phrase("tls_required.ssl_cert", "ssl cert*", TlsRequired)
        .ex("SparkPost/developers.sparkpost.com web-ref/responses-by-message.md", "4.7.5 [internal] SSL cert must be signed by a valid CA"),
    phrase("tls_required.tls_channel", "tls channel", TlsRequired)
        .ex("https://github.com/catatnight/docker-postfix/issues/12", "454 4.7.0 Failed to establish appropriate TLS channel: Access Denied (in reply to RCPT TO command)"),
    phrase("tls_required.tls_connection", "over a tls connection", TlsRequired)
        .ex("https://support.google.com/a/answer/3726730", "421 4.7.29 Your email has been rate limited because this message wasn’t sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections."),
    phrase("tls_required.starttls", "starttls", TlsRequired)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail."),
    phrase("tls_required.tls_required", "tls required", TlsRequired)
        .ex("https://support.google.com/a/answer/3726730", "421 4.7.0 TLS required for RCPT domain, closing connection. For more information, go to Email encryption in transit."),
    phrase("tls_required.mta_sts", "mta sts", TlsRequired)
        .ex("https://github.com/sisimai/p5-sisimai/issues/550 (quoting the Exchange Online NDR table at https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online, code 5.4.8; its format 'MX hosts of <domain> failed MTA-STS validation', with example values)", "MX hosts of example.com failed MTA-STS validation"),
    phrase("tls_required.encryption_required", "encryption required", TlsRequired)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_sasl_proto.c", "504 5.5.4 Encryption required for requested authentication mechanism"),
    phrase("tls_required.certificate", "certificate", TlsRequired)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.322 certificate-expired: Destination mail server's certificate is expired."),
    phrase("tls_required.lack_of_security", "lack of security", TlsRequired)
        .ex("aio-libs/aiosmtpd aiosmtpd/smtp.py (format string)", "554 Command refused due to lack of security"),
    phrase("tls_required.tls_needed", "tls needed", TlsRequired)
        .ex("davidel/xmail SMTPSvr.cpp", "503 Bad sequence of commands (TLS needed for this session)"),
    phrase("tls_required.tls_not_available", "tls not available", TlsRequired)
        .ex("deepin-community/sendmail sendmail/srvrsmtp.c (format string, example values)", "454 4.3.3 TLS not available right now"),
    phrase("tls_required.without_tls", "without tls", TlsRequired)
        .ex("sagredo-dev/qmail qmail-smtpd.c (format string, example values)", "538 auth not available without TLS (#5.3.3)"),
    phrase("tls_required.requiretls", "requiretls", TlsRequired)
        .ex("mjl-/mox smtpclient/client.go (format string)", "remote smtp server does not implement requiretls extension, required for delivery"),

    // Authentication of the sender's domain.
    phrase("domain_auth_failed.invalid_ip_for_domain", "invalid ip for sending mail of domain", DomainAuthFailed)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-yahoo-14.eml", "554 INVALID IP FOR SENDING MAIL OF DOMAIN amazonses.com"),
    phrase("domain_auth_failed.not_allowed_to_send_mail_from", "is not allowed to send mail from", DomainAuthFailed)
        .ex("https://github.com/linux-mailinglist-archives/osst-users.lists.sourceforge.net.0/blob/8e4513a5d25d95e1fa002d364ae5ea87f6dbce33/m", "<user@example.biz>: host mxlb.ispgateway.de[80.67.18.126] said: 550-192.0.2.53 is not allowed to send mail from lists.sourceforge.net. Help 550 at/Hilfe unter www.mfaq.info (in reply to RCPT TO command)"),
    phrase("domain_auth_failed.sender_id", "sender id validation", DomainAuthFailed)
        .ex("https://postmaster.live.com/pm/troubleshooting.aspx", "550 command rejected due to Sender ID validation failure."),
    phrase("domain_auth_failed.domain_owner_policy", "domain owner policy", DomainAuthFailed)
        .ex("https://mid.mail-archive.com/debian-user@lists.debian.org/msg683187.html", "5.7.0 (COL004-MC1F52) Unfortunately, messages from (192.0.2.100) on behalf of (yahoo.com) could not be delivered due to domain owner policy restrictions."),
    phrase("domain_auth_failed.dmarc", "dmarc", DomainAuthFailed)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-71.eml", "host mx01.mail.icloud.com[17.57.152.9] said: 554 5.7.1 Your message was rejected due to libsisimai.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info (in reply to end of DATA command)"),
    phrase("domain_auth_failed.spf", "spf", DomainAuthFailed)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-google-03.eml", "Diagnostic-Code: smtp; 550-5.7.26 The MAIL FROM domain [mail4.example.com] has an SPF record with a 550-5.7.26 hard fail policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26 [192.0.2.24]. To best protect our users from spam and phishing, 550-5.7.26 the message has been blocked. For instructions on setting up 550-5.7.26 authentication, go to 550 5.7.26 https://support.google.com/mail/answer/81126#authentication 2-222222630d46222222b002b2d2neko2cat2222222cat.22 - gsmtp"),
    // The SPF project's old site, which SPF refusals link to.
    phrase("domain_auth_failed.openspf", "openspf", DomainAuthFailed)
        .ex("https://support.kerioconnect.gfi.com/hc/en-us/articles/360015187600-Secure-email-delivery-via-Sender-Policy-Framework-and-Greylisting", "550 5.7.0 Please see http://www.openspf.net/why.html?sender=johndoe%40connect_domain.com"),
    phrase("domain_auth_failed.dkim", "dkim", DomainAuthFailed)
        .ex("Yahoo", "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with DKIM."),
    phrase("domain_auth_failed.sender_policy_framework", "sender policy framework", DomainAuthFailed)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (NDR table, row for enhanced code 5.7.23; the page fix-error-code-5-7-23-in-exchange-online gives the full code as 550 5.7.23)", "The message was rejected because of Sender Policy Framework violation"),
    phrase("domain_auth_failed.authentication_checks", "authentication checks", DomainAuthFailed)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-59.eml", "550-5.7.1 This message does not have authentication information or fails to pass 550-5.7.1 authentication checks. To best protect our users from spam, the 550-5.7.1 message has been blocked. Please visit 550-5.7.1  https://support.google.com/mail/answer/81126#authentication for more 550 5.7.1 information. 37si3479471pgw.590 - gsmtp"),
    phrase("domain_auth_failed.authentication_level", "required authentication level", DomainAuthFailed)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-microsoft-06.eml", "Remote host said: 550 5.7.515 Access denied, sending domain NYAAAAN.EXAMPLE.JP doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender."),
    // Fastmail's refusal of a From address the account may not use, which
    // the next rule's words would read as the domain's authentication.
    phrase("sender_rejected.send_from_this_header_address", "send from this header address", SenderRejected)
        .ex("https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back", "551 5.7.1 Not authorised to send from this header address"),
    phrase("domain_auth_failed.not_authorized_to_send_from", "not authorized to send from", DomainAuthFailed)
        .ex("https://docs.mailchannels.com/email-api/sending-policies", "550 5.7.1 This sender is not authorized to send from example.com"),

    // Reverse DNS.
    phrase("reverse_dns.non_static_ip", "non static ip", ReverseDns)
        .ex("https://github.com/wanderlust/wanderlust/issues/160", "<wl-en@example.org>: host mx.example.org[192.0.2.82] said: 553 Sorry, you seem to be a non-static-ip server(#5.7.1) (in reply to RCPT TO command)"),
    phrase("reverse_dns.reverse_look", "reverse look*", ReverseDns)
        .ex("https://www.spam-mail-blocker.de/greylisted.html", "5.6.2 Sender ip adress rejected: Your IPv6 address do not have a reverse look name"),
    phrase("reverse_dns.ptr", "ptr", ReverseDns)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-google-06.eml", "Diagnostic-Code: smtp; 550-5.7.25 [192.0.2.202] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing PTR records. For more information, go to 550 5.7.25 https://support.google.com/mail/answer/81126#ip-practices neko-1785a7g6767a6agg.2 - gsmtp"),
    phrase("reverse_dns.reverse_dns", "reverse dns", ReverseDns)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-39.eml", "SMTP error from remote mail server after RCPT TO:<kijitora@example.net>: 550-Your message was rejected by this system and was not delivered. 550-Reason: This system will not accept messages from servers/devices with no reverse DNS. IP=[203.0.113.2] 550-Protection provided by: MagicMail version 2.0 550-For more information, please visit the URL: 550-http://www.linuxmagic.com/best_practices/check_ip_reverse_dns.html 550-or contact your ISP or mail server operator. 550 7d39d529-9584-f4be-161127e61f5f54002"),
    phrase("reverse_dns.rdns", "rdns", ReverseDns)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-40.eml", "SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024: 551 Server access mta.example.org forbidden by invalid RDNS record of your mail server (203.0.113.2)."),
    phrase("reverse_dns.find_your_hostname", "cannot find your ~ hostname", ReverseDns)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (its format, with example values)", "Client host rejected: cannot find your reverse hostname, [192.0.2.1]"),
    phrase("reverse_dns.ip_name_lookup", "ip name lookup failed", ReverseDns)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-08.eml", "Diagnostic-Code: SMTP; 450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]"),
    phrase("reverse_dns.unverifyable", "unverifyable", ReverseDns)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-38.eml", "Delay reason: SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024: 450 service permits 2 unverifyable sending IPs - neko.example.com is not 203.0.113.222"),
    phrase("reverse_dns.mismatches_client_ip", "mismatches client ip", ReverseDns)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-outlook-09.eml", "Diagnostic-Code: smtp;550 domain [example.com] mismatches client ip 192.0.2.225."),
    phrase("reverse_dns.no_dns_reverse", "dns reverse", ReverseDns)
        .ex("https://support.forpsi.com/kb/a3068/email-se-vratil-s-chybou-no-dns-reverse-for-x_x_x_x.aspx?translation-detect=false", "554 cmg11.fe.forpsi.com bizsmtp 0bcW1i00G0jifNx01bcmHa no DNS reverse for 192.0.2.1"),
    phrase("reverse_dns.ip_must_resolve", "ip must resolve", ReverseDns)
        .ex("http://www.veraciti.com/Customer-Support/reverse-dns.html", "mail.example.com#smtp;501 5.7.1 <user@example.com>...Sender IP must resolve"),
    phrase("reverse_dns.fcrdns", "fcrdns", ReverseDns)
        .ex("haraka/haraka-plugin-fcrdns index.js (format string, example values)", "554 Sorry, no FCrDNS match found"),

    // Group and mailbox restrictions (before the words of SMTP authentication).
    phrase("message_too_large.sendsizelimit", "sendsizelimit", MessageTooLarge)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/message-too-large-5.msg", "Diagnostic-Code: smtp;550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization"),
    phrase("message_too_large.class_size", "class size", MessageTooLarge)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/message-too-large-6.msg", "Diagnostic-Code: smtp; 554 5.7.1 Message Rejected Class=size limit=15728640 Subclass=reject size=18571048"),
    phrase("message_too_large.recipsizelimit", "recipsizelimit", MessageTooLarge)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exchange2007-03.eml", "Diagnostic-Code: smtp;550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"),
    phrase("recipient_refused.public_folder", "authenticated for public folder", RecipientRefused)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.13 or 135 Sender was not authenticated for public folder"),
    phrase("recipient_refused.not_a_member", "not a member of this ~ list", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-fml-02.eml", "You are not a member of this mailing list <neko-nyaan@example.org>."),
    phrase("recipient_refused.members_only", "members only list", RecipientRefused)
        .ex("https://github.com/numpy/numpy/issues/11523", "This is a members-only list.  Your message has been automatically rejected, since it came from a non-member's email address.  Please make sure to use the email account that you used to join this list."),
    phrase("recipient_refused.korean_blocked_by_recipient", "수신차단", RecipientRefused)
        .ex("https://github.com/codechobostudy/code-chobo-study/issues/3", "user@naver.com 님께 보내신 메일 <[code-chobo-study] 질문 - 답변 (#3)> 이 다음과 같은 이유로 전송 실패했습니다. 받는 사람이 회원님의 메일을 수신차단 하였습니다."),
    phrase("recipient_refused.messages_from_people", "accept* messages from people", RecipientRefused)
        .ex("https://github.com/CDCgov/MicrobeTrace/issues/787", "the group only accept messages from people in its organization or on its allowed senders list"),
    phrase("recipient_refused.only_subscribers", "only subscribers", RecipientRefused)
        .ex("https://github.com/softwerkskammer/Agora/issues/1065", "<testing@softwerkskammer.org>: Sorry, only subscribers may post. If you are a subscriber, please forward this message to testing-owner@softwerkskammer.org to get your new address included."),
    phrase("recipient_refused.no_permission_to_send_to_it", "permission to send to it", RecipientRefused)
        .ex("https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1208", "Your message couldn't be delivered to the recipient because you don't have permission to send to it. Ask the recipient's email admin to add you to the accept list for the recipient."),
    phrase("recipient_refused.german_subscribers_only", "auf abonnenten beschränkt", RecipientRefused)
        .ex("sympa-community/sympa po/sympa/de.po, default/mail_tt2/delivery_status_notification.tt2 (format string, example values)", "Sie dürfen aus folgendem Grund diese Nachricht nicht senden: Nachrichtenverteilung auf dieser Liste ist auf Abonnenten beschränkt."),
    phrase("recipient_refused.french_subscribers_only", "réservée aux abonnés", RecipientRefused)
        .ex("sympa-community/sympa po/sympa/fr.po, default/mail_tt2/delivery_status_notification.tt2 (format string, example values)", "Vous n'êtes pas autorisé à diffuser ce message pour la raison suivante : La diffusion de messages dans la liste est réservée aux abonnés."),
    phrase("recipient_refused.italian_subscribers_only", "limitata agli iscritti", RecipientRefused)
        .ex("sympa-community/sympa po/sympa/it.po, default/mail_tt2/delivery_status_notification.tt2 (format string, example values)", "Non sei autorizzato a inviare il messaggio per le seguenti ragioni: La distribuzione di messaggi in questa lista è limitata agli iscritti alla lista."),
    phrase("recipient_refused.korean_reception_restricted", "메일 수신을 제한", RecipientRefused)
        .ex("https://github.com/aishwaryanr/awesome-generative-ai-guide/pull/91 (Dooray!)", "받는 사람이 현재 메일 수신을 제한하고 있습니다. 이 설정은 개인 또는 조직의 메일 수신 정책에 의해 적용되었습니다."),
    phrase("recipient_refused.not_pre_approved", "not pre approved", RecipientRefused)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/boxbe-cr.msg", "X-Boxbe-Notice; Sender not pre-approved.  Follow instructions in above notice"),
    phrase("recipient_refused.they_are_not_accepting_mail_from", "they are not accepting mail from", RecipientRefused)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/aol_01.txt", "Your mail to the following recipients could not be delivered because they are not accepting mail from xxx@lists.xxx.com:"),
    phrase("recipient_refused.non_members", "non member*", RecipientRefused)
        .ex("https://github.com/openzfs/zfs/issues/5249", "Non-members are not allowed to post."),
    phrase("recipient_refused.not_authenticated_for_group", "sendernotauthenticatedforgroup", RecipientRefused)
        .ex("https://github.com/Xilinx/embeddedsw/issues/176", "Remote Server returned '554 5.7.0 < #5.7.133 smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group>'"),
    phrase("recipient_refused.resolver_rst", "resolver rst", RecipientRefused)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-1-in-exchange-online", "Remote Server returned '<xxxxxxxx> #5.7.1 smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'"),
    phrase("recipient_refused.distribution_list", "this distribution list", RecipientRefused)
        .ex("Zimbra/zm-mailbox store/src/java/com/zimbra/cs/milter/MilterHandler.java (format string, example values)", "571 Sender is not allowed to email this distribution list: list@example.com"),
    phrase("recipient_refused.recipient_prohibited", "recipient prohibited", RecipientRefused)
        .ex("https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x", "550 5.7.1 Recipient Prohibited (x)"),
    phrase("recipient_refused.italian_not_enabled_to_receive", "non abilitato alla ricezione", RecipientRefused)
        .ex("https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx", "554 <user@example.com>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata"),
    // A sending service's credits, named after an authentication failure.
    phrase("rate_limited.maximum_credits", "maximum credits exceeded", RateLimited)
        .ex("sendgrid/docs content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md", "451 Authentication failed: Maximum credits exceeded"),
    phrase("recipient_refused.blocked_by_the_recipient", "blocked by * recipient", RecipientRefused)
        .ex("fm/smtp-codes data/codes/554.json", "554 5.7.1 user@example.com: Sender address rejected: Blocked by this recipient (GE)"),

    // SMTP authentication.
    phrase("smtp_auth_failed.auth_required", "auth required", SmtpAuthFailed)
        .ex("https://github.com/mailcow/mailcow/issues/318", "Error: 550 smtp auth required (in reply to RCPT TO command)"),
    phrase("smtp_auth_failed.auth_failed", "auth failed", SmtpAuthFailed)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "SMTP; 553 AUTH FAILED - user@example.com"),
    phrase("smtp_auth_failed.unauthenticated_session", "unauthenticated session", SmtpAuthFailed)
        .ex("MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template line 677", "unauthenticated session on submission port"),
    phrase("smtp_auth_failed.exchange_server_authentication", "cannot achieve exchange server authentication", SmtpAuthFailed)
        .ex("MicrosoftDocs/OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md", "5.7.3 Cannot achieve Exchange Server authentication"),
    phrase("smtp_auth_failed.too_many_authentication_errors", "too many authentication errors", SmtpAuthFailed)
        .ex("stalwartlabs/stalwart crates/smtp/src/inbound/auth.rs", "455 4.3.0 Too many authentication errors, disconnecting."),
    phrase("smtp_auth_failed.account_not_authorized_to_use", "account is not authorized to use", SmtpAuthFailed)
        .ex("stalwartlabs/stalwart crates/smtp/src/inbound/auth.rs", "550 5.7.1 Your account is not authorized to use this service."),
    phrase("smtp_auth_failed.auth_command_first", "auth command first", SmtpAuthFailed)
        .ex("OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c (format string, example values)", "530 5.5.1 Invalid command: Must issue an AUTH command first"),
    phrase("smtp_auth_failed.authenticate_first", "authenticate first", SmtpAuthFailed)
        .ex("stalwartlabs/stalwart crates/smtp/src/inbound/mail.rs (format string, example values)", "503 5.5.1 You must authenticate first."),
    phrase("smtp_auth_failed.you_must_authenticate", "you must authenticate", SmtpAuthFailed)
        .ex("https://github.com/andrewdavey/postal/issues/127", "If MAIL FROM is local then you must authenticate"),
    phrase("smtp_auth_failed.server_requires_authentication", "server requires authentication", SmtpAuthFailed)
        .ex("https://github.com/PHPMailer/PHPMailer/issues/533", "Client host rejected: Para envio de mensagens e necessaria autenticacao. Para saber como corrigir este erro acesse: http://wiki.locaweb.com/pt-br/Email_Locaweb_-_Envio_Autenticado /This mail server requires authentication"),
    phrase("smtp_auth_failed.portuguese_auth_required", "necessaria autenticacao", SmtpAuthFailed)
        .ex("https://github.com/PHPMailer/PHPMailer/issues/533", "Client host rejected: Para envio de mensagens e necessaria autenticacao."),
    phrase("smtp_auth_failed.smtp_login_failed", "smtp login ~ failed", SmtpAuthFailed)
        .ex("corecode/dma net.c (format string, example values)", "SMTP login to smtp.example.com failed"),
    phrase("smtp_auth_failed.anonymous_user", "access denied anonymous user", SmtpAuthFailed)
        .ex("dovecot/core src/submission/submission-commands.c (format string)", "554 5.7.1 Access denied (anonymous user)"),
    phrase("smtp_auth_failed.receive_before_sending", "receive your mail before sending", SmtpAuthFailed)
        .ex("http://shbhlxxjs.com/onlineManualDetail161.html", "553 5.3.0 <user@example.jp>... Please receive your mail before sending."),
    phrase("smtp_auth_failed.authorised_users_only", "authorised users only", SmtpAuthFailed)
        .ex("SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst", "Message submission is for authorised users only!"),
    phrase("smtp_auth_failed.auth_error", "auth error", SmtpAuthFailed)
        .ex("https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "551 auth error."),
    phrase("smtp_auth_failed.fail_authentication", "fail authentication", SmtpAuthFailed)
        .ex("https://biecuoliao.com/pa/MBRrwEM.html", "451 Requested mail action not taken: too much fail authentication"),
    phrase("smtp_auth_failed.unauthenticated_mail", "unauthenticated mail", SmtpAuthFailed)
        .ex("https://github.com/NixOS/infra/issues/668", "user@example.com (expanded from ngi@nixos.org): host eagle.mxlogin.com[45.43.208.25] said: 550 Unauthenticated mail not allowed from this range (in reply to RCPT TO command)"),
    phrase("smtp_auth_failed.authentication_type", "authentication type not supported", SmtpAuthFailed)
        .ex("https://pastebin.com/z8RXfQKH", "504 authentication type not supported"),
    phrase("smtp_auth_failed.by_pop3", "not authorized by pop3", SmtpAuthFailed)
        .ex("https://pastebin.com/rcUxGTQ7", "Err: 2 Stat: 1 Errorcode: \"500 Permission denied (Not authorized by POP3)\""),
    phrase("smtp_auth_failed.unable_to_authenticate", "unable to authenticate", SmtpAuthFailed)
        .ex("https://www.liquidweb.com/kb/how-to-troubleshoot-smtp-errors-part-2/", "fixed_login authenticator failed for localhost ([127.0.0.1]) [127.0.0.1]:36824 I=[127.0.0.1]:25: 435 Unable to authenticate at present ( syntax error in Exim::expand_string argument: failed to open /home/user/etc/ for linear search: Permission denied"),
    phrase("smtp_auth_failed.cannot_authenticate", "cannot authenticate", SmtpAuthFailed)
        .ex("https://support.google.com/a/answer/3726730", "454 4.7.0 Cannot authenticate due to a temporary system problem. Try again later. For more information, go to About SMTP error messages."),
    phrase("smtp_auth_failed.advertise_auth", "does not advertise auth", SmtpAuthFailed)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googleworkspace-01.eml", "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability"),
    phrase("smtp_auth_failed.unrecognized_authentication", "unrecognized authentication type", SmtpAuthFailed)
        .ex("https://support.google.com/a/answer/3726730", "504 5.7.40 Unrecognized authentication type. For more information, go to About SMTP error messages."),
    phrase("smtp_auth_failed.xoauth", "xoauth", SmtpAuthFailed)
        .ex("https://support.google.com/a/answer/3726730", "504 5.7.40 XOAUTH is no longer supported. For more information, go to OAuth 2.0 Mechanism for Google Developers."),
    // sendmail's relay refusal, which names authentication too.
    phrase("relay_denied.relaying_denied_authentication_required", "relaying denied proper authentication required", RelayDenied)
        .ex("sendgrid/docs source/API_Reference/Web_API/bounces.md", "550 5.7.1 <info@bnl.co.uk>... Relaying denied. Proper authentication required."),
    phrase("smtp_auth_failed.too_many_auth_failures", "too many auth failures", SmtpAuthFailed)
        .ex("https://docs.oracle.com/ja-jp/iaas/Content/Email/Concepts/troubleshooting.htm", "421 Too many auth failures, try again later"),
    phrase("smtp_auth_failed.authentication_required", "authentication required", SmtpAuthFailed)
        .ex("azumakuniyuki/feb-2024-no-auth-no-entry google-3726730-smtp-errors-and-codes/text/3726730-2023-03-06.txt (archived copy of https://support.google.com/a/answer/3726730; table row 530, 5.5.1)", "Authentication Required. For more information, visit Can't sign in to your Google Account."),
    phrase("smtp_auth_failed.authentication_is_required", "authentication is required", SmtpAuthFailed)
        .ex("Exim", "530 Authentication is required for relay"),
    phrase("smtp_auth_failed.authentication_failed", "authentication failed", SmtpAuthFailed)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_sasl_glue.c (its format, with example values)", "535 5.7.8 Error: authentication failed: authentication failure"),
    phrase("smtp_auth_failed.invalid_login", "invalid login", SmtpAuthFailed)
        .ex("Mailgun", "535 5.7.0 Invalid login or password"),
    phrase("smtp_auth_failed.username_or_password", "username or password", SmtpAuthFailed)
        .ex("zone-eu/zone-mta lib/smtp-interface.js", "535 Invalid username or password"),
    phrase("smtp_auth_failed.log_in_with_your_web_browser", "log in with your web browser", SmtpAuthFailed)
        .ex("https://github.com/kootenpv/yagmail/issues/111", "5.7.9 Please log in with your web browser and then try again. Learn more at 5.7.9  https://support.google.com/mail/?p=WebLoginRequired"),
    phrase("smtp_auth_failed.failed_to_authenticate", "failed to authenticate", SmtpAuthFailed)
        .ex("symfony/mailer Transport/Smtp/EsmtpTransport.php (its format, with example values)", "Failed to authenticate on SMTP server with username \"user@example.com\" using the following authenticators: \"LOGIN\", \"PLAIN\"."),
    phrase("smtp_auth_failed.could_not_authenticate", "could not authenticate", SmtpAuthFailed)
        .ex("PHPMailer/PHPMailer src/PHPMailer.php", "SMTP Error: Could not authenticate."),
    phrase("smtp_auth_failed.not_logged_in", "not logged in", SmtpAuthFailed)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (its format, with example values)", "<user@example.com>: Sender address rejected: not logged in"),
    phrase("smtp_auth_failed.password_not_accepted", "password not accepted", SmtpAuthFailed)
        .ex("https://support.google.com/a/answer/3726730", "535 5.7.8 Username and Password not accepted. For more information, go to Can't sign in to your Google Account."),
    phrase("smtp_auth_failed.not_authenticated", "client was not authenticated", SmtpAuthFailed)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM"),
    phrase("smtp_auth_failed.authentication_unsuccessful", "authentication unsuccessful", SmtpAuthFailed)
        .ex("https://github.com/simonrob/email-oauth2-proxy/issues/193", "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]"),
    phrase("smtp_auth_failed.authentication_data", "incorrect authentication data", SmtpAuthFailed)
        .ex("Exim/exim test/stdout/3418", "535 Incorrect authentication data"),
    phrase("smtp_auth_failed.application_password", "application specific password", SmtpAuthFailed)
        .ex("https://support.google.com/a/answer/3726730", "534 5.7.9 Application-specific password required. For more information, go to Sign in with app passwords."),
    phrase("smtp_auth_failed.unauthenticated_senders", "unauthenticated senders not allowed", SmtpAuthFailed)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-65.eml", "host smtp.sendgrid.net[169.38.103.42] said: 550 Unauthenticated senders not allowed (in reply to MAIL FROM command)"),
    phrase("smtp_auth_failed.login_attempts", "too many login attempts", SmtpAuthFailed)
        .ex("https://support.google.com/a/answer/3726730", "454 4.7.0 Too many login attempts, please try again later. For more information, go to Add Gmail to another email client."),
    phrase("smtp_auth_failed.authentification_invalide", "authentification invalide", SmtpAuthFailed)
        .ex("https://github.com/sisimai/p5-sisimai/issues/243", "550 5.7.0 Code d'authentification invalide OFR 305"),
    phrase("smtp_auth_failed.turn_on_smtp_authentication", "turn on smtp authentication", SmtpAuthFailed)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-messagelabs-01.eml", "550-Please turn on SMTP Authentication in your mail client. 550-mail0.bemta0.messagelabs.com [198.51.100.21]:22222 is not permitted to 550 relay through this server without authentication."),
    phrase("smtp_auth_failed.excessive_authentication_failures", "excessive authentication failures", SmtpAuthFailed)
        .ex("fm/smtp-codes data/codes/554.json", "554 Your IP is generating excessive authentication failures."),
    phrase("smtp_auth_failed.authentication_failure_auth", "authentication failure", SmtpAuthFailed)
        .only_after(AUTH)
        .ex("https://github.com/alibaba/canal/issues/554", "526 Authentication failure[0]"),
    phrase("smtp_auth_failed.must_log_in", "must log in to send", SmtpAuthFailed)
        .ex("mingodad/citadel citadel/modules/smtp/serv_smtp.c (format string, example values)", "550 You must log in to send mail from example.com"),
    phrase("smtp_auth_failed.must_be_authenticated", "must be authenticated", SmtpAuthFailed)
        .ex("albertito/chasquid internal/smtpsrv/conn.go (format string, example values)", "550 5.7.9 Mail to submission port must be authenticated"),
    phrase("smtp_auth_failed.authentication_mechanism_not_supported", "authentication mechanism ~ not supported", SmtpAuthFailed)
        .ex("voodoodyne/subethasmtp (format string)", "504 The requested authentication mechanism is not supported"),
    phrase("smtp_auth_failed.credentials_no_longer_valid", "credentials no longer valid", SmtpAuthFailed)
        .ex("hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp (format string, example values)", "550 Login credentials no longer valid. Please re-authenticate."),
    phrase("smtp_auth_failed.smtp_auth_is_required", "smtp auth is required", SmtpAuthFailed)
        .ex("crowdsecurity/hub .tests/exim-logs/exim-logs.log", "H=(smtpclient.test) [192.0.2.14]:17125 X=TLS1.3:TLS_AES_128_GCM_SHA256:128 CV=no F=<info@example.com.au> rejected RCPT <user@example.com.au>: SMTP AUTH is required for message submission on port 587"),
    phrase("smtp_auth_failed.authentication_canceled", "authentication canceled", SmtpAuthFailed)
        .ex("http://blog.softmail.co.kr/554", "501 5.0.0 Authentication canceled"),

    // Rate limits: sending too fast, too much.
    phrase("too_many_recipients.recipients_per_connection", "recipients per connection", TooManyRecipients)
        .ex("SparkPost/developers.sparkpost.com web-ref/responses-by-message.md", "452 4.5.3 Service unavailable, recipients per connection limit reached"),
    phrase("rate_limited.messages_per_session", "messages per session", RateLimited)
        .ex("stalwartlabs/stalwart crates/smtp/src/inbound/data.rs (format string, example values)", "452 4.4.5 Maximum number of messages per session exceeded."),
    phrase("rate_limited.mails_per_session", "mails per session", RateLimited)
        .ex("https://github.com/terminal42/contao-notification_center/issues/226", "451-Requested action aborted 451 Mails per session limit"),
    phrase("rate_limited.french_too_many_mails", "envoye trop de mails", RateLimited)
        .ex("Feandil/maillog src/parser/postfix/messages/smtpd.rs (test log line)", "421 4.7.1 <DATA>: Data command rejected: Tu (firstname.lastname) as envoye trop de mails recement. Merci de contacter le support s'il s'agit d'une erreur"),
    phrase("rate_limited.maximum_messages_sent_per", "maximum messages sent per", RateLimited)
        .ex("https://docs.oracle.com/ja-jp/iaas/Content/Email/Concepts/troubleshooting.htm", "455 Maximum messages sent per minute reached : limit is <limit>"),
    phrase("rate_limited.messages_per_second", "messages per second", RateLimited)
        .ex("https://emailit.com/docs/smtp/troubleshooting/", "452 4.4.5 Messages per second limit exceeded"),
    phrase("rate_limited.concurrent_sessions", "concurrent sessions", RateLimited)
        .ex("http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (format string, example values)", "451 4.5.1 [192.0.2.1] Max concurrent sessions (#1.04)"),
    phrase("rate_limited.you_can_only_send_per", "you can only send ~ per", RateLimited)
        .ex("baruwaproject/baruwa-puppet modules/mailscanner/templates/exim.conf.erb line 97 (example values)", "You can only send 251.2 per 15m"),
    phrase("rate_limited.send_quota", "send quota", RateLimited)
        .ex("https://edvservice.bayern/t-online-kein-versand-von-emails-moeglich-send-quota-exceeded/", "Serverfehler 550: Send quota exceeded"),
    phrase("rate_limited.sent_to_many_mails", "sent to many mails", RateLimited)
        .ex("https://www.spam-mail-blocker.de/greylisted.html", "4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes"),
    phrase("rate_limited.rcpts_per_hours", "rcpts per * hours", RateLimited)
        .ex("https://github.com/deltachat/deltachat-core/issues/647", "SMTP failed to set data: Transaction failed: 5.7.1 <DATA>: Data command rejected: limit of 400 rcpts per 24 hours for client user@example.me reached"),
    phrase("rate_limited.too_many_e_mails", "too many e mails", RateLimited)
        .ex("https://puffinknight.tistory.com/102", "550 5.7.1 <user@example.com>... Error.your access was denied.? Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.After 24 hours,you can send e-mails as usual.If you did not send any e-mails,which is considered as a spam,you'd better register"),
    phrase("rate_limited.number_of_sessions", "number of sessions exceeds", RateLimited)
        .ex("https://support.huaweicloud.com/intl/ja-jp/usermanual-koomessage/um1007.html", "500 The number of sessions exceeds the maximum"),
    phrase("rate_limited.messages_per_hour", "messages can be sent per hour", RateLimited)
        .ex("https://pastebin.com/dW4JrGn7", "host mx3.hotmail.com[65.55.92.152] said: 421 RP-001 (SNT0-MC2-F19) Unfortunately, some messages from 192.0.2.177 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL FROM command)"),
    phrase("rate_limited.try_again_slower", "try again slower", RateLimited)
        .ex("sisimai/p5-sisimai t/201-reason-children.t", "451 4.7.1 <smtp.example.jp[192.0.2.3]>: Client host rejected: Please try again slower"),
    phrase("rate_limited.too_much_email", "too much email", RateLimited)
        .ex("https://smtp.codes/rackspace", "450 4.2.1 <user@example.com>: Mailbox received too much email in a short period of time (G30)"),
    phrase("rate_limited.receiving_email_rate", "receiving email at a rate", RateLimited)
        .ex("https://support.google.com/a/answer/3726730", "550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. For more information, go to Limits for sending & getting email."),
    phrase("rate_limited.too_quickly", "too quickly", RateLimited)
        .ex("https://support.google.com/a/answer/3726730", "450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time. If the user is able to receive email at that time, your message will be delivered. For more information, go to Limits for sending & getting email."),
    phrase("rate_limited.relay_limit", "relay limit exceeded", RateLimited)
        .ex("https://support.google.com/a/answer/3726730", "450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more information on SMTP relay limits, contact your administrator or go to SMTP relay service error messages."),
    phrase("rate_limited.thread_limit", "thread limit exceeded", RateLimited)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded"),
    phrase("rate_limited.permitted_limits", "exceeded permitted limits", RateLimited)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.508 Access denied, [$SenderIPAddress] has exceeded permitted limits within $range range"),
    phrase("rate_limited.queue_quota", "queue quota exceeded", RateLimited)
        .ex("ActiveCampaign/smtp-field-manual data/codes/450.json", "smtp;450 4.7.3 Organization queue quota exceeded. [outlook.com]"),
    phrase("rate_limited.concurrency_limit", "concurrency limit", RateLimited)
        .ex("SparkPost/developers.sparkpost.com web-ref/responses-by-message.md", "421 4.4.5 Service unavailable, concurrency limit reached"),
    phrase("rate_limited.same_message_id", "exceeded the quota for sending", RateLimited)
        .ex("https://support.google.com/a/answer/3726730", "421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected. For more information, go to Why has Gmail blocked my messages?."),
    phrase("rate_limited.refusequota", "refusequota", RateLimited)
        .ex("https://github.com/Youans/nodejs-nodemailer-outlook/issues/11", "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. [Hostname=VI1PR05MB5405.eurprd05.prod.outlook.com]"),
    phrase("rate_limited.recipients_this_hour", "too many recipients this hour", RateLimited)
        .ex("https://github.com/sisimai/p5-sisimai/issues/236", "host smtp.secureserver.net[72.167.238.29] said: 550 5.1.1 <foobar@example.com>  - 192.0.2.0 has sent to too many recipients this hour. IB607  <http://x.co/rlbounce> (in reply to RCPT TO command)"),
    phrase("rate_limited.sending_quota", "sending quota", RateLimited)
        .ex("azumakuniyuki/feb-2024-no-auth-no-entry google-3726730-smtp-errors-and-codes/text/3726730-2023-03-06.txt (archived copy of https://support.google.com/a/answer/3726730; table row 550, 5.4.5)", "Daily sending quota exceeded. For more information, visit Email sending limits."),
    phrase("rate_limited.submission_quota", "submission quota", RateLimited)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.2.2 Submission quota exceeded"),
    phrase("rate_limited.submissionquota", "submissionquota*", RateLimited)
        .ex("https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150", "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException"),
    phrase("rate_limited.receiving_rate", "receiving mail at a rate", RateLimited)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-59.eml", "host alt1.gmail-smtp-in.l.google.com[74.125.127.27] said: 550-5.2.1 The user you are trying to contact is receiving mail at a rate that 550-5.2.1 prevents additional messages from being delivered. For more 550-5.2.1 information, please visit 550 5.2.1 https://support.google.com/mail/?p=ReceivingRatePerm p131si8414989oif.118 - gsmtp (in reply to RCPT TO command)"),
    phrase("rate_limited.rate_limit", "rate limit*", RateLimited)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-09.eml", "host mgate02.dti.ne.jp[202.216.228.55] said: 452 4.3.2 Connection rate limit exceeded. (in reply to MAIL FROM command)"),
    phrase("rate_limited.too_many_connections", "too many connections", RateLimited)
        .ex("crisp-oss/email-bounce-parser test/fixtures/421_too_many_connections.txt", "421 opmtad4k4345ydf smtp.orange.fr 9d0fgdhg9n Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]"),
    phrase("rate_limited.max_connection_limits", "max connection limits", RateLimited)
        .ex("sendgrid/docs source/Classroom/Troubleshooting/email_was_deferred_due_to_the_following_reasons_ip_deferrals_messages.md", "Email was deferred due to the following reason(s): [\"IPs reached ISP-suggested max connection limits: http://send.gd/1uKnEBh\"]"),
    phrase("rate_limited.limit_for_processing_requests", "limit for processing requests", RateLimited)
        .ex("https://pastebin.com/jA77NHFE", "451-The server has reached its limit for processing requests from your host. 451 Please try again later."),
    phrase("rate_limited.per_source_limit", "per source limit", RateLimited)
        .ex("https://learn.microsoft.com/en-us/answers/questions/407670/421-4-3-2-the-maximum-number-of-concurrent-server", "421 4.3.2 The maximum number of concurrent server connections has exceeded a per-source limit, closing transmission channel"),
    phrase("rate_limited.max_connections_exceeded", "max connections exceeded", RateLimited)
        .ex("https://knowledge.broadcom.com/external/article/214237/messaging-gateway-defers-all-mail-delive.html", "421 4.3.2 MAX connections exceeded: - message rejected"),
    phrase("rate_limited.too_many_requests", "too many requests", RateLimited)
        .ex("https://github.com/knadh/listmonk/issues/2509", "450 Too many requests. Try again later. #MS-ST-G"),
    phrase("rate_limited.too_many_concurrent", "too many concurrent", RateLimited)
        .ex("Exim/exim src/src/daemon.c", "421 Too many concurrent SMTP connections; please try again later."),
    phrase("rate_limited.hourly_quota", "hourly quota", RateLimited)
        .ex("fm/smtp-codes data/codes/550.json", "550 5.4.7 <user@example.com>: Recipient address rejected: Recipients Domain Hourly Quota Exceeded"),
    phrase("rate_limited.recipients_per_minutes", "recipients per * minutes", RateLimited)
        .ex("https://git.oopen.de/install/mailsystem/raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits", "only 5 recipients per 5 minutes allowed"),
    phrase("rate_limited.allowed_outgoing_messages", "allowed outgoing messages", RateLimited)
        .ex("https://github.com/zotonic/zotonic/issues/3508", "554 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later."),
    phrase("rate_limited.too_much_mail_from", "too much mail from", RateLimited)
        .ex("https://support.mailroute.net/hc/en-us/articles/360063327833-Postfix-SMTP-Response-Errors", "450 4.7.1 Error: too much mail from 192.0.2.1"),
    phrase("rate_limited.send_limit", "send limit", RateLimited)
        .ex("http://wiki.polarismail.com/display/Support/Common+Problems", "462 Daily send limit reached. Please try again tomorrow"),
    phrase("rate_limited.too_many_connected_clients", "too many connected clients", RateLimited)
        .ex("nodemailer/smtp-server lib/smtp-connection.js (format string, example values)", "421 mx.example.com Too many connected clients, try again in a moment"),
    phrase("rate_limited.number_of_messages_exceeded", "number of messages exceeded", RateLimited)
        .ex("svarshavchik/courier courier/courier/filters/ratefilter.C (format string)", "500 Number of messages exceeded administrative limit."),
    // Messages stored, not sent: the mailbox's count (before the rate's words).
    phrase("mailbox_full.too_many_messages_on_server", "too many messages on the server", MailboxFull)
        .ex("http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html", "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server."),
    phrase("rate_limited.too_many_messages", "too many messages", RateLimited)
        .ex("Exim/exim test/stdout/0293 (text from src/src/smtp_in.c)", "421 too many messages in this connection"),
    phrase("rate_limited.throttled", "throttl*", RateLimited)
        .ex("Yahoo", "421 4.7.0 [TS02] Messages from 192.0.2.1 temporarily deferred due to throttling"),
    phrase("rate_limited.sending_rate", "sending rate", RateLimited)
        .ex("Microsoft Outlook.com", "451 4.7.500 Server busy. Please try again later; sending rate exceeded"),
    phrase("rate_limited.connection_limit", "connection limit", RateLimited)
        .ex("Exim/exim test/log/0288", "1999-03-02 09:44:33 10HmaX-000000005vi-0000 == b@test.ex R=all T=smtp defer (-54): connection limit reached for all hosts for 'test.ex'"),
    phrase("rate_limited.frequency", "frequency limited", RateLimited)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-tencent-01.eml", "host mx3.qq.com[103.7.30.40] said: 550 Ip frequency limited [V2VkIEFwciAgMyAxNjozNjo1OSBKU1QgMjAxOQo=/RkNGMjlFQTVEQ0E Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725 (in reply to end of DATA command)"),
    phrase("rate_limited.concurrent_connections", "concurrent connections", RateLimited)
        .ex("ActiveCampaign/smtp-field-manual data/codes/421.json", "smtp;421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel. example.com. PRX8 [example.com]"),
    phrase("rate_limited.max_message_per_connection", "max message per connection", RateLimited)
        .ex("ActiveCampaign/smtp-field-manual data/codes/421.json", "smtp;421 Max message per connection reached, closing transmission channel"),
    phrase("rate_limited.sending_limit", "sending limit", RateLimited)
        .ex("https://support.google.com/a/answer/3726730", "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to Gmail sending limits."),
    phrase("rate_limited.excessive_volume", "excessive volume", RateLimited)
        .ex("ActiveCampaign/smtp-field-manual data/codes/421.json", "smtp;421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137"),
    phrase("rate_limited.daily_limit", "daily limit", RateLimited)
        .ex("https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2729", "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients"),
    phrase("rate_limited.daily_message_limit", "daily message limit", RateLimited)
        .ex("benningm/mtpolicyd examples/ldap/README.md (policy action in example config)", "you exceeded your daily message limit"),
    phrase("rate_limited.too_many_recent_messages", "too many recent messages", RateLimited)
        .ex("ActiveCampaign/smtp-field-manual data/codes/452.json", "smtp;452 4.1.1 <example@comcast.net> too many recent messages; Try again later"),
    phrase("rate_limited.relay_quota", "relay quota", RateLimited)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-56.eml", "SMTP error from remote mail server after initial connection: host email-22.example.net [192.0.2.222]: 554 neko-22.nyaan.r.example.net : CAT : neko22 : CAT : You've reached your daily relay quota - 203.0.113.0"),
    phrase("rate_limited.flooding", "is flooding our", RateLimited)
        .ex("fm/smtp-codes data/codes/554.json", "554 Your IP address is flooding our SMTP server with abusive requests"),
    phrase("rate_limited.messages_over_past", "number of messages ~ over past", RateLimited)
        .ex("mjl-/mox smtpserver/server.go (format string, example values)", "451 4.7.1 max number of messages (1000) over past 24h reached, try increasing per-account setting MaxOutgoingMessagesPerDay"),
    phrase("rate_limited.too_many_new", "too many new", RateLimited)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd.c (format string, example values)", "421 4.7.0 mail.example.com Error: too many new TLS sessions from unknown[192.0.2.1]"),
    phrase("rate_limited.spam_limit", "spam limit", RateLimited)
        .ex("http://www.muug.ca/pipermail/roundtable/2008-March/001665.html", "4.5.9|Spam limit has been reached."),
    phrase("rate_limited.exceeded_your_quota", "exceeded your ~ quota", RateLimited)
        .ex("https://support.prolateral.com/index.php?/Knowledgebase/Article/View/187/35/what-does-smtp-554-571-mean", "554 5.7.1 <user@example.com>: Recipient address rejected: You have exceeded your Outmail quota."),
    phrase("rate_limited.try_again_after", "limit exceeded try again after", RateLimited)
        .ex("https://github.com/coopdevs/timeoverflow/issues/820", "Net::SMTPUnknownError: could not get 3xx (421: 421 Domain timeoverflow.org is not allowed to send: recipient limit exceeded, try again after Sun, 05 Oct 2025 19:22:44 UTC )"),
    phrase("rate_limited.outgoing_limits", "outgoing limit*", RateLimited)
        .ex("https://github.com/freescout-help-desk/freescout/issues/4005", "Expected response code 250 but got code \"554\", with message \"554 5.7.1 Reached address outgoing limits for"),
    phrase("rate_limited.unusual_sending_activity", "unusual sending activity", RateLimited)
        .ex("Zoho", "550 5.4.6 Unusual sending activity detected. Please try after sometime."),
    phrase("rate_limited.rate_exceeded", "rate exceeded", RateLimited)
        .ex("AT&T", "421 4.2.1 Message rate exceeded, please try again later"),
    phrase("rate_limited.too_many_sessions", "too many sessions", RateLimited)
        .ex("Comcast", "421 resimta-po-01v.sys.comcast.net comcast 192.0.2.1 Too many sessions opened"),
    phrase("rate_limited.ratelimit", "ratelimit*", RateLimited)
        .ex("rspamd", "451 4.7.1 Ratelimit \"to\" exceeded"),
    phrase("rate_limited.connection_rate_too_high", "connection rate ~ too high", RateLimited)
        .ex("mjl-/mox smtpserver/server.go (format string, example values)", "421 4.7.0 connection rate from your ip or network too high, slow down please"),
    phrase("rate_limited.connection_rate", "connection rate", RateLimited)
        .ex("https://helpdesk.ugent.be/email/faq.php", "421 4.5.1. Connection Rate - See https://helpdesk.ugent.be/email/"),
    phrase("rate_limited.too_many_open_connections", "too many open connections", RateLimited)
        .ex("mjl-/mox smtpserver/server.go (format string, example values)", "421 4.7.0 too many open connections from your ip or network"),
    phrase("rate_limited.too_many_smtp_sessions", "too many smtp sessions", RateLimited)
        .ex("deepin-community/sendmail sendmail/daemon.c (format string, example values)", "421 4.4.5 Too many SMTP sessions for this host"),
    phrase("rate_limited.connections_exceed", "connections * exceed", RateLimited)
        .ex("SirWumpus/smtpf doc/reply.html.in (format string, example values)", "421 4.4.5 client mail.example.com [192.0.2.1] connections 31 exceed 30/60s #522"),
    phrase("rate_limited.rate_exceeds", "rate exceeds", RateLimited)
        .ex("Exim/exim doc/doc-docbook/spec.xfpt (ACL example, example values)", "451 Sender rate exceeds 100 messages per 1h"),
    phrase("rate_limited.exceeded_messages_per", "exceeded * messages per", RateLimited)
        .ex("SirWumpus/smtpf doc/reply.html.in (format string, example values)", "451 4.7.1 192.0.2.1 has exceeded 100 messages per 1 hour #475"),
    phrase("rate_limited.messaging_limits", "messaging limits", RateLimited)
        .ex("sagredo-dev/qmail qmail-smtpd.c (format string, example values)", "421 you have exceeded your messaging limits (#4.3.0)"),
    phrase("rate_limited.too_frequently", "too frequently", RateLimited)
        .ex("http://www.j32w2.cn/news_in/2519", "Reject by behaviour spamANTISPAM_BAT[01201311R196xxxxx, c01a1xxxxx]: too frequently sending"),
    phrase("rate_limited.emails_per_hour", "emails per hour", RateLimited)
        .ex("https://faq.xperts.net.pk/common-bounce-messages.html", "Domain mydomain.com has exceeded the max emails per hour (100/100) allowed."),
    phrase("rate_limited.maximum_number_of_sent_emails", "maximum number of sent emails", RateLimited)
        .ex("knadh/listmonk issue #789", "451 4.3.0 You have reached the maximum number of sent emails within a 24-hours period. For more information: https://faq.infomaniak.com/2065"),
    phrase("rate_limited.submission_rate", "submission rate", RateLimited)
        .ex("https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks", "421 4.4.2 Message submission rate for this client has exceeded the configured limit"),
    // A limit over a period of time (per hour, daily): a rate, before the
    // mailbox's quota below and the catch-all 5.7.1.
    phrase("rate_limited.per_hour", "per hour", RateLimited)
        .ex("https://github.com/rubymonsters/speakerinnen_liste/issues/1357", "450 4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Number messages per hour exceeded. Error:RATE_MSG"),
    phrase("rate_limited.more_than_once_per", "more than once per", RateLimited)
        .ex("postfwd/postfwd etc/postfwd.cf.sample (ruleset example)", "450 4.7.1 please do not try more than once per 5 minutes"),
    phrase("rate_limited.per_day", "per day", RateLimited)
        .ex("https://github.com/root-io/vmail/issues/67", "5.7.1 <DATA>: Data command rejected: only 10 messages per day"),
    phrase("rate_limited.messages_hour", "messages hour", RateLimited)
        .ex("https://github.com/pivorakmeetup/pivorak-web-app/issues/557 (Mailgun)", "554 Your account is on probation and domains are limited to 100 messages / hour. Account will be enabled in 2081 seconds"),
    phrase("rate_limited.hour_limit", "hour limit", RateLimited)
        .ex("https://github.com/gophish/gophish/issues/3231", "send spam mail rejected: exceeded hour limit"),
    phrase("rate_limited.daily_quota", "daily quota", RateLimited)
        .ex("fm/smtp-codes data/codes/550.json (Titan)", "550 5.4.7 <user@example.com>: Recipient address rejected: Recipients Domain Daily Quota Exceeded"),

    // Too many recipients in one transaction.
    phrase("rate_limited.recipients_received_this_hour", "recipients received this hour", RateLimited)
        .ex("Cisco Secure Email (IronPort)", "452 Too many recipients received this hour"),
    phrase("too_many_recipients.separate_transaction", "separate transaction", TooManyRecipients)
        .ex("https://support.google.com/a/answer/3726730", "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction. For more information, go to Message bounced due to a policy rule."),
    phrase("too_many_recipients.same_domain", "all recipients must be on the same domain", TooManyRecipients)
        .ex("https://pr46.support.symprex.com/signature-365/server-side/troubleshooting/non-delivery-report-errors-and-solutions", "451 4.4.5 Address domain different from previous accepted address. All recipients must be on the same domain ATTR46"),
    phrase("too_many_recipients.number_of_rcpts", "number of rcpts", TooManyRecipients)
        .ex("http://cryptsofthecoliseum.com/article-show-50-294.html (Alibaba Cloud DirectMail's reply table)", "556 The number of RCPTs is over size"),
    phrase("too_many_recipients.recipient_count", "recipient count exceeds", TooManyRecipients)
        .ex("https://github.com/Coursemology/coursemology2/issues/5480", "Net::SMTPFatalError: 554 Transaction failed: Recipient count exceeds 50."),
    phrase("too_many_recipients.too_many_recipients", "too many recipients", TooManyRecipients)
        .ex("https://support.google.com/a/answer/3726730", "452 4.5.3 Your message has too many recipients. For more information regarding Google's sending limits, go to Limits for sending & getting email."),
    phrase("too_many_recipients.no_more_than_recipients", "no more than * recipients", TooManyRecipients)
        .ex("kou/milter-greylist greylist.conf.5 (man page example with the default blacklist code, example values)", "551 5.7.1 No more than 25 recipients, please"),
    phrase("too_many_recipients.domains_per_transaction", "destination domains per transaction", TooManyRecipients)
        .ex("https://support.google.com/a/answer/3726730", "451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again. For more information, go to About SMTP error messages and review RFC 5321 specifications."),
    phrase("too_many_recipients.split_transaction", "split transaction", TooManyRecipients)
        .ex("haraka/Haraka plugins/queue/smtp_forward.js (format string, example values)", "450 Split transaction, retry soon"),

    // The sender's address, named as such (Postfix's "Sender address
    // rejected:"), before the words of mailbox, domain and recipient that
    // follow it.
    phrase("sender_rejected.unconfigured_sending_domain", "unconfigured sending domain", SenderRejected)
        .ex("https://github.com/transitland/transitland-datastore/issues/1231", "Net::SMTPFatalError: 550 5.7.1 Unconfigured Sending Domain <mapzen.com>"),
    phrase("sender_rejected.sender_address_blocked", "sender address blocked", SenderRejected)
        .ex("https://electronicaportatil.com/smtp-error-codes/", "421 Sender address blocked"),
    phrase("sender_rejected.not_allowed_in_header_from", "not allowed in header from", SenderRejected)
        .ex("https://github.com/the-djmaze/snappymail/issues/478", "Failed to add recipient \"webmaster@party1033.com\": 550-\"Your IP: 192.0.2.1 : Your domain party1033.com is not allowed in 550 header From\""),
    phrase("sender_rejected.sender_not_allowed", "sender not allowed", SenderRejected)
        .ex("https://github.com/symfony/symfony/issues/49173", "Expected response code \"250\" but got code \"550\", with message \"550 \"envelope sender not allowed xyz@yahoo.com\"\"."),
    phrase("sender_rejected.sender_mx_record_not_allowed", "sender s mx record", SenderRejected)
        .ex("fm/smtp-codes data/codes/550.json", "550 5.7.1 Sender's MX record not allowed (G14)"),
    phrase("sender_rejected.sender_s_address_not_allowed", "sender s address was not allowed", SenderRejected)
        .ex("https://help.socketlabs.com/docs/554-510-the-senders-address-was-not-allowed", "554 5.1.0 The Sender's Address Was Not Allowed"),
    phrase("sender_rejected.belong_to_authenticated_user", "must belong to authenticated user", SenderRejected)
        .ex("mjl-/mox smtpserver/server.go (format string, example values)", "550 5.7.1 message from address must belong to authenticated user"),
    phrase("sender_rejected.mailfrom_domain", "mailfrom domain", SenderRejected)
        .ex("mjl-/mox smtpserver/server.go (format string, example values)", "451 4.4.0 cannot verify mx records for mailfrom domain"),
    phrase("sender_rejected.sender_is_rejected", "sender is rejected", SenderRejected)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php", "SMTP; 554 sender is rejected: 0,mx20,wKjR5bDrnoM2yNtEZVAkBg==.32467S2"),
    phrase("sender_rejected.incorrect_sender_header", "incorrect sender header", SenderRejected)
        .ex("https://github.com/roundcube/roundcubemail/issues/6572", "Error SMTP: [550] Incorrect sender header (LOCAL)"),
    phrase("sender_rejected.unknown_sender_address", "unknown sender address", SenderRejected)
        .ex("https://github.com/emersion/hydroxide/issues/173", "SMTP Delivery Error: 554, b'5.0.0 Error: transaction failed: unknown sender address'"),
    phrase("sender_rejected.from_addresses_not_hosted", "mails from addresses not hosted", SenderRejected)
        .ex("https://github.com/rockstor/rockstor-core/issues/2165", "The \"MAIL FROM\" email address root@localhost / 550-localhost you are using is not hosted on this server. Tried to use 550-root@localhost / localhost as mail from address. Sending mails from 550-addresses not hosted on our server is not allowed. Please check the \"MAIL 550-FROM\" settings of your mail client and make sure you set the \"MAIL FROM\" 550 address to an email account which is hosted on the server."),
    phrase("sender_rejected.unknown_sender_domain", "sender domain not found", SenderRejected)
        .ex("https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html", "550 5.1.2 Sender Domain Not Found"),
    phrase("sender_rejected.sender_domain_not_allowed", "sender domain not allowed", SenderRejected)
        .ex("https://help.dreamhost.com/hc/en-us/articles/215507068-Troubleshooting-PHP-mail-", "Sender domain not allowed. Please read: https://dhurl.org/20b (in reply to end of DATA command))"),
    phrase("sender_rejected.sender_domain_no_mx", "sender address has no mail exchanger", SenderRejected)
        .ex("chrisboulton/spamdyke spamdyke/spamdyke.h (format string, example values)", "421 Refused. The domain of your sender address has no mail exchanger (MX)."),
    phrase("sender_rejected.not_same_as_authenticated", "not same as smtp authenticate*", SenderRejected)
        .ex("iredmail/docs en_US/faq/1-errors.md", "Recipient address rejected: Sender is not same as SMTP authenticate username"),
    phrase("sender_rejected.mx_records_violate", "mx records for ~ violate", SenderRejected)
        .ex("svarshavchik/courier courier/courier/submit.C (format string, example values)", "517-MX records for user@example.org violate section 3.3.9 of RFC 1035. 517 Invalid domain, see <URL:https://datatracker.ietf.org/doc/html/rfc1035>"),
    phrase("sender_rejected.domain_has_no_dns", "your domain has no dns", SenderRejected)
        .ex("davidel/xmail SMTPSvr.cpp", "505 Your domain has no DNS/MX entries"),
    phrase("sender_rejected.sender_null_mx", "sender address rejected ~ nullmx", SenderRejected)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (its format, with example values)", "<bounce@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)"),
    phrase("sender_rejected.sender_domain_not_found", "sender address rejected domain not found", SenderRejected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/450.json (Infomaniak)", "smtp;450 4.1.8 Sender address rejected: Domain not found (in reply to RCPT TO command))"),
    phrase("user_unknown.fully_qualified_recipient", "recipient address rejected need fully qualified address", UserUnknown)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (its format, with example values)", "<someone>: Recipient address rejected: need fully-qualified address"),
    phrase("sender_rejected.fully_qualified_address", "need fully qualified address", SenderRejected)
        .after(MAIL | RCPT)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (its format, with example values)", "<postmaster>: Sender address rejected: need fully-qualified address"),
    phrase("sender_rejected.sender_address_rejected", "sender address rejected", SenderRejected)
        .ex("Postfix", "553 5.7.1 <jane@example.org>: Sender address rejected: not owned by user jane@example.com"),
    phrase("sender_rejected.not_owned_by_user", "not owned by user", SenderRejected)
        .ex("sisimai/p5-sisimai lib/Sisimai/Rhost/FrancePTT.pm (comment quoting a La Poste reply, LPN105_421)", "5.5.3 Mail from not owned by user. LPN105_421."),
    phrase("user_unknown.syntax_error_in_recipient", "syntax error in recipient", UserUnknown)
        .ex("Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java", "500 5.5.2 Syntax error in recipient address"),
    phrase("sender_rejected.syntax_error_in_sender", "syntax error in sender", SenderRejected)
        .ex("Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java", "501 5.5.4 Syntax error in sender address"),
    phrase("sender_rejected.must_match_authenticated_user", "must match authenticated user", SenderRejected)
        .ex("mjl-/mox smtpserver/server.go (format string, example values)", "550 5.7.1 must match authenticated user"),
    phrase("sender_rejected.from_and_auth_not_the_same", "from and auth not the same", SenderRejected)
        .ex("sagredo-dev/qmail qmail-smtpd.c (format string, example values)", "503 from and auth not the same (#5.5.1)"),
    phrase("sender_rejected.sender_name_not_valid", "sender name ~ not valid", SenderRejected)
        .ex("postalserver/postal app/lib/smtp_server/client.rb (format string, example values)", "530 From/Sender name is not valid"),
    phrase("sender_rejected.your_address_is_not_liked", "your address is not liked", SenderRejected)
        .ex("https://lore.kernel.org/all/20061114.142349.74748158.davem@davemloft.net/", "SMTP error from remote mail server after MAIL FROM:<user@example.com> SIZE=1681: host vger.kernel.org [209.132.176.167]: 553 5.7.1 Hello [192.0.2.8], for your MAIL FROM address <user@example.com> policy analysis reported: Your address is not liked source for email"),
    phrase("sender_rejected.sending_address_not_accepted", "sending address not accepted", SenderRejected)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection20.msg", "<sales@test.co.uk>: host mail.test2.net[192.0.2.245] said: 554 Sending address not accepted due to spam filter (in reply to MAIL FROM command)"),
    phrase("sender_rejected.valid_sender_domain", "requires valid sender domain", SenderRejected)
        .ex("http://worldnet.att.net/general-info/bls_info/block_enduser.html", "550 [permfail] bellsouth.net requires valid sender domain"),
    phrase("sender_rejected.send_on_behalf", "not authorized to send on behalf", SenderRejected)
        .ex("https://github.com/louislam/uptime-kuma/issues/5411", "5.7.1 [M12] User [user@example.com] not authorized to send on behalf of <sender@example.com> (ec22bc0e-b2e3-11ef-87bf-6f719e79c8e4)"),
    phrase("sender_rejected.sender_domain_not_verified", "sender domain not verified", SenderRejected)
        .ex("https://github.com/PHPMailer/PHPMailer/issues/2683", "550-From header sender domain not verified.550-On your Settings > Sender Domains page550 verify the sender domain to be allowed to send."),
    phrase("sender_rejected.resolve_sender_domain", "resolve sender domain", SenderRejected)
        .ex("https://help.kyriossystems.com/en/articles/13613564-email-errors-mailgun-google-workspace", "Could not resolve sender domain"),
    phrase("sender_rejected.message_on_behalf", "send the message on behalf", SenderRejected)
        .ex("https://help.it.ox.ac.uk/fix-undeliverable-error-on-send", "You do not have the permission to send the message on behalf of the specified user."),
    phrase("sender_rejected.return_domain_invalid", "return email domain is invalid", SenderRejected)
        .ex("https://pastebin.com/PBt9E9Rz", "554 5.7.1 This message has been blocked because the return email domain is invalid.(failed to obtain DNS record for domain example.in)"),
    phrase("sender_rejected.from_domain_not_trusted", "from domain not trusted", SenderRejected)
        .ex("https://docs.selectel.ru/en/networks-services/selectel-email-service/smtp-errors/", "501 from domain not trusted"),
    phrase("sender_rejected.domain_not_welcome", "from that domain is not welcome", SenderRejected)
        .ex("https://638010.9e2tpqybs.asia/coremail/help/rejectmail_zh_CN.jsp (Coremail's reply list)", "550 5.0.0 Mail originating from that domain is not welcome here"),

    // The message's size (before the mailbox's, which says "mailbox size").
    phrase("message_too_large.mailsize_limit", "mailsize limit", MessageTooLarge)
        .ex("https://www.emailhost.com.cn/service.html?article_category=25&brd=1", "exceeded mailsize limit"),
    phrase("message_too_large.over_the_maximum_size", "over the maximum size", MessageTooLarge)
        .ex("sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 (format string, example values)", "Your message could not be sent because its size (6144 kB) was over the maximum size (1024 kB) allowed on this list."),
    phrase("message_too_large.german_maximum_size", "maximal erlaubte größe", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/de.po, default/mail_tt2/delivery_status_notification.tt2 (format string, example values)", "Die Nachricht konnte nicht versendet werden, da ihre Größe (6144 kB) die auf dieser Liste maximal erlaubte Größe (1024 kB) überschreitet."),
    phrase("message_too_large.message_length_exceeds", "message length ~ exceeds", MessageTooLarge)
        .ex("svarshavchik/courier courier/courier/submit2.C (format string, example values)", "523 Message length (12345678 bytes) exceeds administrative limit(10485760)."),
    phrase("mailbox_full.mailbox_size_limit", "mailbox size limit", MailboxFull)
        .ex("ActiveCampaign/smtp-field-manual data/codes/552.json", "smtp;552 5.2.2 Mailbox size limit exceeded"),
    phrase("mailbox_full.domain_size_limit", "domain size limit has been exceeded", MailboxFull)
        .ex("http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx", "Reason: The domain size limit has been exceeded"),
    phrase("message_too_large.content_filter_size", "content filter size", MessageTooLarge)
        .ex("https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes", "554 5.5.3 e-mail Rejected Content Filter Size"),
    phrase("mailbox_full.remaining_quota", "remaining quota", MailboxFull)
        .ex("https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000", "Message size exceeds remaining quota"),
    phrase("message_too_large.maximum_fixed_size", "exceeds maximum fixed size", MessageTooLarge)
        .ex("https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000", "Message exceeds maximum fixed size"),
    phrase("message_too_large.headers_too_large", "headers too large", MessageTooLarge)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-44.eml", "Diagnostic-Code: SMTP; 552 5.6.0 Headers too large (3 max)"),
    phrase("message_too_large.header_size_exceeds", "header size exceeds", MessageTooLarge)
        .ex("sisimai/go-sisimai reason/02-includedin_test.go", "permanent failure 5.3.0 - Other mail system problem #5.3.4 message header size exceeds limit"),
    phrase("message_too_large.email_size_exceeded", "email size exceeded", MessageTooLarge)
        .ex("https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html", "5.2.0 Email size exceeded the policy."),
    phrase("message_too_large.message_size", "message size", MessageTooLarge)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-05.eml", "Diagnostic-Code: SMTP; 552 5.2.3 Message size exceeds fixed maximum message size (10485760)"),
    phrase("message_too_large.too_large", "too large", MessageTooLarge)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-receivingses-05.eml", "Diagnostic-Code: smtp; 552 5.3.4 Message too large"),
    phrase("message_too_large.no_more_than_mb", "no more than * mb", MessageTooLarge)
        .ex("kou/milter-greylist greylist.conf.5 (man page example with the default blacklist code)", "551 5.7.1 No more than 4 MB please"),
    phrase("message_too_large.attachment_too_long", "attachment is too long", MessageTooLarge)
        .ex("https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "554 attachment is too long."),
    phrase("message_too_large.message_is_too_long", "message is too long", MessageTooLarge)
        .ex("https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm", "501 5.7.1 Message is too long"),
    phrase("message_too_large.italian_maximum_size", "supera la dimensione massima", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/it.po (Sympa DSN reason, format string, example values)", "Il tuo messaggio non può essere consegnato poiché la sa dimensione (6144 kB) supera la dimensione massima consentita (1024 kB) per questa lista."),
    phrase("message_too_large.italian_too_large", "messaggio troppo grande", MessageTooLarge)
        .ex("https://github.com/Italprotein/ITALPROTEINCRM/blob/b20412ebd7444d786cc563b17925849e3da6b6f0/tests/contact-harvest.test.ts (Gmail's notice in Italian)", "Messaggio troppo grande Impossibile recapitare il messaggio a info@cfosim.com perché supera il limite delle dimensioni."),
    phrase("message_too_large.too_big", "too big", MessageTooLarge)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-dragonfly-14.eml", "554 5.3.4 <mesgtoobig@libsisimai.net>: Recipient address rejected: Message too big for system. See https://libsisimai.org/en/reason/#mesgtoobig"),
    phrase("message_too_large.portuguese_exceeds_size", "excede o tamanho", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/pt_BR.po (Sympa DSN reason for status 5.2.3, format string, example values)", "Sua mensagem não pôde ser enviada pois seu tamanho (6144 kB) excede o tamanho máximo (1024 kB) permitido nesta lista."),
    phrase("message_too_large.russian_exceeded_size", "превысил максимальный размер", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/ru.po (Sympa DSN reason for status 5.2.3, format string, example values)", "Не удалось доставить ваше сообщение, так как его размер (6144 кБ) превысил максимальный размер, допустимый в этой рассылке (1024 кБ)."),
    phrase("message_too_large.mail_size_limit", "mail size limit", MessageTooLarge)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-einsundeins-02.eml", "Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=%1s"),
    phrase("message_too_large.maximum_size", "maximum size of the message", MessageTooLarge)
        .ex("https://github.com/sisimai/p5-sisimai/issues/240", "5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514]"),
    phrase("message_too_large.line_limit", "line limit exceeded", MessageTooLarge)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-58.eml", "SMTP error from remote mail server after end of data: host neko2.example.de [192.0.2.222]: 500 Line limit exceeded"),
    phrase("message_too_large.length_maximum_threshold", "the length of ~ maximum threshold", MessageTooLarge)
        .ex("http://bestwisewords.com/document_detail/36612.html", "510 The length of DATA content is achieved the maximum threshold"),
    phrase("message_too_large.exceeds_the_limit_size", "exceeds the limit size", MessageTooLarge)
        .ex("https://foxydog.tistory.com/69", "550 [Sniper] Exceeds the limit size of email"),

    // The mailbox is full.
    phrase("mailbox_full.mailbox_has_exceeded", "mailbox has exceeded", MailboxFull)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/quota-7.msg", "Diagnostic-Code: x-unix; The recipient mailbox has exceeded its disk space limit."),
    phrase("mailbox_full.mailbox_storage_exceeded", "mailbox storage exceeded", MailboxFull)
        .ex("http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/", "Allocated mailbox storage exceeded (#1.02)"),
    phrase("mailbox_full.exceed_maximum_mailbox_size", "exceed maximum mailbox size", MailboxFull)
        .ex("https://gnu.org/software/mailutils/manual/html_node/Mailbox-Quotas.html", "user: message would exceed maximum mailbox size for this recipient"),
    phrase("mailbox_full.korean_mailbox_full", "메일함 용량이 가득", MailboxFull)
        .ex("https://github.com/floodsung/Deep-Learning-Papers-Reading-Roadmap/pull/141 (Dooray!)", "받는 사람의 메일함 용량이 가득 찼습니다. 받는 사람에게 메일함 정리를 요청하신 후 다시 발송해 보세요."),
    phrase("mailbox_full.mailbox_space", "mailbox space", MailboxFull)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "user \"(0), ErrMsg=Mailbox space not enough (space limit is 10240KB)"),
    phrase("mailbox_full.chinese_no_space", "空间不足", MailboxFull)
        .ex("https://qqmailbox.com/transceivers/169.html", "收件人空间不足"),
    phrase("mailbox_full.mailbox_exceeds", "mailbox exceeds", MailboxFull)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-imailserver-02.eml", "User mailbox exceeds allowed size: kijitora@example.co.jp"),
    phrase("mailbox_full.mailfolder_full", "mailfolder ~ full", MailboxFull)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-x4-01.eml", "child status 100...The e-mail message could not be delivered because the user's mailfolder is full."),
    phrase("mailbox_full.quota_usage", "quota usage exceeded", MailboxFull)
        .ex("cfortune/PHP-Bounce-Handler eml/26.eml", "Mailbox quota usage exceeded. Espacio en casilla de mail agotado."),
    phrase("mailbox_full.quota_violation", "quota violation", MailboxFull)
        .ex("ActiveCampaign/smtp-field-manual data/codes/552.json", "smtp;552 5.1.1 <example@comcast.net> recipient rejected - extended quota violation"),
    phrase("mailbox_full.exceeding_quota", "exceeding ~ quota", MailboxFull)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/newmailru_01.txt", "<user@example.com>: This person's account is exceeding their quota."),
    phrase("mailbox_full.diskspace_quota", "diskspace quota", MailboxFull)
        .ex("ronbeltran/bounce_email tests/bounces/tt_1234211929.txt", "Diagnostic-Code: X-Postfix; maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later."),
    phrase("mailbox_full.not_enough_space", "not have enough space", MailboxFull)
        .ex("ronbeltran/bounce_email tests/bounces/tt_1234285668.txt", "<user@example.lv>: host mail5.one.lv[192.0.2.62] said: 552 Account(s) <user@example.lv> does not have enough space (in reply to end of DATA command)"),
    phrase("mailbox_full.not_enough_storage", "not enough storage space", MailboxFull)
        .ex("ronbeltran/bounce_email tests/bounces/tt_bounce_14.txt", "Message rejected. Not enough storage space in user's mailbox to accept message."),
    phrase("mailbox_full.over_quota", "over ~ quota", MailboxFull)
        .ex("ActiveCampaign/smtp-field-manual data/codes/452.json", "smtp;452 4.1.1 <example@comcast.net> user over quota"),
    phrase("mailbox_full.quota_exceeded", "quota exceeded", MailboxFull)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-45.eml", "Diagnostic-Code: x-unix; /var/email/kijitora/Maildir/tmp/1000000000.A000000B00000.neko22: Disk quota exceeded"),
    phrase("mailbox_full.exceeds_quota", "exceeds ~ quota", MailboxFull)
        .ex("Exchange Server", "552 5.2.2 This message exceeds the recipient's quota"),
    phrase("mailbox_full.disk_quota", "disk quota", MailboxFull)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/dsn_01.txt", "Status: 5.0.0 (recipient reached disk quota)"),
    phrase("mailbox_full.full_mailbox", "full mailbox", MailboxFull)
        .ex("crazy-max/CwsMailBounceHandler tests/emls/unknown_006.eml", "has failed due to a full mailbox. We have already made numerous attempts to deliver this message over the last few days."),
    phrase("mailbox_full.quotaexceeded", "quotaexceeded*", MailboxFull)
        .ex("crisp-oss/email-bounce-parser test/fixtures/554_5_2_2_mailbox_full.txt", "Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Microsoft Unified Storage is full. QuotaExceededException: Microsoft Unified Storage is full.[EndDiagnosticData]"),
    phrase("mailbox_full.boite_pleine", "boite ~ pleine", MailboxFull)
        .ex("ActiveCampaign/smtp-field-manual data/codes/552.json", "smtp;552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]"),
    phrase("mailbox_full.boite_accent_pleine", "boîte ~ pleine", MailboxFull)
        .ex("https://github.com/ForumPostAssistant/FPA/issues/136", "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l’instant. Essayez de renvoyer votre message ultérieurement ou contactez directement le destinataire."),
    phrase("mailbox_full.overquota", "overquota", MailboxFull)
        .ex("https://pastebin.com/MMGUFmXp", "209.86.93.228 does not like recipient. Remote host said: 550 user@earthlink.net...User account is overquota Giving up on 209.86.93.228."),
    phrase("mailbox_full.mailbox_full", "mailbox ~ full", MailboxFull)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exchange2007-02.eml", "Diagnostic-Code: smtp;550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: \"MapiExceptionShutoffQuotaExceeded:00.00000:FF000000, 00.00000:0000000094000000000000000000000000000000, 000.00000:00000000, 000.00000:FF000000, 000.00000:DD040000, 0.00000:00000000, 0.00002:FF000000, 000.00000:EEE00000, 000.0000:00000000, 000.00000:EE000000, 0.0000:FF000000, 0.0000:FFFFF000, 0.0000:00000000, 0.0000:00000000, 0.0000:00000000, 0.0000:00000000, 0.0000:00000000, 0.00000:FFFF0000, 0.0000:00000000, 000.0000:FF000000, 0.00000:FFFFFFFF, 000.00000:EEEE0000, 0.00000:00000000, 0.00000:00000000, 0.00000:00000000, 0.0000:00000000, 0.00000:00000000, 0.00000:00000000, 0.00000:EEEE0000, 0.00000:EEEE0000\"."),
    phrase("mailbox_full.mailbox_quota", "mailbox quota", MailboxFull)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "The user to whom this message was addressed has exceeded the allowed mailbox quota. Please resend the message at a later time."),
    phrase("mailbox_full.recipient_quota", "recipient quota", MailboxFull)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "Sorry the recipient quota limit is exceeded. This message is returned as an error."),
    phrase("mailbox_full.inbox_full", "inbox ~ full", MailboxFull)
        .ex("Yahoo", "552 5.2.2 Recipient inbox full"),
    phrase("mailbox_full.storage_space", "out of storage space", MailboxFull)
        .ex("https://support.google.com/a/answer/3726730", "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to Manage files in your Google Drive storage."),
    phrase("mailbox_full.storage_allocation", "exceeded storage allocation", MailboxFull)
        .ex("https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3 (the standard's reply text, not a captured server reply; also quoted in https://docs.rs/new-tokio-smtp/0.9.1/new_tokio_smtp/response/codes/index.html)", "552 Requested mail action aborted: exceeded storage allocation"),
    phrase("mailbox_full.mailbox_exceeded", "mailbox exceeded", MailboxFull)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-biglobe-01.eml", "The number of messages in recipient's mailbox exceeded the local limit."),
    phrase("mailbox_full.folder_full", "folder full", MailboxFull)
        .ex("https://github.com/voku/PHPMailer-BMH/issues/23", "Diagnostic-Code:550 5.2.5 Folder full"),
    phrase("mailbox_full.japanese_full", "メールボックスが一杯", MailboxFull)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-kddi-01.eml", "送信先のメールボックスが一杯のため、送信できませんでした。"),
    phrase("mailbox_full.japanese_inbox_full", "受信トレイがいっぱい", MailboxFull)
        .ex("https://tabi-g.blogspot.com/2020/06/gmail-full-case.html (Gmail's notice in Japanese)", "宛先の受信トレイの空き容量不足 user@example.com にメールを配信できませんでした。宛先の受信トレイがいっぱいか、宛先で現在多数のメールを受信しています。"),
    phrase("mailbox_full.italian_mailbox_full", "casella ~ piena", MailboxFull)
        .ex("https://github.com/Italprotein/ITALPROTEINCRM/blob/b20412ebd7444d786cc563b17925849e3da6b6f0/tests/contact-harvest.test.ts (Gmail's notice in Italian, its heading)", "La casella di posta del destinatario è piena"),
    phrase("mailbox_full.mailbox_size_exceeded", "mailbox size exceeded", MailboxFull)
        .ex("https://www.yandex.com/support/mail/bounces/yandex.html", "Mailbox size exceeded"),
    phrase("mailbox_full.mailbox_limit_exceeded", "mailbox limit exceeded", MailboxFull)
        .ex("http://pobox.com/bounce-common.mhtml", "procmail: Mailbox limit exceeded while appending message"),
    phrase("mailbox_full.quota_hard_limit", "quota exceed the hard limit", MailboxFull)
        .ex("https://www.yuntunpuzi.com/aliyun/745/", "Quota exceed the hard limit for user"),
    phrase("mailbox_full.exhausted_storage", "exhausted allowed storage", MailboxFull)
        .ex("http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html", "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space."),

    // Server storage and failures (after the mailbox's words).
    token("server_error.godaddy_ib101", "IB101", ServerError)
        .ex("fm/smtp-codes data/codes/421.json", "421 Server temporarily unavailable. Try again later. IB101"),
    phrase("server_error.due_to_a_transient_error", "due to a transient error", ServerError)
        .ex("https://github.com/WPManageNinja/fluent-smtp/issues/101", "Cannot send this mail due to a transient error. Please try again later (0x00004000)., WASCL UserAction verdict is not None. Actual verdict is TransientError."),
    phrase("server_error.delivery_temporarily_interrupted", "delivery was temporarily interrupted", ServerError)
        .ex("https://github.com/forwardemail/forwardemail.net/issues/547", "421 Message delivered to xxxx; Message delivery was temporarily interrupted, please try again later."),
    phrase("server_error.server_shutting_down", "server shutting down", ServerError)
        .ex("https://github.com/forwardemail/forwardemail.net/issues/547", "421 Server shutting down"),
    phrase("server_error.trouble_reading", "trouble reading", ServerError)
        .ex("https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Local-Delivery-Attempt-Status-Messages", "Trouble reading users/cdb in qmail-lspawn."),
    phrase("server_error.japanese_system_problem", "システムで問題が発生", ServerError)
        .ex("https://learn.microsoft.com/zh-cn/archive/blogs/exchangeteamjp/ndr-is-delivered-when-replying-to-message-in-rich-text-format (Exchange's report in Japanese)", "このメッセージの処理中に電子メール システムで問題が発生しました。このメッセージは再配信されません。"),
    phrase("server_error.chinese_internal_server_error", "内部服务器错误", ServerError)
        .ex("sympa-community/sympa po/sympa/zh_CN.po (Sympa DSN reason, format string, example values)", "由于内部服务器错误，无法发送您的邮件到邮件列表＂mylist＂。"),
    phrase("server_error.vietnamese_internal_server_error", "lỗi trình phục vụ", ServerError)
        .ex("sympa-community/sympa po/sympa/vi.po (Sympa DSN reason, format string, example values)", "Không thể phân phối thư của bạn cho hộp thư chung « mylist » do một lỗi trình phục vụ nội bộ."),
    phrase("server_error.unable_to_run_qmail", "unable to run qmail", ServerError)
        .ex("https://github.com/notqmail/notqmail/issues/244", "delivery 245: failure: Unable_to_run_qmail-remote./"),
    phrase("server_error.service_not_active", "service not active", ServerError)
        .ex("https://github.com/jstedfast/MailKit/issues/1106", "421 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com]"),
    phrase("server_error.transport_is_unavailable", "transport is unavailable", ServerError)
        .ex("mhalenza/LogReporter lib/LogReporter/Service/Postfix.pm (sample log line)", "to=<to@localhost>, orig_to=<toalias@localhost>, relay=none, delay=238024, status=deferred (delivery temporarily suspended: transport is unavailable)"),
    phrase("server_error.mail_transport_unavailable", "mail transport unavailable", ServerError)
        .ex("louisitvn/pflgviewer mail.log", "to=<user@dmna.org.au>, relay=none, delay=0.05, delays=0.04/0/0/0, dsn=4.3.0, status=deferred (mail transport unavailable)"),
    phrase("server_error.child_process_transport_returned", "child process of ~ transport returned", ServerError)
        .ex("https://github.com/drlight17/mta-log-parser/issues/22", "** test@domain.ru F=<root@domain.ru> P=<root@domain.ru> R=dovecot_user T=dovecot_delivery: Child process of dovecot_delivery transport returned 127 (could mean unable to exec or command does not exist) from command"),
    phrase("server_error.server_storage_exhausted", "server storage exhausted", ServerError)
        .ex("AzatotEnikeev/ParsMailLog data/out (an Exim main log)", "SMTP error from remote mail server after initial connection: host flagman.peresvetnet.ru [217.197.251.19]: 421 4.3.2 Server storage exhausted"),
    phrase("server_error.config_data_not_retrieved", "config data could not be retrieved", ServerError)
        .ex("AzatotEnikeev/ParsMailLog data/out (an Exim main log)", "SMTP error from remote mail server after MAIL FROM:<user@somehost.ru>: host cluster4.eu.messagelabs.com [85.158.143.35]: 421-the config data could not be retrieved (code CDS871) 421 (#4.4.3)"),
    phrase("server_error.out_of_disk_space", "out of disk space", ServerError)
        .ex("http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/", "Out of disk space (#1.03)"),
    phrase("server_error.mailbox_access_error", "mailbox access error", ServerError)
        .ex("http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (format string, example values)", "451 4.2.2 <user@example.com> mailbox access error (#3.15)"),
    phrase("server_error.problem_running_virus_scanner", "problem running virus", ServerError)
        .ex("The-McGrail-Foundation/MIMEDefang examples/suggested-minimum-filter-for-windows-clients line 153", "Problem running virus-scanner"),
    phrase("server_error.user_lookup_error", "user lookup error", ServerError)
        .ex("SEKOIA-IO/documentation _shared_content/operations_center/integrations/generated/eb727929-6a06-4e68-a09d-cf0e5daf3ccd_sample.md", "11FDF5F62A: to=<USER@sub.corp.com>, relay=local, delay=80181, delays=80181/0.02/0/0, dsn=4.0.0, status=deferred (user lookup error)"),
    phrase("server_error.license_expired", "license expired", ServerError)
        .ex("fm/smtp-codes data/codes/422.json", "422 License Expired"),
    phrase("server_error.load_too_high", "load too high", ServerError)
        .ex("smtpd/qpsmtpd plugins/loadcheck (format string, example values)", "450 Server load too high, please try again later."),
    phrase("server_error.reconfiguration", "reconfiguration in progress", ServerError)
        .ex("http://developer.contactlab.com/documentation/contactsend/smartrelay/ServiceUnavailableConcurrencyLimit", "421 Reconfiguration in progress"),
    phrase("server_error.ports_are_busy", "ports are busy", ServerError)
        .ex("https://support.mailroute.net/hc/en-us/articles/360063327833-Postfix-SMTP-Response-Errors", "421 4.3.2 All server ports are busy"),
    phrase("server_error.backend_not_running", "backend not running", ServerError)
        .ex("phires/go-guerrilla response/enhanced.go + backends/gateway.go (format string)", "554 5.5.0 Transaction failed - backend not running"),
    token("server_error.simplelogin_e404", "SL E404", ServerError)
        .ex("simple-login/app app/email/status.py", "421 SL E404 Unexpected error - Retry later"),
    token("server_error.simplelogin_e402", "SL E402", ServerError)
        .ex("simple-login/app app/email/status.py", "421 SL E402 Encryption failed - Retry later"),
    phrase("server_error.mail_system_full", "mail system full", ServerError)
        .ex("svarshavchik/courier courier/courier/submit2.C (format string)", "431 Mail system full."),
    phrase("server_error.filters_unavailable", "filters temporarily unavailable", ServerError)
        .ex("svarshavchik/courier courier/courier/cdfilters.C (format string)", "432 Mail filters temporarily unavailable."),
    phrase("server_error.mailbox_invalid_format", "mailbox has an invalid format", ServerError)
        .ex("cyrusimap/cyrus-imapd imap/lmtpengine.c", "451 4.2.0 Mailbox has an invalid format"),
    phrase("server_error.unable_to_read_controls", "unable to read controls", ServerError)
        .ex("notqmail/notqmail qmail-smtpd.c (format string)", "421 unable to read controls (#4.3.0)"),
    phrase("server_error.qqt_failure", "qqt failure", ServerError)
        .ex("notqmail/notqmail qmail-smtpd.c (format string)", "451 qqt failure (#4.3.0)"),
    phrase("server_error.home_directory_is_writable", "home directory is writable", ServerError)
        .ex("notqmail/notqmail qmail-local.c (format string)", "Uh-oh: home directory is writable. (#4.7.0)"),
    phrase("server_error.scan_error", "scan error", ServerError)
        .ex("haraka/haraka-plugin-rspamd index.js (format string)", "450 Rspamd scan error"),
    phrase("server_error.failed_to_process_recipient", "failed to process recipient", ServerError)
        .ex("nodemailer/haraka-plugin-wildduck index.js (format string, example values)", "450 Failed to process recipient, try again [ERRC01]"),
    phrase("server_error.failed_to_queue_message", "failed to queue message", ServerError)
        .ex("nodemailer/haraka-plugin-wildduck index.js (format string, example values)", "450 Failed to queue message [ERRQ01]"),
    phrase("server_error.unknown_mailer_error", "unknown mailer error", ServerError)
        .ex("deepin-community/sendmail sendmail/deliver.c (format string, example values)", "554 5.3.0 unknown mailer error 1"),
    phrase("user_unknown.user_unknown_command_output", "user unknown command output", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-01.eml", "<r@p351355.pool.example.ne.jp> (expanded from <kijitora@example.org>): user unknown. Command output: procmail: Couldn't create \"/var/spool/mail/neko\" id: r.example.org: No such user"),
    phrase("server_error.generated_during_delivery", "generated during the delivery attempt", ServerError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-44.eml", "The following text was generated during the delivery attempt: ------ pipe to |/usr/local/nyaan/bin/neko kijitora@example.com /home/nyaan/.neko generated by kijitora@example.com ------ [2016-04-22 23:34:45 +0900] info [neko] Failed to read response template /home/nyaan/.neko/kijitora@example.com: No such file or directory"),
    phrase("server_error.temporary_service_failure", "temporary service failure", ServerError)
        .ex("awsdocs/amazon-ses-developer-guide doc-source/smtp-response-codes.md", "454 Temporary service failure"),
    phrase("server_error.ports_busy", "ports busy", ServerError)
        .ex("whyscream/postfix-grok-patterns test/postscreen_0024.yaml", "NOQUEUE: reject: CONNECT from [192.0.2.8]:1337: all server ports busy"),
    phrase("server_error.too_much_load", "too much load", ServerError)
        .ex("Exim/exim src/src/smtp_in.c (format string, example values)", "421 mail.example.com: Too much load; please try again later"),
    phrase("server_error.cannot_create_output", "can not create ~ output", ServerError)
        .ex("http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73", "550 /directory-path/.forward: line 1: (contents of line 1) ... Can't create output: Permission denied"),
    phrase("server_error.system_busy", "system * busy", ServerError)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 451 System(u) busy, try again later."),
    phrase("server_error.io_error", "i o error", ServerError)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "451 4.0.0 I/O error"),
    phrase("server_error.scanner_timed_out", "scanner timed out", ServerError)
        .ex("haraka/haraka-plugin-clamd index.js (format string, example values)", "450 Virus scanner timed out"),
    phrase("server_error.system_resources", "insufficient system resources", ServerError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/452.json", "smtp;452 4.3.1 Insufficient system resources (TSTE) [outlook.com]"),
    phrase("server_error.resources_unavailable", "resources temporarily unavailable", ServerError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json", "smtp;451 example.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1]."),
    phrase("domain_unknown.dns_error_domain_not_found", "domain name system error ~ domain not found", DomainUnknown)
        .ex("https://pastebin.com/VUMQBAXZ", "A message that you sent could not be delivered to one or more of its recipients. The following addresses failed: <user@example.de> domain name system error: domain example.de: domain not found"),
    phrase("server_error.too_busy", "too busy", ServerError)
        .ex("http://blog.jinbo.net/007/archive/20051107", "421 Server too busy."),
    phrase("server_error.spool_unhealthy", "spool unhealthy", ServerError)
        .ex("KumoCorp/kumomta docs/reference/kumo/suspend_delivery_when_spool_unhealthy.md", "451 4.4.4 KumoMTA internal: delivery suspended: spool unhealthy: the spool is not accepting writes"),
    phrase("server_error.maintenance", "maintenance", ServerError)
        .ex("postfwd/postfwd etc/postfwd.cf.sample (ruleset example)", "421 maintenance - please try again later"),
    phrase("server_error.memory_shortage", "memory shortage", ServerError)
        .ex("SparkPost/developers.sparkpost.com content/momentum/web-momo4/message_responses.md", "451 [internal] memory shortage while determining tls parameters"),
    phrase("server_error.cannot_open_new_file", "can not open new email file", ServerError)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php", "can not open new email file errno=13 file=/home/vpopmail/domains/fromc.com/0/domain/Maildir/tmp/1155254417.28358.mx05,S=212350"),
    phrase("server_error.server_is_busy", "server is busy", ServerError)
        .ex("http://postmaster.rr.com/error_messages", "421 4.3.2 - Connection refused. Server is busy, please try back later"),
    // Exchange's store, which could not take the message now (RFC 5321
    // names a busy mailbox among the reasons for 450).
    phrase("server_error.mailbox_busy", "mailbox busy", ServerError)
        .ex("MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeOnline/email-delivery/ndr/remote-server-returned-mailbox-busy.md", "Remote Server returned '554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to process message due to a permanent exception with message Cannot complete delivery-time processing."),
    phrase("server_error.temporarily_not_available", "server temporarily not available", ServerError)
        .ex("https://www.bluehost.com/help/article/what-does-my-email-bounce-mean", "421 Server Temporarily Not Available"),
    phrase("server_error.out_of_memory", "out of memory", ServerError)
        .ex("notqmail/notqmail qmail-smtpd.c", "421 out of memory (#4.3.0)"),
    phrase("server_error.no_free_process", "no free process", ServerError)
        .ex("zone-eu/zone-mta lib/receiver/smtp-proxy.js", "421 No free process to handle connection"),
    phrase("server_error.network_is_busy", "network is busy", ServerError)
        .ex("https://oliveit.tistory.com/39", "421 4.4.1 CHIC IP ADDRESS: Network is busy."),
    phrase("server_error.try_another_server", "try another server", ServerError)
        .ex("https://nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html", "451 Please try another server"),
    phrase("server_error.service_temporarily_unavailable", "service temporarily unavailable", ServerError)
        .ex("https://coviserver.de/e-mail-geblockt", "host 0815.maildomain.de[192.0.2.20] said: 450 4.7.1 <user@example.de>: Recipient address rejected: Service temporarily unavailable, please try later (in reply to RCPT TO command)"),
    phrase("server_error.queue_unavailable", "queue unavailable", ServerError)
        .ex("https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "450 queue unavailable."),
    phrase("server_error.database_error", "database temporary error", ServerError)
        .ex("https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "450 database temporary error."),
    phrase("server_error.resources_unavailable_temporarily", "resources unavailable", ServerError)
        .ex("https://wanglu.net/thread/t12-245059-0.html", "'RETRY.8 420 Resources unavailable temporarily. Please try later (mta1023.mail.tp2.yahoo.com)'"),
    phrase("server_error.mail_transport_error", "mail transport error", ServerError)
        .ex("https://pastebin.com/KWuEsmHn", "to=<user@example.pt>, relay=none, delay=23013, delays=23011/2.3/0/0, dsn=4.3.0, status=deferred (unknown mail transport error)"),
    phrase("server_error.recipient_callout", "complete recipient callout", ServerError)
        .ex("https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons", "Could not complete recipient callout"),
    phrase("server_error.unavailable_to_accept", "temporarily unavailable to accept", ServerError)
        .ex("https://smtp.codes/rackspace", "450 4.4.1 <user@example.com>: The recipient's server was temporarily unavailable to accept your message (G6)"),
    phrase("server_error.syserr", "syserr", ServerError)
        .ex("https://pastebin.com/xac7cumJ", "p73AKDW4026803: SYSERR(root): Cannot exec /usr/sbin/sensible-mda: No such file or directory"),
    phrase("server_error.downstream_server", "downstream server", ServerError)
        .ex("https://pastebin.com/u19hWQxJ", "status=deferred (host vdc.vn[222.255.29.106] refused to talk to me: 421 Downstream server timeout)"),
    phrase("server_error.address_resolver_failure", "address resolver failure", ServerError)
        .ex("https://pastebin.com/aLhA5118", "to=<postmaster@server1.example.ro>, relay=none, delay=0.01, delays=0/0/0/0, dsn=4.3.0, status=deferred (address resolver failure)"),
    phrase("server_error.open_timeout", "open timeout on", ServerError)
        .ex("http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/", "451 <user@wam.umd.edu>... open timeout on /mail/user/.forward"),
    phrase("server_error.cannot_chdir", "cannot chdir", ServerError)
        .ex("https://pastebin.com/U6aqKG9d", "== user@ecbiz91.inmotionhosting.com R=localuser T=local_delivery defer (13): Permission denied: cannot chdir to /home/user/mail"),
    phrase("server_error.trace_service_failure", "trace service failure", ServerError)
        .ex("https://gist.github.com/prometheanfire/714d5d0fd67994be5156be3b3c169229", "postfix/smtp[5249]: A85EC343A20: to=<user@example.org>, relay=mx2.example.org[2001:db8::8f]:25, delay=80389, delays=80387/0.18/1.3/1.1, dsn=4.3.0, status=deferred (bounce or trace service failure)"),
    phrase("server_error.allocated_resources", "allocated resources exceeded", ServerError)
        .ex("SparkPost/developers.sparkpost.com web-ref/responses-by-message.md", "421 4.3.4 allocated resources exceeded"),
    phrase("server_error.temporarily_rejected", "server ~ temporarily rejected", ServerError)
        .ex("https://support.google.com/a/answer/3726730", "451 4.3.0 Email server has temporarily rejected this message. Go to About SMTP error messages for more information."),
    phrase("server_error.command_output", "command output", ServerError)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/dsn_08.txt", "Diagnostic-Code: X-Postfix; temporary failure. Command output: avpcheck: unable to connect to avp daemon: Connection refused"),
    phrase("server_error.server_busy", "server busy", ServerError)
        .ex("crisp-oss/email-bounce-parser test/fixtures/451_4_7_500_server_busy.txt", "etzzogal-com0i.mail.protection.outlook.com[192.0.2.63] said: 451 4.7.500 Server busy. Please try again later from [198.51.100.16]. (S77714) [QE2FRA04FT039.eop-fra04.prod.protection.outlook.com 2023-11-23T18:53:22.058Z 10DSKD34941BC6NE] (in reply to end of DATA command)"),
    phrase("server_error.insufficient_storage", "insufficient system storage", ServerError)
        .ex("https://github.com/muquit/mailsend/issues/15", "452 4.3.1 Insufficient system storage"),
    phrase("server_error.disk_space", "insufficient disk space", ServerError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-39.eml", "Diagnostic-Code: SMTP; 452 4.4.5 Insufficient disk space; try again later"),
    phrase("server_error.temporary_system_problem", "temporary system problem", ServerError)
        .ex("https://support.google.com/a/answer/3726730", "421 4.3.0 Temporary System Problem. Try again later. For more information, go to About SMTP error messages."),
    phrase("server_error.temporary_local_problem", "temporary local problem", ServerError)
        .ex("Exim/exim test/stdout/4010", "451 Temporary local problem - please try later"),
    phrase("server_error.internal_error", "internal server error", ServerError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json (Yahoo Inc)", "smtp;451 4.3.2 Internal server error"),
    phrase("server_error.queue_write", "queue file write error", ServerError)
        .ex("vdukhovni/postfix postfix/src/global/cleanup_strerror.c", "Error: queue file write error"),
    phrase("server_error.local_error", "local error", ServerError)
        .ex("https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3 (the standard's reply text, not a captured server reply; also quoted in https://docs.rs/new-tokio-smtp/0.9.1/new_tokio_smtp/response/codes/index.html)", "451 Requested action aborted: local error in processing"),
    phrase("server_error.error_in_processing", "error in processing", ServerError)
        .ex("https://github.com/varnishcache/testrepo2/issues/60", "Delay reason: SMTP error from remote mail server after end of data: host projects.linpro.no [213.236.139.168]: 451 4.5.0 Error in processing, id=10075-01, mime_decode-1 FAILED: MIME::Parser: can't open tmpfile: Invalid argument"),
    phrase("server_error.internal_error_plain", "internal error", ServerError)
        .ex("Exim/exim src/src/smtp_in.c (line 3642, reply literal for an unexpected result of the authentication check)", "435 Internal error"),
    phrase("server_error.system_error", "system error", ServerError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/452.json", "smtp;452 4.3.1 Temporary System Error"),
    phrase("server_error.temporary_server_error", "temporary server error", ServerError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json", "smtp;451 4.3.2 Temporary server error. Please try again later ATTR17 [outlook.com]"),
    phrase("server_error.procmail", "procmail", ServerError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-79.eml", "Diagnostic-Code: x-unix; procmail: Lock failure on \"/var/virtmail/k/ij/it/kijitora/mailbox.lock\" procmail: Error while writing to \"/var/virtmail/k/ij/it/kijitora/mailbox\""),
    phrase("server_error.service_currently_unavailable", "service currently unavailable", ServerError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-surfcontrol-02.eml", "Diagnostic-Code: smtp; 554 Service currently unavailable"),
    phrase("server_error.upstream_error", "upstream error", ServerError)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-cloudflare-01.eml", "Diagnostic-Code: smtp; 421 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster for possible reasons why. RsrUEMk60942"),
    phrase("server_error.lookup_failure", "temporary lookup failure", ServerError)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (its format, with example values)", "<user@example.com>: Temporary lookup failure"),
    phrase("server_error.configuration_problem", "configuration problem", ServerError)
        .ex("vdukhovni/postfix postfix/src/milter/milter8.c", "451 4.3.5 Server configuration problem - try again later"),
    phrase("server_error.busy_try_again", "busy ~ try again", ServerError)
        .class(&[4])
        .ex("http://worldnet.att.net/general-info/bls_info/block_enduser.html", "450 busy--Please try again later"),
    phrase("server_error.qq_trouble", "qq trouble", ServerError)
        .ex("https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen", "451 qq trouble in home directory"),
    phrase("server_error.could_not_be_saved", "could not be saved", ServerError)
        .ex("https://github.com/hmailserver/hmailserver/issues/92", "554 Your message was received but it could not be saved. Please retry later."),
    phrase("server_error.temporarily_unable_to_process", "temporarily unable to process", ServerError)
        .ex("https://github.com/postalserver/postal/issues/1159", "451 Temporarily unable to process your email. Please try again later."),
    phrase("server_error.gave_exit_status", "gave exit status", ServerError)
        .ex("SparkPost/support-docs content/momentum/4/modules/pipe-transport.md (format string, example values)", "504 5.5.0 pipe transport gave exit status 1"),

    // Loops.
    phrase("mail_loop.mx_loopback", "mxloopback", MailLoop)
        .ex("https://helpdesk.insnap.in/support/solutions/articles/44002320792-email-campaign-technical-faq", "smtp;554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for this domain are configured in a loop"),
    phrase("mail_loop.mx_points_to_local_host", "mx record points to local host", MailLoop)
        .ex("https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons", "Lowest numbered MX record points to local host"),
    phrase("mail_loop.loop_detection", "loop detection", MailLoop)
        .ex("https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes", "554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer"),
    phrase("mail_loop.message_looping", "message looping", MailLoop)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/simple_18.txt", "Error-Text: Mailer mail.example.com said: \"554 Message looping (received 6 times)\""),
    phrase("mail_loop.points_back", "points back to", MailLoop)
        .ex("voku/PHPMailer-BMH src/BounceMailHandler/phpmailer-bmh_rules.php", "554 5.0.0 MX list for znet.ws. points back to mail01.example.com 554 5.3.5 Local configuration error"),
    // After the loop above, whose words sendmail ends with these.
    phrase("server_error.local_configuration_error", "local configuration error", ServerError)
        .ex("fail2ban/fail2ban fail2ban/tests/files/logs/exim (sample line 49)", "temporarily rejected by local_scan(): Local configuration error - local_scan() library failure/usr/lib/exim/sa-exim.so: cannot open shared object file: No such file or directory"),
    phrase("mail_loop.too_many_hops", "too many hops", MailLoop)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-20.eml", "Diagnostic-Code: SMTP; 554 5.4.6 Too many hops"),
    phrase("mail_loop.hop_count", "hop count exceeded", MailLoop)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-domino-03.eml", "Error transferring to neko22.example.org; Maximum hop count exceeded.  Message probably in a routing loop."),
    phrase("mail_loop.exceeded_hops", "exceeded * hops", MailLoop)
        .ex("https://support.google.com/a/answer/3726730", "554 5.4.6 Message exceeded 50 hops, this may indicate an email loop. For more information, go to Gmail Help."),
    phrase("mail_loop.looping", "is looping", MailLoop)
        .ex("notqmail/notqmail qmail-local.c", "This message is looping: it already has my Delivered-To line. (#5.4.6)"),
    phrase("mail_loop.loops_back", "loops back to myself", MailLoop)
        .ex("ronbeltran/bounce_email tests/bounces/tt_1234211931.txt", "Diagnostic-Code: X-Postfix; mail for mail.studio7.lv loops back to myself"),
    phrase("mail_loop.loop_detected", "loop detected", MailLoop)
        .ex("ActiveCampaign/smtp-field-manual data/codes/551.json", "smtp;551 5.7.1 Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)"),

    // The network and DNS on the way (a temporary name server failure
    // before the domain that does not exist).
    phrase("network_error.dns_query_failed", "dns query failed", NetworkError)
        .ex("MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeServer/mailflow/dns-query-failed.md", "451 4.4.0 DNS query failed"),
    phrase("network_error.connection_to_mail_exchanger_failed", "connection to mail exchanger failed", NetworkError)
        .ex("jaredmauch/mailman2-python3 tests/bounces/simple_40.txt line 20", "host lsvk.de[213.165.78.137]: connection to mail exchanger failed"),
    phrase("network_error.closed_connection_in_response", "closed connection in response to", NetworkError)
        .ex("AzatotEnikeev/ParsMailLog data/out (an Exim main log)", "== user@filarmonia.e-burg.ru R=dnslookup T=remote_smtp defer (-18): Remote host relay.filarmonia.e-burg.ru [195.12.68.114] closed connection in response to end of data"),
    phrase("network_error.chinese_connect_failed", "连接收件方邮件系统", NetworkError)
        .ex("https://github.com/lisijie/webcron/issues/14", "系统应答：(9)connect to the \"93.184.216.34(93.184.216.34) of example.com\" server failed 退信原因：连接收件方邮件系统失败，导致邮件被系统退回。"),
    phrase("network_error.dns_resolve_error", "dns resolve error", NetworkError)
        .ex("http://cryptsofthecoliseum.com/article-show-50-294.html", "423 Dns resolve error"),
    phrase("network_error.mx_lookup_error", "mx lookup error", NetworkError)
        .ex("haraka/Haraka outbound/hmail.js (format string, example values)", "Temporary MX lookup error for example.com"),
    phrase("network_error.dns_query_error", "dns query error", NetworkError)
        .ex("https://www.emailhost.com.cn/service.html?article_category=25&brd=1", "DNS query error"),
    phrase("network_error.dns_lookup_failed", "dns lookup failed", NetworkError)
        .ex("svarshavchik/courier courier/courier/module.esmtp/libesmtp.C (format string)", "DNS lookup failed."),
    phrase("network_error.connection_unexpectedly_closed", "connection unexpectedly closed", NetworkError)
        .ex("svarshavchik/courier courier/courier/module.esmtp/libesmtp.C (format string)", "Connection unexpectedly closed by remote host."),
    phrase("network_error.lookup_failed_temporarily", "lookup failed temporarily", NetworkError)
        .ex("notqmail/notqmail qmail-remote.c (format string, example values)", "CNAME lookup failed temporarily. (#4.4.3)"),
    phrase("network_error.dns_temporary_failure", "dns temporary failure", NetworkError)
        .ex("sagredo-dev/qmail chkuser_settings.h (format string)", "451 4.4.0 DNS temporary failure (chkuser)"),
    phrase("network_error.lost_incoming_connection", "lost incoming connection", NetworkError)
        .ex("https://lore.kernel.org/all/20061115031256.20343.qmail@web52512.mail.yahoo.com/", "421 Lost incoming connection: The error was detected in line 3."),
    phrase("network_error.could_not_connect", "could not connect", NetworkError)
        .ex("osandum/bounce-parser src/test/resources/skylinemail_dk.eml", "554 could not connect and send the mail to 192.0.2.84"),
    phrase("network_error.failed_attempts_to_connect", "failed * attempts to connect", NetworkError)
        .ex("http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx", "Failed four Attempts to connect to recipients mail server"),
    phrase("network_error.malformed_name_server_reply", "malformed name server reply", NetworkError)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/postfix-malformed.msg", "Diagnostic-Code: X-Postfix; Name service error for name=yyahoo.com type=MX: Malformed name server reply"),
    phrase("network_error.host_lookup_incomplete", "host lookup did not complete", NetworkError)
        .ex("Exim/exim src/src/routers/dnslookup.c (format string, example values)", "host lookup did not complete"),
    phrase("network_error.connection_broken", "connection with ~ is broken", NetworkError)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Failed to deliver to 'xxxxx@yourdomain.com' SMTP module(domain domain.com) reports: connection with mx1.mail.domain.com is broken"),
    phrase("network_error.dns_resolving_error", "dns resolving error", NetworkError)
        .ex("http://blog.jinbo.net/007/archive/20051107", "451 4.4.0 DNS resolving error"),
    phrase("network_error.hostname_lookup", "failure of hostname lookup", NetworkError)
        .ex("https://wanglu.net/thread/t12-245059-0.html", "'RETRY.17 Temporary failure of hostname lookup'"),
    phrase("network_error.over_network_connection", "error over network connection", NetworkError)
        .ex("https://wanglu.net/thread/t12-245059-0.html", "'RETRY.23 Read/Write error over network connection'"),
    phrase("network_error.no_welcome_message", "no welcome message", NetworkError)
        .ex("https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993", "******@163.com : No welcome message from 202.108.44.203"),
    phrase("network_error.cannot_be_resolved", "hostname cannot be resolved", NetworkError)
        .ex("https://openfind.freshdesk.com/support/solutions/articles/35000001323", "Hostname cannot be resolved"),
    phrase("network_error.eservfail", "eservfail", NetworkError)
        .ex("https://github.com/forwardemail/free-email-forwarding/issues/159", "550 queryTxt ESERVFAIL"),
    phrase("network_error.dns_server_returned", "dns server returned", NetworkError)
        .ex("https://github.com/zone-eu/zone-mta/issues/154", "550 Failed to resolve IP address for smtp.example.com of the MX server for example.com. DNS server returned general failure"),
    phrase("network_error.remote_side_closed", "remote side ~ closed", NetworkError)
        .ex("https://pastebin.com/Cymg8y1u", "deferral: to: user@gmail.com toid: 7107226 from: user@example.com toip: 74.125.28.26 fromip: 192.0.2.72 mid: 2709 time: 431 status: Remote side closed connection during MAIL FROM"),
    phrase("network_error.unable_to_contact", "unable to contact destination", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-v5sendmail-05.eml", "<<< 421 dns.example.org Sorry, unable to contact destination SMTP daemon."),
    phrase("network_error.host_not_reachable", "host not reachable", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-zoho-05.eml", "kijitora@7jo.example.jp Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable."),
    phrase("network_error.unreachable_host", "unreachable host", NetworkError)
        .ex("http://cryptsofthecoliseum.com/article-show-50-294.html (Alibaba Cloud DirectMail's reply table)", "427 Socks Connect to UNREACHABLE host"),
    phrase("domain_unknown.nonexistent_domain", "nonexistent domain", DomainUnknown)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (Exchange Server NDR table, row for enhanced code 5.4.4)", "SMTPSEND.DNS.NonExistentDomain; nonexistent domain"),
    phrase("network_error.proxy_session", "proxy session setup failed", NetworkError)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-4-4-7-in-exchange-online", "450 4.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Primary target IP address responded with ..."),
    phrase("network_error.could_be_reached", "could be reached at this time", NetworkError)
        .ex("SparkPost/developers.sparkpost.com web-ref/responses-by-message.md", "421 4.4.0 [internal] no MXs for this domain could be reached at this time"),
    phrase("network_error.connection_dropped", "connection dropped", NetworkError)
        .ex("ronbeltran/bounce_email tests/bounces/tt_bounce_09.txt", "TEMP_FAILURE: Could not initiate SMTP conversation with any hosts: [pop.example.lv (1): Connection dropped]"),
    phrase("network_error.closed_abruptly", "closed abruptly", NetworkError)
        .ex("sisimai/p5-sisimai lib/Sisimai/Rhost/Microsoft.pm", "450 4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError)"),
    phrase("network_error.dropped_by_remote_host", "dropped by remote host", NetworkError)
        .ex("mitio/bounce_email test/bounces/tt_bounce_19.txt", "Connection was dropped by remote host (SENT_HELO)"),
    phrase("network_error.can_t_connect_to_host", "can not connect to host", NetworkError)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/dsn_05.txt", "Last attempt failed because: Can't connect to host"),
    phrase("network_error.server_did_not_respond", "server did not respond", NetworkError)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/simple_21.txt", "Your message to: user@example.com has not yet been delivered because the recipient server did not respond."),
    phrase("network_error.disconnected_abruptly", "disconnected abruptly", NetworkError)
        .ex("https://kjctech.net/having-trouble-receiving-emails-from-office-365-to-exchange-server-2003", "Remote Server at example.com returned '451 4.4.0 SMTPSEND.SuspiciousRemoteServerError; remote server disconnected abruptly; retry will be delayed'"),
    phrase("network_error.host_not_found_try_again", "host not found try again", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-34.eml", "<kijitora@example.com>: Name service error for domain example.com: Host not found, try again"),
    phrase("network_error.name_server_reply", "unexpected name server reply", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-17.eml", "Diagnostic-Code: X-Postfix; Name service error for name=example.org type=MX: Malformed or unexpected name server reply"),
    phrase("network_error.connection_timed_out", "connection timed out", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-15.eml", "Diagnostic-Code: X-Postfix; connect to bukkoji.example.org[192.0.2.1]:25: Connection timed out"),
    phrase("network_error.connection_refused", "connection refused", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-21.eml", "<kijitora@cat.example.ne.jp>... Deferred: Connection refused by mx.example.ne.jp."),
    phrase("network_error.no_route", "no route to host", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3464-34.eml", "Diagnostic-Code: X-Postfix; connect to nyaan.example.com[192.0.2.2]:25: No route to host"),
    phrase("network_error.unreachable", "network is unreachable", NetworkError)
        .ex("https://pastebin.com/1bksmd9p (IPv6 address replaced)", "Diagnostic-Code: X-Postfix; connect to alt2.gmail-smtp-in.l.google.com[2001:db8::1b]:25: Network is unreachable"),
    phrase("network_error.lost_connection", "lost connection", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-56.eml", "Diagnostic-Code: X-Postfix; lost connection with mx2.qq.com[184.105.206.86] while performing the HELO handshake"),
    phrase("network_error.timed_out", "timed out", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3464-55.eml", "Diagnostic-Code: smtp; The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [nora.nyaan.jp 192.0.2.222: timed out]"),
    phrase("network_error.requests_to_connect", "did not accept our requests to connect", NetworkError)
        .ex("osandum/bounce-parser src/test/resources/gmail-delayed-sample.eml", "Diagnostic-Code: smtp; The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [192.0.2.227 192.0.2.227: generic::failed_precondition: connect error (0): error]"),
    phrase("network_error.smtp_connection", "establish an smtp connection", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-qmail-07.eml", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"),
    phrase("network_error.unable_to_connect", "unable to connect", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-x2-03.eml", "unable to connect to remote server [192.0.2.222:25]: Operation timed"),
    phrase("network_error.connection_closed", "connection closed", NetworkError)
        .ex("https://github.com/reacherhq/check-if-email-exists/issues/889", "client: Connection closed"),
    phrase("network_error.connection_reset", "connection reset", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-v5sendmail-05.eml", "421 example.edu (smtp)... Deferred: Connection reset by peer during result wait with example.edu"),
    phrase("network_error.name_resolution", "temporary failure in name resolution", NetworkError)
        .ex("https://github.com/gophish/gophish/issues/2324", "Max connection attempts exceeded - dial tcp: lookup mail.kumugh.tk: Temporary failure in name resolution"),
    phrase("network_error.read_error", "read error", NetworkError)
        .ex("Sendmail", "451 4.4.1 reply: read error from mx.example.com."),
    phrase("network_error.lookup_failure", "host name lookup failure", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-11.eml", "<kijitora@example.co.jp>... Deferred: Name server: example.co.jp.: host name lookup failure"),
    phrase("network_error.timeout", "timeout", NetworkError)
        .ex("https://support.google.com/a/answer/3726730", "451 4.4.2 Timeout - closing connection. For more information, go to About SMTP error messages."),
    phrase("network_error.execution_expired", "execution expired", NetworkError)
        .ex("https://github.com/postalserver/postal/issues/3444", "No SMTP servers were available for example.com. Tried example-com.mail.protection.outlook.com. execution expired"),
    phrase("network_error.name_or_service", "name or service not known", NetworkError)
        .ex("https://github.com/PHPMailer/PHPMailer/issues/2248", "SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo failed: Name or service not known (0)"),
    phrase("network_error.connect_failed", "connect failed", NetworkError)
        .ex("PHPMailer/PHPMailer src/PHPMailer.php", "SMTP connect() failed."),
    phrase("network_error.econnreset", "econnreset", NetworkError)
        .ex("https://github.com/nodemailer/nodemailer/issues/243", "Error: read ECONNRESET"),
    phrase("network_error.etimedout", "etimedout", NetworkError)
        .ex("https://github.com/nodemailer/nodemailer/issues/918", "Error: connect ETIMEDOUT 192.0.2.170:587"),
    phrase("network_error.econnrefused", "econnrefused", NetworkError)
        .ex("https://github.com/nodemailer/nodemailer/issues/1454", "Error: connect ECONNREFUSED 127.0.0.1:25"),
    phrase("network_error.greeting_never_received", "greeting never received", NetworkError)
        .ex("nodemailer/nodemailer lib/smtp-connection/index.js", "Greeting never received"),

    // The domain takes no mail, or does not exist.
    phrase("domain_unknown.nowhere_to_deliver", "nowhere to deliver", DomainUnknown)
        .ex("haraka/Haraka outbound/hmail.js (format string, example values)", "Nowhere to deliver mail to for domain: example.com"),
    phrase("domain_not_accepting.does_not_receive_mail", "does not receive mail", DomainNotAccepting)
        .ex("svarshavchik/courier courier/courier/module.esmtp/libesmtp.C (format string)", "Domain does not receive mail."),
    phrase("domain_not_accepting.reserved_by_rfc", "reserved by rfc", DomainNotAccepting)
        .ex("https://github.com/frappe/frappe/pull/8514", "SMTPRecipientsRefused: {u'admin@example.com': (501, '5.1.5 Recipient address reserved by RFC 2606')}"),
    phrase("domain_not_accepting.domain_does_not_accept_email", "domain does not accept email", DomainNotAccepting)
        .ex("mjl-/mox smtpclient/gather.go (format string)", "domain does not accept email as indicated with single dot for mx record"),
    phrase("sender_rejected.callback_setup_failed", "callback setup failed", SenderRejected)
        .ex("https://github.com/andris9/simplesmtp/pull/77", "550-Callback setup failed while verifying user@example.com 550-(result of an earlier callout reused). 550-The initial connection, or a HELO or MAIL FROM:<> command was 550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards 550-RFC requirements, and stops you from receiving standard bounce 550-messages. This host does not accept mail from domains whose servers 550-refuse bounces."),
    phrase("sender_rejected.no_such_domain_after_mail", "no such domain", SenderRejected)
        .only_after(MAIL)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-50.eml", "SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com>: 550 5.1.7 No such domain neko.example.com."),
    phrase("sender_rejected.does_not_exist_after_mail", "does not exist", SenderRejected)
        .only_after(MAIL)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-10.eml", "host mx.cubicroot.jp[192.0.2.22] said: 553 5.1.8 <root@vagrant-centos65.vagrantup.com>... Domain of sender address root@vagrant-centos65.vagrantup.com does not exist (in reply to MAIL FROM command)"),
    phrase("sender_rejected.bad_sender_syntax", "bad sender address syntax", SenderRejected)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd.c", "501 5.1.7 Bad sender address syntax"),
    phrase("sender_rejected.sender_address_syntax", "sender address syntax", SenderRejected)
        .ex("OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c (format string, example values)", "553 5.1.0 Sender address syntax error"),
    phrase("sender_rejected.mail_from_null_mx", "mail from has null mx", SenderRejected)
        .ex("foxcpp/maddy internal/check/dns/dns.go (format string, example values)", "501 5.7.27 Domain in MAIL FROM has null MX record"),
    phrase("sender_rejected.no_mx_for_from", "mx for your from address", SenderRejected)
        .ex("https://github.com/mjl-/mox/issues/408", "remote smtp server sent unexpected response status code: got 450, expected 2xx, transient: 450 No valid MX for your FROM address"),
    phrase("domain_not_accepting.no_smtp_service", "no smtp service", DomainNotAccepting)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-mailru-05.eml", "an MX or SRV record indicated no SMTP service"),
    phrase("domain_unknown.no_mx_record", "no mx record found", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-yahoo-09.eml", "No mx record found for domain=libsisimai.org"),
    phrase("domain_unknown.unable_to_find_mx", "unable to find mx", DomainUnknown)
        .ex("anymail/django-anymail tests/test_brevo_webhooks.py (Brevo's bounce event)", "undefined Unable to find MX of domain no-mx.example.com"),
    phrase("domain_unknown.host_has_no_mx_records", "host named ~ does not have any mx records", DomainUnknown)
        .ex("https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages", "Sorry, the host named example.com does not have any MX records, and delivery without MX records prohibited by local policy. (#5.1.0)"),
    phrase("domain_unknown.invalid_mx_record", "invalid mx record", DomainUnknown)
        .ex("Exim/exim test/stdout/0145", "550 It appears that the DNS operator for mxt10.test.ex has installed an invalid MX record with an IP address instead of a domain name on the right hand side."),
    phrase("domain_unknown.no_data_by_dns", "no data by dns resolve", DomainUnknown)
        .ex("http://cryptsofthecoliseum.com/article-show-50-294.html", "526 No data by dns resolve"),
    phrase("sender_rejected.invalid_dns_mx", "invalid dns mx", SenderRejected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 <example@example.com>: Invalid DNS MX or A/AAAA resource record"),
    phrase("recipient_refused.does_not_accept_mail_from", "recipient ~ does not accept mail from", RecipientRefused)
        .ex("krisamin/mail internal/policy/policy.go", "recipient does not accept mail from outside"),
    phrase("domain_not_accepting.null_mx", "null mx", DomainNotAccepting)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3464-52.eml", "Diagnostic-Code: smtp; DNS Error: 80458680 DNS type 'mx' lookup of libsisimai.org responded with code NOERROR The domain libsisimai.org doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505"),
    phrase("domain_not_accepting.nullmx", "nullmx", DomainNotAccepting)
        .ex("vdukhovni/postfix postfix/src/dns/dns_lookup.c (its format, with example values)", "Domain example.com does not accept mail (nullMX)"),
    phrase("sender_rejected.mail_from_itself", "does not accept mail from itself", SenderRejected)
        .ex("MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template line 449", "This domain does not accept mail from itself (spoofing)"),
    phrase("sender_rejected.capital_letters", "sender addresses using capital letters", SenderRejected)
        .ex("MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template line 332", "This domain does not accept sender addresses using capital letters"),
    phrase("domain_not_accepting.does_not_accept", "does not accept mail", DomainNotAccepting)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-57.eml", "Diagnostic-Code: SMTP; 550 Host does not accept mail"),
    phrase("sender_rejected.sender_domain", "domain of sender address", SenderRejected)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-04.eml", "Diagnostic-Code: SMTP; 553 5.1.8 <httpd@host1.mx.example.jp>... Domain of sender address httpd@host1.mx.example.jp does not exist"),
    phrase("sender_rejected.domain_name_required", "domain name required for sender", SenderRejected)
        .ex("https://github.com/metomi/rose/issues/946", "553 5.5.4 ... Domain name required for sender address oliverh"),
    phrase("sender_rejected.complete_sender_verify", "complete sender verify", SenderRejected)
        .ex("https://github.com/fail2ban/fail2ban/issues/3997", "Could not complete sender verify"),
    phrase("sender_rejected.sender_domain_is_not_verified", "sender domain is not verified", SenderRejected)
        .ex("https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/", "530 From/Sender domain is not verified for this workspace."),
    phrase("sender_rejected.restricted_to_sending_domain", "restricted to sending domain", SenderRejected)
        .ex("https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/", "530 API key is restricted to sending domain: acme.com. From/Sender address must use this domain."),
    phrase("sender_rejected.from_must_be_authenticated_user", "from address and the authenticated user must be the same", SenderRejected)
        .ex("https://github.com/Tivix/django-cron/issues/148", "552 the from address and the authenticated user must be the same email. #ERR_AUTH_FAIL"),
    phrase("domain_not_accepting.no_mx_found", "no mx found", DomainNotAccepting)
        .ex("https://github.com/sisimai/set-of-emails/issues/4", "TempFail stat=No MX found for domain"),
    phrase("user_unknown.or_unknown_recipient", "unknown domain or unknown recipient", UserUnknown)
        .ex("https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes", "554 5.7.1 unknown domain or unknown recipient (LDAP check)"),
    phrase("domain_unknown.mx_to_non_existent_hosts", "mx records point to non existent hosts", DomainUnknown)
        .ex("https://github.com/lavab/web/issues/468", "all relevant MX records point to non-existent hosts or (invalidly) to IP addresses"),
    phrase("domain_unknown.unknown_host", "unknown host", DomainUnknown)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/simple_04.txt", "no valid recipients were found for this message |------------------------- Failed addresses follow: ---------------------| user@example.com ... unknown host"),
    phrase("domain_unknown.host_or_domain", "host or domain name not found", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-06.eml", "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=neko.example.jp type=AAAA: Host not found"),
    phrase("domain_unknown.host_unknown", "host unknown", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-24.eml", "Diagnostic-Code: SMTP; 550 Host unknown"),
    phrase("domain_unknown.domain_not_found", "domain ~ not found", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3464-53.eml", "Diagnostic-Code: smtp; DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp"),
    phrase("domain_unknown.domain_does_not_exist", "domain ~ does not exist", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-opensmtpd-03.eml", "Domain does not exist"),
    phrase("domain_unknown.no_such_domain", "no such domain", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-courier-04.eml", "Diagnostic-Code: unknown; No such domain."),
    phrase("domain_unknown.unknown_domain", "unknown domain", DomainUnknown)
        .ex("Sendmail", "550 5.1.2 <jane@example.invalid>... Unknown domain"),
    phrase("domain_unknown.no_such_host", "no such host", DomainUnknown)
        .ex("Exim", "no such host: example.invalid"),
    phrase("domain_unknown.nxdomain", "nxdomain", DomainUnknown)
        .ex("Haraka", "550 5.1.2 No MX for example.invalid (NXDOMAIN)"),
    // qmail's words for a name it could not look up for now (#4.1.2).
    phrase("network_error.find_any_host_for_now", "could not find any host", NetworkError)
        .class(&[4])
        .ex("https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages", "Sorry, I couldn't find any host by that name. (#4.1.2)"),
    phrase("domain_unknown.find_any_host", "could not find any host", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-qmail-13.eml", "Sorry, I couldn't find any host named cx.libsisimai.com. (#5.1.2)"),
    phrase("domain_unknown.mail_exchanger", "could not find a mail exchanger", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-qmail-11.eml", "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)"),
    phrase("domain_unknown.no_mx_host_found", "nomxhostfoundexception", DomainUnknown)
        .ex("https://github.com/Purelymail/purelymail-issues/issues/248", "Diagnostic-Code: error; NoMxHostFoundException: null"),
    phrase("domain_unknown.no_mx_for", "no mx for", DomainUnknown)
        .after(RCPT)
        .ex("mailgun/documentation source/api-events.rst", "No MX for [example.com]"),
    phrase("domain_unknown.unable_to_resolve_mx", "unable to resolve mx", DomainUnknown)
        .ex("sendgrid/docs source/API_Reference/Web_API/bounces.md", "Unable to resolve MX host sendgrid.ne"),
    phrase("domain_unknown.recipient_domain_must_exist", "recipient domain must exist", DomainUnknown)
        .ex("https://github.com/PHPMailer/PHPMailer/issues/763", "SMTP ERROR: RCPT TO command failed: 553 sorry, your envelope recipient domain must exist (#5.7.1)"),
    phrase("domain_unknown.no_valid_mail_exchangers", "no valid mail exchangers", DomainUnknown)
        .ex("https://github.com/zedshaw/librelist/issues/4", "domain has no valid mail exchangers"),
    phrase("domain_unknown.recipient_domain", "find the recipient domain", DomainUnknown)
        .ex("https://support.google.com/a/answer/3726730", "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address. For more information, go to Fix bounced or rejected emails."),
    phrase("domain_unknown.unrouteable", "unrouteable address", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-mailru-06.eml", "nyan@haineko.org Unrouteable address"),
    phrase("domain_unknown.unrouteable_mail_domain", "unrouteable mail domain", DomainUnknown)
        .ex("https://www.lug-s.org/cgi/wiki.pl?FehlerSucheEMail", "550 user@example.com: unrouteable mail domain"),
    phrase("domain_unknown.domain_not_reachable", "domain is not reachable", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-outlook-03.eml", "Diagnostic-Code: smtp;554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again (-1915321397:308:-2147467259)"),
    phrase("domain_unknown.no_relevant_answers", "no relevant answers", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3464-62.eml", "smtp; DNS Error: 16578478 DNS type 'mx' lookup of gmal.com responded with code NOERROR 16578478 DNS type 'mx' lookup of gmal.com had no relevant answers. 16578478 DNS type 'aaaa' lookup of gmal.com responded with code NOERROR 16578478 DNS type 'aaaa' lookup of gmal.com had no relevant answers. 16578478 DNS type 'a' lookup of gmal.com responded with code NOERROR 16578478 DNS type 'a' lookup of gmal.com had no relevant answers."),
    phrase("domain_unknown.no_hosts_to_try", "no hosts to try", DomainUnknown)
        .ex("https://github.com/postalserver/postal/issues/3417", "No SMTP servers were available for nodnsdomain12345.com. No hosts to try."),
    phrase("domain_unknown.not_found_in_dns", "could not be found in domain name service", DomainUnknown)
        .ex("https://snmail.co.uk/support/failure-dns.htm", "The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry. If that fails, contact your administrator. <mail.example.com #5.4.0>"),
    phrase("domain_unknown.host_or_domain_zh_tw", "主機或網域名稱", DomainUnknown)
        .ex("https://github.com/maillab/cloud-mail/issues/43", "<user@example.com>：未找到主機或網域名稱。域名服務錯誤 對於 name=example.com type=A：已找到主機，但沒有請求類型的資料記錄"),

    // Relaying.
    phrase("relay_denied.mx_not_pointing_to_us", "mx do not point to us", RelayDenied)
        .ex("fm/smtp-codes data/codes/550.json", "550 no such address here (MX do not point to us)"),
    phrase("relay_denied.recipient_not_accepted_here", "mail for that recipient is not accepted", RelayDenied)
        .ex("haraka/haraka-plugin-relay index.js (format string)", "550 Mail for that recipient is not accepted here."),
    phrase("relay_denied.delivery_not_allowed_to_this_address", "delivery is not allowed to this address", RelayDenied)
        .ex("hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp (format string, example values)", "550 Delivery is not allowed to this address."),
    phrase("relay_denied.relaying_to_prohibited", "relaying to ~ prohibited", RelayDenied)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 550 relaying to <xxxxx@yourdomain.com> prohibited by administrator"),
    phrase("relay_denied.not_a_gateway", "not a gateway", RelayDenied)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 550 not local host domain.com, not a gateway"),
    phrase("relay_denied.cannot_deliver_mail_for", "i cannot deliver mail for", RelayDenied)
        .ex("https://github.com/knadh/listmonk/issues/32", "550 I cannot deliver mail for someRealEmail."),
    phrase("relay_denied.not_configured_mx_host", "not configured to use this mx host", RelayDenied)
        .ex("https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons", "Your domain is not configured to use this MX host."),
    phrase("relay_denied.no_relaying", "no relaying", RelayDenied)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-dragonfly-15.eml", "550 5.7.0 <norelaying@libsisimai.net>: Recipient address rejected: No relaying. See https://libsisimai.org/en/reason/#norelaying"),
    phrase("relay_denied.relay_access_denied", "relay access denied", RelayDenied)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-07.eml", "Diagnostic-Code: SMTP; 554 5.7.1 <kijitora@example.org>: Relay access denied"),
    phrase("relay_denied.not_accepting_email_for_domain", "not accepting email for domain", RelayDenied)
        .ex("mjl-/mox smtpserver/server.go (format string, example values)", "550 5.1.1 not accepting email for domain"),
    phrase("relay_denied.domain_not_in_system", "domain not in ~ system", RelayDenied)
        .ex("https://github.com/byte-foundry/inyo/issues/28", "<user@example.com>: host redirect.ovh.net[192.0.2.1] said: 500 Domain not in ovh system (in reply to RCPT TO command)"),
    phrase("relay_denied.relaying_denied", "relaying denied", RelayDenied)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 relaying denied for <example@example.com>"),
    phrase("relay_denied.relay_denied", "relay denied", RelayDenied)
        .ex("azumakuniyuki/feb-2024-no-auth-no-entry google-3726730-smtp-errors-and-codes/text/3726730-2023-03-06.txt (archived copy of https://support.google.com/a/answer/3726730; table row 550, 5.7.0)", "Mail relay denied."),
    phrase("relay_denied.relay_not_permitted", "relay not permitted", RelayDenied)
        .ex("Exim/exim src/src/configure.default", "550 relay not permitted"),
    phrase("relay_denied.relaying_not_permitted", "relaying not permitted", RelayDenied)
        .ex("http://docs.oracle.com/cd/E19636-01/819-2650/ganrt/index.html", "550 5.7.1 Relaying not permitted: alan@very.bogus.com"),
    phrase("relay_denied.unable_to_relay", "unable to relay", RelayDenied)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-mimecast-02.eml", "Diagnostic-Code : smtp;550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain"),
    phrase("relay_denied.relaying_not_allowed", "relaying ~ not allowed", RelayDenied)
        .ex("MDaemon", "550 5.7.1 Relaying is not allowed"),
    phrase("relay_denied.rcpthosts", "allowed rcpthosts", RelayDenied)
        .ex("notqmail/notqmail qmail-smtpd.c", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"),
    phrase("relay_denied.list_of_allowed_hosts", "list of allowed hosts", RelayDenied)
        .ex("https://viws.ru/en/pochemu-ne-otpravlyayutsya-pisma-na-yandeks-pochte-nezhelatelnaya-pochta-i-otkrytye-retranslyacii-nekorrek.html", "553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)"),
    phrase("relay_denied.relaying_is_denied", "relaying is denied", RelayDenied)
        .ex("https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article", "550 5.7.1 Relaying is denied"),
    phrase("relay_denied.we_do_not_relay", "we do not relay", RelayDenied)
        .ex("Sendmail", "550 5.7.1 <jane@example.com>... we do not relay"),
    phrase("relay_denied.use_me_as_relay", "use me ~ as a relay", RelayDenied)
        .ex("ActiveCampaign/smtp-field-manual data/codes/553.json", "smtp;553 you are trying to use me [xx.messagelabs.com] as a relay, but I have not been configured to let you [x.xx.xx.xx, example.com] do this. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1)"),
    phrase("relay_denied.relay_not_allowed", "relay not allowed", RelayDenied)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json", "smtp;451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451 [#]"),
    phrase("relay_denied.relaying_disallowed", "relaying disallowed", RelayDenied)
        .ex("ActiveCampaign/smtp-field-manual data/codes/553.json", "failed,5.1.1 (bad destination mailbox address),smtp;553 Relaying disallowed,mx.zoho.com"),
    phrase("relay_denied.relaying_to_this_domain_forbidden", "relaying to this domain is forbidden", RelayDenied)
        .ex("MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template line 770", "Relaying to this domain is forbidden"),
    phrase("relay_denied.not_configured_to_relay", "not configured to relay", RelayDenied)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-44.eml", "host nyaan.example.jp[192.0.2.2] said: 501 Rcpt-To validation failed: RCPT TO not accepted: 5.7.1 This system is not configured to relay mail (r) from <nekonyaans@p2.example.com> to <kijitora@example.jp> for 127.0.0.1 (in reply to RCPT TO command)"),

    // The HELO name.
    phrase("helo_rejected.non_fqdn_helo", "fqdn helo", HeloRejected)
        .ex("https://www.adino.at/support/faqs/artikel/fehlermeldung-550-invalid-non-fqdn-helo-xxin-reply-to-rcpt-to-command/", "550 Invalid NON-FQDN HELO (xx)(in reply to RCPT TO command)"),
    phrase("helo_rejected.ip_as_mta_hostname", "used as mta hostname", HeloRejected)
        .ex("nkhorman/spamilter src/hndlrs.c (format string, example values)", "550 5.7.1 Rejecting due to security policy - Ip address used as MTA hostname '192.0.2.1', Please see: http://www.example.com/policy.html#ipusedashostname"),
    phrase("helo_rejected.mail_server_lies", "your mail server lies", HeloRejected)
        .ex("sdgathman/milter bms.py (format string, example values)", "550 5.7.1 Your mail server lies.  Its name is *not* mail.example.com."),
    phrase("helo_rejected.spoofed_helo", "spoofed helo", HeloRejected)
        .ex("https://github.com/saltcorn/saltcorn/issues/1028", "REJECT: Spoofed HELO (my own IP address, nice try), HELO: [127.0.0.1]"),
    phrase("helo_rejected.provided_helo_not_resolved", "provided ehlo helo", HeloRejected)
        .ex("apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/ResolvableEhloHeloHandler.java (format string, example values)", "501 5.5.4 Provided EHLO/HELO mail.example.com can not resolved."),
    phrase("helo_rejected.helo_does_not_match", "helo ~ does not match", HeloRejected)
        .ex("svarshavchik/courier courier/courier/submit.C (format string, example values)", "517 HELO mail.example.com does not match 192.0.2.1"),
    phrase("helo_rejected.claims_to_be_us", "claims to be us", HeloRejected)
        .ex("SirWumpus/smtpf doc/reply.html.in (format string, example values)", "550 5.7.0 mail.example.com [192.0.2.1] claims to be us \"mx.example.net\" #430"),
    phrase("helo_rejected.requires_domain_address", "requires domain address", HeloRejected).after(HELO)
        .ex("http://blog.softmail.co.kr/554", "501 5.5.1 HELO/EHLO requires domain address"),
    phrase("helo_rejected.requires_domain_name", "requires domain name", HeloRejected).after(HELO)
        .ex("OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c (format string, example values)", "501 5.5.1 Invalid command: EHLO requires domain name"),
    phrase("helo_rejected.say_you_are_me", "say you are me", HeloRejected)
        .ex("https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons", "You cannot say you are me. I am me."),
    phrase("helo_rejected.invalid_domain_name", "invalid domain name", HeloRejected).only_after(HELO)
        .ex("https://github.com/OpenSMTPD/OpenSMTPD/issues/1054", "smtp failed-command command=\"HELO \" result=\"501 5.5.4 Invalid command arguments: Invalid domain name\""),
    phrase("helo_rejected.helo_command_rejected", "helo command rejected", HeloRejected)
        .ex("https://github.com/mediacloud/backend/issues/631", "host mx8.zmailcloud.com[34.206.115.33] said: 450 4.7.1 <2a4f42ace6b6.54lmmen3tjkeznyei24tec2hmf.gx.internal.cloudapp.net>: Helo command rejected: Host not found (in reply to RCPT TO command)"),
    phrase("helo_rejected.bad_helo", "bad helo", HeloRejected)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.506 Access Denied, Bad HELO"),
    phrase("helo_rejected.invalid_helo", "invalid helo", HeloRejected)
        .ex("Exim/exim test/stdout/0453", "501 Syntactically invalid HELO argument(s)"),
    phrase("helo_rejected.name_rejected", "my name was rejected", HeloRejected)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-qmail-04.eml", "Connected to 192.0.2.112 but my name was rejected."),
    phrase("helo_rejected.empty_helo", "empty helo", HeloRejected)
        .ex("https://support.google.com/a/answer/3726730", "501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection. For more information, go to HELO/EHLO email error."),

    // Viruses, attachments, spam and format: only in reply to the content.
    phrase("spam_content.uribl", "uribl", SpamContent).after(CONTENT)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection-uribl.msg", "550 5.7.1 Your email breaches local URIBL policy."),
    phrase("spam_content.bulk_advertising", "bulk advertising", SpamContent)
        .after(CONTENT)
        .ex("louisitvn/pflgviewer postfix.log", "host mxtls.expurgate.net[195.190.135.124] said: 550 REJECT bulk.advertising id=tlsNG-69e11b/1418255119-0000345C-3D3B2E72/22/str=0001.0A0C0206.5488DB0F.0197,ss=3,re=0.000,recu=0.000,reip=0.000,cl=3,cld=1,fgs=0 (in reply to end of DATA command)"),
    phrase("policy_violation.banned_recipient", "banned recipient", PolicyViolation)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.505 Access denied, banned recipient"),
    phrase("policy_violation.not_in_whitelist", "not in whitelist", PolicyViolation)
        .ex("https://support.google.com/a/answer/3726730", "421 4.7.0 IP not in whitelist for RCPT domain, closing connection. For more information, go to Allowlists, denylists, and approved senders."),
    phrase("policy_violation.bounces_never_sent", "bounces are never sent", PolicyViolation)
        .ex("SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst", "Legitimate bounces are never sent to more than one recipient."),
    phrase("policy_violation.multi_recipient_bounce", "multi recipient bounce", PolicyViolation)
        .ex("https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes", "550 5.5.3 Recipient address rejected: Multi-recipient bounce"),
    phrase("helo_rejected.helo_argument", "helo argument", HeloRejected)
        .ex("https://pastebin.com/UfXPSPxY", "host mail.medialife.es[146.255.98.200] said: 550 5.7.0 HELO argument [localhost.localdomain] is malformed. See http://spamauditor.org/best-practices/valid-helo-identifier/ for more information. Protection provided by MagicSpam 2.0.11-1 http://www.magicspam.com (in reply to RCPT TO command)"),
    phrase("helo_rejected.ehlo_argument", "ehlo argument", HeloRejected)
        .ex("https://support.google.com/a/answer/3726730", "501 5.5.4 HELO/EHLO argument argument invalid closing connection. For more information, go to HELO/EHLO email error."),
    phrase("helo_rejected.invalid_ehlo", "invalid ehlo", HeloRejected)
        .ex("SparkPost/developers.sparkpost.com web-ref/responses-by-message.md", "501 5.5.2 invalid EHLO"),
    phrase("spam_content.content_restrictions", "content restrictions", SpamContent).after(CONTENT)
        .ex("https://chinookcommunications.zendesk.com/hc/en-us/articles/203813670-Email-delivery-failure-due-to-content-restrictions", "550 5.7.1 Message rejected due to content restrictions"),
    phrase("attachment_rejected.nested_archives", "nested archives", AttachmentRejected)
        .ex("haraka/haraka-plugin-attachment index.js (format string, example values)", "550 Message contains nested archives exceeding the maximum depth"),
    phrase("attachment_rejected.suspicious_file", "suspicious file", AttachmentRejected)
        .after(CONTENT)
        .ex("http://helpdesk.ugent.be/email/faq.php", "550 5.6.0 *** A suspicious file (executable code) was found in the message ! - See http://helpdesk.ugent.be/email/"),
    phrase("attachment_rejected.encrypted_archive", "encrypted archive", AttachmentRejected)
        .ex("haraka/haraka-plugin-attachment index.js (format string, example values)", "550 Message contains encrypted archive"),
    phrase("attachment_rejected.files_attached", "files attached to ~ are prohibited", AttachmentRejected)
        .ex("https://github.com/modoboa/modoboa/issues/1013 (Postfix mime_header_checks REJECT text proposed there, example values)", "550 5.7.1 Files attached to emails that contain or end in \"exe\" are prohibited on this server as they may contain viruses. The file named invoice.exe was rejected"),
    phrase("attachment_rejected.macros", "vba macros", AttachmentRejected)
        .ex("https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html", "552 MS-Office file containing VBA macros found inside of the email"),
    phrase("spam_content.antispam", "antispam", SpamContent)
        .ex("https://188537.sevenloophk.tech/coremail/help/rejectmail_zh_TW.jsp", "<user@example.com> : 550 CoremailSys:Your message was blocked by NetEase AntiSpam+"),
    phrase("spam_content.message_scored", "message scored", SpamContent)
        .ex("https://github.com/linux-mailinglist-archives/industrypack-devel.lists.sourceforge.net.0/blob/50944f14a81dd4df631b706b90e8e78f865deba4/m", "<user@lists.sourceforge.net>: host mx.sourceforge.net[216.105.38.6] said: 550 This message scored 18.0 points. Congratulations! (in reply to end of DATA command)"),
    phrase("virus_detected.virus", "virus", VirusDetected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/552.json", "smtp;552 5.7.1 virus [name] detected by Zoho Mail"),
    phrase("virus_detected.polish_virus_scanner", "wykrywacz wirus*", VirusDetected)
        .ex("sympa-community/sympa po/sympa/pl.po (Sympa DSN reason for status 5.7.0, format string, example values)", "Nasz wykrywacz wirusów znalazł wirusa o nazwie Eicar-Test-Signature w wiadomości adresowanej do list@example.com"),
    phrase("virus_detected.russian_virus", "вирус", VirusDetected)
        .ex("sympa-community/sympa po/sympa/ru.po (Sympa DSN reason for status 5.7.0, format string, example values)", "Антивирусная программа обнаружила вирус Eicar-Test-Signature в сообщении, адресованном list@example.com и возможно, что оно ваше (От: user@example.com)."),
    phrase("virus_detected.turkish_virus", "virüs*", VirusDetected)
        .ex("sympa-community/sympa po/sympa/tr.po (Sympa DSN reason for status 5.7.0, the translation of an earlier release's wording, kept as an obsolete entry; fuzzy, so unused, at this commit)", "Virüs denetleyicilerimiz adı Eicar-Test-Signature olan bir virüsü, list@example.com adresinine giden bir mesaj içinde bulmuştur ve bu mesaj size ait gibi görünüyor (From: user@example.com)"),
    phrase("virus_detected.infected", "infected", VirusDetected)
        .ex("amavisd-new", "554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Signature"),
    phrase("virus_detected.malware", "malware", VirusDetected)
        .ex("Microsoft Exchange Online", "550 5.7.0 Message rejected: malware detected"),
    phrase("attachment_rejected.security_issue", "potential security issue", AttachmentRejected)
        .after(CONTENT)
        .ex("azumakuniyuki/feb-2024-no-auth-no-entry google-3726730-smtp-errors-and-codes.txt (archived copy of https://support.google.com/a/answer/3726730; table row 552 5.7.0)", "This message was blocked because its content presents a potential security issue. To review our message content and attachment content guidelines, go to File types blocked in Gmail."),
    phrase("attachment_rejected.banned", "banned", AttachmentRejected)
        .after(CONTENT)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 rejecting banned content"),
    phrase("attachment_rejected.attachment", "attachment*", AttachmentRejected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/552.json", "SMTP; 552-5.7.0 Our system detected an illegal attachment on your message. Please visit http://mail.google.com/support/bin/answer.py?answer=6590 to review our attachment guidelines."),
    phrase("spam_content.unsolicited", "unsolicited", SpamContent)
        .after(CONTENT)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json (Google)", "smtp;550 5.7.1 [x.xx.xx.xx] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=UnsolicitedMessageError for more information. - gsmtp"),
    phrase("spam_content.spam", "spam", SpamContent)
        .after(CONTENT)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-amavis-03.eml", "Diagnostic-Code: smtp; 554 5.7.0 Reject, id=20025-09 - SPAM"),
    phrase("spam_content.junk_mail", "junk mail", SpamContent)
        .after(CONTENT)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php", "SMTP; 550 sorry, it seems as a junk mail"),
    phrase("spam_content.spamming_not_allowed", "spamming not allowed", SpamContent)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection31.msg", "smtp; 550 Spamming not allowed"),
    phrase("spam_content.rejected_bulk_email", "rejected bulk email", SpamContent)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection37.msg", "said: 550 5.7.1 Rejected - bulk email (in reply to end of DATA command)"),
    phrase("spam_content.chinese_spam", "垃圾邮件", SpamContent)
        .after(CONTENT)
        .ex("https://github.com/testerSunshine/12306/issues/135", "抱歉，您的邮件被退回来了…… 出错原因：该邮件内容涉嫌大量群发，并且被多数用户投诉为垃圾邮件。"),
    phrase("spam_content.content_rejected", "content rejected", SpamContent)
        .after(CONTENT)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-barracuda-01.eml", "Diagnostic-Code: smtp; 550 5.7.1 Message content rejected, UBE, id=00000-22-225"),
    phrase("spam_content.message_filtered", "message filtered", SpamContent)
        .after(CONTENT)
        .ex("ActiveCampaign/smtp-field-manual data/codes/553.json", "smtp;553 Message filtered. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)"),
    phrase("spam_content.content_denied", "content denied", SpamContent)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json (QQ)", "smtp;550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726"),
    phrase("spam_content.gtube", "gtube", SpamContent)
        .ex("https://github.com/rspamd/rspamd/issues/2437", "<<< 554 5.7.1 Gtube pattern"),
    phrase("spam_content.spamassassin", "spamassassin", SpamContent)
        .ex("Exim (SpamAssassin)", "550 Message rejected by SpamAssassin (score 12.3)"),
    phrase("spam_content.spamdefang", "spamdefang", SpamContent)
        .after(CONTENT)
        .ex("http://www.alaskacommunications.com/Online-Care/Support-Center/FAQs/Explanation-of-error-554.aspx", "554 5.7.1 spamdefang score exceeds maximum"),

    // Protocol errors.
    phrase("protocol_error.not_following_smtp", "not following the smtp protocol", ProtocolError)
        .ex("chrisboulton/spamdyke spamdyke/spamdyke.h (format string, example values)", "554 Refused. You are not following the SMTP protocol."),
    phrase("protocol_error.response_not_rfc", "response was not rfc", ProtocolError)
        .ex("https://github.com/Pro/dkim-exchange/issues/281", "421 4.4.0 Remote server response was not RFC"),
    phrase("protocol_error.already_said_helo", "already said helo", ProtocolError)
        .ex("https://github.com/jstedfast/MailKit/pull/466", "You already said HELO"),
    phrase("protocol_error.no_helo_given", "no helo given", ProtocolError)
        .ex("MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template line 280", "no HELO given before MAIL command"),
    phrase("protocol_error.no_helo_ehlo_greeting", "no helo ehlo greeting", ProtocolError)
        .ex("baruwaproject/baruwa-puppet modules/mailscanner/templates/exim.conf.erb line 80", "REFUSED - no HELO/EHLO greeting"),
    phrase("protocol_error.unrecognized_commands", "unrecognized commands", ProtocolError)
        .ex("smtpd/qpsmtpd plugins/count_unrecognized_commands (format string, example values)", "521 Closing connection, 4 unrecognized commands. Perhaps you should read RFC 2821?"),
    phrase("protocol_error.protocol_synchronization", "protocol synchronization", ProtocolError)
        .ex("docker-mailserver/docker-mailserver test/helper/common.bash", "554 5.5.0 Error: SMTP protocol synchronization"),
    phrase("protocol_error.send_before_the_banner", "send before the banner", ProtocolError)
        .ex("SparkPost/developers.sparkpost.com content/momentum/web-momo4/modules.conntrol.md", "421 my.host.name service denied to those who send before the banner"),
    phrase("protocol_error.break_rules", "i can break rules too", ProtocolError)
        .ex("https://github.com/takeyamajp/docker-postfix/issues/6", "221 2.7.0 Error: I can break rules, too. Goodbye."),
    phrase("protocol_error.syntax_mail_from", "syntax mail from", ProtocolError)
        .ex("https://pastebin.com/qxJMQAiv", "host smtp-ent.21cn.com[121.14.129.72] said: 501 Syntax: MAIL FROM: <address> (in reply to MAIL FROM command)"),
    phrase("protocol_error.invalid_commands", "too many invalid commands", ProtocolError)
        .ex("dovecot/core src/lib-smtp/smtp-server-command.c", "421 4.7.0 mail.example.com Too many invalid commands."),
    phrase("protocol_error.http_requests", "http requests not allowed", ProtocolError)
        .ex("nodemailer/smtp-server lib/smtp-connection.js (format string)", "421 HTTP requests not allowed"),
    phrase("protocol_error.before_smtp_greeting", "before smtp greeting", ProtocolError)
        .ex("smtpd/qpsmtpd plugins/earlytalker + lib/Qpsmtpd/SMTP.pm (format string)", "550 Connecting host started transmitting before SMTP greeting"),
    phrase("protocol_error.too_many_bad_commands", "too many bad commands", ProtocolError)
        .ex("deepin-community/sendmail sendmail/srvrsmtp.c (format string, example values)", "421 4.7.0 mail.example.com Too many bad commands; closing connection"),
    phrase("protocol_error.talk_too_soon", "talk too soon", ProtocolError)
        .ex("haraka/haraka-plugin-early_talker index.js (format string)", "554 You talk too soon"),
    phrase("protocol_error.pipelining_not_allowed", "pipelining not allowed", ProtocolError)
        .ex("SirWumpus/smtpf doc/reply.html.in (format string, example values)", "550 5.3.3 pipelining not allowed #643"),
    phrase("protocol_error.command_too_long", "command too long", ProtocolError)
        .ex("deepin-community/sendmail sendmail/srvrsmtp.c (format string, example values)", "421 4.7.0 mail.example.com Command too long, possible attack client.example.org [192.0.2.1]"),
    phrase("protocol_error.used_when_not_advertised", "used when not advertised", ProtocolError)
        .ex("fail2ban/fail2ban fail2ban/tests/files/logs/exim", "SMTP protocol error in \"AUTH LOGIN\" H=(ylmf-pc) [192.0.2.167]:60723 I=[198.51.100.6]:587 AUTH command used when not advertised"),
    phrase("protocol_error.syntax_or_protocol_errors", "syntax or protocol errors", ProtocolError)
        .ex("ossec/ossec-hids contrib/ossec-testing/tests/exim.ini", "SMTP call from (000000) [::1]:39480 dropped: too many syntax or protocol errors (last command was \"123\")"),
    phrase("protocol_error.synchronization_error", "synchronization error", ProtocolError)
        .ex("Exim/exim src/src/smtp_in.c (format string, example values)", "554 SMTP synchronization error"),
    phrase("protocol_error.unrecognized_command", "unrecognized command", ProtocolError)
        .ex("https://support.google.com/a/answer/3726730", "502 5.5.1 Unrecognized command. For more information, go to About SMTP error messages."),
    phrase("protocol_error.rcpt_first", "rcpt first", ProtocolError)
        .ex("https://support.google.com/a/answer/3726730", "503 5.5.1 RCPT first. An email transaction protocol command was issued out of sequence. For more information, go to About SMTP error messages and review RFC 5321 specifications."),
    phrase("protocol_error.angle_brackets", "enclosed in angle brackets", ProtocolError)
        .ex("https://support.huaweicloud.com/intl/ja-jp/usermanual-koomessage/um1007.html", "501 Email address must be enclosed in angle brackets,like <address>"),
    phrase("malformed_message.stray_newline", "stray newline", MalformedMessage)
        .ex("https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "451 stray newline"),
    phrase("malformed_message.smtplf", "smtplf", MalformedMessage)
        .ex("https://github.com/gen-smtp/gen_smtp/issues/253", "{:error, :send, {:temporary_failure, 'cbx.virusfree.cz', \"451 See http://pobox.com/~djb/docs/smtplf.html.\\r\\n\"}}"),
    phrase("malformed_message.rfc2822", "rfc2822", MalformedMessage)
        .ex("https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254", "Your message does not conform to RFC2822 standard"),
    phrase("malformed_message.subject_mandatory", "subject is mandatory", MalformedMessage)
        .ex("https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html", "5.2.1 Subject is Mandatory."),
    phrase("protocol_error.too_many_errors", "too many errors", ProtocolError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/421.json", "smtp;421 4.7.0 me.com Error: too many errors"),
    phrase("protocol_error.malformed_address", "malformed address", ProtocolError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-52.eml", "kijitora@example.com <neko@example.net>: malformed address: <neko@example.net> may not follow kijitora@example.com"),
    phrase("protocol_error.syntax_error", "syntax error", ProtocolError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/501.json", "smtp;501 Syntax error in parameters or arguments"),
    phrase("protocol_error.bad_sequence", "bad sequence of commands", ProtocolError)
        .ex("sisimai/set-of-emails mailbox/mbox-0", "<<< 503 Bad sequence of commands"),
    phrase("protocol_error.command_unrecognized", "command unrecognized", ProtocolError)
        .ex("Sendmail", "500 5.5.1 Command unrecognized: \"XYZZY\""),
    phrase("protocol_error.command_not_recognized", "command not recognized", ProtocolError)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd.c", "500 5.5.2 Error: command not recognized"),
    phrase("protocol_error.need_mail_before_rcpt", "need mail before rcpt", ProtocolError)
        .ex("Sendmail", "503 5.5.1 Need MAIL before RCPT"),
    phrase("protocol_error.not_implemented", "not implemented", ProtocolError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-53.eml", "host mfsmax.docomo.ne.jp[203.138.180.112] said: 504 Command parameter not implemented (in reply to end of DATA command)"),
    phrase("protocol_error.pipelining", "improper use of smtp command pipelining", ProtocolError)
        .ex("vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (its format, with example values)", "<mx.example.com>: Client host rejected: Improper use of SMTP command pipelining"),
    phrase("protocol_error.protocol_violation", "protocol violation", ProtocolError)
        .ex("https://support.google.com/a/answer/3726730", "451 4.5.0 SMTP protocol violation. For more information, go to About SMTP error messages and review RFC 5321 specifications."),
    phrase("protocol_error.excessive_data", "excessive amounts of data", ProtocolError)
        .ex("http://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp", "421 Excessive amounts of data sent to server."),
    phrase("protocol_error.wrong_state", "wrong state for", ProtocolError)
        .ex("https://github.com/patsanch/email_veracity_checker/pull/2", "503 wrong state for HELO command"),
    phrase("protocol_error.bad_command_limit", "bad smtp command limit", ProtocolError)
        .ex("https://cisco.com/c/en/us/support/docs/security/email-security-appliance/214630-esmtp-commands-supported-by-the-esa-ces.html", "421 Exceeded bad SMTP command limit, disconnecting."),

    // Other languages' words for an internal error, a list that does not
    // exist, a message over the size limit and a virus, written from the
    // reports of Sympa, a list server, in the languages it ships.
    phrase("server_error.catalan_internal_error", "error intern", ServerError)
        .ex("sympa-community/sympa po/sympa/ca.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Impossible distribuir el teu missatge a la llista 'list@example.org' perquè hi ha un error intern de servidor."),
    phrase("server_error.german_internal_error", "internen serverfehler*", ServerError)
        .ex("sympa-community/sympa po/sympa/de.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Verteilung Ihrer Nachricht für Liste 'list@example.org' aufgrund eines internen Serverfehlers nicht möglich."),
    phrase("server_error.greek_internal_error", "εσωτερικού σφάλματος", ServerError)
        .ex("sympa-community/sympa po/sympa/el.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Αδυναμία διανομής μηνύματος για τη λίστα 'list@example.org' λόγω εσωτερικού σφάλματος εξυπηρετητή."),
    phrase("server_error.spanish_internal_error", "error interno", ServerError)
        .ex("sympa-community/sympa po/sympa/es.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Imposible distribuir tu mensaje en la lista 'list@example.org' debido a un error interno del servidor."),
    phrase("server_error.estonian_internal_error", "serveri sisemis*", ServerError)
        .ex("sympa-community/sympa po/sympa/et.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Kirja ei ole võimalik edastada listi 'list@example.org' tänu serveri sisemisele veale."),
    phrase("server_error.basque_internal_error", "barne errore", ServerError)
        .ex("sympa-community/sympa po/sympa/eu.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Ezin zure mezua 'list@example.org' zerrendara bidali zerbitzariaren barne errore batengatik."),
    phrase("server_error.finnish_internal_error", "sisäisen järjestelmävirhe*", ServerError)
        .ex("sympa-community/sympa po/sympa/fi.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Viestiä ei voitu jakaa listalle 'list@example.org' sisäisen järjestelmävirheen vuoksi."),
    phrase("server_error.french_internal_error", "erreur interne", ServerError)
        .ex("sympa-community/sympa po/sympa/fr.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Votre message pour la liste 'list@example.org' n'a pu être diffusé à cause d'une erreur interne"),
    phrase("server_error.galician_internal_error", "erro interno", ServerError)
        .ex("sympa-community/sympa po/sympa/gl.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Imposible distriubuír a túa mensaxe na lista 'list@example.org' debido a un erro interno do servidor."),
    phrase("server_error.hungarian_internal_error", "belső szerver hiba", ServerError)
        .ex("sympa-community/sympa po/sympa/hu.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Az üzenet elküldése a 'list@example.org' listára belső szerver hiba miatt nem sikerült."),
    phrase("server_error.italian_internal_error", "errore interno", ServerError)
        .ex("sympa-community/sympa po/sympa/it.po (Sympa DSN reason for status 5.3.0, format string, example values)", "E' stato impossibile distribuire il tuo messaggio alla lista 'list@example.org' a causa di un errore interno al server."),
    phrase("server_error.korean_internal_error", "내부 서버 에러", ServerError)
        .ex("sympa-community/sympa po/sympa/ko.po (Sympa DSN reason for status 5.3.0, format string, example values)", "리스트 'list@example.org' 위한 메시지 배포가 불가능합니다. 내부 서버 에러."),
    phrase("server_error.occitan_internal_error", "error interna", ServerError)
        .ex("sympa-community/sympa po/sympa/oc.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Es pas possible de distribuir lo messatge vòstre per la lista 'list@example.org' en rason d'una error interna del servidor."),
    phrase("server_error.polish_internal_error", "wewnętrznego błędu", ServerError)
        .ex("sympa-community/sympa po/sympa/pl.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Przekierowanie Twojej wiadomości do 'list@example.org' jest niemożliwe z powodu wewnętrznego błędu serwera."),
    phrase("server_error.russian_internal_error", "внутренней ошибки", ServerError)
        .ex("sympa-community/sympa po/sympa/ru.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Невозможно разослать ваше сообщение в рассылке 'list@example.org' из-за внутренней ошибки сервера."),
    phrase("server_error.swedish_internal_error", "internt serverfel", ServerError)
        .ex("sympa-community/sympa po/sympa/sv.po (Sympa DSN reason for status 5.3.0, format string, example values)", "Det är ej möjligt att distribuera ditt meddelande till listan 'list@example.org' på grund av ett internt serverfel."),
    phrase("server_error.chinese_traditional_internal_error", "內部服務器錯誤", ServerError)
        .ex("sympa-community/sympa po/sympa/zh_TW.po (Sympa DSN reason for status 5.3.0, format string, example values)", "由于內部服務器錯誤，無法發送您的郵件到郵件列表〞list@example.org〞。"),
    phrase("user_unknown.catalan_list_does_not_exist", "llista ~ no existeix", UserUnknown)
        .ex("sympa-community/sympa po/sympa/ca.po (Sympa DSN reason for status 5.1.2, format string, example values)", "La llista 'list@example.org' no existeix."),
    phrase("user_unknown.greek_list_does_not_exist", "λίστα ~ δεν υπάρχει", UserUnknown)
        .ex("sympa-community/sympa po/sympa/el.po (Sympa DSN reason for status 5.1.2, format string, example values)", "Η λίστα 'list@example.org' δεν υπάρχει."),
    phrase("user_unknown.spanish_list_does_not_exist", "lista ~ no existe", UserUnknown)
        .ex("sympa-community/sympa po/sympa/es.po (Sympa DSN reason for status 5.1.2, format string, example values)", "La lista 'list@example.org' no existe."),
    phrase("user_unknown.estonian_list_does_not_exist", "listi ~ ei ole olemas", UserUnknown)
        .ex("sympa-community/sympa po/sympa/et.po (Sympa DSN reason for status 5.1.2, format string, example values)", "Listi 'list@example.org' ei ole olemas."),
    phrase("user_unknown.basque_list_does_not_exist", "zerrenda ez dago", UserUnknown)
        .ex("sympa-community/sympa po/sympa/eu.po (Sympa DSN reason for status 5.1.2, format string, example values)", "'list@example.org' zerrenda ez dago."),
    phrase("user_unknown.galician_list_does_not_exist", "lista ~ non existe", UserUnknown)
        .ex("sympa-community/sympa po/sympa/gl.po (Sympa DSN reason for status 5.1.2, format string, example values)", "A lista 'list@example.org' non existe."),
    phrase("user_unknown.hungarian_list_does_not_exist", "nincs ~ nevű lista", UserUnknown)
        .ex("sympa-community/sympa po/sympa/hu.po (Sympa DSN reason for status 5.1.2, format string, example values)", "Nincs 'list@example.org' nevű lista."),
    phrase("user_unknown.italian_list_does_not_exist", "lista ~ non esiste", UserUnknown)
        .ex("sympa-community/sympa po/sympa/it.po (Sympa DSN reason for status 5.1.2, format string, example values)", "La lista 'list@example.org' non esiste."),
    phrase("user_unknown.norwegian_list_does_not_exist", "listen ~ eksisterer ikke", UserUnknown)
        .ex("sympa-community/sympa po/sympa/nb.po (Sympa DSN reason for status 5.1.2, format string, example values)", "Listen 'list@example.org' eksisterer ikke."),
    phrase("user_unknown.occitan_list_does_not_exist", "lista ~ existís pas", UserUnknown)
        .ex("sympa-community/sympa po/sympa/oc.po (Sympa DSN reason for status 5.1.2, format string, example values)", "La lista 'list@example.org' existís pas."),
    phrase("user_unknown.polish_list_does_not_exist", "lista ~ nie istnieje", UserUnknown)
        .ex("sympa-community/sympa po/sympa/pl.po (Sympa DSN reason for status 5.1.2, format string, example values)", "Lista 'list@example.org' nie istnieje."),
    phrase("user_unknown.portuguese_list_does_not_exist", "lista ~ não existe", UserUnknown)
        .ex("sympa-community/sympa po/sympa/pt_BR.po (Sympa DSN reason for status 5.1.2, format string, example values)", "A lista 'list@example.org' não existe."),
    phrase("user_unknown.russian_list_does_not_exist", "Рассылка ~ не существует", UserUnknown)
        .ex("sympa-community/sympa po/sympa/ru.po (Sympa DSN reason for status 5.1.2, format string, example values)", "Рассылка 'list@example.org' не существует."),
    phrase("user_unknown.swedish_list_does_not_exist", "listan ~ finns inte", UserUnknown)
        .ex("sympa-community/sympa po/sympa/sv.po (Sympa DSN reason for status 5.1.2, format string, example values)", "Listan 'list@example.org' finns inte."),
    phrase("user_unknown.vietnamese_does_not_exist", "không tồn tại", UserUnknown)
        .ex("sympa-community/sympa po/sympa/vi.po (Sympa DSN reason for status 5.1.2, format string, example values)", "Hộp thư chung « list@example.org » không tồn tại."),
    phrase("user_unknown.chinese_list_does_not_exist", "列表 ~ 不存在", UserUnknown)
        .ex("sympa-community/sympa po/sympa/zh_CN.po (Sympa DSN reason for status 5.1.2, format string, example values)", "邮件列表“list@example.org“不存在。"),
    phrase("user_unknown.not_a_known_list", "not a known mailing list", UserUnknown)
        .ex("sympa-community/sympa po/sympa/en_US.po (Sympa DSN reason for status 5.1.1, format string, example values)", "The following address is not a known mailing list: list@example.org"),
    phrase("user_unknown.catalan_not_a_known_list", "llista de correu coneguda", UserUnknown)
        .ex("sympa-community/sympa po/sympa/ca.po (Sympa DSN reason for status 5.1.1, format string, example values)", "La següent adreça no és cap llista de correu coneguda: list@example.org"),
    phrase("user_unknown.german_not_a_known_list", "keine bekannte verteilerliste", UserUnknown)
        .ex("sympa-community/sympa po/sympa/de.po (Sympa DSN reason for status 5.1.1, format string, example values)", "Die folgende Adresse ist keine bekannte Verteilerliste: list@example.org"),
    phrase("user_unknown.greek_not_a_known_list", "γνωστή ηλεκτρονική λίστα", UserUnknown)
        .ex("sympa-community/sympa po/sympa/el.po (Sympa DSN reason for status 5.1.1, format string, example values)", "Η ακόλουθη διεύθυνση δεν είναι μία γνωστή ηλεκτρονική λίστα: list@example.org"),
    phrase("user_unknown.spanish_not_a_known_list", "no se reconoce en la lista", UserUnknown)
        .ex("sympa-community/sympa po/sympa/es.po (Sympa DSN reason for status 5.1.1, format string, example values)", "La siguiente dirección no se reconoce en la lista: list@example.org"),
    phrase("user_unknown.estonian_not_a_known_list", "ei ole listi aadress", UserUnknown)
        .ex("sympa-community/sympa po/sympa/et.po (Sympa DSN reason for status 5.1.1, format string, example values)", "See aadress ei ole listi aadress: list@example.org"),
    phrase("user_unknown.basque_not_a_known_list", "zerrenda ezagun", UserUnknown)
        .ex("sympa-community/sympa po/sympa/eu.po (Sympa DSN reason for status 5.1.1, format string, example values)", "Ondoko helbidea ez da eposta zerrenda ezagun bat: list@example.org"),
    phrase("user_unknown.french_not_a_known_list", "pas une liste connue", UserUnknown)
        .ex("sympa-community/sympa po/sympa/fr.po (Sympa DSN reason for status 5.1.1, format string, example values)", "L'adresse suivante n'est pas une liste connue : list@example.org"),
    phrase("user_unknown.galician_not_a_known_list", "non se recoñece na lista", UserUnknown)
        .ex("sympa-community/sympa po/sympa/gl.po (Sympa DSN reason for status 5.1.1, format string, example values)", "O seguinte enderezo non se recoñece na lista: list@example.org"),
    phrase("user_unknown.hungarian_not_a_known_list", "nem található levelezési lista", UserUnknown)
        .ex("sympa-community/sympa po/sympa/hu.po (Sympa DSN reason for status 5.1.1, format string, example values)", "A következő címmel nem található levelezési lista: list@example.org"),
    phrase("user_unknown.italian_not_a_known_list", "lista di distribuzione nota", UserUnknown)
        .ex("sympa-community/sympa po/sympa/it.po (Sympa DSN reason for status 5.1.1, format string, example values)", "Il seguente indirizzo non è una lista di distribuzione nota. list@example.org"),
    phrase("user_unknown.dutch_not_a_known_list", "geen bekende mailinglijst", UserUnknown)
        .ex("sympa-community/sympa po/sympa/nl.po (Sympa DSN reason for status 5.1.1, format string, example values)", "Het volgende adres is geen bekende mailinglijst: list@example.org"),
    phrase("user_unknown.occitan_not_a_known_list", "lista de difusion coneguda", UserUnknown)
        .ex("sympa-community/sympa po/sympa/oc.po (Sympa DSN reason for status 5.1.1, format string, example values)", "L'adreça seguenta es pas una lista de difusion coneguda : list@example.org"),
    phrase("user_unknown.polish_not_a_known_list", "nie jest znaną listą", UserUnknown)
        .ex("sympa-community/sympa po/sympa/pl.po (Sympa DSN reason for status 5.1.1, format string, example values)", "Następujący adres nie jest znaną listą mailingową: list@example.org"),
    phrase("user_unknown.portuguese_not_a_known_list", "lista de emails conhecida", UserUnknown)
        .ex("sympa-community/sympa po/sympa/pt_BR.po (Sympa DSN reason for status 5.1.1, format string, example values)", "O endereço a seguir não corresponde a uma lista de emails conhecida: list@example.org"),
    phrase("user_unknown.russian_not_a_known_list", "не является рассылкой", UserUnknown)
        .ex("sympa-community/sympa po/sympa/ru.po (Sympa DSN reason for status 5.1.1, format string, example values)", "Следующий адрес не является рассылкой: list@example.org"),
    phrase("user_unknown.swedish_not_a_known_list", "inte en känd e postlista", UserUnknown)
        .ex("sympa-community/sympa po/sympa/sv.po (Sympa DSN reason for status 5.1.1, format string, example values)", "Följande e-postadress är inte en känd e-postlista: list@example.org"),
    phrase("message_too_large.catalan_maximum_size", "supera la mida màxima", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/ca.po (Sympa DSN reason for status 5.2.3, format string, example values)", "El vostre missatge no s'ha pogut enviar perquè la seva mida (6144 kB) supera la mida màxima (1024 kB) permesa en aquesta llista."),
    phrase("message_too_large.greek_maximum_size", "πάνω από το μέγιστο", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/el.po (Sympa DSN reason for status 5.2.3, format string, example values)", "Το μήνυμά σας δεν ήταν δυνατό να διανεμηθεί γιατί το μέγεθός του (6144 kB) ήταν πάνω από το μέγιστο επιτρεπτό για τη λίστα (1024 kB)."),
    phrase("message_too_large.spanish_maximum_size", "superaba el tamaño máximo", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/es.po (Sympa DSN reason for status 5.2.3, format string, example values)", "No se ha podido enviar tu mensaje porque su tamaño (6144 kB) superaba el tamaño máximo (1024 kB) permitido para esta lista."),
    phrase("message_too_large.estonian_maximum_size", "suurus ~ ületab limiiti", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/et.po (Sympa DSN reason for status 5.2.3, format string, example values)", "Teie kirja ei saa saata, sest sele suurus (6144 kB) ületab limiiti (1024) selle listi jaoks."),
    phrase("message_too_large.basque_maximum_size", "onartutako maximoa", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/eu.po (Sympa DSN reason for status 5.2.3, format string, example values)", "Zure mezua ezin izan da bidali bere tamaina (6144 kB) zerrenda honetan onartutako maximoa (1024 kB) gainditu duelako."),
    phrase("message_too_large.french_maximum_size", "supérieure à la taille maximum", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/fr.po (Sympa DSN reason for status 5.2.3, format string, example values)", "Votre message n'a pas pu être envoyé parce que sa taille (6144 ko) était supérieure à la taille maximum de message autorisée pour cette liste (1024 ko)."),
    phrase("message_too_large.galician_maximum_size", "superaba o tamaño máximo", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/gl.po (Sympa DSN reason for status 5.2.3, format string, example values)", "Non se puido enviar a túa mensaxe porque o seu tamaño (6144 kB) superaba o tamaño máximo (1024 kB) permitido para esta lista."),
    phrase("message_too_large.swedish_maximum_size", "över största tillåtna storlek", MessageTooLarge)
        .ex("sympa-community/sympa po/sympa/sv.po (Sympa DSN reason for status 5.2.3, format string, example values)", "Ditt meddelande kunde inte skickas eftersom storleken (6144 kB) var över största tillåtna storlek (1024 kB) för denna lista."),
    phrase("virus_detected.estonian_virus", "viirus*", VirusDetected)
        .ex("sympa-community/sympa po/sympa/et.po (Sympa DSN reason for status 5.7.0, format string, example values)", "Meie viirusetõrje programm leidis viiruse nimega Eicar-Test-Signature kirjast, mis saadeti aadressile list@example.org. Tundub, et teie olite saatja (From: user@example.com)."),
    phrase("virus_detected.basque_virus", "birusa", VirusDetected)
        .ex("sympa-community/sympa po/sympa/eu.po (Sympa DSN reason for status 5.7.0, format string, example values)", "Gure antibirusak Eicar-Test-Signature izeneko birusa topatu du list@example.org-ra bidalitako mezuan eta zuk bidali duzula dirudi (Nork: user@example.com)."),
    phrase("virus_detected.portuguese_virus", "vírus", VirusDetected)
        .ex("sympa-community/sympa po/sympa/pt_BR.po (Sympa DSN reason for status 5.7.0, format string, example values)", "Nosso antivírus encontrou um vírus chamado Eicar-Test-Signature em uma mensagem destinada a list@example.org. A mensagem parece sua seu (De: user@example.com)."),
    // The site's own policies, and refusals that say they give no reason.
    phrase("policy_violation.identical_sender_and_recipient", "identical sender and recipient", PolicyViolation)
        .ex("chrisboulton/spamdyke spamdyke/spamdyke.h (format string, example values)", "554 Refused. Identical sender and recipient addresses are not allowed."),
    phrase("policy_violation.sandbox_subdomains", "sandbox subdomains are for test purposes", PolicyViolation)
        .ex("https://github.com/zonque/AlRide/issues/7", "Net::SMTPFatalError (554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in domain settings."),
    phrase("policy_violation.please_activate", "please activate", PolicyViolation)
        .ex("https://github.com/Monstarrrr/rebutify/issues/162", "421 Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email."),
    phrase("policy_violation.korean_external_sending_restricted", "계정으로 발송이 제한", PolicyViolation)
        .ex("https://github.com/AILab-CVC/VideoCrafter/issues/73", "대외비/기밀 메일은 외부 계정으로 발송이 제한되어 일부 메일 발송 실패(수신자가 전달 설정한 경우 포함)"),
    phrase("policy_violation.organizational_settings", "organizational settings", PolicyViolation)
        .ex("https://helpdesk.insnap.in/support/solutions/articles/44002320792-email-campaign-technical-faq", "smtp; Message bounced due to organizational settings."),
    phrase("policy_violation.no_permission_internet_mail", "permission to send internet mail", PolicyViolation)
        .ex("mingodad/citadel citadel/modules/smtp/serv_smtp.c (format string, example values)", "551 <user@example.org> - you do not have permission to send Internet mail"),
    phrase("policy_violation.bounce_without_one_recipient", "bounce message does not have", PolicyViolation)
        .ex("smtpd/qpsmtpd plugins/bogus_bounce + lib/Qpsmtpd/SMTP.pm (format string)", "552 fail, this bounce message does not have 1 recipient"),
    phrase("policy_violation.credential_leak", "credential leak", PolicyViolation)
        .ex("haraka/Haraka plugins/prevent_credential_leaks.js (format string, example values)", "550 Credential leak detected: never give out your username/password to anyone!"),
    phrase("policy_violation.delivery_requirements", "does not meet our delivery requirements", PolicyViolation)
        .ex("https://github.com/forwardemail/forwardemail.net/issues/423", "554 5.7.1 This message does not meet our delivery requirements"),
    phrase("policy_violation.access_to_submit", "access to submit messages", PolicyViolation)
        .ex("https://pastebin.com/jhdNMiyp", "550 #5.7.1 Your access to submit messages to this e-mail system has been rejected."),
    phrase("policy_violation.policy_restrictions", "reject due to policy restrictions", PolicyViolation)
        .ex("https://help.dreamhost.com/hc/en-us/articles/115005095667-Blocked-email", "550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions."),
    phrase("unknown.unspecified_reasons", "unspecified reasons", Unknown)
        .ex("SirWumpus/smtpf doc/reply.html.in (format string)", "550 5.7.0 this message blocked for unspecified reasons #945"),

    // The recipient: specific words, then the generic ones.
    phrase("user_unknown.not_in_recipient_list", "not in recipient list", UserUnknown)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 5.7.1 <email@example.com>: Recipient address rejected: Not in recipient list"),
    phrase("user_unknown.no_such_active_account", "no such active account", UserUnknown)
        .ex("Cisco IronPort AsyncOS user guide, bounce log example (http://manualsbrain.com/ko/manuals/1602497/?page=194)", "550 There is no such active account."),
    phrase("user_unknown.german_list_does_not_exist", "liste ~ existiert nicht", UserUnknown)
        .ex("sympa-community/sympa po/sympa/de.po, default/mail_tt2/delivery_status_notification.tt2 (format string, example values)", "Verteilung Ihrer Nachricht für die Liste 'list@example.org' ist aus folgendem Grund nicht möglich: Liste 'list@example.org' existiert nicht."),
    phrase("user_unknown.french_list_unknown", "la liste ~ est inconnue", UserUnknown)
        .ex("sympa-community/sympa po/sympa/fr.po, default/mail_tt2/delivery_status_notification.tt2 (format string, example values)", "Problème de diffusion de votre message pour la liste 'list@example.org' : La liste 'list@example.org' est inconnue."),
    phrase("user_unknown.dutch_list_does_not_exist", "de lijst ~ bestaat niet", UserUnknown)
        .ex("sympa-community/sympa po/sympa/nl.po (Sympa DSN reason, format string, example values)", "Het is niet mogelijk om uw bericht naar de lijst 'list@example.org' door te sturen, om de volgende reden: De lijst 'list@example.org' bestaat niet."),
    phrase("user_unknown.korean_list_does_not_exist", "리스트 는 존재하지", UserUnknown)
        .ex("sympa-community/sympa po/sympa/ko.po (Sympa DSN reason, format string, example values)", "리스트 'list@example.org' 위한 메시지를 배포하기 불가. 다음 원인 때문에 실패했습니다 : 'list@example.org' 리스트 는 존재하지 않습니다."),
    phrase("user_unknown.japanese_no_such_list", "リストはありません", UserUnknown)
        .ex("sympa-community/sympa po/sympa/ja.po, default/mail_tt2/delivery_status_notification.tt2 (format string, example values)", "「list@example.org」というリストはありません。"),
    phrase("user_unknown.korean_address_not_found", "주소를 찾을 수 없", UserUnknown)
        .ex("https://github.com/openspeech-team/openspeech/issues/69 (Gmail, in Korean)", "주소를 찾을 수 없음 openspeech-team@gmail.com 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다."),
    phrase("user_unknown.invalid_rcpt_to_address", "invalid rcpt to address", UserUnknown)
        .ex("https://github.com/knadh/listmonk/issues/2532", "501 Invalid RCPT TO address provided"),
    phrase("user_unknown.address_mailbox_syntax", "address mailbox syntax", UserUnknown)
        .after(RCPT)
        .ex("https://www.yandex.com/support/mail/bounces/yandex.html", "Bad address mailbox syntax"),
    phrase("user_unknown.primary_smtp_address_missing", "primary smtp address is missing", UserUnknown)
        .ex("MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeOnline/email-delivery/ndr/badprimary-ndr.md", "Remote Server returned '550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid'"),
    phrase("mailbox_disabled.suspend_the_service", "suspend* the service", MailboxDisabled)
        .ex("sisimai/go-sisimai reason/02-includedin_test.go", "550 5.0.0 Recipient suspend the service"),
    phrase("recipient_refused.public_folder_needs_authentication", "AuthenticationRequiredForPublicFolder", RecipientRefused)
        .ex("MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeOnline/public-folders/cannot-send-emails-to-mail-enabled-public-folder.md", "550 5.7.13 STOREDRV.AuthenticationRequiredForPublicFolder"),
    phrase("recipient_refused.not_a_group_member", "a group member", RecipientRefused)
        .ex("MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeOnline/email-delivery/ndr-when-external-users-send-email-to-microsoft-365-group.md", "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member"),
    phrase("user_unknown.no_such_mailbox", "no such mailbox", UserUnknown)
        .ex("https://github.com/YunoHost/issues/issues/2684", "host smtpin.rzone.de[81.169.145.97] said: 550 5.1.2 No such mailbox [MSG0031] (in reply to RCPT TO command)"),
    phrase("user_unknown.all_recipients_are_invalid", "all recipients are invalid", UserUnknown)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "<<< 503 All recipients are invalid"),
    phrase("user_unknown.no_longer_exists", "address no longer exists", UserUnknown)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "SMTP; 553 5.3.0 <user@example.com>... Recipient address no longer exists"),
    phrase("user_unknown.does_not_have_an_account", "does not have an account", UserUnknown)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "SMTP; 550-I'm sorry but user@example.com does not have an account here. I will not"),
    phrase("user_unknown.path_no_exist", "user path no exist", UserUnknown)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "SMTP; 450 user path no exist"),
    phrase("user_unknown.no_such_account", "no such account", UserUnknown)
        .ex("SparkPost/developers.sparkpost.com content/momentum/web-momo4/log_formats.mainlog.md", "552 No such account"),
    phrase("recipient_refused.has_unsubscribed", "has unsubscribed", RecipientRefused)
        .ex("https://docs.mailchannels.com/email-api/sending-policies", "550 5.7.1 [UNS] Recipient has unsubscribed from your list."),
    phrase("user_unknown.exists_that_user", "exists that user", UserUnknown)
        .ex("https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225", "local server don't exists that user"),
    phrase("user_unknown.not_user_of_this_server", "not user of this server", UserUnknown)
        .ex("https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225", "not user of this server"),
    phrase("user_unknown.email_not_exist", "email not exist", UserUnknown)
        .ex("simple-login/app app/email/status.py", "550 SL E502 Email not exist"),
    phrase("user_unknown.so_such_user", "so such user", UserUnknown)
        .ex("simple-login/app app/email/status.py", "550 SL E510 so such user"),
    phrase("mailbox_disabled.disabled_mailbox", "disabled mailbox", MailboxDisabled)
        .ex("simple-login/app app/email/status.py", "550 SL E518 Disabled mailbox"),
    phrase("user_unknown.not_a_valid_mailbox", "not a valid mailbox", UserUnknown)
        .ex("http://runxinzhi.com/tielemao-p-5864884.html", "550.5.1.1 user@example.com is not a valid mailbox"),
    phrase("recipient_refused.mail_to_not_accepted_here", "mail to ~ not accepted here", RecipientRefused)
        .ex("smtpd/qpsmtpd plugins/badmailfromto + lib/Qpsmtpd/SMTP.pm (format string, example values)", "550 mail to user@example.org not accepted here"),
    phrase("recipient_refused.not_subscribed", "not subscribed to", RecipientRefused)
        .ex("svarshavchik/courier courier/courier/cmlm.C (format string, example values)", "<user@example.com> is not subscribed to this mailing list."),
    phrase("recipient_refused.does_not_accept_bounces", "does not accept bounces", RecipientRefused)
        .ex("haraka/haraka-plugin-bounce index.js (format string, example values)", "550 noreply@example.com does not accept bounces"),
    phrase("user_unknown.no_correct_recipients", "no correct recipients", UserUnknown)
        .ex("https://www.yandex.com/support/mail/bounces/yandex.html", "No correct recipients"),
    phrase("user_unknown.no_mailbox_found", "no mailbox found", UserUnknown)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/mailbox-unknown.msg", "550 5.7.1 No mailbox found"),
    phrase("user_unknown.nonexistent_user", "nonexistent user", UserUnknown)
        .ex("crazy-max/CwsMailBounceHandler tests/emls/bounce_571_002.eml", "554 5.7.1 <user@example.lv>: Recipient address rejected: Nonexistent user"),
    phrase("mailbox_disabled.account_is_not_active", "account is not active", MailboxDisabled)
        .ex("hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp (format string)", "550 Account is not active."),
    phrase("mailbox_disabled.alias_is_not_active", "alias is not active", MailboxDisabled)
        .ex("hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp (format string)", "550 Alias is not active."),
    phrase("user_unknown.unknown_e_mail_address", "unknown e mail address", UserUnknown)
        .ex("mikel/mail spec/fixtures/emails/multipart_report_emails/report_530.eml", "<<< 553 5.3.0 <user@example.com>... Unknown E-Mail Address"),
    phrase("mailbox_moved.user_not_local", "user not local", MailboxMoved)
        .ex("https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3 (the standard's reply text, not a captured server reply; also quoted in https://docs.rs/new-tokio-smtp/0.9.1/new_tokio_smtp/response/codes/index.html); the RFC line goes on '(See Section 3.4)'", "551 User not local; please try <forward-path>"),
    phrase("mailbox_moved.destinataire_a_change", "destinataire a changé", MailboxMoved)
        .ex("https://uitranslation.com/Images/?lang=fr-fr&term=04a5485eb88d", "user@example.com : l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages. Aucune adresse de transfert n'a été configurée."),
    phrase("mailbox_moved.not_our_user", "not our user", MailboxMoved)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-17.eml", "Diagnostic-Code: SMTP; 551 not our user"),
    phrase("mailbox_moved.has_moved", "has moved", MailboxMoved)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-dragonfly-10.eml", "550 5.1.6 <hasmoved@libsisimai.net>: Recipient address rejected: Destination mailbox has moved, No forwarding address. See https://libsisimai.org/en/reason/#hasmoved"),
    phrase("mailbox_moved.mailbox_moved", "mailbox moved", MailboxMoved)
        .ex("cyrusimap/cyrus-imapd imap/lmtpengine.c", "451 4.2.1 Mailbox Moved"),
    phrase("mailbox_disabled.account_closed", "account closed", MailboxDisabled)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 550 <xxxxx@yourdomain.com>: Recipient address rejected: Account closed due to inactivity. No forwarding information is available."),
    phrase("mailbox_disabled.user_suspended", "user suspended", MailboxDisabled)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 550 User suspended"),
    phrase("mailbox_disabled.account_expired", "account expired", MailboxDisabled)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 550 account expired"),
    phrase("mailbox_disabled.suspended_user", "suspended user", MailboxDisabled)
        .ex("https://puffinknight.tistory.com/102", "550 5.1.1 Suspended user"),
    phrase("mailbox_disabled.now_disabled", "now disabled", MailboxDisabled)
        .ex("http://help.szhot.com/text_show.php?id=170", "host mta.21cn.com[202.104.32.232] said:550 is now disabled with SMTP service."),
    phrase("mailbox_disabled.account_suspended", "account has been ~ suspended", MailboxDisabled)
        .ex("https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225", "This account has been temporarily suspended"),
    phrase("mailbox_disabled.account_disabled", "account ~ disabled", MailboxDisabled)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-amazonses-20.eml", "Diagnostic-Code: smtp; 550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 https://support.google.com/mail/?p=DisabledUser 000000000000eee.000 - gsmtp"),
    phrase("mailbox_disabled.mailbox_disabled", "mailbox ~ disabled", MailboxDisabled)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 delivery error: dd Sorry, your message to example@example.com cannot be delivered. This mailbox is disabled (554.30). - example.yahoo.com"),
    phrase("mailbox_disabled.mailbox_suspended", "mailbox ~ suspended", MailboxDisabled)
        .ex("http://worldnet.att.net/general-info/bls_info/block_enduser.html", "550 [suspend] Mailbox currently suspended--Please contact correspondent directly."),
    phrase("mailbox_disabled.inactive", "inactive", MailboxDisabled)
        .ex("ActiveCampaign/smtp-field-manual data/codes/540.json", "smtp;540 5.7.1 <example@rambler.ru>: recipient address rejected: Inactive"),
    phrase("mailbox_disabled.user_disabled", "user disabled", MailboxDisabled)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php", "SMTP; 550 user disabled"),
    phrase("mailbox_disabled.account_not_activated", "account not activated", MailboxDisabled)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php", "SMTP; 550 <user@example.com>... User account not activated"),
    phrase("mailbox_disabled.deactivated", "deactivated", MailboxDisabled)
        .ex("Exchange Server", "550 5.2.1 Mailbox deactivated"),
    phrase("mailbox_disabled.no_longer_accepts", "no longer accepts mail", MailboxDisabled)
        .ex("Exchange Server", "550 5.2.1 This mailbox no longer accepts mail"),
    phrase("recipient_refused.rejected_by_this_user", "rejected by this user", RecipientRefused)
        .ex("zone-eu/zone-mta config/bounces.txt", "550-Your message was rejected by this user and was not delivered -  mips space"),
    phrase("recipient_refused.refused_to_receive", "refused to receive", RecipientRefused)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 553 User refused to receive this mail."),
    phrase("recipient_refused.user_does_not_accept", "user does not accept email", RecipientRefused)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "The user does not accept email in non-Western (non-Latin) character sets."),
    phrase("recipient_refused.allowed_senders", "not in ~ allowed senders", RecipientRefused)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.124 Sender not in allowed-senders list"),
    phrase("recipient_refused.authenticated_for_group", "not authenticated for group", RecipientRefused)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.133 Sender not authenticated for group"),
    phrase("recipient_refused.user_s_reject_list", "user s reject list", RecipientRefused)
        .ex("https://puffinknight.tistory.com/102", "550 You are registered as spammer (by user's reject list)"),
    phrase("recipient_refused.private_list", "private list", RecipientRefused)
        .ex("https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "553 private list access denied."),
    phrase("recipient_refused.post_to_mailing_list", "post to this mailing list", RecipientRefused)
        .ex("https://pastebin.com/grK4dDA8", "You are not allowed to post to this mailing list, and your message has been automatically rejected. If you think that your messages are being rejected in error, contact the mailing list owner at"),
    phrase("policy_violation.tenant_inbound_attribution", "tenantinboundattribution", PolicyViolation)
        .ex("https://techcommunity.microsoft.com/blog/exchange/tls-certificates-in-exchange-hybrid---common-issues--how-to-fix-them/4420592", "{[{LED=550 5.7.51 TenantInboundAttribution; There is a partner connector configured that matched the message's recipient domain. The connector had either the RestrictDomainsToIPAddresses or RestrictDomainsToCertificate set [CH3PEPF00000016.namprd21.prod.outlook.com 2025-01-29T19:07:30.476Z 08DD3FA5DBC8F401]};{MSG=};{FQDN=contoso-mail-onmicrosoft-com.mail.protection.outlook.com};{IP=52.101.194.15};{LRT=1/29/2025 7:07:29 PM}]}"),
    phrase("policy_violation.directly_to", "deliver mails directly to", PolicyViolation)
        .ex("https://pastebin.com/ppMHMxm2", "<user@example.de>: host ams18.siteground.eu[107.6.178.10] said: 550-192.0.2.66 is trying to deliver mails directly to example.de. 550-Please deliver mail to the address specified in the MX records for this 550 domain. (in reply to RCPT TO command)"),
    phrase("policy_violation.filter_rule", "filter rule", PolicyViolation)
        .ex("https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993", "delivery failure: the message matches up to the filter rule(level: system, name:xxx)"),
    phrase("recipient_refused.only_accepting_mail_from", "only accepting mail from", RecipientRefused)
        .ex("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/BodyParser.php (sample comment, rule 0156)", "554 5.7.1 Your mail could not be delivered because the recipient is only accepting mail from specific email addresses."),
    phrase("recipient_refused.japanese_permission_to_post", "投稿する権限", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-01.eml (Japanese Google Groups bounce)", "連絡しようとしたグループ（libsisimai）が存在しないか、グループにメッセージを投稿する権限がない可能性があります。"),
    phrase("recipient_refused.german_post_to_group", "der gruppe nachrichten zu posten", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-05.eml (German Google Groups bounce)", "Sie erhalten diese E-Mail, weil die Gruppe, die Sie kontaktieren möchten (libsisimai), möglicherweise nicht vorhanden ist bzw. Sie nicht die erforderlichen Berechtigungen haben, um der Gruppe Nachrichten zu posten."),
    phrase("recipient_refused.not_allowed_to_send_mail_to", "not allowed to send mail to", RecipientRefused)
        .ex("https://pastebin.com/Y6mnKJ1Z", "host mxmta.owm.bell.net[184.150.200.210] said: 550 you are not allowed to send mail to <user@sympatico.ca> (in reply to RCPT TO command)"),
    phrase("recipient_refused.permission_to_send_to", "permission to send to this recipient", RecipientRefused)
        .ex("http://www.gcschools.net/tech/bb/viewtopic.php?f=10&t=22&p=48", "You do not have permission to send to this recipient. For assistance, contact your system administrator. <New-MAILSERVER.example.net #5.7.1>"),
    phrase("recipient_refused.by_destination_domain", "rejected by destination domain", RecipientRefused)
        .ex("https://smtp.codes/zoho", "541 5.4.1 Mail rejected by destination domain"),
    phrase("policy_violation.delivery_failure_policy", "delivery failure policy", PolicyViolation)
        .ex("https://smtp.codes/zoho", "552 5.1.1 <user@zoho.com> Mailbox delivery failure policy error"),
    phrase("recipient_refused.recipient_preferences", "recipient preferences", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-facebook-03.eml", "Diagnostic-Code: smtp; 550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences"),
    phrase("recipient_refused.permission_to_post", "permission to post", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-14.eml", "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group."),
    phrase("recipient_refused.spanish_permission_to_post", "permisos necesarios para publicar", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-07.eml (Spanish Google Groups bounce)", "Queremos informarte de que el grupo con el que has intentado ponerte en contacto (libsisimai) quizás no exista o bien no tienes los permisos necesarios para publicar mensajes en él."),
    phrase("recipient_refused.chinese_permission_to_post", "張貼留言的權限", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-13.eml (Traditional Chinese Google Groups bounce)", "我們謹此通知，您試圖聯絡的「libsisimai」群組可能不存在，或者您沒有在此群組張貼留言的權限。"),
    phrase("recipient_refused.ukrainian_permission_to_post", "дозволу публікувати", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-12.eml (Ukrainian Google Groups bounce)", "Цим повідомленням ми сповіщаємо Вас, що група, з якою Ви намагалися зв'язатися (libsisimai), ймовірно, не існує, або Ви не маєте дозволу публікувати в ній дописи."),
    phrase("recipient_refused.czech_permission_to_post", "nemáte oprávnění", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-04.eml (Czech Google Groups bounce)", "Dovolujeme si vás upozornit, že skupina, kterou se pokoušíte kontaktovat (libsisimai), pravděpodobně neexistuje nebo nemáte oprávnění do ní přidávat příspěvky."),
    phrase("recipient_refused.greek_permission_to_post", "μην έχετε δικαίωμα", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-06.eml (Greek Google Groups bounce)", "Θα θέλαμε να σας ενημερώσουμε ότι η ομάδα με την οποία επιχειρείτε να επικοινωνήσετε (libsisimai) ενδέχεται να μην υπάρχει ή ενδέχεται να μην έχετε δικαίωμα ανάρτησης μηνυμάτων στην ομάδα αυτή."),
    phrase("recipient_refused.arabic_permission_to_send", "غير مصرح لك بإرسال", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-03.eml (Arabic Google Groups bounce)", "الغرض من هذه الرسالة هو إعلامك بأن المجموعة (libsisimai) التي حاولت الاتصال بها غير موجودة، أو أنه قد يكون غير مصرح لك بإرسال رسائل إلى هذه المجموعة"),
    phrase("mailbox_disabled.account_blocked", "account is blocked", MailboxDisabled)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-franceptt-05.eml", "Diagnostic-Code: smtp; 550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426"),
    phrase("mailbox_disabled.spanish_expired_for_lack_of_use", "expirado por falta de uso", MailboxDisabled)
        .ex("crazy-max/CwsMailBounceHandler tests/emls/bounce_512_001.eml", "Su mensaje no pudo ser entregado - Sua mensagem nao pode ser enviada - Your message could not be delivered. <user@example.com>: Esta casilla ha expirado por falta de uso."),
    phrase("mailbox_disabled.archived_recipient", "archived recipient", MailboxDisabled)
        .ex("https://github.com/sisimai/p5-sisimai/issues/241", "550 550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420]"),
    phrase("mailbox_disabled.frozen", "frozen", MailboxDisabled)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-61.eml", "host mx3.email.ua[185.187.81.214] said: 550 Mailbox is frozen. See http://mail.i.ua/err/3/ (in reply to RCPT TO command)"),
    phrase("mailbox_disabled.account_locked", "account ~ locked", MailboxDisabled)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-qmail-10.eml", "vdelivermail: account is locked email bounced kijitora@neko2.example.co.jp"),
    phrase("mailbox_disabled.temporary_locked", "temporary locked", MailboxDisabled)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-amazonses-19.eml", "Diagnostic-Code: smtp; 550 5.7.1 <kijitora@example.com>: Recipient address rejected: User kijitora@example.com temporary locked. Please try again later!"),
    phrase("mailbox_disabled.user_locked", "user ~ locked", MailboxDisabled)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 550 <xxxxx@yourdomain.com>: User status is locked."),
    phrase("mailbox_disabled.no_longer_valid", "no longer valid", MailboxDisabled)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 delivery error: dd example@example.com is no longer valid. [-20] - example.yahoo.com"),
    phrase("mailbox_disabled.no_longer_in_use", "no longer in use", MailboxDisabled)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3834-06.eml", "This email inbox kijitora@example.com is no longer in use. Please contact someone else"),
    phrase("mailbox_disabled.terminated", "user is terminated", MailboxDisabled)
        .ex("Mail.ru", "550 Message was not accepted -- invalid mailbox. Local mailbox jane@mail.ru is unavailable: user is terminated"),
    phrase("mailbox_moved.not_our_customer", "not our customer", MailboxMoved)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-22.eml", "551 not our customer"),
    phrase("recipient_refused.not_authenticated_by_organization", "not authenticated by organization", RecipientRefused)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.12 Sender was not authenticated by organization"),
    phrase("recipient_refused.rejected_by_recipients", "rejected by recipient*", RecipientRefused)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 Mail is rejected by recipients"),
    phrase("recipient_refused.pas_autorise", "pas autorisé à lui envoyer", RecipientRefused)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-googlegroups-09.eml", "Il se peut que le groupe que vous avez essayé de contacter (libsisimai) n'existe pas ou que vous ne soyez pas autorisé à lui envoyer des messages."),
    phrase("user_unknown.not_a_known_user", "not a known user", UserUnknown)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/cam-unknown.msg", "Diagnostic-Code: smtp; 550-<recipient@example.net> is not a known user on this system; 550 see http://www.example.net/cs/email/bounce.html"),
    phrase("user_unknown.badrcptto", "badrcptto", UserUnknown)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/badrcptto.msg", "Diagnostic-Code: smtp; 553 sorry, badrcptto(user mail-box not found) (#5.7.1)"),
    phrase("user_unknown.bad_recipient", "bad recipient", UserUnknown)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/user-unknown-bad.msg", "Diagnostic-Code: smtp; 550 BAD_RECIPIENT - see http://www.mail.sample.ac.uk/undelivered.php?r=BAD_RECIPIENT&e=dXNlckBleGFtcGxlLmNvbQ=="),
    phrase("user_unknown.address_not_configured", "address is not configured", UserUnknown)
        .ex("SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst", "Destination address is not configured."),
    phrase("user_unknown.not_a_valid_recipient", "not a valid recipient", UserUnknown)
        .ex("zone-eu/zone-mta config/bounces.txt", "554 delivery error: dd Not a valid recipient - atlas315.free.mail.ne1.yahoo.com"),
    phrase("user_unknown.unknown_local_part", "unknown local part", UserUnknown)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "unknown local-part \"xxxxx\" in domain \"yourdomain.com\""),
    phrase("user_unknown.invalid_rcptto", "invalid rcptto", UserUnknown)
        .ex("http://cryptsofthecoliseum.com/article-show-50-294.html", "559 Invalid rcptto"),
    phrase("user_unknown.unknown_local_user", "unknown local user", UserUnknown)
        .ex("https://www.storefront.btc.digital-cms.bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550-", "550 unknown local user"),
    phrase("user_unknown.chinese_user_not_exist", "用户不存在", UserUnknown)
        .ex("https://qqmailbox.com/transceivers/169.html", "该用户不存在"),
    phrase("user_unknown.chinese_not_opened", "未开通", UserUnknown)
        .ex("https://qqmailbox.com/transceivers/169.html", "该用户未开通QQ邮箱"),
    phrase("user_unknown.japanese_not_registered", "登録されていません", UserUnknown)
        .ex("http://dream.jp/support/techinfo/mail/error/error05.html (DTI bounce example, Japanese part)", "原因:  <user@example.ne.jp> のユーザーは登録されていません"),
    phrase("user_unknown.not_available_here", "is not available here", UserUnknown)
        .ex("https://pastebin.com/5RThtzeu", "64.38.239.85 does not like recipient. Remote host said: 557 Email address - user@example.com - is not available here. Disconnecting... Giving up on 64.38.239.85."),
    phrase("user_unknown.marked_as_invalid", "marked as invalid", UserUnknown)
        .ex("https://www.spambrella.com/faq/email-delivery-error-codes/", "550 5.7.1 : Recipient address rejected: User email address is marked as invalid"),
    phrase("user_unknown.restricted_characters", "restricted characters in address", UserUnknown)
        .ex("https://bastion.umanix.net/info", "Restricted characters in address"),
    phrase("user_unknown.improper_recipient", "improper recipient address", UserUnknown)
        .ex("http://parkscomm.com/spampolicy.html", "Improper recipient address. Try supplying a domain name."),
    phrase("user_unknown.user_not_exist", "user not exist", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-mcafee-05.eml", "Diagnostic-Code: smtp; 550 <kijitora-nyaan@example.co.jp>... User not exist"),
    phrase("user_unknown.registered_user", "not a registered ~ user", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3464-35.eml", "Diagnostic-Code: smtp;  550 'kijitora@nyaan.example.com' is not a registered gateway user"),
    phrase("user_unknown.invalid_userid", "invalid final delivery userid", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-imailserver-03.eml", "Invalid final delivery userid: kijitora@neko.example.co.jp"),
    phrase("user_unknown.not_in_directory", "リストにありません", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-notes-02.eml", "ディレクトリのリストにありません"),
    phrase("user_unknown.no_valid_recipients", "no valid recipients", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-verizon-01.eml", "Error: No valid recipients for this MM"),
    phrase("user_unknown.bad_address_syntax", "bad address syntax", UserUnknown).after(RCPT)
        .ex("ActiveCampaign/smtp-field-manual data/codes/501.json", "smtp;501 Bad address syntax. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730"),
    phrase("user_unknown.invalid_address", "invalid address", UserUnknown).after(RCPT)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json", "smtp;550 5.2.1 <example@prodigy.net>... blank mailhost - invalid address, relay=[x.xx.xx.xx]"),
    phrase("sender_rejected.not_valid_rfc_5321", "sender address ~ not a valid rfc 5321", SenderRejected)
        .ex("https://support.google.com/a/answer/3726730", "553 5.1.7 The sender address address is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications."),
    phrase("user_unknown.not_valid_rfc_5321", "recipient address ~ not a valid rfc 5321", UserUnknown)
        .ex("ActiveCampaign/smtp-field-manual data/codes/553.json", "smtp;553 5.1.2 The recipient address <example@example.com> is not a valid RFC-5321 address. - gsmtp"),
    phrase("user_unknown.dosn_t_exist", "dosn t exist", UserUnknown)
        .ex("crisp-oss/email-bounce-parser test/fixtures/554_does_not_exist.txt", "host mxw.mxhichina.com[192.0.2.159] said: 554 RCPT (user@example.com) dosn't exist (in reply to RCPT TO command)"),
    phrase("user_unknown.address_unknown", "address unknown", UserUnknown)
        .ex("ronbeltran/bounce_email tests/bounces/tt_bounce_22.txt", "Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 550 550 Address unknown (state 14)."),
    phrase("user_unknown.japanese_not_found", "見つかりません", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-domino-02.eml", "ユーザー Neko (kijitora@example.co.jp) は Domino ディレクトリには見つかりません。"),
    phrase("user_unknown.italian_address_not_found", "riuscito a trovare l indirizzo", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exchange2007-07.eml (Italian Exchange NDR)", "Non sono riuscito a trovare l'indirizzo e-mail che hai immesso. Verifica l'indirizzo e-mail del destinatario e prova a inviare di nuovo il messaggio."),
    phrase("user_unknown.swedish_address_not_found", "inte att hitta e postadressen", UserUnknown)
        .ex("crazy-max/CwsMailBounceHandler tests/emls/bounce_511_053.eml (Swedish Exchange NDR)", "Det gick inte att hitta e-postadressen du angav. Kontrollera adressen och försök sedan skicka meddelandet igen."),
    phrase("user_unknown.dutch_address_not_found", "e mailadres is niet gevonden", UserUnknown)
        .ex("crisp-oss/email-bounce-parser test/fixtures/550_5_1_10_no_such_recipient_variant_1.txt (Dutch Exchange Online NDR)", "Het door u ingevoerde e-mailadres is niet gevonden. Controleer het e-mailadres van de geadresseerde en verzend het bericht opnieuw."),
    phrase("user_unknown.japanese_recipient_not_found", "宛先がみつかりません", UserUnknown)
        .ex("sisimai/set-of-emails maildir/err/make-test-31.eml (NTT docomo mopera DSN)", "宛先がみつかりませんでした。下記メールアドレス宛にメールを送信することができませんでした。"),
    phrase("user_unknown.italian_address_not_found_heading", "indirizzo non trovato", UserUnknown)
        .ex("https://github.com/Italprotein/ITALPROTEINCRM/blob/b20412ebd7444d786cc563b17925849e3da6b6f0/tests/contact-harvest.test.ts (Gmail's notice in Italian)", "Indirizzo non trovato Il tuo messaggio non è stato recapitato a info@vierreholding.com perché l'indirizzo risulta inesistente o non può ricevere email."),
    phrase("user_unknown.japanese_invalid_recipient", "無効な受信者", UserUnknown)
        .ex("http://pasofaq.jp/office/outlook/badrfc.htm (Outlook's report in Japanese)", "このメールは、受信者全員または一部に届きませんでした。 以下の受信者にメールを配信できません 無効な受信者"),
    phrase("user_unknown.introuvable", "introuvable", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exchange2007-06.eml", "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez le support technique de votre organisation."),
    phrase("user_unknown.nicht_gefunden", "nicht ~ gefunden", UserUnknown)
        .ex("https://github.com/fschulze/jumpnbump/issues/3", "user wurde nicht in swipnet.se gefunden."),
    phrase("user_unknown.recipnotfound", "recipnotfound", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exchange2007-01.eml", "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    phrase("user_unknown.recipientnotfound", "recipientnotfound", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-office365-13.eml", "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
    phrase("user_unknown.user_unknown", "user unknown", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-mailru-01.eml", "SMTP error from remote mail server after RCPT TO:<kijitora@example.jp>: host mx.example.jp [192.0.2.222]: 550 5.1.1 <kijitora@example.jp>... User Unknown"),
    phrase("user_unknown.unknown_user", "unknown user", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-nttdocomo-02.eml", "host mfsmax.docomo.ne.jp[203.138.181.240] said: 550 Unknown user azumakuniyuki@ntt.docomo.example.ne.jp (in reply to end of DATA command)"),
    phrase("user_unknown.no_such_user", "no such user", UserUnknown)
        .ex("ronbeltran/bounce_email tests/bounces/tt_bounce_23.txt", "Diagnostic-Code: SMTP; 550 user@example.com... No such user"),
    phrase("user_unknown.user_not_found", "user not found", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-76.eml", "Diagnostic-Code: smtp; 550 User not found"),
    phrase("user_unknown.does_not_exist", "does not exist", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-facebook-04.eml", "Diagnostic-Code: SMTP; 550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.54#rcp Recipient address does not exist"),
    phrase("user_unknown.no_mailbox_here", "no mailbox here", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-qmail-21.eml", "Sorry, no mailbox here by that name. (#5.1.1)"),
    phrase("user_unknown.no_such_person", "no such person", UserUnknown)
        .ex("odoo/odoo addons/test_mail/data/test_mail_data.py", "<user@example.com>: host tribulant.com[23.22.38.89] said: 550 No such person at this address. (in reply to RCPT TO command)"),
    phrase("user_unknown.user_not_known", "user not known", UserUnknown)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/simple_23.txt", "Your message has encountered delivery problems to local user user. (Originally addressed to user@example.com) User not known"),
    phrase("user_unknown.no_account_by_that_name", "no account by that name", UserUnknown)
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/non-autoreply.msg", "SMTP error from remote mail server after RCPT TO:<user@example.com>: host sitemail.everyone.net [209.249.170.32]: 550 Recipient Rejected: No account by that name here"),
    phrase("user_unknown.address_was_not_found", "address was not found", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exchange2007-01.eml", "The recipient's e-mail address was not found in the recipient's e-mail system. Microsoft Exchange will not try to redeliver this message for you. Please check the e-mail address and try resending this message, or provide the following diagnostic text to your system administrator."),
    phrase("user_unknown.unknown_mailbox", "unknown mailbox", UserUnknown)
        .ex("genkgo/mail src/Protocol/Smtp/Capability/RcptToCapability.php", "550 Unknown mailbox"),
    phrase("user_unknown.mailbox_not_found", "mailbox not found", UserUnknown)
        .ex("ActiveCampaign/smtp-field-manual data/codes/552.json", "smtp;552 1 Requested mail action aborted, mailbox not found"),
    phrase("user_unknown.destinataire_invalide", "destinataire invalide", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-franceptt-01.eml", "Diagnostic-Code: SMTP; 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"),
    phrase("user_unknown.wasn_t_found_at", "was not found at", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-microsoft-03.eml", "Your message to kijitora@example.com couldn't be delivered. kijitora wasn't found at example.com."),
    phrase("user_unknown.adresse_n_existe_pas", "adresse ~ n existe pas", UserUnknown)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/simple_13.txt", "L'adresse de messagerie référencée ci-dessus n'existe pas. Veuillez en vérifier l'orthographe."),
    phrase("user_unknown.did_not_exactly_match", "did not exactly match", UserUnknown)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/llnl_01.txt", "The address to which your message was addressed, user@example.com, did not exactly match an LLNL email address."),
    phrase("user_unknown.recipient_name_not_recognized", "recipient name is not recognized", UserUnknown)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/groupwise_01.txt", "The recipient name is not recognized"),
    phrase("user_unknown.invalid_recipient", "invalid recipient", UserUnknown)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json", "smtp;451 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#451 [#]"),
    phrase("user_unknown.recipient_unknown", "recipient unknown", UserUnknown)
        .ex("crisp-oss/email-bounce-parser test/fixtures/550_5_1_1_no_such_recipient_variant_19.txt", "550 5.1.1 Recipient unknown <someone@example.com>"),
    phrase("user_unknown.not_in_route_list", "not in route list", UserUnknown)
        .ex("https://github.com/hmailserver/hmailserver/issues/21", "421 Recipient not in route list"),
    phrase("user_unknown.nosuchuser", "nosuchuser", UserUnknown)
        .ex("https://lore.kernel.org/all/200510161056.07050.ak@suse.de/ (by Message-ID, read in a mirror of the list)", "554 5.0.0 Hi [192.0.2.15], unresolvable address: <linux-mm@vger.kernel.org>; nosuchuser; linux-mm@vger.kernel.org"),
    phrase("user_unknown.unknown_recipient", "unknown recipient", UserUnknown)
        .ex("sisimai/set-of-emails maildir/mac/lhost-exchange-01.eml", "Unknown Recipient"),
    phrase("user_unknown.no_such_recipient", "no such recipient", UserUnknown)
        .ex("crisp-oss/email-bounce-parser test/fixtures/550_no_such_recipient_variant_11.txt", "550 No such recipient here"),
    phrase("user_unknown.recipient_not_found", "recipient not found", UserUnknown)
        .ex("crisp-oss/email-bounce-parser test/fixtures/550_5_1_1_no_such_recipient_variant_2.txt", "550 5.1.1 <user@example.com> Recipient not found. <https://www.secureserver.net/help/fix-rejected-email-with-a-bounce-error-40685?pl_id=1592&prog_id=domainspricedright#irbpl_id=1592&prog_id=domainspricedright#irb>"),
    phrase("user_unknown.address_not_found", "address not found", UserUnknown)
        .ex("sisimai/set-of-emails maildir/mac/rhost-gsuite-01.eml", "Address not found"),
    phrase("user_unknown.no_such_address", "no such address", UserUnknown)
        .ex("cfortune/PHP-Bounce-Handler eml/14.eml", "550 5.1.1 Hi [192.0.2.111], No such address: <user@example.com.ar>."),
    phrase("user_unknown.mailbox_name_not_allowed", "mailbox name not allowed", UserUnknown)
        .ex("sisimai/set-of-emails maildir/mac/lhost-bigfoot-01.eml", "Subject: Returned mail: Requested action not taken: mailbox name not allowed"),
    phrase("user_unknown.invalid_user", "invalid user", UserUnknown)
        .ex("sisimai/set-of-emails maildir/mac/lhost-apachejames-01.eml", "Error: Invalid user address"),
    phrase("user_unknown.unknown_address", "unknown address", UserUnknown)
        .ex("Mercury", "553 5.1.1 Unknown address"),
    phrase("user_unknown.mailbox_unknown", "mailbox unknown", UserUnknown)
        .ex("https://pastebin.com/iRkZaAPP (Cyrus lmtpd reply relayed by Postfix; trimmed before its last line '550 5.1.1 User unknown', which user_unknown.user_unknown would take – same reason)", "said: 550-Mailbox unknown. Either there is no mailbox associated with this 550-name or you do not have authorization to see it."),
    phrase("user_unknown.doesn_t_have_account", "does not have a ~ account", UserUnknown)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 delivery error: dd This user doesn't have a example.com account (example@example.com) [-9] - example.yahoo.com"),
    phrase("user_unknown.illegal_alias", "unknown or illegal alias", UserUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-59.eml", "SMTP error from remote mail server after RCPT TO:<kijitora@icloud.example.com>: host mx2.me.com.akadns.net [192.0.2.17]: 550 5.1.1 unknown or illegal alias: kijitora@icloud.example.com"),
    phrase("user_unknown.bad_destination_mailbox", "bad destination mailbox address", UserUnknown)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/dsn_12.txt", "Action: failed (Bad destination mailbox address)"),
    phrase("user_unknown.addressee_unknown", "addressee unknown", UserUnknown)
        .ex("wRAR/flufl.bounce flufl/bounce/tests/data/smtp32_04.txt", "553 5.3.0 <user@example.net>... Addressee unknown, relay=[192.0.2.10]"),

    // The sender's address.
    phrase("sender_rejected.not_allowed_to_send_from", "not allowed to send from this address", SenderRejected)
        .ex("stalwartlabs/stalwart crates/smtp/src/inbound/mail.rs (format string, example values)", "501 5.5.4 You are not allowed to send from this address."),
    phrase("sender_rejected.bogus_mx_record", "contains bogus mx record", SenderRejected)
        .only_after(MAIL)
        .ex("The-McGrail-Foundation/MIMEDefang mimedefang-filter.5.in line 1810 (filter_sender example, example values)", "Domain example.com contains bogus MX record(s) 127.0.0.1"),
    phrase("sender_rejected.no_mail_from_this_address", "do not accept mail from this address", SenderRejected)
        .ex("SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst", "We do not accept mail from this address"),
    phrase("sender_rejected.mismatched_header_from", "mismatched with ~ header from", SenderRejected)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 550 Error: MAIL FROM is mismatched with message header from address!"),
    phrase("sender_rejected.unroutable_sender", "unroutable sender", SenderRejected)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-36.eml", "SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024: 550 Unroutable sender address"),
    phrase("sender_rejected.mail_from_invalid", "mail from invalid", SenderRejected)
        .ex("https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html", "552 mail from invalid."),
    phrase("sender_rejected.null_sender", "null sender", SenderRejected)
        .ex("https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "Requested action not taken: NULL sender is not allowed"),
    phrase("sender_rejected.sender_is_not_allowed", "sender is not allowed", SenderRejected)
        .ex("https://github.com/jstedfast/MailKit/issues/1101", "MailKit.Net.Smtp.SmtpCommandException: 5.1.0 Sender is not allowed to send from gmail.com (R2)"),
    phrase("sender_rejected.sender_address_not_allowed", "sender address ~ not allowed", SenderRejected)
        .ex("https://github.com/infertux/zeyple/issues/49", "host mail.gmx.net[212.227.17.190] said: 550-Requested action not taken: mailbox unavailable 550 Sender address is not allowed. (in reply to MAIL FROM command)"),
    phrase("sender_rejected.as_a_sender_domain", "as a sender domain", SenderRejected)
        .ex("https://github.com/PHPMailer/PHPMailer/issues/304", "SMTP server error: You are not allowed to use the domain hotmail.com as a sender domain."),
    phrase("sender_rejected.sender_doesn_t_match", "sender does not match", SenderRejected)
        .ex("https://github.com/mybb/mybb/issues/2578", "The mail server does not understand the RCPT TO command. Reason: 554 5.7.1 Recipient address rejected: Username user@example.dk and sender doesn't match"),
    phrase("sender_rejected.fake_sender", "fake sender", SenderRejected)
        .ex("https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0", "Requested mail action not taken: Fake sender"),
    phrase("sender_rejected.dns_check_failed", "dns check failed", SenderRejected)
        .ex("https://github.com/linux-mailinglist-archives/industrypack-devel.lists.sourceforge.net.0/blob/319bfa5ee7b20267ab4b9b63b5eed6d1585ef333/m", "<user@qq.com>: host mx3.qq.com[58.251.110.111] said: 550 Domain may not exist or DNS check failed [MJadslwKXWFV1w+ksKMN3LLCb3XFPOvKrDfSiAEKkyVieX8NKILGJEmO2PydmFe3vw== IP: 192.0.2.233]. (in reply to end of DATA command)"),
    phrase("sender_rejected.no_verifiable_sender", "no verifiable sender", SenderRejected)
        .ex("https://pastebin.com/cmmD6iiK", "SMTP error from remote mail server after end of data: host marmota.init7.net [213.144.129.10]: 550 No verifiable sender address in message headers"),
    phrase("sender_rejected.unregistered_domains", "unregistered domain*", SenderRejected)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.750 Service unavailable. Client blocked from sending from unregistered domains"),
    phrase("sender_rejected.unresolvable_from_domain", "unresolvable ~ from domain", SenderRejected)
        .ex("crisp-oss/email-bounce-parser test/fixtures/451_action_aborted_local_error.txt", "host mta5.am0.yahoodns.net[192.0.2.19] said: 451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes (in reply to end of DATA command)"),
    phrase("sender_rejected.sender_denied", "sender denied", SenderRejected)
        .ex("crisp-oss/email-bounce-parser test/fixtures/554_5_7_105_sender_blocked.txt", "said: 554 5.7.105 SenderFilterAgent; Sender denied as sender's email address is on SenderFilterConfig list (in reply to end of DATA command)"),
    phrase("sender_rejected.unauthorized_sender", "unauthorized sender", SenderRejected)
        .ex("crisp-oss/email-bounce-parser test/fixtures/550_5_1_1_no_such_recipient_variant_20.txt", "smtp1.privaterelay.appleid.com[192.0.2.51] said: 550 5.1.1 <bounces+ded1e8e71ae3e839@example.email>: unauthorized sender (in reply to RCPT TO command)"),
    phrase("sender_rejected.envelope_blocked", "envelope blocked", SenderRejected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json (spamFilters: Mimecast)", "smtp;550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [#]"),
    phrase("sender_rejected.blocked_senders", "blocked senders", SenderRejected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json (spamFilters: Mimecast)", "smtp;550 Rejected by header based manually Blocked Senders: email@example.com - https://community.mimecast.com/docs/DOC-1369#550 [#]"),
    phrase("sender_rejected.block_send_er", "block send er", SenderRejected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 5.7.1 <example@example.com>: Recipient address rejected: BLOCK-SEND-ER."),
    phrase("sender_rejected.from_domain_invalid", "from domain is invalid", SenderRejected)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-45.eml", "SMTP error from remote mail server after end of data: 550 5.2.0 <sironeko-nyaan@neko.example.com> From: Domain is invalid. Please provide a valid From: IB506  <http://example.com/506>"),
    phrase("sender_rejected.provide_a_valid_from", "provide a valid from", SenderRejected)
        .ex("sisimai/p5-sisimai lib/Sisimai/Rhost/GoDaddy.pm (comment quoting a GoDaddy reply, IB501)", "550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501"),
    phrase("sender_rejected.address_not_verified", "address is not verified", SenderRejected)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-77.eml", "host email-smtp.ap-northeast-1.amazonaws.com[203.0.113.2] said: 554 Message rejected: Email address is not verified. The following identities failed the check in region AP-NORTHEAST-1: nekochan@example.jp (in reply to end of DATA command)"),
    phrase("sender_rejected.verified_sender_identity", "verified sender identity", SenderRejected)
        .ex("https://github.com/sahat/hackathon-starter/issues/1083", "550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements"),
    phrase("sender_rejected.send_as_denied", "sendasdenied*", SenderRejected)
        .ex("https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1187", "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message."),
    phrase("sender_rejected.send_as_this_sender", "permissions to send as this sender", SenderRejected)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off", "5.7.60 SMTP; Client does not have permissions to send as this sender."),
    phrase("sender_rejected.french_send_as", "sous le nom de l utilisateur", SenderRejected)
        .ex("https://learn.microsoft.com/en-us/answers/questions/2242315/basic-send-as-permission-not-work-exchange-2019 (Exchange Online's report in French)", "Impossible de contacter le(s) destinataire(s) suivant(s) : Nous n’avons pas pu envoyer ce message. Vous n'avez pas l'autorisation d'envoyer le message sous le nom de l'utilisateur spécifié. Informations de diagnostic pour les administrateurs : L’erreur est [0x80070005-0x000004dc-0x00000524]."),
    phrase("sender_rejected.japanese_send_on_behalf", "代理送信のため", SenderRejected)
        .ex("https://office-qa.com/Outlook/ol113.htm (Exchange's report in Japanese)", "代理送信のためのアクセス許可を持たずに、別の送信者の代わりにメッセージを送信することはできません。適切な送信者の代理としてメッセージを送信していることを確認してください。または、必要なアクセス許可を取得してください。"),
    phrase("sender_rejected.bad_outbound_sender", "bad outbound sender", SenderRejected)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (NDR table, row for enhanced code 5.1.8)", "Access denied, bad outbound sender"),
    phrase("policy_violation.mailpolicy", "mailpolicy", PolicyViolation)
        .ex("ActiveCampaign/smtp-field-manual data/codes/554.json", "smtp;554 5.2.3 MailPolicy violation Error delivering to mailboxes,mx.zoho.com"),
    phrase("policy_violation.host_network", "host network not allowed", PolicyViolation)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-mimecast-01.eml", "host us-smtp-inbound-1.mimecast.com[207.211.30.221] said: 554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [z7qZw5BPd1zlDYHka4589ru.us222] (in reply to RCPT TO command)"),

    // -----------------------------------------------------------------
    // Vendor tokens: a provider's own code, where its words are generic.
    token("rate_limited.spectrum_aup_in_1310", "AUP#In-1310", RateLimited)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-spectrum-01.eml", "Diagnostic-Code: smtp; 550 5.1.0 <010001725d8ad4fc-9fe8fb1f-0292-430b-a634-1eba65166dbb-000000@amazonses.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310"),
    token("rate_limited.cox_aup_cxcnct", "AUP#CXCNCT", RateLimited)
        .ex("https://forums.cox.com/discussions/internet/cox-has-marked-my-email-server-as-a-spammer---how-to-resolve/136978", "Diagnostic-Code: smtp; 421 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXCNCT: retry timeout exceeded"),
    token("rate_limited.spectrum_aup_in_1340", "AUP#In-1340", RateLimited)
        .ex("https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-resolve-email-delivery-issues-to-charternet", "421 cmsmtp 192.0.2.10 blocked. AUP#In-1340"),
    token("bad_reputation.spectrum_aup_in_1020", "AUP#In-1020", BadReputation)
        .ex("https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked", "host mx0.charter.net[192.0.2.1] refused to talk to me: 554 impin004.msg.chrl.nc.charter.net cmsmtp 192.0.2.10 blocked. Please see for more information. AUP#In-1020"),
    token("blocklisted.aol_rtr_bl", "(RTR:BL)", Blocklisted)
        .ex("twisted1919/bounce-handler BounceHandler/rules.php (samples from PHPMailer-BMH rule comments)", "Diagnostic-Code: SMTP; 554- (RTR:BL) http://postmaster.info.aol.com/errors/554rtrbl.html 554  Connecting IP: 111.111.111.111"),
    token("bad_reputation.yahoo_ts02", "[TS02]", BadReputation)
        .ex("http://www.smtp-error-codes.info/bounce/yahoo/bounce_421_4.7.0_TS02.php", "421 4.7.0 [TS02] Temporarily deferred"),
    token("bad_reputation.aol_rly_b1", "(RLY:B1)", BadReputation)
        .ex("https://pastebin.com/QPHEVfbE", "status=deferred (delivery temporarily suspended: host mailin-01.mx.aol.com[64.12.88.132] refused to talk to me: 554 5.7.1 : (RLY:B1) https://postmaster.aol.com/error-codes#554rlyb1)"),
    token("bad_reputation.yahoo_gl01", "(GL01)", BadReputation)
        .ex("https://wanglu.net/thread/t12-245059-0.html", "'RETRY.0 421 4.7.0 (GL01) Message from ( temporarily deferred - 4.16.50. Please refer to http://postmaster.yahoo.com/errors/postmaster-21.html"),
    token("blocklisted.aol_con_b1", "(CON:B1)", Blocklisted)
        .ex("https://pastebin.com/WuxZTzm8", "64.12.91.195 failed after I sent the message. Remote host said: 521 5.2.1 : (CON:B1) http://postmaster.info.aol.com/errors/554conb1.html"),
    token("blocklisted.aol_dyn_t1", "(DYN:T1)", Blocklisted)
        .ex("http://www.webpan.com/Customers/bounces.htm", "Delivery failed 2 attempts: user@aol.com Body of message generated response: 421-: (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html 421 SERVICE NOT AVAILABLE"),
    token("spam_content.cox_aup_cxsndr", "AUP#CXSNDR", SpamContent)
        .ex("https://forums.cox.com/discussions/internet/cox-censorship-reopened/142720", "The server response was: <user@cox.net> message rejected. Refer to Error Codes section at for more information. AUP#CXSNDR"),
    token("blocklisted.spectrum_aup_cdrbl", "AUP#CDRBL", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-cox-01.eml", "host cxr.mx.a.cloudfilter.net[34.212.80.54] said: 550 5.1.0 <bounce@mailer.cnt1.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL (in reply to MAIL FROM command)"),
    token("blocklisted.cox_aup_cxbl", "AUP#CXBL", Blocklisted)
        .ex("https://forums.cox.com/discussions/internet/emails-to-me-from-rice-edu-being-rejected-aupcxbl-error-554-5-0-0/122275", "(reason: 554 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXBL) ----- Transcript of session follows ----- <<< 554 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXBL 554 5.0.0 Service unavailable"),
    token("user_unknown.microsoft_dbeb", "AS(201806281)", UserUnknown)
        .ex("https://github.com/zone-eu/zone-mta/pull/214", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [PR2FRA01FT009.eop-fra01.prod.protection.outlook.com]"),
    token("spam_content.orange_ofr_506", "OFR_506", SpamContent)
        .ex("sisimai/set-of-emails maildir/bsd/rhost-franceptt-03.eml", "550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]"),
    token("blocklisted.t_online_bl", "(BL)", Blocklisted)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-sendmail-16.eml", "Diagnostic-Code: SMTP; 554 IP=192.0.2.254 - A problem occurred. (Ask your postmaster for help or to contact neko@example.org to clarify.) (BL)"),
    token("blocklisted.t_online_dial", "(DIAL)", Blocklisted)
        .ex("https://github.com/chatmail/provider-db/issues/280", "554 IP=192.0.2.1 - Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)"),
    token("attachment_rejected.microsoft_as345", "(AS345)", AttachmentRejected)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.0.350 Requested action not taken: policy violation detected (AS345)"),
    token("policy_violation.apple_cs01", "[CS01]", PolicyViolation)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json (Apple)", "smtp;550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"),

    // -----------------------------------------------------------------
    // Enhanced codes that name a cause (before the generic words below,
    // which a specific code beats).
    phrase("user_unknown.recipient_access_denied", "recipient address* rejected access denied", UserUnknown)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.504 [email@contoso.com]: Recipient address rejected: Access denied"),
    token("spam_content.netease_dt_spm", "DT:SPM", SpamContent)
        .ex("Hsn723/postfix_exporter exporter/postfix_exporter_test.go", "732BB407C3: host mail.domain.com[192.0.2.1] said: 451 DT:SPM 163 mx13,P8CowECpNVM_oEVaenoEAQ--.23796S3 1514512449, please try again 15min later (in reply to end of DATA command)"),
    token("spam_content.mailchannels_cs", "[CS]", SpamContent)
        .ex("https://pastebin.com/D4m1R4uP", "host mchost.correio.biz[10.30.224.225] said: 550 5.7.1 [CS] Sua mensagem foi rejeitada. Para realizar o envio clique no link http://fp.email.locaweb.com.br/?str=zhten5ddyjwhs9hc (in reply to end of DATA command)"),
    token("rate_limited.netease_mi_stc", "MI:STC", RateLimited)
        .ex("https://github.com/ComsenzDiscuz/DiscuzX/issues/2", "邮箱服务器响应错误消息 (ssl://smtphz.qiye.163.com:994) DATA - 554 5.5.0 MI:STC .For more information, please visit xxxxxx"),
    token("bad_reputation.netease_hl_mep", "HL:MEP", BadReputation)
        .ex("http://163ns.com.cn/mail/MailFAQ.htm", "450 HL:MEP"),
    token("rate_limited.netease_hl_icc", "HL:ICC", RateLimited)
        .ex("http://163ns.com.cn/mail/MailFAQ.htm", "554 HL:ICC"),
    enhanced("sender_rejected.x_1_0_mail", "X.1.0", SenderRejected)
        .only_after(MAIL)
        .ex("Cox", "550 5.1.0 <jane@example.org> sender rejected"),
    enhanced("sender_rejected.x_1_3_mail", "X.1.3", SenderRejected)
        .only_after(MAIL)
        .ex("https://github.com/nextcloud/docker/issues/2535", "553 5.1.3 The address is not a valid RFC 5321 address"),
    enhanced("user_unknown.x_1_1", "X.1.1", UserUnknown)
        .ex("Postfix", "550 5.1.1 <jane@example.com>: Recipient address rejected: undeliverable address"),
    enhanced("domain_unknown.x_1_2", "X.1.2", DomainUnknown)
        .ex("Exim", "550 5.1.2 <jane@example.invalid>: bad destination system address"),
    enhanced("user_unknown.x_1_3", "X.1.3", UserUnknown)
        .ex("Sendmail", "553 5.1.3 <jane@@example.com>... Bad recipient address syntax"),
    enhanced("mailbox_moved.x_1_6", "X.1.6", MailboxMoved)
        .ex("Exchange Server", "550 5.1.6 Recipient addresses in this domain are no longer used"),
    enhanced("sender_rejected.x_1_7", "X.1.7", SenderRejected)
        .ex("Postfix", "553 5.1.7 The sender address is invalid"),
    enhanced("sender_rejected.x_1_8", "X.1.8", SenderRejected)
        .ex("Postfix", "553 5.1.8 <jane@example.org>: Sender address rejected: undeliverable address"),
    enhanced("domain_not_accepting.x_1_10", "X.1.10", DomainNotAccepting)
        .ex("RFC 7505 reply", "556 5.1.10 Recipient address has null MX"),
    enhanced("mailbox_disabled.x_2_1", "X.2.1", MailboxDisabled)
        .ex("Exchange Server", "550 5.2.1 Mailbox cannot be accessed"),
    enhanced("mailbox_full.x_2_2", "X.2.2", MailboxFull)
        .ex("Gmail", "452 4.2.2 The email account that you tried to reach is over its storage allotment"),
    enhanced("message_too_large.x_2_3", "X.2.3", MessageTooLarge)
        .ex("Sendmail", "552 5.2.3 Message length exceeds administrative limit"),
    enhanced("recipient_refused.x_2_4", "X.2.4", RecipientRefused)
        .ex("Mailman", "550 5.2.4 Mailing list expansion problem"),
    enhanced("server_error.x_3_0", "4.3.0", ServerError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json", "smtp;451 4.3.0 Mail server temporarily rejected message. - gsmtp"),
    enhanced("server_error.x_3_1", "X.3.1", ServerError)
        .ex("Exchange Server", "452 4.3.1 Mail system full"),
    enhanced("domain_not_accepting.x_3_2", "X.3.2", DomainNotAccepting)
        .class(&[5])
        .ex("RFC 3463 reply", "554 5.3.2 System not accepting network messages"),
    enhanced("message_too_large.x_3_4", "X.3.4", MessageTooLarge)
        .ex("Exchange Server", "552 5.3.4 Requested action not taken; message exceeds the maximum permitted"),
    enhanced("server_error.x_3_3", "X.3.3-5", ServerError)
        .ex("Exchange Server", "452 4.3.5 System incorrectly configured"),
    enhanced("server_error.x_4_0", "X.4.0", ServerError)
        .ex("Microsoft Outlook.com", "smtp;451 4.4.0 Message failed to be replicated: No healthy secondary server available to accept replica at this time. [outlook.com]"),
    enhanced("network_error.x_4_1", "X.4.1-2", NetworkError)
        .ex("Exim", "451 4.4.1 No answer from host"),
    enhanced("domain_unknown.5_4_4", "5.4.4", DomainUnknown)
        .ex("Microsoft Exchange Online", "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"),
    enhanced("network_error.4_4_4", "4.4.4", NetworkError)
        .ex("Microsoft Exchange Online", "451 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in a hosted tenant"),
    enhanced("server_error.x_4_3", "X.4.3", ServerError)
        .ex("Sendmail", "451 4.4.3 Directory server failure"),
    enhanced("server_error.x_4_5", "X.4.5", ServerError)
        .ex("Sendmail", "452 4.4.5 Mail system congestion"),
    enhanced("mail_loop.x_4_6", "X.4.6", MailLoop)
        .ex("Postfix", "554 5.4.6 Routing loop"),
    enhanced("expired.x_4_7", "X.4.7", Expired)
        .ex("Postfix", "4.4.7 Delivery time expired"),
    enhanced("mail_loop.5_4_14", "5.4.14", MailLoop)
        .ex("Microsoft Exchange Online", "554 5.4.14 Hop count exceeded"),
    enhanced("expired.5_4_300", "5.4.300", Expired)
        .ex("Microsoft Exchange Online", "550 5.4.300 Message expired"),
    enhanced("network_error.x_4_316", "X.4.316", NetworkError)
        .ex("Microsoft Exchange Online", "451 4.4.316 Connection refused"),
    enhanced("tls_required.x_4_317", "X.4.317", TlsRequired)
        .ex("Microsoft Exchange Online", "451 4.4.317 Cannot connect to remote server"),
    enhanced("too_many_recipients.x_5_3", "X.5.3", TooManyRecipients)
        .ex("Postfix", "452 4.5.3 Error: too many recipients"),
    enhanced("protocol_error.x_5", "X.5.1-6", ProtocolError)
        .ex("Postfix", "501 5.5.4 Syntax: RCPT TO:<address>"),
    enhanced("malformed_message.x_6", "X.6.0-999", MalformedMessage)
        .ex("Microsoft Exchange Online", "554 5.6.211 Invalid MIME Content"),
    enhanced("recipient_refused.x_7_2", "X.7.2", RecipientRefused)
        .ex("Mailman", "550 5.7.2 Mailing list expansion prohibited"),
    enhanced("smtp_auth_failed.x_7_8", "X.7.8", SmtpAuthFailed)
        .ex("Postfix", "535 5.7.8 Error: authentication failed: authentication failure"),
    enhanced("tls_required.x_7_10", "X.7.10-11", TlsRequired)
        .ex("Postfix", "530 5.7.10 Encryption needed"),
    enhanced("mailbox_disabled.x_7_13", "X.7.13", MailboxDisabled)
        .ex("RFC 3463 reply", "525 5.7.13 User account disabled"),
    enhanced("message_too_large.x_7_16", "X.7.16", MessageTooLarge)
        .ex("RFC 6710 reply", "552 5.7.16 Message is too big for the specified priority"),
    enhanced("mailbox_moved.x_7_17", "X.7.17-18", MailboxMoved)
        .ex("RFC 7293 reply", "550 5.7.17 Mailbox owner has changed"),
    enhanced("domain_auth_failed.x_7_20", "X.7.20-24", DomainAuthFailed)
        .ex("Postfix (OpenDKIM)", "550 5.7.20 No passing DKIM signature found"),
    enhanced("reverse_dns.x_7_25", "X.7.25", ReverseDns)
        .ex("Postfix", "550 5.7.25 Reverse DNS validation failed"),
    enhanced("domain_auth_failed.x_7_26", "X.7.26", DomainAuthFailed)
        .ex("Gmail", "550 5.7.26 Multiple authentication checks failed"),
    enhanced("sender_rejected.x_7_27", "X.7.27", SenderRejected)
        .ex("RFC 7505 reply", "550 5.7.27 Sender address has null MX"),
    enhanced("bad_reputation.x_7_28", "X.7.28", BadReputation)
        .ex("Gmail", "421 4.7.28 Mail flood detected"),
    enhanced("domain_auth_failed.x_7_29", "X.7.29", DomainAuthFailed)
        .ex("RFC 8617 reply", "550 5.7.29 ARC validation failure"),
    enhanced("tls_required.x_7_30", "X.7.30", TlsRequired)
        .ex("RFC 8689 reply", "550 5.7.30 REQUIRETLS support required"),
    enhanced("smtp_auth_failed.x_7_57", "5.7.57", SmtpAuthFailed)
        .ex("Microsoft Exchange Online", "530 5.7.57 Client not authenticated to send mail"),
    enhanced("relay_denied.x_7_64", "5.7.64", RelayDenied)
        .ex("Microsoft Exchange Online", "550 5.7.64 TenantAttribution; Relay Access"),
    enhanced("recipient_refused.x_7_124", "5.7.124", RecipientRefused)
        .ex("Microsoft Exchange Online", "550 5.7.124 Sender not in allowed senders list"),
    enhanced("recipient_refused.x_7_133", "5.7.133-136", RecipientRefused)
        .ex("Microsoft Exchange Online", "550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required"),
    enhanced("tls_required.x_7_321", "5.7.321-324", TlsRequired)
        .ex("Microsoft Exchange Online", "550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail."),
    enhanced("helo_rejected.x_7_506", "5.7.506", HeloRejected)
        .ex("Microsoft Exchange Online", "550 5.7.506 Access Denied"),
    enhanced("domain_auth_failed.x_7_509", "5.7.509", DomainAuthFailed)
        .ex("Microsoft Exchange Online", "550 5.7.509 Access denied"),
    enhanced("blocklisted.x_7_511", "5.7.511", Blocklisted)
        .ex("Microsoft Exchange Online", "550 5.7.511 Access denied"),
    enhanced("blocklisted.x_7_606", "5.7.606-649", Blocklisted)
        .ex("Microsoft Exchange Online", "550 5.7.606 Access denied"),
    enhanced("bad_reputation.x_7_700", "5.7.700-750", BadReputation)
        .ex("Microsoft Exchange Online", "550 5.7.705 Access denied, tenant has exceeded threshold"),
    enhanced("rate_limited.x_7_500", "4.7.500-699", RateLimited)
        .ex("Microsoft Exchange Online", "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation."),
    enhanced("rate_limited.x_2_121", "5.2.121-122", RateLimited)
        .ex("Microsoft Exchange Online", "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded"),
    // -----------------------------------------------------------------
    // Generic phrases: words that only sound like a cause.
    phrase("server_error.mailer_error", "mailer error", ServerError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-dragonfly-13.eml", "554 5.3.0 <mailererror@libsisimai.net>: Recipient address rejected: Mailer error. See https://libsisimai.org/en/reason/#mailererror"),
    // Exchange's tail after a cause it names, if it names one.
    phrase("server_error.permanent_exception", "failed to process message due to a permanent exception", ServerError)
        .ex("MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeOnline/email-delivery/ndr/mapiexceptionnotfound-ndr.md", "554 5.2.0 STOREDRV.Deliver.Exception:ObjectNotFoundException.MapiExceptionNotFound; Failed to process message due to a permanent exception with message Cannot get ID from name"),
    phrase("network_error.network_error", "network error", NetworkError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-opensmtpd-04.eml", "kijitora@neko.example.jp: Network error on destination MXs"),
    phrase("domain_unknown.host_not_found", "host ~ not found", DomainUnknown)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-dragonfly-04.eml", "DNS lookup failure: host cx.libsisimai.org not found"),
    phrase("sender_rejected.sender_rejected", "sender rejected", SenderRejected)
        .ex("Cox", "550 5.1.0 <jane@example.org> sender rejected. Refer to the Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information."),
    phrase("sender_rejected.invalid_sender", "invalid sender", SenderRejected)
        .ex("ActiveCampaign/smtp-field-manual data/codes/501.json (Orange)", "smtp;501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]"),
    phrase("recipient_refused.delivery_not_authorized", "delivery not authorized", RecipientRefused)
        .ex("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "5.7.1 Delivery not authorized"),
    phrase("user_unknown.mailbox_unavailable", "mailbox unavailable", UserUnknown)
        .class(&[5])
        .ex("cfortune/PHP-Bounce-Handler eml/2.eml", "SMTP error from remote mail server after RCPT TO:<user@hotmail.com>: host mx4.hotmail.com [203.0.113.104]: 550 Requested action not taken: mailbox unavailable"),
    phrase("unknown.unknown_error", "unknown error", Unknown)
        .ex("ActiveCampaign/smtp-field-manual data/codes/551.json", "smtp;551 5.3.0 Unknown error"),
    phrase("server_error.service_not_available", "service not available", ServerError)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-49.eml", "Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to mfsmax.example.com[192.0.2.232]: server refused to talk to me: 421 Service not available, closing transmission channel"),
    phrase("server_error.currently_unavailable", "currently unavailable", ServerError)
        .ex("ActiveCampaign/smtp-field-manual data/codes/451.json (provider Yandex)", "smtp;451 4.7.1 Sorry, the service is currently unavailable. Please come back later."),
    phrase("mail_loop.loop", "loop", MailLoop)
        .ex("Exim/exim src/src/receive.c", "550 Too many \"Received\" headers - suspected mail loop"),
    phrase("mail_loop.too_many_received_headers", "too many received", MailLoop)
        .ex("https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html", "Reason: 554 Too many Received: headers"),
    phrase("malformed_message.malformed", "malformed", MalformedMessage)
        .ex("Exim", "550 Message header malformed"),
    phrase("tls_required.tls", "tls", TlsRequired)
        .ex("SparkPost/developers.sparkpost.com web-ref/responses-by-message.md", "451 4.7.5 [internal] TLS negotiation failed"),
    // The bare word only in reply to EHLO or HELO: elsewhere it names the
    // command a reply came after (Gmail's "(EHLO)"), not a cause.
    phrase("helo_rejected.helo", "helo", HeloRejected)
        .only_after(HELO)
        .ex("Exim", "550 HELO rejected"),
    phrase("helo_rejected.ehlo", "ehlo", HeloRejected)
        .only_after(HELO)
        .ex("Exim", "550 EHLO rejected"),
    phrase("relay_denied.relay", "relay", RelayDenied)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-v5sendmail-06.eml", "<<< 550 Insecure Mail Relay"),
    phrase("greylisted.try_again_later", "try again later", Greylisted)
        .class(&[4])
        .ex("https://github.com/vstakhov/rmilter/issues/88", "4.7.1 Try again later"),
    phrase("greylisted.try_again_in", "try again in", Greylisted)
        .class(&[4])
        .ex("Postfix (policyd-weight)", "450 4.7.1 <jane@example.com>: Recipient address rejected: Please try again in 300 seconds"),
    phrase("policy_violation.administrative_prohibition", "administrative prohibition", PolicyViolation)
        .ex("Exim/exim test/stdout/0539", "550 Administrative prohibition"),
    phrase("policy_violation.anti_spoofing", "anti spoofing", PolicyViolation)
        .ex("ActiveCampaign/smtp-field-manual data/codes/550.json (spamFilters: Mimecast)", "smtp;550 Rejected by header based Anti-Spoofing policy: email@example.com - https://community.mimecast.com/docs/DOC-1369#550 [#]"),
    phrase("policy_violation.policy", "polic*", PolicyViolation)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-postfix-66.eml", "host mx-aol.mail.gm0.yahoodns.net[67.195.204.80] said: 554 5.7.9 Message not accepted for policy reasons. See https://postmaster.verizonmedia.com/error-codes (in reply to end of DATA command)"),
    // Sendmail's access map refusing the address given to MAIL FROM.
    phrase("sender_rejected.access_denied_mail", "access denied", SenderRejected)
        .only_after(MAIL)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-qmail-03.eml", "Connected to 192.0.2.225 but sender was rejected. Remote host said: 550 5.7.1 <root@nijo.example.jp>... Access denied"),
    phrase("policy_violation.access_denied", "access denied", PolicyViolation)
        .ex("sisimai/set-of-emails maildir/bsd/lhost-exim-35.eml (two wrapped lines joined)", "SMTP error from remote mail server after initial connection: 550 Access denied...7d39d5299584f4be161127e61f5f5400..."),
    phrase("blocklisted.blocked", "blocked", Blocklisted)
        .ex("cfortune/PHP-Bounce-Handler eml/testfile.eml", "Diagnostic-Code: smtp; 550 Access from ip address 192.0.2.24 blocked. Visit http://win.mail.ru/cgi-bin/support_bl?ip=192.0.2.24"),
    phrase("protocol_error.need_rcpt", "need rcpt", ProtocolError)
        .ex("sisimai/set-of-emails mailbox/mbox-1", "<<< 503 5.0.0 Need RCPT (recipient)"),

    // The enhanced codes that servers use for every cause. X.1.0 is an
    // address refused, mostly the recipient's; X.7.1 alone says no more
    // than "refused" (a block list, a relay, spam, a recipient's filter),
    // so without words it leaves the cause unknown.
    enhanced("user_unknown.x_1_0", "X.1.0", UserUnknown)
        .ex("Cox", "550 #5.1.0 Address rejected."),
    enhanced("unknown.x_7_1", "X.7.1", Unknown)
        .ex("sendgrid/docs source/Classroom/Track/Bounces/common_smtp_server_bounce_responses.md", "554 5.7.1 - ERROR: Mail refused"),

    // -----------------------------------------------------------------
    // Basic codes, with the command where it matters.
    basic("too_many_recipients.452_rcpt", "452", TooManyRecipients)
        .only_after(RCPT)
        .ex("RFC 5321 reply text", "452 Too many recipients"),
    basic("server_error.452", "452", ServerError)
        .ex("RFC 5321 reply text", "452 Requested action not taken: insufficient system storage"),
    basic("message_too_large.552_data", "552", MessageTooLarge)
        .only_after(CONTENT | MAIL)
        .ex("RFC 5321 reply text", "552 Requested mail action aborted: exceeded storage allocation"),
    basic("mailbox_full.552", "552", MailboxFull)
        .ex("RFC 5321 reply text", "552 Requested mail action aborted: exceeded storage allocation"),
    basic("user_unknown.550_rcpt", "550", UserUnknown)
        .only_after(RCPT)
        .ex("RFC 5321 reply text", "550 Requested action not taken: mailbox unavailable"),
    basic("sender_rejected.550_mail", "550", SenderRejected)
        .only_after(MAIL)
        .ex("RFC 5321 reply text", "550 Requested action not taken: mailbox unavailable"),
    basic("sender_rejected.553_mail", "553", SenderRejected)
        .only_after(MAIL)
        .ex("RFC 5321 reply text", "553 Requested action not taken: mailbox name not allowed"),
    basic("user_unknown.553_rcpt", "553", UserUnknown)
        .only_after(RCPT)
        .ex("RFC 5321 reply text", "553 Requested action not taken: mailbox name not allowed"),
    basic("mailbox_moved.551", "551", MailboxMoved)
        .ex("RFC 5321 reply text", "551 User not local; please try <forward-path>"),
    basic("domain_not_accepting.521", "521", DomainNotAccepting)
        .ex("RFC 7504 reply text", "521 Server does not accept mail"),
    basic("domain_not_accepting.556", "556", DomainNotAccepting)
        .ex("RFC 7504 reply text", "556 Domain does not accept mail"),
    basic("helo_rejected.501_helo", "501", HeloRejected)
        .only_after(HELO)
        .ex("RFC 5321 reply text", "501 Syntax error in parameters or arguments"),
    basic("sender_rejected.501_mail", "501", SenderRejected)
        .only_after(MAIL)
        .ex("RFC 5321 reply text", "501 Syntax error in parameters or arguments"),
    basic("tls_required.454_starttls", "454", TlsRequired)
        .only_after(STARTTLS)
        .ex("RFC 3207 reply text", "454 TLS not available due to temporary reason"),
    basic("smtp_auth_failed.454_auth", "454", SmtpAuthFailed)
        .only_after(AUTH)
        .ex("RFC 4954 reply text", "454 Temporary authentication failure"),
    basic("smtp_auth_failed.530", "530", SmtpAuthFailed)
        .ex("RFC 4954 reply text", "530 Authentication required"),
    basic("smtp_auth_failed.535", "535", SmtpAuthFailed)
        .ex("RFC 4954 reply text", "535 Authentication credentials invalid"),
    basic("smtp_auth_failed.534", "534", SmtpAuthFailed)
        .ex("RFC 4954 reply text", "534 Authentication mechanism is too weak"),
    basic("smtp_auth_failed.538", "538", SmtpAuthFailed)
        .ex("RFC 4954 reply text", "538 Encryption required for requested authentication mechanism"),
    basic("smtp_auth_failed.432", "432", SmtpAuthFailed)
        .ex("RFC 4954 reply text", "432 A password transition is needed"),
    basic("protocol_error.500", "500", ProtocolError)
        .ex("RFC 5321 reply text", "500 Syntax error, command unrecognized"),
    basic("protocol_error.501", "501", ProtocolError)
        .ex("RFC 5321 reply text", "501 Syntax error in parameters or arguments"),
    basic("protocol_error.502", "502", ProtocolError)
        .ex("RFC 5321 reply text", "502 Command not implemented"),
    basic("protocol_error.503", "503", ProtocolError)
        .ex("RFC 5321 reply text", "503 Bad sequence of commands"),
    basic("protocol_error.504", "504", ProtocolError)
        .ex("RFC 5321 reply text", "504 Command parameter not implemented"),
    basic("protocol_error.555", "555", ProtocolError)
        .ex("RFC 5321 reply text", "555 MAIL FROM/RCPT TO parameters not recognized or not implemented"),
    basic("protocol_error.455", "455", ProtocolError)
        .ex("RFC 5321 reply text", "455 Server unable to accommodate parameters"),

    // -----------------------------------------------------------------
    // Weak words: one word that leans to a cause when nothing above says
    // more. After the basic codes, so that `550`
    // after RCPT TO still reads as the recipient's; never the cause an
    // expiry quotes; a class condition needs a known class. A failed
    // lookup is the network's before it is the server's.
    weak("server_error.service_unavailable", "service unavailable", ServerError)
        .ex("sisimai/set-of-emails maildir/bsd/rfc3464-06.eml", "554 <kijitora@example.net>... Service unavailable"),
    weak("network_error.weak_lookup", "lookup", NetworkError)
        .ex("deepin-community/sendmail cf/m4/proto.m4 (BadMX ruleset, example value)", "450 MX lookup failure for example.com"),
    weak("protocol_error.weak_syntax", "syntax", ProtocolError)
        .ex("deepin-community/sendmail cf/cf/generic-bsd4.4.cf (ruleset message)", "553 List:; syntax illegal for recipient addresses"),
    weak("server_error.weak_error", "error", ServerError).class(&[4])
        .ex("Exim/exim src/src/receive.c", "451 Error while reading input data"),
    weak("server_error.weak_failure", "failure", ServerError).class(&[4])
        .ex("sagredo-dev/qmail qmail-spp.c (format string, example values)", "451 qmail-spp failure: plugins/check: vfork() failed (#4.3.0)"),
    weak("server_error.weak_failed", "failed", ServerError).class(&[4])
        .ex("svarshavchik/courier courier/courier/module.local/local.C", "450 fork() failed."),
    weak("server_error.weak_busy", "busy", ServerError).class(&[4])
        .ex("rjbs/Mail-DeliveryStatus-BounceParser t/corpus/comcast-via-sendmail.unknown.msg", "450 busy - please try later"),
    weak("server_error.weak_problem", "problem", ServerError).class(&[4])
        .ex("Exim/exim test/stdout/9400", "421 myhost.test.ex local verification problem - closing connection."),

    // -----------------------------------------------------------------
    // The class alone: no cause can be read.
    class("unknown.4", "4", Unknown)
        .ex("RFC 5321 reply text", "450 Requested mail action not taken: mailbox unavailable"),
    class("unknown.5", "5", Unknown)
        .ex("Yahoo", "554 Message not allowed - [299]"),
    class("unknown.2", "2", Unknown)
        .ex("RFC 5321 reply text", "250 OK"),
    class("unknown.3", "3", Unknown)
        .ex("RFC 5321 reply text", "354 Start mail input; end with <CRLF>.<CRLF>"),
    // Nothing at all: no code, and no words the table knows.
    class("unknown.none", "", Unknown)
        .ex("Exim", "A message that you sent could not be delivered to one or more of its recipients. This is a permanent error."),
];

const fn is_code_rule(rule: &Rule) -> bool {
    !matches!(rule.kind, EvidenceKind::Phrase | EvidenceKind::VendorToken)
}

const CODE_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < RULES.len() {
        if is_code_rule(&RULES[i]) {
            n += 1;
        }
        i += 1;
    }
    n
};

/// The code rules (enhanced code, basic code, class), in table order, with
/// their patterns read.
pub(crate) static CODE_RULES: [CodePattern; CODE_COUNT] = {
    let mut out = [CodePattern::of(0, ""); CODE_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < RULES.len() {
        if is_code_rule(&RULES[i]) {
            out[n] = CodePattern::of(i as u16, RULES[i].pattern);
            n += 1;
        }
        i += 1;
    }
    out
};

/// A set of code rules: bit `k` for `CODE_RULES[k]`.
pub(crate) type CodeSet = u128;
const _: () = assert!(
    CODE_COUNT <= CodeSet::BITS as usize,
    "the code rules fit in a CodeSet (widen it for more)"
);

/// How many sets of rules the index keeps for a subject: one for each
/// detail below `DETAILS - 1`, and the last for that detail and all above.
const DETAILS: usize = 32;

/// The code rules that can apply to a reply, by what it has: the enhanced
/// code rules by subject and detail; the basic-code and class rules by the
/// basic code (`200..=599`, the range of [`Code`](crate::Code)); the class
/// rules alone by the enhanced code's class digit, for a reply with no
/// basic code.
pub(crate) struct CodeIndex {
    /// By subject, then by detail (the last set for [`DETAILS`] - 1 and
    /// more): the rules whose range of details holds it.
    by_detail: [[CodeSet; DETAILS]; 8],
    by_code: [CodeSet; 400],
    class_by_digit: [CodeSet; 10],
}

pub(crate) static CODE_INDEX: CodeIndex = {
    let mut index = CodeIndex {
        by_detail: [[0; DETAILS]; 8],
        by_code: [0; 400],
        class_by_digit: [0; 10],
    };
    let mut k = 0;
    while k < CODE_COUNT {
        let p = &CODE_RULES[k];
        let bit: CodeSet = 1 << k;
        match RULES[p.rule as usize].kind {
            EvidenceKind::EnhancedCode => {
                assert!(p.subject() < 8, "an enhanced code rule's subject is 0 to 7");
                let mut d = 0;
                while d < DETAILS {
                    // The last set stands for every detail from it on.
                    let last = d == DETAILS - 1;
                    if p.covers_detail(d as u16) || (last && p.covers_from(d as u16)) {
                        index.by_detail[p.subject() as usize][d] |= bit;
                    }
                    d += 1;
                }
            }
            EvidenceKind::BasicCode | EvidenceKind::Class => {
                let mut c = 200;
                while c <= 599 {
                    if p.covers_code(c) {
                        index.by_code[c as usize - 200] |= bit;
                    }
                    c += 1;
                }
                // A class pattern's subject is its digit.
                if matches!(RULES[p.rule as usize].kind, EvidenceKind::Class) {
                    index.class_by_digit[p.subject() as usize] |= bit;
                }
            }
            EvidenceKind::Phrase | EvidenceKind::VendorToken => {}
        }
        k += 1;
    }
    index
};

impl CodeIndex {
    /// The code rules whose code pattern can cover a reply with this basic
    /// code and enhanced code; the rules themselves check the rest.
    #[inline]
    pub(crate) fn candidates(&self, code: Option<u16>, enhanced: Option<EnhancedCode>) -> CodeSet {
        let by_enhanced = enhanced.map_or(0, |e| {
            self.by_detail
                .get(e.subject() as usize)
                .map_or(0, |s| s[(e.detail() as usize).min(DETAILS - 1)])
        });
        let by_code = match (code, enhanced) {
            (Some(c), _) => self
                .by_code
                .get(usize::from(c).wrapping_sub(200))
                .copied()
                .unwrap_or(0),
            (None, Some(e)) => self.class_by_digit[e.class().digit() as usize],
            (None, None) => 0,
        };
        by_enhanced | by_code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether code rule `k` covers a reply's codes, as `decide` asks.
    fn covers(k: usize, code: Option<u16>, enhanced: Option<EnhancedCode>) -> bool {
        let p = &CODE_RULES[k];
        match (RULES[p.rule as usize].kind, enhanced, code) {
            (EvidenceKind::EnhancedCode, Some(e), _) => p.covers_enhanced(e),
            (EvidenceKind::BasicCode | EvidenceKind::Class, _, Some(c)) => p.covers_code(c),
            (EvidenceKind::Class, Some(e), None) => {
                p.covers_code(u16::from(e.class().digit()) * 100)
            }
            _ => false,
        }
    }

    /// Every code rule that covers a reply is among the index's
    /// candidates, and every candidate is one of the right subject or class.
    #[test]
    fn the_code_index_finds_every_rule_that_covers() {
        let mut enhanced = vec![None];
        for class in [2, 4, 5] {
            for subject in 0..=9 {
                for detail in 0..=12 {
                    enhanced.push(EnhancedCode::new(class, subject, detail));
                }
                enhanced.push(EnhancedCode::new(class, subject, 999));
            }
        }
        // Whether each rule covers a detail of the last set's or above.
        let reach: Vec<bool> = CODE_RULES
            .iter()
            .map(|p| (DETAILS as u16 - 1..=999).any(|d| p.covers_detail(d)))
            .collect();
        let mut tried = 0;
        for code in core::iter::once(None).chain((200..=599).map(Some)) {
            for &e in &enhanced {
                let set = CODE_INDEX.candidates(code, e);
                for (k, p) in CODE_RULES.iter().enumerate() {
                    let kind = RULES[p.rule as usize].kind;
                    let within = set & (1 << k) != 0;
                    let id = RULES[p.rule as usize].id;
                    match kind {
                        // By subject and detail: the rule checks its class,
                        // and details past the last set.
                        EvidenceKind::EnhancedCode => {
                            assert!(within || !covers(k, code, e), "{id} for {code:?} {e:?}");
                            let subject = e.is_some_and(|e| e.subject() == p.subject());
                            assert!(subject || !within, "{id} for {code:?} {e:?}");
                            if e.is_some_and(|e| (e.detail() as usize) < DETAILS - 1) {
                                // The index does not look at the class.
                                let hit = [2, 4, 5].into_iter().any(|c| {
                                    let e = e.and_then(|e| {
                                        EnhancedCode::new(c, e.subject(), e.detail())
                                    });
                                    covers(k, code, e)
                                });
                                assert_eq!(within, hit, "{id} for {code:?} {e:?}");
                            } else if e.is_some() {
                                // The last set: the rules that reach its
                                // detail or above.
                                assert_eq!(within, subject && reach[k], "{id} for {code:?} {e:?}");
                            }
                        }
                        // Exactly the rules that cover the code.
                        _ => assert_eq!(within, covers(k, code, e), "{id} for {code:?} {e:?}"),
                    }
                    tried += usize::from(covers(k, code, e));
                }
            }
        }
        assert!(tried > 10_000, "{tried}");
    }
}
