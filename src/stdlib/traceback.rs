//! `_traceback`: the report the interpreter prints for an uncaught exception,
//! as a string, for the `traceback` module's `format_exception` and `print_exc`;
//! and saving and restoring how far an exception's traceback reaches, which
//! `contextlib` does where CPython assigns `exc.__traceback__` (gilpy has no
//! traceback objects).
//!
//! `exc.__traceback__` and `sys.exc_info()[2]` are [`Traceback`] objects: the
//! frames an exception passed, outermost first, with `tb_lineno` and
//! `tb_next`; `tb_frame` is None, as gilpy has no frame objects.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use crate::objects::dict::PyDict;
use crate::objects::exception::TraceEntry;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::namespace;
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{arity, getter, module_type, no_kwargs};

/// One link of a traceback chain: `entries[pos]`, outermost first.
pub struct Traceback {
    entries: Arc<Vec<TraceEntry>>,
    pos: usize,
}

impl Traceback {
    /// The traceback of an exception, or None when it has not been raised.
    pub fn of(e: &PyErr) -> Value {
        let entries = crate::vm::traceback::visible_entries(e);
        if entries.is_empty() {
            return Value::None;
        }
        Value::new_native(Traceback {
            entries: Arc::new(entries),
            pos: 0,
        })
    }

    /// `exc.with_traceback(tb)`: `exc` now carries `tb`'s frames (none for None) and
    /// returns itself, so that `raise exc.with_traceback(tb)` extends that traceback.
    pub fn exception_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
        if args.pos.len() != 2 {
            return Err(vm.type_error(format!(
                "{}.with_traceback() takes exactly one argument ({} given)",
                args.pos
                    .first()
                    .map_or("BaseException".into(), Value::type_name),
                args.pos.len().saturating_sub(1)
            )));
        }
        let Value::Exception(e) = &args.pos[0] else {
            return Err(vm.type_error(format!(
                "descriptor 'with_traceback' for 'BaseException' objects doesn't apply to a '{}' object",
                args.pos[0].type_name()
            )));
        };
        let entries = match &args.pos[1] {
            Value::None => Vec::new(),
            tb => match tb.native::<Traceback>() {
                Some(t) => t.entries[t.pos..].iter().rev().cloned().collect(),
                None => return Err(vm.type_error("__traceback__ must be a traceback or None")),
            },
        };
        e.state.lock().traceback = entries;
        Ok(args.pos[0].clone())
    }

    fn entry(&self) -> &TraceEntry {
        &self.entries[self.pos]
    }
}

fn traceback_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("traceback", "builtins", Vec::new(), &[]);
        for (name, f) in [
            ("tb_lineno", tb_lineno as NativeFn),
            ("tb_next", tb_next),
            ("tb_frame", tb_frame),
        ] {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        t
    })
}

impl NativeObject for Traceback {
    fn class(&self) -> Arc<PyType> {
        traceback_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Traceback> {
    super::modutil::receiver::<Traceback>(vm, args, "traceback", "attribute")
}

fn tb_lineno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?.entry();
    Ok(Value::Int(e.code.line_of(e.ip as usize) as i64))
}

fn tb_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tb = this(vm, &args)?;
    if tb.pos + 1 >= tb.entries.len() {
        return Ok(Value::None);
    }
    Ok(Value::new_native(Traceback {
        entries: tb.entries.clone(),
        pos: tb.pos + 1,
    }))
}

fn tb_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(Value::None)
}

/// `format_tb(tb)`: the "  File …" lines of a traceback from `tb` inward.
fn format_tb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "format_tb", &args)?;
    arity(vm, "format_tb", &args, 1, 1)?;
    match &args.pos[0] {
        Value::None => Ok(Value::str("")),
        v => match v.native::<Traceback>() {
            Some(tb) => Ok(Value::str(crate::vm::traceback::format_entries(
                &tb.entries[tb.pos..],
            ))),
            None => Err(vm.type_error(format!(
                "format_tb() argument must be a traceback, not {}",
                v.type_name()
            ))),
        },
    }
}

