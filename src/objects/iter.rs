//! Iterators over built-in sequences. Their position is shared state: a `range` iterator
//! uses plain atomic loads and stores (two threads sharing one may see the same item, as in
//! free-threaded CPython, but nothing breaks), the others an atomic index.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize, Ordering};
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::Signed;
use parking_lot::Mutex;

use super::dict::PyDict;
use super::list::PyList;
use super::range::PyRange;
use super::value::Value;

pub enum PyIter {
    Range {
        next: AtomicI64,
        stop: i64,
        step: i64,
        done: AtomicBool,
    },
    /// A range whose bounds do not fit in `i64`: rare, so a lock is fine.
    BigRange {
        next: Mutex<BigInt>,
        stop: BigInt,
        step: BigInt,
    },
    /// Over a list, tuple or str by index, so appends during iteration are seen as in CPython.
    /// For a str the index is a byte offset: strings never change, and counting characters
    /// from the start at each step would make iterating non-ASCII text quadratic.
    Seq {
        seq: Value,
        index: AtomicUsize,
        shown: Shown,
    },
    /// Over a snapshot of a dict's keys, values or items (a tuple). The dict is kept to
    /// notice a change of its size, which stops the iteration with an error.
    Dict {
        dict: Arc<PyDict>,
        items: Value,
        len: usize,
        index: AtomicUsize,
        shown: Shown,
    },
}

/// Which of CPython's iterator types an iterator over a sequence or a snapshot presents
/// itself as (`type(iter(b""))` is `bytes_iterator`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The iterator of the sequence's own type: list, tuple or str.
    Own,
    Bytes,
    ByteArray,
    DictKeys,
    DictValues,
    DictItems,
}

impl PyIter {
    pub fn range(start: i64, stop: i64, step: i64) -> Arc<PyIter> {
        Arc::new(PyIter::Range {
            next: AtomicI64::new(start),
            stop,
            step,
            done: AtomicBool::new(false),
        })
    }

    pub fn big_range(r: &PyRange) -> Arc<PyIter> {
        Arc::new(PyIter::BigRange {
            next: Mutex::new(r.start.clone()),
            stop: r.stop.clone(),
            step: r.step.clone(),
        })
    }

    pub fn seq(seq: Value) -> Arc<PyIter> {
        PyIter::seq_shown(seq, Shown::Own)
    }

    pub fn seq_shown(seq: Value, shown: Shown) -> Arc<PyIter> {
        Arc::new(PyIter::Seq {
            seq,
            index: AtomicUsize::new(0),
            shown,
        })
    }

    /// Iteration over `items`, a tuple snapshot of what `dict` holds.
    pub fn dict(dict: Arc<PyDict>, items: Value, shown: Shown) -> Arc<PyIter> {
        Arc::new(PyIter::Dict {
            len: dict.len(),
            dict,
            items,
            index: AtomicUsize::new(0),
            shown,
        })
    }

    /// Whether this stopped because its dict changed size: the caller raises CPython's
    /// "dictionary changed size during iteration".
    pub fn dict_changed_size(&self) -> bool {
        matches!(self, PyIter::Dict { dict, len, .. } if dict.len() != *len)
    }

