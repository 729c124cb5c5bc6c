//! Printing uncaught exceptions exactly as CPython 3.11 does: chained exceptions, the
//! `[Previous line repeated N more times]` folding, and the `~~~^^^` position markers.

use std::borrow::Cow;
use std::sync::Arc;

use num_traits::Signed;

use super::{PyErr, Vm};
use crate::objects::exception::TraceEntry;
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::parser::ast::{ExprKind, StmtKind};
use crate::source::{SourceFile, Span};

/// Folding starts after this many identical consecutive lines (CPython's TB_RECURSIVE_CUTOFF).
const RECURSIVE_CUTOFF: usize = 3;

/// Functions of gilpy's built-in Python modules that CPython implements in C, by module
/// (`*`: all of the module's; `Class.*`: all of a class's): they have no frame in CPython,
/// so its tracebacks never show them.
const NATIVE_IN_CPYTHON: &[(&str, &[&str])] = &[
    ("datetime", &["*"]),
    ("decimal", &["*"]),
    (
        "re",
        &["Pattern.*", "Match.*", "_parse_template", "_expand"],
    ),
    (
        "asyncio",
        &[
            "Future.result",
            "Future.exception",
            "Future.__await__",
            "Task._step",
            "Task._wakeup",
            "Future.set_result",
            "Future.set_exception",
            "Task.set_result",
            "Task.set_exception",
            "get_running_loop",
            "get_event_loop",
        ],
    ),
    ("threading", &["RLock.*", "_ExceptHookArgs.*"]),
    ("queue", &["SimpleQueue.*"]),
];

/// The frames an exception passed, outermost first, as CPython would show them.
pub fn visible_entries(exc: &PyErr) -> Vec<TraceEntry> {
    let entries = exc.state.lock().traceback.clone();
    entries
        .into_iter()
        .rev()
        .filter(|e| !native_in_cpython(e))
        .collect()
}

fn native_in_cpython(entry: &TraceEntry) -> bool {
    let code = &entry.code;
    NATIVE_IN_CPYTHON.iter().any(|(module, names)| {
        names.iter().any(|name| match name.strip_suffix('*') {
            Some(prefix) => code.qualname.starts_with(prefix),
            None => code.qualname.as_str() == *name,
        }) && crate::stdlib::source_module(module).is_some_and(|(path, _)| code.source.name == path)
    })
}

/// Prints an exception that reached the top of a thread and returns the exit status it
/// implies (`SystemExit` sets its own).
pub fn report_uncaught(vm: &mut Vm, exc: &PyErr) -> i32 {
    if exc.is("SystemExit") {
        let args = exc.args();
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(n)) => *n as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(other) => {
                let msg = vm.str(other).unwrap_or_default();
                eprintln!("{msg}");
                1
            }
        };
    }
    display_uncaught(vm, exc);
    1
}

/// Shows an exception nothing caught through `sys.excepthook`, as CPython does: the
/// default hook prints the traceback; a hook that fails is reported along with it.
pub fn display_uncaught(vm: &mut Vm, exc: &PyErr) {
    let hook = vm.interp.module("sys").and_then(|sys| match sys {
        Value::Module(m) => m.dict.get_str("excepthook", PyStr::hash_str("excepthook")),
        _ => None,
    });
    let hook = match hook {
        Some(Value::Builtin(b))
            if matches!(crate::stdlib::sys::default_excepthook(),
            Value::Builtin(d) if Arc::ptr_eq(&b, d)) =>
        {
            None
        }
        other => other,
    };
    let Some(hook) = hook else {
        let text = format_exception(vm, exc);
        eprint!("{text}");
        return;
    };
    let args = vec![
        Value::Type(exc.class.clone()),
        Value::Exception(exc.clone()),
        Value::None,
    ];
    if let Err(e) = vm.call(&hook, args, vec![]) {
        let text = format!(
            "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
            format_exception(vm, &e),
            format_exception(vm, exc)
        );
        vm.interp.flush_stdout();
        eprint!("{text}");
    }
}

/// The full report for an exception and the ones chained to it, as the interpreter
/// prints it: with "Did you mean" suggestions.
pub fn format_exception(vm: &mut Vm, exc: &PyErr) -> String {
    format_chain(vm, exc, true)
}

/// The report as the `traceback` module formats it, which in 3.11 makes no suggestions.
pub fn format_exception_plain(vm: &mut Vm, exc: &PyErr) -> String {
    format_chain(vm, exc, false)
}

/// The exception's message and notes alone, as `traceback.format_exception_only` gives.
pub fn format_exception_only(vm: &mut Vm, exc: &PyErr) -> String {
    let mut p = Printer::new(vm, false);
    p.message(exc);
    p.out
}

fn format_chain(vm: &mut Vm, exc: &PyErr, suggest: bool) -> String {
    let mut p = Printer::new(vm, suggest);
    p.exception_and_chain(exc);
    p.out
}

