//! Attribute access: CPython's generic lookup (data descriptors on the type, then the
//! instance dict, then other class attributes, bound on the way out) plus the special
//! attributes of built-in objects.

use std::borrow::Cow;
use std::sync::Arc;

use super::{PyErr, PyResult, Vm};
use crate::objects::dict::PyDict;
use crate::objects::exception::{error, PyException};
use crate::objects::function::{Builtin, Function};
use crate::objects::instance::{
    BoundMethod, ClassMethod, Instance, Property, PySlice, StaticMethod, Super,
};
use crate::objects::member::is_slot_member;
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;

impl Vm {
    pub fn get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        // The common case first: an instance attribute no class in the MRO defines.
        if let Value::Instance(i) = obj {
            if !i.class.custom_getattribute && i.class.lookup_name(name).is_none() {
                if let Some(v) = i.dict.get_str(name.as_str(), name.hash()) {
                    return Ok(v);
                }
            }
        }
        if custom_getattribute(obj) {
            return self.getattribute_hook(obj, name);
        }
        if let Some(v) = self.generic_get_attr(obj, name)? {
            return Ok(v);
        }
        // The AttributeError a `__getattr__` raises is the one the caller sees.
        match self.getattr_hook(obj, name) {
            Some(r) => r,
            None => Err(attribute_error(obj, name.as_str())),
        }
    }

    /// `getattr(obj, name)` with absence as `None` rather than an AttributeError.
    pub fn try_get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        if custom_getattribute(obj) {
            return match self.getattribute_hook(obj, name) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is("AttributeError") => Ok(None),
                Err(e) => Err(e),
            };
        }
        if let Some(v) = self.generic_get_attr(obj, name)? {
            return Ok(Some(v));
        }
        match self.getattr_hook(obj, name) {
            Some(Err(e)) if e.is("AttributeError") => Ok(None),
            Some(r) => r.map(Some),
            None => Ok(None),
        }
    }

    /// Lookup through the class's `__getattribute__`, then its `__getattr__` if that
    /// raised AttributeError.
    fn getattribute_hook(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        let hook = obj
            .type_of()
            .lookup("__getattribute__")
            .expect("custom_getattribute classes define __getattribute__");
        let args = vec![obj.clone(), Value::Str(name.clone())];
        match self.call(&hook, args, Vec::new()) {
            Err(e) if e.is("AttributeError") => self.getattr_hook(obj, name).unwrap_or(Err(e)),
            r => r,
        }
    }

    /// `object.__getattribute__(obj, name)`: lookup without the class's hooks.
    pub fn object_getattribute(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        self.generic_get_attr(obj, name)?
            .ok_or_else(|| attribute_error(obj, name.as_str()))
    }

    /// The class's `__getattr__` applied to `name`, when a Python class defines one.
    fn getattr_hook(&mut self, obj: &Value, name: &Arc<PyStr>) -> Option<PyResult<Value>> {
        let class = obj.type_of();
        if class.is_builtin() {
            return None;
        }
        let hook = class.lookup_static("__getattr__")?;
        Some(self.call(
            &hook,
            vec![obj.clone(), Value::Str(name.clone())],
            Vec::new(),
        ))
    }

    /// Attribute lookup without `__getattr__`.
    fn generic_get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        match obj {
            Value::Native(o) => o.before_attribute_access(self, obj)?,
            Value::Type(t) => return self.class_attr(t, n),
            Value::Module(m) => {
                return Ok(m.dict.get_str(n, name.hash()).or_else(|| match n {
                    "__name__" => Some(Value::str(m.name.as_str())),
                    "__dict__" => Some(Value::Dict(m.dict.clone())),
                    _ => None,
                }))
            }
            _ => {}
        }
        if let Some(sup) = obj.native::<Super>() {
            let found = self.super_attr(sup, n);
            // A property found through `super()` reads the attribute of the object.
            let getter = found
                .as_ref()
                .and_then(|d| d.native::<Property>())
                .filter(|p| !p.fget.is_none() && !matches!(sup.obj, Value::Type(_)))
                .map(|p| p.fget.clone());
            return match getter {
                Some(fget) => self
                    .call(&fget, vec![sup.obj.clone()], Vec::new())
                    .map(Some),
                None => Ok(found),
            };
        }
        let class = obj.type_ref();
        let descr = class.lookup_name(name);
        if let Some(p) = descr.as_ref().and_then(|d| d.native::<Property>()) {
            if p.fget.is_none() {
                return Err(error(
                    "AttributeError",
                    format!("property '{n}' of '{}' object has no getter", class.name),
                ));
            }
            let fget = p.fget.clone();
            return self.call(&fget, vec![obj.clone()], Vec::new()).map(Some);
        }
        // Descriptors written in Python: `__get__` wins over the instance dict when the
        // descriptor also defines `__set__` or `__delete__`.
        let user_get = match &descr {
            Some(d @ Value::Instance(_)) => self.user_method(d, "__get__").map(|get| {
                let data = self.user_method(d, "__set__").is_some()
                    || self.user_method(d, "__delete__").is_some();
                (get, data)
            }),
            _ => None,
        };
        let owner = || vec![obj.clone(), Value::Type(class.clone().into_owned())];
        if let Some((get, true)) = &user_get {
            return self.call(get, owner(), Vec::new()).map(Some);
        }
        let dict = match obj {
            Value::Function(f) => f.attrs_for(n).map(Cow::Borrowed),
            other => instance_dict(other),
        };
        if let Some(dict) = dict {
            if let Some(v) = dict.get_str(n, name.hash()) {
                return Ok(Some(v));
            }
        }
        // An empty slot: the attribute is missing, whatever the class holds.
        if descr.as_ref().is_some_and(is_slot_member) {
            return Ok(None);
        }
        if let Some((get, false)) = &user_get {
            return self.call(get, owner(), Vec::new()).map(Some);
        }
        if let Some(d) = descr {
            return Ok(Some(bind(d, obj, &class)));
        }
        if let Some(v) = special_attr(obj, n) {
            return Ok(Some(v));
        }
        if let (Value::Builtin(b), "__module__" | "__self__") = (obj, n) {
            return Ok(self.builtin_module_attr(b, n));
        }
        // A method shows the attributes of its function.
        if let Value::BoundMethod(m) = obj {
            return self.try_get_attr(&m.func, name);
        }
        Ok(None)
    }

    /// Attribute of a class: functions stay plain functions, class methods bind the class.
    fn class_attr(&mut self, t: &Arc<PyType>, n: &str) -> PyResult<Option<Value>> {
        let special = match n {
            "__name__" => Some(Value::str(t.name.as_str())),
            "__qualname__" => Some(Value::str(t.qualname.as_str())),
            // Types made in Rust have no `__module__` entry; classes' bodies set one.
            "__module__" if t.is_builtin() || t.dict.get_str(n, PyStr::hash_str(n)).is_none() => {
                Some(Value::str(t.module.as_str()))
            }
            "__mro__" => Some(Value::tuple(
                std::iter::once(t.clone())
                    .chain(t.mro.iter().cloned())
                    .map(Value::Type)
                    .collect(),
            )),
            "__bases__" => Some(Value::tuple(
                t.bases.iter().cloned().map(Value::Type).collect(),
            )),
            "__base__" => Some(t.bases.first().cloned().map_or(Value::None, Value::Type)),
            "__dict__" => Some(Value::Dict(t.dict.clone())),
            "__class__" => Some(Value::Type(Value::Type(t.clone()).type_of())),
            // A class's own annotations only, made empty on first access as in CPython.
            "__annotations__" if !t.is_builtin() => {
                let key = PyStr::new("__annotations__");
                Some(t.dict.get_str(n, key.hash()).unwrap_or_else(|| {
                    let d = Value::Dict(PyDict::new());
                    t.dict.set_str(&key, d.clone());
                    d
                }))
            }
            _ => None,
        };
        if special.is_some() {
            return Ok(special);
        }
        if let Some(d) = t.lookup(n) {
            if let Some(get) = self.user_method(&d, "__get__") {
                return self
                    .call(&get, vec![Value::None, Value::Type(t.clone())], Vec::new())
                    .map(Some);
            }
            return Ok(Some(seen_from_class(d, t)));
        }
        // Then the metaclass, whose methods bind to the class as instances' methods do.
        let class = Value::Type(t.clone());
        let meta = class.type_of();
        match meta.lookup(n) {
            Some(d) => match d.native::<Property>() {
                Some(p) => {
                    let fget = p.fget.clone();
                    self.call(&fget, vec![class], Vec::new()).map(Some)
                }
                None => Ok(Some(bind(d, &class, &meta))),
            },
            None => Ok(None),
        }
    }

    fn super_attr(&mut self, sup: &Super, n: &str) -> Option<Value> {
        // `super()` in a class method searches the class's MRO; anywhere else, and in
        // methods of metaclasses, the MRO of the object's type.
        let class_receiver = match &sup.obj {
            Value::Type(t) if t.is_subtype(&sup.class) => Some(t.clone()),
            _ => None,
        };
        let start = class_receiver.clone().unwrap_or_else(|| sup.obj.type_of());
        let chain: Vec<Arc<PyType>> = std::iter::once(start.clone())
            .chain(start.mro.iter().cloned())
            .collect();
        let after = chain.iter().position(|t| Arc::ptr_eq(t, &sup.class))? + 1;
        let hash = PyStr::hash_str(n);
        let found = chain[after..]
            .iter()
            .find_map(|t| t.dict.get_str(n, hash))?;
        Some(match &class_receiver {
            Some(t) => seen_from_class(found, t),
            None => bind(found, &sup.obj, &start),
        })
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value) -> PyResult<()> {
        let hook = self.user_method(obj, "__setattr__");
        // The common case first: an instance attribute no class in the MRO defines.
        if let (None, Value::Instance(i)) = (&hook, obj) {
            if i.class.lookup_name(name).is_none() && slots_allow(&i.class, name.as_str()) {
                i.dict.set_str(name, value);
                return Ok(());
            }
        }
        if let Some(hook) = hook {
            self.call(&hook, vec![Value::Str(name.clone()), value], Vec::new())?;
            return Ok(());
        }
        self.generic_set_attr(obj, name, value)
    }

    /// Attribute assignment without the class's `__setattr__`: `object.__setattr__`.
    pub fn generic_set_attr(
        &mut self,
        obj: &Value,
        name: &Arc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        let n = name.as_str();
        if let Value::Native(o) = obj {
            o.before_attribute_access(self, obj)?;
        }
        if let Value::Type(t) = obj {
            if t.is_builtin() {
                return Err(self.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{}'",
                    t.name
                )));
            }
            if n == "__del__" {
                crate::objects::instance::note_del_method();
            }
            t.dict.set_str(name, value);
            return Ok(());
        }
        if let Value::Exception(e) = obj {
            if let Some(done) = set_chaining(e, n, value.clone()) {
                return done;
            }
            if n == "args" {
                e.state.lock().args = self.collect_iterable(&value)?;
                return Ok(());
            }
        }
        let class = obj.type_ref();
        let mut slot = false;
        if let Some(descr) = class.lookup_name(name) {
            slot = is_slot_member(&descr);
            if let Some(p) = descr.native::<Property>() {
                if p.fset.is_none() {
                    return Err(missing_accessor(p, n, &class, "set", "setter"));
                }
                let fset = p.fset.clone();
                self.call(&fset, vec![obj.clone(), value], Vec::new())?;
                return Ok(());
            }
            if let Some(set) = self.user_method(&descr, "__set__") {
                self.call(&set, vec![obj.clone(), value], Vec::new())?;
                return Ok(());
            }
        }
        if let Value::Instance(i) = obj {
            if !slot && !slots_allow(&i.class, n) {
                return Err(attribute_error(obj, n));
            }
        }
        // A module's attributes are its globals: `threading.excepthook = hook`.
        let dict = match obj {
            Value::Module(m) => Some(m.dict.clone()),
            Value::Function(f) if Function::is_slot_attr(n) => {
                Some(f.renamed.get_or_init(PyDict::new).clone())
            }
            Value::Function(f) => Some(f.dict.get_or_init(PyDict::new).clone()),
            other => instance_dict(other).map(Cow::into_owned),
        };
        match dict {
            Some(dict) => {
                dict.set_str(name, value);
                Ok(())
            }
            None => Err(attribute_error(obj, n)),
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        if let Some(hook) = self.user_method(obj, "__delattr__") {
            self.call(&hook, vec![Value::Str(name.clone())], Vec::new())?;
            return Ok(());
        }
        self.generic_del_attr(obj, name)
    }

    /// Attribute deletion without the class's `__delattr__`: `object.__delattr__`.
    pub fn generic_del_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        let n = name.as_str();
        if let Value::Native(o) = obj {
            o.before_attribute_access(self, obj)?;
        }
        let dict = match obj {
            Value::Type(t) if !t.is_builtin() => Some(t.dict.clone()),
            Value::Module(m) => Some(m.dict.clone()),
            Value::Function(f) => f.attrs_for(n).cloned(),
            other => instance_dict(other).map(Cow::into_owned),
        };
        let descr = obj.type_of().lookup(n);
        if let Some(del) = descr
            .as_ref()
            .and_then(|d| self.user_method(d, "__delete__"))
        {
            self.call(&del, vec![obj.clone()], Vec::new())?;
            return Ok(());
        }
        if let Some(p) = descr.as_ref().and_then(|d| d.native::<Property>()) {
            if p.fdel.is_none() {
                return Err(missing_accessor(p, n, &obj.type_of(), "delete", "deleter"));
            }
            let fdel = p.fdel.clone();
            self.call(&fdel, vec![obj.clone()], Vec::new())?;
            return Ok(());
        }
        match dict {
            Some(d) if d.remove_str(n, name.hash()).is_some() => Ok(()),
            // CPython's member descriptor names only the empty slot.
            _ if descr.as_ref().is_some_and(is_slot_member) => {
                Err(self.new_error("AttributeError", n.to_string()))
            }
            // Deletion is `object.__delattr__`'s, which does not name the module.
            _ if matches!(obj, Value::Module(_)) => Err(self.new_error(
                "AttributeError",
                format!("'module' object has no attribute '{n}'"),
            )),
            _ => Err(attribute_error(obj, n)),
        }
    }

    /// For a call `obj.name(...)`: the function or builtin of obj's class that `obj.name`
    /// would bind, when the call can pass `obj` as its first argument instead of making
    /// a bound method; `None` where attribute lookup has to run in full.
    pub fn method_for_call(&self, obj: &Value, name: &Arc<PyStr>) -> Option<Value> {
        if matches!(obj, Value::Type(_) | Value::Module(_) | Value::Function(_))
            || obj.native::<Super>().is_some()
        {
            return None;
        }
        let class = obj.type_ref();
        if class.custom_getattribute {
            return None;
        }
        let descr = class.lookup_name(name)?;
        match &descr {
            Value::Function(_) => {}
            Value::Builtin(b) if is_method_descriptor(b) && obj.base_value().is_none() => {}
            _ => return None,
        }
        if let Some(d) = instance_dict(obj) {
            if d.get_str(name.as_str(), name.hash()).is_some() {
                return None;
            }
        }
        Some(descr)
    }

    /// `__module__` and `__self__` (`attr`) of a built-in function: for a function of a
    /// module, that module (found among the imported ones) and its name; for a bound
    /// method, None and the receiver. A method looked up on its type has neither.
    fn builtin_module_attr(&self, b: &Arc<Builtin>, attr: &str) -> Option<Value> {
        if let Some(receiver) = &b.bound {
            return Some(match attr {
                "__self__" => receiver.clone(),
                _ => Value::None,
            });
        }
        if b.owner.is_some() {
            return None;
        }
        let holds = |d: &PyDict| {
            d.items()
                .iter()
                .any(|(_, v)| matches!(v, Value::Builtin(f) if Arc::ptr_eq(f, b)))
        };
        if holds(&self.interp.builtins) {
            return Some(match attr {
                "__self__" => self.interp.module("builtins").unwrap_or(Value::None),
                _ => Value::str("builtins"),
            });
        }
        let modules = self.interp.modules.items();
        let module = modules.into_iter().find_map(|(_, m)| match m {
            Value::Module(module) if holds(&module.dict) => Some(module),
            _ => None,
        });
        Some(match (module, attr) {
            (Some(m), "__self__") => Value::Module(m),
            (Some(m), _) => Value::str(m.name.as_str()),
            (None, _) => Value::None,
        })
    }

    /// A class attribute as seen through an instance: functions become bound methods.
    pub fn bind_method(&self, descr: Value, obj: &Value) -> Value {
        bind(descr, obj, &obj.type_ref())
    }

    /// A dunder method a user-defined class provides for `obj`, bound to it: the hook
    /// through which operators reach Python code. Built-in types are handled in Rust.
    pub fn user_method(&self, obj: &Value, name: &'static str) -> Option<Value> {
        let class = match obj {
            Value::Instance(i) => Cow::Borrowed(&i.class),
            Value::Exception(e) if !e.class.is_builtin() => Cow::Borrowed(&e.class),
            Value::Native(n) if n.has_dunders() => Cow::Owned(n.class()),
            Value::List(_) | Value::Dict(_) => Cow::Borrowed(&obj.subclass()?.class),
            Value::Tuple(t) => Cow::Borrowed(t.class.as_ref()?),
            Value::Type(t) => Cow::Borrowed(t.metaclass.as_ref()?),
            _ => return None,
        };
        let f = class.lookup_static(name)?;
        match f {
            Value::Function(_) | Value::BoundMethod(_) | Value::Native(_) => {
                Some(bind(f, obj, &class))
            }
            Value::Builtin(_) if matches!(obj, Value::Native(_)) => Some(bind(f, obj, &class)),
            _ => None,
        }
    }

    /// Calls `obj.name(*args)` if a user class defines it.
    pub fn call_user_method(
        &mut self,
        obj: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        // Arguments are borrowed: most objects define no such method, and building a
        // `Vec` for them would allocate on every `obj[key]`, `x in obj`…
        match self.user_method(obj, name) {
            Some(m) => self.call(&m, args.to_vec(), Vec::new()).map(Some),
            None => Ok(None),
        }
    }

    /// `cls(*args, **kwargs)` for a class defined in Python: `__new__` makes the object,
    /// then `__init__` initialises it if it is an instance of `cls`.
    pub fn instantiate(
        &mut self,
        class: &Arc<PyType>,
        args: Vec<Value>,
        kwargs: Vec<(Arc<PyStr>, Value)>,
    ) -> PyResult<Value> {
        // A `__new__` written in Python, or the native one of a type implemented in Rust.
        if let Some(new) = class
            .lookup("__new__")
            .filter(|n| !is_object_slot(n, "__new__"))
        {
            let new = match new.native::<StaticMethod>() {
                Some(StaticMethod(f)) => f.clone(),
                None => new,
            };
            // A native `__new__` consumes the arguments; only a Python `__init__` follows it.
            let native_new = matches!(new, Value::Builtin(_));
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Type(class.clone()));
            full.extend(args.iter().cloned());
            let obj = self.call(&new, full, kwargs.clone())?;
            if obj.type_of().is_subtype(class) {
                if let Some(init) = class.lookup("__init__").filter(|i| {
                    !is_object_slot(i, "__init__")
                        && (!native_new || matches!(i, Value::Function(_)))
                }) {
                    let r = self.call(&bind(init, &obj, class), args, kwargs)?;
                    check_init_result(self, &r)?;
                }
            }
            return Ok(obj);
        }
        if class.metaclass.is_some() {
            check_not_abstract(self, class)?;
        }
        if let Some(obj) = new_container(class) {
            let init = class.lookup("__init__");
            if let Some(init) = init {
                let init = bind(init, &obj, class);
                let r = self.call(&init, args, kwargs)?;
                check_init_result(self, &r)?;
            }
            return Ok(obj);
        }
        let obj = new_object(class, &args);
        match class.lookup("__init__") {
            Some(init @ Value::Function(_)) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend(args);
                let r = self.call(&init, full, kwargs)?;
                check_init_result(self, &r)?;
            }
            _ if matches!(obj, Value::Instance(_)) && (!args.is_empty() || !kwargs.is_empty()) => {
                return Err(self.type_error(format!("{}() takes no arguments", class.name)));
            }
            _ => {}
        }
        Ok(obj)
    }

    /// `object.__new__(cls)`: a bare instance of `cls`.
    pub fn object_new(&mut self, class: &Arc<PyType>, nargs: usize) -> PyResult<Value> {
        if nargs > 0 {
            if !class
                .lookup("__new__")
                .is_some_and(|n| is_object_slot(&n, "__new__"))
            {
                return Err(self.type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            if class
                .lookup("__init__")
                .is_some_and(|n| is_object_slot(&n, "__init__"))
            {
                return Err(self.type_error(format!("{}() takes no arguments", class.name)));
            }
        }
        check_not_abstract(self, class)?;
        Ok(new_container(class).unwrap_or_else(|| new_object(class, &[])))
    }
}

/// Whether attribute lookup on `obj` goes through a `__getattribute__` written in Python;
/// reads no reference count, as it runs on every attribute access.
#[inline]
fn custom_getattribute(obj: &Value) -> bool {
    match obj {
        Value::Instance(i) => i.class.custom_getattribute,
        other => other
            .subclass()
            .is_some_and(|sub| sub.class.custom_getattribute),
    }
}

/// Whether `v` is `object`'s own `name` method, the default every class inherits.
pub fn is_object_slot(v: &Value, name: &str) -> bool {
    crate::objects::types::types()
        .object
        .dict
        .get_str(name, PyStr::hash_str(name))
        .is_some_and(|o| o.is(v))
}

/// Refuses to instantiate a class with abstract methods left (`abc.abstractmethod`),
/// listing them as CPython does.
fn check_not_abstract(vm: &Vm, class: &PyType) -> PyResult<()> {
    let Some(Value::FrozenSet(names)) = class.dict.get_str(
        "__abstractmethods__",
        PyStr::hash_str("__abstractmethods__"),
    ) else {
        return Ok(());
    };
    let mut names: Vec<String> = names
        .snapshot()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        class.name,
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

/// A fresh instance of a class that is not a container: an exception or a plain object.
fn new_object(class: &Arc<PyType>, args: &[Value]) -> Value {
    if class.is_subtype(&crate::objects::types::types().base_exception) {
        Value::Exception(PyException::new(class.clone(), args.to_vec()))
    } else {
        Value::Instance(Instance::new(class.clone()))
    }
}

/// Whether instances of `class` may have attribute `n`: a class whose every Python-level
/// class in the MRO declares `__slots__` (without `__dict__`) admits only those names.
pub(super) fn slots_allow(class: &Arc<PyType>, n: &str) -> bool {
    // A bare `object()` has no `__dict__`, as if its class had empty slots.
    if class.is_builtin() {
        return false;
    }
    if class.lookup_static("__slots__").is_none() {
        return true;
    }
    let hash = PyStr::hash_str("__slots__");
    for t in std::iter::once(class).chain(class.mro.iter()) {
        if t.is_builtin() {
            continue;
        }
        let names = match t.dict.get_str("__slots__", hash) {
            None => return true,
            Some(Value::Str(s)) => vec![Value::Str(s)],
            Some(Value::Tuple(items)) => items.items.to_vec(),
            Some(Value::List(l)) => l.snapshot(),
            Some(_) => return true,
        };
        if names
            .iter()
            .any(|v| v.as_str().is_some_and(|s| s == n || s == "__dict__"))
        {
            return true;
        }
    }
    false
}

fn check_init_result(vm: &Vm, r: &Value) -> PyResult<()> {
    if r.is_none() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "__init__() should return None, not '{}'",
        r.type_name()
    )))
}

