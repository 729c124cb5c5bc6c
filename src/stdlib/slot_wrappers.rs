//! Dunder methods of built-in containers as attributes (`list.__getitem__`,
//! `dict.__setitem__`, `super().__repr__()`): each does what the operator does for the
//! built-in type itself, so a subclass overriding the dunder can delegate to its base
//! without recursing into its own override.

use crate::objects::function::{Args, NativeFn};
use crate::objects::types::types;
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};
use crate::vm::ops::unwrap_base;
use crate::vm::{PyResult, Vm};

use super::descriptors::add_methods;

const CONTAINER_SLOTS: &[(&str, NativeFn)] = &[
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
    ("__format__", object_format),
];

/// The format spec argument of `__format__`.
fn format_spec<'a>(vm: &Vm, spec: &'a Value) -> PyResult<&'a str> {
    spec.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            spec.type_name()
        ))
    })
}

/// `object.__format__`: `str(self)` for an empty spec; any other spec is an error.
fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__format__", 1)?;
    if !format_spec(vm, &a[1])?.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            a[0].type_name()
        )));
    }
    vm.str(&a[0]).map(Value::str)
}

/// `int.__format__`, `float.__format__`, `str.__format__`: the format mini-language on
/// the built-in value, also for a subclass instance whose own `__format__` delegates.
fn slot_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__format__", 1)?;
    let spec = format_spec(vm, &a[1])?;
    vm.format(&unwrap_base(&a[0]), spec).map(Value::str)
}

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
    match vm.builtin_binary_op(a, b, op) {
        Err(e) if e.is("TypeError") => Ok(not_implemented()),
        r => r,
    }
}

fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    // A subclass of int, float or str compares as its value, so an override that
    // delegates here does not reach itself again.
    match vm.compare(&unwrap_base(a), &unwrap_base(b), op) {
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
        const $table: &[(&str, NativeFn)] = &[$(($dunder, $f)),*];
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
    op_rtruediv "__rtruediv__" binary BinOp::Div, true;
    op_floordiv "__floordiv__" binary BinOp::FloorDiv, false;
    op_rfloordiv "__rfloordiv__" binary BinOp::FloorDiv, true;
    op_mod "__mod__" binary BinOp::Mod, false;
    op_rmod "__rmod__" binary BinOp::Mod, true;
    op_pow "__pow__" binary BinOp::Pow, false;
    op_rpow "__rpow__" binary BinOp::Pow, true;
    op_and "__and__" binary BinOp::BitAnd, false;
    op_rand "__rand__" binary BinOp::BitAnd, true;
    op_or "__or__" binary BinOp::BitOr, false;
    op_ror "__ror__" binary BinOp::BitOr, true;
    op_xor "__xor__" binary BinOp::BitXor, false;
    op_rxor "__rxor__" binary BinOp::BitXor, true;
    op_lshift "__lshift__" binary BinOp::LShift, false;
    op_rlshift "__rlshift__" binary BinOp::LShift, true;
    op_rshift "__rshift__" binary BinOp::RShift, false;
    op_rrshift "__rrshift__" binary BinOp::RShift, true;
    op_iadd "__iadd__" inplace BinOp::Add, false;
    op_imul "__imul__" inplace BinOp::Mult, false;
    op_iand "__iand__" inplace BinOp::BitAnd, false;
    op_ior "__ior__" inplace BinOp::BitOr, false;
    op_ixor "__ixor__" inplace BinOp::BitXor, false;
    op_isub "__isub__" inplace BinOp::Sub, false;
    op_eq "__eq__" compare CmpOp::Eq, false;
    op_ne "__ne__" compare CmpOp::NotEq, false;
    op_lt "__lt__" compare CmpOp::Lt, false;
    op_le "__le__" compare CmpOp::LtE, false;
    op_gt "__gt__" compare CmpOp::Gt, false;
    op_ge "__ge__" compare CmpOp::GtE, false;
}

/// `list.__iadd__` and `set.__ior__`...: the in-place change of the built-in receiver,
/// whatever a subclass overrides.
fn inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let r = match (a, op) {
        (Value::List(l), BinOp::Add) => {
            let items = vm.collect_iterable(b)?;
            l.items.lock().extend(items);
            return Ok(a.clone());
        }
        (Value::List(l), BinOp::Mult) => vm.builtin_binary_op(a, b, op).map(|r| {
            if let Value::List(repeated) = &r {
                let items = repeated.snapshot();
                drop(std::mem::replace(&mut *l.items.lock(), items.into()));
            }
            a.clone()
        }),
        _ => vm.inplace_op(a, b, op),
    };
    match r {
        Err(e) if e.is("TypeError") => Ok(not_implemented()),
        r => r,
    }
}

