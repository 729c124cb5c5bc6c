//! The `itertools` module: lazy iterators that pull from their sources only when
//! asked, producing CPython's orders. State sits behind a lock that is never held
//! while Python code (a key function, a source's `__next__`) runs.

use std::any::Any;
use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::{ClassMethod, NativeObject};
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::parser::ast::BinOp;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, kwarg, module_type, no_kwargs, only_kwargs, to_i64};

macro_rules! iter_types {
    ($($ty:ident => $name:literal),* $(,)?) => {
        $(
            impl NativeObject for $ty {
                fn class(&self) -> Arc<PyType> {
                    static T: OnceLock<Arc<PyType>> = OnceLock::new();
                    T.get_or_init(|| module_type($name, "itertools", Vec::new(), &[])).clone()
                }
                fn as_any(&self) -> &dyn Any {
                    self
                }
                fn is_iterator(&self) -> bool {
                    true
                }
                fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
                    Some(self.advance(vm))
                }
                fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
                    Some(self.describe(vm, $name))
                }
            }
        )*
    };
}

/// The default repr, `<itertools.chain object at 0x…>`.
trait Describe {
    fn describe(&self, _vm: &mut Vm, name: &str) -> PyResult<String> {
        Ok(format!(
            "<itertools.{name} object at {:#x}>",
            self as *const Self as *const u8 as usize
        ))
    }
}

iter_types! {
    Count => "count",
    Cycle => "cycle",
    Repeat => "repeat",
    Chain => "chain",
    Islice => "islice",
    Product => "product",
    Permutations => "permutations",
    Combinations => "combinations",
    CombinationsWithReplacement => "combinations_with_replacement",
    Accumulate => "accumulate",
    GroupBy => "groupby",
    Grouper => "_grouper",
    ZipLongest => "zip_longest",
    Starmap => "starmap",
    TakeWhile => "takewhile",
    DropWhile => "dropwhile",
    Compress => "compress",
    FilterFalse => "filterfalse",
    Tee => "_tee",
    Pairwise => "pairwise",
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("count", new_count),
    ("cycle", new_cycle),
    ("repeat", new_repeat),
    ("islice", new_islice),
    ("product", new_product),
    ("permutations", new_permutations),
    ("combinations", new_combinations),
    ("combinations_with_replacement", new_cwr),
    ("accumulate", new_accumulate),
    ("groupby", new_groupby),
    ("zip_longest", new_zip_longest),
    ("starmap", new_starmap),
    ("takewhile", new_takewhile),
    ("dropwhile", new_dropwhile),
    ("compress", new_compress),
    ("filterfalse", new_filterfalse),
    ("tee", new_tee),
    ("pairwise", new_pairwise),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    // `chain` is called as a class and has the class method `from_iterable`.
    let chain = Chain {
        sources: Mutex::new(VecDeque::new()),
        outer: None,
        current: Mutex::new(None),
    }
    .class();
    chain.dict.set_str(
        &PyStr::new("__new__"),
        Value::Builtin(Builtin::new("chain", new_chain)),
    );
    chain.dict.set_str(
        &PyStr::new("from_iterable"),
        Value::new_native(ClassMethod(Value::Builtin(Builtin::new(
            "from_iterable",
            chain_from_iterable,
        )))),
    );
    set(&d, "chain", Value::Type(chain));
    Ok(d)
}

fn native(obj: impl NativeObject) -> Value {
    Value::new_native(obj)
}

// ---- count, cycle, repeat -------------------------------------------------

pub struct Count {
    current: Mutex<Value>,
    step: Value,
}

impl Count {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let cur = self.current.lock().clone();
        let next = vm.binary_op(&cur, &self.step, BinOp::Add)?;
        *self.current.lock() = next;
        Ok(Some(cur))
    }
}

impl Describe for Count {
    fn describe(&self, vm: &mut Vm, _name: &str) -> PyResult<String> {
        let cur = self.current.lock().clone();
        let start = vm.repr(&cur)?;
        if matches!(self.step, Value::Int(1)) {
            Ok(format!("count({start})"))
        } else {
            Ok(format!("count({start}, {})", vm.repr(&self.step)?))
        }
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
    )
}

