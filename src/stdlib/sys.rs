//! The `sys` module.

use std::any::Any;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, types, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::descriptors::add_methods;
use super::modutil::getter;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", sys_exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("_is_gil_enabled", is_gil_enabled),
    ("getswitchinterval", getswitchinterval),
    ("setswitchinterval", setswitchinterval),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
    ("intern", intern),
    ("_gil_stats", gil_stats),
    ("exc_info", exc_info),
    ("_getframe", super::frame_object::getframe),
    ("getdefaultencoding", utf8_encoding),
    ("getfilesystemencoding", utf8_encoding),
    ("getrefcount", getrefcount),
    ("getsizeof", getsizeof),
];

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::arity(vm, "getsizeof", &args, 1, 2)?;
    if let Some(size) = vm.call_user_method(&args.pos[0], "__sizeof__", &[])? {
        return Ok(size);
    }
    Ok(Value::Int(super::sizeof::getsizeof(&args.pos[0]) as i64))
}

/// The default and file-system encodings: UTF-8, as on CPython for Linux.
fn utf8_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::arity(vm, "getdefaultencoding", &args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

/// `(type, value, traceback)` of the exception being handled.
fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::arity(vm, "exc_info", &args, 0, 0)?;
    Ok(Value::tuple(match vm.handled_exception() {
        Some(e) => {
            let tb = super::traceback::Traceback::of(&e);
            vec![Value::Type(e.class.clone()), Value::Exception(e), tb]
        }
        None => vec![Value::None, Value::None, Value::None],
    }))
}

pub fn init(vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    let argv = vm
        .interp
        .options
        .argv
        .iter()
        .map(|a| Value::str(a.as_str()))
        .collect();
    set(&d, "argv", Value::list(argv));
    let path = vm
        .interp
        .search_path
        .iter()
        .map(|p| Value::str(p.display().to_string()))
        .collect();
    set(&d, "path", Value::list(path));
    set(&d, "modules", Value::Dict(vm.interp.modules.clone()));
    set(&d, "stdin", super::stdin::stdin());
    set(&d, "__stdin__", super::stdin::stdin());
    // `sys.__stdout__` is the original `sys.stdout` object, to restore it by.
    let (stdout, stderr) = (stream(false), stream(true));
    set(&d, "stdout", stdout.clone());
    set(&d, "stderr", stderr.clone());
    set(&d, "__stdout__", stdout);
    set(&d, "__stderr__", stderr);
    set(&d, "excepthook", default_excepthook().clone());
    set(&d, "__excepthook__", default_excepthook().clone());
    set(&d, "maxsize", Value::Int(i64::MAX));
    set(
        &d,
        "maxunicode",
        Value::Int(i64::from(u32::from(char::MAX))),
    );
    set(&d, "platform", Value::str("linux"));
    set(&d, "byteorder", Value::str("little"));
    set(&d, "implementation_name", Value::str("gilpy"));
    set(&d, "implementation", implementation());
    set(&d, "hexversion", Value::Int(hexversion(3, 11, 0)));
    set(
        &d,
        "version",
        Value::str(format!("3.11.0 (gilpy {})", env!("CARGO_PKG_VERSION"))),
    );
    set(
        &d,
        "version_info",
        struct_seq(
            "version_info",
            &["major", "minor", "micro", "releaselevel", "serial"],
            vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(0),
                Value::str("final"),
                Value::Int(0),
            ],
        ),
    );
    set(
        &d,
        "float_info",
        struct_seq(
            "float_info",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            vec![
                Value::from(f64::MAX),
                Value::Int(f64::MAX_EXP as i64),
                Value::Int(f64::MAX_10_EXP as i64),
                Value::from(f64::MIN_POSITIVE),
                Value::Int(f64::MIN_EXP as i64),
                Value::Int(f64::MIN_10_EXP as i64),
                Value::Int(f64::DIGITS as i64),
                Value::Int(f64::MANTISSA_DIGITS as i64),
                Value::from(f64::EPSILON),
                Value::Int(f64::RADIX as i64),
                Value::Int(1),
            ],
        ),
    );
    set(
        &d,
        "int_info",
        struct_seq(
            "int_info",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            vec![
                Value::Int(30),
                Value::Int(4),
                Value::Int(4300),
                Value::Int(640),
            ],
        ),
    );
    // The parameters of `hash()`, which gilpy computes as CPython does.
    set(
        &d,
        "hash_info",
        struct_seq(
            "hash_info",
            &[
                "width",
                "modulus",
                "inf",
                "nan",
                "imag",
                "algorithm",
                "hash_bits",
                "seed_bits",
                "cutoff",
            ],
            vec![
                Value::Int(64),
                Value::Int((1 << 61) - 1),
                Value::Int(314_159),
                Value::Int(0),
                Value::Int(1_000_003),
                Value::str("siphash13"),
                Value::Int(64),
                Value::Int(128),
                Value::Int(0),
            ],
        ),
    );
    set(&d, "flags", flags(vm.interp.options.inspect));
    let warnoptions = vm.interp.options.warnoptions.iter();
    let warnoptions = warnoptions.map(|o| Value::str(o.as_str())).collect();
    set(&d, "warnoptions", Value::list(warnoptions));
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    set(&d, "executable", Value::str(exe));
    Ok(d)
}

