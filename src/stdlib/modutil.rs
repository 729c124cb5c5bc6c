//! Argument handling shared by the modules written in Rust (`math`, `random`,
//! `itertools`, …), with the messages CPython's argument parsers produce.

use std::sync::Arc;

use num_bigint::BigInt;

use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::Property;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::descriptors::add_methods;

/// Argument Clinic's positional count check: `pow expected 2 arguments, got 1`.
pub fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(vm.type_error(msg))
}

/// Functions that accept no keywords: `math.sqrt() takes no keyword arguments`.
pub fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// A keyword argument by name.
pub fn kwarg<'a>(args: &'a Args, name: &str) -> Option<&'a Value> {
    args.kw
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v)
}

/// Rejects keywords outside `allowed`, as `f() got an unexpected keyword argument 'x'`.
pub fn only_kwargs(vm: &Vm, name: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    match args.kw.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(vm.type_error(format!(
            "{name}() got an unexpected keyword argument '{}'",
            k.as_str()
        ))),
        None => Ok(()),
    }
}

/// Positional argument `i`, else the keyword `name`.
pub fn arg<'a>(args: &'a Args, i: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(i).or_else(|| kwarg(args, name))
}

/// A float operand (`float` or `int`), as the math functions convert them.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(x.get()),
        Value::Int(n) => Ok(*n as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(n) => {
            super::math_core::int_to_f64(n).map_err(|e| vm.new_error(e.class_name(), e.message()))
        }
        other => {
            if let Some(Value::Float(x)) = vm.call_user_method(other, "__float__", &[])? {
                return Ok(x.get());
            }
            if let Some(base) = other.base_value() {
                return to_f64(vm, &base.clone());
            }
            Err(vm.type_error(format!("must be real number, not {}", other.type_name())))
        }
    }
}

/// An integer argument (`__index__` semantics: floats refused).
pub fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(n) => Ok(BigInt::from(*n)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(n) => Ok((**n).clone()),
        other => {
            if let Some(r) = vm.call_user_method(other, "__index__", &[])? {
                if let Some(n) = crate::vm::ops::as_bigint(&r) {
                    return Ok(n);
                }
            }
            if let Some(base @ Value::Int(_) | base @ Value::BigInt(_)) = other.base_value() {
                return to_bigint(vm, &base.clone());
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    }
}

/// An integer argument that must fit a machine word.
pub fn to_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = to_bigint(vm, v)?;
    i64::try_from(&n).map_err(|_| {
        vm.new_error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// An int argument that a C `int` receives, with the OverflowError CPython's argument
/// clinic raises outside its range.
pub fn to_c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = to_bigint(vm, v)?;
    i32::try_from(&n)
        .map_err(|_| vm.new_error("OverflowError", "Python int too large to convert to C int"))
}

/// A type defined by a module written in Rust, with its methods.
pub fn module_type(
    name: &str,
    module: &str,
    bases: Vec<Arc<PyType>>,
    methods: &[(&'static str, NativeFn)],
) -> Arc<PyType> {
    let bases = if bases.is_empty() {
        vec![types().object.clone()]
    } else {
        bases
    };
    let t = PyType::new_in(name, module, bases);
    add_methods(&t, methods);
    t
}

/// `self` of a native method, downcast, or the TypeError CPython gives for a
/// descriptor applied to the wrong object.
pub fn receiver<'a, T: crate::objects::instance::NativeObject>(
    vm: &Vm,
    args: &'a Args,
    type_name: &str,
    method: &str,
) -> PyResult<&'a T> {
    args.pos
        .first()
        .and_then(|v| v.native::<T>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{method}' requires a '{type_name}' object but received '{}'",
                args.pos
                    .first()
                    .map_or("NoneType".into(), |v| v.type_name())
            ))
        })
}

/// Binds arguments the way a Python function `def qualname(self?, names..., *, kwonly...)`
/// would, with its error messages: the first `required` positional names have no
/// default; `selfs` (0 or 1) counts a `self` parameter in the messages.
pub fn bind(
    vm: &Vm,
    qualname: &str,
    args: &Args,
    names: &[&str],
    required: usize,
    kwonly: &[&str],
    selfs: usize,
) -> PyResult<Vec<Option<Value>>> {
    let given = args.pos.len();
    if given > names.len() {
        let most = names.len() + selfs;
        let takes = if required == names.len() {
            let s = if most == 1 { "" } else { "s" };
            format!("{most} positional argument{s}")
        } else {
            format!("from {} to {most} positional arguments", required + selfs)
        };
        let g = given + selfs;
        let was = if g == 1 { "was" } else { "were" };
        return Err(vm.type_error(format!("{qualname}() takes {takes} but {g} {was} given")));
    }
    let mut out: Vec<Option<Value>> = args.pos.iter().cloned().map(Some).collect();
    out.resize(names.len() + kwonly.len(), None);
    for (k, v) in args.kw {
        let k = k.as_str();
        let slot = names
            .iter()
            .chain(kwonly.iter())
            .position(|n| *n == k)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "{qualname}() got an unexpected keyword argument '{k}'"
                ))
            })?;
        if out[slot].is_some() {
            return Err(vm.type_error(format!(
                "{qualname}() got multiple values for argument '{k}'"
            )));
        }
        out[slot] = Some(v.clone());
    }
    let missing: Vec<String> = (0..required)
        .filter(|&i| out[i].is_none())
        .map(|i| format!("'{}'", names[i]))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{qualname}() missing {} required positional argument{s}: {list}",
            missing.len()
        )));
    }
    Ok(out)
}

/// `bind` for a function CPython declares through Argument Clinic, whose messages for a
/// missing or unknown argument differ from those of Python functions.
pub fn bind_clinic(
    vm: &Vm,
    qualname: &str,
    args: &Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let named = |n: &str| args.kw.iter().any(|(k, _)| k.as_str() == n);
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !names.contains(&k.as_str())) {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {qualname}()",
            k.as_str()
        )));
    }
    if let Some(i) = (args.pos.len()..required).find(|&i| !named(names[i])) {
        return Err(vm.type_error(format!(
            "{qualname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    bind(vm, qualname, args, names, required, &[], 0)
}

/// A read-only attribute computed by a native function of the object.
pub fn getter(name: &'static str, f: NativeFn) -> Value {
    Value::new_native(Property {
        fget: Value::Builtin(Builtin::new(name, f)),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    })
}
