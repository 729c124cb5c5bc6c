//! Module objects: a name and the globals dict its code runs in.

use std::sync::Arc;

use super::dict::PyDict;

pub struct Module {
    pub name: String,
    pub dict: Arc<PyDict>,
}
