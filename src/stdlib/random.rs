//! The `random` module: the module-level functions share one generator seeded from
//! OS entropy at import; `random.Random(seed)` makes independent ones. The numbers
//! come from [`super::random_core`].

use std::any::Any;
use std::sync::{Arc, OnceLock};

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use parking_lot::Mutex;

use crate::objects::bytearray::PyByteArray;
use crate::objects::dict::{hash_of, PyDict};
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{bind, module_type, to_bigint, to_f64};
use super::random_core::{accumulate, Random, RandomError};

pub struct RandomObj {
    rng: Mutex<Random>,
    class: Arc<PyType>,
}

impl NativeObject for RandomObj {
    fn class(&self) -> Arc<PyType> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<{}.{} object at {:#x}>",
            self.class.module, self.class.qualname, self as *const Self as usize
        )))
    }
}

fn random_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("Random", "random", Vec::new(), METHODS);
        super::descriptors::add_methods(&t, &[("__new__", new_random)]);
        t
    })
}

fn global() -> &'static RandomObj {
    static G: OnceLock<RandomObj> = OnceLock::new();
    G.get_or_init(|| RandomObj {
        rng: Mutex::new(Random::new_unseeded()),
        class: random_type().clone(),
    })
}

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    set(&d, "Random", Value::Type(random_type().clone()));
    Ok(d)
}

fn new_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(class)) = args.pos.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let p = bind(vm, "Random", &rest(&args), &["x"], 0, &[], 1)?;
    let obj = RandomObj {
        rng: Mutex::new(Random::new_unseeded()),
        class: class.clone(),
    };
    if let Some(x) = &p[0] {
        do_seed(vm, &obj.rng, x)?;
    }
    Ok(Value::new_native(obj))
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: &args.pos[1..],
        kw: args.kw,
    }
}

fn raise(vm: &Vm, e: RandomError) -> PyErr {
    match e {
        RandomError::ValueError(m) => vm.value_error(m),
        RandomError::IndexError(m) => vm.new_error("IndexError", m),
        RandomError::TypeError(m) => vm.type_error(m),
        RandomError::ZeroDivisionError(m) => vm.new_error("ZeroDivisionError", m),
    }
}

type Impl = fn(&mut Vm, &Mutex<Random>, Args) -> PyResult<Value>;

/// Each function exists twice: on the module (the shared generator) and as a
/// method of `Random` (the receiver's generator).
macro_rules! api {
    ($($name:literal => $imp:ident, $module_fn:ident, $method_fn:ident;)*) => {
        $(
            fn $module_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let f: Impl = $imp;
                f(vm, &global().rng, args)
            }
            fn $method_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let recv = args.pos.first().cloned().unwrap_or(Value::None);
                let Some(r) = recv.native::<RandomObj>() else {
                    return Err(vm.type_error(format!(
                        "descriptor '{}' for 'Random' objects doesn't apply to a '{}' object",
                        $name,
                        recv.type_name()
                    )));
                };
                let f: Impl = $imp;
                f(vm, &r.rng, rest(&args))
            }
        )*
        const FUNCTIONS: &[(&str, NativeFn)] = &[$(($name, $module_fn)),*];
        const METHODS: &[(&str, NativeFn)] = &[$(($name, $method_fn)),*];
    };
}

api! {
    "seed" => seed, m_seed, r_seed;
    "getstate" => getstate, m_getstate, r_getstate;
    "setstate" => setstate, m_setstate, r_setstate;
    "random" => random, m_random, r_random;
    "getrandbits" => getrandbits, m_getrandbits, r_getrandbits;
    "randbytes" => randbytes, m_randbytes, r_randbytes;
    "randrange" => randrange, m_randrange, r_randrange;
    "randint" => randint, m_randint, r_randint;
    "choice" => choice, m_choice, r_choice;
    "choices" => choices, m_choices, r_choices;
    "shuffle" => shuffle, m_shuffle, r_shuffle;
    "sample" => sample, m_sample, r_sample;
    "uniform" => uniform, m_uniform, r_uniform;
    "triangular" => triangular, m_triangular, r_triangular;
    "gauss" => gauss, m_gauss, r_gauss;
    "normalvariate" => normalvariate, m_normalvariate, r_normalvariate;
    "lognormvariate" => lognormvariate, m_lognormvariate, r_lognormvariate;
    "expovariate" => expovariate, m_expovariate, r_expovariate;
    "vonmisesvariate" => vonmisesvariate, m_vonmisesvariate, r_vonmisesvariate;
    "gammavariate" => gammavariate, m_gammavariate, r_gammavariate;
    "betavariate" => betavariate, m_betavariate, r_betavariate;
    "paretovariate" => paretovariate, m_paretovariate, r_paretovariate;
    "weibullvariate" => weibullvariate, m_weibullvariate, r_weibullvariate;
}

