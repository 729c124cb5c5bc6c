//! Future statements: the `from __future__ import …` lines that may open a module (after
//! its docstring) and change how the rest of it compiles.

use crate::parser::ast::*;
use crate::parser::error::SyntaxError;

/// Every feature name CPython 3.11 accepts; only `annotations` still changes anything.
const KNOWN: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

#[derive(Clone, Copy, Default)]
pub struct Future {
    /// PEP 563: annotations are stored as their source text instead of being evaluated.
    pub annotations: bool,
    /// Where the leading run of future statements ends; one starting later is an error.
    pub end: u32,
}

pub fn is_future_import(stmt: &Stmt) -> bool {
    matches!(
        &stmt.kind,
        StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m == "__future__"
    )
}

/// Reads the future statements opening `module`, rejecting unknown features.
pub fn scan(module: &Suite) -> Result<Future, SyntaxError> {
    let mut future = Future::default();
    let skip_doc = matches!(
        module.first().map(|s| &s.kind),
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(_)),
            ..
        }))
    );
    for stmt in module.iter().skip(skip_doc as usize) {
        let StmtKind::ImportFrom { names, .. } = &stmt.kind else {
            break;
        };
        if !is_future_import(stmt) {
            break;
        }
        // CPython points these two errors at the statement's first character only.
        let at = |msg: String| {
            let start = stmt.span.start as usize;
            SyntaxError::new(msg, start, start + 1)
        };
        for alias in names {
            match alias.name.as_str() {
                "annotations" => future.annotations = true,
                "braces" => return Err(at("not a chance".into())),
                name if KNOWN.contains(&name) => {}
                name => return Err(at(format!("future feature {name} is not defined"))),
            }
        }
        future.end = stmt.span.end;
    }
    Ok(future)
}

/// The error for a future statement found after the leading run.
pub fn misplaced(stmt: &Stmt) -> SyntaxError {
    SyntaxError::new(
        "from __future__ imports must occur at the beginning of the file",
        stmt.span.start as usize,
        stmt.span.end as usize,
    )
}
