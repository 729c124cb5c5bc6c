//! The `math` module: argument conversion and errors around [`super::math_core`].

use std::sync::Arc;

use num_bigint::BigInt;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::{namespace, set};
use crate::objects::Value;
use crate::parser::ast::BinOp;
use crate::vm::{PyErr, PyResult, Vm};

use super::math_core::{self as core, MathError, Num};
use super::modutil::{arg, arity, kwarg, no_kwargs, only_kwargs, to_bigint, to_f64};

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    set(&d, "pi", Value::from(core::PI));
    set(&d, "e", Value::from(core::E));
    set(&d, "tau", Value::from(core::TAU));
    set(&d, "inf", Value::from(core::INF));
    set(&d, "nan", Value::from(core::NAN));
    Ok(d)
}

fn raise(vm: &Vm, e: MathError) -> PyErr {
    vm.new_error(e.class_name(), e.message())
}

/// The single argument of a one-argument function (`math.sqrt() takes exactly one argument`).
fn one<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<&'a Value> {
    no_kwargs(vm, &format!("math.{name}"), args)?;
    match args.pos {
        [x] => Ok(x),
        _ => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

fn float1(vm: &mut Vm, name: &str, args: &Args) -> PyResult<f64> {
    let x = one(vm, name, args)?;
    to_f64(vm, x)
}

fn float2(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(f64, f64)> {
    no_kwargs(vm, name, args)?;
    arity(vm, name, args, 2, 2)?;
    Ok((to_f64(vm, &args.pos[0])?, to_f64(vm, &args.pos[1])?))
}

macro_rules! unary_fns {
    ($($name:ident),*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let x = float1(vm, stringify!($name), &args)?;
                core::$name(x).map(Value::from).map_err(|e| raise(vm, e))
            }
        )*
    };
}

unary_fns!(
    sqrt, exp, exp2, expm1, log1p, cbrt, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh,
    acosh, atanh, erf, erfc
);

macro_rules! plain_fns {
    ($($name:ident),*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let x = float1(vm, stringify!($name), &args)?;
                Ok(core::$name(x).into())
            }
        )*
    };
}

plain_fns!(fabs, degrees, radians, isfinite, isinf, isnan, ulp);

macro_rules! binary_fns {
    ($($name:ident),*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (x, y) = float2(vm, stringify!($name), &args)?;
                core::$name(x, y).map(Value::from).map_err(|e| raise(vm, e))
            }
        )*
    };
}

binary_fns!(pow, atan2, fmod, remainder);

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = float2(vm, "copysign", &args)?;
    Ok(Value::from(core::copysign(x, y)))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = float2(vm, "nextafter", &args)?;
    Ok(Value::from(core::nextafter(x, y)))
}

/// `floor`, `ceil`: ints come back unchanged.
fn rounding(
    vm: &mut Vm,
    name: &'static str,
    args: &Args,
    f: fn(f64) -> core::MathResult<BigInt>,
) -> PyResult<Value> {
    let x = one(vm, name, args)?;
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(v) => f(v.get()).map(Value::from_bigint).map_err(|e| raise(vm, e)),
        other => {
            let other = other.clone();
            let hook = if name == "floor" {
                "__floor__"
            } else {
                "__ceil__"
            };
            if let Some(r) = vm.call_user_method(&other, hook, &[])? {
                return Ok(r);
            }
            let v = to_f64(vm, &other)?;
            f(v).map(Value::from_bigint).map_err(|e| raise(vm, e))
        }
    }
}

pub(crate) fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, "floor", &args, core::floor)
}

pub(crate) fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, "ceil", &args, core::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "trunc", &args)?;
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(v) => core::trunc(v.get())
            .map(Value::from_bigint)
            .map_err(|e| raise(vm, e)),
        other => {
            let other = other.clone();
            match vm.call_user_method(&other, "__trunc__", &[])? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    other.type_name()
                ))),
            }
        }
    }
}

/// An int or float argument of the logs, which treat huge ints exactly.
enum Owned {
    Int(BigInt),
    Float(f64),
}

impl Owned {
    fn num(&self) -> Num<'_> {
        match self {
            Owned::Int(n) => Num::Int(n),
            Owned::Float(x) => Num::Float(*x),
        }
    }
}

