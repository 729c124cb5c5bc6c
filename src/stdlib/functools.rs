//! The `functools` module: `reduce`, `partial`, `wraps`/`update_wrapper`,
//! `lru_cache`/`cache`, `total_ordering` and `cmp_to_key`.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use crate::objects::dict::{KeyMap, PyDict};
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::parser::ast::CmpOp;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, getter, module_type};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("reduce", reduce),
    ("update_wrapper", update_wrapper),
    ("wraps", wraps),
    ("lru_cache", lru_cache),
    ("cache", cache),
    ("total_ordering", total_ordering),
    ("cmp_to_key", cmp_to_key),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    set(&d, "partial", Value::Type(partial_type().clone()));
    Ok(d)
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_) | Value::Builtin(_) | Value::Type(_) | Value::BoundMethod(_)
    ) || vm.user_method(v, "__call__").is_some()
}

// ---- reduce ----------------------------------------------------------------

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::no_kwargs(vm, "reduce", &args)?;
    arity(vm, "reduce", &args, 2, 3)?;
    let it = match vm.get_iter(&args.pos[1]) {
        Ok(it) => it,
        Err(e) if e.is("TypeError") => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = match args.pos.get(2) {
        Some(init) => init.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(v) = vm.next(&it)? {
        acc = vm.call(&args.pos[0], vec![acc, v], Vec::new())?;
    }
    Ok(acc)
}

// ---- partial ---------------------------------------------------------------

pub struct Partial {
    func: Value,
    args: Vec<Value>,
    keywords: Vec<(Arc<PyStr>, Value)>,
    class: Arc<PyType>,
}

fn partial_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type(
            "partial",
            "functools",
            Vec::new(),
            &[("__new__", partial_new), ("__call__", partial_call)],
        );
        for (name, f) in [
            ("func", partial_func as NativeFn),
            ("args", partial_args),
            ("keywords", partial_keywords),
        ] {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        t
    })
}

impl NativeObject for Partial {
    fn class(&self) -> Arc<PyType> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let mut parts = Vec::new();
        let result = (|| {
            parts.push(vm.repr(&self.func)?);
            for a in &self.args {
                parts.push(vm.repr(a)?);
            }
            for (k, v) in &self.keywords {
                parts.push(format!("{}={}", k.as_str(), vm.repr(v)?));
            }
            Ok(format!(
                "functools.{}({})",
                self.class.name,
                parts.join(", ")
            ))
        })();
        Some(result)
    }
}

fn partial_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(class)) = args.pos.first() else {
        return Err(vm.type_error("partial.__new__(X): X is not a type object"));
    };
    let Some(func) = args.pos.get(1) else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    // Nested partials flatten, as CPython's do.
    let (func, mut pargs, mut kw) = match func.native::<Partial>() {
        Some(inner) => (
            inner.func.clone(),
            inner.args.clone(),
            inner.keywords.clone(),
        ),
        None => (func.clone(), Vec::new(), Vec::new()),
    };
    pargs.extend(args.pos[2..].iter().cloned());
    for (k, v) in args.kw {
        match kw.iter_mut().find(|(name, _)| name.as_str() == k.as_str()) {
            Some(slot) => slot.1 = v.clone(),
            None => kw.push((k.clone(), v.clone())),
        }
    }
    Ok(Value::new_native(Partial {
        func,
        args: pargs,
        keywords: kw,
        class: class.clone(),
    }))
}

fn this_partial<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Partial> {
    args.pos
        .first()
        .and_then(|v| v.native::<Partial>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'functools.partial' object"))
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this_partial(vm, &args)?;
    let mut pos = p.args.clone();
    pos.extend(args.pos[1..].iter().cloned());
    let mut kw = p.keywords.clone();
    for (k, v) in args.kw {
        match kw.iter_mut().find(|(name, _)| name.as_str() == k.as_str()) {
            Some(slot) => slot.1 = v.clone(),
            None => kw.push((k.clone(), v.clone())),
        }
    }
    let func = p.func.clone();
    vm.call(&func, pos, kw)
}

fn partial_func(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this_partial(vm, &args)?.func.clone())
}

fn partial_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::tuple(this_partial(vm, &args)?.args.clone()))
}

