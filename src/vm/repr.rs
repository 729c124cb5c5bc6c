//! `repr()` and `str()` of values, as CPython prints them.

use super::dunder::is_user_object;
use super::{PyResult, Vm};
use crate::objects::exception::PyException;
use crate::objects::float;
use crate::objects::function::Function;
use crate::objects::str::{repr_str, PyStr};
use crate::objects::{BoolWord, Value};

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if is_user_object(v) {
            if let Some(s) = self.user_repr(v)? {
                return Ok(s);
            }
        }
        if let Some(s) = self.tuple_subclass_text(v, "__repr__")? {
            return Ok(s);
        }
        self.builtin_repr(v)
    }

    /// `repr(v)` as the built-in type of `v` writes it, whatever its class overrides.
    pub fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(base) = v.base_value() {
            return self.builtin_repr(&base.clone());
        }
        if let Value::Native(n) = v {
            if let Some(r) = n.repr(self) {
                return r;
            }
        }
        Ok(match v {
            // `object()` is the one plain instance of a builtin class: no module prefix.
            Value::Instance(i) if i.class.is_builtin() => format!(
                "<{} object at {:#x}>",
                i.class.qualname,
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Instance(i) => format!(
                "<{}.{} object at {:#x}>",
                i.class.module,
                i.class.qualname,
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Native(n) if !n.class().is_builtin() => {
                let class = n.class();
                format!(
                    "<{}.{} object at {:#x}>",
                    class.module,
                    class.qualname,
                    v.heap_ptr().unwrap_or(0)
                )
            }
            Value::None | Value::Unbound => "None".into(),
            Value::Bool(BoolWord::True) => "True".into(),
            Value::Bool(BoolWord::False) => "False".into(),
            Value::Int(n) => int_text(*n),
            Value::BigInt(n) => self.int_to_str(n)?,
            Value::Float(x) => float::repr(x.get()),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                return self.repr_container(v, &items, "(", ")", items.len() == 1);
            }
            Value::List(l) => {
                let items = l.snapshot();
                return self.repr_container(v, &items, "[", "]", false);
            }
            Value::Set(s) if s.is_empty() => "set()".into(),
            Value::FrozenSet(s) if s.is_empty() => "frozenset()".into(),
            Value::Set(s) | Value::FrozenSet(s) => {
                // A set reached again while printing it shows as `set(...)`, as in CPython.
                let Some(addr) = self.enter_repr(v) else {
                    return Ok(format!("{}(...)", v.type_name()));
                };
                let items = s.snapshot();
                let parts = items
                    .iter()
                    .map(|i| self.repr(i))
                    .collect::<PyResult<Vec<_>>>();
                self.leave_repr(addr);
                let body = parts?.join(", ");
                return Ok(match v {
                    Value::Set(_) => format!("{{{body}}}"),
                    _ => format!("frozenset({{{body}}})"),
                });
            }
            Value::Dict(d) => {
                let Some(addr) = self.enter_repr(v) else {
                    return Ok("{...}".into());
                };
                let mut parts = Vec::new();
                let result = (|| {
                    for (k, val) in d.items() {
                        parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })();
                self.leave_repr(addr);
                return result;
            }
            Value::Function(f) => {
                let qualname = self.function_qualname(f)?;
                format!("<function {qualname} at {:#x}>", v.heap_ptr().unwrap_or(0))
            }
            Value::Builtin(b) => match (&b.bound, &b.owner) {
                (Some(recv), _) => builtin_method_repr(b.name, recv),
                (None, Some(owner)) => {
                    let kind = if is_slot_wrapper(b.name) {
                        "slot wrapper"
                    } else {
                        "method"
                    };
                    format!("<{kind} '{}' of '{owner}' objects>", b.name)
                }
                (None, None) => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => match &m.func {
                Value::Function(f) => {
                    let qualname = self.function_qualname(f)?;
                    format!("<bound method {qualname} of {}>", self.repr(&m.receiver)?)
                }
                Value::Builtin(b) => builtin_method_repr(b.name, &m.receiver),
                other => format!("<method-wrapper of {}>", self.repr(other)?),
            },
            Value::Type(t) => {
                if t.is_builtin() {
                    format!("<class '{}'>", t.name)
                } else {
                    format!("<class '{}.{}'>", t.module, t.qualname)
                }
            }
            Value::Exception(e) => {
                let args = e.args();
                let inner = if args.len() == 1 {
                    self.repr(&args[0])?
                } else {
                    let parts = args
                        .iter()
                        .map(|a| self.repr(a))
                        .collect::<PyResult<Vec<_>>>()?;
                    parts.join(", ")
                };
                format!("{}({inner})", e.class.name)
            }
            Value::Range(r) => {
                if r.step == num_bigint::BigInt::from(1) {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Module(m) => {
                let file = m.dict.get_str("__file__", PyStr::hash_str("__file__"));
                match file {
                    Some(Value::Str(file)) => {
                        format!("<module '{}' from '{}'>", m.name, file.as_str())
                    }
                    _ if crate::stdlib::native_module(&m.name).is_some() => {
                        format!("<module '{}' (built-in)>", m.name)
                    }
                    _ => format!("<module '{}'>", m.name),
                }
            }
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str(),
                v.heap_ptr().unwrap_or(0),
                c.source.name,
                c.first_line
            ),
            other => format!(
                "<{} object at {:#x}>",
                other.type_name(),
                other.heap_ptr().unwrap_or(0)
            ),
        })
    }

    /// A function's `__qualname__`; one assigned (by `functools.wraps`) wins.
    fn function_qualname(&mut self, f: &Function) -> PyResult<String> {
        let assigned = f
            .attrs_for("__qualname__")
            .and_then(|d| d.get_str("__qualname__", PyStr::hash_str("__qualname__")));
        match assigned {
            Some(q) => self.str(&q),
            None => Ok(f.qualname.as_str().to_string()),
        }
    }

    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Int(n) = v {
            return Ok(int_text(*n));
        }
        if is_user_object(v) {
            if let Some(s) = self.user_str(v)? {
                return Ok(s);
            }
            // A str subclass prints as its text; numbers as their repr, which the class
            // may override.
            if let Some(Value::Str(s)) = v.base_value() {
                return Ok(s.as_str().to_string());
            }
        }
        if let Some(s) = self.tuple_subclass_text(v, "__str__")? {
            return Ok(s);
        }
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Exception(e) => {
                if let Some(text) = self.os_error_text(e)? {
                    return Ok(text);
                }
                if let Some(text) = self.syntax_error_text(e)? {
                    return Ok(text);
                }
                if let Some(text) = unicode_error_text(e) {
                    return Ok(text);
                }
                if let Some(g) = &e.group {
                    let n = e.group_members().len();
                    let message = self.str(&g.message)?;
                    let plural = if n == 1 { "" } else { "s" };
                    return Ok(format!("{message} ({n} sub-exception{plural})"));
                }
                let args = e.args();
                match args.len() {
                    0 => Ok(String::new()),
                    1 if e.is("KeyError") => self.repr(&args[0]),
                    1 => self.str(&args[0]),
                    _ => self.repr(&Value::tuple(args)),
                }
            }
            other => self.repr(other),
        }
    }

    /// `str()` of an OSError that carries `errno` and `strerror`:
    /// `[Errno 2] No such file or directory: 'x.txt'`.
    fn os_error_text(&mut self, e: &PyException) -> PyResult<Option<String>> {
        if !e.is("OSError") {
            return Ok(None);
        }
        let attr = |name: &str| e.dict.get_str(name, PyStr::hash_str(name));
        let set = |v: Option<Value>| v.filter(|v| !v.is_none());
        let (Some(errno), Some(strerror)) = (set(attr("errno")), set(attr("strerror"))) else {
            return Ok(None);
        };
        let mut text = format!("[Errno {}] {}", self.str(&errno)?, self.str(&strerror)?);
        if let Some(name) = set(attr("filename")) {
            text.push_str(": ");
            text.push_str(&self.repr(&name)?);
            if let Some(name2) = set(attr("filename2")) {
                text.push_str(" -> ");
                text.push_str(&self.repr(&name2)?);
            }
        }
        Ok(Some(text))
    }

    /// `str()` of a SyntaxError that knows where it is: `invalid syntax (<string>, line 1)`,
    /// with only the file's base name, as CPython shows it.
    fn syntax_error_text(&mut self, e: &PyException) -> PyResult<Option<String>> {
        if !e.is("SyntaxError") {
            return Ok(None);
        }
        let attr = |name: &str| e.dict.get_str(name, PyStr::hash_str(name));
        let Some(msg) = attr("msg") else {
            return Ok(None);
        };
        let mut text = self.str(&msg)?;
        let file = attr("filename").and_then(|f| f.as_str().map(str::to_string));
        let base = file.as_deref().map(|f| f.rsplit('/').next().unwrap_or(f));
        match (base, attr("lineno")) {
            (Some(f), Some(Value::Int(n))) => text.push_str(&format!(" ({f}, line {n})")),
            (None, Some(Value::Int(n))) => text.push_str(&format!(" (line {n})")),
            (Some(f), _) => text.push_str(&format!(" ({f})")),
            (None, _) => {}
        }
        Ok(Some(text))
    }

    /// `__repr__`/`__str__` of an instance of a tuple subclass, when its class has one.
    fn tuple_subclass_text(&mut self, v: &Value, name: &str) -> PyResult<Option<String>> {
        let Value::Tuple(t) = v else {
            return Ok(None);
        };
        let Some(f) = t.class.as_ref().and_then(|c| c.lookup(name)) else {
            return Ok(None);
        };
        match self.call(&f, vec![v.clone()], Vec::new())? {
            Value::Str(s) => Ok(Some(s.as_str().to_string())),
            other => Err(self.type_error(format!(
                "{name} returned non-string (type {})",
                other.type_name()
            ))),
        }
    }

    fn repr_container(
        &mut self,
        v: &Value,
        items: &[Value],
        open: &str,
        close: &str,
        trailing_comma: bool,
    ) -> PyResult<String> {
        let Some(addr) = self.enter_repr(v) else {
            return Ok(format!("{open}...{close}"));
        };
        let result = items
            .iter()
            .map(|i| self.repr(i))
            .collect::<PyResult<Vec<_>>>();
        self.leave_repr(addr);
        let mut s = String::from(open);
        s.push_str(&result?.join(", "));
        if trailing_comma {
            s.push(',');
        }
        s.push_str(close);
        Ok(s)
    }

    /// Marks a container as being printed; `None` if it already is (a cycle).
    fn enter_repr(&mut self, v: &Value) -> Option<usize> {
        let addr = v.heap_ptr().unwrap_or(0);
        self.enter_repr_at(addr).then_some(addr)
    }

    /// Marks the object at `addr` as being printed (for native objects that print
    /// their contents); false if it already is.
    pub(crate) fn enter_repr_at(&mut self, addr: usize) -> bool {
        if self.repr_guard.contains(&addr) {
            return false;
        }
        self.repr_guard.push(addr);
        true
    }

    pub(crate) fn leave_repr(&mut self, addr: usize) {
        if let Some(pos) = self.repr_guard.iter().rposition(|&a| a == addr) {
            self.repr_guard.remove(pos);
        }
    }
}

