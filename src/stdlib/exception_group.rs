//! `BaseExceptionGroup` and `ExceptionGroup`: construction with CPython's checks, and
//! `subgroup`/`split`/`derive`, which rebuild a group's tree around the leaves that a
//! condition selects.

use std::sync::Arc;

use crate::objects::exception::{GroupParts, PyException};
use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, types, PyType};
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::descriptors::add_methods;
use super::modutil::arity;

pub fn install() {
    add_methods(
        &exception_type("BaseExceptionGroup"),
        &[
            ("__new__", group_new),
            ("derive", derive),
            ("split", split),
            ("subgroup", subgroup),
        ],
    );
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.split_first() {
        Some((Value::Type(cls), rest)) => new_group(vm, cls, rest),
        _ => Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments")),
    }
}

/// A group of class `cls` (or of `ExceptionGroup` when `cls` is `BaseExceptionGroup`
/// and every member is an `Exception`), with `args` as given.
pub fn new_group(vm: &mut Vm, cls: &Arc<PyType>, args: &[Value]) -> PyResult<Value> {
    let [message, seq] = args else {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if !matches!(message, Value::Str(_)) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    }
    if !is_sequence(seq) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let members = vm.collect_iterable(seq)?;
    if members.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = exception_type("Exception");
    let mut nests_base = false;
    for (i, m) in members.iter().enumerate() {
        let Value::Exception(e) = m else {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        };
        nests_base |= !e.is_instance(&exception);
    }
    let base_group = exception_type("BaseExceptionGroup");
    let group = exception_type("ExceptionGroup");
    let class = if Arc::ptr_eq(cls, &base_group) {
        if nests_base {
            base_group
        } else {
            group
        }
    } else if nests_base && Arc::ptr_eq(cls, &group) {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    } else if nests_base && cls.is_subtype(&exception) {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name)));
    } else {
        cls.clone()
    };
    let parts = GroupParts {
        message: message.clone(),
        exceptions: Value::tuple(members),
    };
    Ok(Value::Exception(PyException::with_group(
        class,
        args.to_vec(),
        Some(Box::new(parts)),
    )))
}

/// What CPython's `PySequence_Check` accepts: anything indexable but a mapping or set.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => true,
        Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => false,
        other => other.type_of().lookup("__getitem__").is_some(),
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, what: &str) -> PyResult<&'a Arc<PyException>> {
    match args.pos.first() {
        Some(Value::Exception(e)) if e.group.is_some() => Ok(e),
        other => Err(vm.type_error(format!(
            "descriptor '{what}' for 'BaseExceptionGroup' objects doesn't apply to a '{}' object",
            other.map_or("NoneType".into(), Value::type_name)
        ))),
    }
}