fn partial_keywords(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = PyDict::new();
    for (k, v) in &this_partial(vm, &args)?.keywords {
        d.set_str(k, v.clone());
    }
    Ok(Value::Dict(d))
}

// ---- wraps / update_wrapper ------------------------------------------------

/// `update_wrapper(wrapper, wrapped)`: the wrapper takes the wrapped callable's name,
/// docstring and attributes.
fn update_wrapper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::modutil::bind(
        vm,
        "update_wrapper",
        &args,
        &["wrapper", "wrapped", "assigned", "updated"],
        2,
        &[],
        0,
    )?;
    let wrapper = p[0].clone().unwrap_or(Value::None);
    let wrapped = p[1].clone().unwrap_or(Value::None);
    for attr in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Some(v) = vm.try_get_attr(&wrapped, &PyStr::new(attr))? {
            // Objects that refuse attributes keep their own, as in CPython.
            let _ = vm.set_attr(&wrapper, &PyStr::new(attr), v);
        }
    }
    if let Some(Value::Dict(src)) = vm.try_get_attr(&wrapped, &PyStr::new("__dict__"))? {
        for (k, v) in src.items() {
            if let Value::Str(k) = k {
                let _ = vm.set_attr(&wrapper, &k, v);
            }
        }
    }
    let _ = vm.set_attr(&wrapper, &PyStr::new("__wrapped__"), wrapped);
    Ok(wrapper)
}

fn wraps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::modutil::bind(
        vm,
        "wraps",
        &args,
        &["wrapped", "assigned", "updated"],
        1,
        &[],
        0,
    )?;
    let wrapped = p[0].clone().unwrap_or(Value::None);
    Ok(Value::new_native(Partial {
        func: Value::Builtin(Builtin::new("update_wrapper", update_wrapper)),
        args: Vec::new(),
        keywords: vec![(PyStr::new("wrapped"), wrapped)],
        class: partial_type().clone(),
    }))
}

// ---- lru_cache ---------------------------------------------------------------

pub struct LruWrapper {
    func: Value,
    /// `None`: unbounded.
    maxsize: Option<usize>,
    cache: Mutex<KeyMap>,
    stats: Mutex<(i64, i64)>,
}

fn lru_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type(
            "_lru_cache_wrapper",
            "functools",
            Vec::new(),
            &[
                ("__call__", lru_call),
                ("cache_info", lru_cache_info),
                ("cache_clear", lru_cache_clear),
            ],
        );
        for (name, f) in [
            ("__wrapped__", lru_wrapped as NativeFn),
            ("__name__", lru_name),
            ("__qualname__", lru_qualname),
            ("__doc__", lru_doc),
        ] {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        t
    })
}

impl NativeObject for LruWrapper {
    fn class(&self) -> Arc<PyType> {
        lru_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<functools._lru_cache_wrapper object at {:#x}>",
            self as *const Self as usize
        )))
    }
}

fn cache_info_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let fields: Vec<String> = ["hits", "misses", "maxsize", "currsize"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        super::collections::namedtuple_type("CacheInfo", &fields, Vec::new(), "functools")
    })
}

fn wrap_lru(vm: &mut Vm, func: Value, maxsize: Option<usize>) -> PyResult<Value> {
    if !is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    Ok(Value::new_native(LruWrapper {
        func,
        maxsize,
        cache: Mutex::new(KeyMap::default()),
        stats: Mutex::new((0, 0)),
    }))
}

/// The decorator `lru_cache(maxsize)` returns.
pub struct LruDecorator {
    maxsize: Option<usize>,
}

fn lru_decorator_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        module_type(
            "lru_cache_decorator",
            "functools",
            Vec::new(),
            &[("__call__", lru_decorate)],
        )
    })
}

impl NativeObject for LruDecorator {
    fn class(&self) -> Arc<PyType> {
        lru_decorator_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn lru_decorate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(d), Some(func)) = (
        args.pos.first().and_then(|v| v.native::<LruDecorator>()),
        args.pos.get(1),
    ) else {
        return Err(vm.type_error(
            "decorating_function() missing 1 required positional argument: 'user_function'",
        ));
    };
    wrap_lru(vm, func.clone(), d.maxsize)
}