    /// How many items are left (`__length_hint__`).
    pub fn length_hint(&self) -> usize {
        let remaining = |left: i128, step: i128| {
            if left <= 0 {
                0
            } else {
                usize::try_from((left + step - 1) / step).unwrap_or(usize::MAX)
            }
        };
        match self {
            PyIter::Range {
                next,
                stop,
                step,
                done,
            } => {
                if done.load(Ordering::Relaxed) {
                    return 0;
                }
                let (cur, stop, step) = (
                    next.load(Ordering::Relaxed) as i128,
                    *stop as i128,
                    *step as i128,
                );
                if step > 0 {
                    remaining(stop - cur, step)
                } else {
                    remaining(cur - stop, -step)
                }
            }
            PyIter::BigRange { next, stop, step } => {
                let cur = next.lock().clone();
                let (left, step) = if step.is_positive() {
                    (stop - cur, step.clone())
                } else {
                    (cur - stop, -step)
                };
                if !left.is_positive() {
                    return 0;
                }
                usize::try_from((left + &step - 1) / step).unwrap_or(usize::MAX)
            }
            PyIter::Seq { seq, index, .. } => {
                let i = index.load(Ordering::Relaxed);
                let len = match seq {
                    Value::List(l) => l.items.lock().len(),
                    Value::Tuple(t) => t.items.len(),
                    Value::Str(s) if s.is_ascii() => s.char_len(),
                    Value::Str(s) => return s.as_str().get(i..).map_or(0, |r| r.chars().count()),
                    _ => 0,
                };
                len.saturating_sub(i)
            }
            PyIter::Dict {
                dict,
                items,
                len,
                index,
                ..
            } => {
                let total = match items {
                    Value::Tuple(t) if dict.len() == *len => t.items.len(),
                    _ => 0,
                };
                total.saturating_sub(index.load(Ordering::Relaxed))
            }
        }
    }

    /// The next item, or `None` when exhausted.
    #[inline]
    pub fn next(&self) -> Option<Value> {
        match self {
            PyIter::Range {
                next,
                stop,
                step,
                done,
            } => range_next(next, *stop, *step, done),
            PyIter::BigRange { next, stop, step } => {
                let mut cur = next.lock();
                let more = if step.is_positive() {
                    *cur < *stop
                } else {
                    *cur > *stop
                };
                if !more {
                    return None;
                }
                let item = cur.clone();
                *cur += step;
                Some(Value::from_bigint(item))
            }
            PyIter::Seq {
                seq: Value::List(l),
                index,
                ..
            } => list_next(l, index),
            PyIter::Seq { seq, index, .. } => {
                let i = index.load(Ordering::Relaxed);
                let (item, step) = match seq {
                    Value::Tuple(t) => (t.items.get(i).cloned(), 1),
                    Value::Str(s) => match s.as_str().get(i..).and_then(|r| r.chars().next()) {
                        Some(c) => (
                            Some(Value::Str(super::str::PyStr::from_char(c))),
                            c.len_utf8(),
                        ),
                        None => (None, 0),
                    },
                    _ => (None, 0),
                };
                if item.is_some() {
                    index.store(i + step, Ordering::Relaxed);
                }
                item
            }
            PyIter::Dict {
                dict,
                items,
                len,
                index,
                ..
            } => {
                if dict.len() != *len {
                    return None;
                }
                let i = index.load(Ordering::Relaxed);
                let Value::Tuple(t) = items else { return None };
                let item = t.items.get(i).cloned();
                if item.is_some() {
                    index.store(i + 1, Ordering::Relaxed);
                }
                item
            }
        }
    }
}

/// `next()` of an `i64` range iterator; inline, for the `for` loop's fast path too.
#[inline(always)]
pub fn range_next(next: &AtomicI64, stop: i64, step: i64, done: &AtomicBool) -> Option<Value> {
    let cur = next.load(Ordering::Relaxed);
    let more = if step > 0 { cur < stop } else { cur > stop };
    if !more || done.load(Ordering::Relaxed) {
        return None;
    }
    match cur.checked_add(step) {
        Some(n) => next.store(n, Ordering::Relaxed),
        None => done.store(true, Ordering::Relaxed),
    }
    Some(Value::Int(cur))
}

/// `next()` of a list iterator; inline, for the `for` loop's fast path too.
#[inline(always)]
pub fn list_next(list: &PyList, index: &AtomicUsize) -> Option<Value> {
    let i = index.load(Ordering::Relaxed);
    let item = list.items.lock().get(i).cloned();
    if item.is_some() {
        index.store(i + 1, Ordering::Relaxed);
    }
    item
}
