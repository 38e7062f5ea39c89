//! English texts of the enhanced status codes (RFC 3463 and the IANA registry).

use crate::enhanced::{EnhancedClass, EnhancedStatus, Subject};
use crate::text::Texts;

/// The English texts of a class of enhanced status codes.
pub(crate) const fn enhanced_class(class: EnhancedClass) -> &'static Texts {
    match class {
        EnhancedClass::Success => &Texts {
            title: "Success",
            description: "An enhanced status code that starts with 2 reports success: the server accepted the command, or a delivery report confirms that the message was handled. The subject and detail digits that follow can add information, such as which address was accepted or that the message had to be converted for delivery.",
            when_you_see_it: "It accompanies a 2yz basic reply, for example 250 2.1.5 after RCPT TO or 221 2.0.0 after QUIT, and it appears in delivery status notifications that confirm delivery or relaying. Servers that announce ENHANCEDSTATUSCODES put it in front of the text of every 2yz reply except the greeting and the answer to EHLO or HELO.",
            how_to_fix: "Nothing needs fixing: continue with the next command of the transaction. If the detail reports a conversion, such as 2.6.4 for a conversion in which some data was lost, check that the delivered message still reads correctly. If you expected a 2.x.x reply and did not get one, look up the basic code and text you received instead.",
        },
        EnhancedClass::PersistentTransientFailure => &Texts {
            title: "Persistent Transient Failure",
            description: "An enhanced status code that starts with 4 reports a temporary failure: the message itself is acceptable, but a condition that may last for a while stopped or delayed it. Sending the same message again later, without any change, may succeed.",
            when_you_see_it: "It accompanies a 4yz basic reply such as 421, 450, 451, 452 or 454 in answer to MAIL FROM, RCPT TO, the end of the message data or AUTH, and it appears in delay notifications from the sending server's queue. Greylisting, rate limits, a full disk and DNS failures are common causes.",
            how_to_fix: "Do not change the message: leave it in the queue and let the sending server try again later, which mail servers do on their own until the queue lifetime runs out. If the same 4.x.x code keeps coming back for hours, read its subject and detail digits and its text to find the cause, such as a rate limit or a temporary block. If the problem never clears, contact the administrator of the server that sends the reply and include the full reply.",
        },
        EnhancedClass::PermanentFailure => &Texts {
            title: "Permanent Failure",
            description: "An enhanced status code that starts with 5 reports a permanent failure: sending the message again in its current form will not succeed. Something must change first, such as the address, the content, the sender's setup or the receiving server's policy.",
            when_you_see_it: "It accompanies a 5yz basic reply such as 550, 553 or 554 in answer to MAIL FROM, RCPT TO, the end of the message data or AUTH. The sending server then stops trying and returns a bounce message to the sender that quotes the code.",
            how_to_fix: "Do not resend the same message unchanged. Use the subject digit to decide who must act: an address problem (5.1.x) is usually for the sender to correct, a mailbox or mail system problem (5.2.x, 5.3.x) is for the recipient's side, and a policy problem (5.7.x) may need action from either administrator. Once the cause is fixed, send the message again as a new message.",
        },
    }
}

/// The English texts of a subject of enhanced status codes, used on their own
/// for a code whose detail the registry does not have.
pub(crate) const fn subject(subject: Subject) -> &'static Texts {
    match subject {
        Subject::Other => &Texts {
            title: "Other or Undefined Status",
            description: "A subject digit of 0 means that the server gives no further information about the kind of problem, so only the class is known: success, temporary failure or permanent failure. The registry defines only X.0.0 in this subject, so any other detail, such as 5.0.350 from Microsoft, is a private code of that server.",
            when_you_see_it: "It can follow any command that carries an enhanced status code, often together with 221, 250, 421, 451, 550 or 554, when the server's software has no more fitting code for the situation.",
            how_to_fix: "Act on the class: with 2.0.x nothing is wrong, with 4.0.x let the sending server try again later, and with 5.0.x do not resend unchanged. The real reason is only in the text after the code, so read it and look it up in the documentation of the server's vendor. If the text does not explain the problem, send the full reply to the administrator of the server that sent it.",
        },
        Subject::Addressing => &Texts {
            title: "Addressing Status",
            description: "A subject digit of 1 reports a problem with an address of the message envelope: the recipient address given with RCPT TO or the sender address given with MAIL FROM. The problem can be the syntax of the address or whether its mailbox or domain exists, and the sender can usually correct it.",
            when_you_see_it: "Most often in answer to RCPT TO or MAIL FROM, and in bounce messages that explain why a recipient failed. Success forms such as 250 2.1.0 after MAIL FROM and 250 2.1.5 after RCPT TO confirm that an address was accepted.",
            how_to_fix: "Look at the address that the reply names and check it for typing errors, a missing or wrong domain, and forbidden characters. With 5.1.x correct the address before you send again; with 4.1.x the server could not check the address at that moment, so a later retry may succeed. If the address looks right, confirm it through another channel with the recipient, or with the sender's administrator when MAIL FROM was refused.",
        },
        Subject::Mailbox => &Texts {
            title: "Mailbox Status",
            description: "A subject digit of 2 reports a problem with the recipient's mailbox itself, which exists but cannot take the message: it may be full, disabled, limited to smaller messages, or a mailing list that could not be expanded. Such problems are under the control of the recipient.",
            when_you_see_it: "Usually in answer to RCPT TO or after the end of the message data, when the receiving server checks the mailbox, and in bounce messages. Gmail, for example, sends 450 4.2.1 when a user is receiving mail too quickly.",
            how_to_fix: "The recipient or the recipient's administrator must act, for example by deleting messages, enabling the account again or raising a limit. With 4.2.x let the sending server retry later; with 5.2.x tell the recipient through another channel, or send a smaller message if the size was the problem, and send again only after the mailbox has been fixed.",
        },
        Subject::MailSystem => &Texts {
            title: "Mail System Status",
            description: "A subject digit of 3 reports a problem with the receiving mail system as a whole rather than with one mailbox: its storage is full, it is not accepting mail, it lacks a requested feature, the message is too big for it, or it is configured wrongly. Such problems are under the control of the administrator of the destination system.",
            when_you_see_it: "After MAIL FROM, RCPT TO or the end of the message data, and sometimes with a 421 reply that closes the connection. Postfix, for example, answers 452 4.3.1 when its storage runs low and 552 5.3.4 when a message exceeds its fixed size limit.",
            how_to_fix: "The sender cannot repair the receiving system. With 4.3.x let the sending server retry later; with 5.3.x change what is in your hands, such as the message size or a requested feature, or report the full reply to the administrator of the receiving system. If you run that system, check its free disk space, its size limits and its configuration.",
        },
        Subject::Network => &Texts {
            title: "Network and Routing Status",
            description: "A subject digit of 4 reports a problem on the delivery path: the next server did not answer, the connection broke, DNS or another directory service failed, no route was found, the system was congested, a routing loop occurred, or the message waited too long. Such problems are under the control of the administrator of the destination system or of a server along the way.",
            when_you_see_it: "Mostly in delay notifications and bounce messages from your own sending server after it failed to reach the next server, and in replies such as 421 4.4.5 when a server is busy.",
            how_to_fix: "Most 4.4.x conditions clear up on their own, so let the queue retry. If they last, check the MX and address records of the recipient domain in DNS, the DNS resolver of your server, and that no firewall blocks outgoing connections to port 25. A 5.4.x code means that delivery was abandoned, for example because no route exists or the delivery time ran out, so fix the domain or DNS problem before sending again.",
        },
        Subject::Protocol => &Texts {
            title: "Mail Delivery Protocol Status",
            description: "A subject digit of 5 reports a problem with the SMTP dialogue itself: a command came out of sequence, was not recognized, had wrong syntax or invalid arguments, named too many recipients, used the wrong protocol version, or an AUTH line was too long. These faults usually come from the sending program or from an unreliable connection, not from the message.",
            when_you_see_it: "As the reply to the faulty command, usually together with 500, 501, 502, 503, 504 or 555. Postfix, for example, sends 503 5.5.1 when RCPT TO comes before MAIL FROM and 452 4.5.3 when a message has too many recipients.",
            how_to_fix: "The developer or administrator of the sending program must fix it: check the order and spelling of the commands, and that the program uses only the extensions and parameters that the server announced in its reply to EHLO. Update or correct the program or its library, and compare a log of the session with the server's replies. For too many recipients (4.5.3), send the remaining recipients in a later transaction.",
        },
        Subject::Content => &Texts {
            title: "Message Content or Media Status",
            description: "A subject digit of 6 reports a problem with the content of the message: its media type is not supported, a needed conversion is forbidden or failed, the content is not available, or UTF-8 addresses or headers cannot be carried to the recipient. Both the sender and the receiver influence these problems, because they must support a common set of content types.",
            when_you_see_it: "Usually after the end of the message data sent with DATA or BDAT, and in answer to MAIL FROM or RCPT TO when an address contains non-ASCII characters. Postfix, for example, sends 553 5.6.7 when a client uses a Unicode address without declaring SMTPUTF8.",
            how_to_fix: "The sender usually has to change the message: use an ASCII address if the other side does not support SMTPUTF8, and send attachments and text encodings that the receiving side accepts. A 4.6.x code may clear when the conversion is tried again later; a 5.6.x code needs a changed message. Administrators should check that their servers announce and handle the extensions their users need.",
        },
        Subject::Security => &Texts {
            title: "Security or Policy Status",
            description: "A subject digit of 7 reports a refusal based on security or policy: relaying or access was denied, authentication or encryption is required or failed, sender checks such as SPF, DKIM or ARC failed, the sending IP address is on a blocklist or over a rate limit, or a cryptographic operation failed. Such decisions are controlled by the sender, the recipient, or both.",
            when_you_see_it: "It can come at almost any step: after AUTH, after any command sent before STARTTLS when TLS is required (530 5.7.0), after MAIL FROM or RCPT TO (for example 554 5.7.1 Relay access denied from Postfix), or after the end of the message data. Large providers use many private details in this subject, such as 5.7.606 for a banned sending IP address and 4.7.500 for a temporary access restriction at Microsoft.",
            how_to_fix: "Read the text after the code, because it usually names the policy involved. The sender's administrator should authenticate before relaying, use STARTTLS, publish correct SPF and DKIM records, and check whether the sending IP address is on a blocklist and request removal if it is. With 4.7.x slow down and retry later; with 5.7.x fix the cause first, and contact the recipient's administrator or use the provider's delisting process if you believe the block is a mistake.",
        },
    }
}

