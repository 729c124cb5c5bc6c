//! The `bytes` type: its constructor, methods, and `str.encode`.

use std::sync::{Arc, OnceLock};

use super::descriptors::add_methods;
use super::modutil::kwarg;
use super::str_ops::{self, EncodeError};
use crate::objects::bytearray::PyByteArray;
use crate::objects::bytes::find;
use crate::objects::exception::{error, PyException};
use crate::objects::function::{Args, NativeFn};
use crate::objects::types::{exception_type, types, PyType};
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn bytes_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::new("bytes", vec![types().object.clone()]);
        add_methods(&t, BYTES_METHODS);
        t
    })
}

pub fn bytearray_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::new("bytearray", vec![types().object.clone()]);
        add_methods(
            &t,
            &[
                ("append", bytearray_append),
                ("extend", bytearray_extend),
                ("insert", bytearray_insert),
                ("pop", bytearray_pop),
                ("remove", bytearray_remove),
                ("reverse", bytearray_reverse),
                ("clear", bytearray_clear),
                ("copy", bytearray_copy),
                ("fromhex", bytearray_fromhex),
            ],
        );
        add_methods(
            &t,
            shared_methods! {
                "decode": bytes_decode,
                "hex": bytes_hex,
                "split": bytes_split,
                "join": bytes_join,
                "startswith": bytes_startswith,
                "endswith": bytes_endswith,
                "find": bytes_find,
                "rfind": bytes_rfind,
                "index": bytes_index,
                "rindex": bytes_rindex,
                "count": bytes_count,
                "replace": bytes_replace,
                "strip": bytes_strip,
                "upper": bytes_upper,
                "lower": bytes_lower,
            },
        );
        t
    })
}

/// The methods bytearray shares with bytes, each a function that runs bytes's (see
/// [`on_bytearray`]).
macro_rules! shared_methods {
    ($($name:literal: $f:ident),* $(,)?) => {
        &[$(($name, {
            fn via_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
                on_bytearray(vm, args, $name, $f)
            }
            via_bytes
        } as NativeFn)),*]
    };
}
use shared_methods;

/// Runs a bytes method on a copy of a bytearray's contents (and of bytearray
/// arguments), giving bytearrays where it gives bytes, as CPython's bytearray does.
fn on_bytearray(vm: &mut Vm, args: Args, method: &str, f: NativeFn) -> PyResult<Value> {
    let data = this_bytearray(vm, &args, method)?.data.lock().clone();
    let mut pos: Vec<Value> = args
        .pos
        .iter()
        .map(|v| match v.native::<PyByteArray>() {
            Some(b) => Value::bytes(b.data.lock().clone()),
            None => v.clone(),
        })
        .collect();
    pos[0] = Value::bytes(data);
    let result = f(
        vm,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )?;
    Ok(bytes_to_bytearray(result))
}

fn bytes_to_bytearray(v: Value) -> Value {
    if let Some(b) = v.as_bytes() {
        return Value::bytearray(b.to_vec());
    }
    match &v {
        Value::List(l) => Value::list(l.snapshot().into_iter().map(bytes_to_bytearray).collect()),
        _ => v,
    }
}

/// `bytearray.fromhex(s)`.
fn bytearray_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_fromhex(vm, args).map(bytes_to_bytearray)
}

/// An item to store in a bytearray, with bytearray's message for one out of range.
pub fn bytearray_item(vm: &Vm, v: &Value) -> PyResult<u8> {
    byte_value(vm, v).map_err(|e| {
        if e.is("ValueError") {
            vm.value_error("byte must be in range(0, 256)")
        } else {
            e
        }
    })
}

