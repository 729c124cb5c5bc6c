//! `bytes`: an immutable byte string, a native object so `Value` stays two words.

use std::any::Any;
use std::sync::Arc;

use super::instance::NativeObject;
use super::iter::{PyIter, Shown};
use super::types::PyType;
use super::value::Value;
use crate::vm::{PyResult, Vm};

pub struct PyBytes {
    pub data: Box<[u8]>,
}

impl Value {
    pub fn bytes(data: impl Into<Box<[u8]>>) -> Value {
        Value::new_native(PyBytes { data: data.into() })
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        self.native::<PyBytes>().map(|b| &b.data[..])
    }
}

impl NativeObject for PyBytes {
    fn class(&self) -> Arc<PyType> {
        crate::stdlib::bytes_methods::bytes_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter(&self, _vm: &mut Vm) -> Option<PyResult<Value>> {
        let items = self.data.iter().map(|&b| Value::Int(b as i64)).collect();
        Some(Ok(Value::Iter(PyIter::seq_shown(
            Value::tuple(items),
            Shown::Bytes,
        ))))
    }
    fn length(&self) -> Option<usize> {
        Some(self.data.len())
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(repr_bytes(&self.data)))
    }
    fn contains(&self, vm: &mut Vm, needle: &Value) -> Option<PyResult<bool>> {
        Some(match needle {
            Value::Int(n) if (0..256).contains(n) => Ok(self.data.contains(&(*n as u8))),
            Value::Int(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            other => match other.as_bytes() {
                Some(sub) => Ok(find(&self.data, sub, 0).is_some()),
                None => Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    other.type_name()
                ))),
            },
        })
    }
}

/// The first index at or after `from` where `needle` occurs.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(from);
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// `repr(b)`: single quotes unless the bytes hold `'` and no `"`, as CPython chooses.
pub fn repr_bytes(data: &[u8]) -> String {
    quote_bytes(data, false)
}

/// The `b'...'` inside `repr(bytearray)`, which CPython writes escaping every `'`.
pub fn repr_bytearray_content(data: &[u8]) -> String {
    quote_bytes(data, true)
}

fn quote_bytes(data: &[u8], escape_apostrophe: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote || (escape_apostrophe && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}