fn new_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "count", &args, &["start", "step"])?;
    arity(vm, "count", &args, 0, 2)?;
    let start = super::modutil::arg(&args, 0, "start")
        .cloned()
        .unwrap_or(Value::Int(0));
    let step = super::modutil::arg(&args, 1, "step")
        .cloned()
        .unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(native(Count {
        current: Mutex::new(start),
        step,
    }))
}

pub struct Cycle {
    source: Value,
    saved: Mutex<Vec<Value>>,
    /// Index into `saved` once the source is exhausted.
    replay: Mutex<Option<usize>>,
}

impl Describe for Cycle {}

impl Cycle {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.replay.lock().is_none() {
            if let Some(v) = vm.next(&self.source)? {
                self.saved.lock().push(v.clone());
                return Ok(Some(v));
            }
            *self.replay.lock() = Some(0);
        }
        let saved = self.saved.lock();
        if saved.is_empty() {
            return Ok(None);
        }
        let mut replay = self.replay.lock();
        let i = replay.unwrap_or(0);
        *replay = Some((i + 1) % saved.len());
        Ok(Some(saved[i].clone()))
    }
}

fn new_cycle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "cycle", &args)?;
    arity(vm, "cycle", &args, 1, 1)?;
    let source = vm.get_iter(&args.pos[0])?;
    Ok(native(Cycle {
        source,
        saved: Mutex::new(Vec::new()),
        replay: Mutex::new(None),
    }))
}

pub struct Repeat {
    object: Value,
    /// Remaining repetitions; `None` repeats forever.
    remaining: Mutex<Option<i64>>,
}

impl Repeat {
    fn advance(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut rem = self.remaining.lock();
        match *rem {
            Some(0) => Ok(None),
            Some(n) => {
                *rem = Some(n - 1);
                Ok(Some(self.object.clone()))
            }
            None => Ok(Some(self.object.clone())),
        }
    }
}

impl Describe for Repeat {
    fn describe(&self, vm: &mut Vm, _name: &str) -> PyResult<String> {
        let obj = vm.repr(&self.object)?;
        let rem = *self.remaining.lock();
        Ok(match rem {
            Some(n) => format!("repeat({obj}, {n})"),
            None => format!("repeat({obj})"),
        })
    }
}

fn new_repeat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "repeat", &args, &["object", "times"])?;
    arity(vm, "repeat", &args, 0, 2)?;
    let Some(object) = super::modutil::arg(&args, 0, "object").cloned() else {
        return Err(vm.type_error("repeat() missing required argument 'object' (pos 1)"));
    };
    let remaining = match super::modutil::arg(&args, 1, "times") {
        Some(t) => Some(to_i64(vm, t)?.max(0)),
        None => None,
    };
    Ok(native(Repeat {
        object,
        remaining: Mutex::new(remaining),
    }))
}

// ---- chain, islice ------------------------------------------------------------

pub struct Chain {
    sources: Mutex<VecDeque<Value>>,
    /// For `chain.from_iterable`: where the iterables come from.
    outer: Option<Value>,
    current: Mutex<Option<Value>>,
}

impl Describe for Chain {}

impl Chain {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let cur = self.current.lock().clone();
            if let Some(it) = cur {
                if let Some(v) = vm.next(&it)? {
                    return Ok(Some(v));
                }
                *self.current.lock() = None;
            }
            let next_source = self.sources.lock().pop_front();
            let src = match (next_source, &self.outer) {
                (Some(src), _) => src,
                (None, Some(outer)) => match vm.next(outer)? {
                    Some(src) => src,
                    None => return Ok(None),
                },
                (None, None) => return Ok(None),
            };
            let it = vm.get_iter(&src)?;
            *self.current.lock() = Some(it);
        }
    }
}

fn new_chain(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let sources = args
        .pos
        .get(1..)
        .unwrap_or_default()
        .iter()
        .cloned()
        .collect();
    Ok(native(Chain {
        sources: Mutex::new(sources),
        outer: None,
        current: Mutex::new(None),
    }))
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, iterable] = args.pos else {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let outer = vm.get_iter(iterable)?;
    Ok(native(Chain {
        sources: Mutex::new(VecDeque::new()),
        outer: Some(outer),
        current: Mutex::new(None),
    }))
}

