//! State shared by every thread: builtins, loaded modules, options, and standard output.

use std::io::{IsTerminal, Write};
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

use parking_lot::Mutex;

use super::{traceback, Vm};
use crate::objects::dict::PyDict;
use crate::objects::Value;
use crate::source::SourceFile;

#[derive(Clone, Debug)]
pub struct Options {
    /// `sys.argv`: the script path (or `-c`) followed by its arguments.
    pub argv: Vec<String>,
    pub gil: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            argv: vec![String::new()],
            gil: true,
        }
    }
}

/// Buffered standard output: line-buffered on a terminal, block-buffered otherwise,
/// like CPython's `sys.stdout`.
pub struct Output {
    buf: String,
    line_buffered: bool,
}

impl Output {
    pub fn write(&mut self, s: &str) {
        self.buf.push_str(s);
        if self.buf.len() > 8192 || (self.line_buffered && s.contains('\n')) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            // A closed pipe is not an error worth dying for at this level.
            let _ = out.write_all(self.buf.as_bytes());
            let _ = out.flush();
            self.buf.clear();
        }
    }
}

pub struct Interpreter {
    pub builtins: Arc<PyDict>,
    pub options: Options,
    pub recursion_limit: AtomicUsize,
    pub stdout: Mutex<Output>,
}

impl Interpreter {
    pub fn new(options: Options) -> Arc<Interpreter> {
        crate::stdlib::descriptors::install_type_methods();
        Arc::new(Interpreter {
            builtins: crate::stdlib::builtins::make_builtins(),
            options,
            recursion_limit: AtomicUsize::new(1000),
            stdout: Mutex::new(Output {
                buf: String::new(),
                line_buffered: std::io::stdout().is_terminal(),
            }),
        })
    }

    pub fn flush_stdout(&self) {
        self.stdout.lock().flush();
    }
}

/// Size of the stack of a thread that runs Python code: deep enough that the recursion
/// limit, not the Rust stack, is what stops runaway recursion.
pub const THREAD_STACK_SIZE: usize = 512 * 1024 * 1024;

/// Compiles and runs `source` as the `__main__` module; returns the process exit status.
pub fn run_main(source: Arc<SourceFile>, options: Options) -> i32 {
    let code = match crate::compiler::compile(&source) {
        Ok(code) => code,
        Err(e) => {
            eprint!("{}", e.render(&source));
            return 1;
        }
    };
    let interp = Interpreter::new(options);
    let worker = {
        let interp = interp.clone();
        std::thread::Builder::new()
            .name("MainThread".into())
            .stack_size(THREAD_STACK_SIZE)
            .spawn(move || {
                let mut vm = Vm::new(interp.clone());
                let globals = PyDict::new();
                globals.set_str(
                    &crate::objects::str::PyStr::new("__name__"),
                    Value::str("__main__"),
                );
                let result = vm.run_code(code, globals);
                interp.flush_stdout();
                match result {
                    Ok(_) => 0,
                    Err(exc) => traceback::report_uncaught(&mut vm, &exc),
                }
            })
    };
    match worker.map(|h| h.join()) {
        Ok(Ok(status)) => status,
        _ => {
            interp.flush_stdout();
            eprintln!("gilpy: internal error: the interpreter thread failed");
            1
        }
    }
}
