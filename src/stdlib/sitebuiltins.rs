//! `exit` and `quit`, which CPython's `site` adds to the builtins: objects whose repr tells
//! how to leave the REPL and whose call raises `SystemExit`. Written in Python, as in
//! CPython's `_sitebuiltins`, so they print and behave exactly alike.

use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::source::SourceFile;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = "\
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)

exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
";

pub fn install(vm: &mut Vm) -> PyResult<()> {
    let source = SourceFile::new("<frozen _sitebuiltins>", SOURCE);
    let code = crate::compiler::compile(&source, &mut Vec::new())
        .map_err(|e| vm.new_error("SyntaxError", e.msg.clone()))?;
    let globals = PyDict::new();
    globals.set_str(&PyStr::new("__name__"), Value::str("_sitebuiltins"));
    vm.run_code(code, globals.clone())?;
    for name in ["exit", "quit"] {
        let key = PyStr::new(name);
        if let Some(v) = globals.get_str(name, PyStr::hash_str(name)) {
            vm.interp.builtins.set_str(&key, v);
        }
    }
    Ok(())
}
