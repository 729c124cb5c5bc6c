//! `_traceback`: the report the interpreter prints for an uncaught exception,
//! as a string, for the `traceback` module's `format_exception` and `print_exc`;
//! and saving and restoring how far an exception's traceback reaches, which
//! `contextlib` does where CPython assigns `exc.__traceback__` (gilpy has no
//! traceback objects).

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{arity, no_kwargs};

/// `format(exc)`: "Traceback (most recent call last):…", chained exceptions included.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_arg(vm, "format", &args, 1)?.clone();
    Ok(Value::str(crate::vm::traceback::format_exception(vm, &e)))
}

fn exception_arg<'a>(vm: &Vm, name: &str, args: &'a Args, n: usize) -> PyResult<&'a PyErr> {
    no_kwargs(vm, name, args)?;
    arity(vm, name, args, n, n)?;
    match &args.pos[0] {
        Value::Exception(e) => Ok(e),
        other => Err(vm.type_error(format!(
            "{name}() argument must be an exception, not {}",
            other.type_name()
        ))),
    }
}

/// `depth(exc)`: how many frames the traceback holds.
fn depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_arg(vm, "depth", &args, 1)?;
    Ok(Value::Int(e.state.lock().traceback.len() as i64))
}

/// `restore(exc, depth)`: forgets the frames the exception passed after
/// `depth(exc)` returned `depth`.
fn restore(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_arg(vm, "restore", &args, 2)?;
    let n = super::modutil::to_i64(vm, &args.pos[1])?.max(0) as usize;
    e.state.lock().traceback.truncate(n);
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("format", format), ("depth", depth), ("restore", restore)];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}
