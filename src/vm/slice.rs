//! Slicing: `seq[a:b:c]` on lists, tuples, strs and ranges, slice assignment and deletion
//! on lists, with CPython's clamping of out-of-range bounds.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::dunder::is_user_object;
use super::{PyResult, Vm};
use crate::objects::bytearray::PyByteArray;
use crate::objects::instance::PySlice;
use crate::objects::range::PyRange;
use crate::objects::Value;

/// A slice resolved against a length: the indices it selects are
/// `start, start + step, …` (`count` of them).
pub struct Resolved {
    pub start: i64,
    /// The clamped stop, as `slice.indices` reports it.
    pub stop: i64,
    pub step: i64,
    pub count: usize,
}

impl Resolved {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.count).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    fn slice_bound(&self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(n) => Ok(Some(*n)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            // Out-of-range bounds clamp anyway, so saturating is exact.
            Value::BigInt(n) => Ok(Some(if n.is_negative() { i64::MIN } else { i64::MAX })),
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `s` with each bound that is a Python object with `__index__` replaced by the int
    /// it stands for, so that resolving it calls nothing; `None` when no bound is one.
    fn indexed(&mut self, s: &PySlice) -> PyResult<Option<PySlice>> {
        if ![&s.start, &s.stop, &s.step].into_iter().any(is_user_object) {
            return Ok(None);
        }
        Ok(Some(PySlice {
            start: self.index_bound(&s.start)?,
            stop: self.index_bound(&s.stop)?,
            step: self.index_bound(&s.step)?,
        }))
    }

    /// `resolve_slice` for a slice whose bounds may be objects with `__index__`.
    pub fn resolve_any_slice(&mut self, s: &PySlice, len: usize) -> PyResult<Resolved> {
        let indexed = self.indexed(s)?;
        self.resolve_slice(indexed.as_ref().unwrap_or(s), len)
    }

    fn index_bound(&mut self, v: &Value) -> PyResult<Value> {
        if is_user_object(v) {
            if let Some(i) = self.call_user_method(v, "__index__", &[])? {
                return Ok(i);
            }
            if let Some(i @ (Value::Int(_) | Value::BigInt(_))) = v.base_value() {
                return Ok(i.clone());
            }
        }
        Ok(v.clone())
    }

    /// CPython's `PySlice_GetIndicesEx`.
    pub fn resolve_slice(&self, s: &PySlice, len: usize) -> PyResult<Resolved> {
        let len = len as i64;
        let step = self.slice_bound(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => {
                    let j = i.saturating_add(len);
                    if j < 0 {
                        if step < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        j
                    }
                }
                Some(i) if i >= len => {
                    if step < 0 {
                        len - 1
                    } else {
                        len
                    }
                }
                Some(i) => i,
            }
        };
        let (start, stop) = if step > 0 {
            (
                clamp(self.slice_bound(&s.start)?, 0),
                clamp(self.slice_bound(&s.stop)?, len),
            )
        } else {
            (
                clamp(self.slice_bound(&s.start)?, len - 1),
                clamp(self.slice_bound(&s.stop)?, -1),
            )
        };
        let count = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(Resolved {
            start,
            stop,
            step,
            count: count as usize,
        })
    }

    pub fn get_slice(&mut self, obj: &Value, s: &PySlice) -> PyResult<Value> {
        let indexed = self.indexed(s)?;
        let s = indexed.as_ref().unwrap_or(s);
        match obj {
            Value::List(l) => {
                let items = l.items.lock();
                let r = self.resolve_slice(s, items.len())?;
                Ok(Value::list(r.indices().map(|i| items[i].clone()).collect()))
            }
            Value::Tuple(t) => {
                let r = self.resolve_slice(s, t.items.len())?;
                if r.start == 0 && r.step == 1 && r.count == t.items.len() {
                    return Ok(obj.clone());
                }
                Ok(Value::tuple(
                    r.indices().map(|i| t.items[i].clone()).collect(),
                ))
            }
            Value::Str(st) => {
                let r = self.resolve_slice(s, st.char_len())?;
                if r.step == 1 {
                    let start = r.start as usize;
                    return Ok(Value::str(st.substring(start, start + r.count)));
                }
                let chars: Vec<char> = st.as_str().chars().collect();
                Ok(Value::str(
                    r.indices().map(|i| chars[i]).collect::<String>(),
                ))
            }
            Value::Native(_) if obj.native::<PyByteArray>().is_some() => {
                let data = obj.with_byte_content(<[u8]>::to_vec).unwrap_or_default();
                let r = self.resolve_slice(s, data.len())?;
                Ok(Value::bytearray(r.indices().map(|i| data[i]).collect()))
            }
            Value::Native(_) if obj.as_bytes().is_some() => {
                let data = obj.as_bytes().unwrap_or_default();
                let r = self.resolve_slice(s, data.len())?;
                Ok(Value::bytes(
                    r.indices().map(|i| data[i]).collect::<Vec<u8>>(),
                ))
            }
            Value::Range(rg) => {
                let len = rg.len().to_usize().ok_or_else(|| {
                    self.new_error(
                        "OverflowError",
                        "Python int too large to convert to C ssize_t",
                    )
                })?;
                let r = self.resolve_slice(s, len)?;
                let start = rg.get(&BigInt::from(r.start));
                let step = &rg.step * r.step;
                let stop = &start + &step * BigInt::from(r.count);
                Ok(Value::Range(std::sync::Arc::new(PyRange::new(
                    start, stop, step,
                ))))
            }
            other => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            ))),
        }
    }

    /// `lst[a:b:c] = iterable`.
    /// `ba[a:b] = bytes_like`; extended slices must keep the length.
    fn set_bytearray_slice(
        &mut self,
        ba: &PyByteArray,
        s: &PySlice,
        value: &Value,
    ) -> PyResult<()> {
        let new = match value.with_byte_content(<[u8]>::to_vec) {
            Some(new) => new,
            None if !matches!(value, Value::Int(_) | Value::Str(_)) => {
                let items = self.collect_iterable(value).map_err(|_| {
                    self.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    )
                })?;
                let mut out = Vec::with_capacity(items.len());
                for item in &items {
                    out.push(crate::stdlib::bytes_methods::bytearray_item(self, item)?);
                }
                out
            }
            None => {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
        };
        let len = ba.data.lock().len();
        let r = self.resolve_slice(s, len)?;
        if r.step != 1 && new.len() != r.count {
            return Err(self.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                r.count
            )));
        }
        let mut data = ba.data.lock();
        if r.step == 1 {
            let start = (r.start.max(0) as usize).min(data.len());
            let end = (start + r.count).min(data.len());
            data.splice(start..end, new);
        } else {
            for (i, b) in r.indices().zip(new) {
                if let Some(slot) = data.get_mut(i) {
                    *slot = b;
                }
            }
        }
        Ok(())
    }

    pub fn set_slice(&mut self, obj: &Value, s: &PySlice, value: &Value) -> PyResult<()> {
        let indexed = self.indexed(s)?;
        let s = indexed.as_ref().unwrap_or(s);
        if let Some(ba) = obj.native::<PyByteArray>() {
            return self.set_bytearray_slice(ba, s, value);
        }
        let Value::List(l) = obj else {
            return Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                obj.type_name()
            )));
        };
        // Collect first: the source may be the list itself, and no Python code may run
        // while its lock is held.
        let new_items = self.collect_iterable(value).map_err(|e| {
            if e.is("TypeError") {
                self.type_error("can only assign an iterable")
            } else {
                e
            }
        })?;
        let mut items = l.items.lock();
        let r = self.resolve_slice(s, items.len())?;
        if r.step == 1 {
            let start = r.start.max(0) as usize;
            let gone = items.splice(start..start + r.count, new_items);
            drop(items);
            drop_last_first(gone);
            return Ok(());
        }
        if new_items.len() != r.count {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                r.count
            )));
        }
        let targets: Vec<usize> = r.indices().collect();
        for (i, v) in targets.into_iter().zip(new_items) {
            items[i] = v;
        }
        Ok(())
    }

    /// `del lst[a:b:c]`.
    pub fn del_slice(&mut self, obj: &Value, s: &PySlice) -> PyResult<()> {
        let indexed = self.indexed(s)?;
        let s = indexed.as_ref().unwrap_or(s);
        if let Some(ba) = obj.native::<PyByteArray>() {
            let len = ba.data.lock().len();
            let r = self.resolve_slice(s, len)?;
            let mut data = ba.data.lock();
            remove_selected(data.len(), &r, |i| {
                data.remove(i);
            });
            return Ok(());
        }
        let Value::List(l) = obj else {
            return Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                obj.type_name()
            )));
        };
        let mut items = l.items.lock();
        let r = self.resolve_slice(s, items.len())?;
        if r.step != 1 {
            // CPython frees an extended slice's items first to last: `gone` holds them
            // in reverse, as they were removed.
            let mut gone = Vec::with_capacity(r.count);
            remove_selected(items.len(), &r, |i| gone.push(items.remove(i)));
            drop(items);
            drop_last_first(gone);
            return Ok(());
        }
        // A contiguous run goes at once, so that `del l[:k]` moves only the shorter side.
        let start = r.start.max(0) as usize;
        let gone = items.drain(start..start + r.count);
        drop(items);
        drop_last_first(gone);
        Ok(())
    }
}

