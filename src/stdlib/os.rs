//! `posix` (process facts, the environment, files and directories) and
//! `_posixpath` (path rules and file tests): the system calls under the `os` and
//! `posixpath` (`os.path`) modules, which are written in Python over them.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{arity, bind};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("getppid", getppid),
    ("getpgid", getpgid),
    ("getsid", getsid),
    ("getpgrp", getpgrp),
    ("setsid", setsid),
    ("kill", kill),
    ("killpg", killpg),
    ("_uname", uname),
    ("_terminal_size", terminal_size),
    ("confstr", confstr),
    ("urandom", urandom),
    ("cpu_count", cpu_count),
    ("getcwd", getcwd),
    ("listdir", listdir),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
    ("remove", remove),
    ("unlink", remove),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("rename", rename),
    ("replace", rename),
    ("chdir", chdir),
    ("chmod", chmod),
    ("utime", utime),
    ("access", access),
    ("_stat", stat),
    ("symlink", symlink),
    ("readlink", readlink),
];

const PATH_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("join", join),
    ("exists", exists),
    ("isfile", isfile),
    ("isdir", isdir),
    ("isabs", isabs),
    ("basename", basename),
    ("dirname", dirname),
    ("split", split),
    ("splitext", splitext),
    ("abspath", abspath),
    ("normpath", normpath),
    ("getsize", getsize),
    ("realpath", realpath),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    for (name, f) in super::os_fd::FUNCTIONS {
        set(
            &d,
            name,
            Value::Builtin(crate::objects::function::Builtin::new(name, *f)),
        );
    }
    super::os_fd::add_constants(&d);
    let env = PyDict::new();
    for (k, v) in std::env::vars() {
        env.set_str(&PyStr::new(k), Value::str(v));
    }
    set(&d, "environ", Value::Dict(env));
    set(&d, "sep", Value::str("/"));
    set(&d, "linesep", Value::str("\n"));
    set(&d, "name", Value::str("posix"));
    set(&d, "curdir", Value::str("."));
    set(&d, "pardir", Value::str(".."));
    Ok(d)
}

pub fn init_path(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(PATH_FUNCTIONS))
}

/// The path a path argument names: a str, or what the `__fspath__` of an
/// `os.PathLike` object returns; `None` for other objects.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Value::Str(s) = v {
        return Ok(Some(s.as_str().to_string()));
    }
    let Some(method) = vm.try_get_attr(v, &PyStr::new("__fspath__"))? else {
        return Ok(None);
    };
    match vm.call(&method, Vec::new(), Default::default())? {
        Value::Str(s) => Ok(Some(s.as_str().to_string())),
        other => Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            v.type_name(),
            other.type_name()
        ))),
    }
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

/// The result of a process-id system call, or its errno error.
fn pid_result(r: libc::pid_t) -> PyResult<Value> {
    if r < 0 {
        return Err(errno_error(&std::io::Error::last_os_error()));
    }
    Ok(Value::Int(r as i64))
}

/// `getpgid(pid)` and `getsid(pid)`: a process's group or session (pid 0: this one).
fn process_id_of(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    query: unsafe extern "C" fn(libc::pid_t) -> libc::pid_t,
) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name}() missing required argument 'pid' (pos 1)")));
    }
    arity(vm, name, args, 1, 1)?;
    let pid = super::modutil::to_c_int(vm, &args.pos[0])?;
    // SAFETY: plain system call on a number.
    pid_result(unsafe { query(pid) })
}

fn getpgid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    process_id_of(vm, "getpgid", &args, libc::getpgid)
}

fn getsid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    process_id_of(vm, "getsid", &args, libc::getsid)
}

fn getpgrp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getpgrp", &args, 0, 0)?;
    // SAFETY: plain system call.
    pid_result(unsafe { libc::getpgrp() })
}

fn setsid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setsid", &args, 0, 0)?;
    // SAFETY: plain system call.
    pid_result(unsafe { libc::setsid() })?;
    Ok(Value::None)
}

