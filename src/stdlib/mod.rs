//! Built-in functions and modules, written against the VM's public interface.
pub mod builtins;
pub mod builtins_iter;
pub mod builtins_numeric;
pub mod builtins_object;
pub mod descriptors;
pub mod dict_methods;
pub mod iterators;
pub mod list_methods;
pub mod math_core;
pub mod random_core;
pub mod sorting;
