//! AST → bytecode: scope analysis, code generation and a disassembler.
pub mod bytecode;
pub mod codegen;
pub mod dis;
mod fold;
mod future;
mod lint;
pub mod symtable;
mod unparse;

use std::sync::Arc;

pub use crate::parser::error::CompileWarning;
use crate::parser::error::SyntaxError;
use crate::source::SourceFile;
use bytecode::CodeObject;
pub use codegen::Mode;

/// Parses and compiles a module's source; `warnings` receives what was found, also when
/// compiling fails after finding some.
pub fn compile(
    source: &Arc<SourceFile>,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = crate::parser::parse_module(&source.text, warnings)?;
    codegen::compile_module(&ast, source, false, warnings)
}

/// Parses and compiles one REPL entry, whose expression statements show their value.
pub fn compile_interactive(
    source: &Arc<SourceFile>,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = crate::parser::parse_interactive(&source.text, warnings)?;
    codegen::compile_module(&ast, source, true, warnings)
}

/// Parses and compiles source given to `exec`, `eval` or `compile()`.
pub fn compile_string(
    source: &Arc<SourceFile>,
    mode: Mode,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let ast = match mode {
        Mode::Exec => crate::parser::parse_module(&source.text, warnings)?,
        Mode::Eval => crate::parser::parse_expression(&source.text, warnings)?,
        Mode::Single => crate::parser::parse_interactive(&source.text, warnings)?,
    };
    codegen::compile_namespace_code(&ast, source, mode, warnings)
}
