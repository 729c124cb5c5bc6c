//! The interactive session: `gilpy` on a terminal, or `gilpy -i FILE` after the file.
//!
//! Lines are read with rustyline while the GIL is released, entries are compiled in
//! interactive mode (expression statements show their value), and errors are reported
//! without ending the session.

use std::sync::Arc;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, ExternalPrinter, Helper};

use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::parser::ast::StmtKind;
use crate::source::SourceFile;
use crate::stdlib::builtins_object::attribute_names;
use crate::vm::interpreter::LineSink;
use crate::vm::signals;
use crate::vm::{traceback, Vm};

const PROMPT: &str = ">>> ";
const CONTINUE: &str = "... ";

/// Runs the session on `globals` until EOF or `SystemExit`; returns the exit status.
pub fn run(vm: &mut Vm, globals: Arc<PyDict>) -> i32 {
    let helper = Completion {
        globals: globals.clone(),
        builtins: vm.interp.builtins.clone(),
    };
    let mut editor = match signals::keeping_sigint(Editor::<Completion, DefaultHistory>::new) {
        Ok(editor) => editor,
        Err(e) => {
            eprintln!("gilpy: cannot start the interactive session: {e}");
            return 1;
        }
    };
    editor.set_helper(Some(helper));
    // Background threads keep printing while a line is edited; rustyline shows their lines
    // above the prompt and redraws it. Without a printer (not a terminal) output goes
    // straight to stdout.
    let mut sink: Option<LineSink> = editor.create_external_printer().ok().map(|mut printer| {
        Box::new(move |lines: String| {
            let _ = printer.print(lines);
        }) as LineSink
    });
    let history = history_path();
    if let Some(path) = &history {
        // No history yet is the usual first run.
        let _ = editor.load_history(path);
    }
    let gil = if vm.interp.options.gil {
        "GIL enabled"
    } else {
        "GIL disabled"
    };
    eprintln!(
        "gilpy {} (Python 3.11 compatible, {gil})\nType exit() or Ctrl-D (i.e. EOF) to exit.",
        env!("CARGO_PKG_VERSION")
    );
    let mut entry = String::new();
    let status = loop {
        vm.interp.flush_stdout();
        let (prompt, indent) = if entry.is_empty() {
            (PROMPT, String::new())
        } else {
            (CONTINUE, continuation_indent(&entry))
        };
        let previous = vm.interp.stdout.lock().redirect(sink.take());
        let line = vm.allow_threads(|| editor.readline_with_initial(prompt, (&indent, "")));
        sink = vm.interp.stdout.lock().redirect(previous);
        // SIGINT sent (not typed) at the prompt: its handler runs before the line does.
        let interrupted = vm.check_signals().is_err();
        let line = match line {
            Ok(_) if interrupted => Err(ReadlineError::Interrupted),
            line => line,
        };
        let line = match line {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                entry.clear();
                eprintln!("KeyboardInterrupt");
                continue;
            }
            Err(ReadlineError::Eof) => {
                eprintln!();
                break 0;
            }
            Err(e) => {
                eprintln!("gilpy: cannot read input: {e}");
                break 1;
            }
        };
        if entry.is_empty() && line.trim().is_empty() {
            continue;
        }
        entry.push_str(&line);
        entry.push('\n');
        if !entry_complete(&entry, line.trim().is_empty()) {
            continue;
        }
        let _ = editor.add_history_entry(entry.trim_end());
        let source = SourceFile::new("<stdin>", std::mem::take(&mut entry));
        if let Some(status) = run_entry(vm, &source, &globals) {
            break status;
        }
    };
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
    status
}

/// Whether `entry` is ready to run: it parses (or fails for a reason more lines cannot
/// fix), and a compound statement has been ended by a blank line.
fn entry_complete(entry: &str, blank: bool) -> bool {
    match crate::parser::parse_interactive(entry, &mut Vec::new()) {
        Ok(suite) => {
            blank
                || !suite.first().is_some_and(|s| {
                    matches!(
                        s.kind,
                        StmtKind::If { .. }
                            | StmtKind::While { .. }
                            | StmtKind::For { .. }
                            | StmtKind::FunctionDef(_)
                            | StmtKind::ClassDef(_)
                            | StmtKind::Try { .. }
                            | StmtKind::With { .. }
                    )
                })
        }
        Err(e) if crate::parser::is_incomplete(entry, &e) => {
            // A blank line cannot supply a missing block, only continue a bracket or string.
            blank && e.msg.starts_with("expected an indented block")
        }
        Err(_) => true,
    }
}

