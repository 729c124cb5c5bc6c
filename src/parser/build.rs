//! Node constructors and the checks that need a whole construct (parameter lists, call
//! arguments, string runs) for the grammar's actions.

use std::cell::RefCell;

use lalrpop_util::ParseError;

use super::ast::*;
use super::error::SyntaxError;
use super::fstring;
use crate::lexer::token::{StrLit, Tok};
use crate::source::Span;

pub type PResult<T> = Result<T, ParseError<usize, Tok, SyntaxError>>;

pub fn fail<T>(msg: impl Into<String>, start: usize, end: usize) -> PResult<T> {
    Err(ParseError::User {
        error: SyntaxError::new(msg, start, end),
    })
}

/// Fails with the message pointing at the whole of `span`.
pub fn fail_at<T>(msg: impl Into<String>, span: Span) -> PResult<T> {
    fail(msg, span.start as usize, span.end as usize)
}

/// A `try` has `except` clauses or `except*` clauses, not both.
pub fn same_handler_kind(handlers: &[ExceptHandler]) -> PResult<()> {
    let Some(first) = handlers.first() else {
        return Ok(());
    };
    match handlers.iter().find(|h| h.is_star != first.is_star) {
        Some(h) => fail(
            "cannot have both 'except' and 'except*' on the same 'try'",
            h.span.start as usize,
            h.span.start as usize + "except".len(),
        ),
        None => Ok(()),
    }
}

pub fn span(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

pub fn stmt(l: usize, kind: StmtKind, r: usize) -> Stmt {
    Stmt {
        span: span(l, r),
        kind,
    }
}

pub fn expr(l: usize, kind: ExprKind, r: usize) -> Expr {
    Expr {
        span: span(l, r),
        kind,
    }
}

pub fn constant(l: usize, c: Constant, r: usize) -> Expr {
    expr(l, ExprKind::Constant(c), r)
}

pub fn tuple_or_single(l: usize, first: Expr, rest: Vec<Expr>, trailing: bool, r: usize) -> Expr {
    if rest.is_empty() && !trailing {
        return first;
    }
    let mut elts = vec![first];
    elts.extend(rest);
    expr(l, ExprKind::Tuple(elts), r)
}

pub fn binop(l: usize, left: Expr, op: BinOp, right: Expr, r: usize) -> Expr {
    let kind = ExprKind::BinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
    };
    expr(l, kind, r)
}

pub fn unary(l: usize, op: UnaryOp, operand: Expr, r: usize) -> Expr {
    let kind = ExprKind::UnaryOp {
        op,
        operand: Box::new(operand),
    };
    expr(l, kind, r)
}

pub fn boolop(l: usize, op: BoolOp, first: Expr, rest: Vec<Expr>, r: usize) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    expr(l, ExprKind::BoolOp { op, values }, r)
}

pub fn compare(l: usize, left: Expr, rest: Vec<(CmpOp, Expr)>, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    let kind = ExprKind::Compare {
        left: Box::new(left),
        ops,
        comparators,
    };
    expr(l, kind, r)
}

pub fn dotted(first: String, rest: Vec<String>) -> String {
    rest.iter().fold(first, |mut acc, part| {
        acc.push('.');
        acc.push_str(part);
        acc
    })
}

pub fn alias(l: usize, name: String, asname: Option<String>, r: usize) -> Alias {
    Alias {
        span: span(l, r),
        name,
        asname,
    }
}

pub fn import_names(names: Vec<Alias>, at: usize, trailing: bool) -> PResult<Vec<Alias>> {
    if trailing {
        return fail(
            "trailing comma not allowed without surrounding parentheses",
            at,
            at,
        );
    }
    Ok(names)
}

/// End offset of a compound statement: the end of its last non-empty suite.
pub fn suite_end(first: &[Stmt], second: &[Stmt]) -> usize {
    second
        .last()
        .or(first.last())
        .map_or(0, |s| s.span.end as usize)
}

pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Suite,
    elifs: Vec<(usize, Expr, Suite)>,
    orelse: Suite,
) -> Stmt {
    // `elif` chains become nested `If`s in `orelse`, built from the innermost outwards.
    let mut orelse = orelse;
    for (el, test, body) in elifs.into_iter().rev() {
        let r = suite_end(&body, &orelse);
        orelse = vec![stmt(el, StmtKind::If { test, body, orelse }, r)];
    }
    let r = suite_end(&body, &orelse);
    stmt(l, StmtKind::If { test, body, orelse }, r)
}

pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(def) => def.decorators = decorators,
        StmtKind::ClassDef(def) => def.decorators = decorators,
        _ => unreachable!("the grammar only decorates definitions"),
    }
    s
}

pub fn make_async(l: usize, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(def) => def.is_async = true,
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => unreachable!("the grammar only allows async before def, for and with"),
    }
    s.span.start = l as u32;
    s
}

/// One entry of a parameter list as written; [`params`] checks the order.
pub enum ParamItem {
    Plain(Param),
    VarArgs(Param),
    KwArgs(Param),
    BareStar(Span),
    Slash(Span),
}

