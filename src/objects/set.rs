//! `set` and `frozenset` storage: an open-addressing hash table laid out exactly like
//! CPython 3.11's, so that iterating (and therefore printing) a set of ints, floats, tuples…
//! yields the same order as CPython.
//!
//! Everything order-relevant mirrors CPython's observable behaviour: a power-of-two table
//! starting at 8 slots, probing a run of up to ten adjacent slots before jumping along the
//! perturbed sequence, deleted slots left as dummies (and reused by later inserts), the
//! resize thresholds, `pop`'s finger, and which operand each binary operation walks.
//!
//! Aliasing (`s |= s`, `s & s`) cannot be expressed on `SetTable` (Rust borrows forbid it);
//! [`PySet`]'s helpers detect the same object and take CPython's shortcut.

use std::sync::Arc;

use super::object_lock::ObjectLock;

use super::dict::{keys_equal, DictKey};
use super::value::holds_user_object;
use super::value::Value;

/// The table size of a new or cleared set.
const MIN_SIZE: usize = 8;
/// Slots examined after the home slot before jumping: CPython probes within a cache line
/// first, as long as the run does not pass the end of the table.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Above this many entries a resize only doubles, to keep huge sets from quadrupling.
const LARGE_SET: usize = 50_000;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A deleted entry: lookups must probe past it, inserts may reuse it.
    Dummy,
    Active(DictKey),
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots; it alone decides when the table grows.
    fill: usize,
    used: usize,
    /// Where the next `pop` starts looking. CPython keeps it across `clear`, resizes and
    /// in-place intersection, so it does too.
    finger: usize,
    /// Set once a key that may compare by Python code (`__eq__`) was stored, so that
    /// lookups let stored keys' `__eq__` decide ([`crate::vm::Vm::set_key`]); never
    /// cleared.
    python_eq_keys: bool,
}

impl Default for SetTable {
    fn default() -> Self {
        Self::new()
    }
}

