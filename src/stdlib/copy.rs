//! `_copy`: the one step of copying that Python code cannot do here, making an
//! object of another's class without running its `__init__` (CPython does it
//! with `cls.__new__(cls)` from `__reduce_ex__`). The `copy` module, in Python,
//! does the rest.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::Instance;
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::attr::{instance_dict, new_container};
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, no_kwargs};

/// `blank(x)`: `(y, state)` where `y` is a new, empty object of `type(x)` (an
/// exception keeps its `args`) and `state` a copy of `x`'s attributes, or None
/// when it has none. Container contents are left to the caller.
fn blank(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "blank", &args)?;
    arity(vm, "blank", &args, 1, 1)?;
    let x = &args.pos[0];
    let y = match x {
        Value::Instance(i) => Some(Value::Instance(Instance::new(i.class.clone()))),
        Value::Exception(e) => {
            let args = e.state.lock().args.clone();
            let group = e.group.clone();
            Some(Value::Exception(PyException::with_group(
                e.class.clone(),
                args,
                group,
            )))
        }
        other => other.subclass().and_then(|sub| new_container(&sub.class)),
    };
    let Some(y) = y else {
        return Err(vm.type_error(format!("cannot pickle '{}' object", x.type_name())));
    };
    let state = match instance_dict(x) {
        Some(d) if !d.is_empty() => {
            let copy = PyDict::new();
            *copy.map.lock() = d.map.lock().clone();
            copy.map.note_keys_of(&d.map);
            Value::Dict(copy)
        }
        _ => Value::None,
    };
    Ok(Value::tuple(vec![y, state]))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("blank", blank)];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}
