//! `_weakref.ref`: a reference that does not keep its object alive. Calling it
//! gives the object while something else holds it, then None.
//!
//! Instances of Python classes, functions and classes can be referenced, as
//! the common cases of CPython's weakly referenceable objects. The callback of a
//! reference to an instance runs once the instance is gone (at the thread's next
//! check point); those of references to functions and classes are never called, and
//! objects kept alive by reference cycles never die here. References hash by
//! identity (native types cannot define `__hash__`), so two references to one object
//! are equal but distinct dict keys.

use std::any::Any;
use std::sync::{Arc, OnceLock, Weak};

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Function};
use crate::objects::instance::{Instance, NativeObject};
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::weak_callbacks;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{getter, module_type, receiver};

enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Type(Weak<PyType>),
}

pub struct WeakRef {
    target: Target,
    /// The referent's address, for the repr and for identity once it is gone.
    address: usize,
    type_name: String,
    callback: Option<Value>,
}

impl WeakRef {
    fn get(&self) -> Option<Value> {
        match &self.target {
            Target::Instance(w) => w.upgrade().map(Value::Instance),
            Target::Function(w) => w.upgrade().map(Value::Function),
            Target::Type(w) => w.upgrade().map(Value::Type),
        }
    }
}

fn ref_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type(
            "ReferenceType",
            "weakref",
            Vec::new(),
            &[
                ("__new__", ref_new),
                ("__call__", ref_call),
                ("__eq__", ref_eq),
            ],
        );
        t.dict.set_str(
            &PyStr::new("__callback__"),
            getter("__callback__", ref_callback),
        );
        t
    })
}

impl NativeObject for WeakRef {
    fn class(&self) -> Arc<PyType> {
        ref_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    /// Its referent is gone: the callback gets this reference, now dead.
    fn finalize(&self, vm: &mut Vm, me: &Value) {
        let Some(callback) = &self.callback else {
            return;
        };
        if let Err(e) = vm.call(callback, vec![me.clone()], Vec::new()) {
            let what = vm.repr(callback).unwrap_or_default();
            vm.report_unraisable(&what, &e);
        }
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        let me = self as *const WeakRef as usize;
        Some(Ok(match self.get() {
            Some(_) => format!(
                "<weakref at {me:#x}; to '{}' at {:#x}>",
                self.type_name, self.address
            ),
            None => format!("<weakref at {me:#x}; dead>"),
        }))
    }
}

fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos.len().saturating_sub(1);
    if !(1..=2).contains(&given) {
        let which = if given < 1 { "at least" } else { "at most" };
        let n = if given < 1 { 1 } else { 2 };
        return Err(vm.type_error(format!(
            "__new__ expected {which} {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        )));
    }
    let obj = &args.pos[1];
    let (target, address) = match obj {
        Value::Instance(i) => (Target::Instance(Arc::downgrade(i)), Arc::as_ptr(i) as usize),
        Value::Function(f) => (Target::Function(Arc::downgrade(f)), Arc::as_ptr(f) as usize),
        Value::Type(t) => (Target::Type(Arc::downgrade(t)), Arc::as_ptr(t) as usize),
        other => {
            return Err(vm.type_error(format!(
                "cannot create weak reference to '{}' object",
                other.type_name()
            )))
        }
    };
    let callback = args.pos.get(2).filter(|c| !c.is_none()).cloned();
    let watched = callback.is_some() && matches!(target, Target::Instance(_));
    let r = Value::new_native(WeakRef {
        target,
        address,
        type_name: obj.type_name(),
        callback,
    });
    if let (true, Value::Native(n)) = (watched, &r) {
        weak_callbacks::watch(address, n);
    }
    Ok(r)
}

fn ref_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = receiver::<WeakRef>(vm, &args, "weakref", "__callback__")?;
    Ok(r.callback.clone().unwrap_or(Value::None))
}

fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = receiver::<WeakRef>(vm, &args, "weakref", "__call__")?;
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    Ok(r.get().unwrap_or(Value::None))
}

/// Live references compare as their objects; dead ones only with themselves.
fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = receiver::<WeakRef>(vm, &args, "weakref", "__eq__")?;
    let Some(other) = args.pos.get(1).and_then(|v| v.native::<WeakRef>()) else {
        return Ok(Value::new_native(
            crate::objects::instance::NotImplementedType,
        ));
    };
    match (r.get(), other.get()) {
        (Some(a), Some(b)) => Ok(Value::from(vm.eq(&a, &b)?)),
        _ => Ok(Value::from(std::ptr::eq(r, other))),
    }
}

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(&[]);
    set(&d, "ref", Value::Type(ref_type().clone()));
    Ok(d)
}
