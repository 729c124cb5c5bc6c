//! The `_thread` module: OS threads that run Python callables, and the basic lock every
//! other synchronisation primitive of `threading` and `queue` is built from.
//!
//! Every wait here happens inside `allow_threads`, so a blocked thread never holds the GIL.

use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::interpreter::THREAD_STACK_SIZE;
use crate::vm::{signals, traceback, PyResult, Vm};

use super::modutil::{arity, bind, getter, module_type, receiver, to_f64};

/// The largest timeout a lock wait accepts, as CPython's `_thread.TIMEOUT_MAX` on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("start_new_thread", start_new_thread),
    ("allocate_lock", allocate_lock),
    ("get_ident", get_ident),
    ("get_native_id", get_native_id),
    ("stack_size", stack_size),
    ("_report_exception", report_exception),
    ("_set_gil_name", set_gil_name),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    set(&d, "LockType", Value::Type(lock_type().clone()));
    set(&d, "TIMEOUT_MAX", Value::from(TIMEOUT_MAX));
    // What releasing an unlocked lock raises; RuntimeError itself since Python 3.3.
    set(
        &d,
        "error",
        Value::Type(crate::objects::types::exception_type("RuntimeError")),
    );
    set(&d, "_local", Value::Type(local_type().clone()));
    Ok(d)
}

extern "C" {
    fn pthread_self() -> usize;
    fn gettid() -> i32;
}

/// `get_ident()`: the pthread handle, as CPython returns it.
pub fn current_ident() -> i64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { pthread_self() as i64 }
}

fn get_ident(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(current_ident()))
}

fn get_native_id(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: gettid has no preconditions.
    Ok(Value::Int(unsafe { gettid() } as i64))
}

/// The stack size `stack_size()` last set, 0 for the default; new threads get at least
/// this much, and never less than the VM's own need.
static REQUESTED_STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// The smallest stack `stack_size()` accepts, as CPython's `THREAD_STACK_MIN`.
const THREAD_STACK_MIN: i64 = 32768;

/// `stack_size([size])`: the stack size of threads started later; returns the previous one.
fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::no_kwargs(vm, "stack_size", &args)?;
    arity(vm, "stack_size", &args, 0, 1)?;
    let size = match args.pos.first() {
        Some(v) => super::modutil::to_i64(vm, v)?,
        None => 0,
    };
    if size < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    if size != 0 && size < THREAD_STACK_MIN {
        return Err(vm.value_error(format!("size not valid: {size} bytes")));
    }
    let old = REQUESTED_STACK_SIZE.swap(size as usize, Ordering::Relaxed);
    Ok(Value::Int(old as i64))
}

/// `start_new_thread(function, args, kwargs=None)`: runs `function(*args, **kwargs)` on a
/// new OS thread and returns its ident once the thread exists.
fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    let (func, fargs, kwargs) = match args.pos {
        [f, a] => (f, a, None),
        [f, a, k] => (f, a, Some(k)),
        _ => {
            return Err(vm.type_error(format!(
                "start_new_thread expected at least 2 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    let Value::Tuple(fargs) = fargs else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let kwargs = match kwargs {
        None => Vec::new(),
        Some(Value::Dict(d)) => d
            .items()
            .into_iter()
            .map(|(k, v)| match k {
                Value::Str(s) => Ok((s, v)),
                _ => Err(vm.type_error("keywords must be strings")),
            })
            .collect::<PyResult<Vec<_>>>()?,
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let func = func.clone();
    let fargs = fargs.items.to_vec();
    let interp = vm.interp.clone();
    let queued = vm.interp.gil.queued();
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK_SIZE.max(REQUESTED_STACK_SIZE.load(Ordering::Relaxed)))
        .spawn(move || {
            let _ = tx.send(current_ident());
            let mut vm = Vm::new(interp.clone());
            interp.gil.take();
            if let Err(exc) = vm.call(&func, fargs, kwargs) {
                if !exc.is("SystemExit") {
                    let head = match vm.repr(&func) {
                        Ok(r) => format!("Exception ignored in thread started by: {r}\n"),
                        Err(_) => "Exception ignored in thread started by a thread\n".into(),
                    };
                    let text = traceback::format_exception(&mut vm, &exc);
                    vm.write_stream(true, &format!("{head}{text}"));
                }
            }
            // What the thread's last frames dropped.
            vm.run_finalizers();
            crate::vm::gil_stats::on_exit();
            interp.gil.drop(false);
        });
    if spawned.is_err() {
        return Err(vm.new_error("RuntimeError", "can't start new thread"));
    }
    // The new thread sends its ident before it asks for the GIL, which this thread holds.
    match rx.recv() {
        Ok(ident) => {
            if let Some(queued) = queued {
                vm.interp.gil.await_new_waiter(queued);
            }
            Ok(Value::Int(ident))
        }
        Err(_) => Err(vm.new_error("RuntimeError", "can't start new thread")),
    }
}

/// `_set_gil_name(name)`: the calling thread's row name in the GIL statistics (gilpy only).
fn set_gil_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Str(name)] => {
            crate::vm::gil_stats::set_name(name.as_str());
            Ok(Value::None)
        }
        _ => Err(vm.type_error("_set_gil_name() takes one str argument")),
    }
}

