//! The `struct` module: values packed to and unpacked from C structs laid out as
//! described by a format string (byte order, sizes and native alignment of x86-64 Linux),
//! with CPython's `struct.error` messages.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use num_bigint::BigInt;

use crate::objects::bytearray::PyByteArray;
use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::iter::PyIter;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, PyType};
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{arity, getter, module_type, receiver, to_bigint, to_f64, to_i64};

fn error_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| module_type("error", "struct", vec![exception_type("Exception")], &[]))
}

fn struct_error(msg: impl Into<String>) -> PyErr {
    PyException::new(error_type().clone(), vec![Value::str(msg.into())])
}

/// One format code with its repeat count (for `s` and `p`, the string length).
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A compiled format.
pub struct Layout {
    items: Vec<Item>,
    size: usize,
    big_endian: bool,
    /// Standard sizes without alignment (any byte-order prefix but `@`).
    standard: bool,
    nargs: usize,
}

/// The size of a code, or `None` for a code that is not one.
fn code_size(code: u8, standard: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if standard => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if !standard => 8,
        _ => return None,
    })
}

fn format_bytes(vm: &Vm, fmt: &Value) -> PyResult<Vec<u8>> {
    if let Value::Str(s) = fmt {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    if let Some(b) = fmt.as_bytes() {
        return Ok(b.to_vec());
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        fmt.type_name()
    )))
}

fn compile(vm: &Vm, fmt: &Value) -> PyResult<Layout> {
    let text = format_bytes(vm, fmt)?;
    let (big_endian, standard, body) = match text.first() {
        Some(b'@') => (false, false, &text[1..]),
        Some(b'=' | b'<') => (false, true, &text[1..]),
        Some(b'>' | b'!') => (true, true, &text[1..]),
        _ => (false, false, &text[..]),
    };
    let too_long = || struct_error("total struct size too long");
    let mut layout = Layout {
        items: Vec::new(),
        size: 0,
        big_endian,
        standard,
        nargs: 0,
    };
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            while i < body.len() && body[i].is_ascii_digit() {
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((body[i] - b'0') as usize))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or_else(too_long)?;
                i += 1;
            }
            if i == body.len() {
                return Err(struct_error("repeat count given without format specifier"));
            }
            c = body[i];
            i += 1;
        }
        let size =
            code_size(c, standard).ok_or_else(|| struct_error("bad char in struct format"))?;
        if !standard && size > 1 {
            layout.size = layout.size.div_ceil(size) * size;
        }
        let total = match c {
            b's' | b'p' => {
                layout.nargs += 1;
                count
            }
            b'x' => count,
            _ => {
                layout.nargs += count;
                count.checked_mul(size).ok_or_else(too_long)?
            }
        };
        layout.items.push(Item {
            code: c,
            count,
            offset: layout.size,
            size,
        });
        layout.size = layout
            .size
            .checked_add(total)
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
    }
    Ok(layout)
}

/// An integer operand, converted as CPython's `struct` converts it: to a C long (or
/// unsigned long), then checked against the code's range. The big-endian table of CPython
/// has its own converters, hence the different messages for `>h`, `>H`, `>q` and `>Q`.
fn pack_int(vm: &mut Vm, v: &Value, code: u8, size: usize, big_endian: bool) -> PyResult<u64> {
    let n = match v {
        Value::Float(_) | Value::Str(_) => None,
        _ => to_bigint(vm, v).ok(),
    };
    let Some(n) = n else {
        return Err(struct_error("required argument is not an integer"));
    };
    let out_of_range = || {
        struct_error(if big_endian && size == 8 {
            "int too large to convert"
        } else {
            "argument out of range"
        })
    };
    let unsigned = matches!(code, b'I' | b'L' | b'Q' | b'N' | b'P') || big_endian && code == b'H';
    let bits = (size * 8) as u32;
    let named = match code {
        b'b' => Some("byte"),
        b'B' => Some("ubyte"),
        b'h' if !big_endian => Some("short"),
        b'H' if !big_endian => Some("ushort"),
        _ => None,
    };
    let range_error = |lo: i128, hi: i128| {
        struct_error(match named {
            Some(name) => format!("{name} format requires {lo} <= number <= {hi}"),
            None => format!("'{}' format requires {lo} <= number <= {hi}", code as char),
        })
    };
    if unsigned {
        let n = u64::try_from(&n).map_err(|_| out_of_range())?;
        if bits < 64 && n >> bits != 0 {
            return Err(range_error(0, (1i128 << bits) - 1));
        }
        return Ok(n);
    }
    let n = i64::try_from(&n).map_err(|_| out_of_range())?;
    let (lo, hi) = if code == b'B' || code == b'H' {
        (0, (1i64 << bits) - 1)
    } else if bits < 64 {
        (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
    } else {
        (i64::MIN, i64::MAX)
    };
    if n < lo || n > hi {
        return Err(range_error(lo as i128, hi as i128));
    }
    Ok(n as u64)
}

/// The IEEE 754 half-precision bits nearest `x` (ties to even), `None` on overflow.
fn half_bits(x: f64) -> Option<u16> {
    let sign = (x.is_sign_negative() as u16) << 15;
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a < 2f64.powi(-14) {
        // Subnormal: a multiple of 2**-24; 1024 of them carry into the smallest normal.
        return Some(sign | (a * 2f64.powi(24)).round_ties_even() as u16);
    }
    let mut e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut m = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u16;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | ((e + 15) as u16) << 10 | m)
}

fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = (bits >> 10 & 0x1f) as i32;
    let m = (bits & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + m) * 2f64.powi(e - 25),
    }
}

fn put(out: &mut [u8], n: u64, big_endian: bool) {
    let size = out.len();
    for (k, byte) in out.iter_mut().enumerate() {
        let shift = if big_endian { size - 1 - k } else { k };
        *byte = (n >> (8 * shift)) as u8;
    }
}

fn get(data: &[u8], big_endian: bool) -> u64 {
    let mut n = 0u64;
    for (k, &b) in data.iter().enumerate() {
        let shift = if big_endian { data.len() - 1 - k } else { k };
        n |= (b as u64) << (8 * shift);
    }
    n
}

fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Vec<u8>> {
    if values.len() != layout.nargs {
        return Err(struct_error(format!(
            "pack expected {} items for packing (got {})",
            layout.nargs,
            values.len()
        )));
    }
    let mut out = vec![0u8; layout.size];
    let mut values = values.iter();
    for item in &layout.items {
        if item.code == b'x' {
            continue;
        }
        if item.code == b's' || item.code == b'p' {
            let v = values.next().cloned().unwrap_or(Value::None);
            let Some(data) = v.with_byte_content(|b| b.to_vec()) else {
                return Err(struct_error(format!(
                    "argument for '{}' must be a bytes object",
                    item.code as char
                )));
            };
            let field = &mut out[item.offset..item.offset + item.count];
            if item.code == b's' {
                let n = data.len().min(item.count);
                field[..n].copy_from_slice(&data[..n]);
            } else if let Some((len, rest)) = field.split_first_mut() {
                let n = data.len().min(rest.len());
                rest[..n].copy_from_slice(&data[..n]);
                *len = n.min(255) as u8;
            }
            continue;
        }
        for k in 0..item.count {
            let v = values.next().cloned().unwrap_or(Value::None);
            let at = item.offset + k * item.size;
            let field = &mut out[at..at + item.size];
            match item.code {
                b'c' => match v.as_bytes() {
                    Some([b]) => field[0] = *b,
                    _ => {
                        return Err(struct_error(
                            "char format requires a bytes object of length 1",
                        ))
                    }
                },
                b'?' => field[0] = vm.is_true(&v)? as u8,
                b'e' | b'f' | b'd' => {
                    let x = match v {
                        Value::Str(_) => None,
                        _ => to_f64(vm, &v).ok(),
                    };
                    let Some(x) = x else {
                        return Err(struct_error("required argument is not a float"));
                    };
                    let too_large = |c: char| {
                        vm.new_error(
                            "OverflowError",
                            format!("float too large to pack with {c} format"),
                        )
                    };
                    let bits = match item.code {
                        b'e' => half_bits(x).ok_or_else(|| too_large('e'))? as u64,
                        b'f' => {
                            let y = x as f32;
                            if layout.standard && y.is_infinite() && x.is_finite() {
                                return Err(too_large('f'));
                            }
                            y.to_bits() as u64
                        }
                        _ => x.to_bits(),
                    };
                    put(field, bits, layout.big_endian);
                }
                code => {
                    let n = pack_int(vm, &v, code, item.size, layout.big_endian)?;
                    put(field, n, layout.big_endian);
                }
            }
        }
    }
    Ok(out)
}

