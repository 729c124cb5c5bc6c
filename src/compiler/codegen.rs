//! AST → bytecode. One `Unit` per code object being built (module, function, lambda,
//! comprehension); names are resolved with the symbol table computed beforehand.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use super::bytecode::{
    awaited, code_flags, format_value, make_function, CodeObject, GlobalCache, Instr,
};
use super::future::{self, is_future_import, Future};
use super::symtable::{ScopeKind, Symbol, SymbolTable};
use super::unparse::unparse;
use super::CompileWarning;
use crate::lexer::token::IntLit;
use crate::objects::attr_cache::AttrCache;
use crate::objects::dict::DictKey;
use crate::objects::set::{PySet, SetTable};
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::parser::ast::*;
use crate::parser::error::SyntaxError;
use crate::source::{SourceFile, Span};

type CompileResult<T = ()> = Result<T, SyntaxError>;

/// What encloses the code being compiled, for `break`, `continue` and `return` to undo on
/// their way out (CPython's frame blocks).
enum FBlock {
    Loop {
        continue_target: u32,
        break_jumps: Vec<usize>,
        /// A `for` loop keeps its iterator on the stack.
        has_iterator: bool,
    },
    /// The body of a `try` with `except` clauses: a handler is registered.
    TryExcept,
    /// The body of a `try` with `finally`: a handler is registered, and leaving runs the
    /// finally body.
    Finally(Suite),
    /// An `except` clause: an exception is being handled, maybe bound to a name.
    Handler(Option<String>),
    /// An `except*` clause, which `break`, `continue` and `return` may not leave.
    ExceptStarHandler,
    /// The finally body run for an exception: the exception is on the stack and handled.
    FinallyException,
    /// The body of a `with`: a handler is registered and `__exit__` is on the stack.
    With,
    /// The body of an `async with`: a handler is registered and `__aexit__` is on the
    /// stack.
    AsyncWith,
}

/// Where an exit from nested blocks stops.
#[derive(Clone, Copy, PartialEq)]
enum Exit {
    Break,
    Continue,
    Return,
}

struct Unit {
    scope: usize,
    name: String,
    qualname: String,
    first_line: usize,
    instrs: Vec<Instr>,
    spans: Vec<Span>,
    consts: Vec<Value>,
    names: Vec<Arc<PyStr>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Arc<PyStr>>,
    fblocks: Vec<FBlock>,
    span: Span,
    /// The docstring: a function body's leading string literal.
    doc: Option<Arc<PyStr>>,
}

pub struct Compiler<'a> {
    source: &'a Arc<SourceFile>,
    table: SymbolTable,
    units: Vec<Unit>,
    /// Compiling a REPL entry: top-level expression statements show their value.
    interactive: bool,
    /// Code for `exec`/`eval`/`compile`: module-level names live in the namespace the code
    /// runs with (`LoadName`/`StoreName`), which may differ from its globals.
    namespace: bool,
    future: Future,
    warnings: &'a mut Vec<CompileWarning>,
}

/// What `compile()` makes of a source: its `mode` argument.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    /// One expression, whose value the code returns.
    Eval,
    /// One interactive statement: expression statements print their value.
    Single,
}

/// Compiles a parsed module into the code object that runs it.
pub fn compile_module(
    module: &Suite,
    source: &Arc<SourceFile>,
    interactive: bool,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    compile_top(module, source, interactive, false, false, warnings)
}

/// Compiles source given to `exec`, `eval` or `compile()`. In `Mode::Eval`, `module` is a
/// single expression statement.
pub fn compile_namespace_code(
    module: &Suite,
    source: &Arc<SourceFile>,
    mode: Mode,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    compile_top(
        module,
        source,
        mode == Mode::Single,
        true,
        mode == Mode::Eval,
        warnings,
    )
}

