//! Callables: Python functions (code + globals + defaults + closure), native builtins,
//! and the cells closures share.

use std::sync::{Arc, OnceLock};

use super::object_lock::ObjectLock;

use super::dict::PyDict;
use super::str::PyStr;
use super::value::Value;
use crate::compiler::bytecode::CodeObject;
use crate::vm::{PyResult, Vm};

pub struct Function {
    pub code: Arc<CodeObject>,
    pub globals: Arc<PyDict>,
    pub name: Arc<PyStr>,
    pub qualname: Arc<PyStr>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Arc<PyStr>, Value)>,
    pub closure: Vec<Arc<Cell>>,
    /// Attributes assigned to the function (`f.calls = 0`, `functools.wraps`), made on
    /// first assignment: most functions never get one.
    pub dict: OnceLock<Arc<PyDict>>,
    /// Assigned values of the attributes CPython keeps outside `__dict__` (`__name__`,
    /// `__qualname__`, `__doc__`, `__module__`, `__annotations__`).
    pub renamed: OnceLock<Arc<PyDict>>,
}

impl Function {
    /// Attributes stored in [`Function::renamed`] rather than the `__dict__`.
    pub fn is_slot_attr(name: &str) -> bool {
        matches!(
            name,
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__"
        )
    }

    /// Where attribute `name` is stored, if anything was ever assigned there.
    pub fn attrs_for(&self, name: &str) -> Option<&Arc<PyDict>> {
        if Function::is_slot_attr(name) {
            self.renamed.get()
        } else {
            self.dict.get()
        }
    }
}

/// A variable shared between a function and the closures it creates.
pub struct Cell {
    pub value: ObjectLock<Value>,
}

impl Cell {
    pub fn new(value: Value) -> Arc<Cell> {
        Arc::new(Cell {
            value: ObjectLock::new(value),
        })
    }
}

/// Arguments as a native function receives them: positional values (for a bound method,
/// `self` first) and keyword pairs.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Arc<PyStr>, Value)],
}

impl<'a> Args<'a> {
    /// A method's arguments after its receiver, for checks that count only those.
    pub fn without_self(&self) -> Args<'a> {
        Args {
            pos: self.pos.get(1..).unwrap_or_default(),
            kw: self.kw,
        }
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver of a bound method such as `"a b".split`.
    pub bound: Option<Value>,
    /// For a method of a type, the type's name as CPython's reprs give it (`list`,
    /// `collections.deque`); None for a function of a module.
    pub owner: Option<Arc<str>>,
}

impl Builtin {
    pub fn new(name: &'static str, func: NativeFn) -> Arc<Builtin> {
        Arc::new(Builtin {
            name,
            func,
            bound: None,
            owner: None,
        })
    }

    /// A method of the type named `owner`.
    pub fn method(name: &'static str, func: NativeFn, owner: &Arc<str>) -> Arc<Builtin> {
        Arc::new(Builtin {
            name,
            func,
            bound: None,
            owner: Some(owner.clone()),
        })
    }

    /// `__qualname__`: `len`, `list.append`, `deque.append`.
    pub fn qualname(&self) -> String {
        match &self.owner {
            Some(owner) => {
                let class = owner.rsplit('.').next().unwrap_or(owner);
                format!("{class}.{}", self.name)
            }
            None => self.name.to_string(),
        }
    }
}
