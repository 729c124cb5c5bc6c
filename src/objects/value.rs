//! `Value`: what the VM's stack, locals and containers hold.
//!
//! Small immutable values live inline; everything else is behind an `Arc`, so reference
//! counting is `Arc` clone/drop and objects die deterministically with their last reference.
//! Mutable objects keep their state behind their own lock, which is what makes running
//! threads without the GIL memory-safe.

use std::sync::Arc;

use num_bigint::BigInt;

use super::dict::PyDict;
use super::exception::PyException;
use super::function::{Builtin, Cell, Function};
use super::instance::{BoundMethod, Instance, NativeObject};
use super::iter::PyIter;
use super::list::PyList;
use super::module::Module;
use super::range::PyRange;
use super::set::PySet;
use super::str::PyStr;
use super::tuple::PyTuple;
use super::types::PyType;
use crate::compiler::bytecode::CodeObject;

pub enum Value {
    None,
    Bool(BoolWord),
    Int(i64),
    Float(FloatWord),
    /// An int outside `i64`; always normalised back to `Int` when it fits.
    BigInt(Arc<BigInt>),
    Str(Arc<PyStr>),
    Tuple(Arc<PyTuple>),
    List(Arc<PyList>),
    Dict(Arc<PyDict>),
    Set(Arc<PySet>),
    FrozenSet(Arc<PySet>),
    Function(Arc<Function>),
    Builtin(Arc<Builtin>),
    Type(Arc<PyType>),
    Exception(Arc<PyException>),
    Iter(Arc<PyIter>),
    Range(Arc<PyRange>),
    Module(Arc<Module>),
    Code(Arc<CodeObject>),
    Cell(Arc<Cell>),
    Instance(Arc<Instance>),
    BoundMethod(Arc<BoundMethod>),
    /// Any other object implemented in Rust (property, slice, dict views, …); build it
    /// with [`Value::new_native`].
    Native(NativeRef),
    /// An empty local slot or cell; never visible to Python code.
    Unbound,
}

/// A Rust-implemented object behind a thin pointer: `Arc<dyn NativeObject>` is a fat
/// pointer and would make every `Value` 24 bytes instead of 16, which costs the eval loop
/// on every stack push and pop.
pub type NativeRef = Arc<Box<dyn NativeObject>>;

// Every stack slot, local and container item is a `Value`: keep it two words.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A bool as a whole word. Every payload of `Value` is one 8-byte integer or pointer at
/// the same offset, which makes `Value` a scalar pair to the compiler: it travels in two
/// registers through calls and returns and is copied as two words. A one-byte `bool` (or
/// an `f64`, which lives in another register class) would make it a 16-byte blob copied
/// through memory, whose reloads stall on store forwarding in the eval loop.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[repr(u64)]
pub enum BoolWord {
    False = 0,
    True = 1,
}

impl BoolWord {
    #[inline(always)]
    pub fn get(self) -> bool {
        self == BoolWord::True
    }
}

impl From<bool> for BoolWord {
    #[inline(always)]
    fn from(b: bool) -> BoolWord {
        if b {
            BoolWord::True
        } else {
            BoolWord::False
        }
    }
}

/// A float kept as its bits, for the same reason as [`BoolWord`].
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct FloatWord(u64);

impl FloatWord {
    #[inline(always)]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl From<f64> for FloatWord {
    #[inline(always)]
    fn from(x: f64) -> FloatWord {
        FloatWord(x.to_bits())
    }
}

impl Clone for Value {
    /// Inline values are copied here; only heap values pay for the out-of-line `Arc` clone.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(n) => Value::Int(*n),
            Value::Float(x) => Value::Float(*x),
            _ => self.clone_heap(),
        }
    }
}

