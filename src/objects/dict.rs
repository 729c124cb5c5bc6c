//! `dict`: insertion-ordered, keyed with Python semantics (`1`, `1.0` and `True` are one key).
//!
//! Keys carry their hash. Equality of keys is decided without running Python code (the lock
//! is held during lookups), which covers every built-in key type; instances of classes
//! compare by identity. A dict remembers whether it ever held a key whose comparison may be
//! Python code, so that lookups in it can let a stored key's `__eq__` decide
//! ([`crate::vm::Vm::dict_key`]) while dicts of ints, strs and tuples of them pay nothing.

use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use super::object_lock::{ObjectGuard, ObjectLock};
use indexmap::{Equivalent, IndexMap};
use num_traits::ToPrimitive;

use super::bytearray::PyByteArray;
use super::bytes::PyBytes;
use super::hash;
use super::str::PyStr;
use super::type_cache;
use super::value::holds_user_object;
use super::value::Value;

#[derive(Clone)]
pub struct DictKey {
    pub hash: i64,
    pub value: Value,
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash && keys_equal(&self.value, &other.value)
    }
}

impl Eq for DictKey {}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

/// Looks a `str` key up without building a `Value`.
pub struct StrKey<'a> {
    pub hash: i64,
    pub s: &'a str,
}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<DictKey> for StrKey<'_> {
    #[inline]
    fn equivalent(&self, key: &DictKey) -> bool {
        // Names are interned, so a hit is usually the very same text: no `memcmp`.
        matches!(&key.value, Value::Str(s)
            if std::ptr::eq(s.as_str(), self.s) || s.as_str() == self.s)
    }
}

/// Collects the stored keys that have a given hash, so that a key whose equality is
/// Python code (`__eq__`) can be compared with them after the dict's lock is released.
/// Keys with equal hashes lie on one probe sequence, and answering "not equal" makes the
/// table visit all of them.
struct SameHash {
    hash: i64,
    found: std::cell::RefCell<Vec<Value>>,
}

impl Hash for SameHash {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<DictKey> for SameHash {
    fn equivalent(&self, key: &DictKey) -> bool {
        if key.hash == self.hash {
            self.found.borrow_mut().push(key.value.clone());
        }
        false
    }
}

/// Python hashes are already well mixed for strings but are the integers themselves for
/// ints; one multiply spreads them over the table's control bits.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(26)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_i64(&mut self, n: i64) {
        self.0 = n as u64;
    }
}

pub type KeyMap = IndexMap<DictKey, Value, BuildHasherDefault<KeyHasher>>;

/// Source of key-set tags: globally unique, so a tag names one dict in one state.
static NEXT_TAG: AtomicU64 = AtomicU64::new(1);

fn next_tag() -> u64 {
    NEXT_TAG.fetch_add(1, Ordering::Relaxed)
}

/// A dict's entries behind their lock, plus a *key-set tag* that global-variable caches
/// check without taking the lock.
///
/// The tag is 0 until a cache first asks for it ([`PyDict::lookup_global`]); from then on
/// every mutable access to the map (which is how keys get added or removed) replaces it
/// with a fresh globally unique value, under the lock. So "the tag still equals T" means
/// "same dict, and no key was added or removed since T was handed out".
pub struct DictMap {
    inner: ObjectLock<KeyMap>,
    tag: AtomicU64,
    /// A filter of the `str` keys: bit `hash % 64` of each is set, so a clear bit says a
    /// name is not a key without probing the table (a method call checks that the
    /// instance dict does not shadow the method). Removing keys leaves bits set; a change
    /// through the generic `DerefMut` sets them all, until [`PyDict::has_str`] recounts.
    str_keys: AtomicU64,
    /// Set on a type's dict: any change to it invalidates the type attribute cache.
    type_dict: AtomicBool,
    /// Set once a key that may compare by Python code (`__eq__`) was stored; never
    /// cleared, so it may stay set after such keys are gone.
    python_eq_keys: AtomicBool,
}

impl DictMap {
    fn new(map: KeyMap) -> DictMap {
        DictMap {
            inner: ObjectLock::new(map),
            tag: AtomicU64::new(0),
            str_keys: AtomicU64::new(0),
            type_dict: AtomicBool::new(false),
            python_eq_keys: AtomicBool::new(false),
        }
    }

    /// Whether the dict may hold a key whose `__eq__` is Python code.
    #[inline]
    pub fn holds_python_eq_keys(&self) -> bool {
        self.python_eq_keys.load(Ordering::Relaxed)
    }