fn lru_cache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::modutil::bind(vm, "lru_cache", &args, &["maxsize", "typed"], 0, &[], 0)?;
    let maxsize = p[0].clone().unwrap_or(Value::Int(128));
    match &maxsize {
        Value::None => Ok(Value::new_native(LruDecorator { maxsize: None })),
        Value::Int(n) => Ok(Value::new_native(LruDecorator {
            maxsize: Some((*n).max(0) as usize),
        })),
        f if is_callable(vm, f) => wrap_lru(vm, f.clone(), Some(128)),
        _ => Err(vm.type_error("Expected first argument to be an integer, a callable, or None")),
    }
}

fn cache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "cache", &args, 1, 1)?;
    wrap_lru(vm, args.pos[0].clone(), None)
}

fn this_lru<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a LruWrapper> {
    args.pos
        .first()
        .and_then(|v| v.native::<LruWrapper>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_lru_cache_wrapper' object"))
}

fn lru_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = this_lru(vm, &args)?;
    let call_args = args.pos[1..].to_vec();
    if w.maxsize == Some(0) {
        w.stats.lock().1 += 1;
        let func = w.func.clone();
        return vm.call(&func, call_args, args.kw.to_vec());
    }
    // The key: the positional arguments, then a marker and the keyword pairs.
    let mut parts = call_args.clone();
    if !args.kw.is_empty() {
        parts.push(Value::Type(lru_type().clone()));
        for (k, v) in args.kw {
            parts.push(Value::Str(k.clone()));
            parts.push(v.clone());
        }
    }
    let key = vm.hashed(Value::tuple(parts))?;
    let hit = {
        let mut cache = w.cache.lock();
        match w.maxsize {
            // Unbounded: nothing is ever evicted, so recency need not be kept (and
            // re-queuing a hit would shift the whole map).
            None => cache.get(&key).cloned(),
            Some(_) => match cache.shift_remove(&key) {
                Some(v) => {
                    cache.insert(key.clone(), v.clone());
                    Some(v)
                }
                None => None,
            },
        }
    };
    if let Some(v) = hit {
        w.stats.lock().0 += 1;
        return Ok(v);
    }
    w.stats.lock().1 += 1;
    let func = w.func.clone();
    let result = vm.call(&func, call_args, args.kw.to_vec())?;
    let w = this_lru(vm, &args)?;
    let mut cache = w.cache.lock();
    cache.insert(key, result.clone());
    if let Some(max) = w.maxsize {
        while cache.len() > max {
            cache.shift_remove_index(0);
        }
    }
    Ok(result)
}

fn lru_cache_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = this_lru(vm, &args)?;
    let (hits, misses) = *w.stats.lock();
    let size = w.cache.lock().len() as i64;
    Ok(super::collections::namedtuple_value(
        cache_info_type(),
        vec![
            Value::Int(hits),
            Value::Int(misses),
            w.maxsize.map_or(Value::None, |m| Value::Int(m as i64)),
            Value::Int(size),
        ],
    ))
}

fn lru_cache_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = this_lru(vm, &args)?;
    w.cache.lock().clear();
    *w.stats.lock() = (0, 0);
    Ok(Value::None)
}

fn lru_wrapped(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this_lru(vm, &args)?.func.clone())
}

fn wrapped_attr(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let func = this_lru(vm, args)?.func.clone();
    Ok(vm
        .try_get_attr(&func, &PyStr::new(name))?
        .unwrap_or(Value::None))
}

fn lru_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapped_attr(vm, &args, "__name__")
}

fn lru_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapped_attr(vm, &args, "__qualname__")
}

fn lru_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapped_attr(vm, &args, "__doc__")
}

// ---- total_ordering ------------------------------------------------------------

/// For each root comparison, the three others written in terms of it (`r` is the
/// root's result for `self, other`).
const DERIVED: &[(&str, [(&str, &str); 3])] = &[
    (
        "__lt__",
        [
            ("__gt__", "not r and self != other"),
            ("__le__", "r or self == other"),
            ("__ge__", "not r"),
        ],
    ),
    (
        "__le__",
        [
            ("__ge__", "not r or self == other"),
            ("__lt__", "r and self != other"),
            ("__gt__", "not r"),
        ],
    ),
    (
        "__gt__",
        [
            ("__lt__", "not r and self != other"),
            ("__ge__", "r or self == other"),
            ("__le__", "not r"),
        ],
    ),
    (
        "__ge__",
        [
            ("__le__", "not r or self == other"),
            ("__gt__", "r and self != other"),
            ("__lt__", "not r"),
        ],
    ),
];

