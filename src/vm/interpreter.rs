//! State shared by every thread: builtins, loaded modules, options, and standard output.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;
use std::thread::ThreadId;

use parking_lot::{Condvar, Mutex};

use super::{traceback, Vm};
use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::source::SourceFile;

#[derive(Clone, Debug)]
pub struct Options {
    /// `sys.argv`: the script path (or `-c`) followed by its arguments.
    pub argv: Vec<String>,
    pub gil: bool,
    /// `-u` / `PYTHONUNBUFFERED`: stdout is written through.
    pub unbuffered: bool,
    /// `--gil-stats`: the per-thread GIL table on stderr at exit.
    pub gil_stats: bool,
    /// `--gil-timeline`: a strip chart of who held the GIL, on stderr at exit.
    pub gil_timeline: bool,
    /// `--gil-trace FILE`: a Chrome trace-event JSON of the GIL's hand-overs.
    pub gil_trace: Option<PathBuf>,
    /// `-X switch-every=N`: the GIL changes hands every N instructions; 0: by time.
    pub switch_every: u64,
    /// `-i`: the REPL follows the program (`sys.flags.inspect` and `interactive`).
    pub inspect: bool,
    /// `sys.warnoptions`: the `-W` options (after those of `PYTHONWARNINGS`), which the
    /// `warnings` module turns into filters.
    pub warnoptions: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            argv: vec![String::new()],
            gil: true,
            unbuffered: false,
            gil_stats: false,
            gil_timeline: false,
            gil_trace: None,
            switch_every: 0,
            inspect: false,
            warnoptions: Vec::new(),
        }
    }
}

/// Buffered standard output like CPython's `sys.stdout`: line-buffered on a terminal,
/// block-buffered otherwise, written through with `-u` or `PYTHONUNBUFFERED`.
pub struct Output {
    buf: String,
    /// Bytes written to `sys.stdout.buffer`. They go out ahead of `buf`: CPython's text
    /// layer hands its pending text down to the binary buffer only when it flushes.
    raw: Vec<u8>,
    line_buffered: bool,
    unbuffered: bool,
    /// Where whole lines go instead of the terminal while the REPL edits a line.
    redirect: Option<LineSink>,
}

/// Receives complete lines of output (each ending in `\n`).
pub type LineSink = Box<dyn FnMut(String) + Send>;

impl Output {
    pub fn write(&mut self, s: &str) {
        self.buf.push_str(s);
        if self.unbuffered || self.buf.len() > 8192 || (self.line_buffered && s.contains('\n')) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if let Some(sink) = &mut self.redirect {
            // A partial line waits for its end: the sink shows each message as whole lines.
            if let Some(end) = self.buf.rfind('\n') {
                let rest = self.buf.split_off(end + 1);
                sink(std::mem::replace(&mut self.buf, rest));
            }
        } else if !self.buf.is_empty() || !self.raw.is_empty() {
            let mut out = std::io::stdout().lock();
            // A closed pipe is not an error worth dying for at this level.
            let _ = out.write_all(&self.raw);
            let _ = out.write_all(self.buf.as_bytes());
            let _ = out.flush();
            self.raw.clear();
            self.buf.clear();
        }
    }

    /// Writes bytes to the binary layer under the text, `sys.stdout.buffer`.
    pub fn write_bytes(&mut self, b: &[u8]) {
        if self.redirect.is_some() {
            return self.write(&String::from_utf8_lossy(b));
        }
        self.raw.extend_from_slice(b);
        if self.unbuffered || self.raw.len() > 8192 {
            self.flush_bytes();
        }
    }

    /// `sys.stdout.buffer.flush()`: what the binary layer holds goes out, text still
    /// pending above it stays.
    pub fn flush_bytes(&mut self) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&self.raw);
        let _ = out.flush();
        self.raw.clear();
    }

    /// Whether writes go straight through (`-u`), where CPython's binary layer is the
    /// raw `FileIO`.
    pub fn unbuffered(&self) -> bool {
        self.unbuffered
    }

    /// Sends output to `sink` from now on (or to stdout again with `None`); returns the
    /// previous sink.
    pub fn redirect(&mut self, sink: Option<LineSink>) -> Option<LineSink> {
        std::mem::replace(&mut self.redirect, sink)
    }
}

