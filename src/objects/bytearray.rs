//! `bytearray`: a mutable byte string, its bytes behind the object's own lock.

use std::any::Any;
use std::sync::Arc;

use parking_lot::Mutex;

use super::bytes::{find, repr_bytearray_content, PyBytes};
use super::instance::NativeObject;
use super::iter::{PyIter, Shown};
use super::types::PyType;
use super::value::Value;
use crate::vm::{PyResult, Vm};

pub struct PyByteArray {
    pub data: Mutex<Vec<u8>>,
}

impl Value {
    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::new_native(PyByteArray {
            data: Mutex::new(data),
        })
    }

    /// Runs `f` on the contents of a bytes, bytearray or memoryview, holding a bytearray's lock only
    /// for the call (which must not run Python code).
    pub fn with_byte_content<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        if let Some(b) = self.native::<PyBytes>() {
            return Some(f(&b.data));
        }
        if let Some(m) = self.native::<crate::stdlib::memoryview::MemoryView>() {
            return m.contents().map(|data| f(&data));
        }
        self.native::<PyByteArray>().map(|b| f(&b.data.lock()))
    }
}

impl NativeObject for PyByteArray {
    fn class(&self) -> Arc<PyType> {
        crate::stdlib::bytes_methods::bytearray_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter(&self, _vm: &mut Vm) -> Option<PyResult<Value>> {
        let items = self
            .data
            .lock()
            .iter()
            .map(|&b| Value::Int(b as i64))
            .collect();
        Some(Ok(Value::Iter(PyIter::seq_shown(
            Value::tuple(items),
            Shown::ByteArray,
        ))))
    }
    fn length(&self) -> Option<usize> {
        Some(self.data.lock().len())
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "bytearray({})",
            repr_bytearray_content(&self.data.lock())
        )))
    }
    fn contains(&self, vm: &mut Vm, needle: &Value) -> Option<PyResult<bool>> {
        let data = self.data.lock().clone();
        Some(match needle {
            Value::Int(n) if (0..256).contains(n) => Ok(data.contains(&(*n as u8))),
            Value::Int(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            other => match other.with_byte_content(|sub| find(&data, sub, 0).is_some()) {
                Some(found) => Ok(found),
                None => Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    other.type_name()
                ))),
            },
        })
    }
}