/// How many entries the interpreter prints: `sys.tracebacklimit` when it is an int (none
/// when it is not positive), else CPython's `PyTraceBack_LIMIT`.
fn entry_limit(vm: &Vm) -> usize {
    let limit = vm.interp.module("sys").and_then(|sys| match sys {
        Value::Module(m) => m
            .dict
            .get_str("tracebacklimit", PyStr::hash_str("tracebacklimit")),
        _ => None,
    });
    match limit {
        Some(Value::Int(n)) => usize::try_from(n).unwrap_or(0),
        Some(Value::Bool(b)) => b.get() as usize,
        Some(Value::BigInt(n)) if n.is_positive() => usize::MAX,
        Some(Value::BigInt(_)) => 0,
        _ => 1000,
    }
}

/// Groups nested deeper than this print as `... (max_group_depth is 10)`, and only the
/// first 15 members of a group are shown (CPython's defaults).
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;

/// CPython's `print_exception_recursive` (Python/pythonrun.c): an exception inside a
/// group prints with its nesting `depth` as an indent and a `| ` margin on every line.
struct Printer<'a> {
    vm: &'a mut Vm,
    out: String,
    /// The exceptions printed so far (by address), which a chain does not repeat.
    seen: Vec<usize>,
    depth: usize,
    /// The closing line of a group is still owed by its last member.
    need_close: bool,
    /// Whether messages get "Did you mean" suggestions.
    suggest: bool,
}

impl<'a> Printer<'a> {
    fn new(vm: &'a mut Vm, suggest: bool) -> Self {
        Printer {
            vm,
            out: String::new(),
            seen: Vec::new(),
            depth: 0,
            need_close: false,
            suggest,
        }
    }

    fn indent(&mut self) {
        self.out.push_str(&" ".repeat(2 * self.depth));
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// One line (or several lines, each with its own margin) of the report.
    fn lines(&mut self, text: &str) {
        for line in text.lines() {
            self.indent();
            self.out.push_str(self.margin());
            self.out.push_str(line);
            self.out.push('\n');
        }
        if text.is_empty() {
            self.indent();
            self.out.push_str(self.margin());
            self.out.push('\n');
        }
    }

    fn exception_and_chain(&mut self, exc: &PyErr) {
        self.seen.push(Arc::as_ptr(exc) as usize);
        let (cause, context, suppress) = {
            let st = exc.state.lock();
            (st.cause.clone(), st.context.clone(), st.suppress_context)
        };
        let chained = match (cause, context) {
            (Some(c), _) => Some((
                c,
                "The above exception was the direct cause of the following exception:",
            )),
            (None, Some(c)) if !suppress => Some((
                c,
                "During handling of the above exception, another exception occurred:",
            )),
            _ => None,
        };
        if let Some((Value::Exception(c), message)) = chained {
            if !self.seen.contains(&(Arc::as_ptr(&c) as usize)) {
                let need_close = self.need_close;
                self.exception_and_chain(&c);
                self.need_close = need_close;
                self.lines("");
                self.lines(message);
                self.lines("");
            }
        }
        if exc.group.is_some() {
            self.group(exc);
        } else {
            self.exception(exc);
        }
    }

    fn exception(&mut self, exc: &PyErr) {
        let mut entries = visible_entries(exc);
        // The interpreter's report (CPython's `PyTraceBack_Print`) keeps the innermost
        // entries only; the `traceback` module shows them all.
        if self.suggest {
            let limit = entry_limit(self.vm);
            entries.drain(..entries.len().saturating_sub(limit));
        }
        if !entries.is_empty() {
            let (header, header_margin) = match (&exc.group, self.depth) {
                (Some(_), 1) => ("Exception Group Traceback (most recent call last):", "+ "),
                (Some(_), _) => (
                    "Exception Group Traceback (most recent call last):",
                    self.margin(),
                ),
                (None, _) => ("Traceback (most recent call last):", self.margin()),
            };
            self.indent();
            self.out.push_str(header_margin);
            self.out.push_str(header);
            self.out.push('\n');
            let mut text = String::new();
            write_entries(&entries, &mut text);
            self.lines(&text);
        }
        self.message(exc);
    }

    /// The line naming the exception and its message (or a SyntaxError's location and
    /// message), then its notes: what `traceback.format_exception_only` gives.
    fn message(&mut self, exc: &PyErr) {
        // CPython qualifies the class with its module unless that is builtins or __main__.
        let class = &exc.class;
        let name = match class.module.as_str() {
            "builtins" | "__main__" => class.qualname.clone(),
            module => format!("{module}.{}", class.qualname),
        };
        if let Some(text) = syntax_error_location(self.vm, exc) {
            self.lines(&text);
            let msg = syntax_error_msg(self.vm, exc);
            return self.lines(&format!("{name}: {msg}"));
        }
        let msg = self
            .vm
            .str(&Value::Exception(exc.clone()))
            .unwrap_or_else(|_| "<exception str() failed>".into());
        let (suggestion, missing) = {
            let state = exc.state.lock();
            (state.suggestion.clone(), state.missing_attribute.clone())
        };
        let suggest = self.suggest;
        let suggestion = suggestion.filter(|_| suggest).or_else(|| {
            let (obj, name) = missing.filter(|_| suggest)?;
            let candidates = crate::stdlib::builtins_object::attribute_names(&obj);
            crate::vm::suggest::closest(&name, &candidates)
        });
        // Only the message's first line gets a margin.
        self.indent();
        self.out.push_str(self.margin());
        match (msg.is_empty(), suggestion) {
            (true, _) => self.out.push_str(&format!("{name}\n")),
            (false, Some(s)) => self
                .out
                .push_str(&format!("{name}: {msg}. Did you mean: '{s}'?\n")),
            (false, None) => self.out.push_str(&format!("{name}: {msg}\n")),
        }
        // Notes added with `add_note()` follow the message, one a line.
        let notes = exc.dict.get_str(
            "__notes__",
            crate::objects::str::PyStr::hash_str("__notes__"),
        );
        if let Some(Value::List(notes)) = notes {
            for note in notes.snapshot() {
                let text = self
                    .vm
                    .str(&note)
                    .unwrap_or_else(|_| "<note str() failed>".into());
                for piece in text.split_inclusive('\n') {
                    self.indent();
                    self.out.push_str(self.margin());
                    self.out.push_str(piece);
                }
                self.out.push('\n');
            }
        }
    }

    /// A group: its own traceback and message, then each member in a numbered box.
    fn group(&mut self, exc: &PyErr) {
        if self.depth > MAX_GROUP_DEPTH {
            return self.lines(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})"));
        }
        if self.depth == 0 {
            self.depth += 1;
        }
        self.exception(exc);
        let members = exc.group_members().to_vec();
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                // A nested group may close the box itself.
                self.need_close = true;
            }
            self.indent();
            let corner = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            let label = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            self.out.push_str(&format!(
                "{corner}+---------------- {label} ----------------\n"
            ));
            self.depth += 1;
            match member {
                Value::Exception(m) if !truncated => self.exception_and_chain(m),
                _ => {
                    let more = members.len() - MAX_GROUP_WIDTH;
                    let s = if more > 1 { "s" } else { "" };
                    self.lines(&format!("and {more} more exception{s}"));
                }
            }
            if last && self.need_close {
                self.indent();
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth -= 1;
        }
    }
}

