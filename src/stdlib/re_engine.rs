//! `_re`: the matching engine behind the `re` module (py/re.py). Patterns are translated
//! from Python's syntax to fancy-regex's and compiled once; matching returns the group
//! spans as character indices, and the Python side builds Match objects from them.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::namespace;
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, module_type, receiver, to_i64};

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("compile", compile), ("scan", scan), ("scan_all", scan_all)];

// Python's flag values.
const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}

struct Compiled {
    /// Finds matches anywhere from a position.
    search: fancy_regex::Regex,
    /// The same pattern anchored to the end, for `fullmatch`.
    full: fancy_regex::Regex,
}

fn compiled_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| module_type("Compiled", "_re", Vec::new(), &[]))
}

impl NativeObject for Compiled {
    fn class(&self) -> Arc<PyType> {
        compiled_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `compile(pattern, flags)`: `(engine, groups, {name: index})`, or `(message, position)`
/// when the pattern is malformed (the Python side raises `re.error`).
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "compile", &args, 2, 2)?;
    let pattern = args.pos[0].as_str().unwrap_or_default();
    let flags = to_i64(vm, &args.pos[1])?;
    let error =
        |msg: String, pos: usize| Value::tuple(vec![Value::str(msg), Value::Int(pos as i64)]);
    let body = match translate(pattern, flags) {
        Ok(t) => t,
        Err((msg, pos)) => return Ok(error(msg, pos)),
    };
    let mut prefix = String::from("(?");
    for (bit, letter) in [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's')] {
        if flags & bit != 0 {
            prefix.push(letter);
        }
    }
    prefix.push(')');
    if prefix == "(?)" {
        prefix.clear();
    }
    let build = |p: String| {
        fancy_regex::RegexBuilder::new(&p)
            .backtrack_limit(10_000_000)
            .build()
    };
    let (search, full) = match (
        build(format!("{prefix}{body}")),
        build(format!("{prefix}(?:{body})\\z")),
    ) {
        (Ok(s), Ok(f)) => (s, f),
        (Err(e), _) | (_, Err(e)) => return Ok(error(e.to_string(), 0)),
    };
    let groups = search.captures_len() - 1;
    let names = PyDict::new();
    for (i, name) in search.capture_names().enumerate() {
        if let Some(n) = name {
            names.set_str(&PyStr::new(n), Value::Int(i as i64));
        }
    }
    Ok(Value::tuple(vec![
        Value::new_native(Compiled { search, full }),
        Value::Int(groups as i64),
        Value::Dict(names),
    ]))
}

/// The arguments shared by `scan` and `scan_all`: the engine, the subject and the
/// clamped `pos..endpos` window in characters.
fn subject<'a>(
    vm: &mut Vm,
    args: &'a Args,
) -> PyResult<(&'a Compiled, &'a Arc<PyStr>, usize, usize)> {
    let c: &Compiled = receiver(vm, args, "Compiled", "scan")?;
    let Value::Str(text) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            args.pos[1].type_name()
        )));
    };
    let chars = text.char_len() as i64;
    let clamp = |v: i64| v.clamp(0, chars) as usize;
    let pos = clamp(to_i64(vm, &args.pos[2])?);
    let endpos = clamp(to_i64(vm, &args.pos[3])?);
    Ok((c, text, pos, endpos))
}

/// One match of `engine` in `text` from byte `start`, as flat character spans.
fn find(
    vm: &Vm,
    engine: &fancy_regex::Regex,
    text: &str,
    start: usize,
    offsets: &Offsets,
) -> PyResult<Option<Vec<Value>>> {
    let caps = match engine.captures_from_pos(text, start) {
        Ok(Some(caps)) => caps,
        Ok(None) => return Ok(None),
        Err(e) => return Err(vm.new_error("RuntimeError", e.to_string())),
    };
    let mut spans = Vec::with_capacity(caps.len() * 2);
    for i in 0..caps.len() {
        match caps.get(i) {
            Some(m) => {
                spans.push(Value::Int(offsets.char(m.start()) as i64));
                spans.push(Value::Int(offsets.char(m.end()) as i64));
            }
            None => spans.extend([Value::Int(-1), Value::Int(-1)]),
        }
    }
    Ok(Some(spans))
}