pub struct Interpreter {
    pub builtins: Arc<PyDict>,
    /// `sys.modules`: every module imported so far, by name; what `import` looks in
    /// first, so a program may put its own entries there or delete them.
    pub modules: Arc<PyDict>,
    /// Modules being imported and the thread importing each: another thread that wants
    /// one waits on `imported` instead of running its body a second time.
    pub importing: Mutex<HashMap<String, ThreadId>>,
    pub imported: Condvar,
    /// Folders searched for `.py` modules: the script's folder first, as `sys.path[0]`.
    pub search_path: Vec<PathBuf>,
    pub options: Options,
    pub recursion_limit: AtomicUsize,
    pub stdout: Mutex<Output>,
    pub gil: super::gil::Gil,
}

impl Interpreter {
    pub fn new(options: Options) -> Arc<Interpreter> {
        crate::stdlib::descriptors::install_type_methods();
        let script_dir = match options.argv.first().map(String::as_str) {
            Some("-c" | "-" | "") | None => PathBuf::from("."),
            Some(script) => Path::new(script)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
        };
        // Absolute, as CPython makes `sys.path[0]`, so module `__file__`s are absolute too.
        let script_dir = std::path::absolute(&script_dir).unwrap_or(script_dir);
        let unbuffered = options.unbuffered;
        let gil = super::gil::Gil::new(options.gil);
        if options.switch_every > 0 {
            gil.switch_by_count();
        }
        Arc::new(Interpreter {
            gil,
            builtins: crate::stdlib::builtins::make_builtins(),
            modules: PyDict::new(),
            importing: Mutex::new(HashMap::new()),
            imported: Condvar::new(),
            search_path: vec![script_dir],
            options,
            recursion_limit: AtomicUsize::new(1000),
            stdout: Mutex::new(Output {
                buf: String::new(),
                raw: Vec::new(),
                line_buffered: std::io::stdout().is_terminal(),
                unbuffered,
                redirect: None,
            }),
        })
    }

    /// `sys.modules[name]`.
    pub fn module(&self, name: &str) -> Option<Value> {
        self.modules.get_str(name, PyStr::hash_str(name))
    }

    pub fn add_module(&self, name: &str, module: Value) {
        self.modules.set_str(&PyStr::new(name), module);
    }

    pub fn flush_stdout(&self) {
        self.stdout.lock().flush();
    }

    /// Resets, in a forked child, the interpreter-wide locks the other threads may have held.
    pub fn after_fork(&self) {
        super::gil::force_reset(&self.stdout);
        self.gil.after_fork();
    }
}

/// Size of the stack of a thread that runs Python code: deep enough that the recursion
/// limit, not the Rust stack, is what stops runaway recursion.
pub const THREAD_STACK_SIZE: usize = 512 * 1024 * 1024;

/// As CPython's `threading._shutdown`: the process waits for every non-daemon thread;
/// daemon threads die with it.
fn shutdown_threads(vm: &mut Vm) -> super::PyResult<()> {
    // Then the `atexit` functions run and, as CPython's
    // `multiprocessing.util._exit_function`, it waits for its non-daemon child processes.
    for (module, hook) in [
        ("threading", "_shutdown"),
        ("atexit", "_run_exitfuncs"),
        ("multiprocessing", "_exit_function"),
    ] {
        let module = vm.interp.module(module);
        if let Some(module) = module {
            let name = crate::objects::str::PyStr::new(hook);
            if let Some(f) = vm.try_get_attr(&module, &name)? {
                vm.call(&f, Vec::new(), Vec::new())?;
            }
        }
    }
    Ok(())
}

/// What `--gil-stats` and `--gil-timeline` print, once every thread has finished.
fn report_gil(interp: &Interpreter) {
    let opts = &interp.options;
    if !(opts.gil_stats || opts.gil_timeline || opts.gil_trace.is_some()) {
        return;
    }
    let snap = super::gil_stats::snapshot();
    let mut text = String::new();
    if opts.gil_stats {
        text += &super::gil_report::stats_table(&snap, opts.gil, interp.gil.switches());
    }
    if opts.gil_timeline {
        text += &super::gil_report::timeline(&snap);
    }
    eprint!("{text}");
    if let Some(path) = &opts.gil_trace {
        if let Err(e) = std::fs::write(path, super::gil_report::trace_json(&snap)) {
            eprintln!(
                "gilpy: can't write the GIL trace to {}: {e}",
                path.display()
            );
        }
    }
}

