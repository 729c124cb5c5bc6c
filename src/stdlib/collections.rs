//! The `collections` module: `namedtuple` (classes whose instances are real tuples
//! carrying their class), `deque`, and the dict variants `Counter`, `defaultdict` and
//! `OrderedDict`, which keep their entries in a plain dict and reach the operators
//! through native dunder methods.

use std::any::Any;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use parking_lot::{Mutex, MutexGuard};

use crate::objects::dict::{DictKey, PyDict};
use crate::objects::exception::PyException;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::{ClassMethod, NativeObject, Property, PySlice};
use crate::objects::iter::PyIter;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::objects::types::{exception_type, types, PyType};
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};
use crate::vm::{PyErr, PyResult, Vm};

use super::descriptors::add_methods;
use super::modutil::{bind, getter, kwarg, module_type, to_i64};

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(&[("namedtuple", namedtuple)]);
    set(&d, "deque", Value::Type(deque_type().clone()));
    set(&d, "Counter", Value::Type(dict_types().counter.clone()));
    set(
        &d,
        "defaultdict",
        Value::Type(dict_types().defaultdict.clone()),
    );
    set(&d, "OrderedDict", Value::Type(dict_types().ordered.clone()));
    Ok(d)
}

fn key_error(key: &Value) -> PyErr {
    PyException::new(exception_type("KeyError"), vec![key.clone()])
}

/// A read-only attribute computed by a native function of the object.
fn set_attr(t: &PyType, name: &str, v: Value) {
    t.dict.set_str(&PyStr::new(name), v);
}

// ---- namedtuple ------------------------------------------------------------

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

fn field_names(vm: &mut Vm, v: &Value) -> PyResult<Vec<String>> {
    if let Value::Str(s) = v {
        return Ok(s
            .as_str()
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect());
    }
    let items = vm.collect_iterable(v)?;
    items.iter().map(|i| vm.str(i)).collect()
}

/// Builds a namedtuple class (also used for `functools`' `CacheInfo`).
pub fn namedtuple_type(
    name: &str,
    fields: &[String],
    defaults: Vec<Value>,
    module: &str,
) -> Arc<PyType> {
    let dict = PyDict::new();
    let class = PyType::new_class(name, name, module, vec![types().tuple.clone()], dict)
        .unwrap_or_else(|_| types().tuple.clone());
    let field_values: Vec<Value> = fields.iter().map(|f| Value::str(f.as_str())).collect();
    set_attr(&class, "_fields", Value::tuple(field_values.clone()));
    set_attr(&class, "__match_args__", Value::tuple(field_values));
    let fd = PyDict::new();
    let first_default = fields.len() - defaults.len();
    for (f, v) in fields[first_default..].iter().zip(defaults) {
        fd.set_str(&PyStr::new(f.as_str()), v);
    }
    set_attr(&class, "_field_defaults", Value::Dict(fd));
    set_attr(
        &class,
        "__doc__",
        Value::str(format!("{name}({})", fields.join(", "))),
    );
    add_methods(
        &class,
        &[
            ("__new__", nt_new),
            ("__repr__", nt_repr),
            ("_replace", nt_replace),
            ("_asdict", nt_asdict),
            ("__getnewargs__", nt_getnewargs),
        ],
    );
    set_attr(
        &class,
        "_make",
        Value::new_native(ClassMethod(Value::Builtin(Builtin::new("_make", nt_make)))),
    );
    set_field_getters(&class, fields, "_tuplegetter");
    class
}

/// Read-only properties for the fields, reading item `i`; `getter` names their kind,
/// which decides the message for an attempt to set one.
fn set_field_getters(class: &Arc<PyType>, fields: &[String], getter: &'static str) {
    for (i, f) in fields.iter().enumerate() {
        let fget = Value::Builtin(Arc::new(Builtin {
            name: getter,
            func: nt_field,
            bound: Some(Value::Int(i as i64)),
            owner: None,
        }));
        set_attr(
            class,
            f,
            Value::new_native(Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::str(format!("Alias for field number {i}")),
            }),
        );
    }
}

/// An instance of namedtuple class `class`.
pub fn namedtuple_value(class: &Arc<PyType>, items: Vec<Value>) -> Value {
    Value::Tuple(PyTuple::with_class(items, class.clone()))
}

fn namedtuple(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "namedtuple",
        &args,
        &["typename", "field_names"],
        2,
        &["rename", "defaults", "module"],
        0,
    )?;
    let name = vm.str(p[0].as_ref().unwrap_or(&Value::None))?;
    let mut fields = field_names(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let rename = match &p[2] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, f) in fields.iter_mut().enumerate() {
            if !is_identifier(f)
                || crate::lexer::KEYWORDS.contains(&f.as_str())
                || f.starts_with('_')
                || seen.contains(f)
            {
                *f = format!("_{i}");
            }
            seen.push(f.clone());
        }
    }
    for n in std::iter::once(&name).chain(fields.iter()) {
        if !is_identifier(n) {
            return Err(vm.value_error(format!(
                "Type names and field names must be valid identifiers: '{n}'"
            )));
        }
        if crate::lexer::KEYWORDS.contains(&n.as_str()) {
            return Err(vm.value_error(format!(
                "Type names and field names cannot be a keyword: '{n}'"
            )));
        }
    }
    let mut seen: Vec<&String> = Vec::new();
    for f in &fields {
        if f.starts_with('_') && !rename {
            return Err(vm.value_error(format!(
                "Field names cannot start with an underscore: '{f}'"
            )));
        }
        if seen.contains(&f) {
            return Err(vm.value_error(format!("Encountered duplicate field name: '{f}'")));
        }
        seen.push(f);
    }
    let defaults = match &p[3] {
        Some(v) if !v.is_none() => vm.collect_iterable(v)?,
        _ => Vec::new(),
    };
    if defaults.len() > fields.len() {
        return Err(vm.type_error("Got more default values than field names"));
    }
    let module = match &p[4] {
        Some(v) if !v.is_none() => vm.str(v)?,
        _ => "__main__".to_string(),
    };
    Ok(Value::Type(namedtuple_type(
        &name, &fields, defaults, &module,
    )))
}

