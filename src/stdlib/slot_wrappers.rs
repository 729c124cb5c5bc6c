//! Dunder methods of built-in containers as attributes (`list.__getitem__`,
//! `dict.__setitem__`, `super().__repr__()`): each does what the operator does for the
//! built-in type itself, so a subclass overriding the dunder can delegate to its base
//! without recursing into its own override.

use crate::objects::function::{Args, NativeFn};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub const CONTAINER_SLOTS: &[(&str, NativeFn)] = &[
    ("__getitem__", slot_getitem),
    ("__setitem__", slot_setitem),
    ("__delitem__", slot_delitem),
    ("__len__", slot_len),
    ("__iter__", slot_iter),
    ("__contains__", slot_contains),
    ("__repr__", slot_repr),
];

/// The receiver and the arguments after it, checking how many were passed.
fn operands<'a>(vm: &Vm, args: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
    let Some((receiver, rest)) = args.pos.split_first() else {
        return Err(vm.type_error(format!("unbound method {name}() needs an argument")));
    };
    if rest.len() != n || !args.kw.is_empty() {
        let got = rest.len() + args.kw.len();
        return Err(vm.type_error(if name == "__getitem__" {
            format!(
                "{}.__getitem__() takes exactly one argument ({got} given)",
                receiver.type_name()
            )
        } else {
            format!(
                "expected {n} argument{}, got {got}",
                if n == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(args.pos)
}

fn slot_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__getitem__", 1)?;
    vm.builtin_get_item(&a[0], &a[1])
}

fn slot_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__setitem__", 2)?;
    vm.builtin_set_item(&a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn slot_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__delitem__", 1)?;
    vm.builtin_del_item(&a[0], &a[1])?;
    Ok(Value::None)
}

fn slot_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__len__", 0)?;
    Ok(Value::Int(super::builtins::sized_len(vm, &a[0])? as i64))
}

fn slot_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__iter__", 0)?;
    vm.get_iter(&a[0])
}

fn slot_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__contains__", 1)?;
    vm.builtin_contains(&a[0], &a[1]).map(Value::Bool)
}

fn slot_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__repr__", 0)?;
    vm.builtin_repr(&a[0]).map(Value::str)
}
