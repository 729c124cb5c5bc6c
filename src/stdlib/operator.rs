//! The `operator` module: the operators as functions, and the callables
//! `itemgetter`, `attrgetter` and `methodcaller`.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};
use crate::vm::{PyResult, Vm};

use super::modutil::module_type;

fn two<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<(&'a Value, &'a Value)> {
    super::modutil::no_kwargs(vm, name, args)?;
    super::modutil::arity(vm, name, args, 2, 2)?;
    Ok((&args.pos[0], &args.pos[1]))
}

fn one<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<&'a Value> {
    match args.pos {
        [x] if args.kw.is_empty() => Ok(x),
        _ => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

macro_rules! binary {
    ($($f:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, $name, &args)?;
                vm.binary_op(a, b, $op)
            }
        )*
    };
}

binary! {
    add => "add", BinOp::Add;
    sub => "sub", BinOp::Sub;
    mul => "mul", BinOp::Mult;
    truediv => "truediv", BinOp::Div;
    floordiv => "floordiv", BinOp::FloorDiv;
    modulo => "mod", BinOp::Mod;
    power => "pow", BinOp::Pow;
    lshift => "lshift", BinOp::LShift;
    rshift => "rshift", BinOp::RShift;
    and_ => "and_", BinOp::BitAnd;
    or_ => "or_", BinOp::BitOr;
    xor => "xor", BinOp::BitXor;
    matmul => "matmul", BinOp::MatMult;
}

macro_rules! compare {
    ($($f:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, $name, &args)?;
                vm.compare(a, b, $op)
            }
        )*
    };
}

compare! {
    lt => "lt", CmpOp::Lt;
    le => "le", CmpOp::LtE;
    eq => "eq", CmpOp::Eq;
    ne => "ne", CmpOp::NotEq;
    gt => "gt", CmpOp::Gt;
    ge => "ge", CmpOp::GtE;
    is_ => "is_", CmpOp::Is;
    is_not => "is_not", CmpOp::IsNot;
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "neg", &args)?;
    vm.unary_negative(x)
}

fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "pos", &args)?;
    vm.unary_positive(x)
}

fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "invert", &args)?;
    vm.unary_invert(x)
}

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "not_", &args)?;
    Ok(Value::from(!vm.is_true(x)?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "truth", &args)?;
    Ok(Value::from(vm.is_true(x)?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "abs", &args)?.clone();
    let zero = Value::Int(0);
    match &x {
        Value::Float(f) => Ok(Value::from(f.get().abs())),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let lt = vm.compare(&x, &zero, CmpOp::Lt)?;
            if vm.is_true(&lt)? {
                vm.unary_negative(&x)
            } else {
                vm.unary_positive(&x)
            }
        }
        other => match vm.call_user_method(other, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => Err(vm.type_error(format!(
                "bad operand type for abs(): '{}'",
                other.type_name()
            ))),
        },
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "index", &args)?;
    super::modutil::to_bigint(vm, x).map(Value::from_bigint)
}

fn concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, "concat", &args)?;
    if !matches!(a, Value::List(_) | Value::Tuple(_) | Value::Str(_)) {
        return Err(vm.type_error(format!("'{}' object can't be concatenated", a.type_name())));
    }
    vm.binary_op(a, b, BinOp::Add)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, "contains", &args)?;
    Ok(Value::from(vm.contains(a, b)?))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, "getitem", &args)?;
    vm.get_item(a, b)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b, c] = args.pos else {
        return Err(vm.type_error(format!(
            "setitem expected 3 arguments, got {}",
            args.pos.len()
        )));
    };
    vm.set_item(a, b.clone(), c.clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, "delitem", &args)?;
    vm.del_item(a, b)?;
    Ok(Value::None)
}

fn count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, "countOf", &args)?;
    let items = vm.collect_iterable(a)?;
    let mut n = 0;
    for v in &items {
        if v.is(b) || vm.eq(v, b)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("sub", sub),
    ("mul", mul),
    ("truediv", truediv),
    ("floordiv", floordiv),
    ("mod", modulo),
    ("pow", power),
    ("lshift", lshift),
    ("rshift", rshift),
    ("and_", and_),
    ("or_", or_),
    ("xor", xor),
    ("matmul", matmul),
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("gt", gt),
    ("ge", ge),
    ("is_", is_),
    ("is_not", is_not),
    ("neg", neg),
    ("pos", pos),
    ("invert", invert),
    ("inv", invert),
    ("not_", not_),
    ("truth", truth),
    ("abs", abs),
    ("index", index),
    ("concat", concat),
    ("contains", contains),
    ("countOf", count_of),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("iadd", add),
    ("isub", sub),
    ("imul", mul),
    ("itruediv", truediv),
    ("ifloordiv", floordiv),
    ("imod", modulo),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    let t = getter_types();
    set(&d, "itemgetter", Value::Type(t.item.clone()));
    set(&d, "attrgetter", Value::Type(t.attr.clone()));
    set(&d, "methodcaller", Value::Type(t.method.clone()));
    Ok(d)
}

