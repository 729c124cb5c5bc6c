//! A per-thread cache of attribute lookups on types, so that `obj.attr` does not walk the
//! MRO (one dict probe per class) on every access, and the common answer "no class in
//! the MRO defines `__setattr__`" costs one probe of this cache.
//!
//! Entries are keyed by the type's address and the name's text (address and length),
//! and are valid for one *type epoch*. The epoch is global: it moves whenever any type's dict changes
//! (key or value, see [`DictMap`](super::dict::DictMap)'s watch flag) and whenever a type
//! is dropped, so an address can never be answered for a different, later type. A
//! name's text address stays meaningful because an entry keeps its name alive (a
//! `&'static str` is alive anyway). A type's MRO never changes after creation.
//!
//! CPython keys its method cache by per-type version tags, invalidated along the
//! subclass tree. One global epoch is simpler and as fast for the programs gilpy runs,
//! which rarely write class attributes in loops; when they do, lookups just miss more.
//!
//! A racing writer is harmless: a lookup reads the epoch before walking the MRO and
//! stores its answer under that epoch, so an answer computed across a change is already
//! stale when stored.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::str::PyStr;
use super::value::Value;

static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Invalidates every cached lookup: a type's dict changed or a type went away.
#[inline]
pub fn invalidate() {
    TYPE_EPOCH.fetch_add(1, Ordering::Release);
}

/// The current type epoch: facts about types computed under it hold until it moves.
#[inline]
pub fn epoch() -> u64 {
    TYPE_EPOCH.load(Ordering::Acquire)
}

/// A name to look up: static text, or a `str` the entry keeps alive.
pub enum Name<'a> {
    Static(&'static str),
    Str(&'a Arc<PyStr>),
}

impl Name<'_> {
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Name::Static(s) => s,
            Name::Str(s) => s.as_str(),
        }
    }
}

const SLOTS: usize = 512;

struct Entry {
    class: usize,
    name: usize,
    /// With the address, tells apart a static name and one that starts at the same place.
    name_len: usize,
    epoch: u64,
    /// Keeps a non-static name's text at its address while the entry names it.
    _name_owner: Option<Arc<PyStr>>,
    value: Option<Value>,
}

impl Entry {
    const EMPTY: Entry = Entry {
        class: 0,
        name: 0,
        name_len: 0,
        epoch: 0,
        _name_owner: None,
        value: None,
    };
}

thread_local! {
    static CACHE: RefCell<[Entry; SLOTS]> = const { RefCell::new([const { Entry::EMPTY }; SLOTS]) };
}

/// `walk()` (the uncached lookup of `name` on the type at `class`), answered from the
/// cache when an entry of this epoch has it.
#[inline]
pub fn lookup(class: usize, name: Name<'_>, walk: impl FnOnce() -> Option<Value>) -> Option<Value> {
    let text = name.as_str().as_ptr() as usize;
    let len = name.as_str().len();
    let slot = ((class >> 4) ^ (text >> 3) ^ (text >> 12)) % SLOTS;
    let epoch = TYPE_EPOCH.load(Ordering::Acquire);
    let hit = CACHE.try_with(|c| {
        let c = c.borrow();
        let e = &c[slot];
        (e.class == class && e.name == text && e.name_len == len && e.epoch == epoch)
            .then(|| e.value.clone())
    });
    if let Ok(Some(v)) = hit {
        return v;
    }
    let value = walk();
    let name_owner = match name {
        Name::Static(_) => None,
        Name::Str(s) => Some(s.clone()),
    };
    let fresh = Entry {
        class,
        name: text,
        name_len: len,
        epoch,
        _name_owner: name_owner,
        value: value.clone(),
    };
    // The old entry is dropped after the borrow ends, so that nothing its values own
    // can reach the cache while it is borrowed.
    let old = CACHE.try_with(|c| std::mem::replace(&mut c.borrow_mut()[slot], fresh));
    drop(old);
    value
}
