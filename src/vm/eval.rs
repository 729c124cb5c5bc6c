//! The dispatch loop: a `match` over the instruction enum, with integer fast paths inline
//! and everything else delegated to `ops`, `call` and `attr`.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::call::inline_callee;
use super::coroutine::exit_args;
use super::frame::{Block, CallerFrame, Entry, Frame, SavedFrame};
use super::generator::PyGenerator;
use super::suspend::Resumed;
use super::{PyResult, Vm};
use crate::compiler::bytecode::{format_value, make_function, CodeObject, GlobalCache, Instr};
use crate::objects::dict::{GlobalLookup, PyDict};
use crate::objects::exception::{error, PyException, TraceEntry};
use crate::objects::function::{Cell, Function};
use crate::objects::instance::PySlice;
use crate::objects::iter::{list_next, range_next, PyIter};
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};
use crate::stdlib::exception_group;

macro_rules! pop {
    ($s:expr) => {
        $s.pop().expect("value stack underflow")
    };
}

macro_rules! top {
    ($s:expr) => {
        $s.last_mut().expect("value stack underflow")
    };
}

/// `?` for the dispatch loop: leaves the loop with the error, so the frame's `ip` is
/// written back for the traceback.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break Err(e),
        }
    };
}

impl Vm {
    /// Runs a module's code in `globals`.
    pub fn run_code(&mut self, code: Arc<CodeObject>, globals: Arc<PyDict>) -> PyResult<Value> {
        self.run_code_in(&code, &globals, None)
    }

    /// Numbers a new frame activation (see `Block::serial`).
    pub(super) fn next_serial(&mut self) -> u64 {
        self.frame_serial += 1;
        self.frame_serial
    }

    pub(super) fn take_slots(&mut self) -> Vec<Value> {
        self.slot_pool.pop().unwrap_or_default()
    }

    pub(super) fn give_slots(&mut self, mut slots: Vec<Value>) {
        slots.clear();
        self.slot_pool.push(slots);
    }

