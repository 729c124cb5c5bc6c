//! The `builtins` namespace: functions, constructors of the built-in types, and the
//! exception classes.

use std::borrow::Cow;
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{Num, Signed, ToPrimitive, Zero};

use super::generic_alias::GenericAlias;
use super::union_type::union_members;
use super::{
    builtins_exec, builtins_import, builtins_iter, builtins_match, builtins_numeric,
    builtins_object, descriptors, dict_methods, iterators,
};
use crate::objects::dict::PyDict;
use crate::objects::exception::error;
use crate::objects::float;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::range::PyRange;
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::{BoolWord, Value};
use crate::vm::call::plural;
use crate::vm::ops::{float_error, int_max_str_digits};
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    (".match_class", builtins_match::match_class),
    (".match_map", builtins_match::match_map),
    (".match_seq", builtins_match::match_seq),
    ("abs", builtin_abs),
    ("aiter", super::builtins_async::builtin_aiter),
    ("all", builtins_iter::builtin_all),
    ("anext", super::builtins_async::builtin_anext),
    ("any", builtins_iter::builtin_any),
    ("ascii", builtins_object::builtin_ascii),
    ("bin", builtins_numeric::builtin_bin),
    ("callable", builtins_object::builtin_callable),
    ("compile", builtins_exec::builtin_compile),
    ("chr", builtins_numeric::builtin_chr),
    ("delattr", builtins_object::builtin_delattr),
    ("dir", builtins_object::builtin_dir),
    ("divmod", builtins_numeric::builtin_divmod),
    ("__import__", builtins_import::builtin_import),
    ("eval", builtins_exec::builtin_eval),
    ("exec", builtins_exec::builtin_exec),
    ("format", builtins_object::builtin_format),
    ("getattr", builtins_object::builtin_getattr),
    ("globals", builtins_exec::builtin_globals),
    ("hasattr", builtins_object::builtin_hasattr),
    ("hash", builtins_object::builtin_hash),
    ("hex", builtins_numeric::builtin_hex),
    ("id", builtins_object::builtin_id),
    ("input", builtins_object::builtin_input),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtins_object::builtin_issubclass),
    ("iter", builtins_iter::builtin_iter),
    ("len", builtin_len),
    ("locals", builtins_exec::builtin_locals),
    ("max", builtin_max),
    ("min", builtin_min),
    ("next", builtins_iter::builtin_next),
    ("oct", builtins_numeric::builtin_oct),
    ("open", super::io::builtin_open),
    ("ord", builtins_numeric::builtin_ord),
    ("pow", builtins_numeric::builtin_pow),
    ("print", builtin_print),
    ("repr", builtin_repr),
    ("round", builtins_numeric::builtin_round),
    ("setattr", builtins_object::builtin_setattr),
    ("sorted", builtins_iter::builtin_sorted),
    ("sum", builtins_iter::builtin_sum),
    ("vars", builtins_object::builtin_vars),
];

pub fn make_builtins() -> Arc<PyDict> {
    let d = PyDict::new();
    for &(name, func) in FUNCTIONS {
        d.set_str(&PyStr::new(name), Value::Builtin(Builtin::new(name, func)));
    }
    let t = types();
    for ty in [
        &t.object,
        &t.type_,
        &t.bool,
        &t.int,
        &t.float,
        &t.str,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.property,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
    ] {
        d.set_str(&PyStr::new(ty.name.as_str()), Value::Type(ty.clone()));
    }
    for (name, ty) in &t.exceptions {
        d.set_str(&PyStr::new(*name), Value::Type(ty.clone()));
    }
    // The names OSError replaced in 3.3, still its aliases.
    for alias in ["IOError", "EnvironmentError"] {
        d.set_str(
            &PyStr::new(alias),
            Value::Type(crate::objects::types::exception_type("OSError")),
        );
    }
    let it = iterators::iterator_types();
    for ty in [&it.enumerate, &it.zip, &it.map, &it.filter, &it.reversed] {
        d.set_str(&PyStr::new(ty.name.as_str()), Value::Type(ty.clone()));
    }
    d.set_str(
        &PyStr::new("Ellipsis"),
        crate::objects::instance::ellipsis(),
    );
    for ty in [
        super::bytes_methods::bytes_type(),
        super::bytes_methods::bytearray_type(),
        super::memoryview::memoryview_type(),
        super::complex::complex_type(),
    ] {
        d.set_str(&PyStr::new(ty.name.as_str()), Value::Type(ty.clone()));
    }
    d.set_str(
        &PyStr::new("NotImplemented"),
        Value::new_native(crate::objects::instance::NotImplementedType),
    );
    d
}

