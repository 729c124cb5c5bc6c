//! AST → bytecode: scope analysis, code generation and a disassembler.
pub mod bytecode;
pub mod codegen;
pub mod dis;
mod lint;
pub mod symtable;

use std::sync::Arc;

use crate::parser::error::SyntaxError;
use crate::source::{SourceFile, Span};
use bytecode::CodeObject;
pub use codegen::Mode;

/// A warning found while compiling (CPython's `SyntaxWarning`s about code that cannot be
/// what was meant). The compiler only collects them, in source order; whoever compiles
/// issues them through `warnings` before the code runs, as CPython does while compiling.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileWarning {
    /// The warning class's name.
    pub category: &'static str,
    pub msg: String,
    pub span: Span,
}

/// Parses and compiles a module's source; `warnings` receives what was found, also when
/// compiling fails after finding some.
pub fn compile(
    source: &Arc<SourceFile>,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = crate::parser::parse_module(&source.text)?;
    codegen::compile_module(&ast, source, false, warnings)
}

/// Parses and compiles one REPL entry, whose expression statements show their value.
pub fn compile_interactive(
    source: &Arc<SourceFile>,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = crate::parser::parse_interactive(&source.text)?;
    codegen::compile_module(&ast, source, true, warnings)
}

/// Parses and compiles source given to `exec`, `eval` or `compile()`.
pub fn compile_string(
    source: &Arc<SourceFile>,
    mode: Mode,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = match mode {
        Mode::Exec => crate::parser::parse_module(&source.text)?,
        Mode::Eval => crate::parser::parse_expression(&source.text)?,
        Mode::Single => crate::parser::parse_interactive(&source.text)?,
    };
    codegen::compile_namespace_code(&ast, source, mode, warnings)
}