fn nt_fields(class: &PyType) -> Vec<String> {
    match class.lookup("_fields") {
        Some(Value::Tuple(t)) => t
            .items
            .iter()
            .map(|f| f.as_str().unwrap_or_default().to_string())
            .collect(),
        _ => Vec::new(),
    }
}

fn nt_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(class)) = args.pos.first() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let class = class.clone();
    let fields = nt_fields(&class);
    let defaults = match class.lookup("_field_defaults") {
        Some(Value::Dict(d)) => d,
        _ => PyDict::new(),
    };
    let names: Vec<&str> = fields.iter().map(String::as_str).collect();
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let required = fields.len() - defaults.len();
    let p = bind(
        vm,
        &format!("{}.__new__", class.name),
        &rest,
        &names,
        required,
        &[],
        1,
    )?;
    let items = p
        .into_iter()
        .zip(&fields)
        .map(|(v, f)| {
            v.or_else(|| defaults.get_str(f, PyStr::hash_str(f)))
                .unwrap_or(Value::None)
        })
        .collect();
    Ok(namedtuple_value(&class, items))
}

fn this_tuple<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Arc<PyTuple>> {
    match args.pos.first() {
        Some(Value::Tuple(t)) => Ok(t),
        _ => Err(vm.type_error("descriptor requires a namedtuple instance")),
    }
}

fn nt_field(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Int(i), Value::Tuple(t)] => {
            Ok(t.items.get(*i as usize).cloned().unwrap_or(Value::None))
        }
        [_, other] => Err(vm.type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            0,
            other.type_name()
        ))),
        _ => Err(vm.type_error("_tuplegetter expects one argument")),
    }
}

fn nt_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = args.pos[0].type_of();
    fields_repr(vm, &args, &class.name)
}

/// `name(field=value, ...)` of the named tuple `args.pos[0]`.
fn fields_repr(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let t = this_tuple(vm, args)?.clone();
    let fields = nt_fields(&args.pos[0].type_of());
    let mut parts = Vec::with_capacity(fields.len());
    for (f, v) in fields.iter().zip(t.items.iter()) {
        parts.push(format!("{f}={}", vm.repr(v)?));
    }
    Ok(Value::str(format!("{name}({})", parts.join(", "))))
}

/// A type like CPython's struct sequences (`sys.version_info`): a named tuple whose
/// `__name__` is `name` and whose repr names its module too, `sys.name(field=value, ...)`.
pub fn struct_seq_type(name: &str, fields: &[String], module: &str) -> Arc<PyType> {
    let class = namedtuple_type(name, fields, Vec::new(), module);
    add_methods(&class, &[("__repr__", struct_seq_repr)]);
    // CPython's fields are member descriptors ("readonly attribute"), and its
    // messages name the type with its module (`'sys.flags' object ...`).
    set_field_getters(&class, fields, "member_descriptor");
    set_attr(
        &class,
        "__tp_name__",
        Value::str(format!("{module}.{name}")),
    );
    class
}

fn struct_seq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = args.pos[0].type_of();
    fields_repr(vm, &args, &format!("{}.{}", class.module, class.name))
}

fn nt_asdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this_tuple(vm, &args)?.clone();
    let fields = nt_fields(&args.pos[0].type_of());
    let d = PyDict::new();
    for (f, v) in fields.iter().zip(t.items.iter()) {
        d.set_str(&PyStr::new(f.as_str()), v.clone());
    }
    Ok(Value::Dict(d))
}

/// The fields as a plain tuple: pickle and copy rebuild the instance with
/// `cls.__new__(cls, *fields)`.
fn nt_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this_tuple(vm, &args)?;
    Ok(Value::tuple(t.items.to_vec()))
}

fn nt_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this_tuple(vm, &args)?.clone();
    let class = args.pos[0].type_of();
    let fields = nt_fields(&class);
    let mut items = t.items.to_vec();
    let mut unknown = Vec::new();
    for (k, v) in args.kw {
        match fields.iter().position(|f| f == k.as_str()) {
            Some(i) => items[i] = v.clone(),
            None => unknown.push(format!("'{}'", k.as_str())),
        }
    }
    if !unknown.is_empty() {
        return Err(vm.value_error(format!(
            "Got unexpected field names: [{}]",
            unknown.join(", ")
        )));
    }
    Ok(namedtuple_value(&class, items))
}

fn nt_make(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Type(class), iterable] = args.pos else {
        return Err(vm.type_error("_make() takes exactly one argument"));
    };
    let items = vm.collect_iterable(iterable)?;
    let n = nt_fields(class).len();
    if items.len() != n {
        return Err(vm.type_error(format!("Expected {n} arguments, got {}", items.len())));
    }
    Ok(namedtuple_value(class, items))
}

// ---- deque -----------------------------------------------------------------

pub struct Deque {
    items: Mutex<VecDeque<Value>>,
    maxlen: Option<usize>,
    class: Arc<PyType>,
    /// Counts the changes that move items (not `d[i] = x`), which an iterator over the
    /// deque checks to fail as CPython does rather than skip or repeat items.
    state: AtomicU64,
}

impl Deque {
    fn new(items: VecDeque<Value>, maxlen: Option<usize>, class: Arc<PyType>) -> Deque {
        Deque {
            items: Mutex::new(items),
            maxlen,
            class,
            state: AtomicU64::new(0),
        }
    }

    /// The items, locked for a change that moves them.
    fn edit(&self) -> MutexGuard<'_, VecDeque<Value>> {
        self.state.fetch_add(1, Ordering::Relaxed);
        self.items.lock()
    }

    /// Appends on the right, dropping from the left past `maxlen`.
    fn push_back(&self, v: Value) {
        let mut items = self.edit();
        if self.maxlen == Some(0) {
            return;
        }
        items.push_back(v);
        if self.maxlen.is_some_and(|m| items.len() > m) {
            items.pop_front();
        }
    }

    fn push_front(&self, v: Value) {
        let mut items = self.edit();
        if self.maxlen == Some(0) {
            return;
        }
        items.push_front(v);
        if self.maxlen.is_some_and(|m| items.len() > m) {
            items.pop_back();
        }
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.lock().iter().cloned().collect()
    }
}