impl Vm {
    /// CPython's `sys.displayhook`: what the REPL does with the value of an expression
    /// statement. `_` is cleared first so that `repr` does not see the previous result.
    pub fn display(&mut self, v: Value) -> PyResult<()> {
        if matches!(v, Value::None) {
            return Ok(());
        }
        let underscore = crate::objects::str::PyStr::new("_");
        self.interp.builtins.set_str(&underscore, Value::None);
        let text = self.repr(&v)?;
        match crate::stdlib::sys::replaced_stdout(self) {
            // A replaced `sys.stdout` (doctest's capture, redirect_stdout) gets the text.
            Some(file) if !file.is_none() => {
                let write = self.get_attr(&file, &crate::objects::str::PyStr::new("write"))?;
                self.call(&write, vec![Value::str(text)], Vec::new())?;
                self.call(&write, vec![Value::str("\n")], Vec::new())?;
            }
            Some(_) => {}
            None => {
                self.write_stdout(&text);
                self.write_stdout("\n");
            }
        }
        self.interp.builtins.set_str(&underscore, v);
        Ok(())
    }
}

/// `<built-in method append of list object at 0x…>`.
fn builtin_method_repr(name: &str, receiver: &Value) -> String {
    format!(
        "<built-in method {name} of {} object at {:#x}>",
        receiver.type_name(),
        receiver.heap_ptr().unwrap_or(0)
    )
}