/// Visits slot indices in probe order for `hash` until `visit` returns a result. The
/// sequence never ends, so callers must stop at an empty slot (one always exists: the
/// table is resized long before it fills).
#[inline]
fn probe<R>(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> Option<R>) -> R {
    // The perturbation is unsigned so negative hashes shift in zeros, as in C's size_t.
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let run = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + run {
            if let Some(r) = visit(j) {
                return r;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

#[inline]
fn same_key(entry: &DictKey, key: &DictKey) -> bool {
    entry.hash == key.hash && (entry.value.is(&key.value) || keys_equal(&entry.value, &key.value))
}

/// Places a key known to be absent into a table without dummies.
fn insert_clean(slots: &mut [Slot], key: DictKey) {
    let mask = slots.len() - 1;
    let i = probe(mask, key.hash, |j| {
        matches!(slots[j], Slot::Empty).then_some(j)
    });
    slots[i] = Slot::Active(key);
}

/// The `min_used` a resize is asked for after growth or a bulk removal.
fn grow_target(used: usize) -> usize {
    if used > LARGE_SET {
        used * 2
    } else {
        used * 4
    }
}

impl SetTable {
    pub fn new() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            python_eq_keys: false,
        }
    }

    /// An empty table big enough for `n` keys without resizing. CPython has no such
    /// constructor, so orders only match CPython when the caller's CPython counterpart
    /// would have presized the same way; prefer [`SetTable::new`] for observable sets.
    pub fn with_capacity(n: usize) -> Self {
        let mut size = MIN_SIZE;
        while n * 5 >= (size - 1) * 3 {
            size <<= 1;
        }
        SetTable {
            slots: vec![Slot::Empty; size],
            fill: 0,
            used: 0,
            finger: 0,
            python_eq_keys: false,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the table may hold a key whose `__eq__` is Python code.
    pub fn holds_python_eq_keys(&self) -> bool {
        self.python_eq_keys
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// What `set(iterable)` does for an iterable that is neither a set nor a dict: one
    /// insert per key, in the iterable's order (later duplicates are dropped).
    pub fn from_keys(keys: impl IntoIterator<Item = DictKey>) -> SetTable {
        let mut t = SetTable::new();
        t.extend(keys);
        t
    }

    /// What `set(d)` does for a dict: one presize for all the keys, then inserts in the
    /// dict's order. `keys` must yield exactly its reported length.
    pub fn from_dict_keys(keys: impl ExactSizeIterator<Item = DictKey>) -> SetTable {
        let mut t = SetTable::new();
        t.update_from_dict_keys(keys);
        t
    }

    /// The set a display of three or more constants (`{7, 15, 4}`) evaluates to. CPython's
    /// compiler folds such a display into a frozenset constant built from the items, then
    /// rebuilds that constant from its own iteration order when interning it, and the code
    /// merges the result into a fresh set; each step can move colliding keys, so
    /// `{7, 15, 4}` prints `{4, 7, 15}` while `{a, b, c}` with the same values prints
    /// `{15, 4, 7}`. (CPython also reuses an equal constant folded earlier in the same
    /// module; that sharing is not modelled here.)
    ///
    /// Only for displays of more than two items, all constants (after folding, so `-1`
    /// and `(1, 2)` count); `{a, b}` and `{1, 2}` are plain inserts ([`SetTable::from_keys`]).
    pub fn from_constant_display(items: impl IntoIterator<Item = DictKey>) -> SetTable {
        let mut t = SetTable::new();
        t.update(&SetTable::frozen_constant(items));
        t
    }

    /// The frozenset constant CPython's compiler makes of constant set items: built by
    /// inserts, then rebuilt from its own order when the constant is interned. Besides
    /// feeding [`SetTable::from_constant_display`], it is what a loop or comprehension over
    /// a display of constants of any size iterates (`for x in {7, 15}:` yields 7 then 15,
    /// though `print({7, 15})` shows `{15, 7}`), since the compiler folds that display
    /// into this constant; likewise for `x in {…}`.
    pub fn frozen_constant(items: impl IntoIterator<Item = DictKey>) -> SetTable {
        let folded = SetTable::from_keys(items);
        SetTable::from_keys(folded.iter().cloned())
    }

    /// Keys in table order: the order Python iterates and prints them.
    pub fn iter(&self) -> impl Iterator<Item = &DictKey> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(k) => Some(k),
            _ => None,
        })
    }

    /// The values in table order, to iterate without holding the set's lock.
    pub fn snapshot(&self) -> Vec<Value> {
        self.iter().map(|k| k.value.clone()).collect()
    }

    /// The keys (with their hashes) in table order.
    pub fn snapshot_keys(&self) -> Vec<DictKey> {
        self.iter().cloned().collect()
    }

    /// The key at table position `pos` or later, and the position after it: for iterators
    /// that resume after the lock was released (CPython's set iterator also walks slots).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &DictKey)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active(k) => Some((i + 1, k)),
                _ => None,
            })
    }

    fn find(&self, key: &DictKey) -> Option<usize> {
        probe(self.mask(), key.hash, |j| match &self.slots[j] {
            Slot::Empty => Some(None),
            Slot::Active(k) if same_key(k, key) => Some(Some(j)),
            _ => None,
        })
    }

    /// The stored keys whose hash is `hash`: those a key with a Python `__eq__` may equal.
    pub fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        let mut found = Vec::new();
        probe(self.mask(), hash, |j| match &self.slots[j] {
            Slot::Empty => Some(()),
            Slot::Active(k) if k.hash == hash => {
                found.push(k.value.clone());
                None
            }
            _ => None,
        });
        found
    }

    pub fn contains(&self, key: &DictKey) -> bool {
        self.find(key).is_some()
    }

    /// The stored key equal to `key` (which may differ in type: `1` vs `1.0`).
    pub fn get(&self, key: &DictKey) -> Option<&DictKey> {
        match &self.slots[self.find(key)?] {
            Slot::Active(k) => Some(k),
            _ => None,
        }
    }

    /// Adds `key` unless an equal key is present (which is then kept, as in CPython).
    /// Returns whether it was added.
    pub fn insert(&mut self, key: DictKey) -> bool {
        self.python_eq_keys |= holds_user_object(&key.value);
        enum Place {
            Present,
            Reuse(usize),
            Fresh(usize),
        }
        let mut free = None;
        let slots = &self.slots;
        let place = probe(self.mask(), key.hash, |j| match &slots[j] {
            Slot::Empty => Some(match free {
                Some(d) => Place::Reuse(d),
                None => Place::Fresh(j),
            }),
            Slot::Active(k) if same_key(k, &key) => Some(Place::Present),
            Slot::Dummy => {
                // CPython reuses the last dummy on the path, not the first (observed).
                free = Some(j);
                None
            }
            Slot::Active(_) => None,
        });
        match place {
            Place::Present => false,
            Place::Reuse(j) => {
                self.slots[j] = Slot::Active(key);
                self.used += 1;
                true
            }
            Place::Fresh(j) => {
                self.slots[j] = Slot::Active(key);
                self.used += 1;
                self.fill += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    self.resize(grow_target(self.used));
                }
                true
            }
        }
    }

    /// Inserts every key in order (`set.update` with a plain iterable).
    pub fn extend(&mut self, keys: impl IntoIterator<Item = DictKey>) {
        for k in keys {
            self.insert(k);
        }
    }

    /// Removes `key`, leaving a dummy. Returns whether it was present. Tables never shrink
    /// on removal.
    pub fn remove(&mut self, key: &DictKey) -> bool {
        self.take(key).is_some()
    }

    /// Removes `key` and returns the stored key.
    pub fn take(&mut self, key: &DictKey) -> Option<DictKey> {
        let j = self.find(key)?;
        self.used -= 1;
        match std::mem::replace(&mut self.slots[j], Slot::Dummy) {
            Slot::Active(k) => Some(k),
            _ => unreachable!("find returns active slots"),
        }
    }

    /// `set.discard`.
    pub fn discard(&mut self, key: &DictKey) -> bool {
        self.remove(key)
    }

    /// `set.pop`: the first key at or after the finger, wrapping around.
    pub fn pop(&mut self) -> Option<DictKey> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(_)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.used -= 1;
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Active(k) => Some(k),
            _ => unreachable!("the loop stops at an active slot"),
        }
    }

    /// `set.clear`: back to the minimal table (the finger survives, as in CPython).
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// Rebuilds into the smallest power-of-two table above `min_used`, reinserting keys in
    /// old table order and dropping dummies.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        // CPython's minimal table is built in; "resizing" it to itself only purges
        // dummies, and with none it leaves the layout alone (a rebuild could reorder).
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active(k) = s {
                insert_clean(&mut self.slots, k);
            }
        }
    }

    /// `set.update(other)` / `|=` with a set or frozenset: one presize, then the other's
    /// keys in its table order; into an empty table of the same size it is a plain copy.
    pub fn update(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        self.python_eq_keys |= other.python_eq_keys;
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for k in other.iter() {
                insert_clean(&mut self.slots, k.clone());
            }
            return;
        }
        for k in other.iter() {
            self.insert(k.clone());
        }
    }

    /// `set.update(d)` with a dict: one presize for all its keys, then inserts in dict order.
    pub fn update_from_dict_keys(&mut self, keys: impl ExactSizeIterator<Item = DictKey>) {
        let n = keys.len();
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
        self.extend(keys);
    }

    /// `s.copy()`, `set(s)`, `frozenset(s)`: a fresh table (finger at 0) filled by `update`.
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        t.update(self);
        t
    }

    /// `self | other`: a copy of `self` updated with `other`.
    pub fn union(&self, other: &SetTable) -> SetTable {
        let mut t = self.copy();
        t.update(other);
        t
    }

    /// `self & other` with another set: walks the smaller operand (the right one on a tie),
    /// keeping that operand's keys.
    pub fn intersection(&self, other: &SetTable) -> SetTable {
        let (probed, walked) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut t = SetTable::new();
        for k in walked.iter() {
            if probed.contains(k) {
                t.insert(k.clone());
            }
        }
        t
    }

    /// `self.intersection(iterable)` for a non-set iterable (dicts included): walks the
    /// iterable, keeping its keys.
    pub fn intersection_iter(&self, keys: impl IntoIterator<Item = DictKey>) -> SetTable {
        let mut t = SetTable::new();
        for k in keys {
            if self.contains(&k) {
                t.insert(k);
            }
        }
        t
    }

    /// Replaces the contents but, like CPython's body swap, keeps the pop finger.
    fn replace_body(&mut self, new: SetTable) {
        let finger = self.finger;
        *self = new;
        self.finger = finger;
    }

    /// `self &= other` / `intersection_update` with a set.
    pub fn intersection_update(&mut self, other: &SetTable) {
        let t = self.intersection(other);
        self.replace_body(t);
    }

    /// `intersection_update` with a non-set iterable.
    pub fn intersection_update_iter(&mut self, keys: impl IntoIterator<Item = DictKey>) {
        let t = self.intersection_iter(keys);
        self.replace_body(t);
    }

    /// `self - other` with a set (or a dict's keys as a table: only membership and the
    /// length matter). A much larger `self` is copied and then pruned; otherwise `self` is
    /// walked and the survivors inserted into a fresh table.
    pub fn difference(&self, other: &SetTable) -> SetTable {
        if (self.len() >> 2) > other.len() {
            let mut t = self.copy();
            t.difference_update(other);
            return t;
        }
        let mut t = SetTable::new();
        for k in self.iter() {
            if !other.contains(k) {
                t.insert(k.clone());
            }
        }
        t
    }

    /// `self.difference(iterable)` for an iterable that is neither a set nor a dict.
    pub fn difference_iter(&self, keys: impl IntoIterator<Item = DictKey>) -> SetTable {
        let mut t = self.copy();
        t.difference_update_iter(keys);
        t
    }

    /// `self -= other` / `difference_update` with a set.
    pub fn difference_update(&mut self, other: &SetTable) {
        // Only which keys go matters, not the order they are discarded in, so CPython's
        // "intersect first when the other set is 8x larger" shortcut needs no mirroring.
        if (other.len() >> 3) > self.len() {
            let keys: Vec<DictKey> = self.iter().filter(|k| other.contains(k)).cloned().collect();
            for k in &keys {
                self.remove(k);
            }
        } else {
            for k in other.iter() {
                self.remove(k);
            }
        }
        self.purge_dummies();
    }

    /// `difference_update` with a non-set iterable (or a dict's keys).
    pub fn difference_update_iter(&mut self, keys: impl IntoIterator<Item = DictKey>) {
        for k in keys {
            self.remove(&k);
        }
        self.purge_dummies();
    }

    /// After a bulk removal CPython rebuilds the table once over a quarter of it is dummies.
    fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(grow_target(self.used));
        }
    }

    /// `self ^ other`: a copy of `other`, then `self`'s keys toggled into it.
    pub fn symmetric_difference(&self, other: &SetTable) -> SetTable {
        let mut t = other.copy();
        t.symmetric_difference_update(self);
        t
    }

    /// `self ^= other` / `symmetric_difference_update` with a set: each of `other`'s keys is
    /// removed if present, else added. For a plain iterable CPython first builds a set from
    /// it ([`SetTable::from_keys`]) and passes that.
    pub fn symmetric_difference_update(&mut self, other: &SetTable) {
        for k in other.iter() {
            if !self.remove(k) {
                self.insert(k.clone());
            }
        }
    }

    /// `symmetric_difference_update` with a dict: its keys toggled in dict order.
    pub fn symmetric_difference_update_iter(&mut self, keys: impl IntoIterator<Item = DictKey>) {
        for k in keys {
            if !self.remove(&k) {
                self.insert(k);
            }
        }
    }

    /// `self <= other`.
    pub fn is_subset(&self, other: &SetTable) -> bool {
        self.len() <= other.len() && self.iter().all(|k| other.contains(k))
    }

    /// `self >= other`.
    pub fn is_superset(&self, other: &SetTable) -> bool {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &SetTable) -> bool {
        let (small, big) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        !small.iter().any(|k| big.contains(k))
    }

    /// `self == other` (also between a set and a frozenset).
    pub fn set_eq(&self, other: &SetTable) -> bool {
        self.len() == other.len() && self.is_subset(other)
    }
}

