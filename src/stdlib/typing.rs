//! `_typing`, the part of the `typing` module written in Rust: `NamedTuple`, whose
//! classes are native namedtuples. `typing.py` has the rest.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::module::set;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = PyDict::new();
    set(&d, "NamedTuple", super::typing_classes::named_tuple());
    Ok(d)
}
