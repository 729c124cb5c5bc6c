//! `sys.getsizeof`: the sizes CPython 3.11 reports on 64-bit Linux. gilpy's objects are
//! laid out differently, so each size is computed from the value's length and contents
//! with CPython's layouts and growth rules: tutorials print these to compare a list with
//! a generator, or to show what a str or an int costs.

use crate::objects::bytearray::PyByteArray;
use crate::objects::dict::PyDict;
use crate::objects::Value;
use crate::vm::generator::PyGenerator;

/// The collector's header that `getsizeof` adds for objects that can hold references.
const GC_HEAD: usize = 16;

pub fn getsizeof(v: &Value) -> usize {
    match v {
        Value::None | Value::Unbound => 16,
        Value::Bool(_) => 28,
        Value::Int(n) => int_size(64 - n.unsigned_abs().leading_zeros() as u64),
        Value::BigInt(n) => int_size(n.bits()),
        Value::Float(_) => 24,
        Value::Str(s) => str_size(s.as_str()),
        Value::Tuple(t) => 24 + GC_HEAD + 8 * t.items.len(),
        Value::List(l) => {
            let items = l.items.lock();
            40 + GC_HEAD + 8 * list_capacity(items.len(), items.capacity() == items.len())
        }
        Value::Dict(d) => dict_size(d),
        Value::Set(s) | Value::FrozenSet(s) => set_size(s.len()),
        Value::Range(_) => 48,
        Value::Function(_) => 152,
        Value::Builtin(_) => 72,
        Value::BoundMethod(_) => 48,
        Value::Type(t) if t.is_builtin() => 424,
        Value::Type(_) => 1688,
        Value::Exception(e) if e.class.is_builtin() => 88,
        Value::Exception(_) => 96,
        Value::Instance(_) => 56,
        Value::Iter(_) => 48,
        Value::Module(_) => 72,
        Value::Code(_) | Value::Cell(_) => 40,
        Value::Native(_) => native_size(v),
    }
}

/// 30-bit digits after a 24-byte header; zero still has one digit.
fn int_size(bits: u64) -> usize {
    24 + 4 * bits.div_ceil(30).max(1) as usize
}

/// Compact strings: one, two or four bytes a character by the widest one, after a header
/// that is larger for non-ASCII text.
fn str_size(s: &str) -> usize {
    let n = s.chars().count();
    match s.chars().map(u32::from).max().unwrap_or(0) {
        0..=0x7f => 49 + n,
        0x80..=0xff => 73 + n,
        0x100..=0xffff => 74 + 2 * n,
        _ => 76 + 4 * n,
    }
}

/// The capacity CPython gives a list of `len` items: made at its size (a display,
/// `list(range(n))`), rounded up to even; else grown by appends one by one, as
/// comprehensions and `append` loops build them.
fn list_capacity(len: usize, made_at_size: bool) -> usize {
    if made_at_size {
        return (len + 1) & !1;
    }
    let mut allocated = 0;
    for size in 1..=len {
        if size > allocated {
            allocated = (size + (size >> 3) + 6) & !3;
        }
    }
    allocated
}

/// A dict built by insertion: the keys table doubles past two thirds full; entries are
/// 16 bytes when every key is a str, else 24 (they keep the hash).
fn dict_size(d: &PyDict) -> usize {
    let (len, str_keys) = {
        let map = d.map.lock();
        let str_keys = map.keys().all(|k| matches!(k.value, Value::Str(_)));
        (map.len(), str_keys)
    };
    if len == 0 {
        return 48 + GC_HEAD;
    }
    let mut size: usize = 8;
    for used in 0..len {
        if used >= size * 2 / 3 {
            size = (used * 3).next_power_of_two();
        }
    }
    let index_bytes = if size <= 0x80 {
        1
    } else if size <= 0x8000 {
        2
    } else if size <= 0x8000_0000 {
        4
    } else {
        8
    };
    let entry = if str_keys { 16 } else { 24 };
    48 + GC_HEAD + 32 + size * index_bytes + (size * 2 / 3) * entry
}

/// A set: eight inline slots, then a table that grows fourfold when three fifths full.
fn set_size(len: usize) -> usize {
    let mut slots = 8;
    for fill in 1..=len {
        if fill * 5 >= (slots - 1) * 3 {
            slots = (fill * 4 + 1).next_power_of_two();
        }
    }
    let table = if slots > 8 { slots * 16 } else { 0 };
    200 + GC_HEAD + table
}

fn native_size(v: &Value) -> usize {
    if let Some(b) = v.as_bytes() {
        return 33 + b.len();
    }
    match v.type_name().as_str() {
        "bytearray" => {
            let n = v.native::<PyByteArray>().map_or(0, |b| b.data.lock().len());
            56 + if n == 0 { 0 } else { n + 1 }
        }
        // The frame is part of the object: its locals and (estimated) evaluation stack.
        "generator" => 168 + 8 * (v.native::<PyGenerator>().map_or(0, |g| g.nlocals) + 2),
        "coroutine" => 144,
        "deque" => 760,
        "complex" => 32,
        "dict_keys" | "dict_values" | "dict_items" => 40,
        "map" | "filter" => 48,
        "zip" => 64,
        "enumerate" => 72,
        _ => 48,
    }
}
