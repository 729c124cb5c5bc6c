//! `tuple`: an immutable sequence, so it needs no lock.

use std::sync::Arc;

use super::types::PyType;
use super::value::Value;

pub struct PyTuple {
    pub items: Box<[Value]>,
    /// The tuple subclass this is an instance of (`collections.namedtuple` classes);
    /// `None` for plain tuples.
    pub class: Option<Arc<PyType>>,
}

/// CPython frees a tuple's items from the last to the first, which orders their
/// `__del__` calls.
impl Drop for PyTuple {
    fn drop(&mut self) {
        if super::instance::del_methods_exist() {
            let mut items = std::mem::take(&mut self.items).into_vec();
            while items.pop().is_some() {}
        }
    }
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> Arc<PyTuple> {
        Arc::new(PyTuple {
            items: items.into_boxed_slice(),
            class: None,
        })
    }

    pub fn with_class(items: Vec<Value>, class: Arc<PyType>) -> Arc<PyTuple> {
        Arc::new(PyTuple {
            items: items.into_boxed_slice(),
            class: Some(class),
        })
    }
}
