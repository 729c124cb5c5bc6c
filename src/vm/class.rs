//! Making classes: the `class` statement (`__build_class__`), `type(name, bases, dict)`
//! and `type.__new__`, with metaclasses, `__prepare__`, `__set_name__` and
//! `__init_subclass__` as in CPython.

use std::sync::{Arc, OnceLock};

use super::{PyResult, Vm};
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Builtin};
use crate::objects::instance::{ClassMethod, StaticMethod, Super};
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::Value;

/// The function a `class` statement calls: `__build_class__(body, name, *bases, **kw)`.
pub fn build_class_function() -> Value {
    static F: OnceLock<Value> = OnceLock::new();
    F.get_or_init(|| Value::Builtin(Builtin::new("__build_class__", build_class)))
        .clone()
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Function(func), Value::Str(name), orig_bases @ ..] = args.pos else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let resolved = resolve_mro_entries(vm, orig_bases)?;
    let bases = resolved.as_deref().unwrap_or(orig_bases);
    let mut meta = None;
    let mut kw = Vec::with_capacity(args.kw.len());
    for (k, v) in args.kw {
        if k.as_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(Value::Type(m)) => Value::Type(calculate_meta(vm, m, bases)?),
        Some(other) => other,
        None => Value::Type(match bases.first() {
            Some(b) => calculate_meta(vm, b.type_of(), bases)?,
            None => types().type_.clone(),
        }),
    };
    let bases_tuple = Value::tuple(bases.to_vec());
    let namespace = match vm.try_get_attr(&meta, &PyStr::new("__prepare__"))? {
        Some(prepare) => {
            match vm.call(
                &prepare,
                vec![Value::Str(name.clone()), bases_tuple.clone()],
                kw.clone(),
            )? {
                Value::Dict(d) => d,
                other => {
                    return Err(vm.type_error(format!(
                        "{}.__prepare__() must return a mapping, not {}",
                        meta_name(&meta),
                        other.type_name()
                    )))
                }
            }
        }
        None => PyDict::new(),
    };
    let module = func
        .globals
        .get_str("__name__", PyStr::hash_str("__name__"))
        .unwrap_or_else(|| Value::str("__main__"));
    // Through `__setitem__` when `__prepare__` made a dict subclass, as CPython does.
    let ns_value = Value::Dict(namespace.clone());
    vm.set_item(&ns_value, Value::str("__module__"), module)?;
    vm.set_item(
        &ns_value,
        Value::str("__qualname__"),
        Value::Str(func.qualname.clone()),
    )?;
    if resolved.is_some() {
        namespace.set_str(
            &PyStr::new("__orig_bases__"),
            Value::tuple(orig_bases.to_vec()),
        );
    }
    let class_cell = vm.run_class_body(func, &namespace)?;
    // Methods that call `super()` share this cell; `type.__new__` fills it.
    if let Value::Cell(_) = class_cell {
        namespace.set_str(&PyStr::new("__classcell__"), class_cell);
    }
    let call_args = vec![
        Value::Str(name.clone()),
        bases_tuple,
        Value::Dict(namespace),
    ];
    match &meta {
        Value::Type(m) if Arc::ptr_eq(m, &types().type_) => {
            type_new_impl(vm, m, &call_args, &kw).map(Value::Type)
        }
        _ => vm.call(&meta, call_args, kw),
    }
}

/// PEP 560: a base that is not a class may stand for others through `__mro_entries__`
/// (as `typing.TypedDict` and `Generic[T]` do). `None` when no base did.
fn resolve_mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut out: Option<Vec<Value>> = None;
    for (i, base) in bases.iter().enumerate() {
        let entries = match base {
            Value::Type(_) => None,
            _ => vm.try_get_attr(base, &PyStr::new("__mro_entries__"))?,
        };
        let Some(entries) = entries else {
            if let Some(out) = &mut out {
                out.push(base.clone());
            }
            continue;
        };
        let replaced = vm.call(&entries, vec![Value::tuple(bases.to_vec())], Vec::new())?;
        let Value::Tuple(t) = replaced else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        out.get_or_insert_with(|| bases[..i].to_vec())
            .extend(t.items.iter().cloned());
    }
    Ok(out)
}

fn meta_name(meta: &Value) -> String {
    match meta {
        Value::Type(t) => t.name.clone(),
        other => other.type_name(),
    }
}

