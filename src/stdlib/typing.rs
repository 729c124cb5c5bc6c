//! `_typing`, the part of the `typing` module that programs only annotate with: its
//! names exist, can be subscripted (`List[int]`, `Optional[str]`) and print like
//! CPython's. `typing.py` adds the classes and decorators. Nothing checks types.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, module_type, receiver};

/// A special form or generic alias, known by how it prints.
struct Form {
    text: String,
}

fn form_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type(
            "_SpecialForm",
            "typing",
            Vec::new(),
            &[("__getitem__", form_getitem)],
        );
        // What the forms say they belong to, as `inspect` and `typing` themselves ask.
        t.dict
            .set_str(&PyStr::new("__module__"), Value::str("typing"));
        t
    })
}

impl NativeObject for Form {
    fn class(&self) -> Arc<PyType> {
        form_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(self.text.clone()))
    }
}

const FORMS: &[&str] = &[
    "Any",
    "List",
    "Dict",
    "Set",
    "FrozenSet",
    "Tuple",
    "Optional",
    "Union",
    "Callable",
    "Iterable",
    "Iterator",
    "Generator",
    "Sequence",
    "Mapping",
    "MutableMapping",
    "MutableSequence",
    "Type",
    "ClassVar",
    "Final",
    "Literal",
    "NoReturn",
    "DefaultDict",
    "Deque",
    "Counter",
    "OrderedDict",
    "Awaitable",
    "Coroutine",
    "AsyncIterator",
    "Hashable",
    "Sized",
    "Collection",
    "Container",
    "Reversible",
    "Annotated",
    "AbstractSet",
    "AsyncContextManager",
    "AsyncGenerator",
    "AsyncIterable",
    "BinaryIO",
    "ByteString",
    "ChainMap",
    "Concatenate",
    "ContextManager",
    "IO",
    "ItemsView",
    "KeysView",
    "LiteralString",
    "MappingView",
    "Match",
    "MutableSet",
    "Never",
    "NotRequired",
    "Pattern",
    "Required",
    "Self",
    "TextIO",
    "TypeAlias",
    "TypeGuard",
    "Unpack",
    "ValuesView",
];

/// How a type argument prints inside `X[...]`: classes by name, as CPython's aliases do.
fn arg_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Tuple(t) if t.class.is_none() => {
            let mut parts = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                parts.push(arg_text(vm, item)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        Value::List(l) => {
            let mut parts = Vec::new();
            for item in l.snapshot() {
                parts.push(arg_text(vm, &item)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        other => super::generic_alias::item_text(vm, other),
    }
}

fn form_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__getitem__", &args, 2, 2)?;
    let form = receiver::<Form>(vm, &args, "_SpecialForm", "__getitem__")?;
    let params = match &args.pos[1] {
        Value::Tuple(t) if t.class.is_none() => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let literal = form.text == "typing.Literal";
    let mut parts = Vec::with_capacity(params.len());
    for p in &params {
        parts.push(match p {
            // Type arguments take `None` as `type(None)`; Literal keeps the value.
            Value::None if !literal => "NoneType".to_string(),
            p => arg_text(vm, p)?,
        });
    }
    match form.text.as_str() {
        "typing.Union" => Ok(union_form(params, parts)),
        "typing.Optional" => Ok(union_form(
            params.into_iter().chain([Value::None]).collect(),
            parts.into_iter().chain(["NoneType".to_string()]).collect(),
        )),
        text => Ok(Value::new_native(Form {
            text: format!("{text}[{}]", parts.join(", ")),
        })),
    }
}

/// `Union[...]` as CPython makes it: repeated members (`params`, printed as `parts`)
/// dropped, a single member as itself, a member and None as `Optional[member]`.
fn union_form(params: Vec<Value>, parts: Vec<String>) -> Value {
    let mut members: Vec<String> = Vec::with_capacity(parts.len());
    let mut values: Vec<Value> = Vec::with_capacity(parts.len());
    for (v, p) in params.into_iter().zip(parts) {
        if !members.contains(&p) {
            members.push(p);
            values.push(v);
        }
    }
    let text = match (members.as_slice(), values.as_slice()) {
        (_, [Value::None]) => return Value::Type(types().none.clone()),
        (_, [only]) => return only.clone(),
        ([a, b], _) if b == "NoneType" => format!("typing.Optional[{a}]"),
        ([a, b], _) if a == "NoneType" => format!("typing.Optional[{b}]"),
        _ => format!("typing.Union[{}]", members.join(", ")),
    };
    Value::new_native(Form { text })
}

/// `TypeVar("T")` prints as `~T`.
fn type_var(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(Value::new_native(Form {
            text: format!("~{}", s.as_str()),
        })),
        _ => Err(vm.type_error("TypeVar() missing required argument: 'name'")),
    }
}

/// `cast(typ, val)` returns `val` unchanged.
fn cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "cast", &args, 2, 2)?;
    Ok(args.pos[1].clone())
}

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(&[("TypeVar", type_var), ("cast", cast)]);
    for name in FORMS {
        set(
            &d,
            name,
            Value::new_native(Form {
                text: format!("typing.{name}"),
            }),
        );
    }
    set(&d, "TYPE_CHECKING", Value::from(false));
    set(
        &d,
        "Generic",
        super::typing_classes::generic_base("Generic"),
    );
    set(&d, "NamedTuple", super::typing_classes::named_tuple());
    Ok(d)
}
