//! Instances of classes, bound methods, and the descriptor objects (`property`,
//! `staticmethod`, `classmethod`) that change what attribute lookup returns.

use std::any::Any;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::dict::PyDict;
use super::types::{types, PyType};
use super::value::Value;
use crate::vm::{PyResult, Vm};

pub struct Instance {
    pub class: Arc<PyType>,
    /// The instance `__dict__`.
    pub dict: Arc<PyDict>,
    /// For instances of Python subclasses of `int`, `float` and `str`: the built-in value
    /// they are, which operations fall back to when the class does not override them.
    pub value: Option<Value>,
    /// Its `__del__` has run (or been queued), which happens once.
    pub finalized: AtomicBool,
}

/// Set once any class defines `__del__`: until then, dropping an instance costs one
/// relaxed load more than it would without finalizers.
static CLASSES_WITH_DEL: AtomicBool = AtomicBool::new(false);

/// Records that a class with a `__del__` exists.
pub fn note_del_method() {
    CLASSES_WITH_DEL.store(true, Ordering::Relaxed);
}

/// Whether some class has a `__del__`, whose calls the order of drops then decides.
#[inline]
pub fn del_methods_exist() -> bool {
    CLASSES_WITH_DEL.load(Ordering::Relaxed)
}

impl Instance {
    pub fn new(class: Arc<PyType>) -> Arc<Instance> {
        Arc::new(Instance {
            class,
            dict: PyDict::new(),
            value: None,
            finalized: AtomicBool::new(false),
        })
    }

    pub fn with_value(class: Arc<PyType>, value: Value) -> Arc<Instance> {
        Arc::new(Instance {
            class,
            dict: PyDict::new(),
            value: Some(value),
            finalized: AtomicBool::new(false),
        })
    }

    /// Whether `__del__` should still run for this instance, marking that it will.
    pub fn take_finalizer(&self) -> bool {
        del_methods_exist()
            && self.class.lookup_static("__del__").is_some()
            && !self.finalized.swap(true, Ordering::Relaxed)
    }
}

/// The last reference to an instance whose class defines `__del__` is gone: `__del__`
/// is Python code, which cannot run inside `drop`, so a copy owning the instance's
/// contents waits in the finalizer queue for the next check point of this thread, as
/// generators being closed do; so do the callbacks of its weak references.
impl Drop for Instance {
    fn drop(&mut self) {
        if self.take_finalizer() {
            crate::vm::finalize::schedule(Value::Instance(Arc::new(Instance {
                class: self.class.clone(),
                dict: std::mem::replace(&mut self.dict, PyDict::new()),
                value: self.value.take(),
                finalized: AtomicBool::new(true),
            })));
        }
        super::weak_callbacks::referent_gone(self as *const Instance as usize);
    }
}

impl Value {
    /// The built-in value inside an instance of a subclass of `int`, `float` or `str`.
    #[inline]
    pub fn base_value(&self) -> Option<&Value> {
        match self {
            Value::Instance(i) => i.value.as_ref(),
            _ => None,
        }
    }
}

/// What an instance of a Python subclass of a built-in container adds to the container:
/// its class and its attribute `__dict__`. Boxed, so plain containers pay one pointer.
pub struct Subclass {
    pub class: Arc<PyType>,
    pub dict: Arc<PyDict>,
}

impl Subclass {
    pub fn new(class: Arc<PyType>) -> Box<Subclass> {
        Box::new(Subclass {
            class,
            dict: PyDict::new(),
        })
    }
}

/// A function bound to the object it was looked up on: `obj.method`.
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

/// Objects implemented in Rust that need no variant of their own in [`Value`]: each
/// knows its Python type, and the VM finds their behaviour in that type's dict.
pub trait NativeObject: Any + Send + Sync {
    fn class(&self) -> Arc<PyType>;
    fn as_any(&self) -> &dyn Any;

