//! Arithmetic and conversions for Python `float` that must agree bit for bit with CPython 3.11.
//!
//! Everything here works on plain `f64` and `BigInt`; the VM wraps the results and turns
//! [`FloatError`] into the matching Python exception.

use std::fmt;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

/// A failure the VM reports as a Python exception; each variant names the exception class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatError {
    ZeroDivision(&'static str),
    Overflow(&'static str),
    Value(&'static str),
    /// A negative base raised to a non-integral power: CPython's `float.__pow__` hands this
    /// case to complex arithmetic instead of raising.
    ComplexResult,
}

impl FloatError {
    pub fn message(&self) -> &'static str {
        match self {
            FloatError::ZeroDivision(m) | FloatError::Overflow(m) | FloatError::Value(m) => m,
            FloatError::ComplexResult => "negative number cannot be raised to a fractional power",
        }
    }
}

impl fmt::Display for FloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

const INF_TO_INT: FloatError = FloatError::Overflow("cannot convert float infinity to integer");
const NAN_TO_INT: FloatError = FloatError::Value("cannot convert float NaN to integer");

/// The shortest decimal digits that round-trip to `x` (finite, non-negative), as the digit
/// string `d1 d2 … dn` meaning `d1.d2…dn × 10^exp`.
pub(crate) fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` finds the shortest round-tripping length and the nearest digits of that
    // length, but when two candidates are equally near it does not pick the even one as
    // CPython does. Correct rounding to that length settles ties to even; it is kept only if
    // it still round-trips, which can fail just below a power of two.
    let shortest = split_scientific(&format!("{:e}", x));
    let rounded_text = format!("{:.*e}", shortest.0.len() - 1, x);
    let rounded = split_scientific(&rounded_text);
    if rounded != shortest && rounded_text.parse::<f64>() == Ok(x) {
        rounded
    } else {
        shortest
    }
}

/// `x` (finite, non-negative) correctly rounded (half-even on the exact binary value) to
/// `precision + 1` significant digits, as digits and decimal exponent.
pub(crate) fn scientific_digits(x: f64, precision: usize) -> (String, i32) {
    split_scientific(&format!("{:.*e}", precision, x))
}

/// `x` (finite, non-negative) correctly rounded to `precision` places after the point, as
/// digits and decimal exponent of the first digit.
pub(crate) fn fixed_digits(x: f64, precision: usize) -> (String, i32) {
    let text = format!("{:.*}", precision, x);
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let all = format!("{int_part}{frac_part}");
    let trimmed = all.trim_start_matches('0');
    if trimmed.is_empty() {
        // Zero keeps every requested place: "0" followed by `precision` zeros after the point.
        return ("0".repeat(precision + 1), 0);
    }
    let exp = trimmed.len() as i32 - 1 - precision as i32;
    (trimmed.to_string(), exp)
}

fn split_scientific(text: &str) -> (String, i32) {
    let (mantissa, exp) = text
        .split_once('e')
        .expect("scientific notation has an exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    (digits, exp.parse().expect("exponent is an integer"))
}

/// Lays out `d1.d2…dn × 10^exp` either as `d1.d2…e±XX` or positionally.
///
/// `dot_zero` appends `.0` to a positional integer (repr's rule); `force_point` keeps a bare
/// point when no digits follow it (the `#` flag).
pub(crate) fn lay_out(
    digits: &str,
    exp: i32,
    scientific: bool,
    dot_zero: bool,
    force_point: bool,
    upper: bool,
) -> String {
    let mut out = String::with_capacity(digits.len() + 8);
    if scientific {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        } else if force_point {
            out.push('.');
        }
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
        return out;
    }
    let frac;
    if exp >= 0 {
        let int_len = exp as usize + 1;
        if digits.len() > int_len {
            out.push_str(&digits[..int_len]);
            frac = &digits[int_len..];
        } else {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', int_len - digits.len()));
            frac = "";
        }
    } else {
        out.push('0');
        frac = digits;
    }
    if exp < 0 {
        out.push('.');
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(frac);
    } else if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    } else if dot_zero {
        out.push_str(".0");
    } else if force_point {
        out.push('.');
    }
    out
}

