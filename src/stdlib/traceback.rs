//! The `traceback` module's common functions, over the VM's own traceback printer.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("format_exc", format_exc),
    ("print_exc", print_exc),
    ("format_exception", format_exception),
    ("print_exception", print_exception),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}

/// The report for the exception being handled, or CPython's text when there is none.
fn current_report(vm: &mut Vm) -> String {
    match vm.handled_exception() {
        Some(e) => crate::vm::traceback::format_exception(vm, &e),
        None => "NoneType: None\n".to_string(),
    }
}

/// The report for an exception argument (the 3.10+ one-argument form, or the value of
/// the old `(type, value, tb)` form).
fn report_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<String> {
    let exc = match args.pos {
        [e] | [_, e, ..] => e,
        _ => {
            return Err(vm.type_error(format!(
                "{name}() missing 1 required positional argument: 'exc'"
            )))
        }
    };
    match exc {
        Value::Exception(e) => Ok(crate::vm::traceback::format_exception(vm, e)),
        Value::None => Ok("NoneType: None\n".to_string()),
        other => Err(vm.type_error(format!(
            "Exception expected for value, {} found",
            other.type_name()
        ))),
    }
}

fn format_exc(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str(current_report(vm)))
}

fn print_exc(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let text = current_report(vm);
    vm.interp.flush_stdout();
    eprint!("{text}");
    Ok(Value::None)
}

fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = report_of(vm, &args, "format_exception")?;
    Ok(Value::list(vec![Value::str(text)]))
}

fn print_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = report_of(vm, &args, "print_exception")?;
    vm.interp.flush_stdout();
    eprint!("{text}");
    Ok(Value::None)
}
