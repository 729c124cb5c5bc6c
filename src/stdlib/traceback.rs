//! `_traceback`: the report the interpreter prints for an uncaught exception,
//! as a string, for the `traceback` module's `format_exception` and `print_exc`.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, no_kwargs};

/// `format(exc)`: "Traceback (most recent call last):…", chained exceptions included.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "format", &args)?;
    arity(vm, "format", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Exception(e) => Ok(Value::str(crate::vm::traceback::format_exception(vm, e))),
        other => Err(vm.type_error(format!(
            "format() argument must be an exception, not {}",
            other.type_name()
        ))),
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("format", format)];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}