    /// Records that `key` is about to be stored.
    #[inline]
    pub fn note_key(&self, key: &DictKey) {
        if matches!(key.value, Value::Int(_) | Value::Str(_)) {
            return;
        }
        if holds_user_object(&key.value) {
            self.python_eq_keys.store(true, Ordering::Relaxed);
        }
    }

    /// Records that the entries of `other` were copied in.
    pub fn note_keys_of(&self, other: &DictMap) {
        if other.holds_python_eq_keys() {
            self.python_eq_keys.store(true, Ordering::Relaxed);
        }
    }

    #[inline]
    pub fn lock(&self) -> DictGuard<'_> {
        DictGuard {
            guard: self.inner.lock(),
            map: self,
        }
    }

    /// Marks this as the dict of a type, whose changes cached type lookups must see.
    pub fn watch_as_type_dict(&self) {
        self.type_dict.store(true, Ordering::Release);
        type_cache::invalidate();
    }

    #[inline]
    fn before_change(&self) {
        if self.type_dict.load(Ordering::Relaxed) {
            type_cache::invalidate();
        }
    }

    /// The current key-set tag (0: never tagged).
    #[inline]
    pub fn tag(&self) -> u64 {
        self.tag.load(Ordering::Acquire)
    }
}

/// The locked map. Reading goes through `Deref`; any `DerefMut` (insert, remove, clear…)
/// retags the dict first, so caches see a possible change of the key set.
pub struct DictGuard<'a> {
    guard: ObjectGuard<'a, KeyMap>,
    map: &'a DictMap,
}

impl DictGuard<'_> {
    /// Mutable access to the values only, for callers that keep the key set as it is
    /// (so the tag stays).
    #[inline]
    fn values_only(&mut self) -> &mut KeyMap {
        self.map.before_change();
        &mut self.guard
    }
}

impl Deref for DictGuard<'_> {
    type Target = KeyMap;
    #[inline]
    fn deref(&self) -> &KeyMap {
        &self.guard
    }
}

impl DerefMut for DictGuard<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut KeyMap {
        self.map.str_keys.store(u64::MAX, Ordering::Relaxed);
        self.keys_changing()
    }
}

impl DictGuard<'_> {
    /// Mutable access for a change of the key set that keeps the `str` key filter right.
    #[inline]
    fn keys_changing(&mut self) -> &mut KeyMap {
        let tag = &self.map.tag;
        if tag.load(Ordering::Relaxed) != 0 {
            tag.store(next_tag(), Ordering::Release);
        }
        self.map.before_change();
        &mut self.guard
    }

    /// Inserts (or replaces) the `str` key `key`; returns its entry index and the old value.
    fn insert_str(&mut self, key: &Arc<PyStr>, value: Value) -> (usize, Option<Value>) {
        let filter = &self.map.str_keys;
        filter.store(
            filter.load(Ordering::Relaxed) | str_key_bit(key),
            Ordering::Relaxed,
        );
        // A type's attribute names are interned, so method lookups through the compiled
        // (interned) name match on the pointer.
        let key = if self.map.type_dict.load(Ordering::Relaxed) {
            PyStr::intern(key)
        } else {
            key.clone()
        };
        let k = DictKey {
            hash: key.hash(),
            value: Value::Str(key),
        };
        self.keys_changing().insert_full(k, value)
    }
}

#[inline(always)]
fn str_key_bit(s: &PyStr) -> u64 {
    1 << (s.hash() as u64 & 63)
}

pub struct PyDict {
    pub map: DictMap,
    /// Set when this is an instance of a Python subclass of `dict`.
    pub subclass: Option<Box<super::instance::Subclass>>,
}

/// Where [`PyDict::lookup_global`] found a name.
pub enum GlobalLookup {
    /// At this entry index.
    Found(usize, Value),
    /// Absent while the dict had this key-set tag.
    Absent(u64),
}

#[inline]
fn is_name(key: &DictKey, name: &Arc<super::str::PyStr>) -> bool {
    match &key.value {
        Value::Str(k) => {
            Arc::ptr_eq(k, name) || (key.hash == name.hash() && k.as_str() == name.as_str())
        }
        _ => false,
    }
}

impl PyDict {
    pub fn new() -> Arc<PyDict> {
        Arc::new(PyDict {
            map: DictMap::new(KeyMap::default()),
            subclass: None,
        })
    }

