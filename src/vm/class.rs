//! The `class` statement: run the body in a fresh namespace, then make the type.

use std::sync::Arc;

use super::{PyResult, Vm};
use crate::objects::dict::PyDict;
use crate::objects::instance::{ClassMethod, Super};
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;

impl Vm {
    pub(super) fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
        globals: &Arc<PyDict>,
    ) -> PyResult<Value> {
        let (Value::Function(func), Value::Str(name)) = (body, name) else {
            unreachable!("BuildClass takes a body function and a name")
        };
        let mut base_types = Vec::with_capacity(bases.len());
        for b in bases {
            match b {
                Value::Type(t) => base_types.push(t),
                other => {
                    return Err(
                        self.type_error(format!("bases must be types, not {}", other.type_name()))
                    )
                }
            }
        }
        let module = globals
            .get_str("__name__", PyStr::hash_str("__name__"))
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| "__main__".into());
        let namespace = PyDict::new();
        namespace.set_str(&PyStr::new("__module__"), Value::str(module.as_str()));
        namespace.set_str(
            &PyStr::new("__qualname__"),
            Value::Str(func.qualname.clone()),
        );
        let class_cell = self.run_class_body(&func, &namespace)?;
        // These hooks are class methods even when not decorated, as in CPython.
        for hook in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Function(_)) = namespace.get_str(hook, PyStr::hash_str(hook)) {
                namespace.set_str(&PyStr::new(hook), Value::new_native(ClassMethod(f)));
            }
        }
        // A class that defines equality but not hashing is unhashable, as in CPython.
        let hash_name = PyStr::new("__hash__");
        if namespace
            .get_str("__eq__", PyStr::hash_str("__eq__"))
            .is_some()
            && namespace.get_str("__hash__", hash_name.hash()).is_none()
        {
            namespace.set_str(&hash_name, Value::None);
        }
        let class = PyType::new_class(
            name.as_str(),
            func.qualname.as_str(),
            &module,
            base_types,
            namespace,
        )
        .map_err(|m| self.type_error(m))?;
        // Methods that call `super()` share this cell; it holds the class from now on.
        if let Value::Cell(cell) = class_cell {
            *cell.value.lock() = Value::Type(class.clone());
        }
        // The nearest base's `__init_subclass__` hears of the new class.
        let parent = Value::new_native(Super {
            class: class.clone(),
            obj: Value::Type(class.clone()),
        });
        if let Some(hook) = self.try_get_attr(&parent, &PyStr::new("__init_subclass__"))? {
            self.call(&hook, Vec::new(), Vec::new())?;
        }
        Ok(Value::Type(class))
    }
}
