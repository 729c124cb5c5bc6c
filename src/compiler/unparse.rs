//! Expression → source text, the way CPython's compiler spells an annotation under
//! `from __future__ import annotations` (PEP 563): normalized spacing, minimal
//! parentheses, literals in their `repr` form.

use crate::lexer::token::IntLit;
use crate::objects::{bytes::repr_bytes, float, str::repr_str};
use crate::parser::ast::*;
use crate::stdlib::complex::{self, Complex};

/// Binding strength, weakest first (CPython's `_Precedence`).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    /// The next tighter level, for operands that must not reuse the operator's own level.
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The text an annotation is stored as when its evaluation is postponed.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Prec::Test);
    out
}

fn binop_prec(op: BinOp) -> Prec {
    match op {
        BinOp::Add | BinOp::Sub => Prec::Arith,
        BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod => Prec::Term,
        BinOp::Pow => Prec::Power,
        BinOp::LShift | BinOp::RShift => Prec::Shift,
        BinOp::BitOr => Prec::BitOr,
        BinOp::BitXor => Prec::BitXor,
        BinOp::BitAnd => Prec::BitAnd,
    }
}

fn open(out: &mut String, parens: bool) {
    if parens {
        out.push('(');
    }
}

fn close(out: &mut String, parens: bool) {
    if parens {
        out.push(')');
    }
}

fn joined(out: &mut String, items: &[Expr], level: Prec) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, item, level);
    }
}

fn expr(out: &mut String, e: &Expr, level: Prec) {
    match &e.kind {
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::JoinedStr(parts) => {
            let mut body = String::new();
            fstring_body(&mut body, parts);
            out.push('f');
            out.push_str(&repr_str(&body));
        }
        ExprKind::BinOp { left, op, right } => {
            let prec = binop_prec(*op);
            // `**` groups to the right, every other operator to the left.
            let (l, r) = if *op == BinOp::Pow {
                (prec.next(), prec)
            } else {
                (prec, prec.next())
            };
            open(out, level > prec);
            expr(out, left, l);
            out.push(' ');
            out.push_str(op.symbol());
            out.push(' ');
            expr(out, right, r);
            close(out, level > prec);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, prec) = match op {
                UnaryOp::Invert => ("~", Prec::Factor),
                UnaryOp::Not => ("not ", Prec::Not),
                UnaryOp::UAdd => ("+", Prec::Factor),
                UnaryOp::USub => ("-", Prec::Factor),
            };
            open(out, level > prec);
            out.push_str(text);
            expr(out, operand, prec);
            close(out, level > prec);
        }
        ExprKind::BoolOp { op, values } => {
            let (text, prec) = match op {
                BoolOp::And => (" and ", Prec::And),
                BoolOp::Or => (" or ", Prec::Or),
            };
            open(out, level > prec);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(text);
                }
                expr(out, v, prec.next());
            }
            close(out, level > prec);
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(out, level > Prec::Cmp);
            expr(out, left, Prec::Cmp.next());
            for (op, right) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(op.symbol());
                out.push(' ');
                expr(out, right, Prec::Cmp.next());
            }
            close(out, level > Prec::Cmp);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, Prec::Atom);
            out.push('(');
            // A lone generator argument needs no parentheses of its own.
            if let ([arg], []) = (args.as_slice(), keywords.as_slice()) {
                if let ExprKind::GeneratorExp { elt, generators } = &arg.kind {
                    expr(out, elt, Prec::Test);
                    comprehensions(out, generators);
                    out.push(')');
                    return;
                }
            }
            joined(out, args, Prec::Test);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::Attribute { value, attr } => {
            expr(out, value, Prec::Atom);
            // `1 .real`: without the space the dot would continue the number.
            if let ExprKind::Constant(Constant::Int(_)) = value.kind {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index } => {
            expr(out, value, Prec::Atom);
            out.push('[');
            expr(out, index, Prec::Tuple);
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Prec::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Prec::Test);
            }
        }
        ExprKind::Starred(value) => {
            out.push('*');
            expr(out, value, Prec::BitOr);
        }
        ExprKind::List(items) => {
            out.push('[');
            joined(out, items, Prec::Test);
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > Prec::Tuple);
            joined(out, items, Prec::Test);
            if items.len() == 1 {
                out.push(',');
            }
            close(out, level > Prec::Tuple);
        }
        ExprKind::Set(items) => {
            out.push('{');
            joined(out, items, Prec::Test);
            out.push('}');
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::BitOr);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, Prec::Test);
            out.push_str(": ");
            expr(out, value, Prec::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Lambda { params, body } => {
            open(out, level > Prec::Test);
            // CPython separates the keyword from the parameters only when there are
            // positional ones: `lambda x, *a: 0` but `lambda*a: 0`.
            let positional = params.posonly.len() + params.args.len();
            out.push_str(if positional > 0 { "lambda " } else { "lambda" });
            parameters(out, params);
            out.push_str(": ");
            expr(out, body, Prec::Test);
            close(out, level > Prec::Test);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > Prec::Test);
            expr(out, body, Prec::Test.next());
            out.push_str(" if ");
            expr(out, test, Prec::Test.next());
            out.push_str(" else ");
            expr(out, orelse, Prec::Test);
            close(out, level > Prec::Test);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > Prec::Tuple);
            expr(out, target, Prec::Atom);
            out.push_str(" := ");
            expr(out, value, Prec::Atom);
            close(out, level > Prec::Tuple);
        }
        ExprKind::Yield(value) => {
            out.push_str("(yield");
            if let Some(v) = value {
                out.push(' ');
                expr(out, v, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(value) => {
            out.push_str("(yield from ");
            expr(out, value, Prec::Test);
            out.push(')');
        }
        ExprKind::Await(value) => {
            open(out, level > Prec::Await);
            out.push_str("await ");
            expr(out, value, Prec::Atom);
            close(out, level > Prec::Await);
        }
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Int(IntLit::Small(i)) => out.push_str(&i.to_string()),
        Constant::Int(IntLit::Big(i)) => out.push_str(&i.to_string()),
        // An overflowing literal must stay a number that overflows again when read back.
        Constant::Float(f) if f.is_infinite() => out.push_str("1e309"),
        Constant::Float(f) => out.push_str(&float::repr(*f)),
        Constant::Complex(im) if im.is_infinite() => out.push_str("1e309j"),
        Constant::Complex(im) => out.push_str(&complex::repr(Complex { re: 0.0, im: *im })),
        Constant::Str(s) => out.push_str(&repr_str(s)),
        Constant::Bytes(b) => out.push_str(&repr_bytes(b)),
        Constant::Ellipsis => out.push_str("..."),
    }
}

fn comprehensions(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Prec::Test.next());
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, Prec::Test.next());
        }
    }
}

