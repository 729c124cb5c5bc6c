//! Calling things: the fast path for Python functions called with positional arguments,
//! and the general binding of positional and keyword arguments to parameters with
//! CPython's error messages.

use std::sync::Arc;

use super::eval::enter_function;
use super::frame::Frame;
use super::{PyResult, Vm};
use crate::compiler::bytecode::CodeObject;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Function};
use crate::objects::instance::StaticMethod;
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::stdlib::list_methods::is_list_append;

type Kwargs = Vec<(Arc<PyStr>, Value)>;

impl Vm {
    /// Calls `stack[func_at]` with the positional arguments above it, consuming the
    /// callee and the arguments (the stack is `func_at` long afterwards).
    ///
    /// A Python function called with exactly its positional parameters runs in place: the
    /// arguments already sit where its first locals go. `caller` is the calling frame (see
    /// `call_as_caller`), noted for callees other than builtins.
    #[inline]
    pub(super) fn call_from_stack(
        &mut self,
        stack: &mut Vec<Value>,
        func_at: usize,
        caller: (&Arc<CodeObject>, &Arc<PyDict>, usize),
    ) -> PyResult<Value> {
        // Moved out, not cloned: the stack slot's reference keeps the callee alive.
        let callee = std::mem::replace(&mut stack[func_at], Value::None);
        let result = match &callee {
            Value::Function(func) => {
                let argc = stack.len() - func_at - 1;
                let code = &func.code;
                if argc == code.argcount as usize && code.simple_positional() {
                    self.call_as_caller(true, caller, |vm| {
                        vm.run_function(func, stack, func_at + 1, None)
                    })
                } else {
                    let args: Vec<Value> = stack.drain(func_at + 1..).collect();
                    self.call_as_caller(true, caller, |vm| vm.call_function(func, args, Vec::new()))
                }
            }
            Value::Builtin(b) if b.bound.is_none() => {
                // A builtin call may be the next statement after a drop that queued a
                // finalizer (`del gen; print(...)`), which must run first.
                if super::finalize::pending() {
                    self.run_finalizers_at(caller);
                }
                (b.func)(
                    self,
                    Args {
                        pos: &stack[func_at + 1..],
                        kw: &[],
                    },
                )
            }
            // `str(x)`, `int(s)`, `list(it)`…: the arguments stay on the stack.
            Value::Type(t) if t.is_builtin() => match crate::stdlib::builtins::constructor(t) {
                Some(ctor) => ctor(
                    self,
                    Args {
                        pos: &stack[func_at + 1..],
                        kw: &[],
                    },
                ),
                None => {
                    let args: Vec<Value> = stack.drain(func_at + 1..).collect();
                    self.call_type(t, args, Vec::new())
                }
            },
            other => {
                let args: Vec<Value> = stack.drain(func_at + 1..).collect();
                self.call_as_caller(true, caller, |vm| vm.call(other, args, Vec::new()))
            }
        };
        // The callee's locals: mostly inline values, which need no drop glue.
        while stack.len() > func_at {
            if let Some(v) = stack.pop() {
                v.drop_fast();
            }
        }
        result
    }

    /// `lst.append(x)` at `stack[func_at..]` (the unbound method, the list, the item), as
    /// CPython 3.11's `PRECALL_NO_KW_LIST_APPEND` does it: the item moves from the stack
    /// into the list, without the argument slice, clone and drop of a builtin call.
    /// Returns whether it did; the call is then replaced by its `None`.
    #[inline]
    pub(super) fn append_call(stack: &mut Vec<Value>, func_at: usize) -> bool {
        let [Value::Builtin(b), Value::List(_), _] = &stack[func_at..] else {
            return false;
        };
        // A pending finalizer runs before the next builtin call, as in `call_from_stack`.
        if b.bound.is_some() || !is_list_append(b) || super::finalize::pending() {
            return false;
        }
        let (Some(item), Some(Value::List(l))) = (stack.pop(), stack.pop()) else {
            unreachable!("matched above")
        };
        l.items.lock().push(item);
        if let Some(append) = stack.pop() {
            append.drop_fast();
        }
        true
    }

