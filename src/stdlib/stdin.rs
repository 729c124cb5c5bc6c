//! Console input: `sys.stdin` (`readline`, `read`, iteration) and the line reader
//! `input()` shares with it, so both consume the same buffered standard input.

use std::any::Any;
use std::io::{BufRead, ErrorKind};
use std::sync::{Arc, OnceLock};

use super::descriptors::add_methods;
use super::modutil::{getter, module_type};
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::str::PyStr;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{signals, PyResult, Vm};

pub struct Stdin;

fn stdin_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::new("TextIOWrapper", vec![types().object.clone()]);
        add_methods(&t, STDIN_METHODS);
        for (name, value) in [("name", "<stdin>"), ("mode", "r"), ("encoding", "utf-8")] {
            t.dict.set_str(&PyStr::new(name), Value::str(value));
        }
        t.dict
            .set_str(&PyStr::new("buffer"), getter("buffer", stdin_buffer));
        t
    })
}

/// `sys.stdin.buffer`: the same input, as bytes.
pub struct StdinBuffer;

fn stdin_buffer_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        module_type(
            "BufferedReader",
            "_io",
            Vec::new(),
            &[
                ("fileno", stdin_fileno),
                ("isatty", stdin_isatty),
                ("readline", buffer_readline),
                ("readlines", buffer_readlines),
                ("read", buffer_read),
            ],
        )
    })
}

impl NativeObject for StdinBuffer {
    fn class(&self) -> Arc<PyType> {
        stdin_buffer_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(read_stdin(vm, true).map(|line| (!line.is_empty()).then(|| Value::bytes(line))))
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok("<_io.BufferedReader name='<stdin>'>".to_string()))
    }
}

fn stdin_buffer(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::new_native(StdinBuffer))
}

const STDIN_METHODS: &[(&str, NativeFn)] = &[
    ("fileno", stdin_fileno),
    ("isatty", stdin_isatty),
    ("readline", stdin_readline),
    ("readlines", stdin_readlines),
    ("read", stdin_read),
];

pub fn stdin() -> Value {
    Value::new_native(Stdin)
}

impl NativeObject for Stdin {
    fn class(&self) -> Arc<PyType> {
        stdin_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(read_line(vm).map(|line| (!line.is_empty()).then(|| Value::str(line))))
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(
            "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>".to_string(),
        ))
    }
}

/// One line of standard input with its newline; empty at end of input.
pub fn read_line(vm: &mut Vm) -> PyResult<String> {
    Ok(String::from_utf8_lossy(&read_stdin(vm, true)?).into_owned())
}

/// Standard input up to a newline (`line`) or to its end, read without the GIL. On the
/// main thread a signal interrupts the read, its handler runs, and the read goes on
/// unless the handler raised (Ctrl-C at an `input()` prompt).
fn read_stdin(vm: &mut Vm, line: bool) -> PyResult<Vec<u8>> {
    let mut raw = Vec::new();
    vm.allow_threads_interruptible(|interruptible| {
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        loop {
            if interruptible && signals::pending() {
                return None;
            }
            let buf = match lock.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Some(Err(e)),
            };
            if buf.is_empty() {
                return Some(Ok(()));
            }
            let newline = buf.iter().position(|&b| b == b'\n').filter(|_| line);
            let n = newline.map_or(buf.len(), |i| i + 1);
            raw.extend_from_slice(&buf[..n]);
            lock.consume(n);
            if newline.is_some() {
                return Some(Ok(()));
            }
        }
    })?
    .map_err(|e| vm.new_error("OSError", e.to_string()))?;
    Ok(raw)
}

fn stdin_readline(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str(read_line(vm)?))
}

fn stdin_readlines(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm)?;
        if line.is_empty() {
            return Ok(Value::list(lines));
        }
        lines.push(Value::str(line));
    }
}

fn stdin_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str(String::from_utf8_lossy(&read_stdin(vm, false)?)))
}

fn buffer_readline(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::bytes(read_stdin(vm, true)?))
}

fn buffer_readlines(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let line = read_stdin(vm, true)?;
        if line.is_empty() {
            return Ok(Value::list(lines));
        }
        lines.push(Value::bytes(line));
    }
}

fn buffer_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::bytes(read_stdin(vm, false)?))
}

fn stdin_fileno(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn stdin_isatty(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(super::sys::fd_isatty(0))
}
