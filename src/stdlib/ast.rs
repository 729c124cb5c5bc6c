//! `ast`, for now its `literal_eval`: the value of an expression made only of
//! literals (numbers, strings, bytes, True/False/None, `...`, tuples, lists, sets,
//! dicts, `set()`, a signed number and `a ± bj`), built from the parsed expression
//! without running any of it. Syntax errors are the compiler's, reported from
//! `<unknown>` as CPython reports them.

use std::sync::Arc;

use crate::compiler::codegen::const_value;
use crate::compiler::Mode;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::parser::ast::{BinOp, Constant, Expr, ExprKind, StmtKind, UnaryOp};
use crate::vm::{PyResult, Vm};

use super::modutil::arity;

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(&[("literal_eval", literal_eval)]))
}

fn literal_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "literal_eval", &args, 1, 1)?;
    let text = match &args.pos[0] {
        Value::Str(s) => s.as_str().trim_start_matches([' ', '\t']).to_string(),
        other => {
            let r = vm.repr(other)?;
            return Err(vm.value_error(format!("malformed node or string: {r}")));
        }
    };
    vm.compile_text(&text, "<unknown>", Mode::Eval)?;
    let suite = crate::parser::parse_expression(&text, &mut Vec::new())
        .map_err(|_| vm.value_error("malformed node or string"))?;
    match suite.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => Literal { vm, text: &text }.convert(e),
        _ => Err(vm.value_error("malformed node or string")),
    }
}

struct Literal<'a> {
    vm: &'a mut Vm,
    text: &'a str,
}

impl Literal<'_> {
    fn convert(&mut self, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Constant(k) => Ok(const_value(k)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.all(items)?)),
            ExprKind::List(items) => Ok(Value::list(self.all(items)?)),
            ExprKind::Set(items) => {
                let items = self.all(items)?;
                self.vm.build_set(items)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } if args.is_empty()
                && keywords.is_empty()
                && matches!(&func.kind, ExprKind::Name(n) if n == "set") =>
            {
                self.vm.build_set(Vec::new())
            }
            ExprKind::Dict { keys, values } => {
                let dict = Value::Dict(PyDict::new());
                for (k, v) in keys.iter().zip(values) {
                    // `**m` has no key node, which CPython's message shows as None.
                    let Some(k) = k else {
                        return Err(self.vm.value_error("malformed node or string: None"));
                    };
                    let (k, v) = (self.convert(k)?, self.convert(v)?);
                    self.vm.set_item(&dict, k, v)?;
                }
                Ok(dict)
            }
            // `a + bj` and `a - bj`: a real number and an imaginary one.
            ExprKind::BinOp { left, op, right } if matches!(op, BinOp::Add | BinOp::Sub) => {
                let re = self.signed_number(left)?;
                let im = self.number(right)?;
                if !matches!(re, Value::Int(_) | Value::BigInt(_) | Value::Float(_))
                    || !matches!(self.number_constant(right), Some(Constant::Complex(_)))
                {
                    return Err(self.malformed(e));
                }
                self.vm.binary_op(&re, &im, *op)
            }
            _ => self.signed_number(e),
        }
    }

    fn all(&mut self, items: &[Expr]) -> PyResult<Vec<Value>> {
        items.iter().map(|i| self.convert(i)).collect()
    }

    /// `x`, `+x` or `-x` for a number literal `x`.
    fn signed_number(&mut self, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: op @ (UnaryOp::UAdd | UnaryOp::USub),
                operand,
            } => {
                let v = self.number(operand)?;
                match op {
                    UnaryOp::USub => self.vm.unary_negative(&v),
                    _ => self.vm.unary_positive(&v),
                }
            }
            _ => self.number(e),
        }
    }

    fn number(&mut self, e: &Expr) -> PyResult<Value> {
        match self.number_constant(e) {
            Some(k) => Ok(const_value(k)),
            None => Err(self.malformed(e)),
        }
    }

    /// A number literal (a bool is not one).
    fn number_constant<'e>(&self, e: &'e Expr) -> Option<&'e Constant> {
        match &e.kind {
            ExprKind::Constant(
                k @ (Constant::Int(_) | Constant::Float(_) | Constant::Complex(_)),
            ) => Some(k),
            _ => None,
        }
    }

    /// CPython's ValueError, naming the node's line and its `ast` class; gilpy has no
    /// node objects, so the address in the class's repr is the node's offset.
    fn malformed(&self, e: &Expr) -> crate::vm::PyErr {
        let start = e.span.start as usize;
        let line = self.text[..start.min(self.text.len())]
            .matches('\n')
            .count()
            + 1;
        self.vm.value_error(format!(
            "malformed node or string on line {line}: <ast.{} object at {:#x}>",
            node_name(&e.kind),
            start
        ))
    }
}

/// The `ast` class CPython has for an expression node.
fn node_name(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Name(_) => "Name",
        ExprKind::Constant(_) => "Constant",
        ExprKind::JoinedStr(_) => "JoinedStr",
        ExprKind::BinOp { .. } => "BinOp",
        ExprKind::UnaryOp { .. } => "UnaryOp",
        ExprKind::BoolOp { .. } => "BoolOp",
        ExprKind::Compare { .. } => "Compare",
        ExprKind::Call { .. } => "Call",
        ExprKind::Attribute { .. } => "Attribute",
        ExprKind::Subscript { .. } => "Subscript",
        ExprKind::Starred(_) => "Starred",
        ExprKind::List(_) => "List",
        ExprKind::Tuple(_) => "Tuple",
        ExprKind::Set(_) => "Set",
        ExprKind::Dict { .. } => "Dict",
        ExprKind::ListComp { .. } => "ListComp",
        ExprKind::SetComp { .. } => "SetComp",
        ExprKind::DictComp { .. } => "DictComp",
        ExprKind::GeneratorExp { .. } => "GeneratorExp",
        ExprKind::Lambda { .. } => "Lambda",
        ExprKind::Slice { .. } => "Slice",
        ExprKind::IfExp { .. } => "IfExp",
        ExprKind::NamedExpr { .. } => "NamedExpr",
        ExprKind::Yield(_) => "Yield",
        ExprKind::YieldFrom(_) => "YieldFrom",
        ExprKind::Await(_) => "Await",
    }
}