pub struct Islice {
    source: Value,
    /// Index of the next item the source will produce, the next index to yield,
    /// the stop (None: unbounded) and the step.
    state: Mutex<(usize, usize, Option<usize>, usize)>,
}

impl Describe for Islice {}

impl Islice {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let (pos, want, stop, step) = *self.state.lock();
            if stop.is_some_and(|s| want >= s) {
                // Consume up to stop, as CPython does, then finish.
                let mut p = pos;
                while stop.is_some_and(|s| p < s) {
                    if vm.next(&self.source)?.is_none() {
                        break;
                    }
                    p += 1;
                }
                self.state.lock().0 = p;
                return Ok(None);
            }
            let Some(v) = vm.next(&self.source)? else {
                self.state.lock().2 = Some(0);
                return Ok(None);
            };
            let mut st = self.state.lock();
            st.0 = pos + 1;
            if pos == want {
                st.1 = want + step;
                return Ok(Some(v));
            }
        }
    }
}

fn islice_index(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Option<usize>> {
    match v {
        Value::None => Ok(None),
        Value::Int(n) if *n >= 0 => Ok(Some(*n as usize)),
        Value::Bool(b) => Ok(Some(*b as usize)),
        _ => Err(vm.value_error(msg)),
    }
}

fn new_islice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "islice", &args)?;
    arity(vm, "islice", &args, 2, 4)?;
    let source = vm.get_iter(&args.pos[0])?;
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if args.pos.len() == 2 {
        (0, islice_index(vm, &args.pos[1], stop_msg)?, 1)
    } else {
        let start = islice_index(vm, &args.pos[1], idx_msg)?.unwrap_or(0);
        let stop = islice_index(vm, &args.pos[2], stop_msg)?;
        let step = match args.pos.get(3) {
            None | Some(Value::None) => 1,
            Some(Value::Int(n)) if *n > 0 => *n as usize,
            Some(_) => {
                return Err(vm.value_error("Step for islice() must be a positive integer or None."))
            }
        };
        (start, stop, step)
    };
    Ok(native(Islice {
        source,
        state: Mutex::new((0, start, stop, step)),
    }))
}

// ---- combinatorics ----------------------------------------------------------

/// Index-vector state shared by the combinatoric iterators: `None` before the first
/// item, `Some(None)` when exhausted.
type Indices = Mutex<Option<Option<Vec<usize>>>>;

fn pick(pool: &[Value], idx: &[usize]) -> Value {
    Value::tuple(idx.iter().map(|&i| pool[i].clone()).collect())
}

fn step_indices(
    state: &Indices,
    first: impl FnOnce() -> Option<Vec<usize>>,
    advance: impl FnOnce(&mut Vec<usize>) -> bool,
) -> Option<Vec<usize>> {
    let mut st = state.lock();
    let next = match st.take() {
        None => first(),
        Some(None) => None,
        Some(Some(mut idx)) => {
            if advance(&mut idx) {
                Some(idx)
            } else {
                None
            }
        }
    };
    *st = Some(next.clone());
    next
}

pub struct Product {
    pools: Vec<Vec<Value>>,
    state: Indices,
}

impl Describe for Product {}

impl Product {
    fn advance(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let pools = &self.pools;
        let idx = step_indices(
            &self.state,
            || {
                if pools.iter().any(|p| p.is_empty()) {
                    None
                } else {
                    Some(vec![0; pools.len()])
                }
            },
            |idx| {
                for i in (0..idx.len()).rev() {
                    idx[i] += 1;
                    if idx[i] < pools[i].len() {
                        return true;
                    }
                    idx[i] = 0;
                }
                false
            },
        );
        Ok(idx.map(|idx| {
            Value::tuple(
                idx.iter()
                    .enumerate()
                    .map(|(p, &i)| pools[p][i].clone())
                    .collect(),
            )
        }))
    }
}

