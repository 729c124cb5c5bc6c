//! Operators on values: arithmetic with int → bigint promotion, comparisons, truth,
//! subscripts, iteration and `format()`. The eval loop handles the i64 fast paths itself
//! and comes here for everything else.

use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};
use std::sync::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::dunder::{holds_user_object, is_user_object};
use super::{PyErr, PyResult, Vm};
use crate::objects::bytearray::PyByteArray;
use crate::objects::bytes::PyBytes;
use crate::objects::dict::{DictKey, PyDict};
use crate::objects::exception::error;
use crate::objects::float::{self, FloatError};
use crate::objects::format_spec;
use crate::objects::function::Args;
use crate::objects::instance::PySlice;
use crate::objects::iter::{PyIter, Shown};
use crate::objects::set::{PySet, SetTable};
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};
use crate::stdlib::dict_methods::{keys_view_dict, merge_into, set_like_view};
use crate::stdlib::set_methods::{as_set, set_binary, set_inplace, SetIterator};

/// `sys.get_int_max_str_digits()`: the most digits a decimal int string conversion may
/// have, 0 for no limit; CPython 3.11's default is 4300.
static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

pub fn set_int_max_str_digits(limit: usize) {
    INT_MAX_STR_DIGITS.store(limit, AtomicOrdering::Relaxed);
}

pub fn float_error(e: FloatError) -> PyErr {
    let kind = match e {
        FloatError::ZeroDivision(_) => "ZeroDivisionError",
        FloatError::Overflow(_) => "OverflowError",
        FloatError::Value(_) | FloatError::ComplexResult => "ValueError",
    };
    error(kind, e.message())
}

/// The value as an int, if it is one (bool included).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(n) => Some(BigInt::from(*n)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(n) => Some((**n).clone()),
        _ => None,
    }
}

