use super::ast::*;
use super::*;
use crate::lexer::token::IntLit;
use crate::source::SourceFile;

fn parse(src: &str) -> Suite {
    parse_module(src, &mut Vec::new()).unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
}

fn expr(src: &str) -> Expr {
    match parse(&format!("{src}\n")).remove(0).kind {
        StmtKind::Expr(e) => e,
        other => panic!("not an expression statement: {other:?}"),
    }
}

/// A compact rendering of an expression's shape, so assertions stay readable.
fn show(e: &Expr) -> String {
    let list = |v: &[Expr]| v.iter().map(show).collect::<Vec<_>>().join(", ");
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(Constant::Int(IntLit::Small(i))) => i.to_string(),
        ExprKind::Constant(Constant::Str(s)) => format!("{s:?}"),
        ExprKind::Constant(c) => format!("{c:?}"),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", show(left), op.symbol(), show(right))
        }
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", show(operand)),
        ExprKind::BoolOp { op, values } => format!("{op:?}({})", list(values)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("({}", show(left));
            for (op, c) in ops.iter().zip(comparators) {
                s += &format!(" {} {}", op.symbol(), show(c));
            }
            s + ")"
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("({} if {} else {})", show(body), show(test), show(orelse))
        }
        ExprKind::Lambda { body, .. } => format!("lambda: {}", show(body)),
        ExprKind::Tuple(v) => format!("tuple({})", list(v)),
        ExprKind::List(v) => format!("[{}]", list(v)),
        ExprKind::Set(v) => format!("set({})", list(v)),
        ExprKind::Starred(v) => format!("*{}", show(v)),
        ExprKind::Slice { lower, upper, step } => {
            let part = |p: &Option<Box<Expr>>| p.as_deref().map(show).unwrap_or_default();
            format!("{}:{}:{}", part(lower), part(upper), part(step))
        }
        ExprKind::Subscript { value, index } => format!("{}[{}]", show(value), show(index)),
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", show(value)),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(show).collect();
            for k in keywords {
                match &k.arg {
                    Some(a) => parts.push(format!("{a}={}", show(&k.value))),
                    None => parts.push(format!("**{}", show(&k.value))),
                }
            }
            format!("{}({})", show(func), parts.join(", "))
        }
        ExprKind::NamedExpr { target, value } => format!("({} := {})", show(target), show(value)),
        ExprKind::Await(v) => format!("await {}", show(v)),
        other => format!("{other:?}"),
    }
}

#[test]
fn precedence_and_associativity() {
    let cases = [
        ("1 + 2 * 3", "(1 + (2 * 3))"),
        ("1 - 2 - 3", "((1 - 2) - 3)"),
        ("-2 ** 2", "(USub (2 ** 2))"),
        ("2 ** -1", "(2 ** (USub 1))"),
        ("2 ** 3 ** 4", "(2 ** (3 ** 4))"),
        ("a < b < c", "(a < b < c)"),
        ("a not in b is not c", "(a not in b is not c)"),
        ("not a == b", "(Not (a == b))"),
        ("a or b and not c or d", "Or(a, And(b, (Not c)), d)"),
        ("a | b ^ c & d << e + f", "(a | (b ^ (c & (d << (e + f)))))"),
        ("a if b else c if d else e", "(a if b else (c if d else e))"),
        ("lambda: a if b else c", "lambda: (a if b else c)"),
        ("x if y else lambda: z", "(x if y else lambda: z)"),
        ("~a.b[c](d)", "(Invert a.b[c](d))"),
        ("a @ b // c % d", "(((a @ b) // c) % d)"),
    ];
    for (src, want) in cases {
        assert_eq!(show(&expr(src)), want, "{src}");
    }
}

#[test]
fn await_binds_tighter_than_power() {
    let suite = parse("async def f():\n    await a ** 2\n");
    let StmtKind::FunctionDef(def) = &suite[0].kind else {
        panic!()
    };
    assert!(def.is_async);
    let StmtKind::Expr(e) = &def.body[0].kind else {
        panic!()
    };
    assert_eq!(show(e), "(await a ** 2)");
}

#[test]
fn displays_and_parentheses() {
    let cases = [
        ("(x)", "x"),
        ("(x,)", "tuple(x)"),
        ("()", "tuple()"),
        ("[]", "[]"),
        ("[1, *a, 2,]", "[1, *a, 2]"),
        ("{1, 2}", "set(1, 2)"),
        ("a[1:2]", "a[1:2:]"),
        ("a[::2]", "a[::2]"),
        ("a[1:2, 3]", "a[tuple(1:2:, 3)]"),
        ("a[x:=1]", "a[(x := 1)]"),
        ("f(a, *b, c=1, **d)", "f(a, *b, c=1, **d)"),
        ("(y := 2)", "(y := 2)"),
    ];
    for (src, want) in cases {
        assert_eq!(show(&expr(src)), want, "{src}");
    }
    assert!(matches!(
        expr("{}").kind,
        ExprKind::Dict { ref keys, .. } if keys.is_empty()
    ));
    let ExprKind::Dict { keys, values } = expr("{a: 1, **m, 'k': 2,}").kind else {
        panic!()
    };
    assert_eq!(
        keys.iter().map(Option::is_some).collect::<Vec<_>>(),
        [true, false, true]
    );
    assert_eq!(show(&values[1]), "m");
}

