//! The file-descriptor functions of `os` (`open`, `read`, `write`, `close`, `pipe`,
//! `dup`, `lseek`, `fstat`…) and their `O_*` flags: thin calls of the system's, with
//! the GIL released around those that may block, and CPython's errno errors.

use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::set;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, bind, to_c_int, to_i64};
use super::socket::errno_error;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("open", fd_open),
    ("close", fd_close),
    ("read", fd_read),
    ("write", fd_write),
    ("pipe", fd_pipe),
    ("dup", fd_dup),
    ("dup2", fd_dup2),
    ("lseek", fd_lseek),
    ("isatty", fd_isatty),
    ("fsync", fd_fsync),
    ("ftruncate", fd_ftruncate),
    ("_fstat", fd_fstat),
    ("get_blocking", fd_get_blocking),
    ("set_blocking", fd_set_blocking),
];

/// The `O_*` flags, as this system defines them.
pub fn add_constants(d: &Arc<PyDict>) {
    for (name, value) in [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_APPEND", libc::O_APPEND),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_SYNC", libc::O_SYNC),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
    ] {
        set(d, name, Value::Int(value as i64));
    }
}

/// The result of a system call that returns -1 on failure, or the errno error.
fn check(r: i64) -> PyResult<i64> {
    if r < 0 {
        Err(errno_error(
            std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
        ))
    } else {
        Ok(r)
    }
}

fn fd_arg(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<i32> {
    arity(vm, name, args, n, n)?;
    to_c_int(vm, &args.pos[0])
}

/// `os.open(path, flags, mode=0o777)`; the descriptor is not inherited by children,
/// as in CPython.
fn fd_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "open",
        &args,
        &["path", "flags", "mode"],
        2,
        &["dir_fd"],
        0,
    )?;
    let path = p[0].clone().unwrap_or(Value::None);
    let Some(path) = super::os::fspath(vm, &path)? else {
        return Err(vm.type_error(format!(
            "open: path should be string, bytes or os.PathLike, not {}",
            path.type_name()
        )));
    };
    let flags = to_c_int(vm, p[1].as_ref().unwrap_or(&Value::Int(0)))?;
    let mode = match &p[2] {
        Some(m) => to_c_int(vm, m)?,
        None => 0o777,
    };
    let c_path =
        std::ffi::CString::new(path.clone()).map_err(|_| vm.value_error("embedded null byte"))?;
    // SAFETY: a valid NUL-terminated path; open(2) has no other preconditions.
    let fd = vm.allow_threads(|| unsafe {
        libc::open(
            c_path.as_ptr(),
            flags | libc::O_CLOEXEC,
            mode as libc::c_uint,
        )
    });
    if fd < 0 {
        let e = std::io::Error::last_os_error();
        return Err(super::os::os_error(vm, &e, &path));
    }
    Ok(Value::Int(fd as i64))
}

fn fd_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "close", 1)?;
    // SAFETY: closing a number the program gave; a bad one is EBADF.
    check(unsafe { libc::close(fd) } as i64)?;
    Ok(Value::None)
}

/// `os.read(fd, n)`: at most `n` bytes, fewer at the end of the file or pipe.
fn fd_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "read", &args, 2, 2)?;
    let fd = to_c_int(vm, &args.pos[0])?;
    let n = to_i64(vm, &args.pos[1])?;
    if n < 0 {
        return Err(errno_error(libc::EINVAL));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: the buffer has room for `n` bytes.
    let got = vm.allow_threads(|| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) });
    buf.truncate(check(got as i64)? as usize);
    Ok(Value::bytes(buf))
}

/// `os.write(fd, data)`: how many bytes the system took.
fn fd_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "write", &args, 2, 2)?;
    let fd = to_c_int(vm, &args.pos[0])?;
    let Some(data) = args.pos[1].with_byte_content(<[u8]>::to_vec) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            args.pos[1].type_name()
        )));
    };
    // SAFETY: the pointer and length describe `data`.
    let put = vm.allow_threads(|| unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) });
    Ok(Value::Int(check(put as i64)?))
}

fn fd_pipe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pipe", &args, 0, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 fills the two-element array.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } as i64)?;
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn fd_dup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "dup", 1)?;
    // SAFETY: plain system call on a number.
    let new = check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) } as i64)?;
    Ok(Value::Int(new))
}

fn fd_dup2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "dup2", &args, 2, 3)?;
    let fd = to_c_int(vm, &args.pos[0])?;
    let to = to_c_int(vm, &args.pos[1])?;
    // SAFETY: plain system call on numbers.
    Ok(Value::Int(check(unsafe { libc::dup2(fd, to) } as i64)?))
}

fn fd_lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "lseek", &args, 3, 3)?;
    let fd = to_c_int(vm, &args.pos[0])?;
    let pos = to_i64(vm, &args.pos[1])?;
    let how = to_c_int(vm, &args.pos[2])?;
    // SAFETY: plain system call on numbers.
    Ok(Value::Int(check(unsafe { libc::lseek(fd, pos, how) })?))
}

fn fd_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "isatty", 1)?;
    // SAFETY: plain system call on a number.
    Ok(Value::from(unsafe { libc::isatty(fd) } == 1))
}

fn fd_fsync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "fsync", 1)?;
    // SAFETY: plain system call on a number.
    check(vm.allow_threads(|| unsafe { libc::fsync(fd) }) as i64)?;
    Ok(Value::None)
}

fn fd_ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "ftruncate", &args, 2, 2)?;
    let fd = to_c_int(vm, &args.pos[0])?;
    let len = to_i64(vm, &args.pos[1])?;
    // SAFETY: plain system call on numbers.
    check(unsafe { libc::ftruncate(fd, len) } as i64)?;
    Ok(Value::None)
}

/// The descriptor's status flags (`O_NONBLOCK`…).
fn status_flags(fd: i32) -> PyResult<i32> {
    // SAFETY: plain system call on a number.
    Ok(check(unsafe { libc::fcntl(fd, libc::F_GETFL) } as i64)? as i32)
}

fn fd_get_blocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "get_blocking", 1)?;
    Ok(Value::from(status_flags(fd)? & libc::O_NONBLOCK == 0))
}

/// `set_blocking(fd, blocking)`: clears or sets `O_NONBLOCK`.
fn fd_set_blocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "set_blocking", 2)?;
    let flags = status_flags(fd)?;
    let flags = if vm.is_true(&args.pos[1])? {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    // SAFETY: plain system call on numbers.
    check(unsafe { libc::fcntl(fd, libc::F_SETFL, flags) } as i64)?;
    Ok(Value::None)
}

/// `_fstat(fd)`: the fields `os.fstat` makes a `stat_result` of, as `_stat` gives them.
fn fd_fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "fstat", 1)?;
    // SAFETY: the File only borrows the descriptor: ManuallyDrop keeps it from closing it.
    let file = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let meta = file
        .metadata()
        .map_err(|e| errno_error(e.raw_os_error().unwrap_or(0)))?;
    Ok(super::os::stat_fields(&meta))
}