/// An empty instance of `class` when it derives from `list` or `dict`: the container
/// itself carries the class, so everything that accepts a list or dict accepts it.
pub(crate) fn new_container(class: &Arc<PyType>) -> Option<Value> {
    let t = crate::objects::types::types();
    class.mro.iter().find_map(|base| {
        if Arc::ptr_eq(base, &t.list) {
            Some(Value::List(crate::objects::list::PyList::new_subclass(
                class.clone(),
            )))
        } else if Arc::ptr_eq(base, &t.dict) {
            Some(Value::Dict(PyDict::new_subclass(class.clone())))
        } else {
            None
        }
    })
}

/// What looking `descr` up on the class `t` gives: class methods bind the class, static
/// methods unwrap, functions stay plain functions.
fn seen_from_class(descr: Value, t: &Arc<PyType>) -> Value {
    if let Some(ClassMethod(f)) = descr.native::<ClassMethod>() {
        Value::BoundMethod(Arc::new(BoundMethod {
            func: f.clone(),
            receiver: Value::Type(t.clone()),
        }))
    } else if let Some(StaticMethod(f)) = descr.native::<StaticMethod>() {
        f.clone()
    } else {
        descr
    }
}

/// What looking `descr` up on `obj` gives: a bound method for functions.
/// Setting or deleting through a property that lacks the accessor. Native getters
/// are C descriptors in CPython, with their own messages.
fn missing_accessor(p: &Property, n: &str, class: &PyType, verb: &str, accessor: &str) -> PyErr {
    let msg = match &p.fget {
        Value::Builtin(b) if b.name == "_tuplegetter" => format!("can't {verb} attribute"),
        Value::Builtin(b) if b.name == "member_descriptor" => "readonly attribute".to_string(),
        Value::Builtin(_) => format!(
            "attribute '{n}' of '{}' objects is not writable",
            class.name
        ),
        _ => format!(
            "property '{n}' of '{}' object has no {accessor}",
            class.name
        ),
    };
    error("AttributeError", msg)
}

