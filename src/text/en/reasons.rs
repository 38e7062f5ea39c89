//! English texts of the diagnosis reasons (why a reply failed).

use crate::diagnose::Reason;
use crate::text::Texts;

/// The English texts of a reason.
pub(crate) const fn reason(reason: Reason) -> &'static Texts {
    match reason {
        Reason::UserUnknown => &Texts {
            title: "Recipient address does not exist",
            description: "The receiving server has no mailbox for the recipient address: the address was mistyped, the account was deleted, or it never existed. The fault belongs to the address itself and is permanent, so every later message to it will fail in the same way.",
            when_you_see_it: "Usually 550 or 553 with 5.1.1 in reply to RCPT TO; other servers send 511, 554 or even 450, with 5.1.0, 5.1.3 or, at Microsoft, 5.1.10. Typical texts are \"User unknown in local recipient table\" and \"No such user\"; the enhanced code can mislead, for example 5.2.1 or 5.7.1 next to such a text.",
            how_to_fix: "The sender should check the address for typing errors, such as a misspelt domain, and confirm it with the recipient through another channel. If it is wrong, correct it; otherwise put it on the suppression list and do not retry, because the server will give the same answer every time.",
        },
        Reason::MailboxDisabled => &Texts {
            title: "Mailbox disabled or inactive",
            description: "The mailbox exists, but its account has been disabled, suspended, locked or left dormant, so it takes no mail. The provider may close such an account for good or unlock it again later, and the class of the reply shows which is more likely.",
            when_you_see_it: "Often 550 or 554 with 5.2.1, 525 with 5.7.13 (\"User Account Disabled\"), or Yahoo's \"554.30\", usually in reply to RCPT TO. Typical texts are \"account has been disabled or discontinued\" and \"no longer accepts mail\"; a 4yz code or a text such as \"temporary locked, try again later\" means the lock may be lifted.",
            how_to_fix: "After a 5yz reply, stop mailing the address and put it on the suppression list; only the recipient can have the account reactivated or give you a new address. After a 4yz reply the lock is temporary, so let the sending program retry later, and suppress the address only when a 5yz reply follows.",
        },
        Reason::MailboxMoved => &Texts {
            title: "Recipient has moved without forwarding",
            description: "The recipient no longer receives mail at this address, and the server does not forward it to a new one. With 5.7.17 even the owner of the mailbox has changed, so the old address may now belong to someone else.",
            when_you_see_it: "551 (\"User not local\") or 550 with 5.1.6, usually in reply to RCPT TO, and 5.7.17 when an RRVS check (RFC 7293) finds that the mailbox owner has changed. Typical texts are \"has moved\" and \"no longer on server\", sometimes followed by the new address.",
            how_to_fix: "If the reply names a new address, the sender should replace the old one with it in the list; otherwise put the old address on the suppression list. Never retry the old address, because the server will keep refusing it.",
        },
        Reason::MailboxFull => &Texts {
            title: "Recipient mailbox is full",
            description: "The recipient's mailbox has used up its storage quota, so the server cannot store another message until space is freed. This is usually temporary, but a mailbox that stays full for a long time may have been abandoned.",
            when_you_see_it: "Usually 452 or 552 with 4.2.2 or 5.2.2, sometimes 450, 550 or 554, in reply to RCPT TO or after the message data. Typical texts are \"mailbox full\" and \"quota exceeded\"; Microsoft's \"5.2.2 Submission quota exceeded\", however, is about the sender's own sending limit.",
            how_to_fix: "The recipient has to delete messages or ask for a larger quota; the sender can only wait. After a 4yz reply the sending program retries on its own; after a 5yz reply do not resend unchanged, but tell the recipient through another channel and send again once space has been freed. A mailbox that is still full after a few days has probably been abandoned.",
        },
        Reason::RecipientRefused => &Texts {
            title: "Recipient refuses this sender",
            description: "The address is valid, but the recipient, its group or its mailing list accepts mail only from certain senders, and this sender is not among them. The refusal concerns this sender only; others can still reach the address.",
            when_you_see_it: "Usually 550 with 5.7.1 (\"Delivery not authorized, message refused\"), Exchange's 5.7.133 to 5.7.136 for restricted groups and mailboxes, or 5.2.4 for a mailing list, in reply to RCPT TO or after the message data. Typical texts are \"refused due to recipient preferences\" and \"you are not a member of this list\".",
            how_to_fix: "The sender should ask the recipient, or the owner or administrator of the group or list, to allow the sender's address, for example by adding it to the allowed senders or by joining the list. Do not resend unchanged after a 5yz reply, and do not put the address on the suppression list, since the block applies to this sender alone.",
        },
        Reason::DomainUnknown => &Texts {
            title: "Recipient domain does not exist",
            description: "The domain part of the recipient address does not exist in DNS, or it has neither an MX record nor an address record, so no server can receive mail for it. Most often the domain is misspelt, as in gmal.com, or it is no longer in use.",
            when_you_see_it: "Often in a bounce from your own sending server with no code at all, or as 550, 553 or 554 with 5.1.2 or 5.4.4 in reply to RCPT TO. Typical texts are \"Host or domain name not found\" and \"Domain does not exist\"; a DNS failure that says \"try again\" is a temporary network error instead.",
            how_to_fix: "The sender should correct the domain if it is a typing error, and otherwise remove the address or put it on the suppression list. Retrying is pointless: the same DNS lookup will fail again.",
        },
        Reason::DomainNotAccepting => &Texts {
            title: "Recipient domain accepts no mail",
            description: "The domain exists, but its owner has published that it receives no email, normally with a null MX record (RFC 7505). No address at that domain can get mail, so the failure is permanent.",
            when_you_see_it: "556 with 5.1.10 from the server that found the null MX, in reply to RCPT TO or in a bounce from your own sending server; 521 at connection opening from a host that accepts no mail at all; sometimes 550 with 5.3.2. Typical texts are \"Domain does not accept mail\" and \"nullMX\".",
            how_to_fix: "Remove the address or put it on the suppression list; nothing on the sending side can deliver to it, and retrying will not help. If the domain should receive mail after all, only its administrator can change that, by replacing the null MX with real MX records.",
        },
        Reason::RelayDenied => &Texts {
            title: "Relaying denied",
            description: "The server refused to pass the message on to the recipient domain: it does not handle mail for that domain, and it does not relay for this client. Either the mail went to the wrong server, or the client tried to relay without permission.",
            when_you_see_it: "Commonly 554 or 550 with 5.7.1 in reply to RCPT TO, as in Postfix's \"Relay access denied\", or 454 with 4.7.1 when the server defers instead; Exchange uses 5.4.1 and 5.7.64. Other wordings are \"Relaying denied\" and \"not permitted to relay\".",
            how_to_fix: "The sender's administrator should check that the MX records of the recipient domain point to the server that got the mail, and correct an outdated MX entry or a wrong smarthost setting. To send through your own provider, log in with SMTP AUTH on its submission server first. If the server really is the domain's MX, the recipient's administrator must configure it to accept mail for that domain.",
        },
        Reason::NetworkError => &Texts {
            title: "Receiving server unreachable",
            description: "The sending server could not reach the receiving server or lost the connection during the SMTP dialogue: the connection was refused or timed out, no route existed, or a DNS lookup failed for the moment. Nothing is known yet about the recipient or the message.",
            when_you_see_it: "Mostly in a delay notice or bounce from your own sending server, often without a code or with 4.4.1 or 4.4.2; Gmail reports a timeout as 451 with 4.4.2. Typical texts are \"Connection timed out\" and \"Connection refused\".",
            how_to_fix: "After a 4yz reply or a delay notice nobody needs to act at first: the sending program retries until the queue lifetime runs out. If the failures last for hours or end in a 5yz bounce, the sender's administrator should check the MX records of the recipient domain, the local DNS resolver and any firewall that might block outgoing connections to port 25, then alert the recipient's administrator if their server is down.",
        },
        Reason::MailLoop => &Texts {
            title: "Mail loop detected",
            description: "The message went round in a circle between servers, aliases or forwarding rules until a server stopped it for having passed through too many hops. Delivering it again would only start the same loop once more.",
            when_you_see_it: "Mostly 554 with 5.4.6 or 5.4.14, after the message data or in a bounce from a server along the way. Typical texts are \"Too many hops\" and \"loop detected\".",
            how_to_fix: "The recipient's administrator must break the loop by finding the forwarding rule, alias or MX setting that sends the mail back to a server it has already passed, such as mailboxes that forward to each other. The sender can only pass the bounce on to them and send the message again after the fix.",
        },
        Reason::Expired => &Texts {
            title: "Queue lifetime ran out",
            description: "The sending server kept the message in its queue and retried it until the queue lifetime ran out, then gave up and returned it to the sender. The real cause is the error that kept coming back during those retries, which the bounce usually quotes.",
            when_you_see_it: "In a bounce from your own sending server, with 4.4.7 or 5.4.7 or with no code at all; Exchange writes 5.4.300 or 5.4.316 with \"Message expired\". Typical texts are \"retry timeout exceeded\" and \"Envelope expired\".",
            how_to_fix: "The sender or the sender's administrator should find the last error quoted with the expiry, such as a full mailbox or a refused connection, and handle that cause as described for the matching reason. Send the message again only once that cause is fixed or has passed.",
        },
        Reason::TlsRequired => &Texts {
            title: "Encryption (TLS) required or failed",
            description: "One side demands an encrypted connection that was not set up or could not be completed: the receiving server insists on STARTTLS, a policy such as MTA-STS, DANE or REQUIRETLS calls for verified TLS, or the TLS handshake failed over a certificate. Until TLS works, the message is not sent.",
            when_you_see_it: "530 with 5.7.0 and \"Must issue a STARTTLS command first\" in reply to MAIL FROM or another command sent before STARTTLS, Gmail's 421 with 4.7.0 and \"TLS required for RCPT domain\", 5.7.10 or 5.7.30 for REQUIRETLS, or Exchange's 5.7.321 to 5.7.324 for certificate, DANE and DNSSEC failures.",
            how_to_fix: "Repair TLS on the side that the text names. If the receiver asks for STARTTLS, the sender's administrator must enable it in the sending program and keep its trusted certificates current; if the reply blames the receiver's certificate, TLSA record or MTA-STS policy, the recipient's administrator must fix it. Send again once the handshake succeeds.",
        },
        Reason::Blocklisted => &Texts {
            title: "Sender on a blocklist",
            description: "The sending IP address, domain or HELO name is on a DNS-based blocklist such as Spamhaus, or on a block list kept by a provider or by its customers, and the receiving server refuses mail from it. A listing usually follows spam, a compromised host or an open relay on the sending side.",
            when_you_see_it: "Often 554 or 550 with 5.7.1, sometimes 421 or 451 at connection opening, Microsoft's 5.7.606 to 5.7.649 for a banned sending IP, or tags such as Yahoo's [BL21]. Typical texts are \"blocked using\" followed by the name of the list, and \"Client host blocked\".",
            how_to_fix: "The sender's administrator should look up the IP address or domain on the list named in the reply, remove the cause, such as an infected machine, an open relay or a spam source, and then ask for delisting through the process of that list or provider. Retry only after the delisting, because earlier attempts are refused the same way.",
        },
        Reason::BadReputation => &Texts {
            title: "Poor sender reputation",
            description: "The receiving provider refuses or slows down mail from this sender because of its reputation, built from user complaints, sudden volume and similar signals, without naming a blocklist or a problem in the content. The verdict concerns the sender's traffic as a whole rather than a particular message.",
            when_you_see_it: "421 or 451 as a deferral, often at connection opening, or 550 or 554 as a rejection: for example Gmail's 4.7.0 or 5.7.1 mentioning \"very low reputation\", 5.7.28 for a mail flood, Outlook's 4.7.650, or Yahoo's [TSS04]. Another typical text is \"unexpected volume or user complaints\".",
            how_to_fix: "The sender's administrator must improve the sending practice: remove dead and unwilling addresses from the lists, authenticate mail with SPF, DKIM and DMARC, keep complaints low, and raise the volume of new IP addresses slowly while watching the provider's postmaster tools. Retry deferred mail later at a lower rate; after a 5yz rejection, do not resend unchanged.",
        },
        Reason::RateLimited => &Texts {
            title: "Rate limit exceeded",
            description: "The receiving server caps how many connections, messages or recipients it takes from a sender in a period, or how fast a single recipient may receive, and this traffic went over the cap. The address and the message are fine; they simply arrived too fast.",
            when_you_see_it: "421, 450 or 451, but also 550 or 554, at connection opening or in reply to RCPT TO, with codes such as 4.7.0, 4.7.28, 4.2.1 or 5.4.5 for a daily limit; Postfix sends 421 with 4.7.0 and \"Error: too many connections from\" the client's address. Another typical text is \"try again slower\".",
            how_to_fix: "Nothing about the message or the address needs to change: the sending program should retry later at a lower rate, even after a 5yz reply. The sender's administrator can reduce the connections and messages per hour for this destination and spread large mailings over a longer time.",
        },
        Reason::TooManyRecipients => &Texts {
            title: "Recipient limit per transaction reached",
            description: "The server accepts only a limited number of recipients per mail transaction or per session, and this message named more. The recipients beyond the limit were refused for that reason alone; RFC 5321 requires servers to take at least 100 before refusing.",
            when_you_see_it: "452 with 4.5.3 in reply to RCPT TO, as in Postfix's \"Error: too many recipients\", or 552 or 550 with 5.5.3 on some servers. RFC 5321 asks clients to treat such a 552 as temporary.",
            how_to_fix: "Nothing is wrong with the addresses: the sending program should send the refused recipients in a new transaction or connection, even after a 552 reply. The sender's administrator can also lower the number of recipients per message in the sending program so that the limit is not reached.",
        },
        Reason::DomainAuthFailed => &Texts {
            title: "SPF, DKIM or DMARC check failed",
            description: "The receiving server could not confirm that the message really comes from the sender's domain: SPF failed for the sending IP, no valid DKIM signature was found, or DMARC found neither aligned with the From domain. To the receiver, such a message cannot be told apart from a forgery.",
            when_you_see_it: "550 or 554, or 421 or 451 as a deferral, with 5.7.20 to 5.7.26 (5.7.23 for SPF, 5.7.26 for several failed checks), Gmail's 4.7.26 or 4.7.27, or Outlook's 5.7.509 for DMARC, often after the message data. Typical texts mention \"SPF\", \"DKIM\" or \"DMARC\", or say \"not aligned\".",
            how_to_fix: "The sender's administrator must publish or correct the SPF, DKIM and DMARC records of the domains used in MAIL FROM and in the From header field, sign outgoing mail with DKIM, and align SPF and DKIM with the From domain. Unchanged mail will fail again, so resend only after the checks pass.",
        },
        Reason::ReverseDns => &Texts {
            title: "Missing or mismatched reverse DNS",
            description: "The sending IP address has no PTR record, or the name in its PTR record does not resolve back to the same address, so the receiver cannot confirm which host is connecting. Receivers that require the reverse and forward lookups to match refuse such hosts.",
            when_you_see_it: "421 or 450 as a deferral, or 550 or 554 with 5.7.25, 4.7.25 or Gmail's 4.7.0, often right at connection opening. Typical texts are \"cannot find your hostname\" and \"IP name lookup failed\".",
            how_to_fix: "The sender's administrator, or the provider that owns the IP address, must give the sending IP a PTR record whose name resolves back to that same IP, preferably the name the server also uses in EHLO. Retry once the DNS change is visible.",
        },
        Reason::HeloRejected => &Texts {
            title: "EHLO or HELO name rejected",
            description: "The receiving server refused the name that the sending server gave in EHLO or HELO, because it is not a fully qualified domain name (FQDN), does not resolve, or impersonates the receiver itself. The message and the addresses are not the issue; the identity of the sending host is.",
            when_you_see_it: "501 with 5.5.4 or 504 with 5.5.2, for example Postfix's \"Helo command rejected: need fully-qualified hostname\", or Exchange's 5.7.506 \"Bad HELO\". It comes in reply to EHLO or HELO, or only later at RCPT TO when the server delays its rejections.",
            how_to_fix: "The sender's administrator must set the EHLO name to a fully qualified domain name that resolves to the sending IP and matches its PTR record, never a bare host name without a domain or the receiver's own name. Send again once the name is fixed.",
        },
        Reason::SenderRejected => &Texts {
            title: "Sender address rejected",
            description: "The server refused the envelope sender given in MAIL FROM, or the From address, because the address or its domain is invalid, does not resolve, could not be verified or is blocked by name. The recipients are not the problem.",
            when_you_see_it: "550 or 553 with 5.1.7, 5.1.8 or 5.1.0, or 450 with 4.1.8, in reply to MAIL FROM, or at RCPT TO under Postfix's delayed rejection. Typical texts are \"Sender address rejected\" and \"sender verify failed\".",
            how_to_fix: "The sender's administrator should send from an address whose domain has MX or address records, accepts bounces and is not blocked by the receiver, and check the configured sender for typing errors. If the text carries a vendor code such as AUP#, look it up first, because some providers use this wording for rate limits or blocklists.",
        },
        Reason::SpamContent => &Texts {
            title: "Message judged to be spam",
            description: "A content filter scored the message itself as spam or unsolicited mail, from its text, its links or the domains in its URLs. Weak authentication or a poor sender reputation often adds to the score.",
            when_you_see_it: "550 or 554 with 5.7.1 or 5.7.0 after the message data, sometimes a deferral such as 421 with 4.7.0; some servers misuse 5.6.0 for it. Typical texts are \"scored as spam\" and \"Blacklisted URL in message\".",
            how_to_fix: "The sender should review the text, the links and the domains they point to, and remove whatever the filter is likely to flag, such as a link to a domain on a URL blocklist. The sender's administrator should also check SPF, DKIM and the sender reputation, because they feed the same score. After a 5yz reply, do not resend the message unchanged.",
        },
        Reason::VirusDetected => &Texts {
            title: "Malware found in the message",
            description: "The receiving server's scanner found a virus or other malware in the message, usually in an attachment, and refused the whole message. The address is fine; only this message is blocked.",
            when_you_see_it: "550, 552 or 554 with 5.7.1 or 5.7.0 after the message data. The text usually contains \"virus\", \"infected\" or \"malware\"; Mimecast's \"rejected due to security policies\" can mean either a virus or a high spam score.",
            how_to_fix: "The sender must scan the attachment and the computer or system that produced it, clean or replace the file, and only then send a new message. Never resend the same message; if the finding looks like a false positive, ask the recipient's administrator to check it.",
        },
        Reason::AttachmentRejected => &Texts {
            title: "Attachment not allowed",
            description: "The receiving server refused the message because of its attachments: the file type is forbidden, there are too many attachments, or they are nested too deeply. The rule targets the file, not the sender or the recipient.",
            when_you_see_it: "552 or 554 with 5.7.0 or 5.3.4 after the message data, or Exchange's 5.0.350 with the tag (AS345) for nested attachments. Typical texts are \"illegal attachment\" and \"content presents a potential security issue\".",
            how_to_fix: "The sender should remove the attachment and share the file by a link instead, then send the message again. Packing the file into a zip archive can help when only its type is refused.",
        },
        Reason::PolicyViolation => &Texts {
            title: "Refused by local policy",
            description: "A rule of the receiving system refused the message, and the reply cites a policy without naming a more specific cause. Such rules can restrict networks, senders, content or spoofed addresses, and each organization sets its own.",
            when_you_see_it: "550 or 554 with 5.7.1 or 5.7.0, Exchange's 5.7.900 to 5.7.999 for transport rules, or tags such as Yahoo's [PH01], in reply to RCPT TO or after the message data. Typical texts are \"Denied by policy\" and \"Local Policy Violation\".",
            how_to_fix: "Only the recipient's administrator knows which rule matched, so the sender should send them the full reply and ask. Content rules often turn out to be about spam or links, so review those as well, and do not resend unchanged after a 5yz reply.",
        },
        Reason::MessageTooLarge => &Texts {
            title: "Message too large",
            description: "The message, or one of its header fields, exceeds a size limit of the receiving server or of the recipient. The address and the content are acceptable; only the size is refused.",
            when_you_see_it: "552 with 5.3.4 or 5.2.3, sometimes 554 or 550, either in reply to MAIL FROM when the SIZE parameter declares too much or after the message data. Typical texts are \"Message size exceeds fixed limit\" and \"too large\".",
            how_to_fix: "The sender should shrink the message below the limit, which the server announces as the SIZE value in its EHLO reply, for example by compressing images or sharing large files by a link. Resending it at the same size will fail every time.",
        },
        Reason::MalformedMessage => &Texts {
            title: "Message format invalid",
            description: "The message breaks the format rules of RFC 5322 or MIME: a required header field such as From or Message-ID is missing or repeated, a header carries raw 8-bit data, or lines end in a bare LF. The fault lies with the program that built the message, not with what it says.",
            when_you_see_it: "550, 552 or 554 with a 5.6.x code, or Gmail's 5.7.1 citing RFC 5322, usually after the message data. Typical texts are \"not RFC 5322 compliant\" and \"multiple From\".",
            how_to_fix: "The developer or administrator of the sending software must fix how it builds messages: a single From field, a Message-ID, encoded non-ASCII header text and CRLF line endings. Resend only after the software is corrected, because the same message will be refused again.",
        },
        Reason::ProtocolError => &Texts {
            title: "SMTP protocol error",
            description: "The client sent a command that the server did not recognize, with wrong syntax, or out of order, for example RCPT TO before MAIL FROM. The fault lies in the sending program or in a device on the path that alters the SMTP dialogue, not in the message or the addresses.",
            when_you_see_it: "500, 501, 502, 503 or 504, often with 5.5.1, 5.5.2 or 5.5.4, or 451 with 4.5.0, in reply to the faulty command. Typical texts are \"Bad sequence of commands\" and \"Syntax error\".",
            how_to_fix: "The developer or administrator of the sending program must compare a transcript of the session with what the server expected, then fix the program, or switch off the firewall or proxy feature that rewrites SMTP. Resending through the same path will fail the same way.",
        },
        Reason::SmtpAuthFailed => &Texts {
            title: "SMTP authentication failed or required",
            description: "The server wants the client to log in with SMTP AUTH before it takes mail, or it refused the credentials or the mechanism the client used. This concerns the sending account on a submission or relay server, not SPF or DKIM.",
            when_you_see_it: "535 with 5.7.8 in reply to AUTH when the user name or password is wrong, 530 with 5.7.0 for a command sent before logging in, 534 with 5.7.9 for a mechanism that is too weak, or 454 with 4.7.0 for a temporary failure. Typical texts are \"Authentication required\" and \"Username and Password not accepted\".",
            how_to_fix: "The sender, or the administrator of the sending program, must set up SMTP AUTH with a valid user name and password, or an application-specific password where the provider demands one, and send through the provider's submission server on port 587 or 465. After repeated failed logins, pause before trying again, since servers may refuse \"too many login attempts\".",
        },
        Reason::Greylisted => &Texts {
            title: "Temporarily deferred by greylisting",
            description: "The receiving server turned the attempt away on purpose and expects the sending server to try again after a delay, a technique called greylisting. It says nothing bad about the sender, the address or the message.",
            when_you_see_it: "450 or 451, sometimes 421 or a mislabelled 4.2.2 or 4.7.1, usually in reply to RCPT TO. Typical texts are \"Greylisting in action\" and \"try again in\" followed by a number of seconds or minutes.",
            how_to_fix: "Nobody needs to do anything: a standards-compliant sending program retries on its own and is normally let through, even when the reply was 5yz. Only deferrals that keep coming back for hours call for the sender's administrator to check the retry settings.",
        },
        Reason::ServerError => &Texts {
            title: "Receiving server problem",
            description: "The receiving system failed for reasons of its own: it is overloaded, out of disk or queue space, misconfigured, or its local delivery program failed. The sender and the message did nothing wrong, and such faults are usually temporary.",
            when_you_see_it: "421, 451 or 452 with 4.3.0, 4.3.1 or 4.4.5, sometimes 554 with 5.3.0, at any step of the SMTP dialogue. Typical texts are \"Temporary System Problem\" and \"Insufficient system storage\", which refers to the server's disk rather than to a mailbox.",
            how_to_fix: "After a 4yz reply, let the sending program retry; nothing needs to change on the sending side. If the failure lasts or comes as 5yz, do not resend unchanged, but tell the recipient's administrator and include the full reply, since only they can repair their server.",
        },
        Reason::Unknown => &Texts {
            title: "Cause not stated",
            description: "The reply gives no cause that can be recognized: its text is generic, such as the standard wording of the code, a bare vendor code or a lone word like \"Rejected\". Only the class of the basic code and the subject of the enhanced code, if present, say anything about it.",
            when_you_see_it: "It can come with any code after any command, when the text offers nothing beyond generic wording such as \"Requested action aborted\" or \"Unknown error\". Bare vendor codes such as \"Message not allowed - [299]\" end up here too.",
            how_to_fix: "Act on the class: after a 4yz reply let the sending program retry later, and after a 5yz reply do not resend unchanged. Use the subject of the enhanced code, if there is one, to see which area is affected, read the server's full text, and ask the administrator of the server that sent it when the cause stays unclear.",
        },
    }
}