impl NativeObject for Deque {
    fn class(&self) -> Arc<PyType> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn length(&self) -> Option<usize> {
        Some(self.items.lock().len())
    }
    fn contains(&self, vm: &mut Vm, needle: &Value) -> Option<PyResult<bool>> {
        Some(contains_value(vm, &self.snapshot(), needle))
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let items = Value::list(self.snapshot());
        Some(vm.repr(&items).map(|s| match self.maxlen {
            Some(m) => format!("{}({s}, maxlen={m})", self.class.name),
            None => format!("{}({s})", self.class.name),
        }))
    }
}

fn contains_value(vm: &mut Vm, items: &[Value], needle: &Value) -> PyResult<bool> {
    for v in items {
        if v.is(needle) || vm.eq(v, needle)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn deque_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("deque", "collections", Vec::new(), DEQUE_METHODS);
        set_attr(&t, "maxlen", getter("maxlen", deque_maxlen));
        set_attr(
            &t,
            "__class_getitem__",
            super::generic_alias::class_getitem_method(),
        );
        t
    })
}

const DEQUE_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", deque_new),
    ("append", deque_append),
    ("appendleft", deque_appendleft),
    ("pop", deque_pop),
    ("popleft", deque_popleft),
    ("extend", deque_extend),
    ("extendleft", deque_extendleft),
    ("rotate", deque_rotate),
    ("clear", deque_clear),
    ("count", deque_count),
    ("index", deque_index),
    ("remove", deque_remove),
    ("reverse", deque_reverse),
    ("insert", deque_insert),
    ("copy", deque_copy),
    ("__len__", deque_len),
    ("__getitem__", deque_getitem),
    ("__setitem__", deque_setitem),
    ("__delitem__", deque_delitem),
    ("__iter__", deque_iter),
    ("__reversed__", deque_reversed),
    ("__eq__", deque_eq),
    ("__add__", deque_add),
    ("__iadd__", deque_iadd),
    ("__mul__", deque_mul),
    ("__rmul__", deque_mul),
    ("__imul__", deque_imul),
    ("__lt__", deque_lt),
    ("__le__", deque_le),
    ("__gt__", deque_gt),
    ("__ge__", deque_ge),
];

fn this_deque<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Deque> {
    args.pos
        .first()
        .and_then(|v| v.native::<Deque>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'collections.deque' object"))
}

fn deque_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(class)) = args.pos.first() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let p = bind(vm, "deque", &rest, &["iterable", "maxlen"], 0, &[], 0)?;
    let maxlen = match &p[1] {
        None | Some(Value::None) => None,
        Some(v) => {
            let m = to_i64(vm, v)?;
            Some(usize::try_from(m).map_err(|_| vm.value_error("maxlen must be non-negative"))?)
        }
    };
    let d = Deque::new(VecDeque::new(), maxlen, class.clone());
    if let Some(it) = &p[0] {
        for v in vm.collect_iterable(it)? {
            d.push_back(v);
        }
    }
    Ok(Value::new_native(d))
}

fn deque_maxlen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_deque(vm, &args)?;
    Ok(d.maxlen.map_or(Value::None, |m| Value::Int(m as i64)))
}

fn one_arg<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<&'a Value> {
    match args.pos.get(1) {
        Some(v) if args.pos.len() == 2 => Ok(v),
        _ => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

fn deque_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, "deque.append", &args)?.clone();
    this_deque(vm, &args)?.push_back(v);
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, "deque.appendleft", &args)?.clone();
    this_deque(vm, &args)?.push_front(v);
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_deque(vm, &args)?;
    let v = d.edit().pop_back();
    v.ok_or_else(|| vm.new_error("IndexError", "pop from an empty deque"))
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_deque(vm, &args)?;
    let v = d.edit().pop_front();
    v.ok_or_else(|| vm.new_error("IndexError", "pop from an empty deque"))
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = one_arg(vm, "deque.extend", &args)?.clone();
    let items = vm.collect_iterable(&src)?;
    let d = this_deque(vm, &args)?;
    for v in items {
        d.push_back(v);
    }
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = one_arg(vm, "deque.extendleft", &args)?.clone();
    let items = vm.collect_iterable(&src)?;
    let d = this_deque(vm, &args)?;
    for v in items {
        d.push_front(v);
    }
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match args.pos.get(1) {
        Some(v) => to_i64(vm, v)?,
        None => 1,
    };
    let d = this_deque(vm, &args)?;
    let mut items = d.edit();
    let len = items.len() as i64;
    if len > 0 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_deque(vm, &args)?.edit().clear();
    Ok(Value::None)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, "deque.count", &args)?.clone();
    let items = this_deque(vm, &args)?.snapshot();
    let mut n = 0;
    for v in &items {
        if v.is(&x) || vm.eq(v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn find_in(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Option<usize>> {
    for (i, v) in items.iter().enumerate() {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(x) = args.pos.get(1).cloned() else {
        return Err(vm.type_error("index expected at least 1 argument, got 0"));
    };
    let items = this_deque(vm, &args)?.snapshot();
    match find_in(vm, &items, &x)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&x)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, "deque.remove", &args)?.clone();
    let items = this_deque(vm, &args)?.snapshot();
    match find_in(vm, &items, &x)? {
        Some(i) => {
            this_deque(vm, &args)?.edit().remove(i);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr(&x)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_deque(vm, &args)?;
    let mut items = d.items.lock();
    items.make_contiguous().reverse();
    Ok(Value::None)
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, i, x] = args.pos else {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    };
    let i = to_i64(vm, i)?;
    let d = this_deque(vm, &args)?;
    let mut items = d.edit();
    if d.maxlen.is_some_and(|m| items.len() >= m) {
        drop(items);
        return Err(vm.new_error("IndexError", "deque already at its maximum size"));
    }
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, x.clone());
    Ok(Value::None)
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_deque(vm, &args)?;
    Ok(Value::new_native(Deque::new(
        d.items.lock().clone(),
        d.maxlen,
        d.class.clone(),
    )))
}

fn deque_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_deque(vm, &args)?.items.lock().len() as i64))
}

