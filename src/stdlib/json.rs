//! `_json`: the encoder and the scanner behind the `json` module (which is written in
//! Python, in py/json.py). Both walk values in Rust because string escaping and
//! scanning character by character would be slow as bytecode.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::module::namespace;
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::{BoolWord, Value};
use crate::vm::{PyResult, Vm};

use super::modutil::arity;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("make_encoder", make_encoder),
    ("make_scanner", make_scanner),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}

/// Containers nest in Rust recursion here, so the depth is bounded as Python's would be.
fn depth_limit(vm: &Vm) -> usize {
    vm.interp
        .recursion_limit
        .load(std::sync::atomic::Ordering::Relaxed)
}

// ---- encoding --------------------------------------------------------------

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    default: Value,
    /// Containers being encoded, by address: meeting one again is a cycle.
    open: Vec<usize>,
    out: String,
}

/// `encode(obj, indent, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, skipkeys,
/// check_circular, default)`: `indent` is the per-level string or None.
fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "encode", &args, 10, 10)?;
    let p = args.pos;
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let mut enc = Encoder {
        indent: p[1].as_str().map(str::to_string),
        item_sep: text(&p[2]),
        key_sep: text(&p[3]),
        sort_keys: vm.is_true(&p[4])?,
        ensure_ascii: vm.is_true(&p[5])?,
        allow_nan: vm.is_true(&p[6])?,
        skipkeys: vm.is_true(&p[7])?,
        default: p[9].clone(),
        open: Vec::new(),
        out: String::new(),
    };
    enc.value(vm, &p[0], 0)?;
    Ok(Value::str(enc.out))
}

/// `make_encoder(indent, item_sep, key_sep, sort_keys, ensure_ascii, allow_nan, skipkeys,
/// check_circular, default)`: the encoder's `_iterencode(obj, level)`, native as CPython's
/// is, which gives the whole document as one chunk.
fn make_encoder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "make_encoder", &args, 9, 9)?;
    Ok(Value::Builtin(Arc::new(Builtin {
        name: "_iterencode",
        func: iterencode,
        bound: Some(Value::tuple(args.pos.to_vec())),
        owner: None,
    })))
}

fn iterencode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Tuple(params), obj, _level] = args.pos else {
        return Err(vm.type_error("_iterencode() takes exactly 2 arguments"));
    };
    let pos: Vec<Value> = std::iter::once(obj.clone())
        .chain(params.items.iter().cloned())
        .collect();
    let text = encode(vm, Args { pos: &pos, kw: &[] })?;
    Ok(Value::list(vec![text]))
}

impl Encoder {
    fn value(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(BoolWord::True) => self.out.push_str("true"),
            Value::Bool(BoolWord::False) => self.out.push_str("false"),
            Value::Int(n) => self.out.push_str(&n.to_string()),
            Value::BigInt(n) => self.out.push_str(&n.to_string()),
            Value::Float(x) => {
                let s = self.float(vm, x.get())?;
                self.out.push_str(&s);
            }
            Value::Str(s) => escape(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::List(l) => {
                let items = l.snapshot();
                self.array(vm, v, &items, level)?;
            }
            Value::Tuple(t) => self.array(vm, v, &t.items, level)?,
            Value::Dict(d) => {
                let items = d.items();
                self.object(vm, v, items, level)?;
            }
            other => {
                let id = self.enter(vm, other, level)?;
                let replaced = vm.call(&self.default, vec![other.clone()], Vec::new())?;
                self.value(vm, &replaced, level)?;
                self.leave(id);
            }
        }
        Ok(())
    }

