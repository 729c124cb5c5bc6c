//! Exception instances. An exception is an object of a class derived from BaseException;
//! it carries its args and, as it propagates, the traceback of the frames it passed through.

use std::sync::Arc;

use parking_lot::Mutex;

use super::dict::PyDict;
use super::types::{exception_type, PyType};
use super::value::Value;
use crate::compiler::bytecode::CodeObject;

/// One traceback line: the code that was running and the instruction that raised.
#[derive(Clone)]
pub struct TraceEntry {
    pub code: Arc<CodeObject>,
    pub ip: u32,
}

#[derive(Default)]
pub struct ExcState {
    pub args: Vec<Value>,
    pub traceback: Vec<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// "Did you mean: 'x'?", computed where the name was missing (CPython computes it
    /// from the frame when printing; the candidates are the same).
    pub suggestion: Option<String>,
}

pub struct PyException {
    pub class: Arc<PyType>,
    pub state: Mutex<ExcState>,
    /// Attributes a user-defined exception class sets on its instances.
    pub dict: Arc<PyDict>,
    /// Set for a `BaseExceptionGroup`: its `message` and `exceptions`.
    pub group: Option<Box<GroupParts>>,
}

/// What `BaseExceptionGroup.__new__` checked, kept apart from `args`, which a program
/// may reassign without changing them (as in CPython).
#[derive(Clone)]
pub struct GroupParts {
    pub message: Value,
    /// A tuple of the nested exceptions.
    pub exceptions: Value,
}

impl PyException {
    pub fn new(class: Arc<PyType>, args: Vec<Value>) -> Arc<PyException> {
        Self::with_group(class, args, None)
    }

    pub fn with_group(
        class: Arc<PyType>,
        args: Vec<Value>,
        group: Option<Box<GroupParts>>,
    ) -> Arc<PyException> {
        Arc::new(PyException {
            class,
            state: Mutex::new(ExcState {
                args,
                ..ExcState::default()
            }),
            dict: PyDict::new(),
            group,
        })
    }

    /// The exceptions a group holds; empty for any other exception.
    pub fn group_members(&self) -> &[Value] {
        match self.group.as_deref().map(|g| &g.exceptions) {
            Some(Value::Tuple(t)) => &t.items,
            _ => &[],
        }
    }

    pub fn args(&self) -> Vec<Value> {
        self.state.lock().args.clone()
    }

    pub fn is_instance(&self, class: &PyType) -> bool {
        self.class.is_subtype(class)
    }

    pub fn is(&self, name: &str) -> bool {
        self.is_instance(&exception_type(name))
    }
}

/// A new built-in exception with a message: `error("TypeError", "...")`.
pub fn error(name: &str, msg: impl Into<String>) -> Arc<PyException> {
    PyException::new(exception_type(name), vec![Value::str(msg.into())])
}