fn bytearray_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ba = this_bytearray(vm, &args, "insert")?;
    let [_, at, item] = args.pos else {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    };
    let at = super::modutil::to_i64(vm, at)?;
    let b = bytearray_item(vm, item)?;
    let mut data = ba.data.lock();
    let len = data.len() as i64;
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    };
    data.insert(at as usize, b);
    Ok(Value::None)
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ba = this_bytearray(vm, &args, "pop")?;
    let at = match args.pos {
        [_] => -1,
        [_, at] => super::modutil::to_i64(vm, at)?,
        _ => {
            return Err(vm.type_error(format!(
                "pop expected at most 1 argument, got {}",
                args.pos.len() - 1
            )))
        }
    };
    let mut data = ba.data.lock();
    if data.is_empty() {
        return Err(vm.new_error("IndexError", "pop from empty bytearray"));
    }
    let len = data.len() as i64;
    let i = if at < 0 { at + len } else { at };
    if !(0..len).contains(&i) {
        return Err(vm.new_error("IndexError", "pop index out of range"));
    }
    Ok(Value::Int(data.remove(i as usize) as i64))
}

fn bytearray_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ba = this_bytearray(vm, &args, "remove")?;
    let [_, item] = args.pos else {
        return Err(vm.type_error(format!(
            "bytearray.remove() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let b = bytearray_item(vm, item)?;
    let mut data = ba.data.lock();
    match data.iter().position(|&x| x == b) {
        Some(i) => {
            data.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn bytearray_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "reverse")?;
    this_bytearray(vm, &args, "reverse")?.data.lock().reverse();
    Ok(Value::None)
}

fn bytearray_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "clear")?;
    this_bytearray(vm, &args, "clear")?.data.lock().clear();
    Ok(Value::None)
}

fn bytearray_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "copy")?;
    let data = this_bytearray(vm, &args, "copy")?.data.lock().clone();
    Ok(Value::bytearray(data))
}

fn no_arguments(vm: &Vm, args: &Args, method: &str) -> PyResult<()> {
    match args.pos.len() {
        0 | 1 => Ok(()),
        n => Err(vm.type_error(format!(
            "bytearray.{method}() takes no arguments ({} given)",
            n - 1
        ))),
    }
}

/// `bytearray(...)`: the same arguments as `bytes(...)`.
pub fn new_bytearray(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = new_bytes(vm, args)?;
    Ok(Value::bytearray(b.as_bytes().unwrap_or_default().to_vec()))
}