fn deque_slot(vm: &mut Vm, d: &Deque, key: &Value) -> PyResult<usize> {
    if key.native::<PySlice>().is_some() || !matches!(key, Value::Int(_) | Value::Bool(_)) {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            key.type_name()
        )));
    }
    let i = to_i64(vm, key)?;
    let len = d.items.lock().len() as i64;
    let idx = if i < 0 { i + len } else { i };
    if idx < 0 || idx >= len {
        return Err(vm.new_error("IndexError", "deque index out of range"));
    }
    Ok(idx as usize)
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = one_arg(vm, "__getitem__", &args)?.clone();
    let d = this_deque(vm, &args)?;
    let i = deque_slot(vm, d, &key)?;
    let v = d.items.lock().get(i).cloned();
    v.ok_or_else(|| vm.new_error("IndexError", "deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, key, value] = args.pos else {
        return Err(vm.type_error("__setitem__ expected 2 arguments"));
    };
    let d = this_deque(vm, &args)?;
    let i = deque_slot(vm, d, key)?;
    if let Some(slot) = d.items.lock().get_mut(i) {
        *slot = value.clone();
    }
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = one_arg(vm, "__delitem__", &args)?.clone();
    let d = this_deque(vm, &args)?;
    let i = deque_slot(vm, d, &key)?;
    d.edit().remove(i);
    Ok(Value::None)
}

fn deque_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_iterator(vm, &args, false)
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_iterator(vm, &args, true)
}

fn deque_iterator(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<Value> {
    let d = this_deque(vm, args)?;
    Ok(Value::new_native(DequeIter {
        deque: args.pos[0].clone(),
        state: d.state.load(Ordering::Relaxed),
        progress: Mutex::new((0, d.items.lock().len())),
        reverse,
    }))
}

/// `iter(d)` and `reversed(d)`: positions counted from the deque's front or back,
/// valid while the deque's state is the one they started from.
struct DequeIter {
    deque: Value,
    state: u64,
    /// How many items it has given, and how many are left.
    progress: Mutex<(usize, usize)>,
    reverse: bool,
}

fn deque_iter_types() -> &'static [Arc<PyType>; 2] {
    static T: OnceLock<[Arc<PyType>; 2]> = OnceLock::new();
    T.get_or_init(|| {
        let make = |name| {
            let hint: &[(&'static str, NativeFn)] = &[("__length_hint__", deque_iter_length_hint)];
            module_type(name, "_collections", Vec::new(), hint)
        };
        [make("_deque_iterator"), make("_deque_reverse_iterator")]
    })
}

impl NativeObject for DequeIter {
    fn class(&self) -> Arc<PyType> {
        deque_iter_types()[self.reverse as usize].clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let d = self.deque.native::<Deque>()?;
        let mut progress = self.progress.lock();
        let items = d.items.lock();
        // Checked before exhaustion, as CPython does: every later call fails too.
        if d.state.load(Ordering::Relaxed) != self.state {
            drop(items);
            return Some(Err(
                vm.new_error("RuntimeError", "deque mutated during iteration")
            ));
        }
        let (taken, left) = *progress;
        if left == 0 {
            return Some(Ok(None));
        }
        let i = if self.reverse { left - 1 } else { taken };
        *progress = (taken + 1, left - 1);
        Some(Ok(items.get(i).cloned()))
    }
}

fn deque_iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args
        .pos
        .first()
        .and_then(|v| v.native::<DequeIter>())
        .ok_or_else(|| vm.type_error("descriptor '__length_hint__' needs a deque iterator"))?;
    Ok(Value::Int(it.progress.lock().1 as i64))
}

fn not_implemented() -> Value {
    Value::new_native(crate::objects::instance::NotImplementedType)
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = one_arg(vm, "__eq__", &args)?.clone();
    let Some(o) = other.native::<Deque>() else {
        return Ok(not_implemented());
    };
    let a = Value::list(this_deque(vm, &args)?.snapshot());
    let b = Value::list(o.snapshot());
    Ok(Value::from(vm.eq(&a, &b)?))
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = one_arg(vm, "__add__", &args)?.clone();
    let Some(o) = other.native::<Deque>() else {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            other.type_name()
        )));
    };
    let d = this_deque(vm, &args)?;
    let out = Deque::new(d.items.lock().clone(), d.maxlen, d.class.clone());
    for v in o.snapshot() {
        out.push_back(v);
    }
    Ok(Value::new_native(out))
}

/// `d += iterable` extends `d` in place.
fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0].clone();
    deque_extend(vm, args)?;
    Ok(this)
}

/// The items of `d` repeated `n` times (the count argument of `d * n`), as a deque of
/// the same maxlen keeps them: the last ones.
fn repeated(vm: &mut Vm, args: &Args, name: &str) -> PyResult<VecDeque<Value>> {
    let n = match one_arg(vm, name, args)? {
        Value::Int(n) => (*n).max(0) as usize,
        Value::Bool(b) => b.get() as usize,
        Value::BigInt(_) => {
            return Err(vm.new_error(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            )))
        }
    };
    let d = this_deque(vm, args)?;
    let items = d.snapshot();
    let len = items.len();
    let keep = match (d.maxlen, len.checked_mul(n)) {
        (Some(m), total) => m.min(total.unwrap_or(usize::MAX)),
        (None, Some(total)) => total,
        (None, None) => return Err(vm.new_error("MemoryError", "")),
    };
    // Past the maxlen only the last `keep` items stay, and the whole repetition is a
    // multiple of `len` long.
    let skip = if len == 0 {
        0
    } else {
        (len - keep % len) % len
    };
    Ok(items
        .iter()
        .cycle()
        .skip(skip)
        .take(keep)
        .cloned()
        .collect())
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = repeated(vm, &args, "__mul__")?;
    let d = this_deque(vm, &args)?;
    Ok(Value::new_native(Deque::new(
        items,
        d.maxlen,
        d.class.clone(),
    )))
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = repeated(vm, &args, "__imul__")?;
    *this_deque(vm, &args)?.edit() = items;
    Ok(args.pos[0].clone())
}