    /// Runs a frame to completion, counting it against the recursion limit and recording
    /// it in the traceback of any exception that escapes.
    #[inline]
    pub fn run_frame(&mut self, frame: &mut Frame) -> PyResult<Value> {
        let limit = self
            .interp
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed);
        if self.depth >= limit {
            return Err(error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let blocks_len = self.blocks.len();
        let handled_len = self.handled.len();
        let serial = self.next_serial();
        let result = self.execute(frame, serial);
        self.depth -= 1;
        // An exception leaving the frame leaves its handlers and handled exceptions behind.
        self.blocks.truncate(blocks_len);
        if result.is_err() {
            self.handled.truncate(handled_len);
        }
        result
    }

    /// Runs frame `f`. A Python function it calls with exactly its positional arguments
    /// runs in this same loop rather than a nested `execute`: the caller's position is
    /// saved on `self.frames` (above `floor`, the height at entry) and restored on return,
    /// which makes a call little more than a jump.
    pub(super) fn execute(&mut self, f: &mut Frame, serial: u64) -> PyResult<Value> {
        self.entries.push(Entry {
            floor: self.frames.len(),
            code: f.code.clone(),
            globals: Arc::as_ptr(f.globals) as usize,
            caller: self.caller.take(),
        });
        let result = if self.step_budget == 0 {
            self.execute_in::<false>(f, serial)
        } else {
            self.execute_in::<true>(f, serial)
        };
        self.entries.pop();
        result
    }

    /// `execute`, compiled twice: with `STEP` (`-X switch-every=N`) every instruction
    /// counts towards a hand-over, without it the loop pays nothing for that mode.
    fn execute_in<const STEP: bool>(&mut self, f: &mut Frame, mut serial: u64) -> PyResult<Value> {
        let stack: &mut Vec<Value> = &mut *f.stack;
        let floor = self.frames.len();
        // The function of the running inlined frame; `None` while running `f` itself.
        let mut callee: Option<Arc<Function>> = None;
        let mut base = f.base;
        let mut ip = f.ip;
        if let Err(e) = self.gil_check_point((f.code, f.globals, ip + 1)) {
            e.state.lock().traceback.push(TraceEntry {
                code: f.code.clone(),
                ip: ip as u32,
            });
            f.ip = ip;
            return Err(e);
        }
        'frames: loop {
            let (code, globals, names): (&Arc<CodeObject>, &Arc<PyDict>, _) = match &callee {
                Some(func) => (&func.code, &func.globals, None),
                None => (f.code, f.globals, f.names),
            };
            let cells = base + code.nlocals();
            let instrs = &code.instrs[..];
            let result = loop {
                let instr = instrs[ip];
                ip += 1;
                if STEP {
                    self.count_step();
                }
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        pop!(stack).drop_fast();
                        self.finalize_dropped((code, globals, ip));
                    }
                    Instr::PrintExpr => tri!(self.display(pop!(stack))),
                    Instr::DupTop => {
                        let v = top!(stack).clone();
                        stack.push(v);
                    }
                    Instr::DupTopTwo => {
                        let n = stack.len();
                        let a = stack[n - 2].clone();
                        let b = stack[n - 1].clone();
                        stack.push(a);
                        stack.push(b);
                    }
                    Instr::RotTwo => {
                        let n = stack.len();
                        stack.swap(n - 1, n - 2);
                    }
                    Instr::RotThree => {
                        let v = pop!(stack);
                        let n = stack.len();
                        stack.insert(n - 2, v);
                    }
                    Instr::LoadConst(i) => {
                        let v = code.consts[i as usize].clone();
                        stack.push(v);
                    }
                    Instr::LoadFast(i) => {
                        let v = match &stack[base + i as usize] {
                            Value::Unbound => break Err(unbound_local(code, i)),
                            v => v.clone(),
                        };
                        stack.push(v);
                    }
                    Instr::StoreFast(i) => {
                        let v = pop!(stack);
                        std::mem::replace(&mut stack[base + i as usize], v).drop_fast();
                    }
                    Instr::DeleteFast(i) => {
                        let slot = &mut stack[base + i as usize];
                        if let Value::Unbound = slot {
                            break Err(unbound_local(code, i));
                        }
                        *slot = Value::Unbound;
                        self.finalize_dropped((code, globals, ip));
                    }
                    Instr::LoadDeref(i) => {
                        let v = cell_of(stack, cells, i).value.lock().clone();
                        if let Value::Unbound = v {
                            break Err(unbound_deref(code, i));
                        }
                        stack.push(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = pop!(stack);
                        let old = std::mem::replace(&mut *cell_of(stack, cells, i).value.lock(), v);
                        drop(old);
                    }
                    Instr::DeleteDeref(i) => {
                        let old = std::mem::replace(
                            &mut *cell_of(stack, cells, i).value.lock(),
                            Value::Unbound,
                        );
                        if let Value::Unbound = old {
                            break Err(unbound_deref(code, i));
                        }
                    }
                    Instr::LoadClosure(i) => {
                        let c = cell_of(stack, cells, i).clone();
                        stack.push(Value::Cell(c));
                    }
                    Instr::LoadGlobal(i) => {
                        let v = match self.load_global(code, globals, i) {
                            Ok(v) => v,
                            Err(e) => {
                                let locals = &stack[base..base + code.nlocals()];
                                self.suggest_name(code, locals, globals, &e, i);
                                break Err(e);
                            }
                        };
                        stack.push(v);
                    }
                    Instr::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let v = match names.and_then(|ns| ns.get_str(name.as_str(), name.hash())) {
                            Some(v) => v,
                            None => tri!(self.load_global(code, globals, i)),
                        };
                        stack.push(v);
                    }
                    Instr::StoreName(i) => {
                        let v = pop!(stack);
                        match names {
                            // A class body whose metaclass `__prepare__`d a dict subclass
                            // stores through its `__setitem__` (as Enum's does).
                            Some(ns) if ns.subclass.is_some() => {
                                let key = Value::Str(code.names[i as usize].clone());
                                tri!(self.set_item(&Value::Dict(ns.clone()), key, v));
                            }
                            _ => names.unwrap_or(globals).set_str(&code.names[i as usize], v),
                        }
                    }
                    Instr::DeleteName(i) => {
                        let name = &code.names[i as usize];
                        let ns = names.unwrap_or(globals);
                        if ns.remove_str(name.as_str(), name.hash()).is_none() {
                            break Err(name_error(name.as_str()));
                        }
                        self.finalize_dropped((code, globals, ip));
                    }
                    Instr::LoadBuildClass => stack.push(super::class::build_class_function()),
                    Instr::StoreGlobal(i) => {
                        let v = pop!(stack);
                        let name = &code.names[i as usize];
                        let cache = &code.global_cache[i as usize];
                        let v = match cache.globals_index() {
                            Some(idx) => match globals.set_at(idx, name, v) {
                                Ok(()) => continue,
                                Err(v) => v,
                            },
                            None => v,
                        };
                        cache.set_globals_index(globals.set_str_full(name, v));
                    }
                    Instr::DeleteGlobal(i) => {
                        let name = &code.names[i as usize];
                        if globals.remove_str(name.as_str(), name.hash()).is_none() {
                            break Err(name_error(name.as_str()));
                        }
                        self.finalize_dropped((code, globals, ip));
                    }
                    Instr::LoadAttr(i) => {
                        let obj = pop!(stack);
                        let i = i as usize;
                        let v = tri!(self.load_attr_at(&obj, &code.names[i], &code.attr_cache[i]));
                        stack.push(v);
                    }
                    Instr::LoadMethod(i) => {
                        let obj = pop!(stack);
                        tri!(self.load_method(stack, obj, code, i as usize));
                    }
                    Instr::StoreAttr(i) => {
                        let obj = pop!(stack);
                        let v = pop!(stack);
                        let i = i as usize;
                        tri!(self.store_attr_at(&obj, &code.names[i], v, &code.attr_cache[i]));
                    }
                    Instr::LoadFastAttr(l) => {
                        let obj = match &stack[base + l as usize] {
                            Value::Unbound => break Err(unbound_local(code, l)),
                            v => v,
                        };
                        let Instr::LoadAttr(i) = instrs[ip] else {
                            unreachable!("LoadFastAttr precedes a LoadAttr")
                        };
                        ip += 1;
                        let i = i as usize;
                        let v = tri!(self.load_attr_at(obj, &code.names[i], &code.attr_cache[i]));
                        stack.push(v);
                    }
                    Instr::StoreFastAttr(l) => {
                        let v = pop!(stack);
                        let obj = match &stack[base + l as usize] {
                            Value::Unbound => break Err(unbound_local(code, l)),
                            obj => obj,
                        };
                        let Instr::StoreAttr(i) = instrs[ip] else {
                            unreachable!("StoreFastAttr precedes a StoreAttr")
                        };
                        ip += 1;
                        let i = i as usize;
                        tri!(self.store_attr_at(obj, &code.names[i], v, &code.attr_cache[i]));
                    }
                    Instr::LoadFastMethod(l) => {
                        let obj = match &stack[base + l as usize] {
                            Value::Unbound => break Err(unbound_local(code, l)),
                            v => v.clone(),
                        };
                        let Instr::LoadMethod(i) = instrs[ip] else {
                            unreachable!("LoadFastMethod precedes a LoadMethod")
                        };
                        ip += 1;
                        tri!(self.load_method(stack, obj, code, i as usize));
                    }
                    Instr::DeleteAttr(i) => {
                        let obj = pop!(stack);
                        tri!(self.del_attr(&obj, &code.names[i as usize]));
                    }
                    Instr::BinarySubscr => {
                        let key = pop!(stack);
                        let obj = pop!(stack);
                        let v = match Vm::index_fast(&obj, &key) {
                            Some(v) => v,
                            None => tri!(self.get_item(&obj, &key)),
                        };
                        stack.push(v);
                    }
                    Instr::StoreSubscr => {
                        let key = pop!(stack);
                        let obj = pop!(stack);
                        let v = pop!(stack);
                        tri!(self.set_item(&obj, key, v));
                    }
                    Instr::DeleteSubscr => {
                        let key = pop!(stack);
                        let obj = pop!(stack);
                        tri!(self.del_item(&obj, &key));
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { pop!(stack) } else { Value::None };
                        let stop = pop!(stack);
                        let start = pop!(stack);
                        stack.push(Value::new_native(PySlice { start, stop, step }));
                    }
                    Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                        let b = pop!(stack);
                        if let (Instr::InplaceOp(BinOp::Add), Value::Str(t), Instr::StoreFast(l)) =
                            (instr, &b, instrs[ip])
                        {
                            if append_in_place(stack, base + l as usize, t) {
                                continue;
                            }
                        }
                        let a = top!(stack);
                        if let (Value::Int(x), Value::Int(y)) = (&mut *a, &b) {
                            if let Some(r) = int_fast_path(op, *x, *y) {
                                *x = r;
                                b.drop_fast();
                                continue;
                            }
                        }
                        if let Some(r) = float_fast_path(op, a, &b) {
                            *a = Value::from(r);
                            continue;
                        }
                        let r = if matches!(instr, Instr::InplaceOp(_)) {
                            tri!(self.inplace_op(a, &b, op))
                        } else {
                            tri!(self.binary_op(a, &b, op))
                        };
                        *top!(stack) = r;
                    }
                    Instr::UnaryNegative => {
                        let a = top!(stack);
                        let r = match &*a {
                            Value::Int(n) if *n != i64::MIN => Value::Int(-n),
                            Value::Float(x) => Value::from(-x.get()),
                            other => tri!(self.unary_negative(other)),
                        };
                        *top!(stack) = r;
                    }
                    Instr::UnaryPositive => {
                        let r = tri!(self.unary_positive(top!(stack)));
                        *top!(stack) = r;
                    }
                    Instr::UnaryInvert => {
                        let r = tri!(self.unary_invert(top!(stack)));
                        *top!(stack) = r;
                    }
                    Instr::UnaryNot => {
                        let t = tri!(self.is_true(top!(stack)));
                        *top!(stack) = Value::from(!t);
                    }
                    Instr::CompareOp(op) => {
                        let b = pop!(stack);
                        let a = top!(stack);
                        if let (Value::Int(x), Value::Int(y)) = (&*a, &b) {
                            let r = int_compare(op, *x, *y);
                            std::mem::replace(a, Value::from(r)).drop_fast();
                            b.drop_fast();
                            continue;
                        }
                        let r = tri!(self.compare(a, &b, op));
                        *top!(stack) = r;
                    }
                    Instr::Jump(t) => {
                        if (t as usize) < ip {
                            tri!(self.gil_check_point((code, globals, ip)));
                        }
                        ip = t as usize;
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = pop!(stack);
                        let truth = match &v {
                            Value::Bool(b) => b.get(),
                            other => tri!(self.is_true(other)),
                        };
                        v.drop_fast();
                        if !truth {
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = pop!(stack);
                        let truth = match &v {
                            Value::Bool(b) => b.get(),
                            other => tri!(self.is_true(other)),
                        };
                        v.drop_fast();
                        if truth {
                            ip = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        if tri!(self.is_true(top!(stack))) {
                            pop!(stack).drop_fast();
                        } else {
                            ip = t as usize;
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        if tri!(self.is_true(top!(stack))) {
                            ip = t as usize;
                        } else {
                            pop!(stack).drop_fast();
                        }
                    }
                    Instr::GetIter => {
                        let it = tri!(self.get_iter(top!(stack)));
                        *top!(stack) = it;
                    }
                    Instr::ForIter(t) => {
                        let next = match top!(stack) {
                            Value::Iter(it) => match &**it {
                                PyIter::Range {
                                    next,
                                    stop,
                                    step,
                                    done,
                                } => range_next(next, *stop, *step, done),
                                PyIter::Seq {
                                    seq: Value::List(l),
                                    index,
                                    ..
                                } => list_next(l, index),
                                _ => it.next(),
                            },
                            other => {
                                let other = other.clone();
                                tri!(self.next(&other))
                            }
                        };
                        match next {
                            Some(v) => stack.push(v),
                            None => {
                                if let Value::Iter(it) = top!(stack) {
                                    if it.dict_changed_size() {
                                        break Err(super::ops::dict_changed_size());
                                    }
                                }
                                pop!(stack);
                                ip = t as usize;
                            }
                        }
                    }
                    Instr::Call(argc) => {
                        let func_at = stack.len() - argc as usize - 1;
                        skip_unbound_method(stack, func_at);
                        // Run it in this loop rather than in a nested `execute`.
                        if let Some(func) = inline_callee(stack, func_at, &[]) {
                            tri!(self.gil_check_point((code, globals, ip)));
                            tri!(self.enter_inlined(
                                func,
                                func_at,
                                stack,
                                &mut callee,
                                (&mut base, &mut ip, &mut serial)
                            ));
                            continue 'frames;
                        }
                        if argc == 2 && Vm::append_call(stack, func_at) {
                            stack.push(Value::None);
                            continue;
                        }
                        let result =
                            tri!(self.call_from_stack(stack, func_at, (code, globals, ip)));
                        stack.push(result);
                    }
                    Instr::CallKw(argc) => {
                        let names = pop!(stack);
                        let func_at = stack.len() - argc as usize - 1;
                        skip_unbound_method(stack, func_at);
                        let Value::Tuple(names) = names else {
                            unreachable!("CallKw names are a constant tuple")
                        };
                        if let Some(func) = inline_callee(stack, func_at, &names.items) {
                            tri!(self.gil_check_point((code, globals, ip)));
                            tri!(self.enter_inlined(
                                func,
                                func_at,
                                stack,
                                &mut callee,
                                (&mut base, &mut ip, &mut serial)
                            ));
                            continue 'frames;
                        }
                        let mut args: Vec<Value> = stack.drain(func_at + 1..).collect();
                        let kw_values = args.split_off(args.len() - names.items.len());
                        let kwargs = names
                            .items
                            .iter()
                            .zip(kw_values)
                            .map(|(n, v)| match n {
                                Value::Str(s) => (s.clone(), v),
                                _ => unreachable!("keyword names are strs"),
                            })
                            .collect::<Vec<_>>();
                        let func = pop!(stack);
                        let result = tri!(self.call_as_caller(
                            starts_loop(&func),
                            (code, globals, ip),
                            |vm| vm.call(&func, args, kwargs)
                        ));
                        stack.push(result);
                    }
                    Instr::CallEx(has_kwargs) => {
                        let kwargs = if has_kwargs {
                            match pop!(stack) {
                                Value::Dict(d) => tri!(d
                                    .items()
                                    .into_iter()
                                    .map(|(k, v)| match k {
                                        Value::Str(s) => Ok((s, v)),
                                        _ => Err(self.type_error("keywords must be strings")),
                                    })
                                    .collect::<PyResult<Vec<_>>>()),
                                _ => unreachable!("KwargsMerge leaves a dict"),
                            }
                        } else {
                            Vec::new()
                        };
                        let args = match pop!(stack) {
                            Value::Tuple(t) => t.items.to_vec(),
                            _ => unreachable!("CallEx takes a tuple of arguments"),
                        };
                        let func = pop!(stack);
                        let result = tri!(self.call_as_caller(
                            starts_loop(&func),
                            (code, globals, ip),
                            |vm| vm.call(&func, args, kwargs)
                        ));
                        stack.push(result);
                    }
                    Instr::MakeFunction(flags) => {
                        let func = make_function(stack, globals, flags);
                        stack.push(func);
                    }
                    Instr::ReturnValue if self.frames.len() > floor => {
                        let v = pop!(stack);
                        self.return_inlined(
                            stack,
                            v,
                            &mut callee,
                            (&mut base, &mut ip, &mut serial),
                        );
                        continue 'frames;
                    }
                    Instr::ReturnFast(l) => {
                        let v = std::mem::replace(&mut stack[base + l as usize], Value::Unbound);
                        if let Value::Unbound = v {
                            break Err(unbound_local(code, l));
                        }
                        if self.frames.len() == floor {
                            break Ok(v);
                        }
                        self.return_inlined(
                            stack,
                            v,
                            &mut callee,
                            (&mut base, &mut ip, &mut serial),
                        );
                        continue 'frames;
                    }
                    Instr::ReturnValue | Instr::YieldValue => break Ok(pop!(stack)),
                    Instr::GetYieldFromIter => {
                        if top!(stack).native::<PyGenerator>().is_none() {
                            let it = tri!(self.get_iter(top!(stack)));
                            *top!(stack) = it;
                        }
                    }
                    Instr::Send(exit) => {
                        let v = pop!(stack);
                        let receiver = top!(stack).clone();
                        match tri!(self.send_to(&receiver, v)) {
                            Resumed::Yielded(y) => stack.push(y),
                            Resumed::Returned(r) => {
                                *top!(stack) = r;
                                ip = exit as usize;
                            }
                        }
                    }
                    Instr::AsyncGenWrap => {
                        let v = pop!(stack);
                        stack.push(super::asyncgen::wrap(v));
                    }
                    Instr::GetAwaitable(what) => {
                        let it = tri!(self.get_awaitable(top!(stack), what));
                        *top!(stack) = it;
                    }
                    Instr::BeforeAsyncWith => {
                        let cm = pop!(stack);
                        let (exit, entered) = tri!(self.enter_async_context(&cm));
                        stack.push(exit);
                        stack.push(entered);
                    }
                    Instr::AsyncWithExit => {
                        let exit = pop!(stack);
                        let none = || Value::None;
                        let r = tri!(self.call(&exit, vec![none(), none(), none()], Vec::new()));
                        stack.push(r);
                    }
                    Instr::GetAIter => {
                        let it = tri!(self.get_aiter(top!(stack)));
                        *top!(stack) = it;
                    }
                    Instr::GetANext => {
                        let next = tri!(self.get_anext(top!(stack)));
                        stack.push(next);
                    }
                    Instr::EndAsyncFor => {
                        let Value::Exception(e) = pop!(stack) else {
                            unreachable!("an async for handler receives the exception")
                        };
                        if !e.is("StopAsyncIteration") {
                            self.reraising = true;
                            break Err(e);
                        }
                        self.handled.pop();
                        pop!(stack).drop_fast();
                    }
                    Instr::Resume => {
                        if let Some(e) = self.thrown.take() {
                            pop!(stack).drop_fast();
                            break Err(e);
                        }
                    }
                    Instr::BuildTuple(n) => {
                        let items = stack.split_off(stack.len() - n as usize);
                        stack.push(Value::tuple(items));
                    }
                    Instr::BuildTupleFrom(sole) => {
                        let iterable = pop!(stack);
                        if sole && self.get_iter(&iterable).is_err() {
                            break Err(self.type_error(format!(
                                "{}() argument after * must be an iterable, not {}",
                                self.callable_name(top!(stack)),
                                iterable.type_name()
                            )));
                        }
                        let items = tri!(self.extend_items(&iterable));
                        stack.push(Value::tuple(items));
                    }
                    Instr::TupleConcat(n) => {
                        let parts = stack.split_off(stack.len() - n as usize);
                        let mut items = Vec::new();
                        for p in parts {
                            if let Value::Tuple(t) = p {
                                items.extend(t.items.iter().cloned());
                            }
                        }
                        stack.push(Value::tuple(items));
                    }
                    Instr::KwargsMerge(n) => {
                        let maps = stack.split_off(stack.len() - n as usize);
                        // The positional-arguments tuple sits between the callee and the maps.
                        let func_name = self.callable_name(&stack[stack.len() - 2]);
                        let merged = tri!(self.merge_kwargs(&func_name, maps));
                        stack.push(merged);
                    }
                    Instr::BuildList(n) => {
                        let items = stack.split_off(stack.len() - n as usize);
                        stack.push(Value::list(items));
                    }
                    Instr::BuildSet(n) => {
                        let items = stack.split_off(stack.len() - n as usize);
                        let set = tri!(self.build_set(items));
                        stack.push(set);
                    }
                    Instr::ListExtend(n) => {
                        let iterable = pop!(stack);
                        let items = tri!(self.extend_items(&iterable));
                        match &stack[stack.len() - n as usize] {
                            Value::List(l) => l.items.lock().extend(items),
                            _ => unreachable!("ListExtend targets a display's list"),
                        }
                    }
                    Instr::ListToTuple => {
                        if let Value::List(l) = pop!(stack) {
                            stack.push(Value::tuple(
                                std::mem::take(&mut *l.items.lock()).into_vec(),
                            ));
                        }
                    }
                    Instr::SetAdd(n) => {
                        let v = pop!(stack);
                        let Value::Set(s) = &stack[stack.len() - n as usize] else {
                            unreachable!("SetAdd targets a display's set")
                        };
                        let key = tri!(self.hashed(v).and_then(|k| self.set_key(s, k)));
                        s.table.lock().insert(key);
                    }
                    Instr::SetUpdate(n) => {
                        let iterable = pop!(stack);
                        let target = stack[stack.len() - n as usize].clone();
                        tri!(self.set_update(&target, &iterable));
                    }
                    Instr::DictUpdate(n) => {
                        let mapping = pop!(stack);
                        let target = stack[stack.len() - n as usize].clone();
                        tri!(self.dict_update(&target, &mapping));
                    }
                    Instr::BuildMap(n) => {
                        let items = stack.split_off(stack.len() - 2 * n as usize);
                        let dict = tri!(self.build_map(items));
                        stack.push(dict);
                    }
                    Instr::BuildString(n) => {
                        let parts = stack.split_off(stack.len() - n as usize);
                        let mut s = String::new();
                        for p in &parts {
                            if let Value::Str(p) = p {
                                s.push_str(p.as_str());
                            }
                        }
                        stack.push(Value::str(s));
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = pop!(stack);
                        let items = tri!(self.unpack(&seq, n as usize));
                        stack.extend(items.into_iter().rev());
                    }
                    Instr::UnpackEx(counts) => {
                        let seq = pop!(stack);
                        let (before, after) = (counts & 0xffff, counts >> 16);
                        let items = tri!(self.unpack_ex(&seq, before as usize, after as usize));
                        stack.extend(items.into_iter().rev());
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & format_value::HAS_SPEC != 0 {
                            Some(pop!(stack))
                        } else {
                            None
                        };
                        let v = pop!(stack);
                        let s = tri!(self.format_value(v, flags, spec));
                        stack.push(Value::str(s));
                    }
                    Instr::Raise(0) => match self.handled.last() {
                        Some(e) => {
                            self.reraising = true;
                            break Err(e.clone());
                        }
                        None => break Err(error("RuntimeError", "No active exception to reraise")),
                    },
                    Instr::Raise(n) => {
                        let exc = tri!(self.raise(stack, n));
                        break Err(exc);
                    }
                    Instr::ListAppend(n) => {
                        let v = pop!(stack);
                        let at = stack.len() - n as usize;
                        match &stack[at] {
                            Value::List(l) => l.items.lock().push(v),
                            _ => unreachable!("ListAppend targets the comprehension's list"),
                        }
                    }
                    Instr::MapAdd(n) => {
                        let v = pop!(stack);
                        let k = pop!(stack);
                        let at = stack.len() - n as usize;
                        let Value::Dict(d) = stack[at].clone() else {
                            unreachable!("MapAdd targets the comprehension's dict")
                        };
                        let key = tri!(self.dict_key(&d, k));
                        d.set_item(key, v);
                    }
                    Instr::ImportName(i) => {
                        let m = tri!(self.import_module(code.names[i as usize].as_str()));
                        stack.push(m);
                    }
                    Instr::ImportFrom(i) => {
                        let module = top!(stack).clone();
                        let v = tri!(self.import_from(&module, &code.names[i as usize]));
                        stack.push(v);
                    }
                    Instr::ImportStar => {
                        let module = pop!(stack);
                        tri!(self.import_star(&module, names.unwrap_or(globals)));
                    }
                    Instr::SetupHandler(t) => self.blocks.push(Block {
                        serial,
                        handler: t,
                        stack_len: stack.len(),
                        handled_len: self.handled.len(),
                    }),
                    Instr::PopBlock => {
                        self.blocks.pop();
                    }
                    Instr::PopExcept => {
                        self.handled.pop();
                    }
                    Instr::CheckExcMatch => {
                        let class = pop!(stack);
                        let matched = tri!(self.exception_matches(top!(stack), &class));
                        *top!(stack) = Value::from(matched);
                    }
                    Instr::CheckEgMatch => {
                        let classes = pop!(stack);
                        let rest = pop!(stack);
                        let (rest, matched) =
                            tri!(exception_group::check_eg_match(self, rest, &classes));
                        // The clause handles its part, as `sys.exc_info()` shows.
                        if let (Value::Exception(m), Some(current)) =
                            (&matched, self.handled.last_mut())
                        {
                            *current = m.clone();
                        }
                        stack.push(rest);
                        stack.push(matched);
                    }
                    Instr::PrepReraiseStar => {
                        let raised = pop!(stack);
                        let orig = pop!(stack);
                        let exc = tri!(exception_group::prep_reraise_star(self, &orig, &raised));
                        stack.push(exc);
                    }
                    Instr::Reraise => {
                        let Value::Exception(e) = pop!(stack) else {
                            unreachable!("Reraise takes the exception a handler received")
                        };
                        self.reraising = true;
                        break Err(e);
                    }
                    Instr::SetupWith(t) => {
                        let cm = pop!(stack);
                        let (exit, entered) = tri!(self.enter_context(&cm));
                        stack.push(exit);
                        self.blocks.push(Block {
                            serial,
                            handler: t,
                            stack_len: stack.len(),
                            handled_len: self.handled.len(),
                        });
                        stack.push(entered);
                    }
                    Instr::WithExit => {
                        let exit = pop!(stack);
                        let none = || Value::None;
                        tri!(self.call(&exit, vec![none(), none(), none()], Vec::new()));
                    }
                    Instr::SnapshotFrame => {
                        self.snapshot_frame(code, globals, names, &stack[base..]);
                    }
                    Instr::SnapshotStack => {
                        let entry = (f.code, f.globals, f.names);
                        let running = (code, globals, names, base, ip);
                        self.snapshot_stack(entry, running, stack, floor);
                    }
                    Instr::WithExcept | Instr::AsyncWithExcept => {
                        let exc = pop!(stack);
                        let exit = pop!(stack);
                        let Value::Exception(e) = &exc else {
                            unreachable!("a with handler receives the exception")
                        };
                        let r = tri!(self.call(&exit, exit_args(e), Vec::new()));
                        stack.push(exc);
                        stack.push(r);
                    }
                    Instr::WithExceptResult => {
                        let r = pop!(stack);
                        let exc = pop!(stack);
                        let Value::Exception(e) = &exc else {
                            unreachable!("a with handler receives the exception")
                        };
                        if tri!(self.is_true(&r)) {
                            self.handled.pop();
                        } else {
                            self.reraising = true;
                            break Err(e.clone());
                        }
                    }
                    Instr::LoadAssertionError => {
                        stack.push(Value::Type(exception_type("AssertionError")))
                    }
                    Instr::LoadFastLoadConst(i) => {
                        let v = match &stack[base + i as usize] {
                            Value::Unbound => break Err(unbound_local(code, i)),
                            v => v.clone(),
                        };
                        stack.push(v);
                        let Instr::LoadConst(j) = instrs[ip] else {
                            unreachable!("LoadFastLoadConst precedes a LoadConst")
                        };
                        ip += 1;
                        stack.push(code.consts[j as usize].clone());
                    }
                    Instr::LoadFastLoadFast(i) => {
                        let v = match &stack[base + i as usize] {
                            Value::Unbound => break Err(unbound_local(code, i)),
                            v => v.clone(),
                        };
                        stack.push(v);
                        let Instr::LoadFast(j) = instrs[ip] else {
                            unreachable!("LoadFastLoadFast precedes a LoadFast")
                        };
                        ip += 1;
                        let v = match &stack[base + j as usize] {
                            Value::Unbound => break Err(unbound_local(code, j)),
                            v => v.clone(),
                        };
                        stack.push(v);
                    }
                    Instr::LoadFastConstBinaryOp(i) => {
                        let (Instr::LoadConst(j), Instr::BinaryOp(op)) =
                            (instrs[ip], instrs[ip + 1])
                        else {
                            unreachable!("LoadFastConstBinaryOp precedes LoadConst, BinaryOp")
                        };
                        let a = match &stack[base + i as usize] {
                            Value::Unbound => break Err(unbound_local(code, i)),
                            v => v,
                        };
                        let b = &code.consts[j as usize];
                        ip += 2;
                        if let (Value::Int(x), Value::Int(y)) = (a, b) {
                            if let Some(r) = int_fast_path(op, *x, *y) {
                                stack.push(Value::Int(r));
                                continue;
                            }
                        }
                        if let Some(r) = float_fast_path(op, a, b) {
                            stack.push(Value::from(r));
                            continue;
                        }
                        let a = a.clone();
                        let r = tri!(self.binary_op(&a, b, op));
                        stack.push(r);
                    }
                    Instr::LoadFastConstCompareJump(i) => {
                        let (Instr::LoadConst(j), Instr::CompareOp(op), Instr::PopJumpIfFalse(t)) =
                            (instrs[ip], instrs[ip + 1], instrs[ip + 2])
                        else {
                            unreachable!("LoadFastConstCompareJump precedes LoadConst, CompareOp, PopJumpIfFalse")
                        };
                        let a = match &stack[base + i as usize] {
                            Value::Unbound => break Err(unbound_local(code, i)),
                            v => v,
                        };
                        let b = &code.consts[j as usize];
                        // Past the compare, for its errors.
                        ip += 2;
                        let truth = match (a, b) {
                            (Value::Int(x), Value::Int(y)) => int_compare(op, *x, *y),
                            _ => {
                                let a = a.clone();
                                let r = tri!(self.compare(&a, b, op));
                                ip += 1;
                                let t = tri!(self.is_true(&r));
                                ip -= 1;
                                t
                            }
                        };
                        ip = if truth { ip + 1 } else { t as usize };
                    }
                    Instr::CompareOpJumpIfFalse(op) => {
                        let b = pop!(stack);
                        let a = pop!(stack);
                        let truth = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => int_compare(op, *x, *y),
                            _ => {
                                let r = tri!(self.compare(&a, &b, op));
                                // Past the jump: an error in `__bool__` belongs to it.
                                ip += 1;
                                let t = tri!(self.is_true(&r));
                                ip -= 1;
                                t
                            }
                        };
                        a.drop_fast();
                        b.drop_fast();
                        let Instr::PopJumpIfFalse(t) = instrs[ip] else {
                            unreachable!("CompareOpJumpIfFalse precedes a PopJumpIfFalse")
                        };
                        ip = if truth { ip + 1 } else { t as usize };
                    }
                }
            };
            match result {
                Err(e) => {
                    let mut reraise = std::mem::take(&mut self.reraising);
                    // Raising again (`raise`, or what `except*` left) chains nothing.
                    if !reraise {
                        self.chain_context(&e);
                    }
                    // Each frame the exception passes adds its line to the traceback, then
                    // a handler of that frame takes it, or the frame is left.
                    loop {
                        if !reraise {
                            let running = callee.as_ref().map_or(f.code, |func| &func.code);
                            e.state.lock().traceback.push(TraceEntry {
                                code: running.clone(),
                                ip: ip.saturating_sub(1) as u32,
                            });
                        }
                        reraise = false;
                        if self.blocks.last().is_some_and(|b| b.serial == serial) {
                            let b = self.blocks.pop().expect("checked above");
                            clear_above(stack, b.stack_len);
                            self.handled.truncate(b.handled_len);
                            stack.push(Value::Exception(e.clone()));
                            self.handled.push(e);
                            ip = b.handler as usize;
                            break;
                        }
                        if self.frames.len() == floor {
                            f.ip = ip;
                            return Err(e);
                        }
                        clear_above(stack, base - 1);
                        self.leave_inlined(&mut callee, &mut base, &mut ip, &mut serial);
                    }
                }
                result => {
                    f.ip = ip;
                    return result;
                }
            }
        }
    }

    /// `obj -> method obj` for a call `obj.name(...)` that can pass `obj` as the method's
    /// first argument, else `obj -> <unbound> attr`.
    #[inline(always)]
    fn load_method(
        &mut self,
        stack: &mut Vec<Value>,
        obj: Value,
        code: &CodeObject,
        name: usize,
    ) -> PyResult<()> {
        match self.method_at(&obj, &code.names[name], &code.attr_cache[name]) {
            Some(method) => {
                stack.push(method);
                stack.push(obj);
            }
            None => {
                let v = self.get_attr(&obj, &code.names[name])?;
                stack.push(Value::Unbound);
                stack.push(v);
            }
        }
        Ok(())
    }

    /// Makes `call` from the frame at `caller` (its code, globals and the position after
    /// the call instruction). When the callee `starts_loop`, the frame becomes the caller
    /// of the `execute` loop the callee runs in, for frame objects; the common calls of
    /// builtins pay nothing for it.
    #[inline(always)]
    pub(super) fn call_as_caller<R>(
        &mut self,
        starts_loop: bool,
        caller: (&Arc<CodeObject>, &Arc<PyDict>, usize),
        call: impl FnOnce(&mut Self) -> R,
    ) -> R {
        if !starts_loop {
            return call(self);
        }
        self.note_caller(caller.0, caller.1, caller.2 - 1);
        let result = call(self);
        // Taken by the callee's loop, or left by a callee that started none.
        self.caller = None;
        result
    }

    #[inline(never)]
    fn note_caller(&mut self, code: &Arc<CodeObject>, globals: &Arc<PyDict>, ip: usize) {
        self.caller = Some(CallerFrame {
            code: code.clone(),
            globals: globals.clone(),
            ip,
        });
    }

    /// Starts running `func`, its arguments bound at `stack[func_at + 1..]`, in the running
    /// `execute` loop (after the caller's check point); its caller's position is saved in
    /// `frames` for `leave_inlined`.
    #[inline(always)]
    fn enter_inlined(
        &mut self,
        func: Arc<Function>,
        func_at: usize,
        stack: &mut Vec<Value>,
        callee: &mut Option<Arc<Function>>,
        (base, ip, serial): (&mut usize, &mut usize, &mut u64),
    ) -> PyResult<()> {
        let limit = self.interp.recursion_limit.load(Ordering::Relaxed);
        if self.depth >= limit {
            return Err(error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        enter_function(&func, stack, func_at + 1);
        // Room first, then the fields stored in place: `push` would build the frame in a
        // temporary around its grow path and copy it in 16-byte halves, reloads that stall
        // on the fields just stored.
        self.frames.reserve(1);
        self.frames.spare_capacity_mut()[0].write(SavedFrame {
            func: callee.replace(func),
            base: *base,
            ip: *ip,
            serial: *serial,
        });
        // SAFETY: the slot past the end was reserved and written just above.
        unsafe { self.frames.set_len(self.frames.len() + 1) };
        *serial = self.next_serial();
        *base = func_at + 1;
        *ip = 0;
        Ok(())
    }

    /// An inlined callee returns `v`: back to its caller, `v` in place of the callee.
    #[inline(always)]
    fn return_inlined(
        &mut self,
        stack: &mut Vec<Value>,
        v: Value,
        callee: &mut Option<Arc<Function>>,
        (base, ip, serial): (&mut usize, &mut usize, &mut u64),
    ) {
        clear_above(stack, *base);
        std::mem::replace(&mut stack[*base - 1], v).drop_fast();
        self.leave_inlined(callee, base, ip, serial);
    }

    /// Pops an inlined frame, restoring its caller's position.
    #[inline(always)]
    fn leave_inlined(
        &mut self,
        callee: &mut Option<Arc<Function>>,
        base: &mut usize,
        ip: &mut usize,
        serial: &mut u64,
    ) {
        if let Some(saved) = self.frames.pop() {
            // Drops the returning function (the reference its caller's stack slot had).
            *callee = saved.func;
            *base = saved.base;
            *ip = saved.ip;
            *serial = saved.serial;
            self.depth -= 1;
        }
    }

    /// A new exception raised while another is being handled remembers it as `__context__`.
    fn chain_context(&self, e: &Arc<PyException>) {
        let Some(current) = self.handled.last() else {
            return;
        };
        if Arc::ptr_eq(current, e) {
            return;
        }
        let mut st = e.state.lock();
        if st.context.is_none() {
            st.context = Some(Value::Exception(current.clone()));
        }
    }

    fn build_map(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let dict = PyDict::new();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            let key = self.dict_key(&dict, k)?;
            dict.set_item(key, v);
        }
        Ok(Value::Dict(dict))
    }

    fn format_value(&mut self, v: Value, flags: u32, spec: Option<Value>) -> PyResult<String> {
        let v = match flags & format_value::CONV_MASK {
            format_value::CONV_STR => Value::str(self.str(&v)?),
            format_value::CONV_REPR => Value::str(self.repr(&v)?),
            format_value::CONV_ASCII => Value::str(ascii_escape(&self.repr(&v)?)),
            _ => v,
        };
        let spec = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
        self.format(&v, spec)
    }

    /// `LoadGlobal`: the cached entry of globals or builtins when it still holds the name,
    /// else a full lookup that refreshes the cache.
    #[inline(always)]
    fn load_global(&self, code: &CodeObject, globals: &PyDict, i: u32) -> PyResult<Value> {
        let name = &code.names[i as usize];
        let cache = &code.global_cache[i as usize];
        if let Some(idx) = cache.globals_index() {
            if let Some(v) = globals.get_at(idx, name) {
                return Ok(v);
            }
        }
        if let Some(idx) = cache.builtins_index(globals.map.tag()) {
            if let Some(v) = self.interp.builtins.get_at(idx, name) {
                return Ok(v);
            }
        }
        self.load_global_slow(cache, globals, name)
    }

    #[inline(never)]
    fn load_global_slow(
        &self,
        cache: &GlobalCache,
        globals: &PyDict,
        name: &Arc<PyStr>,
    ) -> PyResult<Value> {
        let tag = match globals.lookup_global(name) {
            GlobalLookup::Found(idx, v) => {
                cache.set_globals_index(idx);
                return Ok(v);
            }
            GlobalLookup::Absent(tag) => tag,
        };
        if let Some(builtins) = self.custom_builtins(globals) {
            return super::exec::custom_builtin(&builtins, name);
        }
        match self.interp.builtins.lookup_global(name) {
            GlobalLookup::Found(idx, v) => {
                cache.set_builtins(tag, idx);
                Ok(v)
            }
            GlobalLookup::Absent(_) => Err(name_error(name.as_str())),
        }
    }

    /// Adds CPython's "Did you mean" to a NameError raised by `LoadGlobal(i)`: the closest
    /// of the frame's bound locals, then globals, then builtins.
    #[cold]
    fn suggest_name(
        &self,
        code: &CodeObject,
        locals: &[Value],
        globals: &PyDict,
        exc: &Arc<PyException>,
        i: u32,
    ) {
        let name = code.names[i as usize].as_str();
        let locals: Vec<String> = code
            .varnames
            .iter()
            .zip(locals)
            .filter(|(_, v)| !matches!(v, Value::Unbound))
            .map(|(n, _)| n.as_str().to_string())
            .collect();
        let keys = |d: &PyDict| -> Vec<String> {
            d.items()
                .into_iter()
                .filter_map(|(k, _)| k.as_str().map(str::to_string))
                .collect()
        };
        let suggestion = [locals, keys(globals), keys(&self.interp.builtins)]
            .iter()
            .find_map(|candidates| crate::vm::suggest::closest(name, candidates));
        exc.state.lock().suggestion = suggestion;
    }

    /// Builds the exception a `raise` statement throws.
    fn raise(&mut self, stack: &mut Vec<Value>, n: u32) -> PyResult<Arc<PyException>> {
        if n == 0 {
            return Err(error("RuntimeError", "No active exception to reraise"));
        }
        let cause = if n == 2 { Some(pop!(stack)) } else { None };
        let exc = self.make_exception(pop!(stack))?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                other => Some(Value::Exception(self.make_exception(other)?)),
            };
            let mut st = exc.state.lock();
            st.cause = cause;
            st.suppress_context = true;
        }
        Ok(exc)
    }

    /// `except class:` — `class` may be a tuple of classes.
    fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        let Value::Exception(e) = exc else {
            return Ok(false);
        };
        match class {
            Value::Type(t) if t.is_subtype(&crate::objects::types::types().base_exception) => {
                Ok(e.class.is_subtype(t))
            }
            Value::Tuple(items) => {
                for c in items.items.iter() {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `with cm:` — returns the bound `__exit__` and what `__enter__` returned.
    fn enter_context(&mut self, cm: &Value) -> PyResult<(Value, Value)> {
        let class = cm.type_of();
        let (Some(enter), Some(exit)) = (class.lookup("__enter__"), class.lookup("__exit__"))
        else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                class.name
            )));
        };
        let exit = self.bind_method(exit, cm);
        let enter = self.bind_method(enter, cm);
        let entered = self.call(&enter, Vec::new(), Vec::new())?;
        Ok((exit, entered))
    }

    /// `raise X`: X may be an exception instance or class.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Arc<PyException>> {
        match v {
            Value::Exception(e) => Ok(e),
            Value::Type(t) if t.is_subtype(&crate::objects::types::types().base_exception) => {
                match self.call(&Value::Type(t), Vec::new(), Vec::new())? {
                    Value::Exception(e) => Ok(e),
                    _ => Err(self.type_error("exceptions must derive from BaseException")),
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }
}

/// `+ - * /` with a float operand and an int or float other operand, which cannot fail
/// (division by zero is left to the full path, for its error).
#[inline(always)]
fn float_fast_path(op: BinOp, a: &Value, b: &Value) -> Option<f64> {
    let (x, y) = match (a, b) {
        (Value::Float(x), Value::Float(y)) => (x.get(), y.get()),
        (Value::Float(x), Value::Int(y)) => (x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) => (*x as f64, y.get()),
        _ => return None,
    };
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mult => Some(x * y),
        BinOp::Div if y != 0.0 => Some(x / y),
        _ => None,
    }
}

