//! `object`, `super`, `property`, `staticmethod`, `classmethod`, and the methods the VM
//! finds in built-in types' dicts (`property.setter`, `BaseException.__init__`, …).

use std::sync::Once;

use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::{ClassMethod, Instance, Property, StaticMethod, Super};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Puts the native methods into the built-in types' dicts, once per process.
pub fn install_type_methods() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let t = types();
        add_methods(&t.object, &[("__init__", object_init)]);
        add_methods(&t.object, super::slot_wrappers::OBJECT_SLOTS);
        t.object.dict.set_str(
            &PyStr::new("__init_subclass__"),
            Value::new_native(ClassMethod(Value::Builtin(Builtin::new(
                "__init_subclass__",
                object_init,
            )))),
        );
        for number in [&t.int, &t.float, &t.str, &t.list, &t.tuple] {
            add_methods(number, super::slot_wrappers::OPERATOR_SLOTS);
        }
        for container in [&t.list, &t.dict, &t.str] {
            add_methods(container, super::slot_wrappers::CONTAINER_SLOTS);
        }
        add_methods(&t.list, super::list_methods::LIST_METHODS);
        add_methods(&t.tuple, super::list_methods::TUPLE_METHODS);
        add_methods(&t.dict, super::dict_methods::DICT_METHODS);
        add_methods(&t.set, super::set_methods::SET_METHODS);
        add_methods(&t.frozenset, super::set_methods::FROZENSET_METHODS);
        add_methods(&t.str, super::str_methods::STR_METHODS);
        super::number_methods::install();
        add_methods(
            &exception_type("BaseException"),
            &[("__init__", exception_init)],
        );
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
    for &(name, func) in methods {
        t.dict
            .set_str(&PyStr::new(name), Value::Builtin(Builtin::new(name, func)));
    }
}

pub fn new_object(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    Ok(Value::Instance(Instance::new(types().object.clone())))
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
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
                Value::Type(t) => t.is_subtype(class),
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
    let mut slots = [Value::None, Value::None, Value::None];
    for (i, v) in args.pos.iter().take(3).enumerate() {
        slots[i] = v.clone();
    }
    for (k, v) in args.kw {
        match k.as_str() {
            "fget" => slots[0] = v.clone(),
            "fset" => slots[1] = v.clone(),
            "fdel" => slots[2] = v.clone(),
            "doc" => {}
            other => {
                return Err(vm.type_error(format!(
                    "property() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let [fget, fset, fdel] = slots;
    Ok(Value::new_native(Property { fget, fset, fdel }))
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
    Ok(Value::new_native(Property { fget, fset, fdel }))
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
