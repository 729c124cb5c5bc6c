//! Running code in explicit namespaces (`exec`, `eval`), the namespaces of the running frame
//! (`globals()`, `locals()`), and syntax errors raised as exceptions at run time.

use std::sync::Arc;

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};
use crate::compiler::bytecode::{code_flags, CodeObject};
use crate::compiler::Mode;
use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::parser::error::SyntaxError;
use crate::source::SourceFile;

/// A frame's namespaces, as `SnapshotFrame` recorded them for the builtin called next.
pub struct FrameSnapshot {
    pub globals: Arc<PyDict>,
    /// The namespace of module and class code; a new dict of the current values of a
    /// function's local variables.
    pub locals: Arc<PyDict>,
}

impl Vm {
    /// `SnapshotFrame`: `slots` are the frame's locals followed by its cells.
    #[inline(never)]
    pub(super) fn snapshot_frame(
        &mut self,
        code: &CodeObject,
        globals: &Arc<PyDict>,
        names: Option<&Arc<PyDict>>,
        slots: &[Value],
    ) {
        self.frame_snapshot = Some(FrameSnapshot {
            globals: globals.clone(),
            locals: frame_locals(code, globals, names, slots),
        });
    }

    pub fn take_frame_snapshot(&mut self) -> Option<FrameSnapshot> {
        self.frame_snapshot.take()
    }

    /// The namespaces of the frame that called the running builtin. A builtin reached
    /// indirectly (`f = globals; f()`) finds no snapshot and sees `__main__`'s.
    pub fn caller_namespaces(&mut self) -> FrameSnapshot {
        if let Some(s) = self.take_frame_snapshot() {
            return s;
        }
        let main = self.interp.module("__main__");
        let globals = match main {
            Some(Value::Module(m)) => m.dict.clone(),
            _ => PyDict::new(),
        };
        FrameSnapshot {
            locals: globals.clone(),
            globals,
        }
    }

    /// The `__builtins__` of `globals` when it is not the interpreter's own (as in
    /// `eval(expr, {"__builtins__": {}})`): builtins are then looked up there.
    pub(super) fn custom_builtins(&self, globals: &PyDict) -> Option<Value> {
        let b = globals.get_str("__builtins__", PyStr::hash_str("__builtins__"))?;
        let own = match &b {
            Value::Dict(d) => Arc::ptr_eq(d, &self.interp.builtins),
            Value::Module(m) => Arc::ptr_eq(&m.dict, &self.interp.builtins),
            _ => false,
        };
        (!own).then_some(b)
    }

    /// Runs module-level `code` with `globals`; with `names`, its names are stored there.
    pub fn run_code_in(
        &mut self,
        code: &Arc<CodeObject>,
        globals: &Arc<PyDict>,
        names: Option<&Arc<PyDict>>,
    ) -> PyResult<Value> {
        let mut stack = self.take_slots();
        stack.resize(code.nlocals(), Value::Unbound);
        super::eval::push_cells(code, &[], &mut stack, 0);
        let mut frame = Frame {
            code,
            globals,
            stack: &mut stack,
            base: 0,
            ip: 0,
            names,
        };
        let result = self.run_frame(&mut frame);
        self.give_slots(stack);
        result
    }

    /// Compiles source text for `exec`, `eval` or `compile()`; a syntax error becomes a
    /// `SyntaxError` exception.
    pub fn compile_text(
        &mut self,
        text: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Arc<CodeObject>> {
        let source = SourceFile::new(filename, text);
        let mut warnings = Vec::new();
        let compiled = crate::compiler::compile_string(&source, mode, &mut warnings);
        let newline = mode != Mode::Eval;
        if let Some(e) = self.issue_compile_warnings(&source, &warnings)? {
            return Err(e.exception(&source, newline));
        }
        compiled.map_err(|e| syntax_exception(&e, &source, newline))
    }
}

/// `locals()` of a frame: the namespace of module and class code (`names`, or else
/// `globals`); for a function, a new dict of its bound local variables, then its bound
/// cells (`slots` are its locals followed by its cells).
pub(super) fn frame_locals(
    code: &CodeObject,
    globals: &Arc<PyDict>,
    names: Option<&Arc<PyDict>>,
    slots: &[Value],
) -> Arc<PyDict> {
    if code.flags & code_flags::OPTIMIZED == 0 {
        names.unwrap_or(globals).clone()
    } else {
        function_locals(code, slots)
    }
}

/// `locals()` of a function: its bound local variables, then its bound cells.
fn function_locals(code: &CodeObject, slots: &[Value]) -> Arc<PyDict> {
    let d = PyDict::new();
    let (locals, cells) = slots.split_at(code.nlocals().min(slots.len()));
    let cell_names = code.cellvars.iter().chain(&code.freevars);
    let cell_values = cells.iter().map(|c| match c {
        Value::Cell(c) => c.value.lock().clone(),
        _ => Value::Unbound,
    });
    let pairs = code.varnames.iter().zip(locals.iter().cloned());
    for (name, v) in pairs.chain(cell_names.zip(cell_values)) {
        if !matches!(v, Value::Unbound) {
            d.set_str(name, v);
        }
    }
    d
}

/// The `SyntaxError` (or `IndentationError`) exception for a compile error, with the
/// attributes CPython gives it. `newline`: CPython's `text` ends with a newline
/// except for `eval` sources.
pub fn syntax_exception(e: &SyntaxError, source: &SourceFile, newline: bool) -> PyErr {
    let start = e.start.min(source.text.len());
    let end = e.end.clamp(start, source.text.len());
    let lineno = e
        .line_override
        .unwrap_or_else(|| source.line_of(start as u32));
    let line_start = source.line_start(lineno);
    let col = |at: usize| {
        let before = source.text.get(line_start.min(at)..at).unwrap_or("");
        before.chars().count() as i64 + 1
    };
    let mut text = source.line_text(lineno).to_string();
    if newline && !text.ends_with('\n') {
        text.push('\n');
    }
    let end_lineno = source.line_of(end as u32);
    let end_offset = if end_lineno == lineno && e.end >= e.start {
        col(end)
    } else {
        0
    };
    let offset = col(start);
    let filename = Value::str(source.name.as_str());
    let location = Value::tuple(vec![
        filename.clone(),
        Value::Int(lineno as i64),
        Value::Int(offset),
        Value::str(text.as_str()),
        Value::Int(end_lineno as i64),
        Value::Int(end_offset),
    ]);
    let msg = Value::str(e.msg.as_str());
    let exc = PyException::new(exception_type(e.kind.name()), vec![msg.clone(), location]);
    for (name, v) in [
        ("msg", msg),
        ("filename", filename),
        ("lineno", Value::Int(lineno as i64)),
        ("offset", Value::Int(offset)),
        ("text", Value::str(text)),
        ("end_lineno", Value::Int(end_lineno as i64)),
        ("end_offset", Value::Int(end_offset)),
    ] {
        exc.dict.set_str(&PyStr::new(name), v);
    }
    exc
}

/// A builtin looked up in a custom `__builtins__`, as CPython subscripts it.
pub(super) fn custom_builtin(builtins: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
    let found = match builtins {
        Value::Dict(d) => d.get_str(name.as_str(), name.hash()),
        Value::Module(m) => m.dict.get_str(name.as_str(), name.hash()),
        other => {
            return Err(crate::objects::exception::error(
                "TypeError",
                format!("'{}' object is not subscriptable", other.type_name()),
            ))
        }
    };
    found.ok_or_else(|| super::eval::name_error(name.as_str()))
}