fn total_ordering(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "total_ordering", &args, 1, 1)?;
    let Value::Type(cls) = &args.pos[0] else {
        return Err(vm.type_error("total_ordering expects a class"));
    };
    let defined: Vec<&str> = DERIVED
        .iter()
        .map(|(op, _)| *op)
        .filter(|op| matches!(cls.lookup(op), Some(Value::Function(_))))
        .collect();
    let Some((root, derived)) = DERIVED.iter().find(|(op, _)| defined.contains(op)) else {
        return Err(vm.value_error("must define at least one ordering operation: < > <= >="));
    };
    let mut src = String::new();
    for (name, expr) in derived {
        src.push_str(&format!(
            "def {name}(self, other):\n    r = type(self).{root}(self, other)\n    if r is NotImplemented:\n        return r\n    return {expr}\n"
        ));
    }
    let source = crate::source::SourceFile::new("<functools>", src);
    let code = crate::compiler::compile(&source, &mut Vec::new())
        .map_err(|e| vm.new_error("SystemError", e.msg.clone()))?;
    let globals = PyDict::new();
    set(&globals, "__name__", Value::str("functools"));
    vm.run_code(code, globals.clone())?;
    for (name, _) in derived {
        if defined.contains(name) {
            continue;
        }
        if let Some(f) = globals.get_str(name, PyStr::hash_str(name)) {
            cls.dict.set_str(&PyStr::new(*name), f);
        }
    }
    Ok(args.pos[0].clone())
}

// ---- cmp_to_key ---------------------------------------------------------------

/// `cmp_to_key(cmp)` itself: calling it wraps one object.
pub struct CmpToKey {
    cmp: Value,
}

/// An object that orders by the user's comparison function.
pub struct KeyWrapper {
    cmp: Value,
    obj: Value,
}

fn cmp_types() -> &'static (Arc<PyType>, Arc<PyType>) {
    static T: OnceLock<(Arc<PyType>, Arc<PyType>)> = OnceLock::new();
    T.get_or_init(|| {
        let factory = module_type(
            "KeyWrapper",
            "functools",
            Vec::new(),
            &[("__call__", cmp_wrap)],
        );
        let key = module_type(
            "KeyWrapper",
            "functools",
            Vec::new(),
            &[
                ("__lt__", key_lt),
                ("__le__", key_le),
                ("__gt__", key_gt),
                ("__ge__", key_ge),
                ("__eq__", key_eq),
            ],
        );
        (factory, key)
    })
}

impl NativeObject for CmpToKey {
    fn class(&self) -> Arc<PyType> {
        cmp_types().0.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for KeyWrapper {
    fn class(&self) -> Arc<PyType> {
        cmp_types().1.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn cmp_to_key(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::modutil::bind(vm, "cmp_to_key", &args, &["mycmp"], 1, &[], 0)?;
    Ok(Value::new_native(CmpToKey {
        cmp: p[0].clone().unwrap_or(Value::None),
    }))
}

fn cmp_wrap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(f), Some(obj)) = (
        args.pos.first().and_then(|v| v.native::<CmpToKey>()),
        args.pos.get(1),
    ) else {
        return Err(vm.type_error("K() missing required argument 'obj' (pos 1)"));
    };
    Ok(Value::new_native(KeyWrapper {
        cmp: f.cmp.clone(),
        obj: obj.clone(),
    }))
}

fn key_compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (
        args.pos.first().and_then(|v| v.native::<KeyWrapper>()),
        args.pos.get(1).and_then(|v| v.native::<KeyWrapper>()),
    ) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    let r = vm.call(&a.cmp, vec![a.obj.clone(), b.obj.clone()], Vec::new())?;
    vm.compare(&r, &Value::Int(0), op)
}

fn key_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, &args, CmpOp::Lt)
}

fn key_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, &args, CmpOp::LtE)
}

fn key_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, &args, CmpOp::Gt)
}

fn key_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, &args, CmpOp::GtE)
}

fn key_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    key_compare(vm, &args, CmpOp::Eq)
}
