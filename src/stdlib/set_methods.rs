//! `set` and `frozenset`: constructors, methods, operators and the set iterator.
//!
//! Keys are hashed before a set's lock is taken, and the lock is never held across
//! Python code: operands are collected (and hashed) first, then applied in one locked step.

use std::any::Any;
use std::sync::Arc;

use parking_lot::Mutex;

use crate::objects::dict::DictKey;
use crate::objects::exception::{error, PyException};
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::set::{PySet, SetTable};
use crate::objects::types::{exception_type, types, PyType};
use crate::objects::Value;
use crate::parser::ast::BinOp;
use crate::vm::{PyResult, Vm};

pub const SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

pub const FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

/// A set or frozenset of the same kind as `like`.
fn same_kind(like: &Value, table: SetTable) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(PySet::new(table)),
        _ => Value::Set(PySet::new(table)),
    }
}

pub fn as_set(v: &Value) -> Option<&Arc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// An operand of a set method: another set as is, anything else as its hashed keys.
enum Operand {
    Set(Arc<PySet>),
    Keys { keys: Vec<DictKey>, from_dict: bool },
}

/// `receiver` is the set the operand is applied to, whose keys equal to the operand's
/// (by a class's `__eq__`) stand in for them.
fn operand(vm: &mut Vm, receiver: Option<&PySet>, v: &Value) -> PyResult<Operand> {
    if let Some(s) = as_set(v) {
        let v = match receiver {
            Some(r) => vm.set_operand(r, v)?,
            None => v.clone(),
        };
        let s = as_set(&v).unwrap_or(s);
        return Ok(Operand::Set(s.clone()));
    }
    let from_dict = matches!(v, Value::Dict(_));
    let keys = vm
        .collect_iterable(v)?
        .into_iter()
        .map(|k| vm.hashed(k))
        .collect::<PyResult<Vec<_>>>()?;
    let keys = vm.set_keys(receiver, keys)?;
    Ok(Operand::Keys { keys, from_dict })
}

impl Operand {
    /// The operand as a set, built the way `set(iterable)` builds one.
    fn into_set(self) -> Arc<PySet> {
        match self {
            Operand::Set(s) => s,
            Operand::Keys { keys, from_dict } => PySet::new(if from_dict {
                SetTable::from_dict_keys(keys.into_iter())
            } else {
                SetTable::from_keys(keys)
            }),
        }
    }
}

/// `set(iterable)` / `frozenset(iterable)`'s table.
pub fn table_from(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    Ok(match operand(vm, None, v)? {
        Operand::Set(s) => s.clone_table().copy(),
        other => other.into_set().clone_table(),
    })
}

fn update_with(s: &PySet, other: Operand) {
    match other {
        Operand::Set(o) => s.update(&o),
        Operand::Keys { keys, from_dict } => {
            let mut t = s.table.lock();
            if from_dict {
                t.update_from_dict_keys(keys.into_iter())
            } else {
                t.extend(keys)
            }
        }
    }
}

fn intersection_update_with(s: &PySet, other: Operand) {
    match other {
        Operand::Set(o) => s.intersection_update(&o),
        Operand::Keys { keys, .. } => s.table.lock().intersection_update_iter(keys),
    }
}

fn difference_update_with(s: &PySet, other: Operand) {
    match other {
        Operand::Set(o) => s.difference_update(&o),
        Operand::Keys { keys, .. } => s.table.lock().difference_update_iter(keys),
    }
}

fn new_set_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<SetTable> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos {
        [] => Ok(SetTable::new()),
        [v] => table_from(vm, v),
        more => Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

pub fn new_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Set(PySet::new(new_set_of(vm, &args, "set")?)))
}

pub fn new_frozenset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let [v @ Value::FrozenSet(_)] = args.pos {
        return Ok(v.clone());
    }
    Ok(Value::FrozenSet(PySet::new(new_set_of(
        vm,
        &args,
        "frozenset",
    )?)))
}