#[inline(always)]
fn int_fast_path(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            let q = x / y;
            Some(if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
            let r = x % y;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

#[inline(always)]
fn int_compare(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::In | CmpOp::NotIn => false,
    }
}

fn unbound_local(code: &CodeObject, slot: u32) -> Arc<PyException> {
    error(
        "UnboundLocalError",
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            code.varnames[slot as usize].as_str()
        ),
    )
}

fn unbound_deref(code: &CodeObject, slot: u32) -> Arc<PyException> {
    let slot = slot as usize;
    match code.cellvars.get(slot) {
        Some(name) => error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name.as_str()
            ),
        ),
        None => error(
            "NameError",
            format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                code.freevars[slot - code.cellvars.len()].as_str()
            ),
        ),
    }
}

/// Whether calling `callee` (not inlined) may run Python code in an `execute` loop of
/// its own: anything but a builtin function or type.
#[inline(always)]
fn starts_loop(callee: &Value) -> bool {
    match callee {
        Value::Builtin(_) => false,
        Value::Type(t) => !t.is_builtin(),
        _ => true,
    }
}

/// Pushes a frame's cells above its locals (`stack[base..base + nlocals]`): a fresh cell
/// per cellvar (holding the argument when the cellvar is a parameter), then the closure's.
pub(super) fn push_cells(
    code: &CodeObject,
    closure: &[Arc<Cell>],
    stack: &mut Vec<Value>,
    base: usize,
) {
    for _ in &code.cellvars {
        stack.push(Value::Cell(Cell::new(Value::Unbound)));
    }
    let cells = base + code.nlocals();
    for &(slot, cell) in &code.cell_args {
        let v = stack[base + slot as usize].clone();
        *cell_of(stack, cells, cell).value.lock() = v;
    }
    stack.extend(closure.iter().map(|c| Value::Cell(c.clone())));
}

