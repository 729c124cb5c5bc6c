//! `object`, `super`, `property`, `staticmethod`, `classmethod`, and the methods the VM
//! finds in built-in types' dicts (`property.setter`, `BaseException.__init__`, …).

use std::sync::{Arc, Once};

use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::{ClassMethod, Instance, Property, StaticMethod, Super};
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Puts the native methods into the built-in types' dicts, once per process.
pub fn install_type_methods() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let t = types();
        add_methods(
            &t.object,
            &[
                ("__init__", object_init),
                ("__new__", object_new),
                ("__getattribute__", object_getattribute),
            ],
        );
        add_methods(&t.object, super::slot_wrappers::OBJECT_SLOTS);
        t.object.dict.set_str(
            &PyStr::new("__init_subclass__"),
            Value::new_native(ClassMethod(Value::Builtin(Builtin::new(
                "__init_subclass__",
                crate::vm::class::object_init_subclass,
            )))),
        );
        add_methods(
            &t.type_,
            &[
                ("__new__", crate::vm::class::type_new),
                ("__init__", crate::vm::class::type_init),
                ("__call__", crate::vm::class::type_call),
                ("mro", crate::vm::class::type_mro),
                ("__subclasses__", crate::vm::class::type_subclasses),
            ],
        );
        for immutable in [&t.int, &t.float, &t.str, &t.tuple] {
            add_methods(immutable, &[("__new__", value_new)]);
        }
        super::slot_wrappers::install();
        add_methods(&t.slice, &[("indices", crate::vm::slice::slice_indices)]);
        add_methods(
            &t.range,
            &[
                ("index", super::builtins::range_index),
                ("count", super::builtins::range_count),
            ],
        );
        add_methods(&t.list, super::list_methods::LIST_METHODS);
        add_methods(&t.tuple, super::list_methods::TUPLE_METHODS);
        add_methods(&t.dict, super::dict_methods::DICT_METHODS);
        super::dict_methods::install();
        add_methods(&t.set, super::set_methods::SET_METHODS);
        add_methods(&t.frozenset, super::set_methods::FROZENSET_METHODS);
        add_methods(&t.str, super::str_methods::STR_METHODS);
        super::str_translate::install();
        super::number_methods::install();
        super::code_object::install();
        super::generic_alias::install();
        add_methods(
            &types().base_exception,
            &[
                ("__init__", exception_init),
                ("__new__", exception_new),
                ("add_note", exception_add_note),
                (
                    "with_traceback",
                    super::traceback::Traceback::exception_with_traceback,
                ),
            ],
        );
        super::exception_group::install();
        super::iterator_methods::install();
        add_methods(
            &t.property,
            &[
                ("getter", property_getter),
                ("setter", property_setter),
                ("deleter", property_deleter),
            ],
        );
    });
}

