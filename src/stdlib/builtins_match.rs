//! The hidden builtins `match` statements call (see `parser::pattern`): each checks the
//! shape of the subject and returns the parts its sub-patterns test, or None when the
//! subject does not have that shape. Their names are not identifiers, so programs cannot
//! name them.

use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::objects::types::types;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// `.match_seq(subject, before, after, star)`: the items of a sequence (not a str, bytes
/// or bytearray) of exactly `before` items, or of at least `before + after` when `star`
/// (then the middle items come as one list).
pub fn match_seq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [subject, Value::Int(before), Value::Int(after), Value::Bool(star)] = args.pos else {
        return Err(vm.type_error(".match_seq: bad arguments"));
    };
    let sequence = match subject {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
        Value::Native(_) => subject.type_name() == "deque",
        _ => false,
    };
    if !sequence {
        return Ok(Value::None);
    }
    let (before, after) = (*before as usize, *after as usize);
    let mut items = vm.collect_iterable(subject)?;
    let fits = if star.get() {
        items.len() >= before + after
    } else {
        items.len() == before
    };
    if !fits {
        return Ok(Value::None);
    }
    if star.get() {
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        items.push(Value::list(middle));
        items.extend(tail);
    }
    Ok(Value::list(items))
}

/// `.match_map(subject, keys, rest)`: the values of `keys` in a mapping that has them
/// all, then (with `rest`) a dict of its other items.
pub fn match_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [subject, Value::Tuple(keys), Value::Bool(rest)] = args.pos else {
        return Err(vm.type_error(".match_map: bad arguments"));
    };
    let Value::Dict(d) = subject else {
        return Ok(Value::None);
    };
    let mut values = Vec::with_capacity(keys.items.len() + 1);
    for (i, k) in keys.items.iter().enumerate() {
        let mut duplicate = false;
        for earlier in &keys.items[..i] {
            duplicate |= vm.eq(earlier, k)?;
        }
        if duplicate {
            let k = vm.repr(k)?;
            return Err(vm.value_error(format!("mapping pattern checks duplicate key ({k})")));
        }
        let key = vm.dict_key(d, k.clone())?;
        match d.get_item(&key) {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    if rest.get() {
        let others = crate::objects::dict::PyDict::new();
        for (k, v) in d.items() {
            let mut taken = false;
            for wanted in keys.items.iter() {
                taken |= vm.eq(&k, wanted)?;
            }
            if !taken {
                let key = vm.dict_key(&others, k)?;
                others.set_item(key, v);
            }
        }
        values.push(Value::Dict(others));
    }
    Ok(Value::list(values))
}

/// `.match_class(subject, cls, npos, kwnames)`: for an instance of `cls`, the attributes
/// its positional sub-patterns name through `cls.__match_args__` (or the subject itself
/// for the built-in types that match one positional pattern so), then the keyword ones.
pub fn match_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [subject, cls, Value::Int(npos), Value::Tuple(kwnames)] = args.pos else {
        return Err(vm.type_error(".match_class: bad arguments"));
    };
    let Value::Type(class) = cls else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !subject.type_of().is_subtype(class) {
        return Ok(Value::None);
    }
    let npos = *npos as usize;
    let mut names: Vec<Value> = Vec::new();
    let mut parts = Vec::new();
    if npos > 0 {
        let match_args = vm.try_get_attr(cls, &PyStr::new("__match_args__"))?;
        match match_args {
            None if npos == 1 && matches_itself(class) => parts.push(subject.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({npos} given)",
                    class.name
                )))
            }
            Some(Value::Tuple(t)) => {
                if npos > t.items.len() {
                    return Err(vm.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({npos} given)",
                        class.name,
                        t.items.len(),
                        if t.items.len() == 1 { "" } else { "s" }
                    )));
                }
                names.extend(t.items[..npos].iter().cloned());
            }
            Some(other) => {
                return Err(vm.type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    class.name,
                    other.type_name()
                )))
            }
        }
    }
    names.extend(kwnames.items.iter().cloned());
    for (i, name) in names.iter().enumerate() {
        let Value::Str(attr) = name else {
            return Err(vm.type_error(format!(
                "__match_args__ elements must be strings (got {})",
                name.type_name()
            )));
        };
        if names[..i].iter().any(|n| n.as_str() == Some(attr.as_str())) {
            return Err(vm.type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                class.name,
                attr.as_str()
            )));
        }
        match vm.try_get_attr(subject, attr)? {
            Some(v) => parts.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(Value::list(parts))
}

/// The built-in types whose single positional sub-pattern matches the subject itself.
fn matches_itself(class: &crate::objects::types::PyType) -> bool {
    let t = types();
    [
        &t.bool,
        &t.int,
        &t.float,
        &t.str,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
    ]
    .iter()
    .any(|c| class.is_subtype(c))
        || ["bytes", "bytearray"].contains(&class.name.as_str())
}