fn do_seed(vm: &mut Vm, rng: &Mutex<Random>, x: &Value) -> PyResult<()> {
    match x {
        Value::None => rng.lock().seed_from_os(),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let n = to_bigint(vm, x)?;
            rng.lock().seed_int(&n);
        }
        Value::Str(s) => rng.lock().seed_bytes(s.as_str().as_bytes()),
        Value::Float(_) => {
            let h = hash_of(x).unwrap_or(0);
            rng.lock().seed_hash(h);
        }
        // Only the two byte-string types: a memoryview is refused like any other object.
        _ if x.as_bytes().is_some() || x.native::<PyByteArray>().is_some() => {
            let data = x.with_byte_content(<[u8]>::to_vec).unwrap_or_default();
            rng.lock().seed_bytes(&data);
        }
        _ => {
            return Err(vm.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ))
        }
    }
    Ok(())
}

fn seed(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(vm, "Random.seed", &args, &["a", "version"], 0, &[], 1)?;
    do_seed(vm, rng, p[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::None)
}

/// CPython's version-3 state: `(3, (624 words..., index), gauss_next)`.
fn getstate(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    bind(vm, "Random.getstate", &args, &[], 0, &[], 1)?;
    let r = rng.lock();
    let (words, index, gauss) = r.state();
    let mut internal: Vec<Value> = words.iter().map(|&w| Value::Int(w as i64)).collect();
    internal.push(Value::Int(index as i64));
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(internal),
        gauss.map_or(Value::None, Value::from),
    ]))
}

fn setstate(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(vm, "Random.setstate", &args, &["state"], 1, &[], 1)?;
    let state = vm.collect_iterable(p[0].as_ref().unwrap_or(&Value::None))?;
    let version = state.first().cloned().unwrap_or(Value::None);
    let [Value::Int(3), internal, gauss] = &state[..] else {
        let shown = vm.repr(&version)?;
        return Err(vm.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version 3"
        )));
    };
    let Value::Tuple(internal) = internal else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let gauss = match gauss {
        Value::None => None,
        g => Some(to_f64(vm, g)?),
    };
    let mut words = Vec::with_capacity(internal.items.len());
    for w in internal.items.iter() {
        let n = to_bigint(vm, w)?;
        let Some(n) = n.to_u64() else {
            return Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C unsigned long",
            ));
        };
        words.push(n);
    }
    let Some((&index, words)) = words.split_last() else {
        return Err(vm.value_error("state vector is the wrong size"));
    };
    let words: Vec<u32> = words.iter().map(|&w| w as u32).collect();
    let index = usize::try_from(index).unwrap_or(usize::MAX);
    rng.lock()
        .set_state(&words, index, gauss)
        .map_err(|e| raise(vm, e))?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "Random.random() takes no arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    Ok(Value::from(rng.lock().random()))
}

