//! Methods of `list` and `tuple`. Each list method takes the list's lock once for its
//! whole effect (so `append` and friends are atomic, as in CPython) and never while
//! Python code runs: comparisons happen on snapshots.

use std::sync::Arc;

use crate::objects::function::{Args, NativeFn};
use crate::objects::list::PyList;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::builtins_iter::sort_options;
use super::sorting::sort_values;

pub const LIST_METHODS: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", seq_index),
    ("count", seq_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
    ("__init__", list_init),
];

pub const TUPLE_METHODS: &[(&str, NativeFn)] = &[("index", seq_index), ("count", seq_count)];

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Arc<PyList>> {
    match args.pos.first() {
        Some(Value::List(l)) => Ok(l),
        other => Err(vm.descriptor_error("list", method, other)),
    }
}

fn arity(vm: &Vm, args: &Args, method: &str, min: usize, max: usize) -> PyResult<()> {
    let Some(n) = args.pos.len().checked_sub(1) else {
        return Err(vm.descriptor_error("list", method, None));
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("list.{method}() takes no keyword arguments")));
    }
    if n < min || n > max {
        let msg = match (min, max) {
            (0, 0) => format!("list.{method}() takes no arguments ({n} given)"),
            (1, 1) => format!("list.{method}() takes exactly one argument ({n} given)"),
            _ if min == max => format!("{method} expected {min} arguments, got {n}"),
            _ if n < min => format!(
                "{method} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            ),
            _ => format!(
                "{method} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            ),
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Whether `b` is `list.append`, which the VM runs without a call (see
/// `Vm::append_call`).
pub(crate) fn is_list_append(b: &crate::objects::function::Builtin) -> bool {
    std::ptr::fn_addr_eq(b.func, list_append as NativeFn)
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "append", 1, 1)?;
    this(vm, &args, "append")?
        .items
        .lock()
        .push(args.pos[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "extend", 1, 1)?;
    let l = this(vm, &args, "extend")?;
    let items = vm.collect_iterable(&args.pos[1])?;
    l.items.lock().extend(items);
    Ok(Value::None)
}

/// `list.__init__`, reached from subclasses: replaces the contents with the iterable's.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__init__")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let items = match args.pos.get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    // The old items die after the lock is released: their finalizers may run Python code.
    let old = std::mem::replace(&mut *l.items.lock(), items.into());
    drop(old);
    Ok(Value::None)
}

fn index_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(n) => Ok(if num_traits::Signed::is_negative(&**n) {
            i64::MIN
        } else {
            i64::MAX
        }),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "insert", 2, 2)?;
    let l = this(vm, &args, "insert")?;
    let i = index_arg(vm, &args.pos[1])?;
    let mut items = l.items.lock();
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "pop", 0, 1)?;
    let l = this(vm, &args, "pop")?;
    let i = match args.pos.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.items.lock();
    if items.is_empty() {
        return Err(vm.new_error("IndexError", "pop from empty list"));
    }
    let len = items.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        return Err(vm.new_error("IndexError", "pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

/// The first index at which `needle` equals an item, comparing outside the lock.
fn find(
    vm: &mut Vm,
    items: &[Value],
    needle: &Value,
    from: usize,
    to: usize,
) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(to).skip(from) {
        if item.is(needle) || vm.eq(item, needle)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "remove", 1, 1)?;
    let l = this(vm, &args, "remove")?;
    let snapshot = l.snapshot();
    match find(vm, &snapshot, &args.pos[1], 0, snapshot.len())? {
        Some(i) => {
            let mut items = l.items.lock();
            // The list may have changed while comparing; remove the same object if it is
            // still there.
            if items.get(i).is_some_and(|v| v.is(&snapshot[i])) {
                items.remove(i);
            } else if let Some(j) = items.iter().position(|v| v.is(&snapshot[i])) {
                items.remove(j);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn items_of(v: &Value) -> (Vec<Value>, &'static str) {
    match v {
        Value::List(l) => (l.snapshot(), "list"),
        Value::Tuple(t) => (t.items.to_vec(), "tuple"),
        _ => (Vec::new(), "sequence"),
    }
}

/// Clamps slice-style `start`/`end` arguments to `0..=len`.
fn bounds(vm: &Vm, args: &Args, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None => Ok(default),
            Some(v) => {
                let i = index_arg(vm, v)?;
                let len = len as i64;
                Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
            }
        }
    };
    Ok((clamp(args.pos.get(2), 0)?, clamp(args.pos.get(3), len)?))
}

fn seq_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "index expected at least 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let (items, kind) = items_of(&args.pos[0]);
    let (from, to) = bounds(vm, &args, items.len())?;
    match find(vm, &items, &args.pos[1], from, to)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None if kind == "list" => {
            let r = vm.repr(&args.pos[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn seq_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        let kind = match args.pos.first() {
            Some(Value::Tuple(_)) => "tuple",
            _ => "list",
        };
        return Err(vm.type_error(format!(
            "{kind}.count() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let (items, _) = items_of(&args.pos[0]);
    let mut n = 0;
    for item in &items {
        if item.is(&args.pos[1]) || vm.eq(item, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this(vm, &args, "sort")?.clone();
    let (key, reverse) = sort_options(vm, &args, "sort")?;
    // CPython empties the list while sorting so that mutation during the sort is detected.
    let mut items = std::mem::take(&mut *l.items.lock()).into_vec();
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let mut guard = l.items.lock();
    let modified = !guard.is_empty();
    *guard = items.into();
    drop(guard);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "reverse", 0, 0)?;
    this(vm, &args, "reverse")?.items.lock().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "copy", 0, 0)?;
    Ok(Value::list(this(vm, &args, "copy")?.snapshot()))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, &args, "clear", 0, 0)?;
    // Drop the items after releasing the lock: their destructors may be arbitrary.
    let mut old = std::mem::take(&mut *this(vm, &args, "clear")?.items.lock());
    // Last first, as CPython, which orders their `__del__` calls.
    while old.pop().is_some() {}
    Ok(Value::None)
}
