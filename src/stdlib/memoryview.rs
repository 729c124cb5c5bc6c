//! `memoryview` over bytes and bytearray (one-dimensional, format 'B'): a window of
//! `len` bytes of the object, from `start` every `step`, which reads and (over a
//! bytearray) writes the object's own bytes.

use std::any::Any;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use crate::objects::bytearray::PyByteArray;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::{NativeObject, PySlice};
use crate::objects::iter::PyIter;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{getter, module_type};

pub struct MemoryView {
    /// The bytes or bytearray viewed.
    pub obj: Value,
    start: usize,
    step: isize,
    len: usize,
    released: AtomicBool,
}

impl MemoryView {
    /// The index in `obj` of the view's item `i`.
    fn index(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// The viewed bytes, or None once released. A bytearray that has shrunk since
    /// leaves out what is gone.
    pub fn contents(&self) -> Option<Vec<u8>> {
        if self.released.load(Ordering::Relaxed) {
            return None;
        }
        self.obj.with_byte_content(|data| {
            (0..self.len)
                .filter_map(|i| data.get(self.index(i)).copied())
                .collect()
        })
    }

    fn readonly(&self) -> bool {
        self.obj.native::<PyByteArray>().is_none()
    }
}

impl NativeObject for MemoryView {
    fn class(&self) -> Arc<PyType> {
        memoryview_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn has_dunders(&self) -> bool {
        true
    }
    fn iter(&self, vm: &mut Vm) -> Option<PyResult<Value>> {
        Some(live(vm, self).map(|data| {
            let items = data.into_iter().map(|b| Value::Int(b as i64)).collect();
            Value::Iter(PyIter::seq(Value::tuple(items)))
        }))
    }
    fn length(&self) -> Option<usize> {
        Some(self.len)
    }
}

pub fn memoryview_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("memoryview", "builtins", Vec::new(), METHODS);
        for (name, f) in [
            ("obj", mv_obj as NativeFn),
            ("readonly", mv_readonly),
            ("format", mv_format),
            ("itemsize", mv_itemsize),
            ("nbytes", mv_nbytes),
            ("ndim", mv_ndim),
            ("shape", mv_shape),
            ("strides", mv_strides),
        ] {
            t.dict
                .set_str(&crate::objects::str::PyStr::new(name), getter(name, f));
        }
        t
    })
}

const METHODS: &[(&str, NativeFn)] = &[
    ("tobytes", mv_tobytes),
    ("tolist", mv_tolist),
    ("hex", mv_hex),
    ("cast", mv_cast),
    ("release", mv_release),
    ("__enter__", mv_enter),
    ("__exit__", mv_exit),
    ("__len__", mv_len),
    ("__getitem__", mv_getitem),
    ("__setitem__", mv_setitem),
    ("__eq__", mv_eq),
    ("__hash__", mv_hash),
];

/// `memoryview(object)`.
pub fn new_memoryview(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = match (args.pos, args.kw) {
        ([obj], []) => obj,
        ([], [(k, obj)]) if k.as_str() == "object" => obj,
        ([], []) => {
            return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"))
        }
        _ => {
            return Err(vm.type_error(format!(
                "memoryview() takes at most 1 argument ({} given)",
                args.pos.len() + args.kw.len()
            )))
        }
    };
    if let Some(m) = obj.native::<MemoryView>() {
        live(vm, m)?;
        return Ok(view(m.obj.clone(), m.start, m.step, m.len));
    }
    match obj.with_byte_content(<[u8]>::len) {
        Some(len) => Ok(view(obj.clone(), 0, 1, len)),
        None => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.type_name()
        ))),
    }
}

fn view(obj: Value, start: usize, step: isize, len: usize) -> Value {
    Value::new_native(MemoryView {
        obj,
        start,
        step,
        len,
        released: AtomicBool::new(false),
    })
}

fn released_error(vm: &Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The contents of a view that has not been released.
fn live(vm: &Vm, m: &MemoryView) -> PyResult<Vec<u8>> {
    m.contents().ok_or_else(|| released_error(vm))
}

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a MemoryView> {
    let m = super::modutil::receiver::<MemoryView>(vm, args, "memoryview", method)?;
    if m.released.load(Ordering::Relaxed) {
        return Err(released_error(vm));
    }
    Ok(m)
}

fn mv_obj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "obj")?.obj.clone())
}

fn mv_readonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(this(vm, &args, "readonly")?.readonly()))
}

fn mv_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "format")?;
    Ok(Value::str("B"))
}

fn mv_itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "itemsize")?;
    Ok(Value::Int(1))
}

