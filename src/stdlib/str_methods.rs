//! Methods of `str`, `str % args` and `str.format`: argument handling around the
//! algorithms of `str_ops` and `percent_format`.

use std::sync::Arc;

use super::percent_format::{
    conversion_type_error, percent_format, PercentArg, PercentError, PercentErrorKind,
    PercentSource,
};
use super::str_ops::{self, FieldKey, FormatSource, FormatTemplateError, ItemKey};
use crate::objects::exception::{error, PyException};
use crate::objects::float;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::vm::ops::as_bigint;
use crate::vm::{PyErr, PyResult, Vm};

pub const STR_METHODS: &[(&str, NativeFn)] = &[
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("join", str_join),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("replace", str_replace),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("upper", str_upper),
    ("lower", str_lower),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("swapcase", str_swapcase),
    ("casefold", str_casefold),
    ("isdigit", str_isdigit),
    ("isalpha", str_isalpha),
    ("isspace", str_isspace),
    ("isalnum", str_isalnum),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isidentifier", str_isidentifier),
    ("isprintable", str_isprintable),
    ("islower", str_islower),
    ("isupper", str_isupper),
    ("istitle", str_istitle),
    ("isascii", str_isascii),
    ("zfill", str_zfill),
    ("encode", super::bytes_methods::str_encode),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("expandtabs", str_expandtabs),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("format", str_format),
    ("format_map", str_format_map),
];

/// The receiver and the arguments after it, by position or keyword.
struct Call<'a> {
    this: &'a Arc<PyStr>,
    args: &'a Args<'a>,
    method: &'static str,
}

impl<'a> Call<'a> {
    fn new(vm: &Vm, args: &'a Args<'a>, method: &'static str) -> PyResult<Call<'a>> {
        // An instance of a str subclass is acted on as the str it is.
        match args.pos.first().map(|v| v.base_value().unwrap_or(v)) {
            Some(Value::Str(s)) => Ok(Call {
                this: s,
                args,
                method,
            }),
            _ => Err(vm.descriptor_error("str", method, args.pos.first())),
        }
    }

    fn s(&self) -> &'a str {
        self.this.as_str()
    }