/// The English texts of a registry row.
pub(crate) const fn enhanced(status: EnhancedStatus) -> &'static Texts {
    match status {
        EnhancedStatus::OtherUndefined => &Texts {
            title: "Other undefined Status",
            description: "The server reports only the class of the result, success, temporary failure or permanent failure, and gives no subject or detail. The registry reserves this code for cases where nothing more specific is known or no other code fits.",
            when_you_see_it: "With any basic reply code and after any command that carries an enhanced status code, for example 221 2.0.0 after QUIT, or a generic error such as 451 4.0.0 or 554 5.0.0. Servers also use it when their software has no finer code for an internal problem.",
            how_to_fix: "With 2.0.0 nothing needs fixing. With 4.0.0 let the sending server retry later; with 5.0.0 do not resend unchanged. Because the code says nothing about the cause, read the text of the reply, and if it does not help, give the full reply and the time of the attempt to the administrator of the server that sent it.",
        },
        EnhancedStatus::OtherAddress => &Texts {
            title: "Other address status",
            description: "Something about an address of the message, the sender's or a recipient's, caused this status, but the server does not say what exactly. It is the general code of the addressing subject.",
            when_you_see_it: "The success form 250 2.1.0 is the usual answer when MAIL FROM is accepted. Error forms come after MAIL FROM or RCPT TO; Postfix, for example, uses 5.1.0 instead of 5.1.1 when the address it rejects is the sender.",
            how_to_fix: "With 2.1.0 nothing needs fixing: go on with RCPT TO. With 5.1.0 check the spelling and the domain of the address that the reply names, and correct it before sending again; with 4.1.0 the check failed for the moment, so try again later. If the rejected address is the sender's, the sender's administrator should make sure that the address exists and that the receiving server accepts it.",
        },
        EnhancedStatus::BadDestinationMailbox => &Texts {
            title: "Bad destination mailbox address",
            description: "The recipient's mailbox does not exist on the destination system: the part of the address to the left of the @ sign is unknown there. The registry defines it for permanent failures only, so it normally appears as 5.1.1.",
            when_you_see_it: "In answer to RCPT TO, typically as 550 5.1.1, or in a bounce message after the recipient's server refused the address. Postfix, for example, sends it when the user is not in its local recipient table. The registry also lists 451 among the basic codes of X.1.1, although its own text allows only class 5, and it gives no reason for that pairing. A 451 must carry an enhanced code of class 4 (RFC 2034), so the pairing reads 451 4.1.1: a temporary reply that the server cannot verify the mailbox now, because a local error in processing kept it from checking the address; it says nothing yet about whether the mailbox exists.",
            how_to_fix: "Check the spelling of the part before the @ sign and ask the recipient for the correct address through another channel; do not resend to the same address unchanged. Remove addresses that keep failing from mailing lists. If the mailbox should exist, the recipient's administrator must check the user and alias tables. After 451 4.1.1, keep the address: let the sending server retry later, and if the same reply keeps coming back, ask the recipient's administrator why the server cannot verify its mailboxes.",
        },
        EnhancedStatus::BadDestinationSystem => &Texts {
            title: "Bad destination system address",
            description: "The domain of the recipient address, the part to the right of the @ sign, does not exist or cannot accept mail. The registry defines it for permanent failures only, so it appears as 5.1.2.",
            when_you_see_it: "In a bounce message from your own sending server when the DNS lookup of the recipient domain found no such domain, or in answer to RCPT TO from a server that checks recipient domains before relaying, such as your provider's outgoing server.",
            how_to_fix: "Check the domain for typing errors, such as swapped or missing letters, and correct the address before sending again. If the domain is spelled correctly, its owner must publish working DNS records for it, so tell the recipient through another channel.",
        },
        EnhancedStatus::BadDestinationMailboxSyntax => &Texts {
            title: "Bad destination mailbox address syntax",
            description: "The recipient address is not valid in form: any part of it may be wrong, for example it contains forbidden characters or spaces, lacks a domain, or has more than one @ sign. The registry defines it for permanent failures only, so it appears as 5.1.3.",
            when_you_see_it: "In answer to RCPT TO, often as 501 5.1.3, when the program sent an address that the server cannot parse. It also appears when an address was pasted together with extra characters, such as a display name or a final period.",
            how_to_fix: "Correct the address: it must consist of a local part, one @ sign and a domain, enclosed in angle brackets in the RCPT TO command. Developers should check how their program builds the command and make sure that display names and spaces are removed. Do not retry until the address has been corrected.",
        },
        EnhancedStatus::DestinationMailboxAmbiguous => &Texts {
            title: "Destination mailbox address ambiguous",
            description: "The recipient address matches more than one mailbox on the destination system, so the server cannot tell which one is meant. This can happen when the server matches incomplete addresses or names to local mailboxes by guessing.",
            when_you_see_it: "In answer to RCPT TO, or to VRFY, for which RFC 5321 gives 553 User ambiguous as an example. The registry sets no class limit; the permanent form 5.1.4 is the usual one.",
            how_to_fix: "Use the full and exact address of the intended recipient instead of a short name or a partial address. With 5.1.4 change the address before sending again; a 4.1.4 may clear after the server's directory is updated, so a later retry can help. The recipient's administrator should make sure that each address and alias points to one mailbox only.",
        },
        EnhancedStatus::DestinationAddressValid => &Texts {
            title: "Destination address valid",
            description: "The recipient address was checked and is valid, and the server accepts mail for it. The registry intends this code for positive reports, so it appears as 2.1.5.",
            when_you_see_it: "In answer to RCPT TO, as 250 2.1.5, for each recipient that the server accepts, and in delivery status notifications that report a successful delivery.",
            how_to_fix: "Nothing needs fixing: send the next RCPT TO or continue with DATA. The acceptance of an address does not guarantee final delivery, so a bounce message can still arrive later. If a recipient gets a different code instead, look up that code.",
        },
        EnhancedStatus::MailboxMovedNoForwarding => &Texts {
            title: "Destination mailbox has moved, No forwarding address",
            description: "The recipient address was valid once, but the mailbox no longer accepts mail and the server knows no new address to forward it to. Unlike 251 and 551, the reply names no forwarding address; the registry defines it for permanent failures only, so it appears as 5.1.6.",
            when_you_see_it: "In answer to RCPT TO or in a bounce message, typically after the recipient has left an organization or the account was renamed or closed.",
            how_to_fix: "Do not send to this address again. Find the recipient's new address through another channel, update your address book, and remove the old address from mailing lists.",
        },
        EnhancedStatus::BadSenderMailboxSyntax => &Texts {
            title: "Bad sender's mailbox address syntax",
            description: "The sender address given in the message envelope is not valid in form: any part of it may be wrong, for example it lacks a domain or contains spaces or forbidden characters.",
            when_you_see_it: "In answer to MAIL FROM, often with 501 or 553, when the program sends a sender address that the server cannot parse, such as a bare user name without a domain. Scripts and devices that send mail with a wrong configuration, such as printers and monitoring tools, are frequent causes.",
            how_to_fix: "Set a complete sender address, with a local part, one @ sign and a real domain, in the program or device, and make sure that it is enclosed in angle brackets in the MAIL FROM command. The registry sets no class limit, but a syntax error does not go away by waiting, so correct the address before sending again whether the code is 4.1.7 or 5.1.7.",
        },
        EnhancedStatus::BadSenderSystem => &Texts {
            title: "Bad sender's system address",
            description: "The domain of the sender address, the part to the right of the @ sign, does not exist or cannot accept return mail such as bounce messages. Receiving servers refuse such senders because replies and bounces to them could not be delivered.",
            when_you_see_it: "In answer to MAIL FROM when the receiving server looks up the sender domain in DNS. A temporary form such as 451 4.1.8 means that the lookup failed for now; a permanent form such as 501 5.1.8 means that the domain does not exist or has no usable mail records.",
            how_to_fix: "The sender's administrator should send only from a domain that exists in public DNS and has MX or address records, and never from internal names that exist only in the local network. With 4.1.8 make sure that the authoritative DNS servers of the sender domain answer reliably, then let the message be retried. With 5.1.8 correct the sender address or the domain's DNS before sending again.",
        },
        EnhancedStatus::RelayedToNonCompliantMailer => &Texts {
            title: "Message relayed to non-compliant mailer",
            description: "The message was relayed to a mail system that does not support the status reporting standards, so the system that made the report cannot follow the message any further. It is an informational status from RFC 3886, not an error.",
            when_you_see_it: "In delivery status notifications or message tracking reports rather than in replies to commands, where RFC 3886 requires 2.1.9 to be used only together with the Action value relayed.",
            how_to_fix: "Nothing needs fixing, because the message has left the reporting system. No further automatic report will come, so if you need confirmation of final delivery, ask the recipient directly.",
        },
        EnhancedStatus::RecipientNullMx => &Texts {
            title: "Recipient address has null MX",
            description: "The domain of the recipient address has published a null MX record as defined in RFC 7505, declaring that it accepts no email at all. No address in that domain can receive the message.",
            when_you_see_it: "Together with the basic code 556 from RFC 7504, usually in a bounce message from your own sending server after it found the null MX in DNS, or in answer to RCPT TO from a relay that checks the recipient domain. It appears as 5.1.10, because a null MX is a permanent statement by the owner of the domain.",
            how_to_fix: "Do not retry: ask the recipient for an address in a domain that accepts mail. If you own the domain and want it to receive mail, replace the null MX record with MX records that point to your mail servers.",
        },
        EnhancedStatus::OtherMailbox => &Texts {
            title: "Other or undefined mailbox status",
            description: "The recipient's mailbox exists, but something about that mailbox stopped or delayed delivery, and the server gives no reason more exact than the mailbox subject. The 4.2.0 form reports a condition that is expected to clear, while 5.2.0 means the mailbox will not take this message as things stand.",
            when_you_see_it: "It comes in reply to RCPT TO, after the final dot that ends the message data, or in a bounce message, from a server that knows the mailbox but has no specific detail code for its problem. The text after the code usually explains more than the code itself.",
            how_to_fix: "Read the reply text to learn the actual cause. With 4.2.0 let your server retry later, which it does on its own. With 5.2.0 do not resend the same message; contact the recipient another way or ask the recipient's administrator to check the mailbox, because only they can fix it.",
        },
        EnhancedStatus::MailboxDisabled => &Texts {
            title: "Mailbox disabled, not accepting messages",
            description: "The recipient's mailbox exists but is switched off for incoming mail, for example because the account is suspended, locked or being closed. 4.2.1 means the mailbox is disabled only for a while and may accept mail again, while 5.2.1 means it is not expected to be enabled again.",
            when_you_see_it: "It usually answers RCPT TO for that recipient, or appears in a bounce message from the recipient's system. Gmail also sends 450 4.2.1 when the recipient is receiving mail too quickly; that is a rate limit, not a disabled mailbox.",
            how_to_fix: "With 4.2.1 your server retries later on its own; if the reply text says mail is arriving too quickly, lower your sending rate to that recipient. With 5.2.1 stop sending to the address and reach the person another way, because only the recipient's administrator can enable the mailbox again.",
        },
        EnhancedStatus::MailboxFull => &Texts {
            title: "Mailbox full",
            description: "The recipient's mailbox has used up its storage quota or the space available to it, so no new message fits until the owner deletes some mail. The registry defines it as a persistent transient failure (4.2.2), but many servers send 552 5.2.2, and the sending server then returns the message instead of retrying.",
            when_you_see_it: "It answers RCPT TO, comes after the final dot of the message data once the server knows the size, or appears in a bounce message. The registry lists 552 as its basic code; the temporary form uses a 4yz code together with 4.2.2.",
            how_to_fix: "The sender cannot fix this: the recipient must delete or archive messages, or the recipient's administrator must raise the quota. With 4.2.2 your server keeps retrying and the message arrives once space is freed; with 5.2.2 tell the recipient through another channel and send the message again later.",
        },
        EnhancedStatus::MessageLengthExceedsLimit => &Texts {
            title: "Message length exceeds administrative limit",
            description: "The message is bigger than the size limit set for this one mailbox, a limit lower than the general limit of the receiving system, which X.3.4 reports instead. It is a permanent failure (5.2.3): sending the same message again fails the same way.",
            when_you_see_it: "It answers RCPT TO when MAIL FROM declared the message size with the SIZE parameter, or comes after the final dot of the message data, normally with basic code 552. Other recipients of the same message on the same server may still accept it.",
            how_to_fix: "Make the message smaller: share large files through a link, compress attachments or split the content over several messages, then send again. If this recipient really needs to receive large messages, the recipient's administrator has to raise the limit for that mailbox.",
        },
        EnhancedStatus::MailingListExpansionProblem => &Texts {
            title: "Mailing list expansion problem",
            description: "The address is a mailing list, and the server could not expand it into the addresses of its members, for example because the list definition is broken or the lookup of its members failed. 4.2.4 reports a temporary problem, while 5.2.4 means the list cannot be expanded as it is currently set up.",
            when_you_see_it: "It answers RCPT TO for the list address, with basic code 450 or 452 for the temporary form as the registry lists, or appears in a bounce message from the list server after it accepted the message. It differs from X.7.2, where the list refuses the sender.",
            how_to_fix: "The list owner or the recipient's administrator must repair the list: its member addresses, its configuration or its access to the directory that holds the members. With 4.2.4 the sending server retries by itself; with 5.2.4 inform the list owner and send again once they confirm the fix.",
        },
        EnhancedStatus::OtherMailSystem => &Texts {
            title: "Other or undefined mail system status",
            description: "The receiving mail system, which normally accepts mail, reports a condition of its own without naming it more exactly. The registry pairs it with the basic codes 221, 250, 421, 451, 550 and 554, so the forms 2.3.0, 4.3.0 and 5.3.0 can all occur.",
            when_you_see_it: "It often comes as 421 4.3.0 or 451 4.3.0 during a passing fault on the receiving server, such as the 421 4.3.0 reply Gmail gives for a temporary system problem. The 5.3.0 form answers RCPT TO or the end of the message data when the system refuses for an internal reason, and 2.3.0 appears on ordinary success replies such as 250 or 221.",
            how_to_fix: "With 2.3.0 nothing needs fixing. With 4.3.0 let your server retry, because the fault lies on the receiving side. With 5.3.0 read the reply text, and if it names no cause, send the full reply and the time it happened to the recipient's administrator, who can trace it in the server's logs.",
        },
        EnhancedStatus::MailSystemFull => &Texts {
            title: "Mail system full",
            description: "The receiving system as a whole is out of storage, for example a full disk or mail queue, so it cannot take the message for anyone. Unlike a full mailbox (X.2.2), the recipient cannot make room by deleting messages, and the registry allows only the temporary form 4.3.1.",
            when_you_see_it: "It answers MAIL FROM, RCPT TO or the end of the message data with basic code 452, as in the Postfix reply 452 4.3.1 Insufficient system storage. A server may also give it to MAIL FROM when the size declared with the SIZE parameter does not fit into its free space for the moment.",
            how_to_fix: "Wait and let your server retry; the message goes through once the receiving side has freed storage. If it lasts for hours, tell the recipient's administrator, who must free or add disk space for the mail queue and the mail store.",
        },
        EnhancedStatus::SystemNotAcceptingMessages => &Texts {
            title: "System not accepting network messages",
            description: "The host that holds the recipient's mailbox is not taking messages from the network, for example during maintenance, under heavy load, shortly before a shutdown or because it never receives mail. 4.3.2 means the condition should pass, while 5.3.2 means the host does not accept mail, as with basic code 521 from RFC 7504.",
            when_you_see_it: "It tends to come early in a connection, in reply to the first commands, as 421 4.3.2 or 521 5.3.2, and a relay that could not hand the message on may quote the same reply in a bounce message. Microsoft Exchange Online also sends 432 4.3.2 when one recipient mailbox is being throttled because it receives too many messages too quickly.",
            how_to_fix: "With 4.3.2 let your server retry later. With 5.3.2 make sure you reach the right host by looking up the MX records of the recipient's domain; if that host really accepts no mail, the recipient has to give you an address at a domain that does.",
        },
        EnhancedStatus::SystemNotCapable => &Texts {
            title: "System not capable of selected features",
            description: "The message asks for a feature that the destination system cannot provide, such as a delivery option or service extension that the next system does not support. Gateways report it when a feature of one mail system has no counterpart in the other.",
            when_you_see_it: "It answers the command that requested the feature, usually MAIL FROM or RCPT TO with an extension parameter, or appears in a bounce message from a gateway that could not carry the feature forward. The registry sets no class limit, so 4.3.3 and 5.3.3 both occur.",
            how_to_fix: "Find in the reply text which feature was refused and send the message without it. With 4.3.3 the feature may become available later and a retry can succeed; with 5.3.3 change the message or its options first, or ask the recipient's administrator to support the feature.",
        },
        EnhancedStatus::MessageTooBigForSystem => &Texts {
            title: "Message too big for system",
            description: "The message is larger than the receiving system accepts for any single message, a limit set for technical or administrative reasons. Unlike X.2.3, the limit applies to the whole system rather than to one mailbox, and the code exists only in the permanent form 5.3.4.",
            when_you_see_it: "It answers MAIL FROM when the SIZE parameter declares more than the maximum the server announced with SIZE in its EHLO reply, or comes after the final dot of the message data when the real size is too big, as in the Postfix reply \"552 5.3.4 Message size exceeds fixed limit\". The registry pairs it with the basic codes 552 and 554.",
            how_to_fix: "Compare the size of the encoded message with the SIZE value in the server's EHLO reply, then bring the message below that value: share large files through a link, compress them or split the message. Resending it unchanged fails again, and only the recipient's administrator can raise the system limit.",
        },
        EnhancedStatus::SystemIncorrectlyConfigured => &Texts {
            title: "System incorrectly configured",
            description: "The receiving system is configured in a way that keeps it from accepting this message, for example a domain missing from its settings or a broken internal delivery route. The fault lies on the receiving side, not with the message or the sender.",
            when_you_see_it: "It answers RCPT TO or the end of the message data, or appears in a bounce message generated inside the recipient's organization, often soon after a configuration change there. Both 4.3.5 and 5.3.5 occur, since the registry sets no class limit.",
            how_to_fix: "As the sender, change nothing in the message; send the complete reply and the time it happened to the recipient's administrator. That administrator should check the server's logs for that moment and correct the domain, routing or filter settings; with 4.3.5 your server keeps retrying in the meantime.",
        },
        EnhancedStatus::PriorityChanged => &Texts {
            title: "Requested priority was changed",
            description: "Defined by RFC 6710 (MT-PRIORITY), this code reports that the message was accepted for relay or delivery, but not at the priority the client requested or at the default priority. The reply text starts with the new priority value, followed by a space and an explanation.",
            when_you_see_it: "It appears only in the success replies 250 or 251, as 2.3.6, from a server that announced MT-PRIORITY in its EHLO reply, when the transaction asked for a priority with the MT-PRIORITY parameter of MAIL FROM or relied on the default one.",
            how_to_fix: "Nothing needs fixing: the message was accepted and the transaction continues as usual. If the priority matters to you, read the new value in the reply text and ask the receiving server's administrator which priorities your account may use; a refusal on priority grounds would come as X.7.15 instead.",
        },
        EnhancedStatus::OtherNetworkRouting => &Texts {
            title: "Other or undefined network or routing status",
            description: "Delivery failed or was delayed by a network or routing problem that the reporting system could not describe with a more specific code. 4.4.0 reports a temporary problem that may clear, while 5.4.0 means the system gave up on this route.",
            when_you_see_it: "It mostly appears in bounce messages, delay notices and logs of your own server or of a relay that could not reach the next host. A relay may also give it in reply to RCPT TO when it cannot route the message any further.",
            how_to_fix: "Check the path to the next host: the DNS lookup of the recipient domain's MX records, whether outgoing connections to port 25 pass your firewall, and the logs of any relay in between. With 4.4.0 your server retries on its own; with 5.4.0 correct the routing problem and send the message again.",
        },
        EnhancedStatus::NoAnswerFromHost => &Texts {
            title: "No answer from host",
            description: "The sending server tried to open a connection to the next host, but that host did not answer, because it was busy, down or unreachable. The registry allows only the temporary form 4.4.1.",
            when_you_see_it: "Since no SMTP conversation took place, the code does not come from the remote server: your own server or relay writes it in its logs, in delay notices and, when the retries run out, in the bounce message. Typically, its connection attempts to port 25 of the recipient's MX hosts time out or are refused.",
            how_to_fix: "From the sending host, check that the recipient domain's MX records are correct and that a connection to port 25 of those hosts opens; an outbound block on port 25 by a firewall or by the network provider is a common cause. If the remote host is down, only its administrator can fix it, and your server keeps retrying until its queue lifetime ends.",
        },
        EnhancedStatus::BadConnection => &Texts {
            title: "Bad connection",
            description: "A connection to the next host was opened, but the transaction could not be completed because of a timeout or a poor or broken connection. The registry allows only the temporary form 4.4.2, with basic code 421.",
            when_you_see_it: "A server sends 421 4.4.2 when it closes the connection, for example after waiting too long for the next command or for the message data. Your own server also records it in logs and delay notices when the remote side dropped the connection in the middle of a transaction, which RFC 5321 says to treat like a 451 reply.",
            how_to_fix: "Let your server retry. If it keeps happening with one destination, look for trouble on the path between the two hosts, such as packet loss or a firewall or proxy that cuts long connections, and for slow steps on the client side, such as content scanning that delays the next command.",
        },
        EnhancedStatus::DirectoryServerFailure => &Texts {
            title: "Directory server failure",
            description: "The mail system could not forward the message because a directory server it depends on was unavailable; failing to reach a DNS server is the typical case, and a failed recipient lookup in a directory such as LDAP is another. The registry allows only the temporary form 4.4.3, although it lists 451 and 550 as basic codes.",
            when_you_see_it: "A receiving server answers RCPT TO with 451 4.4.3 when it cannot look up the recipient or check the sender's domain, and your own server reports it in delay notices when it cannot find the MX records of the recipient's domain through DNS.",
            how_to_fix: "Wait for the retry, which often succeeds once the directory answers again. If it persists, the administrator of the system that reported it must check its DNS resolver or directory server: that it runs, can be reached and answers in time; as the sender's administrator, test the MX lookup for the recipient's domain from your own server.",
        },
        EnhancedStatus::UnableToRoute => &Texts {
            title: "Unable to route",
            description: "The mail system could not work out the next hop for the message because the routing information it needs, usually from DNS, was not available. A DNS answer holding only an SOA record for the domain, with no MX or address record, is the classic example; 4.4.4 is temporary and 5.4.4 is permanent.",
            when_you_see_it: "It mostly appears in bounce messages from your own server or a relay after the MX and address lookups for the recipient's domain gave nothing usable. A relay may also answer RCPT TO with it when it has no route for that domain.",
            how_to_fix: "Check the recipient's domain for typing mistakes and look up its MX and address records. If the domain has none, the recipient domain's administrator must publish them; if they exist, check your server's DNS resolver and its routing settings. With 4.4.4 a retry may succeed; with 5.4.4 send again only after the cause is fixed.",
        },
        EnhancedStatus::MailSystemCongestion => &Texts {
            title: "Mail system congestion",
            description: "The mail system could not deliver the message because it was congested, with more messages or connections than it could handle at that moment. The registry allows only the temporary form 4.4.5, with basic code 451.",
            when_you_see_it: "It can answer almost any command while a server is overloaded, such as the busy reply 421 4.4.5 that Gmail sends, and it also shows up in delay notices from relays that hold the message in their queue.",
            how_to_fix: "Let your server retry later, which normally succeeds once the load drops. If it happens often with one destination, reduce the number of parallel connections and the sending rate towards it; if the congested system is your own, its administrator must add capacity or spread the load.",
        },
        EnhancedStatus::RoutingLoopDetected => &Texts {
            title: "Routing loop detected",
            description: "The message was forwarded too many times because it went round in a loop, caused by wrong routing tables between servers or by forwarding rules that pass it back and forth between mailboxes. The registry allows only 4.4.6, but a server that breaks a loop usually returns the message, so 5.4.6 is also seen.",
            when_you_see_it: "It appears in a bounce message, usually after a server counted too many Received lines in the message header. Loops often start after a change to MX records, relay settings or a mailbox forwarding rule.",
            how_to_fix: "Read the Received lines of the returned message to see which hosts the message circled between, then correct the MX records, relay settings or forwarding rules on those hosts. Check the forwarding and automatic reply rules of both the sender's and the recipient's mailboxes; sending again before the fix only sends the message round the loop again.",
        },
        EnhancedStatus::DeliveryTimeExpired => &Texts {
            title: "Delivery time expired",
            description: "A server considered the message too old: it stayed in the queue longer than that server allows, or the time limit the sender set for it passed before delivery succeeded. The registry sets no class limit, so some servers use 4.4.7 and others 5.4.7 for the same expired message; read the report to see whether delivery is still being attempted.",
            when_you_see_it: "It appears in a delay notice or a bounce message from your own server or a relay along the way, after hours or days of failed attempts. RFC 3463 asks the reporting system to give the code of the actual problem when it can, so the report often also contains the last error it met.",
            how_to_fix: "Look in the diagnostic text of the report or in your server's logs for the last reply or connection error of each attempt, such as a host that did not answer, greylisting or a full mailbox, and fix that cause. If the report says delivery has failed, send the message again once the cause is fixed, because the server has stopped retrying it.",
        },
        // X.5.0
        EnhancedStatus::OtherProtocol => &Texts {
            title: "Other or undefined protocol status",
            description: "This is a general status about the SMTP dialogue itself, used when none of the more specific X.5 detail codes fits. The class digit carries the meaning: 2.5.0 confirms that a protocol step worked, 4.5.0 reports a temporary protocol problem and 5.5.0 a permanent one.",
            when_you_see_it: "It can follow almost any command, since the registry pairs it with basic codes ranging from 220, 250 and 252 to 451, 454, 501, 503 and 554. Postfix, for example, sends 554 5.5.0 for a protocol synchronization error, when the client sends commands before the greeting or ahead of the server's replies without PIPELINING.",
            how_to_fix: "With 2.5.0 nothing needs fixing. With 4.5.0 the sending program should retry later; with 5.5.0 the same exchange will fail again, so the sender's administrator must read the text after the code and the client's session log to find the command that broke the dialogue. For a synchronization error, make the client wait for the greeting and for each reply, and pipeline commands only when the server lists PIPELINING in its EHLO reply.",
        },
        // X.5.1
        EnhancedStatus::InvalidCommand => &Texts {
            title: "Invalid command",
            description: "The client sent a command that the server will not accept at this point, either because it comes out of sequence or because the server does not support it or has switched it off. The registry treats it as permanent only, so it normally appears as 5.5.1.",
            when_you_see_it: "Postfix sends 503 5.5.1 for MAIL FROM before EHLO or HELO on a server that requires them, RCPT TO before MAIL FROM, DATA before any RCPT TO, or a second MAIL FROM inside an open transaction. It also sends 554 5.5.1 in reply to DATA when every RCPT TO was rejected, 502 5.5.1 when VRFY is disabled, and 521 5.5.1 (then it closes the connection) when a client uses BDAT while CHUNKING is switched off.",
            how_to_fix: "Sending the same command again in the same state will fail again. The client's developer or the sender's administrator should make the program keep the order EHLO, MAIL FROM, RCPT TO, then DATA or BDAT, and use an optional command such as BDAT only when the server announces it in its EHLO reply. Do not rely on VRFY, because many servers disable it. If DATA was refused because every recipient was rejected, read the earlier RCPT TO replies, which say why each address was turned down.",
        },
        // X.5.2
        EnhancedStatus::SyntaxError => &Texts {
            title: "Syntax error",
            description: "The server could not interpret a command line, because the command word is unknown or misspelled or because the line does not follow the SMTP syntax. The registry treats it as permanent only, so it normally appears as 5.5.2.",
            when_you_see_it: "It comes with 500, 501, 502, 550 or 555, right after the faulty line: Postfix answers an unknown command word with 5.5.2, and RFC 4954 pairs 501 with 5.5.2 when the base64 data a client sends during AUTH cannot be decoded. It also appears when something other than an SMTP client connects, for example a program that starts a TLS negotiation on port 25 or 587 instead of sending STARTTLS first.",
            how_to_fix: "Repeating the same line will not help. The client's developer should compare the failing line with the client's session log: check the spelling of the command, that every line ends with CRLF, that the addresses in MAIL FROM and RCPT TO are written inside angle brackets, and that the AUTH data is valid base64. For TLS, use port 465 for a connection that is encrypted from the start, and send STARTTLS first on ports 25 and 587.",
        },
        // X.5.3
        EnhancedStatus::TooManyRecipients => &Texts {
            title: "Too many recipients",
            description: "The message named more recipients than the server accepts in one transaction. RFC 3463 expects the sender to split such a message and deliver the remaining recipients in a later transaction, and keeps this code for cases where that split is not made or is not possible.",
            when_you_see_it: "After a RCPT TO once the limit is reached. The correct basic code for this case is 452 (RFC 5321 section 4.5.3.1.10), and Postfix sends 452 4.5.3; the registry lists 451, and a 552 for this case, which RFC 821 listed by mistake, should also be treated as temporary by clients.",
            how_to_fix: "The recipients that were already accepted are fine: keep them, finish the transaction with DATA, and send the rest of the recipient list in a new transaction afterwards (a well-behaved client does this by itself). With 4.5.3 that later attempt can succeed; a 5.5.3 is a permanent refusal of the message as sent, so the sender must split the list into smaller groups. RFC 5321 requires a server to accept at least 100 recipients per message, so a lower limit is something to raise with the receiving server's administrator.",
        },
        // X.5.4
        EnhancedStatus::InvalidCommandArguments => &Texts {
            title: "Invalid command arguments",
            description: "The command itself is valid, but one of its arguments is out of range or names a feature, parameter or option the server does not recognize. The registry treats it as permanent only, so it normally appears as 5.5.4.",
            when_you_see_it: "Typically after AUTH with a mechanism the server does not offer (504 5.5.4 in RFC 4954), after MAIL FROM or RCPT TO with a parameter the server did not announce (Postfix sends 555 5.5.4 for an unsupported option), or after a BDAT line whose size or LAST keyword is malformed (Postfix answers 521 5.5.4).",
            how_to_fix: "The same command will keep failing until it changes. The client's developer should read the server's EHLO reply, use only the AUTH mechanisms, the MAIL FROM and RCPT TO parameters (such as SIZE, BODY or SMTPUTF8) and the other extensions listed there, and check that every value has the right format. If the argument named in the reply text looks correct, ask the server's administrator whether that feature has been disabled.",
        },
        // X.5.5
        EnhancedStatus::WrongProtocolVersion => &Texts {
            title: "Wrong protocol version",
            description: "The client and the server use versions or variants of the mail protocol that do not match, and they could not settle the difference on their own. The registry gives no basic code for it, and it is rare in practice.",
            when_you_see_it: "No standard command is tied to it: a server or gateway may send it at the start of the session, or in a delivery report, when it finds that the other side speaks an incompatible version of the protocol.",
            how_to_fix: "The sender's administrator should compare the software and settings on both sides: whether the client speaks SMTP, ESMTP or LMTP where the server expects it, and whether a gateway on the delivery path runs an outdated implementation. A 4.5.5 can be retried later, for example after a configuration change on the receiving side; a 5.5.5 will fail again until one side is updated or reconfigured.",
        },
        // X.5.6
        EnhancedStatus::AuthLineTooLong => &Texts {
            title: "Authentication Exchange line is too long",
            description: "A line the client sent during the AUTH exchange was longer than the server can buffer for the chosen authentication mechanism, so the server failed the AUTH command. The code was added by RFC 4954 and may be sent as 4.5.6 or as 5.5.6.",
            when_you_see_it: "After AUTH or one of the base64 response lines that follow a 334 challenge. RFC 4954 pairs it with the basic code 500, giving the reply 500 5.5.6, and notes that authentication data can be much longer than ordinary commands and considers 12288 octets a sufficient line length limit for this exchange.",
            how_to_fix: "The client's developer should check that the program sends each base64 response once, as a single correct line, and that credentials or tokens carry no extra data. If the data is legitimately long, choose a mechanism with shorter responses or ask the server's administrator to raise the limit; a 4.5.6 may succeed on a later attempt, while a 5.5.6 will not until something changes.",
        },
        // X.6.0
        EnhancedStatus::OtherMedia => &Texts {
            title: "Other or undefined media error",
            description: "Something in the content of the message made it undeliverable, and no more specific X.6 detail code describes the problem. It is the general code for trouble with the message body, its encoding or its MIME structure.",
            when_you_see_it: "Usually in reply to the end of the message data after DATA or the last BDAT chunk, or in a delivery report from a server further along the path that had accepted the message. The registry gives no basic code; 4.6.0 means the content problem may clear up on a later attempt, while 5.6.0 rejects the content as sent.",
            how_to_fix: "Read the text after the code, since the server usually names what it objected to, such as an attachment type, a malformed header or an encoding problem. The sender should correct the content (for example re-encode attachments or remove the rejected file) and send again; with 4.6.0 a plain retry later may be enough, and if the content looks correct the recipient's administrator has to explain the rule.",
        },
        // X.6.1
        EnhancedStatus::MediaNotSupported => &Texts {
            title: "Media not supported",
            description: "The message uses a kind of content that the delivery protocol or the next system on the path cannot carry or accept, such as 8-bit or binary data or a refused content type. The registry treats it as permanent only, so it appears as 5.6.1.",
            when_you_see_it: "After the message data, or in a delivery report from a relay that could not pass the message on, for example when binary content sent with BODY=BINARYMIME or 8-bit content has to go to a server that does not announce BINARYMIME or 8BITMIME.",
            how_to_fix: "Resending the same message will fail again. The sender should send the content in a form every server accepts, for example with attachments encoded as base64 or quoted-printable, or remove the unsupported part; the client's developer should use BODY=8BITMIME or BODY=BINARYMIME only when the server announces that extension in its EHLO reply.",
        },
        // X.6.2
        EnhancedStatus::ConversionProhibited => &Texts {
            title: "Conversion required and prohibited",
            description: "The message would have to be converted before the next system could take it, for example from 8-bit to 7-bit, but conversion is forbidden, either by a marking in the message itself or by the policy of the sending server.",
            when_you_see_it: "In a delivery report from a relay, or after the message data, when the next server lacks a feature the message needs. The registry gives neither a basic code nor a class limit: a 5.6.2 rejects the message as it stands, while a 4.6.2 means the condition may be temporary and the system will retry.",
            how_to_fix: "The sender should send the message in a form that needs no conversion, such as 7-bit text with attachments encoded as base64 or quoted-printable, or lift the prohibition if the sender set it. If the prohibition comes from the sending server's policy, the sender's administrator must decide whether conversion may be allowed.",
        },
        // X.6.3
        EnhancedStatus::ConversionNotSupported => &Texts {
            title: "Conversion required but not supported",
            description: "The message has to be converted before it can be forwarded, but a server on the path cannot do that conversion or finds it impractical. RFC 3463 names the typical case: a gateway that accepts 8-bit data but cannot turn the message into the 7-bit form the next server needs.",
            when_you_see_it: "The registry pairs it with 554, usually after the message data or in a delivery report from the relay that got stuck. A 5.6.3 is permanent for this message and path, while a 4.6.3 means the relay will retry later.",
            how_to_fix: "The sender can avoid the problem by sending content that needs no conversion: 7-bit text, with 8-bit parts and attachments encoded as base64 or quoted-printable. The administrator of the relay that reported it should check whether the next server announces 8BITMIME and whether the relay can be set up to convert, or route the mail another way.",
        },
        // X.6.4
        EnhancedStatus::ConversionWithLoss => &Texts {
            title: "Conversion with loss performed",
            description: "The message was delivered, but a system on the path had to convert its content and some information was lost in the process. It is normally a warning with class 2 (basic code 250); it becomes a permanent 5.6.4 failure when the sender asked that no lossy conversion be made.",
            when_you_see_it: "As 250 2.6.4, or in a delivery status report, when a relay or gateway converts the content for a next server that cannot take it as sent, for example by dropping parts it cannot represent.",
            how_to_fix: "Nothing needs fixing for delivery: the recipient has the message. Ask the recipient whether the content arrived intact, and if parts were lost, send them again in a simpler, widely supported form. A 5.6.4 means the message was not delivered because lossy conversion was forbidden; send it in a form that needs no conversion.",
        },
        // X.6.5
        EnhancedStatus::ConversionFailed => &Texts {
            title: "Conversion Failed",
            description: "A conversion of the message content was needed and was attempted, but it did not succeed. The registry allows both a temporary 4.6.5 and a permanent 5.6.5.",
            when_you_see_it: "After the message data or in a delivery report from the system that tried the conversion, for example a gateway re-encoding the message for the next server. The registry gives no basic code for it.",
            how_to_fix: "With 4.6.5 the converting system may succeed later, so retry later or let the queue retry. With 5.6.5 the sender should send the content in a simpler form that needs no conversion (plain 7-bit text, attachments in base64), and the administrator of the converting system should look in its logs for the part that failed.",
        },
        // X.6.6
        EnhancedStatus::ContentNotAvailable => &Texts {
            title: "Message content not available",
            description: "The server was asked to fetch the message content from a remote system and could not get it. The code comes from BURL (RFC 4468), which lets a client submit a message by pointing to a copy stored elsewhere instead of sending the data itself.",
            when_you_see_it: "After a BURL command during message submission, usually as 554 5.6.6, when the submission server cannot retrieve the content from the given URL, typically a message stored on the user's IMAP server. It is 4.6.6 when the remote system is only temporarily out of reach, and 5.6.6 when the content cannot be fetched at all.",
            how_to_fix: "With 4.6.6 retry later. With 5.6.6 the client should check the URL it gave in BURL (that it points to an existing message and that its authorization has not expired or been revoked), or fall back to sending the message with DATA or BDAT; the administrators should make sure the submission server can reach and log in to the IMAP server.",
        },
        // X.6.7
        EnhancedStatus::NonAsciiAddressNotPermitted => &Texts {
            title: "Non-ASCII addresses not permitted for that sender/recipient",
            description: "An address in MAIL FROM or RCPT TO contains characters outside ASCII (an internationalized address), and the server will not accept such an address for that sender or recipient. The code belongs to the SMTPUTF8 extension, RFC 6531.",
            when_you_see_it: "RFC 6531 uses 553 with X.6.7 when a RCPT TO needs an ASCII address, and 550 with X.6.7 when MAIL FROM does. Postfix sends 553 5.6.7 when a client uses a non-ASCII address without adding the SMTPUTF8 parameter to MAIL FROM.",
            how_to_fix: "The client's developer should add SMTPUTF8 to MAIL FROM whenever an address or header contains non-ASCII characters, and only after the server has listed SMTPUTF8 in its EHLO reply. If the server does not support SMTPUTF8, or still refuses the address, the sender must use an ASCII address for that sender or recipient, if one exists.",
        },
        // X.6.8
        EnhancedStatus::Utf8ReplyNotPermitted => &Texts {
            title: "UTF-8 string reply is required, but not permitted by the SMTP client",
            description: "The server's answer would have to contain a UTF-8 string, usually an internationalized mailbox name, but the client has not said that it can accept UTF-8 in that reply. The code is defined by RFC 6531 (SMTPUTF8).",
            when_you_see_it: "After VRFY or EXPN sent without the SMTPUTF8 parameter when the answer needs UTF-8. RFC 6531 requires 252 or 550 in this case (the registry also lists 553); with 252 the class digit is 2 (2.6.8), matching that success reply, and with 550 or 553 the code is 5.6.8.",
            how_to_fix: "If the client can handle UTF-8, it should repeat the VRFY or EXPN command with the SMTPUTF8 parameter, after checking that the server lists SMTPUTF8 in its EHLO reply. Otherwise nothing is broken: a 252 still means that the server will accept mail for the address, so send the message as usual.",
        },
        // X.6.9
        EnhancedStatus::Utf8HeaderNotTransferable => &Texts {
            title: "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected",
            description: "The message has internationalized (UTF-8) header fields, and the system of at least one recipient cannot accept such a message, so the whole message is refused. The code is defined by RFC 6531 (SMTPUTF8).",
            when_you_see_it: "After the end of the message data, the line with a single dot that closes DATA. RFC 6531 answers with 554 5.6.9, while the registry lists 550 for this code; RFC 6531 also encourages servers to detect the problem earlier, at RCPT TO.",
            how_to_fix: "Resending the same message to the same recipients will fail again. The sender should send those recipients a version whose addresses and headers are ASCII only, or use other addresses for them; the recipient's administrator should make every MX server of the domain support SMTPUTF8, since RFC 6531 advises that either all of them or none of them do.",
        },
        // X.6.10
        EnhancedStatus::Utf8ReplyNotPermittedDeprecated => &Texts {
            title: "Duplicate of X.6.8 (deprecated)",
            description: "This deprecated code has the same meaning as X.6.8: a reply would have to contain a UTF-8 string that the client has not allowed. RFC 5336, the experimental UTF8SMTP extension, registered X.6.8 and X.6.10 with the same wording, pairing X.6.10 with 252 and X.6.8 with 553 and 550. RFC 6531 merged both into X.6.8 and deprecated X.6.10, which the registry now lists without a title.",
            when_you_see_it: "Only from older software written for RFC 5336, typically after a VRFY or EXPN that did not carry the UTF8REPLY parameter RFC 5336 used for this purpose (RFC 6531 replaced it with SMTPUTF8). Current servers send X.6.8 instead.",
            how_to_fix: "Treat it exactly like X.6.8: repeat VRFY or EXPN with the SMTPUTF8 parameter if the client can handle UTF-8 and the server announces SMTPUTF8 in its EHLO reply, or simply send the message when the reply was 252. The server's administrator should update software that still sends X.6.10, since the registry marks it as deprecated.",
        },
        EnhancedStatus::OtherSecurity => &Texts {
            title: "Other or undefined security status",
            description: "A security or policy check affected the message or the session, and the server gives no more specific detail. The class digit carries the outcome: 2.7.0 reports success, 4.7.0 a temporary refusal and 5.7.0 a permanent one.",
            when_you_see_it: "RFC 4954 and RFC 3207 pair it with common replies: 235 2.7.0 after a successful AUTH, 454 4.7.0 for a temporary authentication failure, and 530 5.7.0 when a command arrives before the required STARTTLS or AUTH. Servers also use it elsewhere, for example Postfix in 454 4.7.0 when TLS is not available and Gmail in 421 4.7.0 when the sending rate or reputation of an IP address triggers a block.",
            how_to_fix: "With 2.7.0 nothing needs fixing. After 4.7.0, wait and try again later; if it keeps coming, read the reply text, which usually names the policy, and check your sending rate and the reputation of your IP address. After 5.7.0, do what the text asks before sending again, usually STARTTLS or authentication with AUTH first.",
        },
        EnhancedStatus::DeliveryNotAuthorized => &Texts {
            title: "Delivery not authorized, message refused",
            description: "The receiving server's policy does not let this sender, client host or message reach the destination, for example because the server does not relay for the recipient's domain or the recipient takes mail only from chosen senders. The registry describes it as permanent, yet servers also send 4.7.1 for refusals they expect to lift later.",
            when_you_see_it: "Usually after RCPT TO, as in Postfix's 554 5.7.1 Relay access denied, or after the message data when a content filter refuses the message; RFC 2034 shows 551 5.7.1 from a server that does not forward to remote hosts. The temporary form appears in replies such as Postfix's 454 4.7.1 for a relay request it defers and 450 4.7.1 when a client sends too much mail too fast.",
            how_to_fix: "If you relay through this server, authenticate with AUTH on port 587 or 465, or ask its administrator to allow your host. If the server does not host the recipient's domain, check the MX records of that domain so that your mail goes to the right server. For 4.7.1, slow down and try again later; for 5.7.1, do not resend unchanged, and ask the recipient's administrator to allow your address or host if the refusal seems wrong.",
        },
        EnhancedStatus::ListExpansionProhibited => &Texts {
            title: "Mailing list expansion prohibited",
            description: "The sender may not post to the mailing list or distribution group it addressed, so the server refuses to expand the list to its members. The registry treats it as permanent only, so it appears as 5.7.2.",
            when_you_see_it: "After RCPT TO naming the list address, or in a bounce from the list server, typically with 550. Lists that accept posts only from their members or from named senders produce it.",
            how_to_fix: "Retrying does not help. Ask the list owner or the recipient's administrator to let your address post, or send from an address that is already allowed, such as the one you subscribed with.",
        },
        EnhancedStatus::SecurityConversionNotPossible => &Texts {
            title: "Security conversion required but not possible",
            description: "Delivery needed the message to be converted from one secure messaging format to another, for example at a gateway between systems that sign or encrypt mail differently, and that conversion could not be done. The registry defines it as permanent only (5.7.3).",
            when_you_see_it: "Rarely as a direct SMTP reply. You mostly meet it in a bounce from a gateway that handles signed or encrypted mail, after it has already accepted the message.",
            how_to_fix: "Sending the same message again will fail again. Send it in a security format the recipient's system supports, or unsigned and unencrypted if your policy allows, and ask the recipient's administrator which formats their gateway accepts.",
        },
        EnhancedStatus::SecurityFeaturesNotSupported => &Texts {
            title: "Security features not supported",
            description: "The message or command asked for a security feature, such as a form of secure authentication, that the receiving system cannot provide on this delivery path. The registry defines it as permanent only (5.7.4) and pairs it with reply code 504.",
            when_you_see_it: "As 504 5.7.4 in reply to a command whose security option the server does not implement, or in a bounce from a relay that cannot carry the requested feature on to the next system.",
            how_to_fix: "Do not retry unchanged. Check which extensions the server lists in its EHLO reply and use only those, or send without the feature; if you need it, ask the recipient's administrator to support it or use another route.",
        },
        EnhancedStatus::CryptographicFailure => &Texts {
            title: "Cryptographic failure",
            description: "A system that is allowed to verify or decrypt messages in transit could not do so for this message, because a key or other needed information was missing or invalid. The registry sets no class: 4.7.5 means the system expects the problem to clear, 5.7.5 that the message will not pass as it is.",
            when_you_see_it: "Rarely as a direct SMTP reply. It mostly appears in a bounce from a gateway that checks signatures or decrypts mail for the recipient's organization.",
            how_to_fix: "Check that the message was signed or encrypted with a current, valid key that the recipient's side knows, for example the recipient's current certificate. After 4.7.5 the sending server retries by itself; after 5.7.5, sort out the key or certificate with the recipient's administrator and send again.",
        },
        EnhancedStatus::CryptographicAlgorithmNotSupported => &Texts {
            title: "Cryptographic algorithm not supported",
            description: "A system authorized to verify or decrypt the message in transit could not do so because the message uses a signing or encryption algorithm that the system does not support. The registry sets no class; 5.7.6 is the usual form, since the same message would fail again.",
            when_you_see_it: "Mostly in a bounce from a gateway that verifies signatures or decrypts mail for the recipient, after the message had been accepted for delivery.",
            how_to_fix: "Resend the message signed or encrypted with an algorithm both sides support, usually by changing the security settings or the certificate in your mail client. If you cannot tell which algorithms work, ask the recipient's administrator what their gateway accepts.",
        },
        EnhancedStatus::MessageIntegrityFailure => &Texts {
            title: "Message integrity failure",
            description: "A system authorized to validate the message found that it had been corrupted or altered on the way, so its integrity check failed. The registry allows all three classes: 2.7.7 means delivered with a warning, 4.7.7 a temporary failure and 5.7.7 a permanent one.",
            when_you_see_it: "In a delivery status report or bounce from a system that validates message signatures or checksums, after the message data was transferred.",
            how_to_fix: "With 2.7.7 the message arrived, but find out what changed it on the way. For 4.7.7 or 5.7.7, look for a relay, filter or added footer that rewrites the message after it was signed, send it again without that change, and ask the recipient's administrator for details if it keeps failing.",
        },
        EnhancedStatus::AuthCredentialsInvalid => &Texts {
            title: "Authentication credentials invalid",
            description: "The AUTH exchange failed because the user name, password or other credentials were wrong or insufficient. RFC 4954 pairs it with 535, the general reply for a failed login; before RFC 5248, BURL servers following RFC 4468 used 5.7.8 for a missing trust relationship, which is now X.7.14.",
            when_you_see_it: "After the AUTH command and its exchange, typically as 535 5.7.8, when a mail client or application logs in to a submission server. A 554 5.7.8 in reply to a BURL command carries the old meaning and should be read as X.7.14.",
            how_to_fix: "Check the user name and password stored in the mail client or application and enter them again; the client should ask for new credentials instead of retrying the same ones. If the provider requires an application password or another login method for this account, set that up, because repeated failures can get the account or IP address blocked for a while.",
        },
        EnhancedStatus::AuthMechanismTooWeak => &Texts {
            title: "Authentication mechanism is too weak",
            description: "The server refuses the authentication mechanism the client chose, because its policy requires a stronger one for this user. RFC 4954 pairs it with 534.",
            when_you_see_it: "In reply to AUTH, as 534 5.7.9, for example when the client picks a mechanism that sends the password in a form the server's policy does not accept for this account.",
            how_to_fix: "Configure the client to use a stronger mechanism from the list the server advertises after the AUTH keyword in its EHLO reply, and repeat the AUTH command with it. If none of the listed mechanisms works, ask the server's administrator which one the account must use.",
        },
        EnhancedStatus::EncryptionNeeded => &Texts {
            title: "Encryption Needed",
            description: "The requested action needs an encrypted connection first; RFC 5248 registered it mainly for clear-text authentication mechanisms that must run under TLS. RFC 8689 also lets a bounce for a REQUIRETLS message use 5.7.10.",
            when_you_see_it: "After AUTH with a clear-text mechanism on a connection without TLS; the registry pairs it with 523. It also appears in bounces for messages that required TLS when no secure path to the recipient was found.",
            how_to_fix: "Send STARTTLS, complete the TLS handshake, send EHLO again and then authenticate, or connect to port 465, where TLS starts at once. For a REQUIRETLS bounce, the recipient's side must offer TLS, or the sender must decide to send the message without that requirement.",
        },
        EnhancedStatus::EncryptionRequiredForAuth => &Texts {
            title: "Encryption required for requested authentication mechanism",
            description: "The chosen authentication mechanism may only be used on an encrypted connection. RFC 4954 keeps 538 5.7.11 for historical reasons only, because current servers do not offer such mechanisms before TLS is active.",
            when_you_see_it: "After AUTH on an unencrypted connection, as 538 5.7.11 (the registry also lists 524), mainly from older servers.",
            how_to_fix: "Start TLS with STARTTLS, send EHLO again and repeat AUTH, or use port 465 with TLS from the start. Configure the client to require encryption so that it never sends credentials in clear text.",
        },
        EnhancedStatus::PasswordTransitionNeeded => &Texts {
            title: "A password transition is needed",
            description: "The account must first be moved to the authentication mechanism the client chose, which is usually done by logging in once with the PLAIN mechanism so the server can store the credentials in the form that mechanism needs. RFC 4954 pairs it with 432, so it normally arrives in the temporary form 4.7.12.",
            when_you_see_it: "After AUTH, as 432 4.7.12 (the registry also lists 422), when the password stored for the account does not yet support the selected mechanism.",
            how_to_fix: "Log in once with AUTH PLAIN over an encrypted connection, after STARTTLS or on port 465; the selected mechanism should then work in later sessions. If the client cannot do this, ask the server's administrator to complete the transition.",
        },
        EnhancedStatus::UserAccountDisabled => &Texts {
            title: "User Account Disabled",
            description: "The credentials were correct, but an administrator has disabled the account itself, for example because of non-payment, abuse or a suspected break-in. Unlike a mistyped password, the failure is permanent (5.7.13) until the account is enabled again.",
            when_you_see_it: "After an AUTH exchange that succeeded on a disabled account; the registry pairs it with 525.",
            how_to_fix: "Do not prompt for the password again and do not retry; the client should tell the user that the account is disabled. The account holder must contact the provider or the administrator to have it enabled again.",
        },
        EnhancedStatus::TrustRelationshipRequired => &Texts {
            title: "Trust relationship required",
            description: "The submission server needs a configured trust relationship with a third-party server before it may fetch the message content from there, as in BURL submission (RFC 4468), where the client names the message by a URL. RFC 5248 moved this meaning here from X.7.8.",
            when_you_see_it: "Usually in reply to a BURL command, as 554 5.7.14, when the server may not fetch the referenced content; the registry also lists 535. Servers written before RFC 5248 send 5.7.8 for the same case.",
            how_to_fix: "Ask the administrators of the submission server and of the server that stores the message, usually an IMAP server, to set up the trust between them. Until then, send the message content with DATA or BDAT instead of a reference.",
        },
        EnhancedStatus::PriorityTooLow => &Texts {
            title: "Priority Level is too low",
            description: "The priority the sender requested with the MT-PRIORITY extension (RFC 6710) is below the lowest level the receiving server accepts. The 4.7.15 form, usually with 450, means the server takes only higher-priority mail for now; the 5.7.15 form, usually with 550, means this priority is refused outright.",
            when_you_see_it: "After MAIL FROM carrying an MT-PRIORITY parameter, or after RCPT TO, on a server that advertises MT-PRIORITY in its EHLO reply.",
            how_to_fix: "For 4.7.15, let the message wait in the queue and try again later, when the server accepts lower priorities again. For 5.7.15, resend with a higher priority if the sender is entitled to it, or ask the receiving server's administrator about its priority policy.",
        },
        EnhancedStatus::MessageTooBigForPriority => &Texts {
            title: "Message is too big for the specified priority",
            description: "The server accepts messages at the requested MT-PRIORITY level (RFC 6710) only up to a certain size, and this message is larger. It usually comes with 552; the condition may be temporary (4.7.16) or permanent (5.7.16).",
            when_you_see_it: "After MAIL FROM with MT-PRIORITY and a SIZE value above the limit, or after the message data when the real size is known.",
            how_to_fix: "Make the message smaller, for example by sharing large attachments as links, or send it at a lower priority. With 4.7.16, a later retry may succeed once the server relaxes its limit.",
        },
        EnhancedStatus::MailboxOwnerChanged => &Texts {
            title: "Mailbox owner has changed",
            description: "The sender asked, with the RRVS extension or a Require-Recipient-Valid-Since header field (RFC 7293), for delivery only if the mailbox has had the same owner since a given date, and the receiving system knows that the owner changed after it. The code is permanent only (5XX).",
            when_you_see_it: "After RCPT TO with an RRVS parameter, or in a bounce for a message that carried the header field.",
            how_to_fix: "Do not resend to this address, because it now belongs to someone else. Get the person's new address through another channel and update your records.",
        },
        EnhancedStatus::DomainOwnerChanged => &Texts {
            title: "Domain owner has changed",
            description: "Under an RRVS check (RFC 7293), the receiving system reports that the recipient's domain itself has changed owner since the date the sender gave. The code is permanent only (5XX).",
            when_you_see_it: "After RCPT TO with an RRVS parameter, or in a bounce for a message that carried a Require-Recipient-Valid-Since header field.",
            how_to_fix: "Treat the address as no longer belonging to the person you knew and stop sending to it. Ask the person for a current address and update your mailing list or account records.",
        },
        EnhancedStatus::RrvsTestIncomplete => &Texts {
            title: "RRVS test cannot be completed",
            description: "The receiving system cannot perform the RRVS check (RFC 7293) that the sender requested, because it did not record the date it would need to compare mailbox ownership. The code is permanent only (5XX).",
            when_you_see_it: "After RCPT TO with an RRVS parameter when the receiving system keeps no record of when the mailbox was created or changed hands, or in a bounce for a message with a Require-Recipient-Valid-Since header field that a later server could not check.",
            how_to_fix: "The sender decides whether the message may go without the ownership check; if so, resend it without the RRVS parameter or header field. If the check matters, as for a password reset, confirm the address another way first.",
        },
        EnhancedStatus::NoPassingDkimSignature => &Texts {
            title: "No passing DKIM signature found",
            description: "The receiving server requires a valid DKIM signature (RFC 6376), and the message has none that verifies: it is unsigned, or every signature failed. RFC 7372 registered it with 550.",
            when_you_see_it: "After the message data, since DKIM is checked on the content, usually as 550 5.7.20; filtering services also report it in bounces.",
            how_to_fix: "The sender's administrator should sign outgoing mail with DKIM and publish the matching public key in DNS. If the mail is already signed, look for a relay, mailing list or added footer that changes the message after signing, and check that the key record for the selector exists.",
        },
        EnhancedStatus::NoAcceptableDkimSignature => &Texts {
            title: "No acceptable DKIM signature found",
            description: "The message has at least one DKIM signature that verifies, but none that the receiver's policy accepts, for example because the signing domain is not one it trusts for this mail. RFC 7372 registered it with 550.",
            when_you_see_it: "After the message data, as 550 5.7.21, when the receiver checks which domain signed the message.",
            how_to_fix: "Sign with a domain the receiver accepts, normally your own domain rather than only the shared domain of your email provider. If it is unclear which signing domain is expected, ask the recipient's administrator.",
        },
        EnhancedStatus::NoAuthorMatchedDkimSignature => &Texts {
            title: "No valid author-matched DKIM signature found",
            description: "The message has valid DKIM signatures, but none from a domain matching the author address in the From field, and the receiver requires such a match. RFC 7372 describes it as a special case of X.7.21.",
            when_you_see_it: "After the message data, as 550 5.7.22, typically for mail sent through a third-party service that signs with its own domain.",
            how_to_fix: "Have the sending service sign with the domain of your From address, usually by publishing the DKIM key it gives you under your domain. Otherwise send from an address whose domain matches the signature.",
        },
        EnhancedStatus::SpfValidationFailed => &Texts {
            title: "SPF validation failed",
            description: "The SPF check (RFC 7208) gave a fail result: the SPF record of the sender's domain does not authorize the sending IP address, and the receiver's policy rejects such mail. RFC 7372 registered it to replace the general 5.7.1 in this case.",
            when_you_see_it: "After MAIL FROM, after RCPT TO or after the message data, usually as 550 5.7.23, once the receiver has checked the domain of the envelope sender.",
            how_to_fix: "The sender's administrator should add every server or service that sends for the domain to its SPF record in DNS, or send through a server that is already listed. If the mail was forwarded, the forwarding server should rewrite the envelope sender, or the recipient's administrator should allow mail from that forwarder.",
        },
        EnhancedStatus::SpfValidationError => &Texts {
            title: "SPF validation error",
            description: "The SPF check could not be completed because of an error rather than a fail result. As 451 4.7.24 it reports a temporary error such as a DNS timeout; as 550 5.7.24 it reports a permanent error in the SPF record itself, such as broken syntax or too many DNS lookups.",
            when_you_see_it: "After MAIL FROM, after RCPT TO or after the message data, when the receiver evaluates the SPF record of the envelope sender's domain.",
            how_to_fix: "For 4.7.24, try again later; if it persists, the sender's administrator should check that the domain's DNS servers answer reliably. For 5.7.24, fix the SPF record: check its syntax, keep only one SPF record for the domain and reduce the include entries that cause DNS lookups.",
        },
        EnhancedStatus::ReverseDnsFailed => &Texts {
            title: "Reverse DNS validation failed",
            description: "The IP address of the sending server failed the receiver's reverse DNS check: it has no PTR record, or the host name in that record does not resolve back to the same address. RFC 7372 (section 3.3) registered it with 550.",
            when_you_see_it: "After MAIL FROM or RCPT TO, usually as 550 5.7.25, because enhanced codes are not attached to the greeting or to the EHLO reply.",
            how_to_fix: "The sender's administrator, or the provider that owns the IP address, should create a PTR record whose host name resolves back to that address, and use the same name in EHLO. Try again once the DNS change has spread.",
        },
        EnhancedStatus::MultipleAuthChecksFailed => &Texts {
            title: "Multiple authentication checks failed",
            description: "The message failed more than one authentication check, for example both SPF and DKIM, and the receiver's policy rejects it without naming the checks that failed. RFC 8617 also lets an ARC validator use it instead of X.7.29.",
            when_you_see_it: "After the message data, usually as 550 5.7.26, once the receiver has evaluated all the checks it applies.",
            how_to_fix: "The sender's administrator should make the domain pass SPF and DKIM: list every sending server in the SPF record, sign all outgoing mail with DKIM and review any DMARC policy the domain publishes. Send a test message to a mailbox you control and read its authentication results to see which check fails.",
        },
        EnhancedStatus::SenderNullMx => &Texts {
            title: "Sender address has null MX",
            description: "The domain of the sender address publishes a null MX (RFC 7505), declaring that it accepts no mail, so a bounce to this sender could never be delivered and the receiver refuses the message. It is the sender-side counterpart of X.1.10.",
            when_you_see_it: "After MAIL FROM, or after RCPT TO on servers that delay their rejections, as 550 5.7.27.",
            how_to_fix: "Send from an address whose domain can receive mail. If the domain is yours and should receive replies, replace the null MX record with MX records that point to your mail servers.",
        },
        EnhancedStatus::MailFloodDetected => &Texts {
            title: "Mail flood detected",
            description: "The receiver judged the message to be part of a flood of similar abusive messages, such as a burst aimed at one mailbox. It was registered from an Internet-Draft (draft-levine-mailbomb-header) rather than an RFC, and the registry gives no basic reply code for it.",
            when_you_see_it: "After RCPT TO or after the message data, from receivers that protect mailboxes against mail bombing, for example when a web sign-up form is abused to send many messages to one address.",
            how_to_fix: "Stop the flood at its source: find the form, script or account that sends the repeated messages and add rate limits or confirmation steps. With a 4.7.28 reply, wait before retrying; with 5.7.28, send again only after the burst has stopped.",
        },
        EnhancedStatus::ArcValidationFailure => &Texts {
            title: "ARC validation failure",
            description: "The message carries an ARC chain (RFC 8617), the authentication record that intermediaries such as mailing lists and forwarders add, and the chain did not validate, so the receiver rejects the message. RFC 8617 registers it with 550 and lets validators send X.7.26 instead.",
            when_you_see_it: "After the message data, as 550 5.7.29, typically for mail that passed through a forwarder or mailing list before reaching the receiver.",
            how_to_fix: "The intermediary that added the ARC header fields must fix its ARC signing, for example by using a valid key and sealing the message after its last change. The original sender can avoid the problem by sending directly to the recipient instead of through the intermediary.",
        },
        EnhancedStatus::RequireTlsSupportRequired => &Texts {
            title: "REQUIRETLS support required",
            description: "The message was sent with the REQUIRETLS option (RFC 8689), which demands TLS on every hop, and no next server on the path supports REQUIRETLS, so the message could not be passed on. The registry pairs it with 550.",
            when_you_see_it: "In a bounce from a server along the path, possibly your own outgoing server, that accepted the message after MAIL FROM with REQUIRETLS but found no next server listing REQUIRETLS in its EHLO reply. RFC 8689 also allows 5.7.10 for this case.",
            how_to_fix: "For such mail to arrive, the recipient's administrator must support REQUIRETLS with valid TLS on the receiving servers. Otherwise the sender decides whether the message may travel without this requirement and sends it again without REQUIRETLS.",
        },
    }
}