fn parameters(out: &mut String, params: &Parameters) {
    let mut items: Vec<String> = Vec::new();
    let with_default = |prefix: &str, p: &Param| {
        let mut s = format!("{prefix}{}", p.name);
        if let Some(d) = &p.default {
            s.push('=');
            expr(&mut s, d, Prec::Test);
        }
        s
    };
    items.extend(params.posonly.iter().map(|p| with_default("", p)));
    if !params.posonly.is_empty() {
        items.push("/".into());
    }
    items.extend(params.args.iter().map(|p| with_default("", p)));
    match &params.vararg {
        Some(v) => items.push(format!("*{}", v.name)),
        None if !params.kwonly.is_empty() => items.push("*".into()),
        None => {}
    }
    items.extend(params.kwonly.iter().map(|p| with_default("", p)));
    if let Some(k) = &params.kwarg {
        items.push(format!("**{}", k.name));
    }
    out.push_str(&items.join(", "));
}

fn fstring_body(out: &mut String, parts: &[FStringPart]) {
    for part in parts {
        match part {
            FStringPart::Literal(s) => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FStringPart::Formatted {
                value,
                conversion,
                format_spec,
                debug_text,
            } => {
                if let Some(text) = debug_text {
                    out.push_str(&text.replace('{', "{{").replace('}', "}}"));
                }
                let mut inner = String::new();
                expr(&mut inner, value, Prec::Test.next());
                out.push('{');
                // `{{` would read back as an escaped brace.
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                let conversion = match (conversion, debug_text, format_spec) {
                    (None, Some(_), None) => Some('r'),
                    (c, _, _) => *c,
                };
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(c);
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    fstring_body(out, spec);
                }
                out.push('}');
            }
        }
    }
}
