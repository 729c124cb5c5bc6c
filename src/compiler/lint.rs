//! The `SyntaxWarning`s of CPython 3.11's compiler: code that is valid but cannot be what
//! was meant (`x is 1`, `(a, b)(c)`, `[1, 2][3, 4]`). Each check sees the expression as
//! CPython's compiler does, after constant folding.

use super::fold::folded_const;
use crate::objects::Value;
use crate::parser::ast::{CmpOp, Expr, ExprKind};

/// `is` or `is not` with a literal operand (other than the singletons), in a chain of
/// comparisons: CPython warns about the first one only.
pub fn is_literal(left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<String> {
    let literal = |e: &Expr| {
        folded_const(e).is_some_and(|v| {
            !matches!(v, Value::None | Value::Bool(_)) && v.type_name() != "ellipsis"
        })
    };
    let mut left_literal = literal(left);
    for (op, right) in ops.iter().zip(comparators) {
        let right_literal = literal(right);
        if left_literal || right_literal {
            match op {
                CmpOp::Is => return Some("\"is\" with a literal. Did you mean \"==\"?".into()),
                CmpOp::IsNot => {
                    return Some("\"is not\" with a literal. Did you mean \"!=\"?".into())
                }
                _ => {}
            }
        }
        left_literal = right_literal;
    }
    None
}

/// Calling a display or a literal.
pub fn caller(func: &Expr) -> Option<String> {
    match func.kind {
        ExprKind::Constant(_)
        | ExprKind::UnaryOp { .. }
        | ExprKind::Tuple(_)
        | ExprKind::List(_)
        | ExprKind::ListComp { .. }
        | ExprKind::Dict { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::Set(_)
        | ExprKind::SetComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::JoinedStr(_) => Some(format!(
            "'{}' object is not callable; perhaps you missed a comma?",
            literal_type(func)?
        )),
        _ => None,
    }
}

/// Subscripting what cannot be subscripted, or a sequence with what cannot index it.
pub fn subscript(value: &Expr, index: &Expr) -> Option<String> {
    let const_type = folded_const(value).map(|v| v.type_name());
    let const_type = const_type.as_deref();
    let not_subscriptable = matches!(
        value.kind,
        ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. }
    ) || matches!(
        const_type,
        Some("NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex")
    );
    if not_subscriptable {
        return Some(format!(
            "'{}' object is not subscriptable; perhaps you missed a comma?",
            literal_type(value)?
        ));
    }
    let index_type = literal_type(index).filter(|t| !matches!(t.as_str(), "int" | "bool"))?;
    let sequence = matches!(
        value.kind,
        ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::ListComp { .. } | ExprKind::JoinedStr(_)
    ) || matches!(const_type, Some("str" | "bytes" | "tuple"));
    let value_type = literal_type(value)?;
    sequence.then(|| {
        format!(
            "{value_type} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
        )
    })
}

/// The type of what a literal or display evaluates to, as CPython's compiler infers it.
fn literal_type(e: &Expr) -> Option<String> {
    let name = match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) => "str",
        _ => return folded_const(e).map(|v| v.type_name()),
    };
    Some(name.to_string())
}
