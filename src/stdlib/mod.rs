//! Built-in functions and modules, written against the VM's public interface.
pub mod builtins;
pub mod builtins_iter;
pub mod builtins_numeric;
pub mod builtins_object;
pub mod bytes_methods;
pub mod collections;
pub mod descriptors;
pub mod dict_methods;
pub mod functools;
pub mod io;
pub mod iterators;
pub mod itertools;
pub mod list_methods;
pub mod math;
pub mod math_core;
pub mod modutil;
pub mod operator;
pub mod os;
pub mod percent_format;
pub mod process;
pub mod random;
pub mod random_core;
pub mod set_methods;
pub mod shared_memory;
pub mod sitebuiltins;
pub mod slot_wrappers;
pub mod sorting;
pub mod stdin;
pub mod str_methods;
pub mod str_ops;
pub mod string;
pub mod stringio;
pub mod sys;
pub mod thread;
pub mod time;
pub mod typing;

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::vm::{PyResult, Vm};

/// Builds a built-in module's namespace.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Arc<PyDict>>;

/// The modules implemented in Rust, by import name.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "sys" => sys::init,
        "time" => time::init,
        "math" => math::init,
        "random" => random::init,
        "itertools" => itertools::init,
        "collections" => collections::init,
        "functools" => functools::init,
        "os" => os::init,
        "io" => io::init,
        "string" => string::init,
        "operator" => operator::init,
        "_thread" => thread::init,
        "_multiprocessing" => process::init,
        "typing" => typing::init,
        _ => return None,
    })
}

/// Modules written in Python and built into the binary, by name.
pub fn source_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("py/threading.py"),
        "abc" => include_str!("py/abc.py"),
        "enum" => include_str!("py/enum.py"),
        "queue" => include_str!("py/queue.py"),
        "asyncio" => include_str!("py/asyncio.py"),
        "multiprocessing" => include_str!("py/multiprocessing.py"),
        "multiprocessing.pool" => include_str!("py/multiprocessing_pool.py"),
        "concurrent" => include_str!("py/concurrent.py"),
        "concurrent.futures" => include_str!("py/concurrent_futures.py"),
        _ => return None,
    })
}
