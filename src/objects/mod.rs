//! The object model: values and the built-in types behind them.
pub mod float;
pub mod format_spec;
pub mod hash;

pub mod attr_cache;
pub mod bytearray;
pub mod bytes;
pub mod dict;
pub mod exception;
pub mod function;
pub mod instance;
pub mod iter;
pub mod list;
pub mod list_items;
pub mod member;
pub mod module;
pub mod object_lock;
pub mod range;
pub mod set;
pub mod str;
pub mod tuple;
pub mod type_cache;
pub mod types;
pub mod value;
pub mod weak_callbacks;

pub use value::{BoolWord, Value};