/// The globals `__main__` starts with, in CPython's order; `__file__` (absolute, as
/// CPython makes it) when the source is a file.
fn main_globals(vm: &mut Vm, source: Option<&SourceFile>) -> Arc<PyDict> {
    let globals = PyDict::new();
    let builtins = vm
        .import_module("builtins")
        .unwrap_or_else(|_| Value::Dict(vm.interp.builtins.clone()));
    let file = source
        .map(|s| s.name.as_str())
        .filter(|name| !name.starts_with('<'))
        .map(|name| {
            std::path::absolute(name).map_or_else(|_| name.to_string(), |p| p.display().to_string())
        });
    let mut entries = vec![
        ("__name__", Value::str("__main__")),
        ("__doc__", Value::None),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
        ("__annotations__", Value::Dict(PyDict::new())),
        ("__builtins__", builtins),
    ];
    if let Some(file) = file {
        entries.push(("__file__", Value::str(file)));
        entries.push(("__cached__", Value::None));
    }
    for (name, v) in entries {
        globals.set_str(&crate::objects::str::PyStr::new(name), v);
    }
    globals
}

/// Runs `source` (if any) as the `__main__` module, then, if `interactive`, the REPL on
/// its globals; returns the process exit status.
pub fn run_main(source: Option<Arc<SourceFile>>, options: Options, interactive: bool) -> i32 {
    super::gil_stats::start(options.gil_timeline || options.gil_trace.is_some());
    let interp = Interpreter::new(options);
    crate::stdlib::signal::install_default_int_handler();
    let worker = {
        let interp = interp.clone();
        std::thread::Builder::new()
            .name("MainThread".into())
            .stack_size(THREAD_STACK_SIZE)
            .spawn(move || {
                let mut vm = Vm::new(interp.clone());
                vm.become_main_thread();
                interp.gil.take();
                let globals = main_globals(&mut vm, source.as_deref());
                // Registered so that messages between processes can name its functions.
                interp.add_module(
                    "__main__",
                    Value::Module(crate::objects::module::Module::new(
                        "__main__",
                        globals.clone(),
                    )),
                );
                let mut status = match crate::stdlib::sitebuiltins::install(&mut vm) {
                    Ok(()) => 0,
                    Err(exc) => traceback::report_uncaught(&mut vm, &exc),
                };
                // As CPython does, so that invalid `-W` options are reported first.
                if !interp.options.warnoptions.is_empty() {
                    if let Err(exc) = vm.import_module("warnings") {
                        status = traceback::report_uncaught(&mut vm, &exc);
                    }
                }
                if let Some(source) = source {
                    status = run_source(&mut vm, &source, globals.clone(), interactive);
                }
                if interactive {
                    status = crate::repl::run(&mut vm, globals.clone());
                }
                if let Err(exc) = shutdown_threads(&mut vm) {
                    traceback::report_uncaught(&mut vm, &exc);
                }
                vm.finalize_globals(&globals);
                interp.flush_stdout();
                super::gil_stats::on_exit();
                report_gil(&interp);
                super::signals::set_main_thread(false);
                status
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

/// Compiles and runs `source` in `globals`; returns the exit status it implies. Before the
/// REPL (`interactive`), even `SystemExit` is only reported, as with CPython's `-i`.
fn run_source(
    vm: &mut Vm,
    source: &Arc<SourceFile>,
    globals: Arc<PyDict>,
    interactive: bool,
) -> i32 {
    let mut warnings = Vec::new();
    let compiled = crate::compiler::compile(source, &mut warnings);
    let compiled = match vm.issue_compile_warnings(source, &warnings) {
        Ok(None) => compiled,
        Ok(Some(e)) => {
            vm.interp.flush_stdout();
            eprint!("{}", e.error.render(&e.shown));
            return 1;
        }
        Err(exc) => return traceback::report_uncaught(vm, &exc),
    };
    let code = match compiled {
        Ok(code) => code,
        Err(e) => {
            vm.interp.flush_stdout();
            eprint!("{}", e.render(source));
            return 1;
        }
    };
    match vm.run_code(code, globals) {
        Ok(_) => 0,
        Err(exc) if interactive => {
            vm.interp.flush_stdout();
            eprint!("{}", traceback::format_exception(vm, &exc));
            1
        }
        // As in CPython, the traceback is written before buffered output is flushed at
        // shutdown.
        Err(exc) => {
            if Arc::ptr_eq(&exc.class, &exception_type("KeyboardInterrupt")) {
                super::signals::note_unhandled_interrupt();
            }
            traceback::report_uncaught(vm, &exc)
        }
    }
}
