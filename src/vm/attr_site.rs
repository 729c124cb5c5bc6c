//! Attribute access at a bytecode site, through the site's inline cache: the fast paths
//! of `get_attr`, `set_attr` and `method_for_call` for instances of Python classes (and,
//! for method calls, values of exact built-in types), taken when the cached facts about
//! the class say the generic lookup would end in the instance dict or at a plain method.

use std::sync::Arc;

use super::attr::slots_allow;
use super::{PyResult, Vm};
use crate::objects::attr_cache::{AttrCache, ClassFacts};
use crate::objects::instance::Instance;
use crate::objects::str::PyStr;
use crate::objects::type_cache;
use crate::objects::types::PyType;
use crate::objects::Value;

impl Vm {
    /// `obj.name`.
    #[inline(always)]
    pub fn load_attr_at(
        &mut self,
        obj: &Value,
        name: &Arc<PyStr>,
        cache: &AttrCache,
    ) -> PyResult<Value> {
        if let Value::Instance(i) = obj {
            if self.facts_at(i, obj, name, cache).load_from_dict() {
                if let Some(v) = dict_get_hinted(i, name, cache) {
                    return Ok(v);
                }
            }
        }
        self.get_attr(obj, name)
    }

    /// `obj.name = value`.
    #[inline(always)]
    pub fn store_attr_at(
        &mut self,
        obj: &Value,
        name: &Arc<PyStr>,
        value: Value,
        cache: &AttrCache,
    ) -> PyResult<()> {
        if let Value::Instance(i) = obj {
            if self.facts_at(i, obj, name, cache).store_to_dict() {
                if let Err(value) = i.dict.set_at(cache.dict_hint(), name, value) {
                    cache.set_dict_hint(i.dict.set_str_full(name, value));
                }
                return Ok(());
            }
        }
        self.set_attr(obj, name, value)
    }

    /// `method_for_call`: the function a call `obj.name(...)` can take `obj` as first
    /// argument of.
    #[inline(always)]
    pub fn method_at(&self, obj: &Value, name: &Arc<PyStr>, cache: &AttrCache) -> Option<Value> {
        let found = match obj {
            Value::Instance(i) => self.instance_method_at(i, obj, name, cache),
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Set(_) => {
                builtin_method_at(&obj.type_ref(), name, cache)
            }
            Value::List(_) | Value::Dict(_) if obj.subclass().is_none() => {
                builtin_method_at(&obj.type_ref(), name, cache)
            }
            _ => None,
        };
        found.or_else(|| self.method_for_call(obj, name))
    }

    #[inline(always)]
    fn instance_method_at(
        &self,
        i: &Instance,
        obj: &Value,
        name: &Arc<PyStr>,
        cache: &AttrCache,
    ) -> Option<Value> {
        let (depth, index) = self.facts_at(i, obj, name, cache).method()?;
        if i.dict.has_str(name) {
            return None;
        }
        method_in_mro(&i.class, depth, index, name)
    }

    #[inline(always)]
    fn facts_at(
        &self,
        i: &Instance,
        obj: &Value,
        name: &Arc<PyStr>,
        cache: &AttrCache,
    ) -> ClassFacts {
        if let Some(facts) = cache.facts(&i.class) {
            return facts;
        }
        let epoch = type_cache::epoch();
        let facts = self.class_facts(&i.class, obj, name);
        cache.record(&i.class, epoch, facts);
        facts
    }

    #[cold]
    fn class_facts(&self, class: &Arc<PyType>, obj: &Value, name: &Arc<PyStr>) -> ClassFacts {
        // A slot's descriptor reads and writes the instance dict like no descriptor.
        let absent = class
            .lookup_name(name)
            .is_none_or(|d| crate::objects::member::is_slot_member(&d));
        let plain_get = !class.custom_getattribute;
        let store_to_dict = absent
            && self.user_method(obj, "__setattr__").is_none()
            && slots_allow(class, name.as_str());
        let method = if plain_get {
            method_position(class, name, false)
        } else {
            None
        };
        ClassFacts::new(absent && plain_get, store_to_dict, method)
    }
}

/// The instance attribute `name`, looked for first at the entry the site found it last.
#[inline(always)]
fn dict_get_hinted(i: &Instance, name: &Arc<PyStr>, cache: &AttrCache) -> Option<Value> {
    if let Some(v) = i.dict.get_at(cache.dict_hint(), name) {
        return Some(v);
    }
    let (index, v) = i.dict.get_str_full(name)?;
    cache.set_dict_hint(index);
    Some(v)
}

/// The built-in method of an exact built-in type (whose values have no instance dict).
#[inline(always)]
fn builtin_method_at(class: &Arc<PyType>, name: &Arc<PyStr>, cache: &AttrCache) -> Option<Value> {
    let facts = match cache.facts(class) {
        Some(facts) => facts,
        None => {
            let epoch = type_cache::epoch();
            let facts = ClassFacts::new(false, false, method_position(class, name, true));
            cache.record(class, epoch, facts);
            facts
        }
    };
    let (depth, index) = facts.method()?;
    method_in_mro(class, depth, index, name)
}

/// The method recorded at `depth` in `class`'s MRO, entry `index` of that class's dict.
#[inline(always)]
fn method_in_mro(
    class: &Arc<PyType>,
    depth: usize,
    index: usize,
    name: &Arc<PyStr>,
) -> Option<Value> {
    let owner = match depth {
        0 => class,
        d => class.mro.get(d - 1)?,
    };
    owner.dict.get_at(index, name)
}

/// Where in `class`'s MRO the attribute `name` is defined, if it is a Python function
/// (or, with `builtin`, an unbound built-in method): (MRO position, 0 being `class`
/// itself; entry index in that class's dict).
fn method_position(class: &Arc<PyType>, name: &PyStr, builtin: bool) -> Option<(usize, usize)> {
    let (depth, index, v) = std::iter::once(class)
        .chain(class.mro.iter())
        .enumerate()
        .find_map(|(depth, t)| {
            t.dict
                .get_str_full(name)
                .map(|(index, v)| (depth, index, v))
        })?;
    let method = match v {
        Value::Function(_) => true,
        Value::Builtin(b) => builtin && b.bound.is_none(),
        _ => false,
    };
    method.then_some((depth, index))
}