/// The most derived of `meta` and the bases' metaclasses, which must form a chain.
fn calculate_meta(vm: &Vm, meta: Arc<PyType>, bases: &[Value]) -> PyResult<Arc<PyType>> {
    let mut winner = meta;
    for base in bases {
        let t = base.type_of();
        if winner.is_subtype(&t) {
            continue;
        }
        if t.is_subtype(&winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type(obj)` or `type(name, bases, dict)`.
pub fn new_type(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [obj] if args.kw.is_empty() => Ok(Value::Type(obj.type_of())),
        [_, bases, _] => {
            let meta = match bases {
                Value::Tuple(b) => calculate_meta(vm, types().type_.clone(), &b.items)?,
                _ => types().type_.clone(),
            };
            if !Arc::ptr_eq(&meta, &types().type_) {
                return vm.call(&Value::Type(meta), args.pos.to_vec(), args.kw.to_vec());
            }
            type_new_impl(vm, &meta, args.pos, args.kw).map(Value::Type)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__new__(mcs, name, bases, namespace, **kw)`.
pub fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((mcs, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let Value::Type(mcs) = mcs else {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            mcs.type_name()
        )));
    };
    if rest.len() != 3 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            rest.len()
        )));
    }
    type_new_impl(vm, mcs, rest, args.kw).map(Value::Type)
}

/// `type.__init__`: the class is complete already; only the arguments are checked.
pub fn type_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1);
    if n == 0 && !args.kw.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does when its metaclass does
/// not override `__call__` (and what such an override reaches through `super()`).
/// `cls.mro()`: the method resolution order as a list.
pub fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Type(t)] => Ok(Value::list(
            std::iter::once(Value::Type(t.clone()))
                .chain(t.mro.iter().cloned().map(Value::Type))
                .collect(),
        )),
        [other] => Err(vm.descriptor_error("type", "mro", Some(other))),
        _ => Err(vm.type_error(format!(
            "type.mro() takes no arguments ({} given)",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

pub fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Type(t)] => Ok(Value::list(
            t.live_subclasses().into_iter().map(Value::Type).collect(),
        )),
        [other] => Err(vm.descriptor_error("type", "__subclasses__", Some(other))),
        // Named after the class it was called on, as CPython's no-argument methods are.
        _ => Err(vm.type_error(format!(
            "{}.__subclasses__() takes no arguments ({} given)",
            match args.pos.first() {
                Some(Value::Type(t)) => t.name.as_str(),
                _ => "type",
            },
            args.pos.len().saturating_sub(1)
        ))),
    }
}

pub fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.split_first() {
        Some((Value::Type(t), rest)) => vm.construct(t, rest.to_vec(), args.kw.to_vec()),
        Some((other, _)) => Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
        None => Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument")),
    }
}

/// `object.__init_subclass__`: accepts no class keywords.
pub fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() || args.pos.len() > 1 {
        let name = match args.pos.first() {
            Some(Value::Type(t)) => t.qualname.clone(),
            _ => "object".into(),
        };
        let what = if args.kw.is_empty() {
            "arguments"
        } else {
            "keyword arguments"
        };
        return Err(vm.type_error(format!("{name}.__init_subclass__() takes no {what}")));
    }
    Ok(Value::None)
}

