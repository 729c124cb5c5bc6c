//! Numeric builtins: `round divmod pow chr ord hex oct bin`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::objects::float;
use crate::objects::function::Args;
use crate::objects::Value;
use crate::parser::ast::BinOp;
use crate::vm::dunder::{is_not_implemented, is_user_object};
use crate::vm::ops::{as_bigint, float_error};
use crate::vm::{PyResult, Vm};

fn exactly<'a, const N: usize>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a [Value; N]> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    args.pos.try_into().map_err(|_| {
        if N == 1 {
            vm.type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                args.pos.len()
            ))
        } else {
            vm.type_error(format!(
                "{name} expected {N} arguments, got {}",
                args.pos.len()
            ))
        }
    })
}

pub fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut ndigits = args.pos.get(1).cloned().unwrap_or(Value::None);
    for (k, v) in args.kw {
        if k.as_str() == "ndigits" {
            ndigits = v.clone();
        } else {
            return Err(vm.type_error(format!(
                "round() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    let Some(x) = args.pos.first() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    // `round(x)` calls `x.__round__()`; `round(x, n)` passes n, even None.
    let given: Vec<Value> = if args.pos.len() > 1 || !args.kw.is_empty() {
        vec![ndigits.clone()]
    } else {
        Vec::new()
    };
    if let Some(r) = vm.call_user_method(x, "__round__", &given)? {
        return Ok(r);
    }
    let x = &crate::vm::ops::unwrap_base(x);
    match (x, &ndigits) {
        (Value::Float(f), Value::None) => Ok(Value::from_bigint(
            float::round_to_int(f.get()).map_err(float_error)?,
        )),
        (Value::Float(f), nd) => {
            let n = as_bigint(nd).and_then(|n| n.to_i64()).ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    nd.type_name()
                ))
            })?;
            Ok(Value::from(float::round(f.get(), n).map_err(float_error)?))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::None) => {
            Ok(Value::from_bigint(as_bigint(x).unwrap_or_default()))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), nd) => {
            let n = as_bigint(x).unwrap_or_default();
            let digits = as_bigint(nd).and_then(|d| d.to_i64()).unwrap_or(0);
            if digits >= 0 {
                return Ok(Value::from_bigint(n));
            }
            // Round half to even at 10**-digits.
            let unit = num_traits::pow(BigInt::from(10), (-digits) as usize);
            let (q, r) = n.div_mod_floor(&unit);
            let twice = &r * 2;
            let q = if twice > unit || (twice == unit && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * unit))
        }
        (other, _) => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

/// The built-in numbers `divmod` computes itself.
fn is_real(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    )
}

pub fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = exactly::<2>(vm, &args, "divmod")?;
    if is_user_object(a) || is_user_object(b) {
        for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
            match vm.call_user_method(x, name, std::slice::from_ref(y))? {
                Some(r) if !is_not_implemented(&r) => return Ok(r),
                _ => {}
            }
        }
    }
    let (x, y) = (a.base_value().unwrap_or(a), b.base_value().unwrap_or(b));
    if !is_real(x) || !is_real(y) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )));
    }
    let (a, b) = (x, y);
    if matches!(
        (a, b),
        (
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_),
            Value::Int(0)
        )
    ) || matches!(b, Value::BigInt(n) if n.is_zero())
    {
        return Err(vm.new_error("ZeroDivisionError", "integer division or modulo by zero"));
    }
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        let q = vm.binary_op(a, b, BinOp::FloorDiv).map_err(|e| {
            if e.is("ZeroDivisionError") {
                vm.new_error("ZeroDivisionError", "float divmod()")
            } else {
                e
            }
        })?;
        let r = vm.binary_op(a, b, BinOp::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
    let r = vm.binary_op(a, b, BinOp::Mod)?;
    Ok(Value::tuple(vec![q, r]))
}

/// `pow(base, exp, mod=None)`, all three also by keyword.
pub fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 3] = ["base", "exp", "mod"];
    let given = args.pos.len() + args.kw.len();
    if given > 3 {
        return Err(vm.type_error(format!("pow() takes at most 3 arguments ({given} given)")));
    }
    let mut slots: [Option<Value>; 3] = Default::default();
    for (slot, v) in slots.iter_mut().zip(args.pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kw {
        let Some(i) = NAMES.iter().position(|n| *n == k.as_str()) else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for pow()",
                k.as_str()
            )));
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for pow() given by name ('{}') and position ({})",
                NAMES[i],
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [base, exp, modulus] = slots;
    for (i, slot) in [&base, &exp].into_iter().enumerate() {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "pow() missing required argument '{}' (pos {})",
                NAMES[i],
                i + 1
            )));
        }
    }
    let (a, b) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    match modulus {
        None | Some(Value::None) => vm.binary_op(&a, &b, BinOp::Pow),
        Some(m) => pow_mod(vm, &a, &b, &m),
    }
}

/// Three-argument `pow`.
fn pow_mod(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    // Three-argument power asks only the base, never `__rpow__`.
    if let Some(r) = vm.call_user_method(a, "__pow__", &[b.clone(), m.clone()])? {
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let is_number = |v: &Value| as_bigint(v).is_some() || matches!(v, Value::Float(_));
    if ![a, b, m].into_iter().all(is_number) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            a.type_name(),
            b.type_name(),
            m.type_name()
        )));
    }
    let (Some(base), Some(exp), Some(m)) = (as_bigint(a), as_bigint(b), as_bigint(m)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if exp.is_negative() {
        match mod_inverse(&base, &m) {
            Some(inv) => inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        base
    };
    let r = base.modpow(&exp.abs(), &m.abs());
    // Python's result takes the sign of the modulus.
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

pub fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = exactly::<1>(vm, &args, "chr")?;
    let n = match v {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => -1,
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    u32::try_from(n)
        .ok()
        .filter(|&u| u < 0x110000)
        .map(|u| Value::str(char::from_u32(u).unwrap_or('\u{fffd}').to_string()))
        .ok_or_else(|| vm.value_error("chr() arg not in range(0x110000)"))
}

pub fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = exactly::<1>(vm, &args, "ord")?;
    match v {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(
            s.as_str().chars().next().map_or(0, |c| c as i64),
        )),
        Value::Str(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn radix_string(vm: &mut Vm, args: Args, name: &str, spec: &str) -> PyResult<Value> {
    let [v] = exactly::<1>(vm, &args, name)?;
    let int_like = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    if int_like(v) {
        return Ok(Value::str(vm.format(v, spec)?));
    }
    // Subclasses of int are their value; other objects convert through `__index__`.
    let n = match v.base_value() {
        Some(base) if int_like(base) && vm.user_method(v, "__index__").is_none() => base.clone(),
        _ => match vm.call_user_method(v, "__index__", &[])? {
            Some(n) if int_like(&n) => n,
            Some(bad) => {
                return Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    bad.type_name()
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )))
            }
        },
    };
    Ok(Value::str(vm.format(&n, spec)?))
}

pub fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, args, "hex", "#x")
}

pub fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, args, "oct", "#o")
}

pub fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, args, "bin", "#b")
}
