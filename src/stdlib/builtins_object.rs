//! Builtins about objects themselves: `hash id callable getattr setattr hasattr delattr
//! issubclass vars dir format ascii input`.

use crate::objects::dict::hash_of;
use crate::objects::function::Args;
use crate::objects::instance::StaticMethod;
use crate::objects::module::{set, Module};
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

fn attr_name(vm: &Vm, v: &Value) -> PyResult<std::sync::Arc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

pub fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.pos else {
        return Err(vm.type_error(format!(
            "hash() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    vm.hash(v).map(Value::Int)
}

pub fn builtin_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.pos else {
        return Err(vm.type_error(format!(
            "id() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    // Inline values have no address; their hash identifies them within a run.
    Ok(Value::Int(
        v.heap_ptr()
            .map_or_else(|| hash_of(v).unwrap_or(0), |p| p as i64),
    ))
}

pub fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.pos else {
        return Err(vm.type_error(format!(
            "callable() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    Ok(Value::from(is_callable(vm, v)))
}

pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_) | Value::Builtin(_) | Value::Type(_) | Value::BoundMethod(_)
    ) || v.native::<StaticMethod>().is_some()
        || vm.user_method(v, "__call__").is_some()
}

pub fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, name, default) = match args.pos {
        [o, n] => (o, n, None),
        [o, n, d] => (o, n, Some(d)),
        [] | [_] => {
            return Err(vm.type_error(format!(
                "getattr expected at least 2 arguments, got {}",
                args.pos.len()
            )))
        }
        _ => {
            return Err(vm.type_error(format!(
                "getattr expected at most 3 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    let name = attr_name(vm, name)?;
    match (vm.try_get_attr(obj, &name)?, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(crate::vm::attr::attribute_error(obj, name.as_str())),
    }
}

pub fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name, value] = args.pos else {
        return Err(vm.type_error(format!(
            "setattr expected 3 arguments, got {}",
            args.pos.len()
        )));
    };
    let name = attr_name(vm, name)?;
    vm.set_attr(obj, &name, value.clone())?;
    Ok(Value::None)
}

pub fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name] = args.pos else {
        return Err(vm.type_error(format!(
            "hasattr expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    let name = attr_name(vm, name)?;
    match vm.try_get_attr(obj, &name) {
        Ok(v) => Ok(Value::from(v.is_some())),
        Err(e) if e.is("AttributeError") => Ok(Value::from(false)),
        Err(e) => Err(e),
    }
}

pub fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name] = args.pos else {
        return Err(vm.type_error(format!(
            "delattr expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    let name = attr_name(vm, name)?;
    vm.del_attr(obj, &name)?;
    Ok(Value::None)
}

pub fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [sub @ Value::Type(c), classes] = args.pos else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let classes = match classes {
        Value::Tuple(t) => t.items.to_vec(),
        other => match super::union_type::union_members(other) {
            Some(members) => members.to_vec(),
            None => vec![other.clone()],
        },
    };
    for class in &classes {
        let Value::Type(t) = class else {
            if let Some(hook) = vm.user_method(class, "__subclasscheck__") {
                let r = vm.call(&hook, vec![sub.clone()], Vec::new())?;
                if vm.is_true(&r)? {
                    return Ok(Value::from(true));
                }
                continue;
            }
            if class
                .native::<super::generic_alias::GenericAlias>()
                .is_some()
            {
                return Err(
                    vm.type_error("issubclass() argument 2 cannot be a parameterized generic")
                );
            }
            return Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            );
        };
        if c.is_subtype(t) {
            return Ok(Value::from(true));
        }
        // A metaclass may widen the check (`abc.ABCMeta.register`).
        if let Some(hook) = vm.user_method(class, "__subclasscheck__") {
            let r = vm.call(&hook, vec![sub.clone()], Vec::new())?;
            if vm.is_true(&r)? {
                return Ok(Value::from(true));
            }
        }
    }
    Ok(Value::from(false))
}

pub fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = match args.pos {
        [] => return Ok(Value::Dict(super::builtins_exec::caller_locals(vm))),
        [obj] => obj,
        _ => {
            return Err(vm.type_error(format!(
                "vars expected at most 1 argument, got {}",
                args.pos.len()
            )))
        }
    };
    let dict = PyStr::new("__dict__");
    vm.try_get_attr(obj, &dict)?
        .ok_or_else(|| vm.type_error("vars() argument must have __dict__ attribute"))
}

pub fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = match args.pos {
        [] => {
            let locals = super::builtins_exec::caller_locals(vm);
            let mut names: Vec<Value> = locals.items().into_iter().map(|(k, _)| k).collect();
            crate::stdlib::sorting::sort_values(vm, &mut names, None, false)?;
            return Ok(Value::list(names));
        }
        [obj] => obj,
        _ => {
            return Err(vm.type_error(format!(
                "dir expected at most 1 argument, got {}",
                args.pos.len()
            )))
        }
    };
    Ok(Value::list(
        attribute_names(obj).into_iter().map(Value::str).collect(),
    ))
}

/// Attributes every object has from `object` that gilpy provides outside the type's dict
/// (`__class__`) or not at all; `dir()` lists them as CPython does.
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The sorted attribute names `dir(obj)` lists; reads dicts only, runs no Python code.
pub fn attribute_names(obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        if !names.iter().any(|n| n == s) {
            names.push(s.to_string());
        }
    };
    let add_keys = |d: &crate::objects::dict::PyDict, add: &mut dyn FnMut(&str)| {
        for (k, _) in d.items() {
            if let Some(s) = k.as_str() {
                add(s);
            }
        }
    };
    if let Value::Module(m) = obj {
        add_keys(&m.dict, &mut add);
        names.sort();
        return names;
    }
    match obj {
        Value::Instance(i) => add_keys(&i.dict, &mut add),
        Value::Exception(e) => add_keys(&e.dict, &mut add),
        _ => {}
    }
    let class = match obj {
        Value::Type(t) => t.clone(),
        other => other.type_of(),
    };
    for t in std::iter::once(&class).chain(class.mro.iter()) {
        add_keys(&t.dict, &mut add);
    }
    OBJECT_NAMES.iter().for_each(|n| add(n));
    // A class statement gives its instances a dict and weak references, or the
    // attributes its `__slots__` name, through descriptors CPython puts in the class.
    let mut slotless = false;
    for t in std::iter::once(&class).chain(class.mro.iter()) {
        if t.is_builtin() {
            continue;
        }
        match t.dict.get_str("__slots__", PyStr::hash_str("__slots__")) {
            None => slotless = true,
            Some(Value::Str(s)) => add(s.as_str()),
            Some(Value::Tuple(items)) => items
                .items
                .iter()
                .filter_map(|v| v.as_str())
                .for_each(&mut add),
            Some(Value::List(l)) => l
                .snapshot()
                .iter()
                .filter_map(|v| v.as_str())
                .for_each(&mut add),
            Some(_) => {}
        }
    }
    if slotless {
        add("__dict__");
        add("__weakref__");
    }
    names.sort();
    names
}

pub fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, spec) = match args.pos {
        [v] => (v, ""),
        [v, Value::Str(s)] => (v, s.as_str()),
        [_, other] => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
        _ => {
            return Err(vm.type_error(format!(
                "format expected at most 2 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    let spec = spec.to_string();
    Ok(Value::str(vm.format(v, &spec)?))
}

pub fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.pos else {
        return Err(vm.type_error(format!(
            "ascii() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    let r = vm.repr(v)?;
    Ok(Value::str(crate::vm::eval::ascii_escape(&r)))
}

pub fn builtin_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "input expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    if let Some(prompt) = args.pos.first() {
        let p = vm.str(prompt)?;
        vm.write_stdout(&p);
    }
    // The prompt shows before the program waits; reading `sys.stdin` itself does not
    // flush, as in CPython.
    vm.interp.flush_stdout();
    let mut line = super::stdin::read_line(vm)?;
    if line.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::str(line))
}

/// `module(name, doc=None)` (`types.ModuleType`): a new, empty module.
pub fn new_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut params = [args.pos.first().cloned(), args.pos.get(1).cloned()];
    for (k, v) in args.kw {
        let slot = match k.as_str() {
            "name" => 0,
            "doc" => 1,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for module()"
                )))
            }
        };
        if params[slot].is_some() {
            return Err(vm.type_error(format!(
                "argument for module() given by name ('{}') and position ({})",
                k.as_str(),
                slot + 1
            )));
        }
        params[slot] = Some(v.clone());
    }
    let [name, doc] = params;
    let name = match name {
        Some(Value::Str(s)) => s,
        Some(other) => {
            return Err(vm.type_error(format!(
                "module() argument 'name' must be str, not {}",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("module() missing required argument 'name' (pos 1)")),
    };
    let dict = crate::objects::dict::PyDict::new();
    let module = Module::new(name.as_str(), dict.clone());
    set(&dict, "__doc__", doc.unwrap_or(Value::None));
    for attr in ["__package__", "__loader__", "__spec__"] {
        set(&dict, attr, Value::None);
    }
    Ok(Value::Module(module))
}
