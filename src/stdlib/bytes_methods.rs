//! The `bytes` type: its constructor, methods, and `str.encode`.

use std::sync::{Arc, OnceLock};

use super::descriptors::add_methods;
use super::modutil::kwarg;
use super::percent_format::{PercentArg, PercentSource};
use super::str_methods::PercentOperand;
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
                "lstrip": bytes_lstrip,
                "rstrip": bytes_rstrip,
                "upper": bytes_upper,
                "lower": bytes_lower,
                "rsplit": bytes_rsplit,
                "partition": bytes_partition,
                "rpartition": bytes_rpartition,
                "splitlines": bytes_splitlines,
                "removeprefix": bytes_removeprefix,
                "removesuffix": bytes_removesuffix,
                "ljust": bytes_ljust,
                "rjust": bytes_rjust,
                "center": bytes_center,
                "zfill": bytes_zfill,
                "isdigit": bytes_isdigit,
                "isalpha": bytes_isalpha,
                "isalnum": bytes_isalnum,
                "isspace": bytes_isspace,
                "isascii": bytes_isascii,
                "islower": bytes_islower,
                "isupper": bytes_isupper,
                "istitle": bytes_istitle,
                "capitalize": bytes_capitalize,
                "swapcase": bytes_swapcase,
                "title": bytes_title,
                "expandtabs": bytes_expandtabs,
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
        Value::Tuple(t) => Value::tuple(t.items.iter().cloned().map(bytes_to_bytearray).collect()),
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
    ("lstrip", bytes_lstrip),
    ("rstrip", bytes_rstrip),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("rsplit", bytes_rsplit),
    ("partition", bytes_partition),
    ("rpartition", bytes_rpartition),
    ("splitlines", bytes_splitlines),
    ("removeprefix", bytes_removeprefix),
    ("removesuffix", bytes_removesuffix),
    ("ljust", bytes_ljust),
    ("rjust", bytes_rjust),
    ("center", bytes_center),
    ("zfill", bytes_zfill),
    ("isdigit", bytes_isdigit),
    ("isalpha", bytes_isalpha),
    ("isalnum", bytes_isalnum),
    ("isspace", bytes_isspace),
    ("isascii", bytes_isascii),
    ("islower", bytes_islower),
    ("isupper", bytes_isupper),
    ("istitle", bytes_istitle),
    ("capitalize", bytes_capitalize),
    ("swapcase", bytes_swapcase),
    ("title", bytes_title),
    ("expandtabs", bytes_expandtabs),
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
            format!("bytes.{method}() takes exactly one argument ({n} given)")
        } else if n < min {
            let s = if min == 1 { "" } else { "s" };
            format!("{method} expected at least {min} argument{s}, got {n}")
        } else {
            let s = if max == 1 { "" } else { "s" };
            format!("{method} expected at most {max} argument{s}, got {n}")
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
    split_method(vm, &args, "split", false)
}

fn bytes_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_method(vm, &args, "rsplit", true)
}

/// `split`/`rsplit(sep=None, maxsplit=-1)`. `rsplit` splits the reversed bytes by the
/// reversed separator and reverses the pieces back.
fn split_method(vm: &mut Vm, args: &Args, method: &str, from_right: bool) -> PyResult<Value> {
    let data = this(vm, args, method)?;
    let sep = args.pos.get(1).or_else(|| kwarg(args, "sep"));
    let maxsplit = match args.pos.get(2).or_else(|| kwarg(args, "maxsplit")) {
        None => -1,
        Some(Value::Int(n)) => *n,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(s) => {
            let sep = bytes_arg(vm, s)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(sep.to_vec())
        }
    };
    let flip = |b: &[u8]| -> Vec<u8> {
        if from_right {
            b.iter().rev().copied().collect()
        } else {
            b.to_vec()
        }
    };
    let data = flip(data);
    let sep = sep.map(|s| flip(&s));
    let mut parts: Vec<Value> = split_bytes(&data, sep.as_deref(), left)
        .into_iter()
        .map(|p| Value::bytes(flip(p)))
        .collect();
    if from_right {
        parts.reverse();
    }
    Ok(Value::list(parts))
}