    /// Whether the VM finds this object's operators as dunder methods in its type's dict:
    /// the types of modules written in Rust, and built-in types that keep them there.
    fn has_dunders(&self) -> bool {
        !self.class().is_builtin()
    }

    /// Iterators are their own `iter()`.
    fn is_iterator(&self) -> bool {
        false
    }

    /// For iterators: the next item, `Ok(None)` when exhausted.
    fn next(&self, _vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        None
    }

    /// For iterables that are not iterators (dict views): a fresh iterator.
    fn iter(&self, _vm: &mut Vm) -> Option<PyResult<Value>> {
        None
    }

    /// For sized objects; named `length` so it is not mistaken for a collection's `len`.
    fn length(&self) -> Option<usize> {
        None
    }

    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        None
    }

    fn contains(&self, _vm: &mut Vm, _needle: &Value) -> Option<PyResult<bool>> {
        None
    }

    /// For dict subclasses implemented in Rust (`Counter`, `defaultdict`): the dict holding
    /// their entries, so everything that accepts a dict accepts them too.
    fn as_dict(&self) -> Option<&Arc<PyDict>> {
        None
    }

    /// For objects with attributes of their own: the dict that holds them.
    fn instance_dict(&self) -> Option<Arc<PyDict>> {
        None
    }

    /// For objects queued by [`crate::vm::finalize::schedule`]: what they do at the
    /// check point (a generator closes, a weak reference calls its callback).
    fn finalize(&self, _vm: &mut Vm, _me: &Value) {}

    /// Runs before `obj`'s attributes are read, set or deleted (`obj` is the `Value`
    /// holding `self`): `threading.local` runs its `__init__` here for a thread that
    /// has not used it yet.
    fn before_attribute_access(&self, _vm: &mut Vm, _obj: &Value) -> PyResult<()> {
        Ok(())
    }
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    /// `doc=` as given to `property()`; `None` lets `__doc__` be the getter's.
    pub doc: Value,
}

pub struct StaticMethod(pub Value);

pub struct ClassMethod(pub Value);

/// `super(cls, obj)`: attribute lookup that starts after `cls` in `type(obj).__mro__`.
pub struct Super {
    pub class: Arc<PyType>,
    pub obj: Value,
}

macro_rules! native_type {
    ($t:ty, $field:ident) => {
        impl NativeObject for $t {
            fn class(&self) -> Arc<PyType> {
                types().$field.clone()
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
        }
    };
}

native_type!(Property, property);
native_type!(StaticMethod, staticmethod);
native_type!(ClassMethod, classmethod);
native_type!(Super, super_);

/// `slice(start, stop, step)`.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl NativeObject for PySlice {
    fn class(&self) -> Arc<PyType> {
        types().slice.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let mut parts = Vec::with_capacity(3);
        for v in [&self.start, &self.stop, &self.step] {
            match vm.repr(v) {
                Ok(s) => parts.push(s),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(format!("slice({})", parts.join(", "))))
    }
}

/// The singleton `NotImplemented`, returned by binary dunders that do not handle an operand.
pub struct NotImplementedType;

impl NativeObject for NotImplementedType {
    fn class(&self) -> Arc<PyType> {
        types().not_implemented.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok("NotImplemented".to_string()))
    }
}

/// The singleton `...`.
pub struct EllipsisType;

impl NativeObject for EllipsisType {
    fn class(&self) -> Arc<PyType> {
        types().ellipsis.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok("Ellipsis".into()))
    }
}

/// `...`: one shared object, so `... is Ellipsis` holds.
pub fn ellipsis() -> Value {
    static ELLIPSIS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    ELLIPSIS
        .get_or_init(|| Value::new_native(EllipsisType))
        .clone()
}

impl Value {
    /// Downcasts a native object.
    pub fn native<T: NativeObject>(&self) -> Option<&T> {
        match self {
            Value::Native(obj) => obj.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}
