//! `str.maketrans` and `str.translate`: character tables keyed by code point.

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Builtin};
use crate::objects::instance::StaticMethod;
use crate::objects::str::PyStr;
use crate::objects::types::types;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub fn install() {
    let t = types();
    t.str.dict.set_str(
        &PyStr::new("maketrans"),
        Value::new_native(StaticMethod(Value::Builtin(Builtin::new(
            "maketrans",
            str_maketrans,
        )))),
    );
    super::descriptors::add_methods(&t.str, &[("translate", str_translate)]);
}

/// `str.maketrans(dict)` or `str.maketrans(from, to[, delete])`.
fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let table = PyDict::new();
    match args.pos {
        [] => {
            return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
        }
        [mapping] => {
            let Value::Dict(d) = mapping else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            for (k, v) in d.items() {
                let key =
                    match k.base_value().unwrap_or(&k) {
                        Value::Str(s) if s.char_len() == 1 => code_point(s),
                        Value::Str(_) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                        _ => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                let key = vm.dict_key(&table, key)?;
                table.set_item(key, v);
            }
        }
        [from, to, rest @ ..] if rest.len() <= 1 => {
            let str_arg = |vm: &Vm, v: &Value, n: usize| match v.base_value().unwrap_or(v) {
                Value::Str(s) => Ok(s.clone()),
                other => Err(vm.type_error(format!(
                    "maketrans() argument {n} must be str, not {}",
                    other.type_name()
                ))),
            };
            let to = str_arg(vm, to, 2)?;
            let delete = rest.first().map(|d| str_arg(vm, d, 3)).transpose()?;
            let Value::Str(from) = from.base_value().unwrap_or(from) else {
                return Err(vm.type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            if from.char_len() != to.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            let pairs = from
                .as_str()
                .chars()
                .zip(to.as_str().chars())
                .map(|(a, b)| (a, Value::Int(b as i64)));
            let deleted = delete
                .iter()
                .flat_map(|d| d.as_str().chars().collect::<Vec<_>>())
                .map(|c| (c, Value::None));
            for (c, v) in pairs.chain(deleted) {
                let key = vm.dict_key(&table, Value::Int(c as i64))?;
                table.set_item(key, v);
            }
        }
        _ => {
            return Err(vm.type_error(format!(
                "maketrans expected at most 3 arguments, got {}",
                args.pos.len()
            )))
        }
    }
    Ok(Value::Dict(table))
}

fn code_point(s: &PyStr) -> Value {
    Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
}

/// `s.translate(table)`: each character's code point looked up in `table`; a
/// `LookupError` keeps the character, `None` deletes it.
fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = match args.pos.first().map(|v| v.base_value().unwrap_or(v)) {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.descriptor_error("str", "translate", args.pos.first())),
    };
    let [_, table] = args.pos else {
        return Err(vm.type_error(format!(
            "str.translate() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let mut out = String::with_capacity(this.as_str().len());
    for c in this.as_str().chars() {
        let mapped = match vm.get_item(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.is("LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped.base_value().unwrap_or(&mapped) {
            Value::None => {}
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Value::Bool(b) => out.push(char::from(*b as u8)),
            Value::BigInt(_) => {
                return Err(vm.value_error("character mapping must be in range(0x110000)"))
            }
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(Value::str(out))
}
