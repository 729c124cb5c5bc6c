//! The `complex` type: its arithmetic follows CPython's `complexobject.c` step by step
//! (Smith's division, repeated squaring for small integer powers) so that results agree
//! to the last bit, and its operators are dunder methods of the type, as in CPython.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use crate::objects::exception::error;
use crate::objects::float;
use crate::objects::format_spec;
use crate::objects::function::{Args, NativeFn};
use crate::objects::hash::hash_f64;
use crate::objects::instance::NativeObject;
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::value::is_user_object;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::descriptors::add_methods;
use super::modutil::getter;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

pub struct PyComplex(pub Complex);

pub fn complex_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::new("complex", vec![types().object.clone()]);
        add_methods(&t, METHODS);
        t.dict
            .set_str(&PyStr::new("real"), getter("real", complex_real));
        t.dict
            .set_str(&PyStr::new("imag"), getter("imag", complex_imag));
        t
    })
}

impl NativeObject for PyComplex {
    fn class(&self) -> Arc<PyType> {
        complex_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn has_dunders(&self) -> bool {
        true
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(repr(self.0)))
    }
}

pub fn value(c: Complex) -> Value {
    Value::new_native(PyComplex(c))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", add),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__hash__", hash),
    ("__format__", format),
    ("conjugate", conjugate),
];

/// `v` as a complex number, for the numbers complex arithmetic accepts.
pub fn as_complex(v: &Value) -> Option<Complex> {
    let re = match v {
        Value::Native(_) => return v.native::<PyComplex>().map(|c| c.0),
        Value::Int(n) => *n as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(x) => x.get(),
        Value::BigInt(n) => float::from_bigint(n).ok()?,
        _ => return None,
    };
    Some(Complex { re, im: 0.0 })
}

/// Python's `repr` of a float without the `.0` CPython leaves out inside complex reprs.
fn part(x: f64) -> String {
    let s = float::repr(x);
    match s.strip_suffix(".0") {
        Some(short) => short.to_string(),
        None => s,
    }
}

pub fn repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part(c.im));
    }
    let im = part(c.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(c.re))
}

pub fn prod(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// CPython's `_Py_c_quot`; `None` for division by zero.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        Some(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

/// `a ** b`, as CPython's `complex_pow`.
pub fn power(a: Complex, b: Complex) -> PyResult<Complex> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        let mut result = ONE;
        let mut p = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                result = prod(result, p);
            }
            k >>= 1;
            p = prod(p, p);
        }
        if n < 0 {
            quot(ONE, result)
                .ok_or_else(|| error("ZeroDivisionError", "0.0 to a negative or complex power"))?
        } else {
            result
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        ONE
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(error(
                "ZeroDivisionError",
                "0.0 to a negative or complex power",
            ));
        }
        Complex { re: 0.0, im: 0.0 }
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Complex {
            re: len * phase.cos(),
            im: len * phase.sin(),
        }
    };
    if !(r.re.is_finite() && r.im.is_finite()) && a.re.is_finite() && a.im.is_finite() {
        return Err(error("OverflowError", "complex exponentiation"));
    }
    Ok(r)
}

/// The receiver and the other operand, or `None` (NotImplemented) when the other
/// operand is not a number.
fn operands(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<(Complex, Complex)>> {
    let [this, other] = args.pos else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos.len())));
    };
    let Some(a) = this.native::<PyComplex>().map(|c| c.0) else {
        return Err(vm.descriptor_error("complex", name, Some(this)));
    };
    Ok(as_complex(other).map(|b| (a, b)))
}

fn not_implemented() -> Value {
    Value::new_native(crate::objects::instance::NotImplementedType)
}

fn binary(
    vm: &Vm,
    args: &Args,
    name: &str,
    f: impl Fn(Complex, Complex) -> PyResult<Complex>,
) -> PyResult<Value> {
    match operands(vm, args, name)? {
        Some((a, b)) => f(a, b).map(value),
        None => Ok(not_implemented()),
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__add__", |a, b| {
        Ok(Complex {
            re: a.re + b.re,
            im: a.im + b.im,
        })
    })
}

fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__sub__", |a, b| {
        Ok(Complex {
            re: a.re - b.re,
            im: a.im - b.im,
        })
    })
}

fn rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__rsub__", |a, b| {
        Ok(Complex {
            re: b.re - a.re,
            im: b.im - a.im,
        })
    })
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__mul__", |a, b| Ok(prod(a, b)))
}

pub fn divide(a: Complex, b: Complex) -> PyResult<Complex> {
    quot(a, b).ok_or_else(|| error("ZeroDivisionError", "complex division by zero"))
}

fn truediv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__truediv__", divide)
}

fn rtruediv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__rtruediv__", |a, b| divide(b, a))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() == 3 && !args.pos[2].is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    let args = Args {
        pos: &args.pos[..2.min(args.pos.len())],
        kw: args.kw,
    };
    binary(vm, &args, "__pow__", power)
}

fn rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__rpow__", |a, b| power(b, a))
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Complex> {
    match args.pos.first().and_then(|v| v.native::<PyComplex>()) {
        Some(c) => Ok(c.0),
        None => Err(vm.descriptor_error("complex", name, args.pos.first())),
    }
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "__neg__")?;
    Ok(value(Complex {
        re: -c.re,
        im: -c.im,
    }))
}

fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(value(this(vm, &args, "__pos__")?))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "conjugate")?;
    Ok(value(Complex {
        re: c.re,
        im: -c.im,
    }))
}

pub fn magnitude(c: Complex) -> PyResult<f64> {
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(error("OverflowError", "absolute value too large"));
    }
    Ok(r)
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(magnitude(this(vm, &args, "__abs__")?)?))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "__bool__")?;
    Ok(Value::from(c.re != 0.0 || c.im != 0.0))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match operands(vm, &args, "__eq__")? {
        Some((a, b)) => Value::from(a == b),
        None => not_implemented(),
    })
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match operands(vm, &args, "__ne__")? {
        Some((a, b)) => Value::from(a != b),
        None => not_implemented(),
    })
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "__hash__")?;
    let id = args.pos[0].heap_ptr().unwrap_or(0) as i64;
    let h = (hash_f64(c.re, id) as u64)
        .wrapping_add(1_000_003u64.wrapping_mul(hash_f64(c.im, id) as u64)) as i64;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn complex_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(this(vm, &args, "real")?.re))
}

fn complex_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(this(vm, &args, "imag")?.im))
}

/// `format(z, spec)`: both parts formatted as floats (the imaginary one with its sign),
/// then the whole padded to the width.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "__format__")?;
    let spec_text = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("__format__() argument must be str")),
    };
    if spec_text.is_empty() {
        return Ok(Value::str(repr(c)));
    }
    let spec = format_spec::parse(&spec_text, "complex").map_err(|m| vm.value_error(m))?;
    if spec.zero_pad || spec.align == Some('=') {
        return Err(vm.value_error(if spec.zero_pad {
            "Zero padding is not allowed in complex format specifier"
        } else {
            "'=' alignment flag is not allowed in complex format specifier"
        }));
    }
    let mut part_spec = spec.clone();
    part_spec.width = None;
    part_spec.fill = None;
    part_spec.align = None;
    let bare = spec.ty.is_none();
    let skip_re = bare && c.re == 0.0 && c.re.is_sign_positive();
    // Without a type the parts print as in repr, or as `g` when a precision is given.
    let repr_parts = bare && spec.precision.is_none();
    if bare {
        part_spec.ty = Some('g');
    }
    let mut text = String::new();
    let mut push = |x: f64, spec: &format_spec::FormatSpec| -> PyResult<()> {
        if repr_parts {
            let p = part(x);
            if spec.sign == Some('+') && !p.starts_with('-') {
                text.push('+');
            }
            text.push_str(&p);
        } else {
            text.push_str(
                &format_spec::format_float(x, spec, "complex").map_err(|m| vm.value_error(m))?,
            );
        }
        Ok(())
    };
    if !skip_re {
        push(c.re, &part_spec)?;
        part_spec.sign = Some('+');
    }
    push(c.im, &part_spec)?;
    text.push('j');
    if bare && !skip_re {
        text = format!("({text})");
    }
    let mut outer = format_spec::parse("", "str").map_err(|m| vm.value_error(m))?;
    outer.fill = spec.fill;
    outer.align = Some(spec.align.unwrap_or('>'));
    outer.width = spec.width;
    let padded = format_spec::format_str(&text, &outer, "str").map_err(|m| vm.value_error(m))?;
    Ok(Value::str(padded))
}

