//! The storage behind a `list`: a vector that can also shrink and grow at its front in
//! amortised O(1), so that queue idioms (`q.pop(0)`, `del q[0]`, `q.insert(0, x)`) do not
//! move every item each time, as a plain vector would (gilpy's values are twice the size
//! of CPython's pointers, so each such move costs twice CPython's).
//!
//! The buffer starts with a dead prefix of `Value::Unbound` slots, which nothing outside
//! this file ever sees: the type derefs to the live items only. Removing near the front
//! moves the few items before the removed ones one way and grows the prefix; inserting
//! near the front uses a dead slot, making a prefix half the list's size when there is
//! none. The prefix is dropped (the live items moved down) once it is larger than the
//! live part, which keeps memory bounded and costs no more than the removals that made
//! it.

use std::ops::{Deref, DerefMut, Range};

use super::value::Value;

/// Below this length, moving every item for a front insertion is cheaper than making a
/// dead prefix.
const MIN_PREFIX_LEN: usize = 16;

#[derive(Default)]
pub struct ListItems {
    /// `buf[..head]` are dead `Value::Unbound` slots; `buf[head..]` are the items.
    buf: Vec<Value>,
    head: usize,
}

impl From<Vec<Value>> for ListItems {
    fn from(buf: Vec<Value>) -> ListItems {
        ListItems { buf, head: 0 }
    }
}

impl Deref for ListItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        &self.buf[self.head..]
    }
}

impl DerefMut for ListItems {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        &mut self.buf[self.head..]
    }
}

impl ListItems {
    pub const fn new() -> ListItems {
        ListItems {
            buf: Vec::new(),
            head: 0,
        }
    }

    /// The items as a vector of their own, without copying when there is no dead prefix.
    pub fn into_vec(mut self) -> Vec<Value> {
        self.compact();
        self.buf
    }

    /// How many items fit without reallocating.
    pub fn capacity(&self) -> usize {
        self.buf.capacity() - self.head
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.buf.push(v);
    }

    pub fn extend<I: IntoIterator<Item = Value>>(&mut self, iter: I) {
        self.buf.extend(iter);
    }

    pub fn pop(&mut self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        let v = self.buf.pop();
        self.settle();
        v
    }

    /// Removes and returns the item at `i`, which must be in range.
    pub fn remove(&mut self, i: usize) -> Value {
        if i < self.len() / 2 {
            self.shift_front_right(i, 1);
            let v = std::mem::replace(&mut self.buf[self.head], Value::Unbound);
            self.head += 1;
            self.settle();
            v
        } else {
            let v = self.buf.remove(self.head + i);
            self.settle();
            v
        }
    }

    /// Inserts `v` before the item at `i` (`i` may be the length).
    pub fn insert(&mut self, i: usize, v: Value) {
        let len = self.len();
        if i <= len / 2 {
            if self.head == 0 && len >= MIN_PREFIX_LEN {
                self.open_prefix(len / 2);
            }
            if self.head > 0 {
                self.head -= 1;
                self.buf[self.head] = v;
                self.buf[self.head..=self.head + i].rotate_left(1);
                return;
            }
        }
        self.buf.insert(self.head + i, v);
    }

    pub fn clear(&mut self) {
        self.buf.clear();
        self.head = 0;
    }

    /// Removes the items in `range` and returns them in order, moving whichever side of
    /// the range is shorter.
    pub fn drain(&mut self, Range { start, end }: Range<usize>) -> Vec<Value> {
        let gone = if start < self.len() - end {
            self.shift_front_right(start, end - start);
            let dead = self.head..self.head + (end - start);
            self.head = dead.end;
            self.buf[dead]
                .iter_mut()
                .map(|slot| std::mem::replace(slot, Value::Unbound))
                .collect()
        } else {
            self.buf.drain(self.head + start..self.head + end).collect()
        };
        self.settle();
        gone
    }

    /// Replaces the items in `range` with `with` and returns the replaced ones.
    pub fn splice(&mut self, range: Range<usize>, with: Vec<Value>) -> Vec<Value> {
        let gone = self
            .buf
            .splice(self.head + range.start..self.head + range.end, with)
            .collect();
        self.settle();
        gone
    }

    /// Moves the `before` items in front of `i` right by `by` places, leaving the first
    /// `by` live slots holding what was at `before..before + by`.
    fn shift_front_right(&mut self, before: usize, by: usize) {
        self.buf[self.head..self.head + before + by].rotate_right(by);
    }

    /// Puts `n` dead slots in front of the items.
    fn open_prefix(&mut self, n: usize) {
        let mut buf = Vec::with_capacity(n + self.buf.capacity());
        buf.extend(std::iter::repeat_with(|| Value::Unbound).take(n));
        buf.append(&mut self.buf);
        self.buf = buf;
        self.head += n;
    }

    /// Drops the dead prefix.
    fn compact(&mut self) {
        self.buf.drain(..self.head);
        self.head = 0;
    }

    /// After a removal: forgets the prefix of an emptied list, and drops one that has
    /// grown larger than the items, so that each compaction follows at least as many
    /// removals as it moves items.
    fn settle(&mut self) {
        let live = self.buf.len() - self.head;
        if live == 0 {
            self.clear();
        } else if self.head > live {
            self.compact();
        }
    }
}

#[cfg(test)]
#[path = "list_items_tests.rs"]
mod tests;
