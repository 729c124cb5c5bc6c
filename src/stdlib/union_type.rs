//! `types.UnionType`: `int | None`, `str | list[int]`, as annotations write unions. It
//! prints as written, flattens and deduplicates its members, compares as a set of them,
//! and `isinstance`/`issubclass` accept it like a tuple of its members.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::{NativeObject, NotImplementedType};
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::generic_alias::{item_text, GenericAlias};
use super::modutil::{arity, getter, module_type, receiver};

pub struct UnionType {
    /// The members in order of first appearance; `None` is stored as `NoneType`.
    pub args: Vec<Value>,
}

fn union_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("UnionType", "types", Vec::new(), METHODS);
        t.dict
            .set_str(&PyStr::new("__args__"), getter("__args__", union_args));
        t
    })
}

const METHODS: &[(&str, NativeFn)] = &[("__eq__", union_eq), ("__hash__", union_hash)];

impl NativeObject for UnionType {
    fn class(&self) -> Arc<PyType> {
        union_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let mut parts = Vec::with_capacity(self.args.len());
        for a in &self.args {
            match a {
                Value::Type(t) if Arc::ptr_eq(t, &types().none) => parts.push("None".into()),
                a => match item_text(vm, a) {
                    Ok(s) => parts.push(s),
                    Err(e) => return Some(Err(e)),
                },
            }
        }
        Some(Ok(parts.join(" | ")))
    }
}

/// The members `v` contributes to a union, or `None` when `v` cannot be one (then `|`
/// is unsupported, as `type.__or__` returns NotImplemented).
fn members(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::None => Some(vec![Value::Type(types().none.clone())]),
        Value::Type(_) => Some(vec![v.clone()]),
        _ if v.native::<GenericAlias>().is_some() => Some(vec![v.clone()]),
        _ => v.native::<UnionType>().map(|u| u.args.clone()),
    }
}

/// `a | b` for types, `None`, generic aliases and unions; `Ok(None)` for other operands.
pub fn union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(left), Some(right)) = (members(a), members(b)) else {
        return Ok(None);
    };
    let mut args: Vec<Value> = Vec::with_capacity(left.len() + right.len());
    for m in left.into_iter().chain(right) {
        let mut seen = false;
        for x in &args {
            if x.is(&m) || vm.eq(x, &m)? {
                seen = true;
                break;
            }
        }
        if !seen {
            args.push(m);
        }
    }
    Ok(Some(match <[Value; 1]>::try_from(args) {
        Ok([only]) => only,
        Err(args) => Value::new_native(UnionType { args }),
    }))
}

/// The classes `isinstance(x, u)` and `issubclass(c, u)` check for a union `u`.
pub fn union_members(v: &Value) -> Option<&[Value]> {
    v.native::<UnionType>().map(|u| u.args.as_slice())
}

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a UnionType> {
    receiver::<UnionType>(vm, args, "types.UnionType", method)
}

fn union_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::tuple(this(vm, &args, "__args__")?.args.clone()))
}

/// Unions are equal when they have the same members, in any order.
fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__eq__", &args, 2, 2)?;
    let a = this(vm, &args, "__eq__")?;
    let Some(b) = args.pos[1].native::<UnionType>() else {
        return Ok(Value::new_native(NotImplementedType));
    };
    let (a, b) = (a.args.clone(), b.args.clone());
    for (xs, ys) in [(&a, &b), (&b, &a)] {
        for x in xs {
            let mut found = false;
            for y in ys {
                if vm.eq(x, y)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Value::from(false));
            }
        }
    }
    Ok(Value::from(true))
}

/// Order-independent, like the frozenset of members CPython hashes.
fn union_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let members = this(vm, &args, "__hash__")?.args.clone();
    let mut h: i64 = 0;
    for m in &members {
        h ^= vm.hash(m)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}