impl Value {
    pub fn new_native(obj: impl NativeObject) -> Value {
        Value::Native(Arc::new(Box::new(obj)))
    }

    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(n) => Value::Int(*n),
            Value::Float(x) => Value::Float(*x),
            Value::BigInt(a) => Value::BigInt(a.clone()),
            Value::Str(a) => Value::Str(a.clone()),
            Value::Tuple(a) => Value::Tuple(a.clone()),
            Value::List(a) => Value::List(a.clone()),
            Value::Dict(a) => Value::Dict(a.clone()),
            Value::Set(a) => Value::Set(a.clone()),
            Value::FrozenSet(a) => Value::FrozenSet(a.clone()),
            Value::Function(a) => Value::Function(a.clone()),
            Value::Builtin(a) => Value::Builtin(a.clone()),
            Value::Type(a) => Value::Type(a.clone()),
            Value::Exception(a) => Value::Exception(a.clone()),
            Value::Iter(a) => Value::Iter(a.clone()),
            Value::Range(a) => Value::Range(a.clone()),
            Value::Module(a) => Value::Module(a.clone()),
            Value::Code(a) => Value::Code(a.clone()),
            Value::Cell(a) => Value::Cell(a.clone()),
            Value::Instance(a) => Value::Instance(a.clone()),
            Value::BoundMethod(a) => Value::BoundMethod(a.clone()),
            Value::Native(a) => Value::Native(a.clone()),
            Value::Unbound => Value::Unbound,
        }
    }

    /// Drops a value, skipping the drop glue (an out-of-line call) for inline values:
    /// for the eval loop's hot paths.
    #[inline(always)]
    pub fn drop_fast(self) {
        match self {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Unbound => {
                std::mem::forget(self)
            }
            heap => drop(heap),
        }
    }

    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(PyStr::new(s.into()))
    }

    /// An int from a big integer, back to `Int` when it fits.
    pub fn from_bigint(n: BigInt) -> Value {
        match i64::try_from(&n) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(Arc::new(n)),
        }
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(PyTuple::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(PyList::new(items))
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as `is` sees it. Inline values compare by value within their type, which
    /// matches CPython for the cases programs rely on (small ints, True/False, None).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Unbound, Value::Unbound) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.0 == b.0,
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object behind this value, if any: what `id()` returns and
    /// what identity comparisons use.
    pub fn heap_ptr(&self) -> Option<usize> {
        self.heap_object(|addr, _| addr)
    }

    /// The strong references to the heap object behind this value (`sys.getrefcount`).
    pub fn strong_count(&self) -> Option<usize> {
        self.heap_object(|_, count| count)
    }

    /// `f(address, strong count)` of the heap object behind this value.
    #[inline(always)]
    fn heap_object<R>(&self, f: impl Fn(usize, usize) -> R) -> Option<R> {
        let of = |addr: *const u8, count: usize| Some(f(addr as usize, count));
        match self {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Unbound => None,
            Value::BigInt(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Str(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Tuple(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::List(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Dict(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Set(a) | Value::FrozenSet(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Function(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Builtin(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Type(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Exception(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Iter(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Range(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Module(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Code(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Cell(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Instance(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::BoundMethod(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
            Value::Native(a) => of(Arc::as_ptr(a).cast(), Arc::strong_count(a)),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl From<bool> for Value {
    #[inline(always)]
    fn from(b: bool) -> Value {
        Value::Bool(b.into())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(n)
    }
}

impl From<f64> for Value {
    #[inline(always)]
    fn from(x: f64) -> Value {
        Value::Float(x.into())
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::str(s)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if b.get() { "True" } else { "False" }),
            Value::Int(n) => write!(f, "{n}"),
            Value::Float(x) => write!(f, "{}", super::float::repr(x.get())),
            Value::BigInt(n) => write!(f, "{n}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            Value::Code(c) => write!(f, "<code {}>", c.name.as_str()),
            other => write!(f, "<{}>", other.type_name()),
        }
    }
}

/// An object whose behaviour may come from Python code.
pub fn is_user_object(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Exception(e) => !e.class.is_builtin(),
        // Types of modules written in Rust (collections, functools…) keep their
        // operators as native dunder methods in the type's dict.
        Value::Native(n) => n.has_dunders(),
        Value::List(_) | Value::Dict(_) => v.subclass().is_some(),
        Value::Type(t) => t.metaclass.is_some(),
        _ => false,
    }
}

/// Whether hashing or comparing `v` may run Python code: a user object, or a tuple
/// holding one.
pub fn holds_user_object(v: &Value) -> bool {
    match v {
        Value::Tuple(t) => t.items.iter().any(holds_user_object),
        v => is_user_object(v),
    }
}