/// `scan(engine, string, pos, endpos, mode)` with mode 0 search, 1 match, 2 fullmatch:
/// a flat tuple `(start0, end0, start1, end1, …)` of character indices, -1 for groups
/// that did not take part, or None.
fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "scan", &args, 5, 5)?;
    let (c, text, pos, endpos) = subject(vm, &args)?;
    let mode = to_i64(vm, &args.pos[4])?;
    if pos > endpos {
        return Ok(Value::None);
    }
    let offsets = Offsets::new(text);
    let window = &text.as_str()[..offsets.byte(endpos)];
    let engine = if mode == 2 { &c.full } else { &c.search };
    match find(vm, engine, window, offsets.byte(pos), &offsets)? {
        // `match` and `fullmatch` are anchored at `pos`: a match found further on is none.
        Some(spans) if mode == 0 || spans[0].is(&Value::Int(pos as i64)) => Ok(Value::tuple(spans)),
        _ => Ok(Value::None),
    }
}

/// `scan_all(engine, string, pos, endpos, limit)`: the spans (as `scan` gives them) of
/// successive matches, at most `limit` of them when it is positive. After an empty match
/// the next one may not be empty at the same place, so the scan always moves on.
fn scan_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "scan_all", &args, 5, 5)?;
    let (c, text, mut pos, endpos) = subject(vm, &args)?;
    let limit = to_i64(vm, &args.pos[4])?;
    let offsets = Offsets::new(text);
    let window = &text.as_str()[..offsets.byte(endpos)];
    let mut found = Vec::new();
    let mut stuck = None;
    while pos <= endpos && (limit <= 0 || (found.len() as i64) < limit) {
        let Some(spans) = find(vm, &c.search, window, offsets.byte(pos), &offsets)? else {
            break;
        };
        let (Value::Int(start), Value::Int(end)) = (&spans[0], &spans[1]) else {
            break;
        };
        let (start, end) = (*start as usize, *end as usize);
        if start == end && stuck == Some(start) {
            pos = start + 1;
            continue;
        }
        found.push(Value::tuple(spans));
        pos = end;
        stuck = (start == end).then_some(end);
    }
    Ok(Value::list(found))
}

/// Byte offsets to character indices and back; free for ASCII text.
struct Offsets {
    /// The byte offset of each character, and the length at the end; empty for ASCII.
    starts: Vec<usize>,
    len: usize,
}

impl Offsets {
    fn new(s: &PyStr) -> Offsets {
        let text = s.as_str();
        let starts = if s.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .map(|(b, _)| b)
                .chain([text.len()])
                .collect()
        };
        Offsets {
            starts,
            len: text.len(),
        }
    }

    fn byte(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            ch.min(self.len)
        } else {
            self.starts[ch.min(self.starts.len() - 1)]
        }
    }

    fn char(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            byte
        } else {
            self.starts.partition_point(|&b| b < byte)
        }
    }
}

