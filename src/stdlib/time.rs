//! The `time` module: clocks and `sleep`.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{signals, PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time_time),
    ("time_ns", time_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("monotonic", perf_counter),
    ("monotonic_ns", perf_counter_ns),
    ("process_time", process_time),
    ("sleep", sleep),
    ("localtime", localtime),
    ("gmtime", gmtime),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    crate::objects::module::set(&d, "struct_time", Value::Type(struct_time().clone()));
    Ok(d)
}

/// The origin of the monotonic clocks: the first time anything asks.
fn epoch() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn since_unix() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(since_unix().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(since_unix().as_nanos().into()))
}

fn perf_counter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(epoch().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(epoch().elapsed().as_nanos().into()))
}

fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // CPU time of the process, from the kernel.
    let mut ts = libc_timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    let ok = unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut ts) } == 0;
    let secs = if ok {
        ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
    } else {
        0.0
    };
    Ok(Value::Float(secs))
}

#[repr(C)]
struct libc_timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

extern "C" {
    fn clock_gettime(clock: i32, tp: *mut libc_timespec) -> i32;
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = match args.pos {
        [Value::Int(n)] => *n as f64,
        [Value::Float(x)] => *x,
        [Value::Bool(b)] => *b as i64 as f64,
        [other] => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        _ => {
            return Err(vm.type_error(format!(
                "time.sleep() takes exactly one argument ({} given)",
                args.pos.len()
            )))
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let Some(deadline) = Duration::try_from_secs_f64(secs)
        .ok()
        .and_then(|length| Instant::now().checked_add(length))
    else {
        return Err(vm.new_error("OverflowError", "sleep length is too large"));
    };
    vm.interp.flush_stdout();
    vm.allow_threads_interruptible(|interruptible| {
        signals::sleep_until(deadline, interruptible).then_some(())
    })?;
    Ok(Value::None)
}

// ---- struct_time: localtime / gmtime ----------------------------------------

/// glibc's `struct tm`.
#[repr(C)]
struct Tm {
    tm_sec: i32,
    tm_min: i32,
    tm_hour: i32,
    tm_mday: i32,
    tm_mon: i32,
    tm_year: i32,
    tm_wday: i32,
    tm_yday: i32,
    tm_isdst: i32,
    _tm_gmtoff: i64,
    _tm_zone: *const std::ffi::c_char,
}

extern "C" {
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
}

const STRUCT_TIME_FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn struct_time() -> &'static Arc<crate::objects::types::PyType> {
    static T: OnceLock<Arc<crate::objects::types::PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let fields: Vec<String> = STRUCT_TIME_FIELDS.iter().map(|f| f.to_string()).collect();
        super::collections::namedtuple_type("struct_time", &fields, Vec::new(), "time")
    })
}

/// `localtime([secs])` / `gmtime([secs])`: the broken-down time, as CPython's
/// struct_time (Python's weekday counts from Monday, its month and year-day from 1).
fn broken_down(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    convert: unsafe extern "C" fn(*const i64, *mut Tm) -> *mut Tm,
) -> PyResult<Value> {
    super::modutil::arity(vm, name, args, 0, 1)?;
    let secs = match args.pos.first() {
        None | Some(Value::None) => since_unix().as_secs() as i64,
        Some(v) => super::modutil::to_f64(vm, v)?.floor() as i64,
    };
    // SAFETY: `Tm` matches glibc's layout and is fully written on success.
    let mut tm: Tm = unsafe { std::mem::zeroed() };
    if unsafe { convert(&secs, &mut tm) }.is_null() {
        return Err(vm.new_error(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    let n = |v: i32| Value::Int(v as i64);
    Ok(super::collections::namedtuple_value(
        struct_time(),
        vec![
            n(tm.tm_year + 1900),
            n(tm.tm_mon + 1),
            n(tm.tm_mday),
            n(tm.tm_hour),
            n(tm.tm_min),
            n(tm.tm_sec),
            n((tm.tm_wday + 6) % 7),
            n(tm.tm_yday + 1),
            n(tm.tm_isdst),
        ],
    ))
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    broken_down(vm, &args, "localtime", localtime_r)
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    broken_down(vm, &args, "gmtime", gmtime_r)
}