/// Makes `stack[base..]`, which holds `func`'s positional arguments, into its frame:
/// the remaining locals unbound, then its cells.
#[inline]
pub(super) fn enter_function(func: &Function, stack: &mut Vec<Value>, base: usize) {
    let code = &func.code;
    let locals_end = base + code.nlocals();
    while stack.len() < locals_end {
        stack.push(Value::Unbound);
    }
    if !code.cellvars.is_empty() || !func.closure.is_empty() {
        push_cells(code, &func.closure, stack, base);
    }
}

/// A `LoadMethod` that found no plain method left `<unbound> attr` for the call: the
/// attribute value is the callable.
#[inline(always)]
fn skip_unbound_method(stack: &mut Vec<Value>, func_at: usize) {
    if let Value::Unbound = stack[func_at] {
        stack.remove(func_at);
    }
}

/// `s += t` where the result goes back to local `s` (at `stack[local]`): when the local
/// and the stack's top are the only references to the string, the local lets go of it
/// and `t` is appended in place, as CPython does, so building a string in a loop is not
/// quadratic. Returns whether it did.
fn append_in_place(stack: &mut [Value], local: usize, t: &PyStr) -> bool {
    let (locals, top) = stack.split_at_mut(stack.len() - 1);
    let Value::Str(s) = &mut top[0] else {
        return false;
    };
    if !matches!(&locals[local], Value::Str(l) if Arc::ptr_eq(l, s)) || Arc::strong_count(s) != 2 {
        return false;
    }
    locals[local] = Value::Unbound;
    match Arc::get_mut(s) {
        Some(s) => {
            s.append(t);
            true
        }
        None => false,
    }
}

