//! The Python frames of a thread, for frame objects (`sys._getframe`) and `warnings`.
//!
//! The eval loop keeps no frame objects: what a frame is at lives where running it puts
//! it. The callers of a function running inlined are saved on `Vm::frames`; the
//! innermost frame of a loop that called into a nested `execute` is its `Entry::caller`,
//! noted by the call instruction; the innermost frame of the running loop is recorded by
//! `SnapshotStack`, which the compiler puts before calls of `_getframe`. A frame of a
//! loop entered from elsewhere (a builtin calling back, a generator resumed) has no
//! known caller: the walk ends there.

use std::sync::Arc;

use super::exec::frame_locals;
use super::frame::{Entry, FrameInfo, SavedFrame};
use super::Vm;
use crate::compiler::bytecode::CodeObject;
use crate::objects::dict::PyDict;
use crate::objects::Value;

/// A frame of the running loop: code, globals, the namespace of module and class code,
/// where its slots start, and the instruction it is at.
pub(super) type Running<'a> = (
    &'a Arc<CodeObject>,
    &'a Arc<PyDict>,
    Option<&'a Arc<PyDict>>,
    usize,
    usize,
);

impl Vm {
    /// `SnapshotStack`: records the running loop's frames with their namespaces.
    /// `entry` is the frame the loop was entered with (code, globals, namespace),
    /// `running` its innermost frame, `floor` the height of `frames` at the loop's entry.
    #[inline(never)]
    pub(super) fn snapshot_stack(
        &mut self,
        entry: (&Arc<CodeObject>, &Arc<PyDict>, Option<&Arc<PyDict>>),
        running: Running,
        stack: &[Value],
        floor: usize,
    ) {
        let info = |(code, globals, names, base, ip): Running| FrameInfo {
            code: code.clone(),
            ip,
            globals: Some(globals.clone()),
            locals: Some(frame_locals(code, globals, names, &stack[base..])),
        };
        let mut frames = vec![info(running)];
        for saved in self.frames[floor..].iter().rev() {
            let (code, globals, names) = match &saved.func {
                Some(func) => (&func.code, &func.globals, None),
                None => entry,
            };
            let ip = saved.ip.saturating_sub(1);
            frames.push(info((code, globals, names, saved.base, ip)));
        }
        self.stack_snapshot = Some(frames);
    }

    /// The frames of this thread, innermost first, from the one that called the running
    /// builtin, as far as they are known (see the module comment). Without a snapshot
    /// (`_getframe` called under another name), the list starts at that frame's caller.
    pub fn frame_infos(&mut self) -> Vec<FrameInfo> {
        let Some(entry) = self.entries.last() else {
            return Vec::new();
        };
        let mut frames = match self.stack_snapshot.take() {
            Some(frames) => frames,
            None => self.frames[entry.floor..]
                .iter()
                .rev()
                .map(|saved| self.saved_info(saved, entry))
                .collect(),
        };
        self.outer_frames(&mut frames);
        frames
    }

    /// The callers of the running Python function, innermost first, as the code each
    /// runs and its current line; as far as they are known (see the module comment).
    pub fn known_callers(&self) -> Vec<(Arc<CodeObject>, usize)> {
        let Some(entry) = self.entries.last() else {
            return Vec::new();
        };
        let mut frames: Vec<FrameInfo> = self.frames[entry.floor..]
            .iter()
            .rev()
            .map(|saved| self.saved_info(saved, entry))
            .collect();
        self.outer_frames(&mut frames);
        frames
            .into_iter()
            .map(|f| {
                let line = f.code.line_of(f.ip);
                (f.code, line)
            })
            .collect()
    }

    /// Appends the frames of the loops enclosing the running one, innermost first, up to
    /// the first loop whose caller is not known.
    fn outer_frames(&self, frames: &mut Vec<FrameInfo>) {
        for k in (1..self.entries.len()).rev() {
            let Some(caller) = &self.entries[k].caller else {
                return;
            };
            frames.push(FrameInfo {
                code: caller.code.clone(),
                ip: caller.ip,
                globals: Some(caller.globals.clone()),
                locals: None,
            });
            let outer = &self.entries[k - 1];
            let saved = &self.frames[outer.floor..self.entries[k].floor];
            frames.extend(saved.iter().rev().map(|s| self.saved_info(s, outer)));
        }
    }

    /// A saved caller of the loop entered as `entry`. A saved position is that of the
    /// instruction after the call.
    fn saved_info(&self, saved: &SavedFrame, entry: &Entry) -> FrameInfo {
        let (code, globals) = match &saved.func {
            Some(func) => (func.code.clone(), Some(func.globals.clone())),
            None => (entry.code.clone(), self.globals_at(entry.globals)),
        };
        FrameInfo {
            code,
            ip: saved.ip.saturating_sub(1),
            globals,
            locals: None,
        }
    }

    /// The globals dict at `address`, found among the modules' and the known callers'.
    fn globals_at(&self, address: usize) -> Option<Arc<PyDict>> {
        let is_it = |d: &Arc<PyDict>| Arc::as_ptr(d) as usize == address;
        let from_callers = self
            .entries
            .iter()
            .filter_map(|e| e.caller.as_ref())
            .map(|c| &c.globals)
            .find(|d| is_it(d))
            .cloned();
        from_callers.or_else(|| {
            self.interp
                .modules
                .items()
                .into_iter()
                .find_map(|(_, m)| match m {
                    Value::Module(m) if is_it(&m.dict) => Some(m.dict.clone()),
                    _ => None,
                })
        })
    }
}
