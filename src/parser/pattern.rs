//! `match` statements, turned into an `if`/`elif` chain as they are parsed. Each pattern
//! becomes a condition that tests the subject and binds the pattern's names with `:=`;
//! sequence, mapping and class patterns ask the hidden builtins `.match_seq`,
//! `.match_map` and `.match_class` for the parts their sub-patterns then test.

use super::ast::*;
use super::build::{fail_at, PResult};
use crate::source::Span;

/// One `case pattern [as name] [if guard]: body`.
pub struct Case {
    pub start: usize,
    /// An as-pattern arrives as a walrus (see `rewrite_as_patterns`).
    pub pattern: Expr,
    pub guard: Option<Expr>,
    pub body: Suite,
}

pub fn match_stmt(l: usize, subject: Expr, cases: Vec<Case>) -> PResult<Stmt> {
    // The subject is evaluated once, into a hidden variable, by the first test.
    let hidden = name_expr(&format!(".match{l}"), subject.span);
    let keep_subject = bind(&hidden, subject);
    let last = cases.len() - 1;
    let mut tests = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        if i < last && case.guard.is_none() {
            if let Some((msg, span)) = irrefutable(&case.pattern) {
                return fail_at(msg, span);
            }
        }
        let mut parts = Vec::new();
        if i == 0 {
            parts.push(keep_subject.clone());
        }
        parts.extend(condition(&case.pattern, &hidden)?);
        parts.extend(case.guard.clone());
        tests.push(all(parts, case.pattern.span));
    }
    let end = cases
        .last()
        .and_then(|c| c.body.last())
        .map_or(l, |s| s.span.end as usize);
    let mut orelse: Suite = Vec::new();
    for (case, test) in cases.into_iter().zip(tests).rev() {
        let kind = StmtKind::If {
            test,
            body: case.body,
            orelse,
        };
        let span = Span::new(case.start, end);
        orelse = vec![Stmt { span, kind }];
    }
    let mut first = orelse.pop().expect("a match statement has a case");
    first.span = Span::new(l, end);
    Ok(first)
}

/// CPython's error for a pattern that always matches before the last case, and the
/// part of the pattern it points at.
fn irrefutable(p: &Expr) -> Option<(String, Span)> {
    match &p.kind {
        ExprKind::Name(n) if n == "_" => Some((
            "wildcard makes remaining patterns unreachable".into(),
            p.span,
        )),
        ExprKind::Name(n) => Some((
            format!("name capture '{n}' makes remaining patterns unreachable"),
            p.span,
        )),
        ExprKind::BinOp {
            op: BinOp::BitOr,
            left,
            right,
        } => irrefutable(left).or_else(|| irrefutable(right)),
        ExprKind::NamedExpr { value, .. } => irrefutable(value),
        _ => None,
    }
}

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { span, kind }
}

fn name_expr(n: &str, span: Span) -> Expr {
    expr(ExprKind::Name(n.to_string()), span)
}

/// `(target := value,)`: binds, and is always true.
fn bind(target: &Expr, value: Expr) -> Expr {
    let span = target.span;
    let named = expr(
        ExprKind::NamedExpr {
            target: Box::new(target.clone()),
            value: Box::new(value),
        },
        span,
    );
    expr(ExprKind::Tuple(vec![named]), span)
}

fn all(mut parts: Vec<Expr>, span: Span) -> Expr {
    match parts.len() {
        0 => expr(ExprKind::Constant(Constant::Bool(true)), span),
        1 => parts.remove(0),
        _ => expr(
            ExprKind::BoolOp {
                op: BoolOp::And,
                values: parts,
            },
            span,
        ),
    }
}

fn compare(left: &Expr, op: CmpOp, right: Expr, span: Span) -> Expr {
    expr(
        ExprKind::Compare {
            left: Box::new(left.clone()),
            ops: vec![op],
            comparators: vec![right],
        },
        span,
    )
}

fn item(of: &Expr, i: usize, span: Span) -> Expr {
    let index = expr(
        ExprKind::Constant(Constant::Int(crate::lexer::token::IntLit::Small(i as i64))),
        span,
    );
    expr(
        ExprKind::Subscript {
            value: Box::new(of.clone()),
            index: Box::new(index),
        },
        span,
    )
}

fn call(helper: &str, args: Vec<Expr>, span: Span) -> Expr {
    expr(
        ExprKind::Call {
            func: Box::new(name_expr(helper, span)),
            args,
            keywords: Vec::new(),
        },
        span,
    )
}