/// `_report_exception(header, exc)`: `header` and the traceback of `exc` on stderr, the
/// default `threading.excepthook` output.
fn report_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Str(head), Value::Exception(exc)] = args.pos else {
        return Err(vm.type_error("_report_exception(header, exception)"));
    };
    let text = traceback::format_exception(vm, exc);
    vm.interp.flush_stdout();
    vm.write_stream(true, &format!("{}{text}", head.as_str()));
    Ok(Value::None)
}

/// Takes a sleeper off `Lock::sleepers` however the wait ends.
struct Awake<'a>(&'a AtomicUsize);

impl Drop for Awake<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A lock that any thread may release, not only its owner (`_thread.lock`): a futex word,
/// 0 free, 1 taken, 2 taken with threads (maybe) asleep on it, after Drepper's "Futexes
/// Are Tricky". A bare futex rather than a parking_lot condvar, because a signal cuts the
/// main thread's futex wait short (EINTR), which lets Ctrl-C interrupt a blocked acquire.
#[derive(Default)]
pub struct Lock {
    state: AtomicU32,
    /// Threads blocked in `acquire`, for the hand-off of `-X switch-every=N`.
    sleepers: AtomicUsize,
}

/// How a wait for a lock ended.
enum Acquired {
    Yes,
    TimedOut,
    /// A signal came for the main thread's handlers.
    Interrupted,
}

impl Lock {
    fn try_acquire(&self) -> bool {
        self.state
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) != 0
    }

    /// Waits until the lock is free or `deadline` passes; runs without the GIL.
    fn acquire_until(&self, deadline: Option<Instant>, interruptible: bool) -> Acquired {
        // Marking the lock contended before sleeping makes the releaser wake a sleeper.
        while self.state.swap(2, Ordering::Acquire) != 0 {
            if interruptible && signals::pending() {
                return Acquired::Interrupted;
            }
            let timeout = match deadline {
                None => None,
                Some(d) => match d.checked_duration_since(Instant::now()) {
                    Some(left) if !left.is_zero() => Some(left),
                    _ => return Acquired::TimedOut,
                },
            };
            futex_wait(&self.state, 2, timeout);
        }
        Acquired::Yes
    }

    /// `acquire(blocking=True, timeout=-1)`, with CPython's argument checks.
    pub fn acquire(&self, vm: &mut Vm, blocking: bool, timeout: f64) -> PyResult<bool> {
        if !blocking && timeout != -1.0 {
            return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
        }
        if timeout < 0.0 && timeout != -1.0 {
            return Err(vm.value_error("timeout value must be positive"));
        }
        if timeout > TIMEOUT_MAX {
            return Err(vm.new_error("OverflowError", "timeout value is too large"));
        }
        if self.try_acquire() {
            return Ok(true);
        }
        if !blocking {
            return Ok(false);
        }
        let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
        // Counted while this thread still holds the GIL, so a releaser sees it for sure.
        self.sleepers.fetch_add(1, Ordering::Relaxed);
        let _awake = Awake(&self.sleepers);
        vm.allow_threads_interruptible(|interruptible| {
            match self.acquire_until(deadline, interruptible) {
                Acquired::Yes => Some(true),
                Acquired::TimedOut => Some(false),
                Acquired::Interrupted => None,
            }
        })
    }

    pub fn release(&self, vm: &mut Vm) -> PyResult<()> {
        // Counted before the wake-up: a sleeper that wakes fast may queue for the GIL
        // before this thread looks, and would then be taken for one already waiting.
        let queued = vm.interp.gil.queued();
        let mut current = self.state.load(Ordering::Relaxed);
        loop {
            if current == 0 {
                return Err(vm.new_error("RuntimeError", "release unlocked lock"));
            }
            match self
                .state
                .compare_exchange(current, 0, Ordering::Release, Ordering::Relaxed)
            {
                Ok(_) => break,
                Err(now) => current = now,
            }
        }
        if current == 2 {
            futex_wake_one(&self.state);
        }
        if let Some(queued) = queued {
            if self.sleepers.load(Ordering::Relaxed) > 0 {
                vm.interp.gil.await_new_waiter(queued);
            }
        }
        Ok(())
    }
}

/// Blocks while `word` holds `val`, at most `timeout`. Returns on a wake-up, a timeout, a
/// changed value or a signal alike; the caller looks again.
fn futex_wait(word: &AtomicU32, val: u32, timeout: Option<Duration>) {
    let ts = timeout.map(|t| libc::timespec {
        tv_sec: t.as_secs().min(libc::time_t::MAX as u64) as libc::time_t,
        tv_nsec: t.subsec_nanos() as libc::c_long,
    });
    let ts_ptr = ts
        .as_ref()
        .map_or(std::ptr::null(), |t| t as *const libc::timespec);
    // SAFETY: `word` is a live, aligned u32; the kernel only reads it.
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
            val,
            ts_ptr,
        );
    }
}

