//! The virtual machine: one [`Interpreter`] shared by all threads, one [`Vm`] per thread.
//!
//! The stdlib sees the VM only through `Vm`'s public methods (call, repr, str, errors,
//! output), the narrow interface the design asks for.

pub mod asyncgen;
pub mod attr;
pub mod attr_site;
pub mod call;
pub mod class;
pub mod compile_warnings;
pub mod coroutine;
pub mod dunder;
pub mod eval;
pub mod exec;
pub mod finalize;
pub mod frame;
pub mod generator;
pub mod gil;
pub mod gil_report;
pub mod gil_stats;
pub mod import;
pub mod interpreter;
pub mod ops;
pub mod repr;
pub mod signals;
pub mod slice;
pub mod stack;
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
    /// The namespaces `SnapshotFrame` recorded for the builtin called next.
    frame_snapshot: Option<exec::FrameSnapshot>,
    /// The active `execute` loops, outermost first (see `stack.rs`).
    entries: Vec<frame::Entry>,
    /// The frame making a call that may start an `execute` loop, for that loop's entry.
    caller: Option<frame::CallerFrame>,
    /// The frames of the running loop as `SnapshotStack` recorded them for the builtin
    /// called next (`sys._getframe`), innermost first.
    stack_snapshot: Option<Vec<frame::FrameInfo>>,
    /// This thread runs Python's main thread: the one that runs signal handlers.
    main_thread: bool,
}

impl Vm {
    /// The innermost exception being handled: what `sys.exc_info()` reports.
    pub fn handled_exception(&self) -> Option<PyErr> {
        self.handled.last().cloned()
    }

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
            frame_snapshot: None,
            entries: Vec::new(),
            caller: None,
            stack_snapshot: None,
            main_thread: false,
            interp,
        }
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        error("TypeError", msg)
    }

    /// A built-in type's method called through the type (`str.upper(x)`) with a receiver
    /// that is missing or of another type.
    pub fn descriptor_error(&self, owner: &str, method: &str, receiver: Option<&Value>) -> PyErr {
        self.type_error(match receiver {
            None => format!("unbound method {owner}.{method}() needs an argument"),
            Some(v) => format!(
                "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
                v.type_name()
            ),
        })
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        error("ValueError", msg)
    }

    pub fn new_error(&self, kind: &str, msg: impl Into<String>) -> PyErr {
        error(kind, msg)
    }

    /// A check point of the eval loop (function entries, backward jumps and calls): one
    /// relaxed load for the GIL, one for queued finalizers and, on the main thread, one
    /// for signals. Switches to a waiting thread when one asked for the GIL, runs queued
    /// finalizers, and runs the handlers of signals that came. `at` is the running frame
    /// (see `run_finalizers_at`).
    #[inline(always)]
    pub(crate) fn gil_check_point(
        &mut self,
        at: (
            &Arc<crate::compiler::bytecode::CodeObject>,
            &Arc<crate::objects::dict::PyDict>,
            usize,
        ),
    ) -> PyResult<()> {
        let gil = &self.interp.gil;
        if gil.drop_request.load(std::sync::atomic::Ordering::Relaxed) {
            gil.yield_to_waiter();
        }
        if finalize::pending() {
            self.run_finalizers_at(at);
        }
        if self.main_thread && signals::pending() {
            return self.check_signals();
        }
        Ok(())
    }

    /// Makes this thread the one that runs signal handlers: Python's main thread, or the
    /// thread that forked a child process.
    pub fn become_main_thread(&mut self) {
        self.main_thread = true;
        signals::set_main_thread(true);
    }

    pub fn is_main_thread(&self) -> bool {
        self.main_thread
    }

    /// On the main thread, runs the Python handlers of the signals that came; an exception
    /// a handler raises (`KeyboardInterrupt` from the default SIGINT handler) is returned.
    #[cold]
    #[inline(never)]
    pub fn check_signals(&mut self) -> PyResult<()> {
        if !self.main_thread {
            return Ok(());
        }
        crate::stdlib::signal::run_handlers(self, signals::take_tripped())
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

    /// `allow_threads` for a wait that a signal may cut short on the main thread, as
    /// CPython retries system calls (PEP 475): `wait(interruptible)` returns `None` when it
    /// stopped for a signal, the handlers run, and unless one raised, the wait goes on.
    pub fn allow_threads_interruptible<R>(
        &mut self,
        mut wait: impl FnMut(bool) -> Option<R>,
    ) -> PyResult<R> {
        let interruptible = self.main_thread;
        loop {
            if let Some(r) = self.allow_threads(|| wait(interruptible)) {
                return Ok(r);
            }
            self.check_signals()?;
        }
    }

    /// Writes to `sys.stdout`.
    pub fn write_stdout(&self, s: &str) {
        self.interp.stdout.lock().write(s);
    }
}