/// The tests of a pattern against `subject` (a name), all of which must hold; none for
/// a pattern that always matches.
fn condition(p: &Expr, subject: &Expr) -> PResult<Vec<Expr>> {
    let span = p.span;
    Ok(match &p.kind {
        ExprKind::Name(n) if n == "_" => Vec::new(),
        ExprKind::Name(_) => vec![bind(p, subject.clone())],
        ExprKind::Constant(Constant::None | Constant::Bool(_)) => {
            vec![compare(subject, CmpOp::Is, p.clone(), span)]
        }
        ExprKind::Constant(Constant::Ellipsis) => return fail_at("invalid syntax", span),
        ExprKind::Constant(_) | ExprKind::Attribute { .. } => {
            vec![compare(subject, CmpOp::Eq, value(p)?, span)]
        }
        ExprKind::UnaryOp {
            op: UnaryOp::USub, ..
        }
        | ExprKind::BinOp {
            op: BinOp::Add | BinOp::Sub,
            ..
        } => vec![compare(subject, CmpOp::Eq, value(p)?, span)],
        ExprKind::BinOp {
            op: BinOp::BitOr, ..
        } => {
            let mut alternatives = Vec::new();
            flatten_or(p, &mut alternatives);
            let mut values = Vec::new();
            for alt in alternatives {
                values.push(all(condition(alt, subject)?, alt.span));
            }
            vec![expr(
                ExprKind::BoolOp {
                    op: BoolOp::Or,
                    values,
                },
                span,
            )]
        }
        ExprKind::List(items) | ExprKind::Tuple(items) => sequence(items, subject, span)?,
        ExprKind::Dict { keys, values } => mapping(keys, values, subject, span)?,
        ExprKind::Call {
            func,
            args,
            keywords,
        } => class(func, args, keywords, subject, span)?,
        ExprKind::NamedExpr { target, value } => {
            let mut tests = condition(value, subject)?;
            tests.push(bind(target, subject.clone()));
            tests
        }
        ExprKind::Starred(_) => return fail_at("can't use starred expression here", span),
        _ => {
            return fail_at(
                "patterns may only match literals and attribute lookups",
                span,
            )
        }
    })
}

fn flatten_or<'a>(p: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &p.kind {
        ExprKind::BinOp {
            op: BinOp::BitOr,
            left,
            right,
        } => {
            flatten_or(left, out);
            flatten_or(right, out);
        }
        _ => out.push(p),
    }
}

/// A literal or dotted name compared by value (also a mapping pattern's key).
fn value(p: &Expr) -> PResult<Expr> {
    let ok = match &p.kind {
        ExprKind::Constant(c) => !matches!(c, Constant::Ellipsis),
        ExprKind::Attribute { value, .. } => is_dotted(value),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => is_number(operand),
        ExprKind::BinOp {
            op: BinOp::Add | BinOp::Sub,
            left,
            right,
        } => {
            let real = match &left.kind {
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand,
                } => is_number(operand),
                _ => is_number(left),
            };
            real && matches!(right.kind, ExprKind::Constant(Constant::Complex(_)))
        }
        _ => false,
    };
    if ok {
        Ok(p.clone())
    } else {
        fail_at(
            "patterns may only match literals and attribute lookups",
            p.span,
        )
    }
}

fn is_dotted(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) => true,
        ExprKind::Attribute { value, .. } => is_dotted(value),
        _ => false,
    }
}

fn is_number(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Constant(Constant::Int(_) | Constant::Float(_) | Constant::Complex(_))
    )
}

/// A temporary for the parts a helper returned, named after the pattern's position.
fn parts_of(helper_call: Expr, span: Span) -> (Expr, Expr) {
    let parts = name_expr(&format!(".parts{}", span.start), span);
    let named = expr(
        ExprKind::NamedExpr {
            target: Box::new(parts.clone()),
            value: Box::new(helper_call),
        },
        span,
    );
    let got = compare(&named, CmpOp::IsNot, constant_none(span), span);
    (parts, got)
}

fn constant_none(span: Span) -> Expr {
    expr(ExprKind::Constant(Constant::None), span)
}

fn int(i: usize, span: Span) -> Expr {
    expr(
        ExprKind::Constant(Constant::Int(crate::lexer::token::IntLit::Small(i as i64))),
        span,
    )
}