/// The receiver of a method, with the type name its descriptor errors quote.
fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Arc<PySet>> {
    match args.pos.first() {
        Some(Value::Set(s)) | Some(Value::FrozenSet(s)) if args.kw.is_empty() => Ok(s),
        Some(Value::Set(_)) | Some(Value::FrozenSet(_)) => {
            Err(vm.type_error(format!("set.{method}() takes no keyword arguments")))
        }
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{method}' for 'set' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
        None => Err(vm.type_error(format!("unbound method set.{method}() needs an argument"))),
    }
}

/// The single argument of a one-argument method.
fn one_arg<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Value> {
    match &args.pos[1..] {
        [v] => Ok(v),
        other => Err(vm.type_error(format!(
            "set.{method}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

fn no_args(vm: &Vm, args: &Args, method: &str) -> PyResult<()> {
    match args.pos.len() - 1 {
        0 => Ok(()),
        n => Err(vm.type_error(format!("set.{method}() takes no arguments ({n} given)"))),
    }
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "add")?;
    let key = vm.hashed(one_arg(vm, &args, "add")?.clone())?;
    let key = vm.set_key(s, key)?;
    s.table.lock().insert(key);
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "discard")?;
    let key = vm.set_lookup_key(one_arg(vm, &args, "discard")?)?;
    let key = vm.set_key(s, key)?;
    s.table.lock().discard(&key);
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "remove")?;
    let v = one_arg(vm, &args, "remove")?;
    let key = vm.set_lookup_key(v)?;
    let key = vm.set_key(s, key)?;
    let removed = s.table.lock().remove(&key);
    if removed {
        Ok(Value::None)
    } else {
        Err(PyException::new(
            exception_type("KeyError"),
            vec![v.clone()],
        ))
    }
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "pop")?;
    no_args(vm, &args, "pop")?;
    let popped = s.table.lock().pop();
    match popped {
        Some(k) => Ok(k.value),
        None => Err(error("KeyError", "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "clear")?;
    no_args(vm, &args, "clear")?;
    s.table.lock().clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    no_args(vm, &args, "copy")?;
    if matches!(args.pos[0], Value::FrozenSet(_)) {
        return Ok(args.pos[0].clone());
    }
    Ok(same_kind(&args.pos[0], s.clone_table().copy()))
}

/// Applies each operand of a method taking any number of iterables to `target` in turn,
/// each hashed (and matched with `target`'s equal keys) just before it is applied.
fn apply_each(
    vm: &mut Vm,
    target: &PySet,
    operands: &[Value],
    apply: fn(&PySet, Operand),
) -> PyResult<()> {
    for v in operands {
        let o = operand(vm, Some(target), v)?;
        apply(target, o);
    }
    Ok(())
}

/// `set.update(iterable)` on a set value.
pub fn update(vm: &mut Vm, set: &Value, iterable: &Value) -> PyResult<()> {
    if let Value::Set(s) = set {
        let o = operand(vm, Some(s), iterable)?;
        update_with(s, o);
    }
    Ok(())
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "update")?;
    apply_each(vm, s, &args.pos[1..], update_with)?;
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "intersection_update")?;
    apply_each(vm, s, &args.pos[1..], intersection_update_with)?;
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "difference_update")?;
    apply_each(vm, s, &args.pos[1..], difference_update_with)?;
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference_update")?;
    let o = operand(
        vm,
        Some(s),
        one_arg(vm, &args, "symmetric_difference_update")?,
    )?;
    s.symmetric_difference_update(&o.into_set());
    Ok(Value::None)
}

/// A method returning a new set: a copy of the receiver changed by each operand in turn.
fn derived(vm: &mut Vm, args: &Args, method: &str, apply: fn(&PySet, Operand)) -> PyResult<Value> {
    let s = this(vm, args, method)?;
    let result = PySet::new(s.clone_table().copy());
    apply_each(vm, &result, &args.pos[1..], apply)?;
    Ok(same_kind(&args.pos[0], result.clone_table()))
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    derived(vm, &args, "union", update_with)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "intersection")?;
    let Some(first) = args.pos.get(1) else {
        return Ok(same_kind(&args.pos[0], s.clone_table().copy()));
    };
    let result = PySet::new(match operand(vm, Some(s), first)? {
        Operand::Set(o) => s.intersection(&o),
        Operand::Keys { keys, .. } => s.table.lock().intersection_iter(keys),
    });
    apply_each(vm, &result, &args.pos[2..], intersection_update_with)?;
    Ok(same_kind(&args.pos[0], result.clone_table()))
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "difference")?;
    let Some(first) = args.pos.get(1) else {
        return Ok(same_kind(&args.pos[0], s.clone_table().copy()));
    };
    let result = PySet::new(match operand(vm, Some(s), first)? {
        Operand::Set(o) => s.difference(&o),
        Operand::Keys { keys, .. } => s.table.lock().difference_iter(keys),
    });
    apply_each(vm, &result, &args.pos[2..], difference_update_with)?;
    Ok(same_kind(&args.pos[0], result.clone_table()))
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference")?;
    let o = operand(vm, Some(s), one_arg(vm, &args, "symmetric_difference")?)?;
    let table = s.symmetric_difference(&o.into_set());
    Ok(same_kind(&args.pos[0], table))
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "issubset")?;
    let o = operand(vm, Some(s), one_arg(vm, &args, "issubset")?)?;
    Ok(Value::from(s.is_subset(&o.into_set())))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "issuperset")?;
    let o = operand(vm, Some(s), one_arg(vm, &args, "issuperset")?)?;
    Ok(Value::from(s.is_superset(&o.into_set())))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    let o = operand(vm, Some(s), one_arg(vm, &args, "isdisjoint")?)?;
    Ok(Value::from(match o {
        Operand::Set(o) => s.is_disjoint(&o),
        Operand::Keys { keys, .. } => {
            let t = s.table.lock();
            !keys.iter().any(|k| t.contains(k))
        }
    }))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on two sets; `None` for other operands or operators.
