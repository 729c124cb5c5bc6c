//! The Global Interpreter Lock, after CPython's "new GIL" (`Python/ceval_gil.c`).
//!
//! The lock itself is the `locked` flag; the mutex around the state is held only for a
//! few instructions, so a thread never holds a guard while it runs bytecode. A thread
//! that waited a whole switch interval without any handoff sets `drop_request`; the
//! holder sees it at its next check point (a backward jump or a call), drops the GIL and
//! does not queue again until another thread has taken it (forced switching), which
//! keeps the dropper from winning the lock straight back.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering};
use std::thread::ThreadId;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use super::gil_stats;
use crate::objects::object_lock::set_holds_gil;

/// CPython's default switch interval: 5 ms.
const DEFAULT_INTERVAL_US: u64 = 5000;

struct GilState {
    locked: bool,
    /// The thread that took the GIL last; it stays set after a drop, so a forced dropper
    /// can tell whether someone else has taken it since.
    holder: Option<ThreadId>,
    /// Counts handoffs between different threads.
    switch_number: u64,
    waiters: u32,
    /// With `-X switch-every=N`, the waiters in the order they asked: the GIL goes to the
    /// front one, so the order of turns never depends on which thread wakes first.
    queue: VecDeque<ThreadId>,
}

/// The lock and condition variables, behind a pointer so that a forked child can swap in
/// fresh ones: parking_lot keys its wait queues by address, and the parent's threads,
/// which do not exist in the child, may still be queued on the old ones.
struct GilSync {
    state: Mutex<GilState>,
    /// Signalled when the GIL is dropped.
    cond: Condvar,
    /// Signalled when the GIL is taken, for a forced dropper waiting for the handoff.
    switch_cond: Condvar,
}

impl GilSync {
    fn new(state: GilState) -> *mut GilSync {
        Box::into_raw(Box::new(GilSync {
            state: Mutex::new(state),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
        }))
    }
}

pub struct Gil {
    enabled: bool,
    /// Never freed: a replaced one may still be referenced by the dead threads' queue entries.
    sync: AtomicPtr<GilSync>,
    /// Read with one relaxed load at every check point of the eval loop; never set when
    /// the GIL is off.
    pub drop_request: AtomicBool,
    interval_us: AtomicU64,
    /// `-X switch-every=N`: hand-overs happen by instruction count, never on a timeout.
    by_count: AtomicBool,
}

impl Gil {
    pub fn new(enabled: bool) -> Gil {
        Gil {
            enabled,
            sync: AtomicPtr::new(GilSync::new(GilState {
                locked: false,
                holder: None,
                switch_number: 0,
                waiters: 0,
                queue: VecDeque::new(),
            })),
            drop_request: AtomicBool::new(false),
            interval_us: AtomicU64::new(DEFAULT_INTERVAL_US),
            by_count: AtomicBool::new(false),
        }
    }

