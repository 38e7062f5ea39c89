//! English texts of the classes (first digit) and categories (second digit).

use crate::code::{Category, Class};
use crate::text::ClassTexts;

/// The English title and description of a class.
pub(crate) const fn class(class: Class) -> &'static ClassTexts {
    match class {
        Class::PositiveCompletion => &ClassTexts {
            title: "Positive Completion",
            description: "The first digit 2 means the server has carried out the request completely, and the client may go on with its next command. RFC 5321 says a client that meets a code it does not know acts on the first digit alone, so any unknown 2yz code counts as success.",
        },
        Class::PositiveIntermediate => &ClassTexts {
            title: "Positive Intermediate",
            description: "The first digit 3 means the server has accepted the command so far but waits for more input before it can finish, such as the message text after 354 in reply to DATA or the next answer after 334 in an AUTH exchange. The client must send that input next, and RFC 5321 says a client that meets an unknown 3yz code acts on its first digit in the same way.",
        },
        Class::TransientNegative => &ClassTexts {
            title: "Transient Negative Completion",
            description: "The first digit 4 means the request was not carried out, but the cause is temporary, so the identical request sent again later may succeed. RFC 5321 says a client that meets an unknown code acts on its first digit, so any unknown 4yz code also means keeping the message and trying again later.",
        },
        Class::PermanentNegative => &ClassTexts {
            title: "Permanent Negative Completion",
            description: "The first digit 5 means the request was refused for a lasting reason, so the client must not repeat the same request unchanged; the address, the message, the credentials or the server's configuration has to change first. RFC 5321 says a client that meets an unknown code acts on its first digit, so any unknown 5yz code is treated as a permanent failure.",
        },
    }
}

/// The English title and description of a category.
pub(crate) const fn category(category: Category) -> &'static ClassTexts {
    match category {
        Category::Syntax => &ClassTexts {
            title: "Syntax",
            description: "The second digit 0 covers syntax: commands the server cannot parse, commands that are valid but fit no other category, and commands that are not implemented or superfluous. The basic codes in this group are 500 to 504.",
        },
        Category::Information => &ClassTexts {
            title: "Information",
            description: "The second digit 1 covers replies to requests for information, such as system status or help. RFC 5321 places 211 and 214 in this category.",
        },
        Category::Connections => &ClassTexts {
            title: "Connections",
            description: "The second digit 2 covers replies about the connection itself, from its opening to its closing. Examples are 220 (service ready), 221 (service closing), 421 (service not available) and 521 (host does not accept mail).",
        },
        Category::Unspecified3 => &ClassTexts {
            title: "Unspecified",
            description: "RFC 5321 gives the second digit 3 no defined meaning. The AUTH extension (RFC 4954) uses it for its codes 235, 334, 432, 530, 534, 535 and 538, so a code in this group usually concerns authentication, and 530 also answers a client that has not issued STARTTLS yet.",
        },
        Category::Unspecified4 => &ClassTexts {
            title: "Unspecified",
            description: "RFC 5321 gives the second digit 4 no defined meaning either, and no code is assigned to it. A reply of this form is a private code of the server that sent it, so act on its first digit.",
        },
        Category::MailSystem => &ClassTexts {
            title: "Mail system",
            description: "The second digit 5 covers the state of the receiving mail system for the requested transfer or another mail-system action. Most everyday replies belong here, such as 250, 251, 354, 450, 452, 550 and 552.",
        },
    }
}
