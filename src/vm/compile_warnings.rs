//! Issuing the warnings the compiler found, through `warnings.warn_explicit` as CPython's
//! compiler does while it compiles: the filters apply, `catch_warnings` records them, and
//! a warning the filters make an error stops the compilation with a `SyntaxError`.

use std::sync::Arc;

use super::{PyErr, PyResult, Vm};
use crate::compiler::CompileWarning;
use crate::objects::str::PyStr;
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::parser::error::SyntaxError;
use crate::source::SourceFile;

/// A warning the filters raised as an error, which CPython replaces with a `SyntaxError`
/// at the warning's location, so the report points into the source.
pub struct WarningError {
    pub error: SyntaxError,
    /// What a report shows the error's line from. CPython's parser shows the line it
    /// read, but its compiler reads the line from the file named, which `-c` code and
    /// strings given to `exec` do not have.
    pub shown: Arc<SourceFile>,
}

impl WarningError {
    /// The `SyntaxError` exception for `exec`, `compile()` or an import of `source`; its
    /// `text` is None where CPython's compiler found no file to read the line from.
    pub fn exception(&self, source: &SourceFile, newline: bool) -> PyErr {
        let exc = super::exec::syntax_exception(&self.error, source, newline);
        if self.shown.text.is_empty() && !source.text.is_empty() {
            exc.dict.set_str(&PyStr::new("text"), Value::None);
            let mut state = exc.state.lock();
            if let Some(Value::Tuple(location)) = state.args.get(1) {
                let mut items = location.items.to_vec();
                items[3] = Value::None;
                state.args[1] = Value::tuple(items);
            }
        }
        exc
    }
}

impl Vm {
    /// Issues `warnings` of `source` in order; stops at one raised as an error.
    pub fn issue_compile_warnings(
        &mut self,
        source: &Arc<SourceFile>,
        warnings: &[CompileWarning],
    ) -> PyResult<Option<WarningError>> {
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
                let mut error = SyntaxError::new(w.msg.clone(), start, end);
                let from_parser = w.category == "DeprecationWarning";
                let shown = if from_parser || std::path::Path::new(&source.name).is_file() {
                    source.clone()
                } else {
                    error.line_override = Some(line);
                    SourceFile::new(source.name.as_str(), "")
                };
                return Ok(Some(WarningError { error, shown }));
            }
        }
        Ok(None)
    }
}