/// Whether CPython's method `name` of a built-in type fills one of the type's slots,
/// which makes it a "slot wrapper" rather than a "method" in reprs.
fn is_slot_wrapper(name: &str) -> bool {
    let Some(inner) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else {
        return false;
    };
    let binary = inner
        .strip_prefix('r')
        .or_else(|| inner.strip_prefix('i'))
        .filter(|op| is_binary_slot(op))
        .is_some();
    binary
        || is_binary_slot(inner)
        || matches!(
            inner,
            "init"
                | "repr"
                | "str"
                | "hash"
                | "call"
                | "getattribute"
                | "setattr"
                | "delattr"
                | "lt"
                | "le"
                | "eq"
                | "ne"
                | "gt"
                | "ge"
                | "iter"
                | "next"
                | "get"
                | "set"
                | "delete"
                | "len"
                | "contains"
                | "setitem"
                | "delitem"
                | "neg"
                | "pos"
                | "abs"
                | "bool"
                | "invert"
                | "int"
                | "float"
                | "index"
                | "await"
                | "aiter"
                | "anext"
                | "del"
        )
}

fn is_binary_slot(op: &str) -> bool {
    matches!(
        op,
        "add"
            | "sub"
            | "mul"
            | "matmul"
            | "truediv"
            | "floordiv"
            | "mod"
            | "divmod"
            | "pow"
            | "lshift"
            | "rshift"
            | "and"
            | "xor"
            | "or"
    )
}

