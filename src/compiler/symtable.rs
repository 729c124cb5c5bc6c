//! Scope analysis, run before code generation (CPython's symtable): decides for every name
//! in every scope whether it is a fast local, a cell, a free variable of a closure, or a
//! global, so the compiler can emit the right load and store instructions.

use std::collections::{HashMap, HashSet};

use crate::parser::ast::*;
use crate::parser::error::SyntaxError;
use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Symbol {
    /// A fast local slot.
    Local,
    /// A local that closures capture: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through this function's closure.
    Free,
    /// Declared `global`, or never bound anywhere enclosing: module globals, then builtins.
    Global,
    /// Bound in a module or class body: looked up in that namespace.
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Parameter names in order, then other locals in order of first binding.
    pub locals: Vec<String>,
    pub params: usize,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    bound: HashSet<String>,
    used: Vec<String>,
    globals: HashSet<String>,
    nonlocals: Vec<(String, Span)>,
    /// Names bound by an annotated assignment, which cannot be declared global later.
    annotated: HashSet<String>,
    /// The first `global` or `nonlocal` statement naming each name.
    first_directive: HashMap<String, Span>,
    /// Uses `super` (or `__class__`): needs the enclosing class's `__class__` cell.
    uses_class_cell: bool,
    /// Contains `yield` (or is a generator expression): calling it makes a generator.
    pub generator: bool,
    /// An `async def`, or a comprehension in one that awaits: calling it makes a
    /// coroutine.
    pub coroutine: bool,
    /// For a comprehension's scope, its kind as CPython's messages name it.
    comprehension: Option<&'static str>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            locals: Vec::new(),
            params: 0,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            bound: HashSet::new(),
            used: Vec::new(),
            globals: HashSet::new(),
            nonlocals: Vec::new(),
            annotated: HashSet::new(),
            first_directive: HashMap::new(),
            uses_class_cell: false,
            generator: false,
            coroutine: false,
            comprehension: None,
        }
    }

    pub fn lookup(&self, name: &str) -> Symbol {
        if self.globals.contains(name) {
            return Symbol::Global;
        }
        if self.freevars.iter().any(|n| n == name) {
            return Symbol::Free;
        }
        match self.kind {
            ScopeKind::Module => Symbol::Global,
            ScopeKind::Class if self.cellvars.iter().any(|n| n == name) => Symbol::Cell,
            ScopeKind::Class => Symbol::Name,
            ScopeKind::Function => {
                if self.cellvars.iter().any(|n| n == name) {
                    Symbol::Cell
                } else if self.bound.contains(name) {
                    Symbol::Local
                } else {
                    Symbol::Global
                }
            }
        }
    }

    /// Whether a `global` statement names `name` in this scope.
    pub fn declares_global(&self, name: &str) -> bool {
        self.globals.contains(name)
    }

    /// CPython's complaint about a `global` or `nonlocal` (`what`) declaration of a name
    /// the scope has already used or bound.
    fn late_declaration(&self, name: &str, what: &str) -> Option<String> {
        let params = &self.locals[..self.params.min(self.locals.len())];
        Some(if params.iter().any(|p| p == name) {
            format!("name '{name}' is parameter and {what}")
        } else if self.used.iter().any(|u| u == name) {
            format!("name '{name}' is used prior to {what} declaration")
        } else if self.annotated.contains(name) {
            format!("annotated name '{name}' can't be {what}")
        } else if self.bound.contains(name) {
            format!("name '{name}' is assigned to before {what} declaration")
        } else {
            return None;
        })
    }

    fn declare(&mut self, name: &str, span: Span) {
        self.first_directive.entry(name.to_string()).or_insert(span);
    }

    fn bind(&mut self, name: &str) {
        if self.bound.insert(name.to_string())
            && self.kind == ScopeKind::Function
            && !self.globals.contains(name)
            && !self.nonlocals.iter().any(|(n, _)| n == name)
        {
            self.locals.push(name.to_string());
        }
    }
}

