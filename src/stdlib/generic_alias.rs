//! `types.GenericAlias`: what subscripting a built-in generic class gives (`list[int]`,
//! `dict[str, list[int]]`, `collections.deque[str]`), mostly seen in annotations. It prints
//! as written, compares by origin and arguments, calls its origin, and reads any other
//! attribute from the origin, as CPython's does.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::{ClassMethod, NativeObject, NotImplementedType};
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, getter, module_type, receiver};

pub struct GenericAlias {
    pub origin: Value,
    pub args: Vec<Value>,
}

fn alias_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("GenericAlias", "types", Vec::new(), METHODS);
        for (name, f) in [
            ("__origin__", alias_origin as NativeFn),
            ("__args__", alias_args),
            ("__parameters__", alias_parameters),
        ] {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        t
    })
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", alias_new),
    ("__call__", alias_call),
    ("__eq__", alias_eq),
    ("__hash__", alias_hash),
    ("__getattr__", alias_getattr),
];

impl NativeObject for GenericAlias {
    fn class(&self) -> Arc<PyType> {
        alias_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        Some(self.text(vm))
    }
}

impl GenericAlias {
    fn text(&self, vm: &mut Vm) -> PyResult<String> {
        let origin = item_text(vm, &self.origin)?;
        if self.args.is_empty() {
            return Ok(format!("{origin}[()]"));
        }
        let mut parts = Vec::with_capacity(self.args.len());
        for a in &self.args {
            parts.push(item_text(vm, a)?);
        }
        Ok(format!("{origin}[{}]", parts.join(", ")))
    }
}

/// How CPython prints an origin or argument: `...`, classes by (qualified) name,
/// anything else by its repr.
pub fn item_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Type(t) if t.module == "builtins" => Ok(t.qualname.clone()),
        Value::Type(t) => Ok(format!("{}.{}", t.module, t.qualname)),
        v if v.is(&crate::objects::instance::ellipsis()) => Ok("...".into()),
        other => vm.repr(other),
    }
}

/// `origin[key]`: a tuple key gives several arguments.
pub fn new(origin: Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(t) if t.class.is_none() => t.items.to_vec(),
        other => vec![other.clone()],
    };
    Value::new_native(GenericAlias { origin, args })
}

/// `GenericAlias(origin, args)`, which a Python class's `__class_getitem__` can be.
fn alias_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    match args.pos {
        [_, origin, key] => Ok(new(origin.clone(), key)),
        _ => Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

/// `__class_getitem__` of the built-in generic classes.
pub fn class_getitem_method() -> Value {
    Value::new_native(ClassMethod(Value::Builtin(Builtin::new(
        "__class_getitem__",
        class_getitem,
    ))))
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [cls, key] if args.kw.is_empty() => Ok(new(cls.clone(), key)),
        _ => Err(vm.type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            (args.pos.len() + args.kw.len()).saturating_sub(1)
        ))),
    }
}

/// Makes the built-in generic classes subscriptable.
pub fn install() {
    let t = types();
    for class in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset] {
        class
            .dict
            .set_str(&PyStr::new("__class_getitem__"), class_getitem_method());
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a GenericAlias> {
    receiver::<GenericAlias>(vm, args, "types.GenericAlias", method)
}

fn alias_origin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "__origin__")?.origin.clone())
}

fn alias_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::tuple(this(vm, &args, "__args__")?.args.clone()))
}

/// Type variables among the arguments; gilpy's `TypeVar`s are only names, so none.
fn alias_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__parameters__")?;
    Ok(Value::tuple(Vec::new()))
}

/// `list[int](...)` makes a plain `list`.
fn alias_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = this(vm, &args, "__call__")?.origin.clone();
    vm.call(&origin, args.pos[1..].to_vec(), args.kw.to_vec())
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__eq__", &args, 2, 2)?;
    let a = this(vm, &args, "__eq__")?;
    let Some(b) = args.pos[1].native::<GenericAlias>() else {
        return Ok(Value::new_native(NotImplementedType));
    };
    if a.args.len() != b.args.len() || !vm.eq(&a.origin, &b.origin)? {
        return Ok(Value::from(false));
    }
    for (x, y) in a.args.iter().zip(&b.args) {
        if !vm.eq(x, y)? {
            return Ok(Value::from(false));
        }
    }
    Ok(Value::from(true))
}

/// Equal aliases hash alike: the origin's hash mixed with the arguments' tuple hash.
fn alias_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__hash__")?;
    let (origin, items) = (a.origin.clone(), Value::tuple(a.args.clone()));
    let h = vm.hash(&origin)? ^ vm.hash(&items)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// Other attributes are the origin's: `list[int].__name__` is `'list'`.
fn alias_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__getattr__", &args, 2, 2)?;
    let origin = this(vm, &args, "__getattr__")?.origin.clone();
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.get_attr(&origin, name)
}
