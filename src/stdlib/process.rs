//! The OS side of `multiprocessing`: fork, wait, signal and exit a child process, and
//! framed messages over pipes. Every blocking wait runs inside `allow_threads`.

use std::sync::Arc;
use std::time::Duration;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::{namespace, set};
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{arity, to_f64, to_i64};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("fork", fork),
    ("waitpid", waitpid),
    ("kill", kill),
    ("_exit", exit),
    ("getppid", getppid),
    ("pipe", pipe),
    ("close", close),
    ("send", send),
    ("recv", recv),
    ("poll", poll),
    ("wait_fds", wait_fds),
    ("find_global", find_global),
    ("whichmodule", whichmodule),
    ("new_instance", new_instance),
    ("process_name", process_name),
    ("set_process_name", set_process_name),
];

/// The name of this process's `multiprocessing.current_process()`, which `logging`
/// reads for `%(processName)s` without importing multiprocessing.
static PROCESS_NAME: parking_lot::Mutex<Option<String>> = parking_lot::Mutex::new(None);

fn process_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "process_name", &args, 0, 0)?;
    let name = PROCESS_NAME.lock().clone();
    Ok(Value::str(name.as_deref().unwrap_or("MainProcess")))
}

fn set_process_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "set_process_name", &args, 1, 1)?;
    let Value::Str(name) = &args.pos[0] else {
        return Err(vm.type_error("set_process_name(str)"));
    };
    *PROCESS_NAME.lock() = Some(name.as_str().to_string());
    Ok(Value::None)
}

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    set(
        &d,
        "SharedMemory",
        Value::Type(super::shared_memory::shm_type().clone()),
    );
    Ok(d)
}

#[repr(C)]
struct PollFd {
    fd: i32,
    events: i16,
    revents: i16,
}

extern "C" {
    #[link_name = "fork"]
    fn c_fork() -> i32;
    #[link_name = "waitpid"]
    fn c_waitpid(pid: i32, status: *mut i32, options: i32) -> i32;
    #[link_name = "kill"]
    fn c_kill(pid: i32, sig: i32) -> i32;
    #[link_name = "_exit"]
    fn c_exit(status: i32) -> !;
    #[link_name = "getppid"]
    fn c_getppid() -> i32;
    #[link_name = "pipe"]
    fn c_pipe(fds: *mut i32) -> i32;
    #[link_name = "close"]
    fn c_close(fd: i32) -> i32;
    #[link_name = "read"]
    fn c_read(fd: i32, buf: *mut u8, n: usize) -> isize;
    #[link_name = "write"]
    fn c_write(fd: i32, buf: *const u8, n: usize) -> isize;
    #[link_name = "poll"]
    fn c_poll(fds: *mut PollFd, n: u64, timeout_ms: i32) -> i32;
    #[link_name = "fcntl"]
    fn c_fcntl(fd: i32, cmd: i32, arg: i32) -> i32;
}

const WNOHANG: i32 = 1;
const POLLIN: i16 = 1;
const F_SETPIPE_SZ: i32 = 1031;
/// Large pipes let a producer put many items before anyone reads, as CPython's queue
/// feeder thread does.
const PIPE_SIZE: i32 = 1 << 20;
const EINTR: i32 = 4;

fn os_error(vm: &Vm) -> PyErr {
    let e = std::io::Error::last_os_error();
    let code = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or("");
    vm.new_error("OSError", format!("[Errno {code}] {text}"))
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i32> {
    let n = to_i64(vm, &args.pos[i])?;
    i32::try_from(n)
        .map_err(|_| vm.new_error("OverflowError", "signed integer is greater than maximum"))
}

/// `fork()`: the child continues alone on the forking thread, which holds the GIL, with
/// the interpreter's locks reset since their holders did not survive the fork.
fn fork(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "fork", &args, 0, 0)?;
    // Buffered output would otherwise be written by both processes.
    vm.interp.flush_stdout();
    // SAFETY: the child only runs this interpreter's code on the forking thread.
    let pid = unsafe { c_fork() };
    if pid < 0 {
        return Err(os_error(vm));
    }
    if pid == 0 {
        vm.interp.after_fork();
        vm.become_main_thread();
    }
    Ok(Value::Int(pid as i64))
}

