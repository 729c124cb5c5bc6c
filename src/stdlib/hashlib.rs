//! The `hashlib` module: message digests from the RustCrypto crates behind CPython's
//! `_hashlib.HASH` interface (`update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size`, `block_size`).

use std::any::Any;
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;
use sha2::Digest;

use crate::objects::dict::{DictKey, PyDict};
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::set::{PySet, SetTable};
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{bind, getter, module_type, receiver};

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Blake2b(blake2::Blake2b512),
    Blake2s(blake2::Blake2s256),
}

/// An algorithm: its name, a fresh state, and its block size in bytes.
type Algorithm = (&'static str, fn() -> State, usize);

const ALGORITHMS: &[Algorithm] = &[
    ("md5", || State::Md5(Default::default()), 64),
    ("sha1", || State::Sha1(Default::default()), 64),
    ("sha224", || State::Sha224(Default::default()), 64),
    ("sha256", || State::Sha256(Default::default()), 64),
    ("sha384", || State::Sha384(Default::default()), 128),
    ("sha512", || State::Sha512(Default::default()), 128),
    ("sha3_224", || State::Sha3_224(Default::default()), 144),
    ("sha3_256", || State::Sha3_256(Default::default()), 136),
    ("sha3_384", || State::Sha3_384(Default::default()), 104),
    ("sha3_512", || State::Sha3_512(Default::default()), 72),
    ("blake2b", || State::Blake2b(Default::default()), 128),
    ("blake2s", || State::Blake2s(Default::default()), 64),
];

/// Runs `$body` with `$h` bound to whichever hasher the state holds.
macro_rules! each_state {
    ($state:expr, $h:ident => $body:expr) => {
        match $state {
            State::Md5($h) => $body,
            State::Sha1($h) => $body,
            State::Sha224($h) => $body,
            State::Sha256($h) => $body,
            State::Sha384($h) => $body,
            State::Sha512($h) => $body,
            State::Sha3_224($h) => $body,
            State::Sha3_256($h) => $body,
            State::Sha3_384($h) => $body,
            State::Sha3_512($h) => $body,
            State::Blake2b($h) => $body,
            State::Blake2s($h) => $body,
        }
    };
}

impl State {
    fn update(&mut self, data: &[u8]) {
        each_state!(self, h => Digest::update(h, data))
    }

    fn digest(&self) -> Vec<u8> {
        each_state!(self, h => h.clone().finalize().to_vec())
    }

    fn size(&self) -> usize {
        fn of<D: Digest>(_: &D) -> usize {
            <D as Digest>::output_size()
        }
        each_state!(self, h => of(h))
    }
}

pub struct Hash {
    name: &'static str,
    block_size: usize,
    state: Mutex<State>,
}

impl NativeObject for Hash {
    fn class(&self) -> Arc<PyType> {
        hash_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<{} _hashlib.HASH object @ {:#x}>",
            self.name, self as *const Hash as usize
        )))
    }
}

fn hash_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type(
            "HASH",
            "_hashlib",
            vec![],
            &[
                ("update", hash_update),
                ("digest", hash_digest),
                ("hexdigest", hash_hexdigest),
                ("copy", hash_copy),
            ],
        );
        let getters: [(&'static str, NativeFn); 3] = [
            ("name", hash_name),
            ("digest_size", hash_digest_size),
            ("block_size", hash_block_size),
        ];
        for (name, f) in getters {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        // The C type's dotted name, which CPython's messages quote.
        t.dict
            .set_str(&PyStr::new("__tp_name__"), Value::str("_hashlib.HASH"));
        t
    })
}

/// The bytes of a buffer argument, with CPython's messages for str and non-buffers.
fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = v.with_byte_content(|b| b.to_vec()) {
        return Ok(data);
    }
    Err(vm.type_error(if matches!(v, Value::Str(_)) {
        "Strings must be encoded before hashing"
    } else {
        "object supporting the buffer API required"
    }))
}

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Hash> {
    receiver::<Hash>(vm, args, "HASH", method)
}

/// Methods with no parameters: `HASH.hexdigest() takes no arguments (1 given)`.
fn no_args(vm: &Vm, args: &Args, method: &str) -> PyResult<()> {
    let given = args.pos.len() - 1;
    if given > 0 {
        return Err(vm.type_error(format!(
            "HASH.{method}() takes no arguments ({given} given)"
        )));
    }
    super::modutil::no_kwargs(vm, &format!("HASH.{method}"), args)
}

fn hash_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args, "update")?;
    let given = args.pos.len() - 1;
    if given != 1 {
        return Err(vm.type_error(format!(
            "HASH.update() takes exactly one argument ({given} given)"
        )));
    }
    let data = buffer(vm, &args.pos[1])?;
    h.state.lock().update(&data);
    Ok(Value::None)
}

