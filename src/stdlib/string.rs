//! The `string` module's constants.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::module::{namespace, set};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(&[]);
    let letters = format!("{LOWER}{UPPER}");
    set(&d, "ascii_lowercase", Value::str(LOWER));
    set(&d, "ascii_uppercase", Value::str(UPPER));
    set(&d, "ascii_letters", Value::str(letters.as_str()));
    set(&d, "digits", Value::str(DIGITS));
    set(&d, "hexdigits", Value::str("0123456789abcdefABCDEF"));
    set(&d, "octdigits", Value::str("01234567"));
    set(&d, "punctuation", Value::str(PUNCTUATION));
    set(&d, "whitespace", Value::str(WHITESPACE));
    set(
        &d,
        "printable",
        Value::str(format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}")),
    );
    Ok(d)
}