/// `waitpid(pid, block)`: the exit code (`-signal` when killed), or None when `block` is
/// false and the child still runs.
fn waitpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "waitpid", &args, 2, 2)?;
    let pid = int_arg(vm, &args, 0)?;
    let block = vm.is_true(&args.pos[1])?;
    let mut status = 0;
    let options = if block { 0 } else { WNOHANG };
    // On the main thread a signal's Python handler runs during the wait (and may raise,
    // as KeyboardInterrupt does), as in CPython.
    let r = vm.allow_threads_interruptible(|interruptible| loop {
        // SAFETY: status points to a live i32.
        let r = unsafe { c_waitpid(pid, &mut status, options) };
        if r >= 0 || std::io::Error::last_os_error().raw_os_error() != Some(EINTR) {
            break Some((r, std::io::Error::last_os_error()));
        }
        if interruptible && crate::vm::signals::pending() {
            break None;
        }
    })?;
    let (r, err) = r;
    if r < 0 {
        return Err(super::socket::errno_error(err.raw_os_error().unwrap_or(0)));
    }
    if r == 0 {
        return Ok(Value::None);
    }
    let signal = status & 0x7f;
    let code = if signal == 0 {
        (status >> 8) & 0xff
    } else {
        -signal
    };
    Ok(Value::Int(code as i64))
}

fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "kill", &args, 2, 2)?;
    let pid = int_arg(vm, &args, 0)?;
    let sig = int_arg(vm, &args, 1)?;
    // SAFETY: kill has no memory preconditions.
    if unsafe { c_kill(pid, sig) } < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

/// `_exit(status)`: ends a child at once, after writing its buffered output; the
/// threads of the parent that the child inherited as memory must not be joined.
fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "_exit", &args, 1, 1)?;
    let status = int_arg(vm, &args, 0)?;
    vm.interp.flush_stdout();
    // SAFETY: _exit never returns and skips the parent's atexit handlers, as intended.
    unsafe { c_exit(status) }
}

fn getppid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: getppid has no preconditions.
    Ok(Value::Int(unsafe { c_getppid() } as i64))
}

fn pipe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pipe", &args, 0, 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for the two descriptors.
    if unsafe { c_pipe(fds.as_mut_ptr()) } < 0 {
        return Err(os_error(vm));
    }
    // SAFETY: fcntl on a descriptor just created; failure only keeps the default size.
    unsafe { c_fcntl(fds[1], F_SETPIPE_SZ, PIPE_SIZE) };
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "close", &args, 1, 1)?;
    let fd = int_arg(vm, &args, 0)?;
    // SAFETY: closing a descriptor number has no memory preconditions.
    if unsafe { c_close(fd) } < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

fn write_all(fd: i32, mut data: &[u8]) -> bool {
    while !data.is_empty() {
        // SAFETY: data is a live slice of data.len() bytes.
        let n = unsafe { c_write(fd, data.as_ptr(), data.len()) };
        if n < 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(EINTR) {
                continue;
            }
            return false;
        }
        data = &data[n as usize..];
    }
    true
}

/// Fills `buf`; false at end of file or on an error.
fn read_exact(fd: i32, buf: &mut [u8]) -> bool {
    let mut done = 0;
    while done < buf.len() {
        // SAFETY: the destination is the unfilled tail of buf.
        let n = unsafe { c_read(fd, buf[done..].as_mut_ptr(), buf.len() - done) };
        if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(EINTR) {
            continue;
        }
        if n <= 0 {
            return false;
        }
        done += n as usize;
    }
    true
}

/// `send(fd, text)`: one frame, a little-endian length then the UTF-8 text.
fn send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "send", &args, 2, 2)?;
    let fd = int_arg(vm, &args, 0)?;
    let Value::Str(s) = &args.pos[1] else {
        return Err(vm.type_error("send() expects a str frame"));
    };
    let mut frame = (s.as_str().len() as u64).to_le_bytes().to_vec();
    frame.extend_from_slice(s.as_str().as_bytes());
    if !vm.allow_threads(|| write_all(fd, &frame)) {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

/// `recv(fd)`: the text of the next frame; EOFError once every writer has closed.
fn recv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "recv", &args, 1, 1)?;
    let fd = int_arg(vm, &args, 0)?;
    let payload = vm.allow_threads(|| {
        let mut len = [0u8; 8];
        if !read_exact(fd, &mut len) {
            return None;
        }
        let mut buf = vec![0u8; u64::from_le_bytes(len) as usize];
        read_exact(fd, &mut buf).then_some(buf)
    });
    match payload.map(String::from_utf8) {
        Some(Ok(text)) => Ok(Value::str(text)),
        Some(Err(_)) => Err(vm.value_error("corrupted message frame")),
        None => Err(vm.new_error("EOFError", "")),
    }
}

/// `poll(fd, timeout)`: whether data (or end of file) is ready within `timeout` seconds;
/// None waits for ever.
fn poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "poll", &args, 2, 2)?;
    let fd = int_arg(vm, &args, 0)?;
    let timeout_ms = timeout_ms(vm, &args.pos[1])?;
    Ok(Value::from(!poll_fds(vm, &[fd], timeout_ms)?.is_empty()))
}

