//! Methods of `int` and `float`: `bit_length`, `bit_count`, `as_integer_ratio`,
//! `is_integer`, `hex`, `fromhex`, `conjugate`, and the `real`/`imag`/`numerator`/
//! `denominator` attributes.

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::ClassMethod;
use crate::objects::str::PyStr;
use crate::objects::types::types;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::descriptors::add_methods;
use super::modutil::getter;

/// Installs the methods on the `int` and `float` types (`bool` inherits int's).
pub fn install() {
    let t = types();
    add_methods(&t.int, INT_METHODS);
    add_methods(&t.float, FLOAT_METHODS);
    t.float.dict.set_str(
        &PyStr::new("fromhex"),
        Value::new_native(ClassMethod(Value::Builtin(Builtin::new(
            "fromhex",
            float_fromhex,
        )))),
    );
    t.int.dict.set_str(
        &PyStr::new("from_bytes"),
        Value::new_native(ClassMethod(Value::Builtin(Builtin::new(
            "from_bytes",
            super::int_bytes::int_from_bytes,
        )))),
    );
    for (name, f) in [
        ("real", int_self as NativeFn),
        ("imag", zero_int),
        ("numerator", int_self),
        ("denominator", one_int),
    ] {
        t.int.dict.set_str(&PyStr::new(name), getter(name, f));
    }
    for (name, f) in [("real", float_self as NativeFn), ("imag", zero_float)] {
        t.float.dict.set_str(&PyStr::new(name), getter(name, f));
    }
}

const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("as_integer_ratio", int_as_integer_ratio),
    ("conjugate", int_self),
    ("to_bytes", super::int_bytes::int_to_bytes),
];

const FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("conjugate", float_self),
];

/// `self` as an int, however it is stored, or the descriptor error.
fn this_int(vm: &Vm, args: &Args, method: &str) -> PyResult<BigInt> {
    match args.pos.first() {
        Some(Value::Int(n)) => Ok(BigInt::from(*n)),
        Some(Value::Bool(b)) => Ok(BigInt::from(*b as i64)),
        Some(Value::BigInt(n)) => Ok((**n).clone()),
        other => Err(vm.type_error(format!(
            "descriptor '{method}' for 'int' objects doesn't apply to a '{}' object",
            other.map_or("NoneType".into(), |v| v.type_name())
        ))),
    }
}

fn this_float(vm: &Vm, args: &Args, method: &str) -> PyResult<f64> {
    match args.pos.first() {
        Some(Value::Float(x)) => Ok(x.get()),
        other => Err(vm.type_error(format!(
            "descriptor '{method}' for 'float' objects doesn't apply to a '{}' object",
            other.map_or("NoneType".into(), |v| v.type_name())
        ))),
    }
}

/// `float.is_integer() takes no arguments (1 given)`; `name` is qualified.
fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    Ok(())
}

/// An int method or attribute that is the int itself (a bool becomes its int).
fn int_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "int.conjugate")?;
    Ok(Value::from_bigint(this_int(vm, &args, "conjugate")?))
}

fn zero_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_int(vm, &args, "imag")?;
    Ok(Value::Int(0))
}

fn one_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_int(vm, &args, "denominator")?;
    Ok(Value::Int(1))
}

fn float_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "float.conjugate")?;
    Ok(Value::from(this_float(vm, &args, "conjugate")?))
}

fn zero_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_float(vm, &args, "imag")?;
    Ok(Value::from(0.0))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "int.bit_length")?;
    Ok(Value::Int(this_int(vm, &args, "bit_length")?.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "int.bit_count")?;
    let n = this_int(vm, &args, "bit_count")?;
    let ones: u64 = n
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "int.as_integer_ratio")?;
    let n = this_int(vm, &args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "float.is_integer")?;
    let x = this_float(vm, &args, "is_integer")?;
    Ok(Value::from(x.is_finite() && x.fract() == 0.0))
}