fn new_product(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "product", &args, &["repeat"])?;
    let repeat = match kwarg(&args, "repeat") {
        Some(r) => to_i64(vm, r)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(args.pos.len());
    for a in args.pos {
        base.push(vm.collect_iterable(a)?);
    }
    let mut pools = Vec::with_capacity(base.len() * repeat as usize);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    Ok(native(Product {
        pools,
        state: Mutex::new(None),
    }))
}

fn r_arg(vm: &mut Vm, v: Option<&Value>, default: usize) -> PyResult<usize> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => {
            let r = to_i64(vm, v)?;
            usize::try_from(r).map_err(|_| vm.value_error("r must be non-negative"))
        }
    }
}

pub struct Permutations {
    pool: Vec<Value>,
    r: usize,
    state: Indices,
}

impl Describe for Permutations {}

impl Permutations {
    fn advance(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let (n, r) = (self.pool.len(), self.r);
        let idx = step_indices(
            &self.state,
            || (r <= n).then(|| (0..r).collect()),
            |idx| {
                // The next r-permutation of 0..n in lexicographic order.
                for i in (0..r).rev() {
                    let used: Vec<usize> = idx[..i].to_vec();
                    let bigger = (idx[i] + 1..n).find(|c| !used.contains(c));
                    if let Some(c) = bigger {
                        idx[i] = c;
                        let mut taken: Vec<usize> = idx[..=i].to_vec();
                        for slot in idx[i + 1..].iter_mut() {
                            let free = (0..n).find(|c| !taken.contains(c)).unwrap_or(0);
                            *slot = free;
                            taken.push(free);
                        }
                        return true;
                    }
                }
                false
            },
        );
        Ok(idx.map(|idx| pick(&self.pool, &idx)))
    }
}

fn new_permutations(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "permutations", &args, &["iterable", "r"])?;
    let Some(iterable) = super::modutil::arg(&args, 0, "iterable").cloned() else {
        return Err(vm.type_error("permutations() missing required argument 'iterable' (pos 1)"));
    };
    let pool = vm.collect_iterable(&iterable)?;
    let r = r_arg(vm, super::modutil::arg(&args, 1, "r"), pool.len())?;
    Ok(native(Permutations {
        pool,
        r,
        state: Mutex::new(None),
    }))
}

pub struct Combinations {
    pool: Vec<Value>,
    r: usize,
    state: Indices,
}

impl Describe for Combinations {}

impl Combinations {
    fn advance(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let (n, r) = (self.pool.len(), self.r);
        let idx = step_indices(
            &self.state,
            || (r <= n).then(|| (0..r).collect()),
            |idx| {
                for i in (0..r).rev() {
                    if idx[i] != i + n - r {
                        idx[i] += 1;
                        for j in i + 1..r {
                            idx[j] = idx[j - 1] + 1;
                        }
                        return true;
                    }
                }
                false
            },
        );
        Ok(idx.map(|idx| pick(&self.pool, &idx)))
    }
}

fn pool_and_r(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(Vec<Value>, usize)> {
    only_kwargs(vm, name, args, &["iterable", "r"])?;
    let Some(iterable) = super::modutil::arg(args, 0, "iterable").cloned() else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'iterable' (pos 1)"
        )));
    };
    let Some(r) = super::modutil::arg(args, 1, "r").cloned() else {
        return Err(vm.type_error(format!("{name}() missing required argument 'r' (pos 2)")));
    };
    let pool = vm.collect_iterable(&iterable)?;
    let r = r_arg(vm, Some(&r), 0)?;
    Ok((pool, r))
}

fn new_combinations(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pool, r) = pool_and_r(vm, "combinations", &args)?;
    Ok(native(Combinations {
        pool,
        r,
        state: Mutex::new(None),
    }))
}

pub struct CombinationsWithReplacement {
    pool: Vec<Value>,
    r: usize,
    state: Indices,
}

impl Describe for CombinationsWithReplacement {}