/// `format(exc)`: "Traceback (most recent call last):…", chained exceptions included.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_arg(vm, "format", &args, 1)?.clone();
    Ok(Value::str(crate::vm::traceback::format_exception_plain(
        vm, &e,
    )))
}

/// `format_only(exc)`: the line naming the exception and its message, then its notes.
fn format_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_arg(vm, "format_only", &args, 1)?.clone();
    Ok(Value::str(crate::vm::traceback::format_exception_only(
        vm, &e,
    )))
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

/// `keep(exc, start, stop)`: keeps only the frames `start..stop` of the
/// exception's traceback, counted outermost first as `entries` lists them.
fn keep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_arg(vm, "keep", &args, 3)?;
    let start = super::modutil::to_i64(vm, &args.pos[1])?.max(0) as usize;
    let stop = super::modutil::to_i64(vm, &args.pos[2])?.max(0) as usize;
    let mut state = e.state.lock();
    // The exception holds its frames innermost first.
    let len = state.traceback.len();
    let (stop, start) = (stop.min(len), start.min(len));
    let kept = if start < stop {
        state.traceback.drain(len - stop..len - start).collect()
    } else {
        Vec::new()
    };
    state.traceback = kept;
    Ok(Value::None)
}

/// `entries(tb)`: `(filename, lineno, name, line)` for each frame from `tb`
/// inward, `line` being the stripped source line ('' where there is no file).
fn entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "entries", &args)?;
    arity(vm, "entries", &args, 1, 1)?;
    let Some(tb) = args.pos[0].native::<Traceback>() else {
        return Err(vm.type_error(format!(
            "entries() argument must be a traceback, not {}",
            args.pos[0].type_name()
        )));
    };
    Ok(entry_tuples(&tb.entries[tb.pos..]))
}

/// `(filename, lineno, name, line)` for each entry.
fn entry_tuples(entries: &[TraceEntry]) -> Value {
    let frames = entries
        .iter()
        .map(|e| {
            let source = &e.code.source;
            let shown = crate::vm::traceback::shown_line(source, e.code.line_of(e.ip as usize));
            let text = if source.name.starts_with('<') {
                ""
            } else {
                shown.text.trim()
            };
            Value::tuple(vec![
                Value::str(shown.file.as_ref()),
                Value::Int(shown.line as i64),
                Value::Str(e.code.name.clone()),
                Value::str(text),
            ])
        })
        .collect();
    Value::list(frames)
}

/// `stack_entries(frame, limit)`: `entries` for a frame and its callers, outermost
/// first, keeping the innermost `limit` of them (all for None; a negative limit keeps
/// the outermost).
fn stack_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "stack_entries", &args)?;
    arity(vm, "stack_entries", &args, 2, 2)?;
    let Some(mut entries) = super::frame_object::stack_entries(&args.pos[0]) else {
        return Err(vm.type_error(format!(
            "stack_entries() argument must be a frame, not {}",
            args.pos[0].type_name()
        )));
    };
    if !args.pos[1].is_none() {
        let limit = super::modutil::to_i64(vm, &args.pos[1])?;
        let n = (limit.unsigned_abs() as usize).min(entries.len());
        if limit >= 0 {
            entries.drain(..entries.len() - n);
        } else {
            entries.truncate(n);
        }
    }
    Ok(entry_tuples(&entries))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("format", format),
    ("format_only", format_only),
    ("format_tb", format_tb),
    ("entries", entries),
    ("stack_entries", stack_entries),
    ("depth", depth),
    ("restore", restore),
    ("keep", keep),
    ("defined_at", defined_at),
];

/// `defined_at(code)`: the file and first line a function's source is shown at, CPython's
/// for the library functions gilpy writes differently (see `shown_line`).
fn defined_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "defined_at", &args)?;
    arity(vm, "defined_at", &args, 1, 1)?;
    let Value::Code(code) = &args.pos[0] else {
        return Err(vm.type_error(format!(
            "defined_at() argument must be a code object, not {}",
            args.pos[0].type_name()
        )));
    };
    let shown = crate::vm::traceback::shown_line(&code.source, code.first_line);
    Ok(Value::tuple(vec![
        Value::str(shown.file.as_ref()),
        Value::Int(shown.line as i64),
    ]))
}

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}