/// `sys.flags`: the command-line flags CPython has, as a plain run sets them, except
/// for `-i` and what the environment variables CPython reads set (hash seed, bytecode
/// writing, optimization, UTF-8 mode).
fn flags(inspect: bool) -> Value {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let level = |name: &str| env(name).map_or(0, |v| v.parse::<i64>().map_or(1, |n| n.max(0)));
    let hash_randomization = i64::from(env("PYTHONHASHSEED").as_deref() != Some("0"));
    // CPython turns on UTF-8 mode by itself when the locale is C or POSIX.
    let locale = env("LC_ALL")
        .or_else(|| env("LC_CTYPE"))
        .or_else(|| env("LANG"));
    let utf8_mode = match env("PYTHONUTF8").as_deref() {
        Some("1") => 1,
        Some(_) => 0,
        None => i64::from(matches!(locale.as_deref(), None | Some("C" | "POSIX"))),
    };
    // CPython reads the variable as an integer, and anything but a number counts as 1.
    let dont_write_bytecode =
        env("PYTHONDONTWRITEBYTECODE").map_or(0, |v| i64::from(v.parse::<i64>() != Ok(0)));
    let int = Value::Int;
    struct_seq(
        "flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
        vec![
            int(0),
            int(i64::from(inspect)),
            int(i64::from(inspect)),
            int(level("PYTHONOPTIMIZE")),
            int(dont_write_bytecode),
            int(0),
            int(0),
            int(0),
            int(level("PYTHONVERBOSE")),
            int(0),
            int(0),
            int(hash_randomization),
            int(0),
            Value::from(false),
            int(utf8_mode),
            int(0),
            Value::from(false),
            int(-1),
        ],
    )
}

/// `sys.hexversion`'s encoding of a final release.
fn hexversion(major: i64, minor: i64, micro: i64) -> i64 {
    major << 24 | minor << 16 | micro << 8 | 0xf0
}

/// `sys.implementation`: a namespace like CPython's, describing gilpy itself (its name,
/// its own version, and no cache tag since it writes no bytecode caches).
fn implementation() -> Value {
    let version: Vec<i64> = env!("CARGO_PKG_VERSION")
        .split('.')
        .map(|part| part.parse().unwrap_or(0))
        .chain(std::iter::repeat(0))
        .take(3)
        .collect();
    let dict = PyDict::new();
    let entries = [
        ("name", Value::str("gilpy")),
        ("cache_tag", Value::None),
        (
            "version",
            struct_seq(
                "version_info",
                &["major", "minor", "micro", "releaselevel", "serial"],
                vec![
                    Value::Int(version[0]),
                    Value::Int(version[1]),
                    Value::Int(version[2]),
                    Value::str("final"),
                    Value::Int(0),
                ],
            ),
        ),
        (
            "hexversion",
            Value::Int(hexversion(version[0], version[1], version[2])),
        ),
    ];
    for (k, v) in entries {
        dict.set_str(&PyStr::new(k), v);
    }
    Value::new_native(Namespace { dict })
}

/// A namespace of attributes that prints as `namespace(name=value, ...)`, like
/// types.SimpleNamespace.
struct Namespace {
    dict: Arc<PyDict>,
}

