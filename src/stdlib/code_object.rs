//! The attributes of code objects (`f.__code__`, `frame.f_code`): `co_name`,
//! `co_filename`, `co_varnames`…, read from the compiled [`CodeObject`].

use std::sync::Arc;

use crate::compiler::bytecode::{code_flags, CodeObject};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::PyStr;
use crate::objects::types::types;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::getter;

/// CPython's `CO_NEWLOCALS`: set on the code of every function.
const NEWLOCALS: u32 = 0x02;
/// CPython's `CO_ASYNC_GENERATOR`.
const ASYNC_GENERATOR: u32 = 0x200;

pub fn install() {
    let code = &types().code;
    for (name, f) in [
        ("co_name", co_name as NativeFn),
        ("co_qualname", co_qualname),
        ("co_filename", co_filename),
        ("co_firstlineno", co_firstlineno),
        ("co_argcount", co_argcount),
        ("co_posonlyargcount", co_posonlyargcount),
        ("co_kwonlyargcount", co_kwonlyargcount),
        ("co_nlocals", co_nlocals),
        ("co_varnames", co_varnames),
        ("co_cellvars", co_cellvars),
        ("co_freevars", co_freevars),
        ("co_names", co_names),
        ("co_consts", co_consts),
        ("co_flags", co_flags),
    ] {
        code.dict.set_str(&PyStr::new(name), getter(name, f));
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Arc<CodeObject>> {
    match args.pos.first() {
        Some(Value::Code(c)) => Ok(c),
        other => Err(vm.type_error(format!(
            "descriptor requires a 'code' object but received '{}'",
            other.map_or_else(|| "NoneType".into(), Value::type_name)
        ))),
    }
}

fn names(names: &[Arc<PyStr>]) -> Value {
    Value::tuple(names.iter().cloned().map(Value::Str).collect())
}

fn co_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Str(this(vm, &args)?.name.clone()))
}

fn co_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(this(vm, &args)?.qualname.as_str()))
}

fn co_filename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(this(vm, &args)?.source.name.as_str()))
}

fn co_firstlineno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.first_line as i64))
}

fn co_argcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.argcount as i64))
}

fn co_posonlyargcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.posonlyargcount as i64))
}

fn co_kwonlyargcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.kwonlyargcount as i64))
}

fn co_nlocals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(varnames(this(vm, &args)?).len() as i64))
}

fn co_varnames(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(names(&varnames(this(vm, &args)?)))
}

/// The local names CPython lists: gilpy also gives a local slot to a variable that
/// only lives in a cell, which CPython names in `co_cellvars` alone (parameters keep
/// their place in both).
fn varnames(code: &CodeObject) -> Vec<Arc<PyStr>> {
    let star = |flag: u32| u32::from(code.flags & flag != 0);
    let params = (code.argcount
        + code.kwonlyargcount
        + star(code_flags::VARARGS)
        + star(code_flags::VARKEYWORDS)) as usize;
    code.varnames
        .iter()
        .enumerate()
        .filter(|(i, n)| *i < params || !code.cellvars.contains(n))
        .map(|(_, n)| n.clone())
        .collect()
}

fn co_cellvars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(names(&this(vm, &args)?.cellvars))
}

fn co_freevars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(names(&this(vm, &args)?.freevars))
}

fn co_names(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(names(&this(vm, &args)?.names))
}

fn co_consts(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::tuple(this(vm, &args)?.consts.clone()))
}

fn co_flags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut flags = this(vm, &args)?.flags;
    if flags & code_flags::OPTIMIZED != 0 {
        flags |= NEWLOCALS;
    }
    // gilpy marks an async generator as both; CPython has a flag of its own for it.
    let both = code_flags::GENERATOR | code_flags::COROUTINE;
    if flags & both == both {
        flags = flags & !both | ASYNC_GENERATOR;
    }
    Ok(Value::Int(flags as i64))
}
