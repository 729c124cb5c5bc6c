//! Attribute access on built-in objects.

use std::sync::Arc;

use super::{PyResult, Vm};
use crate::objects::exception::error;
use crate::objects::str::PyStr;
use crate::objects::Value;

impl Vm {
    pub fn get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        let n = name.as_str();
        let found = match (obj, n) {
            (Value::Type(t), "__name__" | "__qualname__") => Some(Value::str(t.name.as_str())),
            (Value::Function(f), "__name__") => Some(Value::Str(f.name.clone())),
            (Value::Function(f), "__qualname__") => Some(Value::Str(f.qualname.clone())),
            (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(b.name)),
            (Value::Exception(e), "args") => Some(Value::tuple(e.args())),
            (Value::Module(m), _) => m.dict.get_str(n, name.hash()),
            (Value::Range(r), "start") => Some(Value::from_bigint(r.start.clone())),
            (Value::Range(r), "stop") => Some(Value::from_bigint(r.stop.clone())),
            (Value::Range(r), "step") => Some(Value::from_bigint(r.step.clone())),
            (_, "__class__") => Some(Value::Type(obj.type_of())),
            _ => None,
        };
        found.ok_or_else(|| match obj {
            Value::Module(m) => error(
                "AttributeError",
                format!("module '{}' has no attribute '{n}'", m.name),
            ),
            Value::Type(t) => error(
                "AttributeError",
                format!("type object '{}' has no attribute '{n}'", t.name),
            ),
            other => error(
                "AttributeError",
                format!("'{}' object has no attribute '{n}'", other.type_name()),
            ),
        })
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Module(m) => {
                m.dict.set_str(name, value);
                Ok(())
            }
            other => Err(error(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{}'",
                    other.type_name(),
                    name.as_str()
                ),
            )),
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Module(m) if m.dict.remove_str(name.as_str(), name.hash()).is_some() => Ok(()),
            other => Err(error(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{}'",
                    other.type_name(),
                    name.as_str()
                ),
            )),
        }
    }
}
