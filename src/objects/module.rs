//! Module objects: a name and the globals dict its code runs in.

use std::sync::Arc;

use super::dict::PyDict;
use super::function::{Builtin, NativeFn};
use super::str::PyStr;
use super::value::Value;

pub struct Module {
    pub name: String,
    pub dict: Arc<PyDict>,
}

impl Module {
    pub fn new(name: &str, dict: Arc<PyDict>) -> Arc<Module> {
        dict.set_str(&PyStr::new("__name__"), Value::str(name));
        Arc::new(Module {
            name: name.to_string(),
            dict,
        })
    }
}

/// A namespace holding native functions: how built-in modules start.
pub fn namespace(functions: &[(&'static str, NativeFn)]) -> Arc<PyDict> {
    let d = PyDict::new();
    for &(name, func) in functions {
        d.set_str(&PyStr::new(name), Value::Builtin(Builtin::new(name, func)));
    }
    d
}

/// Sets `d[name] = value`.
pub fn set(d: &PyDict, name: &str, value: Value) {
    d.set_str(&PyStr::new(name), value);
}