    fn float(&self, vm: &Vm, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::objects::float::repr(x));
        }
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(match x {
            x if x.is_nan() => "NaN",
            x if x > 0.0 => "Infinity",
            _ => "-Infinity",
        }
        .to_string())
    }

    /// Marks `v` as being encoded; fails on a cycle or too deep a nesting.
    fn enter(&mut self, vm: &Vm, v: &Value, level: usize) -> PyResult<usize> {
        if self.open.len() > depth_limit(vm) || level > depth_limit(vm) {
            return Err(vm.new_error(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        let id = v.heap_ptr().unwrap_or(0);
        if self.open.contains(&id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        self.open.push(id);
        Ok(id)
    }

    fn leave(&mut self, id: usize) {
        if let Some(i) = self.open.iter().rposition(|&x| x == id) {
            self.open.remove(i);
        }
    }

    /// The line break and indentation before an item at `level`, when indenting.
    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, v: &Value, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.enter(vm, v, level)?;
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
            }
            self.newline(level + 1);
            self.value(vm, item, level + 1)?;
        }
        self.newline(level);
        self.out.push(']');
        self.leave(id);
        Ok(())
    }

    fn object(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        mut items: Vec<(Value, Value)>,
        level: usize,
    ) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.enter(vm, v, level)?;
        if self.sort_keys {
            let mut pairs: Vec<Value> = items
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            super::sorting::sort_values(vm, &mut pairs, None, false)?;
            items = pairs
                .into_iter()
                .map(|p| match p {
                    Value::Tuple(t) => (t.items[0].clone(), t.items[1].clone()),
                    _ => unreachable!("sorted pairs stay tuples"),
                })
                .collect();
        }
        self.out.push('{');
        let mut first = true;
        for (k, item) in items {
            let key = match &k {
                Value::Str(s) => s.as_str().to_string(),
                Value::Float(x) => self.float(vm, x.get())?,
                Value::Bool(BoolWord::True) => "true".into(),
                Value::Bool(BoolWord::False) => "false".into(),
                Value::Int(n) => n.to_string(),
                Value::BigInt(n) => n.to_string(),
                Value::None => "null".into(),
                _ if self.skipkeys => continue,
                other => {
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        other.type_name()
                    )))
                }
            };
            if !first {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
            }
            first = false;
            self.newline(level + 1);
            escape(&mut self.out, &key, self.ensure_ascii);
            let sep = self.key_sep.clone();
            self.out.push_str(&sep);
            self.value(vm, &item, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave(id);
        Ok(())
    }
}

/// A JSON string literal: the short escapes, `\u00XX` for other control characters, and
/// with `ensure_ascii` every character past `~` as `\uXXXX` (UTF-16 pairs above U+FFFF).
fn escape(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && c > '~') => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---- scanning --------------------------------------------------------------

/// `make_scanner(decoder, error_class)`: the decoder's `scan_once(text, idx)`, native
/// as CPython's is, so that its errors come from the caller's line.
fn make_scanner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "make_scanner", &args, 2, 2)?;
    Ok(Value::Builtin(Arc::new(Builtin {
        name: "scan_once",
        func: scan_once,
        bound: Some(Value::tuple(args.pos.to_vec())),
        owner: None,
    })))
}

/// `scan_once(text, idx)`: the value starting at `idx` and the index after it, read with
/// the decoder's hooks. A missing value raises `StopIteration(pos)`, a malformed one
/// `error_class(msg, text, pos)` (JSONDecodeError).
fn scan_once(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Tuple(ctx), text_arg, idx] = args.pos else {
        return Err(vm.type_error("scan_once() takes exactly 2 arguments"));
    };
    let [decoder, error_class] = &ctx.items[..] else {
        return Err(vm.type_error("scan_once() lost its decoder"));
    };
    let Some(text) = text_arg.as_str() else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            text_arg.type_name()
        )));
    };
    let idx = super::modutil::to_i64(vm, idx)?;
    let Ok(start) = usize::try_from(idx) else {
        return Err(vm.value_error("idx cannot be negative"));
    };
    // A hook that is None, or the type the scanner makes anyway, is no hook.
    let t = types();
    let mut hook = |name: &str, plain: Option<&Arc<PyType>>| -> PyResult<Option<Value>> {
        let v = vm.get_attr(decoder, &PyStr::new(name))?;
        let is_plain = matches!((&v, plain), (Value::Type(t), Some(p)) if Arc::ptr_eq(t, p));
        Ok(Some(v).filter(|v| !v.is_none() && !is_plain))
    };
    let mut sc = Scanner {
        chars: text.chars().collect(),
        pos: start,
        object_hook: hook("object_hook", None)?,
        pairs_hook: hook("object_pairs_hook", None)?,
        parse_float: hook("parse_float", Some(&t.float))?,
        parse_int: hook("parse_int", Some(&t.int))?,
        parse_constant: hook("parse_constant", None)?,
    };
    match sc.value(vm, 0) {
        Ok(v) => Ok(Value::tuple(vec![v, Value::Int(sc.pos as i64)])),
        Err(ScanError::Py(e)) => Err(e),
        // A missing value, nested or not, is CPython's StopIteration, which the decoder
        // reports.
        Err(ScanError::Syntax("Expecting value", pos)) => {
            Err(crate::vm::generator::stop_iteration(Value::Int(pos as i64)))
        }
        Err(ScanError::Syntax(msg, pos)) => {
            let err = vm.call(
                error_class,
                vec![Value::str(msg), text_arg.clone(), Value::Int(pos as i64)],
                Vec::new(),
            )?;
            match err {
                Value::Exception(e) => Err(e),
                other => Err(vm.type_error(format!(
                    "exceptions must derive from BaseException, not {}",
                    other.type_name()
                ))),
            }
        }
    }
}

