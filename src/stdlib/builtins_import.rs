//! `__import__(name, globals, locals, fromlist, level)`: the function form of `import`.

use crate::objects::function::Args;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];

pub fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > PARAMS.len() {
        return Err(vm.type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    let mut slots: [Option<Value>; 5] = Default::default();
    for (slot, v) in slots.iter_mut().zip(args.pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kw {
        let Some(i) = PARAMS.iter().position(|p| *p == k.as_str()) else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for __import__()",
                k.as_str()
            )));
        };
        slots[i] = Some(v.clone());
    }
    let [name, _, _, fromlist, _] = slots;
    let name = match name {
        Some(Value::Str(s)) => s,
        Some(_) => return Err(vm.type_error("module name must be a string")),
        None => return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)")),
    };
    if name.as_str().is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let module = vm.import_module(name.as_str())?;
    let wants_leaf = match &fromlist {
        None | Some(Value::None) => false,
        Some(f) => vm.is_true(f)?,
    };
    // Without a fromlist, `import a.b` binds `a`, so that is what comes back.
    match name.as_str().split_once('.') {
        Some((top, _)) if !wants_leaf => vm.import_module(top),
        _ => Ok(module),
    }
}
