//! The numerics behind the `math` module, on plain Rust numbers, with CPython
//! 3.11's results and error messages.
//!
//! Elementary functions go to the platform libm through Rust's std, as CPython
//! does, so results agree bit for bit; CPython's own algorithms (fsum, hypot,
//! remainder, the integer functions, logs of huge ints) are reproduced exactly.
//! The module glue converts Python objects (using [`int_to_f64`] for ints) and
//! raises the exception a [`MathError`] names.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

pub const PI: f64 = std::f64::consts::PI;
pub const E: f64 = std::f64::consts::E;
pub const TAU: f64 = std::f64::consts::TAU;
pub const INF: f64 = f64::INFINITY;
pub const NAN: f64 = f64::NAN;

/// An exception to raise, by class, with CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MathError {
    ValueError(String),
    OverflowError(String),
    ZeroDivisionError(String),
}

impl MathError {
    fn domain() -> MathError {
        MathError::ValueError("math domain error".into())
    }

    fn range() -> MathError {
        MathError::OverflowError("math range error".into())
    }

    /// The exception class's name, for glue that maps by name.
    pub fn class_name(&self) -> &'static str {
        match self {
            MathError::ValueError(_) => "ValueError",
            MathError::OverflowError(_) => "OverflowError",
            MathError::ZeroDivisionError(_) => "ZeroDivisionError",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            MathError::ValueError(m)
            | MathError::OverflowError(m)
            | MathError::ZeroDivisionError(m) => m,
        }
    }
}

pub type MathResult<T> = Result<T, MathError>;

/// An argument that may be an int or a float, for the functions (the logs)
/// that treat ints beyond float range specially.
#[derive(Debug, Clone, Copy)]
pub enum Num<'a> {
    Int(&'a BigInt),
    Float(f64),
}

/// `float(n)`: correctly rounded (half to even), OverflowError past f64.
pub fn int_to_f64(n: &BigInt) -> MathResult<f64> {
    let (m, e) = bigint_frexp(n);
    if e > 1024 {
        return Err(MathError::OverflowError(
            "int too large to convert to float".into(),
        ));
    }
    let r = ldexp_i(m, e);
    if r.is_infinite() {
        return Err(MathError::OverflowError(
            "int too large to convert to float".into(),
        ));
    }
    Ok(r)
}

/// `n == m * 2**e` with 0.5 <= |m| < 1, m rounded half-even to 53 bits (the
/// rounding may carry m up to 1.0, exactly as CPython's decomposition does).
fn bigint_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    if bits == 0 {
        return (0.0, 0);
    }
    let mag = n.magnitude();
    // The top 64 bits plus a sticky bit for anything below them; converting
    // that u64 to f64 then rounds exactly as rounding the whole value would.
    let top = if bits <= 64 {
        mag.to_u64().unwrap_or(0)
    } else {
        let shift = bits - 64;
        let hi = (mag >> shift).to_u64().unwrap_or(0);
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        hi | u64::from(sticky)
    };
    let top_bits = bits.min(64);
    let m = top as f64 / 2f64.powi(top_bits as i32);
    let m = if n.sign() == Sign::Minus { -m } else { m };
    // Rounding can carry up to 1.0; renormalize as CPython's does.
    if m.abs() == 1.0 {
        return (m / 2.0, bits as i64 + 1);
    }
    (m, bits as i64)
}

/// `ldexp(x, e)` for any exponent, rounding once even into the subnormals.
fn ldexp_i(x: f64, e: i64) -> f64 {
    let mut y = x;
    let mut n = e.clamp(-3000, 3000) as i32;
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000); // 2**1023
    let pm969 = f64::from_bits(0x0360_0000_0000_0000); // 2**-1022 * 2**53
                                                       // Steps stay in the normal range until the last multiply, so the only
                                                       // rounding happens there.
    for _ in 0..2 {
        if n > 1023 {
            y *= p1023;
            n -= 1023;
        } else if n < -1022 {
            y *= pm969;
            n += 1022 - 53;
        }
    }
    n = n.clamp(-1022, 1023);
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// CPython's `math_1` rule: NaN from a non-NaN is a domain error, an infinity
/// from a finite argument is an overflow (or a domain error for functions that
/// cannot overflow, i.e. a pole).
fn check_1(x: f64, r: f64, can_overflow: bool) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathError::range()
        } else {
            MathError::domain()
        });
    }
    Ok(r)
}

