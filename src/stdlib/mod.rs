//! Built-in functions and modules, written against the VM's public interface.
pub mod ast;
pub mod binascii;
pub mod bisect;
pub mod builtins;
pub mod builtins_async;
pub mod builtins_exec;
pub mod builtins_import;
pub mod builtins_iter;
pub mod builtins_match;
pub mod builtins_numeric;
pub mod builtins_object;
pub mod bytes_methods;
mod cmath;
mod code_object;
pub mod collections;
pub mod complex;
mod contextvars;
pub mod copy;
pub mod descriptors;
pub mod dict_methods;
pub mod dis;
pub mod exception_group;
pub mod frame_object;
pub mod functools;
pub mod generic_alias;
pub mod hashlib;
pub mod heapq;
mod int_bytes;
pub mod io;
pub mod iterator_methods;
pub mod iterators;
pub mod itertools;
pub mod json;
pub mod list_methods;
pub mod locale;
pub mod math;
pub mod math_core;
mod math_gamma;
pub mod memoryview;
pub mod modutil;
pub mod number_methods;
pub mod operator;
pub mod os;
pub mod os_fd;
pub mod percent_format;
pub mod process;
pub mod random;
pub mod random_core;
pub mod re_engine;
pub mod select;
pub mod set_methods;
pub mod shared_memory;
pub mod signal;
pub mod sitebuiltins;
pub mod sizeof;
pub mod slot_wrappers;
pub mod socket;
pub mod sorting;
pub mod sqlite3;
pub mod stdin;
mod stdout_buffer;
pub mod str_methods;
pub mod str_ops;
mod str_translate;
pub mod struct_module;
pub mod subprocess;
pub mod sys;
pub mod thread;
pub mod time;
pub mod traceback;
pub mod typing;
mod typing_classes;
pub mod unicodedata;
pub mod union_type;
pub mod warnings;
pub mod weakref;
mod zlib;

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::vm::{PyResult, Vm};

/// Builds a built-in module's namespace.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Arc<PyDict>>;

/// The modules implemented in Rust, by import name.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "builtins" => |vm| Ok(vm.interp.builtins.clone()),
        "sys" => sys::init,
        "time" => time::init,
        "math" => math::init,
        "cmath" => cmath::init,
        "random" => random::init,
        "itertools" => itertools::init,
        "_collections" => collections::init,
        "_functools" => functools::init,
        "posix" => os::init,
        "_posixpath" => os::init_path,
        "_io" => io::init,
        "operator" => operator::init,
        "_thread" => thread::init,
        "_signal" => signal::init,
        "_multiprocessing" => process::init,
        "_typing" => typing::init,
        "_heapq" => heapq::init,
        "bisect" => bisect::init,
        "_copy" => copy::init,
        "_traceback" => traceback::init,
        "_weakref" => weakref::init,
        "_dis" => dis::init,
        "_subprocess" => subprocess::init,
        "_socket" => socket::init,
        "select" => select::init,
        "_json" => json::init,
        "_re" => re_engine::init,
        "hashlib" => hashlib::init,
        "_binascii" => binascii::init,
        "struct" | "_struct" => struct_module::init,
        "_warnings" => warnings::init,
        "_locale" => locale::init,
        "unicodedata" => unicodedata::init,
        "_zlib" => zlib::init,
        "sqlite3" => sqlite3::init,
        "ast" => ast::init,
        "_contextvars" | "contextvars" => contextvars::init,
        _ => return None,
    })
}

/// Where CPython 3.11 keeps its library.
pub const CPYTHON_LIB: &str = "/usr/lib/python3.11/";

/// Modules written in Python and built into the binary, by name: the path CPython 3.11
/// keeps the module at (its `__file__`, and what tracebacks show, with gilpy's own
/// source lines) and gilpy's source text.
pub fn source_module(name: &str) -> Option<(String, &'static str)> {
    let text = source_text(name)?;
    let path = name.replace('.', "/");
    let file = if CPYTHON_PACKAGES.contains(&name) {
        format!("{CPYTHON_LIB}{path}/__init__.py")
    } else {
        format!("{CPYTHON_LIB}{path}.py")
    };
    Some((file, text))
}

/// The modules of `source_text` that are packages in CPython.
const CPYTHON_PACKAGES: &[&str] = &[
    "asyncio",
    "collections",
    "concurrent",
    "concurrent.futures",
    "html",
    "json",
    "logging",
    "multiprocessing",
    "multiprocessing.dummy",
    "re",
    "unittest",
    "urllib",
];

