//! `io.StringIO`: an in-memory text file with a character position.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use super::modutil::module_type;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub struct StringIO {
    state: Mutex<Buffer>,
}

struct Buffer {
    chars: Vec<char>,
    pos: usize,
}

pub fn stringio_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| module_type("StringIO", "_io", Vec::new(), METHODS))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", new_stringio),
    ("write", sio_write),
    ("getvalue", sio_getvalue),
    ("read", sio_read),
    ("readline", sio_readline),
    ("seek", sio_seek),
    ("tell", sio_tell),
];

impl NativeObject for StringIO {
    fn class(&self) -> Arc<PyType> {
        stringio_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let line = self.readline();
        Some(Ok((!line.is_empty()).then(|| Value::str(line))))
    }
}

impl StringIO {
    fn readline(&self) -> String {
        let mut b = self.state.lock();
        let start = b.pos.min(b.chars.len());
        let end = b.chars[start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(b.chars.len(), |i| start + i + 1);
        b.pos = end;
        b.chars[start..end].iter().collect()
    }
}

fn new_stringio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let initial = match args.pos.get(1) {
        None | Some(Value::None) => "",
        Some(Value::Str(s)) => s.as_str(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "initial_value must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::new_native(StringIO {
        state: Mutex::new(Buffer {
            chars: initial.chars().collect(),
            pos: 0,
        }),
    }))
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a StringIO> {
    args.pos
        .first()
        .and_then(|v| v.native::<StringIO>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.StringIO' object"))
}

fn sio_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sio = this(vm, &args)?;
    let text: Vec<char> = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().chars().collect(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "string argument expected, got '{}'",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("write() takes exactly one argument (0 given)")),
    };
    let mut b = sio.state.lock();
    let pos = b.pos;
    if pos > b.chars.len() {
        b.chars.resize(pos, '\0');
    }
    let end = (pos + text.len()).min(b.chars.len());
    b.chars.splice(pos..end, text.iter().copied());
    b.pos = pos + text.len();
    Ok(Value::Int(text.len() as i64))
}

fn sio_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sio = this(vm, &args)?;
    Ok(Value::str(
        sio.state.lock().chars.iter().collect::<String>(),
    ))
}

fn sio_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sio = this(vm, &args)?;
    let size = match args.pos.get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let mut b = sio.state.lock();
    let start = b.pos.min(b.chars.len());
    let end = size.map_or(b.chars.len(), |n| (start + n).min(b.chars.len()));
    b.pos = end;
    Ok(Value::str(b.chars[start..end].iter().collect::<String>()))
}

fn sio_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(this(vm, &args)?.readline()))
}

fn sio_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sio = this(vm, &args)?;
    match args.pos.get(1) {
        Some(Value::Int(n)) if *n >= 0 => {
            sio.state.lock().pos = *n as usize;
            Ok(Value::Int(*n))
        }
        Some(Value::Int(n)) => Err(vm.value_error(format!("Negative seek position {n}"))),
        _ => Err(vm.type_error("seek() requires an integer position")),
    }
}

fn sio_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.state.lock().pos as i64))
}
