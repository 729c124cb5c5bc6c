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

/// An active `execute` loop of a thread.
pub struct Entry {
    /// The height of `Vm::frames` when the loop was entered: the callers it saves for
    /// its inlined frames lie above.
    pub floor: usize,
    /// The code of the frame the loop was entered with.
    pub code: Arc<CodeObject>,
    /// The address of that frame's globals, kept without a reference so that entering a
    /// loop costs nothing more; `Vm::frame_infos` finds the dict again when asked.
    pub globals: usize,
    /// The innermost frame of the enclosing loop, when the call that started this loop
    /// came from one of its call instructions: the link from this loop's frames to the
    /// ones that called them.
    pub caller: Option<CallerFrame>,
}

/// The frame that made a call, as a frame object needs it later.
#[derive(Clone)]
pub struct CallerFrame {
    pub code: Arc<CodeObject>,
    pub globals: Arc<PyDict>,
    /// The call instruction.
    pub ip: usize,
}

/// One Python frame as frame objects show it: `ip` is the instruction it is at, and
/// the namespaces are those known (the locals of frames in a suspended loop are not).
pub struct FrameInfo {
    pub code: Arc<CodeObject>,
    pub ip: usize,
    pub globals: Option<Arc<PyDict>>,
    pub locals: Option<Arc<PyDict>>,
}
