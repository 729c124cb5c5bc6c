//! Type objects: the built-in types (including the exception hierarchy), created once per
//! process, and classes (later) built the same way.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock, Weak};

use indexmap::IndexMap;
use parking_lot::Mutex;

use super::dict::PyDict;
use super::str::PyStr;
use super::type_cache::{self, Name};
use super::value::Value;

pub struct PyType {
    pub name: String,
    pub qualname: String,
    /// `__module__`: "builtins" for the built-in types.
    pub module: String,
    pub bases: Vec<Arc<PyType>>,
    /// Method resolution order, excluding the type itself (which would be an `Arc` cycle).
    pub mro: Vec<Arc<PyType>>,
    pub dict: Arc<PyDict>,
    /// `type(cls)` when it is a subclass of `type`; `None` for plain `type`.
    pub metaclass: Option<Arc<PyType>>,
    /// Whether the class or a base defines `__getattribute__` in Python, which every
    /// attribute lookup on its instances then goes through.
    pub custom_getattribute: bool,
    /// The classes, built-in or made by `class` statements, that name this one as a base,
    /// for `__subclasses__()`; weak, so a subclass can still be freed.
    pub subclasses: Mutex<Vec<Weak<PyType>>>,
}

impl PyType {
    pub fn new(name: &str, bases: Vec<Arc<PyType>>) -> Arc<PyType> {
        Self::new_in(name, "builtins", bases)
    }

    /// A type implemented in Rust that belongs to `module`.
    pub fn new_in(name: &str, module: &str, bases: Vec<Arc<PyType>>) -> Arc<PyType> {
        let dict = PyDict::new();
        dict.map.watch_as_type_dict();
        // Built-in bases are consistent, so C3 cannot fail on them.
        let mro = c3_merge(&bases).unwrap_or_default();
        let class = Arc::new(PyType {
            name: name.to_string(),
            qualname: name.to_string(),
            module: module.to_string(),
            bases,
            mro,
            dict,
            metaclass: None,
            custom_getattribute: false,
            subclasses: Mutex::new(Vec::new()),
        });
        class.register_with_bases();
        class
    }

    /// Makes `cls.__subclasses__()` of each base list this class.
    fn register_with_bases(self: &Arc<Self>) {
        for base in &self.bases {
            let mut subs = base.subclasses.lock();
            subs.retain(|s| s.strong_count() > 0);
            subs.push(Arc::downgrade(self));
        }
    }

    /// A class made by a `class` statement: its MRO is the C3 linearisation of its bases.
    pub fn new_class(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Arc<PyType>>,
        dict: Arc<PyDict>,
    ) -> Result<Arc<PyType>, String> {
        Self::new_class_with_meta(name, qualname, module, bases, dict, None)
    }

    /// [`PyType::new_class`] for an instance of the metaclass `metaclass`.
    pub fn new_class_with_meta(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Arc<PyType>>,
        dict: Arc<PyDict>,
        metaclass: Option<Arc<PyType>>,
    ) -> Result<Arc<PyType>, String> {
        let bases = if bases.is_empty() {
            vec![types().object.clone()]
        } else {
            bases
        };
        let mro = c3_merge(&bases)?;
        if dict
            .get_str("__del__", super::str::PyStr::hash_str("__del__"))
            .is_some()
        {
            super::instance::note_del_method();
        }
        dict.map.watch_as_type_dict();
        let custom_getattribute = bases.iter().any(|b| b.custom_getattribute)
            || matches!(
                dict.get_str(
                    "__getattribute__",
                    super::str::PyStr::hash_str("__getattribute__")
                ),
                Some(Value::Function(_))
            );
        let class = Arc::new(PyType {
            name: name.to_string(),
            qualname: qualname.to_string(),
            module: module.to_string(),
            bases,
            mro,
            dict,
            metaclass,
            custom_getattribute,
            subclasses: Mutex::new(Vec::new()),
        });
        class.register_with_bases();
        Ok(class)
    }

    /// `cls.__subclasses__()`: the live direct subclasses, oldest first.
    pub fn live_subclasses(&self) -> Vec<Arc<PyType>> {
        self.subclasses
            .lock()
            .iter()
            .filter_map(Weak::upgrade)
            .collect()
    }

    /// Finds an attribute in the class or its bases, in MRO order.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_hashed(name, super::str::PyStr::hash_str(name))
    }

    /// `lookup` of a name whose hash is known (a `PyStr` caches its own).
    pub fn lookup_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        std::iter::once(&self.dict)
            .chain(self.mro.iter().map(|t| &t.dict))
            .find_map(|d| d.get_str(name, hash))
    }

    /// `lookup` through the type attribute cache, for the names attribute access uses.
    #[inline]
    pub fn lookup_name(&self, name: &Arc<PyStr>) -> Option<Value> {
        type_cache::lookup(self.addr(), Name::Str(name), || {
            self.lookup_hashed(name.as_str(), name.hash())
        })
    }

    /// `lookup` through the type attribute cache, for the fixed names of special methods.
    #[inline]
    pub fn lookup_static(&self, name: &'static str) -> Option<Value> {
        type_cache::lookup(self.addr(), Name::Static(name), || self.lookup(name))
    }

    fn addr(&self) -> usize {
        self as *const PyType as usize
    }

    pub fn is_builtin(&self) -> bool {
        self.module == "builtins"
    }

    /// `issubclass(self, other)`.
    pub fn is_subtype(&self, other: &PyType) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|t| std::ptr::eq(&**t, other))
    }
}

