//! English texts of the basic reply codes.

use crate::command::Command;
use crate::reply_code::ReplyCode;
use crate::text::{CommandNote, ReplyTexts};

/// The English texts of a basic reply code.
pub(crate) const fn reply(code: ReplyCode) -> &'static ReplyTexts {
    match code {
        ReplyCode::SystemStatus => &ReplyTexts {
            title: "System status or help reply",
            description: "The server answers with information about its own state, or with a short help reply. The code belongs to the Information category (x1z), and its text is meant for a person to read rather than for a program to parse.",
            when_you_see_it: "RFC 5321 lists 211 as a success reply to HELP. It is not part of sending a message, so you normally see it only when a person or a diagnostic tool asks the server for status or help.",
            how_to_fix: "Nothing needs fixing, because the server has answered the request. Read the text for the information you asked for, but do not make a program depend on its wording, since RFC 5321 says a client acts on the code and not on the text.",
            by_command: &[],
        },
        ReplyCode::HelpMessage => &ReplyTexts {
            title: "Help message",
            description: "The server sends help text about how to use it or about the meaning of a particular non-standard command. RFC 5321 notes that this reply is useful only to a human reader.",
            when_you_see_it: "In reply to HELP, with or without a command name as its argument, usually as a multi-line reply. HELP is one of the three commands, with EHLO and EXPN, that normally produce multi-line replies.",
            how_to_fix: "Nothing needs fixing. Read the text yourself, but do not make a program parse it, because its wording differs from server to server; to learn which extensions a server supports, read its reply to EHLO instead.",
            by_command: &[],
        },
        ReplyCode::ServiceReady => &ReplyTexts {
            title: "Service ready",
            description: "The server is ready to accept commands. In the greeting, the first word after the code is the server's domain name or an address literal, often followed by the name of its mail software.",
            when_you_see_it: "As the first reply after a TCP connection to the mail server opens, usually on port 25, 465 or 587, and again in reply to STARTTLS when the server is ready to start TLS.",
            how_to_fix: "Nothing needs fixing: the connection works and you can send EHLO next. If no greeting arrives, check that the mail server is running, that you use the right host and port, and that no firewall blocks the connection.",
            by_command: &[
                CommandNote {
                    command: Command::Connect,
                    text: "As the greeting on port 25, 465 or 587, 220 opens the session and names the server's host; the client answers with EHLO, or with HELO for an old server.",
                },
                CommandNote {
                    command: Command::StartTls,
                    text: "After STARTTLS, 220 means the server is ready to start TLS: begin the TLS handshake at once, then send EHLO again over the encrypted connection.",
                },
            ],
        },
        ReplyCode::ServiceClosing => &ReplyTexts {
            title: "Service closing transmission channel",
            description: "The server confirms that the session is over and that it will close the connection. The reply usually carries the server's domain name, although RFC 5321 also shows the short form 221 OK.",
            when_you_see_it: "In reply to QUIT at the normal end of a session, often with the enhanced status code 2.0.0. It comes after the last message has been accepted or after the client has decided to end the session.",
            how_to_fix: "Nothing needs fixing: close your side of the connection once this reply arrives. If the server drops the connection without a 221, RFC 5321 says the client should treat that like a 451 reply, so any message not yet accepted with 250 after DATA must be sent again later.",
            by_command: &[],
        },
        ReplyCode::AuthSucceeded => &ReplyTexts {
            title: "Authentication succeeded",
            description: "The server accepted the credentials given in the AUTH exchange, and the session is now authenticated. RFC 4954 defines this reply and pairs it with the enhanced status code 2.7.0.",
            when_you_see_it: "As the final reply to AUTH, either right after the command when it carried an initial response, or after the last answer to a 334 challenge.",
            how_to_fix: "Nothing needs fixing: continue with MAIL FROM. Do not send AUTH again in the same session, because the server answers a second AUTH with 503; if MAIL FROM is then refused, for example with the Postfix reply \"553 5.7.1 not owned by user\", the account may not send as that address.",
            by_command: &[],
        },
        ReplyCode::ActionOk => &ReplyTexts {
            title: "Requested mail action okay, completed",
            description: "The command succeeded and the server is ready for the next one. It is the most common success reply in SMTP, and what it confirms depends on the command it answers.",
            when_you_see_it: "After EHLO or HELO, MAIL FROM, RCPT TO, RSET, NOOP, VRFY and EXPN, after each BDAT chunk, and after the final period that ends the data sent with DATA. With enhanced status codes it often reads 250 2.1.0 for the sender or 250 2.1.5 for a recipient.",
            how_to_fix: "Nothing needs fixing: go on with the next step of the transaction. If a message was acknowledged with 250 after its data but never arrived, the receiving server has taken charge of it, so ask that server's administrator to trace it in the logs, giving the time and the text of the reply.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "After EHLO, 250 is usually a multi-line reply: the first line names the server, and each further line names one extension it supports, such as SIZE, STARTTLS or AUTH.",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "After the final period of the message data, 250 means the server has accepted responsibility for the message and will deliver it or report its failure.",
                },
                CommandNote {
                    command: Command::Bdat,
                    text: "After BDAT, 250 confirms that one chunk was received; every chunk gets its own reply, and the reply to the BDAT LAST chunk covers the whole message.",
                },
                CommandNote {
                    command: Command::Etrn,
                    text: "After ETRN (RFC 1985), 250 means the server has started to deliver the queued mail for the node named in the command.",
                },
                CommandNote {
                    command: Command::Atrn,
                    text: "After ATRN (RFC 2645), 250 means the roles turn around: the server now acts as the client and sends the waiting mail over the same connection.",
                },
            ],
        },
        ReplyCode::UserNotLocal => &ReplyTexts {
            title: "User not local, will forward",
            description: "The recipient's mailbox is not on this server, but the server knows the forwarding address and accepts the message to pass it on. The forwarding address is written in the reply text, which RFC 5321 allows a client to read.",
            when_you_see_it: "In reply to RCPT TO or VRFY for an address whose mailbox has moved to another server or domain.",
            how_to_fix: "Nothing needs fixing: the message will be forwarded. To avoid the extra relay hop, update your address book or mailing list with the new address named in the reply and send to it directly next time.",
            by_command: &[CommandNote {
                command: Command::Etrn,
                text: "After ETRN (RFC 1985), 251 has nothing to do with forwarding: it says that no messages are waiting for the node named in the command.",
            }],
        },
        ReplyCode::CannotVerifyUser => &ReplyTexts {
            title: "Cannot verify user, but will accept message",
            description: "The server will not confirm whether the address exists, but it will take a message for it and try to deliver it. RFC 5321 requires this reply from a server whose site has disabled VRFY or EXPN for security reasons.",
            when_you_see_it: "In reply to VRFY or EXPN, typically from servers that do not reveal their users for security reasons.",
            how_to_fix: "Nothing needs fixing, and 252 says nothing about whether the address is valid. To find out, send the message: a bad address will be refused at RCPT TO or bounced later.",
            by_command: &[CommandNote {
                command: Command::Etrn,
                text: "After ETRN (RFC 1985), 252 means the server has started to deliver the messages pending for the node named in the command.",
            }],
        },
        ReplyCode::PendingMessagesStarted => &ReplyTexts {
            title: "Pending messages for node started",
            description: "The server has started to deliver the messages held for the node named in the ETRN command, and the reply text gives how many are pending. RFC 1985 defines this reply for ETRN only.",
            when_you_see_it: "In reply to ETRN from a site that collects its mail on demand from a relay or backup MX, when that relay holds queued mail for the node.",
            how_to_fix: "Nothing needs fixing: keep your mail server reachable so that the relay can connect and deliver the messages. If they do not arrive, check that the relay can reach your server on port 25, and ask the relay's administrator to check its logs.",
            by_command: &[CommandNote {
                command: Command::Etrn,
                text: "After ETRN, 253 reports that delivery of the pending messages for the node has begun and states their number, while 252 says the same without a count.",
            }],
        },
        ReplyCode::AuthChallenge => &ReplyTexts {
            title: "Authentication challenge",
            description: "The server is in the middle of an AUTH exchange and waits for the client's next answer. The text after the code is only a base64-encoded challenge and may be empty, in which case the line is just 334 followed by a space.",
            when_you_see_it: "After AUTH names a mechanism that needs more data, and again after each client answer until the mechanism is finished. As a 3yz reply, it carries no enhanced status code.",
            how_to_fix: "Nothing needs fixing: decode the challenge, send your answer as one base64 line, and wait for 235 or an error reply. To cancel, send a line holding only an asterisk, which the server answers with 501; a line longer than the server accepts draws 500 with 5.5.6, and RFC 4954 considers a limit of 12288 octets sufficient.",
            by_command: &[],
        },
        ReplyCode::StartMailInput => &ReplyTexts {
            title: "Start mail input",
            description: "The server has accepted DATA and waits for the message itself: the headers, a blank line, then the body. The client ends the data with a line that holds only a single period.",
            when_you_see_it: "Only in reply to DATA, after at least one RCPT TO has been accepted. It is an intermediate reply, so the final verdict on the message comes after the data has been sent, and it carries no enhanced status code.",
            how_to_fix: "Nothing needs fixing: send the message text, add an extra period to every line that starts with a period, and finish with a line holding a single period. Then wait for the final reply: 250 means the server has taken responsibility for delivery, while 4yz or 5yz means it will not deliver the message, and after 4yz you should send it again later.",
            by_command: &[],
        },
        ReplyCode::ServiceNotAvailable => &ReplyTexts {
            title: "Service not available, closing transmission channel",
            description: "The server is ending this session and will close the connection, so it will not carry out any more commands now. The condition is temporary, and the service is expected to accept mail again later.",
            when_you_see_it: "It can answer any command, can replace the 220 greeting when a connection opens, and may also be sent without any command just before the server hangs up. Busy or overloaded servers, limits on connections or errors, and rate or reputation checks (Gmail sends 421 4.7.0, for example) commonly produce it.",
            how_to_fix: "Retry later: a sending server keeps the message in its queue and tries again on its own schedule. If it keeps happening, reduce the number of parallel connections and the sending rate, check the reputation of your IP address and the text after the code, and contact the receiving server's administrator if the block does not clear.",
            by_command: &[CommandNote {
                command: Command::Connect,
                text: "Sent instead of the 220 greeting, 421 means the server accepts no session at all right now, for example because it is overloaded or has too many connections from your address. No command was processed; open a new connection later.",
            }],
        },
        ReplyCode::RegistryPasswordTransitionNeeded => &ReplyTexts {
            title: "Password transition needed (registry only)",
            description: "The server refuses for now until the account's password has gone through a transition for the authentication mechanism the client chose, which is the meaning of the enhanced code X.7.12 (\"A password transition is needed\"). Neither RFC 5321 nor RFC 4954 defines 422: RFC 4954 defines X.7.12 and pairs it with 432, while the registry of enhanced status codes, set up by RFC 5248, lists 422 next to 432.",
            when_you_see_it: "After AUTH, most likely as 422 4.7.12, because X.7.12 is the only enhanced code the registry pairs with 422. No RFC says which command 422 answers, and a server that follows RFC 4954 sends 432 4.7.12 for the same case.",
            how_to_fix: "Act on the first digit, as RFC 5321 requires of a client that meets a code it does not know: 4yz is temporary, so AUTH may be tried again later. As with 432, a retry helps only after the transition, so the account owner should log in once with the PLAIN mechanism over a TLS-protected connection, or ask the server's administrator to complete the transition.",
            by_command: &[],
        },
        ReplyCode::RegistryInvalidCommand => &ReplyTexts {
            title: "Invalid command, temporary (registry only)",
            description: "A temporary refusal of a command, named only by the registry of enhanced status codes, which lists 430 among the basic codes of X.5.1 (\"Invalid command\") next to 500, 501, 503, 530, 550, 554 and 555. RFC 5321 does not define 430, and the pairing does not fit: the registry's text for X.5.1 allows only permanent failures, while 430 belongs to the temporary 4yz class.",
            when_you_see_it: "In reply to a command that the server does not accept at that moment; with an enhanced code from this pairing, the reply reads 430 4.5.1, a class that the registry's text for X.5.1 does not provide for. The registry names no command for 430, so any command may draw it, as with the invalid-command replies 500 and 501.",
            how_to_fix: "Act on the first digit, as RFC 5321 requires for a code the client does not know: 4yz means the command failed for now, so the client may try it again later, for example in a new session. If it keeps failing, check the command and its order against RFC 5321 and the server's EHLO reply, and send the full reply to the server's administrator.",
            by_command: &[],
        },
        ReplyCode::PasswordTransitionNeeded => &ReplyTexts {
            title: "Password transition needed",
            description: "The server will not complete authentication until the account's password has gone through a transition for the selected mechanism. RFC 4954 defines it as a reply to AUTH and pairs it with the enhanced status code 4.7.12.",
            when_you_see_it: "After AUTH, typically when the server does not yet hold the account's credentials in the form the chosen SASL mechanism needs. Exchange Online also uses 432 4.3.2 with STOREDRV.Deliver for a recipient thread limit, which has nothing to do with passwords.",
            how_to_fix: "The account owner should authenticate once with the PLAIN mechanism over a TLS-protected connection, or change the password as the provider instructs, so that the server can store credentials for the selected mechanism, and then use that mechanism again. The reply is in the 4yz class, but repeating AUTH unchanged does not help until the transition is done; if it keeps failing, ask the server's administrator to reset the password.",
            by_command: &[],
        },
        ReplyCode::MailboxTemporarilyUnavailable => &ReplyTexts {
            title: "Mailbox temporarily unavailable",
            description: "The server did not take the requested action because the mailbox cannot be used right now, for example because it is busy or temporarily blocked for policy reasons. The refusal is temporary, so the same request may succeed later.",
            when_you_see_it: "Most often after RCPT TO; it can also come after the final dot line that ends the message data when a policy check defers the whole message. Typical causes are greylisting, a recipient who is receiving mail too quickly (Gmail 450 4.2.1) and rate limits such as Postfix 450 4.7.1 for too much mail from your address.",
            how_to_fix: "Let the sending server retry later; a server that uses greylisting accepts the message when the same sender tries again after a delay. If the deferral repeats for hours, lower the sending rate, read the enhanced status code and the reply text, and ask the recipient's administrator whether a policy is blocking you.",
            by_command: &[
                CommandNote {
                    command: Command::DataEnd,
                    text: "After the final dot line of the message data, 450 means a policy check deferred the whole message; the server will not deliver it, and the client must send the transaction again later.",
                },
                CommandNote {
                    command: Command::Atrn,
                    text: "After ATRN (On-Demand Mail Relay, RFC 2645), 450 means the server refused the ATRN request; send ATRN again later.",
                },
            ],
        },
        ReplyCode::LocalProcessingError => &ReplyTexts {
            title: "Local error in processing",
            description: "The server aborted the requested action because of an error on its own side while processing it, not because something was wrong with the request. The failure is temporary, so the same request may succeed once the server has recovered.",
            when_you_see_it: "After MAIL FROM, RCPT TO or the final dot line of the message data, for example when a DNS or directory lookup fails, the mail system is congested or an SPF check ends in a temporary error. A client that loses the connection in the middle of a transaction treats that as if it had received 451.",
            how_to_fix: "Retry later; a sending server does this by itself from its queue. If the error persists, the receiving server's administrator should check its logs, DNS resolver, disk space and filters, because the sender cannot fix a local error on the receiving server.",
            by_command: &[
                CommandNote {
                    command: Command::DataEnd,
                    text: "After the final dot line of the message data, 451 means the server did not accept the message and will not deliver it; the client must send the whole transaction again later.",
                },
                CommandNote {
                    command: Command::Atrn,
                    text: "After ATRN, 451 means the server cannot process the ATRN request at the moment (RFC 2645); send ATRN again later.",
                },
            ],
        },
        ReplyCode::InsufficientStorage => &ReplyTexts {
            title: "Insufficient system storage",
            description: "The server did not take the requested action because it is short of storage space or another resource at the moment. Unlike 552, the condition is temporary and the same request may succeed later.",
            when_you_see_it: "After MAIL FROM (often one with a SIZE parameter), after RCPT TO, or after the final dot line of the message data. Many servers also send it after RCPT TO when the transaction has too many recipients, as in Postfix 452 4.5.3 Error: too many recipients.",
            how_to_fix: "Retry later, and if the server keeps answering 452, its administrator should free disk space or check the queue. For too many recipients, deliver the message to the recipients already accepted and send the remaining recipients in a new transaction; RFC 5321 requires a server to accept at least 100 recipients in one transaction.",
            by_command: &[
                CommandNote {
                    command: Command::Mail,
                    text: "After MAIL FROM with a SIZE parameter, 452 means the server cannot store a message of the declared size right now (RFC 1870); try again later.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "After RCPT TO, 452 usually means there are too many recipients in this transaction (RFC 5321 section 4.5.3.1.10), so send the rest in a later transaction. It can also signal a per-recipient size limit under the SIZE extension.",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "After the final dot line of the message data, 452 means the server ran out of storage while receiving the message and did not accept it; send it again later.",
                },
            ],
        },
        ReplyCode::NoMailWaiting => &ReplyTexts {
            title: "No mail waiting",
            description: "The provider's server has no messages queued for the domains the client named, so there is nothing to deliver in this session. It belongs to On-Demand Mail Relay (RFC 2645) and is a report, not a fault.",
            when_you_see_it: "After ATRN, when a client that collects the mail for its domains from a provider connects and asks for its held mail, but the queue is empty.",
            how_to_fix: "Nothing needs fixing: end the session with QUIT and send ATRN again later. If you expected mail, check that ATRN named the right domains and that the provider is actually queuing mail for them.",
            by_command: &[],
        },
        ReplyCode::TlsOrAuthTemporaryFailure => &ReplyTexts {
            title: "Temporary TLS or authentication failure",
            description: "The server cannot start TLS or complete authentication because of a temporary problem on its side. RFC 3207 defines it for STARTTLS and RFC 4954 for AUTH, where it is paired with the enhanced status code 4.7.0.",
            when_you_see_it: "After STARTTLS or AUTH, for example when the server cannot load its TLS certificate or key (Postfix: \"454 4.7.0 TLS not available due to local problem\") or its authentication service is temporarily unavailable. Postfix also sends 454 4.7.1 after RCPT TO when its defer_unauth_destination setting defers a relay request.",
            how_to_fix: "Retry later. A client that must not send without encryption should end the session with QUIT and try again later instead of continuing without TLS, and the server's administrator should check the TLS certificate, the key and the authentication service in the logs.",
            by_command: &[
                CommandNote {
                    command: Command::StartTls,
                    text: "After STARTTLS, 454 means TLS is not available for a temporary reason; the session stays unencrypted, and the client decides whether to continue in plain text or to quit and retry later.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "After AUTH, 454 with 4.7.0 means the authentication failed because of a temporary server problem, not because of wrong credentials; try AUTH again later with the same credentials.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "After RCPT TO, Postfix sends 454 4.7.1 when defer_unauth_destination defers a recipient outside its own domains instead of rejecting it as a relay attempt. Authenticate with AUTH first or send through the server that handles your account.",
                },
            ],
        },
        ReplyCode::CannotAccommodateParameters => &ReplyTexts {
            title: "Server unable to accommodate parameters",
            description: "The server cannot accommodate one or more of the parameters given on MAIL FROM or RCPT TO at the moment. It is the temporary counterpart of 555, which says the parameters are not recognized or not implemented.",
            when_you_see_it: "After MAIL FROM or RCPT TO that carry extension parameters, when the server is temporarily unable to honor one of them. The code was added in RFC 5321 section 4.1.1.11 and does not appear in RFC 2821, so older client software may act only on its first digit.",
            how_to_fix: "Retry later with the same parameters; a sending server does this from its queue. If 455 persists, find out from the reply text which parameter the server cannot handle and ask its administrator, or send without that parameter if it is optional for the message.",
            by_command: &[],
        },
        ReplyCode::UnableToQueueMessages => &ReplyTexts {
            title: "Unable to queue messages for node",
            description: "The server cannot start processing the mail it holds for the node named in ETRN right now. RFC 1985 defines this temporary reply for the ETRN extension.",
            when_you_see_it: "After ETRN, which a client sends to ask its provider's server to start delivering the mail queued for a domain or host (the node), when that queue cannot be processed at the moment.",
            how_to_fix: "Send ETRN again later; the held mail stays in the provider's queue in the meantime. If the error repeats, the provider's administrator should check the mail queue and the delivery process on that server.",
            by_command: &[],
        },
        ReplyCode::NodeNotAllowed => &ReplyTexts {
            title: "Node not allowed",
            description: "The server refuses to start a queue run for the node named in ETRN, and the reply text states the reason. RFC 1985 defines it for the ETRN extension.",
            when_you_see_it: "After ETRN, for example when the node is not a domain or host the server holds mail for, or when the connecting client is not permitted to request a queue run for it.",
            how_to_fix: "Read the reason in the reply and check that ETRN names exactly the domain or host your provider queues mail for. Although 459 is in the 4yz class, repeating the same request usually fails again, so ask the provider's administrator to allow the node if it should be allowed.",
            by_command: &[],
        },
        ReplyCode::CommandUnrecognized => &ReplyTexts {
            title: "Syntax error, command unrecognized",
            description: "The server did not recognize the command line at all, either because the command word is unknown or misspelled or because the line is too long. Any command can receive it, and it is permanent, so resending the same line will fail in the same way.",
            when_you_see_it: "After any command, for example because of a typo, a command from an extension the server does not offer, or a line longer than the 512 octets including CRLF that RFC 5321 allows. Postfix answers \"500 5.5.2 Error: command not recognized\".",
            how_to_fix: "Look up in the log the exact command the client sent, correct its spelling or length, and use only extensions that the server listed in its EHLO reply. If a program you do not control sends it, report it to that program's developer or to the sender's administrator.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "After EHLO, 500 can come from an old server that does not know EHLO; the server stays in its previous state, and the client can greet again with HELO.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "During AUTH, 500 with 5.5.6 means a line of the authentication exchange was longer than the server accepts (RFC 4954). Use a mechanism with shorter responses or ask the administrator to raise the limit; RFC 4954 considers 12288 octets sufficient.",
                },
            ],
        },
        ReplyCode::ParameterSyntaxError => &ReplyTexts {
            title: "Syntax error in parameters or arguments",
            description: "The server recognized the command but could not parse its parameters or arguments, such as a malformed address, an argument that is not allowed or a faulty extension parameter. It is permanent: the same command line will be refused again.",
            when_you_see_it: "After any command; common cases are a malformed MAIL FROM or RCPT TO address (RFC 5321 gives the example 501 Path too long), an invalid host name after EHLO or HELO, and arguments given to STARTTLS or AUTH.",
            how_to_fix: "Compare the rejected command line with the syntax in the RFC that defines it: addresses in angle brackets, a valid fully qualified domain name (FQDN) after EHLO, and parameters only for extensions the server announced. The sender's administrator or the program's developer must correct the client, because repeating the line unchanged does not help.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "After EHLO or HELO, 501 usually means the host name argument is missing or invalid, and 501 is the default Postfix reply for an invalid host name. Send a fully qualified domain name (FQDN) or an address literal such as [192.0.2.1].",
                },
                CommandNote {
                    command: Command::StartTls,
                    text: "After STARTTLS, 501 means the command was sent with parameters, which RFC 3207 does not allow; send STARTTLS on its own.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "During AUTH, 501 means the client cancelled the exchange with a single asterisk, sent a response that is not valid base64 (5.5.2), or sent an initial response for a mechanism in which the server must speak first (5.7.0), as described in RFC 4954.",
                },
                CommandNote {
                    command: Command::Mail,
                    text: "After MAIL FROM, 501 means the sender address or one of its parameters is malformed, for example an invalid or repeated ENVID or RET parameter (RFC 3461).",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "After RCPT TO, 501 means the recipient address or one of its parameters is malformed, for example an invalid or repeated NOTIFY or ORCPT parameter (RFC 3461).",
                },
            ],
        },
        ReplyCode::CommandNotImplemented => &ReplyTexts {
            title: "Command not implemented",
            description: "The server knows the command but does not offer it, either because it was never implemented or because the administrator turned it off. It is permanent for this server, so the client should not repeat the command.",
            when_you_see_it: "After VRFY, EXPN, HELP or ATRN on servers that do not provide them, and after EHLO on very old servers that only know HELO. Postfix, for example, answers \"502 5.5.1 VRFY command is disabled\".",
            how_to_fix: "Nothing is wrong with your message: work without that command, for example send HELO when EHLO gets 502, or check an address by sending mail to it instead of using VRFY. Only the server's administrator can enable the command if you really need it.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "After EHLO, 502 is allowed only from an old-style server that does not support EHLO; greet again with HELO and use no SMTP extensions in this session.",
                },
                CommandNote {
                    command: Command::Vrfy,
                    text: "After VRFY, 502 means address verification is switched off or not offered. RFC 5321 requires servers that disable VRFY for security reasons to answer 252 instead, but some, such as Postfix, send 502.",
                },
                CommandNote {
                    command: Command::Atrn,
                    text: "After ATRN, 502 means this server does not offer On-Demand Mail Relay (RFC 2645); check that you connected to the host and port your provider gave you for it.",
                },
            ],
        },
        ReplyCode::BadSequence => &ReplyTexts {
            title: "Bad sequence of commands",
            description: "The command is valid in itself, but the server cannot accept it at this point of the session because it came out of order: either a command that must come first is missing (for example, RCPT TO sent before MAIL FROM), or the command was already given and may not be repeated (for example, a second MAIL FROM inside a transaction). It is a permanent error for this order of commands, not a fault in the command's syntax.",
            when_you_see_it: "Most often after RCPT TO with no accepted MAIL FROM, after DATA with no accepted recipient, or after a MAIL FROM sent before EHLO or HELO or inside a transaction that is still open. A server that opened the connection with 554 also answers every later command except QUIT with 503.",
            how_to_fix: "Fix the order in the sending program: EHLO or HELO first, then MAIL FROM, at least one accepted RCPT TO, and only then DATA or BDAT. When an earlier command of the transaction failed, send RSET and start the transaction again instead of going on. With PIPELINING, read every reply in order, because a rejected MAIL FROM or RCPT TO turns the commands after it into 503 replies.",
            by_command: &[
                CommandNote {
                    command: Command::Rcpt,
                    text: "After RCPT TO, 503 means the server has no accepted MAIL FROM for this transaction, for example because MAIL FROM was rejected or never sent. Send a MAIL FROM that the server accepts first.",
                },
                CommandNote {
                    command: Command::Data,
                    text: "Before the 354 reply, 503 means DATA came out of sequence: no recipient was accepted, the transaction already used BDAT, or MAIL FROM declared BODY=BINARYMIME, which must be sent with BDAT (RFC 3030).",
                },
                CommandNote {
                    command: Command::Bdat,
                    text: "After BDAT, 503 usually means a chunk was sent after the BDAT LAST chunk had already ended the message (RFC 3030). Start a new transaction with MAIL FROM before sending more chunks.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "After AUTH, 503 means the client has already authenticated or a mail transaction is in progress: RFC 4954 rejects a second AUTH after a successful one and any AUTH during a transaction. Do not repeat AUTH after it has succeeded, and send it before MAIL FROM.",
                },
            ],
        },
        ReplyCode::ParameterNotImplemented => &ReplyTexts {
            title: "Command parameter not implemented",
            description: "The server knows the command but does not support the parameter or option sent with it. Sending the same command with the same parameter will keep failing.",
            when_you_see_it: "Most often in reply to AUTH with a mechanism the server does not offer, and more rarely after EHLO, HELO, VRFY, EXPN or HELP. Some servers also use it for policy: Postfix, for example, rejects names that are not fully qualified with 504 by default (non_fqdn_reject_code).",
            how_to_fix: "Check the EHLO reply to see which extensions and options the server supports, and send only those. For a Postfix rejection of a name that is not fully qualified, configure the sending program to use a full domain name such as mail.example.com in EHLO and complete addresses that include a domain part.",
            by_command: &[CommandNote {
                command: Command::Auth,
                text: "After AUTH, 504 (enhanced code 5.5.4) means the server does not support the chosen SASL mechanism. Pick one of the mechanisms listed on the AUTH line of the EHLO reply.",
            }],
        },
        ReplyCode::HostDoesNotAcceptMail => &ReplyTexts {
            title: "Host does not accept mail",
            description: "The host you connected to accepts no email at all, under any circumstances, so no sender or message can get through it. The code was first described in the experimental RFC 1846 (1995) and is now defined by RFC 7504, with the enhanced code 5.3.2. It is about this one host, not about a particular sender and not about a whole domain, which is reported with 556 when the domain publishes a null MX.",
            when_you_see_it: "As the greeting, instead of 220, when a program connects to a machine that runs an SMTP listener only to turn mail away, for example a host that appears in DNS but is not meant to receive mail. RFC 7504 says it should not be used to reject mail from particular hosts or addresses, so a 521 greeting is not a sign that you are on a blocklist.",
            how_to_fix: "Do not retry this host, because the reply is permanent. The sender's administrator should check why mail went to this host, for example a wrong MX record, a stale DNS entry or a fixed relay host setting, and the domain owner should make sure the MX records point only to servers that accept mail.",
            by_command: &[
                CommandNote {
                    command: Command::Connect,
                    text: "As the greeting, 521 has its RFC 7504 meaning: this host accepts no mail at all, so end the session and do not try this host again.",
                },
                CommandNote {
                    command: Command::Bdat,
                    text: "After BDAT, Postfix sends 521 5.5.1 when CHUNKING is disabled and then closes the connection; this is a vendor use, not the RFC 7504 meaning. Resend the message with DATA, and use BDAT only when the EHLO reply lists CHUNKING.",
                },
            ],
        },
        ReplyCode::RegistryEncryptionNeeded => &ReplyTexts {
            title: "Encryption needed (registry only)",
            description: "A permanent refusal because the requested action needs an encrypted connection first, which is the meaning of the enhanced code X.7.10 (\"Encryption Needed\"). RFC 5248 registered X.7.10 with 523 as its only basic code, but RFC 5321 does not define 523, so the code is known only from the registry.",
            when_you_see_it: "Most likely as 523 5.7.10 where the server insists on TLS, for example in reply to AUTH on a connection that is not encrypted yet. No RFC says which command 523 answers, and the registry names none either.",
            how_to_fix: "Act on the first digit, as RFC 5321 requires of a client that does not know a code: 5yz is permanent, so do not send the same command again on this connection. Encrypt the connection first: send STARTTLS, complete the TLS handshake, send EHLO again and repeat the command, or connect to port 465, where TLS starts at once.",
            by_command: &[],
        },
        ReplyCode::RegistryEncryptionRequiredForAuth => &ReplyTexts {
            title: "Encryption required for authentication mechanism (registry only)",
            description: "A permanent refusal because the chosen authentication mechanism may be used only over an encrypted connection, which is the meaning of the enhanced code X.7.11. Neither RFC 5321 nor RFC 4954 defines 524: RFC 4954 pairs X.7.11 with 538, which it also deprecates, while the registry, set up by RFC 5248, lists 524 next to 538.",
            when_you_see_it: "After AUTH that names such a mechanism on a connection without TLS, most likely as 524 5.7.11, because X.7.11 is the only enhanced code the registry pairs with 524. No RFC says which command 524 answers; a server that follows RFC 4954 sends 538 5.7.11 for this case.",
            how_to_fix: "Act on the first digit, as RFC 5321 requires for a code the client does not know: 5yz is permanent, so the same AUTH on this connection will fail again. Send STARTTLS, complete the TLS handshake, send EHLO again and repeat AUTH, and configure the client so that it never sends credentials without encryption.",
            by_command: &[],
        },
        ReplyCode::RegistryUserAccountDisabled => &ReplyTexts {
            title: "User account disabled (registry only)",
            description: "A permanent refusal because an administrator has disabled the account, which is the meaning of the enhanced code X.7.13 (\"User Account Disabled\"); the registry's text says the failure lasts until the account is enabled again. RFC 5248 registered X.7.13 with 525 as its only basic code; RFC 5321 does not define 525, so the registry is its only source.",
            when_you_see_it: "After AUTH with credentials that belong to a disabled account, most likely as 525 5.7.13, the only enhanced code the registry pairs with 525. The registry names no command for 525, and no RFC does either.",
            how_to_fix: "Act on the first digit, as RFC 5321 requires of a client that meets an unknown code: 5yz is permanent, so do not retry and do not ask for the password again. The account holder must contact the provider or the server's administrator to have the account enabled again.",
            by_command: &[],
        },
        ReplyCode::TlsOrAuthRequired => &ReplyTexts {
            title: "TLS or authentication required",
            description: "The server refuses the command until the client has secured the connection with STARTTLS (RFC 3207) or logged in with AUTH (RFC 4954). Both cases use the enhanced code 5.7.0, so the reply text tells them apart.",
            when_you_see_it: "In reply to MAIL FROM or another command sent before STARTTLS or AUTH, typically on a submission server on port 587. RFC 3207 allows only servers that are not publicly referenced, such as submission servers, to require TLS, so a public MX server on port 25 should not answer this way.",
            how_to_fix: "Configure the sending program to run STARTTLS, or to authenticate, before it sends MAIL FROM, as the reply text demands. Use the port and security settings that the server's administrator publishes; a plain connection without TLS or login will keep getting 530.",
            by_command: &[
                CommandNote {
                    command: Command::StartTls,
                    text: "When the text is 'Must issue a STARTTLS command first', the server accepts only NOOP, EHLO, STARTTLS and QUIT until TLS is active. Send STARTTLS, complete the TLS handshake, and send EHLO again before MAIL FROM.",
                },
                CommandNote {
                    command: Command::Auth,
                    text: "When the text is 'Authentication required', the server accepts only AUTH, EHLO, HELO, NOOP, RSET and QUIT until the client has logged in. Authenticate with AUTH, usually after STARTTLS, and then start the transaction.",
                },
            ],
        },
        ReplyCode::RegistryDeliveryNotAuthorized => &ReplyTexts {
            title: "Delivery not authorized (registry only)",
            description: "A permanent refusal because the receiving server's policy does not let this sender, client host or message through, which is the meaning of the enhanced code X.7.1 (\"Delivery not authorized, message refused\"). RFC 5321 does not define 533; only the registry of enhanced status codes names it, among the basic codes of X.7.1 next to 451, 454, 502, 503, 550 and 551.",
            when_you_see_it: "After MAIL FROM, RCPT TO or the message data when a policy refuses the delivery, most likely as 533 5.7.1. The registry names no command for 533, and servers may answer the same refusal with another code, as Postfix does with \"554 5.7.1 Relay access denied\" after RCPT TO.",
            how_to_fix: "Act on the first digit, as RFC 5321 requires for a code that the client does not know: 5yz is permanent, so do not resend the message unchanged. If you relay through this server, authenticate with AUTH first; otherwise the sender's administrator should ask the recipient's administrator to allow the sending address or host, quoting the full reply.",
            by_command: &[],
        },
        ReplyCode::AuthMechanismTooWeak => &ReplyTexts {
            title: "Authentication mechanism too weak",
            description: "The server rejects the authentication mechanism chosen in AUTH because it is weaker than the server's policy allows. RFC 4954 defines this code, with the enhanced code 5.7.9.",
            when_you_see_it: "In reply to AUTH, typically when the sending program falls back to an older or simpler mechanism than the server requires.",
            how_to_fix: "Choose a stronger mechanism from the AUTH line of the EHLO reply and configure the sending program to use it. If the program supports none of the accepted mechanisms, update it or ask the server's administrator which mechanisms are allowed; retrying with the same mechanism will not help.",
            by_command: &[],
        },
        ReplyCode::AuthCredentialsInvalid => &ReplyTexts {
            title: "Authentication credentials invalid",
            description: "The server did not accept the login: the user name, password or other credentials sent with AUTH are wrong or not permitted. RFC 4954 makes 535 (with 5.7.8) the general answer to a failed AUTH when no more specific code fits.",
            when_you_see_it: "In reply to AUTH, or to the last line of the AUTH exchange after the 334 challenges, when the check of the credentials fails.",
            how_to_fix: "Check the user name, the password and the account in the sending program's settings, and ask the mail server's administrator whether the account is active and allowed to send. Do not let the program retry in a loop, because many servers block an address after repeated failed logins.",
            by_command: &[],
        },
        ReplyCode::EncryptionRequiredForAuth => &ReplyTexts {
            title: "Encryption required for authentication mechanism",
            description: "The chosen authentication mechanism may be used only over an encrypted connection, and this connection is not encrypted. The code was defined in RFC 2554; RFC 4954 pairs it with 5.7.11 but deprecates it and documents it for historical purposes only, so current servers rarely send it.",
            when_you_see_it: "In reply to AUTH sent over a connection without encryption, from an older server or one that still follows RFC 2554.",
            how_to_fix: "Send STARTTLS first, complete the TLS handshake, send EHLO again and then repeat AUTH. If TLS is not possible, choose a mechanism that the server allows without encryption, although sending credentials over an unencrypted connection is not recommended.",
            by_command: &[],
        },
        ReplyCode::MailboxUnavailable => &ReplyTexts {
            title: "Mailbox unavailable",
            description: "The server permanently refused the requested action: the mailbox does not exist, the sender has no access to it, or a policy of the server rejected the command. The enhanced code in the reply tells these cases apart, for example 5.1.1 for an unknown mailbox or 5.7.1 for a delivery that is not authorized.",
            when_you_see_it: "Most often after RCPT TO, but also after MAIL FROM, EHLO or HELO, VRFY and EXPN, and after the message data has been sent when the content is rejected for policy reasons.",
            how_to_fix: "Read the enhanced code and the text: for an unknown mailbox, check the address for typos and confirm it with the recipient; for a policy rejection, the sender's administrator should check the sending server's reputation, its SPF and DKIM setup and any blocklist listing, and contact the recipient's administrator if needed. Do not resend unchanged, because the answer will be the same.",
            by_command: &[
                CommandNote {
                    command: Command::Ehlo,
                    text: "After EHLO or HELO, 550 means the server does not accept that EHLO or HELO, for example because of the name the client gave; the server stays in its previous state (RFC 5321 section 4.1.4). Send EHLO again with a correct, fully qualified domain name.",
                },
                CommandNote {
                    command: Command::Mail,
                    text: "After MAIL FROM, 550 rejects the sender: by policy, because the sender's domain has a null MX (5.7.27), or because the server does not accept a non-ASCII sender address (5.6.7, RFC 6531). Use a valid ASCII sender address at a domain that can receive replies.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "After RCPT TO, 550 most often means the mailbox does not exist (5.1.1) or the server refuses this recipient by policy (5.7.1). Check the address with the recipient; the other recipients of the transaction get their own replies.",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "After the message data, 550 rejects the whole message for policy reasons, often a failed SPF, DKIM or other authentication check (5.7.20 to 5.7.26) or a content filter. The server will not deliver it, so the sender's administrator must fix the cause before sending again.",
                },
            ],
        },
        ReplyCode::UserNotLocalTryElsewhere => &ReplyTexts {
            title: "User not local, please try the given address",
            description: "The recipient is not handled by this server, and the server will not forward the message; instead the reply names the address or path where the recipient can be reached. It is one of the few replies whose text a program may read, because the text carries the change of address.",
            when_you_see_it: "In reply to RCPT TO or VRFY when the recipient has moved and the server knows the new address but does not relay mail there. Some servers also use it to refuse relaying, as in the RFC 2034 example 551 5.7.1 Forwarding to remote hosts disabled.",
            how_to_fix: "Send the message to the address given in the reply, and update your address book or mailing list entry. If the reply refuses relaying, send through a server that is allowed to relay for you, usually the submission server of your own provider; resending to the same server will fail again.",
            by_command: &[],
        },
        ReplyCode::StorageExceeded => &ReplyTexts {
            title: "Storage allocation exceeded",
            description: "The server aborted the action because it would exceed a storage limit: the message is larger than the server or the mailbox allows, or the recipient's mailbox is full. Common enhanced codes are 5.3.4 (message too big for system), 5.2.3 (message length exceeds administrative limit) and 5.2.2 (mailbox full).",
            when_you_see_it: "After MAIL FROM when the SIZE parameter declares a message that is too large, after RCPT TO, or after the message data has been sent.",
            how_to_fix: "For a message that is too big, compare its size with the SIZE value in the server's EHLO reply, then make it smaller, for example by removing or compressing attachments, or share large files by link. For a full mailbox, the recipient must free space or have the quota raised before you send again.",
            by_command: &[
                CommandNote {
                    command: Command::Mail,
                    text: "After MAIL FROM, 552 means the size declared with the SIZE parameter is above the fixed maximum that the server accepts (RFC 1870). Reduce the message below the limit announced in the EHLO reply.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "After RCPT TO, 552 often means too many recipients: RFC 821 listed 552 for this by mistake, and RFC 5321 section 4.5.3.1.10 says clients should treat it as temporary, like 452, and send the remaining recipients in a later transaction. It can also mean that the size limit for this recipient is lower than the declared message size (RFC 1870).",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "After the message data, 552 means too much mail data: the message went over the storage allocation of the server or of the recipient's mailbox. Make the message smaller, or wait until the recipient has freed space.",
                },
            ],
        },
        ReplyCode::MailboxNameNotAllowed => &ReplyTexts {
            title: "Mailbox name not allowed",
            description: "The server rejected the address because the mailbox name is not allowed, most often because its syntax is wrong. Servers also use it when the address breaks a policy, for example a sender address that does not belong to the logged-in user.",
            when_you_see_it: "After MAIL FROM, RCPT TO or VRFY, when the address in the command cannot be accepted as written.",
            how_to_fix: "Check the address for typos, missing angle brackets, spaces or a missing domain part, and correct it in the sending program. If the sender address is refused, send only from an address that your account is allowed to use; the reply is permanent, so resending unchanged will not help.",
            by_command: &[
                CommandNote {
                    command: Command::Mail,
                    text: "After MAIL FROM, 553 often means the sender address is not allowed in this session, as in the Postfix reply \"553 5.7.1 Sender address rejected: not logged in\" or \"not owned by user\". Log in with AUTH first, or send from the address that belongs to the account.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "After RCPT TO, 553 means the recipient address is malformed, or it contains non-ASCII characters that this transaction cannot carry (5.6.7, RFC 6531). Correct the address, or declare SMTPUTF8 in MAIL FROM when the server offers that extension.",
                },
                CommandNote {
                    command: Command::Vrfy,
                    text: "After VRFY, 553 can mean the name matches more than one mailbox, as in the RFC 5321 example 553 User ambiguous. Give a more specific name or the full address.",
                },
            ],
        },
        ReplyCode::TransactionFailed => &ReplyTexts {
            title: "Transaction failed",
            description: "The transaction failed permanently or, as the first reply on a connection, the server says there is no SMTP service here for this client. It is the general permanent failure that servers use when no more specific 5yz code fits, often for policy rejections.",
            when_you_see_it: "As the greeting instead of 220, in reply to DATA, after the message data, and with some servers after RCPT TO. A server that judges the negotiated TLS too weak also answers commands with 554.",
            how_to_fix: "Read the enhanced code and the reply text, which name the real cause, and fix that cause before sending again: the sender's administrator handles blocklist listings, relay settings and TLS setup, and the sender handles rejected content. Do not retry the same transaction unchanged.",
            by_command: &[
                CommandNote {
                    command: Command::Connect,
                    text: "As the greeting, 554 means No SMTP service here: the server will not serve this client, often because of its IP address. The server still waits for QUIT and answers other commands with 503, so send QUIT, and check whether the IP address is on a blocklist before trying again.",
                },
                CommandNote {
                    command: Command::Rcpt,
                    text: "After RCPT TO, servers such as Postfix answer 554 5.7.1 Relay access denied when the client asks them to relay to a domain they do not serve, and use 554 by default for DNS blocklist rejections. Authenticate before relaying, or have the IP address removed from the blocklist.",
                },
                CommandNote {
                    command: Command::Data,
                    text: "In reply to DATA, before any 354, 554 means there is no valid recipient because every RCPT TO was rejected. Do not send the message data; correct the recipients and start again with MAIL FROM.",
                },
                CommandNote {
                    command: Command::DataEnd,
                    text: "After the message data, 554 means the transaction failed and the server will not deliver the message, for example because the content was rejected or a recipient cannot accept UTF-8 headers (5.6.9, RFC 6531). Read the enhanced code to find the cause before sending again.",
                },
                CommandNote {
                    command: Command::StartTls,
                    text: "After a completed STARTTLS handshake, 554 means the server judges the negotiated TLS too weak and refuses every further command except QUIT (RFC 3207). Update the TLS versions and ciphers the client supports, then connect again.",
                },
            ],
        },
        ReplyCode::ParametersNotRecognized => &ReplyTexts {
            title: "MAIL FROM or RCPT TO parameters not recognized",
            description: "The server does not recognize or does not implement one of the parameters sent with MAIL FROM or RCPT TO, such as the keyword of an extension it never announced. RFC 5321 section 4.1.1.11 defines it as a permanent failure; its temporary counterpart is 455, for parameters the server cannot accommodate at the moment.",
            when_you_see_it: "After MAIL FROM or RCPT TO that carry extension parameters such as SIZE, BODY, SMTPUTF8, RET, ENVID, NOTIFY or ORCPT. Postfix, for example, replies 555 5.5.4 Unsupported option followed by the parameter.",
            how_to_fix: "Send only the parameters of extensions that the server listed in its EHLO reply, and make sure the program uses EHLO rather than HELO when it needs extensions. The developer or administrator of the sending program must fix this; retrying unchanged will fail again.",
            by_command: &[],
        },
        ReplyCode::DomainDoesNotAcceptMail => &ReplyTexts {
            title: "Domain does not accept mail",
            description: "The recipient's domain has declared in DNS, with a null MX record (RFC 7505), that it accepts no email at all, so mail to any address at that domain cannot be delivered. Unlike 521, which is about the one host you connected to, 556 is about the whole domain of the address. RFC 7504 defines the code, with the enhanced code 5.1.10 (\"Recipient address has null MX\"); a null MX on the sender's domain is reported differently, with 550 and 5.7.27.",
            when_you_see_it: "Usually the sending side reports it: your own outgoing server or a relay answers RCPT TO with 556, or sends a bounce with 556, after it looked up the recipient's domain in DNS and found the null MX. There is no server of the recipient's domain to contact.",
            how_to_fix: "Check the domain part of the recipient address for a typo, because no address at this domain can receive email. If the address is correct, reach the recipient another way; if you own the domain and want to receive mail, replace the null MX with real MX records. Resending will fail again, because the reply is permanent.",
            by_command: &[],
        },
    }
}