/// Rewrites a Python pattern in fancy-regex's syntax, with `re.error`'s message and
/// position for the faults Python's parser reports.
fn translate(pattern: &str, flags: i64) -> Result<String, (String, usize)> {
    let p: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut verbose = flags & VERBOSE != 0;
    let mut multiline = flags & MULTILINE != 0;
    let mut open: Vec<usize> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    // Whether a repeat may follow (something to repeat), and whether the last item was
    // itself a repeat ("multiple repeat").
    let mut can_repeat = false;
    let mut after_repeat = false;
    let mut i = 0;
    while i < p.len() {
        let c = p[i];
        if verbose && c.is_whitespace() {
            i += 1;
            continue;
        }
        if verbose && c == '#' {
            while i < p.len() && p[i] != '\n' {
                i += 1;
            }
            continue;
        }
        match c {
            '\\' => {
                i = escape(&p, i, &mut out, false)?;
                can_repeat = true;
                after_repeat = false;
                continue;
            }
            '[' => {
                i = class(&p, i, &mut out)?;
                can_repeat = true;
                after_repeat = false;
                continue;
            }
            '(' => {
                if p.get(i + 1) == Some(&'?') && p.get(i + 2) == Some(&'#') {
                    while i < p.len() && p[i] != ')' {
                        i += 1;
                    }
                    if i == p.len() {
                        return Err(("missing ), unterminated comment".into(), i));
                    }
                    i += 1;
                    continue;
                }
                if p.get(i + 1) == Some(&'?') {
                    let letters: String = p[i + 2..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic() || **c == '-')
                        .collect();
                    let end = i + 2 + letters.chars().count();
                    if !letters.is_empty() && !letters.starts_with('P') {
                        // Inline flags; ASCII/LOCALE/UNICODE have no equivalent and are
                        // dropped, VERBOSE is applied here.
                        let kept: String = letters
                            .chars()
                            .filter(|c| !matches!(c, 'a' | 'L' | 'u' | 'x'))
                            .collect();
                        let global = p.get(end) == Some(&')');
                        if global {
                            verbose |= letters.contains('x');
                            multiline |= letters.contains('m');
                            if !kept.is_empty() {
                                out.push_str(&format!("(?{kept})"));
                            }
                            i = end + 1;
                            continue;
                        }
                        out.push_str(&format!("(?{kept}"));
                        open.push(i);
                        i = end;
                        can_repeat = false;
                        continue;
                    }
                }
                open.push(i);
                out.push('(');
                i += 1;
                if p.get(i) == Some(&'?') {
                    i = group_head(&p, i, &mut out, &mut open, &mut names)?;
                } else {
                    can_repeat = false;
                    after_repeat = false;
                    continue;
                }
                // A `(?P=name)` backreference is complete, and may be repeated.
                can_repeat = out.ends_with(')');
                after_repeat = false;
                continue;
            }
            ')' => {
                if open.pop().is_none() {
                    return Err(("unbalanced parenthesis".into(), i));
                }
                out.push(')');
                can_repeat = true;
                after_repeat = false;
            }
            '|' => {
                out.push('|');
                can_repeat = false;
                after_repeat = false;
            }
            '*' | '+' | '?' | '{' => {
                let (text, next) = if c == '{' {
                    match counted_repeat(&p, i) {
                        Some(r) => r,
                        None => {
                            out.push_str("\\{");
                            i += 1;
                            can_repeat = true;
                            after_repeat = false;
                            continue;
                        }
                    }
                } else {
                    (c.to_string(), i + 1)
                };
                if after_repeat {
                    return Err(("multiple repeat".into(), i));
                }
                if !can_repeat {
                    return Err(("nothing to repeat".into(), i));
                }
                out.push_str(&text);
                i = next;
                if matches!(p.get(i), Some('?' | '+')) {
                    out.push(p[i]);
                    i += 1;
                }
                after_repeat = true;
                continue;
            }
            '}' => {
                out.push_str("\\}");
                can_repeat = true;
                after_repeat = false;
            }
            '$' if !multiline => {
                // Python's `$` also matches before a newline that ends the string.
                out.push_str("(?=\\n?\\z)");
                can_repeat = true;
                after_repeat = false;
            }
            '^' | '$' | '.' => {
                out.push(c);
                can_repeat = true;
                after_repeat = false;
            }
            c => {
                push_literal(&mut out, c);
                can_repeat = true;
                after_repeat = false;
            }
        }
        i += 1;
    }
    if let Some(&at) = open.last() {
        return Err(("missing ), unterminated subpattern".into(), at));
    }
    Ok(out)
}

/// The extension after `(?` (at `i`, the `?`), copied through; returns the index after it.
fn group_head(
    p: &[char],
    i: usize,
    out: &mut String,
    open: &mut Vec<usize>,
    names: &mut Vec<String>,
) -> Result<usize, (String, usize)> {
    let through = |out: &mut String, end: char, from: usize| -> Result<usize, (String, usize)> {
        let close = (from..p.len()).find(|&j| p[j] == end).ok_or_else(|| {
            let what = if end == '>' {
                "missing >, unterminated name"
            } else {
                "missing ), unterminated name"
            };
            (what.to_string(), from)
        })?;
        out.extend(&p[i..=close]);
        Ok(close + 1)
    };
    match (p.get(i + 1), p.get(i + 2)) {
        (Some('P'), Some(c @ ('<' | '='))) => {
            let end = if *c == '<' { '>' } else { ')' };
            let next = through(out, end, i + 3)?;
            let name: String = p[i + 3..next - 1].iter().collect();
            if name.is_empty() {
                return Err(("missing group name".into(), i + 3));
            }
            let identifier = name.starts_with(|c: char| c.is_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_alphanumeric() || c == '_');
            if !identifier {
                return Err((format!("bad character in group name '{name}'"), i + 3));
            }
            if *c == '<' {
                names.push(name);
                return Ok(next);
            }
            if !names.contains(&name) {
                return Err((format!("unknown group name '{name}'"), i + 3));
            }
            open.pop();
            Ok(next)
        }
        (Some('<'), Some('=' | '!')) => {
            out.extend(&p[i..i + 3]);
            Ok(i + 3)
        }
        (Some(':' | '=' | '!' | '>'), _) => {
            out.extend(&p[i..i + 2]);
            Ok(i + 2)
        }
        (Some('('), _) => through(out, ')', i + 2),
        (Some(c), _) => Err((format!("unknown extension ?{c}"), i)),
        (None, _) => Err(("unexpected end of pattern".into(), i + 1)),
    }
}

