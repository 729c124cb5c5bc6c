//! Frame objects: what `sys._getframe()` returns, built from the frames the VM knows
//! (`Vm::frame_infos`) when asked, so that running code keeps no frame objects.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use crate::compiler::bytecode::CodeObject;
use crate::objects::dict::PyDict;
use crate::objects::exception::TraceEntry;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::frame::FrameInfo;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, getter, module_type, no_kwargs, receiver, to_i64};

/// A frame as it was when the frame object was made: where it was, its namespaces,
/// and the frame object of its caller.
pub struct PyFrame {
    code: Arc<CodeObject>,
    ip: usize,
    globals: Arc<PyDict>,
    locals: Arc<PyDict>,
    back: Value,
}

fn frame_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("frame", "builtins", Vec::new(), &[]);
        for (name, f) in [
            ("f_code", f_code as NativeFn),
            ("f_lineno", f_lineno),
            ("f_lasti", f_lasti),
            ("f_back", f_back),
            ("f_globals", f_globals),
            ("f_locals", f_locals),
            ("f_builtins", f_builtins),
            ("f_trace", f_trace),
        ] {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        t
    })
}

impl NativeObject for PyFrame {
    fn class(&self) -> Arc<PyType> {
        frame_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            self as *const PyFrame as usize,
            self.code.source.name,
            self.code.line_of(self.ip),
            self.code.name.as_str()
        )))
    }
}

/// The positions of `frame` and its callers, outermost first, as traceback entries.
pub fn stack_entries(frame: &Value) -> Option<Vec<TraceEntry>> {
    let mut entries = Vec::new();
    let mut at = frame.clone();
    while let Some(f) = at.native::<PyFrame>() {
        entries.push(TraceEntry {
            code: f.code.clone(),
            ip: f.ip as u32,
        });
        at = f.back.clone();
    }
    if !at.is_none() {
        return None;
    }
    entries.reverse();
    Some(entries)
}

/// The frame objects of `infos` (innermost first), in the same order, each linked to
/// the next as its `f_back`.
pub fn frame_objects(vm: &Vm, infos: Vec<FrameInfo>) -> Vec<Value> {
    let mut frames = Vec::with_capacity(infos.len());
    let mut back = Value::None;
    for info in infos.into_iter().rev() {
        let globals = info.globals.unwrap_or_else(|| main_globals(vm));
        let locals = match info.locals {
            Some(l) => l,
            // A module's locals are its globals; a suspended function's are not known.
            None if info.code.flags & crate::compiler::bytecode::code_flags::OPTIMIZED == 0 => {
                globals.clone()
            }
            None => PyDict::new(),
        };
        let frame = Value::new_native(PyFrame {
            code: info.code,
            ip: info.ip,
            globals,
            locals,
            back,
        });
        back = frame.clone();
        frames.push(frame);
    }
    frames.reverse();
    frames
}

fn main_globals(vm: &Vm) -> Arc<PyDict> {
    match vm.interp.module("__main__") {
        Some(Value::Module(m)) => m.dict.clone(),
        _ => PyDict::new(),
    }
}

/// `sys._getframe(depth=0)`: the frame `depth` calls out from the caller.
pub fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "sys._getframe", &args)?;
    arity(vm, "_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(d) => to_i64(vm, d)?.max(0) as usize,
        None => 0,
    };
    let infos = vm.frame_infos();
    if depth >= infos.len() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(frame_objects(vm, infos).swap_remove(depth))
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a PyFrame> {
    receiver::<PyFrame>(vm, args, "frame", "attribute")
}

fn f_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Code(this(vm, &args)?.code.clone()))
}

fn f_lineno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    // A frame that has not started (a fresh generator's) is at its `def`, as in CPython.
    let line = match f.ip {
        0 => f.code.first_line as usize,
        ip => f.code.line_of(ip),
    };
    Ok(Value::Int(line as i64))
}

/// CPython counts instructions in bytes, two to an instruction.
fn f_lasti(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.ip as i64 * 2))
}

fn f_back(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args)?.back.clone())
}

fn f_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Dict(this(vm, &args)?.globals.clone()))
}

fn f_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Dict(this(vm, &args)?.locals.clone()))
}

fn f_builtins(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(Value::Dict(vm.interp.builtins.clone()))
}

fn f_trace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(Value::None)
}