fn sequence(items: &[Expr], subject: &Expr, span: Span) -> PResult<Vec<Expr>> {
    let stars: Vec<usize> = (0..items.len())
        .filter(|&i| matches!(items[i].kind, ExprKind::Starred(_)))
        .collect();
    if stars.len() > 1 {
        return fail_at("multiple starred names in sequence pattern", span);
    }
    let star = stars.first().copied();
    let before = star.unwrap_or(items.len());
    let after = star.map_or(0, |s| items.len() - s - 1);
    let helper = call(
        ".match_seq",
        vec![
            subject.clone(),
            int(before, span),
            int(after, span),
            expr(ExprKind::Constant(Constant::Bool(star.is_some())), span),
        ],
        span,
    );
    let (parts, got) = parts_of(helper, span);
    let mut tests = vec![got];
    for (i, p) in items.iter().enumerate() {
        let part = item(&parts, i, p.span);
        match &p.kind {
            ExprKind::Starred(inner) => match &inner.kind {
                ExprKind::Name(n) if n == "_" => {}
                ExprKind::Name(_) => tests.push(bind(inner, part)),
                _ => return fail_at("invalid syntax", inner.span),
            },
            _ => tests.extend(sub_condition(p, part)?),
        }
    }
    Ok(tests)
}

/// The tests of a sub-pattern against a part: simple ones test it in place, others
/// through a temporary of their own.
fn sub_condition(p: &Expr, part: Expr) -> PResult<Vec<Expr>> {
    match &p.kind {
        ExprKind::Name(n) if n == "_" => Ok(Vec::new()),
        ExprKind::Name(_) => Ok(vec![bind(p, part)]),
        _ => {
            let tmp = name_expr(&format!(".sub{}", p.span.start), p.span);
            let mut tests = vec![bind(&tmp, part)];
            tests.extend(condition(p, &tmp)?);
            Ok(tests)
        }
    }
}

fn mapping(
    keys: &[Option<Expr>],
    values: &[Expr],
    subject: &Expr,
    span: Span,
) -> PResult<Vec<Expr>> {
    let mut key_exprs = Vec::new();
    let mut rest = None;
    for (k, v) in keys.iter().zip(values) {
        match k {
            Some(k) => {
                if let ExprKind::Constant(c) = &k.kind {
                    if key_exprs.iter().any(|e: &Expr| e.kind == k.kind) {
                        let shown = match c {
                            Constant::Str(s) => crate::objects::str::repr_str(s),
                            Constant::Int(crate::lexer::token::IntLit::Small(n)) => n.to_string(),
                            _ => "...".into(),
                        };
                        let msg = format!("mapping pattern checks duplicate key ({shown})");
                        return fail_at(msg, span);
                    }
                }
                key_exprs.push(value(k)?)
            }
            None => match &v.kind {
                ExprKind::Name(_) => rest = Some(v),
                _ => return fail_at("invalid syntax", v.span),
            },
        }
    }
    let n = key_exprs.len();
    let helper = call(
        ".match_map",
        vec![
            subject.clone(),
            expr(ExprKind::Tuple(key_exprs), span),
            expr(ExprKind::Constant(Constant::Bool(rest.is_some())), span),
        ],
        span,
    );
    let (parts, got) = parts_of(helper, span);
    let mut tests = vec![got];
    let patterns = keys.iter().zip(values).filter(|(k, _)| k.is_some());
    for (i, (_, p)) in patterns.enumerate() {
        tests.extend(sub_condition(p, item(&parts, i, p.span))?);
    }
    if let Some(r) = rest {
        tests.push(bind(r, item(&parts, n, r.span)));
    }
    Ok(tests)
}

fn class(
    func: &Expr,
    args: &[Expr],
    keywords: &[Keyword],
    subject: &Expr,
    span: Span,
) -> PResult<Vec<Expr>> {
    if !is_dotted(func) {
        return fail_at("invalid syntax", func.span);
    }
    let mut names = Vec::new();
    for k in keywords {
        match &k.arg {
            Some(a) => names.push(expr(ExprKind::Constant(Constant::Str(a.clone())), k.span)),
            None => return fail_at("invalid syntax", k.span),
        }
    }
    let helper = call(
        ".match_class",
        vec![
            subject.clone(),
            func.clone(),
            int(args.len(), span),
            expr(ExprKind::Tuple(names), span),
        ],
        span,
    );
    let (parts, got) = parts_of(helper, span);
    let mut tests = vec![got];
    let subpatterns = args.iter().chain(keywords.iter().map(|k| &k.value));
    for (i, p) in subpatterns.enumerate() {
        tests.extend(sub_condition(p, item(&parts, i, p.span))?);
    }
    Ok(tests)
}
