//! The Python frames a builtin can locate: for `warnings`, the callers of the running
//! Python function, with the line each is at.
//!
//! Only positions the VM has saved are known: those of the callers whose callees run
//! inlined in the same `execute` loop (`Vm::frames`). The frame that called into a
//! builtin which runs Python code again (a nested `execute`) keeps its position in that
//! outer loop's locals, so the walk stops at the first such boundary.

use std::sync::Arc;

use super::Vm;
use crate::compiler::bytecode::CodeObject;

impl Vm {
    /// The callers of the running Python function, innermost first, as the code each
    /// runs and its current line; as far as they are known (see the module comment).
    pub fn known_callers(&self) -> Vec<(Arc<CodeObject>, usize)> {
        let Some((floor, entry_code)) = self.entries.last() else {
            return Vec::new();
        };
        self.frames[*floor..]
            .iter()
            .rev()
            .map(|saved| {
                let code = saved.func.as_ref().map_or(entry_code, |f| &f.code);
                // A saved position is that of the instruction after the call.
                (code.clone(), code.line_of(saved.ip.saturating_sub(1)))
            })
            .collect()
    }
}