/// The `File "...", line N` block CPython prints for a SyntaxError, with the line and a
/// caret under the error, from the exception's attributes (`traceback.py`'s
/// `_format_syntax_error`).
fn syntax_error_location(vm: &mut Vm, exc: &PyErr) -> Option<String> {
    if !exc.is("SyntaxError") {
        return None;
    }
    let attr = |name: &str| {
        exc.dict
            .get_str(name, crate::objects::str::PyStr::hash_str(name))
            .filter(|v| !v.is_none())
    };
    let Value::Int(lineno) = attr("lineno")? else {
        return None;
    };
    let filename = match attr("filename") {
        Some(f) => vm.str(&f).ok()?,
        None => "<string>".into(),
    };
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Some(Value::Str(text)) = attr("text") {
        let rtext = text.as_str().trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
        out.push_str(&format!("    {ltext}\n"));
        if let Some(Value::Int(offset)) = attr("offset") {
            let end = match attr("end_offset") {
                Some(Value::Int(e)) if e != 0 => e,
                _ => offset,
            };
            let end = if end == offset || end == -1 {
                offset + 1
            } else {
                end
            };
            let (col, end_col) = (offset - 1 - spaces, end - 1 - spaces);
            if col >= 0 {
                let pad: String = ltext
                    .chars()
                    .take(col as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                let width = (end_col - col).max(0) as usize;
                out.push_str(&format!("    {pad}{}\n", "^".repeat(width)));
            }
        }
    }
    Some(out)
}

fn syntax_error_msg(vm: &mut Vm, exc: &PyErr) -> String {
    let msg = exc
        .dict
        .get_str("msg", crate::objects::str::PyStr::hash_str("msg"))
        .filter(|v| !v.is_none());
    match msg.and_then(|m| vm.str(&m).ok()) {
        Some(m) => m,
        None => "<no detail available>".into(),
    }
}

/// Where a traceback shows a line of code: its file, line number and text.
pub struct ShownLine<'a> {
    pub file: Cow<'a, str>,
    pub line: usize,
    pub text: &'a str,
}