/// `wait_fds(fds, timeout)`: those of `fds` that are readable, or at their end, within
/// `timeout` seconds (None: as long as it takes).
fn wait_fds(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "wait_fds", &args, 2, 2)?;
    let items = match &args.pos[0] {
        Value::List(l) => l.snapshot(),
        _ => return Err(vm.type_error("wait_fds(list, timeout)")),
    };
    let fds = items
        .iter()
        .map(|v| {
            let n = to_i64(vm, v)?;
            i32::try_from(n).map_err(|_| {
                vm.new_error("OverflowError", "signed integer is greater than maximum")
            })
        })
        .collect::<PyResult<Vec<i32>>>()?;
    let timeout_ms = timeout_ms(vm, &args.pos[1])?;
    let ready = poll_fds(vm, &fds, timeout_ms)?;
    Ok(Value::list(
        ready.into_iter().map(|fd| Value::Int(fd as i64)).collect(),
    ))
}

fn timeout_ms(vm: &mut Vm, timeout: &Value) -> PyResult<i32> {
    Ok(match timeout {
        Value::None => -1,
        v => {
            let secs = to_f64(vm, v)?.max(0.0);
            Duration::from_secs_f64(secs.min(1e6))
                .as_millis()
                .min(i32::MAX as u128) as i32
        }
    })
}

/// The descriptors of `fds` that poll(2) finds readable (or hung up) within the timeout.
fn poll_fds(vm: &mut Vm, fds: &[i32], timeout_ms: i32) -> PyResult<Vec<i32>> {
    let mut polled: Vec<PollFd> = fds
        .iter()
        .map(|&fd| PollFd {
            fd,
            events: POLLIN,
            revents: 0,
        })
        .collect();
    let r = vm.allow_threads(|| loop {
        // SAFETY: `polled` is a live array of that many pollfds.
        let r = unsafe { c_poll(polled.as_mut_ptr(), polled.len() as u64, timeout_ms) };
        if r >= 0 || std::io::Error::last_os_error().raw_os_error() != Some(EINTR) {
            break r;
        }
    });
    if r < 0 {
        return Err(os_error(vm));
    }
    Ok(polled
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| p.fd)
        .collect())
}

/// `find_global(module, qualname)`: a module-level function or class named in a message,
/// found in the receiving process's already-imported module.
fn find_global(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "find_global", &args, 2, 2)?;
    let (Value::Str(module), Value::Str(qualname)) = (&args.pos[0], &args.pos[1]) else {
        return Err(vm.type_error("find_global(module, qualname)"));
    };
    let found = vm.interp.module(module.as_str());
    let mut obj = match found {
        Some(m) => m,
        None if module.as_str() == "builtins" => Value::Module(
            crate::objects::module::Module::new("builtins", vm.interp.builtins.clone()),
        ),
        None => vm.import_module(module.as_str())?,
    };
    for part in qualname.as_str().split('.') {
        let name = crate::objects::str::PyStr::new(part);
        obj = match vm.try_get_attr(&obj, &name)? {
            Some(v) => v,
            None => {
                return Err(vm.new_error(
                    "AttributeError",
                    format!(
                        "Can't get attribute '{}' on module '{}'",
                        qualname.as_str(),
                        module.as_str()
                    ),
                ))
            }
        };
    }
    Ok(obj)
}

/// `whichmodule(obj, name)`: the imported module that holds `obj` as attribute
/// `name`, for native functions, which carry no `__module__`; as pickle does.
fn whichmodule(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "whichmodule", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error("whichmodule(obj, name)"));
    };
    let modules = vm.interp.modules.items();
    for (module_name, module) in modules {
        let Value::Str(module_name) = module_name else {
            continue;
        };
        if matches!(module_name.as_str(), "__main__" | "__mp_main__") {
            continue;
        }
        if let Ok(Some(v)) = vm.try_get_attr(&module, name) {
            if v.is(&args.pos[0]) {
                return Ok(Value::str(module_name.as_str()));
            }
        }
    }
    Ok(Value::str("builtins"))
}

/// `new_instance(cls, state)`: an instance of a Python class with `state` as its
/// `__dict__`, without calling `__init__`, as unpickling does.
fn new_instance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "new_instance", &args, 2, 2)?;
    let (Value::Type(cls), Value::Dict(state)) = (&args.pos[0], &args.pos[1]) else {
        return Err(vm.type_error("new_instance(cls, dict)"));
    };
    let inst = crate::objects::instance::Instance::new(cls.clone());
    for (k, v) in state.items() {
        vm.set_item(&Value::Dict(inst.dict.clone()), k, v)?;
    }
    Ok(Value::Instance(inst))
}