/// `kill(pid, sig)`; a signal this process sent itself has its handler run before the
/// call returns, as in CPython.
fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    send_signal(vm, "kill", args, libc::kill)
}

fn killpg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    send_signal(vm, "killpg", args, libc::killpg)
}

fn send_signal(
    vm: &mut Vm,
    name: &str,
    args: Args,
    send: unsafe extern "C" fn(libc::pid_t, libc::c_int) -> libc::c_int,
) -> PyResult<Value> {
    arity(vm, name, &args, 2, 2)?;
    let pid = super::modutil::to_c_int(vm, &args.pos[0])?;
    let sig = super::modutil::to_c_int(vm, &args.pos[1])?;
    // A signal this process sends itself goes to the calling thread, as `raise` sends
    // it: sent to the process, it would reach the first OS thread, which is not the one
    // running Python's main thread, and its handler would run some time after the
    // call returns rather than before.
    let own = name == "kill" && pid == std::process::id() as i32;
    if own {
        if !crate::vm::signals::raise(sig) {
            return Err(errno_error(&std::io::Error::last_os_error()));
        }
    // SAFETY: kill(2)/killpg(2) take plain integers; failures come back as -1 and errno.
    } else if unsafe { send(pid, sig) } != 0 {
        return Err(errno_error(&std::io::Error::last_os_error()));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

/// `_uname()`: the five fields of `os.uname_result`, from uname(2).
/// `_terminal_size(fd)`: (columns, lines) of the terminal on fd, from TIOCGWINSZ.
fn terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "get_terminal_size", &args, 1, 1)?;
    let fd = super::modutil::to_c_int(vm, &args.pos[0])?;
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one winsize into the struct it is given; a bad or
    // non-terminal fd makes it fail with -1 and errno instead.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } != 0 {
        return Err(errno_error(&std::io::Error::last_os_error()));
    }
    Ok(Value::tuple(vec![
        Value::from(i64::from(size.ws_col)),
        Value::from(i64::from(size.ws_row)),
    ]))
}

fn uname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "uname", &args, 0, 0)?;
    // SAFETY: utsname is plain arrays of C chars, valid when zeroed (the fields stay
    // empty if the call fails, which Linux documents only for a bad pointer), and
    // uname(2) fills each with a NUL-terminated string.
    let u = unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        libc::uname(&mut u);
        u
    };
    let field = |chars: &[libc::c_char]| {
        let bytes: Vec<u8> = chars
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        Value::str(String::from_utf8_lossy(&bytes).into_owned())
    };
    Ok(Value::tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

/// The names `confstr` knows, with glibc's numbers for them.
const CONFSTR_NAMES: &[(&str, libc::c_int)] = &[
    ("CS_PATH", libc::_CS_PATH),
    ("CS_GNU_LIBC_VERSION", libc::_CS_GNU_LIBC_VERSION),
    (
        "CS_GNU_LIBPTHREAD_VERSION",
        libc::_CS_GNU_LIBPTHREAD_VERSION,
    ),
];

/// `confstr(name)`: a configuration string of the C library, or None when unset.
fn confstr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "confstr", &args, 1, 1)?;
    let code = match &args.pos[0] {
        Value::Int(n) => libc::c_int::try_from(*n)
            .map_err(|_| vm.value_error("unrecognized configuration name"))?,
        Value::Str(name) => CONFSTR_NAMES
            .iter()
            .find(|(n, _)| *n == name.as_str())
            .map(|&(_, code)| code)
            .ok_or_else(|| vm.value_error("unrecognized configuration name"))?,
        other => {
            return Err(vm.type_error(format!(
                "configuration names must be strings or integers, not {}",
                other.type_name()
            )))
        }
    };
    let mut buf = vec![0u8; 256];
    // SAFETY: confstr writes at most `buf.len()` bytes, NUL included, and returns the
    // length the whole value needs (0 when the name has no value).
    let needed = unsafe { libc::confstr(code, buf.as_mut_ptr().cast(), buf.len()) };
    if needed == 0 {
        return Ok(Value::None);
    }
    if needed > buf.len() {
        buf.resize(needed, 0);
        // SAFETY: as above, with a buffer now large enough for the whole value.
        unsafe { libc::confstr(code, buf.as_mut_ptr().cast(), buf.len()) };
    }
    buf.truncate(needed - 1);
    Ok(Value::str(String::from_utf8_lossy(&buf).into_owned()))
}

