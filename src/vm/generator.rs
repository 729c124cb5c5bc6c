//! Generator and coroutine objects: what calling a function whose body yields, or an
//! `async def`, returns. The frame machinery is `suspend`'s; this is the protocol on top
//! (`next`, `send`, `throw`, `close`, StopIteration for the return value).

use std::any::Any;
use std::sync::{Arc, OnceLock};

use super::frame::FrameInfo;
use super::suspend::{Resumed, Suspendable};
use super::{PyErr, PyResult, Vm};
use crate::compiler::bytecode::CodeObject;
use crate::objects::exception::{error, PyException};
use crate::objects::function::{Args, Builtin, Function, NativeFn};
use crate::objects::instance::{NativeObject, Property};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, types, PyType};
use crate::objects::Value;
use crate::stdlib::descriptors::add_methods;

/// A generator and a coroutine differ only in their type, names and a few errors.
#[derive(Clone, Copy, PartialEq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

pub struct PyGenerator {
    pub kind: GenKind,
    name: Arc<PyStr>,
    qualname: Arc<PyStr>,
    code: Arc<CodeObject>,
    frame: Suspendable,
    /// The frame's local variables, which size the object as CPython's embedded frame.
    pub nlocals: usize,
}

impl PyGenerator {
    /// The generator (or coroutine) of a call of `func`, its arguments bound in `stack`.
    pub fn create(func: &Arc<Function>, stack: Vec<Value>) -> Value {
        let kind = match (func.code.is_coroutine(), func.code.is_generator()) {
            (true, true) => GenKind::AsyncGenerator,
            (true, false) => GenKind::Coroutine,
            _ => GenKind::Generator,
        };
        Value::new_native(PyGenerator {
            kind,
            name: func.name.clone(),
            qualname: func.qualname.clone(),
            code: func.code.clone(),
            frame: Suspendable::new(func.clone(), stack),
            nlocals: func.code.nlocals(),
        })
    }