    /// Argument `i` (0 = first after self), or keyword `name` if the method accepts it.
    /// Instances of subclasses of `str` and `int` come as the built-in value they are.
    fn arg(&self, i: usize, name: Option<&str>) -> Option<&'a Value> {
        self.args
            .pos
            .get(i + 1)
            .or_else(|| {
                name.and_then(|n| {
                    self.args
                        .kw
                        .iter()
                        .find(|(k, _)| k.as_str() == n)
                        .map(|(_, v)| v)
                })
            })
            .map(|v| v.base_value().unwrap_or(v))
    }

    fn check(&self, vm: &Vm, max: usize, keywords: &[&str]) -> PyResult<()> {
        let given = self.args.pos.len() - 1;
        // CPython's str methods check their arguments in three ways, each with its
        // own message: one-argument methods, argument tuples (and keyword-taking
        // clinic), and positional-only clinic.
        const ONE_ARGUMENT: &[&str] = &[
            "join",
            "removeprefix",
            "removesuffix",
            "partition",
            "rpartition",
            "zfill",
            "format_map",
            "translate",
        ];
        const TUPLE_STYLE: &[&str] = &[
            "split",
            "rsplit",
            "splitlines",
            "encode",
            "expandtabs",
            "startswith",
            "endswith",
            "count",
            "find",
            "rfind",
            "index",
            "rindex",
        ];
        if given > max {
            return Err(vm.type_error(if max == 0 {
                format!("str.{}() takes no arguments ({given} given)", self.method)
            } else if ONE_ARGUMENT.contains(&self.method) {
                format!(
                    "str.{}() takes exactly one argument ({given} given)",
                    self.method
                )
            } else if TUPLE_STYLE.contains(&self.method) {
                format!(
                    "{}() takes at most {max} argument{} ({given} given)",
                    self.method,
                    if max == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} expected at most {max} argument{}, got {given}",
                    self.method,
                    if max == 1 { "" } else { "s" }
                )
            }));
        }
        if let Some((k, _)) = self
            .args
            .kw
            .iter()
            .find(|(k, _)| !keywords.contains(&k.as_str()))
        {
            return Err(vm.type_error(if keywords.is_empty() {
                format!("str.{}() takes no keyword arguments", self.method)
            } else {
                format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    self.method
                )
            }));
        }
        Ok(())
    }

    fn str_arg(&self, vm: &Vm, i: usize, name: Option<&str>) -> PyResult<Option<&'a str>> {
        match self.arg(i, name) {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str())),
            // The strip family names itself but not the type; split is the other way.
            Some(_) if self.method.ends_with("strip") => {
                Err(vm.type_error(format!("{} arg must be None or str", self.method)))
            }
            Some(other) => {
                Err(vm.type_error(format!("must be str or None, not {}", other.type_name())))
            }
        }
    }

    /// A str argument of a method whose CPython signature is argument-clinic's: the
    /// message names the method and, when `numbered`, the argument's position.
    fn clinic_str(&self, vm: &Vm, i: usize, numbered: bool) -> PyResult<&'a str> {
        match self.arg(i, None) {
            Some(Value::Str(s)) => Ok(s.as_str()),
            Some(other) => {
                let which = if numbered {
                    format!("argument {}", i + 1)
                } else {
                    "argument".to_string()
                };
                // Argument clinic names None itself, not its type.
                let got = match other {
                    Value::None => "None".to_string(),
                    other => other.type_name(),
                };
                Err(vm.type_error(format!("{}() {which} must be str, not {got}", self.method)))
            }
            None => self.required_str(vm, i),
        }
    }

    fn required_str(&self, vm: &Vm, i: usize) -> PyResult<&'a str> {
        match self.arg(i, None) {
            Some(Value::Str(s)) => Ok(s.as_str()),
            Some(other) => Err(vm.type_error(format!("must be str, not {}", other.type_name()))),
            None => Err(vm.type_error(format!(
                "{}() takes at least {} argument{} ({i} given)",
                self.method,
                i + 1,
                if i == 0 { "" } else { "s" }
            ))),
        }
    }

    fn int_arg(&self, vm: &Vm, i: usize, name: Option<&str>, default: i64) -> PyResult<i64> {
        match self.arg(i, name) {
            None => Ok(default),
            Some(Value::Int(n)) => Ok(*n),
            Some(Value::Bool(b)) => Ok(*b as i64),
            Some(other) => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        }
    }

    /// Optional `start`/`end` slice arguments (None allowed).
    fn bound(&self, vm: &Vm, i: usize) -> PyResult<Option<i64>> {
        match self.arg(i, None) {
            None | Some(Value::None) => Ok(None),
            Some(Value::Int(n)) => Ok(Some(*n)),
            Some(Value::Bool(b)) => Ok(Some(*b as i64)),
            Some(Value::BigInt(n)) => Ok(Some(if num_traits::Signed::is_negative(&**n) {
                i64::MIN
            } else {
                i64::MAX
            })),
            Some(_) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    }

    fn fill(&self, vm: &Vm, i: usize) -> PyResult<char> {
        match self.arg(i, None) {
            None => Ok(' '),
            Some(Value::Str(s)) if s.char_len() == 1 => {
                Ok(s.as_str().chars().next().unwrap_or(' '))
            }
            Some(Value::Str(_)) => {
                Err(vm.type_error("The fill character must be exactly one character long"))
            }
            Some(other) => Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            ))),
        }
    }
}

