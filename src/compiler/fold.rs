//! The constants CPython 3.11's AST optimizer folds expressions into before the compiler
//! sees them: operators on constants (`-1`, `2**8`, `1+2j`, `~0`, `not 0`), a constant
//! subscripted by a constant (`"abc"[0]`) and tuples of constants. An operation that
//! would raise, or build a value past the optimizer's size limits, is left unfolded.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::codegen::const_value;
use crate::objects::Value;
use crate::parser::ast::{BinOp, Expr, ExprKind, UnaryOp};
use crate::stdlib::complex::{self, Complex};
use crate::vm::ops::{as_bigint, numeric_binary};

/// The optimizer's limits (`ast_opt.c`) on what folding may build.
const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// The value of a constant expression after CPython's folding.
pub(super) fn folded_const(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(k) => Some(const_value(k)),
        ExprKind::UnaryOp { op, operand } => unary(*op, &folded_const(operand)?),
        ExprKind::BinOp { left, op, right } => {
            binary(&folded_const(left)?, *op, &folded_const(right)?)
        }
        ExprKind::Subscript { value, index } => {
            subscript(&folded_const(value)?, &folded_const(index)?)
        }
        ExprKind::Tuple(items) => items
            .iter()
            .map(folded_const)
            .collect::<Option<Vec<_>>>()
            .map(Value::tuple),
        _ => None,
    }
}

fn unary(op: UnaryOp, v: &Value) -> Option<Value> {
    if op == UnaryOp::Not {
        return Some(Value::from(!truth(v)?));
    }
    if let (Some(c), false) = (complex::as_complex(v), is_real(v)) {
        return match op {
            UnaryOp::USub => Some(complex::value(Complex {
                re: -c.re,
                im: -c.im,
            })),
            UnaryOp::UAdd => Some(v.clone()),
            _ => None,
        };
    }
    Some(match (op, v) {
        (UnaryOp::USub, Value::Float(x)) => Value::from(-x.get()),
        (UnaryOp::UAdd, Value::Float(_)) => v.clone(),
        (UnaryOp::USub, _) => Value::from_bigint(-as_bigint(v)?),
        (UnaryOp::UAdd, _) => Value::from_bigint(as_bigint(v)?),
        (UnaryOp::Invert, _) => Value::from_bigint(-as_bigint(v)? - 1),
        (UnaryOp::Not, _) => unreachable!("handled above"),
    })
}

/// The truth of a constant; `None` for values that are never constants.
fn truth(v: &Value) -> Option<bool> {
    Some(match v {
        Value::None => false,
        Value::Bool(b) => b.get(),
        Value::Int(n) => *n != 0,
        Value::BigInt(n) => !n.is_zero(),
        Value::Float(x) => x.get() != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        _ => match (v.as_bytes(), complex::as_complex(v)) {
            (Some(b), _) => !b.is_empty(),
            (None, Some(c)) => c.re != 0.0 || c.im != 0.0,
            (None, None) => true,
        },
    })
}

