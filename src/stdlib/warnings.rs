//! `_warnings`: where a warning is issued. `callers()` lists the Python frames that
//! called the running function, innermost first, as `(filename, lineno, line)`, as far
//! as the VM knows them (`Vm::known_callers`); `warnings.warn` picks one by stacklevel.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, no_kwargs};

fn callers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "callers", &args)?;
    arity(vm, "callers", &args, 0, 0)?;
    let frames = vm
        .known_callers()
        .into_iter()
        .map(|(code, line)| {
            let source = &code.source;
            let text = if source.name.starts_with('<') {
                ""
            } else {
                source.line_text(line).trim()
            };
            Value::tuple(vec![
                Value::str(source.name.as_str()),
                Value::Int(line as i64),
                Value::str(text),
            ])
        })
        .collect();
    Ok(Value::list(frames))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("callers", callers)];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}