fn strs(items: Vec<&str>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

/// Returns the receiver itself when an operation changed nothing, as CPython does.
fn same_or_new(this: &Arc<PyStr>, result: &str) -> Value {
    if result.len() == this.as_str().len() {
        Value::Str(this.clone())
    } else {
        Value::str(result)
    }
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "split")?;
    c.check(vm, 2, &["sep", "maxsplit"])?;
    let sep = c.str_arg(vm, 0, Some("sep"))?;
    let max = c.int_arg(vm, 1, Some("maxsplit"), -1)?;
    str_ops::split(c.s(), sep, max)
        .map(strs)
        .map_err(|m| vm.value_error(m))
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "rsplit")?;
    c.check(vm, 2, &["sep", "maxsplit"])?;
    let sep = c.str_arg(vm, 0, Some("sep"))?;
    let max = c.int_arg(vm, 1, Some("maxsplit"), -1)?;
    str_ops::rsplit(c.s(), sep, max)
        .map(strs)
        .map_err(|m| vm.value_error(m))
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "splitlines")?;
    c.check(vm, 1, &["keepends"])?;
    // A C int, as argument clinic reads it: big ints overflow, `__index__` is used.
    let keep = match c.arg(0, Some("keepends")) {
        Some(v) => super::modutil::to_c_int(vm, v)? != 0,
        None => false,
    };
    Ok(strs(str_ops::splitlines(c.s(), keep)))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "join")?;
    c.check(vm, 1, &[])?;
    let Some(iterable) = c.arg(0, None) else {
        return Err(vm.type_error("str.join() takes exactly one argument (0 given)"));
    };
    // A list or tuple is read where it is, without a reference taken to every item.
    let joined = match iterable {
        Value::List(l) if l.subclass.is_none() => join_items(vm, c.s(), &l.items.lock()),
        Value::Tuple(t) if t.class.is_none() => join_items(vm, c.s(), &t.items),
        other => {
            let items = vm.collect_iterable(other)?;
            join_items(vm, c.s(), &items)
        }
    };
    Ok(Value::str(joined?))
}

/// `sep.join(items)`, or CPython's error for the first item that is not a str.
fn join_items(vm: &Vm, sep: &str, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.base_value().unwrap_or(item) {
            Value::Str(s) => parts.push(s.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )))
            }
        }
    }
    Ok(str_ops::join(sep, &parts))
}

fn strip_like(
    vm: &mut Vm,
    args: Args,
    method: &'static str,
    f: for<'x> fn(&'x str, Option<&str>) -> &'x str,
) -> PyResult<Value> {
    let c = Call::new(vm, &args, method)?;
    c.check(vm, 1, &[])?;
    let chars = c.str_arg(vm, 0, None)?;
    Ok(same_or_new(c.this, f(c.s(), chars)))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_like(vm, args, "strip", str_ops::strip)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_like(vm, args, "lstrip", str_ops::lstrip)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_like(vm, args, "rstrip", str_ops::rstrip)
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "removeprefix")?;
    c.check(vm, 1, &[])?;
    let p = c.clinic_str(vm, 0, false)?;
    Ok(same_or_new(c.this, str_ops::removeprefix(c.s(), p)))
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "removesuffix")?;
    c.check(vm, 1, &[])?;
    let p = c.clinic_str(vm, 0, false)?;
    Ok(same_or_new(c.this, str_ops::removesuffix(c.s(), p)))
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "replace")?;
    c.check(vm, 3, &[])?;
    let old = c.clinic_str(vm, 0, true)?;
    let new = c.clinic_str(vm, 1, true)?;
    let count = c.int_arg(vm, 2, None, -1)?;
    Ok(Value::str(str_ops::replace(c.s(), old, new, count)))
}

type Search = fn(&str, &str, Option<i64>, Option<i64>) -> i64;

