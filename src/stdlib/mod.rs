//! Built-in functions and modules, written against the VM's public interface.
pub mod bisect;
pub mod builtins;
pub mod builtins_exec;
pub mod builtins_iter;
pub mod builtins_match;
pub mod builtins_numeric;
pub mod builtins_object;
pub mod bytes_methods;
pub mod collections;
pub mod copy;
pub mod descriptors;
pub mod dict_methods;
pub mod dis;
pub mod functools;
pub mod heapq;
pub mod io;
pub mod iterators;
pub mod itertools;
pub mod json;
pub mod list_methods;
pub mod math;
pub mod math_core;
pub mod modutil;
pub mod number_methods;
pub mod operator;
pub mod os;
pub mod percent_format;
pub mod process;
pub mod random;
pub mod random_core;
pub mod re_engine;
pub mod set_methods;
pub mod shared_memory;
pub mod signal;
pub mod sitebuiltins;
pub mod slot_wrappers;
pub mod sorting;
pub mod stdin;
pub mod str_methods;
pub mod str_ops;
pub mod stringio;
pub mod subprocess;
pub mod sys;
pub mod thread;
pub mod time;
pub mod traceback;
pub mod typing;
pub mod weakref;

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
        "random" => random::init,
        "itertools" => itertools::init,
        "collections" => collections::init,
        "_functools" => functools::init,
        "os" => os::init,
        "io" => io::init,
        "operator" => operator::init,
        "_thread" => thread::init,
        "signal" => signal::init,
        "_multiprocessing" => process::init,
        "typing" => typing::init,
        "_heapq" => heapq::init,
        "bisect" => bisect::init,
        "_copy" => copy::init,
        "_traceback" => traceback::init,
        "_weakref" => weakref::init,
        "_dis" => dis::init,
        "_subprocess" => subprocess::init,
        "_json" => json::init,
        "_re" => re_engine::init,
        _ => return None,
    })
}

/// Modules written in Python and built into the binary, by name.
pub fn source_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("py/threading.py"),
        "queue" => include_str!("py/queue.py"),
        "asyncio" => include_str!("py/asyncio.py"),
        "multiprocessing" => include_str!("py/multiprocessing.py"),
        "multiprocessing.pool" => include_str!("py/multiprocessing_pool.py"),
        "concurrent" => include_str!("py/concurrent.py"),
        "concurrent.futures" => include_str!("py/concurrent_futures.py"),
        "heapq" => include_str!("py/heapq.py"),
        "copy" => include_str!("py/copy.py"),
        "contextlib" => include_str!("py/contextlib.py"),
        "dataclasses" => include_str!("py/dataclasses.py"),
        "textwrap" => include_str!("py/textwrap.py"),
        "statistics" => include_str!("py/statistics.py"),
        "traceback" => include_str!("py/traceback.py"),
        "types" => include_str!("py/types.py"),
        "string" => include_str!("py/string.py"),
        "weakref" => include_str!("py/weakref.py"),
        "timeit" => include_str!("py/timeit.py"),
        "pprint" => include_str!("py/pprint.py"),
        "atexit" => include_str!("py/atexit.py"),
        "functools" => include_str!("py/functools.py"),
        "fractions" => include_str!("py/fractions.py"),
        "subprocess" => include_str!("py/subprocess.py"),
        "dis" => include_str!("py/dis.py"),
        "json" => include_str!("py/json.py"),
        "json.decoder" => include_str!("py/json_decoder.py"),
        "re" => include_str!("py/re.py"),
        "datetime" => include_str!("py/datetime.py"),
        "logging" => include_str!("py/logging.py"),
        _ => return None,
    })
}