enum ScanError {
    /// A malformed document: the message and the character index.
    Syntax(&'static str, usize),
    /// An exception from a hook, or a too-deep nesting.
    Py(crate::vm::PyErr),
}

impl From<crate::vm::PyErr> for ScanError {
    fn from(e: crate::vm::PyErr) -> ScanError {
        ScanError::Py(e)
    }
}

type Scanned<T> = Result<T, ScanError>;

struct Scanner {
    chars: Vec<char>,
    pos: usize,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    /// What numbers and `NaN`/`Infinity` become, called with their text.
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn starts_with(&self, word: &str) -> bool {
        (self.pos..)
            .zip(word.chars())
            .all(|(i, c)| self.chars.get(i) == Some(&c))
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> Scanned<Value> {
        let start = self.pos;
        let Some(c) = self.peek() else {
            return Err(ScanError::Syntax("Expecting value", start));
        };
        let words: [(&str, Value); 6] = [
            ("null", Value::None),
            ("true", Value::from(true)),
            ("false", Value::from(false)),
            ("NaN", Value::from(f64::NAN)),
            ("Infinity", Value::from(f64::INFINITY)),
            ("-Infinity", Value::from(f64::NEG_INFINITY)),
        ];
        match c {
            '"' => return Ok(Value::str(self.string()?)),
            '[' | '{' => {
                if depth >= depth_limit(vm) {
                    return Err(ScanError::Py(vm.new_error(
                        "RecursionError",
                        "maximum recursion depth exceeded while decoding a JSON document",
                    )));
                }
                return if c == '[' {
                    self.array(vm, depth + 1)
                } else {
                    self.object(vm, depth + 1)
                };
            }
            _ => {}
        }
        for (i, (word, v)) in words.into_iter().enumerate() {
            if self.starts_with(word) {
                self.pos += word.chars().count();
                return match &self.parse_constant {
                    Some(f) if i >= 3 => Ok(vm.call(f, vec![Value::str(word)], Vec::new())?),
                    _ => Ok(v),
                };
            }
        }
        let Some((text, is_float)) = self.number() else {
            return Err(ScanError::Syntax("Expecting value", start));
        };
        let hook = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        if let Some(f) = hook {
            return Ok(vm.call(f, vec![Value::str(text)], Vec::new())?);
        }
        Ok(if is_float {
            Value::from(text.parse().unwrap_or(f64::NAN))
        } else {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::from_bigint(text.parse().unwrap_or_default()),
            }
        })
    }

    /// `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`: its text, and whether a fraction or
    /// exponent makes it a float.
    fn number(&mut self) -> Option<(String, bool)> {
        let start = self.pos;
        let digits = |s: &Self, mut i: usize| {
            while s.chars.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
            i
        };
        let mut i = start;
        if self.chars.get(i) == Some(&'-') {
            i += 1;
        }
        match self.chars.get(i) {
            Some('0') => i += 1,
            Some('1'..='9') => i = digits(self, i),
            _ => return None,
        }
        let mut is_float = false;
        if self.chars.get(i) == Some(&'.')
            && self.chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            i = digits(self, i + 1);
            is_float = true;
        }
        if matches!(self.chars.get(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.chars.get(j), Some('+' | '-')) {
                j += 1;
            }
            if self.chars.get(j).is_some_and(char::is_ascii_digit) {
                i = digits(self, j);
                is_float = true;
            }
        }
        let text: String = self.chars[start..i].iter().collect();
        self.pos = i;
        Some((text, is_float))
    }