fn log_arg(vm: &mut Vm, v: &Value) -> PyResult<Owned> {
    match crate::vm::ops::as_bigint(v) {
        Some(n) => Ok(Owned::Int(n)),
        None => Ok(Owned::Float(to_f64(vm, v)?)),
    }
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "log", &args)?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let x = log_arg(vm, &args.pos[0])?;
    let base = match args.pos.get(1) {
        Some(b) => Some(log_arg(vm, b)?),
        None => None,
    };
    core::log(x.num(), base.as_ref().map(Owned::num))
        .map(Value::from)
        .map_err(|e| raise(vm, e))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "log2", &args)?;
    let x = log_arg(vm, x)?;
    core::log2(x.num())
        .map(Value::from)
        .map_err(|e| raise(vm, e))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "log10", &args)?;
    let x = log_arg(vm, x)?;
    core::log10(x.num())
        .map(Value::from)
        .map_err(|e| raise(vm, e))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float1(vm, "modf", &args)?;
    let (f, i) = core::modf(x);
    Ok(Value::tuple(vec![Value::from(f), Value::from(i)]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float1(vm, "frexp", &args)?;
    let (m, e) = core::frexp(x);
    Ok(Value::tuple(vec![Value::from(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "ldexp", &args)?;
    arity(vm, "ldexp", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let Some(i) = crate::vm::ops::as_bigint(&args.pos[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    core::ldexp(x, &i)
        .map(Value::from)
        .map_err(|e| raise(vm, e))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "isclose", &args, &["a", "b", "rel_tol", "abs_tol"])?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes at most 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let a = arg(&args, 0, "a").cloned();
    let b = arg(&args, 1, "b").cloned();
    let (Some(a), Some(b)) = (a, b) else {
        let (name, pos) = if arg(&args, 0, "a").is_none() {
            ("a", 1)
        } else {
            ("b", 2)
        };
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{name}' (pos {pos})"
        )));
    };
    let (a, b) = (to_f64(vm, &a)?, to_f64(vm, &b)?);
    let rel = match kwarg(&args, "rel_tol") {
        Some(v) => to_f64(vm, &v.clone())?,
        None => 1e-9,
    };
    let abs = match kwarg(&args, "abs_tol") {
        Some(v) => to_f64(vm, &v.clone())?,
        None => 0.0,
    };
    core::isclose(a, b, rel, abs)
        .map(Value::from)
        .map_err(|e| raise(vm, e))
}

fn floats_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect_iterable(v)?;
    items.iter().map(|x| to_f64(vm, x)).collect()
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "hypot", &args)?;
    let coords = args
        .pos
        .iter()
        .map(|x| to_f64(vm, x))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::from(core::hypot(&coords)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "dist", &args)?;
    arity(vm, "dist", &args, 2, 2)?;
    for v in args.pos {
        if !matches!(v, Value::List(_) | Value::Tuple(_)) {
            return Err(vm.type_error(format!(
                "dist(): argument must be tuple, not {}",
                v.type_name()
            )));
        }
    }
    let p = floats_of(vm, &args.pos[0])?;
    let q = floats_of(vm, &args.pos[1])?;
    core::dist(&p, &q)
        .map(Value::from)
        .map_err(|e| raise(vm, e))
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "fsum", &args)?;
    let it = vm.get_iter(x)?;
    let mut acc = core::Fsum::new();
    while let Some(item) = vm.next(&it)? {
        let v = to_f64(vm, &item)?;
        acc.add(v).map_err(|e| raise(vm, e))?;
    }
    acc.finish().map(Value::from).map_err(|e| raise(vm, e))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "prod", &args, &["start"])?;
    let [iterable] = args.pos else {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    };
    let mut acc = kwarg(&args, "start").cloned().unwrap_or(Value::Int(1));
    let it = vm.get_iter(iterable)?;
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &item, BinOp::Mult)?;
    }
    Ok(acc)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "factorial", &args)?;
    let n = to_bigint(vm, x)?;
    core::factorial(&n)
        .map(Value::from_bigint)
        .map_err(|e| raise(vm, e))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "isqrt", &args)?;
    let n = to_bigint(vm, x)?;
    core::isqrt(&n)
        .map(Value::from_bigint)
        .map_err(|e| raise(vm, e))
}

fn ints_of(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Vec<BigInt>> {
    no_kwargs(vm, name, args)?;
    args.pos.iter().map(|v| to_bigint(vm, v)).collect()
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ns = ints_of(vm, "gcd", &args)?;
    Ok(Value::from_bigint(core::gcd(&ns)))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ns = ints_of(vm, "lcm", &args)?;
    Ok(Value::from_bigint(core::lcm(&ns)))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "comb", &args)?;
    arity(vm, "comb", &args, 2, 2)?;
    let n = to_bigint(vm, &args.pos[0])?;
    let k = to_bigint(vm, &args.pos[1])?;
    core::comb(&n, &k)
        .map(Value::from_bigint)
        .map_err(|e| raise(vm, e))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "perm", &args)?;
    arity(vm, "perm", &args, 1, 2)?;
    let n = to_bigint(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(to_bigint(vm, v)?),
    };
    core::perm(&n, k.as_ref())
        .map(Value::from_bigint)
        .map_err(|e| raise(vm, e))
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float1(vm, "gamma", &args)?;
    super::math_gamma::gamma(x)
        .map(Value::from)
        .map_err(|e| raise(vm, e))
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float1(vm, "lgamma", &args)?;
    super::math_gamma::lgamma(x)
        .map(Value::from)
        .map_err(|e| raise(vm, e))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atan2", atan2),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("ceil", ceil),
    ("comb", comb),
    ("copysign", copysign),
    ("cos", cos),
    ("cosh", cosh),
    ("degrees", degrees),
    ("dist", dist),
    ("erf", erf),
    ("erfc", erfc),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("factorial", factorial),
    ("floor", floor),
    ("fmod", fmod),
    ("frexp", frexp),
    ("fsum", fsum),
    ("gamma", gamma),
    ("gcd", gcd),
    ("hypot", hypot),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isqrt", isqrt),
    ("lcm", lcm),
    ("ldexp", ldexp),
    ("lgamma", lgamma),
    ("log", log),
    ("log10", log10),
    ("log1p", log1p),
    ("log2", log2),
    ("modf", modf),
    ("nextafter", nextafter),
    ("perm", perm),
    ("pow", pow),
    ("prod", prod),
    ("radians", radians),
    ("remainder", remainder),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("trunc", trunc),
    ("ulp", ulp),
];
