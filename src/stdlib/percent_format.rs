//! printf-style `str % args` formatting.
//!
//! The engine parses the format string and lays out each conversion; the interpreter
//! supplies the arguments through [`PercentSource`], which hides tuples, mappings and the
//! `__str__`/`__int__`/`__float__` protocols. Errors come back as [`PercentError`]s
//! converted into the interpreter's exception type.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::objects::format_spec::printf_float;

/// An argument after the interpreter applied the protocol a conversion asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentArg {
    /// For `d i u o x X`: `int(value)` (`__index__` for `o x X`); for `c`: an `int`.
    Int(BigInt),
    /// For `e E f F g G`: `float(value)`.
    Float(f64),
    /// For `s r a`: `str`/`repr`/`ascii` of the value; for `c`: the `str` itself.
    Str(String),
}

/// Which exception an engine error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentErrorKind {
    Type,
    Value,
    Overflow,
}

/// An error raised by the engine (or built with [`conversion_type_error`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentError {
    pub kind: PercentErrorKind,
    pub message: String,
}

impl PercentError {
    fn type_error(message: &str) -> Self {
        PercentError {
            kind: PercentErrorKind::Type,
            message: message.to_string(),
        }
    }

    fn value_error(message: String) -> Self {
        PercentError {
            kind: PercentErrorKind::Value,
            message,
        }
    }
}

impl From<PercentError> for String {
    fn from(e: PercentError) -> String {
        e.message
    }
}

/// The right-hand operand of `%`, seen from the engine.
pub trait PercentSource {
    /// The interpreter's value handle.
    type Value;
    /// The interpreter's exception.
    type Error: From<PercentError>;

    /// `Some(len)` when the operand is a tuple, `None` for any other object (which then
    /// serves as the single positional argument).
    fn tuple_len(&self) -> Option<usize>;
    /// Whether `%(key)` lookups may use the operand: CPython accepts anything with
    /// `__getitem__` that is neither a tuple nor a `str` (so lists count, too).
    fn is_mapping(&self) -> bool;
    /// Item `index` of the tuple operand.
    fn item(&mut self, index: usize) -> Self::Value;
    /// The operand itself, when it is not a tuple.
    fn whole(&mut self) -> Self::Value;
    /// `operand[key]` for `%(key)s`.
    fn by_key(&mut self, key: &str) -> Result<Self::Value, Self::Error>;
    /// The value of a `*` width or precision: `Ok(None)` when it is not an `int`
    /// (the engine raises `TypeError: * wants int`); an `OverflowError` for huge ints.
    fn star_int(&mut self, value: &Self::Value) -> Result<Option<i64>, Self::Error>;
    /// Applies the protocol for `conversion` (one of `sraduioxXeEfFgGc`); failures should
    /// use [`conversion_type_error`] for CPython's messages.
    fn convert(&mut self, value: Self::Value, conversion: char) -> Result<PercentArg, Self::Error>;

    /// Whether the template is bytes, where `%b` is `%s`.
    fn is_bytes(&self) -> bool {
        false
    }
}

/// CPython's `TypeError` for an argument of type `type_name` that `conversion` rejects.
fn unsupported(format: &str, pos: usize, conversion: char) -> PercentError {
    let index = format[..pos].chars().count();
    let code = conversion as u32;
    let shown = if (31..=126).contains(&code) {
        conversion
    } else {
        '?'
    };
    PercentError::value_error(format!(
        "unsupported format character '{shown}' (0x{code:x}) at index {index}"
    ))
}

pub fn conversion_type_error(conversion: char, type_name: &str) -> PercentError {
    let message = match conversion {
        'o' | 'x' | 'X' => format!("%{conversion} format: an integer is required, not {type_name}"),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format!("must be real number, not {type_name}"),
        'c' => "%c requires int or char".to_string(),
        _ => format!("%{conversion} format: a real number is required, not {type_name}"),
    };
    PercentError {
        kind: PercentErrorKind::Type,
        message,
    }
}

#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// Tracks which argument comes next, mirroring CPython's bookkeeping: a non-tuple
/// operand, and the value fetched by a `%(key)`, each count as a single argument.
struct Args<'s, S: PercentSource> {
    source: &'s mut S,
    len: isize,
    next: isize,
    keyed: Option<S::Value>,
    mapping: bool,
}