/// CPython's frozenset hash: order-independent (an xor of scrambled entry hashes), mixed
/// with the size and dispersed so nested frozensets do not cancel out.
pub fn hash_frozenset(table: &SetTable) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut h = table
        .iter()
        .fold(0u64, |acc, k| acc ^ shuffle(k.hash as u64));
    h ^= (table.len() as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h as i64 == -1 {
        590_923_713
    } else {
        h as i64
    }
}

/// A set or frozenset object; which of the two is decided by the `Value` variant holding it.
pub struct PySet {
    pub table: ObjectLock<SetTable>,
}

impl PySet {
    pub fn new(table: SetTable) -> Arc<PySet> {
        Arc::new(PySet {
            table: ObjectLock::new(table),
        })
    }

    pub fn len(&self) -> usize {
        self.table.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The values in iteration order, taken under the lock.
    pub fn snapshot(&self) -> Vec<Value> {
        self.table.lock().snapshot()
    }

    /// A copy of the table (with its exact layout), so that operations on two sets never
    /// hold both locks at once, which could deadlock against the mirrored operation.
    pub fn clone_table(&self) -> SetTable {
        self.table.lock().clone()
    }

    /// `self | other`.
    pub fn union(&self, other: &PySet) -> SetTable {
        if std::ptr::eq(self, other) {
            return self.table.lock().copy();
        }
        let o = other.clone_table();
        self.table.lock().union(&o)
    }

    /// `self & other`.
    pub fn intersection(&self, other: &PySet) -> SetTable {
        if std::ptr::eq(self, other) {
            return self.table.lock().copy();
        }
        let o = other.clone_table();
        self.table.lock().intersection(&o)
    }

    /// `self - other`.
    pub fn difference(&self, other: &PySet) -> SetTable {
        if std::ptr::eq(self, other) {
            return SetTable::new();
        }
        let o = other.clone_table();
        self.table.lock().difference(&o)
    }

    /// `self ^ other`.
    pub fn symmetric_difference(&self, other: &PySet) -> SetTable {
        // No shortcut for `s ^ s`: CPython toggles a copy down to all dummies, and later
        // inserts into that result reuse them.
        let o = other.clone_table();
        self.table.lock().symmetric_difference(&o)
    }

    /// `self |= other`, `self.update(other)`.
    pub fn update(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            return;
        }
        let o = other.clone_table();
        self.table.lock().update(&o);
    }