/// The exact fraction a float stands for, in lowest terms.
fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "float.as_integer_ratio")?;
    let x = this_float(vm, &args, "as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.new_error("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    if exponent < 0 {
        let shift = (mantissa.trailing_zeros() as i64).min(-exponent);
        mantissa >>= shift;
        exponent += shift;
    }
    let mut numerator = BigInt::from(mantissa);
    let mut denominator = BigInt::from(1);
    if exponent >= 0 {
        numerator <<= exponent as usize;
    } else {
        denominator <<= (-exponent) as usize;
    }
    if x.is_sign_negative() {
        numerator = -numerator;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(numerator),
        Value::from_bigint(denominator),
    ]))
}

/// `0x1.8000000000000p+0`: one hex digit before the point (0 only for
/// subnormals), thirteen after, and the binary exponent.
fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "float.hex")?;
    let x = this_float(vm, &args, "hex")?;
    if x.is_nan() {
        return Ok(Value::str("nan"));
    }
    if x.is_infinite() {
        return Ok(Value::str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_zero() {
        return Ok(Value::str(format!("{sign}0x0.0p+0")));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exponent) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    Ok(Value::str(format!(
        "{sign}0x{lead}.{fraction:013x}p{exponent:+}"
    )))
}

/// `float.fromhex(s)`; a subclass gets its constructor called on the value.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(cls), Some(arg), 2) = (args.pos.first(), args.pos.get(1), args.pos.len()) else {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let Value::Str(text) = arg else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let x = match parse_hex_float(text.as_str()) {
        Ok(x) => x,
        Err(HexFloatError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexFloatError::Overflow) => {
            return Err(vm.new_error(
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            ))
        }
    };
    match cls {
        Value::Type(t) if Arc::ptr_eq(t, &types().float) => Ok(Value::from(x)),
        _ => vm.call(cls, vec![Value::from(x)], Vec::new()),
    }
}

#[derive(Debug, PartialEq)]
pub enum HexFloatError {
    Invalid,
    Overflow,
}

/// CPython's `float.fromhex` grammar: `[sign] ['0x'] digits ['.' digits] ['p' [sign]
/// digits]`, or inf/infinity/nan, with surrounding whitespace; rounded half to even.
pub fn parse_hex_float(text: &str) -> Result<f64, HexFloatError> {
    let s = text.trim();
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |x: f64| if negative { -x } else { x };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let s = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa_text, exp_text) = match s.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (s, None),
    };
    let (int_digits, frac_digits) = mantissa_text.split_once('.').unwrap_or((mantissa_text, ""));
    let all_hex = |d: &str| d.bytes().all(|b| b.is_ascii_hexdigit());
    if int_digits.len() + frac_digits.len() == 0 || !all_hex(int_digits) || !all_hex(frac_digits) {
        return Err(HexFloatError::Invalid);
    }
    let exponent = match exp_text {
        None => BigInt::zero(),
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexFloatError::Invalid);
            }
            e.parse::<BigInt>().map_err(|_| HexFloatError::Invalid)?
        }
    };
    let digits = format!("{int_digits}{frac_digits}");
    let mantissa = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    // The value is mantissa * 2**exp, its top bit at 2**top.
    let exp = exponent - BigInt::from(4 * frac_digits.len());
    let top: BigInt = &exp + BigInt::from(mantissa.bits()) - 1;
    if top > BigInt::from(1023) {
        return Err(HexFloatError::Overflow);
    }
    if top < BigInt::from(-1076) {
        return Ok(signed(0.0));
    }
    let top = top.to_i64().unwrap_or(0);
    let exp = exp.to_i64().unwrap_or(0);
    // Keep 53 bits, fewer in the subnormal range, rounding half to even.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let kept = if shift <= 0 {
        mantissa << (-shift) as usize
    } else {
        let shift = shift as usize;
        let kept = &mantissa >> shift;
        let rest = &mantissa - (&kept << shift);
        let half = BigInt::from(1) << (shift - 1);
        if rest > half || (rest == half && kept.bit(0)) {
            kept + 1
        } else {
            kept
        }
    };
    let kept = kept.to_u64().unwrap_or(0) as f64;
    match super::math_core::ldexp(kept, &BigInt::from(lsb)) {
        Ok(x) => Ok(signed(x)),
        Err(_) => Err(HexFloatError::Overflow),
    }
}
