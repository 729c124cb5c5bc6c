//! Frames that outlive a call: the suspend/resume machinery under generators (and, later,
//! coroutines). Such a frame owns its value vector, so it can be left at a `yield` and
//! entered again, from any thread, with `execute` running over that same vector.

use std::sync::Arc;

use parking_lot::Mutex;

use super::eval::enter_function;
use super::frame::{Block, Frame};
use super::{PyErr, PyResult, Vm};
use crate::compiler::bytecode::Instr;
use crate::objects::exception::error;
use crate::objects::function::Function;
use crate::objects::Value;

/// A frame between two resumptions.
pub struct SuspendedFrame {
    func: Arc<Function>,
    /// Locals, cells, then the evaluation stack (the frame's base is 0).
    stack: Vec<Value>,
    ip: usize,
    /// The frame's exception handlers, `handled_len` counted from the frame's first
    /// handled exception (the thread's stack below it differs at each resumption).
    blocks: Vec<Block>,
    /// Exceptions the frame was handling (in `except` clauses) when it suspended.
    handled: Vec<PyErr>,
}

/// How a resumption ended, when it did not raise.
pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

enum Slot {
    Suspended(Box<SuspendedFrame>),
    /// Taken out by the thread running it.
    Running,
    Finished,
}

/// A suspendable frame behind a lock, taken out while it runs: the lock is never held
/// while Python code runs.
pub struct Suspendable {
    slot: Mutex<Slot>,
}

impl Suspendable {
    /// The frame of a call of `func`, whose arguments are bound in `stack`, not yet started.
    pub fn new(func: Arc<Function>, mut stack: Vec<Value>) -> Suspendable {
        enter_function(&func, &mut stack, 0);
        Suspendable {
            slot: Mutex::new(Slot::Suspended(Box::new(SuspendedFrame {
                func,
                stack,
                ip: 0,
                blocks: Vec::new(),
                handled: Vec::new(),
            }))),
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(*self.slot.lock(), Slot::Running)
    }

    /// The function and position of a suspended frame.
    pub fn suspended_at(&self) -> Option<(Arc<Function>, usize)> {
        match &*self.slot.lock() {
            Slot::Suspended(f) => Some((f.func.clone(), f.ip)),
            _ => None,
        }
    }

    /// Suspended before its first instruction.
    pub fn is_fresh(&self) -> bool {
        matches!(&*self.slot.lock(), Slot::Suspended(f) if f.ip == 0)
    }

    /// Ends a frame without running it (closing a generator that never started).
    pub fn finish(&self) {
        *self.slot.lock() = Slot::Finished;
    }

    /// Takes out a frame that closing would run Python code in: one suspended inside a
    /// `try` or `with`. Any other suspended frame just ends when its owner is dropped.
    pub fn take_if_handlers(&mut self) -> Option<Suspendable> {
        let slot = self.slot.get_mut();
        match slot {
            Slot::Suspended(f) if !f.blocks.is_empty() => Some(Suspendable {
                slot: Mutex::new(std::mem::replace(slot, Slot::Finished)),
            }),
            _ => None,
        }
    }

    /// Takes out a frame that never started: a coroutine dropped so was never awaited.
    pub fn take_if_fresh(&mut self) -> Option<Suspendable> {
        let slot = self.slot.get_mut();
        match slot {
            Slot::Suspended(f) if f.ip == 0 => Some(Suspendable {
                slot: Mutex::new(std::mem::replace(slot, Slot::Finished)),
            }),
            _ => None,
        }
    }

    /// Runs the frame until it yields, returns or raises, sending it `sent` (the value of
    /// the `yield` it is suspended at) or raising `throw` there. `Ok(None)`: it had
    /// finished already. `kind` names the object in the errors ("generator").
    pub fn resume(
        &self,
        vm: &mut Vm,
        kind: &str,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Option<Resumed>> {
        let taken = std::mem::replace(&mut *self.slot.lock(), Slot::Running);
        let mut frame = match taken {
            Slot::Suspended(f) => f,
            Slot::Running => {
                // Not ours to take: it stays with the thread running it.
                return Err(error("ValueError", format!("{kind} already executing")));
            }
            Slot::Finished => {
                *self.slot.lock() = Slot::Finished;
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(None),
                };
            }
        };
        if frame.ip == 0 && throw.is_none() && !sent.is_none() {
            *self.slot.lock() = Slot::Suspended(frame);
            return Err(error(
                "TypeError",
                format!("can't send non-None value to a just-started {kind}"),
            ));
        }
        // Thrown into a `yield from`: the receiver gets it first.
        let (sent, throw) = match (throw, frame.delegate()) {
            (Some(e), Some(receiver)) => match vm.throw_to(&receiver, e) {
                Ok(Resumed::Yielded(y)) => {
                    *self.slot.lock() = Slot::Suspended(frame);
                    return Ok(Some(Resumed::Yielded(y)));
                }
                Ok(Resumed::Returned(v)) => {
                    frame.end_delegation();
                    (v, None)
                }
                Err(e) => (Value::None, Some(e)),
            },
            (throw, _) => (sent, throw),
        };
        let result = vm.resume_frame(&mut frame, sent, throw);
        *self.slot.lock() = match result {
            Ok(Resumed::Yielded(_)) => Slot::Suspended(frame),
            _ => Slot::Finished,
        };
        result.map(Some)
    }
}

impl SuspendedFrame {
    /// The receiver of the `yield from` (or `await`) the frame is suspended in: then it
    /// is at the `YieldValue` just after a `Send`, with the receiver on top of its stack.
    fn delegate(&self) -> Option<Value> {
        let instrs = &self.func.code.instrs;
        match (self.ip.checked_sub(2).map(|i| instrs[i]), self.stack.last()) {
            (Some(Instr::Send(_)), Some(receiver)) => Some(receiver.clone()),
            _ => None,
        }
    }