impl CombinationsWithReplacement {
    fn advance(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let (n, r) = (self.pool.len(), self.r);
        let idx = step_indices(
            &self.state,
            || (n > 0 || r == 0).then(|| vec![0; r]),
            |idx| {
                for i in (0..r).rev() {
                    if idx[i] != n - 1 {
                        let v = idx[i] + 1;
                        for slot in idx[i..].iter_mut() {
                            *slot = v;
                        }
                        return true;
                    }
                }
                false
            },
        );
        Ok(idx.map(|idx| pick(&self.pool, &idx)))
    }
}

fn new_cwr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pool, r) = pool_and_r(vm, "combinations_with_replacement", &args)?;
    Ok(native(CombinationsWithReplacement {
        pool,
        r,
        state: Mutex::new(None),
    }))
}

// ---- accumulate, groupby ---------------------------------------------------------

pub struct Accumulate {
    source: Value,
    func: Value,
    total: Mutex<Option<Value>>,
    initial: Mutex<Option<Value>>,
}

impl Describe for Accumulate {}

impl Accumulate {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(init) = self.initial.lock().take() {
            *self.total.lock() = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = vm.next(&self.source)? else {
            return Ok(None);
        };
        let prev = self.total.lock().clone();
        let total = match prev {
            None => v,
            Some(t) if self.func.is_none() => vm.binary_op(&t, &v, BinOp::Add)?,
            Some(t) => vm.call(&self.func, vec![t, v], Vec::new())?,
        };
        *self.total.lock() = Some(total.clone());
        Ok(Some(total))
    }
}

fn new_accumulate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "accumulate", &args, &["iterable", "func", "initial"])?;
    let Some(iterable) = super::modutil::arg(&args, 0, "iterable").cloned() else {
        return Err(vm.type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    };
    let func = super::modutil::arg(&args, 1, "func")
        .cloned()
        .unwrap_or(Value::None);
    let initial = kwarg(&args, "initial").cloned().filter(|v| !v.is_none());
    let source = vm.get_iter(&iterable)?;
    Ok(native(Accumulate {
        source,
        func,
        total: Mutex::new(None),
        initial: Mutex::new(initial),
    }))
}

/// What `groupby` and its groupers share.
struct GroupState {
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// Which grouper is current; older ones yield nothing more.
    generation: usize,
}

pub struct GroupBy {
    source: Value,
    key: Value,
    state: Arc<Mutex<GroupState>>,
}

impl Describe for GroupBy {}

impl GroupBy {
    /// Pulls the next item and its key into the shared state; false when exhausted.
    fn step(vm: &mut Vm, source: &Value, key: &Value, state: &Mutex<GroupState>) -> PyResult<bool> {
        let Some(v) = vm.next(source)? else {
            return Ok(false);
        };
        let k = if key.is_none() {
            v.clone()
        } else {
            vm.call(key, vec![v.clone()], Vec::new())?
        };
        let mut st = state.lock();
        st.currvalue = Some(v);
        st.currkey = Some(k);
        Ok(true)
    }

    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.state.lock().generation += 1;
        loop {
            let (curr, tgt) = {
                let st = self.state.lock();
                (st.currkey.clone(), st.tgtkey.clone())
            };
            let skip = match (curr, tgt) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(c), Some(t)) => vm.eq(&t, &c)?,
            };
            if !skip {
                break;
            }
            if !Self::step(vm, &self.source, &self.key, &self.state)? {
                return Ok(None);
            }
        }
        let (key, generation) = {
            let mut st = self.state.lock();
            st.tgtkey = st.currkey.clone();
            (st.currkey.clone().unwrap_or(Value::None), st.generation)
        };
        let grouper = native(Grouper {
            source: self.source.clone(),
            key: self.key.clone(),
            tgtkey: key.clone(),
            state: self.state.clone(),
            generation,
        });
        Ok(Some(Value::tuple(vec![key, grouper])))
    }
}

pub struct Grouper {
    source: Value,
    key: Value,
    tgtkey: Value,
    state: Arc<Mutex<GroupState>>,
    generation: usize,
}

impl Describe for Grouper {}