fn unpack_values(layout: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(layout.nargs);
    for item in &layout.items {
        let field = |k: usize| {
            let at = item.offset + k * item.size;
            &data[at..at + item.size]
        };
        match item.code {
            b'x' => {}
            b's' => out.push(Value::bytes(&data[item.offset..item.offset + item.count])),
            b'p' => {
                let field = &data[item.offset..item.offset + item.count];
                let value = match field.split_first() {
                    Some((&len, rest)) => &rest[..(len as usize).min(rest.len())],
                    None => &[][..],
                };
                out.push(Value::bytes(value));
            }
            code => {
                for k in 0..item.count {
                    let bits = get(field(k), layout.big_endian);
                    out.push(match code {
                        b'c' => Value::bytes(vec![bits as u8]),
                        b'?' => Value::from(bits != 0),
                        b'e' => Value::from(half_value(bits as u16)),
                        b'f' => Value::from(f32::from_bits(bits as u32) as f64),
                        b'd' => Value::from(f64::from_bits(bits)),
                        b'I' | b'L' | b'Q' | b'N' | b'P' | b'B' | b'H' => {
                            Value::from_bigint(BigInt::from(bits))
                        }
                        _ => {
                            let shift = 64 - 8 * item.size as u32;
                            Value::Int(((bits << shift) as i64) >> shift)
                        }
                    });
                }
            }
        }
    }
    Value::tuple(out)
}

fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    v.with_byte_content(|b| b.to_vec()).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// A buffer offset, negative counting from the end, as `unpack_from` and `pack_into`
/// take it; checked against the room the format needs.
fn offset_in(
    vm: &mut Vm,
    offset: Option<&Value>,
    len: usize,
    size: usize,
    what: (&str, &str),
) -> PyResult<usize> {
    let given = match offset {
        Some(v) => to_i64(vm, v)?,
        None => 0,
    };
    let mut offset = given;
    if offset < 0 {
        if offset + (size as i64) > 0 {
            return Err(struct_error(if what.1 == "pack" {
                format!("no space to pack {size} bytes at offset {given}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {given}")
            }));
        }
        if offset + (len as i64) < 0 {
            return Err(struct_error(format!(
                "offset {given} out of range for {len}-byte buffer"
            )));
        }
        offset += len as i64;
    }
    let offset = offset as usize;
    if len < offset || len - offset < size {
        let (func, verb) = what;
        return Err(struct_error(format!(
            "{func} requires a buffer of at least {} bytes for {verb}ing {size} bytes at \
             offset {offset} (actual buffer size is {len})",
            size + offset
        )));
    }
    Ok(offset)
}

fn do_pack(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Value> {
    Ok(Value::bytes(pack_values(vm, layout, values)?))
}

fn do_unpack(vm: &Vm, layout: &Layout, data: &Value) -> PyResult<Value> {
    let data = buffer(vm, data)?;
    if data.len() != layout.size {
        return Err(struct_error(format!(
            "unpack requires a buffer of {} bytes",
            layout.size
        )));
    }
    Ok(unpack_values(layout, &data))
}

fn do_unpack_from(vm: &mut Vm, layout: &Layout, args: &[Value], kw: &Args) -> PyResult<Value> {
    let Some(data) = args.first().or_else(|| super::modutil::kwarg(kw, "buffer")) else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 1)"));
    };
    let data = buffer(vm, data)?;
    let offset = args.get(1).or_else(|| super::modutil::kwarg(kw, "offset"));
    let at = offset_in(
        vm,
        offset,
        data.len(),
        layout.size,
        ("unpack_from", "unpack"),
    )?;
    Ok(unpack_values(layout, &data[at..at + layout.size]))
}

