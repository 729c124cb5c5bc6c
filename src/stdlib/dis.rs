//! `_dis`, the native side of the `dis` module: gilpy's own bytecode, listed by the
//! disassembler behind `--dis`, so a program can show that `counter += 1` is several
//! instructions.

use std::sync::{Arc, OnceLock};

use crate::compiler::bytecode::CodeObject;
use crate::compiler::dis::{disassemble, rows};
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::{ClassMethod, StaticMethod};
use crate::objects::module::{namespace, set};
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::source::SourceFile;
use crate::vm::{PyResult, Vm};

use super::builtins::write_to_file;
use super::collections::{namedtuple_type, namedtuple_value};
use super::modutil::{arg, kwarg, only_kwargs};

const FUNCTIONS: &[(&str, NativeFn)] = &[("dis", dis), ("get_instructions", get_instructions)];

const INSTRUCTION_FIELDS: [&str; 4] = ["opname", "argrepr", "offset", "starts_line"];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    set(&d, "Instruction", Value::Type(instruction_type().clone()));
    Ok(d)
}

fn instruction_type() -> &'static Arc<PyType> {
    static TYPE: OnceLock<Arc<PyType>> = OnceLock::new();
    TYPE.get_or_init(|| {
        let fields: Vec<String> = INSTRUCTION_FIELDS.iter().map(|s| s.to_string()).collect();
        namedtuple_type("Instruction", &fields, Vec::new(), "dis")
    })
}

/// `dis.dis(x=None, *, file=None, depth=None)`: a function, method, code object, source
/// string, or every function of a class or module.
fn dis(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "dis", &args, &["x", "file", "depth"])?;
    let file = kwarg(&args, "file").cloned().unwrap_or(Value::None);
    let Some(x) = arg(&args, 0, "x") else {
        return Err(vm.new_error("RuntimeError", "no last traceback to disassemble"));
    };
    let mut out = String::new();
    listing(vm, x, &mut out)?;
    write_to_file(vm, &file, out)?;
    Ok(Value::None)
}

fn listing(vm: &mut Vm, x: &Value, out: &mut String) -> PyResult<()> {
    if let Some(code) = code_of(vm, x)? {
        out.push_str(&disassemble(&code));
        return Ok(());
    }
    let dict = match x {
        Value::Type(t) => t.dict.clone(),
        Value::Module(m) => m.dict.clone(),
        other => {
            return Err(vm.type_error(format!(
                "don't know how to disassemble {} objects",
                other.type_name()
            )))
        }
    };
    let mut items: Vec<(String, Value)> = dict
        .items()
        .into_iter()
        .filter_map(|(k, v)| match k {
            Value::Str(s) if has_code(&v) => Some((s.as_str().to_string(), v)),
            _ => None,
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, v) in items {
        out.push_str(&format!("Disassembly of {name}:\n"));
        listing(vm, &v, out)?;
        out.push('\n');
    }
    Ok(())
}

/// What a class or module listing descends into, as CPython's `dis._have_code`.
fn has_code(v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_) | Value::BoundMethod(_) | Value::Code(_) | Value::Type(_)
    ) || v.native::<StaticMethod>().is_some()
        || v.native::<ClassMethod>().is_some()
}

/// The code object behind a function, method, code object or source string.
fn code_of(vm: &mut Vm, x: &Value) -> PyResult<Option<Arc<CodeObject>>> {
    Ok(Some(match x {
        Value::Function(f) => f.code.clone(),
        Value::Code(c) => c.clone(),
        Value::BoundMethod(m) => return code_of(vm, &m.func),
        Value::Str(s) => {
            let source = SourceFile::new("<dis>", s.as_str());
            crate::compiler::compile(&source, &mut Vec::new())
                .map_err(|e| vm.new_error(e.kind.name(), e.msg.clone()))?
        }
        other => {
            if let Some(StaticMethod(f)) = other.native::<StaticMethod>() {
                return code_of(vm, f);
            }
            if let Some(ClassMethod(f)) = other.native::<ClassMethod>() {
                return code_of(vm, f);
            }
            return Ok(None);
        }
    }))
}

/// `dis.get_instructions(x)`: the rows of the listing as `Instruction` tuples.
fn get_instructions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "get_instructions", &args, &["x"])?;
    let Some(x) = arg(&args, 0, "x") else {
        return Err(vm.type_error("get_instructions() missing 1 required positional argument: 'x'"));
    };
    let Some(code) = code_of(vm, x)? else {
        return Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            x.type_name()
        )));
    };
    let class = instruction_type();
    let items = rows(&code)
        .into_iter()
        .map(|r| {
            namedtuple_value(
                class,
                vec![
                    Value::str(r.opname),
                    Value::str(r.argrepr),
                    Value::Int(r.offset as i64),
                    r.starts_line.map_or(Value::None, |l| Value::Int(l as i64)),
                ],
            )
        })
        .collect();
    Ok(Value::list(items))
}