impl NativeObject for Namespace {
    fn class(&self) -> Arc<PyType> {
        static T: OnceLock<Arc<PyType>> = OnceLock::new();
        T.get_or_init(|| super::modutil::module_type("SimpleNamespace", "types", vec![], &[]))
            .clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<Arc<PyDict>> {
        Some(self.dict.clone())
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let mut parts = Vec::new();
        for (k, v) in self.dict.items() {
            let key = match vm.str(&k) {
                Ok(key) => key,
                Err(e) => return Some(Err(e)),
            };
            match vm.repr(&v) {
                Ok(r) => parts.push(format!("{key}={r}")),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(format!("namespace({})", parts.join(", "))))
    }
}

/// A named tuple like CPython's struct sequences (`sys.version_info`), which print as
/// `sys.name(field=value, ...)`.
fn struct_seq(name: &str, fields: &[&str], values: Vec<Value>) -> Value {
    let fields: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    let class = super::collections::struct_seq_type(name, &fields, "sys");
    super::collections::namedtuple_value(&class, values)
}

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Err(PyException::new(
        exception_type("SystemExit"),
        args.pos.first().cloned().into_iter().collect(),
    ))
}

fn getrecursionlimit(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        _vm.interp.recursion_limit.load(Ordering::Relaxed) as i64,
    ))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Int(n)] if *n >= 1 => {
            vm.interp
                .recursion_limit
                .store(*n as usize, Ordering::Relaxed);
            Ok(Value::None)
        }
        [Value::Int(_)] => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        [other] => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
        _ => Err(vm.type_error(format!(
            "setrecursionlimit() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

fn is_gil_enabled(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from(vm.interp.gil.enabled()))
}

fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "sys.getswitchinterval() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(Value::from(vm.interp.gil.interval().as_secs_f64()))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::no_kwargs(vm, "sys.setswitchinterval", &args)?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sys.setswitchinterval() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let seconds = super::modutil::to_f64(vm, &args.pos[0])?;
    if seconds.is_nan() || seconds <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.interp.gil.set_interval(seconds);
    Ok(Value::None)
}

/// `sys._gil_stats()` (gilpy only): the `--gil-stats` figures so far, times in seconds:
/// `{'wall', 'gil', 'switches', 'threads': [{'name', 'running', 'waiting', 'blocked',
/// 'acquisitions', 'forced', 'voluntary'}, ...]}`.
fn gil_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("sys._gil_stats() takes no arguments"));
    }
    fn dict(items: Vec<(&str, Value)>) -> Value {
        let d = PyDict::new();
        for (k, v) in items {
            d.set_str(&crate::objects::str::PyStr::new(k), v);
        }
        Value::Dict(d)
    }
    let snap = crate::vm::gil_stats::snapshot();
    let count = |n: u64| Value::Int(n as i64);
    let threads = snap
        .threads
        .iter()
        .map(|t| {
            dict(vec![
                ("name", Value::str(t.name.as_str())),
                ("running", Value::from(t.running.as_secs_f64())),
                ("waiting", Value::from(t.waiting.as_secs_f64())),
                ("blocked", Value::from(t.blocked.as_secs_f64())),
                ("acquisitions", count(t.acquisitions)),
                ("forced", count(t.forced)),
                ("voluntary", count(t.voluntary)),
            ])
        })
        .collect();
    Ok(dict(vec![
        ("wall", Value::from(snap.wall.as_secs_f64())),
        ("gil", Value::from(vm.interp.gil.enabled())),
        ("switches", count(vm.interp.gil.switches())),
        ("threads", Value::list(threads)),
    ]))
}

fn get_int_max_str_digits(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::vm::ops::int_max_str_digits() as i64))
}

/// `set_int_max_str_digits(maxdigits)`: 0 lifts the limit; CPython refuses anything in
/// between that is below its 640-digit threshold.
fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::modutil::bind(
        vm,
        "set_int_max_str_digits",
        &args,
        &["maxdigits"],
        1,
        &[],
        0,
    )?;
    let n = match &p[0] {
        Some(v) => super::modutil::to_i64(vm, v)?,
        None => 0,
    };
    match usize::try_from(n) {
        Ok(limit) if limit == 0 || limit >= 640 => {
            crate::vm::ops::set_int_max_str_digits(limit);
            Ok(Value::None)
        }
        _ => Err(vm.value_error("maxdigits must be 0 or larger than 640")),
    }
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [s @ Value::Str(_)] => Ok(s.clone()),
        _ => Err(vm.type_error("intern() argument must be str")),
    }
}

/// `getrefcount(object)`: how many references hold the object, the argument's own
/// included, as in CPython. Values stored inline have no count; they report the count
/// CPython gives its immortal objects.
fn getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::no_kwargs(vm, "sys.getrefcount", &args)?;
    let [object] = args.pos else {
        return Err(vm.type_error(format!(
            "sys.getrefcount() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    let count = object.strong_count().unwrap_or(u32::MAX as usize);
    Ok(Value::Int(count as i64))
}

/// `sys.stdout` / `sys.stderr`: text streams with `write` and `flush`.
pub struct TextStream {
    pub is_stderr: bool,
}

fn stream_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::new("TextIOWrapper", vec![types().object.clone()]);
        add_methods(
            &t,
            &[
                ("write", stream_write),
                ("flush", stream_flush),
                ("fileno", stream_fileno),
                ("isatty", stream_isatty),
                ("writable", stream_writable),
                ("readable", stream_readable),
                ("reconfigure", stream_reconfigure),
            ],
        );
        for (name, f) in [
            ("name", stream_name as NativeFn),
            ("mode", stream_mode),
            ("encoding", stream_encoding),
            ("closed", stream_closed),
            ("buffer", stream_buffer),
        ] {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        t
    })
}

fn this_stream<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a TextStream> {
    args.pos
        .first()
        .and_then(|v| v.native::<TextStream>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

fn stream_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_stream(vm, &args)?;
    Ok(Value::str(if s.is_stderr {
        "<stderr>"
    } else {
        "<stdout>"
    }))
}

fn stream_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_stream(vm, &args)?;
    Ok(Value::str("w"))
}

fn stream_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_stream(vm, &args)?;
    Ok(Value::str("utf-8"))
}