/// What calling a built-in type does, if it can be called.
pub fn constructor(t: &PyType) -> Option<NativeFn> {
    Some(match t.name.as_str() {
        "bool" => new_bool,
        "int" => new_int,
        "float" => new_float,
        "str" => new_str,
        "tuple" => new_tuple,
        "list" => new_list,
        "range" => new_range,
        "type" => crate::vm::class::new_type,
        "object" => descriptors::new_object,
        "dict" => dict_methods::new_dict,
        "set" => super::set_methods::new_set,
        "frozenset" => super::set_methods::new_frozenset,
        "slice" => crate::vm::slice::new_slice,
        "complex" => super::complex::new_complex,
        "enumerate" => iterators::new_enumerate,
        "zip" => iterators::new_zip,
        "map" => iterators::new_map,
        "filter" => iterators::new_filter,
        "reversed" => iterators::new_reversed,
        "super" => descriptors::new_super,
        "property" => descriptors::new_property,
        "staticmethod" => descriptors::new_staticmethod,
        "classmethod" => descriptors::new_classmethod,
        "bytes" => super::bytes_methods::new_bytes,
        "bytearray" => super::bytes_methods::new_bytearray,
        "module" => super::builtins_object::new_module,
        "memoryview" => super::memoryview::new_memoryview,
        _ => return None,
    })
}

/// Checks the positional argument count and that no keywords were passed.
fn check_args(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len();
    if n < min || n > max {
        let expected = if min == max {
            format!("exactly {}", plural(min, "argument"))
        } else if n < min {
            format!("at least {}", plural(min, "argument"))
        } else {
            format!("at most {}", plural(max, "argument"))
        };
        let msg = if min == max && min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name} expected {expected}, got {n}")
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn builtin_print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kw {
        let slot = match k.as_str() {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => {
                file = v.clone();
                continue;
            }
            "flush" => {
                flush = vm.is_true(v)?;
                continue;
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        };
        match v {
            Value::None => {}
            Value::Str(s) => *slot = s.as_str().to_string(),
            other => {
                return Err(vm.type_error(format!(
                    "{} must be None or a string, not {}",
                    k.as_str(),
                    other.type_name()
                )))
            }
        }
    }
    if file.is_none() {
        match super::sys::replaced_stdout(vm) {
            // With `sys.stdout = None`, CPython's print writes nothing.
            Some(Value::None) => return Ok(Value::None),
            Some(f) => file = f,
            None => {}
        }
    }
    let stream = match &file {
        Value::None => Some(false),
        f => f.native::<super::sys::TextStream>().map(|s| s.is_stderr),
    };
    let Some(is_stderr) = stream else {
        // A Python file object sees each piece written separately, as in CPython.
        let write = vm.get_attr(&file, &PyStr::new("write"))?;
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                vm.call(&write, vec![Value::str(sep.as_str())], Vec::new())?;
            }
            let text = vm.str(a)?;
            vm.call(&write, vec![Value::str(text)], Vec::new())?;
        }
        vm.call(&write, vec![Value::str(end)], Vec::new())?;
        if flush {
            let flush = vm.get_attr(&file, &PyStr::new("flush"))?;
            vm.call(&flush, Vec::new(), Vec::new())?;
        }
        return Ok(Value::None);
    };
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(a)?);
    }
    out.push_str(&end);
    vm.write_stream(is_stderr, &out);
    if flush {
        vm.interp.flush_stdout();
    }
    Ok(Value::None)
}

/// Writes `text` where `print(..., file=file)` would: `sys.stdout` for `None`.
pub fn write_to_file(vm: &mut Vm, file: &Value, text: String) -> PyResult<()> {
    let replaced;
    let file = match file {
        Value::None => {
            replaced = super::sys::replaced_stdout(vm).unwrap_or(Value::None);
            &replaced
        }
        f => f,
    };
    match file {
        Value::None => vm.write_stdout(&text),
        f => match f.native::<super::sys::TextStream>() {
            Some(stream) => vm.write_stream(stream.is_stderr, &text),
            None => {
                let write = vm.get_attr(f, &PyStr::new("write"))?;
                vm.call(&write, vec![Value::str(text)], Vec::new())?;
            }
        },
    }
    Ok(())
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "repr", &args, 1, 1)?;
    Ok(Value::str(vm.repr(&args.pos[0])?))
}

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(len_of(vm, &args.pos[0])? as i64))
}