/// Deques order as lists of their items do.
fn deque_order(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    let name = match op {
        CmpOp::Lt => "__lt__",
        CmpOp::LtE => "__le__",
        CmpOp::Gt => "__gt__",
        _ => "__ge__",
    };
    let other = one_arg(vm, name, &args)?.clone();
    let Some(o) = other.native::<Deque>() else {
        return Ok(not_implemented());
    };
    let a = Value::list(this_deque(vm, &args)?.snapshot());
    let b = Value::list(o.snapshot());
    vm.compare(&a, &b, op)
}

fn deque_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_order(vm, args, CmpOp::Lt)
}

fn deque_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_order(vm, args, CmpOp::LtE)
}

fn deque_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_order(vm, args, CmpOp::Gt)
}

fn deque_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque_order(vm, args, CmpOp::GtE)
}

// ---- Counter, defaultdict, OrderedDict --------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Counter,
    DefaultDict,
    Ordered,
}

/// A dict variant: the entries live in a plain dict.
pub struct DictLike {
    kind: Kind,
    dict: Arc<PyDict>,
    /// `defaultdict.default_factory`.
    factory: Mutex<Value>,
    class: Arc<PyType>,
}

struct DictTypes {
    counter: Arc<PyType>,
    defaultdict: Arc<PyType>,
    ordered: Arc<PyType>,
}

fn dict_types() -> &'static DictTypes {
    static T: OnceLock<DictTypes> = OnceLock::new();
    T.get_or_init(|| {
        let make = |name: &str, extra: &[(&'static str, NativeFn)]| {
            let t = module_type(
                name,
                "collections",
                vec![types().dict.clone()],
                DICT_LIKE_METHODS,
            );
            add_methods(&t, extra);
            // Mutable mappings are unhashable, as dict is.
            set_attr(&t, "__hash__", Value::None);
            t
        };
        let defaultdict = make("defaultdict", MERGE_METHODS);
        // The C types' dotted names, which CPython's messages quote.
        set_attr(
            &defaultdict,
            "__tp_name__",
            Value::str("collections.defaultdict"),
        );
        set_attr(
            &defaultdict,
            "default_factory",
            getter("default_factory", dl_default_factory),
        );
        DictTypes {
            counter: make(
                "Counter",
                &[
                    ("most_common", counter_most_common),
                    ("elements", counter_elements),
                    ("update", counter_update),
                    ("subtract", counter_subtract),
                    ("total", counter_total),
                    ("__add__", counter_add),
                    ("__sub__", counter_sub),
                    ("__or__", counter_or),
                    ("__and__", counter_and),
                    ("__pos__", counter_pos),
                    ("__neg__", counter_neg),
                    ("__le__", counter_le),
                    ("__lt__", counter_lt),
                    ("__ge__", counter_ge),
                    ("__gt__", counter_gt),
                ],
            ),
            defaultdict,
            ordered: {
                let t = make(
                    "OrderedDict",
                    &[("move_to_end", od_move_to_end), ("popitem", od_popitem)],
                );
                add_methods(&t, MERGE_METHODS);
                set_attr(&t, "__tp_name__", Value::str("collections.OrderedDict"));
                t
            },
        }
    })
}

impl NativeObject for DictLike {
    fn class(&self) -> Arc<PyType> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter(&self, vm: &mut Vm) -> Option<PyResult<Value>> {
        Some(vm.get_iter(&Value::Dict(self.dict.clone())))
    }
    fn length(&self) -> Option<usize> {
        Some(self.dict.len())
    }
    fn contains(&self, vm: &mut Vm, needle: &Value) -> Option<PyResult<bool>> {
        Some(
            vm.dict_key(&self.dict, needle.clone())
                .map(|k| self.dict.get_item(&k).is_some()),
        )
    }
    fn as_dict(&self) -> Option<&Arc<PyDict>> {
        Some(&self.dict)
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        // Reached again inside its own contents: `OrderedDict([('self', ...)])`. A
        // defaultdict prints its dict, whose own guard shows `{...}` as CPython does.
        if self.kind == Kind::DefaultDict {
            return Some(self.describe(vm));
        }
        let addr = self as *const DictLike as usize;
        if !vm.enter_repr_at(addr) {
            return Some(Ok("...".into()));
        }
        let r = self.describe(vm);
        vm.leave_repr(addr);
        Some(r)
    }
}

impl DictLike {
    fn new(kind: Kind, class: Arc<PyType>) -> DictLike {
        DictLike {
            kind,
            dict: PyDict::new(),
            factory: Mutex::new(Value::None),
            class,
        }
    }

    fn describe(&self, vm: &mut Vm) -> PyResult<String> {
        let name = &self.class.name;
        let inner = Value::Dict(self.dict.clone());
        match self.kind {
            Kind::Counter => {
                if self.dict.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let items = counter_sorted(vm, &self.dict)?;
                let mut parts = Vec::with_capacity(items.len());
                for (k, v) in items {
                    parts.push(format!("{}: {}", vm.repr(&k)?, vm.repr(&v)?));
                }
                Ok(format!("{name}({{{}}})", parts.join(", ")))
            }
            Kind::DefaultDict => {
                let f = self.factory.lock().clone();
                Ok(format!("{name}({}, {})", vm.repr(&f)?, vm.repr(&inner)?))
            }
            Kind::Ordered => {
                if self.dict.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let pairs: Vec<Value> = self
                    .dict
                    .items()
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect();
                Ok(format!("{name}({})", vm.repr(&Value::list(pairs))?))
            }
        }
    }

