//! A frame: one activation of a code object.

use std::sync::Arc;

use crate::compiler::bytecode::CodeObject;
use crate::objects::dict::PyDict;
use crate::objects::function::Cell;
use crate::objects::Value;

pub struct Frame {
    pub code: Arc<CodeObject>,
    pub globals: Arc<PyDict>,
    /// Local variables in `slots[..nlocals]`, the value stack above them: one vector for
    /// both means a call allocates nothing once the per-thread pool is warm.
    pub slots: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<Arc<Cell>>,
    /// Index of the next instruction.
    pub ip: usize,
}
