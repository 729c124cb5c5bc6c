//! `_contextvars`: context variables (PEP 567), the state `asyncio` keeps per task.
//!
//! A `Context` maps variables to values. Each thread runs in one current context,
//! an empty one until something enters another with `Context.run`; a new thread
//! starts with an empty context, as in CPython 3.11. A context's mapping is never
//! changed in place: `ContextVar.set` installs a changed copy, so `copy_context`
//! shares the map and costs no more than one allocation.

use std::any::Any;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use indexmap::IndexMap;
use parking_lot::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, getter, module_type, receiver};

/// Variable address → (the variable, its value); the variable is kept so that the
/// address stays its own while the entry lives.
type Vars = Arc<IndexMap<usize, (Value, Value)>>;

thread_local! {
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

pub struct Context {
    vars: Mutex<Vars>,
    /// Some thread is running in it: a context is entered by one thread at a time.
    entered: AtomicBool,
}

pub struct ContextVar {
    name: Value,
    default: Option<Value>,
}

pub struct Token {
    context: Value,
    var: Value,
    /// The variable's value before the `set` that made the token; None if it had none.
    old: Option<Value>,
    used: AtomicBool,
}

/// `Token.MISSING`: what `old_value` is for a variable that had no value.
struct Missing;

fn new_context(vars: Vars) -> Value {
    Value::new_native(Context {
        vars: Mutex::new(vars),
        entered: AtomicBool::new(false),
    })
}

/// The context this thread runs in, made (empty) on its first use.
fn current() -> Value {
    CURRENT.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| new_context(Vars::default()))
            .clone()
    })
}

fn vars_of(ctx: &Value) -> Vars {
    ctx.native::<Context>()
        .map(|c| c.vars.lock().clone())
        .unwrap_or_default()
}

fn var_key(v: &Value) -> usize {
    v.heap_ptr().unwrap_or(0)
}

fn context_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("Context", "_contextvars", vec![], CONTEXT_METHODS);
        set(&t.dict, "__hash__", Value::None);
        t
    })
}

const CONTEXT_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", context_new),
    ("run", context_run),
    ("copy", context_copy),
    ("get", context_get),
    ("keys", context_keys),
    ("values", context_values),
    ("items", context_items),
    ("__getitem__", context_getitem),
    ("__contains__", context_contains),
    ("__len__", context_len),
    ("__eq__", context_eq),
];

fn var_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type(
            "ContextVar",
            "_contextvars",
            vec![],
            &[
                ("__new__", var_new),
                ("get", var_get),
                ("set", var_set),
                ("reset", var_reset),
            ],
        );
        set(&t.dict, "name", getter("name", var_name));
        set(
            &t.dict,
            "__class_getitem__",
            super::generic_alias::class_getitem_method(),
        );
        t
    })
}

fn token_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("Token", "_contextvars", vec![], &[("__new__", token_new)]);
        set(&t.dict, "var", getter("var", token_var));
        set(&t.dict, "old_value", getter("old_value", token_old_value));
        set(&t.dict, "MISSING", missing());
        set(
            &t.dict,
            "__class_getitem__",
            super::generic_alias::class_getitem_method(),
        );
        t
    })
}

fn missing() -> Value {
    static M: OnceLock<Value> = OnceLock::new();
    M.get_or_init(|| Value::new_native(Missing)).clone()
}

impl NativeObject for Context {
    fn class(&self) -> Arc<PyType> {
        context_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn length(&self) -> Option<usize> {
        Some(self.vars.lock().len())
    }
    fn iter(&self, vm: &mut Vm) -> Option<PyResult<Value>> {
        let vars: Vec<Value> = self.vars.lock().values().map(|(v, _)| v.clone()).collect();
        Some(vm.get_iter(&Value::list(vars)))
    }
}

impl NativeObject for ContextVar {
    fn class(&self) -> Arc<PyType> {
        var_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        Some((|| {
            let mut text = format!("<ContextVar name={}", vm.repr(&self.name)?);
            if let Some(d) = &self.default {
                text += &format!(" default={}", vm.repr(d)?);
            }
            Ok(format!("{text} at {:#x}>", self as *const Self as usize))
        })())
    }
}

impl NativeObject for Token {
    fn class(&self) -> Arc<PyType> {
        token_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let used = if self.used.load(Ordering::Relaxed) {
            " used"
        } else {
            ""
        };
        Some(vm.repr(&self.var).map(|var| {
            format!(
                "<Token{used} var={var} at {:#x}>",
                self as *const Self as usize
            )
        }))
    }
}

impl NativeObject for Missing {
    fn class(&self) -> Arc<PyType> {
        static T: OnceLock<Arc<PyType>> = OnceLock::new();
        T.get_or_init(|| module_type("Token.MISSING", "builtins", vec![], &[]))
            .clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok("<Token.MISSING>".into()))
    }
}