fn getrandbits(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(vm, "Random.getrandbits", &args, &["k"], 1, &[], 1)?;
    let k = to_bigint(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let Some(k) = k.to_u64() else {
        return Err(vm.value_error("number of bits must be non-negative"));
    };
    Ok(Value::from_bigint(rng.lock().getrandbits(k)))
}

/// `randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes, as CPython makes them.
fn randbytes(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(vm, "Random.randbytes", &args, &["n"], 1, &[], 1)?;
    let n = to_bigint(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let Some(n) = n.to_u64().filter(|n| n.checked_mul(8).is_some()) else {
        return Err(vm.value_error("number of bits must be non-negative"));
    };
    let (_, mut bytes) = rng.lock().getrandbits(n * 8).to_bytes_le();
    bytes.resize(n as usize, 0);
    Ok(Value::bytes(bytes))
}

/// An int argument of randrange: integral floats pass, as in 3.11.
fn range_arg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<BigInt> {
    match v {
        Value::Float(x) if x.get().fract() == 0.0 && x.get().is_finite() => {
            Ok(BigInt::from(x.get() as i64))
        }
        Value::Float(_) => Err(vm.value_error(format!("non-integer {which} for randrange()"))),
        other => to_bigint(vm, other),
    }
}

fn randrange(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "Random.randrange",
        &args,
        &["start", "stop", "step"],
        1,
        &[],
        1,
    )?;
    let start = range_arg(vm, p[0].as_ref().unwrap_or(&Value::None), "arg 1")?;
    let stop = match &p[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(range_arg(vm, v, "stop")?),
    };
    let step = match &p[2] {
        None => BigInt::from(1),
        Some(v) => range_arg(vm, v, "step")?,
    };
    let r = rng.lock().randrange(&start, stop.as_ref(), &step);
    r.map(Value::from_bigint).map_err(|m| vm.value_error(m))
}

fn randint(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(vm, "Random.randint", &args, &["a", "b"], 2, &[], 1)?;
    let a = range_arg(vm, p[0].as_ref().unwrap_or(&Value::None), "arg 1")?;
    let b = range_arg(vm, p[1].as_ref().unwrap_or(&Value::None), "stop")?;
    let r = rng.lock().randint(&a, &b);
    r.map(Value::from_bigint).map_err(|m| vm.value_error(m))
}

/// A sequence's items for choosing from.
fn items_of(vm: &mut Vm, seq: &Value) -> PyResult<Vec<Value>> {
    vm.collect_iterable(seq)
}

fn choice(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(vm, "Random.choice", &args, &["seq"], 1, &[], 1)?;
    let seq = p[0].clone().unwrap_or(Value::None);
    if let Value::Range(r) = &seq {
        let len = r.len();
        if len == BigInt::from(0) {
            return Err(vm.new_error("IndexError", "Cannot choose from an empty sequence"));
        }
        let i = rng.lock().randbelow(&len);
        return Ok(Value::from_bigint(r.get(&i)));
    }
    if let Value::Dict(d) = &seq {
        if d.is_empty() {
            return Err(vm.new_error("IndexError", "Cannot choose from an empty sequence"));
        }
    }
    let items = items_of(vm, &seq)?;
    match rng.lock().choice_index(items.len()) {
        Some(i) => Ok(items[i].clone()),
        None => Err(vm.new_error("IndexError", "Cannot choose from an empty sequence")),
    }
}

fn floats(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect_iterable(v)?;
    items.iter().map(|x| to_f64(vm, x)).collect()
}

fn choices(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "Random.choices",
        &args,
        &["population", "weights"],
        1,
        &["cum_weights", "k"],
        1,
    )?;
    let population = items_of(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let weights = p[1].clone().filter(|v| !v.is_none());
    let cum = p[2].clone().filter(|v| !v.is_none());
    let k = match &p[3] {
        Some(v) => super::modutil::to_i64(vm, v)?.max(0) as usize,
        None => 1,
    };
    let cum: Option<Vec<f64>> = match (weights, cum) {
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"))
        }
        (Some(w), None) => Some(accumulate(&floats(vm, &w)?)),
        (None, Some(c)) => Some(floats(vm, &c)?),
        (None, None) => None,
    };
    let picks = rng
        .lock()
        .choices_indices(population.len(), cum.as_deref(), k)
        .map_err(|e| raise(vm, e))?;
    Ok(Value::list(
        picks.into_iter().map(|i| population[i].clone()).collect(),
    ))
}

