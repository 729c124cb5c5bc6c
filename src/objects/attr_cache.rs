//! Inline caches for attribute access: one per attribute name of a code object, so that
//! `self.x`, `self.x = v` and `obj.method(...)` at a site that keeps seeing one class
//! skip the class lookups that decide what the access means.
//!
//! An entry records *facts* about one class and the name, valid while the global type
//! epoch (see [`type_cache`](super::type_cache)) is the one they were computed under:
//! whether no class in the MRO defines the name, whether assignment goes to the instance
//! dict, and where in the MRO the function a method call binds sits. Values are never
//! cached here: the method is read from its class's dict at the recorded entry (type dicts
//! do not change within an epoch), and instance attributes are read from the instance dict
//! at a hinted entry that is checked on use.
//!
//! Threads share code objects, so an entry is written under a sequence lock: a reader
//! that sees the sequence move (or odd) while reading treats the entry as a miss, and a
//! writer that finds another writer busy leaves the entry alone.

use std::sync::atomic::{fence, AtomicU32, AtomicU64, AtomicUsize, Ordering};

use super::types::PyType;

/// What an entry knows about one class and the cached name.
#[derive(Clone, Copy, Default)]
pub struct ClassFacts(u64);

impl ClassFacts {
    /// No class in the MRO defines the name and none defines `__getattribute__`:
    /// reading the attribute of an instance is reading its dict.
    const LOAD_FROM_DICT: u64 = 1;
    /// As above for `__setattr__`, and `__slots__` do not forbid the name: assigning the
    /// attribute of an instance is writing its dict.
    const STORE_TO_DICT: u64 = 2;
    /// The name is a Python function at entry `index` of the dict of the class at MRO
    /// position `depth` (0: the class itself), and no `__getattribute__` intervenes.
    const METHOD: u64 = 4;

    pub fn load_from_dict(self) -> bool {
        self.0 & Self::LOAD_FROM_DICT != 0
    }

    pub fn store_to_dict(self) -> bool {
        self.0 & Self::STORE_TO_DICT != 0
    }

    /// `(depth, index)` of the method, if the name is one.
    pub fn method(self) -> Option<(usize, usize)> {
        (self.0 & Self::METHOD != 0)
            .then_some(((self.0 >> 8) as u8 as usize, (self.0 >> 32) as usize))
    }

    pub fn new(load_from_dict: bool, store_to_dict: bool, method: Option<(usize, usize)>) -> Self {
        let mut bits = 0;
        if load_from_dict {
            bits |= Self::LOAD_FROM_DICT;
        }
        if store_to_dict {
            bits |= Self::STORE_TO_DICT;
        }
        if let Some((depth, index)) = method {
            if let (Ok(depth), Ok(index)) = (u8::try_from(depth), u32::try_from(index)) {
                bits |= Self::METHOD | (depth as u64) << 8 | (index as u64) << 32;
            }
        }
        ClassFacts(bits)
    }
}

pub struct AttrCache {
    seq: AtomicU32,
    class: AtomicUsize,
    epoch: AtomicU64,
    facts: AtomicU64,
    /// Where the name was last found in an instance dict: instances of one class usually
    /// get their attributes in one order. Checked on use, so it needs no lock.
    dict_hint: AtomicU32,
}

impl AttrCache {
    pub fn table(n: usize) -> Box<[AttrCache]> {
        (0..n)
            .map(|_| AttrCache {
                seq: AtomicU32::new(0),
                class: AtomicUsize::new(0),
                epoch: AtomicU64::new(0),
                facts: AtomicU64::new(0),
                dict_hint: AtomicU32::new(0),
            })
            .collect()
    }

    /// The facts recorded for `class` in the current epoch, if any.
    #[inline]
    pub fn facts(&self, class: &PyType) -> Option<ClassFacts> {
        let before = self.seq.load(Ordering::Acquire);
        let cached_class = self.class.load(Ordering::Relaxed);
        let epoch = self.epoch.load(Ordering::Relaxed);
        let facts = self.facts.load(Ordering::Relaxed);
        fence(Ordering::Acquire);
        let after = self.seq.load(Ordering::Relaxed);
        let valid = before == after
            && before & 1 == 0
            && cached_class == class as *const PyType as usize
            && epoch == super::type_cache::epoch();
        valid.then_some(ClassFacts(facts))
    }

    /// Records `facts` for `class`, computed under `epoch` (read before computing, so that
    /// facts computed across a change of any type are stale at once).
    pub fn record(&self, class: &PyType, epoch: u64, facts: ClassFacts) {
        let seq = self.seq.load(Ordering::Relaxed);
        if seq & 1 != 0
            || self
                .seq
                .compare_exchange(
                    seq,
                    seq.wrapping_add(1),
                    Ordering::Acquire,
                    Ordering::Relaxed,
                )
                .is_err()
        {
            return;
        }
        // Orders the odd sequence before the stores below, for a reader that sees them.
        fence(Ordering::Release);
        self.class
            .store(class as *const PyType as usize, Ordering::Relaxed);
        self.epoch.store(epoch, Ordering::Relaxed);
        self.facts.store(facts.0, Ordering::Relaxed);
        self.seq.store(seq.wrapping_add(2), Ordering::Release);
    }

    #[inline]
    pub fn dict_hint(&self) -> usize {
        self.dict_hint.load(Ordering::Relaxed) as usize
    }

    #[inline]
    pub fn set_dict_hint(&self, index: usize) {
        self.dict_hint
            .store(u32::try_from(index).unwrap_or(0), Ordering::Relaxed);
    }
}
