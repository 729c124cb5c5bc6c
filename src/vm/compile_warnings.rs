//! Issuing the warnings the compiler found, through `warnings.warn_explicit` as CPython's
//! compiler does while it compiles: the filters apply, `catch_warnings` records them, and
//! a warning the filters make an error stops the compilation with a `SyntaxError`.

use std::sync::Arc;

use super::{PyResult, Vm};
use crate::compiler::CompileWarning;
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::parser::error::SyntaxError;
use crate::source::SourceFile;

impl Vm {
    /// Issues `warnings` of `source` in order. `Ok(Some(error))`: a warning was raised as
    /// an error, which CPython's compiler replaces with a `SyntaxError` at the warning's
    /// location, so the report points into the source.
    pub fn issue_compile_warnings(
        &mut self,
        source: &Arc<SourceFile>,
        warnings: &[CompileWarning],
    ) -> PyResult<Option<SyntaxError>> {
        if warnings.is_empty() {
            return Ok(None);
        }
        let module = self.import_module("warnings")?;
        let warn = self.get_attr(&module, &PyStr::new("warn_explicit"))?;
        for w in warnings {
            let category = exception_type(w.category);
            let line = source.line_of(w.span.start);
            let args = vec![
                Value::str(w.msg.as_str()),
                Value::Type(category.clone()),
                Value::str(source.name.as_str()),
                Value::Int(line as i64),
            ];
            if let Err(exc) = self.call(&warn, args, Vec::new()) {
                if !exc.class.is_subtype(&category) {
                    return Err(exc);
                }
                let (start, end) = (w.span.start as usize, w.span.end as usize);
                return Ok(Some(SyntaxError::new(w.msg.clone(), start, end)));
            }
        }
        Ok(None)
    }
}