impl Grouper {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.state.lock().generation != self.generation {
            return Ok(None);
        }
        if self.state.lock().currvalue.is_none()
            && !GroupBy::step(vm, &self.source, &self.key, &self.state)?
        {
            return Ok(None);
        }
        let curr = self.state.lock().currkey.clone().unwrap_or(Value::None);
        if !vm.eq(&self.tgtkey, &curr)? {
            return Ok(None);
        }
        Ok(self.state.lock().currvalue.take())
    }
}

fn new_groupby(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "groupby", &args, &["iterable", "key"])?;
    let Some(iterable) = super::modutil::arg(&args, 0, "iterable").cloned() else {
        return Err(vm.type_error("groupby() missing required argument 'iterable' (pos 1)"));
    };
    let key = super::modutil::arg(&args, 1, "key")
        .cloned()
        .unwrap_or(Value::None);
    let source = vm.get_iter(&iterable)?;
    Ok(native(GroupBy {
        source,
        key,
        state: Arc::new(Mutex::new(GroupState {
            tgtkey: None,
            currkey: None,
            currvalue: None,
            generation: 0,
        })),
    }))
}

// ---- zip_longest, starmap, filters, tee, pairwise -----------------------------

pub struct ZipLongest {
    sources: Vec<Value>,
    fill: Value,
    /// Which sources are exhausted.
    done: Mutex<Vec<bool>>,
}

impl Describe for ZipLongest {}

impl ZipLongest {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.sources.is_empty() || self.done.lock().iter().all(|d| *d) {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.sources.len());
        for (i, s) in self.sources.iter().enumerate() {
            if self.done.lock()[i] {
                items.push(self.fill.clone());
                continue;
            }
            match vm.next(s)? {
                Some(v) => items.push(v),
                None => {
                    let mut done = self.done.lock();
                    done[i] = true;
                    if done.iter().all(|d| *d) {
                        return Ok(None);
                    }
                    items.push(self.fill.clone());
                }
            }
        }
        Ok(Some(Value::tuple(items)))
    }
}

fn new_zip_longest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.kw.iter().any(|(k, _)| k.as_str() != "fillvalue") {
        return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
    }
    let fill = kwarg(&args, "fillvalue").cloned().unwrap_or(Value::None);
    let mut sources = Vec::with_capacity(args.pos.len());
    for a in args.pos {
        sources.push(vm.get_iter(a)?);
    }
    let n = sources.len();
    Ok(native(ZipLongest {
        sources,
        fill,
        done: Mutex::new(vec![false; n]),
    }))
}

pub struct Starmap {
    func: Value,
    source: Value,
}

impl Describe for Starmap {}

impl Starmap {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(v) = vm.next(&self.source)? else {
            return Ok(None);
        };
        let args = vm.collect_iterable(&v)?;
        vm.call(&self.func, args, Vec::new()).map(Some)
    }
}

fn two_args<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<(&'a Value, &'a Value)> {
    no_kwargs(vm, name, args)?;
    arity(vm, name, args, 2, 2)?;
    Ok((&args.pos[0], &args.pos[1]))
}

fn new_starmap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, iterable) = two_args(vm, "starmap", &args)?;
    let source = vm.get_iter(iterable)?;
    Ok(native(Starmap {
        func: func.clone(),
        source,
    }))
}

fn truth_of(vm: &mut Vm, func: &Value, v: &Value) -> PyResult<bool> {
    if func.is_none() {
        return vm.is_true(v);
    }
    let r = vm.call(func, vec![v.clone()], Vec::new())?;
    vm.is_true(&r)
}

pub struct TakeWhile {
    func: Value,
    source: Value,
    stopped: Mutex<bool>,
}

impl Describe for TakeWhile {}

impl TakeWhile {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if *self.stopped.lock() {
            return Ok(None);
        }
        let Some(v) = vm.next(&self.source)? else {
            return Ok(None);
        };
        if truth_of(vm, &self.func, &v)? {
            return Ok(Some(v));
        }
        *self.stopped.lock() = true;
        Ok(None)
    }
}

fn new_takewhile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, iterable) = two_args(vm, "takewhile", &args)?;
    let source = vm.get_iter(iterable)?;
    Ok(native(TakeWhile {
        func: func.clone(),
        source,
        stopped: Mutex::new(false),
    }))
}