impl<S: PercentSource> Args<'_, S> {
    fn next_arg(&mut self) -> Result<S::Value, S::Error> {
        if self.next >= self.len {
            return Err(PercentError::type_error("not enough arguments for format string").into());
        }
        let index = self.next;
        self.next += 1;
        Ok(if self.len < 0 {
            match self.keyed.take() {
                Some(v) => v,
                None => self.source.whole(),
            }
        } else {
            self.source.item(index as usize)
        })
    }

    fn star(&mut self) -> Result<i64, S::Error> {
        let value = self.next_arg()?;
        self.source
            .star_int(&value)?
            .ok_or_else(|| PercentError::type_error("* wants int").into())
    }
}

/// `format % operand`.
pub fn percent_format<S: PercentSource>(format: &str, source: &mut S) -> Result<String, S::Error> {
    let (len, next) = match source.tuple_len() {
        Some(n) => (n as isize, 0),
        None => (-1, -2),
    };
    let mapping = source.tuple_len().is_none() && source.is_mapping();
    let mut args = Args {
        source,
        len,
        next,
        keyed: None,
        mapping,
    };
    let mut out = String::with_capacity(format.len() + 16);
    let mut rest = format;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let spec_start = format.len() - rest.len() + at + 1;
        rest = format_one(format, spec_start, &mut args, &mut out)?;
    }
    out.push_str(rest);
    if args.next < args.len && !args.mapping {
        return Err(PercentError::type_error(
            "not all arguments converted during string formatting",
        )
        .into());
    }
    Ok(out)
}

fn incomplete<E: From<PercentError>>() -> E {
    PercentError::value_error("incomplete format".to_string()).into()
}

/// Reads a run of digits as a width or precision, or fails with `what` too big.
fn read_number<E: From<PercentError>>(text: &str, what: &str) -> Result<(usize, usize), E> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let mut n: i64 = 0;
    for b in text[..digits].bytes() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(i64::from(b - b'0')))
            .ok_or_else(|| PercentError::value_error(format!("{what} too big")))?;
    }
    Ok((n as usize, digits))
}