fn search(vm: &mut Vm, args: Args, method: &'static str, f: Search) -> PyResult<Value> {
    let c = Call::new(vm, &args, method)?;
    c.check(vm, 3, &[])?;
    let sub = c.required_str(vm, 0)?;
    Ok(Value::Int(f(c.s(), sub, c.bound(vm, 1)?, c.bound(vm, 2)?)))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "find", str_ops::find)
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "rfind", str_ops::rfind)
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "index")?;
    c.check(vm, 3, &[])?;
    let sub = c.required_str(vm, 0)?;
    str_ops::index(c.s(), sub, c.bound(vm, 1)?, c.bound(vm, 2)?)
        .map(|i| Value::Int(i as i64))
        .map_err(|m| vm.value_error(m))
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "rindex")?;
    c.check(vm, 3, &[])?;
    let sub = c.required_str(vm, 0)?;
    str_ops::rindex(c.s(), sub, c.bound(vm, 1)?, c.bound(vm, 2)?)
        .map(|i| Value::Int(i as i64))
        .map_err(|m| vm.value_error(m))
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "count")?;
    c.check(vm, 3, &[])?;
    let sub = c.required_str(vm, 0)?;
    Ok(Value::Int(
        str_ops::count(c.s(), sub, c.bound(vm, 1)?, c.bound(vm, 2)?) as i64,
    ))
}

fn affix(vm: &mut Vm, args: Args, method: &'static str, suffix: bool) -> PyResult<Value> {
    let c = Call::new(vm, &args, method)?;
    c.check(vm, 3, &[])?;
    let owned: Vec<Arc<PyStr>> = match c.arg(0, None) {
        Some(Value::Str(s)) => vec![s.clone()],
        Some(Value::Tuple(t)) => {
            let mut v = Vec::new();
            for item in t.items.iter() {
                match item {
                    Value::Str(s) => v.push(s.clone()),
                    other => {
                        return Err(vm.type_error(format!(
                            "tuple for {method} must only contain str, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
            v
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "{method} first arg must be str or a tuple of str, not {}",
                other.type_name()
            )))
        }
        None => {
            return Err(vm.type_error(format!("{method}() takes at least 1 argument (0 given)")))
        }
    };
    let affixes: Vec<&str> = owned.iter().map(|s| s.as_str()).collect();
    let (start, end) = (c.bound(vm, 1)?, c.bound(vm, 2)?);
    Ok(Value::from(if suffix {
        str_ops::endswith(c.s(), &affixes, start, end)
    } else {
        str_ops::startswith(c.s(), &affixes, start, end)
    }))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

macro_rules! transform {
    ($name:ident, $method:literal, $f:path) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let c = Call::new(vm, &args, $method)?;
            c.check(vm, 0, &[])?;
            Ok(Value::str($f(c.s())))
        }
    };
}

transform!(str_upper, "upper", str_ops::upper);
transform!(str_lower, "lower", str_ops::lower);
transform!(str_title, "title", str_ops::title);
transform!(str_capitalize, "capitalize", str_ops::capitalize);
transform!(str_swapcase, "swapcase", str_ops::swapcase);
transform!(str_casefold, "casefold", str_ops::casefold);

macro_rules! predicate {
    ($name:ident, $method:literal, $f:path) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let c = Call::new(vm, &args, $method)?;
            c.check(vm, 0, &[])?;
            Ok(Value::from($f(c.s())))
        }
    };
}

predicate!(str_isdigit, "isdigit", str_ops::isdigit);
predicate!(str_isalpha, "isalpha", str_ops::isalpha);
predicate!(str_isspace, "isspace", str_ops::isspace);
predicate!(str_isalnum, "isalnum", str_ops::isalnum);
predicate!(str_isdecimal, "isdecimal", str_ops::isdecimal);
predicate!(str_isnumeric, "isnumeric", str_ops::isnumeric);
predicate!(str_isidentifier, "isidentifier", str_ops::isidentifier);
predicate!(str_isprintable, "isprintable", str_ops::isprintable);
predicate!(str_islower, "islower", str_ops::islower);
predicate!(str_isupper, "isupper", str_ops::isupper);
predicate!(str_istitle, "istitle", str_ops::istitle);
predicate!(str_isascii, "isascii", str_ops::isascii);

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "zfill")?;
    c.check(vm, 1, &[])?;
    let w = c.int_arg(vm, 0, None, 0)?;
    Ok(Value::str(str_ops::zfill(c.s(), w)))
}