#[test]
fn comprehensions() {
    let ExprKind::ListComp { elt, generators } =
        expr("[x * y for x, (y, z) in p if x if y for w in q]").kind
    else {
        panic!()
    };
    assert_eq!(show(&elt), "(x * y)");
    assert_eq!(generators.len(), 2);
    assert_eq!(show(&generators[0].target), "tuple(x, tuple(y, z))");
    assert_eq!(generators[0].ifs.len(), 2);
    assert!(
        matches!(expr("f(x for x in y)").kind, ExprKind::Call { ref args, .. }
        if matches!(args[0].kind, ExprKind::GeneratorExp { .. }))
    );
    assert!(matches!(
        expr("{k: v for k, v in d}").kind,
        ExprKind::DictComp { .. }
    ));
    assert!(matches!(
        expr("{k for k in d}").kind,
        ExprKind::SetComp { .. }
    ));
    assert!(matches!(
        expr("(k for k in d)").kind,
        ExprKind::GeneratorExp { .. }
    ));
}

#[test]
fn assignments() {
    let s = parse("a = b = c\na, b = b, a\na, *rest = xs\nx += 1\ny: int = 2\nz: str\n");
    let StmtKind::Assign { targets, value } = &s[0].kind else {
        panic!()
    };
    assert_eq!((targets.len(), show(value).as_str()), (2, "c"));
    let StmtKind::Assign { targets, value } = &s[1].kind else {
        panic!()
    };
    assert_eq!(show(&targets[0]), "tuple(a, b)");
    assert_eq!(show(value), "tuple(b, a)");
    let StmtKind::Assign { targets, .. } = &s[2].kind else {
        panic!()
    };
    assert_eq!(show(&targets[0]), "tuple(a, *rest)");
    assert!(matches!(
        s[3].kind,
        StmtKind::AugAssign { op: BinOp::Add, .. }
    ));
    assert!(matches!(
        s[4].kind,
        StmtKind::AnnAssign { value: Some(_), .. }
    ));
    assert!(matches!(s[5].kind, StmtKind::AnnAssign { value: None, .. }));
}

#[test]
fn statements() {
    let src = "\
@dec
@dec2(1)
class C(B, metaclass=M):
    def m(self, a, /, b=1, *args, c, d=2, **kw) -> int:
        return a
if x: y = 1; z = 2
elif w:
    pass
else:
    pass
for i, (a, b) in items:
    break
else:
    continue
while x:
    del a, b[0]
try:
    raise E from F
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
with a as b, c:
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
import a.b as c, d
from ..m import (x as y, z,)
from . import m
from m import *
global g, h
assert x, 'msg'
async def f():
    async with a: pass
    async for x in y: pass
    yield from z
    x = yield
";
    let s = parse(src);
    let kinds: Vec<_> = s
        .iter()
        .map(|s| format!("{:?}", s.kind).chars().take(6).collect::<String>())
        .collect();
    assert_eq!(s.len(), 15, "{kinds:?}");
    let StmtKind::ClassDef(c) = &s[0].kind else {
        panic!()
    };
    assert_eq!(
        (c.decorators.len(), c.bases.len(), c.keywords.len()),
        (2, 1, 1)
    );
    let StmtKind::FunctionDef(m) = &c.body[0].kind else {
        panic!()
    };
    let p = &m.params;
    let names = |v: &[Param]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&p.posonly), ["self", "a"]);
    assert_eq!(names(&p.args), ["b"]);
    assert_eq!(p.vararg.as_ref().unwrap().name, "args");
    assert_eq!(names(&p.kwonly), ["c", "d"]);
    assert_eq!(p.kwarg.as_ref().unwrap().name, "kw");
    assert!(m.returns.is_some());
    let StmtKind::If { body, orelse, .. } = &s[1].kind else {
        panic!()
    };
    assert_eq!(body.len(), 2);
    assert!(matches!(orelse[0].kind, StmtKind::If { ref orelse, .. } if orelse.len() == 1));
    let StmtKind::For { target, orelse, .. } = &s[2].kind else {
        panic!()
    };
    assert_eq!(
        (show(target).as_str(), orelse.len()),
        ("tuple(i, tuple(a, b))", 1)
    );
    let StmtKind::While { body, .. } = &s[3].kind else {
        panic!()
    };
    assert!(matches!(body[0].kind, StmtKind::Delete(ref t) if t.len() == 2));
    let StmtKind::Try {
        handlers,
        orelse,
        finalbody,
        ..
    } = &s[4].kind
    else {
        panic!()
    };
    assert_eq!((handlers.len(), orelse.len(), finalbody.len()), (2, 1, 1));
    assert_eq!(handlers[0].name.as_deref(), Some("e"));
    let with_items = |i: usize| match &s[i].kind {
        StmtKind::With { items, .. } => items.len(),
        _ => panic!(),
    };
    assert_eq!((with_items(5), with_items(6), with_items(7)), (2, 2, 1));
    let StmtKind::ImportFrom {
        module,
        names,
        level,
    } = &s[9].kind
    else {
        panic!()
    };
    assert_eq!((module.as_deref(), names.len(), *level), (Some("m"), 2, 2));
    assert!(matches!(
        s[10].kind,
        StmtKind::ImportFrom {
            module: None,
            level: 1,
            ..
        }
    ));
    let StmtKind::FunctionDef(f) = &s[14].kind else {
        panic!()
    };
    assert!(f.is_async);
    assert!(matches!(
        f.body[0].kind,
        StmtKind::With { is_async: true, .. }
    ));
    assert!(matches!(
        f.body[1].kind,
        StmtKind::For { is_async: true, .. }
    ));
}

