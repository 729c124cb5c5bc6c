//! A frame: one activation of a code object.

use std::sync::Arc;

use crate::compiler::bytecode::CodeObject;
use crate::objects::dict::PyDict;
use crate::objects::function::Function;
use crate::objects::Value;

/// Frames of one thread share one value vector, as in CPython's data stack: a call
/// leaves its arguments where the caller pushed them, and they become the callee's
/// first locals. Code and globals are borrowed from the function being run, so a call
/// touches no shared reference count.
pub struct Frame<'a> {
    pub code: &'a Arc<CodeObject>,
    pub globals: &'a Arc<PyDict>,
    /// `stack[base..base + nlocals]` are the local variables, then come the cell and free
    /// variables (as `Value::Cell`, cellvars first), then the evaluation stack.
    pub stack: &'a mut Vec<Value>,
    pub base: usize,
    /// Index of the next instruction.
    pub ip: usize,
    /// The namespace a class body stores its names in.
    pub names: Option<&'a Arc<PyDict>>,
}

/// The caller's position while a Python function it called runs inlined in the same
/// `execute` loop: the function being run (`None` for the frame `execute` was entered
/// with), where its frame starts, and the next instruction.
pub struct SavedFrame {
    pub func: Option<Arc<Function>>,
    pub base: usize,
    pub ip: usize,
    pub serial: u64,
}

/// A registered exception handler (`try`, `with`). `serial` names the frame activation it
/// belongs to, since inlined frames share one `execute` loop and one block stack.
pub struct Block {
    pub serial: u64,
    pub handler: u32,
    pub stack_len: usize,
    pub handled_len: usize,
}