/// `len(v)` for any object.
pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    // The exact built-in containers first: no class of theirs can define `__len__`.
    match v {
        Value::Str(_) | Value::Set(_) | Value::FrozenSet(_) => return sized_len(vm, v),
        Value::Tuple(t) if t.class.is_none() => return sized_len(vm, v),
        Value::List(_) | Value::Dict(_) if v.subclass().is_none() => return sized_len(vm, v),
        _ => {}
    }
    match vm.user_len(v)? {
        Some(n) => Ok(n),
        None => match v.base_value() {
            Some(base) => sized_len(vm, &base.clone()),
            None => sized_len(vm, v),
        },
    }
}

/// `len(v)` for the built-in sized types.
pub fn sized_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Range(r) => r.len().to_usize().ok_or_else(|| {
            error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        })?,
        Value::Native(n) if n.length().is_some() => n.length().unwrap_or_default(),
        other => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )))
        }
    })
}

pub(crate) fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "abs", &args, 1, 1)?;
    Ok(match &args.pos[0] {
        Value::Int(n) => match n.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*n).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(n) => Value::from_bigint(n.abs()),
        Value::Float(x) => Value::from(x.get().abs()),
        other => match other.base_value() {
            Some(base) => {
                let base = base.clone();
                return builtin_abs(
                    vm,
                    Args {
                        pos: &[base],
                        kw: &[],
                    },
                );
            }
            None => return vm.unary_dunder(other, "__abs__", "abs()"),
        },
    })
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", std::cmp::Ordering::Less)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", std::cmp::Ordering::Greater)
}

/// `min`/`max` over several arguments or one iterable, with `key=` and `default=`.
fn min_max(vm: &mut Vm, args: Args, name: &str, keep: std::cmp::Ordering) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kw {
        match k.as_str() {
            "key" if !v.is_none() => key = Some(v.clone()),
            "key" => {}
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()], Vec::new())?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let op = if keep == std::cmp::Ordering::Less {
                    crate::parser::ast::CmpOp::Lt
                } else {
                    crate::parser::ast::CmpOp::Gt
                };
                if let Value::Bool(BoolWord::True) = vm.compare(&k, &bk, op)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinstance", &args, 2, 2)?;
    let obj = &args.pos[0];
    let classes = match &args.pos[1] {
        Value::Tuple(classes) => classes.items.to_vec(),
        other => match union_members(other) {
            Some(members) => members.to_vec(),
            None => vec![other.clone()],
        },
    };
    for class in &classes {
        let Value::Type(c) = class else {
            // An object whose class defines the hook answers for itself (`typing.Union[...]`).
            if let Some(hook) = vm.user_method(class, "__instancecheck__") {
                let r = vm.call(&hook, vec![obj.clone()], Vec::new())?;
                if vm.is_true(&r)? {
                    return Ok(Value::from(true));
                }
                continue;
            }
            if class.native::<GenericAlias>().is_some() {
                return Err(
                    vm.type_error("isinstance() argument 2 cannot be a parameterized generic")
                );
            }
            return Err(isinstance_error(vm));
        };
        if obj.type_of().is_subtype(c) {
            return Ok(Value::from(true));
        }
        // A metaclass may widen the check (`abc.ABCMeta.register`).
        if let Some(hook) = vm.user_method(class, "__instancecheck__") {
            let r = vm.call(&hook, vec![obj.clone()], Vec::new())?;
            if vm.is_true(&r)? {
                return Ok(Value::from(true));
            }
        }
    }
    Ok(Value::from(false))
}

fn isinstance_error(vm: &Vm) -> crate::vm::PyErr {
    vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

fn new_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "bool", &args, 0, 1)?;
    match args.pos.first() {
        Some(v) => Ok(Value::from(vm.is_true(v)?)),
        None => Ok(Value::from(false)),
    }
}

fn new_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return super::bytes_methods::str_decoding(vm, &args);
    }
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(Value::Str(s.clone())),
        Some(v) => Ok(Value::str(vm.str(v)?)),
        None => Ok(Value::str("")),
    }
}