/// `eg.derive(excs)`: a group with the same message around other exceptions, which
/// `split` and `subgroup` call (subclasses override it to keep their class).
fn derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let eg = this(vm, &args, "derive")?;
    let [_, excs] = args.pos else {
        return Err(vm.type_error(format!(
            "function takes exactly 1 argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let message = eg.group.as_ref().map_or(Value::None, |g| g.message.clone());
    new_group(
        vm,
        &exception_type("BaseExceptionGroup"),
        &[message, excs.clone()],
    )
}

/// `eg.split(condition)`: the pair (matching part, rest), each None when empty.
fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "split", &args, 2, 2).map_err(|_| arity_error(vm, "split", &args))?;
    let eg = this(vm, &args, "split")?.clone();
    let cond = Matcher::new(vm, &args.pos[1])?;
    let (matched, rest) = split_tree(vm, &eg, &cond, true)?;
    Ok(Value::tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

/// `eg.subgroup(condition)`: the matching part, or None.
fn subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "subgroup", &args, 2, 2).map_err(|_| arity_error(vm, "subgroup", &args))?;
    let eg = this(vm, &args, "subgroup")?.clone();
    let cond = Matcher::new(vm, &args.pos[1])?;
    Ok(split_tree(vm, &eg, &cond, false)?.0.unwrap_or(Value::None))
}

/// The count in the message excludes the receiver.
fn arity_error(vm: &Vm, name: &str, args: &Args) -> PyErr {
    vm.type_error(format!(
        "{name} expected 1 argument, got {}",
        args.pos.len().saturating_sub(1)
    ))
}

/// The condition of `split`/`subgroup` and of `except*`.
pub enum Matcher {
    /// An exception class or a tuple of them.
    Class(Value),
    /// A function that takes an exception and says whether it matches.
    Predicate(Value),
    /// These very exceptions (by address), for `except*` to rebuild a group's tree.
    Leaves(Vec<usize>),
}

impl Matcher {
    fn new(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
        let is_class =
            |v: &Value| matches!(v, Value::Type(t) if t.is_subtype(&types().base_exception));
        match cond {
            Value::Function(_) => Ok(Matcher::Predicate(cond.clone())),
            Value::Type(_) if is_class(cond) => Ok(Matcher::Class(cond.clone())),
            Value::Tuple(t) if t.class.is_none() && t.items.iter().all(is_class) => {
                Ok(Matcher::Class(cond.clone()))
            }
            _ => {
                Err(vm
                    .type_error("expected a function, exception type or tuple of exception types"))
            }
        }
    }

    fn matches(&self, vm: &mut Vm, exc: &Arc<PyException>) -> PyResult<bool> {
        match self {
            Matcher::Class(c) => Ok(class_matches(exc, c)),
            Matcher::Predicate(f) => {
                let r = vm.call(f, vec![Value::Exception(exc.clone())], Vec::new())?;
                vm.is_true(&r)
            }
            Matcher::Leaves(leaves) => Ok(leaves.contains(&(Arc::as_ptr(exc) as usize))),
        }
    }
}

/// `isinstance(exc, c)` for a class or tuple of classes already checked to be exceptions.
pub fn class_matches(exc: &PyException, c: &Value) -> bool {
    match c {
        Value::Type(t) => exc.is_instance(t),
        Value::Tuple(t) => t.items.iter().any(|c| class_matches(exc, c)),
        _ => false,
    }
}

/// Splits `exc` by `cond`: the part that matches and (with `with_rest`) the part that
/// does not, each a leaf, a group derived from `exc`, or None. A group that matches as
/// a whole is kept whole.
pub fn split_tree(
    vm: &mut Vm,
    exc: &Arc<PyException>,
    cond: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if cond.matches(vm, exc)? {
        return Ok((Some(Value::Exception(exc.clone())), None));
    }
    if exc.group.is_none() {
        return Ok((None, with_rest.then(|| Value::Exception(exc.clone()))));
    }
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for member in exc.group_members().to_vec() {
        let Value::Exception(m) = member else {
            continue;
        };
        let (m, r) = split_tree(vm, &m, cond, with_rest)?;
        matched.extend(m);
        rest.extend(r);
    }
    let matched = derive_part(vm, exc, matched)?;
    let rest = if with_rest {
        derive_part(vm, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// `exc.derive(members)` carrying `exc`'s traceback, cause, context and a copy of its
/// notes; None when there are no members.
pub fn derive_part(
    vm: &mut Vm,
    exc: &Arc<PyException>,
    members: Vec<Value>,
) -> PyResult<Option<Value>> {
    if members.is_empty() {
        return Ok(None);
    }
    let orig = Value::Exception(exc.clone());
    let derive = vm.get_attr(&orig, &PyStr::new("derive"))?;
    let derived = vm.call(&derive, vec![Value::list(members)], Vec::new())?;
    let Value::Exception(eg) = &derived else {
        return Err(derive_error(vm));
    };
    if eg.group.is_none() {
        return Err(derive_error(vm));
    }
    copy_metadata(exc, eg);
    Ok(Some(derived))
}

fn derive_error(vm: &Vm) -> PyErr {
    vm.type_error("derive must return an instance of BaseExceptionGroup")
}

/// Gives `to` the traceback, cause, context and notes of `from`, as CPython does to the
/// parts of a split (setting a cause also suppresses the context, even a None cause).
pub fn copy_metadata(from: &PyException, to: &PyException) {
    if std::ptr::eq(from, to) {
        return;
    }
    let (traceback, cause, context) = {
        let st = from.state.lock();
        (st.traceback.clone(), st.cause.clone(), st.context.clone())
    };
    {
        let mut st = to.state.lock();
        st.traceback = traceback;
        st.cause = cause;
        st.context = context;
        st.suppress_context = true;
    }
    let key = PyStr::new("__notes__");
    match from.dict.get_str("__notes__", key.hash()) {
        Some(Value::List(notes)) => to.dict.set_str(&key, Value::list(notes.snapshot())),
        Some(Value::Tuple(notes)) => to.dict.set_str(&key, Value::list(notes.items.to_vec())),
        _ => {}
    }
}

/// `except* classes:` on what is left of the exception, `rest`: the pair (what is still
/// left, the part the clause handles or None). A lone exception that matches is handed
/// to the clause wrapped in a group.
pub fn check_eg_match(vm: &mut Vm, rest: Value, classes: &Value) -> PyResult<(Value, Value)> {
    check_star_classes(vm, classes)?;
    let Value::Exception(exc) = &rest else {
        return Ok((Value::None, Value::None));
    };
    if class_matches(exc, classes) {
        let matched = if exc.group.is_some() {
            rest.clone()
        } else {
            let members = Value::tuple(vec![rest.clone()]);
            new_group(
                vm,
                &exception_type("BaseExceptionGroup"),
                &[Value::str(""), members],
            )?
        };
        return Ok((Value::None, matched));
    }
    if exc.group.is_none() {
        return Ok((rest, Value::None));
    }
    let (matched, left) = split_tree(vm, exc, &Matcher::Class(classes.clone()), true)?;
    Ok((left.unwrap_or(Value::None), matched.unwrap_or(Value::None)))
}

/// The classes of an `except*` clause must be exceptions, and not groups.
fn check_star_classes(vm: &Vm, classes: &Value) -> PyResult<()> {
    let base = &types().base_exception;
    let group = exception_type("BaseExceptionGroup");
    let items = match classes {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let mut catches_group = false;
    for c in &items {
        match c {
            Value::Type(t) if t.is_subtype(base) => catches_group |= t.is_subtype(&group),
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    if catches_group {
        return Err(vm.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// The end of a `try`/`except*`: from the exception the clauses received (`orig`) and
/// the list of what they raised followed by what none matched, the exception to raise
/// on, or None. Parts of `orig` raised again unchanged (bare `raise`, or unmatched) keep
/// their place in `orig`'s tree; new exceptions join them in a new group.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    let Value::List(list) = raised else {
        return Ok(Value::None);
    };
    let excs: Vec<Arc<PyException>> = list
        .snapshot()
        .into_iter()
        .filter_map(|v| match v {
            Value::Exception(e) => Some(e),
            _ => None,
        })
        .collect();
    let Value::Exception(orig) = orig else {
        return Ok(Value::None);
    };
    if orig.group.is_none() {
        // A lone exception: at most one clause ran.
        return Ok(excs
            .first()
            .map_or(Value::None, |e| Value::Exception(e.clone())));
    }
    let (kept, mut new): (Vec<_>, Vec<_>) = excs.into_iter().partition(|e| same_metadata(e, orig));
    let mut leaves = Vec::new();
    for e in &kept {
        collect_leaves(e, &mut leaves);
    }
    let kept = split_tree(vm, orig, &Matcher::Leaves(leaves), false)?.0;
    if new.is_empty() {
        return Ok(kept.unwrap_or(Value::None));
    }
    // CPython 3.11 makes the group even around a single exception.
    let mut members: Vec<Value> = new.drain(..).map(Value::Exception).collect();
    members.extend(kept);
    new_group(
        vm,
        &exception_type("BaseExceptionGroup"),
        &[Value::str(""), Value::list(members)],
    )
}

/// Whether `e` is a part of `orig` that was raised again unchanged: a split copies the
/// traceback, cause and context, which raising anew would change.
fn same_metadata(e: &PyException, orig: &PyException) -> bool {
    if std::ptr::eq(e, orig) {
        return true;
    }
    let (a, b) = (e.state.lock(), orig.state.lock());
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.heap_ptr() == y.heap_ptr(),
        _ => false,
    };
    same(&a.cause, &b.cause)
        && same(&a.context, &b.context)
        && a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(&b.traceback)
            .all(|(x, y)| Arc::ptr_eq(&x.code, &y.code) && x.ip == y.ip)
}

/// The addresses of the exceptions at the leaves of `e`'s tree.
fn collect_leaves(e: &Arc<PyException>, out: &mut Vec<usize>) {
    if e.group.is_none() {
        return out.push(Arc::as_ptr(e) as usize);
    }
    for m in e.group_members() {
        if let Value::Exception(m) = m {
            collect_leaves(m, out);
        }
    }
}