/// Wakes one thread blocked in `futex_wait` on `word`.
fn futex_wake_one(word: &AtomicU32) {
    // SAFETY: `word` is a live, aligned u32.
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG,
            1,
        );
    }
}

fn lock_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type(
            "lock",
            "_thread",
            vec![],
            &[
                ("acquire", lock_acquire),
                ("acquire_lock", lock_acquire),
                ("__enter__", lock_acquire),
                ("release", lock_release),
                ("release_lock", lock_release),
                ("__exit__", lock_exit),
                ("locked", lock_locked),
                ("locked_lock", lock_locked),
            ],
        );
        // The C type's dotted name, which CPython's messages quote.
        t.dict.set_str(
            &crate::objects::str::PyStr::new("__tp_name__"),
            Value::str("_thread.lock"),
        );
        t
    })
}

impl NativeObject for Lock {
    fn class(&self) -> Arc<PyType> {
        lock_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        let state = if self.is_locked() {
            "locked"
        } else {
            "unlocked"
        };
        Some(Ok(format!(
            "<{state} _thread.lock object at {:#x}>",
            self as *const Lock as usize
        )))
    }
}

fn allocate_lock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "allocate_lock() takes no arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    Ok(Value::new_native(Lock::default()))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<Lock>(vm, &args, "_thread.lock", "acquire")?;
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let bound = bind(vm, "acquire", &rest, &["blocking", "timeout"], 0, &[], 0)?;
    let blocking = match &bound[0] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let timeout = match &bound[1] {
        Some(v) => to_f64(vm, v)?,
        None => -1.0,
    };
    Ok(Value::from(lock.acquire(vm, blocking, timeout)?))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<Lock>(vm, &args, "_thread.lock", "release")?;
    lock.release(vm)?;
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<Lock>(vm, &args, "_thread.lock", "__exit__")?;
    lock.release(vm)?;
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<Lock>(vm, &args, "_thread.lock", "locked")?;
    Ok(Value::from(lock.is_locked()))
}

/// `threading.local`: each thread sees its own attribute dict, made on first use; for a
/// subclass with an `__init__`, that first use runs `__init__` with the arguments the
/// object was created with, as CPython's `_threading_local` does.
pub struct Local {
    class: Arc<PyType>,
    args: Vec<Value>,
    kwargs: Vec<(Arc<crate::objects::str::PyStr>, Value)>,
    dicts: Mutex<HashMap<ThreadId, Arc<PyDict>>>,
}

fn local_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("_local", "_thread", vec![], &[]);
        set(
            &t.dict,
            "__new__",
            Value::Builtin(Builtin::new("__new__", local_new)),
        );
        set(&t.dict, "__dict__", getter("__dict__", local_dict));
        t
    })
}

impl NativeObject for Local {
    fn class(&self) -> Arc<PyType> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<Arc<PyDict>> {
        let mut dicts = self.dicts.lock();
        let me = std::thread::current().id();
        Some(dicts.entry(me).or_insert_with(PyDict::new).clone())
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        if !Arc::ptr_eq(&self.class, local_type()) {
            return None;
        }
        Some(Ok(format!(
            "<_thread._local object at {:#x}>",
            self as *const Local as usize
        )))
    }
    fn before_attribute_access(&self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let me = std::thread::current().id();
        {
            let mut dicts = self.dicts.lock();
            if dicts.contains_key(&me) {
                return Ok(());
            }
            dicts.insert(me, PyDict::new());
        }
        match vm.user_method(obj, "__init__") {
            Some(init) => {
                vm.call(&init, self.args.clone(), self.kwargs.clone())?;
                Ok(())
            }
            None => Ok(()),
        }
    }
}

/// `local.__dict__`: the calling thread's attributes.
fn local_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let local = receiver::<Local>(vm, &args, "_thread._local", "__dict__")?;
    Ok(local.instance_dict().map_or(Value::None, Value::Dict))
}

fn local_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => local_type().clone(),
    };
    let own_init = class
        .lookup("__init__")
        .is_some_and(|f| !matches!(f, Value::Builtin(_)));
    if (args.pos.len() > 1 || !args.kw.is_empty()) && !own_init {
        return Err(vm.type_error("Initialization arguments are not supported"));
    }
    // The creating thread's `__init__` runs as part of this call; other threads run it
    // on their first use.
    let mut dicts = HashMap::new();
    dicts.insert(std::thread::current().id(), PyDict::new());
    Ok(Value::new_native(Local {
        class,
        args: args.pos.get(1..).unwrap_or_default().to_vec(),
        kwargs: args.kw.to_vec(),
        dicts: Mutex::new(dicts),
    }))
}