fn new_tuple(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "tuple", &args, 0, 1)?;
    match args.pos.first() {
        // An instance of a tuple subclass (a namedtuple) becomes a plain tuple.
        Some(v @ Value::Tuple(t)) if t.class.is_none() => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect_iterable(v)?)),
        None => Ok(Value::tuple(Vec::new())),
    }
}

fn new_list(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "list", &args, 0, 1)?;
    match args.pos.first() {
        Some(v) => Ok(Value::list(vm.collect_iterable(v)?)),
        None => Ok(Value::list(Vec::new())),
    }
}

pub(crate) fn new_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "float", &args, 0, 1)?;
    let Some(v) = args.pos.first() else {
        return Ok(Value::from(0.0));
    };
    Ok(Value::from(match v {
        Value::Float(x) => x.get(),
        Value::Int(n) => *n as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(n) => float::from_bigint(n).map_err(float_error)?,
        Value::Str(s) => {
            float::parse(&super::str_ops::ascii_decimal(s.as_str())).ok_or_else(|| {
                vm.value_error(format!(
                    "could not convert string to float: {}",
                    crate::objects::str::repr_str(s.as_str())
                ))
            })?
        }
        other if other.with_byte_content(|_| ()).is_some() => {
            let text = other.with_byte_content(ascii_text).unwrap_or_default();
            match float::parse(&text) {
                Some(x) => x,
                None => {
                    let shown = vm.repr(other)?;
                    return Err(
                        vm.value_error(format!("could not convert string to float: {shown}"))
                    );
                }
            }
        }
        other if other.base_value().is_some() && vm.user_method(other, "__float__").is_none() => {
            let base = crate::vm::ops::unwrap_base(other);
            return new_float(
                vm,
                Args {
                    pos: &[base],
                    kw: &[],
                },
            );
        }
        other => {
            // A class's __float__, else its __index__.
            if let Some(r) = vm.call_user_method(other, "__float__", &[])? {
                return match r {
                    Value::Float(_) => Ok(r),
                    bad => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        other.type_name(),
                        bad.type_name()
                    ))),
                };
            }
            if let Some(r) = vm.call_user_method(other, "__index__", &[])? {
                let args = [r];
                return new_float(
                    vm,
                    Args {
                        pos: &args,
                        kw: &[],
                    },
                );
            }
            return Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                other.type_name()
            )));
        }
    }))
}

/// The bytes `int()` and `float()` parse, as text: a non-ASCII byte can never parse,
/// and U+FFFD keeps it so.
fn ascii_text(b: &[u8]) -> String {
    b.iter()
        .map(|&c| if c.is_ascii() { c as char } else { '\u{fffd}' })
        .collect()
}

pub(crate) fn new_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut base: Option<Value> = args.pos.get(1).cloned();
    for (k, v) in args.kw {
        match k.as_str() {
            "base" => base = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )))
            }
        }
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let Some(v) = args.pos.first() else {
        return Ok(Value::Int(0));
    };
    let text = match v {
        Value::Str(s) => Some((Cow::Borrowed(s.as_str()), None)),
        // Bytes-like objects are parsed as ASCII; errors quote them as bytes.
        other => other.with_byte_content(|b| {
            let shown = crate::objects::bytes::repr_bytes(b);
            (Cow::Owned(ascii_text(b)), Some(shown))
        }),
    };
    if let Some(base) = base {
        let Some((s, shown)) = text else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        let b = match base {
            Value::Int(b) if b == 0 || (2..=36).contains(&b) => b as u32,
            Value::Int(_) => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        return parse_int(vm, &s, shown.as_deref(), b);
    }
    if let Some((s, shown)) = text {
        return parse_int(vm, &s, shown.as_deref(), 10);
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => Ok(Value::from_bigint(
            float::to_bigint(x.get()).map_err(float_error)?,
        )),
        other if other.base_value().is_some() && vm.user_method(other, "__int__").is_none() => {
            let base = crate::vm::ops::unwrap_base(other);
            new_int(
                vm,
                Args {
                    pos: &[base],
                    kw: &[],
                },
            )
        }
        other => {
            // A class's __int__, else __index__, else __trunc__, as CPython tries them.
            for hook in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_user_method(other, hook, &[])? {
                    return match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b as i64)),
                        bad => Err(vm.type_error(format!(
                            "{hook} returned non-int (type {})",
                            bad.type_name()
                        ))),
                    };
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            )))
        }
    }
}

