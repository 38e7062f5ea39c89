//! `Serialize` and `Deserialize` for the code values (the `serde` feature):
//! a basic code is its number, as on the wire.

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, Serializer};

use crate::code::Code;
use crate::reply_code::ReplyCode;

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        Code::from_u16(u16::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}

impl Serialize for ReplyCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl<'de> Deserialize<'de> for ReplyCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ReplyCode, D::Error> {
        ReplyCode::from_u16(u16::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}
