//! Methods of `dict`, its `keys()`/`values()`/`items()` views, and the `dict()` constructor.

use std::any::Any;
use std::sync::Arc;

use crate::objects::dict::{DictKey, PyDict};
use crate::objects::exception::PyException;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::{ClassMethod, NativeObject};
use crate::objects::iter::{PyIter, Shown};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub const DICT_METHODS: &[(&str, NativeFn)] = &[
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
    ("__init__", dict_init),
];

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Arc<PyDict>> {
    match args.pos.first() {
        Some(Value::Dict(d)) => Ok(d),
        other => Err(vm.descriptor_error("dict", method, other)),
    }
}

fn key_error(key: &Value) -> Arc<PyException> {
    PyException::new(exception_type("KeyError"), vec![key.clone()])
}

/// The `key[, default]` arguments of get, setdefault and pop.
fn key_and_default<'a>(
    vm: &Vm,
    args: &'a Args,
    method: &str,
) -> PyResult<(&'a Value, Option<Value>)> {
    match &args.pos[1..] {
        [k] => Ok((k, None)),
        [k, dflt] => Ok((k, Some(dflt.clone()))),
        [] => Err(vm.type_error(format!("{method} expected at least 1 argument, got 0"))),
        rest => Err(vm.type_error(format!(
            "{method} expected at most 2 arguments, got {}",
            rest.len()
        ))),
    }
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    let (key, default) = key_and_default(vm, &args, "get")?;
    let default = default.unwrap_or(Value::None);
    let k = vm.dict_key(d, key.clone())?;
    Ok(d.get_item(&k).unwrap_or(default))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    let (key, default) = key_and_default(vm, &args, "setdefault")?;
    let default = default.unwrap_or(Value::None);
    let k = vm.dict_key(d, key.clone())?;
    d.map.note_key(&k);
    // One lock for the check and the insert: setdefault is atomic, as in CPython.
    let mut map = d.map.lock();
    Ok(map.entry(k).or_insert(default).clone())
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    let (key, default) = key_and_default(vm, &args, "pop")?;
    let k = vm.dict_key(d, key.clone())?;
    let removed = d.map.lock().shift_remove(&k);
    match (removed, default) {
        (Some(v), _) => Ok(v),
        (None, Some(dflt)) => Ok(dflt),
        (None, None) => Err(key_error(key)),
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    let popped = d.map.lock().pop();
    match popped {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_as(vm, args, "update")
}

/// `dict.__init__`, reached from subclasses: `update` under the constructor's name.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_as(vm, args, "dict")
}

fn update_as(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let d = this(vm, &args, "__init__")?.clone();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    if let Some(src) = args.pos.get(1) {
        merge_into(vm, &d, src)?;
    }
    for (k, v) in args.kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::None)
}

/// Adds the entries of a mapping or of an iterable of pairs, as `dict.update` does.
pub(crate) fn merge_into(vm: &mut Vm, d: &PyDict, src: &Value) -> PyResult<()> {
    if let Some(items) = vm.mapping_items(src)? {
        for (k, v) in items {
            let key = vm.dict_key(d, k)?;
            d.set_item(key, v);
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    let mut index = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect_iterable(&item) {
            Ok(p) => p,
            Err(e) if e.is("TypeError") => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{index} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        let [k, v] = <[Value; 2]>::try_from(pair).map_err(|p| {
            vm.value_error(format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                p.len()
            ))
        })?;
        let key = vm.dict_key(d, k)?;
        d.set_item(key, v);
        index += 1;
    }
    Ok(())
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    let copy = PyDict::new();
    *copy.map.lock() = d.map.lock().clone();
    copy.map.note_keys_of(&d.map);
    Ok(Value::Dict(copy))
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    let old = std::mem::take(&mut *d.map.lock());
    drop(old);
    Ok(Value::None)
}

/// `fromkeys` is a class method, so `MyDict.fromkeys(...)` builds a `MyDict`.
pub fn install() {
    types().dict.dict.set_str(
        &PyStr::new("fromkeys"),
        Value::new_native(ClassMethod(Value::Builtin(Builtin::new(
            "fromkeys",
            dict_fromkeys,
        )))),
    );
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, keys, value) = match args.pos {
        [cls, k] => (cls, k, Value::None),
        [cls, k, v] => (cls, k, v.clone()),
        [_] | [] => {
            return Err(vm.type_error("fromkeys expected at least 1 argument, got 0"));
        }
        _ => {
            return Err(vm.type_error(format!(
                "fromkeys expected at most 2 arguments, got {}",
                args.pos.len() - 1
            )))
        }
    };
    if matches!(cls, Value::Type(t) if Arc::ptr_eq(t, &types().dict)) {
        let d = PyDict::new();
        for k in vm.collect_iterable(keys)? {
            let key = vm.dict_key(&d, k)?;
            d.set_item(key, value.clone());
        }
        return Ok(Value::Dict(d));
    }
    // A subclass may override `__init__` or `__setitem__`, so it is built as Python would.
    let d = vm.call(cls, Vec::new(), Vec::new())?;
    for k in vm.collect_iterable(keys)? {
        vm.set_item(&d, k, value.clone())?;
    }
    Ok(d)
}