/// CPython's `repr(float)` (and `str(float)`).
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let (digits, exp) = shortest_digits(x.abs());
    let body = lay_out(&digits, exp, !(-4..16).contains(&exp), true, false, false);
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// Copies a run of digits with single underscores between them into `out`; returns the rest of
/// the input, or `None` if an underscore is misplaced. An empty run is allowed here.
fn take_digits<'a>(s: &'a str, out: &mut String) -> Option<&'a str> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => out.push(bytes[i] as char),
            b'_' if i > 0 && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
            b'_' => return None,
            _ => break,
        }
        i += 1;
    }
    Some(&s[i..])
}

/// What `float(str)` accepts; `None` means `could not convert string to float`.
pub fn parse(s: &str) -> Option<f64> {
    // Unlike str.isspace, float() does not count the ASCII separators U+001C..U+001F as
    // whitespace, which leaves exactly Unicode's White_Space set, Rust's `trim`.
    let s = s.trim();
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let value = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        let mut clean = String::with_capacity(body.len());
        let rest = take_digits(body, &mut clean)?;
        let mut has_digits = !clean.is_empty();
        let rest = match rest.strip_prefix('.') {
            Some(after) => {
                clean.push('.');
                let before = clean.len();
                let rest = take_digits(after, &mut clean)?;
                has_digits |= clean.len() > before;
                rest
            }
            None => rest,
        };
        if !has_digits {
            return None;
        }
        let rest = match rest.strip_prefix(['e', 'E']) {
            Some(after) => {
                clean.push('e');
                let after = match after.strip_prefix(['+', '-']) {
                    Some(unsigned) => {
                        clean.push_str(&after[..1]);
                        unsigned
                    }
                    None => after,
                };
                let before = clean.len();
                let rest = take_digits(after, &mut clean)?;
                if clean.len() == before {
                    return None;
                }
                rest
            }
            None => rest,
        };
        if !rest.is_empty() {
            return None;
        }
        clean.parse::<f64>().ok()?
    };
    Some(if negative { -value } else { value })
}

/// Python's `divmod(a, b)` for floats: the remainder takes the divisor's sign and the quotient
/// is the floor. The caller has rejected `b == 0`.
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let mut rem = a % b;
    // `a - rem` is an exact multiple of `b` in exact arithmetic, so this quotient is close to
    // an integer and rounding it below recovers that integer.
    let mut quot = (a - rem) / b;
    if rem == 0.0 {
        rem = 0.0f64.copysign(b);
    } else if (rem < 0.0) != (b < 0.0) {
        rem += b;
        quot -= 1.0;
    }
    let floor = if quot == 0.0 {
        0.0f64.copysign(a / b)
    } else {
        let f = quot.floor();
        if quot - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    };
    (floor, rem)
}

/// Python's `a // b` for floats (`b != 0`).
pub fn floordiv(a: f64, b: f64) -> f64 {
    divmod(a, b).0
}

/// Python's `a % b` for floats (`b != 0`).
pub fn modulo(a: f64, b: f64) -> f64 {
    divmod(a, b).1
}

