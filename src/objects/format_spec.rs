//! The format-spec mini-language of `format()`, `str.format` and f-strings, plus the float
//! conversions of printf-style `%` formatting, matching CPython 3.11 in output and errors.
//!
//! Grammar: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use std::fmt;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::float;

/// A parsed spec. Nothing here depends on the formatted object's type; the defaults that do
/// (alignment, type) are applied by the `format_*` functions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// The `z` option: a negative zero left after rounding loses its sign.
    pub coerce_neg_zero: bool,
    pub alternate: bool,
    /// A `0` before the width with no explicit fill: fill with zeros, and for numbers without
    /// an explicit alignment, pad after the sign.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// `format_int` can fail with either exception class; the others only raise `ValueError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    Value(String),
    Overflow(String),
}

impl FormatError {
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl From<String> for FormatError {
    fn from(message: String) -> Self {
        FormatError::Value(message)
    }
}

fn value_error(message: &str) -> FormatError {
    FormatError::Value(message.to_string())
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a decimal run starting at `*pos`; `None` if there are no digits.
fn read_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        // The limit is Py_ssize_t, not usize.
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Parses a spec for an object whose type is named `type_name` (used in the error text).
pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec::default();
    let mut pos = 0;
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        pos = 2;
    } else if chars.first().copied().is_some_and(is_align) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.coerce_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // With an explicit fill, a leading zero is just part of the width.
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = read_number(&chars, &mut pos)?;
    if let Some(&c @ (',' | '_')) = chars.get(pos) {
        out.grouping = Some(c);
        pos += 1;
        if let Some(&again @ (',' | '_')) = chars.get(pos) {
            return Err(if again == c {
                format!("Cannot specify '{c}' with '{c}'.")
            } else {
                "Cannot specify both ',' and '_'.".to_string()
            });
        }
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = Some(
            read_number(&chars, &mut pos)?
                .ok_or_else(|| "Format specifier missing precision".to_string())?,
        );
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ))
        }
    }
    Ok(out)
}

/// How CPython quotes a type code in messages: printable ASCII as is, anything else as `\x..`.
fn code_text(c: char) -> String {
    if ('!'..='~').contains(&c) {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_text(c)
    )
}

impl FormatSpec {
    /// Rejects a grouping option the effective type cannot use; `ty` is the type code after
    /// the object's default has been applied (`None` for float's default).
    fn check_grouping(&self, ty: Option<char>) -> Result<(), String> {
        let Some(sep) = self.grouping else {
            return Ok(());
        };
        let allowed = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if allowed {
            Ok(())
        } else {
            // `None` is always allowed, so a code is present here.
            let code = code_text(ty.unwrap_or('\0'));
            Err(format!("Cannot specify '{sep}' with '{code}'."))
        }
    }

    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' })
    }

    fn pad(&self, body: String, body_len: usize, align: char) -> String {
        let width = self.width.unwrap_or(0);
        if body_len >= width {
            return body;
        }
        let fill = self.fill_char();
        let pad = width - body_len;
        let (left, right) = match align {
            '<' => (0, pad),
            '^' => (pad / 2, pad - pad / 2),
            _ => (pad, 0),
        };
        let mut out = String::with_capacity(body.len() + pad * fill.len_utf8());
        out.extend(std::iter::repeat_n(fill, left));
        out.push_str(&body);
        out.extend(std::iter::repeat_n(fill, right));
        out
    }
}

/// A number split for padding: `sign`, `prefix` (`0x`), integer `digits` that grouping
/// applies to, and everything after them (`.5e+10%`, or `inf`).
struct Number<'a> {
    sign: &'a str,
    prefix: &'a str,
    digits: &'a str,
    rest: &'a str,
}

fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Inserts `sep` every `size` digits from the right, and when zero-padding also adds leading
/// zeros (with separators among them) until at least `min_width` characters; a separator
/// never comes first, so the result can end up one character wider.
fn group_digits(digits: &str, sep: Option<char>, size: usize, min_width: usize) -> String {
    let mut reversed: Vec<char> = Vec::with_capacity(min_width.max(digits.len() * 2));
    let mut source = digits.chars().rev();
    let mut in_group = 0;
    loop {
        let digit = source.next();
        if digit.is_none() && reversed.len() >= min_width {
            break;
        }
        if let Some(sep) = sep {
            if in_group == size {
                reversed.push(sep);
                in_group = 0;
            }
        }
        reversed.push(digit.unwrap_or('0'));
        in_group += 1;
    }
    reversed.iter().rev().collect()
}

fn finish_number(number: Number, spec: &FormatSpec, group_size: usize) -> String {
    let align = spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' });
    let fixed_len = number.sign.len() + number.prefix.len() + number.rest.chars().count();
    // Zero padding after the sign is produced by the grouping step, which puts separators
    // among the padding zeros too; a number with no digits (inf, nan) is padded plainly.
    let zero_fill = align == '=' && spec.fill_char() == '0' && !number.digits.is_empty();
    let min_width = if zero_fill {
        spec.width.unwrap_or(0).saturating_sub(fixed_len)
    } else {
        0
    };
    let grouped = group_digits(number.digits, spec.grouping, group_size, min_width);
    let body_len = fixed_len + grouped.chars().count();
    let mut head = String::from(number.sign);
    head.push_str(number.prefix);
    let mut tail = grouped;
    tail.push_str(number.rest);
    if align == '=' {
        // The padding goes between the sign or prefix and the digits.
        head.push_str(&spec.pad(String::new(), body_len, '>'));
        head.push_str(&tail);
        return head;
    }
    head.push_str(&tail);
    spec.pad(head, body_len, align)
}