/// All scopes of a module, and which AST node (by span) opened each nested one.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_span: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// `postponed_annotations`: annotations are kept as text, so their names are not uses.
    pub fn build(module: &Suite, postponed_annotations: bool) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_span: HashMap::new(),
            current: 0,
            postponed_annotations,
        };
        b.suite(module)?;
        let mut table = SymbolTable {
            scopes: b.scopes,
            by_span: b.by_span,
        };
        table.resolve()?;
        Ok(table)
    }

    /// The scope a function, lambda, class or comprehension node opened.
    pub fn scope_of(&self, span: Span) -> usize {
        self.by_span[&(span.start, span.end)]
    }

    /// Connects free variables to the enclosing function that binds them.
    fn resolve(&mut self) -> Result<(), SyntaxError> {
        for id in 0..self.scopes.len() {
            if self.scopes[id].uses_class_cell && self.scopes[id].kind == ScopeKind::Function {
                if let Some(class) = self.enclosing_class(id) {
                    self.capture(class, id, "__class__");
                }
            }
            let mut wanted: Vec<(String, Option<Span>)> = self.scopes[id]
                .used
                .iter()
                .map(|n| (n.clone(), None))
                .collect();
            wanted.extend(
                self.scopes[id]
                    .nonlocals
                    .iter()
                    .map(|(n, s)| (n.clone(), Some(*s))),
            );
            for (name, nonlocal_span) in wanted {
                let scope = &self.scopes[id];
                let is_nonlocal = nonlocal_span.is_some();
                if is_nonlocal && scope.globals.contains(&name) {
                    let span = scope.first_directive[&name];
                    return Err(SyntaxError::new(
                        format!("name '{name}' is nonlocal and global"),
                        span.start as usize,
                        span.end as usize,
                    ));
                }
                if !is_nonlocal
                    && (scope.globals.contains(&name)
                        || (scope.kind != ScopeKind::Module
                            && scope.bound.contains(&name)
                            && !scope.nonlocals.iter().any(|(n, _)| n == &name)))
                {
                    continue;
                }
                if scope.kind == ScopeKind::Module {
                    continue;
                }
                match self.binding_function(id, &name) {
                    Some(owner) => self.capture(owner, id, &name),
                    None => {
                        if let Some(span) = nonlocal_span {
                            return Err(SyntaxError::new(
                                format!("no binding for nonlocal '{name}' found"),
                                span.start as usize,
                                span.end as usize,
                            ));
                        }
                    }
                }
            }
        }
        // CPython numbers cells in name order (parameters first, in their order), which
        // `co_cellvars`, `co_freevars` and the order of `__closure__` show.
        for s in &mut self.scopes {
            s.freevars.sort();
            let params = &s.locals[..s.params.min(s.locals.len())];
            s.cellvars.sort_by(|a, b| {
                let rank = |n: &String| params.iter().position(|p| p == n).unwrap_or(usize::MAX);
                rank(a).cmp(&rank(b)).then_with(|| a.cmp(b))
            });
        }
        Ok(())
    }

    /// The class whose body (directly or through nested functions) contains scope `from`.
    fn enclosing_class(&self, from: usize) -> Option<usize> {
        let mut cur = self.scopes[from].parent;
        while let Some(id) = cur {
            match self.scopes[id].kind {
                ScopeKind::Class => return Some(id),
                ScopeKind::Module => return None,
                ScopeKind::Function => cur = self.scopes[id].parent,
            }
        }
        None
    }

    /// The nearest enclosing function scope that binds `name` locally.
    fn binding_function(&self, from: usize, name: &str) -> Option<usize> {
        let mut cur = self.scopes[from].parent;
        while let Some(id) = cur {
            let s = &self.scopes[id];
            if s.kind == ScopeKind::Module {
                return None;
            }
            if s.kind == ScopeKind::Function {
                if s.globals.contains(name) {
                    return None;
                }
                if s.bound.contains(name) && !s.nonlocals.iter().any(|(n, _)| n == name) {
                    return Some(id);
                }
            }
            cur = s.parent;
        }
        None
    }

    fn capture(&mut self, owner: usize, user: usize, name: &str) {
        if !self.scopes[owner].cellvars.iter().any(|n| n == name) {
            self.scopes[owner].cellvars.push(name.to_string());
        }
        let mut cur = Some(user);
        while let Some(id) = cur {
            if id == owner {
                break;
            }
            let s = &mut self.scopes[id];
            if !s.freevars.iter().any(|n| n == name) {
                s.freevars.push(name.to_string());
            }
            cur = s.parent;
        }
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_span: HashMap<(u32, u32), usize>,
    current: usize,
    postponed_annotations: bool,
}