    fn copy(&self) -> DictLike {
        let d = DictLike::new(self.kind, self.class.clone());
        for (k, v) in self.dict.map.lock().iter() {
            d.dict.set_item(k.clone(), v.clone());
        }
        *d.factory.lock() = self.factory.lock().clone();
        d
    }
}

/// Items by count, largest first; equal counts keep insertion order.
fn counter_sorted(vm: &mut Vm, d: &PyDict) -> PyResult<Vec<(Value, Value)>> {
    let items = d.items();
    let mut err = None;
    let mut order: Vec<usize> = (0..items.len()).collect();
    // A stable insertion sort: comparisons run Python code and may fail.
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && err.is_none() {
            let (a, b) = (&items[order[j]].1, &items[order[j - 1]].1);
            match vm.compare(a, b, CmpOp::Gt).and_then(|r| vm.is_true(&r)) {
                Ok(true) => {
                    order.swap(j, j - 1);
                    j -= 1;
                }
                Ok(false) => break,
                Err(e) => err = Some(e),
            }
        }
    }
    if let Some(e) = err {
        return Err(e);
    }
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

const DICT_LIKE_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", dl_new),
    ("__getitem__", dl_getitem),
    ("__setitem__", dl_setitem),
    ("__delitem__", dl_delitem),
    ("__len__", dl_len),
    ("__eq__", dl_eq),
    ("keys", dl_keys),
    ("values", dl_values),
    ("items", dl_items),
    ("get", dl_get),
    ("pop", dl_pop),
    ("popitem", dl_popitem),
    ("setdefault", dl_setdefault),
    ("update", dl_update),
    ("clear", dl_clear),
    ("copy", dl_copy),
];

fn this_dl<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a DictLike> {
    args.pos
        .first()
        .and_then(|v| v.native::<DictLike>())
        .ok_or_else(|| vm.type_error("descriptor requires a dict-like 'collections' object"))
}

/// Calls the built-in dict method `name` on the entries of a dict variant.
fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let inner = Value::Dict(this_dl(vm, args)?.dict.clone());
    let Some(Value::Builtin(m)) = types().dict.dict.get_str(name, PyStr::hash_str(name)) else {
        return Err(vm.type_error(format!("dict has no method {name}")));
    };
    let mut pos = Vec::with_capacity(args.pos.len());
    pos.push(inner);
    pos.extend(args.pos[1..].iter().cloned());
    (m.func)(
        vm,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )
}

macro_rules! forwarders {
    ($($f:ident => $name:literal),*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                forward(vm, &args, $name)
            }
        )*
    };
}

forwarders!(dl_pop => "pop", dl_setdefault => "setdefault", dl_clear => "clear");

/// `keys()`, `values()`, `items()`: dict views, named `odict_*` for an OrderedDict.
fn dl_view(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let view = forward(vm, args, name)?;
    if this_dl(vm, args)?.kind == Kind::Ordered {
        if let Some(ordered) = super::dict_methods::ordered_view(&view) {
            return Ok(ordered);
        }
    }
    Ok(view)
}

fn dl_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dl_view(vm, &args, "keys")
}

fn dl_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dl_view(vm, &args, "values")
}

fn dl_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dl_view(vm, &args, "items")
}

fn dl_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, &args, "get")
}

fn dl_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, &args, "popitem")
}

fn dl_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(class)) = args.pos.first() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let t = dict_types();
    let kind = if class.is_subtype(&t.counter) {
        Kind::Counter
    } else if class.is_subtype(&t.defaultdict) {
        Kind::DefaultDict
    } else {
        Kind::Ordered
    };
    let obj = DictLike::new(kind, class.clone());
    let mut rest = &args.pos[1..];
    if kind == Kind::DefaultDict {
        if let Some(f) = rest.first() {
            let callable = f.is_none()
                || matches!(
                    f,
                    Value::Function(_) | Value::Builtin(_) | Value::Type(_) | Value::BoundMethod(_)
                )
                || vm.user_method(f, "__call__").is_some();
            if !callable {
                return Err(vm.type_error("first argument must be callable or None"));
            }
            *obj.factory.lock() = f.clone();
            rest = &rest[1..];
        }
    }
    let value = Value::new_native(obj);
    if rest.len() > 1 {
        return Err(vm.type_error(format!("expected at most 1 argument, got {}", rest.len())));
    }
    let mut upd = vec![value.clone()];
    upd.extend(rest.iter().cloned());
    let f: NativeFn = if kind == Kind::Counter {
        counter_update
    } else {
        dl_update
    };
    f(
        vm,
        Args {
            pos: &upd,
            kw: args.kw,
        },
    )?;
    Ok(value)
}

/// The `(key, value)` pairs of a mapping argument, or `None` when it is not one.
fn dl_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dl(vm, &args)?.dict.clone();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    if let Some(src) = args.pos.get(1) {
        match vm.mapping_items(src)? {
            Some(items) => {
                for (k, v) in items {
                    let key = vm.dict_key(&d, k)?;
                    d.set_item(key, v);
                }
            }
            None => {
                let upd = Value::Builtin(Builtin::new("update", dict_update_fn()));
                vm.call(&upd, vec![Value::Dict(d.clone()), src.clone()], Vec::new())?;
            }
        }
    }
    for (k, v) in args.kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::None)
}

fn dict_update_fn() -> NativeFn {
    match types()
        .dict
        .dict
        .get_str("update", PyStr::hash_str("update"))
    {
        Some(Value::Builtin(b)) => b.func,
        _ => |vm, _| Err(vm.type_error("dict.update is unavailable")),
    }
}

fn dl_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = one_arg(vm, "__getitem__", &args)?.clone();
    let dl = this_dl(vm, &args)?;
    let k = vm.dict_key(&dl.dict, key.clone())?;
    if let Some(v) = dl.dict.get_item(&k) {
        return Ok(v);
    }
    match dl.kind {
        Kind::Counter => Ok(Value::Int(0)),
        Kind::DefaultDict => {
            let f = dl.factory.lock().clone();
            if f.is_none() {
                return Err(key_error(&key));
            }
            let dict = dl.dict.clone();
            let v = vm.call(&f, Vec::new(), Vec::new())?;
            dict.set_item(k, v.clone());
            Ok(v)
        }
        Kind::Ordered => Err(key_error(&key)),
    }
}