fn mv_nbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "nbytes")?.len as i64))
}

fn mv_ndim(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "ndim")?;
    Ok(Value::Int(1))
}

fn mv_shape(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "shape")?;
    Ok(Value::tuple(vec![Value::Int(m.len as i64)]))
}

fn mv_strides(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "strides")?;
    Ok(Value::tuple(vec![Value::Int(m.step as i64)]))
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "tobytes")?;
    Ok(Value::bytes(live(vm, m)?))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "tolist")?;
    let data = live(vm, m)?;
    Ok(Value::list(
        data.into_iter().map(|b| Value::Int(b as i64)).collect(),
    ))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "hex")?;
    let data = live(vm, m)?;
    Ok(Value::str(
        data.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    ))
}

/// `cast(format)`: only to the bytes' own format, 'B' (or '@B').
fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "cast")?;
    match args.pos.get(1) {
        Some(Value::Str(f)) if matches!(f.as_str(), "B" | "@B") => {
            Ok(view(m.obj.clone(), m.start, m.step, m.len))
        }
        Some(Value::Str(f)) if matches!(f.as_str(), "b" | "c" | "@b" | "@c") => Err(vm.new_error(
            "NotImplementedError",
            format!(
                "memoryview: cast to format '{}' is not supported by gilpy",
                f.as_str()
            ),
        )),
        Some(Value::Str(_)) => Err(vm.value_error(
            "memoryview: destination format must be a native single character format \
             prefixed with an optional '@'",
        )),
        Some(other) => Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            other.type_name()
        ))),
        None => Err(vm.type_error("cast() missing required argument 'format' (pos 1)")),
    }
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = super::modutil::receiver::<MemoryView>(vm, &args, "memoryview", "release")?;
    m.released.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__enter__")?;
    Ok(args.pos[0].clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mv_release(vm, args)
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.len as i64))
}

/// The view's item `key` as an index into it, or CPython's IndexError/TypeError.
fn item_index(vm: &Vm, m: &MemoryView, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => return Err(vm.type_error("memoryview: invalid slice key")),
    };
    let len = m.len as i64;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(vm.new_error("IndexError", "index out of bounds on dimension 1"));
    }
    Ok(i as usize)
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__getitem__")?;
    let Some(key) = args.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if let Some(s) = key.native::<PySlice>() {
        let r = vm.resolve_any_slice(s, m.len)?;
        let start = if r.count == 0 {
            m.start
        } else {
            m.index(r.start as usize)
        };
        return Ok(view(
            m.obj.clone(),
            start,
            m.step * r.step as isize,
            r.count,
        ));
    }
    let i = item_index(vm, m, key)?;
    let data = live(vm, m)?;
    data.get(i)
        .map(|&b| Value::Int(b as i64))
        .ok_or_else(|| vm.new_error("IndexError", "index out of bounds on dimension 1"))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__setitem__")?;
    let [_, key, value] = args.pos else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    let Some(ba) = m.obj.native::<PyByteArray>() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let (targets, bytes): (Vec<usize>, Vec<u8>) = match key.native::<PySlice>() {
        Some(s) => {
            let r = vm.resolve_any_slice(s, m.len)?;
            let Some(new) = value.with_byte_content(<[u8]>::to_vec) else {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    value.type_name()
                )));
            };
            if new.len() != r.count {
                return Err(vm.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            (r.indices().map(|i| m.index(i)).collect(), new)
        }
        None => {
            let i = item_index(vm, m, key)?;
            let b = match value {
                Value::Int(n) => u8::try_from(*n)
                    .map_err(|_| vm.value_error("memoryview: invalid value for format 'B'"))?,
                _ => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
            };
            (vec![m.index(i)], vec![b])
        }
    };
    let mut data = ba.data.lock();
    for (i, b) in targets.into_iter().zip(bytes) {
        if let Some(slot) = data.get_mut(i) {
            *slot = b;
        }
    }
    Ok(Value::None)
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = super::modutil::receiver::<MemoryView>(vm, &args, "memoryview", "__eq__")?;
    let Some(other) = args.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if let Some(o) = other.native::<MemoryView>() {
        if std::ptr::eq(m, o) {
            return Ok(Value::from(true));
        }
    }
    Ok(
        match (m.contents(), other.with_byte_content(<[u8]>::to_vec)) {
            (Some(a), Some(b)) => Value::from(a == b),
            _ => Value::from(false),
        },
    )
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__hash__")?;
    if !m.readonly() {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let data = live(vm, m)?;
    let h = vm.hash(&Value::bytes(data))?;
    Ok(Value::Int(h))
}