    /// `self &= other`.
    pub fn intersection_update(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            // CPython swaps in a copy, which drops the dummies.
            let mut t = self.table.lock();
            let c = t.copy();
            t.replace_body(c);
            return;
        }
        let o = other.clone_table();
        self.table.lock().intersection_update(&o);
    }

    /// `self -= other`.
    pub fn difference_update(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            self.table.lock().clear();
            return;
        }
        let o = other.clone_table();
        self.table.lock().difference_update(&o);
    }

    /// `self ^= other`.
    pub fn symmetric_difference_update(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            self.table.lock().clear();
            return;
        }
        let o = other.clone_table();
        self.table.lock().symmetric_difference_update(&o);
    }

    /// `self <= other`.
    pub fn is_subset(&self, other: &PySet) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        let o = other.clone_table();
        self.table.lock().is_subset(&o)
    }

    /// `self >= other`.
    pub fn is_superset(&self, other: &PySet) -> bool {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &PySet) -> bool {
        if std::ptr::eq(self, other) {
            return self.is_empty();
        }
        let o = other.clone_table();
        self.table.lock().is_disjoint(&o)
    }

    /// `self == other`.
    pub fn set_eq(&self, other: &PySet) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        let o = other.clone_table();
        self.table.lock().set_eq(&o)
    }

    pub fn hash(&self) -> i64 {
        hash_frozenset(&self.table.lock())
    }
}

#[cfg(test)]
#[path = "set_tests.rs"]
mod tests;
