//! Finalizers that run Python code, deferred from `drop` (where no VM is at hand) to the
//! next check point of the eval loop or call of a builtin on the same thread.

use std::cell::RefCell;
use std::collections::{HashSet, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use super::generator::{GenKind, PyGenerator};
use super::{PyErr, Vm};
use crate::compiler::bytecode::CodeObject;
use crate::objects::dict::PyDict;
use crate::objects::Value;

/// How many finalizers the threads have queued and not yet run: one relaxed load at
/// each check point. A count, not a flag, so that a thread with an empty queue does
/// not clear what another thread still has to run.
static PENDING: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static QUEUE: Queue = const { Queue(RefCell::new(Vec::new())) };
}

struct Queue(RefCell<Vec<Value>>);

/// A thread that ends with finalizers queued no longer counts them as pending.
impl Drop for Queue {
    fn drop(&mut self) {
        PENDING.fetch_sub(self.0.get_mut().len(), Ordering::Relaxed);
    }
}

/// Queues `obj` (a generator to close, a coroutine never awaited, or an instance whose
/// `__del__` is to run) to be finalized on this thread.
pub fn schedule(obj: Value) {
    // A thread being torn down has no VM left to run it.
    if QUEUE.try_with(|q| q.0.borrow_mut().push(obj)).is_ok() {
        PENDING.fetch_add(1, Ordering::Relaxed);
    }
}

#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

impl Vm {
    /// Runs this thread's queued finalizers, and those that they queue in turn.
    #[cold]
    #[inline(never)]
    pub fn run_finalizers(&mut self) {
        loop {
            let batch = QUEUE.with(|q| std::mem::take(&mut *q.0.borrow_mut()));
            if batch.is_empty() {
                return;
            }
            PENDING.fetch_sub(batch.len(), Ordering::Relaxed);
            for obj in batch {
                match &obj {
                    Value::Native(n) => n.finalize(self, &obj),
                    _ => self.call_del(&obj),
                }
            }
        }
    }

    /// After an instruction that dropped a value (an expression statement's, a `del`):
    /// a coroutine it held that never ran warns at that statement, as in CPython.
    #[inline(always)]
    pub(super) fn finalize_dropped(&mut self, at: (&Arc<CodeObject>, &Arc<PyDict>, usize)) {
        if pending() {
            self.run_finalizers_at(at);
        }
    }

    /// Runs the queued finalizers as called from the frame at `at` (its code, globals and
    /// the position after its current instruction), where what they warn of, such as a
    /// coroutine never awaited, is located.
    #[cold]
    #[inline(never)]
    pub(super) fn run_finalizers_at(&mut self, at: (&Arc<CodeObject>, &Arc<PyDict>, usize)) {
        self.call_as_caller(true, at, |vm| vm.run_finalizers());
    }

    /// `obj.__del__()`; what it raises is reported, not propagated, as in CPython.
    fn call_del(&mut self, obj: &Value) {
        let Some(del) = obj.type_of().lookup_static("__del__") else {
            return;
        };
        let method = self.bind_method(del.clone(), obj);
        if let Err(e) = self.call(&method, Vec::new(), Vec::new()) {
            let me = self.repr(&del).unwrap_or_default();
            self.report_unraisable(&me, &e);
        }
    }

    /// What a finalizer raised, which has no caller to go to: reported on stderr as
    /// CPython's `sys.unraisablehook` does, `what` being the repr of what raised it.
    pub fn report_unraisable(&mut self, what: &str, e: &PyErr) {
        self.interp.flush_stdout();
        eprint!(
            "Exception ignored in: {what}\n{}",
            super::traceback::format_exception(self, e)
        );
    }

    /// At exit, as CPython clearing the main module: the generators its globals still
    /// hold are closed and the `__del__` of the instances they hold runs, in the order of
    /// the globals, then that of instances inside containers (the order in which
    /// CPython's final garbage collection finds them).
    pub fn finalize_globals(&mut self, globals: &PyDict) {
        self.run_finalizers();
        // The walk through everything the globals reach is only for `__del__` methods:
        // without any, a program with big data would pay for it at every exit.
        let walk = crate::objects::instance::del_methods_exist();
        let mut containers = VecDeque::new();
        let mut seen = HashSet::new();
        for (_, v) in globals.items() {
            match v.native::<PyGenerator>() {
                Some(gen) if gen.kind == GenKind::Generator => gen.finalize(self, &v),
                _ if walk => self.finalize_reachable(v, &mut containers, &mut seen),
                _ => {}
            }
        }
        while let Some(c) = containers.pop_front() {
            let items = match &c {
                Value::List(l) => l.snapshot(),
                Value::Tuple(t) => t.items.to_vec(),
                Value::Dict(d) => d.items().into_iter().map(|(_, v)| v).collect(),
                _ => Vec::new(),
            };
            for v in items {
                self.finalize_reachable(v, &mut containers, &mut seen);
            }
        }
        self.run_finalizers();
    }

    /// Runs the `__del__` of `v` and, depth first, of the instances its attributes
    /// hold; containers met on the way are left for later.
    fn finalize_reachable(
        &mut self,
        v: Value,
        containers: &mut VecDeque<Value>,
        seen: &mut HashSet<usize>,
    ) {
        let mut todo = vec![v];
        while let Some(v) = todo.pop() {
            let Some(addr) = v.heap_ptr() else {
                continue;
            };
            if !seen.insert(addr) {
                continue;
            }
            match &v {
                Value::Instance(i) => {
                    if i.take_finalizer() {
                        self.call_del(&v);
                        self.run_finalizers();
                    }
                    todo.extend(i.dict.items().into_iter().rev().map(|(_, a)| a));
                }
                Value::List(_) | Value::Tuple(_) | Value::Dict(_) => containers.push_back(v),
                _ => {}
            }
        }
    }
}