/// The class `mcs(name, bases, namespace)` with the class keywords `kw`: copies the
/// namespace, then tells descriptors their names and the parent about its new subclass.
fn type_new_impl(
    vm: &mut Vm,
    mcs: &Arc<PyType>,
    args: &[Value],
    kw: &[(Arc<PyStr>, Value)],
) -> PyResult<Arc<PyType>> {
    let [name, bases, ns] = args else {
        unreachable!("callers pass three arguments")
    };
    let Value::Str(name) = name else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            name.type_name()
        )));
    };
    let Value::Tuple(bases) = bases else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            bases.type_name()
        )));
    };
    let Value::Dict(ns) = ns else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            ns.type_name()
        )));
    };
    let mcs = calculate_meta(vm, mcs.clone(), &bases.items)?;
    let mut base_types = Vec::with_capacity(bases.items.len());
    for b in bases.items.iter() {
        match b {
            Value::Type(t) => base_types.push(t.clone()),
            other => {
                return Err(vm.type_error(format!("bases must be types, not {}", other.type_name())))
            }
        }
    }
    let dict = PyDict::new();
    for (k, v) in ns.items() {
        if let Value::Str(k) = k {
            dict.set_str(&k, v);
        }
    }
    let qualname = match dict.remove_str("__qualname__", PyStr::hash_str("__qualname__")) {
        Some(Value::Str(q)) => q.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "type __qualname__ must be a str, not {}",
                other.type_name()
            )))
        }
        None => name.as_str().to_string(),
    };
    let module_name = PyStr::new("__module__");
    let module = match dict.get_str("__module__", module_name.hash()) {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => {
            dict.set_str(&module_name, Value::str("__main__"));
            "__main__".into()
        }
    };
    // Every class has its own `__doc__`, None without a docstring (not inherited).
    let doc_name = PyStr::new("__doc__");
    if dict.get_str("__doc__", doc_name.hash()).is_none() {
        dict.set_str(&doc_name, Value::None);
    }
    // These hooks are class methods even when not decorated, and `__new__` a static
    // method, as in CPython.
    for hook in ["__init_subclass__", "__class_getitem__", "__new__"] {
        if let Some(f @ Value::Function(_)) = dict.get_str(hook, PyStr::hash_str(hook)) {
            let wrapped = if hook == "__new__" {
                Value::new_native(StaticMethod(f))
            } else {
                Value::new_native(ClassMethod(f))
            };
            dict.set_str(&PyStr::new(hook), wrapped);
        }
    }
    // A class that defines equality but not hashing is unhashable, as in CPython.
    let hash_name = PyStr::new("__hash__");
    if dict.get_str("__eq__", PyStr::hash_str("__eq__")).is_some()
        && dict.get_str("__hash__", hash_name.hash()).is_none()
    {
        dict.set_str(&hash_name, Value::None);
    }
    add_slot_members(vm, name.as_str(), &dict)?;
    let cell = dict.remove_str("__classcell__", PyStr::hash_str("__classcell__"));
    let metaclass = (!Arc::ptr_eq(&mcs, &types().type_)).then_some(mcs);
    let class = PyType::new_class_with_meta(
        name.as_str(),
        &qualname,
        &module,
        base_types,
        dict.clone(),
        metaclass,
    )
    .map_err(|m| vm.type_error(m))?;
    if let Some(Value::Cell(cell)) = cell {
        *cell.value.lock() = Value::Type(class.clone());
    }
    let class_value = Value::Type(class.clone());
    for (k, v) in dict.items() {
        if let Some(hook) = vm.user_method(&v, "__set_name__") {
            vm.call(&hook, vec![class_value.clone(), k], Vec::new())?;
        }
    }
    // The nearest base's `__init_subclass__` hears of the new class.
    let parent = Value::new_native(Super {
        class: class.clone(),
        obj: class_value,
    });
    if let Some(hook) = vm.try_get_attr(&parent, &PyStr::new("__init_subclass__"))? {
        vm.call(&hook, Vec::new(), kw.to_vec())?;
    }
    Ok(class)
}

/// Each name in the class body's `__slots__` becomes a member descriptor in the class,
/// private names mangled as in the body; a slot may not also be a class attribute.
fn add_slot_members(vm: &mut Vm, class_name: &str, dict: &Arc<PyDict>) -> PyResult<()> {
    let names = match dict.get_str("__slots__", PyStr::hash_str("__slots__")) {
        None => return Ok(()),
        Some(Value::Str(s)) => vec![Value::Str(s)],
        Some(other) => vm.collect_iterable(&other)?,
    };
    let mut members = Vec::with_capacity(names.len());
    for v in names {
        let Value::Str(slot) = v else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                v.type_name()
            )));
        };
        let slot = slot.as_str();
        if slot == "__dict__" || slot == "__weakref__" {
            continue;
        }
        let stripped = class_name.trim_start_matches('_');
        let name = if slot.starts_with("__") && !slot.ends_with("__") && !stripped.is_empty() {
            format!("_{stripped}{slot}")
        } else {
            slot.to_string()
        };
        if dict.get_str(&name, PyStr::hash_str(&name)).is_some() {
            return Err(vm.value_error(format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
        members.push(name);
    }
    for name in members {
        let member = Value::new_native(crate::objects::member::SlotMember {
            name: name.clone(),
            owner: class_name.to_string(),
        });
        dict.set_str(&PyStr::new(&name), member);
    }
    Ok(())
}
