//! The `signal` module: Python-level signal handlers, which run on the main thread
//! (`vm::signals` has the delivery side), and SIGINT's default handler, which raises
//! `KeyboardInterrupt`.

use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::module::{namespace, set};
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::vm::signals::{self, Disposition, NSIG};
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, bind, to_i64};

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// Linux's numbers, under CPython's names.
const SIGNALS: &[(&str, i64)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("signal", signal),
    ("getsignal", getsignal),
    ("raise_signal", raise_signal),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    for (name, num) in SIGNALS {
        set(&d, name, Value::Int(*num));
    }
    set(&d, "SIG_DFL", Value::Int(SIG_DFL));
    set(&d, "SIG_IGN", Value::Int(SIG_IGN));
    set(&d, "NSIG", Value::Int(NSIG as i64));
    set(&d, "default_int_handler", default_int_handler().clone());
    Ok(d)
}

/// The Python handler of each signal; `None` until set or looked up.
fn handlers() -> &'static Mutex<Vec<Option<Value>>> {
    static H: OnceLock<Mutex<Vec<Option<Value>>>> = OnceLock::new();
    H.get_or_init(|| Mutex::new(vec![None; NSIG]))
}

fn default_int_handler() -> &'static Value {
    static F: OnceLock<Value> = OnceLock::new();
    F.get_or_init(|| Value::Builtin(Builtin::new("default_int_handler", raise_interrupt)))
}

fn raise_interrupt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "default_int_handler", &args, 2, 2)?;
    Err(PyException::new(
        exception_type("KeyboardInterrupt"),
        vec![],
    ))
}

/// At startup, as CPython: SIGINT raises `KeyboardInterrupt`, unless the process was
/// started with SIGINT ignored (a background job of a shell).
pub fn install_default_int_handler() {
    if signals::disposition(libc::SIGINT) == Some(Disposition::Default)
        && signals::set_disposition(libc::SIGINT, Disposition::Trip)
    {
        handlers().lock()[libc::SIGINT as usize] = Some(default_int_handler().clone());
    }
}

/// Runs the handlers of `tripped` signals on the main thread; when one raises, the
/// signals after it wait for the next check point.
pub fn run_handlers(vm: &mut Vm, tripped: Vec<usize>) -> PyResult<()> {
    for (i, &sig) in tripped.iter().enumerate() {
        let handler = handlers().lock()[sig].clone();
        let Some(handler) = handler.filter(|h| !matches!(h, Value::Int(_) | Value::None)) else {
            continue;
        };
        if let Err(e) = vm.call(&handler, vec![Value::Int(sig as i64), Value::None], vec![]) {
            signals::retrip(&tripped[i + 1..]);
            return Err(e);
        }
    }
    Ok(())
}

fn signal_number(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = to_i64(vm, v)?;
    if n < 1 || n as usize >= NSIG {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as usize)
}

/// The handler of `sig` as Python sees it: the one set, or what the system does.
fn current_handler(sig: usize) -> Value {
    let mut handlers = handlers().lock();
    handlers[sig]
        .get_or_insert_with(|| match signals::disposition(sig as i32) {
            Some(Disposition::Default) => Value::Int(SIG_DFL),
            Some(Disposition::Ignore) => Value::Int(SIG_IGN),
            _ => Value::None,
        })
        .clone()
}

fn getsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getsignal", &args, 1, 1)?;
    let sig = signal_number(vm, &args.pos[0])?;
    Ok(current_handler(sig))
}

/// `signal(signalnum, handler)`: sets the handler, returns the previous one.
fn signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = bind(vm, "signal", &args, &["signalnum", "handler"], 2, &[], 0)?;
    let [Some(num), Some(handler)] = &bound[..] else {
        unreachable!("bind checked both arguments are there")
    };
    let sig = signal_number(vm, num)?;
    if !vm.is_main_thread() {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    let disposition = match handler {
        Value::Int(SIG_DFL) => Disposition::Default,
        Value::Int(SIG_IGN) => Disposition::Ignore,
        h if !matches!(h, Value::Int(_) | Value::Bool(_)) && is_callable(vm, h) => {
            Disposition::Trip
        }
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    let old = current_handler(sig);
    if !signals::set_disposition(sig as i32, disposition) {
        return Err(vm.new_error("OSError", "[Errno 22] Invalid argument"));
    }
    handlers().lock()[sig] = Some(handler.clone());
    Ok(old)
}

fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    let args = [v.clone()];
    matches!(
        super::builtins_object::builtin_callable(
            vm,
            Args {
                pos: &args,
                kw: &[]
            }
        ),
        Ok(Value::Bool(crate::objects::BoolWord::True))
    )
}

fn raise_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "raise_signal", &args, 1, 1)?;
    let n = to_i64(vm, &args.pos[0])?;
    if n < 0 || n as usize >= NSIG {
        return Err(vm.value_error("signal number out of range"));
    }
    if !signals::raise(n as i32) {
        return Err(vm.new_error("OSError", "[Errno 22] Invalid argument"));
    }
    // A handler for a signal this thread raised runs before the call returns.
    vm.check_signals()?;
    Ok(Value::None)
}