fn bind(descr: Value, obj: &Value, class: &Arc<PyType>) -> Value {
    match &descr {
        Value::Function(_) => Value::BoundMethod(Arc::new(BoundMethod {
            func: descr,
            receiver: obj.clone(),
        })),
        Value::Builtin(b) if is_method_descriptor(b) => Value::Builtin(Arc::new(Builtin {
            name: b.name,
            func: b.func,
            owner: b.owner.clone(),
            // Methods of `int`, `str`… act on the value of an instance of a subclass.
            bound: Some(match obj.base_value() {
                Some(base) if !is_object_slot(&descr, b.name) => base.clone(),
                _ => obj.clone(),
            }),
        })),
        _ => {
            if let Some(StaticMethod(f)) = descr.native::<StaticMethod>() {
                f.clone()
            } else if let Some(ClassMethod(f)) = descr.native::<ClassMethod>() {
                Value::BoundMethod(Arc::new(BoundMethod {
                    func: f.clone(),
                    receiver: Value::Type(class.clone()),
                }))
            } else {
                descr
            }
        }
    }
}

/// A method of a type binds to the instance it is looked up on; a plain built-in
/// function (`len`, `time.gmtime`) stored in a class does not, as in CPython.
fn is_method_descriptor(b: &Builtin) -> bool {
    b.bound.is_none() && b.owner.is_some()
}