fn dl_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, key, value] = args.pos else {
        return Err(vm.type_error("__setitem__ expected 2 arguments"));
    };
    let dl = this_dl(vm, &args)?;
    let k = vm.dict_key(&dl.dict, key.clone())?;
    dl.dict.set_item(k, value.clone());
    Ok(Value::None)
}

fn dl_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = one_arg(vm, "__delitem__", &args)?.clone();
    let dl = this_dl(vm, &args)?;
    let k = vm.dict_key(&dl.dict, key.clone())?;
    let removed = dl.dict.map.lock().shift_remove(&k);
    match removed {
        Some(_) => Ok(Value::None),
        // Counters forgive deleting a missing key.
        None if dl.kind == Kind::Counter => Ok(Value::None),
        None => Err(key_error(&key)),
    }
}

fn dl_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_dl(vm, &args)?.dict.len() as i64))
}

fn dl_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = one_arg(vm, "__eq__", &args)?.clone();
    let dl = this_dl(vm, &args)?;
    let a = dl.dict.clone();
    let (b, ordered_pair, counters) = match (&other, other.native::<DictLike>()) {
        (Value::Dict(d), _) => (d.clone(), false, false),
        (_, Some(o)) => (
            o.dict.clone(),
            dl.kind == Kind::Ordered && o.kind == Kind::Ordered,
            dl.kind == Kind::Counter && o.kind == Kind::Counter,
        ),
        _ => return Ok(not_implemented()),
    };
    if counters {
        return Ok(Value::from(counters_all(vm, &a, &b, CmpOp::Eq)?));
    }
    if ordered_pair {
        let (xs, ys) = (a.items(), b.items());
        if xs.len() != ys.len() {
            return Ok(Value::from(false));
        }
        for ((k1, _), (k2, _)) in xs.iter().zip(ys.iter()) {
            if !vm.eq(k1, k2)? {
                return Ok(Value::from(false));
            }
        }
    }
    Ok(Value::from(vm.eq(&Value::Dict(a), &Value::Dict(b))?))
}

/// `|`, reflected `|` and `|=` of OrderedDict and defaultdict: merges that keep the
/// variant's type (and default factory). Counter has its own, as a multiset union.
const MERGE_METHODS: &[(&str, NativeFn)] =
    &[("__or__", dl_or), ("__ror__", dl_ror), ("__ior__", dl_ior)];

/// The dict behind a merge's other operand, if it is a mapping `|` accepts.
fn merge_operand(v: &Value) -> Option<Value> {
    match v {
        Value::Dict(_) => Some(v.clone()),
        Value::Native(n) => n.as_dict().map(|d| Value::Dict(d.clone())),
        _ => None,
    }
}

fn dl_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this_dl(vm, &args)?;
    let Some(other) = args.pos.get(1).and_then(merge_operand) else {
        return Ok(not_implemented());
    };
    let out = me.copy();
    super::dict_methods::merge_into(vm, &out.dict, &other)?;
    Ok(Value::new_native(out))
}

fn dl_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this_dl(vm, &args)?;
    let Some(other) = args.pos.get(1).and_then(merge_operand) else {
        return Ok(not_implemented());
    };
    let out = me.copy();
    out.dict.map.lock().clear();
    super::dict_methods::merge_into(vm, &out.dict, &other)?;
    super::dict_methods::merge_into(vm, &out.dict, &Value::Dict(me.dict.clone()))?;
    Ok(Value::new_native(out))
}

fn dl_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this_dl(vm, &args)?;
    let Some(other) = args.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    super::dict_methods::merge_into(vm, &me.dict, other)?;
    Ok(args.pos[0].clone())
}

fn dl_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::new_native(this_dl(vm, &args)?.copy()))
}

fn dl_default_factory(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this_dl(vm, &args)?.factory.lock().clone())
}

fn counter_update_with(vm: &mut Vm, args: &Args, op: BinOp) -> PyResult<Value> {
    let d = this_dl(vm, args)?.dict.clone();
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    if let Some(src) = args.pos.get(1) {
        match vm.mapping_items(src)? {
            Some(items) => pairs = items,
            None => {
                for v in vm.collect_iterable(src)? {
                    pairs.push((v, Value::Int(1)));
                }
            }
        }
    }
    for (k, v) in args.kw {
        pairs.push((Value::Str(k.clone()), v.clone()));
    }
    for (k, v) in pairs {
        let key = vm.dict_key(&d, k)?;
        let cur = d.get_item(&key).unwrap_or(Value::Int(0));
        let new = vm.binary_op(&cur, &v, op)?;
        d.set_item(key, new);
    }
    Ok(Value::None)
}

fn counter_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_update_with(vm, &args, BinOp::Add)
}

fn counter_subtract(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_update_with(vm, &args, BinOp::Sub)
}

fn counter_total(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dl(vm, &args)?.dict.clone();
    let mut total = Value::Int(0);
    for (_, v) in d.items() {
        total = vm.binary_op(&total, &v, BinOp::Add)?;
    }
    Ok(total)
}

