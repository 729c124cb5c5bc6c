//! The dispatch loop: a `match` over the instruction enum, with integer fast paths inline
//! and everything else delegated to `ops`, `call` and `attr`.

use std::sync::Arc;

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::compiler::bytecode::{format_value, make_function, CodeObject, Instr};
use crate::objects::dict::{DictKey, PyDict};
use crate::objects::exception::{error, PyException, TraceEntry};
use crate::objects::function::{Cell, Function};
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};

macro_rules! pop {
    ($f:expr) => {
        $f.slots.pop().expect("value stack underflow")
    };
}

macro_rules! top {
    ($f:expr) => {
        $f.slots.last_mut().expect("value stack underflow")
    };
}

impl Vm {
    /// Runs a module's code in `globals`.
    pub fn run_code(&mut self, code: Arc<CodeObject>, globals: Arc<PyDict>) -> PyResult<Value> {
        let mut slots = self.take_slots();
        slots.resize(code.nlocals(), Value::Unbound);
        let mut frame = Frame {
            code,
            globals,
            slots,
            cells: Vec::new(),
            ip: 0,
        };
        self.run_frame(&mut frame)
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
    pub fn run_frame(&mut self, frame: &mut Frame) -> PyResult<Value> {
        let limit = self
            .interp
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed);
        if self.depth >= limit {
            return Err(error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let result = self.execute(frame);
        self.depth -= 1;
        result.inspect_err(|exc| {
            exc.state.lock().traceback.push(TraceEntry {
                code: frame.code.clone(),
                ip: frame.ip.saturating_sub(1) as u32,
            });
        })
    }

    fn execute(&mut self, f: &mut Frame) -> PyResult<Value> {
        let code = f.code.clone();
        let instrs = &code.instrs[..];
        loop {
            let instr = instrs[f.ip];
            f.ip += 1;
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    pop!(f);
                }
                Instr::DupTop => {
                    let v = top!(f).clone();
                    f.slots.push(v);
                }
                Instr::DupTopTwo => {
                    let n = f.slots.len();
                    let a = f.slots[n - 2].clone();
                    let b = f.slots[n - 1].clone();
                    f.slots.push(a);
                    f.slots.push(b);
                }
                Instr::RotTwo => {
                    let n = f.slots.len();
                    f.slots.swap(n - 1, n - 2);
                }
                Instr::RotThree => {
                    let v = pop!(f);
                    let n = f.slots.len();
                    f.slots.insert(n - 2, v);
                }
                Instr::LoadConst(i) => f.slots.push(code.consts[i as usize].clone()),
                Instr::LoadFast(i) => {
                    let v = &f.slots[i as usize];
                    if let Value::Unbound = v {
                        return Err(unbound_local(&code, i));
                    }
                    let v = v.clone();
                    f.slots.push(v);
                }
                Instr::StoreFast(i) => {
                    let v = pop!(f);
                    f.slots[i as usize] = v;
                }
                Instr::DeleteFast(i) => {
                    if let Value::Unbound = f.slots[i as usize] {
                        return Err(unbound_local(&code, i));
                    }
                    f.slots[i as usize] = Value::Unbound;
                }
                Instr::LoadDeref(i) => {
                    let v = f.cells[i as usize].value.lock().clone();
                    if let Value::Unbound = v {
                        return Err(unbound_deref(&code, i));
                    }
                    f.slots.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop!(f);
                    *f.cells[i as usize].value.lock() = v;
                }
                Instr::DeleteDeref(i) => {
                    let old =
                        std::mem::replace(&mut *f.cells[i as usize].value.lock(), Value::Unbound);
                    if let Value::Unbound = old {
                        return Err(unbound_deref(&code, i));
                    }
                }
                Instr::LoadClosure(i) => f.slots.push(Value::Cell(f.cells[i as usize].clone())),
                Instr::LoadGlobal(i) => {
                    let name = &code.names[i as usize];
                    let v = self.load_global(&f.globals, name).inspect_err(|e| {
                        self.suggest_name(f, e, name.as_str());
                    })?;
                    f.slots.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!(f);
                    f.globals.set_str(&code.names[i as usize], v);
                }
                Instr::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    if f.globals.remove_str(name.as_str(), name.hash()).is_none() {
                        return Err(name_error(name.as_str()));
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!(f);
                    let v = self.get_attr(&obj, &code.names[i as usize])?;
                    f.slots.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!(f);
                    let v = pop!(f);
                    self.set_attr(&obj, &code.names[i as usize], v)?;
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!(f);
                    self.del_attr(&obj, &code.names[i as usize])?;
                }
                Instr::BinarySubscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    let v = self.get_item(&obj, &key)?;
                    f.slots.push(v);
                }
                Instr::StoreSubscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    let v = pop!(f);
                    self.set_item(&obj, key, v)?;
                }
                Instr::DeleteSubscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    self.del_item(&obj, &key)?;
                }
                Instr::BuildSlice(_) => {
                    return Err(error(
                        "NotImplementedError",
                        "slicing is not supported by gilpy yet",
                    ));
                }
                Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                    let b = pop!(f);
                    let a = top!(f);
                    if let (Value::Int(x), Value::Int(y)) = (&*a, &b) {
                        if let Some(r) = int_fast_path(op, *x, *y) {
                            *a = Value::Int(r);
                            continue;
                        }
                    }
                    let r = self.binary_op(a, &b, op)?;
                    *top!(f) = r;
                }
                Instr::UnaryNegative => {
                    let a = top!(f);
                    let r = match &*a {
                        Value::Int(n) if *n != i64::MIN => Value::Int(-n),
                        Value::Float(x) => Value::Float(-x),
                        other => self.unary_negative(other)?,
                    };
                    *top!(f) = r;
                }
                Instr::UnaryPositive => {
                    let r = self.unary_positive(top!(f))?;
                    *top!(f) = r;
                }
                Instr::UnaryInvert => {
                    let r = self.unary_invert(top!(f))?;
                    *top!(f) = r;
                }
                Instr::UnaryNot => {
                    let t = self.is_true(top!(f))?;
                    *top!(f) = Value::Bool(!t);
                }
                Instr::CompareOp(op) => {
                    let b = pop!(f);
                    let a = top!(f);
                    if let (Value::Int(x), Value::Int(y)) = (&*a, &b) {
                        *a = Value::Bool(int_compare(op, *x, *y));
                        continue;
                    }
                    let r = self.compare(a, &b, op)?;
                    *top!(f) = r;
                }
                Instr::Jump(t) => f.ip = t as usize,
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!(f);
                    let truth = match v {
                        Value::Bool(b) => b,
                        ref other => self.is_true(other)?,
                    };
                    if !truth {
                        f.ip = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!(f);
                    let truth = match v {
                        Value::Bool(b) => b,
                        ref other => self.is_true(other)?,
                    };
                    if truth {
                        f.ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if self.is_true(top!(f))? {
                        pop!(f);
                    } else {
                        f.ip = t as usize;
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.is_true(top!(f))? {
                        f.ip = t as usize;
                    } else {
                        pop!(f);
                    }
                }
                Instr::GetIter => {
                    let it = self.get_iter(top!(f))?;
                    *top!(f) = it;
                }
                Instr::ForIter(t) => {
                    let next = match top!(f) {
                        Value::Iter(it) => it.next(),
                        other => {
                            let other = other.clone();
                            self.next(&other)?
                        }
                    };
                    match next {
                        Some(v) => f.slots.push(v),
                        None => {
                            pop!(f);
                            f.ip = t as usize;
                        }
                    }
                }
                Instr::Call(argc) => {
                    let func_at = f.slots.len() - argc as usize - 1;
                    let result = self.call_from_stack(&mut f.slots, func_at)?;
                    f.slots.truncate(func_at);
                    f.slots.push(result);
                }
                Instr::CallKw(argc) => {
                    let names = pop!(f);
                    let func_at = f.slots.len() - argc as usize - 1;
                    let Value::Tuple(names) = names else {
                        unreachable!("CallKw names are a constant tuple")
                    };
                    let mut args: Vec<Value> = f.slots.drain(func_at + 1..).collect();
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
                    let func = pop!(f);
                    let result = self.call(&func, args, kwargs)?;
                    f.slots.push(result);
                }
                Instr::CallEx(has_kwargs) => {
                    let kwargs = if has_kwargs {
                        match pop!(f) {
                            Value::Dict(d) => d
                                .items()
                                .into_iter()
                                .map(|(k, v)| match k {
                                    Value::Str(s) => Ok((s, v)),
                                    _ => Err(self.type_error("keywords must be strings")),
                                })
                                .collect::<PyResult<Vec<_>>>()?,
                            _ => unreachable!("KwargsMerge leaves a dict"),
                        }
                    } else {
                        Vec::new()
                    };
                    let args = match pop!(f) {
                        Value::Tuple(t) => t.items.to_vec(),
                        _ => unreachable!("CallEx takes a tuple of arguments"),
                    };
                    let func = pop!(f);
                    let result = self.call(&func, args, kwargs)?;
                    f.slots.push(result);
                }
                Instr::MakeFunction(flags) => {
                    let func = self.make_function(f, flags);
                    f.slots.push(func);
                }
                Instr::ReturnValue => return Ok(pop!(f)),
                Instr::BuildTuple(n) => {
                    let items = f.slots.split_off(f.slots.len() - n as usize);
                    f.slots.push(Value::tuple(items));
                }
                Instr::BuildTupleFrom => {
                    let iterable = pop!(f);
                    let items = self.collect_iterable(&iterable)?;
                    f.slots.push(Value::tuple(items));
                }
                Instr::TupleConcat(n) => {
                    let parts = f.slots.split_off(f.slots.len() - n as usize);
                    let mut items = Vec::new();
                    for p in parts {
                        if let Value::Tuple(t) = p {
                            items.extend(t.items.iter().cloned());
                        }
                    }
                    f.slots.push(Value::tuple(items));
                }
                Instr::KwargsMerge(n) => {
                    let maps = f.slots.split_off(f.slots.len() - n as usize);
                    let func_name = self.callable_name(top!(f));
                    let merged = self.merge_kwargs(&func_name, maps)?;
                    f.slots.push(merged);
                }
                Instr::BuildList(n) => {
                    let items = f.slots.split_off(f.slots.len() - n as usize);
                    f.slots.push(Value::list(items));
                }
                Instr::BuildMap(n) => {
                    let items = f.slots.split_off(f.slots.len() - 2 * n as usize);
                    let dict = PyDict::new();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        let key = self.dict_key(k)?;
                        dict.set_item(key, v);
                    }
                    f.slots.push(Value::Dict(dict));
                }
                Instr::BuildString(n) => {
                    let parts = f.slots.split_off(f.slots.len() - n as usize);
                    let mut s = String::new();
                    for p in &parts {
                        if let Value::Str(p) = p {
                            s.push_str(p.as_str());
                        }
                    }
                    f.slots.push(Value::str(s));
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!(f);
                    let items = self.unpack(&seq, n as usize)?;
                    f.slots.extend(items.into_iter().rev());
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & format_value::HAS_SPEC != 0 {
                        Some(pop!(f))
                    } else {
                        None
                    };
                    let v = pop!(f);
                    let v = match flags & format_value::CONV_MASK {
                        format_value::CONV_STR => Value::str(self.str(&v)?),
                        format_value::CONV_REPR => Value::str(self.repr(&v)?),
                        format_value::CONV_ASCII => Value::str(ascii_escape(&self.repr(&v)?)),
                        _ => v,
                    };
                    let spec = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
                    let s = self.format(&v, spec)?;
                    f.slots.push(Value::str(s));
                }
                Instr::Raise(n) => return Err(self.raise(f, n)?),
                Instr::LoadAssertionError => {
                    f.slots.push(Value::Type(exception_type("AssertionError")))
                }
            }
        }
    }

    fn load_global(&self, globals: &PyDict, name: &Arc<PyStr>) -> PyResult<Value> {
        let hash = name.hash();
        if let Some(v) = globals.get_str(name.as_str(), hash) {
            return Ok(v);
        }
        if let Some(v) = self.interp.builtins.get_str(name.as_str(), hash) {
            return Ok(v);
        }
        Err(name_error(name.as_str()))
    }

    /// Adds CPython's "Did you mean" to a NameError raised in frame `f`: the closest of
    /// the frame's locals, then globals, then builtins.
    fn suggest_name(&self, f: &Frame, exc: &Arc<PyException>, name: &str) {
        let locals: Vec<String> = f
            .code
            .varnames
            .iter()
            .enumerate()
            .filter(|(i, _)| !matches!(f.slots.get(*i), Some(Value::Unbound) | None))
            .map(|(_, n)| n.as_str().to_string())
            .collect();
        let keys = |d: &PyDict| -> Vec<String> {
            d.items()
                .into_iter()
                .filter_map(|(k, _)| k.as_str().map(str::to_string))
                .collect()
        };
        let suggestion = [locals, keys(&f.globals), keys(&self.interp.builtins)]
            .iter()
            .find_map(|candidates| crate::vm::suggest::closest(name, candidates));
        exc.state.lock().suggestion = suggestion;
    }

    fn make_function(&mut self, f: &mut Frame, flags: u32) -> Value {
        let qualname = match pop!(f) {
            Value::Str(s) => s,
            _ => unreachable!("MakeFunction takes a qualname"),
        };
        let Value::Code(code) = pop!(f) else {
            unreachable!("MakeFunction takes a code object")
        };
        let closure = if flags & make_function::CLOSURE != 0 {
            match pop!(f) {
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
        let kwdefaults = if flags & make_function::KWDEFAULTS != 0 {
            match pop!(f) {
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
            match pop!(f) {
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
            globals: f.globals.clone(),
            defaults,
            kwdefaults,
            closure,
        }))
    }

    /// Builds the exception a `raise` statement throws.
    fn raise(&mut self, f: &mut Frame, n: u32) -> PyResult<Arc<PyException>> {
        if n == 0 {
            return Err(error("RuntimeError", "No active exception to reraise"));
        }
        let cause = if n == 2 { Some(pop!(f)) } else { None };
        let exc = self.make_exception(pop!(f))?;
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

    /// `raise X`: X may be an exception instance or class.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Arc<PyException>> {
        match v {
            Value::Exception(e) => Ok(e),
            Value::Type(t) if t.is_subtype(&exception_type("BaseException")) => {
                match self.call(&Value::Type(t), Vec::new(), Vec::new())? {
                    Value::Exception(e) => Ok(e),
                    _ => Err(self.type_error("exceptions must derive from BaseException")),
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    pub fn dict_key(&self, v: Value) -> PyResult<DictKey> {
        match crate::objects::dict::hash_of(&v) {
            Some(hash) => Ok(DictKey { hash, value: v }),
            None => Err(self.type_error(format!("unhashable type: '{}'", v.type_name()))),
        }
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