/// `urandom(size)`: bytes from the kernel's random source.
fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "urandom", &args, 1, 1)?;
    let n = super::modutil::to_i64(vm, &args.pos[0])?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative argument not allowed"));
    };
    let mut buf = vec![0u8; n];
    let read = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    match read {
        Ok(()) => Ok(Value::bytes(buf)),
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(std::thread::available_parallelism()
        .map(|n| Value::Int(n.get() as i64))
        .unwrap_or(Value::None))
}

fn cwd() -> String {
    std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| ".".into())
}

fn getcwd(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str(cwd()))
}

/// The OSError subclass CPython raises for a failed system call on `path`, with the
/// `errno`, `strerror` and `filename` attributes its message is made from.
pub fn os_error(_vm: &Vm, e: &std::io::Error, path: &str) -> PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    PyException::construct(
        exception_type("OSError"),
        vec![
            Value::Int(code as i64),
            Value::str(error_text(e)),
            Value::str(path),
        ],
    )
}

/// The OSError subclass for a failed system call that names no file.
pub fn errno_error(e: &std::io::Error) -> PyErr {
    errno_error_of(exception_type("OSError"), e)
}

/// `errno_error` with the given OSError class.
pub fn errno_error_of(class: Arc<crate::objects::types::PyType>, e: &std::io::Error) -> PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    PyException::construct(
        class,
        vec![Value::Int(code as i64), Value::str(error_text(e))],
    )
}

/// The system's text for an error, without Rust's " (os error N)".
fn error_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn path_arg(vm: &mut Vm, func: &str, v: &Value) -> PyResult<String> {
    fspath(vm, v)?.ok_or_else(|| {
        vm.type_error(format!(
            "{func}: path should be string, bytes or os.PathLike, not {}",
            v.type_name()
        ))
    })
}

/// The required path parameter `name` of `func`, bound from `args` with the others.
fn bound_path(vm: &mut Vm, func: &str, value: &Option<Value>) -> PyResult<String> {
    path_arg(vm, func, value.as_ref().unwrap_or(&Value::None))
}

/// Runs a blocking file-system call without the GIL; a failure becomes the OSError
/// CPython raises, naming `path`.
fn io_call<T: Send>(
    vm: &mut Vm,
    path: &str,
    f: impl FnOnce() -> std::io::Result<T> + Send,
) -> PyResult<T> {
    vm.allow_threads(f).map_err(|e| os_error(vm, &e, path))
}

/// `os.mkdir(path, mode=0o777)`.
fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "mkdir", &args, &["path", "mode"], 1, &["dir_fd"], 0)?;
    let path = bound_path(vm, "mkdir", &p[0])?;
    let mode = match &p[1] {
        Some(v) => super::modutil::to_i64(vm, v)? as u32,
        None => 0o777,
    };
    io_call(vm, &path, || {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(mode).create(&path)
    })?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "rmdir", &args, &["path"], 1, &["dir_fd"], 0)?;
    let path = bound_path(vm, "rmdir", &p[0])?;
    io_call(vm, &path, || std::fs::remove_dir(&path))?;
    Ok(Value::None)
}

