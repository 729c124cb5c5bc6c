//! The builtins that compile and run code or expose the caller's namespaces: `exec`,
//! `eval`, `compile`, `globals`, `locals`, and `vars()`/`dir()` without an argument.

use std::sync::Arc;

use super::modutil::{arity, no_kwargs};
use crate::compiler::bytecode::CodeObject;
use crate::compiler::Mode;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(format!(
            "exec() takes at most 3 positional arguments ({n} given)"
        )));
    }
    for (k, v) in args.kw {
        if k.as_str() != "closure" || !v.is_none() {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for exec()",
                k.as_str()
            )));
        }
    }
    let globals = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "exec() globals must be a dict, not {}",
                other.type_name()
            )))
        }
    };
    let locals = match args.pos.get(2) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "locals must be a mapping or None, not {}",
                other.type_name()
            )))
        }
    };
    let code = match &args.pos[0] {
        Value::Code(c) => c.clone(),
        src => match source_text(src) {
            Some(text) => vm.compile_text(&text, "<string>", Mode::Exec)?,
            None => {
                return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object"))
            }
        },
    };
    run(vm, &code, globals, locals)?;
    Ok(Value::None)
}

pub fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "eval", &args)?;
    arity(vm, "eval", &args, 1, 3)?;
    let globals = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) => return Err(vm.type_error("globals must be a dict")),
    };
    let locals = match args.pos.get(2) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) => return Err(vm.type_error("locals must be a mapping")),
    };
    let code = match &args.pos[0] {
        Value::Code(c) => c.clone(),
        src => match source_text(src) {
            // As CPython, eval forgives the indentation of a lone expression.
            Some(text) => {
                let text = text.trim_start_matches([' ', '\t']);
                vm.compile_text(text, "<string>", Mode::Eval)?
            }
            None => {
                return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object"))
            }
        },
    };
    run(vm, &code, globals, locals)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const PARAMS: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    let n = args.pos.len();
    if n > PARAMS.len() {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 positional arguments ({n} given)"
        )));
    }
    let mut bound: Vec<Option<Value>> = args.pos.iter().cloned().map(Some).collect();
    bound.resize(PARAMS.len(), None);
    for (k, v) in args.kw {
        let Some(i) = PARAMS.iter().position(|p| *p == k.as_str()) else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for compile()",
                k.as_str()
            )));
        };
        if bound[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for compile() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        bound[i] = Some(v.clone());
    }
    for (i, name) in PARAMS.iter().enumerate().take(3) {
        if bound[i].is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let [Some(source), Some(filename), Some(mode), ..] = &bound[..] else {
        unreachable!("checked above")
    };
    let Some(text) = source_text(source) else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let filename = match filename {
        Value::Str(s) => s.as_str().to_string(),
        other => match other.as_bytes() {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    other.type_name()
                )))
            }
        },
    };
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
        None => {
            return Err(vm.type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                mode.type_name()
            )))
        }
    };
    Ok(Value::Code(vm.compile_text(&text, &filename, mode)?))
}

pub fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "globals", &args)?;
    Ok(Value::Dict(vm.caller_namespaces().globals))
}

pub fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "locals", &args)?;
    Ok(Value::Dict(vm.caller_namespaces().locals))
}

/// `vars()` and `dir()` without an argument: the caller's local namespace.
pub fn caller_locals(vm: &mut Vm) -> Arc<PyDict> {
    vm.caller_namespaces().locals
}

fn no_arguments(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    no_kwargs(vm, name, args)?;
    match args.pos.len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("{name}() takes no arguments ({n} given)"))),
    }
}

/// The text of a `str` or UTF-8 `bytes` source.
fn source_text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        other => other
            .as_bytes()
            .map(|b| String::from_utf8_lossy(b).into_owned()),
    }
}

/// Runs `code` as `exec` and `eval` do: missing namespaces are the caller's, and
/// `globals` gets `__builtins__` if it has none.
fn run(
    vm: &mut Vm,
    code: &Arc<CodeObject>,
    globals: Option<Arc<PyDict>>,
    locals: Option<Arc<PyDict>>,
) -> PyResult<Value> {
    let (globals, locals) = match (globals, locals) {
        (Some(g), l) => {
            let l = l.unwrap_or_else(|| g.clone());
            // The snapshot of a call that did not need it must not linger.
            vm.take_frame_snapshot();
            (g, l)
        }
        (None, l) => {
            let caller = vm.caller_namespaces();
            (caller.globals, l.unwrap_or(caller.locals))
        }
    };
    let key = PyStr::new("__builtins__");
    if globals.get_str(key.as_str(), key.hash()).is_none() {
        globals.set_str(&key, Value::Dict(vm.interp.builtins.clone()));
    }
    vm.run_code_in(code, &globals, Some(&locals))
}