fn this_context<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Context> {
    receiver::<Context>(vm, args, "_contextvars.Context", method)
}

fn this_var<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a ContextVar> {
    receiver::<ContextVar>(vm, args, "_contextvars.ContextVar", method)
}

fn context_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error("Context() does not accept any arguments"));
    }
    Ok(new_context(Vars::default()))
}

fn copy_context(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "_contextvars.copy_context() takes no arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    Ok(new_context(vars_of(&current())))
}

/// `ctx.run(callable, *args, **kwargs)`: calls it with `ctx` as the thread's current
/// context, then restores the one before, however the call ends.
fn context_run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ctx = this_context(vm, &args, "run")?;
    let Some(callable) = args.pos.get(1) else {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    };
    if ctx.entered.swap(true, Ordering::AcqRel) {
        let shown = vm.repr(&args.pos[0])?;
        return Err(vm.new_error(
            "RuntimeError",
            format!("cannot enter context: {shown} is already entered"),
        ));
    }
    let before = CURRENT.with(|c| c.replace(Some(args.pos[0].clone())));
    let result = vm.call(callable, args.pos[2..].to_vec(), args.kw.to_vec());
    CURRENT.with(|c| *c.borrow_mut() = before);
    ctx.entered.store(false, Ordering::Release);
    result
}

fn context_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ctx = this_context(vm, &args, "copy")?;
    arity(vm, "copy", &args.without_self(), 0, 0)?;
    Ok(new_context(ctx.vars.lock().clone()))
}

/// The variable a context is indexed with, or CPython's TypeError for anything else.
fn key_var(vm: &mut Vm, key: Option<&Value>) -> PyResult<usize> {
    match key {
        Some(v) if v.native::<ContextVar>().is_some() => Ok(var_key(v)),
        Some(other) => {
            let shown = vm.repr(other)?;
            Err(vm.type_error(format!("a ContextVar key was expected, got {shown}")))
        }
        None => Err(vm.type_error("expected 1 argument, got 0")),
    }
}

fn context_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ctx = this_context(vm, &args, "get")?;
    arity(vm, "get", &args.without_self(), 1, 2)?;
    let key = key_var(vm, args.pos.get(1))?;
    let found = ctx.vars.lock().get(&key).map(|(_, v)| v.clone());
    Ok(found
        .or_else(|| args.pos.get(2).cloned())
        .unwrap_or(Value::None))
}

fn context_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ctx = this_context(vm, &args, "__getitem__")?;
    let key = key_var(vm, args.pos.get(1))?;
    let found = ctx.vars.lock().get(&key).map(|(_, v)| v.clone());
    found.ok_or_else(|| PyException::new(exception_type("KeyError"), vec![args.pos[1].clone()]))
}

fn context_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ctx = this_context(vm, &args, "__contains__")?;
    let key = key_var(vm, args.pos.get(1))?;
    Ok(Value::from(ctx.vars.lock().contains_key(&key)))
}

fn context_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ctx = this_context(vm, &args, "__len__")?;
    Ok(Value::from(ctx.vars.lock().len() as i64))
}

/// An iterator over `pick` of each entry, in the order the variables were first set.
fn entries(
    vm: &mut Vm,
    args: &Args,
    method: &str,
    pick: fn(&(Value, Value)) -> Value,
) -> PyResult<Value> {
    let ctx = this_context(vm, args, method)?;
    let items: Vec<Value> = ctx.vars.lock().values().map(pick).collect();
    vm.get_iter(&Value::list(items))
}

fn context_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    entries(vm, &args, "keys", |(var, _)| var.clone())
}

fn context_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    entries(vm, &args, "values", |(_, value)| value.clone())
}

fn context_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    entries(vm, &args, "items", |(var, value)| {
        Value::tuple(vec![var.clone(), value.clone()])
    })
}

/// Contexts are equal when they map the same variables to equal values.
fn context_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ctx = this_context(vm, &args, "__eq__")?;
    let Some(other) = args.pos.get(1).and_then(|v| v.native::<Context>()) else {
        return Ok(Value::new_native(
            crate::objects::instance::NotImplementedType,
        ));
    };
    let (mine, theirs) = (ctx.vars.lock().clone(), other.vars.lock().clone());
    if mine.len() != theirs.len() {
        return Ok(Value::from(false));
    }
    for (key, (_, value)) in mine.iter() {
        let Some((_, theirs)) = theirs.get(key) else {
            return Ok(Value::from(false));
        };
        if !vm.eq(value, theirs)? {
            return Ok(Value::from(false));
        }
    }
    Ok(Value::from(true))
}