/// `format(n, spec)` for ints (and bools, named by `type_name`).
pub fn format_int(n: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    spec.check_grouping(Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = float::from_bigint(n)
                .map_err(|e| FormatError::Overflow(e.message().to_string()))?;
            return Ok(format_float(x, spec, type_name)?);
        }
        other => return Err(unknown_code(other, type_name).into()),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.coerce_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let negative = n.sign() == Sign::Minus;
    let (digits, prefix, group_size) = match ty {
        'c' => {
            if spec.sign.is_some() {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if spec.alternate {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let wide = n.to_i64().ok_or_else(|| {
                FormatError::Overflow("Python int too large to convert to C long".to_string())
            })?;
            let code = u32::try_from(wide)
                .ok()
                .filter(|c| *c < 0x110000)
                .ok_or_else(|| {
                    FormatError::Overflow("%c arg not in range(0x110000)".to_string())
                })?;
            // Rust strings cannot hold a lone surrogate, which CPython would produce here.
            let ch = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
            (ch.to_string(), "", 3)
        }
        'b' => (n.abs().to_str_radix(2), "0b", 4),
        'o' => (n.abs().to_str_radix(8), "0o", 4),
        'x' => (n.abs().to_str_radix(16), "0x", 4),
        'X' => (n.abs().to_str_radix(16).to_uppercase(), "0X", 4),
        _ => (n.abs().to_string(), "", 3),
    };
    let number = Number {
        sign: sign_text(negative, spec.sign),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    Ok(finish_number(number, spec, group_size))
}

/// How a float's digits are chosen and laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FloatMode {
    /// Shortest round-trip digits, as repr.
    Repr,
    Fixed,
    Exponent,
    General,
}

/// The unsigned text of `|x|` (finite) in `mode`; `dot_zero` is the no-type rule that a
/// positional integer keeps a `.0` and that switches to exponent one digit earlier.
fn float_body(
    x: f64,
    mode: FloatMode,
    precision: usize,
    alternate: bool,
    dot_zero: bool,
    upper: bool,
) -> String {
    match mode {
        FloatMode::Repr => {
            let (digits, exp) = float::shortest_digits(x);
            let scientific = !(-4..16).contains(&exp);
            float::lay_out(&digits, exp, scientific, true, alternate, upper)
        }
        FloatMode::Fixed => {
            let (digits, exp) = float::fixed_digits(x, precision);
            float::lay_out(&digits, exp, false, false, alternate, upper)
        }
        FloatMode::Exponent => {
            let (digits, exp) = float::scientific_digits(x, precision);
            float::lay_out(&digits, exp, true, false, alternate, upper)
        }
        FloatMode::General => {
            let significant = precision.max(1);
            let (mut digits, exp) = float::scientific_digits(x, significant - 1);
            let limit = if dot_zero {
                significant - 1
            } else {
                significant
            };
            let scientific = exp < -4 || exp >= limit as i32;
            if !alternate {
                let kept = digits.trim_end_matches('0').len().max(1);
                digits.truncate(kept);
            }
            float::lay_out(&digits, exp, scientific, dot_zero, alternate, upper)
        }
    }
}

/// Text of `x` in printf style (`'%.3f' % x`): `conv` is one of `e E f F g G`, the default
/// precision is 6, and the result carries a `-` for negative values but no padding.
pub fn printf_float(x: f64, conv: char, precision: Option<usize>, alternate: bool) -> String {
    let upper = conv.is_ascii_uppercase();
    let body = if x.is_finite() {
        let mode = match conv.to_ascii_lowercase() {
            'e' => FloatMode::Exponent,
            'f' => FloatMode::Fixed,
            _ => FloatMode::General,
        };
        float_body(
            x.abs(),
            mode,
            precision.unwrap_or(6),
            alternate,
            false,
            upper,
        )
    } else {
        non_finite_text(x, upper).to_string()
    };
    if x.is_sign_negative() && !x.is_nan() {
        format!("-{body}")
    } else {
        body
    }
}

fn non_finite_text(x: f64, upper: bool) -> &'static str {
    match (x.is_nan(), upper) {
        (true, false) => "nan",
        (true, true) => "NAN",
        (false, false) => "inf",
        (false, true) => "INF",
    }
}

/// `format(x, spec)` for floats.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    spec.check_grouping(spec.ty)?;
    let (mode, default_precision) = match spec.ty {
        None if spec.precision.is_none() => (FloatMode::Repr, 0),
        None | Some('g' | 'G' | 'n') => (FloatMode::General, 6),
        Some('e' | 'E') => (FloatMode::Exponent, 6),
        Some('f' | 'F' | '%') => (FloatMode::Fixed, 6),
        Some(other) => return Err(unknown_code(other, type_name)),
    };
    let precision = spec.precision.unwrap_or(default_precision);
    if precision > i32::MAX as usize {
        return Err("precision too big".to_string());
    }
    let percent = spec.ty == Some('%');
    let value = if percent { x * 100.0 } else { x };
    let upper = matches!(spec.ty, Some('E' | 'F' | 'G'));
    let mut body = if value.is_finite() {
        let dot_zero = spec.ty.is_none();
        float_body(
            value.abs(),
            mode,
            precision,
            spec.alternate,
            dot_zero,
            upper,
        )
    } else {
        non_finite_text(value, upper).to_string()
    };
    if percent {
        body.push('%');
    }
    let mut negative = value.is_sign_negative() && !value.is_nan();
    if negative && spec.coerce_neg_zero && value.is_finite() {
        // A zero result's exponent is `e+00`, so any non-zero digit means a non-zero value.
        negative = body.bytes().any(|b| (b'1'..=b'9').contains(&b));
    }
    let digit_end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    // The C locale that `n` consults has no thousands separator.
    let number = Number {
        sign: sign_text(negative, spec.sign),
        prefix: "",
        digits: &body[..digit_end],
        rest: &body[digit_end..],
    };
    Ok(finish_number(number, spec, 3))
}

/// `format(s, spec)` for strings.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    spec.check_grouping(Some(spec.ty.unwrap_or('s')))?;
    if let Some(other) = spec.ty.filter(|c| *c != 's') {
        return Err(unknown_code(other, type_name));
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".to_string());
    }
    if spec.coerce_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let (text, len) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => (&s[..cut], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    Ok(spec.pad(text.to_string(), len, spec.align.unwrap_or('<')))
}