/// Truncates the stack to `len`, skipping drop glue for inline values.
#[inline]
fn clear_above(stack: &mut Vec<Value>, len: usize) {
    while stack.len() > len {
        if let Some(v) = stack.pop() {
            v.drop_fast();
        }
    }
}

#[inline]
fn cell_of(stack: &[Value], cells: usize, i: u32) -> &Arc<Cell> {
    match &stack[cells + i as usize] {
        Value::Cell(c) => c,
        _ => unreachable!("cell slots hold cells"),
    }
}

fn make_function(stack: &mut Vec<Value>, globals: &Arc<PyDict>, flags: u32) -> Value {
    let qualname = match pop!(stack) {
        Value::Str(s) => s,
        _ => unreachable!("MakeFunction takes a qualname"),
    };
    let Value::Code(code) = pop!(stack) else {
        unreachable!("MakeFunction takes a code object")
    };
    let closure = if flags & make_function::CLOSURE != 0 {
        match pop!(stack) {
            Value::Tuple(t) => t
                .items
                .iter()
                .map(|c| match c {
                    Value::Cell(c) => c.clone(),
                    _ => Cell::new(Value::Unbound),
                })
                .collect(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let renamed = std::sync::OnceLock::new();
    if flags & make_function::ANNOTATIONS != 0 {
        let attrs = PyDict::new();
        attrs.set_str(&PyStr::new("__annotations__"), pop!(stack));
        let _ = renamed.set(attrs);
    }
    let kwdefaults = if flags & make_function::KWDEFAULTS != 0 {
        match pop!(stack) {
            Value::Dict(d) => d
                .items()
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Value::Str(s) => Some((s, v)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let defaults = if flags & make_function::DEFAULTS != 0 {
        match pop!(stack) {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    Value::Function(Arc::new(Function {
        name: code.name.clone(),
        qualname,
        code,
        globals: globals.clone(),
        defaults,
        kwdefaults,
        closure,
        dict: Default::default(),
        renamed,
    }))
}

pub fn name_error(name: &str) -> Arc<PyException> {
    error("NameError", format!("name '{name}' is not defined"))
}

/// `ascii()`: the repr with every non-ASCII character escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}
