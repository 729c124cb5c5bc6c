//! Built-in functions and modules, written against the VM's public interface.
pub mod builtins;
pub mod descriptors;
