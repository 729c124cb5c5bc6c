//! Checks on assignment, deletion and walrus targets, which the grammar parses as plain
//! expressions; the messages are CPython 3.11's.

use super::ast::*;
use super::build::{fail_at, stmt, PResult};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Assign,
    Delete,
}

/// How CPython names an expression in "cannot assign to …" messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(c) => constant_name(c),
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

pub fn constant_name(c: &Constant) -> &'static str {
    match c {
        Constant::None => "None",
        Constant::Bool(true) => "True",
        Constant::Bool(false) => "False",
        Constant::Ellipsis => "ellipsis",
        _ => "literal",
    }
}

/// The first sub-expression that cannot be a target, if any.
fn invalid_target(e: &Expr, ctx: Ctx) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            elts.iter().find_map(|e| invalid_target(e, ctx))
        }
        ExprKind::Starred(inner) if ctx == Ctx::Assign => invalid_target(inner, ctx),
        _ => Some(e),
    }
}

/// Checks a `for`, `with … as`, comprehension or assignment target.
pub fn target(e: Expr, ctx: Ctx) -> PResult<Expr> {
    if let Some(bad) = invalid_target(&e, ctx) {
        let verb = match ctx {
            Ctx::Assign => "assign to",
            Ctx::Delete => "delete",
        };
        return fail_at(format!("cannot {verb} {}", expr_name(bad)), bad.span);
    }
    if ctx == Ctx::Assign && matches!(e.kind, ExprKind::Starred(_)) {
        return fail_at(
            "starred assignment target must be in a list or tuple",
            e.span,
        );
    }
    Ok(e)
}

fn no_star(e: &Expr) -> PResult<()> {
    if matches!(e.kind, ExprKind::Starred(_)) {
        return fail_at("can't use starred expression here", e.span);
    }
    Ok(())
}

pub fn expr_stmt(l: usize, e: Expr, r: usize) -> PResult<Stmt> {
    no_star(&e)?;
    Ok(stmt(l, StmtKind::Expr(e), r))
}

pub fn delete(l: usize, t: Expr, r: usize) -> PResult<Stmt> {
    let t = target(t, Ctx::Delete)?;
    // `del a, b` lists two targets; a tuple that starts where its first element does had
    // no parentheses.
    let targets = match t.kind {
        ExprKind::Tuple(elts) if elts.first().map(|e| e.span.start) == Some(t.span.start) => elts,
        kind => vec![Expr { span: t.span, kind }],
    };
    Ok(stmt(l, StmtKind::Delete(targets), r))
}

/// Whether CPython's grammar would see `e` as a `bitwise_or` (no comparison, `not`,
/// boolean operator, conditional or lambda at its top). A yield counts only where it can
/// only have been written in parentheses.
fn is_bitwise_or(e: &Expr, parenthesized_yield: bool) -> bool {
    if parenthesized_yield && matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
        return true;
    }
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

/// Whether the value of an assignment starts with a `bitwise_or`, as CPython's
/// `invalid_named_expression` rule requires for its "Maybe you meant '=='" hint.
fn starts_with_bitwise_or(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(elts) if !elts.is_empty() => starts_with_bitwise_or(&elts[0]),
        ExprKind::BoolOp { values, .. } => starts_with_bitwise_or(&values[0]),
        ExprKind::Compare { left, .. } => starts_with_bitwise_or(left),
        ExprKind::IfExp { body, .. } => starts_with_bitwise_or(body),
        _ => is_bitwise_or(e, false),
    }
}

pub fn assign(l: usize, first: Expr, mut rest: Vec<Expr>, r: usize) -> PResult<Stmt> {
    let value = rest.pop().expect("the grammar requires one `= value`");
    let mut targets = vec![first];
    targets.extend(rest);
    if targets.len() == 1 && starts_with_bitwise_or(&value) {
        let t = &targets[0];
        // CPython hints at `==` when the bad target is the whole left side or the last
        // element of a bare tuple, i.e. directly before the `=`.
        let candidate = match &t.kind {
            ExprKind::Tuple(elts) if t.span.start == elts[0].span.start => elts.last(),
            ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::GeneratorExp { .. } => None,
            ExprKind::Constant(Constant::None | Constant::Bool(_)) => None,
            _ => Some(t),
        };
        if let Some(c) = candidate {
            if is_bitwise_or(c, true)
                && invalid_target(t, Ctx::Assign).map(|b| b.span) == Some(c.span)
            {
                let msg = format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(c)
                );
                return fail_at(msg, c.span);
            }
        }
    }
    let targets = targets
        .into_iter()
        .map(|t| target(t, Ctx::Assign))
        .collect::<PResult<Vec<_>>>()?;
    no_star(&value)?;
    Ok(stmt(l, StmtKind::Assign { targets, value }, r))
}

pub fn aug_assign(l: usize, target: Expr, op: BinOp, value: Expr, r: usize) -> PResult<Stmt> {
    if !matches!(
        target.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        let msg = format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name(&target)
        );
        return fail_at(msg, target.span);
    }
    no_star(&value)?;
    Ok(stmt(l, StmtKind::AugAssign { target, op, value }, r))
}

pub fn ann_assign(
    l: usize,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    r: usize,
) -> PResult<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => {
            return fail_at(
                "only single target (not tuple) can be annotated",
                target.span,
            )
        }
        ExprKind::List(_) => {
            return fail_at(
                "only single target (not list) can be annotated",
                target.span,
            )
        }
        _ => return fail_at("illegal target for annotation", target.span),
    }
    let kind = StmtKind::AnnAssign {
        target,
        annotation,
        value,
    };
    Ok(stmt(l, kind, r))
}

pub fn named_expr(l: usize, target: Expr, value: Expr, r: usize) -> PResult<Expr> {
    if !matches!(target.kind, ExprKind::Name(_)) {
        let msg = format!(
            "cannot use assignment expressions with {}",
            expr_name(&target)
        );
        return fail_at(msg, target.span);
    }
    let kind = ExprKind::NamedExpr {
        target: Box::new(target),
        value: Box::new(value),
    };
    Ok(super::build::expr(l, kind, r))
}