/// `os.rename(src, dst)` and `os.replace`, which on POSIX are the same call.
fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "rename", &args, &["src", "dst"], 2, &[], 0)?;
    let src = bound_path(vm, "rename", &p[0])?;
    let dst = bound_path(vm, "rename", &p[1])?;
    vm.allow_threads(|| std::fs::rename(&src, &dst))
        .map_err(|e| {
            let err = os_error(vm, &e, &src);
            err.dict
                .set_str(&PyStr::new("filename2"), Value::str(dst.as_str()));
            err
        })?;
    Ok(Value::None)
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "chdir", &args, &["path"], 1, &[], 0)?;
    let path = bound_path(vm, "chdir", &p[0])?;
    io_call(vm, &path, || std::env::set_current_dir(&path))?;
    Ok(Value::None)
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let p = bind(
        vm,
        "chmod",
        &args,
        &["path", "mode"],
        2,
        &["dir_fd", "follow_symlinks"],
        0,
    )?;
    let path = bound_path(vm, "chmod", &p[0])?;
    let mode = super::modutil::to_i64(vm, p[1].as_ref().unwrap_or(&Value::None))? as u32;
    io_call(vm, &path, || {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
    })?;
    Ok(Value::None)
}

/// `os.access(path, mode)`: whether the real user may use path in `mode`
/// (`F_OK`, or a mask of `R_OK`, `W_OK`, `X_OK`); failures are just False.
fn access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"];
    let p = super::modutil::bind_clinic(vm, "access", &args, &names, 2)?;
    let path = bound_path(vm, "access", &p[0])?;
    let mode = super::modutil::to_i64(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let Ok(c_path) = std::ffi::CString::new(path) else {
        return Err(vm.value_error("embedded null byte"));
    };
    // SAFETY: c_path is a valid NUL-terminated string.
    let rc = vm.allow_threads(|| unsafe { libc::access(c_path.as_ptr(), mode as libc::c_int) });
    Ok(Value::from(rc == 0))
}

/// `os.utime(path, times=None, *, ns=None, follow_symlinks=True)`: set access and
/// modification times, from float seconds, integer nanoseconds, or now.
fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["path", "times", "ns", "dir_fd", "follow_symlinks"];
    let p = super::modutil::bind_clinic(vm, "utime", &args, &names, 1)?;
    let path = bound_path(vm, "utime", &p[0])?;
    let pair = |v: &Value| match v {
        Value::Tuple(t) if t.items.len() == 2 => Some([t.items[0].clone(), t.items[1].clone()]),
        _ => None,
    };
    let times = match (&p[1], &p[2]) {
        (Some(t), Some(n)) if !matches!(t, Value::None) && !matches!(n, Value::None) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"))
        }
        (Some(t), _) if !matches!(t, Value::None) => {
            let Some(pair) = pair(t) else {
                return Err(
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                );
            };
            let mut out = [libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            }; 2];
            for (slot, v) in out.iter_mut().zip(&pair) {
                let secs = super::modutil::to_f64(vm, v)?;
                let whole = secs.floor();
                slot.tv_sec = whole as libc::time_t;
                slot.tv_nsec = (((secs - whole) * 1e9).round() as libc::c_long).min(999_999_999);
            }
            out
        }
        (_, Some(n)) if !matches!(n, Value::None) => {
            let Some(pair) = pair(n) else {
                return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
            };
            let mut out = [libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            }; 2];
            for (slot, v) in out.iter_mut().zip(&pair) {
                let ns = super::modutil::to_i64(vm, v)?;
                slot.tv_sec = ns.div_euclid(1_000_000_000) as libc::time_t;
                slot.tv_nsec = ns.rem_euclid(1_000_000_000) as libc::c_long;
            }
            out
        }
        _ => {
            [libc::timespec {
                tv_sec: 0,
                tv_nsec: libc::UTIME_NOW,
            }; 2]
        }
    };
    let follow = match &p[4] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let Ok(c_path) = std::ffi::CString::new(path.clone()) else {
        return Err(vm.value_error("embedded null byte"));
    };
    // CPython's utime error names no file.
    vm.allow_threads(|| {
        // SAFETY: c_path is a valid NUL-terminated string and times holds two timespecs.
        let rc = unsafe { libc::utimensat(libc::AT_FDCWD, c_path.as_ptr(), times.as_ptr(), flags) };
        if rc == 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    })
    .map_err(|e| errno_error(&e))?;
    Ok(Value::None)
}

