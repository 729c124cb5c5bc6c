//! `_subprocess`, the native side of `subprocess.Popen`: starts a program with the
//! descriptors the Python side chose for its standard streams and gives back its pid.
//! Waiting, signalling and the pipes themselves go through `os` and `_multiprocessing`.

use std::os::fd::{BorrowedFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, to_c_int};
use super::os::os_error;

const FUNCTIONS: &[(&str, NativeFn)] = &[("spawn", spawn)];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}

fn strings(vm: &mut Vm, v: &Value) -> PyResult<Vec<String>> {
    vm.collect_iterable(v)?
        .iter()
        .map(|s| match s {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            ))),
        })
        .collect()
}

/// A child's standard stream: inherited for `None`, else a copy of the given descriptor
/// (the caller keeps and closes its own).
fn stream(vm: &mut Vm, v: &Value) -> PyResult<Stdio> {
    if matches!(v, Value::None) {
        return Ok(Stdio::inherit());
    }
    let fd = to_c_int(vm, v)?;
    if fd < 0 {
        return Err(super::socket::errno_error(libc::EBADF));
    }
    // SAFETY: the descriptor is only borrowed for the duplication; a closed one is EBADF.
    let owned: OwnedFd = unsafe { BorrowedFd::borrow_raw(fd) }
        .try_clone_to_owned()
        .map_err(|e| super::os::errno_error(&e))?;
    Ok(Stdio::from(owned))
}

/// `spawn(program, argv, stdin, stdout, stderr, cwd, env, pass_fds, new_session)` → pid.
/// `program` is what runs, `argv[0]` what it is told its name is; `env` is `None` to
/// inherit or a list of `(name, value)` strings; the descriptors in `pass_fds` stay open
/// in the child.
fn spawn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "spawn", &args, 9, 9)?;
    let program = vm.str(&args.pos[0])?;
    let argv = strings(vm, &args.pos[1])?;
    let mut cmd = Command::new(&program);
    if let Some((first, rest)) = argv.split_first() {
        cmd.arg0(first).args(rest);
    }
    cmd.stdin(stream(vm, &args.pos[2])?);
    cmd.stdout(stream(vm, &args.pos[3])?);
    cmd.stderr(stream(vm, &args.pos[4])?);
    let cwd = match &args.pos[5] {
        Value::None => None,
        v => Some(vm.str(v)?),
    };
    if let Some(dir) = &cwd {
        cmd.current_dir(dir);
    }
    if !matches!(args.pos[6], Value::None) {
        cmd.env_clear();
        for pair in vm.collect_iterable(&args.pos[6])? {
            let kv = strings(vm, &pair)?;
            if let [k, v] = kv.as_slice() {
                cmd.env(k, v);
            }
        }
    }
    let keep: Vec<i32> = vm
        .collect_iterable(&args.pos[7])?
        .iter()
        .map(|v| to_c_int(vm, v))
        .collect::<PyResult<_>>()?;
    let new_session = vm.is_true(&args.pos[8])?;
    if !keep.is_empty() || new_session {
        // SAFETY: between fork and exec the hook only makes async-signal-safe calls.
        unsafe {
            cmd.pre_exec(move || {
                for &fd in &keep {
                    if libc::fcntl(fd, libc::F_SETFD, 0) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                }
                if new_session && libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let child = vm.allow_threads(|| cmd.spawn()).map_err(|e| {
        // As in CPython, a working directory that cannot be entered is what the error names.
        let bad_dir = cwd.as_ref().filter(|d| !std::path::Path::new(d).is_dir());
        os_error(vm, &e, bad_dir.unwrap_or(&program))
    })?;
    // The Python side waits for the child by its pid; the handle only held our copies of
    // its streams, which drop with it.
    Ok(Value::Int(child.id() as i64))
}