fn pad(
    vm: &mut Vm,
    args: Args,
    method: &'static str,
    f: fn(&str, i64, char) -> String,
) -> PyResult<Value> {
    let c = Call::new(vm, &args, method)?;
    c.check(vm, 2, &[])?;
    if c.arg(0, None).is_none() {
        return Err(vm.type_error(format!("{method} expected at least 1 argument, got 0")));
    }
    let w = c.int_arg(vm, 0, None, 0)?;
    let fill = c.fill(vm, 1)?;
    Ok(Value::str(f(c.s(), w, fill)))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center", str_ops::center)
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", str_ops::ljust)
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", str_ops::rjust)
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "expandtabs")?;
    c.check(vm, 1, &["tabsize"])?;
    let size = c.int_arg(vm, 0, Some("tabsize"), 8)?;
    Ok(Value::str(str_ops::expandtabs(c.s(), size)))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "partition")?;
    c.check(vm, 1, &[])?;
    let sep = c.required_str(vm, 0)?;
    let (a, b, d) = str_ops::partition(c.s(), sep).map_err(|m| vm.value_error(m))?;
    Ok(Value::tuple(vec![
        Value::str(a),
        Value::str(b),
        Value::str(d),
    ]))
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "rpartition")?;
    c.check(vm, 1, &[])?;
    let sep = c.required_str(vm, 0)?;
    let (a, b, d) = str_ops::rpartition(c.s(), sep).map_err(|m| vm.value_error(m))?;
    Ok(Value::tuple(vec![
        Value::str(a),
        Value::str(b),
        Value::str(d),
    ]))
}

impl From<FormatTemplateError> for PyErr {
    fn from(e: FormatTemplateError) -> PyErr {
        error("ValueError", e.0)
    }
}

impl From<PercentError> for PyErr {
    fn from(e: PercentError) -> PyErr {
        let kind = match e.kind {
            PercentErrorKind::Type => "TypeError",
            PercentErrorKind::Value => "ValueError",
            PercentErrorKind::Overflow => "OverflowError",
        };
        error(kind, e.message)
    }
}

/// `str.format` arguments as the template engine sees them.
struct FormatArgs<'a> {
    vm: &'a mut Vm,
    positional: &'a [Value],
    keywords: Option<&'a [(Arc<PyStr>, Value)]>,
    mapping: Option<&'a Value>,
}

impl FormatSource for FormatArgs<'_> {
    type Value = Value;
    type Error = PyErr;

    fn field(&mut self, key: FieldKey<'_>) -> PyResult<Value> {
        match key {
            FieldKey::Index(i) => {
                if self.mapping.is_some() {
                    return Err(self
                        .vm
                        .value_error("Format string contains positional fields"));
                }
                self.positional
                    .get(i)
                    .cloned()
                    .ok_or_else(|| error("IndexError", str_ops::replacement_index_error(i)))
            }
            FieldKey::Name(name) => {
                if let Some(m) = self.mapping {
                    let m = m.clone();
                    return self.vm.get_item(&m, &Value::str(name));
                }
                self.keywords
                    .and_then(|kw| kw.iter().find(|(k, _)| k.as_str() == name))
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| {
                        PyException::new(exception_type("KeyError"), vec![Value::str(name)])
                    })
            }
        }
    }

    fn attr(&mut self, value: Value, name: &str) -> PyResult<Value> {
        self.vm.get_attr(&value, &PyStr::new(name))
    }

    fn item(&mut self, value: Value, key: ItemKey<'_>) -> PyResult<Value> {
        let key = match key {
            ItemKey::Index(i) => Value::Int(i as i64),
            ItemKey::Name(n) => Value::str(n),
        };
        self.vm.get_item(&value, &key)
    }

    fn convert(&mut self, value: Value, conversion: char) -> PyResult<Value> {
        let text = match conversion {
            'r' => self.vm.repr(&value)?,
            'a' => crate::vm::eval::ascii_escape(&self.vm.repr(&value)?),
            _ => self.vm.str(&value)?,
        };
        Ok(Value::str(text))
    }

    fn format(&mut self, value: Value, spec: &str) -> PyResult<String> {
        self.vm.format(&value, spec)
    }
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "format")?;
    let template = c.this.clone();
    let mut source = FormatArgs {
        vm,
        positional: &args.pos[1..],
        keywords: Some(args.kw),
        mapping: None,
    };
    str_ops::format_template(template.as_str(), &mut source).map(Value::str)
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = Call::new(vm, &args, "format_map")?;
    c.check(vm, 1, &[])?;
    let template = c.this.clone();
    let Some(mapping) = args.pos.get(1) else {
        return Err(vm.type_error("str.format_map() takes exactly one argument (0 given)"));
    };
    let mut source = FormatArgs {
        vm,
        positional: &[],
        keywords: None,
        mapping: Some(mapping),
    };
    str_ops::format_template(template.as_str(), &mut source).map(Value::str)
}