fn source_text(name: &str) -> Option<&'static str> {
    macro_rules! py {
        ($file:literal) => {
            include_str!(concat!("py/", $file))
        };
    }
    Some(match name {
        "threading" => py!("threading.py"),
        "queue" => py!("queue.py"),
        "asyncio" => py!("asyncio.py"),
        "asyncio.selector_events" => py!("asyncio_selector_events.py"),
        "asyncio.streams" => py!("asyncio_streams.py"),
        "asyncio.subprocess" => py!("asyncio_subprocess.py"),
        "multiprocessing" => py!("multiprocessing.py"),
        "multiprocessing.pool" => py!("multiprocessing_pool.py"),
        "multiprocessing.managers" => py!("multiprocessing_managers.py"),
        "multiprocessing.dummy" => py!("multiprocessing_dummy.py"),
        "multiprocessing.connection" => py!("multiprocessing_connection.py"),
        "concurrent" => py!("concurrent.py"),
        "concurrent.futures" => py!("concurrent_futures.py"),
        "concurrent.futures._base" => py!("concurrent_futures_base.py"),
        "concurrent.futures.thread" => py!("concurrent_futures_thread.py"),
        "concurrent.futures.process" => py!("concurrent_futures_process.py"),
        "heapq" => py!("heapq.py"),
        "copy" => py!("copy.py"),
        "contextlib" => py!("contextlib.py"),
        "dataclasses" => py!("dataclasses.py"),
        "textwrap" => py!("textwrap.py"),
        "statistics" => py!("statistics.py"),
        "traceback" => py!("traceback.py"),
        "types" => py!("types.py"),
        "typing" => py!("typing.py"),
        "platform" => py!("platform.py"),
        "html" => py!("html.py"),
        "codecs" => py!("codecs.py"),
        "_codecs" => py!("_codecs.py"),
        "doctest" => py!("doctest.py"),
        "locale" => py!("locale.py"),
        "html.entities" => py!("html_entities.py"),
        "html.parser" => py!("html_parser.py"),
        "string" => py!("string.py"),
        "weakref" => py!("weakref.py"),
        "timeit" => py!("timeit.py"),
        "signal" => py!("signal.py"),
        "sched" => py!("sched.py"),
        "pprint" => py!("pprint.py"),
        "atexit" => py!("atexit.py"),
        "functools" => py!("functools.py"),
        "fractions" => py!("fractions.py"),
        "subprocess" => py!("subprocess.py"),
        "socket" => py!("socket.py"),
        "selectors" => py!("selectors.py"),
        "socketserver" => py!("socketserver.py"),
        "dis" => py!("dis.py"),
        "json" => py!("json.py"),
        "json.decoder" => py!("json_decoder.py"),
        "re" => py!("re.py"),
        "datetime" => py!("datetime.py"),
        "_strptime" => py!("_strptime.py"),
        "logging" => py!("logging.py"),
        "abc" => py!("abc.py"),
        "enum" => py!("enum.py"),
        "argparse" => py!("argparse.py"),
        "binascii" => py!("binascii.py"),
        "base64" => py!("base64.py"),
        "hmac" => py!("hmac.py"),
        "decimal" => py!("decimal.py"),
        "uuid" => py!("uuid.py"),
        "secrets" => py!("secrets.py"),
        "keyword" => py!("keyword.py"),
        "numbers" => py!("numbers.py"),
        "difflib" => py!("difflib.py"),
        "unittest" => py!("unittest.py"),
        "unittest.mock" => py!("unittest_mock.py"),
        "io" => py!("io.py"),
        "warnings" => py!("warnings.py"),
        "collections" => py!("collections.py"),
        "collections.abc" => py!("collections_abc.py"),
        "csv" => py!("csv.py"),
        "os" => py!("os.py"),
        "posixpath" => py!("posixpath.py"),
        "fnmatch" => py!("fnmatch.py"),
        "glob" => py!("glob.py"),
        "tempfile" => py!("tempfile.py"),
        "shutil" => py!("shutil.py"),
        "pathlib" => py!("pathlib.py"),
        "array" => py!("array.py"),
        "shlex" => py!("shlex.py"),
        "getopt" => py!("getopt.py"),
        "calendar" => py!("calendar.py"),
        "errno" => py!("errno.py"),
        "colorsys" => py!("colorsys.py"),
        "urllib" => py!("urllib.py"),
        "urllib.parse" => py!("urllib_parse.py"),
        "graphlib" => py!("graphlib.py"),
        "__future__" => py!("__future__.py"),
        "reprlib" => py!("reprlib.py"),
        "stat" => py!("stat.py"),
        "inspect" => py!("inspect.py"),
        "gc" => py!("gc.py"),
        "pickle" => py!("pickle.py"),
        "_pickle" => py!("_pickle.py"),
        "configparser" => py!("configparser.py"),
        "zlib" => py!("zlib.py"),
        "gzip" => py!("gzip.py"),
        "copyreg" => py!("copyreg.py"),
        _ => return None,
    })
}
