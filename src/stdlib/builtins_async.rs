//! `aiter` and `anext`, the builtins of the async iteration protocol.

use std::sync::OnceLock;

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::source::SourceFile;
use crate::vm::{PyResult, Vm};

use super::modutil::arity;

/// `aiter(obj)`: `obj.__aiter__()`, which must be an async iterator.
pub fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj] = args.pos else {
        return Err(vm.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    let Some(method) = obj.type_of().lookup("__aiter__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            obj.type_name()
        )));
    };
    let method = vm.bind_method(method, obj);
    let it = vm.call(&method, Vec::new(), Vec::new())?;
    if it.type_of().lookup("__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.type_name()
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `it.__anext__()`; with a default, one that
/// gives the default instead of raising StopAsyncIteration.
pub fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "anext", &args, 1, 2)?;
    let it = &args.pos[0];
    let Some(method) = it.type_of().lookup("__anext__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            it.type_name()
        )));
    };
    let method = vm.bind_method(method, it);
    let awaitable = vm.call(&method, Vec::new(), Vec::new())?;
    match args.pos.get(1) {
        None => Ok(awaitable),
        Some(default) => {
            let helper = with_default(vm)?;
            vm.call(&helper, vec![awaitable, default.clone()], Vec::new())
        }
    }
}

/// The coroutine function behind `anext(it, default)` (CPython's `anext_awaitable`),
/// compiled on first use.
fn with_default(vm: &mut Vm) -> PyResult<Value> {
    static HELPER: OnceLock<Value> = OnceLock::new();
    if let Some(f) = HELPER.get() {
        return Ok(f.clone());
    }
    const SOURCE: &str = "\
async def anext_awaitable(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
";
    let source = SourceFile::new("<frozen anext>", SOURCE);
    let code = crate::compiler::compile(&source, &mut Vec::new())
        .map_err(|e| vm.new_error("SyntaxError", e.msg.clone()))?;
    let globals = PyDict::new();
    vm.run_code(code, globals.clone())?;
    let name = "anext_awaitable";
    let f = globals
        .get_str(name, PyStr::hash_str(name))
        .unwrap_or(Value::None);
    Ok(HELPER.get_or_init(|| f).clone())
}