/// `star` is 0 for a plain parameter, 1 for `*name`, 2 for `**name`; `l..name_end` is the name.
pub fn param(
    star: u8,
    l: usize,
    name: String,
    name_end: usize,
    annotation: Option<Expr>,
    default: Option<(usize, Expr)>,
) -> PResult<ParamItem> {
    if let Some((eq, _)) = &default {
        let msg = match star {
            0 => None,
            1 => Some("var-positional argument cannot have default value"),
            _ => Some("var-keyword argument cannot have default value"),
        };
        if let Some(msg) = msg {
            return fail(msg, *eq, eq + 1);
        }
    }
    // Like CPython's `arg` node, the span covers the name and annotation but not the default.
    let end = annotation
        .as_ref()
        .map_or(name_end, |a| a.span.end as usize);
    let p = Param {
        span: span(l, end),
        name,
        annotation,
        default: default.map(|(_, d)| d),
    };
    Ok(match star {
        0 => ParamItem::Plain(p),
        1 => ParamItem::VarArgs(p),
        _ => ParamItem::KwArgs(p),
    })
}

pub fn params(items: Vec<ParamItem>) -> PResult<Parameters> {
    let mut p = Parameters::default();
    let mut seen_star = false;
    let mut seen_slash = false;
    let mut seen_default = false;
    let mut bare_star: Option<Span> = None;
    let mut names: Vec<&str> = Vec::new();
    let total = items.len();
    for (i, item) in items.iter().enumerate() {
        if p.kwarg.is_some() {
            let s = item_span(item);
            return fail_at("arguments cannot follow var-keyword argument", s);
        }
        match item {
            ParamItem::Slash(s) => {
                if total == 1 {
                    return fail_at("invalid syntax", *s);
                }
                if seen_slash {
                    return fail_at("/ may appear only once", *s);
                }
                if seen_star {
                    return fail_at("/ must be ahead of *", *s);
                }
                if i == 0 {
                    return fail_at("at least one argument must precede /", *s);
                }
                seen_slash = true;
                p.posonly = std::mem::take(&mut p.args);
            }
            ParamItem::BareStar(s) | ParamItem::VarArgs(Param { span: s, .. }) => {
                if seen_star {
                    // CPython points at the `*`, which a vararg's span (its name) leaves out.
                    let at = match item {
                        ParamItem::VarArgs(_) => s.start as usize - 1,
                        _ => s.start as usize,
                    };
                    return fail("* argument may appear only once", at, at + 1);
                }
                seen_star = true;
                match item {
                    ParamItem::VarArgs(a) => p.vararg = Some(a.clone()),
                    _ => bare_star = Some(*s),
                }
            }
            ParamItem::KwArgs(a) => p.kwarg = Some(a.clone()),
            ParamItem::Plain(a) => {
                if seen_star {
                    p.kwonly.push(a.clone());
                } else {
                    if a.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return fail_at("non-default argument follows default argument", a.span);
                    }
                    p.args.push(a.clone());
                }
            }
        }
        if let ParamItem::Plain(a) | ParamItem::VarArgs(a) | ParamItem::KwArgs(a) = item {
            if names.contains(&a.name.as_str()) {
                let msg = format!("duplicate argument '{}' in function definition", a.name);
                return fail_at(msg, a.span);
            }
            names.push(&a.name);
        }
    }
    if let Some(s) = bare_star {
        if p.kwonly.is_empty() {
            return fail_at("named arguments must follow bare *", s);
        }
    }
    Ok(p)
}

fn item_span(item: &ParamItem) -> Span {
    match item {
        ParamItem::Plain(a) | ParamItem::VarArgs(a) | ParamItem::KwArgs(a) => a.span,
        ParamItem::BareStar(s) | ParamItem::Slash(s) => *s,
    }
}

/// One argument of a call or class header as written; [`call_args`] checks the order.
pub enum Arg {
    Pos(Expr),
    /// An unparenthesized generator expression, legal only as the sole argument.
    Gen(Expr),
    /// `name=value`; the name was parsed as an expression so that mistakes get CPython's
    /// messages. The span runs from the name to the end of `=`.
    Keyword(Span, Expr, Expr),
    DoubleStar(Span, Expr),
}

/// `lp` is the opening parenthesis: a generator expression that is the sole argument
/// shares the call's parentheses, and its position includes them, as in CPython.
pub fn call(l: usize, func: Expr, lp: usize, mut args: Vec<Arg>, r: usize) -> PResult<Expr> {
    if let [Arg::Gen(e)] = &mut args[..] {
        e.span = span(lp, r);
    }
    let (args, keywords) = call_args(args)?;
    let kind = ExprKind::Call {
        func: Box::new(func),
        args,
        keywords,
    };
    Ok(expr(l, kind, r))
}

/// A class header takes call arguments, except a bare generator expression.
pub fn class_args(items: Vec<Arg>) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    for item in &items {
        if let Arg::Gen(Expr {
            kind: ExprKind::GeneratorExp { generators, .. },
            ..
        }) = item
        {
            // CPython points at the `for`, written just before the first target.
            let at = (generators[0].target.span.start as usize).saturating_sub(4);
            return fail("invalid syntax", at, at + 3);
        }
    }
    call_args(items)
}