/// `_stat(path, follow_symlinks)`: the fields of `os.stat_result`, in its order.
fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "stat", &args, &["path", "follow_symlinks"], 2, &[], 0)?;
    let path = bound_path(vm, "stat", &p[0])?;
    let follow = match &p[1] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let m = io_call(vm, &path, || {
        if follow {
            std::fs::metadata(&path)
        } else {
            std::fs::symlink_metadata(&path)
        }
    })?;
    Ok(stat_fields(&m))
}

/// The ten fields of a `stat_result`, times as float seconds.
pub fn stat_fields(m: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let time = |secs: i64, nanos: i64| Value::from(secs as f64 + nanos as f64 * 1e-9);
    Value::tuple(vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        time(m.atime(), m.atime_nsec()),
        time(m.mtime(), m.mtime_nsec()),
        time(m.ctime(), m.ctime_nsec()),
    ])
}

fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "symlink",
        &args,
        &["src", "dst", "target_is_directory"],
        2,
        &["dir_fd"],
        0,
    )?;
    let src = bound_path(vm, "symlink", &p[0])?;
    let dst = bound_path(vm, "symlink", &p[1])?;
    io_call(vm, &src, || std::os::unix::fs::symlink(&src, &dst))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "readlink", &args, &["path"], 1, &["dir_fd"], 0)?;
    let path = bound_path(vm, "readlink", &p[0])?;
    let target = io_call(vm, &path, || std::fs::read_link(&path))?;
    Ok(Value::str(target.to_string_lossy()))
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "listdir", &args, &["path"], 0, &[], 0)?;
    let path = match &p[0] {
        None | Some(Value::None) => ".".to_string(),
        // Unlike most calls, listdir also takes a directory's file descriptor.
        Some(v) => fspath(vm, v)?.ok_or_else(|| {
            vm.type_error(format!(
                "listdir: path should be string, bytes, os.PathLike, integer or None, not {}",
                v.type_name()
            ))
        })?,
    };
    let names = vm
        .allow_threads(|| {
            let entries = std::fs::read_dir(&path)?;
            Ok::<_, std::io::Error>(
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect::<Vec<_>>(),
            )
        })
        .map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// `os.remove(path)` / `os.unlink(path)`.
fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "remove", &args, &["path"], 1, &[], 0)?;
    let path = bound_path(vm, "remove", &p[0])?;
    vm.allow_threads(|| std::fs::remove_file(&path))
        .map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

/// An environment variable's name or value, with CPython's checks.
fn env_text(vm: &Vm, v: &Value, name: bool) -> PyResult<String> {
    let Value::Str(s) = v else {
        return Err(vm.type_error(format!("str expected, not {}", v.type_name())));
    };
    let s = s.as_str();
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if name && (s.is_empty() || s.contains('=')) {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(s.to_string())
}

/// `putenv(name, value)`: for child processes; `os.environ` calls it on assignment.
fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "putenv", &args, 2, 2)?;
    let name = env_text(vm, &args.pos[0], true)?;
    let value = env_text(vm, &args.pos[1], false)?;
    std::env::set_var(name, value);
    Ok(Value::None)
}

/// `unsetenv(name)`; `del os.environ[name]` calls it.
fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "unsetenv", &args, 1, 1)?;
    let name = env_text(vm, &args.pos[0], true)?;
    std::env::remove_var(name);
    Ok(Value::None)
}

// ---- os.path -----------------------------------------------------------------

fn str_args(vm: &mut Vm, func: &str, args: &Args, n: usize) -> PyResult<Vec<String>> {
    arity(vm, func, args, n, n).map_err(|_| {
        vm.type_error(format!(
            "{func}() takes {n} positional argument{} but {} were given",
            if n == 1 { "" } else { "s" },
            args.pos.len()
        ))
    })?;
    args.pos
        .iter()
        .map(|v| {
            fspath(vm, v)?.ok_or_else(|| {
                vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    v.type_name()
                ))
            })
        })
        .collect()
}