/// Formats the conversion starting at byte `pos` of `format` (just after its `%`) and
/// returns the text after it.
fn format_one<'f, S: PercentSource>(
    format: &'f str,
    mut pos: usize,
    args: &mut Args<'_, S>,
    out: &mut String,
) -> Result<&'f str, S::Error> {
    let bytes = format.as_bytes();
    match bytes.get(pos) {
        None => return Err(incomplete()),
        Some(b'%') => {
            out.push('%');
            return Ok(&format[pos + 1..]);
        }
        _ => {}
    }
    if bytes[pos] == b'(' {
        if !args.mapping {
            return Err(PercentError::type_error("format requires a mapping").into());
        }
        let key_start = pos + 1;
        let mut depth = 1;
        let mut end = None;
        for (i, b) in bytes[key_start..].iter().enumerate() {
            match b {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(key_start + i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(end) = end else {
            return Err(PercentError::value_error("incomplete format key".to_string()).into());
        };
        let value = args.source.by_key(&format[key_start..end])?;
        args.keyed = Some(value);
        args.len = -1;
        args.next = -2;
        pos = end + 1;
    }
    let mut spec = Spec::default();
    while let Some(&b) = bytes.get(pos) {
        match b {
            b'-' => spec.left = true,
            b'+' => spec.plus = true,
            b' ' => spec.blank = true,
            b'#' => spec.alternate = true,
            b'0' => spec.zero = true,
            _ => break,
        }
        pos += 1;
    }
    if bytes.get(pos) == Some(&b'*') {
        let width = args.star()?;
        spec.left |= width < 0;
        spec.width = width.unsigned_abs() as usize;
        pos += 1;
    } else {
        let (width, n) = read_number(&format[pos..], "width")?;
        spec.width = width;
        pos += n;
    }
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
        if bytes.get(pos) == Some(&b'*') {
            spec.precision = Some(args.star()?.max(0) as usize);
            pos += 1;
        } else {
            let (precision, n) = read_number(&format[pos..], "precision")?;
            spec.precision = Some(precision);
            pos += n;
        }
    }
    // One length modifier, as in C, is accepted and ignored.
    if matches!(bytes.get(pos), Some(b'h' | b'l' | b'L')) {
        pos += 1;
    }
    let Some(conversion) = format[pos..].chars().next() else {
        return Err(incomplete());
    };
    let rest = &format[pos + conversion.len_utf8()..];
    let value = args.next_arg()?;
    let text = match conversion {
        'b' if !args.source.is_bytes() => return Err(unsupported(format, pos, conversion).into()),
        's' | 'r' | 'a' | 'b' => {
            let s = expect_str(args.source.convert(value, conversion)?);
            let s = match spec.precision {
                Some(p) => truncate_chars(&s, p).to_string(),
                None => s,
            };
            return Ok(push_padded(out, "", &s, &spec, false, rest));
        }
        'c' => {
            let c = match args.source.convert(value, 'c')? {
                PercentArg::Str(s) if s.chars().count() == 1 => s,
                PercentArg::Int(n) => match n.to_u32().and_then(char::from_u32) {
                    Some(c) => c.to_string(),
                    None if n.sign() != Sign::Minus && n.to_u32().is_some_and(|v| v < 0x110000) => {
                        // Lone surrogates have no Rust `char`; U+FFFD is the closest stand-in.
                        '\u{fffd}'.to_string()
                    }
                    None => {
                        return Err(PercentError {
                            kind: PercentErrorKind::Overflow,
                            message: "%c arg not in range(0x110000)".to_string(),
                        }
                        .into())
                    }
                },
                _ => return Err(conversion_type_error('c', "").into()),
            };
            return Ok(push_padded(out, "", &c, &spec, false, rest));
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = expect_int(args.source.convert(value, conversion)?);
            let mut digits = match conversion {
                'o' => n.magnitude().to_str_radix(8),
                'x' => n.magnitude().to_str_radix(16),
                'X' => n.magnitude().to_str_radix(16).to_ascii_uppercase(),
                _ => n.magnitude().to_string(),
            };
            if let Some(p) = spec.precision {
                if p > digits.len() {
                    digits.insert_str(0, &"0".repeat(p - digits.len()));
                }
            }
            let prefix = match conversion {
                'o' if spec.alternate => "0o",
                'x' if spec.alternate => "0x",
                'X' if spec.alternate => "0X",
                _ => "",
            };
            let sign = sign_for(n.sign() == Sign::Minus, &spec);
            (format!("{sign}{prefix}"), digits)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = expect_float(args.source.convert(value, conversion)?);
            let body = printf_float(x, conversion, spec.precision, spec.alternate);
            match body.strip_prefix('-') {
                Some(digits) => ("-".to_string(), digits.to_string()),
                None => (sign_for(false, &spec).to_string(), body),
            }
        }
        _ => return Err(unsupported(format, pos, conversion).into()),
    };
    let (sign, digits) = text;
    Ok(push_padded(out, &sign, &digits, &spec, true, rest))
}

fn sign_for(negative: bool, spec: &Spec) -> &'static str {
    if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.blank {
        " "
    } else {
        ""
    }
}

fn truncate_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(b, _)| &s[..b])
}

/// Appends `sign` + `body` padded to the spec's width; numbers zero-fill between the two
/// when `0` is given without `-`. Returns `rest` for the caller's convenience.
fn push_padded<'f>(
    out: &mut String,
    sign: &str,
    body: &str,
    spec: &Spec,
    numeric: bool,
    rest: &'f str,
) -> &'f str {
    let len = sign.chars().count() + body.chars().count();
    let fill = spec.width.saturating_sub(len);
    if spec.left {
        out.push_str(sign);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if numeric && spec.zero {
        out.push_str(sign);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(sign);
        out.push_str(body);
    }
    rest
}

// A source that returns the wrong variant for a conversion is a bug in the interpreter,
// but formatting something sensible beats panicking in the middle of user code.
fn expect_str(arg: PercentArg) -> String {
    match arg {
        PercentArg::Str(s) => s,
        PercentArg::Int(n) => n.to_string(),
        PercentArg::Float(x) => printf_float(x, 'g', Some(17), false),
    }
}

fn expect_int(arg: PercentArg) -> BigInt {
    match arg {
        PercentArg::Int(n) => n,
        PercentArg::Float(x) => BigInt::from(x as i64),
        PercentArg::Str(_) => BigInt::from(0),
    }
}

fn expect_float(arg: PercentArg) -> f64 {
    match arg {
        PercentArg::Float(x) => x,
        PercentArg::Int(n) => n.to_f64().unwrap_or(f64::INFINITY),
        PercentArg::Str(_) => f64::NAN,
    }
}

#[cfg(test)]
#[path = "percent_format_tests.rs"]
mod tests;
