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
    /// For an AttributeError: the object and the name that was missing, from which the
    /// traceback's "Did you mean" is computed when printed, as CPython does.
    pub missing_attribute: Option<(Value, String)>,
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

    /// What calling an exception class makes. An OSError also gets the attributes of
    /// `OSError(errno, strerror[, filename[, winerror[, filename2]]])` (`None` when not
    /// called so), and calling OSError itself with an errno makes the subclass CPython
    /// picks for it: `OSError(2, 'x')` is a FileNotFoundError.
    pub fn construct(class: Arc<PyType>, mut args: Vec<Value>) -> Arc<PyException> {
        // `UnicodeDecodeError(encoding, object, start, end, reason)` and its encoding twin
        // keep their arguments as attributes, which their `str()` is made of.
        let unicode = ["UnicodeEncodeError", "UnicodeDecodeError"]
            .iter()
            .any(|name| class.is_subtype(&exception_type(name)));
        if unicode && args.len() == 5 {
            let exc = PyException::new(class, args.clone());
            for (name, v) in ["encoding", "object", "start", "end", "reason"]
                .into_iter()
                .zip(args)
            {
                exc.dict.set_str(&super::str::PyStr::new(name), v);
            }
            return exc;
        }
        let os_error = exception_type("OSError");
        if !class.is_subtype(&os_error) {
            return PyException::new(class, args);
        }
        let given = |i: usize| {
            args.get(i)
                .filter(|_| (2..=5).contains(&args.len()))
                .cloned()
                .unwrap_or(Value::None)
        };
        let attrs = [
            ("errno", given(0)),
            ("strerror", given(1)),
            ("filename", given(2)),
            ("filename2", given(4)),
        ];
        let class = match &attrs[0].1 {
            Value::Int(code) if Arc::ptr_eq(&class, &os_error) => {
                errno_class(*code).unwrap_or(class)
            }
            _ => class,
        };
        // With a filename, args keep only (errno, strerror), as CPython's do.
        if (3..=5).contains(&args.len()) {
            args.truncate(2);
        }
        let exc = PyException::new(class, args);
        for (name, v) in attrs {
            exc.dict.set_str(&super::str::PyStr::new(name), v);
        }
        exc
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

/// The OSError subclass CPython maps an errno to (Linux numbering).
pub fn errno_class(code: i64) -> Option<Arc<PyType>> {
    let name = match code {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    };
    super::types::types().exceptions.get(name).cloned()
}

/// A new built-in exception with a message: `error("TypeError", "...")`.
pub fn error(name: &str, msg: impl Into<String>) -> Arc<PyException> {
    PyException::new(exception_type(name), vec![Value::str(msg.into())])
}
