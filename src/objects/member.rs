//! `member_descriptor`: what a name in a class's `__slots__` becomes in the class.
//! gilpy keeps slot values in the instance dict, so the descriptor only marks that the
//! name is a slot: reading it finds the instance's value or raises AttributeError, and
//! assigning it is allowed though `__slots__` forbids other names.

use std::any::Any;
use std::sync::{Arc, OnceLock};

use super::instance::NativeObject;
use super::types::PyType;
use super::Value;
use crate::vm::{PyResult, Vm};

pub struct SlotMember {
    pub name: String,
    /// The name of the class whose `__slots__` made it.
    pub owner: String,
}

fn member_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        PyType::new(
            "member_descriptor",
            vec![super::types::types().object.clone()],
        )
    })
}

impl NativeObject for SlotMember {
    fn class(&self) -> Arc<PyType> {
        member_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<member '{}' of '{}' objects>",
            self.name, self.owner
        )))
    }
}

/// Whether a class attribute is a slot's descriptor.
pub fn is_slot_member(v: &Value) -> bool {
    v.native::<SlotMember>().is_some()
}