fn compile_top(
    module: &Suite,
    source: &Arc<SourceFile>,
    interactive: bool,
    namespace: bool,
    eval: bool,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let future = future::scan(module)?;
    let table = SymbolTable::build(module, future.annotations)?;
    let mut c = Compiler {
        source,
        table,
        units: Vec::new(),
        interactive,
        namespace,
        future,
        warnings,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    match (eval, module.as_slice()) {
        (
            true,
            [Stmt {
                kind: StmtKind::Expr(e),
                span,
            }],
        ) => {
            c.with_span(*span, |c| c.expr(e))?;
            c.emit(Instr::ReturnValue);
        }
        _ => {
            if !interactive {
                if let Some(doc) = docstring(module) {
                    c.emit_const(Value::str(doc));
                    c.store_name("__doc__");
                }
            }
            c.setup_annotations(module);
            c.suite(module)?;
            c.implicit_return(module);
        }
    }
    Ok(c.pop_unit(0, 0, 0, 0))
}

impl Compiler<'_> {
    fn push_unit(&mut self, scope: usize, name: String, qualname: String, first_line: usize) {
        let varnames = self.table.scopes[scope]
            .locals
            .iter()
            .map(|n| PyStr::new(n.as_str()))
            .collect();
        self.units.push(Unit {
            scope,
            name,
            qualname,
            first_line,
            instrs: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            fblocks: Vec::new(),
            span: Span::default(),
            doc: None,
        });
    }

    fn pop_unit(
        &mut self,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        flags: u32,
    ) -> Arc<CodeObject> {
        let mut u = self.units.pop().expect("unit stack underflow");
        super::bytecode::fuse(&mut u.instrs);
        let scope = &self.table.scopes[u.scope];
        let cellvars: Vec<Arc<PyStr>> = scope
            .cellvars
            .iter()
            .map(|n| PyStr::new(self.mangle(n).as_ref()))
            .collect();
        let cell_args = scope
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                scope.locals[..scope.params]
                    .iter()
                    .position(|p| p == name)
                    .map(|slot| (slot as u32, ci as u32))
            })
            .collect();
        let global_cache = GlobalCache::table(u.names.len());
        let attr_cache = AttrCache::table(u.names.len());
        let flags = if scope.generator {
            flags | code_flags::GENERATOR
        } else {
            flags
        };
        let flags = if scope.kind == ScopeKind::Function {
            flags | code_flags::OPTIMIZED
        } else {
            flags
        };
        let flags = if scope.coroutine {
            flags | code_flags::COROUTINE
        } else {
            flags
        };
        Arc::new(CodeObject {
            name: PyStr::new(u.name),
            qualname: u.qualname,
            source: self.source.clone(),
            first_line: u.first_line,
            instrs: u.instrs,
            spans: u.spans,
            consts: u.consts,
            names: u.names,
            // The names keyword arguments match and `locals()` shows are mangled.
            varnames: u
                .varnames
                .into_iter()
                .map(|n| match self.mangle(n.as_str()) {
                    Cow::Owned(m) => PyStr::new(&m),
                    Cow::Borrowed(_) => n,
                })
                .collect(),
            cellvars,
            freevars: scope
                .freevars
                .iter()
                .map(|n| PyStr::new(self.mangle(n).as_ref()))
                .collect(),
            cell_args,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            global_cache,
            attr_cache,
            doc: u.doc,
        })
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("no unit")
    }

    fn emit(&mut self, instr: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(instr);
        u.spans.push(u.span);
        u.instrs.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.unit().instrs.len() as u32
    }

    /// The `return None` closing a body, on its last statement's line as CPython puts it
    /// (not the first line of the file, which a listing would show as a jump back).
    fn implicit_return(&mut self, body: &Suite) {
        let span = body.last().map_or(self.unit().span, |s| s.span);
        self.with_span(span, |c| {
            c.emit_const(Value::None);
            c.emit(Instr::ReturnValue);
        });
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        let instr = &mut self.unit().instrs[at];
        *instr = match *instr {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::Send(_) => Instr::Send(target),
            Instr::SetupHandler(_) => Instr::SetupHandler(target),
            Instr::SetupWith(_) => Instr::SetupWith(target),
            other => unreachable!("patching a non-jump {other:?}"),
        };
    }

    fn with_span<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.unit().span, span);
        let r = f(self);
        self.unit().span = saved;
        r
    }

    /// Where an instruction of `span` that reaches the attribute `attr` (the expression of
    /// `attr_span`) is placed: CPython 3.11 starts it at the attribute's name when that is
    /// on a later line (`update_start_location_to_match_attr`), so that a traceback through
    /// `(obj\n    .method())` shows the line of `.method()`.
    fn at_attr(&self, span: Span, attr_span: Span, attr: &str) -> Span {
        let end = attr_span.end as usize;
        match end.checked_sub(attr.len()) {
            Some(name)
                if self.source.text.get(name..end) == Some(attr)
                    && self.source.line_of(attr_span.start) != self.source.line_of(name as u32) =>
            {
                Span::new(name, span.end as usize)
            }
            _ => span,
        }
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        let found = u.consts.iter().position(|c| same_const(c, &v));
        match found {
            Some(i) => i as u32,
            None => {
                u.consts.push(v);
                (u.consts.len() - 1) as u32
            }
        }
    }

    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit().name_index.get(name) {
            return i;
        }
        // Interned, so name comparisons (global caches, dict keys) usually succeed on
        // the pointer.
        let s = PyStr::intern(&PyStr::new(name));
        let u = self.unit();
        let i = u.names.len() as u32;
        u.names.push(s);
        u.name_index.insert(name.to_string(), i);
        i
    }

    /// A `SyntaxWarning` located where CPython's compiler stands: at the expression or
    /// statement being compiled.
    fn warn(&mut self, msg: String) {
        let span = self.unit().span;
        self.warnings.push(CompileWarning {
            category: "SyntaxWarning",
            msg,
            span,
        });
    }

    fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(msg, span.start as usize, span.end as usize)
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.units.last().expect("unit").scope].kind
    }

    // ---- names ----

    /// `__annotations__ = {}` first in a module or class body that annotates
    /// names (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Instr::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    /// Records `name: annotation` in `__annotations__`; module and class level only,
    /// as function-level annotations are never evaluated.
    fn annotate(&mut self, target: &Expr, annotation: &Expr) -> CompileResult {
        if self.scope_kind() == ScopeKind::Function {
            return Ok(());
        }
        match &target.kind {
            ExprKind::Name(n) => {
                self.annotation(annotation)?;
                self.load_name("__annotations__");
                let key = Value::str(self.mangle(n.as_str()).as_ref());
                self.emit_const(key);
                self.emit(Instr::StoreSubscr);
            }
            _ if self.future.annotations => {}
            _ => {
                self.expr(annotation)?;
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// An annotation's value: the annotation evaluated, or under
    /// `from __future__ import annotations` its text.
    fn annotation(&mut self, annotation: &Expr) -> CompileResult {
        if self.future.annotations {
            self.emit_const(Value::str(unparse(annotation)));
            Ok(())
        } else {
            self.expr(annotation)
        }
    }

    fn symbol(&self, name: &str) -> Symbol {
        let scope = &self.table.scopes[self.units.last().expect("unit").scope];
        match scope.lookup(name) {
            Symbol::Global
                if self.namespace
                    && scope.kind == ScopeKind::Module
                    && !scope.declares_global(name) =>
            {
                Symbol::Name
            }
            symbol => symbol,
        }
    }

    fn local_slot(&self, name: &str) -> u32 {
        let u = self.units.last().expect("unit");
        u.varnames
            .iter()
            .position(|v| v.as_str() == name)
            .expect("local resolved by symtable") as u32
    }

    /// The cell of `name`, written as in the source or (for a nested code object's free
    /// variable) mangled.
    fn cell_slot(&self, name: &str) -> u32 {
        let scope = &self.table.scopes[self.units.last().expect("unit").scope];
        let named = |n: &String| n == name || self.mangle(n) == name;
        if let Some(i) = scope.cellvars.iter().position(named) {
            return i as u32;
        }
        let i = scope
            .freevars
            .iter()
            .position(named)
            .expect("free variable resolved by symtable");
        (scope.cellvars.len() + i) as u32
    }

    /// A `__name` written inside a class (its body or the functions in it) as CPython
    /// mangles it: `_Class__name`, the class name without its leading underscores.
    fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return Cow::Borrowed(name);
        }
        let class = self
            .units
            .iter()
            .rev()
            .find(|u| self.table.scopes[u.scope].kind == ScopeKind::Class);
        match class.map(|u| u.name.trim_start_matches('_')) {
            Some(stripped) if !stripped.is_empty() => Cow::Owned(format!("_{stripped}{name}")),
            _ => Cow::Borrowed(name),
        }
    }

    /// The name index of an attribute, mangled.
    fn attr_idx(&mut self, attr: &str) -> u32 {
        let name = self.mangle(attr).into_owned();
        self.name_idx(&name)
    }

    // Names living in dicts (globals, a class body's namespace) are mangled; fast locals
    // and cells keep the symbol table's names, which no program can observe.
    fn load_name(&mut self, name: &str) {
        let instr = match self.symbol(name) {
            Symbol::Local => Instr::LoadFast(self.local_slot(name)),
            Symbol::Cell | Symbol::Free => Instr::LoadDeref(self.cell_slot(name)),
            Symbol::Global => Instr::LoadGlobal(self.attr_idx(name)),
            Symbol::Name => Instr::LoadName(self.attr_idx(name)),
        };
        self.emit(instr);
    }

    fn store_name(&mut self, name: &str) {
        let instr = match self.symbol(name) {
            Symbol::Local => Instr::StoreFast(self.local_slot(name)),
            Symbol::Cell | Symbol::Free => Instr::StoreDeref(self.cell_slot(name)),
            Symbol::Global => Instr::StoreGlobal(self.attr_idx(name)),
            Symbol::Name => Instr::StoreName(self.attr_idx(name)),
        };
        self.emit(instr);
    }

    fn delete_name(&mut self, name: &str) {
        let instr = match self.symbol(name) {
            Symbol::Local => Instr::DeleteFast(self.local_slot(name)),
            Symbol::Cell | Symbol::Free => Instr::DeleteDeref(self.cell_slot(name)),
            Symbol::Global => Instr::DeleteGlobal(self.attr_idx(name)),
            Symbol::Name => Instr::DeleteName(self.attr_idx(name)),
        };
        self.emit(instr);
    }

    // ---- statements ----

    fn suite(&mut self, body: &Suite) -> CompileResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &Stmt) -> CompileResult {
        self.with_span(stmt.span, |c| c.stmt_inner(stmt))
    }

    fn stmt_inner(&mut self, stmt: &Stmt) -> CompileResult {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Instr::PrintExpr);
                } else {
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::DupTop);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                self.annotate(target, annotation)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let to_else = self.emit(Instr::PopJumpIfFalse(0));
                self.suite(body)?;
                if orelse.is_empty() {
                    self.patch(to_else);
                } else {
                    let to_end = self.emit(Instr::Jump(0));
                    self.patch(to_else);
                    self.suite(orelse)?;
                    self.patch(to_end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.here();
                let found = self.warnings.len();
                self.expr(test)?;
                // CPython compiles the test a second time after the body, and warns again.
                let test_warnings = self.warnings[found..].to_vec();
                let exit = self.emit(Instr::PopJumpIfFalse(0));
                let breaks = self.loop_body(top, false, body)?;
                self.warnings.extend(test_warnings);
                self.emit(Instr::Jump(top));
                self.patch(exit);
                self.suite(orelse)?;
                breaks.into_iter().for_each(|b| self.patch(b));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => {
                self.expr(iter)?;
                self.emit(Instr::GetAIter);
                let top = self.here();
                let to_end = self.emit(Instr::SetupHandler(0));
                self.emit(Instr::GetANext);
                self.await_value(awaited::ANEXT);
                self.emit(Instr::PopBlock);
                self.store_target(target)?;
                let breaks = self.loop_body(top, true, body)?;
                self.emit(Instr::Jump(top));
                self.patch(to_end);
                self.emit(Instr::EndAsyncFor);
                self.suite(orelse)?;
                breaks.into_iter().for_each(|b| self.patch(b));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.iterable(iter)?;
                // CPython places both at the whole `for` statement.
                self.emit(Instr::GetIter);
                let top = self.here();
                let exit = self.emit(Instr::ForIter(0));
                self.store_target(target)?;
                let breaks = self.loop_body(top, true, body)?;
                self.emit(Instr::Jump(top));
                self.patch(exit);
                self.suite(orelse)?;
                breaks.into_iter().for_each(|b| self.patch(b));
            }
            StmtKind::Break => {
                if !self.in_loop() {
                    return Err(self.error("'break' outside loop", stmt.span));
                }
                self.unwind(Exit::Break, stmt.span)?;
                let j = self.emit(Instr::Jump(0));
                if let Some(FBlock::Loop { break_jumps, .. }) = self
                    .unit()
                    .fblocks
                    .iter_mut()
                    .rev()
                    .find(|b| matches!(b, FBlock::Loop { .. }))
                {
                    break_jumps.push(j);
                }
            }
            StmtKind::Continue => {
                if !self.in_loop() {
                    return Err(self.error("'continue' not properly in loop", stmt.span));
                }
                self.unwind(Exit::Continue, stmt.span)?;
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.function(
                    stmt.span,
                    &f.name,
                    &f.params,
                    f.returns.as_ref(),
                    FunctionBody::Suite(&f.body),
                )?;
                for _ in &f.decorators {
                    self.emit(Instr::Call(1));
                }
                self.store_name(&f.name);
            }
            StmtKind::Return(value) => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(self.error("'return' outside function", stmt.span));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                // CPython points at the value, when there is one.
                self.unwind(Exit::Return, value.as_ref().map_or(stmt.span, |v| v.span))?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Instr::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Instr::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Instr::Raise(2));
                }
            },
            StmtKind::Assert { test, msg } => {
                if matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()) {
                    self.warn("assertion is always true, perhaps remove parentheses?".into());
                }
                self.expr(test)?;
                let ok = self.emit(Instr::PopJumpIfTrue(0));
                // CPython's compiler leaves the location of a comparison test (under any
                // `not`s) in place for the raise, so its traceback underlines the test.
                let mut cond = test;
                while let ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand,
                } = &cond.kind
                {
                    cond = operand;
                }
                let span = match cond.kind {
                    ExprKind::Compare { .. } => cond.span,
                    _ => stmt.span,
                };
                self.with_span(span, |c| c.emit(Instr::LoadAssertionError));
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.with_span(span, |c| c.emit(Instr::Call(1)));
                }
                self.with_span(span, |c| c.emit(Instr::Raise(1)));
                self.patch(ok);
            }
            StmtKind::ClassDef(class) => self.class_def(stmt.span, class)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody)?,
            StmtKind::With {
                items,
                body,
                is_async: false,
            } => self.with_stmt(items, body)?,
            StmtKind::With {
                items,
                body,
                is_async: true,
            } => self.async_with_stmt(items, body)?,
            StmtKind::Import(aliases) => {
                // CPython places each import at the whole statement (no carets).
                for a in aliases {
                    self.import(a);
                }
            }
            StmtKind::ImportFrom { .. }
                if is_future_import(stmt) && stmt.span.start >= self.future.end =>
            {
                return Err(future::misplaced(stmt));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(stmt.span, module.as_deref(), names, *level)?,
        }
        Ok(())
    }

    /// Compiles a loop body; returns the jumps its `break`s left to patch.
    fn loop_body(
        &mut self,
        top: u32,
        has_iterator: bool,
        body: &Suite,
    ) -> CompileResult<Vec<usize>> {
        self.unit().fblocks.push(FBlock::Loop {
            continue_target: top,
            break_jumps: Vec::new(),
            has_iterator,
        });
        let r = self.suite(body);
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop { break_jumps, .. }) => r.map(|_| break_jumps),
            _ => unreachable!("loop block"),
        }
    }

    fn in_loop(&mut self) -> bool {
        self.unit()
            .fblocks
            .iter()
            .any(|b| matches!(b, FBlock::Loop { .. }))
    }

    /// Emits what leaving the enclosing blocks requires, innermost first, up to the loop
    /// (`break`/`continue`, which then jumps) or the whole function (`return`, whose value
    /// is on top of the stack throughout).
    fn unwind(&mut self, exit: Exit, span: Span) -> CompileResult {
        let mut depth = self.unit().fblocks.len();
        while depth > 0 {
            depth -= 1;
            let block = self.unit().fblocks.remove(depth);
            let result = self.unwind_one(&block, exit, span);
            let stop = matches!(block, FBlock::Loop { .. }) && exit != Exit::Return;
            let continue_target = match &block {
                FBlock::Loop {
                    continue_target, ..
                } => Some(*continue_target),
                _ => None,
            };
            self.unit().fblocks.insert(depth, block);
            result?;
            if stop {
                if exit == Exit::Continue {
                    if let Some(t) = continue_target {
                        self.emit(Instr::Jump(t));
                    }
                }
                return Ok(());
            }
        }
        Ok(())
    }

    /// Leaving one block. The block is off the stack while this runs, so a finally body
    /// compiled here does not unwind through itself.
    fn unwind_one(&mut self, block: &FBlock, exit: Exit, span: Span) -> CompileResult {
        let keep_top = exit == Exit::Return;
        match block {
            FBlock::Loop { has_iterator, .. } => {
                if *has_iterator && exit != Exit::Continue {
                    if keep_top {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit(Instr::PopTop);
                }
            }
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Instr::PopBlock);
                let body = body.clone();
                self.suite(&body)?;
            }
            FBlock::Handler(name) => {
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n);
                }
            }
            FBlock::ExceptStarHandler => {
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    span,
                ));
            }
            FBlock::FinallyException => {
                if keep_top {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if keep_top {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::WithExit);
            }
            FBlock::AsyncWith => {
                self.emit(Instr::PopBlock);
                if keep_top {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::AsyncWithExit);
                self.await_value(awaited::AEXIT);
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// `import a.b.c` binds `a`; `import a.b.c as d` binds the module `a.b.c`.
    fn import(&mut self, alias: &Alias) {
        let full = self.name_idx(&alias.name);
        self.emit(Instr::ImportName(full));
        match &alias.asname {
            Some(asname) => self.store_name(asname),
            None => {
                let top = alias.name.split('.').next().unwrap_or_default().to_string();
                if top != alias.name {
                    self.emit(Instr::PopTop);
                    let idx = self.name_idx(&top);
                    self.emit(Instr::ImportName(idx));
                }
                self.store_name(&top);
            }
        }
    }

    fn import_from(
        &mut self,
        span: Span,
        module: Option<&str>,
        names: &[Alias],
        level: u32,
    ) -> CompileResult {
        if level > 0 {
            return Err(self.error("relative imports are not supported by gilpy yet", span));
        }
        let idx = self.name_idx(module.unwrap_or_default());
        self.emit(Instr::ImportName(idx));
        if names.len() == 1 && names[0].name == "*" {
            if self.scope_kind() == ScopeKind::Function {
                return Err(self.error("import * only allowed at module level", span));
            }
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        // Like the import itself, each name is placed at the whole statement.
        for a in names {
            let idx = self.name_idx(&a.name);
            self.emit(Instr::ImportFrom(idx));
            self.store_name(a.asname.as_deref().unwrap_or(&a.name));
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// `except E as e` unbinds `e` when the clause ends, as CPython does.
    fn clear_name(&mut self, name: &str) {
        self.emit_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    fn try_stmt(
        &mut self,
        body: &Suite,
        handlers: &[ExceptHandler],
        orelse: &Suite,
        finalbody: &Suite,
    ) -> CompileResult {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let to_handler = self.emit(Instr::SetupHandler(0));
        self.unit().fblocks.push(FBlock::Finally(finalbody.clone()));
        let r = self.try_except(body, handlers, orelse);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.suite(finalbody)?;
        let to_end = self.emit(Instr::Jump(0));
        self.patch(to_handler);
        self.unit().fblocks.push(FBlock::FinallyException);
        let r = self.suite(finalbody);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::Reraise);
        self.patch(to_end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &Suite,
        handlers: &[ExceptHandler],
        orelse: &Suite,
    ) -> CompileResult {
        if handlers.is_empty() {
            self.suite(body)?;
            return self.suite(orelse);
        }
        if handlers[0].is_star {
            return self.try_except_star(body, handlers, orelse);
        }
        let mut to_after = vec![self.guarded_body(body, orelse)?];
        for (i, h) in handlers.iter().enumerate() {
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last", h.span));
            }
            let next = match &h.typ {
                Some(t) => {
                    self.emit(Instr::DupTop);
                    self.expr(t)?;
                    self.with_span(t.span, |c| c.emit(Instr::CheckExcMatch));
                    Some(self.emit(Instr::PopJumpIfFalse(0)))
                }
                None => None,
            };
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler(h.name.clone()));
            let r = self.suite(&h.body);
            self.unit().fblocks.pop();
            r?;
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.clear_name(n);
            }
            to_after.push(self.emit(Instr::Jump(0)));
            if let Some(next) = next {
                self.patch(next);
            }
        }
        // No clause matched: the exception goes on.
        self.emit(Instr::Reraise);
        to_after.into_iter().for_each(|j| self.patch(j));
        Ok(())
    }

    /// The body of a `try` with handlers, then its `else`; the handlers' code follows.
    /// Returns the jump from the end of `else` past the handlers, to be patched.
    fn guarded_body(&mut self, body: &Suite, orelse: &Suite) -> CompileResult<usize> {
        let to_handlers = self.emit(Instr::SetupHandler(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        let r = self.suite(body);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.suite(orelse)?;
        let to_after = self.emit(Instr::Jump(0));
        self.patch(to_handlers);
        Ok(to_after)
    }

    /// `try`/`except*`: each clause receives the part of the exception (a group, or a
    /// lone exception wrapped in one) that its classes match; what the clauses raise and
    /// what none matched are raised together at the end. The stack holds the exception
    /// received, the list of what the clauses raised, and what is left unmatched.
    fn try_except_star(
        &mut self,
        body: &Suite,
        handlers: &[ExceptHandler],
        orelse: &Suite,
    ) -> CompileResult {
        let to_after = self.guarded_body(body, orelse)?;
        self.emit(Instr::DupTop);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::RotTwo);
        for h in handlers {
            let Some(t) = &h.typ else {
                return Err(self.error("expected one or more exception types", h.span));
            };
            self.expr(t)?;
            self.with_span(t.span, |c| c.emit(Instr::CheckEgMatch));
            let no_match = self.jump_if_none();
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            let to_raised = self.emit(Instr::SetupHandler(0));
            self.unit().fblocks.push(FBlock::ExceptStarHandler);
            let r = self.suite(&h.body);
            self.unit().fblocks.pop();
            r?;
            self.emit(Instr::PopBlock);
            if let Some(n) = &h.name {
                self.clear_name(n);
            }
            let mut to_next = vec![self.emit(Instr::Jump(0))];
            // What the clause raised joins the list.
            self.patch(to_raised);
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.clear_name(n);
            }
            to_next.push(self.emit(Instr::Jump(0)));
            self.patch(no_match);
            self.emit(Instr::PopTop);
            to_next.into_iter().for_each(|j| self.patch(j));
        }
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        let handled = self.jump_if_none();
        self.emit(Instr::Reraise);
        self.patch(handled);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.patch(to_after);
        Ok(())
    }

    /// `x -> x`, jumping when `x` is None; returns the jump to patch.
    fn jump_if_none(&mut self) -> usize {
        self.emit(Instr::DupTop);
        self.emit_const(Value::None);
        self.emit(Instr::CompareOp(CmpOp::Is));
        self.emit(Instr::PopJumpIfTrue(0))
    }

    fn with_stmt(&mut self, items: &[WithItem], body: &Suite) -> CompileResult {
        let Some((item, rest)) = items.split_first() else {
            return self.suite(body);
        };
        self.expr(&item.context)?;
        // CPython places entering and leaving at the whole statement (no carets).
        let to_handler = self.emit(Instr::SetupWith(0));
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        let r = self.with_stmt(rest, body);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.emit(Instr::WithExit);
        let to_end = self.emit(Instr::Jump(0));
        self.patch(to_handler);
        self.emit(Instr::WithExcept);
        self.emit(Instr::WithExceptResult);
        self.patch(to_end);
        Ok(())
    }

    /// `async with`, CPython's way: `__aenter__`'s awaitable is awaited before the
    /// handler is registered, and `__aexit__`'s on every way out.
    fn async_with_stmt(&mut self, items: &[WithItem], body: &Suite) -> CompileResult {
        let Some((item, rest)) = items.split_first() else {
            return self.suite(body);
        };
        self.expr(&item.context)?;
        // CPython places entering and leaving at the whole statement (no carets).
        self.emit(Instr::BeforeAsyncWith);
        self.await_value(awaited::AENTER);
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        let to_handler = self.emit(Instr::SetupHandler(0));
        self.unit().fblocks.push(FBlock::AsyncWith);
        let r = self.async_with_stmt(rest, body);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.emit(Instr::AsyncWithExit);
        self.await_value(awaited::AEXIT);
        self.emit(Instr::PopTop);
        let to_end = self.emit(Instr::Jump(0));
        self.patch(to_handler);
        self.emit(Instr::AsyncWithExcept);
        self.await_value(awaited::AEXIT);
        self.emit(Instr::WithExceptResult);
        self.patch(to_end);
        Ok(())
    }

    /// `x -> result`: awaits the value on top of the stack.
    fn await_value(&mut self, awaited: u32) {
        self.emit(Instr::GetAwaitable(awaited));
        self.delegate();
    }

    /// `iterator -> result`: the loop of `yield from` and `await`, sending what the frame
    /// is resumed with into the iterator until it returns.
    fn delegate(&mut self) {
        self.emit_const(Value::None);
        let top = self.here();
        let send = self.emit(Instr::Send(0));
        self.emit(Instr::YieldValue);
        self.emit(Instr::Resume);
        self.emit(Instr::Jump(top));
        self.patch(send);
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> CompileResult {
        match &target.kind {
            ExprKind::Name(n) => {
                self.with_span(target.span, |c| c.load_name(n));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.with_span(target.span, |c| c.store_name(n));
            }
            ExprKind::Attribute { value: obj, attr }
                if matches!(&obj.kind, ExprKind::Name(n) if self.symbol(n) == Symbol::Local)
                    && cannot_rebind_locals(value) =>
            {
                // `x.a += v` with `x` a fast local that `v` cannot rebind: reading `x`
                // again for the store gives the same object as keeping it on the stack,
                // and lets both accesses read the local in place (`LoadFastAttr`,
                // `StoreFastAttr`).
                self.expr(obj)?;
                let idx = self.attr_idx(attr);
                self.with_span(target.span, |c| c.emit(Instr::LoadAttr(idx)));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.expr(obj)?;
                self.with_span(target.span, |c| c.emit(Instr::StoreAttr(idx)));
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                let idx = self.attr_idx(attr);
                self.emit(Instr::DupTop);
                self.with_span(target.span, |c| c.emit(Instr::LoadAttr(idx)));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::RotTwo);
                self.with_span(target.span, |c| c.emit(Instr::StoreAttr(idx)));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Instr::DupTopTwo);
                self.with_span(target.span, |c| c.emit(Instr::BinarySubscr));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::RotThree);
                self.with_span(target.span, |c| c.emit(Instr::StoreSubscr));
            }
            _ => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn store_target(&mut self, target: &Expr) -> CompileResult {
        self.with_span(target.span, |c| match &target.kind {
            ExprKind::Name(n) => {
                c.store_name(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let mut stars = items.iter().enumerate().filter(|(_, i)| is_starred(i));
                match (stars.next(), stars.next()) {
                    (None, _) => {
                        c.emit(Instr::UnpackSequence(items.len() as u32));
                    }
                    (Some((before, _)), None) => {
                        let after = items.len() - before - 1;
                        if before > 0xffff || after > 0xffff {
                            return Err(c.error(
                                "too many expressions in star-unpacking assignment",
                                target.span,
                            ));
                        }
                        c.emit(Instr::UnpackEx((before | after << 16) as u32));
                    }
                    (Some(_), Some((_, second))) => {
                        return Err(
                            c.error("multiple starred expressions in assignment", second.span)
                        );
                    }
                }
                items.iter().try_for_each(|i| match &i.kind {
                    ExprKind::Starred(inner) => c.store_target(inner),
                    _ => c.store_target(i),
                })
            }
            ExprKind::Attribute { value, attr } => {
                c.expr(value)?;
                let idx = c.attr_idx(attr);
                let span = c.at_attr(target.span, target.span, attr);
                c.with_span(span, |c| c.emit(Instr::StoreAttr(idx)));
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                c.expr(value)?;
                c.expr(index)?;
                c.emit(Instr::StoreSubscr);
                Ok(())
            }
            _ => Err(c.error("cannot assign to expression", target.span)),
        })
    }

    fn delete_target(&mut self, target: &Expr) -> CompileResult {
        self.with_span(target.span, |c| match &target.kind {
            ExprKind::Name(n) => {
                c.delete_name(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| c.delete_target(i))
            }
            ExprKind::Attribute { value, attr } => {
                c.expr(value)?;
                let idx = c.attr_idx(attr);
                let span = c.at_attr(target.span, target.span, attr);
                c.with_span(span, |c| c.emit(Instr::DeleteAttr(idx)));
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                c.expr(value)?;
                c.expr(index)?;
                c.emit(Instr::DeleteSubscr);
                Ok(())
            }
            _ => Err(c.error("cannot delete expression", target.span)),
        })
    }

    /// Emits the code that creates a function object (defaults, closure, code) on the stack.
    fn function(
        &mut self,
        span: Span,
        name: &str,
        params: &Parameters,
        returns: Option<&Expr>,
        body: FunctionBody,
    ) -> CompileResult {
        let mut flags = 0;
        let positional: Vec<&Param> = params.posonly.iter().chain(&params.args).collect();
        let defaults: Vec<&Expr> = positional
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= make_function::DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = params
            .kwonly
            .iter()
            .filter_map(|p| p.default.as_ref().map(|d| (p.name.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.emit_const(Value::str(self.mangle(n).as_ref()));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= make_function::KWDEFAULTS;
        }
        let annotated: Vec<(&str, &Expr)> = positional
            .iter()
            .copied()
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg)
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if !annotated.is_empty() {
            for (n, a) in &annotated {
                self.emit_const(Value::str(self.mangle(n).as_ref()));
                self.annotation(a)?;
            }
            self.emit(Instr::BuildMap(annotated.len() as u32));
            flags |= make_function::ANNOTATIONS;
        }

        let scope = self.table.scope_of(span);
        let qualname = self.qualname_for(name);
        let first_line = self.source.line_of(span.start);
        self.push_unit(scope, name.to_string(), qualname.clone(), first_line);
        let scope_info = &self.table.scopes[scope];
        if scope_info.generator || scope_info.coroutine {
            self.generator_start();
        }
        match body {
            FunctionBody::Suite(suite) => {
                self.unit().doc = docstring(suite).map(PyStr::new);
                self.suite(suite)?;
                // Always present: a branch may jump past a final `return` to here.
                self.implicit_return(suite);
            }
            FunctionBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Instr::ReturnValue);
            }
        }
        let mut code_flags = 0;
        if params.vararg.is_some() {
            code_flags |= code_flags::VARARGS;
        }
        if params.kwarg.is_some() {
            code_flags |= code_flags::VARKEYWORDS;
        }
        let code = self.pop_unit(
            positional.len() as u32,
            params.posonly.len() as u32,
            params.kwonly.len() as u32,
            code_flags,
        );
        self.make_function(code, qualname, flags);
        Ok(())
    }

    /// A generator's first resumption receives the `None` of `next()` (or what `throw()`
    /// raises) like any later one.
    fn generator_start(&mut self) -> usize {
        self.emit(Instr::Resume);
        self.emit(Instr::PopTop)
    }

    /// Emits the closure (if the code has free variables) and `MakeFunction`; `flags` says
    /// which defaults are already on the stack.
    fn make_function(&mut self, code: Arc<CodeObject>, qualname: String, mut flags: u32) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone() {
                let slot = self.cell_slot(fv.as_str());
                self.emit(Instr::LoadClosure(slot));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= make_function::CLOSURE;
        }
        self.emit_const(Value::Code(code));
        self.emit_const(Value::str(qualname));
        self.emit(Instr::MakeFunction(flags));
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match self.table.scopes[u.scope].kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", u.qualname),
            ScopeKind::Function => format!("{}.<locals>.{name}", u.qualname),
        }
    }

    /// `class Name(bases, **kw): body` → `__build_class__(body, "Name", bases, **kw)`,
    /// the body compiled as a function that fills the namespace it is run with.
    fn class_def(&mut self, span: Span, class: &ClassDef) -> CompileResult {
        for d in &class.decorators {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.table.scope_of(span);
        let qualname = self.qualname_for(&class.name);
        let first_line = self.source.line_of(span.start);
        self.push_unit(scope, class.name.clone(), qualname.clone(), first_line);
        if let Some(doc) = docstring(&class.body) {
            self.emit_const(Value::str(doc));
            self.store_name("__doc__");
        }
        self.setup_annotations(&class.body);
        self.suite(&class.body)?;
        // The body returns the `__class__` cell, if methods need one, for the class to fill.
        if self.table.scopes[scope]
            .cellvars
            .iter()
            .any(|c| c == "__class__")
        {
            let slot = self.cell_slot("__class__");
            self.emit(Instr::LoadClosure(slot));
        } else {
            self.emit_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit(0, 0, 0, 0);
        self.make_function(code, qualname, 0);
        self.emit_const(Value::str(class.name.as_str()));
        self.call_args(2, &class.bases, &class.keywords, None)?;
        for _ in &class.decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(&class.name);
        Ok(())
    }

    // ---- expressions ----

    fn expr(&mut self, e: &Expr) -> CompileResult {
        self.with_span(e.span, |c| c.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &Expr) -> CompileResult {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Constant(k) => {
                self.emit_const(const_value(k));
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let (UnaryOp::USub, ExprKind::Constant(Constant::Int(IntLit::Small(n)))) =
                    (op, &operand.kind)
                {
                    // Fold `-5` so negative literals are constants, as CPython does.
                    if let Some(neg) = n.checked_neg() {
                        self.emit_const(Value::Int(neg));
                        return Ok(());
                    }
                }
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::USub => Instr::UnaryNegative,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                jumps.into_iter().for_each(|j| self.patch(j));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let idx = self.attr_idx(attr);
                let span = self.at_attr(e.span, e.span, attr);
                self.with_span(span, |c| c.emit(Instr::LoadAttr(idx)));
            }
            ExprKind::Subscript { value, index } => {
                if let Some(msg) = super::lint::subscript(value, index) {
                    self.warn(msg);
                }
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            ExprKind::Tuple(items) => self.display(items, Display::Tuple)?,
            ExprKind::List(items) => self.display(items, Display::List)?,
            ExprKind::Set(items) => self.display(items, Display::Set)?,
            ExprKind::Dict { keys, values } => {
                // CPython: one BUILD_MAP for the pairs before the first `**`, then updates.
                let lead = keys.iter().take_while(|k| k.is_some()).count();
                for (k, v) in keys.iter().zip(values).take(lead) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                self.emit(Instr::BuildMap(lead as u32));
                for (k, v) in keys.iter().zip(values).skip(lead) {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            self.emit(Instr::MapAdd(1));
                        }
                        None => {
                            self.expr(v)?;
                            self.emit(Instr::DictUpdate(1));
                        }
                    }
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let to_else = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(body)?;
                let to_end = self.emit(Instr::Jump(0));
                self.patch(to_else);
                self.expr(orelse)?;
                self.patch(to_end);
            }
            ExprKind::Lambda { params, body } => {
                self.function(e.span, "<lambda>", params, None, FunctionBody::Expr(body))?;
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::DupTop);
                self.store_target(target)?;
            }
            ExprKind::Starred(_) => {
                return Err(self.error("can't use starred expression here", e.span));
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e.span, "<listcomp>", generators, CompKind::List(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(e.span, "<dictcomp>", generators, CompKind::Dict(key, value))?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e.span, "<genexpr>", generators, CompKind::Gen(elt))?
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                let scope = &self.table.scopes[self.units.last().expect("unit").scope];
                if scope.generator && scope.coroutine {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::Resume);
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e.span, "<setcomp>", generators, CompKind::Set(elt))?
            }
            ExprKind::YieldFrom(inner) => {
                self.expr(inner)?;
                self.emit(Instr::GetYieldFromIter);
                self.delegate();
            }
            ExprKind::Await(inner) => {
                self.expr(inner)?;
                self.await_value(awaited::AWAIT);
            }
        }
        Ok(())
    }

    /// A comprehension runs as a nested function over an iterator of its first iterable
    /// (evaluated in the enclosing scope), as in CPython 3.11.
    fn comprehension(
        &mut self,
        span: Span,
        name: &str,
        generators: &[Comprehension],
        kind: CompKind,
    ) -> CompileResult {
        let scope = self.table.scope_of(span);
        let qualname = self.qualname_for(name);
        let first_line = self.source.line_of(span.start);
        self.push_unit(scope, name.to_string(), qualname.clone(), first_line);
        let coroutine = self.table.scopes[scope].coroutine;
        let genexp = matches!(kind, CompKind::Gen(_));
        if coroutine && !genexp {
            self.generator_start();
        }
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompKind::Gen(_) => self.generator_start(),
        };
        self.comprehension_loop(span, generators, 0, &kind)?;
        if let CompKind::Gen(_) = kind {
            self.emit_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit(1, 0, 0, 0);
        self.make_function(code, qualname, 0);
        self.iterable(&generators[0].iter)?;
        let get_iter = if generators[0].is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        };
        self.with_span(generators[0].iter.span, |c| c.emit(get_iter));
        self.emit(Instr::Call(1));
        // An async generator expression is not awaited: it is the async generator itself.
        if coroutine && !genexp {
            self.await_value(awaited::AWAIT);
        }
        Ok(())
    }

    /// `span` is the whole comprehension, where CPython places its loops' `ForIter`.
    fn comprehension_loop(
        &mut self,
        span: Span,
        generators: &[Comprehension],
        depth: usize,
        kind: &CompKind,
    ) -> CompileResult {
        let g = &generators[depth];
        if depth == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.iterable(&g.iter)?;
            let get_iter = if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            };
            self.with_span(g.iter.span, |c| c.emit(get_iter));
        }
        let top = self.here();
        let exit = if g.is_async {
            let exit = self.emit(Instr::SetupHandler(0));
            self.emit(Instr::GetANext);
            self.await_value(awaited::ANEXT);
            self.emit(Instr::PopBlock);
            exit
        } else {
            self.with_span(span, |c| c.emit(Instr::ForIter(0)))
        };
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Instr::PopJumpIfFalse(top));
        }
        if depth + 1 < generators.len() {
            self.comprehension_loop(span, generators, depth + 1, kind)?;
        } else {
            // The result sits below one iterator per `for` clause.
            let below = generators.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(below));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(below));
                }
                CompKind::Dict(key, value) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.emit(Instr::MapAdd(below));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    let scope = &self.table.scopes[self.units.last().expect("unit").scope];
                    if scope.coroutine {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Resume);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit(Instr::Jump(top));
        self.patch(exit);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }

    /// What a `for` iterates: a set display of constants becomes CPython's frozenset
    /// constant, whose order the loop then sees.
    fn iterable(&mut self, e: &Expr) -> CompileResult {
        if let ExprKind::Set(items) = &e.kind {
            if let Some(frozen) = constant_set(items) {
                self.emit_const(frozen);
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// A list, tuple or set display. Starred items make it CPython's shape: a list (or
    /// set) of the items before the first star, then extends and appends in order.
    fn display(&mut self, items: &[Expr], kind: Display) -> CompileResult {
        if !items.iter().any(is_starred) {
            if kind == Display::Set && items.len() > 2 {
                if let Some(frozen) = constant_set(items) {
                    // CPython folds such a display into a frozenset constant and merges it.
                    self.emit(Instr::BuildSet(0));
                    self.emit_const(frozen);
                    self.emit(Instr::SetUpdate(1));
                    return Ok(());
                }
            }
            if kind == Display::Tuple {
                // CPython folds a tuple of constants into one constant, so every
                // evaluation gives the same object.
                if let Some(folded) = items
                    .iter()
                    .map(super::fold::folded_const)
                    .collect::<Option<Vec<_>>>()
                {
                    self.emit_const(Value::tuple(folded));
                    return Ok(());
                }
            }
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                Display::Tuple => Instr::BuildTuple(n),
                Display::List => Instr::BuildList(n),
                Display::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        let lead = items.iter().take_while(|i| !is_starred(i)).count();
        for i in &items[..lead] {
            self.expr(i)?;
        }
        let set = kind == Display::Set;
        self.emit(if set {
            Instr::BuildSet(lead as u32)
        } else {
            Instr::BuildList(lead as u32)
        });
        for i in &items[lead..] {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == Display::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> CompileResult {
        if let Some(msg) = super::lint::is_literal(left, ops, comparators) {
            self.warn(msg);
        }
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(Instr::CompareOp(ops[0]));
            return Ok(());
        }
        // a < b < c: keep b for the next comparison, stop at the first false one.
        let mut cleanups = Vec::new();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < ops.len() {
                self.emit(Instr::DupTop);
                self.emit(Instr::RotThree);
                self.emit(Instr::CompareOp(*op));
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Instr::CompareOp(*op));
            }
        }
        let end = self.emit(Instr::Jump(0));
        cleanups.into_iter().for_each(|j| self.patch(j));
        self.emit(Instr::RotTwo);
        self.emit(Instr::PopTop);
        self.patch(end);
        Ok(())
    }

    fn call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> CompileResult {
        if let Some(msg) = super::lint::caller(func) {
            self.warn(msg);
        }
        if self.zero_arg_super(func, args, keywords) {
            return Ok(());
        }
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let snapshot = self.reads_caller_frame(func, args.len(), starred);
        // `obj.name(args)`: LoadMethod leaves two values, so the call counts one more.
        let mut call_span = self.unit().span;
        let receiver = match &func.kind {
            ExprKind::Attribute { value, attr } if !has_unpacking(args, keywords) => {
                call_span = self.at_attr(call_span, func.span, attr);
                let span = self.at_attr(func.span, func.span, attr);
                self.with_span(func.span, |c| {
                    c.expr(value)?;
                    let idx = c.attr_idx(attr);
                    c.with_span(span, |c| c.emit(Instr::LoadMethod(idx)));
                    Ok(1)
                })?
            }
            _ => {
                self.expr(func)?;
                0
            }
        };
        self.with_span(call_span, |c| {
            c.call_args(receiver, args, keywords, snapshot)
        })
    }

    /// The arguments and the call instruction for a callee already on the stack, with
    /// `pushed` positional arguments already above it. `snapshot`: the instruction that
    /// records the caller's frame for the callee (see `reads_caller_frame`).
    fn call_args(
        &mut self,
        pushed: u32,
        args: &[Expr],
        keywords: &[Keyword],
        snapshot: Option<Instr>,
    ) -> CompileResult {
        if !has_unpacking(args, keywords) {
            for a in args {
                self.expr(a)?;
            }
            let argc = args.len() as u32 + pushed;
            if let Some(snapshot) = snapshot {
                self.emit(snapshot);
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(argc));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names = keywords
                    .iter()
                    .map(|k| Value::str(k.arg.as_deref().unwrap_or("")))
                    .collect();
                self.emit_const(Value::tuple(names));
                self.emit(Instr::CallKw(argc + keywords.len() as u32));
            }
            return Ok(());
        }
        // f(*a, b, **k): build one positional tuple and one keyword dict.
        let mut pending = pushed;
        let mut pieces = 0;
        for a in args {
            if let ExprKind::Starred(inner) = &a.kind {
                if pending > 0 {
                    self.emit(Instr::BuildTuple(pending));
                    pieces += 1;
                    pending = 0;
                }
                self.expr(inner)?;
                self.emit(Instr::BuildTupleFrom(args.len() == 1 && pushed == 0));
                pieces += 1;
            } else {
                self.expr(a)?;
                pending += 1;
            }
        }
        if pending > 0 || pieces == 0 {
            self.emit(Instr::BuildTuple(pending));
            pieces += 1;
        }
        if pieces > 1 {
            self.emit(Instr::TupleConcat(pieces));
        }
        if keywords.is_empty() {
            if let Some(snapshot) = snapshot {
                self.emit(snapshot);
            }
            self.emit(Instr::CallEx(false));
            return Ok(());
        }
        let mut maps = 0;
        let mut pending = 0;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.emit_const(Value::str(name.as_str()));
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Instr::BuildMap(pending));
                        maps += 1;
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    maps += 1;
                }
            }
        }
        if pending > 0 {
            self.emit(Instr::BuildMap(pending));
            maps += 1;
        }
        self.emit(Instr::KwargsMerge(maps));
        if let Some(snapshot) = snapshot {
            self.emit(snapshot);
        }
        self.emit(Instr::CallEx(true));
        Ok(())
    }

    /// Whether the call is one of the builtins that read their caller's namespaces
    /// (`globals()`, `locals()`, `vars()`, `dir()`, and `exec`/`eval` without both
    /// namespaces), which CPython finds through the frame stack. The VM keeps no such
    /// stack, so the caller snapshots its namespaces for them just before the call.
    /// Calls of `_getframe` (`sys._getframe()`, under any receiver) get the frames of
    /// the running loop instead: see `vm/stack.rs`.
    fn reads_caller_frame(&self, func: &Expr, nargs: usize, starred: bool) -> Option<Instr> {
        let n = match &func.kind {
            ExprKind::Name(n) => n,
            ExprKind::Attribute { attr, .. } if attr == "_getframe" => {
                return Some(Instr::SnapshotStack)
            }
            _ => return None,
        };
        let max_args = match n.as_str() {
            "_getframe" => return Some(Instr::SnapshotStack),
            "globals" | "locals" => usize::MAX,
            "vars" | "dir" => 1,
            "exec" | "eval" => 2,
            _ => return None,
        };
        (matches!(self.symbol(n), Symbol::Global | Symbol::Name) && (starred || nargs < max_args))
            .then_some(Instr::SnapshotFrame)
    }

    /// `super()` inside a method becomes `super(__class__, first_argument)`, which is what
    /// CPython works out from the frame at run time.
    fn zero_arg_super(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> bool {
        let ExprKind::Name(n) = &func.kind else {
            return false;
        };
        if n != "super" || !args.is_empty() || !keywords.is_empty() {
            return false;
        }
        let scope = &self.table.scopes[self.units.last().expect("unit").scope];
        if scope.kind != ScopeKind::Function
            || scope.params == 0
            || !scope.freevars.iter().any(|f| f == "__class__")
        {
            return false;
        }
        let first = scope.locals[0].clone();
        self.load_name("super");
        let class_slot = self.cell_slot("__class__");
        self.emit(Instr::LoadDeref(class_slot));
        self.load_name(&first);
        self.emit(Instr::Call(2));
        true
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> CompileResult {
        let mut count = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    self.emit_const(Value::str(s.as_str()));
                }
                FStringPart::Formatted {
                    value,
                    conversion,
                    format_spec,
                    debug_text,
                } => {
                    if let Some(text) = debug_text {
                        self.emit_const(Value::str(text.as_str()));
                        count += 1;
                    }
                    self.expr(value)?;
                    let mut flags = match conversion {
                        Some('s') => format_value::CONV_STR,
                        Some('r') => format_value::CONV_REPR,
                        Some('a') => format_value::CONV_ASCII,
                        // `{x=}` shows the repr unless a conversion or spec says otherwise.
                        None if debug_text.is_some() && format_spec.is_none() => {
                            format_value::CONV_REPR
                        }
                        _ => format_value::CONV_NONE,
                    };
                    if let Some(spec) = format_spec {
                        self.fstring(spec)?;
                        flags |= format_value::HAS_SPEC;
                    }
                    self.emit(Instr::FormatValue(flags));
                }
            }
            count += 1;
        }
        if count != 1 {
            self.emit(Instr::BuildString(count));
        }
        Ok(())
    }
}