#[test]
fn lambda_parameters() {
    let ExprKind::Lambda { params, body } = expr("lambda a, b=1, *c, d, **e: a").kind else {
        panic!()
    };
    assert_eq!((params.args.len(), params.kwonly.len()), (2, 1));
    assert!(params.vararg.is_some() && params.kwarg.is_some());
    assert_eq!(show(&body), "a");
}

#[test]
fn strings_concatenate() {
    assert_eq!(show(&expr("'a' \"b\"")), "\"ab\"");
    assert!(
        matches!(expr("b'a' b'b'").kind, ExprKind::Constant(Constant::Bytes(ref b)) if b == b"ab")
    );
    let ExprKind::JoinedStr(parts) = expr("'a' f'b{x}' 'c'").kind else {
        panic!()
    };
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[0], FStringPart::Literal("ab".into()));
}

#[test]
fn fstring_parts() {
    let ExprKind::JoinedStr(parts) = expr(r#"f"{{a}} {x!r:>{w}.{p}} {y = } \n{z=!s}""#).kind else {
        panic!()
    };
    assert_eq!(parts[0], FStringPart::Literal("{a} ".into()));
    let FStringPart::Formatted {
        value,
        conversion,
        format_spec,
        debug_text,
    } = &parts[1]
    else {
        panic!()
    };
    assert_eq!(
        (show(value).as_str(), *conversion, debug_text),
        ("x", Some('r'), &None)
    );
    let spec = format_spec.as_ref().unwrap();
    assert_eq!(spec.len(), 4);
    assert_eq!(spec[0], FStringPart::Literal(">".into()));
    // The expression keeps its position in the file.
    assert_eq!(value.span, crate::source::Span::new(9, 10));
    let FStringPart::Formatted {
        debug_text,
        conversion,
        ..
    } = &parts[3]
    else {
        panic!()
    };
    assert_eq!(
        (debug_text.as_deref(), *conversion),
        (Some("y = "), Some('r'))
    );
    assert_eq!(parts[4], FStringPart::Literal(" \n".into()));
    let FStringPart::Formatted {
        debug_text,
        conversion,
        ..
    } = &parts[5]
    else {
        panic!()
    };
    assert_eq!(
        (debug_text.as_deref(), *conversion),
        (Some("z="), Some('s'))
    );
}

#[test]
fn spans() {
    let s = parse("x = 1\nif a:\n    foo(b)\n");
    assert_eq!(s[0].span, crate::source::Span::new(0, 5));
    assert_eq!(s[1].span, crate::source::Span::new(6, 22));
}

#[test]
fn interactive_and_incomplete_input() {
    assert!(parse_interactive("a = 1; b = 2\n", &mut Vec::new()).is_ok());
    assert!(parse_interactive("a = 1\nb = 2\n", &mut Vec::new()).is_err());
    for src in ["if x:\n", "f(1,\n", "s = '''abc\n"] {
        let err = parse_module(src, &mut Vec::new()).unwrap_err();
        assert!(is_incomplete(src, &err), "{src:?}: {err:?}");
    }
    let src = "x = )\n";
    assert!(!is_incomplete(
        src,
        &parse_module(src, &mut Vec::new()).unwrap_err()
    ));
}

include!("error_cases.rs");

#[test]
fn error_messages_match_cpython() {
    let mut failures = Vec::new();
    for (src, want) in ERROR_CASES {
        let got = match parse_module(src, &mut Vec::new()) {
            Ok(_) => "parsed without error\n".to_string(),
            Err(e) => e.render(&SourceFile::new("t.py", *src)),
        };
        if got != *want {
            failures.push(format!("{src:?}\n--- want\n{want}--- got\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn valid_programs_parse() {
    let src = include_str!("valid_sample.py");
    assert!(
        parse_module(src, &mut Vec::new()).is_ok(),
        "{:?}",
        parse_module(src, &mut Vec::new())
    );
}