    /// Leaves the `yield from` whose receiver finished: the frame goes on past it, with
    /// the return value (pushed by the resumption) in place of the receiver.
    fn end_delegation(&mut self) {
        if let Instr::Send(exit) = self.func.code.instrs[self.ip - 2] {
            self.stack.pop();
            self.ip = exit as usize;
        }
    }
}

impl Vm {
    /// Runs a suspended frame from its `Resume` instruction, which receives `sent` or
    /// raises `throw`; on a yield, moves the frame's handlers and handled exceptions back
    /// out of the thread's stacks into the frame.
    fn resume_frame(
        &mut self,
        sf: &mut SuspendedFrame,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Resumed> {
        let limit = self
            .interp
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed);
        if self.depth >= limit {
            return Err(error("RecursionError", "maximum recursion depth exceeded"));
        }
        let serial = self.next_serial();
        let blocks_base = self.blocks.len();
        let handled_base = self.handled.len();
        self.blocks.extend(sf.blocks.drain(..).map(|b| Block {
            serial,
            handled_len: b.handled_len + handled_base,
            ..b
        }));
        self.handled.append(&mut sf.handled);
        sf.stack.push(sent);
        self.thrown = throw;
        let mut frame = Frame {
            code: &sf.func.code,
            globals: &sf.func.globals,
            stack: &mut sf.stack,
            base: 0,
            ip: sf.ip,
            names: None,
        };
        self.depth += 1;
        let result = self.execute(&mut frame, serial);
        self.depth -= 1;
        sf.ip = frame.ip;
        // `execute` leaves a frame the same way whether it returned or yielded; the
        // instruction it left at tells which.
        let yielded = sf.ip > 0 && matches!(sf.func.code.instrs[sf.ip - 1], Instr::YieldValue);
        match result {
            Ok(v) if yielded => {
                sf.blocks
                    .extend(self.blocks.drain(blocks_base..).map(|b| Block {
                        handled_len: b.handled_len - handled_base,
                        ..b
                    }));
                sf.handled.extend(self.handled.drain(handled_base..));
                Ok(Resumed::Yielded(v))
            }
            result => {
                self.blocks.truncate(blocks_base);
                self.handled.truncate(handled_base);
                result.map(Resumed::Returned)
            }
        }
    }
}