pub fn call_args(items: Vec<Arg>) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let sole = items.len() == 1;
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_double_star = false;
    for item in items {
        match item {
            Arg::Gen(e) if !sole => {
                return fail_at("Generator expression must be parenthesized", e.span);
            }
            Arg::Pos(e) | Arg::Gen(e) => {
                let starred = matches!(e.kind, ExprKind::Starred(_));
                if starred && seen_double_star {
                    let at = e.span.start as usize;
                    let msg = "iterable argument unpacking follows keyword argument unpacking";
                    return fail(msg, at, at + 1);
                }
                if !starred && !keywords.is_empty() {
                    let msg = if seen_double_star {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    let at = e.span.end as usize;
                    return fail(msg, at, at);
                }
                args.push(e);
            }
            Arg::Keyword(eq_span, name, value) => {
                let arg = match name.kind {
                    ExprKind::Name(n) => n,
                    ExprKind::Constant(c @ (Constant::None | Constant::Bool(_))) => {
                        let msg =
                            format!("cannot assign to {}", super::validate::constant_name(&c));
                        return fail_at(msg, eq_span);
                    }
                    _ => {
                        let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                        return fail_at(msg, eq_span);
                    }
                };
                let kw_span = span(eq_span.start as usize, value.span.end as usize);
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(arg.as_str()))
                {
                    return fail_at(format!("keyword argument repeated: {arg}"), kw_span);
                }
                keywords.push(Keyword {
                    span: kw_span,
                    arg: Some(arg),
                    value,
                });
            }
            Arg::DoubleStar(s, value) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    span: s,
                    arg: None,
                    value,
                });
            }
        }
    }
    Ok((args, keywords))
}

/// `(x)` is `x`; anything with a comma is a tuple whose span includes the parentheses.
pub fn paren(l: usize, (mut items, comma): (Vec<Expr>, bool), r: usize) -> PResult<Expr> {
    if comma {
        return Ok(expr(l, ExprKind::Tuple(items), r));
    }
    let e = items.pop().expect("a display has at least one item");
    if matches!(e.kind, ExprKind::Starred(_)) {
        return fail_at("cannot use starred expression here", e.span);
    }
    Ok(e)
}

pub fn comprehension(
    l: usize,
    bracket: char,
    elt: Expr,
    generators: Vec<Comprehension>,
    r: usize,
) -> PResult<Expr> {
    if matches!(elt.kind, ExprKind::Starred(_)) {
        return fail_at(
            "iterable unpacking cannot be used in comprehension",
            elt.span,
        );
    }
    let elt = Box::new(elt);
    let kind = match bracket {
        '(' => ExprKind::GeneratorExp { elt, generators },
        '[' => ExprKind::ListComp { elt, generators },
        _ => ExprKind::SetComp { elt, generators },
    };
    Ok(expr(l, kind, r))
}

pub fn prepend<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

pub fn dict(
    l: usize,
    first: (Option<Expr>, Expr),
    rest: Vec<(Option<Expr>, Expr)>,
    r: usize,
) -> Expr {
    let (keys, values) = prepend(first, rest).into_iter().unzip();
    expr(l, ExprKind::Dict { keys, values }, r)
}

/// Joins a run of adjacent string literals into one constant or f-string.
pub fn strings(
    escapes: &RefCell<Vec<(Span, String)>>,
    l: usize,
    pieces: Vec<(usize, StrLit, usize)>,
    r: usize,
) -> PResult<Expr> {
    let is_bytes = |s: &StrLit| matches!(s, StrLit::Bytes(_));
    if pieces.iter().any(|p| is_bytes(&p.1)) {
        if !pieces.iter().all(|p| is_bytes(&p.1)) {
            return fail("cannot mix bytes and nonbytes literals", r, r);
        }
        let mut out = Vec::new();
        for (_, s, _) in pieces {
            if let StrLit::Bytes(b) = s {
                out.extend(b);
            }
        }
        return Ok(constant(l, Constant::Bytes(out), r));
    }
    if !pieces.iter().any(|p| matches!(p.1, StrLit::FString { .. })) {
        let mut out = String::new();
        for (_, s, _) in pieces {
            if let StrLit::Str(s) = s {
                out.push_str(&s);
            }
        }
        return Ok(constant(l, Constant::Str(out), r));
    }
    let mut parts: Vec<FStringPart> = Vec::new();
    for (pl, s, pr) in pieces {
        let new = match s {
            StrLit::Str(s) => vec![FStringPart::Literal(s)],
            StrLit::FString {
                content,
                raw,
                content_offset,
            } => fstring::parse(&content, raw, content_offset, pr, |msg| {
                escapes.borrow_mut().push((Span::new(pl, pr), msg))
            })?,
            StrLit::Bytes(_) => unreachable!("bytes were handled above"),
        };
        for part in new {
            fstring::push_part(&mut parts, part);
        }
    }
    Ok(expr(l, ExprKind::JoinedStr(parts), r))
}