/// The value as a float operand: ints convert (with OverflowError when too large).
fn as_float(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(x) => Some(Ok(x.get())),
        Value::Int(n) => Some(Ok(*n as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(n) => Some(float::from_bigint(n).map_err(float_error)),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// A non-negative repeat count for `seq * n`.
fn repeat_count(v: &Value) -> Option<usize> {
    match v {
        Value::Int(n) => Some((*n).max(0) as usize),
        Value::Bool(b) => Some(*b as usize),
        _ => None,
    }
}

/// The position index `i` (negative counts from the end) names in a sequence of `len`
/// items, if any.
fn sequence_position(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// `a op b` when both are built-in ints or floats (bools count as ints), which needs no
/// interpreter (the compiler folds constants with it); `None` for other operands.
pub fn numeric_binary(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if is_int(a) && is_int(b) && op != BinOp::MatMult {
        return Some(int_binary(a, b, op));
    }
    // Floats have no bitwise operators: those are left to the caller's TypeError.
    let float_op = !matches!(
        op,
        BinOp::LShift
            | BinOp::RShift
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::BitAnd
            | BinOp::MatMult
    );
    if let (Some(x), Some(y), true) = (as_float(a), as_float(b), float_op) {
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            return Some(x.and_then(|x| float_binary(x, y?, op)));
        }
    }
    None
}

impl Vm {
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_in(a, b, op, false, true)
    }

    /// `a op b` as the built-in types compute it, never asking a subclass's own dunders:
    /// what `list.__add__(self, other)` does when an override delegates to it.
    pub fn builtin_binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_in(&unwrap_base(a), &unwrap_base(b), op, false, false)
    }

    /// `a op b`, or the fallback of `a op= b` (`inplace`), which its TypeError names;
    /// `dunders` lets Python classes' operator methods take part.
    fn binary_op_in(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
        dunders: bool,
    ) -> PyResult<Value> {
        if let Some(r) = numeric_binary(a, b, op) {
            return r;
        }
        // Subclasses of list and tuple may define the operator themselves.
        let seq_subclass = is_seq_subclass(a) || is_seq_subclass(b);
        if dunders && seq_subclass {
            if let Some(r) = self.binary_dunder(a, b, op)? {
                return Ok(r);
            }
        }
        match (a, b, op) {
            (Value::Str(x), Value::Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                return Ok(Value::str(s));
            }
            (Value::Str(s), operand, BinOp::Mod) => {
                let s = s.clone();
                return self.percent_format(s.as_str(), operand);
            }
            (Value::Str(s), n, BinOp::Mult) | (n, Value::Str(s), BinOp::Mult) => {
                if let Some(k) = repeat_count(n) {
                    return Ok(Value::str(s.as_str().repeat(k)));
                }
            }
            (Value::List(x), Value::List(y), BinOp::Add) => {
                let mut items = x.snapshot();
                items.extend(y.snapshot());
                return Ok(Value::list(items));
            }
            (Value::List(l), n, BinOp::Mult) | (n, Value::List(l), BinOp::Mult) => {
                if let Some(k) = repeat_count(n) {
                    return Ok(Value::list(repeat_items(&l.snapshot(), k)));
                }
            }
            (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
                let mut items = x.items.to_vec();
                items.extend(y.items.iter().cloned());
                return Ok(Value::tuple(items));
            }
            (Value::Tuple(t), n, BinOp::Mult) | (n, Value::Tuple(t), BinOp::Mult) => {
                if let Some(k) = repeat_count(n) {
                    return Ok(Value::tuple(repeat_items(&t.items, k)));
                }
            }
            (Value::Native(_), Value::Native(_), BinOp::Add) => {
                if let (Some(x), Some(y)) = (a.as_bytes(), b.as_bytes()) {
                    return Ok(Value::bytes([x, y].concat()));
                }
                // With a bytearray, the result has the left operand's type.
                let content = |v: &Value| v.with_byte_content(<[u8]>::to_vec);
                if let (Some(x), Some(y)) = (content(a), content(b)) {
                    let joined = [x, y].concat();
                    return Ok(match a.native::<PyByteArray>() {
                        Some(_) => Value::bytearray(joined),
                        None => Value::bytes(joined),
                    });
                }
            }
            (Value::Native(_), operand, BinOp::Mod) if a.with_byte_content(|_| ()).is_some() => {
                if let Some(r) = crate::stdlib::bytes_methods::percent_format(self, a, operand) {
                    return r;
                }
            }
            (Value::Native(x), n, BinOp::Mult) | (n, Value::Native(x), BinOp::Mult) => {
                if let (Some(data), Some(k)) =
                    (x.as_any().downcast_ref::<PyBytes>(), repeat_count(n))
                {
                    return Ok(Value::bytes(data.data.repeat(k)));
                }
                if let (Some(ba), Some(k)) =
                    (x.as_any().downcast_ref::<PyByteArray>(), repeat_count(n))
                {
                    let repeated = ba.data.lock().repeat(k);
                    return Ok(Value::bytearray(repeated));
                }
            }
            _ => {
                if let Some(x) = as_set(a).filter(|_| as_set(b).is_some()) {
                    let b = self.set_operand(x, b)?;
                    if let Some(r) = set_binary(a, &b, op) {
                        return Ok(r);
                    }
                }
            }
        }
        if op == BinOp::Mult {
            for (seq, n) in [(a, b), (b, a)] {
                if is_repeatable(seq) && matches!(n, Value::BigInt(_)) {
                    return Err(error(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    ));
                }
                // A Python object may still multiply through `__rmul__` or its int value.
                if is_repeatable(seq) && !is_user_object(n) {
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        n.type_name()
                    )));
                }
            }
        }
        if dunders && !seq_subclass && (is_user_object(a) || is_user_object(b)) {
            if let Some(r) = self.binary_dunder(a, b, op)? {
                return Ok(r);
            }
            // Subclasses of int, float and str compute as their value, as CPython's
            // inherited slots do, and the result has the built-in type.
            if a.base_value().is_some() || b.base_value().is_some() {
                let (a, b) = (unwrap_base(a), unwrap_base(b));
                return self.binary_op_in(&a, &b, op, inplace, dunders);
            }
            // No dunder took it: a sequence repeats by the object's `__index__`.
            if op == BinOp::Mult {
                for (seq, n) in [(a, b), (b, a)] {
                    if is_repeatable(seq) && is_user_object(n) {
                        let Some(k) = self.call_user_method(n, "__index__", &[])? else {
                            return Err(self.type_error(format!(
                                "can't multiply sequence by non-int of type '{}'",
                                n.type_name()
                            )));
                        };
                        return self.binary_op_in(seq, &k, op, inplace, dunders);
                    }
                }
            }
        }
        if matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor
        ) && (set_like_view(a).is_some() || set_like_view(b).is_some())
        {
            return self.view_set_op(a, b, op);
        }
        // `dict | dict` merges into a new plain dict, whatever the operands' classes.
        if let (Value::Dict(_), Value::Dict(_), BinOp::BitOr) = (a, b, op) {
            let merged = PyDict::new();
            merge_into(self, &merged, a)?;
            merge_into(self, &merged, b)?;
            return Ok(Value::Dict(merged));
        }
        // `int | None`, as annotations write unions.
        if op == BinOp::BitOr {
            if let Some(u) = crate::stdlib::union_type::union(self, a, b)? {
                return Ok(u);
            }
        }
        // Only now, after the right operand's `__radd__` had its chance.
        if op == BinOp::Add {
            if a.with_byte_content(|_| ()).is_some() {
                return Err(self.type_error(format!(
                    "can't concat {} to {}",
                    b.type_name(),
                    a.type_name()
                )));
            }
            let concat = match a {
                Value::Str(_) => Some("str"),
                Value::List(_) => Some("list"),
                Value::Tuple(_) => Some("tuple"),
                _ => None,
            };
            if let Some(kind) = concat {
                return Err(self.type_error(format!(
                    "can only concatenate {kind} (not \"{}\") to {kind}",
                    b.type_name()
                )));
            }
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else if op == BinOp::Pow {
            "** or pow()".to_string()
        } else {
            op.symbol().to_string()
        };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )))
    }

    pub fn unary_negative(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(n) => Ok(match n.checked_neg() {
                Some(r) => Value::Int(r),
                None => Value::from_bigint(-BigInt::from(*n)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(n) => Ok(Value::from_bigint(-(**n).clone())),
            Value::Float(x) => Ok(Value::from(-x.get())),
            other => match other.base_value() {
                Some(base) => {
                    self.unary_of_subclass(other, &base.clone(), "__neg__", Self::unary_negative)
                }
                None => self.unary_dunder(other, "__neg__", "unary -"),
            },
        }
    }

    pub fn unary_positive(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            other => match other.base_value() {
                Some(base) => {
                    self.unary_of_subclass(other, &base.clone(), "__pos__", Self::unary_positive)
                }
                None => self.unary_dunder(other, "__pos__", "unary +"),
            },
        }
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(n) => Ok(Value::Int(!n)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(n) => Ok(Value::from_bigint(-(**n).clone() - 1)),
            other => match other.base_value() {
                Some(base) => {
                    self.unary_of_subclass(other, &base.clone(), "__invert__", Self::unary_invert)
                }
                None => self.unary_dunder(other, "__invert__", "unary ~"),
            },
        }
    }

    /// A unary operator on an instance of a subclass of int or float: the subclass's own
    /// method if it defines one, else the operator on the underlying value.
    fn unary_of_subclass(
        &mut self,
        v: &Value,
        base: &Value,
        name: &'static str,
        on_base: fn(&mut Self, &Value) -> PyResult<Value>,
    ) -> PyResult<Value> {
        match self.call_user_method(v, name, &[])? {
            Some(r) => Ok(r),
            None => on_base(self, base),
        }
    }

    /// A unary operator on an object whose class may define it (`__neg__`, `__abs__`…);
    /// `what` names the operator in the TypeError: "unary -", "abs()".
    pub fn unary_dunder(&mut self, v: &Value, name: &'static str, what: &str) -> PyResult<Value> {
        match self.call_user_method(v, name, &[])? {
            Some(r) => Ok(r),
            None => {
                Err(self.type_error(format!("bad operand type for {what}: '{}'", v.type_name())))
            }
        }
    }

    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Unbound => false,
            Value::Bool(b) => b.get(),
            Value::Int(n) => *n != 0,
            Value::BigInt(n) => !n.is_zero(),
            Value::Float(x) => x.get() != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            v if is_user_object(v) => return self.user_truth(v),
            Value::Native(n) => n.length().is_none_or(|len| len > 0),
            _ => true,
        })
    }

    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if is_user_object(a) || is_user_object(b) {
            if let Some(r) = self.compare_dunder(a, b, op)? {
                return Ok(r);
            }
            if matches!(op, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE)
                && (a.base_value().is_some() || b.base_value().is_some())
            {
                let (a, b) = (unwrap_base(a), unwrap_base(b));
                return self.compare(&a, &b, op);
            }
        }
        let set_like = |v: &Value| as_set(v).is_some() || set_like_view(v).is_some();
        if (set_like_view(a).is_some() || set_like_view(b).is_some()) && set_like(a) && set_like(b)
        {
            let (x, y) = (self.as_set_value(a)?, self.as_set_value(b)?);
            return self.compare(&x, &y, op);
        }
        let r = match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => self.eq(a, b)?,
            CmpOp::NotEq => !self.eq(a, b)?,
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE
                if as_set(a).is_some() && as_set(b).is_some() =>
            {
                let x = as_set(a).unwrap_or_else(|| unreachable!());
                let b = self.set_operand(x, b)?;
                set_order(x, as_set(&b).unwrap_or_else(|| unreachable!()), op)
            }
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
                let Some(ord) = self.partial_cmp(a, b, op)? else {
                    // Unordered floats (nan) compare false, as in CPython.
                    return Ok(Value::from(false));
                };
                match op {
                    CmpOp::Lt => ord == Ordering::Less,
                    CmpOp::LtE => ord != Ordering::Greater,
                    CmpOp::Gt => ord == Ordering::Greater,
                    _ => ord != Ordering::Less,
                }
            }
        };
        Ok(Value::from(r))
    }

    /// `a op= b`: mutable sets change in place; everything else is `a op b`.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let (Value::Set(x), Some(_)) = (a, as_set(b)) {
            let b = self.set_operand(x, b)?;
            if let Some(r) = set_inplace(a, &b, op) {
                return Ok(r);
            }
        }
        if is_user_object(a) {
            if let Some(r) = self.inplace_dunder(a, b, op)? {
                return Ok(r);
            }
        }
        // Lists change in place, so other references to them see the change.
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                // As in CPython, the right operand's `__radd__` comes before extending.
                if is_user_object(b) {
                    if let Some(r) = self.binary_dunder(a, b, op)? {
                        return Ok(r);
                    }
                }
                let items = self.collect_iterable(b)?;
                l.items.lock().extend(items);
                Ok(a.clone())
            }
            (Value::Dict(d), BinOp::BitOr) => {
                merge_into(self, d, b)?;
                Ok(a.clone())
            }
            (Value::Native(n), BinOp::Add | BinOp::Mult) if n.as_any().is::<PyByteArray>() => {
                let ba = a.native::<PyByteArray>().expect("checked above");
                if op == BinOp::Add {
                    let Some(more) = b.with_byte_content(<[u8]>::to_vec) else {
                        return Err(
                            self.type_error(format!("can't concat {} to bytearray", b.type_name()))
                        );
                    };
                    ba.data.lock().extend_from_slice(&more);
                } else if let Some(k) = repeat_count(b) {
                    let mut data = ba.data.lock();
                    let repeated = data.repeat(k);
                    *data = repeated;
                } else {
                    return self.binary_op_in(a, b, op, true, true);
                }
                Ok(a.clone())
            }
            (Value::List(l), BinOp::Mult) if repeat_count(b).is_some() => {
                let k = repeat_count(b).unwrap_or_default();
                let old = {
                    let mut items = l.items.lock();
                    let repeated = repeat_items(&items, k);
                    std::mem::replace(&mut *items, repeated.into())
                };
                drop(old);
                Ok(a.clone())
            }
            _ => self.binary_op_in(a, b, op, true, true),
        }
    }

    /// `a == b`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if is_user_object(a) || is_user_object(b) {
            match self.compare_dunder(a, b, CmpOp::Eq)? {
                Some(r) => return self.is_true(&r),
                None if a.base_value().is_some() || b.base_value().is_some() => {
                    return self.eq(&unwrap_base(a), &unwrap_base(b))
                }
                // Subclasses of containers compare as their contents.
                None if a.subclass().is_none() && b.subclass().is_none() => return Ok(a.is(b)),
                None => {}
            }
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => Arc::ptr_eq(x, y) || x.as_str() == y.as_str(),
            (Value::List(x), Value::List(y)) => {
                Arc::ptr_eq(x, y) || self.seq_eq(&x.snapshot(), &y.snapshot())?
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                Arc::ptr_eq(x, y) || self.seq_eq(&x.items, &y.items)?
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if Arc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (xs, ys) = (x.items(), y.items());
                if xs.len() != ys.len() {
                    return Ok(false);
                }
                for (k, v) in xs {
                    let key = self.dict_key(y, k)?;
                    match y.get_item(&key) {
                        Some(w) if self.eq(&v, &w)? => {}
                        _ => return Ok(false),
                    }
                }
                true
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(_) | Value::FrozenSet(_)) => {
                let b = self.set_operand(x, b)?;
                as_set(&b).is_some_and(|y| x.set_eq(y))
            }
            (Value::Native(_), Value::Native(_)) if a.with_byte_content(|_| ()).is_some() => {
                a.is(b)
                    || a.with_byte_content(|x| b.with_byte_content(|y| x == y))
                        .flatten()
                        .unwrap_or(false)
            }
            (Value::Native(_), Value::Native(_)) if a.native::<PySlice>().is_some() => {
                match (slice_fields(a), slice_fields(b)) {
                    (Some(x), Some(y)) => a.is(b) || self.seq_eq(&x, &y)?,
                    _ => false,
                }
            }
            (Value::Range(x), Value::Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                lx == ly
                    && (lx.is_zero()
                        || (x.start == y.start && (lx == BigInt::from(1) || x.step == y.step)))
            }
            _ => match numeric_pair(a, b) {
                Some(ord) => ord == Some(Ordering::Equal),
                None => a.is(b),
            },
        })
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !(p.is(q) || self.eq(p, q)?) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Ordering for `op` (one of `< <= > >=`, named in the TypeError for unorderable
    /// types); `Ok(None)` when the values are unordered (nan).
    pub fn partial_cmp(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        if let Some(ord) = numeric_pair(a, b) {
            return Ok(ord);
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(x.as_str().cmp(y.as_str()))),
            (Value::List(x), Value::List(y)) => self.seq_cmp(&x.snapshot(), &y.snapshot(), op),
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_cmp(&x.items, &y.items, op),
            (Value::Native(_), Value::Native(_))
                if a.as_bytes().is_some() && b.as_bytes().is_some() =>
            {
                Ok(Some(a.as_bytes().cmp(&b.as_bytes())))
            }
            (Value::Native(_), Value::Native(_))
                if a.with_byte_content(|_| ()).is_some()
                    && b.with_byte_content(|_| ()).is_some() =>
            {
                let content = |v: &Value| v.with_byte_content(<[u8]>::to_vec);
                Ok(Some(content(a).cmp(&content(b))))
            }
            _ => match (slice_fields(a), slice_fields(b)) {
                (Some(x), Some(y)) => self.seq_cmp(&x, &y, op),
                _ => Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    a.type_name(),
                    b.type_name()
                ))),
            },
        }
    }

    fn seq_cmp(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y) {
            if !(p.is(q) || self.eq(p, q)?) {
                if !(is_user_object(p) || is_user_object(q)) {
                    return self.partial_cmp(p, q, op);
                }
                // The first differing items decide with their own `op`, which may be
                // a class's `__lt__`: give the ordering that makes `op` what it said.
                let r = self.compare(p, q, op)?;
                let holds = self.is_true(&r)?;
                let forward = matches!(op, CmpOp::Lt | CmpOp::LtE);
                return Ok(Some(if holds == forward {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }));
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `needle in haystack`.
    pub fn contains(&mut self, haystack: &Value, needle: &Value) -> PyResult<bool> {
        if let Some(r) =
            self.call_user_method(haystack, "__contains__", std::slice::from_ref(needle))?
        {
            return self.is_true(&r);
        }
        if let Some(base) = haystack.base_value() {
            return self.contains(&base.clone(), &unwrap_base(needle));
        }
        self.builtin_contains(haystack, needle)
    }

    /// `needle in haystack` as the built-in type of `haystack` does it.
    pub fn builtin_contains(&mut self, haystack: &Value, needle: &Value) -> PyResult<bool> {
        if let Value::Native(n) = haystack {
            if let Some(r) = n.contains(self, needle) {
                return r;
            }
        }
        match haystack {
            Value::Str(s) => match needle {
                Value::Str(n) => Ok(s.as_str().contains(n.as_str())),
                other => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    other.type_name()
                ))),
            },
            Value::Dict(d) => {
                let key = self.dict_key(d, needle.clone())?;
                Ok(d.get_item(&key).is_some())
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let key = self.set_lookup_key(needle)?;
                let key = self.set_key(s, key)?;
                Ok(s.table.lock().contains(&key))
            }
            Value::Range(r) => Ok(match needle {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                    r.contains(&as_bigint(needle).unwrap_or_default())
                }
                other => {
                    let other = other.clone();
                    self.contains_by_iteration(haystack, &other)?
                }
            }),
            _ => self.contains_by_iteration(haystack, needle),
        }
    }

    fn contains_by_iteration(&mut self, haystack: &Value, needle: &Value) -> PyResult<bool> {
        let items = match haystack {
            Value::List(l) => l.snapshot(),
            Value::Tuple(t) => t.items.to_vec(),
            other => {
                if self.get_iter(other).is_err() {
                    return Err(self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        other.type_name()
                    )));
                }
                self.collect_iterable(other)?
            }
        };
        for item in &items {
            if item.is(needle) || self.eq(item, needle)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `obj[i]` for an int `i` into a built-in list, tuple or ASCII str, or an int or str
    /// key present in a plain dict: what loops spend their subscripts on, answered before
    /// `get_item` looks for slices, `__getitem__` overrides and `__index__`. `None` sends
    /// every other case, errors included, there.
    #[inline]
    pub(super) fn index_fast(obj: &Value, key: &Value) -> Option<Value> {
        if let Value::Dict(d) = obj {
            return d.get_plain(key);
        }
        let Value::Int(i) = *key else {
            return None;
        };
        let at = |len| sequence_position(i, len);
        match obj {
            Value::List(l) if l.subclass.is_none() => {
                let items = l.items.lock();
                at(items.len()).map(|i| items[i].clone())
            }
            Value::Tuple(t) if t.class.is_none() => at(t.items.len()).map(|i| t.items[i].clone()),
            Value::Str(s) if s.is_ascii() => at(s.char_len())
                .map(|i| Value::Str(PyStr::from_char(s.as_str().as_bytes()[i] as char))),
            _ => None,
        }
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(s) = key.native::<PySlice>() {
            if !is_user_object(obj) {
                return self.get_slice(obj, s);
            }
        }
        if let Some(r) = self.call_user_method(obj, "__getitem__", std::slice::from_ref(key))? {
            return Ok(r);
        }
        self.builtin_get_item(obj, key)
    }

    /// `obj[key]` as the built-in type of `obj` does it, whatever its class overrides:
    /// what `list.__getitem__` and friends reach through `super()`.
    pub fn builtin_get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(base) = obj.base_value() {
            return self.builtin_get_item(&base.clone(), key);
        }
        if let Some(s) = key.native::<PySlice>() {
            return self.get_slice(obj, s);
        }
        // Sequences take any object with `__index__` as an index.
        if is_user_object(key)
            && matches!(
                obj,
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)
            )
        {
            if let Some(i) = self.call_user_method(key, "__index__", &[])? {
                return self.builtin_get_item(obj, &i);
            }
            if let Some(i @ (Value::Int(_) | Value::BigInt(_))) = key.base_value() {
                return self.builtin_get_item(obj, &i.clone());
            }
        }
        match obj {
            Value::List(l) => {
                let items = l.items.lock();
                let i = self.seq_index(key, items.len(), "list")?;
                Ok(items[i].clone())
            }
            Value::Tuple(t) => {
                let i = self.seq_index(key, t.items.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            Value::Str(s) => {
                let i = self.seq_index(key, s.char_len(), "string")?;
                Ok(s.char_at(i)
                    .map_or_else(|| Value::str(""), |c| Value::Str(PyStr::from_char(c))))
            }
            Value::Range(r) => {
                let len = r.len().to_usize().ok_or_else(|| {
                    error(
                        "OverflowError",
                        "Python int too large to convert to C ssize_t",
                    )
                })?;
                let i = self.seq_index(key, len, "range object")?;
                Ok(Value::from_bigint(r.get(&BigInt::from(i))))
            }
            Value::Native(n) if n.as_any().is::<PyBytes>() => {
                let data = obj.as_bytes().unwrap_or_default();
                let i = self.seq_index(key, data.len(), "byte")?;
                Ok(Value::Int(data[i] as i64))
            }
            Value::Native(n) if n.as_any().is::<PyByteArray>() => {
                let data = obj.with_byte_content(<[u8]>::to_vec).unwrap_or_default();
                let i = self.seq_index(key, data.len(), "bytearray")?;
                Ok(Value::Int(data[i] as i64))
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, key.clone())?;
                match d.get_item(&k) {
                    Some(v) => Ok(v),
                    None => {
                        if let Some(v) =
                            self.call_user_method(obj, "__missing__", std::slice::from_ref(key))?
                        {
                            return Ok(v);
                        }
                        Err(crate::objects::exception::PyException::new(
                            crate::objects::types::exception_type("KeyError"),
                            vec![key.clone()],
                        ))
                    }
                }
            }
            Value::Type(t) => {
                let hook = self.try_get_attr(obj, &PyStr::new("__class_getitem__"))?;
                match hook {
                    Some(f) => self.call(&f, vec![key.clone()], Vec::new()),
                    // `type[int]`: `type` subscripts without a `__class_getitem__`.
                    None if Arc::ptr_eq(t, &crate::objects::types::types().type_) => {
                        Ok(crate::stdlib::generic_alias::new(obj.clone(), key))
                    }
                    None => Err(self.type_error(format!("type '{}' is not subscriptable", t.name))),
                }
            }
            other => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            ))),
        }
    }

    /// Resolves a (possibly negative) index against a length, with CPython's errors.
    fn seq_index(&self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(error(
                    "IndexError",
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            other => {
                // CPython words the str case differently from the sequences that slice.
                let msg = if what == "string" {
                    format!(
                        "string indices must be integers, not '{}'",
                        other.type_name()
                    )
                } else {
                    let kind = what.trim_end_matches(" object");
                    format!(
                        "{kind} indices must be integers or slices, not {}",
                        other.type_name()
                    )
                };
                return Err(self.type_error(msg));
            }
        };
        sequence_position(i, len).ok_or_else(|| {
            // bytes alone leaves its type out of the message.
            let msg = if what == "byte" {
                "index out of range".to_string()
            } else {
                format!("{what} index out of range")
            };
            error("IndexError", msg)
        })
    }

    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Dict(d) = obj {
            if let Some(hash) = d.plain_hash(&key) {
                d.set_item(DictKey { hash, value: key }, value);
                return Ok(());
            }
        }
        if let Some(s) = key.native::<PySlice>() {
            if !is_user_object(obj) {
                return self.set_slice(obj, s, &value);
            }
        }
        if let Some(m) = self.user_method(obj, "__setitem__") {
            self.call(&m, vec![key, value], Vec::new())?;
            return Ok(());
        }
        self.builtin_set_item(obj, key, value)
    }

    /// `obj[key] = value` as the built-in type of `obj` does it.
    pub fn builtin_set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(s) = key.native::<PySlice>() {
            return self.set_slice(obj, s, &value);
        }
        match obj {
            Value::List(l) => {
                let mut items = l.items.lock();
                let len = items.len();
                let i = match self.seq_index(&key, len, "list") {
                    Ok(i) => i,
                    Err(e) if e.is("IndexError") => {
                        return Err(error("IndexError", "list assignment index out of range"))
                    }
                    Err(e) => return Err(e),
                };
                items[i] = value;
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, key)?;
                d.set_item(k, value);
                Ok(())
            }
            Value::Native(n) if n.as_any().is::<PyByteArray>() => {
                let ba = obj.native::<PyByteArray>().expect("checked above");
                let b = match value {
                    Value::Int(v) => u8::try_from(v)
                        .map_err(|_| self.value_error("byte must be in range(0, 256)"))?,
                    other => {
                        return Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                let len = ba.data.lock().len();
                let i = self.seq_index(&key, len, "bytearray")?;
                if let Some(slot) = ba.data.lock().get_mut(i) {
                    *slot = b;
                }
                Ok(())
            }
            other => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                other.type_name()
            ))),
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(s) = key.native::<PySlice>() {
            if !is_user_object(obj) {
                return self.del_slice(obj, s);
            }
        }
        if let Some(_r) = self.call_user_method(obj, "__delitem__", std::slice::from_ref(key))? {
            return Ok(());
        }
        self.builtin_del_item(obj, key)
    }

    /// `del obj[key]` as the built-in type of `obj` does it.
    pub fn builtin_del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(s) = key.native::<PySlice>() {
            return self.del_slice(obj, s);
        }
        match obj {
            Value::List(l) => {
                let mut items = l.items.lock();
                let len = items.len();
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) if e.is("IndexError") => {
                        return Err(error("IndexError", "list assignment index out of range"))
                    }
                    Err(e) => return Err(e),
                };
                items.remove(i);
                Ok(())
            }
            Value::Native(n) if n.as_any().is::<PyByteArray>() => {
                let ba = obj.native::<PyByteArray>().expect("checked above");
                let len = ba.data.lock().len();
                let i = self.seq_index(key, len, "bytearray")?;
                let mut data = ba.data.lock();
                if i < data.len() {
                    data.remove(i);
                }
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, key.clone())?;
                if d.map.lock().shift_remove(&k).is_none() {
                    return Err(crate::objects::exception::PyException::new(
                        crate::objects::types::exception_type("KeyError"),
                        vec![key.clone()],
                    ));
                }
                Ok(())
            }
            other => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                other.type_name()
            ))),
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let (Some(base), None) = (v.base_value(), self.user_method(v, "__iter__")) {
            return self.get_iter(&base.clone());
        }
        Ok(Value::Iter(match v {
            Value::Range(r) => match r.small {
                Some((start, stop, step)) => PyIter::range(start, stop, step),
                None => PyIter::big_range(r),
            },
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => PyIter::seq(v.clone()),
            Value::Dict(d) => {
                let keys = d.items().into_iter().map(|(k, _)| k).collect();
                PyIter::dict(d.clone(), Value::tuple(keys), Shown::DictKeys)
            }
            Value::Set(s) | Value::FrozenSet(s) => return Ok(SetIterator::new_value(s)),
            Value::Iter(_) => return Ok(v.clone()),
            Value::Native(n) if n.is_iterator() => return Ok(v.clone()),
            Value::Native(n) => {
                if let Some(it) = n.iter(self) {
                    return it;
                }
                // A type of a Rust module may give its iterator as a method (`deque`).
                if n.has_dunders() {
                    if let Some(it) = self.call_user_method(v, "__iter__", &[])? {
                        return Ok(it);
                    }
                }
                return Err(self.type_error(format!("'{}' object is not iterable", v.type_name())));
            }
            other if is_user_object(other) => {
                if let Some(it) = self.call_user_method(other, "__iter__", &[])? {
                    let is_iterator = match &it {
                        Value::Iter(_) => true,
                        Value::Native(n) if n.is_iterator() => true,
                        v => self.user_method(v, "__next__").is_some(),
                    };
                    if !is_iterator {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            it.type_name()
                        )));
                    }
                    return Ok(it);
                }
                if self.user_method(other, "__getitem__").is_some() {
                    return Ok(crate::stdlib::iterators::SeqIterator::new_value(
                        other.clone(),
                    ));
                }
                return Err(
                    self.type_error(format!("'{}' object is not iterable", other.type_name()))
                );
            }
            other => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", other.type_name()))
                )
            }
        }))
    }

    /// `next(it)`, with exhaustion as `None`.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => match i.next() {
                None if i.dict_changed_size() => Err(dict_changed_size()),
                item => Ok(item),
            },
            Value::Native(n) if n.is_iterator() => n.next(self).unwrap_or(Ok(None)),
            other if is_user_object(other) => {
                match self.user_next(other)? {
                    Some(item) => Ok(item),
                    None => Err(self
                        .type_error(format!("'{}' object is not an iterator", other.type_name()))),
                }
            }
            other => {
                Err(self.type_error(format!("'{}' object is not an iterator", other.type_name())))
            }
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.snapshot()),
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::Set(s) | Value::FrozenSet(s) => Ok(s.snapshot()),
            _ => {
                let it = self.get_iter(v)?;
                // Sized at once when the length is known, as CPython's `list()` does with
                // the length hint (`sys.getsizeof` shows the capacity).
                // (Up to a bound: a huge range grows the list as it goes, as before.)
                let mut out = Vec::new();
                if let Value::Range(r) = v {
                    let len = usize::try_from(r.len()).unwrap_or(usize::MAX);
                    if len <= 1 << 24 {
                        out.reserve_exact(len);
                    }
                }
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// `v` as a key of `d`: its Python hash (a class's `__hash__` included) and, when its
    /// class or that of a stored key of the same hash defines `__eq__`, the equal key `d`
    /// already holds, so that the table, which compares user objects by identity, finds it.
    #[inline]
    pub fn dict_key(&mut self, d: &PyDict, v: Value) -> PyResult<DictKey> {
        // Ints and strs, the commonest keys, hash and compare without Python code.
        if let Value::Int(_) | Value::Str(_) = v {
            if !d.map.holds_python_eq_keys() {
                return self.hashed(v);
            }
        }
        self.dict_key_by_python_eq(d, v)
    }

    /// [`Vm::dict_key`] where the key's or a stored key's `__eq__` may be Python code.
    #[inline(never)]
    fn dict_key_by_python_eq(&mut self, d: &PyDict, v: Value) -> PyResult<DictKey> {
        let stored_python_eq = d.map.holds_python_eq_keys();
        let key = self.hashed(v)?;
        let key_python_eq = self.has_python_eq(&key.value);
        if !key_python_eq && !stored_python_eq {
            return Ok(key);
        }
        let stored = d.keys_with_hash(key.hash);
        self.key_among(key, key_python_eq, stored)
    }

    /// `key`, or the stored key of the same hash equal to it by Python rules: the key's
    /// `__eq__` or the stored key's may decide (`Decimal(1)` stored is found by `1`).
    fn key_among(
        &mut self,
        key: DictKey,
        key_python_eq: bool,
        mut stored: Vec<Value>,
    ) -> PyResult<DictKey> {
        if !key_python_eq {
            // The table itself finds keys that compare without Python code.
            stored.retain(|s| !s.is(&key.value) && self.has_python_eq(s));
        }
        self.equal_stored(key, stored)
    }

    /// `key`, or the first of `stored` (keys of the same hash) equal to it.
    fn equal_stored(&mut self, key: DictKey, stored: Vec<Value>) -> PyResult<DictKey> {
        for s in stored {
            if s.is(&key.value) || self.eq(&s, &key.value)? {
                return Ok(DictKey {
                    hash: key.hash,
                    value: s,
                });
            }
        }
        Ok(key)
    }

    /// A hashed key as a key of set `s`, the way [`Vm::dict_key`] makes dict keys.
    pub fn set_key(&mut self, s: &PySet, key: DictKey) -> PyResult<DictKey> {
        let key_python_eq = self.has_python_eq(&key.value);
        let stored = {
            let table = s.table.lock();
            if !key_python_eq && !table.holds_python_eq_keys() {
                return Ok(key);
            }
            table.keys_with_hash(key.hash)
        };
        self.key_among(key, key_python_eq, stored)
    }

    /// Keys going into (or compared with) set `s`, in order: each key is replaced by the
    /// equal key `s` holds or an earlier key of the batch holds when either defines
    /// `__eq__`, so that the tables, which compare user objects by identity, see them equal.
    pub fn set_keys(&mut self, s: Option<&PySet>, keys: Vec<DictKey>) -> PyResult<Vec<DictKey>> {
        let stored_python_eq = s.is_some_and(|s| s.table.lock().holds_python_eq_keys());
        if !stored_python_eq && !keys.iter().any(|k| self.has_python_eq(&k.value)) {
            return Ok(keys);
        }
        let mut batch = SetTable::new();
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let key_python_eq = self.has_python_eq(&key.value);
            let mut stored = match s {
                Some(s) if key_python_eq || stored_python_eq => {
                    s.table.lock().keys_with_hash(key.hash)
                }
                _ => Vec::new(),
            };
            if key_python_eq || batch.holds_python_eq_keys() {
                stored.extend(batch.keys_with_hash(key.hash));
            }
            let key = self.key_among(key, key_python_eq, stored)?;
            batch.insert(key.clone());
            out.push(key);
        }
        Ok(out)
    }

    /// `b` as the other operand of a set operation or comparison with `a`: itself, unless
    /// it or `a` holds keys whose class defines `__eq__`; then a set of the same kind
    /// holding `a`'s equal keys in their place.
    pub fn set_operand(&mut self, a: &PySet, b: &Value) -> PyResult<Value> {
        let Some(bs) = as_set(b) else {
            return Ok(b.clone());
        };
        // One lock at a time: `a` and `b` may be the same set.
        let a_python_eq = a.table.lock().holds_python_eq_keys();
        let b_python_eq = bs.table.lock().holds_python_eq_keys();
        if !a_python_eq && !b_python_eq {
            return Ok(b.clone());
        }
        let keys = bs.table.lock().snapshot_keys();
        let table = SetTable::from_keys(self.set_keys(Some(a), keys)?);
        Ok(match b {
            Value::FrozenSet(_) => Value::FrozenSet(PySet::new(table)),
            _ => Value::Set(PySet::new(table)),
        })
    }

    /// Whether comparing `v` for equality runs a class's `__eq__` (also inside a tuple).
    fn has_python_eq(&self, v: &Value) -> bool {
        match v {
            Value::Tuple(t) => t.items.iter().any(|x| self.has_python_eq(x)),
            v => v.base_value().is_some() || self.user_method(v, "__eq__").is_some(),
        }
    }

    /// `v` with its hash, as a key of a table that compares user objects by identity.
    pub fn hashed(&mut self, v: Value) -> PyResult<DictKey> {
        let hash = self.hash(&v)?;
        Ok(DictKey { hash, value: v })
    }

    /// `hash(v)`, running a class's `__hash__`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(n) => return Ok(crate::objects::hash::hash_i64(*n)),
            Value::Str(s) => return Ok(s.hash()),
            _ => {}
        }
        if let Some(h) = crate::objects::dict::hash_of(v).filter(|_| !holds_user_object(v)) {
            return Ok(h);
        }
        match v {
            Value::Tuple(t) => {
                let mut hashes = Vec::with_capacity(t.items.len());
                for item in t.items.iter() {
                    hashes.push(self.hash(item)?);
                }
                Ok(crate::objects::hash::hash_tuple(
                    hashes.into_iter(),
                    t.items.len(),
                ))
            }
            _ if is_user_object(v) => match v.type_of().lookup("__hash__") {
                Some(Value::None) => Err(self.unhashable(v)),
                Some(Value::Builtin(_)) | None if v.base_value().is_some() => {
                    self.hash(&unwrap_base(v))
                }
                // A native type's own `__hash__` (complex) rather than object's.
                Some(f @ Value::Builtin(_))
                    if matches!(v, Value::Native(_))
                        && !super::attr::is_object_slot(&f, "__hash__") =>
                {
                    let f = self.bind_method(f, v);
                    match self.call(&f, Vec::new(), Vec::new())? {
                        Value::Int(h) => Ok(h),
                        _ => Err(self.type_error("__hash__ method should return an integer")),
                    }
                }
                Some(Value::Builtin(_)) | None => {
                    crate::objects::dict::hash_of(v).ok_or_else(|| self.unhashable(v))
                }
                Some(f) => {
                    let f = self.bind_method(f, v);
                    match self.call(&f, Vec::new(), Vec::new())? {
                        Value::Int(h) => Ok(if h == -1 { -2 } else { h }),
                        Value::Bool(b) => Ok(b as i64),
                        Value::BigInt(n) => Ok(crate::objects::hash::hash_bigint(&n)),
                        _ => Err(self.type_error("__hash__ method should return an integer")),
                    }
                }
            },
            _ => Err(self.unhashable(v)),
        }
    }

    fn unhashable(&self, v: &Value) -> PyErr {
        self.type_error(format!("unhashable type: '{}'", v.type_name()))
    }

    /// The entries of a mapping as `dict(m)` and `f(**m)` see them: a dict, a dict-like
    /// native object, or any object with `keys()` and `__getitem__`; `None` for the rest.
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
        match m {
            Value::Dict(d) => return Ok(Some(d.items())),
            Value::Native(n) => {
                if let Some(d) = n.as_dict() {
                    return Ok(Some(d.items()));
                }
            }
            _ => {}
        }
        let Some(keys) = self.try_get_attr(m, &PyStr::new("keys"))? else {
            return Ok(None);
        };
        let keys = self.call(&keys, Vec::new(), Vec::new())?;
        let mut items = Vec::new();
        for k in self.collect_iterable(&keys)? {
            let v = self.get_item(m, &k)?;
            items.push((k, v));
        }
        Ok(Some(items))
    }

    /// `a, b = seq`: exactly `n` items or a ValueError worded as CPython words it.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        if self.get_iter(seq).is_err() {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                seq.type_name()
            )));
        }
        let items = self.collect_iterable(seq)?;
        match items.len().cmp(&n) {
            Ordering::Equal => Ok(items),
            Ordering::Less => Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ))),
            Ordering::Greater => {
                Err(self.value_error(format!("too many values to unpack (expected {n})")))
            }
        }
    }

    /// The key a set looks `v` up by: a set stands for the equal frozenset, as in CPython.
    pub fn set_lookup_key(&mut self, v: &Value) -> PyResult<crate::objects::dict::DictKey> {
        match v {
            Value::Set(s) => self.hashed(Value::FrozenSet(PySet::new(s.clone_table()))),
            other => self.hashed(other.clone()),
        }
    }

    /// `a, *rest, z = seq`: `before` items, a list of the middle, then `after` items.
    pub fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if self.get_iter(seq).is_err() {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                seq.type_name()
            )));
        }
        let mut items = self.collect_iterable(seq)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        items.push(Value::list(middle));
        items.extend(tail);
        Ok(items)
    }

    /// The items of `*x` in a list or tuple display.
    pub fn extend_items(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if self.get_iter(v).is_err() {
            return Err(self.type_error(format!(
                "Value after * must be an iterable, not {}",
                v.type_name()
            )));
        }
        self.collect_iterable(v)
    }

    /// A set operator with a keys or items view on either side, building the result as
    /// CPython does (a new set of the left operand updated in place, or for `&` the
    /// members of the other operand that the view holds), so that it iterates alike.
    fn view_set_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if op == BinOp::BitAnd {
            let (view, other) = if set_like_view(a).is_some() {
                (a, b)
            } else {
                (b, a)
            };
            let members = self.as_set_value(view)?;
            let mut kept = Vec::new();
            for item in self.collect_iterable(other)? {
                if self.contains(&members, &item)? {
                    kept.push(item);
                }
            }
            return self.build_set(kept);
        }
        // A keys view starts from its dict, which `set()` presizes for.
        let result = match keys_view_dict(a) {
            Some(d) => crate::stdlib::set_methods::new_set(
                self,
                Args {
                    pos: &[Value::Dict(d)],
                    kw: &[],
                },
            )?,
            None => {
                let items = match set_like_view(a) {
                    Some(items) => items,
                    None => self.collect_iterable(a)?,
                };
                self.build_set(items)?
            }
        };
        let other = self.as_set_value(b)?;
        Ok(set_inplace(&result, &other, op).unwrap_or(result))
    }

    /// `v` as a set for an operator on a dict view: sets stay, views and other
    /// iterables become a new set of their members.
    fn as_set_value(&mut self, v: &Value) -> PyResult<Value> {
        if as_set(v).is_some() {
            return Ok(v.clone());
        }
        let items = match set_like_view(v) {
            Some(items) => items,
            None => self.collect_iterable(v)?,
        };
        self.build_set(items)
    }

    pub fn build_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let keys = items
            .into_iter()
            .map(|v| self.hashed(v))
            .collect::<PyResult<Vec<_>>>()?;
        let keys = self.set_keys(None, keys)?;
        Ok(Value::Set(PySet::new(SetTable::from_keys(keys))))
    }

    /// `set.update(iterable)`, for `*x` in set displays.
    pub fn set_update(&mut self, set: &Value, iterable: &Value) -> PyResult<()> {
        crate::stdlib::set_methods::update(self, set, iterable)
    }

    /// `dict.update(mapping)`, for `**m` in dict displays.
    pub fn dict_update(&mut self, dict: &Value, mapping: &Value) -> PyResult<()> {
        let Value::Dict(target) = dict else {
            unreachable!("a dict display builds a dict")
        };
        let Some(items) = self.mapping_items(mapping)? else {
            return Err(
                self.type_error(format!("'{}' object is not a mapping", mapping.type_name()))
            );
        };
        for (k, v) in items {
            let key = self.dict_key(target, k)?;
            target.set_item(key, v);
        }
        Ok(())
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if is_user_object(v) {
            match self.call_user_method(v, "__format__", &[Value::str(spec)])? {
                Some(Value::Str(s)) => return Ok(s.as_str().to_string()),
                Some(other) => {
                    return Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        other.type_name()
                    )))
                }
                None => {}
            }
            // An empty spec is `str(v)`, which may be the class's own; others format the value.
            if let Some(base) = v.base_value().filter(|_| !spec.is_empty()) {
                return self.format(&base.clone(), spec);
            }
        }
        if spec.is_empty() {
            return self.str(v);
        }
        let type_name = v.type_name();
        let parsed = format_spec::parse(spec, &type_name).map_err(|m| self.value_error(m))?;
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                let n = as_bigint(v).unwrap_or_default();
                format_spec::format_int(&n, &parsed, &type_name).map_err(|e| match e {
                    format_spec::FormatError::Value(m) => self.value_error(m),
                    format_spec::FormatError::Overflow(m) => error("OverflowError", m),
                })
            }
            Value::Float(x) => format_spec::format_float(x.get(), &parsed, &type_name)
                .map_err(|m| self.value_error(m)),
            Value::Str(s) => format_spec::format_str(s.as_str(), &parsed, &type_name)
                .map_err(|m| self.value_error(m)),
            other => Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                other.type_name()
            ))),
        }
    }

    /// `str(int)`, refusing huge conversions as CPython 3.11 does.
    pub fn int_to_str(&self, n: &BigInt) -> PyResult<String> {
        let limit = int_max_str_digits();
        // A cheap upper bound on the digit count: bits * log10(2) + 1.
        if limit > 0 && n.bits() as f64 * std::f64::consts::LOG10_2 + 1.0 > limit as f64 {
            let s = n.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > limit {
                return Err(self.value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            return Ok(s);
        }
        Ok(n.to_string())
    }
}

fn repeat_items(items: &[Value], k: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * k);
    for _ in 0..k {
        out.extend(items.iter().cloned());
    }
    out
}