/// Drops a contiguous run of a list's items the way CPython frees them, last first,
/// which orders their `__del__` calls.
fn drop_last_first(mut items: Vec<Value>) {
    while items.pop().is_some() {}
}

/// Removes, last first, the items a resolved slice selects from a sequence of `len`
/// (any that are past the end stay).
fn remove_selected(len: usize, r: &Resolved, mut remove: impl FnMut(usize)) {
    let mut doomed: Vec<usize> = r.indices().filter(|&i| i < len).collect();
    doomed.sort_unstable();
    for i in doomed.into_iter().rev() {
        remove(i);
    }
}

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn new_slice(vm: &mut Vm, args: crate::objects::function::Args) -> PyResult<Value> {
    let (start, stop, step) = match args.pos {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => {
            return Err(vm.type_error(format!(
                "slice expected at least 1 argument, got {}",
                args.pos.len()
            )))
        }
    };
    Ok(Value::new_native(PySlice { start, stop, step }))
}

/// `slice.indices(length)`: the start, stop and step the slice selects in a sequence of
/// that length.
pub fn slice_indices(vm: &mut Vm, args: crate::objects::function::Args) -> PyResult<Value> {
    let [this, length] = args.pos else {
        return Err(vm.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let Some(s) = this.native::<PySlice>() else {
        return Err(vm.descriptor_error("slice", "indices", Some(this)));
    };
    let len = crate::stdlib::modutil::to_i64(vm, length)?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let r = vm.resolve_any_slice(s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(r.start),
        Value::Int(r.stop),
        Value::Int(r.step),
    ]))
}