/// CPython's `math_2` rule for two-argument functions.
fn check_2(x: f64, y: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::range());
    }
    Ok(r)
}

macro_rules! unary {
    ($($(#[$doc:meta])* $name:ident => $f:expr, $over:expr;)*) => {
        $(
            $(#[$doc])*
            pub fn $name(x: f64) -> MathResult<f64> {
                let f: fn(f64) -> f64 = $f;
                check_1(x, f(x), $over)
            }
        )*
    };
}

/// Functions std does not expose, or computes in Rust rather than through the
/// C library (asinh, acosh, atanh); CPython calls these libm routines, and the
/// Rust versions differ in the last bit.
mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
    }
}

/// The C library's `cbrt`. A plain `extern` declaration binds to the Rust
/// runtime's own cbrt (which rounds differently from glibc's), so the shared
/// libm is opened and asked for its symbol; without one, Rust's is used.
fn platform_cbrt(x: f64) -> f64 {
    use std::ffi::{c_char, c_int, c_void};
    use std::sync::OnceLock;
    extern "C" {
        fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
        fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
    }
    static CBRT: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = CBRT.get_or_init(|| {
        const RTLD_NOW: c_int = 2;
        // SAFETY: both names are NUL-terminated; a non-null symbol from libm
        // named "cbrt" is the C function double cbrt(double).
        unsafe {
            let handle = dlopen(c"libm.so.6".as_ptr(), RTLD_NOW);
            if handle.is_null() {
                return None;
            }
            let sym = dlsym(handle, c"cbrt".as_ptr());
            if sym.is_null() {
                return None;
            }
            Some(std::mem::transmute::<*mut c_void, extern "C" fn(f64) -> f64>(sym))
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}

// SAFETY (every `unsafe` below): these libm routines are pure functions of
// one double, in the C math library std already links.
unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => f64::ln_1p, false;
    cbrt => platform_cbrt, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => |x| unsafe { libm::asinh(x) }, false;
    acosh => |x| unsafe { libm::acosh(x) }, false;
    atanh => |x| unsafe { libm::atanh(x) }, false;
    erf => |x| unsafe { libm::erf(x) }, false;
    erfc => |x| unsafe { libm::erfc(x) }, false;
}

pub fn fabs(x: f64) -> f64 {
    x.abs()
}

pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

/// The natural log of an int or float; ints too big for a float are split
/// into mantissa and binary exponent first.
fn loghelper(x: Num<'_>, f: fn(f64) -> f64) -> MathResult<f64> {
    match x {
        Num::Int(n) => {
            if !n.is_positive() {
                return Err(MathError::domain());
            }
            match int_to_f64(n) {
                Ok(v) => Ok(f(v)),
                Err(_) => {
                    let (m, e) = bigint_frexp(n);
                    Ok(f(m) + f(2.0) * e as f64)
                }
            }
        }
        Num::Float(v) => check_1(v, log_guarded(v, f), false),
    }
}

/// CPython's m_log family: zero and negatives are domain errors even where
/// libm would return -inf.
fn log_guarded(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        if x == 0.0 {
            return f64::NEG_INFINITY;
        }
        return f64::NAN;
    }
    f(x)
}

/// `log(x[, base])`.
pub fn log(x: Num<'_>, base: Option<Num<'_>>) -> MathResult<f64> {
    let num = loghelper(x, f64::ln)?;
    match base {
        None => Ok(num),
        Some(b) => {
            let den = loghelper(b, f64::ln)?;
            if den == 0.0 {
                return Err(MathError::ZeroDivisionError(
                    "float division by zero".into(),
                ));
            }
            Ok(num / den)
        }
    }
}

pub fn log2(x: Num<'_>) -> MathResult<f64> {
    loghelper(x, f64::log2)
}

pub fn log10(x: Num<'_>) -> MathResult<f64> {
    loghelper(x, f64::log10)
}

/// `pow(x, y)`: IEEE special values handled directly, `0.0 ** negative` is a
/// domain error, finite overflow a range error.
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::domain()
        } else {
            MathError::range()
        });
    }
    Ok(r)
}