pub struct DropWhile {
    func: Value,
    source: Value,
    dropping: Mutex<bool>,
}

impl Describe for DropWhile {}

impl DropWhile {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while let Some(v) = vm.next(&self.source)? {
            if !*self.dropping.lock() || !truth_of(vm, &self.func, &v)? {
                *self.dropping.lock() = false;
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

fn new_dropwhile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, iterable) = two_args(vm, "dropwhile", &args)?;
    let source = vm.get_iter(iterable)?;
    Ok(native(DropWhile {
        func: func.clone(),
        source,
        dropping: Mutex::new(true),
    }))
}

pub struct Compress {
    data: Value,
    selectors: Value,
}

impl Describe for Compress {}

impl Compress {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = vm.next(&self.data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(&self.selectors)? else {
                return Ok(None);
            };
            if vm.is_true(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

fn new_compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_kwargs(vm, "compress", &args, &["data", "selectors"])?;
    let (Some(data), Some(sel)) = (
        super::modutil::arg(&args, 0, "data").cloned(),
        super::modutil::arg(&args, 1, "selectors").cloned(),
    ) else {
        return Err(vm.type_error("compress() missing required argument 'selectors' (pos 2)"));
    };
    let data = vm.get_iter(&data)?;
    let selectors = vm.get_iter(&sel)?;
    Ok(native(Compress { data, selectors }))
}

pub struct FilterFalse {
    func: Value,
    source: Value,
}

impl Describe for FilterFalse {}

impl FilterFalse {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while let Some(v) = vm.next(&self.source)? {
            if !truth_of(vm, &self.func, &v)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

fn new_filterfalse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, iterable) = two_args(vm, "filterfalse", &args)?;
    let source = vm.get_iter(iterable)?;
    Ok(native(FilterFalse {
        func: func.clone(),
        source,
    }))
}

/// The buffer the iterators of one `tee` call share.
struct TeeShared {
    source: Value,
    buffer: Vec<Value>,
}

pub struct Tee {
    shared: Arc<Mutex<TeeShared>>,
    pos: Mutex<usize>,
}

impl Describe for Tee {}

impl Tee {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let pos = *self.pos.lock();
        let (buffered, source) = {
            let sh = self.shared.lock();
            (sh.buffer.get(pos).cloned(), sh.source.clone())
        };
        let v = match buffered {
            Some(v) => v,
            None => match vm.next(&source)? {
                Some(v) => {
                    self.shared.lock().buffer.push(v.clone());
                    v
                }
                None => return Ok(None),
            },
        };
        *self.pos.lock() = pos + 1;
        Ok(Some(v))
    }
}

fn new_tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "tee", &args)?;
    arity(vm, "tee", &args, 1, 2)?;
    let n = match args.pos.get(1) {
        Some(v) => to_i64(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let source = vm.get_iter(&args.pos[0])?;
    let shared = Arc::new(Mutex::new(TeeShared {
        source,
        buffer: Vec::new(),
    }));
    Ok(Value::tuple(
        (0..n)
            .map(|_| {
                native(Tee {
                    shared: shared.clone(),
                    pos: Mutex::new(0),
                })
            })
            .collect(),
    ))
}

pub struct Pairwise {
    source: Value,
    last: Mutex<Option<Value>>,
}

impl Describe for Pairwise {}

impl Pairwise {
    fn advance(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let prev = self.last.lock().clone();
        let prev = match prev {
            Some(p) => p,
            None => match vm.next(&self.source)? {
                Some(v) => v,
                None => return Ok(None),
            },
        };
        match vm.next(&self.source)? {
            Some(v) => {
                *self.last.lock() = Some(v.clone());
                Ok(Some(Value::tuple(vec![prev, v])))
            }
            None => {
                *self.last.lock() = None;
                Ok(None)
            }
        }
    }
}

fn new_pairwise(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "pairwise", &args)?;
    arity(vm, "pairwise", &args, 1, 1)?;
    let source = vm.get_iter(&args.pos[0])?;
    Ok(native(Pairwise {
        source,
        last: Mutex::new(None),
    }))
}