/// `str()` of a UnicodeEncodeError or UnicodeDecodeError made with its five arguments:
/// `'utf-8' codec can't decode byte 0xff in position 6: invalid start byte`.
fn unicode_error_text(e: &PyException) -> Option<String> {
    let encoding = e.is("UnicodeEncodeError");
    if !encoding && !e.is("UnicodeDecodeError") {
        return None;
    }
    let attr = |name: &str| e.dict.get_str(name, PyStr::hash_str(name));
    let (Some(Value::Str(codec)), Some(object), Some(Value::Int(start)), Some(Value::Int(end))) =
        (attr("encoding"), attr("object"), attr("start"), attr("end"))
    else {
        return None;
    };
    let reason = attr("reason")?;
    let reason = reason.as_str()?;
    let (start, end) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    Some(if encoding {
        let first = object.as_str().and_then(|s| s.chars().nth(start));
        crate::stdlib::str_ops::encode_failure_message(codec.as_str(), first, start, end, reason)
    } else {
        let first = object
            .with_byte_content(|b| b.get(start).copied())
            .flatten();
        crate::stdlib::str_ops::decode_failure_message(codec.as_str(), first, start, end, reason)
    })
}

/// The decimal text of a small int. `to_string` goes through `fmt`; `itoa` took
/// `vm.str(i)` from 174 to 120 instructions, the allocation included (callgrind).
fn int_text(n: i64) -> String {
    itoa::Buffer::new().format(n).to_owned()
}