fn stream_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_stream(vm, &args)?;
    Ok(Value::from(false))
}

fn stream_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_stream(vm, &args)?;
    Ok(Value::from(true))
}

fn stream_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_stream(vm, &args)?;
    Ok(Value::from(false))
}

fn stream_reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_stream(vm, &args)?;
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    super::io::check_reconfigure(vm, &rest, "utf-8", "strict")?;
    Ok(Value::None)
}

fn stream_buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let is_stderr = this_stream(vm, &args)?.is_stderr;
    Ok(Value::new_native(super::stdout_buffer::StdoutBuffer {
        is_stderr,
    }))
}

impl NativeObject for TextStream {
    fn class(&self) -> Arc<PyType> {
        stream_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        let name = if self.is_stderr {
            "<stderr>"
        } else {
            "<stdout>"
        };
        Some(Ok(format!(
            "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
        )))
    }
}

/// What `print()` writes to when `sys.stdout` has been replaced (by
/// `contextlib.redirect_stdout`, or a program capturing its output); None while
/// it is still the real standard output.
pub fn replaced_stdout(vm: &Vm) -> Option<Value> {
    let sys = vm.interp.module("sys")?;
    let Value::Module(sys) = sys else {
        return None;
    };
    let out = sys.dict.get_str("stdout", PyStr::hash_str("stdout"))?;
    match out.native::<TextStream>() {
        Some(s) if !s.is_stderr => None,
        _ => Some(out),
    }
}

fn stream(is_stderr: bool) -> Value {
    Value::new_native(TextStream { is_stderr })
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(s), Some(text)) = (
        args.pos.first().and_then(|v| v.native::<TextStream>()),
        args.pos.get(1),
    ) else {
        return Err(vm.type_error("write() takes exactly one argument"));
    };
    let Value::Str(text) = text else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            text.type_name()
        )));
    };
    vm.write_stream(s.is_stderr, text.as_str());
    Ok(Value::Int(text.char_len() as i64))
}

/// The file descriptor of `sys.stdout` (1) or `sys.stderr` (2).
fn stream_fd(vm: &Vm, args: &Args) -> PyResult<i32> {
    Ok(if this_stream(vm, args)?.is_stderr {
        2
    } else {
        1
    })
}

fn stream_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(stream_fd(vm, &args)?)))
}

fn stream_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(fd_isatty(stream_fd(vm, &args)?))
}

/// Whether a file descriptor is a terminal, as a Python bool.
pub fn fd_isatty(fd: i32) -> Value {
    // SAFETY: isatty only inspects the descriptor; a closed one gives 0.
    Value::from(unsafe { libc::isatty(fd) } == 1)
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(s) = args.pos.first().and_then(|v| v.native::<TextStream>()) {
        if !s.is_stderr {
            vm.interp.flush_stdout();
        }
    }
    Ok(Value::None)
}

impl Vm {
    /// Writes to standard output or standard error.
    pub fn write_stream(&self, is_stderr: bool, text: &str) {
        if is_stderr {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
            let _ = err.flush();
        } else {
            self.write_stdout(text);
        }
    }
}

/// `sys.excepthook` as the interpreter starts: uncaught exceptions go through whatever
/// `sys.excepthook` is, and only this one prints the traceback itself.
pub fn default_excepthook() -> &'static Value {
    static F: OnceLock<Value> = OnceLock::new();
    F.get_or_init(|| Value::Builtin(Builtin::new("excepthook", excepthook)))
}

/// `excepthook(type, value, traceback)`: the traceback of `value` on stderr.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::arity(vm, "excepthook", &args, 3, 3)?;
    vm.interp.flush_stdout();
    let text = match &args.pos[1] {
        Value::Exception(exc) => crate::vm::traceback::format_exception(vm, exc),
        other => format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            other.type_name()
        ),
    };
    vm.write_stream(true, &text);
    Ok(Value::None)
}