pub(crate) fn instance_dict(obj: &Value) -> Option<Cow<'_, Arc<PyDict>>> {
    match obj {
        Value::Instance(i) => Some(Cow::Borrowed(&i.dict)),
        Value::Exception(e) => Some(Cow::Borrowed(&e.dict)),
        Value::Native(n) => n.instance_dict().map(Cow::Owned),
        other => other.subclass().map(|sub| Cow::Borrowed(&sub.dict)),
    }
}

/// Attributes of built-in objects that live on the object rather than its type.
fn special_attr(obj: &Value, n: &str) -> Option<Value> {
    Some(match (obj, n) {
        (Value::Function(f), "__name__") => Value::Str(f.name.clone()),
        (Value::Function(f), "__qualname__") => Value::Str(f.qualname.clone()),
        (Value::Function(f), "__module__") => f
            .globals
            .get_str("__name__", PyStr::hash_str("__name__"))
            .unwrap_or(Value::None),
        (Value::Function(f), "__dict__") => Value::Dict(f.dict.get_or_init(PyDict::new).clone()),
        // Made empty on first access, and kept, so that it can be filled in.
        (Value::Function(f), "__annotations__") => {
            let d = Value::Dict(PyDict::new());
            let attrs = f.renamed.get_or_init(PyDict::new);
            attrs.set_str(&PyStr::new("__annotations__"), d.clone());
            d
        }
        (Value::Function(f), "__code__") => Value::Code(f.code.clone()),
        (Value::Function(f), "__globals__") => Value::Dict(f.globals.clone()),
        (Value::Function(f), "__doc__") => f.code.doc.clone().map_or(Value::None, Value::Str),
        (Value::Function(f), "__defaults__") if !f.defaults.is_empty() => {
            Value::tuple(f.defaults.clone())
        }
        (Value::Function(f), "__kwdefaults__") if !f.kwdefaults.is_empty() => {
            let d = PyDict::new();
            for (k, v) in &f.kwdefaults {
                d.set_str(k, v.clone());
            }
            Value::Dict(d)
        }
        (Value::Function(f), "__closure__") if !f.closure.is_empty() => {
            Value::tuple(f.closure.iter().cloned().map(Value::Cell).collect())
        }
        (Value::Function(_), "__defaults__" | "__kwdefaults__" | "__closure__") => Value::None,
        (Value::Cell(c), "cell_contents") => match &*c.value.lock() {
            Value::Unbound => return None,
            v => v.clone(),
        },
        (Value::Builtin(b), "__name__") => Value::str(b.name),
        (Value::Builtin(b), "__qualname__") => Value::str(b.qualname()),
        (Value::BoundMethod(m), "__self__") => m.receiver.clone(),
        (Value::BoundMethod(m), "__func__") => m.func.clone(),
        (Value::Exception(e), "args") => Value::tuple(e.args()),
        (Value::Exception(e), "message" | "exceptions") if e.group.is_some() => {
            let g = e.group.as_deref()?;
            match n {
                "message" => g.message.clone(),
                _ => g.exceptions.clone(),
            }
        }
        (Value::Exception(e), "value") if e.is("StopIteration") => {
            e.args().into_iter().next().unwrap_or(Value::None)
        }
        (Value::Exception(e), "code") if e.is("SystemExit") => {
            let mut args = e.args();
            match args.len() {
                0 => Value::None,
                1 => args.remove(0),
                _ => Value::tuple(args),
            }
        }
        (Value::Exception(e), "__cause__") => e.state.lock().cause.clone().unwrap_or(Value::None),
        (Value::Exception(e), "__traceback__") => crate::stdlib::traceback::Traceback::of(e),
        (Value::Exception(e), "__context__") => {
            e.state.lock().context.clone().unwrap_or(Value::None)
        }
        (Value::Exception(e), "__suppress_context__") => {
            Value::from(e.state.lock().suppress_context)
        }
        (Value::Instance(i), "__dict__") if slots_allow(&i.class, "__dict__") => {
            Value::Dict(i.dict.clone())
        }
        (Value::Exception(e), "code") if e.is("SystemExit") => {
            let mut args = e.args();
            match args.len() {
                0 => Value::None,
                1 => args.swap_remove(0),
                _ => Value::tuple(args),
            }
        }
        // The import system sets these where it raises; other ImportErrors have None.
        (Value::Exception(e), "name" | "path") if e.is("ImportError") => Value::None,
        (Value::Exception(e), "msg") if e.is("ImportError") => {
            e.args().into_iter().next().unwrap_or(Value::None)
        }
        (Value::Native(_), "start" | "stop" | "step") if obj.native::<PySlice>().is_some() => {
            let s = obj.native::<PySlice>()?;
            match n {
                "start" => s.start.clone(),
                "stop" => s.stop.clone(),
                _ => s.step.clone(),
            }
        }
        (Value::Native(_), "fget" | "fset" | "fdel" | "__doc__")
            if obj.native::<Property>().is_some() =>
        {
            let p = obj.native::<Property>()?;
            match n {
                "fget" => p.fget.clone(),
                "fset" => p.fset.clone(),
                "fdel" => p.fdel.clone(),
                _ if p.doc.is_none() => special_attr(&p.fget, "__doc__").unwrap_or(Value::None),
                _ => p.doc.clone(),
            }
        }
        (Value::Native(_), "__func__") => {
            match (obj.native::<StaticMethod>(), obj.native::<ClassMethod>()) {
                (Some(StaticMethod(f)), _) | (_, Some(ClassMethod(f))) => f.clone(),
                _ => return None,
            }
        }
        (Value::Range(r), "start") => Value::from_bigint(r.start.clone()),
        (Value::Range(r), "stop") => Value::from_bigint(r.stop.clone()),
        (Value::Range(r), "step") => Value::from_bigint(r.step.clone()),
        (_, "__class__") => Value::Type(obj.type_of()),
        _ => return None,
    })
}