/// What a comprehension builds.
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

#[derive(Clone, Copy, PartialEq)]
enum Display {
    Tuple,
    List,
    Set,
}

/// The frozenset constant CPython folds a set display of constants into, if it is one.
fn constant_set(items: &[Expr]) -> Option<Value> {
    let values = items
        .iter()
        .map(super::fold::folded_const)
        .collect::<Option<Vec<_>>>()?;
    let keys = values
        .into_iter()
        .map(|v| crate::objects::dict::hash_of(&v).map(|hash| DictKey { hash, value: v }))
        .collect::<Option<Vec<_>>>()?;
    Some(Value::FrozenSet(PySet::new(SetTable::frozen_constant(
        keys,
    ))))
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

enum FunctionBody<'a> {
    Suite(&'a Suite),
    Expr(&'a Expr),
}

pub(crate) fn const_value(k: &Constant) -> Value {
    match k {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::from(*b),
        Constant::Int(IntLit::Small(n)) => Value::Int(*n),
        Constant::Int(IntLit::Big(n)) => Value::from_bigint(n.clone()),
        Constant::Float(x) => Value::from(*x),
        Constant::Str(s) => Value::str(s.as_str()),
        Constant::Ellipsis => crate::objects::instance::ellipsis(),
        Constant::Bytes(b) => Value::bytes(b.clone()),
        Constant::Complex(im) => {
            crate::stdlib::complex::value(crate::stdlib::complex::Complex { re: 0.0, im: *im })
        }
    }
}

/// Constants are shared when they are the same value of the same type (`1` and `1.0` and
/// `True` stay distinct, unlike dict keys).
fn same_const(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::None, Value::None) => true,
        (Value::Float(x), Value::Float(y)) => x.get().to_bits() == y.get().to_bits(),
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(a, b)| same_const(a, b))
        }
        _ => false,
    }
}

/// Whether a body annotates a variable, in any block but nested functions and classes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

/// Whether a call has `*args` or `**kwargs`, which need the tuple-and-dict call form.
fn has_unpacking(args: &[Expr], keywords: &[Keyword]) -> bool {
    args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
        || keywords.iter().any(|k| k.arg.is_none())
}

/// The docstring of a body: its first statement when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// Whether evaluating `e` surely assigns no local variable: it has no `:=` (the only
/// expression that can), judged on the common shapes of an augmented assignment's value.
fn cannot_rebind_locals(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => true,
        ExprKind::Attribute { value, .. } | ExprKind::UnaryOp { operand: value, .. } => {
            cannot_rebind_locals(value)
        }
        ExprKind::Starred(value) => cannot_rebind_locals(value),
        ExprKind::BinOp { left, right, .. }
        | ExprKind::Subscript {
            value: left,
            index: right,
        } => cannot_rebind_locals(left) && cannot_rebind_locals(right),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().all(cannot_rebind_locals),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            cannot_rebind_locals(func)
                && args.iter().all(cannot_rebind_locals)
                && keywords.iter().all(|k| cannot_rebind_locals(&k.value))
        }
        _ => false,
    }
}
