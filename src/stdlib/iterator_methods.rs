//! The dunder methods of the built-in iterators (`list_iterator`, `range_iterator`, …),
//! which the VM otherwise steps without a method call: `it.__next__()`,
//! `it.__iter__()` and `it.__length_hint__()`.

use crate::objects::exception::PyException;
use crate::objects::function::{Args, NativeFn};
use crate::objects::types::{exception_type, types};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::descriptors::add_methods;
use super::iterators::Reversed;

pub fn install() {
    let t = types();
    let it = super::iterators::iterator_types();
    for ty in [
        &t.range_iterator,
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.str_ascii_iterator,
        &t.longrange_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &it.reversed,
        &it.list_reverseiterator,
        &it.dict_reversekeyiterator,
        &it.dict_reversevalueiterator,
        &it.dict_reverseitemiterator,
    ] {
        add_methods(ty, SEQ_ITERATOR_METHODS);
    }
    // Iterators that cannot tell how much is left have no `__length_hint__`.
    for ty in [
        &t.set_iterator,
        &it.enumerate,
        &it.zip,
        &it.map,
        &it.filter,
        &it.iterator,
        &it.callable_iterator,
    ] {
        add_methods(ty, &SEQ_ITERATOR_METHODS[..2]);
    }
}

const SEQ_ITERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", iterator_next),
    ("__iter__", iterator_iter),
    ("__length_hint__", iterator_length_hint),
];

fn receiver<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Value> {
    match args.pos {
        [it] => Ok(it),
        [] => Err(vm.type_error(format!(
            "descriptor '{method}' of iterator object needs an argument"
        ))),
        _ => Err(vm.type_error(format!("expected 0 arguments, got {}", args.pos.len() - 1))),
    }
}

fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = receiver(vm, &args, "__next__")?;
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(PyException::new(
            exception_type("StopIteration"),
            Vec::new(),
        )),
    }
}

fn iterator_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(receiver(vm, &args, "__iter__")?.clone())
}

fn iterator_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = receiver(vm, &args, "__length_hint__")?;
    match it {
        Value::Iter(i) => Ok(Value::Int(i.length_hint() as i64)),
        other if other.native::<Reversed>().is_some() => {
            let left = other.native::<Reversed>().map_or(0, Reversed::remaining);
            Ok(Value::Int(left as i64))
        }
        other => Err(vm.type_error(format!(
            "descriptor '__length_hint__' doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
}
