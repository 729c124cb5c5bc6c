//! `list`: a growable sequence behind its own lock. Single operations (append, item
//! assignment) are atomic, as in CPython; no Python code ever runs while the lock is held.

use std::sync::Arc;

use super::list_items::ListItems;
use super::object_lock::ObjectLock;

use super::instance::Subclass;
use super::types::PyType;
use super::value::Value;

pub struct PyList {
    pub items: ObjectLock<ListItems>,
    /// Set when this is an instance of a Python subclass of `list`.
    pub subclass: Option<Box<Subclass>>,
}

/// CPython frees a list's items from the last to the first, which orders their
/// `__del__` calls.
impl Drop for PyList {
    fn drop(&mut self) {
        if super::instance::del_methods_exist() {
            let items = self.items.get_mut();
            while items.pop().is_some() {}
        }
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> Arc<PyList> {
        Arc::new(PyList {
            items: ObjectLock::new(items.into()),
            subclass: None,
        })
    }

    /// An empty instance of `class`, a Python subclass of `list`.
    pub fn new_subclass(class: Arc<PyType>) -> Arc<PyList> {
        Arc::new(PyList {
            items: ObjectLock::new(ListItems::new()),
            subclass: Some(Subclass::new(class)),
        })
    }

    /// A copy of the items, to iterate or compare without holding the lock.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.lock().to_vec()
    }

    pub fn len(&self) -> usize {
        self.items.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
