//! `dict`: insertion-ordered, keyed with Python semantics (`1`, `1.0` and `True` are one key).
//!
//! Keys carry their hash. Equality of keys is decided without running Python code (the lock
//! is held during lookups), which covers every built-in key type; instances of classes
//! compare by identity.

use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Arc;

use indexmap::{Equivalent, IndexMap};
use num_traits::ToPrimitive;
use parking_lot::Mutex;

use super::hash;
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
    fn equivalent(&self, key: &DictKey) -> bool {
        matches!(&key.value, Value::Str(s) if s.as_str() == self.s)
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

pub struct PyDict {
    pub map: Mutex<KeyMap>,
}

impl PyDict {
    pub fn new() -> Arc<PyDict> {
        Arc::new(PyDict {
            map: Mutex::new(KeyMap::default()),
        })
    }

    pub fn get_str(&self, s: &str, hash: i64) -> Option<Value> {
        self.map.lock().get(&StrKey { hash, s }).cloned()
    }

    pub fn get_item(&self, key: &DictKey) -> Option<Value> {
        self.map.lock().get(key).cloned()
    }

    pub fn set_item(&self, key: DictKey, value: Value) {
        self.map.lock().insert(key, value);
    }

    /// Sets a string key; the usual case for namespaces.
    pub fn set_str(&self, key: &Arc<super::str::PyStr>, value: Value) {
        let k = DictKey {
            hash: key.hash(),
            value: Value::Str(key.clone()),
        };
        self.map.lock().insert(k, value);
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
        Value::Float(x) => hash::hash_f64(*x, v.heap_ptr().unwrap_or(0) as i64),
        Value::Str(s) => s.hash(),
        Value::Tuple(t) => {
            let mut hashes = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                hashes.push(hash_of(item)?);
            }
            hash::hash_tuple(hashes.into_iter(), t.items.len())
        }
        Value::List(_) | Value::Dict(_) => return None,
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
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| keys_equal(p, q))
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
            if x.fract() == 0.0 && x.abs() < 1e30 {
                Num::Int(*x as i128)
            } else {
                Num::Float(*x)
            }
        }
        Value::BigInt(n) => match n.to_i128() {
            Some(i) => Num::Int(i),
            None => Num::Big(n.to_string()),
        },
        _ => return None,
    })
}
