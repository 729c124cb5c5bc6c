//! The `bisect` module: binary search in a sorted sequence, and insertion that
//! keeps it sorted. Lists are read directly; other sequences through `__getitem__`.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::builtins::len_of;
use super::modutil::to_i64;
use super::sorting::less_than;

/// The parameters `(a, x, lo=0, hi=len(a), *, key=None)`.
struct Search {
    a: Value,
    x: Value,
    lo: usize,
    hi: Option<usize>,
    key: Option<Value>,
}

const POSITIONAL: [&str; 4] = ["a", "x", "lo", "hi"];

/// Binds the arguments with the messages of CPython's `_bisect` argument parser.
fn parse(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Search> {
    let given = args.pos.len();
    if given > POSITIONAL.len() {
        return Err(vm.type_error(format!(
            "{name}() takes at most 4 positional arguments ({given} given)"
        )));
    }
    let mut slots: [Option<Value>; 5] = Default::default();
    for (slot, v) in slots.iter_mut().zip(args.pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kw {
        let k = k.as_str();
        let i = match POSITIONAL.iter().position(|p| *p == k) {
            Some(i) => i,
            None if k == "key" => 4,
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        };
        if i < given {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [a, x, lo, hi, key] = slots;
    let missing = |i: usize| {
        vm.type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            POSITIONAL[i],
            i + 1
        ))
    };
    let a = a.ok_or_else(|| missing(0))?;
    let x = x.ok_or_else(|| missing(1))?;
    let lo = match lo {
        Some(v) => to_i64(vm, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = match hi {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => Some(to_i64(vm, &v)?),
        Some(v) => {
            if vm.call_user_method(&v, "__index__", &[])?.is_none() {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    v.type_name()
                )));
            }
            Some(to_i64(vm, &v)?)
        }
    };
    Ok(Search {
        a,
        x,
        lo: lo as usize,
        // A negative `hi` leaves nothing to search.
        hi: hi.map(|h| h.max(0) as usize),
        key: key.filter(|k| !matches!(k, Value::None)),
    })
}

fn element(vm: &mut Vm, a: &Value, i: usize) -> PyResult<Value> {
    match a {
        Value::List(l) if a.subclass().is_none() => {
            let found = l.items.lock().get(i).cloned();
            found.ok_or_else(|| vm.new_error("IndexError", "list index out of range"))
        }
        _ => vm.get_item(a, &Value::Int(i as i64)),
    }
}

/// The insertion point for `x` (already passed through the key, if any): before
/// equal items (`left`) or after them.
fn search(vm: &mut Vm, s: &Search, x: &Value, left: bool) -> PyResult<usize> {
    let mut lo = s.lo;
    let mut hi = match s.hi {
        Some(h) => h,
        None => len_of(vm, &s.a)?,
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = element(vm, &s.a, mid)?;
        if let Some(key) = &s.key {
            item = vm.call(key, vec![item], Vec::new())?;
        }
        let goes_right = if left {
            less_than(vm, &item, x)?
        } else {
            !less_than(vm, x, &item)?
        };
        if goes_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_with(vm: &mut Vm, args: Args, name: &str, left: bool) -> PyResult<Value> {
    let s = parse(vm, name, &args)?;
    let i = search(vm, &s, &s.x, left)?;
    Ok(Value::Int(i as i64))
}

fn insort_with(vm: &mut Vm, args: Args, name: &str, left: bool) -> PyResult<Value> {
    let s = parse(vm, name, &args)?;
    let probe = match &s.key {
        Some(key) => vm.call(key, vec![s.x.clone()], Vec::new())?,
        None => s.x.clone(),
    };
    let i = search(vm, &s, &probe, left)?;
    match &s.a {
        Value::List(l) if s.a.subclass().is_none() => {
            let mut items = l.items.lock();
            let at = i.min(items.len());
            items.insert(at, s.x);
        }
        other => {
            let insert = vm.get_attr(other, &PyStr::new("insert"))?;
            vm.call(&insert, vec![Value::Int(i as i64), s.x.clone()], Vec::new())?;
        }
    }
    Ok(Value::None)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bisect_with(vm, args, "bisect_left", true)
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bisect_with(vm, args, "bisect_right", false)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort_with(vm, args, "insort_left", true)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort_with(vm, args, "insort_right", false)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("bisect_left", bisect_left),
    ("bisect_right", bisect_right),
    ("insort_left", insort_left),
    ("insort_right", insort_right),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    // The short names are the same functions, as in CPython.
    for (alias, of) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        if let Some(f) = d.get_str(of, PyStr::hash_str(of)) {
            set(&d, alias, f);
        }
    }
    Ok(d)
}