// ---- itemgetter, attrgetter, methodcaller ------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Item,
    Attr,
    Method,
}

/// The three callables share one shape: what to fetch, and for `methodcaller` the
/// call's arguments.
pub struct Getter {
    kind: Kind,
    keys: Vec<Value>,
    kwargs: Vec<(Arc<PyStr>, Value)>,
}

struct GetterTypes {
    item: Arc<PyType>,
    attr: Arc<PyType>,
    method: Arc<PyType>,
}

fn getter_types() -> &'static GetterTypes {
    static T: OnceLock<GetterTypes> = OnceLock::new();
    T.get_or_init(|| {
        let make = |name: &str, new: NativeFn| {
            module_type(
                name,
                "operator",
                Vec::new(),
                &[("__new__", new), ("__call__", getter_call)],
            )
        };
        GetterTypes {
            item: make("itemgetter", new_itemgetter),
            attr: make("attrgetter", new_attrgetter),
            method: make("methodcaller", new_methodcaller),
        }
    })
}

impl NativeObject for Getter {
    fn class(&self) -> Arc<PyType> {
        let t = getter_types();
        match self.kind {
            Kind::Item => t.item.clone(),
            Kind::Attr => t.attr.clone(),
            Kind::Method => t.method.clone(),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let name = self.class().name.clone();
        let result = (|| {
            let mut parts = Vec::new();
            for k in &self.keys {
                parts.push(vm.repr(k)?);
            }
            for (k, v) in &self.kwargs {
                parts.push(format!("{}={}", k.as_str(), vm.repr(v)?));
            }
            Ok(format!("operator.{name}({})", parts.join(", ")))
        })();
        Some(result)
    }
}

fn new_itemgetter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    if !args.kw.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    Ok(Value::new_native(Getter {
        kind: Kind::Item,
        keys: args.pos[1..].to_vec(),
        kwargs: Vec::new(),
    }))
}

fn new_attrgetter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    for k in &args.pos[1..] {
        if !matches!(k, Value::Str(_)) {
            return Err(vm.type_error("attribute name must be a string"));
        }
    }
    Ok(Value::new_native(Getter {
        kind: Kind::Attr,
        keys: args.pos[1..].to_vec(),
        kwargs: Vec::new(),
    }))
}

fn new_methodcaller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(Value::Str(_)) => {}
        Some(_) => return Err(vm.type_error("method name must be a string")),
        None => {
            return Err(vm.type_error("methodcaller needs at least one argument, the method name"))
        }
    }
    Ok(Value::new_native(Getter {
        kind: Kind::Method,
        keys: args.pos[1..].to_vec(),
        kwargs: args.kw.to_vec(),
    }))
}

fn fetch(vm: &mut Vm, kind: Kind, obj: &Value, key: &Value) -> PyResult<Value> {
    match kind {
        Kind::Item => vm.get_item(obj, key),
        _ => {
            let mut cur = obj.clone();
            for part in key.as_str().unwrap_or_default().split('.') {
                cur = vm.get_attr(&cur, &PyStr::new(part))?;
            }
            Ok(cur)
        }
    }
}

fn getter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(g) = args.pos.first().and_then(|v| v.native::<Getter>()) else {
        return Err(vm.type_error("descriptor '__call__' requires an operator getter"));
    };
    let [_, obj] = args.pos else {
        return Err(vm.type_error(format!(
            "{}() takes exactly 1 argument ({} given)",
            g.class().name,
            args.pos.len().saturating_sub(1)
        )));
    };
    if g.kind == Kind::Method {
        let name = g.keys[0].as_str().unwrap_or_default().to_string();
        let m = vm.get_attr(obj, &PyStr::new(name))?;
        return vm.call(&m, g.keys[1..].to_vec(), g.kwargs.clone());
    }
    if g.keys.len() == 1 {
        return fetch(vm, g.kind, obj, &g.keys[0]);
    }
    let mut out = Vec::with_capacity(g.keys.len());
    for k in &g.keys {
        out.push(fetch(vm, g.kind, obj, k)?);
    }
    Ok(Value::tuple(out))
}