    fn sync(&self) -> &GilSync {
        // SAFETY: the pointer always comes from Box::into_raw and is never freed.
        unsafe { &*self.sync.load(Ordering::Acquire) }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    pub fn interval(&self) -> Duration {
        Duration::from_micros(self.interval_us.load(Ordering::Relaxed))
    }

    /// Sets the switch interval; the caller has checked that it is positive.
    pub fn set_interval(&self, seconds: f64) {
        let us = (seconds * 1e6) as u64;
        self.interval_us.store(us.max(1), Ordering::Relaxed);
    }

    /// Switches by instruction count (`-X switch-every=N`) instead of by time.
    pub fn switch_by_count(&self) {
        self.by_count.store(true, Ordering::Relaxed);
    }

    /// The hand-over of `-X switch-every=N`: this thread queues behind the waiters
    /// before it lets go, so the next holder's count already sees it.
    #[cold]
    #[inline(never)]
    pub fn hand_over(&self) {
        gil_stats::on_release(true);
        set_holds_gil(false);
        let me = std::thread::current().id();
        let mut st = self.sync().state.lock();
        st.queue.push_back(me);
        st.locked = false;
        self.sync().cond.notify_all();
        self.take_in_turn(st, me);
    }

    /// Waits, queued, until the GIL is free and this thread is first in the queue.
    fn take_in_turn(&self, mut st: parking_lot::MutexGuard<GilState>, me: ThreadId) {
        self.sync().switch_cond.notify_all();
        while st.locked || st.queue.front() != Some(&me) {
            self.sync().cond.wait(&mut st);
        }
        st.queue.pop_front();
        st.locked = true;
        if st.holder != Some(me) {
            st.holder = Some(me);
            st.switch_number += 1;
        }
        drop(st);
        set_holds_gil(true);
        gil_stats::on_acquire();
    }

    /// With `-X switch-every=N`, the holder calls this after waking a thread (a lock
    /// release, a thread start) and waits until that thread has queued for the GIL, so
    /// its place in the queue does not depend on how fast it woke. `queued` is the queue
    /// length before the wake-up; the wait is bounded in case the thread queues no more.
    pub fn await_new_waiter(&self, queued: usize) {
        let mut st = self.sync().state.lock();
        let deadline = std::time::Instant::now() + Duration::from_millis(200);
        while st.queue.len() <= queued {
            if self
                .sync()
                .switch_cond
                .wait_until(&mut st, deadline)
                .timed_out()
            {
                break;
            }
        }
    }

    /// The number of threads queued for the GIL, with `-X switch-every=N`; `None` otherwise.
    pub fn queued(&self) -> Option<usize> {
        self.by_count
            .load(Ordering::Relaxed)
            .then(|| self.sync().state.lock().queue.len())
    }

    pub fn has_waiters(&self) -> bool {
        self.enabled && !self.sync().state.lock().queue.is_empty()
    }

    /// Hand-overs of the GIL from one thread to another so far.
    pub fn switches(&self) -> u64 {
        self.sync().state.lock().switch_number
    }

    /// Blocks until this thread holds the GIL.
    pub fn take(&self) {
        if !self.enabled {
            gil_stats::on_acquire();
            return;
        }
        gil_stats::on_wait();
        let me = std::thread::current().id();
        let mut st = self.sync().state.lock();
        if self.by_count.load(Ordering::Relaxed) {
            st.queue.push_back(me);
            return self.take_in_turn(st, me);
        }
        if st.locked {
            st.waiters += 1;
            while st.locked {
                let switches = st.switch_number;
                let timed_out = self
                    .sync()
                    .cond
                    .wait_for(&mut st, self.interval())
                    .timed_out();
                if timed_out
                    && st.locked
                    && st.switch_number == switches
                    && !self.by_count.load(Ordering::Relaxed)
                {
                    self.drop_request.store(true, Ordering::Relaxed);
                    gil_stats::on_drop_request();
                }
            }
            st.waiters -= 1;
        }
        st.locked = true;
        if st.holder != Some(me) {
            st.holder = Some(me);
            st.switch_number += 1;
        }
        self.sync().switch_cond.notify_all();
        // The request has been served; a thread still waiting will time out and ask again.
        self.drop_request.store(false, Ordering::Relaxed);
        drop(st);
        set_holds_gil(true);
        gil_stats::on_acquire();
    }

    /// Releases the GIL. A `forced` drop (answering a drop request) returns only once
    /// another thread has taken the GIL, or nobody waits for it any more.
    pub fn drop(&self, forced: bool) {
        gil_stats::on_release(forced);
        if !self.enabled {
            return;
        }
        set_holds_gil(false);
        let me = std::thread::current().id();
        let mut st = self.sync().state.lock();
        st.locked = false;
        if self.by_count.load(Ordering::Relaxed) {
            self.sync().cond.notify_all();
            return;
        }
        self.sync().cond.notify_one();
        if forced {
            while st.holder == Some(me) && st.waiters > 0 {
                // Bounded, in case the only waiter gives up (a timed lock wait that ends).
                let interval = self.interval();
                if self
                    .sync()
                    .switch_cond
                    .wait_for(&mut st, interval)
                    .timed_out()
                {
                    break;
                }
            }
        }
    }

    /// In a forked child, where only the forking thread (which held the GIL) survives:
    /// the GIL is held by it and nobody waits.
    pub fn after_fork(&self) {
        let fresh = GilSync::new(GilState {
            locked: self.enabled,
            holder: Some(std::thread::current().id()),
            switch_number: 0,
            waiters: 0,
            queue: VecDeque::new(),
        });
        self.sync.store(fresh, Ordering::Release);
        self.drop_request.store(false, Ordering::Relaxed);
    }

    /// Answers a drop request: lets another thread run, then queues again.
    #[cold]
    #[inline(never)]
    pub fn yield_to_waiter(&self) {
        self.drop(true);
        self.take();
    }
}

/// Unlocks a mutex whose holder may have been a thread that did not survive a fork.
pub fn force_reset<T>(m: &Mutex<T>) {
    match m.try_lock() {
        Some(guard) => drop(guard),
        // SAFETY: after a fork only this thread exists, so no guard of it is alive.
        None => unsafe { m.force_unlock() },
    }
}
