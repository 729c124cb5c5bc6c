//! Console input: `sys.stdin` (`readline`, `read`, iteration) and the line reader
//! `input()` shares with it, so both consume the same buffered standard input.

use std::any::Any;
use std::io::{BufRead, Read};
use std::sync::{Arc, OnceLock};

use super::descriptors::add_methods;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::types::{types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub struct Stdin;

fn stdin_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::new("TextIOWrapper", vec![types().object.clone()]);
        add_methods(&t, STDIN_METHODS);
        t
    })
}

const STDIN_METHODS: &[(&str, NativeFn)] = &[
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

/// One line of standard input with its newline; empty at end of input. Pending output is
/// flushed first so a prompt shows before the program waits.
pub fn read_line(vm: &mut Vm) -> PyResult<String> {
    vm.interp.flush_stdout();
    let mut raw = Vec::new();
    vm.allow_threads(|| std::io::stdin().lock().read_until(b'\n', &mut raw))
        .map_err(|e| vm.new_error("OSError", e.to_string()))?;
    Ok(String::from_utf8_lossy(&raw).into_owned())
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
    vm.interp.flush_stdout();
    let mut raw = Vec::new();
    vm.allow_threads(|| std::io::stdin().lock().read_to_end(&mut raw))
        .map_err(|e| vm.new_error("OSError", e.to_string()))?;
    Ok(Value::str(String::from_utf8_lossy(&raw).into_owned()))
}