/// `{m}`, `{m,}`, `{,n}` or `{m,n}` at `i`: its fancy-regex text and the index after it;
/// None when the brace is a literal, as Python reads it.
fn counted_repeat(p: &[char], i: usize) -> Option<(String, usize)> {
    let close = (i + 1..p.len()).find(|&j| p[j] == '}')?;
    let inner: String = p[i + 1..close].iter().collect();
    let (lo, hi) = match inner.split_once(',') {
        Some((lo, hi)) => (lo, Some(hi)),
        None => (inner.as_str(), None),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !digits(lo) || !hi.is_none_or(digits) || (lo.is_empty() && hi.is_none_or(str::is_empty)) {
        if lo.is_empty() && hi == Some("") {
            // `{,}` is Python's way of saying `*`.
            return Some(("{0,}".into(), close + 1));
        }
        return None;
    }
    let lo = if lo.is_empty() { "0" } else { lo };
    let text = match hi {
        None => format!("{{{lo}}}"),
        Some(hi) => format!("{{{lo},{hi}}}"),
    };
    Some((text, close + 1))
}

/// A character Python reads literally, escaped where fancy-regex could read it as syntax
/// (`\<` and `\>` would be word boundaries there).
fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_punctuation() && !matches!(c, '<' | '>') {
        out.push('\\');
    }
    out.push(c);
}

/// The escape at `i` (a backslash); returns the index after it. `in_class` changes `\b`
/// to a backspace and forbids the anchors.
fn escape(
    p: &[char],
    i: usize,
    out: &mut String,
    in_class: bool,
) -> Result<usize, (String, usize)> {
    let Some(&e) = p.get(i + 1) else {
        return Err(("bad escape (end of pattern)".into(), i));
    };
    let hex = |n: usize| -> Option<u32> {
        let s: String = p.get(i + 2..i + 2 + n)?.iter().collect();
        if s.chars().all(|c| c.is_ascii_hexdigit()) {
            u32::from_str_radix(&s, 16).ok()
        } else {
            None
        }
    };
    let code = |out: &mut String, v: u32| out.push_str(&format!("\\x{{{v:x}}}"));
    match e {
        'd' | 'D' | 's' | 'S' | 'w' | 'W' => out.push_str(&format!("\\{e}")),
        'b' if in_class => out.push_str("\\x08"),
        'b' | 'B' | 'A' if !in_class => out.push_str(&format!("\\{e}")),
        'Z' if !in_class => out.push_str("\\z"),
        'n' | 't' | 'r' | 'f' | 'v' | 'a' => out.push_str(&format!("\\{e}")),
        'x' | 'u' | 'U' => {
            let n = match e {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let Some(v) = hex(n) else {
                let shown: String = p[i..(i + 2 + n).min(p.len())].iter().collect();
                return Err((format!("incomplete escape {shown}"), i));
            };
            code(out, v);
            return Ok(i + 2 + n);
        }
        '0' => {
            // Up to three octal digits in all.
            let mut j = i + 2;
            let mut v = 0u32;
            while j < p.len() && j < i + 4 && p[j].is_digit(8) {
                v = v * 8 + p[j].to_digit(8).unwrap_or(0);
                j += 1;
            }
            code(out, v);
            return Ok(j);
        }
        '1'..='9' if !in_class => {
            let mut j = i + 1;
            while j < p.len() && j < i + 3 && p[j].is_ascii_digit() {
                j += 1;
            }
            let n: String = p[i + 1..j].iter().collect();
            out.push_str(&format!("\\{n}"));
            return Ok(j);
        }
        c if c.is_ascii_alphanumeric() => {
            return Err((format!("bad escape \\{c}"), i));
        }
        c => push_literal(out, c),
    }
    Ok(i + 2)
}

/// The character set opening at `i`; returns the index after its `]`.
fn class(p: &[char], i: usize, out: &mut String) -> Result<usize, (String, usize)> {
    let mut j = i + 1;
    out.push('[');
    if p.get(j) == Some(&'^') {
        out.push('^');
        j += 1;
    }
    let first = j;
    loop {
        let Some(&c) = p.get(j) else {
            return Err(("unterminated character set".into(), i));
        };
        match c {
            ']' if j > first => {
                out.push(']');
                return Ok(j + 1);
            }
            '\\' => {
                j = escape(p, j, out, true)?;
                continue;
            }
            // Literal here in Python, but set operators or nested sets in fancy-regex.
            '[' | ']' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => {
                if let (Some('-'), Some(&hi)) = (p.get(j + 1), p.get(j + 2)) {
                    if !matches!(hi, ']' | '\\') && hi < c {
                        let range: String = p[j..j + 3].iter().collect();
                        return Err((format!("bad character range {range}"), j));
                    }
                }
                out.push(c);
            }
        }
        j += 1;
    }
}