pub fn atan2(y: f64, x: f64) -> MathResult<f64> {
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        let a = if x.is_infinite() {
            if x > 0.0 {
                PI / 4.0
            } else {
                0.75 * PI
            }
        } else {
            PI / 2.0
        };
        a.copysign(y)
    } else if x.is_infinite() || y == 0.0 {
        if 1.0f64.copysign(x) == 1.0 {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        y.atan2(x)
    };
    check_2(y, x, r)
}

pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    check_2(x, y, x % y)
}

/// IEEE 754 remainder: x - n*y with n the nearest integer, ties to even.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (ax, ay) = (x.abs(), y.abs());
            let m = ax % ay;
            let c = ay - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                // A tie: pick the even multiple of y.
                m - 2.0 * ((0.5 * (ax - m)) % ay)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    check_2(x, y, r)
}

/// `modf(x)` as (fractional part, integer part), both carrying x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let t = x.trunc();
    ((x - t).copysign(x), t)
}

/// `frexp(x)`: (m, e) with x == m * 2**e and 0.5 <= |m| < 1; zero, inf and
/// nan come back unchanged with e == 0.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (mut v, mut adj) = (x, 0i64);
    if v.abs() < f64::MIN_POSITIVE {
        v *= 2f64.powi(54);
        adj = -54;
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (0x3feu64 << 52));
    (m, exp - 0x3fe + adj)
}

/// `ldexp(x, i)`: OverflowError when the result is infinite.
pub fn ldexp(x: f64, i: &BigInt) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let e = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp_i(x, e);
    if r.is_infinite() {
        return Err(MathError::range());
    }
    Ok(r)
}

fn float_to_int(x: f64) -> MathResult<BigInt> {
    if x.is_nan() {
        return Err(MathError::ValueError(
            "cannot convert float NaN to integer".into(),
        ));
    }
    if x.is_infinite() {
        return Err(MathError::OverflowError(
            "cannot convert float infinity to integer".into(),
        ));
    }
    Ok(BigInt::from_f64(x).unwrap_or_default())
}

/// `floor(x)` of a float (ints pass through in the glue).
pub fn floor(x: f64) -> MathResult<BigInt> {
    float_to_int(x.floor())
}

pub fn ceil(x: f64) -> MathResult<BigInt> {
    float_to_int(x.ceil())
}

pub fn trunc(x: f64) -> MathResult<BigInt> {
    float_to_int(x.trunc())
}

pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::ValueError(
            "tolerances must be non-negative".into(),
        ));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// The next float after x in the direction of y.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Moving away from zero increments the magnitude bits, whatever the sign.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// The value of the least significant bit of x.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

/// Error-free product: hi + lo == a * b exactly.
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let hi = a * b;
    (hi, a.mul_add(b, -hi))
}

/// Error-free sum for |a| >= |b|.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// The Euclidean norm of non-negative, finite-or-special components, with
/// CPython 3.11's scaled, compensated summation and one Newton correction so
/// the result is (almost always) correctly rounded.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: lift subnormal inputs into the normals.
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp_i(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = two_prod(x, x);
        let (s, e) = fast_two_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = two_prod(-h, h);
    let (s, e) = fast_two_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `hypot(*coordinates)`.
pub fn hypot(coords: &[f64]) -> f64 {
    let mut v: Vec<f64> = coords.iter().map(|x| x.abs()).collect();
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in &v {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(&mut v, max, found_nan)
}

/// `dist(p, q)`.
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::ValueError(
            "both points must have the same number of dimensions".into(),
        ));
    }
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| a - b).collect();
    Ok(hypot(&diffs))
}