    /// Calls any callable value.
    pub fn call(&mut self, func: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        match func {
            Value::Function(f) => self.call_function(f, args, kwargs),
            Value::Builtin(b) if super::finalize::pending() => {
                self.run_finalizers();
                self.call(&Value::Builtin(b.clone()), args, kwargs)
            }
            Value::Builtin(b) => match &b.bound {
                None => (b.func)(
                    self,
                    Args {
                        pos: &args,
                        kw: &kwargs,
                    },
                ),
                Some(receiver) => {
                    let mut pos = Vec::with_capacity(args.len() + 1);
                    pos.push(receiver.clone());
                    pos.extend(args);
                    (b.func)(
                        self,
                        Args {
                            pos: &pos,
                            kw: &kwargs,
                        },
                    )
                }
            },
            Value::Type(t) => self.call_type(t, args, kwargs),
            Value::BoundMethod(m) => {
                let mut pos = Vec::with_capacity(args.len() + 1);
                pos.push(m.receiver.clone());
                pos.extend(args);
                self.call(&m.func, pos, kwargs)
            }
            // A staticmethod is callable since Python 3.10.
            other => match (
                other.native::<StaticMethod>(),
                self.user_method(other, "__call__"),
            ) {
                (Some(StaticMethod(f)), _) => self.call(f, args, kwargs),
                (None, Some(m)) => self.call(&m, args, kwargs),
                (None, None) => {
                    Err(self.type_error(format!("'{}' object is not callable", other.type_name())))
                }
            },
        }
    }

    /// Calling a class: through its metaclass's `__call__` when that is Python code.
    fn call_type(&mut self, t: &Arc<PyType>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        if let Some(meta) = &t.metaclass {
            if let Some(hook) = meta
                .lookup("__call__")
                .filter(|f| !matches!(f, Value::Builtin(_)))
            {
                if !matches!(hook, Value::Function(_)) {
                    // Not a function (`__call__ = dict`, as TypedDict's metaclass has):
                    // bound as any class attribute is, which may leave it unbound.
                    let bound = self.bind_method(hook, &Value::Type(t.clone()));
                    return self.call(&bound, args, kwargs);
                }
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Type(t.clone()));
                full.extend(args);
                return self.call(&hook, full, kwargs);
            }
        }
        self.construct(t, args, kwargs)
    }

    /// `type.__call__`: built-in constructors, exception classes, and classes defined in
    /// Python.
    pub fn construct(
        &mut self,
        t: &Arc<PyType>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if !t.is_builtin() {
            return self.instantiate(t, args, kwargs);
        }
        if t.is_subtype(&crate::objects::types::types().base_exception) {
            if t.is_subtype(&crate::objects::types::exception_type("BaseExceptionGroup")) {
                let group = crate::stdlib::exception_group::new_group(self, t, &args)?;
                if kwargs.is_empty() {
                    return Ok(group);
                }
            }
            if !kwargs.is_empty() {
                return Err(self.type_error(format!("{}() takes no keyword arguments", t.name)));
            }
            return Ok(Value::Exception(
                crate::objects::exception::PyException::construct(t.clone(), args),
            ));
        }
        match crate::stdlib::builtins::constructor(t) {
            Some(ctor) => ctor(
                self,
                Args {
                    pos: &args,
                    kw: &kwargs,
                },
            ),
            None => Err(self.type_error(format!("cannot create '{}' instances", t.name))),
        }
    }

    pub fn call_function(
        &mut self,
        func: &Arc<Function>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if func.code.is_generator() || func.code.is_coroutine() {
            // Its own vector: the frame outlives this call.
            let mut stack = Vec::new();
            bind_arguments(self, func, args, kwargs, &mut stack)?;
            return Ok(super::generator::PyGenerator::create(func, stack));
        }
        let mut stack = self.take_slots();
        bind_arguments(self, func, args, kwargs, &mut stack)?;
        let result = self.run_function(func, &mut stack, 0, None);
        self.give_slots(stack);
        result
    }

    /// Runs `func` in a frame at `stack[base..]`, where its first parameters already are
    /// (all of them, or exactly the positional ones).
    #[inline]
    fn run_function(
        &mut self,
        func: &Function,
        stack: &mut Vec<Value>,
        base: usize,
        names: Option<&Arc<PyDict>>,
    ) -> PyResult<Value> {
        enter_function(func, stack, base);
        let mut frame = Frame {
            code: &func.code,
            globals: &func.globals,
            stack,
            base,
            ip: 0,
            names,
        };
        self.run_frame(&mut frame)
    }

    /// Runs a class body (a function without parameters) with `namespace` as its locals.
    pub(super) fn run_class_body(
        &mut self,
        func: &Function,
        namespace: &Arc<PyDict>,
    ) -> PyResult<Value> {
        let mut stack = self.take_slots();
        let result = self.run_function(func, &mut stack, 0, Some(namespace));
        self.give_slots(stack);
        result
    }

    /// The name error messages use for a callable: `f`, `A.method`, `print`.
    /// How CPython's call errors name a callable: `module.qualname` outside `builtins`.
    pub fn callable_name(&self, func: &Value) -> String {
        match func {
            Value::Function(f) => {
                match f.globals.get_str("__name__", PyStr::hash_str("__name__")) {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => {
                        format!("{}.{}", m.as_str(), f.qualname.as_str())
                    }
                    _ => f.qualname.as_str().to_string(),
                }
            }
            Value::Builtin(b) => b.name.to_string(),
            Value::Type(t) if t.is_builtin() => t.name.clone(),
            Value::Type(t) => format!("{}.{}", t.module, t.qualname),
            other => other.type_name(),
        }
    }

    /// Merges the `**mapping` pieces of a call into one dict, rejecting repeated keywords.
    pub(super) fn merge_kwargs(&mut self, func_name: &str, maps: Vec<Value>) -> PyResult<Value> {
        let merged = PyDict::new();
        for m in maps {
            let Some(items) = self.mapping_items(&m)? else {
                return Err(self.type_error(format!(
                    "{func_name}() argument after ** must be a mapping, not {}",
                    m.type_name()
                )));
            };
            for (k, v) in items {
                let Value::Str(name) = &k else {
                    return Err(self.type_error("keywords must be strings"));
                };
                if merged.get_str(name.as_str(), name.hash()).is_some() {
                    return Err(self.type_error(format!(
                        "{func_name}() got multiple values for keyword argument '{}'",
                        name.as_str()
                    )));
                }
                merged.set_str(name, v);
            }
        }
        Ok(Value::Dict(merged))
    }
}

