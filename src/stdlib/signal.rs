//! `_signal`, under the `signal` module: Python-level signal handlers, which run on the
//! main thread (`vm::signals` has the delivery side), SIGINT's default handler, which
//! raises `KeyboardInterrupt`, and the timers that send SIGALRM and its kin.

use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::module::{namespace, set};
use crate::objects::types::{exception_type, PyType};
use crate::objects::Value;
use crate::vm::signals::{self, Disposition, NSIG};
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, bind, module_type, to_c_int, to_f64, to_i64};

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
    ("alarm", alarm),
    ("pause", pause),
    ("setitimer", setitimer),
    ("getitimer", getitimer),
    ("strsignal", strsignal),
    ("siginterrupt", siginterrupt),
    ("pthread_kill", pthread_kill),
    ("_valid_signals", valid_signals),
];

/// The interval timers of setitimer(2), under CPython's names.
const ITIMERS: &[(&str, i64)] = &[
    ("ITIMER_REAL", libc::ITIMER_REAL as i64),
    ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
    ("ITIMER_PROF", libc::ITIMER_PROF as i64),
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
    for (name, which) in ITIMERS {
        set(&d, name, Value::Int(*which));
    }
    set(&d, "ItimerError", Value::Type(itimer_error().clone()));
    Ok(d)
}

/// What a failing setitimer/getitimer raises: `signal.itimer_error`, an OSError.
fn itimer_error() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        module_type(
            "itimer_error",
            "signal",
            vec![exception_type("OSError")],
            &[],
        )
    })
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

/// `alarm(seconds)`: SIGALRM after that many seconds (0 cancels); the seconds that were
/// left of the alarm before.
fn alarm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "alarm", &args, 1, 1)?;
    let secs = to_c_int(vm, &args.pos[0])?;
    // SAFETY: alarm(2) has no memory effects. A negative count wraps, as in C.
    Ok(Value::Int(
        unsafe { libc::alarm(secs as libc::c_uint) } as i64
    ))
}

/// `pause()`: sleeps until a signal comes, then runs its handler.
fn pause(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pause", &args, 0, 0)?;
    vm.interp.flush_stdout();
    // SAFETY: pause(2) only waits; it returns once a handler has run.
    vm.allow_threads(|| unsafe { libc::pause() });
    vm.check_signals()?;
    Ok(Value::None)
}

fn timer_seconds(t: libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 / 1e6
}

/// Seconds as a `timeval`, rounded up to a whole microsecond as CPython rounds, so
/// that a tiny delay still arms the timer.
fn timeval(secs: f64) -> libc::timeval {
    let whole = secs.trunc();
    let mut tv_sec = whole as libc::time_t;
    let mut tv_usec = ((secs - whole) * 1e6).ceil() as libc::suseconds_t;
    if tv_usec >= 1_000_000 {
        tv_sec += 1;
        tv_usec -= 1_000_000;
    }
    libc::timeval { tv_sec, tv_usec }
}

fn itimer_pair(t: &libc::itimerval) -> Value {
    Value::tuple(vec![
        Value::from(timer_seconds(t.it_value)),
        Value::from(timer_seconds(t.it_interval)),
    ])
}

fn itimer_failure() -> crate::vm::PyErr {
    super::os::errno_error_of(itimer_error().clone(), &std::io::Error::last_os_error())
}

/// `setitimer(which, seconds, interval=0.0)`: arms a timer, giving back the old
/// `(delay, interval)`.
fn setitimer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setitimer", &args, 2, 3)?;
    let which = to_c_int(vm, &args.pos[0])?;
    let delay = to_f64(vm, &args.pos[1])?;
    let interval = match args.pos.get(2) {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    let new = libc::itimerval {
        it_interval: timeval(interval),
        it_value: timeval(delay),
    };
    // SAFETY: both structs are plain data; `old` is written by the call.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::setitimer(which as _, &new, &mut old) } != 0 {
        return Err(itimer_failure());
    }
    Ok(itimer_pair(&old))
}

/// `getitimer(which)`: the timer's `(delay, interval)`.
fn getitimer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getitimer", &args, 1, 1)?;
    let which = to_c_int(vm, &args.pos[0])?;
    // SAFETY: as in setitimer.
    let mut now: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::getitimer(which as _, &mut now) } != 0 {
        return Err(itimer_failure());
    }
    Ok(itimer_pair(&now))
}

/// `strsignal(signalnum)`: the system's description, None for a number it does not know.
fn strsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "strsignal", &args, 1, 1)?;
    let sig = signal_number(vm, &args.pos[0])?;
    // SAFETY: strsignal returns a NUL-terminated string that stays valid until the next
    // call; it is copied out at once.
    let text = unsafe {
        let p = libc::strsignal(sig as libc::c_int);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    // As CPython: glibc's text for a number it does not know is no description.
    if text.starts_with("Unknown signal") {
        return Ok(Value::None);
    }
    Ok(Value::str(text))
}

/// `siginterrupt(signalnum, flag)`: whether the signal interrupts system calls; gilpy's
/// handlers always do, as CPython's do by default, so only the arguments are checked.
fn siginterrupt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "siginterrupt", &args, 2, 2)?;
    signal_number(vm, &args.pos[0])?;
    to_c_int(vm, &args.pos[1])?;
    Ok(Value::None)
}

/// `pthread_kill(thread_id, signalnum)`: sends the signal to a thread of this process.
fn pthread_kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pthread_kill", &args, 2, 2)?;
    let thread = to_i64(vm, &args.pos[0])?;
    let sig = to_c_int(vm, &args.pos[1])?;
    // SAFETY: a thread id that names no live thread gives ESRCH, not undefined behaviour,
    // on glibc for ids of threads that have been joined.
    let err = unsafe { libc::pthread_kill(thread as libc::pthread_t, sig) };
    if err != 0 {
        return Err(super::os::errno_error(&std::io::Error::from_raw_os_error(
            err,
        )));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

/// The signal numbers a handler can be set for or a mask can hold (glibc keeps 32 and
/// 33 for its threads).
fn valid_signals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "valid_signals", &args, 0, 0)?;
    // SAFETY: the set is plain data, filled by sigfillset before it is read.
    let members = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        (1..NSIG as i32)
            .filter(|&sig| libc::sigismember(&set, sig) == 1)
            .map(|sig| Value::Int(sig as i64))
            .collect()
    };
    Ok(Value::list(members))
}