/// `int(s, base)`: whitespace, sign, base prefixes and single underscores between digits.
/// Errors quote `shown`, else `s` as a str.
fn parse_int(vm: &Vm, s: &str, shown: Option<&str>, base: u32) -> PyResult<Value> {
    let invalid = || {
        let shown = shown.map_or_else(|| crate::objects::str::repr_str(s), str::to_string);
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {shown}"
        ))
    };
    let ascii = super::str_ops::ascii_decimal(s);
    let t = ascii.trim();
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = digits.to_ascii_lowercase();
    let prefixed = |p: &str, b: u32| lower.starts_with(p) && (base == b || base == 0);
    let (radix, body) = if prefixed("0x", 16) {
        (16, digits[2..].strip_prefix('_').unwrap_or(&digits[2..]))
    } else if prefixed("0o", 8) {
        (8, digits[2..].strip_prefix('_').unwrap_or(&digits[2..]))
    } else if prefixed("0b", 2) {
        (2, digits[2..].strip_prefix('_').unwrap_or(&digits[2..]))
    } else if base == 0 {
        // Base 0 follows literal syntax: no leading zeros on a non-zero decimal.
        if digits.starts_with('0') && digits.chars().any(|c| c != '0' && c != '_') {
            return Err(invalid());
        }
        (10, digits)
    } else {
        (base, digits)
    };
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(invalid());
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let limit = int_max_str_digits();
    if radix == 10 && limit > 0 && clean.len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let n = BigInt::from_str_radix(&clean, radix).map_err(|_| invalid())?;
    Ok(Value::from_bigint(if negative { -n } else { n }))
}

fn new_range(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let mut ints = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        ints.push(super::modutil::to_bigint(vm, v)?);
    }
    let (start, stop, step) = match <[BigInt; 3]>::try_from(ints) {
        Ok([start, stop, step]) => (start, stop, step),
        Err(ints) => match ints.as_slice() {
            [stop] => (BigInt::from(0), stop.clone(), BigInt::from(1)),
            [start, stop] => (start.clone(), stop.clone(), BigInt::from(1)),
            [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
            _ => {
                return Err(vm.type_error(format!(
                    "range expected at most 3 arguments, got {}",
                    ints.len()
                )))
            }
        },
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Arc::new(PyRange::new(start, stop, step))))
}

/// `range.index(x)` and `range.count(x)`: arithmetic for ints; other values are
/// compared with each item, as CPython's sequence fallback does.
fn range_find(vm: &mut Vm, args: &Args, method: &str) -> PyResult<(Arc<PyRange>, Option<BigInt>)> {
    let [Value::Range(r), x] = args.pos else {
        return Err(vm.type_error(format!(
            "range.{method}() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let found = match crate::vm::ops::as_bigint(x) {
        Some(n) => r.contains(&n).then(|| (&n - &r.start) / &r.step),
        None => {
            let mut at = None;
            let mut i = BigInt::zero();
            let len = r.len();
            while i < len {
                if vm.eq(&Value::from_bigint(r.get(&i)), x)? {
                    at = Some(i);
                    break;
                }
                i += 1;
            }
            at
        }
    };
    Ok((r.clone(), found))
}

pub fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match range_find(vm, &args, "index")? {
        (_, Some(i)) => Ok(Value::from_bigint(i)),
        (_, None) => Err(
            vm.value_error(match crate::vm::ops::as_bigint(&args.pos[1]) {
                Some(n) => format!("{n} is not in range"),
                None => "sequence.index(x): x not in sequence".to_string(),
            }),
        ),
    }
}

pub fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, first) = range_find(vm, &args, "count")?;
    let Some(first) = first else {
        return Ok(Value::Int(0));
    };
    if crate::vm::ops::as_bigint(&args.pos[1]).is_some() {
        return Ok(Value::Int(1));
    }
    // A non-int may equal several items (an object with a permissive `__eq__`).
    let mut n = 1;
    let mut i = first + 1;
    while i < r.len() {
        if vm.eq(&Value::from_bigint(r.get(&i)), &args.pos[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// An argument that must be an integer (`range`, indices).
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(n) => n.to_i64().ok_or_else(|| {
            error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        }),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}