/// Splits at most `left` times at `sep`, or at runs of whitespace.
fn split_bytes<'a>(data: &'a [u8], sep: Option<&[u8]>, mut left: usize) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut rest = data;
            loop {
                let start = rest.iter().position(|b| !is_space(b));
                let Some(start) = start else { break };
                rest = &rest[start..];
                if left == 0 {
                    parts.push(rest);
                    break;
                }
                let end = rest.iter().position(is_space).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = &rest[end..];
                left -= 1;
            }
        }
        Some(sep) => {
            let mut start = 0;
            while left > 0 {
                let Some(at) = find(data, sep, start) else {
                    break;
                };
                parts.push(&data[start..at]);
                start = at + sep.len();
                left -= 1;
            }
            parts.push(&data[start..]);
        }
    }
    parts
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
    strip_sides(vm, args, "strip", true, true)
}

fn bytes_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_sides(vm, args, "lstrip", true, false)
}

fn bytes_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_sides(vm, args, "rstrip", false, true)
}

/// `strip`/`lstrip`/`rstrip`: drops the given bytes (ASCII whitespace by default)
/// from the chosen ends.
fn strip_sides(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let data = this(vm, &args, name)?;
    arg_count(vm, name, &args, 0, 1)?;
    let chars: Option<&[u8]> = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |b: &u8| match chars {
        Some(set) => set.contains(b),
        None => is_space(b),
    };
    let start = if left {
        data.iter().position(|b| !strip(b)).unwrap_or(data.len())
    } else {
        0
    };
    let end = if right {
        data.iter()
            .rposition(|b| !strip(b))
            .map_or(start, |i| i + 1)
    } else {
        data.len()
    };
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

fn bytes_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(vm, &args, "partition", false)
}

fn bytes_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(vm, &args, "rpartition", true)
}

/// `(head, sep, tail)` around the first (or last) `sep`; without one, the bytes go
/// in the head (or the tail).
fn partition(vm: &mut Vm, args: &Args, method: &str, last: bool) -> PyResult<Value> {
    let data = this(vm, args, method)?;
    arg_count(vm, method, args, 1, 1)?;
    let sep = bytes_arg(vm, &args.pos[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let at = if last {
        (0..=data.len().saturating_sub(sep.len()))
            .rev()
            .find(|&i| data.len() >= sep.len() && data[i..].starts_with(sep))
    } else {
        find(data, sep, 0)
    };
    let b = |s: &[u8]| Value::bytes(s.to_vec());
    Ok(Value::tuple(match at {
        Some(i) => vec![b(&data[..i]), b(sep), b(&data[i + sep.len()..])],
        None if last => vec![b(b""), b(b""), b(data)],
        None => vec![b(data), b(b""), b(b"")],
    }))
}

/// `splitlines(keepends=False)`: at \n, \r and \r\n only, unlike str's.
fn bytes_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "splitlines")?;
    let keep = match args.pos.get(1).or_else(|| kwarg(&args, "keepends")) {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        lines.push(Value::bytes(data[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < data.len() {
        lines.push(Value::bytes(data[start..].to_vec()));
    }
    Ok(Value::list(lines))
}

fn bytes_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "removeprefix")?;
    arg_count(vm, "removeprefix", &args, 1, 1)?;
    let prefix = bytes_arg(vm, &args.pos[1])?;
    Ok(Value::bytes(
        data.strip_prefix(prefix).unwrap_or(data).to_vec(),
    ))
}

fn bytes_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "removesuffix")?;
    arg_count(vm, "removesuffix", &args, 1, 1)?;
    let suffix = bytes_arg(vm, &args.pos[1])?;
    Ok(Value::bytes(
        data.strip_suffix(suffix).unwrap_or(data).to_vec(),
    ))
}

