//! Dunder methods of built-in containers as attributes (`list.__getitem__`,
//! `dict.__setitem__`, `super().__repr__()`): each does what the operator does for the
//! built-in type itself, so a subclass overriding the dunder can delegate to its base
//! without recursing into its own override.

use crate::objects::function::{Args, NativeFn};
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};
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
    vm.builtin_contains(&a[0], &a[1]).map(Value::from)
}

fn slot_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__repr__", 0)?;
    vm.builtin_repr(&a[0]).map(Value::str)
}

pub const OBJECT_SLOTS: &[(&str, NativeFn)] = &[
    ("__repr__", slot_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__hash__", object_hash),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
];

fn attr_name(vm: &Vm, v: &Value) -> PyResult<std::sync::Arc<crate::objects::str::PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

/// `object.__setattr__`: plain assignment, bypassing the class's own `__setattr__`.
fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__setattr__", 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.generic_set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__delattr__", 1)?;
    let name = attr_name(vm, &a[1])?;
    vm.generic_del_attr(&a[0], &name)?;
    Ok(Value::None)
}

/// `object.__str__`: `repr()` of the object, through its class's `__repr__`.
fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__str__", 0)?;
    vm.repr(&a[0]).map(Value::str)
}

/// `object.__eq__`: identity, else `NotImplemented` so the other operand is asked.
fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__eq__", 1)?;
    Ok(if a[0].is(&a[1]) {
        Value::from(true)
    } else {
        not_implemented()
    })
}

/// `object.__hash__`: the identity hash, never the class's own `__hash__` (which may be
/// what called it through `super()`).
fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__hash__", 0)?;
    match crate::objects::dict::hash_of(&a[0]) {
        Some(h) => Ok(Value::Int(h)),
        None => Err(vm.type_error(format!("unhashable type: '{}'", a[0].type_name()))),
    }
}

fn not_implemented() -> Value {
    Value::new_native(crate::objects::instance::NotImplementedType)
}

/// `a op b` for built-in operands; operands the type does not handle give
/// `NotImplemented`, as the C slots do.
fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match vm.binary_op(a, b, op) {
        Err(e) if e.is("TypeError") => Ok(not_implemented()),
        r => r,
    }
}

fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match vm.compare(a, b, op) {
        Err(e) if e.is("TypeError") => Ok(not_implemented()),
        r => r,
    }
}

macro_rules! operator_slots {
    ($table:ident: $($f:ident $dunder:literal $how:ident $op:expr, $swap:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let a = operands(vm, &args, $dunder, 1)?;
                let (x, y) = if $swap { (&a[1], &a[0]) } else { (&a[0], &a[1]) };
                $how(vm, x, y, $op)
            }
        )*
        pub const $table: &[(&str, NativeFn)] = &[$(($dunder, $f)),*];
    };
}

operator_slots! { OPERATOR_SLOTS:
    op_add "__add__" binary BinOp::Add, false;
    op_radd "__radd__" binary BinOp::Add, true;
    op_sub "__sub__" binary BinOp::Sub, false;
    op_rsub "__rsub__" binary BinOp::Sub, true;
    op_mul "__mul__" binary BinOp::Mult, false;
    op_rmul "__rmul__" binary BinOp::Mult, true;
    op_truediv "__truediv__" binary BinOp::Div, false;
    op_floordiv "__floordiv__" binary BinOp::FloorDiv, false;
    op_mod "__mod__" binary BinOp::Mod, false;
    op_pow "__pow__" binary BinOp::Pow, false;
    op_eq "__eq__" compare CmpOp::Eq, false;
    op_ne "__ne__" compare CmpOp::NotEq, false;
    op_lt "__lt__" compare CmpOp::Lt, false;
    op_le "__le__" compare CmpOp::LtE, false;
    op_gt "__gt__" compare CmpOp::Gt, false;
    op_ge "__ge__" compare CmpOp::GtE, false;
}