fn do_pack_into(vm: &mut Vm, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(struct_error(if args.is_empty() {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    let packed = pack_values(vm, layout, &args[2..])?;
    let Some(target) = args[0].native::<PyByteArray>() else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            args[0].type_name()
        )));
    };
    let len = target.data.lock().len();
    let at = offset_in(vm, Some(&args[1]), len, layout.size, ("pack_into", "pack"))?;
    let mut data = target.data.lock();
    if data.len() >= at + packed.len() {
        data[at..at + packed.len()].copy_from_slice(&packed);
    }
    Ok(Value::None)
}

fn do_iter_unpack(vm: &Vm, layout: &Layout, data: &Value) -> PyResult<Value> {
    let data = buffer(vm, data)?;
    if layout.size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        return Err(struct_error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        )));
    }
    let items = data
        .chunks(layout.size)
        .map(|chunk| unpack_values(layout, chunk))
        .collect();
    Ok(Value::Iter(PyIter::seq(Value::list(items))))
}

// -- module functions: the format comes first --

fn format_arg<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Value> {
    args.pos
        .first()
        .ok_or_else(|| vm.type_error("missing format argument"))
}

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layout = compile(vm, format_arg(vm, &args)?)?;
    do_pack(vm, &layout, &args.pos[1..])
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "unpack", &args, 2, 2)?;
    let layout = compile(vm, &args.pos[0])?;
    do_unpack(vm, &layout, &args.pos[1])
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layout = compile(vm, format_arg(vm, &args)?)?;
    do_unpack_from(vm, &layout, &args.pos[1..], &args)
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layout = compile(vm, format_arg(vm, &args)?)?;
    do_pack_into(vm, &layout, &args.pos[1..])
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "iter_unpack", &args, 2, 2)?;
    let layout = compile(vm, &args.pos[0])?;
    do_iter_unpack(vm, &layout, &args.pos[1])
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "calcsize", &args, 1, 1)?;
    Ok(Value::Int(compile(vm, &args.pos[0])?.size as i64))
}

// -- Struct objects: a compiled format --

pub struct Struct {
    format: Value,
    layout: Layout,
}

impl NativeObject for Struct {
    fn class(&self) -> Arc<PyType> {
        struct_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn struct_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type(
            "Struct",
            "_struct",
            vec![],
            &[
                ("__new__", struct_new),
                ("pack", struct_pack),
                ("unpack", struct_unpack),
                ("unpack_from", struct_unpack_from),
                ("pack_into", struct_pack_into),
                ("iter_unpack", struct_iter_unpack),
            ],
        );
        let getters: [(&'static str, NativeFn); 2] =
            [("format", struct_format), ("size", struct_size)];
        for (name, f) in getters {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        // The C type's dotted name, which CPython's messages quote.
        t.dict
            .set_str(&PyStr::new("__tp_name__"), Value::str("_struct.Struct"));
        t
    })
}

fn struct_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = args
        .pos
        .get(1)
        .or_else(|| super::modutil::kwarg(&args, "format"))
        .ok_or_else(|| vm.type_error("Struct() missing required argument 'format' (pos 1)"))?;
    let layout = compile(vm, fmt)?;
    let format = match fmt {
        Value::Str(_) => fmt.clone(),
        _ => Value::str(String::from_utf8_lossy(&format_bytes(vm, fmt)?).into_owned()),
    };
    Ok(Value::new_native(Struct { format, layout }))
}

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Struct> {
    receiver::<Struct>(vm, args, "Struct", method)
}

fn struct_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "pack")?;
    do_pack(vm, &s.layout, &args.pos[1..])
}

fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "unpack")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "Struct.unpack() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    do_unpack(vm, &s.layout, &args.pos[1])
}

fn struct_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "unpack_from")?;
    do_unpack_from(vm, &s.layout, &args.pos[1..], &args)
}

fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "pack_into")?;
    do_pack_into(vm, &s.layout, &args.pos[1..])
}

fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "iter_unpack")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "Struct.iter_unpack() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    do_iter_unpack(vm, &s.layout, &args.pos[1])
}

fn struct_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "format")?.format.clone())
}

fn struct_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "size")?.layout.size as i64))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("pack", pack),
    ("unpack", unpack),
    ("unpack_from", unpack_from),
    ("pack_into", pack_into),
    ("iter_unpack", iter_unpack),
    ("calcsize", calcsize),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    set(&d, "error", Value::Type(error_type().clone()));
    set(&d, "Struct", Value::Type(struct_type().clone()));
    Ok(d)
}
