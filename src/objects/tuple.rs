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