/// Compares two numbers of any numeric types exactly (`2**53 + 1 != float(2**53)`).
/// `None` if either is not a number; `Some(None)` when unordered (nan).
fn numeric_pair(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(x.get().partial_cmp(&y.get())),
        (Value::Float(x), other) => as_bigint(other).map(|n| cmp_float_int(x.get(), &n)),
        (other, Value::Float(y)) => {
            as_bigint(other).map(|n| cmp_float_int(y.get(), &n).map(Ordering::reverse))
        }
        _ => match (as_bigint(a), as_bigint(b)) {
            (Some(x), Some(y)) => Some(Some(x.cmp(&y))),
            _ => None,
        },
    }
}

fn cmp_float_int(x: f64, n: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let floor = float::to_bigint(x.floor()).ok()?;
    match floor.cmp(n) {
        Ordering::Equal if x.fract() != 0.0 => Some(Ordering::Greater),
        ord => Some(ord),
    }
}

fn int_binary(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::from(x.get() & y.get())),
            BinOp::BitOr => return Ok(Value::from(x.get() | y.get())),
            BinOp::BitXor => return Ok(Value::from(x.get() ^ y.get())),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        match op {
            BinOp::Div => {
                if y == 0 {
                    return Err(error("ZeroDivisionError", "division by zero"));
                }
                return Ok(Value::from(float::i64_true_divide(x, y)));
            }
            BinOp::Pow if y < 0 => return float_binary(x as f64, y as f64, op),
            BinOp::Pow => {
                if let Ok(e) = u32::try_from(y) {
                    if let Some(r) = x.checked_pow(e) {
                        return Ok(Value::Int(r));
                    }
                }
            }
            BinOp::LShift | BinOp::RShift if y < 0 => {
                return Err(error("ValueError", "negative shift count"));
            }
            BinOp::RShift => return Ok(Value::Int(x >> y.min(63))),
            BinOp::LShift if y < 63 && (x << y) >> y == x => return Ok(Value::Int(x << y)),
            _ => {}
        }
    }
    let x = as_bigint(a).unwrap_or_default();
    let y = as_bigint(b).unwrap_or_default();
    Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mult => Value::from_bigint(x * y),
        BinOp::FloorDiv | BinOp::Mod => {
            if y.is_zero() {
                let msg = if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                return Err(error("ZeroDivisionError", msg));
            }
            if op == BinOp::Mod {
                Value::from_bigint(x.mod_floor(&y))
            } else {
                Value::from_bigint(x.div_floor(&y))
            }
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(error("ZeroDivisionError", "division by zero"));
            }
            Value::from(float::int_true_divide(&x, &y).map_err(float_error)?)
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (
                    float::from_bigint(&x).map_err(float_error)?,
                    float::from_bigint(&y).map_err(float_error)?,
                );
                return float_binary(fx, fy, op);
            }
            match y.to_u32() {
                Some(e) => Value::from_bigint(num_traits::pow::Pow::pow(&x, e)),
                None if x.abs() <= BigInt::from(1) => {
                    let odd = y.is_odd();
                    Value::from_bigint(if x.is_negative() && !odd { -x } else { x })
                }
                None => return Err(error("MemoryError", "")),
            }
        }
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(error("ValueError", "negative shift count"));
            }
            let Some(shift) = y.to_usize() else {
                return Err(error("OverflowError", "too many digits in integer"));
            };
            if op == BinOp::LShift {
                Value::from_bigint(x << shift)
            } else {
                Value::from_bigint(x >> shift)
            }
        }
        BinOp::BitAnd => Value::from_bigint(x & y),
        BinOp::BitOr => Value::from_bigint(x | y),
        BinOp::BitXor => Value::from_bigint(x ^ y),
        BinOp::MatMult => {
            return Err(error(
                "TypeError",
                format!(
                    "unsupported operand type(s) for @: '{}' and '{}'",
                    a.type_name(),
                    b.type_name()
                ),
            ))
        }
    })
}

fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn float_binary(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(error("ZeroDivisionError", "float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(error("ZeroDivisionError", "float floor division by zero"));
            }
            float::floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(error("ZeroDivisionError", "float modulo"));
            }
            float::modulo(x, y)
        }
        BinOp::Pow => match float::pow(x, y) {
            Ok(r) => r,
            // A negative base to a fractional power: CPython answers in complex numbers.
            Err(FloatError::ComplexResult) => {
                let c = |re| crate::stdlib::complex::Complex { re, im: 0.0 };
                return crate::stdlib::complex::power(c(x), c(y))
                    .map(crate::stdlib::complex::value);
            }
            Err(e) => return Err(float_error(e)),
        },
        _ => {
            return Err(error(
                "TypeError",
                format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                ),
            ))
        }
    };
    Ok(Value::from(r))
}

/// Whether `v * n` repeats `v`: str, list, tuple, bytes.
fn is_repeatable(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_)) || v.as_bytes().is_some()
}

/// `<`, `<=`, `>`, `>=` between sets: subset and superset tests, not an ordering.
fn set_order(a: &crate::objects::set::PySet, b: &crate::objects::set::PySet, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => a.len() < b.len() && a.is_subset(b),
        CmpOp::LtE => a.is_subset(b),
        CmpOp::Gt => a.len() > b.len() && a.is_superset(b),
        _ => a.is_superset(b),
    }
}

/// The built-in value of an instance of a subclass of `int`, `float` or `str`; any other
/// value as it is.
pub fn unwrap_base(v: &Value) -> Value {
    v.base_value().unwrap_or(v).clone()
}

pub fn dict_changed_size() -> PyErr {
    error("RuntimeError", "dictionary changed size during iteration")
}

/// An instance of a Python subclass of list or tuple.
fn is_seq_subclass(v: &Value) -> bool {
    match v {
        Value::List(l) => l.subclass.is_some(),
        Value::Tuple(t) => t.class.is_some(),
        _ => false,
    }
}

/// A slice's `(start, stop, step)`, which slices compare as.
fn slice_fields(v: &Value) -> Option<[Value; 3]> {
    let s = v.native::<PySlice>()?;
    Some([s.start.clone(), s.stop.clone(), s.step.clone()])
}