/// The `(width[, fillbyte])` of ljust/rjust/center: how many fill bytes to add, and
/// the fill byte.
fn pad_args(vm: &mut Vm, args: &Args, method: &str) -> PyResult<(usize, u8)> {
    let data = this(vm, args, method)?;
    arg_count(vm, method, args, 1, 2)?;
    let width = super::modutil::to_i64(vm, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(v) => match v.with_byte_content(|b| (b.len() == 1).then(|| b[0])) {
            Some(Some(b)) => b,
            _ => {
                return Err(vm.type_error(format!(
                    "{method}() argument 2 must be a byte string of length 1, not {}",
                    v.type_name()
                )))
            }
        },
    };
    Ok(((width.max(0) as usize).saturating_sub(data.len()), fill))
}

fn padded(data: &[u8], left: usize, right: usize, fill: u8) -> Value {
    let mut out = vec![fill; left];
    out.extend_from_slice(data);
    out.resize(out.len() + right, fill);
    Value::bytes(out)
}

fn bytes_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, fill) = pad_args(vm, &args, "ljust")?;
    Ok(padded(this(vm, &args, "ljust")?, 0, n, fill))
}

fn bytes_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, fill) = pad_args(vm, &args, "rjust")?;
    Ok(padded(this(vm, &args, "rjust")?, n, 0, fill))
}

/// Centred as CPython does it: the odd byte goes left when the width is odd
/// and the bytes' length even.
fn bytes_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, fill) = pad_args(vm, &args, "center")?;
    let data = this(vm, &args, "center")?;
    let width = data.len() + n;
    let left = n / 2 + (n & width & 1);
    Ok(padded(data, left, n - left, fill))
}

fn bytes_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "zfill")?;
    arg_count(vm, "zfill", &args, 1, 1)?;
    let width = super::modutil::to_i64(vm, &args.pos[1])?.max(0) as usize;
    let n = width.saturating_sub(data.len());
    let mut out = vec![b'0'; n];
    out.extend_from_slice(data);
    if n > 0 && matches!(data.first(), Some(b'+' | b'-')) {
        out.swap(0, n);
    }
    Ok(Value::bytes(out))
}

/// A predicate method true when the bytes are non-empty and every byte passes `test`.
fn all_bytes(vm: &mut Vm, args: &Args, method: &str, test: fn(&u8) -> bool) -> PyResult<Value> {
    let data = this(vm, args, method)?;
    arg_count(vm, method, args, 0, 0)?;
    Ok(Value::from(!data.is_empty() && data.iter().all(test)))
}

fn bytes_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_bytes(vm, &args, "isdigit", u8::is_ascii_digit)
}

fn bytes_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_bytes(vm, &args, "isalpha", u8::is_ascii_alphabetic)
}

fn bytes_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_bytes(vm, &args, "isalnum", u8::is_ascii_alphanumeric)
}

fn bytes_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_bytes(vm, &args, "isspace", is_space)
}

/// `isascii` is also true of empty bytes.
fn bytes_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "isascii")?;
    arg_count(vm, "isascii", &args, 0, 0)?;
    Ok(Value::from(data.is_ascii()))
}

/// islower/isupper: some cased byte, and none of the other case.
fn cased(vm: &mut Vm, args: &Args, method: &str, upper: bool) -> PyResult<Value> {
    let data = this(vm, args, method)?;
    arg_count(vm, method, args, 0, 0)?;
    let (upper_count, lower_count) = (
        data.iter().filter(|b| b.is_ascii_uppercase()).count(),
        data.iter().filter(|b| b.is_ascii_lowercase()).count(),
    );
    let (want, other) = if upper {
        (upper_count, lower_count)
    } else {
        (lower_count, upper_count)
    };
    Ok(Value::from(want > 0 && other == 0))
}

fn bytes_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased(vm, &args, "islower", false)
}

fn bytes_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased(vm, &args, "isupper", true)
}

/// Title case: each run of letters starts upper case and goes on lower case.
fn titled(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&b| {
            let out = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn bytes_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "istitle")?;
    arg_count(vm, "istitle", &args, 0, 0)?;
    Ok(Value::from(
        data.iter().any(u8::is_ascii_alphabetic) && titled(data) == data,
    ))
}

fn bytes_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "title")?;
    arg_count(vm, "title", &args, 0, 0)?;
    Ok(Value::bytes(titled(data)))
}