/// `complex(real=0, imag=0)`, or `complex(string)`.
pub fn new_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::modutil::bind(vm, "complex", &args, &["real", "imag"], 0, &[], 0)?;
    if let Some(Value::Str(s)) = &p[0] {
        if p[1].is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return parse(s.as_str())
            .map(value)
            .ok_or_else(|| vm.value_error("complex() arg is a malformed string"));
    }
    let number = |vm: &Vm, v: &Option<Value>, which: &str| -> PyResult<Complex> {
        match v {
            None => Ok(Complex { re: 0.0, im: 0.0 }),
            Some(x) => as_complex(x).ok_or_else(|| {
                vm.type_error(format!(
                    "complex() {which} must be {}a number, not '{}'",
                    if which == "first argument" {
                        "a string or "
                    } else {
                        ""
                    },
                    x.type_name()
                ))
            }),
        }
    };
    if let Some(Value::Str(_)) = &p[1] {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let real = user_number(vm, &p[0], true)?;
    let imag = user_number(vm, &p[1], false)?;
    let re = number(vm, &real, "first argument")?;
    let im = number(vm, &imag, "second argument")?;
    // complex(a, b) is a + b*1j, with b's own imaginary part rotated into the real one.
    Ok(value(Complex {
        re: re.re - im.im,
        im: re.im + im.re,
    }))
}

/// An argument of `complex()` that is a Python object, as the number its `__complex__`
/// (when `complex_ok`), `__float__` or `__index__` gives; anything else as it is.
fn user_number(vm: &mut Vm, v: &Option<Value>, complex_ok: bool) -> PyResult<Option<Value>> {
    let Some(x) = v.as_ref().filter(|x| is_user_object(x)) else {
        return Ok(v.clone());
    };
    if complex_ok {
        if let Some(r) = vm.call_user_method(x, "__complex__", &[])? {
            if r.native::<PyComplex>().is_none() {
                return Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    r.type_name()
                )));
            }
            return Ok(Some(r));
        }
    }
    if vm.user_method(x, "__float__").is_some() || vm.user_method(x, "__index__").is_some() {
        let args = [x.clone()];
        return super::builtins::new_float(
            vm,
            Args {
                pos: &args,
                kw: &[],
            },
        )
        .map(Some);
    }
    // Instances of subclasses of int and float are the numbers they hold.
    Ok(Some(x.base_value().unwrap_or(x).clone()))
}

/// The complex literal forms `complex()` accepts: `1`, `2j`, `1+2j`, `(1-2.5e3j)`, `-j`.
fn parse(s: &str) -> Option<Complex> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return float::parse(t).map(|re| Complex { re, im: 0.0 });
    };
    // The split between the parts is the last sign not right after an exponent mark.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |text: &str| match text {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        other => float::parse(other),
    };
    match split {
        Some(i) => Some(Complex {
            re: float::parse(&body[..i])?,
            im: imag(&body[i..])?,
        }),
        None => Some(Complex {
            re: 0.0,
            im: imag(body)?,
        }),
    }
}