/// Fills `locals` (empty on entry) with the function's parameters bound from the call's
/// arguments, or fails with CPython's message.
fn bind_arguments(
    vm: &mut Vm,
    func: &Function,
    mut args: Vec<Value>,
    kwargs: Kwargs,
    locals: &mut Vec<Value>,
) -> PyResult<()> {
    let code = &func.code;
    // Errors name the function by its `__qualname__`, which may have been reassigned.
    let assigned = func
        .renamed
        .get()
        .and_then(|d| d.get_str("__qualname__", PyStr::hash_str("__qualname__")));
    let name = match &assigned {
        Some(Value::Str(s)) => s.as_str(),
        _ => func.qualname.as_str(),
    };
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    locals.resize(code.nlocals(), Value::Unbound);

    let extra = if args.len() > argcount {
        args.split_off(argcount)
    } else {
        Vec::new()
    };
    let given_positional = args.len() + extra.len();
    for (i, a) in args.into_iter().enumerate() {
        locals[i] = a;
    }
    let mut slot = argcount + kwonly;
    if code.has_varargs() {
        locals[slot] = Value::tuple(extra);
        slot += 1;
    } else if !extra.is_empty() {
        let kw_given = kwargs
            .iter()
            .filter(|(k, _)| {
                code.varnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|v| v.as_str() == k.as_str())
            })
            .count();
        return Err(vm.type_error(too_many_positional(
            name,
            argcount,
            func.defaults.len(),
            given_positional,
            kw_given,
        )));
    }
    let varkw = if code.has_varkeywords() {
        let d = PyDict::new();
        locals[slot] = Value::Dict(d.clone());
        Some(d)
    } else {
        None
    };

    let mut posonly_as_kw = Vec::new();
    for (k, v) in kwargs {
        let pos = code.varnames[..argcount + kwonly]
            .iter()
            .position(|p| p.as_str() == k.as_str());
        match pos {
            Some(i) if i >= code.posonlyargcount as usize => {
                if !matches!(locals[i], Value::Unbound) {
                    return Err(vm.type_error(format!(
                        "{name}() got multiple values for argument '{}'",
                        k.as_str()
                    )));
                }
                locals[i] = v;
            }
            _ => match &varkw {
                Some(d) => d.set_str(&k, v),
                None if pos.is_some() => posonly_as_kw.push(k.as_str().to_string()),
                None => {
                    return Err(vm.type_error(format!(
                        "{name}() got an unexpected keyword argument '{}'",
                        k.as_str()
                    )))
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }

    // Defaults fill the last positional parameters.
    let first_default = argcount - func.defaults.len();
    let mut missing = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(argcount) {
        if matches!(slot, Value::Unbound) {
            if i >= first_default {
                *slot = func.defaults[i - first_default].clone();
            } else {
                missing.push(code.varnames[i].as_str().to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(missing_message(name, "required positional", &missing)));
    }
    for (i, slot) in locals
        .iter_mut()
        .enumerate()
        .take(argcount + kwonly)
        .skip(argcount)
    {
        if matches!(slot, Value::Unbound) {
            let pname = code.varnames[i].as_str();
            match func.kwdefaults.iter().find(|(k, _)| k.as_str() == pname) {
                Some((_, v)) => *slot = v.clone(),
                None => missing.push(pname.to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(missing_message(name, "required keyword-only", &missing)));
    }
    Ok(())
}

/// `1 argument`, `2 arguments`: the counted nouns of CPython's messages.
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn too_many_positional(
    name: &str,
    argcount: usize,
    ndefaults: usize,
    given: usize,
    kw_given: usize,
) -> String {
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {argcount} positional arguments",
            argcount - ndefaults
        )
    } else {
        plural(argcount, "positional argument")
    };
    let was = if given == 1 && kw_given == 0 {
        "was"
    } else {
        "were"
    };
    if kw_given > 0 {
        format!(
            "{name}() takes {takes} but {} (and {}) were given",
            plural(given, "positional argument"),
            plural(kw_given, "keyword-only argument")
        )
    } else {
        format!("{name}() takes {takes} but {given} {was} given")
    }
}

fn missing_message(name: &str, kind: &str, missing: &[String]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    format!(
        "{name}() missing {} {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    )
}

/// Prepares a call for running inlined in the dispatch loop: when the callee at
/// `stack[func_at]` is a Python function with only positional-or-keyword parameters (or a
/// method bound to one) and the arguments above it, the last `kwnames.len()` of them
/// passed by keyword, bind without error, they are rearranged into its parameter slots
/// (receiver first, defaults filled in) and the function is returned. Otherwise the stack
/// is left untouched and the generic call path binds, or reports the error.
#[inline(always)]
pub(super) fn inline_callee(
    stack: &mut Vec<Value>,
    func_at: usize,
    kwnames: &[Value],
) -> Option<Arc<Function>> {
    // The common case, exactly the positional parameters, without the frame setup of
    // the general binding below.
    if let Value::Function(f) = &stack[func_at] {
        let code = &f.code;
        if kwnames.is_empty()
            && code.simple_positional()
            && stack.len() - func_at - 1 == code.argcount as usize
        {
            return match std::mem::replace(&mut stack[func_at], Value::None) {
                Value::Function(f) => Some(f),
                _ => unreachable!("matched a function above"),
            };
        }
    } else if !matches!(stack[func_at], Value::BoundMethod(_)) {
        return None;
    }
    bind_inline_callee(stack, func_at, kwnames)
}

#[inline(never)]
fn bind_inline_callee(
    stack: &mut Vec<Value>,
    func_at: usize,
    kwnames: &[Value],
) -> Option<Arc<Function>> {
    let (func, receiver) = match &stack[func_at] {
        Value::Function(f) => (f, None),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => (f, Some(&m.receiver)),
            _ => return None,
        },
        _ => return None,
    };
    let code = &func.code;
    if !code.simple_positional() {
        return None;
    }
    let nparams = code.argcount as usize;
    let npos = stack.len() - func_at - 1 - kwnames.len() + receiver.is_some() as usize;
    // Where each keyword argument goes, checked before anything moves.
    let mut kw_slots = [usize::MAX; 8];
    if npos > nparams || kwnames.len() > kw_slots.len() {
        return None;
    }
    for (k, name) in kwnames.iter().enumerate() {
        let Value::Str(name) = name else { return None };
        let slot = code.varnames[..nparams]
            .iter()
            .position(|p| Arc::ptr_eq(p, name) || p.as_str() == name.as_str())?;
        if slot < npos.max(code.posonlyargcount as usize) || kw_slots[..k].contains(&slot) {
            return None;
        }
        kw_slots[k] = slot;
    }
    let first_default = nparams - func.defaults.len();
    if (npos..nparams).any(|s| s < first_default && !kw_slots.contains(&s)) {
        return None;
    }
    let func = func.clone();
    let receiver = receiver.cloned();
    // Off the stack into a fixed array: no allocation per call.
    let mut kw_values: [Option<Value>; 8] = Default::default();
    for v in kw_values[..kwnames.len()].iter_mut().rev() {
        *v = stack.pop();
    }
    stack[func_at] = Value::None;
    if let Some(r) = receiver {
        stack.insert(func_at + 1, r);
    }
    for slot in npos..nparams {
        let v = match kw_slots[..kwnames.len()].iter().position(|&s| s == slot) {
            Some(k) => kw_values[k].take().expect("each keyword fills one slot"),
            None => func.defaults[slot - first_default].clone(),
        };
        stack.push(v);
    }
    Some(func)
}