fn bytes_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "capitalize")?;
    arg_count(vm, "capitalize", &args, 0, 0)?;
    let mut out = data.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    Ok(Value::bytes(out))
}

fn bytes_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "swapcase")?;
    arg_count(vm, "swapcase", &args, 0, 0)?;
    Ok(Value::bytes(
        data.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect::<Vec<u8>>(),
    ))
}

fn bytes_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this(vm, &args, "expandtabs")?;
    let size = match args.pos.get(1).or_else(|| kwarg(&args, "tabsize")) {
        Some(v) => super::modutil::to_i64(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut column = 0i64;
    for &b in data {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.resize(out.len() + n as usize, b' ');
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(Value::bytes(out))
}

/// `bytes % operand` (and bytearray's): None when `template` is a memoryview, which
/// has no `%`.
pub fn percent_format(vm: &mut Vm, template: &Value, operand: &Value) -> Option<PyResult<Value>> {
    if template
        .native::<crate::stdlib::memoryview::MemoryView>()
        .is_some()
    {
        return None;
    }
    let text: String = template.with_byte_content(|b| b.iter().map(|&c| c as char).collect())?;
    let mut source = BytesPercent(PercentOperand { vm, operand });
    let result = super::percent_format::percent_format(&text, &mut source)
        .map(|s| s.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>());
    Some(result.map(|data| match template.native::<PyByteArray>() {
        Some(_) => Value::bytearray(data),
        None => Value::bytes(data),
    }))
}

/// The operand of `bytes % operand`: `%s`/`%b` take bytes-like objects (or
/// `__bytes__`), `%r`/`%a` an ASCII repr, `%c` one byte, and keys are bytes. The
/// engine works on text, each byte standing for the char of the same number.
struct BytesPercent<'a>(PercentOperand<'a>);

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

impl PercentSource for BytesPercent<'_> {
    type Value = Value;
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        self.0.tuple_len()
    }

    fn is_mapping(&self) -> bool {
        match self.0.operand {
            Value::Tuple(_) | Value::Str(_) => false,
            v if v.with_byte_content(|_| ()).is_some() => false,
            _ => self.0.is_mapping(),
        }
    }

    fn item(&mut self, index: usize) -> Value {
        self.0.item(index)
    }

    fn whole(&mut self) -> Value {
        self.0.whole()
    }

    fn by_key(&mut self, key: &str) -> PyResult<Value> {
        let operand = self.0.operand.clone();
        let key: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
        self.0.vm.get_item(&operand, &Value::bytes(key))
    }

    fn star_int(&mut self, value: &Value) -> PyResult<Option<i64>> {
        self.0.star_int(value)
    }

    fn is_bytes(&self) -> bool {
        true
    }

    fn convert(&mut self, value: Value, conversion: char) -> PyResult<PercentArg> {
        let vm = &mut *self.0.vm;
        match conversion {
            's' | 'b' => {
                if let Some(text) = value.with_byte_content(latin1) {
                    return Ok(PercentArg::Str(text));
                }
                if let Some(r) = vm.call_user_method(&value, "__bytes__", &[])? {
                    if let Some(text) = r.with_byte_content(latin1) {
                        return Ok(PercentArg::Str(text));
                    }
                }
                Err(vm.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    value.type_name()
                )))
            }
            'r' | 'a' => Ok(PercentArg::Str(crate::vm::eval::ascii_escape(
                &vm.repr(&value)?,
            ))),
            'c' => {
                if let Some(Some(b)) = value.with_byte_content(|b| (b.len() == 1).then(|| b[0])) {
                    return Ok(PercentArg::Str((b as char).to_string()));
                }
                match value {
                    Value::Int(n) if (0..256).contains(&n) => {
                        Ok(PercentArg::Str((n as u8 as char).to_string()))
                    }
                    Value::Int(_) => Err(vm.new_error("OverflowError", "%c arg not in range(256)")),
                    _ => {
                        Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
                    }
                }
            }
            _ => self.0.convert(value, conversion),
        }
    }
}