pub fn set_binary(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (x, y) = (as_set(a)?, as_set(b)?);
    let table = match op {
        BinOp::BitOr => x.union(y),
        BinOp::BitAnd => x.intersection(y),
        BinOp::Sub => x.difference(y),
        BinOp::BitXor => x.symmetric_difference(y),
        _ => return None,
    };
    Some(same_kind(a, table))
}

/// `a |= b` and friends on a mutable set: changes `a` in place.
pub fn set_inplace(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (Value::Set(x), Some(y)) = (a, as_set(b)) else {
        return None;
    };
    match op {
        BinOp::BitOr => x.update(y),
        BinOp::BitAnd => x.intersection_update(y),
        BinOp::Sub => x.difference_update(y),
        BinOp::BitXor => x.symmetric_difference_update(y),
        _ => return None,
    }
    Some(a.clone())
}

/// Walks the table by slot position, as CPython's set iterator does, so a size change
/// between steps is detected rather than silently skipped.
pub struct SetIterator {
    set: Arc<PySet>,
    /// Next slot position and the size seen at creation; `None` once exhausted.
    state: Mutex<Option<(usize, usize)>>,
}

impl SetIterator {
    pub fn new_value(set: &Arc<PySet>) -> Value {
        let len = set.len();
        Value::new_native(SetIterator {
            set: set.clone(),
            state: Mutex::new(Some((0, len))),
        })
    }
}

impl NativeObject for SetIterator {
    fn class(&self) -> Arc<PyType> {
        types().set_iterator.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let mut state = self.state.lock();
        let Some((pos, len)) = *state else {
            return Some(Ok(None));
        };
        let table = self.set.table.lock();
        if table.len() != len {
            *state = None;
            return Some(Err(error(
                "RuntimeError",
                "Set changed size during iteration",
            )));
        }
        Some(Ok(match table.next_from(pos) {
            Some((next, key)) => {
                *state = Some((next, len));
                Some(key.value.clone())
            }
            None => {
                *state = None;
                None
            }
        }))
    }
}
