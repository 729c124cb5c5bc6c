//! The virtual machine: one [`Interpreter`] shared by all threads, one [`Vm`] per thread.
//!
//! The stdlib sees the VM only through `Vm`'s public methods (call, repr, str, errors,
//! output), the narrow interface the design asks for.

pub mod asyncgen;
pub mod attr;
pub mod call;
pub mod class;
pub mod coroutine;
pub mod dunder;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod gil;
pub mod gil_report;
pub mod gil_stats;
pub mod import;
pub mod interpreter;
pub mod ops;
pub mod repr;
pub mod slice;
pub mod suggest;
pub mod suspend;
pub mod traceback;

use std::sync::Arc;

use crate::objects::exception::{error, PyException};
use crate::objects::Value;

pub use interpreter::{Interpreter, Options};

/// A raised Python exception travelling up the Rust stack.
pub type PyErr = Arc<PyException>;
pub type PyResult<T> = Result<T, PyErr>;

/// Per-thread VM state.
pub struct Vm {
    pub interp: Arc<Interpreter>,
    /// Python frames currently active on this thread, for the recursion limit.
    depth: usize,
    /// Slot vectors of finished frames, reused so a call does not allocate.
    slot_pool: Vec<Vec<Value>>,
    /// Callers of the Python functions running inlined in `execute` loops.
    frames: Vec<frame::SavedFrame>,
    /// Containers whose repr is being built, to print `[...]` for cycles.
    repr_guard: Vec<usize>,
    /// Exception handlers of all active frames of this thread, innermost last.
    blocks: Vec<frame::Block>,
    /// Exceptions being handled (inside `except` clauses), innermost last: what a bare
    /// `raise` re-raises and what new exceptions get as `__context__`.
    handled: Vec<PyErr>,
    /// Numbers frame activations for `Block::serial`.
    frame_serial: u64,
    /// Set by instructions that re-raise, so the frame adds no second traceback entry.
    reraising: bool,
    /// What `throw()` raises in the generator it resumes, at its `Resume` instruction.
    thrown: Option<PyErr>,
    /// With `-X switch-every=N`: instructions left before this thread offers the GIL;
    /// 0 when switching goes by time.
    step_budget: u64,
}

impl Vm {
    pub fn new(interp: Arc<Interpreter>) -> Vm {
        Vm {
            depth: 0,
            slot_pool: Vec::new(),
            frames: Vec::new(),
            repr_guard: Vec::new(),
            blocks: Vec::new(),
            handled: Vec::new(),
            frame_serial: 0,
            reraising: false,
            thrown: None,
            step_budget: interp.options.switch_every,
            interp,
        }
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        error("TypeError", msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        error("ValueError", msg)
    }

    pub fn new_error(&self, kind: &str, msg: impl Into<String>) -> PyErr {
        error(kind, msg)
    }

    /// A check point of the eval loop (backward jumps and calls): one relaxed load, and
    /// a switch to a waiting thread when one asked for the GIL.
    #[inline(always)]
    pub(crate) fn gil_check_point(&self) {
        let gil = &self.interp.gil;
        if gil.drop_request.load(std::sync::atomic::Ordering::Relaxed) {
            gil.yield_to_waiter();
        }
    }

    /// With `-X switch-every=N`, before each instruction: every N instructions of this
    /// thread, the GIL goes to a waiting thread. Counting the thread's own instructions,
    /// not time, puts each hand-over at the same place in its code on every run.
    #[inline(always)]
    pub(crate) fn count_step(&mut self) {
        self.step_budget -= 1;
        if self.step_budget == 0 {
            self.step_budget = self.interp.options.switch_every;
            if self.interp.gil.has_waiters() {
                self.interp.gil.hand_over();
            }
        }
    }

    /// Runs a blocking call (a sleep, a lock wait, I/O) without the GIL, so other threads
    /// run meanwhile. `f` must not touch Python objects' state that the GIL protects in
    /// Python semantics, nor call back into Python.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        self.interp.gil.drop(false);
        let r = f();
        self.interp.gil.take();
        r
    }

    /// The exception the innermost running `except` clause handles (`sys.exc_info()`).
    pub fn handled_exception(&self) -> Option<PyErr> {
        self.handled.last().cloned()
    }

    /// Writes to `sys.stdout`.
    pub fn write_stdout(&self, s: &str) {
        self.interp.stdout.lock().write(s);
    }
}
