//! `cmath`: complex square roots, logarithms and friends, computed as CPython's
//! `cmathmodule.c` does for finite arguments.

use std::f64::consts::{LN_10, LN_2};
use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::{namespace, set};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::complex::{as_complex, divide, magnitude, value, Complex};
use super::modutil::arity;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", cmath_sqrt),
    ("exp", cmath_exp),
    ("log", cmath_log),
    ("log10", cmath_log10),
    ("phase", cmath_phase),
    ("polar", cmath_polar),
    ("rect", cmath_rect),
    ("sin", cmath_sin),
    ("cos", cmath_cos),
    ("isnan", cmath_isnan),
    ("isinf", cmath_isinf),
    ("isfinite", cmath_isfinite),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    set(&d, "pi", Value::from(std::f64::consts::PI));
    set(&d, "e", Value::from(std::f64::consts::E));
    set(&d, "tau", Value::from(std::f64::consts::TAU));
    set(&d, "inf", Value::from(f64::INFINITY));
    set(&d, "nan", Value::from(f64::NAN));
    set(
        &d,
        "infj",
        value(Complex {
            re: 0.0,
            im: f64::INFINITY,
        }),
    );
    set(
        &d,
        "nanj",
        value(Complex {
            re: 0.0,
            im: f64::NAN,
        }),
    );
    Ok(d)
}

/// Argument `i` of a cmath function, as a complex number.
fn arg(vm: &Vm, args: &Args, i: usize) -> PyResult<Complex> {
    let v = &args.pos[i];
    as_complex(v)
        .ok_or_else(|| vm.type_error(format!("must be real number, not {}", v.type_name())))
}

fn unary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: impl Fn(Complex) -> PyResult<Complex>,
) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let z = arg(vm, args, 0)?;
    f(z).map(value)
}

fn domain_error(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn sqrt(z: Complex) -> Complex {
    if z.re == 0.0 && z.im == 0.0 {
        return Complex { re: 0.0, im: z.im };
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up by 2**53, then back down by 2**27.
        let axs = ax * 2f64.powi(53);
        (axs + axs.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        let ax8 = ax / 8.0;
        2.0 * (ax8 + ax8.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        Complex {
            re: s,
            im: d.copysign(z.im),
        }
    } else {
        Complex {
            re: d,
            im: s.copysign(z.im),
        }
    }
}

fn cmath_sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "sqrt", |z| Ok(sqrt(z)))
}

fn exp(vm: &Vm, z: Complex) -> PyResult<Complex> {
    // Beyond log(DBL_MAX) exp(re) overflows on its own; e * exp(re - 1) may not.
    let r = if z.re > 708.0 {
        let l = (z.re - 1.0).exp();
        Complex {
            re: l * z.im.cos() * std::f64::consts::E,
            im: l * z.im.sin() * std::f64::consts::E,
        }
    } else {
        let l = z.re.exp();
        Complex {
            re: l * z.im.cos(),
            im: l * z.im.sin(),
        }
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(vm.new_error("OverflowError", "math range error"));
    }
    Ok(r)
}

fn cmath_exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "exp", &args, 1, 1)?;
    let z = arg(vm, &args, 0)?;
    exp(vm, z).map(value)
}

fn log(vm: &Vm, z: Complex) -> PyResult<Complex> {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > f64::MAX / 4.0 || ay > f64::MAX / 4.0 {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return Err(domain_error(vm));
        }
        let scale = 2f64.powi(53);
        (ax * scale).hypot(ay * scale).ln() - 53.0 * LN_2
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(Complex {
        re,
        im: z.im.atan2(z.re),
    })
}

fn cmath_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "log", &args, 1, 2)?;
    let z = log(vm, arg(vm, &args, 0)?)?;
    if args.pos.len() == 1 {
        return Ok(value(z));
    }
    let base = log(vm, arg(vm, &args, 1)?)?;
    divide(z, base).map(value)
}

fn cmath_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "log10", &args, 1, 1)?;
    let z = log(vm, arg(vm, &args, 0)?)?;
    Ok(value(Complex {
        re: z.re / LN_10,
        im: z.im / LN_10,
    }))
}

fn cmath_phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "phase", &args, 1, 1)?;
    let z = arg(vm, &args, 0)?;
    Ok(Value::from(z.im.atan2(z.re)))
}

fn cmath_polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "polar", &args, 1, 1)?;
    let z = arg(vm, &args, 0)?;
    Ok(Value::tuple(vec![
        Value::from(magnitude(z)?),
        Value::from(z.im.atan2(z.re)),
    ]))
}

fn real(vm: &mut Vm, args: &Args, i: usize) -> PyResult<f64> {
    super::modutil::to_f64(vm, &args.pos[i])
}

fn cmath_rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "rect", &args, 2, 2)?;
    let (r, phi) = (real(vm, &args, 0)?, real(vm, &args, 1)?);
    let z = if phi == 0.0 {
        // CPython keeps the zero's sign rather than multiplying r by sin(0).
        Complex { re: r, im: r * phi }
    } else {
        Complex {
            re: r * phi.cos(),
            im: r * phi.sin(),
        }
    };
    Ok(value(z))
}

/// `cosh` and `sinh` of a finite complex number, as CPython's `c_cosh`/`c_sinh` compute.
fn cosh(z: Complex) -> Complex {
    Complex {
        re: z.im.cos() * z.re.cosh(),
        im: z.im.sin() * z.re.sinh(),
    }
}

fn sinh(z: Complex) -> Complex {
    Complex {
        re: z.im.cos() * z.re.sinh(),
        im: z.im.sin() * z.re.cosh(),
    }
}

fn cmath_cos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "cos", |z| {
        Ok(cosh(Complex {
            re: -z.im,
            im: z.re,
        }))
    })
}

fn cmath_sin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "sin", |z| {
        let s = sinh(Complex {
            re: -z.im,
            im: z.re,
        });
        Ok(Complex {
            re: s.im,
            im: -s.re,
        })
    })
}

fn test(vm: &mut Vm, args: &Args, name: &str, f: impl Fn(f64) -> bool) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let z = arg(vm, args, 0)?;
    Ok(Value::from(f(z.re) || f(z.im)))
}

fn cmath_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test(vm, &args, "isnan", f64::is_nan)
}

fn cmath_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test(vm, &args, "isinf", f64::is_infinite)
}

fn cmath_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isfinite", &args, 1, 1)?;
    let z = arg(vm, &args, 0)?;
    Ok(Value::from(z.re.is_finite() && z.im.is_finite()))
}