fn hash_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args, "digest")?;
    no_args(vm, &args, "digest")?;
    Ok(Value::bytes(h.state.lock().digest()))
}

fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args, "hexdigest")?;
    no_args(vm, &args, "hexdigest")?;
    let hex: String = h
        .state
        .lock()
        .digest()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(Value::str(hex))
}

fn hash_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args, "copy")?;
    no_args(vm, &args, "copy")?;
    Ok(Value::new_native(Hash {
        name: h.name,
        block_size: h.block_size,
        state: Mutex::new(h.state.lock().clone()),
    }))
}

fn hash_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(this(vm, &args, "name")?.name))
}

fn hash_digest_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args, "digest_size")?;
    let size = h.state.lock().size();
    Ok(Value::Int(size as i64))
}

fn hash_block_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "block_size")?.block_size as i64))
}

/// A new hash of algorithm `index`, fed `data` if given.
fn make(vm: &Vm, index: usize, data: Option<&Value>) -> PyResult<Value> {
    let (name, fresh, block_size) = ALGORITHMS[index];
    let mut state = fresh();
    if let Some(v) = data {
        state.update(&buffer(vm, v)?);
    }
    Ok(Value::new_native(Hash {
        name,
        block_size,
        state: Mutex::new(state),
    }))
}

/// The initial data of a constructor: `(string=b'', *, usedforsecurity=True)`, as
/// `openssl_sha256()` names itself in its messages.
fn initial_data<'a>(vm: &Vm, func: &str, args: &'a Args) -> PyResult<Option<&'a Value>> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{func}() takes at most 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut data = args.pos.first();
    for (k, v) in args.kw {
        match k.as_str() {
            "string" => {
                if data.is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {func}() given by name ('string') and position (1)"
                    )));
                }
                data = Some(v);
            }
            "usedforsecurity" => {}
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {func}()"
                )))
            }
        }
    }
    Ok(data)
}

macro_rules! constructor {
    ($fname:ident, $index:expr, $openssl:literal) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let data = initial_data(vm, $openssl, &args)?;
            make(vm, $index, data)
        }
    };
}

constructor!(new_md5, 0, "openssl_md5");
constructor!(new_sha1, 1, "openssl_sha1");
constructor!(new_sha224, 2, "openssl_sha224");
constructor!(new_sha256, 3, "openssl_sha256");
constructor!(new_sha384, 4, "openssl_sha384");
constructor!(new_sha512, 5, "openssl_sha512");
constructor!(new_sha3_224, 6, "openssl_sha3_224");
constructor!(new_sha3_256, 7, "openssl_sha3_256");
constructor!(new_sha3_384, 8, "openssl_sha3_384");
constructor!(new_sha3_512, 9, "openssl_sha3_512");
constructor!(new_blake2b, 10, "blake2b");
constructor!(new_blake2s, 11, "blake2s");

/// `hashlib.new(name, data=b'', **kwargs)`; names are matched case-insensitively.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut kw = Vec::new();
    for (k, v) in args.kw {
        match k.as_str() {
            "name" | "data" => kw.push((k.clone(), v.clone())),
            // CPython's `new` passes `data` on by position, so `string=` collides with it.
            "string" => {
                return Err(
                    vm.type_error("argument for new() given by name ('string') and position (2)")
                )
            }
            "usedforsecurity" => {}
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for new()"
                )))
            }
        }
    }
    let args = Args {
        pos: args.pos,
        kw: &kw,
    };
    let bound = bind(vm, "__hash_new", &args, &["name", "data"], 1, &[], 0)?;
    let Some(Value::Str(name)) = &bound[0] else {
        return Err(vm.type_error("name must be a string"));
    };
    let lower = name.as_str().to_ascii_lowercase();
    let Some(index) = ALGORITHMS.iter().position(|(n, _, _)| *n == lower) else {
        return Err(vm.value_error(format!("unsupported hash type {}", name.as_str())));
    };
    make(vm, index, bound[1].as_ref())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("new", new),
    ("md5", new_md5),
    ("sha1", new_sha1),
    ("sha224", new_sha224),
    ("sha256", new_sha256),
    ("sha384", new_sha384),
    ("sha512", new_sha512),
    ("sha3_224", new_sha3_224),
    ("sha3_256", new_sha3_256),
    ("sha3_384", new_sha3_384),
    ("sha3_512", new_sha3_512),
    ("blake2b", new_blake2b),
    ("blake2s", new_blake2s),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    let names = || {
        SetTable::from_keys(ALGORITHMS.iter().map(|(n, _, _)| DictKey {
            hash: PyStr::hash_str(n),
            value: Value::str(*n),
        }))
    };
    set(
        &d,
        "algorithms_guaranteed",
        Value::FrozenSet(PySet::new(names())),
    );
    set(&d, "algorithms_available", Value::Set(PySet::new(names())));
    Ok(d)
}
