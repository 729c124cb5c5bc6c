//! `typing.NamedTuple`, whose metaclass turns a class body of annotated fields into a
//! namedtuple class.

use std::sync::{Arc, OnceLock};

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::collections::namedtuple_type;
use super::descriptors::add_methods;
use super::modutil::module_type;

/// `typing.NamedTuple`, for `class P(NamedTuple): x: int` and `NamedTuple("P", [...])`.
pub fn named_tuple() -> Value {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    let t = T.get_or_init(|| {
        let meta = module_type(
            "NamedTupleMeta",
            "typing",
            vec![types().type_.clone()],
            &[("__new__", meta_new)],
        );
        let t = PyType::new_class_with_meta(
            "NamedTuple",
            "NamedTuple",
            "typing",
            Vec::new(),
            PyDict::new(),
            Some(meta),
        )
        .unwrap_or_else(|_| types().tuple.clone());
        add_methods(&t, &[("__new__", functional_new)]);
        t
    });
    Value::Type(t.clone())
}

/// Names the namedtuple machinery owns, which a class body may not redefine.
const PROHIBITED: &[&str] = &[
    "__new__",
    "__init__",
    "__slots__",
    "__getnewargs__",
    "_fields",
    "_field_defaults",
    "_make",
    "_replace",
    "_asdict",
    "_source",
];

/// `NamedTupleMeta.__new__(mcs, name, bases, namespace)`: fields from the annotations,
/// defaults from the class attributes of the same names, the rest copied onto the class.
fn meta_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, Value::Str(name), _, Value::Dict(ns)] = args.pos else {
        return Err(vm.type_error("NamedTupleMeta.__new__() takes a name, bases and namespace"));
    };
    let annotations = ns
        .get_str("__annotations__", PyStr::hash_str("__annotations__"))
        .unwrap_or(Value::None);
    let fields: Vec<String> = match &annotations {
        Value::Dict(a) => a
            .items()
            .iter()
            .map(|(k, _)| vm.str(k))
            .collect::<PyResult<_>>()?,
        _ => Vec::new(),
    };
    let mut defaults = Vec::new();
    for f in &fields {
        match ns.get_str(f, PyStr::hash_str(f)) {
            Some(v) => defaults.push((f, v)),
            None if !defaults.is_empty() => {
                return Err(vm.type_error(format!(
                    "Non-default namedtuple field {f} cannot follow default field{} {}",
                    if defaults.len() == 1 { "" } else { "s" },
                    defaults
                        .iter()
                        .map(|(d, _)| d.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )))
            }
            None => {}
        }
    }
    let module = ns
        .get_str("__module__", PyStr::hash_str("__module__"))
        .and_then(|m| m.as_str().map(str::to_string))
        .unwrap_or_else(|| "__main__".into());
    let class = namedtuple_type(
        name.as_str(),
        &fields,
        defaults.into_iter().map(|(_, v)| v).collect(),
        &module,
    );
    for (k, v) in ns.items() {
        let Value::Str(key) = &k else { continue };
        let key_str = key.as_str();
        if PROHIBITED.contains(&key_str) {
            return Err(vm.new_error(
                "AttributeError",
                format!("Cannot overwrite NamedTuple attribute {key_str}"),
            ));
        }
        if key_str != "__module__" && !fields.iter().any(|f| f == key_str) {
            class.dict.set_str(key, v);
        }
    }
    Ok(Value::Type(class))
}

/// `NamedTuple("P", [("x", int), ...])`, or with the fields as keywords.
fn functional_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, spec) = match args.pos {
        [_, Value::Str(name)] => (name, None),
        [_, Value::Str(name), spec] => (name, Some(spec)),
        _ => return Err(vm.type_error("NamedTuple() expects a type name and fields")),
    };
    let mut fields = Vec::new();
    if let Some(spec) = spec {
        for pair in vm.collect_iterable(spec)? {
            let items = vm.collect_iterable(&pair)?;
            match items.first() {
                Some(f) if items.len() == 2 => fields.push(vm.str(f)?),
                _ => return Err(vm.type_error("NamedTuple fields must be (name, type) pairs")),
            }
        }
    }
    for (k, _) in args.kw {
        fields.push(k.as_str().to_string());
    }
    // As `collections.namedtuple` does without `module=`.
    Ok(Value::Type(namedtuple_type(
        name.as_str(),
        &fields,
        Vec::new(),
        "__main__",
    )))
}