    /// An empty instance of `class`, a Python subclass of `dict`.
    pub fn new_subclass(class: Arc<super::types::PyType>) -> Arc<PyDict> {
        Arc::new(PyDict {
            map: DictMap::new(KeyMap::default()),
            subclass: Some(super::instance::Subclass::new(class)),
        })
    }

    /// The value of entry `idx` if its key is the string `name`: the fast path of a cached
    /// global lookup (no hashing; the lock is still taken).
    #[inline(always)]
    pub fn get_at(&self, idx: usize, name: &Arc<super::str::PyStr>) -> Option<Value> {
        let map = self.map.lock();
        match map.get_index(idx) {
            Some((k, v)) if is_name(k, name) => Some(v.clone()),
            _ => None,
        }
    }

    /// Replaces the value of entry `idx` if its key is `name`; gives `value` back otherwise.
    /// The key set does not change, so the tag stays; the old value is dropped after the
    /// lock is released.
    #[inline]
    pub fn set_at(
        &self,
        idx: usize,
        name: &Arc<super::str::PyStr>,
        value: Value,
    ) -> Result<(), Value> {
        let old = {
            let mut map = self.map.lock();
            match map.values_only().get_index_mut(idx) {
                Some((k, v)) if is_name(k, name) => std::mem::replace(v, value),
                _ => return Err(value),
            }
        };
        old.drop_fast();
        Ok(())
    }

    /// Looks a global name up for a cache: its entry index, or the tag under which it was
    /// absent (tagging the dict if it was not yet).
    pub fn lookup_global(&self, name: &Arc<super::str::PyStr>) -> GlobalLookup {
        let map = self.map.lock();
        match map.get_full(&StrKey {
            hash: name.hash(),
            s: name.as_str(),
        }) {
            Some((i, _, v)) => GlobalLookup::Found(i, v.clone()),
            None => {
                let mut tag = self.map.tag.load(Ordering::Relaxed);
                if tag == 0 {
                    tag = next_tag();
                    self.map.tag.store(tag, Ordering::Release);
                }
                GlobalLookup::Absent(tag)
            }
        }
    }

    /// Sets a string key and returns its entry index.
    pub fn set_str_full(&self, key: &Arc<super::str::PyStr>, value: Value) -> usize {
        let (i, old) = self.map.lock().insert_str(key, value);
        drop(old);
        i
    }

    /// Whether `name` is a key; usually answered by the `str` key filter alone.
    #[inline(always)]
    pub fn has_str(&self, name: &PyStr) -> bool {
        self.map.str_keys.load(Ordering::Relaxed) & str_key_bit(name) != 0 && self.probe_str(name)
    }

    fn probe_str(&self, name: &PyStr) -> bool {
        let map = self.map.lock();
        // A small dict whose filter a generic change filled gets an exact one again.
        if self.map.str_keys.load(Ordering::Relaxed) == u64::MAX && map.len() <= 16 {
            let filter = map
                .keys()
                .filter_map(|k| match &k.value {
                    Value::Str(s) => Some(str_key_bit(s)),
                    _ => None,
                })
                .fold(0, |a, b| a | b);
            self.map.str_keys.store(filter, Ordering::Relaxed);
        }
        map.contains_key(&StrKey {
            hash: name.hash(),
            s: name.as_str(),
        })
    }

    /// A string key's entry index and value.
    pub fn get_str_full(&self, name: &super::str::PyStr) -> Option<(usize, Value)> {
        let map = self.map.lock();
        let probe = StrKey {
            hash: name.hash(),
            s: name.as_str(),
        };
        map.get_full(&probe).map(|(i, _, v)| (i, v.clone()))
    }

    pub fn get_str(&self, s: &str, hash: i64) -> Option<Value> {
        self.map.lock().get(&StrKey { hash, s }).cloned()
    }

    pub fn get_item(&self, key: &DictKey) -> Option<Value> {
        self.map.lock().get(key).cloned()
    }