/// Assignment to an exception's chaining fields (`__cause__`, `__context__`,
/// `__suppress_context__`), which tracebacks read; `None` for other names.
fn set_chaining(e: &PyException, n: &str, value: Value) -> Option<PyResult<()>> {
    let chained = |what: &str| match value {
        Value::None => Ok(None),
        Value::Exception(_) => Ok(Some(value.clone())),
        _ => Err(error(
            "TypeError",
            format!("exception {what} must be None or derive from BaseException"),
        )),
    };
    Some(match n {
        "__cause__" => chained("cause").map(|cause| {
            let mut st = e.state.lock();
            st.cause = cause;
            st.suppress_context = true;
        }),
        "__context__" => chained("context").map(|context| e.state.lock().context = context),
        "__suppress_context__" => match value {
            Value::Bool(b) => {
                e.state.lock().suppress_context = b.get();
                Ok(())
            }
            _ => Err(error("TypeError", "attribute value type must be bool")),
        },
        _ => return None,
    })
}

pub fn attribute_error(obj: &Value, n: &str) -> Arc<PyException> {
    let msg = match obj {
        Value::Module(m) => format!("module '{}' has no attribute '{n}'", m.name),
        Value::Type(t) => format!("type object '{}' has no attribute '{n}'", t.name),
        other => format!("'{}' object has no attribute '{n}'", other.type_name()),
    };
    let exc = error("AttributeError", msg);
    exc.state.lock().missing_attribute = Some((obj.clone(), n.to_string()));
    exc
}
