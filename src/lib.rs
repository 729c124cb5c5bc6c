//! gilpy: a Python-like language whose threads contend for a real Global Interpreter Lock.
//!
//! Data flows one way: source → [`lexer`] tokens → [`parser`] AST → [`compiler`] bytecode →
//! [`vm`], which runs it with the objects in [`objects`] and the modules in [`stdlib`].

pub mod allocator;
pub mod compiler;
pub mod lexer;
pub mod objects;
pub mod parser;
pub mod repl;
pub mod source;
pub mod stdlib;
pub mod vm;