/// Python's `a ** b` for floats.
pub fn pow(a: f64, b: f64) -> Result<f64, FloatError> {
    // The C library already follows Python for every special value except the two cases where
    // Python raises or switches to complex numbers instead of returning inf or nan.
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(FloatError::ZeroDivision(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        return Err(FloatError::ComplexResult);
    }
    let result = a.powf(b);
    if result.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(FloatError::Overflow(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(result)
}

/// Python's `round(x, ndigits)`: the exact value of `x` rounded half-even to `ndigits` decimal
/// places, then converted back to the nearest double.
pub fn round(x: f64, ndigits: i64) -> Result<f64, FloatError> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    // Past these bounds the answer is `x` itself or a zero, whatever the digits are.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x);
        return Ok(text.parse().expect("Rust formats parseable floats"));
    }
    let (mantissa, exp2) = decompose(x.abs());
    let scale = BigUint::from(10u32).pow((-ndigits) as u32);
    let (num, den) = if exp2 >= 0 {
        (BigUint::from(mantissa) << exp2 as usize, scale.clone())
    } else {
        (BigUint::from(mantissa), &scale << (-exp2) as usize)
    };
    let (quot, rem) = num.div_rem(&den);
    let twice = rem << 1usize;
    let quot = if twice > den || (twice == den && quot.is_odd()) {
        quot + 1u32
    } else {
        quot
    };
    let magnitude = biguint_ratio_to_f64(&(quot * scale), &BigUint::one())
        .map_err(|_| FloatError::Overflow("rounded value too large to represent"))?;
    Ok(magnitude.copysign(x))
}

/// Python's `round(x)` with no digits: the nearest integer, ties to even.
pub fn round_to_int(x: f64) -> Result<BigInt, FloatError> {
    to_bigint(x.round_ties_even())
}

/// `int(x)`: truncation towards zero, exactly.
pub fn to_bigint(x: f64) -> Result<BigInt, FloatError> {
    if x.is_nan() {
        return Err(NAN_TO_INT);
    }
    if x.is_infinite() {
        return Err(INF_TO_INT);
    }
    if x.abs() < 9.2e18 {
        return Ok(BigInt::from(x as i64));
    }
    let (mantissa, exp2) = decompose(x.abs());
    let magnitude = BigUint::from(mantissa) << exp2 as usize;
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `float(n)`, correctly rounded with ties to even.
pub fn from_bigint(n: &BigInt) -> Result<f64, FloatError> {
    if let Some(small) = n.to_i64() {
        if small.unsigned_abs() <= 1 << 53 {
            return Ok(small as f64);
        }
    }
    let magnitude = biguint_ratio_to_f64(n.magnitude(), &BigUint::one())
        .map_err(|_| FloatError::Overflow("int too large to convert to float"))?;
    Ok(if n.sign() == Sign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// `a / b` for ints, correctly rounded (`b != 0`).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, FloatError> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        return Ok(i64_true_divide(x, y));
    }
    let magnitude = biguint_ratio_to_f64(a.magnitude(), b.magnitude())
        .map_err(|_| FloatError::Overflow("integer division result too large for a float"))?;
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    Ok(if negative { -magnitude } else { magnitude })
}

/// `a / b` for machine ints, correctly rounded (`b != 0`).
pub fn i64_true_divide(a: i64, b: i64) -> f64 {
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        // Both operands convert exactly, and IEEE division rounds the exact quotient once.
        return a as f64 / b as f64;
    }
    let magnitude = biguint_ratio_to_f64(
        &BigUint::from(a.unsigned_abs()),
        &BigUint::from(b.unsigned_abs()),
    )
    .expect("a quotient of i64 values fits in a double");
    if (a < 0) != (b < 0) {
        -magnitude
    } else {
        magnitude
    }
}

/// Whether `x` is finite with no fractional part (`float.is_integer`).
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `|x| = mantissa × 2^exp` exactly, for finite `x`.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// `2^e` for `-1074 <= e <= 1023`, built directly so that subnormal powers are exact.
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `num / den` rounded once, half-even, to the nearest double; `Err(())` when it overflows.
///
/// The quotient is computed to exactly the number of bits the result can hold at its
/// magnitude (fewer for subnormals), so no second rounding happens.
fn biguint_ratio_to_f64(num: &BigUint, den: &BigUint) -> Result<f64, ()> {
    if num.is_zero() {
        return Ok(0.0);
    }
    let (num_bits, den_bits) = (num.bits() as i64, den.bits() as i64);
    // num / den lies in [2^(num_bits - den_bits - 1), 2^(num_bits - den_bits + 1)).
    if num_bits - den_bits - 1 > 1023 {
        return Err(());
    }
    if num_bits - den_bits + 1 < -1075 {
        return Ok(0.0);
    }
    let shifted_compare = |shift: i64| {
        if shift >= 0 {
            *num >= den << shift as usize
        } else {
            (num << (-shift) as usize) >= *den
        }
    };
    let mut exp = num_bits - den_bits;
    if !shifted_compare(exp) {
        exp -= 1;
    }
    if exp > 1023 {
        return Err(());
    }
    let ulp = (exp - 52).max(-1074);
    let (scaled_num, scaled_den) = if ulp >= 0 {
        (num.clone(), den << ulp as usize)
    } else {
        (num << (-ulp) as usize, den.clone())
    };
    let (quot, rem) = scaled_num.div_rem(&scaled_den);
    let twice = rem << 1usize;
    let mut units = quot.to_u64().expect("at most 53 bits before rounding");
    if twice > scaled_den || (twice == scaled_den && units & 1 == 1) {
        units += 1;
    }
    // `units <= 2^53`, so both factors are exact and only overflow can change the product.
    let value = units as f64 * pow2(ulp as i32);
    if value.is_infinite() {
        Err(())
    } else {
        Ok(value)
    }
}

// The shared test tables for float, format_spec and hash live in one file; declaring it here
// keeps `objects/mod.rs` free of test plumbing.
#[cfg(test)]
#[path = "numeric_tests.rs"]
mod numeric_tests;