pub fn add_methods(t: &PyType, methods: &[(&'static str, NativeFn)]) {
    let owner: Arc<str> = if t.is_builtin() {
        t.name.as_str().into()
    } else {
        format!("{}.{}", t.module, t.name).into()
    };
    for &(name, func) in methods {
        t.dict.set_str(
            &PyStr::new(name),
            Value::Builtin(Builtin::method(name, func, &owner)),
        );
    }
}

pub fn new_object(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    Ok(Value::Instance(Instance::new(types().object.clone())))
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [obj, Value::Str(name)] => vm.object_getattribute(obj, name),
        [_, other] => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
        _ => Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

/// `int.__new__(cls, ...)` and likewise for `float`, `str` and `tuple`: the built-in
/// value, held by an instance of `cls` when that is a Python subclass.
fn value_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = types();
    let (cls, rest) = match args.pos.split_first() {
        Some((Value::Type(cls), rest)) => (cls, rest),
        Some((other, _)) => {
            return Err(vm.type_error(format!(
                "__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("__new__(): not enough arguments")),
    };
    let Some(base) = [&t.int, &t.float, &t.str, &t.tuple]
        .into_iter()
        .find(|b| cls.is_subtype(b))
    else {
        return Err(vm.type_error(format!("{}.__new__() is not safe", cls.name)));
    };
    let ctor = super::builtins::constructor(base).expect("built-in value types have constructors");
    let value = ctor(
        vm,
        Args {
            pos: rest,
            kw: args.kw,
        },
    )?;
    if std::sync::Arc::ptr_eq(cls, base) {
        return Ok(value);
    }
    Ok(match value {
        Value::Tuple(items) => Value::Tuple(crate::objects::tuple::PyTuple::with_class(
            items.items.to_vec(),
            cls.clone(),
        )),
        value => Value::Instance(Instance::with_value(cls.clone(), value)),
    })
}

/// `object.__new__(cls)`.
fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Type(class)) => {
            let extra = args.pos.len() - 1 + args.kw.len();
            vm.object_new(class, extra)
        }
        Some(other) => Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

/// `object.__init__(self)`: arguments are an error unless the class's own `__new__`
/// takes them, as in CPython.
fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let class = obj.type_of();
        let own_init = !class
            .lookup("__init__")
            .is_some_and(|i| crate::vm::attr::is_object_slot(&i, "__init__"));
        let default_new = class
            .lookup("__new__")
            .is_some_and(|n| crate::vm::attr::is_object_slot(&n, "__new__"));
        if own_init {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if default_new {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                class.name
            )));
        }
    }
    Ok(Value::None)
}

/// `BaseException.__new__(cls, *args)`: the exception, with `args` already set.
fn exception_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = types().base_exception.clone();
    match args.pos.split_first() {
        Some((Value::Type(class), rest)) if class.is_subtype(&base) => Ok(Value::Exception(
            crate::objects::exception::PyException::construct(class.clone(), rest.to_vec()),
        )),
        Some((Value::Type(class), _)) => Err(vm.type_error(format!(
            "BaseException.__new__({0}): {0} is not a subtype of BaseException",
            class.name
        ))),
        Some((other, _)) => Err(vm.type_error(format!(
            "BaseException.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
        None => Err(vm.type_error("BaseException.__new__(): not enough arguments")),
    }
}

/// `exc.add_note(note)`: appends to the exception's `__notes__` list, which tracebacks
/// print after the message.
fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Exception(e), note] = args.pos else {
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    if !matches!(note, Value::Str(_)) && note.base_value().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", note.type_name())));
    }
    let key = PyStr::new("__notes__");
    match e.dict.get_str("__notes__", key.hash()) {
        Some(Value::List(notes)) => notes.items.lock().push(note.clone()),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        None => e.dict.set_str(&key, Value::list(vec![note.clone()])),
    }
    Ok(Value::None)
}

fn exception_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Exception(e)) = args.pos.first() {
        e.state.lock().args = args.pos[1..].to_vec();
    }
    Ok(Value::None)
}

pub fn new_super(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Type(class), obj] => {
            let ok = match obj {
                Value::Type(t) if t.is_subtype(class) => true,
                other => other.type_of().is_subtype(class),
            };
            if !ok {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            Ok(Value::new_native(Super {
                class: class.clone(),
                obj: obj.clone(),
            }))
        }
        [] => Err(vm.new_error("RuntimeError", "super(): no arguments")),
        [other, ..] => Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            other.type_name()
        ))),
    }
}

pub fn new_property(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    if args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.pos.len()
        )));
    }
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = v.clone();
    }
    for (k, v) in args.kw {
        match k.as_str() {
            "fget" => slots[0] = v.clone(),
            "fset" => slots[1] = v.clone(),
            "fdel" => slots[2] = v.clone(),
            "doc" => slots[3] = v.clone(),
            other => {
                return Err(vm.type_error(format!(
                    "property() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let [fget, fset, fdel, doc] = slots;
    Ok(Value::new_native(Property {
        fget,
        fset,
        fdel,
        doc,
    }))
}

/// `prop.setter(f)` and friends: a copy of the property with one accessor replaced.
fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let (Some(p), Some(f)) = (
        args.pos.first().and_then(|v| v.native::<Property>()),
        args.pos.get(1),
    ) else {
        return Err(vm.type_error("descriptor requires a 'property' object and a function"));
    };
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f.clone();
    let [fget, fset, fdel] = parts;
    Ok(Value::new_native(Property {
        fget,
        fset,
        fdel,
        doc: p.doc.clone(),
    }))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 2)
}

pub fn new_staticmethod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [f] => Ok(Value::new_native(StaticMethod(f.clone()))),
        _ => Err(vm.type_error(format!(
            "staticmethod expected 1 argument, got {}",
            args.pos.len()
        ))),
    }
}

pub fn new_classmethod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [f] => Ok(Value::new_native(ClassMethod(f.clone()))),
        _ => Err(vm.type_error(format!(
            "classmethod expected 1 argument, got {}",
            args.pos.len()
        ))),
    }
}
