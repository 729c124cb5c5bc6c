//! `sys.stdout.buffer` and `sys.stderr.buffer`: the binary layer under the text
//! streams, where a program writes bytes (`sys.stdout.buffer.write(b"...")`).

use std::any::Any;
use std::io::Write;
use std::sync::{Arc, OnceLock};

use crate::objects::function::Args;
use crate::objects::instance::NativeObject;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::module_type;

pub struct StdoutBuffer {
    pub is_stderr: bool,
}

fn buffer_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        module_type(
            "BufferedWriter",
            "_io",
            Vec::new(),
            &[
                ("write", buffer_write),
                ("flush", buffer_flush),
                ("fileno", buffer_fileno),
                ("writable", buffer_writable),
                ("readable", buffer_readable),
            ],
        )
    })
}

impl NativeObject for StdoutBuffer {
    fn class(&self) -> Arc<PyType> {
        buffer_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let name = if self.is_stderr {
            "<stderr>"
        } else {
            "<stdout>"
        };
        // Unbuffered (`-u`), CPython's binary layer is the raw file itself.
        Some(Ok(if vm.interp.stdout.lock().unbuffered() {
            format!("<_io.FileIO name='{name}' mode='wb' closefd=False>")
        } else {
            format!("<_io.BufferedWriter name='{name}'>")
        }))
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a StdoutBuffer> {
    args.pos
        .first()
        .and_then(|v| v.native::<StdoutBuffer>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.BufferedWriter' object"))
}

fn buffer_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let is_stderr = this(vm, &args)?.is_stderr;
    let [_, data] = args.pos else {
        return Err(vm.type_error(format!(
            "write() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let Some(bytes) = data.with_byte_content(<[u8]>::to_vec) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            data.type_name()
        )));
    };
    if is_stderr {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(&bytes);
        let _ = err.flush();
    } else {
        vm.interp.stdout.lock().write_bytes(&bytes);
    }
    Ok(Value::Int(bytes.len() as i64))
}

fn buffer_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !this(vm, &args)?.is_stderr {
        vm.interp.stdout.lock().flush_bytes();
    }
    Ok(Value::None)
}

fn buffer_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(if this(vm, &args)?.is_stderr { 2 } else { 1 }))
}

fn buffer_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(Value::from(true))
}

fn buffer_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(Value::from(false))
}
