//! The lazy iterators of the builtins: `enumerate`, `zip`, `map`, `filter`, `reversed`.
//! Each pulls from its sources only when asked, as CPython's do.

use std::any::Any;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::objects::function::Args;
use crate::objects::instance::NativeObject;
use crate::objects::iter::PyIter;
use crate::objects::range::PyRange;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::dict_methods::ViewKind;

/// The iterator types, created once.
pub struct IteratorTypes {
    pub enumerate: Arc<PyType>,
    pub zip: Arc<PyType>,
    pub map: Arc<PyType>,
    pub filter: Arc<PyType>,
    pub reversed: Arc<PyType>,
    pub list_reverseiterator: Arc<PyType>,
    pub dict_reversekeyiterator: Arc<PyType>,
    pub dict_reversevalueiterator: Arc<PyType>,
    pub dict_reverseitemiterator: Arc<PyType>,
    pub iterator: Arc<PyType>,
    pub callable_iterator: Arc<PyType>,
}

pub fn iterator_types() -> &'static IteratorTypes {
    static TYPES: std::sync::OnceLock<IteratorTypes> = std::sync::OnceLock::new();
    TYPES.get_or_init(|| {
        let make = |name: &str| PyType::new(name, vec![types().object.clone()]);
        IteratorTypes {
            enumerate: make("enumerate"),
            zip: make("zip"),
            map: make("map"),
            filter: make("filter"),
            reversed: make("reversed"),
            list_reverseiterator: make("list_reverseiterator"),
            dict_reversekeyiterator: make("dict_reversekeyiterator"),
            dict_reversevalueiterator: make("dict_reversevalueiterator"),
            dict_reverseitemiterator: make("dict_reverseitemiterator"),
            iterator: make("iterator"),
            callable_iterator: make("callable_iterator"),
        }
    })
}

macro_rules! iterator_object {
    ($t:ty, $field:ident) => {
        iterator_object!($t, |_it| iterator_types().$field.clone());
    };
    ($t:ty, |$it:ident| $class:expr) => {
        impl NativeObject for $t {
            fn class(&self) -> Arc<PyType> {
                let $it = self;
                $class
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
            fn is_iterator(&self) -> bool {
                true
            }
            fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
                Some(self.advance(vm))
            }
        }
    };
}

/// `iter(obj)` for an object with `__getitem__` but no `__iter__`: items 0, 1, 2… until
/// `IndexError` (or `StopIteration`), the old sequence protocol.
pub struct SeqIterator {
    seq: Value,
    index: AtomicI64,
    done: AtomicBool,
}

impl SeqIterator {
    pub fn new_value(seq: Value) -> Value {
        Value::new_native(SeqIterator {
            seq,
            index: AtomicI64::new(0),
            done: AtomicBool::new(false),
        })
    }

    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let i = self.index.fetch_add(1, Ordering::Relaxed);
        match vm.get_item(&self.seq, &Value::Int(i)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is("IndexError") || e.is("StopIteration") => {
                self.done.store(true, Ordering::Relaxed);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

iterator_object!(SeqIterator, iterator);

/// `iter(callable, sentinel)`: calls `callable()` until it returns something equal to
/// `sentinel`, then stays exhausted.
pub struct CallableIterator {
    callable: Value,
    sentinel: Value,
    done: AtomicBool,
}

impl CallableIterator {
    pub fn new_value(callable: Value, sentinel: Value) -> Value {
        Value::new_native(CallableIterator {
            callable,
            sentinel,
            done: AtomicBool::new(false),
        })
    }

    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let stop = |it: &Self| {
            it.done.store(true, Ordering::Relaxed);
            Ok(None)
        };
        let v = match vm.call(&self.callable, vec![], vec![]) {
            Ok(v) => v,
            Err(e) if e.is("StopIteration") => return stop(self),
            Err(e) => return Err(e),
        };
        if vm.eq(&v, &self.sentinel)? {
            return stop(self);
        }
        Ok(Some(v))
    }
}

iterator_object!(CallableIterator, callable_iterator);

pub struct Enumerate {
    source: Value,
    count: AtomicI64,
}

impl Enumerate {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match vm.next(&self.source)? {
            Some(item) => {
                let i = self.count.fetch_add(1, Ordering::Relaxed);
                Ok(Some(Value::tuple(vec![Value::Int(i), item])))
            }
            None => Ok(None),
        }
    }
}

iterator_object!(Enumerate, enumerate);

pub struct Zip {
    sources: Vec<Value>,
    strict: bool,
    done: AtomicBool,
}

impl Zip {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.sources.is_empty() || self.done.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.sources.len());
        for (i, s) in self.sources.iter().enumerate() {
            match vm.next(s)? {
                Some(v) => items.push(v),
                None => {
                    self.done.store(true, Ordering::Relaxed);
                    if self.strict {
                        return self.strict_failure(vm, i);
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(items)))
    }

    /// `zip(strict=True)`: all sources must end together.
    fn strict_failure(&self, vm: &mut Vm, exhausted: usize) -> PyResult<Option<Value>> {
        if exhausted > 0 {
            let which = if exhausted == 1 {
                "argument 2 is shorter than argument 1".to_string()
            } else {
                format!(
                    "argument {} is shorter than arguments 1-{exhausted}",
                    exhausted + 1
                )
            };
            return Err(vm.value_error(format!("zip() {which}")));
        }
        for (i, s) in self.sources.iter().enumerate().skip(1) {
            if vm.next(s)?.is_some() {
                let which = if i == 1 {
                    "argument 2 is longer than argument 1".to_string()
                } else {
                    format!("argument {} is longer than arguments 1-{i}", i + 1)
                };
                return Err(vm.value_error(format!("zip() {which}")));
            }
        }
        Ok(None)
    }
}

iterator_object!(Zip, zip);

pub struct Map {
    func: Value,
    sources: Vec<Value>,
}

impl Map {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(self.sources.len());
        for s in &self.sources {
            match vm.next(s)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        vm.call(&self.func, args, Vec::new()).map(Some)
    }
}

iterator_object!(Map, map);

pub struct Filter {
    func: Value,
    source: Value,
}

impl Filter {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while let Some(item) = vm.next(&self.source)? {
            let keep = if self.func.is_none() {
                vm.is_true(&item)?
            } else {
                let r = vm.call(&self.func, vec![item.clone()], Vec::new())?;
                vm.is_true(&r)?
            };
            if keep {
                return Ok(Some(item));
            }
        }
        Ok(None)
    }
}