fn counter_most_common(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dl(vm, &args)?.dict.clone();
    let n = match args.pos.get(1).or_else(|| kwarg(&args, "n")) {
        None | Some(Value::None) => None,
        Some(v) => Some(to_i64(vm, v)?.max(0) as usize),
    };
    let mut items = counter_sorted(vm, &d)?;
    if let Some(n) = n {
        items.truncate(n);
    }
    Ok(Value::list(
        items
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn counter_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dl(vm, &args)?.dict.clone();
    let mut out = Vec::new();
    for (k, v) in d.items() {
        let n = match v {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        for _ in 0..n.max(0) {
            out.push(k.clone());
        }
    }
    Ok(Value::Iter(PyIter::seq(Value::tuple(out))))
}

/// Whether `a[e] op b[e]` holds for every element of either counter, a missing element
/// counting as zero: the multiset comparisons of CPython's `Counter`.
fn counters_all(vm: &mut Vm, a: &Arc<PyDict>, b: &Arc<PyDict>, op: CmpOp) -> PyResult<bool> {
    let mirrored = match op {
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::GtE => CmpOp::LtE,
        op => op,
    };
    for (x, y, op) in [(a, b, op), (b, a, mirrored)] {
        for (k, v) in x.items() {
            let key = vm.dict_key(y, k)?;
            let w = y.get_item(&key).unwrap_or(Value::Int(0));
            let holds = vm.compare(&v, &w, op)?;
            if !vm.is_true(&holds)? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// `<=`, `<`, `>=`, `>` between counters: inclusion, strict when `strict`.
fn counter_compare(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    op: CmpOp,
    strict: bool,
) -> PyResult<Value> {
    let other = one_arg(vm, name, args)?.clone();
    let a = this_dl(vm, args)?.dict.clone();
    let Some(b) = other
        .native::<DictLike>()
        .filter(|o| o.kind == Kind::Counter)
        .map(|o| o.dict.clone())
    else {
        return Ok(not_implemented());
    };
    let holds = counters_all(vm, &a, &b, op)? && !(strict && counters_all(vm, &a, &b, CmpOp::Eq)?);
    Ok(Value::from(holds))
}

fn counter_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_compare(vm, &args, "__le__", CmpOp::LtE, false)
}

fn counter_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_compare(vm, &args, "__lt__", CmpOp::LtE, true)
}

fn counter_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_compare(vm, &args, "__ge__", CmpOp::GtE, false)
}

fn counter_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_compare(vm, &args, "__gt__", CmpOp::GtE, true)
}

/// `Counter op Counter`: combines counts, keeping only positive results.
fn counter_binary(vm: &mut Vm, args: &Args, op: &str) -> PyResult<Value> {
    let other = one_arg(vm, op, args)?.clone();
    let a = this_dl(vm, args)?;
    let Some(b) = other
        .native::<DictLike>()
        .filter(|o| o.kind == Kind::Counter)
    else {
        return Ok(not_implemented());
    };
    let out = DictLike::new(Kind::Counter, dict_types().counter.clone());
    let (ad, bd) = (a.dict.clone(), b.dict.clone());
    let mut keys: Vec<Value> = ad.items().into_iter().map(|(k, _)| k).collect();
    for (k, _) in bd.items() {
        let key = vm.dict_key(&ad, k.clone())?;
        if ad.get_item(&key).is_none() {
            keys.push(k);
        }
    }
    let zero = Value::Int(0);
    for k in keys {
        let key = vm.dict_key(&ad, k)?;
        let x = ad.get_item(&key).unwrap_or(Value::Int(0));
        let y = bd.get_item(&key).unwrap_or(Value::Int(0));
        let r = match op {
            "__add__" => vm.binary_op(&x, &y, BinOp::Add)?,
            "__sub__" => vm.binary_op(&x, &y, BinOp::Sub)?,
            "__or__" => {
                let gt = vm.compare(&y, &x, CmpOp::Gt)?;
                if vm.is_true(&gt)? {
                    y
                } else {
                    x
                }
            }
            _ => {
                let lt = vm.compare(&y, &x, CmpOp::Lt)?;
                if vm.is_true(&lt)? {
                    y
                } else {
                    x
                }
            }
        };
        let positive = vm.compare(&r, &zero, CmpOp::Gt)?;
        if vm.is_true(&positive)? {
            out.dict.set_item(key, r);
        }
    }
    Ok(Value::new_native(out))
}

fn counter_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_binary(vm, &args, "__add__")
}

fn counter_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_binary(vm, &args, "__sub__")
}

fn counter_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_binary(vm, &args, "__or__")
}

fn counter_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_binary(vm, &args, "__and__")
}

/// `+counter` keeps the positive counts and `-counter` negates the negative ones,
/// dropping the rest, as CPython's `Counter` does.
fn counter_unary(vm: &mut Vm, args: &Args, negate: bool) -> PyResult<Value> {
    let items = this_dl(vm, args)?.dict.items();
    let out = DictLike::new(Kind::Counter, dict_types().counter.clone());
    let zero = Value::Int(0);
    for (k, count) in items {
        let op = if negate { CmpOp::Lt } else { CmpOp::Gt };
        let keep = vm.compare(&count, &zero, op)?;
        if vm.is_true(&keep)? {
            let v = if negate {
                vm.binary_op(&zero, &count, BinOp::Sub)?
            } else {
                count
            };
            let key = vm.dict_key(&out.dict, k)?;
            out.dict.set_item(key, v);
        }
    }
    Ok(Value::new_native(out))
}

fn counter_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_unary(vm, &args, false)
}

fn counter_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    counter_unary(vm, &args, true)
}

fn od_move_to_end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "move_to_end",
        &args.without_self(),
        &["key", "last"],
        1,
        &[],
        0,
    )?;
    let key = p[0].clone().unwrap_or(Value::None);
    let last = match &p[1] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let d = this_dl(vm, &args)?.dict.clone();
    let k = vm.dict_key(&d, key.clone())?;
    let mut map = d.map.lock();
    let Some(i) = map.get_index_of(&k) else {
        drop(map);
        return Err(key_error(&key));
    };
    if last {
        let n = map.len();
        map.move_index(i, n - 1);
    } else {
        map.move_index(i, 0);
    }
    Ok(Value::None)
}

fn od_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let last = match args.pos.get(1).or_else(|| kwarg(&args, "last")) {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let d = this_dl(vm, &args)?.dict.clone();
    let entry = {
        let mut map = d.map.lock();
        if last {
            map.pop()
        } else {
            map.shift_remove_index(0)
        }
    };
    match entry {
        Some((DictKey { value, .. }, v)) => Ok(Value::tuple(vec![value, v])),
        None => Err(key_error(&Value::str("dictionary is empty"))),
    }
}
