//! Builtins that consume iterables: `sorted sum any all iter next`.

use crate::objects::function::Args;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::sorting::sort_values;

/// `(key, reverse)` keyword arguments of `sorted` and `list.sort`.
pub fn sort_options(vm: &mut Vm, args: &Args, func: &str) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kw {
        match k.as_str() {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "reverse" => reverse = vm.is_true(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {func}()"
                )))
            }
        }
    }
    Ok((key, reverse))
}

pub fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable] = args.pos else {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    };
    let (key, reverse) = sort_options(vm, &args, "sort")?;
    let mut items = vm.collect_iterable(iterable)?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

pub fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut start = args.pos.get(1).cloned().unwrap_or(Value::Int(0));
    for (k, v) in args.kw {
        match k.as_str() {
            "start" => start = v.clone(),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sum()"
                )))
            }
        }
    }
    let Some(iterable) = args.pos.first() else {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    };
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    if let Value::Str(_) = &start {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(iterable)?;
    let mut total = start;
    while let Some(item) = vm.next(&it)? {
        total = match (&total, &item) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::from(a.get() + b.get()),
            _ => vm.binary_op(&total, &item, crate::parser::ast::BinOp::Add)?,
        };
    }
    Ok(total)
}

fn truth_fold(vm: &mut Vm, args: Args, name: &str, stop_on: bool) -> PyResult<Value> {
    let [iterable] = args.pos else {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    let it = vm.get_iter(iterable)?;
    while let Some(item) = vm.next(&it)? {
        if vm.is_true(&item)? == stop_on {
            return Ok(Value::from(stop_on));
        }
    }
    Ok(Value::from(!stop_on))
}

pub fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    truth_fold(vm, args, "any", true)
}

pub fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    truth_fold(vm, args, "all", false)
}

pub fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [v] => vm.get_iter(v),
        [callable, sentinel] => {
            if !super::builtins_object::is_callable(vm, callable) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(super::iterators::CallableIterator::new_value(
                callable.clone(),
                sentinel.clone(),
            ))
        }
        [] => Err(vm.type_error("iter expected at least 1 argument, got 0")),
        _ => Err(vm.type_error(format!(
            "iter expected at most 2 arguments, got {}",
            args.pos.len()
        ))),
    }
}

pub fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, default) = match args.pos {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        [] => return Err(vm.type_error("next expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "next expected at most 2 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    let is_iterator = matches!(it, Value::Iter(_))
        || matches!(it, Value::Native(n) if n.is_iterator())
        || vm.user_method(it, "__next__").is_some();
    if !is_iterator {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name())));
    }
    if let Some(gen) = it.native::<crate::vm::generator::PyGenerator>() {
        // StopIteration carries what the generator returned.
        return match (gen.next_value(vm), default) {
            (Err(e), Some(d)) if e.is("StopIteration") => Ok(d.clone()),
            (r, _) => r,
        };
    }
    // A class's `__next__` raises its own StopIteration, which keeps its traceback.
    if !matches!(it, Value::Iter(_) | Value::Native(_)) {
        if let Some(next) = vm.user_method(it, "__next__") {
            return match (vm.call(&next, Vec::new(), Vec::new()), default) {
                (Err(e), Some(d)) if e.is("StopIteration") => Ok(d.clone()),
                (r, _) => r,
            };
        }
    }
    match (vm.next(it)?, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(crate::objects::exception::PyException::new(
            crate::objects::types::exception_type("StopIteration"),
            Vec::new(),
        )),
    }
}