/// Where a large provider is known to use the row's code with another
/// meaning, a note in English that says so.
pub(crate) const fn vendor_note(status: EnhancedStatus) -> Option<&'static str> {
    match status {
        EnhancedStatus::RecipientNullMx => Some(
            "Microsoft Exchange Online uses 5.1.10 for \"Recipient not found\", meaning that the receiving system could not find the recipient address, not that the domain has a null MX. Treat such a bounce like 5.1.1: check the address for typing errors and ask the recipient for the correct one.",
        ),
        EnhancedStatus::MailboxFull => Some(
            "Microsoft Exchange Online uses 5.2.2 with the text \"Submission quota exceeded\" when the sender has gone over its recipient rate limit or message rate limit, not when a mailbox is full. The sender's administrator should check the account's sending volume and whether the account has been compromised and is being used to send spam.",
        ),
        EnhancedStatus::NoAnswerFromHost => Some(
            "Microsoft Exchange Online uses 5.4.1 for a permanent rejection, not for a host that did not answer: Relay Access Denied means the rejecting server does not accept mail for the recipient's domain, usually because of a mail server or DNS misconfiguration, while Recipient address rejected: Access denied means the recipient address does not exist. Check the recipient's address, and ask the recipient domain's administrator to check its MX records and the domains its servers accept mail for.",
        ),
        EnhancedStatus::PasswordTransitionNeeded => Some(
            "Microsoft Exchange Online uses 5.7.12 for its reply \"Sender was not authenticated by organization\", which has nothing to do with a password transition: the recipient address is set to reject mail from outside its own organization. Only the recipient organization's administrator can allow external senders, so the sender can only ask the recipient, by other means, to have that setting changed.",
        ),
        EnhancedStatus::UserAccountDisabled => Some(
            "Microsoft Exchange Online uses 5.7.13, and also 5.7.135, when the recipient is a public folder that is set to reject mail from outside its organization, not for a disabled account. Only the recipient organization's administrator can change that setting.",
        ),
        EnhancedStatus::MultipleAuthChecksFailed => Some(
            "Microsoft Exchange Online sends the temporary 4.7.26 when a message arriving over IPv6 passes neither SPF nor DKIM, for example because it is not signed. The sender's administrator should publish an SPF record that covers the sending IPv6 address or sign the mail with DKIM, so that a later retry by the sending server can succeed.",
        ),
        _ => None,
    }
}
