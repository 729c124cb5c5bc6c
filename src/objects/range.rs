//! `range` objects: immutable arithmetic progressions over ints of any size. The bounds are
//! kept as big integers; `small` holds the same bounds as `i64` when they fit, which is the
//! case the fast iterator serves.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub struct PyRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub small: Option<(i64, i64, i64)>,
}

impl PyRange {
    /// `step` must be non-zero (the caller raises ValueError otherwise).
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        let small = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => Some((a, b, c)),
            _ => None,
        };
        PyRange {
            start,
            stop,
            step,
            small,
        }
    }

    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u8).div_floor(&step) + 1u8
    }

    pub fn is_empty(&self) -> bool {
        self.len().is_zero()
    }

    /// The item at a non-negative index below `len()`.
    pub fn get(&self, index: &BigInt) -> BigInt {
        &self.start + index * &self.step
    }

    pub fn contains(&self, n: &BigInt) -> bool {
        let in_bounds = if self.step.is_positive() {
            n >= &self.start && n < &self.stop
        } else {
            n <= &self.start && n > &self.stop
        };
        in_bounds && (n - &self.start).mod_floor(&self.step).is_zero()
    }
}