iterator_object!(Filter, filter);

/// `reversed(seq)` over a snapshot of a built-in sequence.
pub struct Reversed {
    items: Mutex<Vec<Value>>,
    /// CPython's type for reversing this kind of container (`list_reverseiterator`, …).
    class: Arc<PyType>,
}

impl Reversed {
    pub fn remaining(&self) -> usize {
        self.items.lock().len()
    }

    fn advance(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        Ok(self.items.lock().pop())
    }
}

iterator_object!(Reversed, |it| it.class.clone());

fn native(obj: impl NativeObject) -> Value {
    Value::new_native(obj)
}

pub fn new_enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut start = args.pos.get(1).cloned();
    for (k, v) in args.kw {
        match k.as_str() {
            "start" => start = Some(v.clone()),
            "iterable" => {}
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for enumerate()"
                )))
            }
        }
    }
    let iterable = match (
        args.pos.first(),
        args.kw.iter().find(|(k, _)| k.as_str() == "iterable"),
    ) {
        (Some(v), _) | (None, Some((_, v))) => v.clone(),
        _ => return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")),
    };
    let start = match start {
        None => 0,
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => b as i64,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let source = vm.get_iter(&iterable)?;
    Ok(native(Enumerate {
        source,
        count: AtomicI64::new(start),
    }))
}

pub fn new_zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kw {
        match k.as_str() {
            "strict" => strict = vm.is_true(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "zip() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let mut sources = Vec::with_capacity(args.pos.len());
    for a in args.pos.iter() {
        sources.push(vm.get_iter(a)?);
    }
    Ok(native(Zip {
        sources,
        strict,
        done: AtomicBool::new(false),
    }))
}

pub fn new_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let sources = args.pos[1..]
        .iter()
        .map(|a| vm.get_iter(a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(native(Map {
        func: args.pos[0].clone(),
        sources,
    }))
}

pub fn new_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [func, iterable] = args.pos else {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    let source = vm.get_iter(iterable)?;
    Ok(native(Filter {
        func: func.clone(),
        source,
    }))
}

pub fn new_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [seq] = args.pos else {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len()
        )));
    };
    if let Some(r) = vm.call_user_method(seq, "__reversed__", &[])? {
        return Ok(r);
    }
    let not_reversible =
        |vm: &Vm| vm.type_error(format!("'{}' object is not reversible", seq.type_name()));
    // `__reversed__ = None` opts a class out of the sequence-protocol fallback.
    if crate::objects::value::is_user_object(seq)
        && matches!(seq.type_of().lookup("__reversed__"), Some(Value::None))
    {
        return Err(not_reversible(vm));
    }
    let types = iterator_types();
    let mut class = &types.reversed;
    let items = match seq {
        Value::Range(r) => {
            if let Some(it) = reversed_range(r) {
                return Ok(Value::Iter(it));
            }
            vm.collect_iterable(seq)?
        }
        Value::List(_) | Value::Dict(_) => {
            class = match seq {
                Value::List(_) => &types.list_reverseiterator,
                _ => &types.dict_reversekeyiterator,
            };
            vm.collect_iterable(seq)?
        }
        Value::Tuple(_) | Value::Str(_) => vm.collect_iterable(seq)?,
        Value::Native(_) if super::dict_methods::view_kind(seq).is_some() => {
            class = match super::dict_methods::view_kind(seq) {
                Some(ViewKind::Keys) => &types.dict_reversekeyiterator,
                Some(ViewKind::Values) => &types.dict_reversevalueiterator,
                _ => &types.dict_reverseitemiterator,
            };
            vm.collect_iterable(seq)?
        }
        // OrderedDict, defaultdict, Counter: their keys; bytes and bytearray.
        Value::Native(n) if n.as_dict().is_some() || seq.with_byte_content(|_| ()).is_some() => {
            vm.collect_iterable(seq)?
        }
        // The sequence protocol: `__len__` and `__getitem__`, read from the end.
        other
            if vm.user_method(other, "__len__").is_some()
                && vm.user_method(other, "__getitem__").is_some() =>
        {
            let n = super::builtins::len_of(vm, other)?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(vm.get_item(other, &Value::Int(i as i64))?);
            }
            items.reverse();
            items
        }
        _ => return Err(not_reversible(vm)),
    };
    Ok(native(Reversed {
        items: Mutex::new(items),
        class: class.clone(),
    }))
}

/// `reversed(range(...))` is a `range_iterator` counting down, when its bounds fit an i64.
fn reversed_range(r: &PyRange) -> Option<Arc<PyIter>> {
    let (start, _, step) = r.small?;
    let len = i64::try_from(r.len()).ok()?;
    let last = start.checked_add((len - 1).checked_mul(step)?)?;
    let stop = start.checked_sub(step)?;
    Some(PyIter::range(last, stop, step.checked_neg()?))
}
