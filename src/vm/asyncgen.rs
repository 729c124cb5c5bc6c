//! Async generators: `async def` bodies that yield. `__anext__()`/`asend()` return an
//! awaitable that runs the generator's frame: what its awaits yield goes on up to the
//! event loop, and its own `yield` (marked by `AsyncGenWrap`) ends the awaitable with the
//! value, as StopIteration carries it.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use super::generator::{
    gen_code, gen_frame, gen_name, gen_qualname, gen_running, new_type, stop_iteration, PyGenerator,
};
use super::suspend::Resumed;
use super::{PyErr, PyResult, Vm};
use crate::objects::exception::{error, PyException};
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::types::{exception_type, PyType};
use crate::objects::Value;
use parking_lot::Mutex;

/// A value an async generator yields to its consumer.
struct Yielded(Value);

impl NativeObject for Yielded {
    fn class(&self) -> Arc<PyType> {
        crate::objects::types::types().object.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn wrap(v: Value) -> Value {
    Value::new_native(Yielded(v))
}

/// What the first step of an [`ASend`] passes into the generator.
enum Start {
    Send(Value),
    Throw(PyErr),
}

/// The awaitable of one `__anext__()`, `asend(v)`, `athrow(exc)` or `aclose()`: `start`
/// goes in at its first step.
struct ASend {
    gen: Value,
    start: Mutex<Option<Start>>,
    /// `aclose()`: the generator must finish rather than yield.
    closing: bool,
}

impl ASend {
    fn awaitable(gen: Value, start: Option<Start>, closing: bool) -> Value {
        Value::new_native(ASend {
            gen,
            start: Mutex::new(start),
            closing,
        })
    }

    fn step(&self, vm: &mut Vm, sent: Value, throw: Option<PyErr>) -> PyResult<Value> {
        let Some(gen) = self.gen.native::<PyGenerator>() else {
            return Err(vm.type_error("async generator expected"));
        };
        let (sent, throw) = match self.start.lock().take() {
            Some(Start::Send(v)) => (v, throw),
            Some(Start::Throw(e)) => {
                // Closing a generator that never started just ends it.
                if self.closing && gen.finish_if_fresh() {
                    return Err(stop_iteration(Value::None));
                }
                (Value::None, Some(e))
            }
            None => (sent, throw),
        };
        let result = gen.step(vm, sent, throw);
        if self.closing {
            return match result {
                Ok(Some(Resumed::Yielded(v))) if v.native::<Yielded>().is_some() => Err(error(
                    "RuntimeError",
                    "async generator ignored GeneratorExit",
                )),
                Ok(Some(Resumed::Yielded(v))) => Ok(v),
                Ok(_) => Err(stop_iteration(Value::None)),
                Err(e) if e.is("GeneratorExit") || e.is("StopAsyncIteration") => {
                    Err(stop_iteration(Value::None))
                }
                Err(e) => Err(e),
            };
        }
        match result? {
            Some(Resumed::Yielded(v)) => match v.native::<Yielded>() {
                Some(Yielded(item)) => Err(stop_iteration(item.clone())),
                None => Ok(v),
            },
            _ => Err(PyException::new(
                exception_type("StopAsyncIteration"),
                Vec::new(),
            )),
        }
    }
}

impl NativeObject for ASend {
    fn class(&self) -> Arc<PyType> {
        asend_type().clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(match self.step(vm, Value::None, None) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is("StopIteration") && e.args().is_empty() => Ok(None),
            Err(e) => Err(e),
        })
    }
}

pub fn async_generator_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| new_type("async_generator", ASYNC_GEN_METHODS, ASYNC_GEN_GETTERS))
}

fn asend_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| new_type("async_generator_asend", ASEND_METHODS, &[]))
}

const ASYNC_GEN_METHODS: &[(&str, NativeFn)] = &[
    ("__aiter__", agen_aiter),
    ("__anext__", agen_anext),
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
];

const ASYNC_GEN_GETTERS: &[(&str, NativeFn)] = &[
    ("__name__", gen_name),
    ("__qualname__", gen_qualname),
    ("ag_running", gen_running),
    ("ag_code", gen_code),
    ("ag_frame", gen_frame),
];

const ASEND_METHODS: &[(&str, NativeFn)] = &[
    ("__await__", asend_await),
    ("__iter__", asend_await),
    ("__next__", asend_next),
    ("send", asend_send),
    ("throw", asend_throw),
];

fn agen<'a>(vm: &Vm, args: &'a Args, argc: usize) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(v) if v.native::<PyGenerator>().is_some() && args.pos.len() == argc + 1 => Ok(v),
        _ => Err(vm.type_error("async_generator method called with wrong arguments")),
    }
}

fn agen_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    agen(vm, &args, 0).cloned()
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let gen = agen(vm, &args, 0)?.clone();
    Ok(ASend::awaitable(gen, None, false))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let gen = agen(vm, &args, 1)?.clone();
    Ok(ASend::awaitable(
        gen,
        Some(Start::Send(args.pos[1].clone())),
        false,
    ))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [gen, exc] = args.pos else {
        return Err(vm.type_error(format!(
            "athrow expected at least 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    };
    agen(vm, &args, 1)?;
    let exc = vm.make_exception(exc.clone())?;
    Ok(ASend::awaitable(
        gen.clone(),
        Some(Start::Throw(exc)),
        false,
    ))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let gen = agen(vm, &args, 0)?.clone();
    let exit = PyException::new(exception_type("GeneratorExit"), Vec::new());
    Ok(ASend::awaitable(gen, Some(Start::Throw(exit)), true))
}

fn asend<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a ASend> {
    args.pos
        .first()
        .and_then(|v| v.native::<ASend>())
        .ok_or_else(|| vm.type_error("descriptor requires an 'async_generator_asend' object"))
}

fn asend_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    asend(vm, &args)?;
    Ok(args.pos[0].clone())
}

fn asend_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    asend(vm, &args)?.step(vm, Value::None, None)
}

fn asend_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = asend(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    a.step(vm, v, None)
}

fn asend_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = asend(vm, &args)?;
    let exc = match args.pos.get(1) {
        Some(v) => vm.make_exception(v.clone())?,
        None => {
            return Err(error(
                "TypeError",
                "throw expected at least 1 argument, got 0",
            ))
        }
    };
    a.step(vm, Value::None, Some(exc))
}