/// Exact floating-point summation for `fsum`, fed one value at a time so the
/// glue can stream an iterator (CPython raises mid-iteration on overflow).
#[derive(Debug, Clone, Default)]
pub struct Fsum {
    /// Non-overlapping partial sums, smallest magnitude first.
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Fsum {
    pub fn new() -> Fsum {
        Fsum::default()
    }

    pub fn add(&mut self, value: f64) -> MathResult<()> {
        let mut x = value;
        let mut kept = 0;
        for i in 0..self.partials.len() {
            let mut y = self.partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite sum of finite inputs is an intermediate
                // overflow; genuine infs and nans are tallied apart.
                if value.is_finite() {
                    return Err(MathError::OverflowError(
                        "intermediate overflow in fsum".into(),
                    ));
                }
                if value.is_infinite() {
                    self.inf_sum += value;
                }
                self.special_sum += value;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    pub fn finish(&self) -> MathResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(MathError::ValueError("-inf + inf in fsum".into()));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across the remaining partials: if the first
        // discarded partial pushes the same way as lo, the true sum is past
        // the halfway point.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// `fsum(values)`.
pub fn fsum(values: &[f64]) -> MathResult<f64> {
    let mut acc = Fsum::new();
    for &v in values {
        acc.add(v)?;
    }
    acc.finish()
}

/// Product of lo..=hi by halving, so big factors meet big factors.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 8 {
        let mut acc = BigInt::from(lo);
        for v in lo + 1..=hi {
            acc *= v;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// `factorial(n)` of an int.
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::ValueError(
            "factorial() not defined for negative values".into(),
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(MathError::OverflowError(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(range_product(1, n as u64))
}

/// `gcd(*integers)`; `gcd()` is 0.
pub fn gcd(values: &[BigInt]) -> BigInt {
    values
        .iter()
        .fold(BigInt::zero(), |acc, v| acc.gcd(v))
        .abs()
}

/// `lcm(*integers)`; `lcm()` is 1.
pub fn lcm(values: &[BigInt]) -> BigInt {
    let mut acc = BigInt::one();
    for v in values {
        if v.is_zero() {
            return BigInt::zero();
        }
        acc = acc.lcm(v);
    }
    acc.abs()
}

/// `isqrt(n)`: the floor of the exact square root.
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::ValueError(
            "isqrt() argument must be nonnegative".into(),
        ));
    }
    Ok(n.sqrt())
}

/// n * (n-1) * ... * (n-k+1) for BigInt n and small k.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if let Some(nu) = n.to_u64() {
        return range_product(nu - k + 1, nu);
    }
    fn rec(top: &BigInt, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::one();
        }
        if k == 1 {
            return top.clone();
        }
        let half = k / 2;
        rec(top, half) * rec(&(top - half), k - half)
    }
    rec(n, k)
}

fn check_nonneg(n: &BigInt, k: &BigInt) -> MathResult<()> {
    if n.is_negative() {
        return Err(MathError::ValueError(
            "n must be a non-negative integer".into(),
        ));
    }
    if k.is_negative() {
        return Err(MathError::ValueError(
            "k must be a non-negative integer".into(),
        ));
    }
    Ok(())
}

/// `comb(n, k)`.
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    check_nonneg(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let other = n - k;
    let k = if other < *k { &other } else { k };
    let Some(ki) = k.to_i64() else {
        return Err(MathError::OverflowError(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    let ki = ki as u64;
    Ok(falling_product(n, ki) / range_product(1, ki))
}

/// `perm(n, k=None)`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_nonneg(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let Some(ki) = k.to_i64() else {
        return Err(MathError::OverflowError(format!(
            "k must not exceed {}",
            i64::MAX
        )));
    };
    Ok(falling_product(n, ki as u64))
}

/// `prod` of floats with a float start, multiplying left to right.
pub fn prod_f64(values: &[f64], start: f64) -> f64 {
    values.iter().fold(start, |acc, v| acc * v)
}

/// `prod` of ints with an int start.
pub fn prod_int(values: &[BigInt], start: &BigInt) -> BigInt {
    values.iter().fold(start.clone(), |acc, v| acc * v)
}

#[cfg(test)]
#[path = "math_core_tests.rs"]
mod tests;