/// The marker by which a line of gilpy's built-in Python modules names the line of
/// CPython's library it stands for (`# CPython: threading.py:1038`), so that tracebacks
/// through the library read as CPython's, whose modules are laid out differently.
const CPYTHON_MARKER: &str = "  # CPython: ";

/// The file, line and text a traceback shows for `line` of `source`.
pub fn shown_line(source: &SourceFile, line: usize) -> ShownLine<'_> {
    let text = source.line_text(line);
    let own = ShownLine {
        file: source.name.as_str().into(),
        line,
        text,
    };
    if !source.name.starts_with(crate::stdlib::CPYTHON_LIB) {
        return own;
    }
    let Some((code, marker)) = text.split_once(CPYTHON_MARKER) else {
        return own;
    };
    let Some((file, Ok(line))) = marker
        .trim_end()
        .rsplit_once(':')
        .map(|(file, line)| (file, line.parse()))
    else {
        return own;
    };
    ShownLine {
        file: format!("{}{file}", crate::stdlib::CPYTHON_LIB).into(),
        line,
        text: code,
    }
}

fn write_entries(entries: &[TraceEntry], out: &mut String) {
    let mut last: Option<(String, usize, String)> = None;
    let mut repeats = 0;
    for e in entries {
        let shown = shown_line(&e.code.source, e.code.line_of(e.ip as usize));
        let key = (
            shown.file.to_string(),
            shown.line,
            e.code.name.as_str().to_string(),
        );
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush_repeats(repeats, out);
            last = Some(key);
            repeats = 1;
        }
        if repeats > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            shown.file,
            shown.line,
            e.code.name.as_str()
        ));
        // Like CPython, code from `-c` or stdin has no file to show lines from.
        if !e.code.source.name.starts_with('<') {
            let span = e.code.spans.get(e.ip as usize).copied().unwrap_or_default();
            let line = e.code.line_of(e.ip as usize);
            out.push_str(&source_lines(&e.code.source, line, shown.text, span));
        }
    }
    flush_repeats(repeats, out);
}

fn flush_repeats(repeats: usize, out: &mut String) {
    if repeats > RECURSIVE_CUTOFF {
        let n = repeats - RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The source line of a frame and, unless the failing expression is the whole line, a
/// marker line under the expression.
fn source_lines(source: &SourceFile, line: usize, text: &str, span: Span) -> String {
    let text = text.trim_end();
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.is_empty() {
        return String::new();
    }
    let mut out = format!("    {stripped}\n");
    let leading = text.chars().count() - stripped.chars().count();
    let line_len = text.chars().count();
    let start_col = if source.line_of(span.start) == line {
        source.col_of(span.start)
    } else {
        leading
    };
    let same_line = source.line_of(span.end) == line;
    let (end_col, anchors) = if same_line {
        let end_col = source.col_of(span.end).max(start_col);
        let segment: String = text
            .chars()
            .skip(start_col)
            .take(end_col - start_col)
            .collect();
        (end_col, anchors_of(&segment))
    } else {
        (line_len, None)
    };
    if end_col <= start_col || (end_col - start_col == line_len - leading && anchors.is_none()) {
        return out;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start_col.saturating_sub(leading)));
    for col in 0..end_col - start_col {
        out.push(match anchors {
            Some((left, right)) if col >= left && col < right => '^',
            Some(_) => '~',
            None => '^',
        });
    }
    out.push('\n');
    out
}

/// Where CPython puts the `^` inside a `~` range: under the operator of a binary
/// operation, under the brackets of a subscript. Offsets are in characters within `segment`.
fn anchors_of(segment: &str) -> Option<(usize, usize)> {
    let suite = crate::parser::parse_module(segment, &mut Vec::new()).ok()?;
    let [stmt] = suite.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let chars = |byte: u32| {
        segment[..(byte as usize).min(segment.len())]
            .chars()
            .count()
    };
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let bytes = segment.as_bytes();
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            let mut anchor = None;
            let mut i = from;
            while i < to {
                let c = bytes[i];
                if c.is_ascii_whitespace() {
                    i += 1;
                    continue;
                }
                let mut end = i + 1;
                if end < to && !bytes[end].is_ascii_whitespace() {
                    end += 1;
                }
                anchor = Some((i, end));
                // A closing parenthesis of the left operand is not the operator.
                if c == b')' && i + 1 < to {
                    i += 1;
                    continue;
                }
                break;
            }
            let (l, r) = anchor?;
            Some((chars(l as u32), chars(r as u32)))
        }
        ExprKind::Subscript { value, index } => {
            Some((chars(value.span.end), chars(index.span.end) + 1))
        }
        _ => None,
    }
}

/// The "  File …" lines for traceback entries, outermost first.
pub fn format_entries(entries: &[TraceEntry]) -> String {
    let mut out = String::new();
    write_entries(entries, &mut out);
    out
}
