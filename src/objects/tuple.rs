//! `tuple`: an immutable sequence, so it needs no lock.

use std::sync::Arc;

use super::value::Value;

pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> Arc<PyTuple> {
        Arc::new(PyTuple {
            items: items.into_boxed_slice(),
        })
    }
}
