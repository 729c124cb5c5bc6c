//! `_subprocess`, the native side of `subprocess`: starts a program, feeds its stdin,
//! collects its output and waits for it, all without the GIL, so other threads run while
//! a child does.

use std::io::{Read, Write};
use std::os::fd::AsFd;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, to_f64, to_i64};
use super::os::os_error;

const FUNCTIONS: &[(&str, NativeFn)] = &[("run", run)];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}

/// Where a child's stream goes, as `subprocess` spells it: `None` (inherit), `PIPE`,
/// `STDOUT` (stderr only) or `DEVNULL`.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Inherit,
    Pipe,
    Stdout,
    Null,
}

const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

fn mode(vm: &mut Vm, v: &Value) -> PyResult<Mode> {
    if matches!(v, Value::None) {
        return Ok(Mode::Inherit);
    }
    Ok(match to_i64(vm, v)? {
        PIPE => Mode::Pipe,
        STDOUT => Mode::Stdout,
        DEVNULL => Mode::Null,
        _ => return Err(vm.value_error("gilpy's subprocess takes None, PIPE, STDOUT or DEVNULL")),
    })
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

/// `run(argv, input, stdin, stdout, stderr, cwd, env, timeout)` → `(returncode, out, err)`,
/// the outputs as bytes where piped, else `None`; `returncode` is `None` when the timeout
/// expired (the child is then killed).
fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "run", &args, 8, 8)?;
    let argv = strings(vm, &args.pos[0])?;
    let Some(program) = argv.first() else {
        return Err(vm.new_error("IndexError", "list index out of range"));
    };
    let input = match &args.pos[1] {
        Value::None => None,
        v => match v.as_bytes() {
            Some(b) => Some(b.to_vec()),
            None => {
                return Err(vm.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{}'",
                    v.type_name()
                )))
            }
        },
    };
    let stdin = mode(vm, &args.pos[2])?;
    let (stdout, stderr) = (mode(vm, &args.pos[3])?, mode(vm, &args.pos[4])?);
    let timeout = match &args.pos[7] {
        Value::None => None,
        v => Some(Duration::from_secs_f64(to_f64(vm, v)?.max(0.0))),
    };
    let mut cmd = Command::new(program);
    cmd.args(&argv[1..]);
    if let Value::Str(dir) = &args.pos[5] {
        cmd.current_dir(dir.as_str());
    }
    if !matches!(args.pos[6], Value::None) {
        cmd.env_clear();
        let env = match &args.pos[6] {
            Value::Dict(d) => d.items(),
            _ => return Err(vm.type_error("env must be a dict")),
        };
        for (k, v) in env {
            cmd.env(vm.str(&k)?, vm.str(&v)?);
        }
    }
    cmd.stdin(match (&input, stdin) {
        // A pipe with nothing to write gives the child an immediate end of file.
        (Some(_), _) | (None, Mode::Pipe) => Stdio::piped(),
        (None, Mode::Null) => Stdio::null(),
        _ => Stdio::inherit(),
    });
    let merged =
        configure_outputs(&mut cmd, stdout, stderr).map_err(|e| os_error(vm, &e, program))?;
    let mut child = cmd.spawn().map_err(|e| os_error(vm, &e, program))?;
    // The command holds the merged pipe's writing ends: the reader sees the end of the
    // output only once they are closed, with the child's own copies.
    drop(cmd);
    let (status, out, err) = vm.allow_threads(|| communicate(&mut child, input, merged, timeout));
    let bytes = |b: Option<Vec<u8>>| b.map_or(Value::None, Value::bytes);
    let code = match status {
        Some(s) => Value::Int(returncode(s)),
        None => Value::None,
    };
    Ok(Value::tuple(vec![code, bytes(out), bytes(err)]))
}

/// Sets up stdout and stderr; with `stderr=STDOUT` and a piped stdout both write into one
/// pipe, whose reading end is returned.
fn configure_outputs(
    cmd: &mut Command,
    stdout: Mode,
    stderr: Mode,
) -> std::io::Result<Option<std::io::PipeReader>> {
    let plain = |m: Mode| match m {
        Mode::Pipe => Stdio::piped(),
        Mode::Null => Stdio::null(),
        Mode::Inherit | Mode::Stdout => Stdio::inherit(),
    };
    cmd.stdout(plain(stdout));
    if stderr != Mode::Stdout {
        cmd.stderr(plain(stderr));
        return Ok(None);
    }
    match stdout {
        Mode::Pipe => {
            let (reader, writer) = std::io::pipe()?;
            cmd.stdout(writer.try_clone()?);
            cmd.stderr(writer);
            Ok(Some(reader))
        }
        Mode::Null => {
            cmd.stderr(Stdio::null());
            Ok(None)
        }
        Mode::Inherit | Mode::Stdout => {
            cmd.stderr(std::io::stdout().as_fd().try_clone_to_owned()?);
            Ok(None)
        }
    }
}

fn reader(mut r: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        // A read error ends the output early, as a closed pipe would.
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

/// Feeds `input`, drains the pipes and waits: `None` as the status if `timeout` expired.
fn communicate(
    child: &mut Child,
    input: Option<Vec<u8>>,
    merged: Option<std::io::PipeReader>,
    timeout: Option<Duration>,
) -> (Option<ExitStatus>, Option<Vec<u8>>, Option<Vec<u8>>) {
    let writer = child.stdin.take().zip(input).map(|(mut w, data)| {
        // The child may exit without reading everything: a broken pipe is not an error.
        std::thread::spawn(move || drop(w.write_all(&data)))
    });
    let out = match merged {
        Some(r) => Some(reader(r)),
        None => child.stdout.take().map(reader),
    };
    let err = child.stderr.take().map(reader);
    let status = wait(child, timeout);
    if let Some(w) = writer {
        let _ = w.join();
    }
    let collect = |h: Option<JoinHandle<Vec<u8>>>| h.map(|h| h.join().unwrap_or_default());
    (status, collect(out), collect(err))
}

fn wait(child: &mut Child, timeout: Option<Duration>) -> Option<ExitStatus> {
    let Some(timeout) = timeout else {
        return child.wait().ok();
    };
    let deadline = Instant::now() + timeout;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        let now = Instant::now();
        if now >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(2)));
    }
}

/// The exit code, or minus the signal that killed the child, as `Popen.returncode`.
fn returncode(status: ExitStatus) -> i64 {
    match (status.code(), status.signal()) {
        (Some(code), _) => code as i64,
        (None, Some(sig)) => -(sig as i64),
        (None, None) => -1,
    }
}
