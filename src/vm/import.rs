//! `import`: the module cache (`sys.modules`), built-in modules implemented in Rust, and
//! `.py` files found on the search path (the script's folder first).

use std::path::PathBuf;
use std::sync::Arc;

use super::{PyResult, Vm};
use crate::objects::dict::PyDict;
use crate::objects::exception::error;
use crate::objects::module::{self, Module};
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::source::SourceFile;

impl Vm {
    /// Imports `name` (dotted names import their parents first) and returns that module.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        // As CPython's module locks: while one thread runs a module's body, another that
        // imports it waits for the end rather than see it half made or run it again.
        let me = std::thread::current().id();
        let interp = self.interp.clone();
        loop {
            let mut importing = interp.importing.lock();
            if let Some(&owner) = importing.get(name).filter(|&&owner| owner != me) {
                drop(importing);
                self.allow_threads(|| {
                    let mut importing = interp.importing.lock();
                    while importing.get(name) == Some(&owner) {
                        interp.imported.wait(&mut importing);
                    }
                });
                continue;
            }
            // Includes a module this thread is still running: a circular import.
            if let Some(m) = interp.module(name) {
                return Ok(m);
            }
            importing.insert(name.to_string(), me);
            break;
        }
        let result = self.import_uncached(name);
        self.interp.importing.lock().remove(name);
        self.interp.imported.notify_all();
        result
    }

    /// `import_module` once the module is not in the cache and this thread imports it.
    fn import_uncached(&mut self, name: &str) -> PyResult<Value> {
        if let Some((parent, child)) = name.rsplit_once('.') {
            let parent_module = self.import_module(parent)?;
            let child_name = PyStr::new(child);
            if let Some(m @ Value::Module(_)) = self.try_get_attr(&parent_module, &child_name)? {
                self.interp.add_module(name, m.clone());
                return Ok(m);
            }
            if let Some((file, text)) = crate::stdlib::source_module(name) {
                let source = SourceFile::new(file.clone(), text);
                let m = self.run_module_source(name, source, Some(file))?;
                if let Value::Module(pm) = &parent_module {
                    module::set(&pm.dict, child, m.clone());
                }
                return Ok(m);
            }
            return Err(not_found(name));
        }
        if let Some(init) = crate::stdlib::native_module(name) {
            let dict = init(self)?;
            let m = Value::Module(Module::new(name, dict));
            self.interp.add_module(name, m.clone());
            return Ok(m);
        }
        if let Some((file, text)) = crate::stdlib::source_module(name) {
            return self.run_module_source(name, SourceFile::new(file.clone(), text), Some(file));
        }
        match self.find_source(name) {
            Some(path) => self.load_source_module(name, path),
            None => Err(not_found(name)),
        }
    }

    fn find_source(&self, name: &str) -> Option<PathBuf> {
        self.interp
            .search_path
            .iter()
            .map(|dir| dir.join(format!("{name}.py")))
            .find(|p| p.is_file())
    }

    fn load_source_module(&mut self, name: &str, path: PathBuf) -> PyResult<Value> {
        let text = std::fs::read_to_string(&path).map_err(|e| {
            error(
                "ImportError",
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        let file = path.display().to_string();
        self.run_module_source(name, SourceFile::new(file.clone(), text), Some(file))
    }

    /// Compiles and runs a module's source; `file` becomes its `__file__`.
    fn run_module_source(
        &mut self,
        name: &str,
        source: Arc<SourceFile>,
        file: Option<String>,
    ) -> PyResult<Value> {
        let mut warnings = Vec::new();
        let compiled = crate::compiler::compile(&source, &mut warnings);
        if let Some(e) = self.issue_compile_warnings(&source, &warnings)? {
            return Err(e.exception(&source, true));
        }
        let code = compiled.map_err(|e| super::exec::syntax_exception(&e, &source, true))?;
        let dict = PyDict::new();
        if let Some(file) = file {
            module::set(&dict, "__file__", Value::str(file));
        }
        let m = Value::Module(Module::new(name, dict.clone()));
        // Registered before running, so circular imports see the partly built module.
        self.interp.add_module(name, m.clone());
        if let Err(e) = self.run_code(code, dict) {
            self.interp.modules.remove_str(name, PyStr::hash_str(name));
            return Err(e);
        }
        // What the module's code left in `sys.modules` is what the import gives.
        Ok(self.interp.module(name).unwrap_or(m))
    }

    /// `from module import name`: an attribute, or else a submodule.
    pub(super) fn import_from(&mut self, module: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.try_get_attr(module, name)? {
            return Ok(v);
        }
        let Value::Module(m) = module else {
            return Err(error(
                "ImportError",
                format!("cannot import name '{}'", name.as_str()),
            ));
        };
        let sub = format!("{}.{}", m.name, name.as_str());
        if let Ok(v) = self.import_module(&sub) {
            return Ok(v);
        }
        let location = m
            .dict
            .get_str("__file__", PyStr::hash_str("__file__"))
            .and_then(|f| f.as_str().map(str::to_string))
            .unwrap_or_else(|| "unknown location".into());
        Err(import_error(
            "ImportError",
            format!(
                "cannot import name '{}' from '{}' ({location})",
                name.as_str(),
                m.name
            ),
            &m.name,
        ))
    }

    /// `from module import *`: the names in `__all__`, or all not starting with `_`.
    pub(super) fn import_star(&mut self, module: &Value, into: &PyDict) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let all = m.dict.get_str("__all__", PyStr::hash_str("__all__"));
        let names: Vec<Value> = match all {
            Some(list) => self.collect_iterable(&list)?,
            None => m
                .dict
                .items()
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        for n in names {
            if let Value::Str(s) = &n {
                if let Some(v) = m.dict.get_str(s.as_str(), s.hash()) {
                    into.set_str(s, v);
                }
            }
        }
        Ok(())
    }
}

fn not_found(name: &str) -> crate::vm::PyErr {
    import_error(
        "ModuleNotFoundError",
        format!("No module named '{name}'"),
        name,
    )
}

/// An ImportError with its `name` attribute: the module that could not be imported or
/// that lacks the imported name.
fn import_error(kind: &str, msg: String, name: &str) -> crate::vm::PyErr {
    let e = error(kind, msg);
    e.dict.set_str(&PyStr::new("name"), Value::str(name));
    e
}
