//! AST → bytecode: scope analysis, code generation and a disassembler.
pub mod bytecode;
pub mod codegen;
pub mod dis;
pub mod symtable;

use std::sync::Arc;

use crate::parser::error::SyntaxError;
use crate::source::SourceFile;
use bytecode::CodeObject;
pub use codegen::Mode;

/// Parses and compiles a module's source.
pub fn compile(source: &Arc<SourceFile>) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = crate::parser::parse_module(&source.text)?;
    codegen::compile_module(&ast, source, false)
}

/// Parses and compiles one REPL entry, whose expression statements show their value.
pub fn compile_interactive(source: &Arc<SourceFile>) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = crate::parser::parse_interactive(&source.text)?;
    codegen::compile_module(&ast, source, true)
}

/// Parses and compiles source given to `exec`, `eval` or `compile()`.
pub fn compile_string(
    source: &Arc<SourceFile>,
    mode: Mode,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = match mode {
        Mode::Exec => crate::parser::parse_module(&source.text)?,
        Mode::Eval => crate::parser::parse_expression(&source.text)?,
        Mode::Single => crate::parser::parse_interactive(&source.text)?,
    };
    codegen::compile_namespace_code(&ast, source, mode)
}
