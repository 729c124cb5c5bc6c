//! The `os` module (process facts, the environment, directories) and `os.path`
//! with POSIX path rules. `os.path` is a module object inside `os`, so both
//! `import os.path` and `from os import path` find it.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::{namespace, set, Module};
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{arity, bind};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("urandom", urandom),
    ("cpu_count", cpu_count),
    ("getcwd", getcwd),
    ("listdir", listdir),
    ("getenv", getenv),
    ("remove", remove),
    ("unlink", remove),
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
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
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
    let path = namespace(PATH_FUNCTIONS);
    set(&path, "sep", Value::str("/"));
    set(&path, "curdir", Value::str("."));
    set(&path, "pardir", Value::str(".."));
    set(&d, "path", Value::Module(Module::new("posixpath", path)));
    Ok(d)
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
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
    let kind = match code {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        _ => "OSError",
    };
    let text = e.to_string();
    let text = match text.rfind(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    };
    let exc = PyException::new(
        exception_type(kind),
        vec![Value::Int(code as i64), Value::str(text.as_str())],
    );
    for (name, v) in [
        ("errno", Value::Int(code as i64)),
        ("strerror", Value::str(text)),
        ("filename", Value::str(path)),
    ] {
        exc.dict.set_str(&PyStr::new(name), v);
    }
    exc
}

fn path_arg(vm: &Vm, func: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(vm.type_error(format!(
            "{func}: path should be string, bytes or os.PathLike, not {}",
            other.type_name()
        ))),
    }
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "listdir", &args, &["path"], 0, &[], 0)?;
    let path = match &p[0] {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => path_arg(vm, "listdir", v)?,
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
    let path = path_arg(vm, "remove", p[0].as_ref().unwrap_or(&Value::None))?;
    vm.allow_threads(|| std::fs::remove_file(&path))
        .map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

fn getenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, "getenv", &args, &["key", "default"], 1, &[], 0)?;
    let key = match &p[0] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!("str expected, not {}", other.type_name())))
        }
        None => String::new(),
    };
    Ok(match std::env::var(&key) {
        Ok(v) => Value::str(v),
        Err(_) => p[1].clone().unwrap_or(Value::None),
    })
}

// ---- os.path -----------------------------------------------------------------

fn str_args(vm: &Vm, func: &str, args: &Args, n: usize) -> PyResult<Vec<String>> {
    arity(vm, func, args, n, n).map_err(|_| {
        vm.type_error(format!(
            "{func}() takes {n} positional argument{} but {} were given",
            if n == 1 { "" } else { "s" },
            args.pos.len()
        ))
    })?;
    args.pos
        .iter()
        .map(|v| match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            ))),
        })
        .collect()
}

fn one_path(vm: &Vm, func: &str, args: &Args) -> PyResult<String> {
    Ok(str_args(vm, func, args, 1)?.remove(0))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let parts = str_args(vm, "join", &args, args.pos.len())?;
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
    Ok(Value::Bool(p.starts_with('/')))
}

fn metadata(vm: &Vm, func: &str, args: &Args) -> PyResult<Option<std::fs::Metadata>> {
    let p = one_path(vm, func, args)?;
    Ok(std::fs::metadata(p).ok())
}

fn exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(metadata(vm, "exists", &args)?.is_some()))
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        metadata(vm, "isfile", &args)?.is_some_and(|m| m.is_file()),
    ))
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        metadata(vm, "isdir", &args)?.is_some_and(|m| m.is_dir()),
    ))
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "getsize", &args)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(Value::Int(m.len() as i64))
}