    /// One resumption. A StopIteration escaping the body would read as the generator's
    /// end, so it becomes a RuntimeError (PEP 479).
    pub(super) fn step(
        &self,
        vm: &mut Vm,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Option<Resumed>> {
        let kind = self.kind.name();
        self.frame.resume(vm, kind, sent, throw).map_err(|e| {
            if !e.is("StopIteration") {
                return e;
            }
            let err = error("RuntimeError", format!("{kind} raised StopIteration"));
            {
                let mut st = err.state.lock();
                st.cause = Some(Value::Exception(e.clone()));
                st.context = Some(Value::Exception(e));
                st.suppress_context = true;
            }
            err
        })
    }

    /// `send()`, `throw()` and `__next__`: the yielded value, or StopIteration carrying
    /// the returned one.
    fn send_or_throw(&self, vm: &mut Vm, sent: Value, throw: Option<PyErr>) -> PyResult<Value> {
        match self.step(vm, sent, throw)? {
            Some(Resumed::Yielded(v)) => Ok(v),
            Some(Resumed::Returned(v)) => Err(stop_iteration(v)),
            None if self.kind == GenKind::Coroutine => Err(error(
                "RuntimeError",
                "cannot reuse already awaited coroutine",
            )),
            None => Err(stop_iteration(Value::None)),
        }
    }

    /// `next(g)` as the builtin raises it: StopIteration with the return value.
    pub fn next_value(&self, vm: &mut Vm) -> PyResult<Value> {
        self.send_or_throw(vm, Value::None, None)
    }

    /// Ends a generator that has not started; false if it has.
    pub(super) fn finish_if_fresh(&self) -> bool {
        let fresh = self.frame.is_fresh();
        if fresh {
            self.frame.finish();
        }
        fresh
    }

    fn close(&self, vm: &mut Vm) -> PyResult<Value> {
        if self.frame.is_fresh() {
            self.frame.finish();
            return Ok(Value::None);
        }
        let exit = PyException::new(exception_type("GeneratorExit"), Vec::new());
        match self.step(vm, Value::None, Some(exit)) {
            Ok(Some(Resumed::Yielded(_))) => Err(error(
                "RuntimeError",
                format!("{} ignored GeneratorExit", self.kind.name()),
            )),
            Ok(_) => Ok(Value::None),
            Err(e) if e.is("GeneratorExit") => Ok(Value::None),
            Err(e) => Err(e),
        }
    }
}

/// As in CPython, a generator dropped while suspended in a `try` or `with` is closed, so
/// its `finally` blocks and `__exit__`s run, and a coroutine dropped before it ever ran
/// warns that it was never awaited. That is Python code, which cannot run inside `drop`,
/// so a copy owning the frame waits in the finalizer queue for the next check point.
impl Drop for PyGenerator {
    fn drop(&mut self) {
        let frame = match self.kind {
            GenKind::Generator => self.frame.take_if_handlers(),
            GenKind::Coroutine => self.frame.take_if_fresh(),
            GenKind::AsyncGenerator => None,
        };
        if let Some(frame) = frame {
            super::finalize::schedule(Value::new_native(PyGenerator {
                kind: self.kind,
                name: self.name.clone(),
                qualname: self.qualname.clone(),
                code: self.code.clone(),
                frame,
                nlocals: self.nlocals,
            }));
        }
    }
}

impl PyGenerator {
    /// Closes a generator being finalized; what it raises is reported, not propagated,
    /// and a generator that yields again is abandoned (it is not queued a second time).
    pub(super) fn finalize(&self, vm: &mut Vm, me: &Value) {
        let outcome = match self.kind {
            GenKind::Coroutine => warn_never_awaited(vm, me),
            _ => self.close(vm),
        };
        // Finished first, so that dropping this copy queues nothing more.
        self.frame.finish();
        if let Err(e) = outcome {
            let me = self.repr(vm).and_then(Result::ok).unwrap_or_default();
            vm.report_unraisable(&me, &e);
        }
    }
}

/// CPython's RuntimeWarning "coroutine '...' was never awaited", issued by
/// `warnings._warn_unawaited_coroutine` at the code running when the coroutine went.
fn warn_never_awaited(vm: &mut Vm, coro: &Value) -> PyResult<Value> {
    // The running frame the finalizers were noted to be called from: kept from the
    // import, which may run the module's code, and for the next coroutine's warning.
    let running = vm.caller.take();
    let warnings = vm.import_module("warnings");
    vm.caller = running.clone();
    let warned = vm
        .get_attr(&warnings?, &PyStr::new("_warn_unawaited_coroutine"))
        .and_then(|warn| vm.call(&warn, vec![coro.clone()], Vec::new()));
    vm.caller = running;
    warned
}

impl Vm {
    /// One step of `yield from receiver`, sending it `v`.
    pub fn send_to(&mut self, receiver: &Value, v: Value) -> PyResult<Resumed> {
        if let Some(gen) = receiver.native::<PyGenerator>() {
            return Ok(gen
                .step(self, v, None)?
                .unwrap_or(Resumed::Returned(Value::None)));
        }
        // A StopIteration raised by the step carries the value returned.
        let result = if v.is_none() {
            match self.next(receiver) {
                Ok(Some(y)) => Ok(y),
                Ok(None) => return Ok(Resumed::Returned(Value::None)),
                Err(e) => Err(e),
            }
        } else {
            let send = self.get_attr(receiver, &PyStr::new("send"))?;
            self.call(&send, vec![v], Vec::new())
        };
        returned_on_stop(result)
    }