fn one_path(vm: &mut Vm, func: &str, args: &Args) -> PyResult<String> {
    Ok(str_args(vm, func, args, 1)?.remove(0))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut parts = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        parts.push(fspath(vm, v)?.ok_or_else(|| {
            vm.type_error(format!(
                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                v.type_name()
            ))
        })?);
    }
    let mut path = String::new();
    for (i, b) in parts.iter().enumerate() {
        if i == 0 || b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    Ok(Value::str(path))
}

fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "split", &args)?;
    let (h, t) = split_path(&p);
    Ok(Value::tuple(vec![Value::str(h), Value::str(t)]))
}

fn basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "basename", &args)?;
    Ok(Value::str(split_path(&p).1))
}

fn dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "dirname", &args)?;
    Ok(Value::str(split_path(&p).0))
}

fn splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "splitext", &args)?;
    let start = p.rfind('/').map_or(0, |i| i + 1);
    if let Some(dot) = p.rfind('.').filter(|&d| d >= start) {
        // A dot that only leads the file name (".bashrc") does not start an extension.
        if p[start..dot].chars().any(|c| c != '.') {
            let (root, ext) = p.split_at(dot);
            return Ok(Value::tuple(vec![Value::str(root), Value::str(ext)]));
        }
    }
    Ok(Value::tuple(vec![Value::str(p), Value::str("")]))
}

fn normalize(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let lead = p.len() - p.trim_start_matches('/').len();
    // POSIX keeps exactly two leading slashes; one or three and more become one.
    let prefix = match lead {
        0 => "",
        2 => "//",
        _ => "/",
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if prefix.is_empty() {
                    parts.push("..");
                }
            }
            c => parts.push(c),
        }
    }
    let out = format!("{prefix}{}", parts.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "normpath", &args)?;
    Ok(Value::str(normalize(&p)))
}

fn abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "abspath", &args)?;
    let full = if p.starts_with('/') {
        p
    } else {
        format!("{}/{p}", cwd())
    };
    Ok(Value::str(normalize(&full)))
}

fn isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "isabs", &args)?;
    Ok(Value::from(p.starts_with('/')))
}

fn metadata(vm: &mut Vm, func: &str, args: &Args) -> PyResult<Option<std::fs::Metadata>> {
    let p = one_path(vm, func, args)?;
    Ok(std::fs::metadata(p).ok())
}

fn exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(metadata(vm, "exists", &args)?.is_some()))
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(
        metadata(vm, "isfile", &args)?.is_some_and(|m| m.is_file()),
    ))
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(
        metadata(vm, "isdir", &args)?.is_some_and(|m| m.is_dir()),
    ))
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "getsize", &args)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(Value::Int(m.len() as i64))
}

/// `realpath(path)`: the absolute path with symbolic links resolved, as far as
/// the path exists; the rest is normalized as given.
fn realpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "realpath", &args, &["filename"], 1, &["strict"], 0)?;
    let path = bound_path(vm, "realpath", &p[0])?;
    let full = if path.starts_with('/') {
        path
    } else {
        format!("{}/{path}", cwd())
    };
    let full = normalize(&full);
    // The longest existing prefix is resolved; the components after it are kept.
    let mut head = std::path::PathBuf::from(&full);
    let mut tail = Vec::new();
    loop {
        if let Ok(resolved) = std::fs::canonicalize(&head) {
            let mut out = resolved;
            out.extend(tail.iter().rev());
            return Ok(Value::str(out.to_string_lossy()));
        }
        match (head.file_name().map(|n| n.to_os_string()), head.parent()) {
            (Some(name), Some(parent)) => {
                tail.push(name);
                head = parent.to_path_buf();
            }
            _ => return Ok(Value::str(full)),
        }
    }
}