pub fn new_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let d = PyDict::new();
    if let Some(src) = args.pos.first() {
        merge_into(vm, &d, src)?;
    }
    for (k, v) in args.kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::Dict(d))
}

#[derive(Clone, Copy, PartialEq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A live view of a dict: sees later changes, as CPython's views do.
pub struct DictView {
    dict: Arc<PyDict>,
    kind: ViewKind,
    /// An OrderedDict's view: `odict_keys` and so on.
    ordered: bool,
}

pub struct ViewTypes {
    keys: Arc<PyType>,
    values: Arc<PyType>,
    items: Arc<PyType>,
    odict_keys: Arc<PyType>,
    odict_values: Arc<PyType>,
    odict_items: Arc<PyType>,
}

fn view_types() -> &'static ViewTypes {
    static T: std::sync::OnceLock<ViewTypes> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let make = |n: &str| PyType::new(n, vec![types().object.clone()]);
        let (keys, values, items) = (make("dict_keys"), make("dict_values"), make("dict_items"));
        ViewTypes {
            odict_keys: PyType::new("odict_keys", vec![keys.clone()]),
            odict_values: PyType::new("odict_values", vec![values.clone()]),
            odict_items: PyType::new("odict_items", vec![items.clone()]),
            keys,
            values,
            items,
        }
    })
}

/// Which kind of dict view `v` is, if it is one.
pub fn view_kind(v: &Value) -> Option<ViewKind> {
    v.native::<DictView>().map(|view| view.kind)
}

impl DictView {
    fn snapshot(&self) -> Vec<Value> {
        self.dict
            .items()
            .into_iter()
            .map(|(k, v)| match self.kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => Value::tuple(vec![k, v]),
            })
            .collect()
    }
}

impl NativeObject for DictView {
    fn class(&self) -> Arc<PyType> {
        let t = view_types();
        match (self.kind, self.ordered) {
            (ViewKind::Keys, false) => t.keys.clone(),
            (ViewKind::Values, false) => t.values.clone(),
            (ViewKind::Items, false) => t.items.clone(),
            (ViewKind::Keys, true) => t.odict_keys.clone(),
            (ViewKind::Values, true) => t.odict_values.clone(),
            (ViewKind::Items, true) => t.odict_items.clone(),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn iter(&self, _vm: &mut Vm) -> Option<PyResult<Value>> {
        let shown = match self.kind {
            ViewKind::Keys => Shown::DictKeys,
            ViewKind::Values => Shown::DictValues,
            ViewKind::Items => Shown::DictItems,
        };
        Some(Ok(Value::Iter(PyIter::dict(
            self.dict.clone(),
            Value::tuple(self.snapshot()),
            shown,
        ))))
    }

    fn length(&self) -> Option<usize> {
        Some(self.dict.len())
    }

    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let name = self.class().name.clone();
        Some(
            vm.repr(&Value::list(self.snapshot()))
                .map(|inner| format!("{name}({inner})")),
        )
    }

    fn contains(&self, vm: &mut Vm, needle: &Value) -> Option<PyResult<bool>> {
        Some(match self.kind {
            ViewKind::Keys => vm
                .dict_key(&self.dict, needle.clone())
                .map(|k: DictKey| self.dict.get_item(&k).is_some()),
            _ => {
                let items = Value::list(self.snapshot());
                vm.contains(&items, needle)
            }
        })
    }
}

/// The members of a keys or items view, which operators treat as a set; `None` for
/// anything else (values views are not set-like).
pub fn set_like_view(v: &Value) -> Option<Vec<Value>> {
    v.native::<DictView>()
        .filter(|view| !matches!(view.kind, ViewKind::Values))
        .map(DictView::snapshot)
}

/// The dict behind a keys view.
pub fn keys_view_dict(v: &Value) -> Option<Arc<PyDict>> {
    v.native::<DictView>()
        .filter(|view| matches!(view.kind, ViewKind::Keys))
        .map(|view| view.dict.clone())
}

fn view(vm: &mut Vm, args: Args, kind: ViewKind, name: &str) -> PyResult<Value> {
    let d = this(vm, &args, name)?;
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(if args.kw.is_empty() {
            format!(
                "dict.{name}() takes no arguments ({} given)",
                args.pos.len() - 1
            )
        } else {
            format!("dict.{name}() takes no keyword arguments")
        }));
    }
    Ok(Value::new_native(DictView {
        dict: d.clone(),
        kind,
        ordered: false,
    }))
}

/// The same live view as `view` (a dict view), as an OrderedDict's.
pub fn ordered_view(view: &Value) -> Option<Value> {
    let v = view.native::<DictView>()?;
    Some(Value::new_native(DictView {
        dict: v.dict.clone(),
        kind: v.kind,
        ordered: true,
    }))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, ViewKind::Keys, "keys")
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, ViewKind::Values, "values")
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, ViewKind::Items, "items")
}
