//! The awaitable protocols under `await`, `async with` and `async for`: what an awaited
//! value delegates to, and the `__aenter__`/`__aexit__`/`__aiter__`/`__anext__` calls.

use super::generator::{GenKind, PyGenerator};
use super::{PyErr, PyResult, Vm};
use crate::compiler::bytecode::awaited;
use crate::objects::Value;

impl Vm {
    /// `await v`: the iterator the awaiting frame delegates to — a coroutine itself, or
    /// what `__await__` returns. `what` ([`awaited`]) says where `v` came from.
    pub(super) fn get_awaitable(&mut self, v: &Value, what: u32) -> PyResult<Value> {
        if matches!(v.native::<PyGenerator>(), Some(g) if g.kind == GenKind::Coroutine) {
            return Ok(v.clone());
        }
        let class = v.type_of();
        let Some(await_) = class.lookup("__await__") else {
            let name = &class.name;
            return Err(self.type_error(match what {
                awaited::AENTER | awaited::AEXIT => format!(
                    "'async with' received an object from __a{}__ that does not implement \
                     __await__: {name}",
                    if what == awaited::AENTER {
                        "enter"
                    } else {
                        "exit"
                    }
                ),
                awaited::ANEXT => {
                    format!("'async for' received an invalid object from __anext__: {name}")
                }
                _ => format!("object {name} can't be used in 'await' expression"),
            }));
        };
        let await_ = self.bind_method(await_, v);
        let it = self.call(&await_, Vec::new(), Vec::new())?;
        if matches!(it.native::<PyGenerator>(), Some(g) if g.kind == GenKind::Coroutine) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        let is_iterator = match &it {
            Value::Iter(_) => true,
            Value::Native(n) if n.is_iterator() => true,
            other => other.type_of().lookup("__next__").is_some(),
        };
        if !is_iterator {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                it.type_name()
            )));
        }
        Ok(it)
    }

    /// `async with cm`: the bound `__aexit__` and the awaitable `__aenter__()` returned.
    pub(super) fn enter_async_context(&mut self, cm: &Value) -> PyResult<(Value, Value)> {
        let class = cm.type_of();
        let (Some(enter), Some(exit)) = (class.lookup("__aenter__"), class.lookup("__aexit__"))
        else {
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                class.name
            )));
        };
        let exit = self.bind_method(exit, cm);
        let enter = self.bind_method(enter, cm);
        let entered = self.call(&enter, Vec::new(), Vec::new())?;
        Ok((exit, entered))
    }

    /// `async for x in v`: `v.__aiter__()`.
    pub(super) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let class = v.type_of();
        let Some(aiter) = class.lookup("__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                class.name
            )));
        };
        let aiter = self.bind_method(aiter, v);
        let it = self.call(&aiter, Vec::new(), Vec::new())?;
        if it.type_of().lookup("__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement \
                 __anext__: {}",
                it.type_name()
            )));
        }
        Ok(it)
    }

    /// One step of `async for`: `it.__anext__()`, still to be awaited.
    pub(super) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        let class = it.type_of();
        let Some(anext) = class.lookup("__anext__") else {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement \
                 __anext__: {}",
                class.name
            )));
        };
        let anext = self.bind_method(anext, it);
        self.call(&anext, Vec::new(), Vec::new())
    }
}

/// The arguments `__exit__`/`__aexit__` receive for an exception.
pub(super) fn exit_args(e: &PyErr) -> Vec<Value> {
    vec![
        Value::Type(e.class.clone()),
        Value::Exception(e.clone()),
        Value::None,
    ]
}
