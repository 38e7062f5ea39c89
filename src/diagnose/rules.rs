//! The diagnosis table: every rule, in the order the diagnosis tries them.
//!
//! Read it top to bottom. Each row is `kind("id", "pattern", Reason)`, with
//! optional conditions (`.class(&[4])`: only in 4yz replies; `.after(RCPT)`:
//! only after these commands, when the command is known) and the real
//! reply it was written for (`.ex("vendor", "reply")`), which a test runs.
//!
//! - `phrase`: words of the text, matched whole, ASCII case-insensitively,
//!   with any spacing and punctuation between them; `*` is any one word,
//!   `~` up to five words, and a `*` at the end of a word matches the
//!   word's start. Specific phrases come first, generic ones last.
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
};

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
        .ex("Exim", "retry timeout exceeded"),
    phrase("expired.failing_long_time", "have been failing for a long time", Expired)
        .ex("Exim", "all hosts for 'example.com' have been failing for a long time (and retry time not reached)"),
    phrase("expired.message_expired", "message expired", Expired)
        .ex("Microsoft Exchange Online", "550 5.4.300 Message expired"),
    phrase("expired.envelope_expired", "envelope expired", Expired)
        .ex("OpenSMTPD", "Envelope expired"),
    phrase("expired.delivery_expired", "delivery expired", Expired)
        .ex("Courier", "5.4.7 Delivery expired (message too old)"),
    phrase("expired.not_delivered_days", "could not be delivered for * days", Expired)
        .ex("Sendmail", "Message could not be delivered for 5 days"),
    phrase("expired.in_queue_too_long", "in the queue too long", Expired)
        .ex("Postfix", "message has been in the queue too long"),
    phrase("expired.time_expired", "delivery time expired", Expired)
        .ex("Postfix", "4.4.7 Delivery time expired"),

    // Greylisting.
    phrase("greylisted.greylist", "greylist*", Greylisted)
        .ex("postgrey", "450 4.2.0 <jane@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html"),
    phrase("greylisted.graylist", "graylist*", Greylisted)
        .ex("Exim (greylistd)", "451 4.7.1 Graylisted, please try again later"),
    phrase("greylisted.grey", "grey", Greylisted).class(&[4])
        .ex("OoBHM", "450 Temporary rejected: 450 OoBHM Grey"),

    // Spam verdicts whose words also name a list or authentication.
    phrase("user_unknown.not_listed", "not listed in", UserUnknown)
        .ex("HCL Domino", "550 5.1.1 User jane@example.com not listed in public Name & Address Book"),
    phrase("spam_content.blacklisted_url", "blacklisted url", SpamContent)
        .ex("Exim (URIBL)", "550-REJECTED - Blacklisted URL in message. (example.com) in [black]. 550-See http://lookup.uribl.com. - Blacklisted Link"),
    phrase("spam_content.spam_classification", "spam classification", SpamContent)
        .ex("Google Groups", "Diagnostic-Code: smtp; Your email to group kijitora@example.com was rejected due to spam classification. To address this issue: * Set up SPF records for your sending domain if you have not done so already."),
    phrase("spam_content.flagged_as_spam", "flagged as spam", SpamContent)
        .ex("Zoho", "host smtpin.zoho.com[204.141.33.23] said: 554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam. (in reply to RCPT TO command)"),
    phrase("spam_content.mcspamsignature", "mcspamsignature", SpamContent)
        .ex("Mimecast", "host service222.mimecast.com[91.220.42.51] said: 554 email rejected due to security policies - MCSpamSignature.sa.2.2 (in reply to end of DATA command)"),
    phrase("virus_detected.virus_detected", "virus detected", VirusDetected)
        .ex("Postfix (libsisimai test)", "550 5.7.0 <virusdetected@libsisimai.net>: Recipient address rejected: Virus detected. See https://libsisimai.org/en/reason/#virusdetected"),
    phrase("virus_detected.security_policies", "rejected due to security policies", VirusDetected)
        .ex("Mimecast", "smtp;554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [#]"),

    // Block lists, named or described.
    phrase("blocklisted.spamhaus", "spamhaus", Blocklisted)
        .ex("Exim", "550 Rejected because 192.0.2.1 is in a black list at zen.spamhaus.org"),
    phrase("blocklisted.blocked_using", "blocked using", Blocklisted)
        .ex("Postfix", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1"),
    phrase("blocklisted.block_list", "block list", Blocklisted)
        .ex("Outlook.com", "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."),
    phrase("blocklisted.blocklist", "blocklist*", Blocklisted)
        .ex("Proofpoint", "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1 (blocklisted)"),
    phrase("blocklisted.blacklist", "blacklist*", Blocklisted)
        .ex("mail.ru", "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=xxx or report details to abuse@corp.mail.ru. Error code: xxx. ID: xxx. IP is blacklisted"),
    phrase("blocklisted.black_list", "black list*", Blocklisted)
        .ex("GMX", "554-gmx.net (mxgmx012) Nemesis ESMTP Service not available 554-No SMTP service 554 IP address is black listed."),
    phrase("blocklisted.dnsbl", "dnsbl*", Blocklisted)
        .ex("Comcast", "554 resimta-ch2-18v.sys.comcast.net comcast 192.0.2.1 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001"),
    phrase("blocklisted.banned_ip", "banned sending ip", Blocklisted)
        .ex("Microsoft Exchange Online", "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions."),
    phrase("blocklisted.banned_sender", "banned sender", Blocklisted)
        .ex("Microsoft Exchange Online", "550 5.7.511 Access denied, banned sender[192.0.2.1]. To request removal from this list please forward this message to delist@microsoft.com."),
    phrase("blocklisted.listed_at", "listed at", Blocklisted)
        .ex("Sendmail", "550 5.7.1 Mail from 192.0.2.1 refused - see http://dsbl.org/listing?192.0.2.1 (listed at list.dsbl.org)"),
    phrase("blocklisted.spamcop", "spamcop", Blocklisted)
        .ex("SpamCop", "550 5.7.1 Mail from 192.0.2.1 refused; see https://www.spamcop.net/w3m?action=checkblock&ip=192.0.2.1"),
    phrase("blocklisted.rbl", "rbl", Blocklisted)
        .ex("Exim", "550 Your IP 192.0.2.1 is on our RBL"),
    phrase("blocklisted.barracuda", "barracuda reputation", Blocklisted)
        .ex("Barracuda", "554 Service unavailable; Client host [192.0.2.1] blocked by Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1"),
    phrase("blocklisted.client_host_blocked", "client host ~ blocked", Blocklisted)
        .ex("Microsoft Exchange Online", "550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by customer domain."),
    phrase("blocklisted.blocked_for_abuse", "blocked for abuse", Blocklisted)
        .ex("Exim (LDAP block list)", "SMTP error from remote mail server after initial connection: 550-192.0.2.222 blocked by ldap:ou=nekochan,dc=example,dc=net 550 Error - Blocked for abuse. See http://example.net/nyaan"),
    phrase("blocklisted.not_accepting_connections", "not accepting connections", Blocklisted)
        .ex("Apple iCloud", "Diagnostic-Code: SMTP; 554 st11p00im-smtpin013.me.com ESMTP not accepting connections"),
    phrase("blocklisted.block_for_spam", "block for spam", Blocklisted)
        .ex("Comcast", "554 xx.comcast.net comcast x.xx.xx.xx Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000"),

    // Reputation, without a list.
    phrase("bad_reputation.unsolicited_rate", "unusual rate of unsolicited", BadReputation)
        .ex("Gmail", "550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedIPError"),
    phrase("bad_reputation.complaints", "user complaints", BadReputation)
        .ex("Yahoo", "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"),
    phrase("bad_reputation.reputation", "reputation", BadReputation)
        .ex("Gmail", "421-4.7.0 This message is from an IP address that has a very low reputation. 421 4.7.0 https://support.google.com/mail/?p=UnsolicitedMessageError"),
    phrase("bad_reputation.traffic_not_accepted", "traffic not accepted from this ip", BadReputation)
        .ex("Microsoft Exchange Online", "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653"),
    phrase("bad_reputation.spam_sender", "spam sender", BadReputation)
        .ex("Yahoo", "smtp;550 Suspected spam sender."),

    // The message format (before the words of authentication and spam it mentions).
    phrase("malformed_message.rfc_5322", "rfc 5322", MalformedMessage)
        .ex("Gmail", "550-5.7.1 This message is not RFC 5322 compliant. There are multiple From headers. 550 5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant"),
    phrase("malformed_message.rfc5322", "rfc5322", MalformedMessage)
        .ex("Microsoft Exchange Online", "550 5.7.512 Access denied, message must be RFC5322 section 3.6.2 compliant"),
    phrase("malformed_message.missing_header", "missing ~ header", MalformedMessage)
        .ex("Gmail", "550-5.7.1 Messages missing a valid Message-ID header are not 550 5.7.1 accepted."),
    phrase("malformed_message.duplicate_header", "duplicate header", MalformedMessage)
        .ex("Yahoo", "554 5.7.1 Duplicate header: From"),
    phrase("malformed_message.bare_lf", "bare lf", MalformedMessage)
        .ex("Postfix", "550 5.5.2 Error: bare <LF> received"),
    phrase("malformed_message.headers_too_large", "headers too large", MalformedMessage)
        .ex("Exchange Server", "Diagnostic-Code: SMTP; 552 5.6.0 Headers too large (3 max)"),
    phrase("malformed_message.not_rfc_compliant", "not rfc compliant", MalformedMessage)
        .ex("Yahoo", "smtp;554 Message not allowed - Headers are not RFC compliant[291]"),
    phrase("malformed_message.header_error", "header error", MalformedMessage)
        .ex("Postfix (header_checks)", "SMTP error from remote mail server after end of data: host mx.example.jp [192.0.2.20]: 554 5.7.0 Header error"),
    phrase("malformed_message.multiple_addresses_in_from", "multiple addresses in from", MalformedMessage)
        .ex("Gmail", "550-5.7.1 [192.0.2.222      13] Messages with multiple addresses in From: 550 5.7.1 header are not accepted. r7si1238383pli.26 - gsmtp"),

    // TLS (a STARTTLS pipelining mistake is the protocol's).
    phrase("protocol_error.pipeline_after_starttls", "pipeline after starttls", ProtocolError)
        .ex("Microsoft Exchange Online", "523 5.7.10 No commands allowed to pipeline after STARTTLS"),
    phrase("tls_required.tls_channel", "tls channel", TlsRequired)
        .ex("Exchange Server", "454 4.7.0 Failed to establish appropriate TLS channel: Access Denied (in reply to RCPT TO command)"),
    phrase("tls_required.tls_connection", "over a tls connection", TlsRequired)
        .ex("Gmail", "421 4.7.29 Your email has been rate limited because this message wasn’t sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections."),
    phrase("tls_required.starttls", "starttls", TlsRequired)
        .ex("Gmail", "530 5.7.0 Must issue a STARTTLS command first."),
    phrase("tls_required.tls_required", "tls required", TlsRequired)
        .ex("Gmail", "421-4.7.0 TLS required for RCPT domain, closing connection. 421 4.7.0 https://support.google.com/mail/?p=..."),
    phrase("tls_required.mta_sts", "mta sts", TlsRequired)
        .ex("Microsoft Exchange Online", "450 4.4.317 Cannot connect to remote server: MTA-STS policy validation failed"),
    phrase("tls_required.encryption_required", "encryption required", TlsRequired)
        .ex("Exchange Server", "530 5.7.0 Encryption required for requested authentication mechanism"),
    phrase("tls_required.certificate", "certificate", TlsRequired)
        .ex("Microsoft Exchange Online", "450 4.4.317 Cannot connect to remote server: certificate validation failed"),

    // Authentication of the sender's domain.
    phrase("domain_auth_failed.dmarc", "dmarc", DomainAuthFailed)
        .ex("Microsoft Exchange Online", "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject."),
    phrase("domain_auth_failed.spf", "spf", DomainAuthFailed)
        .ex("Gmail", "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. 550 5.7.26 https://support.google.com/mail/?p=UnauthenticatedSender"),
    phrase("domain_auth_failed.dkim", "dkim", DomainAuthFailed)
        .ex("Yahoo", "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with DKIM."),
    phrase("domain_auth_failed.sender_policy_framework", "sender policy framework", DomainAuthFailed)
        .ex("Microsoft Exchange Online", "550 5.7.23 The message was rejected because of Sender Policy Framework violation"),
    phrase("domain_auth_failed.authentication_checks", "authentication checks", DomainAuthFailed)
        .ex("Gmail", "421-4.7.0 This message does not pass authentication checks. 421 4.7.0 https://support.google.com/mail/?p=UnauthenticatedSender"),
    phrase("domain_auth_failed.authentication_level", "required authentication level", DomainAuthFailed)
        .ex("Microsoft Exchange Online", "550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level."),

    // Reverse DNS.
    phrase("reverse_dns.ptr", "ptr", ReverseDns)
        .ex("Gmail", "550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. 550 5.7.25 https://support.google.com/mail/?p=IPv6ReverseDNS"),
    phrase("reverse_dns.reverse_dns", "reverse dns", ReverseDns)
        .ex("Apple iCloud", "550 5.7.1 [CS07] Message rejected: no reverse DNS for 192.0.2.1"),
    phrase("reverse_dns.rdns", "rdns", ReverseDns)
        .ex("Spectrum", "554 5.7.1 - ERROR: Mail refused - <192.0.2.1> - See https://www.spectrum.net/support/internet/understanding-email-error-codes (rDNS)"),
    phrase("reverse_dns.find_your_hostname", "cannot find your ~ hostname", ReverseDns)
        .ex("Postfix", "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]"),
    phrase("reverse_dns.ip_name_lookup", "ip name lookup failed", ReverseDns)
        .ex("Sendmail", "550 5.7.1 IP name lookup failed [192.0.2.1]"),
    phrase("reverse_dns.unverifyable", "unverifyable", ReverseDns)
        .ex("Exim", "Delay reason: SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024: 450 service permits 2 unverifyable sending IPs - neko.example.com is not 203.0.113.222"),
    phrase("reverse_dns.mismatches_client_ip", "mismatches client ip", ReverseDns)
        .ex("Aruba", "Diagnostic-Code: smtp;550 domain [example.com] mismatches client ip 192.0.2.225."),

    // Group and mailbox restrictions (before the words of SMTP authentication).
    phrase("message_too_large.recipsizelimit", "recipsizelimit", MessageTooLarge)
        .ex("Microsoft Exchange Online", "550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route (RESOLVER.RST.RecipSizeLimit)"),
    phrase("recipient_refused.not_authenticated_for_group", "sendernotauthenticatedforgroup", RecipientRefused)
        .ex("Microsoft Exchange Online", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group"),
    phrase("recipient_refused.resolver_rst", "resolver rst", RecipientRefused)
        .ex("Microsoft Exchange Online", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"),

    // SMTP authentication.
    phrase("smtp_auth_failed.authentication_required", "authentication required", SmtpAuthFailed)
        .ex("Gmail", "530-5.7.0 Authentication Required. 530 5.7.0 https://support.google.com/mail/?p=WantAuthError"),
    phrase("smtp_auth_failed.authentication_is_required", "authentication is required", SmtpAuthFailed)
        .ex("Exim", "530 Authentication is required for relay"),
    phrase("smtp_auth_failed.authentication_failed", "authentication failed", SmtpAuthFailed)
        .ex("Postfix (SASL)", "535 5.7.8 Error: authentication failed: authentication failure"),
    phrase("smtp_auth_failed.invalid_login", "invalid login", SmtpAuthFailed)
        .ex("Mailgun", "535 5.7.0 Invalid login or password"),
    phrase("smtp_auth_failed.password_not_accepted", "password not accepted", SmtpAuthFailed)
        .ex("Gmail", "535-5.7.8 Username and Password not accepted. 535 5.7.8 https://support.google.com/mail/?p=BadCredentials"),
    phrase("smtp_auth_failed.not_authenticated", "client was not authenticated", SmtpAuthFailed)
        .ex("Microsoft Exchange Online", "530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful; Client was not authenticated to send anonymous mail during MAIL FROM"),
    phrase("smtp_auth_failed.authentication_unsuccessful", "authentication unsuccessful", SmtpAuthFailed)
        .ex("Microsoft Exchange Online", "535 5.7.3 Authentication unsuccessful"),
    phrase("smtp_auth_failed.authentication_data", "incorrect authentication data", SmtpAuthFailed)
        .ex("Exim", "535 Incorrect authentication data"),
    phrase("smtp_auth_failed.application_password", "application specific password", SmtpAuthFailed)
        .ex("Gmail", "534-5.7.9 Application-specific password required. 534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor"),
    phrase("smtp_auth_failed.unauthenticated_senders", "unauthenticated senders not allowed", SmtpAuthFailed)
        .ex("SendGrid", "host smtp.sendgrid.net[169.38.103.42] said: 550 Unauthenticated senders not allowed (in reply to MAIL FROM command)"),
    phrase("smtp_auth_failed.login_attempts", "too many login attempts", SmtpAuthFailed)
        .ex("Gmail", "454 4.7.0 Too many login attempts, please try again later. For more information, go to Add Gmail to another email client."),
    phrase("smtp_auth_failed.authentification_invalide", "authentification invalide", SmtpAuthFailed)
        .ex("Orange", "550 5.7.0 Code d'authentification invalide OFR 305"),
    phrase("smtp_auth_failed.turn_on_smtp_authentication", "turn on smtp authentication", SmtpAuthFailed)
        .ex("Symantec MessageLabs", "550-Please turn on SMTP Authentication in your mail client. 550-mail0.bemta0.messagelabs.com [198.51.100.21]:22222 is not permitted to 550 relay through this server without authentication."),

    // Rate limits: sending too fast, too much.
    phrase("rate_limited.recipients_this_hour", "too many recipients this hour", RateLimited)
        .ex("GoDaddy", "550 5.1.1 <jane@example.com> has sent to too many recipients this hour. IB607"),
    phrase("rate_limited.sending_quota", "sending quota", RateLimited)
        .ex("Gmail", "550-5.4.5 Daily user sending quota exceeded. 550 5.4.5 https://support.google.com/mail/?p=SendingQuotaExceeded"),
    phrase("rate_limited.submission_quota", "submission quota", RateLimited)
        .ex("Microsoft Exchange Online", "550 5.2.2 Submission quota exceeded"),
    phrase("rate_limited.submissionquota", "submissionquota*", RateLimited)
        .ex("Microsoft Exchange Online", "550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception"),
    phrase("rate_limited.receiving_rate", "receiving mail at a rate", RateLimited)
        .ex("Gmail", "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. 450 4.2.1 https://support.google.com/mail/?p=ReceivingRate"),
    phrase("rate_limited.rate_limit", "rate limit*", RateLimited)
        .ex("Gmail", "421-4.7.28 Our system has detected an unusual rate of mail originating from your IP address. To protect our users, mail sent from your IP address has been temporarily rate limited. 421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError"),
    phrase("rate_limited.too_many_connections", "too many connections", RateLimited)
        .ex("Orange", "421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]"),
    phrase("rate_limited.too_many_concurrent", "too many concurrent", RateLimited)
        .ex("Exim", "421 Too many concurrent SMTP connections; please try again later."),
    phrase("rate_limited.too_many_messages", "too many messages", RateLimited)
        .ex("Yahoo", "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to too many messages; see https://postmaster.yahooinc.com/error-codes"),
    phrase("rate_limited.throttled", "throttl*", RateLimited)
        .ex("Yahoo", "421 4.7.0 [TS02] Messages from 192.0.2.1 temporarily deferred due to throttling"),
    phrase("rate_limited.too_many_emails", "too many emails", RateLimited)
        .ex("Zoho", "550 5.4.6 Unusual sending activity detected. Too many emails sent"),
    phrase("rate_limited.sending_rate", "sending rate", RateLimited)
        .ex("Microsoft Outlook.com", "451 4.7.500 Server busy. Please try again later; sending rate exceeded"),
    phrase("rate_limited.connection_limit", "connection limit", RateLimited)
        .ex("Exim", "421 Connection limit exceeded for your host, please try again later"),
    phrase("rate_limited.frequency", "frequency limited", RateLimited)
        .ex("QQ Mail", "550 Ip frequency limited [http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725]"),
    phrase("rate_limited.concurrent_connections", "concurrent connections", RateLimited)
        .ex("Microsoft Exchange Online", "smtp;421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel. example.com. PRX8 [example.com]"),
    phrase("rate_limited.max_message_per_connection", "max message per connection", RateLimited)
        .ex("Microsoft Exchange Online", "smtp;421 Max message per connection reached, closing transmission channel"),
    phrase("rate_limited.sending_limit", "sending limit", RateLimited)
        .ex("Gmail", "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to Gmail sending limits."),
    phrase("rate_limited.excessive_volume", "excessive volume", RateLimited)
        .ex("Apple iCloud", "smtp;421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137"),
    phrase("rate_limited.daily_limit", "daily limit", RateLimited)
        .ex("Microsoft Outlook.com", "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients"),
    phrase("rate_limited.too_many_recent_messages", "too many recent messages", RateLimited)
        .ex("Comcast", "smtp;452 4.1.1 <example@comcast.net> too many recent messages; Try again later"),
    phrase("rate_limited.relay_quota", "relay quota", RateLimited)
        .ex("Exim (smarthost)", "SMTP error from remote mail server after initial connection: host email-22.example.net [192.0.2.222]: 554 neko-22.nyaan.r.example.net : CAT : neko22 : CAT : You've reached your daily relay quota - 203.0.113.0"),

    // Too many recipients in one transaction.
    phrase("too_many_recipients.too_many_recipients", "too many recipients", TooManyRecipients)
        .ex("Postfix", "452 4.5.3 Error: too many recipients"),
    phrase("too_many_recipients.domains_per_transaction", "destination domains per transaction", TooManyRecipients)
        .ex("Gmail", "451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again. For more information, go to About SMTP error messages and review RFC 5321 specifications."),

    // The message's size (before the mailbox's, which says "mailbox size").
    phrase("mailbox_full.mailbox_size_limit", "mailbox size limit", MailboxFull)
        .ex("Postfix (local)", "552 5.2.2 Mailbox size limit exceeded"),
    phrase("message_too_large.message_size", "message size", MessageTooLarge)
        .ex("Postfix", "552 5.3.4 Message size exceeds fixed limit"),
    phrase("message_too_large.too_large", "too large", MessageTooLarge)
        .ex("Exim", "552 Message too large (maximum size is 52428800)"),
    phrase("message_too_large.too_big", "too big", MessageTooLarge)
        .ex("Exim", "552 Message too big"),
    phrase("message_too_large.mail_size_limit", "mail size limit", MessageTooLarge)
        .ex("1&1 IONOS", "Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=%1s"),
    phrase("message_too_large.maximum_size", "maximum size of the message", MessageTooLarge)
        .ex("Orange", "5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514]"),
    phrase("message_too_large.line_limit", "line limit exceeded", MessageTooLarge)
        .ex("Exim", "SMTP error from remote mail server after end of data: host neko2.example.de [192.0.2.222]: 500 Line limit exceeded"),

    // The mailbox is full.
    phrase("mailbox_full.over_quota", "over ~ quota", MailboxFull)
        .ex("Gmail", "552-5.2.2 The email account that you tried to reach is over quota. 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm"),
    phrase("mailbox_full.quota_exceeded", "quota exceeded", MailboxFull)
        .ex("Dovecot", "552 5.2.2 <jane@example.com> Quota exceeded (mailbox for user is full)"),
    phrase("mailbox_full.exceeds_quota", "exceeds ~ quota", MailboxFull)
        .ex("Exchange Server", "552 5.2.2 This message exceeds the recipient's quota"),
    phrase("mailbox_full.full_mailbox", "full mailbox", MailboxFull)
        .ex("Courier", "552 Full mailbox"),
    phrase("mailbox_full.quotaexceeded", "quotaexceeded*", MailboxFull)
        .ex("Microsoft Exchange Online", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception"),
    phrase("mailbox_full.boite_pleine", "boite ~ pleine", MailboxFull)
        .ex("Orange", "552 5.1.1 Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]"),
    phrase("mailbox_full.boite_accent_pleine", "boîte ~ pleine", MailboxFull)
        .ex("Microsoft Exchange (French)", "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l’instant. Essayez de renvoyer votre message ultérieurement ou contactez directement le destinataire."),
    phrase("mailbox_full.mailbox_full", "mailbox ~ full", MailboxFull)
        .ex("Postfix (virtual)", "552 5.2.2 Mailbox is full"),
    phrase("mailbox_full.inbox_full", "inbox ~ full", MailboxFull)
        .ex("Yahoo", "552 5.2.2 Recipient inbox full"),
    phrase("mailbox_full.storage_space", "out of storage space", MailboxFull)
        .ex("Gmail", "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp"),
    phrase("mailbox_full.storage_allocation", "exceeded storage allocation", MailboxFull)
        .ex("RFC 5321 reply text", "552 Requested mail action aborted: exceeded storage allocation"),
    phrase("mailbox_full.mailbox_exceeded", "mailbox exceeded", MailboxFull)
        .ex("NTT docomo", "The number of messages in recipient's mailbox exceeded the local limit."),
    phrase("mailbox_full.folder_full", "folder full", MailboxFull)
        .ex("Mail.ru", "Diagnostic-Code:550 5.2.5 Folder full"),
    phrase("mailbox_full.japanese_full", "メールボックスが一杯", MailboxFull)
        .ex("KDDI au", "送信先のメールボックスが一杯のため、送信できませんでした。"),

    // Server storage and failures (after the mailbox's words).
    phrase("server_error.insufficient_storage", "insufficient system storage", ServerError)
        .ex("Postfix", "452 4.3.1 Insufficient system storage"),
    phrase("server_error.disk_space", "insufficient disk space", ServerError)
        .ex("Sendmail", "452 4.4.5 Insufficient disk space; try again later"),
    phrase("server_error.temporary_system_problem", "temporary system problem", ServerError)
        .ex("Gmail", "421-4.3.0 Temporary System Problem. Try again later (10). 421 4.3.0 https://support.google.com/mail/?p=..."),
    phrase("server_error.temporary_local_problem", "temporary local problem", ServerError)
        .ex("Exim", "451 Temporary local problem - please try later"),
    phrase("server_error.internal_error", "internal server error", ServerError)
        .ex("Zoho", "451 4.3.0 Internal server error"),
    phrase("server_error.queue_write", "queue file write error", ServerError)
        .ex("Postfix", "451 4.3.0 Error: queue file write error"),
    phrase("server_error.local_error", "local error in processing", ServerError)
        .ex("RFC 5321 reply text", "451 Requested action aborted: local error in processing"),
    phrase("server_error.internal_error_plain", "internal error", ServerError)
        .ex("Zimbra", "451 4.3.0 Internal error"),
    phrase("server_error.system_error", "system error", ServerError)
        .ex("Courier", "451 System error, please try again later"),
    phrase("server_error.temporary_server_error", "temporary server error", ServerError)
        .ex("Microsoft Outlook.com", "smtp;451 4.3.2 Temporary server error. Please try again later ATTR17 [outlook.com]"),
    phrase("server_error.procmail", "procmail", ServerError)
        .ex("procmail", "Diagnostic-Code: x-unix; procmail: Lock failure on \"/var/virtmail/k/ij/it/kijitora/mailbox.lock\" procmail: Error while writing to \"/var/virtmail/k/ij/it/kijitora/mailbox\""),
    phrase("server_error.service_currently_unavailable", "service currently unavailable", ServerError)
        .ex("Yahoo", "Diagnostic-Code: smtp; 554 Service currently unavailable"),

    // Loops.
    phrase("mail_loop.too_many_hops", "too many hops", MailLoop)
        .ex("Sendmail", "554 5.4.6 Too many hops 26 (25 max): from <jane@example.org> via mx.example.com, to <john@example.com>"),
    phrase("mail_loop.hop_count", "hop count exceeded", MailLoop)
        .ex("Microsoft Exchange Online", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34"),
    phrase("mail_loop.exceeded_hops", "exceeded * hops", MailLoop)
        .ex("Gmail", "554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop."),
    phrase("mail_loop.looping", "is looping", MailLoop)
        .ex("qmail", "This message is looping: it already has my Delivered-To line. (#5.4.6)"),
    phrase("mail_loop.loops_back", "loops back to myself", MailLoop)
        .ex("Postfix", "mail for example.com loops back to myself"),
    phrase("mail_loop.loop_detected", "loop detected", MailLoop)
        .ex("Exim", "550 Mail loop detected"),

    // The network and DNS on the way (a temporary name server failure
    // before the domain that does not exist).
    phrase("network_error.host_not_found_try_again", "host not found try again", NetworkError)
        .ex("Postfix", "Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again"),
    phrase("network_error.name_server_reply", "unexpected name server reply", NetworkError)
        .ex("Postfix", "Malformed or unexpected name server reply"),
    phrase("network_error.connection_timed_out", "connection timed out", NetworkError)
        .ex("Postfix", "connect to mx.example.com[192.0.2.1]:25: Connection timed out"),
    phrase("network_error.connection_refused", "connection refused", NetworkError)
        .ex("Postfix", "connect to mx.example.com[192.0.2.1]:25: Connection refused"),
    phrase("network_error.no_route", "no route to host", NetworkError)
        .ex("Postfix", "connect to mx.example.com[192.0.2.1]:25: No route to host"),
    phrase("network_error.unreachable", "network is unreachable", NetworkError)
        .ex("Postfix", "connect to mx.example.com[2001:db8::1]:25: Network is unreachable"),
    phrase("network_error.lost_connection", "lost connection", NetworkError)
        .ex("Postfix", "lost connection with mx.example.com[192.0.2.1] while receiving the initial server greeting"),
    phrase("network_error.timed_out", "timed out", NetworkError)
        .ex("Postfix", "conversation with mx.example.com[192.0.2.1] timed out while sending end of data -- message may be sent more than once"),
    phrase("network_error.smtp_connection", "establish an smtp connection", NetworkError)
        .ex("qmail", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"),
    phrase("network_error.unable_to_connect", "unable to connect", NetworkError)
        .ex("Exchange Server", "451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to connect.\""),
    phrase("network_error.connection_closed", "connection closed", NetworkError)
        .ex("Exim", "SMTP error from remote mail server after end of data: connection closed by remote host"),
    phrase("network_error.connection_reset", "connection reset", NetworkError)
        .ex("Sendmail", "Deferred: Connection reset by mx.example.com."),
    phrase("network_error.name_resolution", "temporary failure in name resolution", NetworkError)
        .ex("Postfix", "connect to mx.example.com: Temporary failure in name resolution"),
    phrase("network_error.timeout", "timeout", NetworkError)
        .ex("Gmail", "451-4.4.2 Timeout - closing connection. 451 4.4.2 https://support.google.com/mail/?p=..."),

    // The domain takes no mail, or does not exist.
    phrase("sender_rejected.sender_verify", "sender verify failed", SenderRejected)
        .ex("Exim", "550-Verification failed for <jane@example.org> 550-Unrouteable address 550 Sender verify failed"),
    phrase("sender_rejected.callback_setup_failed", "callback setup failed", SenderRejected)
        .ex("Exim", "550-Callback setup failed while verifying user@example.com 550-(result of an earlier callout reused). 550-The initial connection, or a HELO or MAIL FROM:<> command was 550-rejected. This host does not accept mail from domains whose servers 550-refuse bounces."),
    phrase("sender_rejected.no_such_domain_after_mail", "no such domain", SenderRejected)
        .only_after(MAIL)
        .ex("Exim", "SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com>: 550 5.1.7 No such domain neko.example.com."),
    phrase("sender_rejected.does_not_exist_after_mail", "does not exist", SenderRejected)
        .only_after(MAIL)
        .ex("Exim", "SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1022: 553 5.1.0 neko22nyaan neko.example.com does not exist E2110"),
    phrase("domain_not_accepting.null_mx", "null mx", DomainNotAccepting)
        .ex("Gmail", "Diagnostic-Code: smtp; DNS Error: 80458680 DNS type 'mx' lookup of libsisimai.org responded with code NOERROR The domain libsisimai.org doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505"),
    phrase("domain_not_accepting.nullmx", "nullmx", DomainNotAccepting)
        .ex("Postfix", "Host or domain name not found. Name service error for name=example.com type=MX: Host found but no data record of requested type (nullMX)"),
    phrase("domain_not_accepting.does_not_accept", "does not accept mail", DomainNotAccepting)
        .ex("RFC 7504 reply text", "521 5.3.2 mx.example.com does not accept mail"),
    phrase("sender_rejected.sender_domain", "domain of sender address", SenderRejected)
        .ex("Sendmail", "553 5.1.8 <jane@example.org>... Domain of sender address jane@example.org does not exist"),
    phrase("sender_rejected.sender_domain_not_found", "sender address rejected domain not found", SenderRejected)
        .ex("Postfix", "450 4.1.8 <jane@example.org>: Sender address rejected: Domain not found"),
    phrase("domain_not_accepting.no_mx_found", "no mx found", DomainNotAccepting)
        .ex("Sendmail", "TempFail stat=No MX found for domain"),
    phrase("domain_unknown.host_or_domain", "host or domain name not found", DomainUnknown)
        .ex("Postfix", "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found"),
    phrase("domain_unknown.host_unknown", "host unknown", DomainUnknown)
        .ex("Sendmail", "550 5.1.2 <jane@example.invalid>... Host unknown (Name server: example.invalid: host not found)"),
    phrase("domain_unknown.domain_not_found", "domain ~ not found", DomainUnknown)
        .ex("Postfix", "450 4.1.2 <jane@example.invalid>: Recipient address rejected: Domain not found"),
    phrase("domain_unknown.domain_does_not_exist", "domain ~ does not exist", DomainUnknown)
        .ex("Zoho", "550 5.1.2 Domain example.invalid does not exist"),
    phrase("domain_unknown.no_such_domain", "no such domain", DomainUnknown)
        .ex("Exchange Server", "550 5.1.2 No such domain at this location"),
    phrase("domain_unknown.unknown_domain", "unknown domain", DomainUnknown)
        .ex("Sendmail", "550 5.1.2 <jane@example.invalid>... Unknown domain"),
    phrase("domain_unknown.no_such_host", "no such host", DomainUnknown)
        .ex("Exim", "no such host: example.invalid"),
    phrase("domain_unknown.nxdomain", "nxdomain", DomainUnknown)
        .ex("Haraka", "550 5.1.2 No MX for example.invalid (NXDOMAIN)"),
    phrase("domain_unknown.find_any_host", "couldn t find any host", DomainUnknown)
        .ex("qmail", "Sorry, I couldn't find any host named example.invalid. (#5.1.2)"),
    phrase("domain_unknown.mail_exchanger", "couldn t find a mail exchanger", DomainUnknown)
        .ex("qmail", "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)"),
    phrase("domain_unknown.recipient_domain", "find the recipient domain", DomainUnknown)
        .ex("Gmail", "553-5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address. 553 5.1.2 https://support.google.com/mail/?p=BadRcptDomain"),
    phrase("domain_unknown.unrouteable", "unrouteable address", DomainUnknown)
        .ex("Exim", "Unrouteable address"),
    phrase("domain_unknown.domain_not_reachable", "domain is not reachable", DomainUnknown)
        .ex("Exchange Server", "Diagnostic-Code: smtp;554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again (-1915321397:308:-2147467259)"),
    phrase("domain_unknown.no_relevant_answers", "no relevant answers", DomainUnknown)
        .ex("Gmail", "smtp; DNS Error: 16578478 DNS type 'mx' lookup of gmal.com responded with code NOERROR 16578478 DNS type 'mx' lookup of gmal.com had no relevant answers."),

    // Relaying.
    phrase("relay_denied.relay_access_denied", "relay access denied", RelayDenied)
        .ex("Postfix", "554 5.7.1 <jane@example.com>: Relay access denied"),
    phrase("relay_denied.relaying_denied", "relaying denied", RelayDenied)
        .ex("Sendmail", "550 5.7.1 <jane@example.com>... Relaying denied"),
    phrase("relay_denied.relay_denied", "relay denied", RelayDenied)
        .ex("Gmail", "550 5.7.0 Mail relay denied"),
    phrase("relay_denied.relay_not_permitted", "relay not permitted", RelayDenied)
        .ex("Exim", "550 relay not permitted"),
    phrase("relay_denied.not_permitted_to_relay", "not permitted to relay", RelayDenied)
        .ex("Exchange Server", "550 5.7.1 Client does not have permissions to send as this sender; not permitted to relay"),
    phrase("relay_denied.unable_to_relay", "unable to relay", RelayDenied)
        .ex("Exchange Server", "550 5.7.1 Unable to relay"),
    phrase("relay_denied.relaying_not_allowed", "relaying ~ not allowed", RelayDenied)
        .ex("MDaemon", "550 5.7.1 Relaying is not allowed"),
    phrase("relay_denied.rcpthosts", "allowed rcpthosts", RelayDenied)
        .ex("qmail", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"),
    phrase("relay_denied.we_do_not_relay", "we do not relay", RelayDenied)
        .ex("Sendmail", "550 5.7.1 <jane@example.com>... we do not relay"),
    phrase("relay_denied.use_me_as_relay", "use me ~ as a relay", RelayDenied)
        .ex("Symantec MessageLabs", "smtp;553 you are trying to use me [xx.messagelabs.com] as a relay, but I have not been configured to let you [x.xx.xx.xx, example.com] do this."),
    phrase("relay_denied.relay_not_allowed", "relay not allowed", RelayDenied)
        .ex("Mimecast", "smtp;451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451 [#]"),
    phrase("relay_denied.relaying_disallowed", "relaying disallowed", RelayDenied)
        .ex("Zoho", "failed,5.1.1 (bad destination mailbox address),smtp;553 Relaying disallowed,mx.zoho.com"),
    phrase("relay_denied.not_configured_to_relay", "not configured to relay", RelayDenied)
        .ex("Mailgun", "host nyaan.example.jp[192.0.2.2] said: 501 Rcpt-To validation failed: RCPT TO not accepted: 5.7.1 This system is not configured to relay mail (r) from <nekonyaans@p2.example.com> to <kijitora@example.jp> for 127.0.0.1 (in reply to RCPT TO command)"),

    // The HELO name.
    phrase("helo_rejected.helo_command_rejected", "helo command rejected", HeloRejected)
        .ex("Postfix", "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname"),
    phrase("helo_rejected.bad_helo", "bad helo", HeloRejected)
        .ex("Microsoft Exchange Online", "550 5.7.506 Access Denied, Bad HELO"),
    phrase("helo_rejected.invalid_helo", "invalid helo", HeloRejected)
        .ex("Exim", "550 Invalid HELO name (See RFC2821 4.1.1.1)"),
    phrase("helo_rejected.name_rejected", "my name was rejected", HeloRejected)
        .ex("qmail", "Sorry, my name was rejected by the remote server. (#4.3.0)"),
    phrase("helo_rejected.empty_helo", "empty helo", HeloRejected)
        .ex("Gmail", "501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection. For more information, go to HELO/EHLO email error."),

    // Viruses, attachments, spam and format: only in reply to the content.
    phrase("virus_detected.virus", "virus", VirusDetected)
        .ex("Postfix (ClamSMTP)", "550 5.7.1 Virus found: Win.Test.EICAR_HDB-1"),
    phrase("virus_detected.infected", "infected", VirusDetected)
        .ex("amavisd-new", "554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Signature"),
    phrase("virus_detected.malware", "malware", VirusDetected)
        .ex("Microsoft Exchange Online", "550 5.7.0 Message rejected: malware detected"),
    phrase("attachment_rejected.forbidden_file", "forbidden file", AttachmentRejected)
        .ex("rspamd", "SMTP error from remote server for TEXT command, host: mail.de-labrusse.fr (164.132.77.216) reason: 554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION"),
    phrase("attachment_rejected.security_issue", "potential security issue", AttachmentRejected)
        .after(CONTENT)
        .ex("Gmail", "552-5.7.0 This message was blocked because its content presents a potential security issue. Please visit 552-5.7.0 https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines."),
    phrase("attachment_rejected.banned", "banned", AttachmentRejected)
        .after(CONTENT)
        .ex("amavisd-new", "554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=application/x-msdownload | .exe"),
    phrase("attachment_rejected.attachment", "attachment*", AttachmentRejected)
        .ex("Exchange Server", "550 5.7.1 Message rejected due to unacceptable attachments"),
    phrase("spam_content.unsolicited", "unsolicited", SpamContent)
        .after(CONTENT)
        .ex("Gmail", "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError"),
    phrase("spam_content.spam", "spam", SpamContent)
        .after(CONTENT)
        .ex("rspamd", "554 5.7.1 Spam message rejected"),
    phrase("spam_content.content_rejected", "content rejected", SpamContent)
        .after(CONTENT)
        .ex("NetEase 163.com", "554 DT:SPM Message content rejected"),
    phrase("spam_content.message_filtered", "message filtered", SpamContent)
        .after(CONTENT)
        .ex("Yahoo", "554 Message filtered. Refer to the Troubleshooting page at http://postmaster.yahoo.com/errors/postmaster-28.html"),

    // Protocol errors.
    phrase("protocol_error.syntax_error", "syntax error", ProtocolError)
        .ex("Postfix", "500 5.5.2 Error: command not recognized; syntax error"),
    phrase("protocol_error.bad_sequence", "bad sequence of commands", ProtocolError)
        .ex("RFC 5321 reply text", "503 Bad sequence of commands"),
    phrase("protocol_error.command_unrecognized", "command unrecognized", ProtocolError)
        .ex("Sendmail", "500 5.5.1 Command unrecognized: \"XYZZY\""),
    phrase("protocol_error.command_not_recognized", "command not recognized", ProtocolError)
        .ex("Postfix", "502 5.5.2 Error: command not recognized"),
    phrase("protocol_error.need_mail_before_rcpt", "need mail before rcpt", ProtocolError)
        .ex("Sendmail", "503 5.5.1 Need MAIL before RCPT"),
    phrase("protocol_error.not_implemented", "not implemented", ProtocolError)
        .ex("RFC 5321 reply text", "502 Command not implemented"),
    phrase("protocol_error.pipelining", "improper use of smtp command pipelining", ProtocolError)
        .ex("Postfix", "improper command pipelining after DATA from mail.example.com[192.0.2.1]: Improper use of SMTP command pipelining"),
    phrase("protocol_error.protocol_violation", "protocol violation", ProtocolError)
        .ex("Gmail", "451 4.5.0 SMTP protocol violation. For more information, go to About SMTP error messages and review RFC 5321 specifications."),

    // The recipient: specific words, then the generic ones.
    phrase("mailbox_moved.user_not_local", "user not local", MailboxMoved)
        .ex("RFC 5321 reply text", "551 User not local; please try <jane@example.net>"),
    phrase("mailbox_moved.has_moved", "has moved", MailboxMoved)
        .ex("Exchange Server", "550 5.1.6 Recipient mailbox has moved"),
    phrase("mailbox_disabled.account_disabled", "account ~ disabled", MailboxDisabled)
        .ex("Gmail", "550-5.2.1 The email account that you tried to reach is disabled. 550 5.2.1 https://support.google.com/mail/?p=DisabledUser"),
    phrase("mailbox_disabled.mailbox_disabled", "mailbox ~ disabled", MailboxDisabled)
        .ex("Yahoo", "554 30 Sorry, your message to jane@yahoo.com cannot be delivered. This mailbox is disabled (554.30)."),
    phrase("mailbox_disabled.inactive", "inactive", MailboxDisabled)
        .ex("Gmail", "550 5.2.1 The email account that you tried to reach is inactive."),
    phrase("mailbox_disabled.deactivated", "deactivated", MailboxDisabled)
        .ex("Exchange Server", "550 5.2.1 Mailbox deactivated"),
    phrase("mailbox_disabled.no_longer_accepts", "no longer accepts mail", MailboxDisabled)
        .ex("Exchange Server", "550 5.2.1 This mailbox no longer accepts mail"),
    phrase("recipient_refused.recipient_preferences", "recipient preferences", RecipientRefused)
        .ex("AOL", "554 5.7.1 Message refused due to recipient preferences"),
    phrase("recipient_refused.permission_to_post", "permission to post", RecipientRefused)
        .ex("Google Groups", "550-5.7.1 You may not have permission to post messages to the group. 550 5.7.1 https://support.google.com/a/?p=..."),
    phrase("mailbox_disabled.account_blocked", "account is blocked", MailboxDisabled)
        .ex("La Poste", "Diagnostic-Code: smtp; 550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426"),
    phrase("mailbox_disabled.archived_recipient", "archived recipient", MailboxDisabled)
        .ex("La Poste", "550 550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420]"),
    phrase("mailbox_disabled.frozen", "frozen", MailboxDisabled)
        .ex("i.ua", "host mx3.email.ua[185.187.81.214] said: 550 Mailbox is frozen. See http://mail.i.ua/err/3/ (in reply to RCPT TO command)"),
    phrase("mailbox_disabled.account_locked", "account ~ locked", MailboxDisabled)
        .ex("vpopmail", "vdelivermail: account is locked email bounced kijitora@neko2.example.co.jp"),
    phrase("mailbox_disabled.temporary_locked", "temporary locked", MailboxDisabled)
        .ex("Postfix (policy service)", "Diagnostic-Code: smtp; 550 5.7.1 <kijitora@example.com>: Recipient address rejected: User kijitora@example.com temporary locked. Please try again later!"),
    phrase("mailbox_disabled.no_longer_valid", "no longer valid", MailboxDisabled)
        .ex("Yahoo", "smtp;554 delivery error: dd example@example.com is no longer valid. [-20] - example.yahoo.com"),
    phrase("mailbox_disabled.no_longer_in_use", "no longer in use", MailboxDisabled)
        .ex("Gmail", "550 5.2.1 This email inbox is no longer in use"),
    phrase("mailbox_moved.not_our_customer", "not our customer", MailboxMoved)
        .ex("Comcast", "smtp;550 5.1.1 Not our Customer"),
    phrase("recipient_refused.not_authenticated_by_organization", "not authenticated by organization", RecipientRefused)
        .ex("Microsoft Exchange Online", "5.7.12 Sender was not authenticated by organization"),
    phrase("recipient_refused.rejected_by_recipients", "rejected by recipients", RecipientRefused)
        .ex("Mail.ru", "smtp;550 Mail is rejected by recipients"),
    phrase("recipient_refused.pas_autorise", "pas autorisé à lui envoyer", RecipientRefused)
        .ex("Google Groups (French)", "Il se peut que le groupe que vous avez essayé de contacter (libsisimai) n'existe pas ou que vous ne soyez pas autorisé à lui envoyer des messages."),
    phrase("user_unknown.japanese_not_found", "見つかりません", UserUnknown)
        .ex("HCL Domino (Japanese)", "ユーザー Neko (kijitora@example.co.jp) は Domino ディレクトリには見つかりません。"),
    phrase("user_unknown.introuvable", "introuvable", UserUnknown)
        .ex("Microsoft Exchange (French)", "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message."),
    phrase("user_unknown.nicht_gefunden", "nicht ~ gefunden", UserUnknown)
        .ex("Tele2 (German)", "user wurde nicht in swipnet.se gefunden."),
    phrase("user_unknown.recipnotfound", "recipnotfound", UserUnknown)
        .ex("Microsoft Exchange Online", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    phrase("user_unknown.recipientnotfound", "recipientnotfound", UserUnknown)
        .ex("Microsoft Exchange Online", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
    phrase("user_unknown.user_unknown", "user unknown", UserUnknown)
        .ex("Postfix", "550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in local recipient table"),
    phrase("user_unknown.unknown_user", "unknown user", UserUnknown)
        .ex("Courier", "550 5.1.1 Unknown user"),
    phrase("user_unknown.no_such_user", "no such user", UserUnknown)
        .ex("Exim (cPanel)", "550 No Such User Here"),
    phrase("user_unknown.user_not_found", "user not found", UserUnknown)
        .ex("Zimbra", "550 5.1.1 <jane@example.com>: Recipient address rejected: user not found"),
    phrase("user_unknown.does_not_exist", "does not exist", UserUnknown)
        .ex("Gmail", "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser"),
    phrase("user_unknown.doesn_t_exist", "doesn t exist", UserUnknown)
        .ex("Dovecot LMTP", "550 5.1.1 <jane@example.com> User doesn't exist: jane@example.com"),
    phrase("user_unknown.no_mailbox_here", "no mailbox here", UserUnknown)
        .ex("qmail", "Sorry, no mailbox here by that name. (#5.1.1)"),
    phrase("user_unknown.mailbox_not_found", "mailbox not found", UserUnknown)
        .ex("Yahoo", "552 1 Requested mail action aborted, mailbox not found"),
    phrase("user_unknown.destinataire_invalide", "destinataire invalide", UserUnknown)
        .ex("Orange", "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"),
    phrase("user_unknown.invalid_recipient", "invalid recipient", UserUnknown)
        .ex("Mimecast", "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550"),
    phrase("user_unknown.recipient_unknown", "recipient unknown", UserUnknown)
        .ex("Exim", "550 5.1.1 <jane@example.com>: Recipient unknown"),
    phrase("user_unknown.unknown_recipient", "unknown recipient", UserUnknown)
        .ex("Microsoft Exchange", "550 5.1.1 Unknown recipient"),
    phrase("user_unknown.no_such_recipient", "no such recipient", UserUnknown)
        .ex("Proofpoint", "550 5.1.1 No such recipient"),
    phrase("user_unknown.recipient_not_found", "recipient not found", UserUnknown)
        .ex("Barracuda", "550 5.1.1 <jane@example.com>: Recipient not found"),
    phrase("user_unknown.address_not_found", "address not found", UserUnknown)
        .ex("Microsoft Exchange", "550 5.1.1 Address not found"),
    phrase("user_unknown.no_such_address", "no such address", UserUnknown)
        .ex("Rackspace", "550 5.1.1 No such address"),
    phrase("user_unknown.mailbox_name_not_allowed", "mailbox name not allowed", UserUnknown)
        .ex("RFC 5321 reply text", "553 Requested action not taken: mailbox name not allowed"),
    phrase("user_unknown.invalid_user", "invalid user", UserUnknown)
        .ex("Exim", "550 5.1.1 Invalid user"),
    phrase("user_unknown.unknown_address", "unknown address", UserUnknown)
        .ex("Mercury", "553 5.1.1 Unknown address"),
    phrase("user_unknown.doesn_t_have_account", "doesn t have a ~ account", UserUnknown)
        .ex("Yahoo", "554 delivery error: dd This user doesn't have a yahoo.com account (jane@yahoo.com) [0] - mta1234.mail.bf1.yahoo.com"),
    phrase("user_unknown.illegal_alias", "unknown or illegal alias", UserUnknown)
        .ex("Sendmail", "550 5.1.1 <jane@example.com>... unknown or illegal alias: jane@example.com"),
    phrase("user_unknown.bad_destination_mailbox", "bad destination mailbox address", UserUnknown)
        .ex("Mailgun", "550 5.1.1 Bad destination mailbox address"),
    phrase("user_unknown.addressee_unknown", "addressee unknown", UserUnknown)
        .ex("Lotus Domino", "550 5.1.1 Addressee unknown"),

    // The sender's address.
    phrase("sender_rejected.fully_qualified_address", "need fully qualified address", SenderRejected)
        .after(MAIL | RCPT)
        .ex("Postfix", "504 5.5.2 <jane>: Sender address rejected: need fully-qualified address"),
    phrase("sender_rejected.bad_sender_syntax", "bad sender address syntax", SenderRejected)
        .ex("Postfix", "501 5.1.7 Bad sender address syntax"),
    phrase("sender_rejected.envelope_blocked", "envelope blocked", SenderRejected)
        .ex("Mimecast", "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550"),
    phrase("sender_rejected.blocked_senders", "blocked senders", SenderRejected)
        .ex("Mimecast", "550 Rejected by header-based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550"),
    phrase("sender_rejected.block_send_er", "block send er", SenderRejected)
        .ex("Trend Micro", "smtp;554 5.7.1 <example@example.com>: Recipient address rejected: BLOCK-SEND-ER."),
    phrase("sender_rejected.from_domain_invalid", "from domain is invalid", SenderRejected)
        .ex("GoDaddy", "SMTP error from remote mail server after end of data: 550 5.2.0 <sironeko-nyaan@neko.example.com> From: Domain is invalid. Please provide a valid From: IB506  <http://example.com/506>"),
    phrase("sender_rejected.address_not_verified", "address is not verified", SenderRejected)
        .ex("Amazon SES", "host email-smtp.ap-northeast-1.amazonaws.com[203.0.113.2] said: 554 Message rejected: Email address is not verified. The following identities failed the check in region AP-NORTHEAST-1: nekochan@example.jp (in reply to end of DATA command)"),
    phrase("policy_violation.mailpolicy", "mailpolicy", PolicyViolation)
        .ex("Zoho", "smtp;554 5.2.3 MailPolicy violation Error delivering to mailboxes,mx.zoho.com"),
    phrase("policy_violation.host_network", "host network not allowed", PolicyViolation)
        .ex("Mimecast", "host us-smtp-inbound-1.mimecast.com[207.211.30.221] said: 554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 (in reply to RCPT TO command)"),

    // -----------------------------------------------------------------
    // Vendor tokens: a provider's own code, where its words are generic.
    token("rate_limited.spectrum_aup_in_1310", "AUP#In-1310", RateLimited)
        .ex("Spectrum", "550 5.1.0 <jane@example.org> sender rejected. Please see understanding-email-error-codes for more information. AUP#In-1310"),
    token("blocklisted.spectrum_aup_cdrbl", "AUP#CDRBL", Blocklisted)
        .ex("Spectrum", "554 5.7.1 - ERROR: Mail refused - <192.0.2.1> - See https://www.spectrum.net/support/internet/understanding-email-error-codes AUP#CDRBL"),
    token("user_unknown.microsoft_dbeb", "AS(201806281)", UserUnknown)
        .ex("Microsoft Exchange Online", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM11FT012.eop-nam11.prod.protection.outlook.com]"),
    token("spam_content.orange_ofr_506", "OFR_506", SpamContent)
        .ex("Orange", "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]"),
    token("attachment_rejected.microsoft_as345", "(AS345)", AttachmentRejected)
        .ex("Microsoft Exchange Online", "5.0.350 Requested action not taken: policy violation detected (AS345)"),
    token("bad_reputation.yahoo_tss09", "[TSS09]", BadReputation)
        .ex("Yahoo", "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes"),
    token("bad_reputation.yahoo_ts03", "[TS03]", BadReputation)
        .ex("Yahoo", "553 5.7.1 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See http://postmaster.yahoo.com/errors/421-ts03.html"),
    token("policy_violation.apple_cs01", "[CS01]", PolicyViolation)
        .ex("Apple iCloud", "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"),

    // -----------------------------------------------------------------
    // Enhanced codes that name a cause (before the generic words below,
    // which a specific code beats).
    enhanced("sender_rejected.x_1_0_mail", "X.1.0", SenderRejected)
        .only_after(MAIL)
        .ex("Cox", "550 5.1.0 <jane@example.org> sender rejected"),
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
    phrase("sender_rejected.sender_address_rejected", "sender address rejected", SenderRejected)
        .ex("Postfix", "553 5.7.1 <jane@example.org>: Sender address rejected: not owned by user jane@example.com"),
    phrase("sender_rejected.sender_rejected", "sender rejected", SenderRejected)
        .ex("Cox", "550 5.1.0 <jane@example.org> sender rejected. Refer to the Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information."),
    phrase("sender_rejected.invalid_sender", "invalid sender", SenderRejected)
        .ex("Orange", "550 5.7.1 Emetteur invalide. Invalid Sender. LPN007_510"),
    phrase("recipient_refused.delivery_not_authorized", "delivery not authorized", RecipientRefused)
        .ex("Domino", "550 5.7.1 Delivery not authorized, message refused"),
    phrase("user_unknown.mailbox_unavailable", "mailbox unavailable", UserUnknown)
        .class(&[5])
        .ex("Outlook.com", "550 5.5.0 Requested action not taken: mailbox unavailable."),
    phrase("server_error.temporarily_unavailable", "temporarily unavailable", ServerError)
        .ex("Mimecast", "451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451"),
    phrase("unknown.unknown_error", "unknown error", Unknown)
        .ex("Zoho", "smtp;551 5.3.0 Unknown error"),
    phrase("server_error.service_not_available", "service not available", ServerError)
        .ex("Postfix", "Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to mfsmax.example.com[192.0.2.232]: server refused to talk to me: 421 Service not available, closing transmission channel"),
    phrase("server_error.service_unavailable", "service unavailable", ServerError)
        .ex("Exchange Server", "421 4.3.2 Service unavailable"),
    phrase("mail_loop.loop", "loop", MailLoop)
        .ex("Exim", "550 Too many \"Received\" headers - suspected mail loop"),
    phrase("malformed_message.malformed", "malformed", MalformedMessage)
        .ex("Exim", "550 Message header malformed"),
    phrase("tls_required.tls", "tls", TlsRequired)
        .ex("Postfix", "454 4.7.0 TLS not available due to local problem"),
    phrase("helo_rejected.helo", "helo", HeloRejected)
        .ex("Exim", "550 HELO rejected"),
    phrase("helo_rejected.ehlo", "ehlo", HeloRejected)
        .ex("Exim", "550 EHLO rejected"),
    phrase("relay_denied.relay", "relay", RelayDenied)
        .ex("Courier", "550 Relaying not permitted from this relay"),
    phrase("greylisted.try_again_later", "try again later", Greylisted)
        .class(&[4])
        .ex("rspamd", "451 4.7.1 Try again later"),
    phrase("policy_violation.administrative_prohibition", "administrative prohibition", PolicyViolation)
        .ex("Exim", "550 Administrative prohibition"),
    phrase("policy_violation.anti_spoofing", "anti spoofing", PolicyViolation)
        .ex("Mimecast", "550 Rejected by header based Anti-Spoofing policy: jane@example.com - https://community.mimecast.com/docs/DOC-1369#550"),
    phrase("policy_violation.policy", "polic*", PolicyViolation)
        .ex("Yahoo", "554 5.7.9 Message not accepted for policy reasons. See https://help.yahoo.com/kb/postmaster/SLN7253.html"),
    phrase("policy_violation.access_denied", "access denied", PolicyViolation)
        .ex("Sendmail", "550 5.7.1 <jane@example.com>... Access denied"),
    phrase("blocklisted.blocked", "blocked", Blocklisted)
        .ex("Proofpoint", "554 5.7.1 Blocked"),
    phrase("protocol_error.need_rcpt", "need rcpt", ProtocolError)
        .ex("Sendmail", "503 5.0.0 Need RCPT (recipient)"),

    // The enhanced code that servers use for every cause.
    enhanced("user_unknown.x_1_0", "X.1.0", UserUnknown)
        .ex("Cox", "550 #5.1.0 Address rejected."),
    enhanced("policy_violation.x_7_1", "X.7.1", PolicyViolation)
        .ex("Postfix", "554 5.7.1 <jane@example.com>: Recipient address rejected: Access denied"),

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