fn this_bytearray<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a PyByteArray> {
    args.pos
        .first()
        .and_then(|v| v.native::<PyByteArray>())
        .ok_or_else(|| vm.descriptor_error("bytearray", method, args.pos.first()))
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ba = this_bytearray(vm, &args, "append")?;
    let [_, item] = args.pos else {
        return Err(vm.type_error(format!(
            "bytearray.append() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let b = bytearray_item(vm, item)?;
    ba.data.lock().push(b);
    Ok(Value::None)
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ba = this_bytearray(vm, &args, "extend")?;
    let [_, src] = args.pos else {
        return Err(vm.type_error(format!(
            "bytearray.extend() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let more = match src.with_byte_content(<[u8]>::to_vec) {
        Some(b) => b,
        None => {
            let items = vm.collect_iterable(src).map_err(|e| {
                if e.is("TypeError") {
                    vm.type_error(format!("can't extend bytearray with {}", src.type_name()))
                } else {
                    e
                }
            })?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(byte_value(vm, item)?);
            }
            out
        }
    };
    ba.data.lock().extend_from_slice(&more);
    Ok(Value::None)
}

const BYTES_METHODS: &[(&str, NativeFn)] = &[
    ("decode", bytes_decode),
    ("hex", bytes_hex),
    ("fromhex", bytes_fromhex),
    ("split", bytes_split),
    ("join", bytes_join),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("find", bytes_find),
    ("rfind", bytes_rfind),
    ("index", bytes_index),
    ("rindex", bytes_rindex),
    ("count", bytes_count),
    ("replace", bytes_replace),
    ("strip", bytes_strip),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
];

/// The exception for a failed encode (of the str `object`) or decode (of the bytes
/// `object`): a UnicodeEncodeError or UnicodeDecodeError carrying CPython's five
/// arguments, or a LookupError.
pub fn codec_error(e: EncodeError, object: &Value) -> PyErr {
    match e {
        EncodeError::Unicode(f) => {
            let class = if matches!(object, Value::Str(_)) {
                "UnicodeEncodeError"
            } else {
                "UnicodeDecodeError"
            };
            PyException::construct(
                exception_type(class),
                vec![
                    Value::str(f.encoding),
                    object.clone(),
                    Value::Int(f.start as i64),
                    Value::Int(f.end as i64),
                    Value::str(f.reason),
                ],
            )
        }
        EncodeError::Lookup(m) => error("LookupError", m),
    }
}

/// The `encoding` and `errors` arguments at positions `i` and `i + 1` (or by keyword).
fn codec_args(vm: &Vm, method: &str, args: &Args, i: usize) -> PyResult<(String, String)> {
    let get = |k: usize, name: &str, default: &str| -> PyResult<String> {
        match args.pos.get(k).or_else(|| kwarg(args, name)) {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{method}() argument '{name}' must be str, not {}",
                other.type_name()
            ))),
        }
    };
    Ok((
        get(i, "encoding", "utf-8")?,
        get(i + 1, "errors", "strict")?,
    ))
}

/// `str(object, encoding='utf-8', errors='strict')` once an argument besides the object
/// is given: decodes a bytes-like object.
pub fn str_decoding(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if given > 3 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({given} given)")));
    }
    for (k, _) in args.kw {
        if !matches!(k.as_str(), "object" | "encoding" | "errors") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for str()",
                k.as_str()
            )));
        }
    }
    let obj = args.pos.first().or_else(|| kwarg(args, "object")).cloned();
    let decoding =
        args.pos.len() > 1 || kwarg(args, "encoding").or(kwarg(args, "errors")).is_some();
    let Some(obj) = obj else {
        return Ok(Value::str(""));
    };
    if !decoding {
        return Ok(Value::str(vm.str(&obj)?));
    }
    let (encoding, errors) = codec_args(vm, "str", args, 1)?;
    if let Value::Str(_) = obj {
        return Err(vm.type_error("decoding str is not supported"));
    }
    let Some(decoded) = obj.with_byte_content(|data| {
        str_ops::decode(data, &encoding, &errors)
            .map_err(|e| codec_error(e, &Value::bytes(data.to_vec())))
    }) else {
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            obj.type_name()
        )));
    };
    decoded.map(Value::str)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.pos.first().map(|v| v.base_value().unwrap_or(v)) else {
        return Err(vm.descriptor_error("str", "encode", args.pos.first()));
    };
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "encode() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let (encoding, errors) = codec_args(vm, "encode", &args, 1)?;
    str_ops::encode(s.as_str(), &encoding, &errors)
        .map(Value::bytes)
        .map_err(|e| codec_error(e, &Value::Str(s.clone())))
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(bytes)`, `bytes(str, encoding)`.
pub fn new_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
            args.pos.len()
        )));
    }
    let source = args.pos.first().or_else(|| kwarg(&args, "source"));
    let has_codec = args.pos.len() > 1 || kwarg(&args, "encoding").is_some();
    match source {
        None => Ok(Value::bytes(Vec::new())),
        Some(Value::Str(s)) => {
            if !has_codec {
                return Err(vm.type_error("string argument without an encoding"));
            }
            let (encoding, errors) = codec_args(vm, "bytes", &args, 1)?;
            str_ops::encode(s.as_str(), &encoding, &errors)
                .map(Value::bytes)
                .map_err(|e| codec_error(e, &Value::Str(s.clone())))
        }
        Some(_) if has_codec => Err(vm.type_error("encoding without a string argument")),
        Some(v) if v.as_bytes().is_some() => Ok(v.clone()),
        Some(v) if v.native::<PyByteArray>().is_some() => Ok(Value::bytes(
            v.with_byte_content(<[u8]>::to_vec).unwrap_or_default(),
        )),
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            Ok(Value::bytes(vec![0u8; *n as usize]))
        }
        Some(v) => {
            if vm.get_iter(v).is_err() {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    v.type_name()
                )));
            }
            let items = vm.collect_iterable(v)?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(byte_value(vm, item)?);
            }
            Ok(Value::bytes(out))
        }
    }
}

/// One element of a bytes sequence: an int in `range(0, 256)`.
fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    match v {
        Value::Int(n) => {
            u8::try_from(*n).map_err(|_| vm.value_error("bytes must be in range(0, 256)"))
        }
        Value::Bool(b) => Ok(*b as u8),
        Value::BigInt(_) => Err(vm.value_error("bytes must be in range(0, 256)")),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a [u8]> {
    args.pos
        .first()
        .and_then(Value::as_bytes)
        .ok_or_else(|| vm.descriptor_error("bytes", method, args.pos.first()))
}

/// A bytes-like argument, or CPython's TypeError naming what was passed instead.
fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    v.as_bytes().ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// Checks that the method got between `min` and `max` arguments after `self`.
fn arg_count(vm: &Vm, method: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if n < min || n > max {
        let msg = if min == max && min == 0 {
            format!("bytes.{method}() takes no arguments ({n} given)")
        } else if min == max {
            format!("{method}() takes exactly one argument ({n} given)")
        } else if n < min {
            format!("{method} expected at least {min} argument, got {n}")
        } else {
            format!("{method} expected at most {max} arguments, got {n}")
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "decode")?;
    let (encoding, errors) = codec_args(vm, "decode", &args, 1)?;
    str_ops::decode(data, &encoding, &errors)
        .map(Value::str)
        .map_err(|e| codec_error(e, &Value::bytes(data.to_vec())))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: a separator every `bytes_per_sep` bytes,
/// counted from the right (from the left when negative).
fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "hex")?;
    arg_count(vm, "hex", &args, 0, 2)?;
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let sep = match args.pos.get(1).or_else(|| kwarg(&args, "sep")) {
        None | Some(Value::None) => return Ok(Value::str(digits.concat())),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => match other.as_bytes() {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => {
                // CPython measures the separator before checking its type.
                return Err(vm.type_error(format!(
                    "object of type '{}' has no len()",
                    other.type_name()
                )));
            }
        },
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match args.pos.get(2).or_else(|| kwarg(&args, "bytes_per_sep")) {
        None => 1,
        Some(Value::Int(n)) => *n,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let group = per.unsigned_abs().max(1) as usize;
    if per == 0 {
        return Ok(Value::str(digits.concat()));
    }
    // Grouping from the right leaves the short group at the start.
    let first = match data.len() % group {
        0 => group,
        r if per > 0 => r,
        _ => group,
    };
    let mut out = String::with_capacity(digits.len() * 3);
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (i == first || (i > first && (i - first) % group == 0)) {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(Value::str(out))
}

/// `bytes.fromhex(s)`: pairs of hex digits, with whitespace allowed between pairs.
fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = match args.pos {
        [Value::Str(s)] | [_, Value::Str(s)] => s.as_str(),
        [other] | [_, other] => {
            return Err(vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                other.type_name()
            )))
        }
        _ => return Err(vm.type_error("fromhex() takes exactly one argument")),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let digit = |k: usize| chars.get(k).and_then(|c| c.to_digit(16));
        let (Some(hi), Some(lo)) = (digit(i), digit(i + 1)) else {
            let at = if digit(i).is_none() { i } else { i + 1 };
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {at}"
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(Value::bytes(out))
}

fn bytes_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "split")?;
    let sep = args.pos.get(1).or_else(|| kwarg(&args, "sep"));
    let maxsplit = match args.pos.get(2).or_else(|| kwarg(&args, "maxsplit")) {
        None => -1,
        Some(Value::Int(n)) => *n,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        None | Some(Value::None) => {
            let mut rest = data;
            loop {
                let start = rest.iter().position(|b| !is_space(b));
                let Some(start) = start else { break };
                rest = &rest[start..];
                if left == 0 {
                    parts.push(Value::bytes(rest.to_vec()));
                    break;
                }
                let end = rest.iter().position(is_space).unwrap_or(rest.len());
                parts.push(Value::bytes(rest[..end].to_vec()));
                rest = &rest[end..];
                left -= 1;
            }
        }
        Some(s) => {
            let sep = bytes_arg(vm, s)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut start = 0;
            while left > 0 {
                let Some(at) = find(data, sep, start) else {
                    break;
                };
                parts.push(Value::bytes(data[start..at].to_vec()));
                start = at + sep.len();
                left -= 1;
            }
            parts.push(Value::bytes(data[start..].to_vec()));
        }
    }
    Ok(Value::list(parts))
}

fn bytes_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?.to_vec();
    arg_count(vm, "join", &args, 1, 1)?;
    let items = vm.collect_iterable(&args.pos[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        if item
            .with_byte_content(|b| out.extend_from_slice(b))
            .is_none()
        {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.type_name()
            )));
        }
    }
    Ok(Value::bytes(out))
}

fn affix(vm: &mut Vm, args: Args, method: &str, at_end: bool) -> PyResult<Value> {
    let data = this(vm, &args, method)?;
    let window = window_args(vm, data, &args, method)?;
    let matches = |p: &[u8]| {
        window.is_some_and(|(hay, _)| {
            if at_end {
                hay.ends_with(p)
            } else {
                hay.starts_with(p)
            }
        })
    };
    match &args.pos[1] {
        Value::Tuple(t) => {
            for item in t.items.iter() {
                if matches(bytes_arg(vm, item)?) {
                    return Ok(Value::from(true));
                }
            }
            Ok(Value::from(false))
        }
        other => match other.as_bytes() {
            Some(p) => Ok(Value::from(matches(p))),
            None => Err(vm.type_error(format!(
                "{method} first arg must be bytes or a tuple of bytes, not {}",
                other.type_name()
            ))),
        },
    }
}

fn bytes_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// The subsequence argument of `find`/`count`: bytes, or a single byte as an int.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(_) | Value::Bool(_) => byte_value(vm, v)
            .map(|b| vec![b])
            .map_err(|_| vm.value_error("byte must be in range(0, 256)")),
        other => match other.as_bytes() {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                other.type_name()
            ))),
        },
    }
}

/// A searched slice and its offset in the whole data; `None` when `start > end`.
type Window<'a> = Option<(&'a [u8], usize)>;

/// The needle and the `[start, end)` window of a search method's arguments.
fn search_args<'a>(
    vm: &Vm,
    data: &'a [u8],
    args: &Args,
    method: &str,
) -> PyResult<(Vec<u8>, Window<'a>)> {
    let window = window_args(vm, data, args, method)?;
    Ok((needle(vm, &args.pos[1])?, window))
}

/// The `[start[, end]]` arguments after the first of a searching method, as the window
/// of `data` they select.
fn window_args<'a>(vm: &Vm, data: &'a [u8], args: &Args, method: &str) -> PyResult<Window<'a>> {
    // These parse their arguments by hand in CPython, hence messages unlike `arg_count`'s.
    match args.pos.len().saturating_sub(1) {
        0 => return Err(vm.type_error(format!("{method}() takes at least 1 argument (0 given)"))),
        n if n > 3 => {
            return Err(vm.type_error(format!("{method}() takes at most 3 arguments ({n} given)")))
        }
        _ => {}
    }
    let bound = |i: usize| match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    };
    let (start, end) = str_ops::adjust_indices(data.len(), bound(2)?, bound(3)?);
    if start > end {
        return Ok(None);
    }
    Ok(Some((&data[start as usize..end as usize], start as usize)))
}

/// Where `sub` occurs first (or last) in the window, as an index into the whole data.
fn search(vm: &Vm, args: &Args, method: &'static str, last: bool) -> PyResult<Option<usize>> {
    let data = this(vm, args, method)?;
    let (sub, window) = search_args(vm, data, args, method)?;
    let Some((hay, base)) = window else {
        return Ok(None);
    };
    let found = if last {
        (0..=hay.len().saturating_sub(sub.len()))
            .rev()
            .find(|&i| hay.len() >= sub.len() && hay[i..i + sub.len()] == sub[..])
    } else {
        find(hay, &sub, 0)
    };
    Ok(found.map(|i| i + base))
}

fn found_or_minus_one(found: Option<usize>) -> Value {
    Value::Int(found.map_or(-1, |i| i as i64))
}

fn found_or_error(vm: &Vm, found: Option<usize>) -> PyResult<Value> {
    found
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| vm.value_error("subsection not found"))
}

fn bytes_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "find", false).map(found_or_minus_one)
}

fn bytes_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "rfind", true).map(found_or_minus_one)
}

fn bytes_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = search(vm, &args, "index", false)?;
    found_or_error(vm, found)
}

fn bytes_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = search(vm, &args, "rindex", true)?;
    found_or_error(vm, found)
}

fn bytes_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "count")?;
    let (sub, window) = search_args(vm, data, &args, "count")?;
    let Some((hay, _)) = window else {
        return Ok(Value::Int(0));
    };
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut start) = (0, 0);
    while let Some(at) = find(hay, &sub, start) {
        n += 1;
        start = at + sub.len();
    }
    Ok(Value::Int(n))
}

fn bytes_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "replace")?;
    arg_count(vm, "replace", &args, 2, 3)?;
    let old = bytes_arg(vm, &args.pos[1])?;
    let new = bytes_arg(vm, &args.pos[2])?;
    let mut left = match args.pos.get(3) {
        None => usize::MAX,
        Some(Value::Int(n)) if *n < 0 => usize::MAX,
        Some(Value::Int(n)) => *n as usize,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let mut out = Vec::with_capacity(data.len());
    let mut start = 0;
    while left > 0 && start <= data.len() {
        let Some(at) = find(data, old, start) else {
            break;
        };
        out.extend_from_slice(&data[start..at]);
        out.extend_from_slice(new);
        left -= 1;
        if old.is_empty() {
            // An empty pattern matches between every pair of bytes.
            if let Some(&b) = data.get(at) {
                out.push(b);
            }
            start = at + 1;
        } else {
            start = at + old.len();
        }
    }
    if start <= data.len() {
        out.extend_from_slice(&data[start..]);
    }
    Ok(Value::bytes(out))
}

fn bytes_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "strip")?;
    arg_count(vm, "strip", &args, 0, 1)?;
    let chars: Option<&[u8]> = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |b: &u8| match chars {
        Some(set) => set.contains(b),
        None => is_space(b),
    };
    let start = data.iter().position(|b| !strip(b)).unwrap_or(data.len());
    let end = data
        .iter()
        .rposition(|b| !strip(b))
        .map_or(start, |i| i + 1);
    Ok(Value::bytes(data[start..end.max(start)].to_vec()))
}

fn bytes_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "upper")?;
    arg_count(vm, "upper", &args, 0, 0)?;
    Ok(Value::bytes(data.to_ascii_uppercase()))
}

fn bytes_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "lower")?;
    arg_count(vm, "lower", &args, 0, 0)?;
    Ok(Value::bytes(data.to_ascii_lowercase()))
}

/// Python's ASCII whitespace, which unlike Rust's includes the vertical tab.
fn is_space(b: &u8) -> bool {
    b.is_ascii_whitespace() || *b == 0x0b
}