fn binary(a: &Value, op: BinOp, b: &Value) -> Option<Value> {
    if !within_limits(a, op, b) {
        return None;
    }
    if let Some(r) = numeric_binary(a, b, op) {
        return r.ok();
    }
    if !(is_real(a) && is_real(b)) {
        if let (Some(x), Some(y)) = (complex::as_complex(a), complex::as_complex(b)) {
            return complex_binary(x, op, y).map(complex::value);
        }
    }
    match (a, b, op) {
        (Value::Str(x), Value::Str(y), BinOp::Add) => {
            Some(Value::str(format!("{}{}", x.as_str(), y.as_str())))
        }
        (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => Some(Value::tuple(
            x.items.iter().chain(&*y.items).cloned().collect(),
        )),
        (_, _, BinOp::Add) => {
            let joined = [a.as_bytes()?, b.as_bytes()?].concat();
            Some(Value::bytes(joined))
        }
        (_, _, BinOp::Mult) if as_bigint(a).is_some() => repeat(b, a),
        (_, _, BinOp::Mult) => repeat(a, b),
        _ => None,
    }
}

/// `seq * n` for a str, bytes or tuple constant.
fn repeat(seq: &Value, n: &Value) -> Option<Value> {
    let n = usize::try_from(as_bigint(n)?.max(BigInt::zero())).ok()?;
    match seq {
        Value::Str(s) => Some(Value::str(s.as_str().repeat(n))),
        Value::Tuple(t) => Some(Value::tuple(
            (0..n).flat_map(|_| t.items.iter().cloned()).collect(),
        )),
        _ => Some(Value::bytes(seq.as_bytes()?.repeat(n))),
    }
}

/// Whether the optimizer would compute `a op b` at all: it refuses big ints, long
/// repeats and `%`-formatting.
fn within_limits(a: &Value, op: BinOp, b: &Value) -> bool {
    let bits = |v: &Value| as_bigint(v).map(|n| n.bits());
    let nonzero = |v: &Value| as_bigint(v).is_some_and(|n| !n.is_zero());
    match op {
        BinOp::Mult => match (bits(a), bits(b)) {
            (Some(x), Some(y)) => !nonzero(a) || !nonzero(b) || x + y <= MAX_INT_SIZE,
            (Some(_), None) => repeat_allowed(b, a),
            (None, Some(_)) => repeat_allowed(a, b),
            (None, None) => true,
        },
        BinOp::Pow => match (as_bigint(a), as_bigint(b)) {
            (Some(x), Some(y)) if !x.is_zero() && y.is_positive() => {
                y.to_u64().is_some_and(|y| x.bits() <= MAX_INT_SIZE / y)
            }
            _ => true,
        },
        BinOp::LShift => match (as_bigint(a), as_bigint(b)) {
            (Some(x), Some(y)) if !x.is_zero() && !y.is_zero() => y
                .to_u64()
                .is_some_and(|y| y <= MAX_INT_SIZE && x.bits() <= MAX_INT_SIZE - y),
            _ => true,
        },
        BinOp::Mod => !matches!(a, Value::Str(_)) && a.as_bytes().is_none(),
        _ => true,
    }
}

fn repeat_allowed(seq: &Value, n: &Value) -> bool {
    let (size, limit) = match seq {
        Value::Str(s) => (s.as_str().chars().count(), MAX_STR_SIZE),
        Value::Tuple(t) => (t.items.len(), MAX_COLLECTION_SIZE),
        _ => match seq.as_bytes() {
            Some(b) => (b.len(), MAX_STR_SIZE),
            None => return true,
        },
    };
    if size == 0 {
        return true;
    }
    let Some(n) = as_bigint(n).and_then(|n| n.to_usize()) else {
        return false;
    };
    n <= limit / size
        && (n == 0 || !matches!(seq, Value::Tuple(_)) || items(seq) <= MAX_TOTAL_ITEMS / n)
}

/// The items of a tuple, counting those of the tuples nested in it.
fn items(v: &Value) -> usize {
    match v {
        Value::Tuple(t) => t.items.len() + t.items.iter().map(items).sum::<usize>(),
        _ => 0,
    }
}

fn is_real(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn complex_binary(a: Complex, op: BinOp, b: Complex) -> Option<Complex> {
    match op {
        BinOp::Add => Some(Complex {
            re: a.re + b.re,
            im: a.im + b.im,
        }),
        BinOp::Sub => Some(Complex {
            re: a.re - b.re,
            im: a.im - b.im,
        }),
        BinOp::Mult => Some(complex::prod(a, b)),
        BinOp::Div => complex::divide(a, b).ok(),
        BinOp::Pow => complex::power(a, b).ok(),
        _ => None,
    }
}

fn subscript(v: &Value, index: &Value) -> Option<Value> {
    let i = as_bigint(index)?;
    let at = |len: usize| {
        let i = if i.is_negative() {
            i.clone() + len
        } else {
            i.clone()
        };
        i.to_usize().filter(|&i| i < len)
    };
    match v {
        Value::Str(s) => {
            let c = s.as_str().chars().nth(at(s.char_len())?)?;
            Some(Value::str(c.to_string()))
        }
        Value::Tuple(t) => Some(t.items[at(t.items.len())?].clone()),
        _ => {
            let b = v.as_bytes()?;
            Some(Value::Int(b[at(b.len())?] as i64))
        }
    }
}