impl Drop for PyType {
    fn drop(&mut self) {
        // The cache keys types by address, which a later type may reuse.
        type_cache::invalidate();
    }
}

/// C3 linearisation of the bases' MROs (each list headed by the base itself).
fn c3_merge(bases: &[Arc<PyType>]) -> Result<Vec<Arc<PyType>>, String> {
    let mut seqs: Vec<Vec<Arc<PyType>>> = bases
        .iter()
        .map(|b| {
            std::iter::once(b.clone())
                .chain(b.mro.iter().cloned())
                .collect()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Arc<PyType>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().map(|s| &s[0]).find(|cand| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|t| Arc::ptr_eq(t, cand)))
        });
        let Some(head) = head.cloned() else {
            // CPython names the distinct heads that were left, with its line break.
            let mut names: Vec<&str> = Vec::new();
            for s in &seqs {
                if !names.contains(&s[0].name.as_str()) {
                    names.push(s[0].name.as_str());
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in &mut seqs {
            if Arc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// The types every value's `type()` can be, created once and shared by all threads.
pub struct BuiltinTypes {
    pub object: Arc<PyType>,
    pub type_: Arc<PyType>,
    pub none: Arc<PyType>,
    pub bool: Arc<PyType>,
    pub int: Arc<PyType>,
    pub float: Arc<PyType>,
    pub str: Arc<PyType>,
    pub tuple: Arc<PyType>,
    pub list: Arc<PyType>,
    pub set: Arc<PyType>,
    pub frozenset: Arc<PyType>,
    pub set_iterator: Arc<PyType>,
    pub ellipsis: Arc<PyType>,
    pub dict: Arc<PyType>,
    pub range: Arc<PyType>,
    pub function: Arc<PyType>,
    pub builtin_function: Arc<PyType>,
    /// A method of a built-in type looked up on the type: `list.append`.
    pub method_descriptor: Arc<PyType>,
    pub module: Arc<PyType>,
    pub code: Arc<PyType>,
    pub cell: Arc<PyType>,
    pub method: Arc<PyType>,
    pub property: Arc<PyType>,
    pub staticmethod: Arc<PyType>,
    pub classmethod: Arc<PyType>,
    pub super_: Arc<PyType>,
    pub slice: Arc<PyType>,
    pub not_implemented: Arc<PyType>,
    pub range_iterator: Arc<PyType>,
    pub list_iterator: Arc<PyType>,
    pub tuple_iterator: Arc<PyType>,
    pub str_iterator: Arc<PyType>,
    pub str_ascii_iterator: Arc<PyType>,
    pub longrange_iterator: Arc<PyType>,
    pub bytes_iterator: Arc<PyType>,
    pub bytearray_iterator: Arc<PyType>,
    pub dict_keyiterator: Arc<PyType>,
    pub dict_valueiterator: Arc<PyType>,
    pub dict_itemiterator: Arc<PyType>,
    /// `BaseException`, which instance creation and `raise` test classes against.
    pub base_exception: Arc<PyType>,
    /// The built-in exception classes by name, in hierarchy order.
    pub exceptions: IndexMap<&'static str, Arc<PyType>>,
}

/// (name, base) for every built-in exception, parents before children (CPython 3.11).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("Exception", "BaseException"),
    // Also derives from Exception (see `types()`).
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

pub fn types() -> &'static BuiltinTypes {
    static TYPES: OnceLock<BuiltinTypes> = OnceLock::new();
    TYPES.get_or_init(|| {
        let object = PyType::new("object", vec![]);
        let derived = |name: &str| PyType::new(name, vec![object.clone()]);
        let int = derived("int");
        let mut exceptions: IndexMap<&'static str, Arc<PyType>> = IndexMap::new();
        for &(name, base) in EXCEPTIONS {
            let base = exceptions
                .get(base)
                .cloned()
                .unwrap_or_else(|| object.clone());
            let mut bases = vec![base];
            if name == "ExceptionGroup" {
                bases.push(exceptions["Exception"].clone());
            }
            exceptions.insert(name, PyType::new(name, bases));
        }
        BuiltinTypes {
            type_: derived("type"),
            none: derived("NoneType"),
            bool: PyType::new("bool", vec![int.clone()]),
            float: derived("float"),
            str: derived("str"),
            tuple: derived("tuple"),
            list: derived("list"),
            set: derived("set"),
            frozenset: derived("frozenset"),
            set_iterator: derived("set_iterator"),
            ellipsis: derived("ellipsis"),
            dict: derived("dict"),
            range: derived("range"),
            function: derived("function"),
            builtin_function: derived("builtin_function_or_method"),
            method_descriptor: derived("method_descriptor"),
            module: derived("module"),
            code: derived("code"),
            cell: derived("cell"),
            method: derived("method"),
            property: derived("property"),
            staticmethod: derived("staticmethod"),
            classmethod: derived("classmethod"),
            super_: derived("super"),
            slice: derived("slice"),
            not_implemented: derived("NotImplementedType"),
            range_iterator: derived("range_iterator"),
            list_iterator: derived("list_iterator"),
            tuple_iterator: derived("tuple_iterator"),
            str_iterator: derived("str_iterator"),
            str_ascii_iterator: derived("str_ascii_iterator"),
            longrange_iterator: derived("longrange_iterator"),
            bytes_iterator: derived("bytes_iterator"),
            bytearray_iterator: derived("bytearray_iterator"),
            dict_keyiterator: derived("dict_keyiterator"),
            dict_valueiterator: derived("dict_valueiterator"),
            dict_itemiterator: derived("dict_itemiterator"),
            int,
            base_exception: exceptions["BaseException"].clone(),
            exceptions,
            object,
        }
    })
}

/// A built-in exception class by name; the names are fixed at compile time, so a miss is a bug.
pub fn exception_type(name: &str) -> Arc<PyType> {
    types()
        .exceptions
        .get(name)
        .cloned()
        .unwrap_or_else(|| panic!("no built-in exception {name}"))
}

impl Value {
    /// `type(value)`.
    pub fn type_of(&self) -> Arc<PyType> {
        self.type_ref().into_owned()
    }

    /// `type(value)`, borrowed where it can be: cloning the `Arc` costs two atomic
    /// instructions, which attribute lookups would otherwise pay on every access.
    pub fn type_ref(&self) -> Cow<'_, Arc<PyType>> {
        let t = types();
        Cow::Borrowed(match self {
            Value::None | Value::Unbound => &t.none,
            Value::Bool(_) => &t.bool,
            Value::Int(_) | Value::BigInt(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Str(_) => &t.str,
            Value::Tuple(tup) => tup.class.as_ref().unwrap_or(&t.tuple),
            Value::List(_) | Value::Dict(_) => match self.subclass() {
                Some(sub) => &sub.class,
                None if matches!(self, Value::List(_)) => &t.list,
                None => &t.dict,
            },
            Value::Set(_) => &t.set,
            Value::FrozenSet(_) => &t.frozenset,
            Value::Function(_) => &t.function,
            Value::Builtin(b) if b.owner.is_some() && b.bound.is_none() => &t.method_descriptor,
            Value::Builtin(_) => &t.builtin_function,
            Value::Type(class) => class.metaclass.as_ref().unwrap_or(&t.type_),
            Value::Exception(e) => &e.class,
            Value::Iter(it) => {
                use super::iter::{PyIter, Shown};
                match &**it {
                    PyIter::Range { .. } => &t.range_iterator,
                    PyIter::BigRange { .. } => &t.longrange_iterator,
                    PyIter::Seq { seq, shown, .. }
                    | PyIter::Dict {
                        items: seq, shown, ..
                    } => match (shown, seq) {
                        (Shown::Own, Value::List(_)) => &t.list_iterator,
                        (Shown::Own, Value::Str(s)) if s.is_ascii() => &t.str_ascii_iterator,
                        (Shown::Own, Value::Str(_)) => &t.str_iterator,
                        (Shown::Own, _) => &t.tuple_iterator,
                        (Shown::Bytes, _) => &t.bytes_iterator,
                        (Shown::ByteArray, _) => &t.bytearray_iterator,
                        (Shown::DictKeys, _) => &t.dict_keyiterator,
                        (Shown::DictValues, _) => &t.dict_valueiterator,
                        (Shown::DictItems, _) => &t.dict_itemiterator,
                    },
                }
            }
            Value::Range(_) => &t.range,
            Value::Module(_) => &t.module,
            Value::Code(_) => &t.code,
            Value::Cell(_) => &t.cell,
            Value::Instance(i) => &i.class,
            Value::BoundMethod(_) => &t.method,
            Value::Native(n) => return Cow::Owned(n.class()),
        })
    }

    /// The class and attributes of an instance of a Python subclass of a built-in container.
    #[inline]
    pub fn subclass(&self) -> Option<&super::instance::Subclass> {
        match self {
            Value::List(l) => l.subclass.as_deref(),
            Value::Dict(d) => d.subclass.as_deref(),
            _ => None,
        }
    }

    /// The name of `type(value)`, as error messages quote it. Classes of gilpy's Python
    /// library that stand in for CPython's C types carry the C type's dotted name in
    /// their own `__tp_name__` (`datetime.timedelta`), which CPython's messages quote.
    pub fn type_name(&self) -> String {
        let t = self.type_ref();
        let key = "__tp_name__";
        match t.dict.get_str(key, super::str::PyStr::hash_str(key)) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => t.name.clone(),
        }
    }
}