/// The indentation the next line of `entry` starts with: that of the last line, one level
/// deeper after a `:`. None inside a triple-quoted string, whose text it would change.
fn continuation_indent(entry: &str) -> String {
    if let Err(e) = crate::parser::parse_interactive(entry, &mut Vec::new()) {
        if e.msg.starts_with("unterminated triple-quoted string") {
            return String::new();
        }
    }
    let Some(last) = entry.lines().rev().find(|l| !l.trim().is_empty()) else {
        return String::new();
    };
    let mut indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    if last.trim_end().ends_with(':') {
        indent.push_str("    ");
    }
    indent
}

/// Compiles and runs one entry; `Some(status)` when it asked to leave the session.
fn run_entry(vm: &mut Vm, source: &Arc<SourceFile>, globals: &Arc<PyDict>) -> Option<i32> {
    let mut warnings = Vec::new();
    let compiled = crate::compiler::compile_interactive(source, &mut warnings);
    let compiled = match vm.issue_compile_warnings(source, &warnings) {
        Ok(None) => compiled,
        Ok(Some(e)) => Err(e.error),
        Err(exc) => {
            traceback::display_uncaught(vm, &exc);
            return None;
        }
    };
    let code = match compiled {
        Ok(code) => code,
        Err(e) => {
            eprint!("{}", e.render(source));
            return None;
        }
    };
    let result = vm.run_code(code, globals.clone());
    vm.interp.flush_stdout();
    match result {
        Ok(_) => None,
        Err(exc) if exc.is("SystemExit") => Some(traceback::report_uncaught(vm, &exc)),
        Err(exc) => {
            traceback::display_uncaught(vm, &exc);
            None
        }
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|home| std::path::Path::new(&home).join(".gilpy_history"))
}

/// Tab completion of keywords, names in scope and builtins, and attributes after a `.`.
/// It runs while the GIL is released, so it only reads dicts (each under its own lock)
/// and never runs Python code: attributes computed by `__getattr__` are not offered.
struct Completion {
    globals: Arc<PyDict>,
    builtins: Arc<PyDict>,
}

impl Completion {
    fn lookup(&self, name: &str) -> Option<Value> {
        let hash = PyStr::hash_str(name);
        self.globals
            .get_str(name, hash)
            .or_else(|| self.builtins.get_str(name, hash))
    }

    /// Candidates for `word`, a dotted name being typed.
    fn candidates(&self, word: &str) -> Vec<String> {
        let mut names = match word.rsplit_once('.') {
            Some((path, _)) => {
                let mut parts = path.split('.');
                let mut obj = parts.next().and_then(|first| self.lookup(first));
                for part in parts {
                    obj = obj.and_then(|o| attribute(&o, part));
                }
                let Some(obj) = obj else {
                    return Vec::new();
                };
                attribute_names(&obj)
                    .into_iter()
                    .map(|n| format!("{path}.{n}"))
                    .collect()
            }
            None => {
                let mut names: Vec<String> = crate::lexer::KEYWORDS
                    .iter()
                    .map(|k| k.to_string())
                    .collect();
                for dict in [&self.globals, &self.builtins] {
                    names.extend(
                        dict.items()
                            .iter()
                            .filter_map(|(k, _)| k.as_str().map(str::to_string)),
                    );
                }
                names
            }
        };
        let hide_private = !word.rsplit('.').next().unwrap_or("").starts_with('_');
        names.retain(|n| {
            n.starts_with(word)
                && !(hide_private && n.rsplit('.').next().unwrap_or("").starts_with('_'))
        });
        names.sort();
        names.dedup();
        names
    }
}

/// `obj.name` found in the dicts `dir` reads, without running any Python code.
fn attribute(obj: &Value, name: &str) -> Option<Value> {
    let hash = PyStr::hash_str(name);
    let own = match obj {
        Value::Module(m) => m.dict.get_str(name, hash),
        Value::Instance(i) => i.dict.get_str(name, hash),
        _ => None,
    };
    own.or_else(|| {
        let class = match obj {
            Value::Type(t) => t.clone(),
            other => other.type_of(),
        };
        std::iter::once(&class)
            .chain(class.mro.iter())
            .find_map(|t| t.dict.get_str(name, hash))
    })
}

impl Completer for Completion {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let start = line[..pos]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| {
                i + line[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &line[start..pos];
        if word.is_empty() {
            // A tab at the start of a line indents, as in CPython's REPL.
            return Ok((pos, vec!["    ".into()]));
        }
        Ok((start, self.candidates(word)))
    }
}

impl Hinter for Completion {
    type Hint = String;
}
impl Highlighter for Completion {}
impl Validator for Completion {}
impl Helper for Completion {}
