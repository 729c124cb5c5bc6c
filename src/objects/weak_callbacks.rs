//! Weak references that have a callback, filed by the address of the instance they
//! refer to. When the instance goes, each of them still alive is queued as a finalizer,
//! so its callback runs at the thread's next check point, after the instance's
//! `__del__`, which is CPython's order.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, Weak};

use parking_lot::Mutex;

use super::instance::NativeObject;
use super::Value;

type Watchers = Mutex<HashMap<usize, Vec<Weak<Box<dyn NativeObject>>>>>;

/// Set by the first weak reference with a callback: until then an instance's release
/// costs one relaxed load for this.
static ANY: AtomicBool = AtomicBool::new(false);

fn watchers() -> &'static Watchers {
    static W: OnceLock<Watchers> = OnceLock::new();
    W.get_or_init(Default::default)
}

/// Files `weakref` (a native weak reference object) under the instance at `referent`.
pub fn watch(referent: usize, weakref: &Arc<Box<dyn NativeObject>>) {
    let mut w = watchers().lock();
    let refs = w.entry(referent).or_default();
    // References that died before their referent are dropped here, so a long-lived
    // object given many short-lived references does not collect them.
    refs.retain(|r| r.strong_count() > 0);
    refs.push(Arc::downgrade(weakref));
    ANY.store(true, Ordering::Relaxed);
}

/// The instance at `referent` is being released: queues its live references' callbacks.
#[inline]
pub fn referent_gone(referent: usize) {
    if ANY.load(Ordering::Relaxed) {
        queue_callbacks(referent);
    }
}

#[cold]
fn queue_callbacks(referent: usize) {
    let refs = watchers().lock().remove(&referent);
    // CPython calls the newest reference's callback first.
    for r in refs.into_iter().flatten().rev() {
        if let Some(r) = r.upgrade() {
            crate::vm::finalize::schedule(Value::Native(r));
        }
    }
}