fn var_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = &args.pos[1.min(args.pos.len())..];
    let default = args
        .kw
        .iter()
        .find(|(k, _)| k.as_str() == "default")
        .map(|(_, v)| v.clone());
    let total = given.len() + args.kw.len();
    if total > 2 {
        return Err(vm.type_error(format!(
            "ContextVar() takes at most 2 arguments ({total} given)"
        )));
    }
    if given.len() > 1 {
        return Err(vm.type_error(format!(
            "ContextVar() takes at most 1 positional argument ({} given)",
            given.len()
        )));
    }
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| k.as_str() != "default") {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for ContextVar()",
            k.as_str()
        )));
    }
    let Some(name) = given.first() else {
        return Err(vm.type_error("ContextVar() takes exactly 1 positional argument (0 given)"));
    };
    if !matches!(name, Value::Str(_)) {
        return Err(vm.type_error("context variable name must be a str"));
    }
    Ok(Value::new_native(ContextVar {
        name: name.clone(),
        default,
    }))
}

fn var_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this_var(vm, &args, "name")?.name.clone())
}

/// `var.get([default])`: the value in the current context, else `default`, else the
/// variable's own default, else LookupError.
fn var_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let var = this_var(vm, &args, "get")?;
    arity(vm, "get", &args.without_self(), 0, 1)?;
    let key = var_key(&args.pos[0]);
    if let Some((_, v)) = vars_of(&current()).get(&key) {
        return Ok(v.clone());
    }
    args.pos
        .get(1)
        .or(var.default.as_ref())
        .cloned()
        .ok_or_else(|| PyException::new(exception_type("LookupError"), vec![args.pos[0].clone()]))
}

/// Installs a copy of `ctx`'s map with `var` given `value` (or removed, for None).
fn store(ctx: &Value, var: &Value, value: Option<Value>) {
    let Some(ctx) = ctx.native::<Context>() else {
        return;
    };
    let mut vars = ctx.vars.lock();
    let mut changed = (**vars).clone();
    match value {
        Some(v) => {
            changed.insert(var_key(var), (var.clone(), v));
        }
        None => {
            changed.shift_remove(&var_key(var));
        }
    }
    *vars = Arc::new(changed);
}

fn var_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_var(vm, &args, "set")?;
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "ContextVar.set() takes exactly one argument ({} given)",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    let var = &args.pos[0];
    let ctx = current();
    let old = vars_of(&ctx).get(&var_key(var)).map(|(_, v)| v.clone());
    store(&ctx, var, Some(args.pos[1].clone()));
    Ok(Value::new_native(Token {
        context: ctx,
        var: var.clone(),
        old,
        used: AtomicBool::new(false),
    }))
}

/// `var.reset(token)`: back to the value before the `set` that gave `token`, once.
fn var_reset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_var(vm, &args, "reset")?;
    arity(vm, "reset", &args.without_self(), 1, 1)?;
    let given = &args.pos[1];
    let Some(token) = given.native::<Token>() else {
        let shown = vm.repr(given)?;
        return Err(vm.type_error(format!("expected an instance of Token, got {shown}")));
    };
    let problem = if token.used.load(Ordering::Relaxed) {
        Some(("RuntimeError", "has already been used once"))
    } else if !token.var.is(&args.pos[0]) {
        Some(("ValueError", "was created by a different ContextVar"))
    } else if !token.context.is(&current()) {
        Some(("ValueError", "was created in a different Context"))
    } else {
        None
    };
    if let Some((kind, what)) = problem {
        let shown = vm.repr(given)?;
        return Err(vm.new_error(kind, format!("{shown} {what}")));
    }
    token.used.store(true, Ordering::Relaxed);
    store(&token.context, &token.var, token.old.clone());
    Ok(Value::None)
}

fn token_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error("RuntimeError", "Tokens can only be created by ContextVars"))
}

fn token_var(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let token = receiver::<Token>(vm, &args, "_contextvars.Token", "var")?;
    Ok(token.var.clone())
}

fn token_old_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let token = receiver::<Token>(vm, &args, "_contextvars.Token", "old_value")?;
    Ok(token.old.clone().unwrap_or_else(missing))
}

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(&[]);
    set(&d, "Context", Value::Type(context_type().clone()));
    set(&d, "ContextVar", Value::Type(var_type().clone()));
    set(&d, "Token", Value::Type(token_type().clone()));
    set(
        &d,
        "copy_context",
        Value::Builtin(Builtin::new("copy_context", copy_context)),
    );
    let all = ["Context", "ContextVar", "Token", "copy_context"]
        .map(|n| Value::Str(PyStr::new(n)))
        .to_vec();
    set(&d, "__all__", Value::tuple(all));
    Ok(d)
}
