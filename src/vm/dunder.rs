//! The protocol through which operators reach methods of user-defined classes:
//! `__add__`/`__radd__`, rich comparisons with their reflections, `__bool__`/`__len__`,
//! `__getitem__`, `__iter__`/`__next__`, `__contains__`, `__repr__`/`__str__`.

use super::{PyResult, Vm};
use crate::objects::instance::NotImplementedType;
pub use crate::objects::value::{holds_user_object, is_user_object};
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};

pub fn is_not_implemented(v: &Value) -> bool {
    v.native::<NotImplementedType>().is_some()
}

/// The method for `op`, the one tried on the right operand, and the in-place one.
fn binary_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

/// The method for `op` and the one tried on the right operand when it declines.
fn compare_names(op: CmpOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => return None,
    })
}

impl Vm {
    /// `a op b` through `__op__` of `a`, then `__rop__` of `b`; `None` if neither applies.
    pub fn binary_dunder(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (name, rname, _) = binary_names(op);
        if let Some(r) = self.call_user_method(a, name, std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.call_user_method(b, rname, std::slice::from_ref(a))? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `a op= b` through `a.__iop__`; `None` when `a` has none or it declines.
    pub fn inplace_dunder(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        match self.call_user_method(a, binary_names(op).2, std::slice::from_ref(b))? {
            Some(r) if !is_not_implemented(&r) => Ok(Some(r)),
            _ => Ok(None),
        }
    }

    /// A rich comparison through user methods; `None` when no method gives an answer.
    pub fn compare_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        let Some((name, reflected)) = compare_names(op) else {
            return Ok(None);
        };
        if let Some(r) = self.call_user_method(a, name, std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.call_user_method(b, reflected, std::slice::from_ref(a))? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        // `!=` defaults to the negation of `==`.
        if op == CmpOp::NotEq {
            if let Some(r) = self.compare_dunder(a, b, CmpOp::Eq)? {
                return Ok(Some(Value::from(!self.is_true(&r)?)));
            }
        }
        Ok(None)
    }

    pub fn user_truth(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_user_method(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b.get()),
                other => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    other.type_name()
                ))),
            };
        }
        match (self.user_len(v)?, v.base_value()) {
            (Some(n), _) => Ok(n != 0),
            (None, Some(base)) => self.is_true(&base.clone()),
            (None, None) => Ok(true),
        }
    }

    pub fn user_len(&mut self, v: &Value) -> PyResult<Option<usize>> {
        let Some(r) = self.call_user_method(v, "__len__", &[])? else {
            return Ok(None);
        };
        match r {
            Value::Int(n) if n >= 0 => Ok(Some(n as usize)),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(Some(b as usize)),
            other => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        }
    }

    /// `next(it)` for an iterator written in Python: StopIteration means exhausted.
    pub fn user_next(&mut self, it: &Value) -> PyResult<Option<Option<Value>>> {
        match self.call_user_method(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(Some(v))),
            Ok(None) => Ok(None),
            Err(e) if e.is("StopIteration") => Ok(Some(None)),
            Err(e) => Err(e),
        }
    }

    /// `repr()` of a user object: its `__repr__`, else CPython's default.
    pub fn user_repr(&mut self, v: &Value) -> PyResult<Option<String>> {
        match self.call_user_method(v, "__repr__", &[])? {
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                other.type_name()
            ))),
            None => Ok(None),
        }
    }

    pub fn user_str(&mut self, v: &Value) -> PyResult<Option<String>> {
        match self.call_user_method(v, "__str__", &[])? {
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(self.type_error(format!(
                "__str__ returned non-string (type {})",
                other.type_name()
            ))),
            None => Ok(None),
        }
    }
}