impl Builder {
    fn annotation(&mut self, annotation: &Expr) -> Result<(), SyntaxError> {
        if self.postponed_annotations {
            return Ok(());
        }
        self.expr(annotation)
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn enter(&mut self, kind: ScopeKind, span: Span) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current)));
        self.by_span.insert((span.start, span.end), id);
        let saved = self.current;
        self.current = id;
        saved
    }

    fn params(&mut self, params: &Parameters) {
        let names = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
            .chain(&params.vararg)
            .chain(&params.kwarg);
        // Parameter order in the slot table: positional, keyword-only, *args, **kwargs.
        let ordered: Vec<&Param> = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
            .chain(&params.vararg)
            .chain(&params.kwarg)
            .collect();
        let count = names.count();
        for p in ordered {
            self.scope().bind(&p.name);
        }
        self.scope().params = count;
    }

    fn param_defaults(&mut self, params: &Parameters) -> Result<(), SyntaxError> {
        let all = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg);
        for p in all {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
            if let Some(a) = &p.annotation {
                self.annotation(a)?;
            }
        }
        Ok(())
    }

    fn suite(&mut self, body: &Suite) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                // A plain name is only bound here, as far as `global x` after it cares.
                if !matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(target)?;
                }
                self.target(target)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if self.scopes[self.current].kind != ScopeKind::Function {
                    self.annotation(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if let ExprKind::Name(n) = &target.kind {
                    let scope = self.scope();
                    let declared = if scope.globals.contains(n) {
                        Some("global")
                    } else if scope.nonlocals.iter().any(|(d, _)| d == n) {
                        Some("nonlocal")
                    } else {
                        None
                    };
                    if let Some(what) = declared {
                        return Err(SyntaxError::new(
                            format!("annotated name '{n}' can't be {what}"),
                            stmt.span.start as usize,
                            stmt.span.end as usize,
                        ));
                    }
                    scope.annotated.insert(n.clone());
                }
                self.target(target)
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.suite(body)?;
                self.suite(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.check_async("'async for'", stmt.span)?;
                }
                self.expr(iter)?;
                self.target(target)?;
                self.suite(body)?;
                self.suite(orelse)
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.param_defaults(&f.params)?;
                if let Some(r) = &f.returns {
                    self.annotation(r)?;
                }
                self.scope().bind(&f.name);
                let saved = self.enter(ScopeKind::Function, stmt.span);
                self.scope().coroutine = f.is_async;
                self.params(&f.params);
                self.suite(&f.body)?;
                self.current = saved;
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.scope().bind(&c.name);
                let saved = self.enter(ScopeKind::Class, stmt.span);
                self.suite(&c.body)?;
                self.current = saved;
                Ok(())
            }
            StmtKind::Return(v) => v.iter().try_for_each(|e| self.expr(e)),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t)),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Global(names) => {
                for n in names {
                    let scope = self.scope();
                    if let Some(msg) = scope.late_declaration(n, "global") {
                        return Err(SyntaxError::new(
                            msg,
                            stmt.span.start as usize,
                            stmt.span.end as usize,
                        ));
                    }
                    scope.declare(n, stmt.span);
                    scope.globals.insert(n.clone());
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.scopes[self.current].kind == ScopeKind::Module {
                    return Err(SyntaxError::new(
                        "nonlocal declaration not allowed at module level",
                        stmt.span.start as usize,
                        stmt.span.end as usize,
                    ));
                }
                for n in names {
                    let span = stmt.span;
                    let scope = self.scope();
                    if let Some(msg) = scope.late_declaration(n, "nonlocal") {
                        return Err(SyntaxError::new(
                            msg,
                            span.start as usize,
                            span.end as usize,
                        ));
                    }
                    scope.declare(n, span);
                    scope.nonlocals.push((n.clone(), span));
                }
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.scope().bind(&name);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names.iter().filter(|a| a.name != "*") {
                    let name = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.scope().bind(&name);
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause).try_for_each(|e| self.expr(e))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.suite(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.scope().bind(n);
                    }
                    self.suite(&h.body)?;
                }
                self.suite(orelse)?;
                self.suite(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|m| self.expr(m))
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.check_async("'async with'", stmt.span)?;
                }
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.suite(body)
            }
        }
    }

    /// A binding position: names are bound, anything inside (indices, attributes) is used.
    fn target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.scope().bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|t| self.target(t))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(target),
        }
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), SyntaxError> {
        if let Some(kind) = self.scope().comprehension {
            return Err(SyntaxError::new(
                format!("'yield' inside {kind}"),
                span.start as usize,
                span.end as usize,
            ));
        }
        if self.scope().kind != ScopeKind::Function {
            return Err(SyntaxError::new(
                "'yield' outside function",
                span.start as usize,
                span.end as usize,
            ));
        }
        self.scope().generator = true;
        Ok(())
    }

    /// `await`, `async for` and `async with` belong in an `async def`.
    fn check_async(&mut self, what: &str, span: Span) -> Result<(), SyntaxError> {
        // Comprehensions that await are coroutines, awaited by their enclosing function.
        let mut id = self.current;
        let mut comprehensions = Vec::new();
        while self.scopes[id].comprehension.is_some() {
            comprehensions.push(id);
            // A generator expression that awaits is an async generator, allowed anywhere.
            if self.scopes[id].generator {
                comprehensions
                    .into_iter()
                    .for_each(|c| self.scopes[c].coroutine = true);
                return Ok(());
            }
            id = self.scopes[id]
                .parent
                .expect("a comprehension has a parent");
        }
        let (kind, coroutine) = (self.scopes[id].kind, self.scopes[id].coroutine);
        // CPython reports the outermost comprehension, which the await made asynchronous.
        let outer = comprehensions.last().filter(|_| !coroutine);
        if let Some((&(start, end), _)) = outer.and_then(|o| self.by_span.iter().find(|e| e.1 == o))
        {
            return Err(SyntaxError::new(
                "asynchronous comprehension outside of an asynchronous function",
                start as usize,
                end as usize,
            ));
        }
        let msg = match kind {
            ScopeKind::Function if coroutine => {
                comprehensions
                    .into_iter()
                    .for_each(|c| self.scopes[c].coroutine = true);
                return Ok(());
            }
            ScopeKind::Module | ScopeKind::Class if what == "'await'" => {
                format!("{what} outside function")
            }
            _ => format!("{what} outside async function"),
        };
        Err(SyntaxError::new(
            msg,
            span.start as usize,
            span.end as usize,
        ))
    }

    fn comprehension(
        &mut self,
        span: Span,
        generators: &[Comprehension],
        elts: &[&Expr],
        kind: &'static str,
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope; the rest inside.
        self.expr(&generators[0].iter)?;
        let saved = self.enter(ScopeKind::Function, span);
        self.scope().comprehension = Some(kind);
        self.scope().generator = kind == "generator expression";
        self.scope().bind(".0");
        self.scope().params = 1;
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.check_async("'async for'", span)?;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            g.ifs.iter().try_for_each(|e| self.expr(e))?;
        }
        elts.iter().try_for_each(|e| self.expr(e))?;
        self.current = saved;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                if n == "super" || n == "__class__" {
                    self.scope().uses_class_cell = true;
                }
                if n != "__class__" && !self.scope().used.contains(n) {
                    self.scope().used.push(n.clone());
                }
                Ok(())
            }
            ExprKind::Constant(_) => Ok(()),
            ExprKind::JoinedStr(parts) => self.fstring(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|c| self.expr(c))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                args.iter().try_for_each(|a| self.expr(a))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => lower
                .iter()
                .chain(upper)
                .chain(step)
                .try_for_each(|x| self.expr(x)),
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Await(inner) => {
                self.check_async("'await'", e.span)?;
                self.expr(inner)
            }
            ExprKind::YieldFrom(inner) => {
                self.mark_generator(e.span)?;
                if self.scope().coroutine {
                    return Err(SyntaxError::new(
                        "'yield from' inside async function",
                        e.span.start as usize,
                        e.span.end as usize,
                    ));
                }
                self.expr(inner)
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e.span)?;
                v.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.expr(k))?;
                values.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e.span, generators, &[elt], "list comprehension")
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e.span, generators, &[elt], "set comprehension")
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e.span, generators, &[elt], "generator expression")
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e.span, generators, &[key, value], "dict comprehension"),
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                let saved = self.enter(ScopeKind::Function, e.span);
                self.params(params);
                self.expr(body)?;
                self.current = saved;
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                // `:=` in a comprehension binds in the enclosing function, as in CPython.
                let saved = self.current;
                while self.scopes[self.current].locals.first().map(String::as_str) == Some(".0") {
                    self.current = self.scopes[self.current].parent.unwrap_or(0);
                }
                self.target(target)?;
                self.current = saved;
                if let ExprKind::Name(n) = &target.kind {
                    if !self.scope().used.contains(n) {
                        self.scope().used.push(n.clone());
                    }
                }
                Ok(())
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FStringPart::Formatted {
                value, format_spec, ..
            } = p
            {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }
}