    /// The stored keys whose hash is `hash`.
    pub fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        let probe = SameHash {
            hash,
            found: Default::default(),
        };
        self.map.lock().get(&probe);
        probe.found.into_inner()
    }

    /// The hash of `key` when this is a plain dict (no subclass's `__getitem__`
    /// or `__setitem__` to run), `key` an int or str and no stored key compares by
    /// Python code: then `d[key]` needs nothing from the VM. `None` otherwise.
    #[inline]
    pub fn plain_hash(&self, key: &Value) -> Option<i64> {
        if self.subclass.is_some() || self.map.holds_python_eq_keys() {
            return None;
        }
        match key {
            Value::Int(n) => Some(hash::hash_i64(*n)),
            Value::Str(s) => Some(s.hash()),
            _ => None,
        }
    }

    /// `self[key]` for the keys `plain_hash` answers for; `None` when absent or not
    /// answerable here.
    #[inline]
    pub fn get_plain(&self, key: &Value) -> Option<Value> {
        let hash = self.plain_hash(key)?;
        let map = self.map.lock();
        match key {
            Value::Str(s) => map.get(&StrKey {
                hash,
                s: s.as_str(),
            }),
            _ => map.get(&DictKey {
                hash,
                value: key.clone(),
            }),
        }
        .cloned()
    }

    pub fn set_item(&self, key: DictKey, value: Value) {
        self.map.note_key(&key);
        self.map.lock().insert(key, value);
    }

    /// Sets a string key; the usual case for namespaces. Replacing a value keeps the
    /// stored key, so the common `self.x = …` does not touch the key's reference count.
    pub fn set_str(&self, key: &Arc<super::str::PyStr>, value: Value) {
        let old = {
            let mut map = self.map.lock();
            let probe = StrKey {
                hash: key.hash(),
                s: key.as_str(),
            };
            match map.get_index_of(&probe) {
                Some(i) => map
                    .values_only()
                    .get_index_mut(i)
                    .map(|(_, v)| std::mem::replace(v, value)),
                None => map.insert_str(key, value).1,
            }
        };
        drop(old);
    }

    pub fn remove_str(&self, s: &str, hash: i64) -> Option<Value> {
        self.map.lock().shift_remove(&StrKey { hash, s })
    }

    pub fn len(&self) -> usize {
        self.map.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of the entries, to iterate without holding the lock.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .lock()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()
    }
}

/// The key's Python hash, or `None` when the value is unhashable (list, dict).
pub fn hash_of(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(n) => hash::hash_i64(*n),
        Value::BigInt(n) => hash::hash_bigint(n),
        Value::Float(x) => hash::hash_f64(x.get(), v.heap_ptr().unwrap_or(0) as i64),
        Value::Str(s) => s.hash(),
        Value::Tuple(t) => {
            let mut hashes = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                hashes.push(hash_of(item)?);
            }
            hash::hash_tuple(hashes.into_iter(), t.items.len())
        }
        Value::FrozenSet(s) => s.hash(),
        Value::List(_) | Value::Dict(_) | Value::Set(_) => return None,
        Value::Native(n) if n.as_any().is::<PyByteArray>() => return None,
        Value::Native(n) if n.as_any().is::<super::instance::PySlice>() => return None,
        Value::Native(n) if n.as_any().is::<PyBytes>() => PyStr::hash_bytes(v.as_bytes()?),
        other => {
            let addr = other.heap_ptr().unwrap_or(0) as i64;
            // CPython rotates the address by 4 bits so the always-zero alignment bits vanish.
            addr.rotate_right(4) & i64::MAX
        }
    })
}

/// Key equality without running Python code.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Arc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Native(_), Value::Native(_)) if a.as_bytes().is_some() => {
            a.as_bytes() == b.as_bytes()
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| keys_equal(p, q))
        }
        (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => x.set_eq(y),
        // Instances of subclasses of int, float and str are keys equal to their value.
        _ if a.base_value().is_some() || b.base_value().is_some() => {
            keys_equal(a.base_value().unwrap_or(a), b.base_value().unwrap_or(b))
        }
        _ => match (numeric(a), numeric(b)) {
            (Some(x), Some(y)) => x == y,
            (None, None) => a.is(b),
            _ => false,
        },
    }
}

/// Numbers as one comparable form, so `1 == 1.0 == True` as keys.
#[derive(PartialEq)]
enum Num {
    Int(i128),
    Float(f64),
    Big(String),
}

fn numeric(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Bool(b) => Num::Int(*b as i128),
        Value::Int(n) => Num::Int(*n as i128),
        Value::Float(x) => {
            if x.get().fract() == 0.0 && x.get().abs() < 1e30 {
                Num::Int(x.get() as i128)
            } else {
                Num::Float(x.get())
            }
        }
        Value::BigInt(n) => match n.to_i128() {
            Some(i) => Num::Int(i),
            None => Num::Big(n.to_string()),
        },
        _ => return None,
    })
}