fn divmod_of(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Value> {
    // The built-in values under subclass instances, or `divmod` would come back here.
    let plain = |v: &Value| v.base_value().unwrap_or(v).clone();
    match super::builtins_numeric::builtin_divmod(
        vm,
        Args {
            pos: &[plain(x), plain(y)],
            kw: &[],
        },
    ) {
        Err(e) if e.is("TypeError") => Ok(not_implemented()),
        r => r,
    }
}

fn op_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__divmod__", 1)?;
    divmod_of(vm, &a[0], &a[1])
}

fn op_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__rdivmod__", 1)?;
    divmod_of(vm, &a[1], &a[0])
}

fn slot_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__neg__", 0)?;
    vm.unary_negative(&a[0])
}

fn slot_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__pos__", 0)?;
    vm.unary_positive(&a[0])
}

fn slot_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__invert__", 0)?;
    vm.unary_invert(&a[0])
}

fn slot_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(vm, &args, "__bool__", 0)?;
    vm.is_true(&a[0]).map(Value::from)
}

/// The dunders of built-in types, by type, as CPython's `dir()` shows them. The
/// conversions (`__int__`, `__abs__`, `__round__`...) are the built-in functions
/// themselves, which take the receiver as their argument.
pub fn install() {
    let all: Vec<(&str, NativeFn)> = OPERATOR_SLOTS
        .iter()
        .chain(CONTAINER_SLOTS)
        .copied()
        .chain([
            ("__divmod__", op_divmod as NativeFn),
            ("__rdivmod__", op_rdivmod),
            ("__neg__", slot_neg),
            ("__pos__", slot_pos),
            ("__invert__", slot_invert),
            ("__bool__", slot_bool),
            ("__format__", slot_format),
            ("__abs__", super::builtins::builtin_abs),
            ("__int__", super::builtins::new_int),
            ("__index__", super::builtins::new_int),
            ("__trunc__", super::builtins::new_int),
            ("__float__", super::builtins::new_float),
            ("__round__", super::builtins_numeric::builtin_round),
            ("__floor__", super::math::floor),
            ("__ceil__", super::math::ceil),
            ("__reversed__", super::iterators::new_reversed),
        ])
        .collect();
    let pick = |names: &[&[&str]]| -> Vec<(&'static str, NativeFn)> {
        names
            .iter()
            .flat_map(|group| group.iter())
            .filter_map(|name| all.iter().find(|(n, _)| n == name).copied())
            .collect()
    };
    const COMPARE: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
    const ARITHMETIC: &[&str] = &[
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__floordiv__",
        "__rfloordiv__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__int__",
        "__float__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__round__",
        "__format__",
    ];
    const BITWISE: &[&str] = &[
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__invert__",
        "__index__",
    ];
    const SEQUENCE: &[&str] = &[
        "__add__",
        "__mul__",
        "__rmul__",
        "__getitem__",
        "__len__",
        "__iter__",
        "__contains__",
    ];
    const SET: &[&str] = &[
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__sub__",
        "__rsub__",
        "__len__",
        "__iter__",
        "__contains__",
    ];
    let t = types();
    for (ty, groups) in [
        (&t.int, &[ARITHMETIC, BITWISE, COMPARE][..]),
        (&t.float, &[ARITHMETIC, COMPARE]),
        (
            &t.str,
            &[
                SEQUENCE,
                &["__mod__", "__rmod__", "__repr__", "__format__"],
                COMPARE,
            ],
        ),
        (
            super::bytes_methods::bytes_type(),
            &[SEQUENCE, &["__mod__", "__rmod__"], COMPARE],
        ),
        (&t.tuple, &[SEQUENCE, COMPARE]),
        (
            &t.list,
            &[
                SEQUENCE,
                &[
                    "__setitem__",
                    "__delitem__",
                    "__iadd__",
                    "__imul__",
                    "__reversed__",
                    "__repr__",
                ],
                COMPARE,
            ],
        ),
        (
            &t.dict,
            &[&[
                "__getitem__",
                "__setitem__",
                "__delitem__",
                "__len__",
                "__iter__",
                "__contains__",
                "__repr__",
            ]],
        ),
        (
            &t.set,
            &[
                SET,
                &["__iand__", "__ior__", "__ixor__", "__isub__"],
                COMPARE,
            ],
        ),
        (&t.frozenset, &[SET, COMPARE]),
        (
            &t.range,
            &[&[
                "__getitem__",
                "__len__",
                "__iter__",
                "__contains__",
                "__reversed__",
                "__bool__",
            ]],
        ),
        (&t.none, &[&["__bool__"]]),
    ] {
        add_methods(ty, &pick(groups));
    }
}