fn shuffle(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(vm, "Random.shuffle", &args, &["x"], 1, &[], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    if let Value::List(l) = &x {
        let n = l.len();
        let swaps = rng.lock().shuffle_swaps(n);
        let mut items = l.items.lock();
        for (i, j) in swaps {
            if i < items.len() && j < items.len() {
                items.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    let n = items_of(vm, &x)?.len();
    let swaps = rng.lock().shuffle_swaps(n);
    for (i, j) in swaps {
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = vm.get_item(&x, &vi)?;
        let b = vm.get_item(&x, &vj)?;
        vm.set_item(&x, vi, b)?;
        vm.set_item(&x, vj, a)?;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "Random.sample",
        &args,
        &["population", "k"],
        2,
        &["counts"],
        1,
    )?;
    let population = p[0].clone().unwrap_or(Value::None);
    if matches!(population, Value::Dict(_)) || population.type_name().ends_with("set") {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    // A range is indexed rather than listed: `sample(range(10**9), 3)` is cheap.
    let (items, range) = match &population {
        Value::Range(r) => (Vec::new(), Some(r.clone())),
        _ => (items_of(vm, &population)?, None),
    };
    let n = match &range {
        Some(r) => usize::try_from(r.len()).map_err(|_| {
            vm.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        })?,
        None => items.len(),
    };
    let k = super::modutil::to_i64(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let Ok(k) = usize::try_from(k) else {
        return Err(vm.value_error("Sample larger than population or is negative"));
    };
    let picks = match &p[2] {
        Some(c) if !c.is_none() => {
            let counts = vm.collect_iterable(c)?;
            let mut ns = Vec::with_capacity(counts.len());
            for c in &counts {
                match crate::vm::ops::as_bigint(c) {
                    Some(n) => ns.push(n),
                    None => return Err(vm.type_error("Counts must be integers")),
                }
            }
            rng.lock()
                .sample_counts_indices(n, &ns, k)
                .map_err(|e| raise(vm, e))?
        }
        _ => rng
            .lock()
            .sample_indices(n, k)
            .map_err(|m| vm.value_error(m))?,
    };
    Ok(Value::list(
        picks
            .into_iter()
            .map(|i| match &range {
                Some(r) => Value::from_bigint(r.get(&BigInt::from(i))),
                None => items[i].clone(),
            })
            .collect(),
    ))
}

/// Float parameters with defaults, bound like the Python signature.
fn float_params(
    vm: &mut Vm,
    qualname: &str,
    args: &Args,
    names: &[&str],
    defaults: &[Option<f64>],
) -> PyResult<Vec<f64>> {
    let required = defaults.iter().take_while(|d| d.is_none()).count();
    let p = bind(vm, qualname, args, names, required, &[], 1)?;
    let mut out = Vec::with_capacity(names.len());
    for (v, d) in p.iter().zip(defaults) {
        out.push(match v {
            Some(v) => to_f64(vm, v)?,
            None => d.unwrap_or(0.0),
        });
    }
    Ok(out)
}

fn uniform(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let v = float_params(vm, "Random.uniform", &args, &["a", "b"], &[None, None])?;
    Ok(Value::from(rng.lock().uniform(v[0], v[1])))
}

fn triangular(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "Random.triangular",
        &args,
        &["low", "high", "mode"],
        0,
        &[],
        1,
    )?;
    let low = match &p[0] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    let high = match &p[1] {
        Some(v) => to_f64(vm, v)?,
        None => 1.0,
    };
    let mode = match &p[2] {
        Some(v) if !v.is_none() => Some(to_f64(vm, v)?),
        _ => None,
    };
    Ok(Value::from(rng.lock().triangular(low, high, mode)))
}

macro_rules! two_float_variates {
    ($($name:ident, $qual:literal, $a:literal, $b:literal, $da:expr, $db:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
                let v = float_params(vm, $qual, &args, &[$a, $b], &[$da, $db])?;
                Ok(Value::from(rng.lock().$name(v[0], v[1])))
            }
        )*
    };
}

two_float_variates! {
    gauss, "Random.gauss", "mu", "sigma", Some(0.0), Some(1.0);
    normalvariate, "Random.normalvariate", "mu", "sigma", Some(0.0), Some(1.0);
    lognormvariate, "Random.lognormvariate", "mu", "sigma", None, None;
    vonmisesvariate, "Random.vonmisesvariate", "mu", "kappa", None, None;
}

macro_rules! fallible_variates {
    ($($name:ident, $qual:literal, [$($p:literal),*];)*) => {
        $(
            fn $name(vm: &mut Vm, rng: &Mutex<Random>, args: Args) -> PyResult<Value> {
                let names = [$($p),*];
                let v = float_params(vm, $qual, &args, &names, &[None; 2][..names.len()])?;
                let r = {
                    let mut g = rng.lock();
                    fallible_variates!(@call g, $name, v, $($p),*)
                };
                r.map(Value::from).map_err(|e| raise(vm, e))
            }
        )*
    };
    (@call $g:ident, $name:ident, $v:ident, $a:literal) => { $g.$name($v[0]) };
    (@call $g:ident, $name:ident, $v:ident, $a:literal, $b:literal) => { $g.$name($v[0], $v[1]) };
}

fallible_variates! {
    expovariate, "Random.expovariate", ["lambd"];
    gammavariate, "Random.gammavariate", ["alpha", "beta"];
    betavariate, "Random.betavariate", ["alpha", "beta"];
    paretovariate, "Random.paretovariate", ["alpha"];
    weibullvariate, "Random.weibullvariate", ["alpha", "beta"];
}