    /// `throw()` into a generator suspended in `yield from receiver`: the receiver's
    /// outcome, or (as the error) what to raise in the delegating generator instead.
    /// GeneratorExit closes the receiver and is raised in the delegating generator.
    pub(super) fn throw_to(&mut self, receiver: &Value, e: PyErr) -> PyResult<Resumed> {
        let gen = receiver.native::<PyGenerator>();
        if e.is("GeneratorExit") {
            match gen {
                Some(gen) => gen.close(self)?,
                None => match self.try_get_attr(receiver, &PyStr::new("close"))? {
                    Some(close) => self.call(&close, Vec::new(), Vec::new())?,
                    None => Value::None,
                },
            };
            return Err(e);
        }
        if let Some(gen) = gen {
            return gen
                .step(self, Value::None, Some(e))
                .map(|r| r.unwrap_or(Resumed::Returned(Value::None)));
        }
        match self.try_get_attr(receiver, &PyStr::new("throw"))? {
            Some(throw) => {
                returned_on_stop(self.call(&throw, vec![Value::Exception(e)], Vec::new()))
            }
            None => Err(e),
        }
    }
}

/// A value from an iterator's `send` or `throw`, whose StopIteration carries the value
/// it returned.
fn returned_on_stop(result: PyResult<Value>) -> PyResult<Resumed> {
    match result {
        Ok(y) => Ok(Resumed::Yielded(y)),
        Err(e) if e.is("StopIteration") => Ok(Resumed::Returned(
            e.args().into_iter().next().unwrap_or(Value::None),
        )),
        Err(e) => Err(e),
    }
}

/// The StopIteration that ends a generator returning `v`.
pub fn stop_iteration(v: Value) -> PyErr {
    let args = if v.is_none() { Vec::new() } else { vec![v] };
    PyException::new(exception_type("StopIteration"), args)
}

impl NativeObject for PyGenerator {
    fn class(&self) -> Arc<PyType> {
        match self.kind {
            GenKind::Generator => generator_type().clone(),
            GenKind::Coroutine => coroutine_type().clone(),
            GenKind::AsyncGenerator => super::asyncgen::async_generator_type().clone(),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn is_iterator(&self) -> bool {
        self.kind == GenKind::Generator
    }

    fn finalize(&self, vm: &mut Vm, me: &Value) {
        PyGenerator::finalize(self, vm, me);
    }

    fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        if self.kind != GenKind::Generator {
            return None;
        }
        Some(self.step(vm, Value::None, None).map(|r| match r {
            Some(Resumed::Yielded(v)) => Some(v),
            _ => None,
        }))
    }

    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<{} object {} at {:#x}>",
            self.kind.name(),
            self.qualname.as_str(),
            self as *const Self as usize
        )))
    }
}

pub fn generator_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| new_type("generator", GENERATOR_METHODS, GENERATOR_GETTERS))
}

pub fn coroutine_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| new_type("coroutine", COROUTINE_METHODS, COROUTINE_GETTERS))
}

/// What `coroutine.__await__()` returns: an iterator over the coroutine's steps.
fn coroutine_wrapper_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| new_type("coroutine_wrapper", WRAPPER_METHODS, &[]))
}

pub(super) fn new_type(
    name: &str,
    methods: &'static [(&'static str, NativeFn)],
    getters: &[(&'static str, NativeFn)],
) -> Arc<PyType> {
    let t = PyType::new(name, vec![types().object.clone()]);
    add_methods(&t, methods);
    for &(name, f) in getters {
        let getter = Value::new_native(Property {
            fget: Value::Builtin(Builtin::new(name, f)),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        });
        t.dict.set_str(&PyStr::new(name), getter);
    }
    t
}

/// The coroutine_wrapper: a generator-like view of a coroutine, for `yield from
/// coro.__await__()`.
struct CoroutineWrapper(Value);

impl NativeObject for CoroutineWrapper {
    fn class(&self) -> Arc<PyType> {
        coroutine_wrapper_type().clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let coro = self.0.native::<PyGenerator>()?;
        Some(coro.step(vm, Value::None, None).map(|r| match r {
            Some(Resumed::Yielded(v)) => Some(v),
            _ => None,
        }))
    }
}

const COROUTINE_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__await__", coro_await),
];

const COROUTINE_GETTERS: &[(&str, NativeFn)] = &[
    ("__name__", gen_name),
    ("__qualname__", gen_qualname),
    ("cr_running", gen_running),
    ("cr_code", gen_code),
    ("cr_frame", gen_frame),
];

/// The wrapper's methods act on the coroutine it wraps.
const WRAPPER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", gen_iter),
    ("__next__", gen_next),
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
];

fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__await__", 0)?;
    Ok(Value::new_native(CoroutineWrapper(args.pos[0].clone())))
}

const GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", gen_iter),
    ("__next__", gen_next),
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
];

const GENERATOR_GETTERS: &[(&str, NativeFn)] = &[
    ("__name__", gen_name),
    ("__qualname__", gen_qualname),
    ("gi_running", gen_running),
    ("gi_code", gen_code),
    ("gi_frame", gen_frame),
];

fn this<'a>(vm: &Vm, args: &'a Args, method: &str, argc: usize) -> PyResult<&'a PyGenerator> {
    let gen = receiver(vm, args, method)?;
    let given = args.pos.len() - 1;
    let kind = gen.kind.name();
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{kind}.{method}() takes no keyword arguments")));
    }
    if given != argc {
        return Err(vm.type_error(match argc {
            0 => format!("{kind}.{method}() takes no arguments ({given} given)"),
            _ => format!("{kind}.{method}() takes exactly one argument ({given} given)"),
        }));
    }
    Ok(gen)
}

/// The generator or coroutine a method was called on (through a coroutine_wrapper too).
fn receiver<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a PyGenerator> {
    let first = args.pos.first();
    let first = match first.and_then(|v| v.native::<CoroutineWrapper>()) {
        Some(w) => Some(&w.0),
        None => first,
    };
    first
        .and_then(|v| v.native::<PyGenerator>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{method}' requires a 'generator' object"
            ))
        })
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__", 0)?;
    Ok(args.pos[0].clone())
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__next__", 0)?.next_value(vm)
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let gen = this(vm, &args, "send", 1)?;
    gen.send_or_throw(vm, args.pos[1].clone(), None)
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let gen = receiver(vm, &args, "throw")?;
    let exc = match &args.pos[1..] {
        [exc] => exc.clone(),
        [exc, value, ..] if args.pos.len() <= 4 => match (exc, value) {
            (Value::Type(_), Value::Exception(_)) => value.clone(),
            (Value::Type(_), Value::None) => exc.clone(),
            (Value::Type(_), v) => vm.call(exc, vec![v.clone()], Vec::new())?,
            (Value::Exception(_), Value::None) => exc.clone(),
            _ => return Err(vm.type_error("instance exception may not have a separate value")),
        },
        _ => {
            return Err(vm.type_error(format!(
                "throw expected at least 1 argument, got {}",
                args.pos.len() - 1
            )))
        }
    };
    let is_exception = match &exc {
        Value::Exception(_) => true,
        Value::Type(t) => t.is_subtype(&types().base_exception),
        _ => false,
    };
    if !is_exception {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            exc.type_name()
        )));
    }
    let exc = vm.make_exception(exc)?;
    gen.send_or_throw(vm, Value::None, Some(exc))
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "close", 0)?.close(vm)
}

pub(super) fn gen_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Str(this(vm, &args, "__name__", 0)?.name.clone()))
}

pub(super) fn gen_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Str(
        this(vm, &args, "__qualname__", 0)?.qualname.clone(),
    ))
}

pub(super) fn gen_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Code(this(vm, &args, "gi_code", 0)?.code.clone()))
}

/// The frame of a generator that has not finished: where it is suspended, or where it
/// runs (found among the frames that led to this call); None once it has finished.
pub(super) fn gen_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let gen = this(vm, &args, "gi_frame", 0)?;
    let info = match gen.frame.suspended_at() {
        Some((func, ip)) => Some(FrameInfo {
            code: func.code.clone(),
            ip,
            globals: Some(func.globals.clone()),
            locals: None,
        }),
        None if gen.frame.is_running() => vm
            .frame_infos()
            .into_iter()
            .find(|f| Arc::ptr_eq(&f.code, &gen.code)),
        None => None,
    };
    Ok(match info {
        Some(info) => crate::stdlib::frame_object::frame_objects(vm, vec![info])
            .pop()
            .unwrap_or(Value::None),
        None => Value::None,
    })
}

pub(super) fn gen_running(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(
        this(vm, &args, "gi_running", 0)?.frame.is_running(),
    ))
}