    /// The string whose opening quote is at `pos`.
    fn string(&mut self) -> Scanned<String> {
        let begin = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(ScanError::Syntax("Unterminated string starting at", begin));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let Some(e) = self.chars.get(self.pos + 1).copied() else {
                        return Err(ScanError::Syntax("Unterminated string starting at", begin));
                    };
                    let simple = match e {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        'u' => None,
                        _ => return Err(ScanError::Syntax("Invalid \\escape", self.pos)),
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        self.pos += 2;
                        continue;
                    }
                    self.pos += 1;
                    out.push(self.unicode_escape()?);
                }
                c if (c as u32) < 0x20 => {
                    return Err(ScanError::Syntax("Invalid control character at", self.pos));
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// Four hex digits after the `u` at `pos`, or None.
    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.chars.get(at + 1..at + 5)?;
        digits
            .iter()
            .try_fold(0u32, |acc, c| Some(acc * 16 + c.to_digit(16)?))
    }

    /// A `\uXXXX` escape (with `pos` at the `u`), joining a UTF-16 surrogate pair. A lone
    /// surrogate cannot live in a Rust string; it becomes U+FFFD.
    fn unicode_escape(&mut self) -> Scanned<char> {
        let Some(hi) = self.hex4(self.pos) else {
            return Err(ScanError::Syntax("Invalid \\uXXXX escape", self.pos));
        };
        self.pos += 5;
        if (0xd800..0xdc00).contains(&hi)
            && self.chars.get(self.pos) == Some(&'\\')
            && self.chars.get(self.pos + 1) == Some(&'u')
        {
            let Some(lo) = self.hex4(self.pos + 1) else {
                return Err(ScanError::Syntax("Invalid \\uXXXX escape", self.pos + 1));
            };
            if (0xdc00..0xe000).contains(&lo) {
                self.pos += 6;
                let c = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
        }
        Ok(char::from_u32(hi).unwrap_or('\u{fffd}'))
    }

    fn array(&mut self, vm: &mut Vm, depth: usize) -> Scanned<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(']') {
            self.pos += 1;
            return Ok(Value::list(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(vm, depth)?);
            self.skip_ws();
            match self.peek() {
                Some(']') => {
                    self.pos += 1;
                    return Ok(Value::list(items));
                }
                Some(',') => self.pos += 1,
                _ => return Err(ScanError::Syntax("Expecting ',' delimiter", self.pos)),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm, depth: usize) -> Scanned<Value> {
        self.pos += 1;
        let mut pairs: Vec<(String, Value)> = Vec::new();
        self.skip_ws();
        if self.peek() != Some('}') {
            loop {
                self.skip_ws();
                if self.peek() != Some('"') {
                    return Err(ScanError::Syntax(
                        "Expecting property name enclosed in double quotes",
                        self.pos,
                    ));
                }
                let key = self.string()?;
                self.skip_ws();
                if self.peek() != Some(':') {
                    return Err(ScanError::Syntax("Expecting ':' delimiter", self.pos));
                }
                self.pos += 1;
                self.skip_ws();
                let v = self.value(vm, depth)?;
                pairs.push((key, v));
                self.skip_ws();
                match self.peek() {
                    Some('}') => break,
                    Some(',') => self.pos += 1,
                    _ => return Err(ScanError::Syntax("Expecting ',' delimiter", self.pos)),
                }
            }
        }
        self.pos += 1;
        if let Some(hook) = &self.pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![Value::str(k), v]))
                .collect();
            return Ok(vm.call(hook, vec![Value::list(list)], Vec::new())?);
        }
        let d = PyDict::new();
        for (k, v) in pairs {
            d.set_str(&PyStr::new(k), v);
        }
        match &self.object_hook {
            Some(hook) => Ok(vm.call(hook, vec![Value::Dict(d)], Vec::new())?),
            None => Ok(Value::Dict(d)),
        }
    }
}
