//! Finalizers that run Python code, deferred from `drop` (where no VM is at hand) to the
//! next check point of the eval loop or call of a builtin on the same thread.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use super::generator::{GenKind, PyGenerator};
use super::Vm;
use crate::objects::dict::PyDict;
use crate::objects::Value;

/// Set when some thread queued a finalizer: one relaxed load at each check point.
static PENDING: AtomicBool = AtomicBool::new(false);

thread_local! {
    static QUEUE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Queues `obj` (a generator to close) to be finalized on this thread.
pub fn schedule(obj: Value) {
    // A thread being torn down has no VM left to run it.
    if QUEUE.try_with(|q| q.borrow_mut().push(obj)).is_ok() {
        PENDING.store(true, Ordering::Relaxed);
    }
}

#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

impl Vm {
    /// Runs this thread's queued finalizers, and those that they queue in turn.
    #[cold]
    #[inline(never)]
    pub fn run_finalizers(&mut self) {
        PENDING.store(false, Ordering::Relaxed);
        loop {
            let batch = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
            if batch.is_empty() {
                return;
            }
            for obj in batch {
                if let Some(gen) = obj.native::<PyGenerator>() {
                    gen.finalize(self);
                }
            }
        }
    }

    /// At exit, as CPython clearing the main module: the generators its globals still
    /// hold are closed, in the order of the globals.
    pub fn finalize_globals(&mut self, globals: &PyDict) {
        self.run_finalizers();
        for (_, v) in globals.items() {
            match v.native::<PyGenerator>() {
                Some(gen) if gen.kind == GenKind::Generator => gen.finalize(self),
                _ => {}
            }
        }
    }
}
