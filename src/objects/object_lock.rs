//! The lock a mutable object (list, dict, cell) keeps its state behind.
//!
//! With the GIL off it is a real mutex, taken on every access, which is what makes
//! free-threaded mode memory-safe. With the GIL on, every thread that touches an object
//! holds the GIL, so the GIL already serialises all accesses and the object's own lock
//! would only cost its two atomic instructions (a third of a call's time on a machine
//! where one atomic read-modify-write costs ~17 ns). A thread holding an enabled GIL
//! therefore skips the object lock, as a GIL build of CPython 3.13 compiles its
//! per-object critical sections away.
//!
//! What makes the skip sound is the GIL's own invariant: with the GIL on, object state is
//! only touched by the GIL's holder (`Vm::allow_threads` closures touch no object), no
//! guard is kept across a point where the GIL can be released (the rule that no object
//! lock is held while Python code runs), and the GIL's hand-over orders the previous
//! holder's writes before the next holder's reads.

use std::cell::{Cell, UnsafeCell};
use std::ops::{Deref, DerefMut};

use parking_lot::lock_api::RawMutex as _;
use parking_lot::RawMutex;

thread_local! {
    /// Whether this thread holds an enabled GIL.
    static HOLDS_GIL: Cell<bool> = const { Cell::new(false) };
}

/// Records that this thread has taken (`true`) or is about to release (`false`) an
/// enabled GIL. Called by the GIL only.
#[inline]
pub fn set_holds_gil(held: bool) {
    HOLDS_GIL.with(|h| h.set(held));
}

#[inline(always)]
fn holds_gil() -> bool {
    HOLDS_GIL.with(|h| h.get())
}

pub struct ObjectLock<T> {
    raw: RawMutex,
    data: UnsafeCell<T>,
}

// SAFETY: access to `data` is serialised by `raw`, or by the GIL for its holder (see the
// module notes), exactly as for `parking_lot::Mutex<T>`.
unsafe impl<T: Send> Sync for ObjectLock<T> {}
unsafe impl<T: Send> Send for ObjectLock<T> {}

impl<T> ObjectLock<T> {
    pub const fn new(value: T) -> ObjectLock<T> {
        ObjectLock {
            raw: RawMutex::INIT,
            data: UnsafeCell::new(value),
        }
    }

    #[inline(always)]
    pub fn lock(&self) -> ObjectGuard<'_, T> {
        let raw = if holds_gil() {
            None
        } else {
            self.raw.lock();
            Some(&self.raw)
        };
        ObjectGuard { lock: self, raw }
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.data.get_mut()
    }

    pub fn into_inner(self) -> T {
        self.data.into_inner()
    }
}

impl<T: Default> Default for ObjectLock<T> {
    fn default() -> Self {
        ObjectLock::new(T::default())
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for ObjectLock<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ObjectLock { .. }")
    }
}

/// Access to a locked object's state; unlocks (if it locked) when dropped.
pub struct ObjectGuard<'a, T> {
    lock: &'a ObjectLock<T>,
    raw: Option<&'a RawMutex>,
}

impl<T> Deref for ObjectGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: this guard stands for exclusive access (see `ObjectLock::lock`).
        unsafe { &*self.lock.data.get() }
    }
}

impl<T> DerefMut for ObjectGuard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as for `deref`.
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T> Drop for ObjectGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(raw) = self.raw {
            // SAFETY: `lock` locked it for this guard.
            unsafe { raw.unlock() }
        }
    }
}