/// The right operand of `str % operand`.
pub(crate) struct PercentOperand<'a> {
    pub vm: &'a mut Vm,
    pub operand: &'a Value,
}

impl PercentSource for PercentOperand<'_> {
    type Value = Value;
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match self.operand {
            Value::Tuple(t) => Some(t.items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        match self.operand {
            Value::Tuple(_) | Value::Str(_) => false,
            Value::Dict(_) | Value::List(_) => true,
            other => self.vm.user_method(other, "__getitem__").is_some(),
        }
    }

    fn item(&mut self, index: usize) -> Value {
        match self.operand {
            Value::Tuple(t) => t.items[index].clone(),
            other => other.clone(),
        }
    }

    fn whole(&mut self) -> Value {
        self.operand.clone()
    }

    fn by_key(&mut self, key: &str) -> PyResult<Value> {
        let operand = self.operand.clone();
        self.vm.get_item(&operand, &Value::str(key))
    }

    fn star_int(&mut self, value: &Value) -> PyResult<Option<i64>> {
        Ok(match value {
            Value::Int(n) => Some(*n),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        })
    }

    fn convert(&mut self, value: Value, conversion: char) -> PyResult<PercentArg> {
        let type_name = value.type_name();
        // Numbers of subclasses of int and float format as their value.
        let value = match conversion {
            's' | 'r' | 'a' => value,
            _ => crate::vm::ops::unwrap_base(&value),
        };
        Ok(match conversion {
            's' => PercentArg::Str(self.vm.str(&value)?),
            'r' => PercentArg::Str(self.vm.repr(&value)?),
            'a' => PercentArg::Str(crate::vm::eval::ascii_escape(&self.vm.repr(&value)?)),
            'd' | 'i' | 'u' => {
                match &value {
                    Value::Float(x) => PercentArg::Int(
                        float::to_bigint(x.get()).map_err(crate::vm::ops::float_error)?,
                    ),
                    v => PercentArg::Int(as_bigint(v).ok_or_else(|| {
                        PyErr::from(conversion_type_error(conversion, &type_name))
                    })?),
                }
            }
            'o' | 'x' | 'X' => PercentArg::Int(
                as_bigint(&value)
                    .ok_or_else(|| PyErr::from(conversion_type_error(conversion, &type_name)))?,
            ),
            'c' => match &value {
                Value::Str(s) if s.char_len() == 1 => PercentArg::Str(s.as_str().to_string()),
                v => PercentArg::Int(
                    as_bigint(v)
                        .ok_or_else(|| PyErr::from(conversion_type_error('c', &type_name)))?,
                ),
            },
            _ => match &value {
                Value::Float(x) => PercentArg::Float(x.get()),
                v => match as_bigint(v) {
                    Some(n) => PercentArg::Float(
                        float::from_bigint(&n).map_err(crate::vm::ops::float_error)?,
                    ),
                    None => return Err(conversion_type_error(conversion, &type_name).into()),
                },
            },
        })
    }
}

impl Vm {
    /// `template % operand`.
    pub fn percent_format(&mut self, template: &str, operand: &Value) -> PyResult<Value> {
        let mut source = PercentOperand { vm: self, operand };
        percent_format(template, &mut source).map(Value::str)
    }
}
