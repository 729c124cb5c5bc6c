//! GIL accounting: where each thread's time went (running with the GIL, waiting for it,
//! blocked with it released) and how it changed hands.
//!
//! Every figure is taken at a GIL transition (take, drop, thread exit), never per
//! instruction, so the accounting costs a single-threaded program nothing it would
//! notice: one clock read and an uncontended lock per transition. The cargo feature
//! `gil-accounting` (on by default) compiles the hooks out, to measure that claim.
//! When a timeline or trace was asked for, every closed span is also recorded, up to
//! [`MAX_SPANS`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

/// Spans kept for `--gil-timeline` / `--gil-trace`: about 40 MB at most.
pub const MAX_SPANS: usize = 1_000_000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Running,
    Waiting,
    Blocked,
    Exited,
}

#[derive(Clone, Copy, Debug)]
pub enum Span {
    /// A thread in `state` from `start` to `end` (offsets from the start of the run).
    State {
        thread: usize,
        state: State,
        start: Duration,
        end: Duration,
    },
    /// A waiter asked the holder to drop the GIL (forced switching).
    DropRequest { thread: usize, at: Duration },
}

pub struct ThreadAcct {
    pub name: String,
    pub running: Duration,
    pub waiting: Duration,
    pub blocked: Duration,
    pub acquisitions: u64,
    pub forced: u64,
    pub voluntary: u64,
    pub state: State,
    since: Instant,
}

struct Registry {
    start: Instant,
    threads: Mutex<Vec<Arc<Mutex<ThreadAcct>>>>,
    recording: AtomicBool,
    spans: Mutex<Vec<Span>>,
    /// Spans dropped once `MAX_SPANS` was reached.
    dropped: Mutex<u64>,
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| Registry {
        start: Instant::now(),
        threads: Mutex::new(Vec::new()),
        recording: AtomicBool::new(false),
        spans: Mutex::new(Vec::new()),
        dropped: Mutex::new(0),
    })
}

/// Starts the clock of the run; with `record`, spans are kept for a timeline or trace.
pub fn start(record: bool) {
    registry().recording.store(record, Ordering::Relaxed);
}

thread_local! {
    static CURRENT: (usize, Arc<Mutex<ThreadAcct>>) = register();
}

fn register() -> (usize, Arc<Mutex<ThreadAcct>>) {
    let reg = registry();
    let mut threads = reg.threads.lock();
    let name = std::thread::current()
        .name()
        .map_or_else(|| format!("Thread-{}", threads.len()), str::to_string);
    let acct = Arc::new(Mutex::new(ThreadAcct {
        name,
        running: Duration::ZERO,
        waiting: Duration::ZERO,
        blocked: Duration::ZERO,
        acquisitions: 0,
        forced: 0,
        voluntary: 0,
        // A thread exists before it first asks for the GIL: that time counts as blocked.
        state: State::Blocked,
        since: Instant::now(),
    }));
    threads.push(acct.clone());
    (threads.len() - 1, acct)
}

fn record(span: Span) {
    let reg = registry();
    let mut spans = reg.spans.lock();
    if spans.len() < MAX_SPANS {
        spans.push(span);
    } else {
        *reg.dropped.lock() += 1;
    }
}

impl ThreadAcct {
    /// Adds the time since the last transition to the current state; its span, if any.
    fn close(&mut self, thread: usize, now: Instant) -> Option<Span> {
        let spent = now.saturating_duration_since(self.since);
        match self.state {
            State::Running => self.running += spent,
            State::Waiting => self.waiting += spent,
            State::Blocked => self.blocked += spent,
            State::Exited => return None,
        }
        let start = registry().start;
        (!spent.is_zero()).then(|| Span::State {
            thread,
            state: self.state,
            start: self.since.saturating_duration_since(start),
            end: now.saturating_duration_since(start),
        })
    }

    /// Closes the current state at `now` and enters `next`.
    fn enter(&mut self, thread: usize, next: State, now: Instant) {
        if self.state == State::Exited {
            return;
        }
        if let Some(span) = self.close(thread, now) {
            if registry().recording.load(Ordering::Relaxed) {
                record(span);
            }
        }
        self.state = next;
        self.since = now;
    }
}

fn transition(f: impl FnOnce(usize, &mut ThreadAcct, Instant)) {
    if cfg!(feature = "gil-accounting") {
        let now = Instant::now();
        CURRENT.with(|(id, acct)| f(*id, &mut acct.lock(), now));
    }
}

/// The thread starts asking for the GIL.
pub fn on_wait() {
    transition(|id, a, now| a.enter(id, State::Waiting, now));
}

/// The thread now holds the GIL.
pub fn on_acquire() {
    transition(|id, a, now| {
        a.acquisitions += 1;
        a.enter(id, State::Running, now);
    });
}

/// The thread releases the GIL: `forced` to answer a drop request (it queues again at
/// once, so it waits), otherwise to block in a sleep, a lock wait or I/O.
pub fn on_release(forced: bool) {
    transition(|id, a, now| {
        if a.state == State::Exited {
            return;
        }
        if forced {
            a.forced += 1;
            a.enter(id, State::Waiting, now);
        } else {
            a.voluntary += 1;
            a.enter(id, State::Blocked, now);
        }
    });
}

/// The thread's Python code has finished; its last release is not a voluntary one.
pub fn on_exit() {
    transition(|id, a, now| a.enter(id, State::Exited, now));
}

/// A waiter timed out and asked the holder to drop the GIL.
pub fn on_drop_request() {
    if cfg!(feature = "gil-accounting") && registry().recording.load(Ordering::Relaxed) {
        let at = registry().start.elapsed();
        CURRENT.with(|(id, _)| record(Span::DropRequest { thread: *id, at }));
    }
}

/// Names the calling thread's row, as `threading.Thread` names it.
pub fn set_name(name: &str) {
    if cfg!(feature = "gil-accounting") {
        CURRENT.with(|(_, acct)| acct.lock().name = name.to_string());
    }
}

/// A copy of every thread's figures, the current states closed at `now`.
pub struct Snapshot {
    pub wall: Duration,
    pub threads: Vec<ThreadAcct>,
    pub spans: Vec<Span>,
    pub dropped_spans: u64,
}

pub fn snapshot() -> Snapshot {
    let reg = registry();
    let now = Instant::now();
    let mut spans = reg.spans.lock().clone();
    let threads = reg
        .threads
        .lock()
        .iter()
        .enumerate()
        .map(|(id, acct)| {
            let a = acct.lock();
            // Closed on a copy only, so the live record keeps counting.
            let mut copy = ThreadAcct {
                name: a.name.clone(),
                ..*a
            };
            spans.extend(copy.close(id, now));
            copy
        })
        .collect();
    Snapshot {
        wall: now - reg.start,
        threads,
        spans,
        dropped_spans: *reg.dropped.lock(),
    }
}
