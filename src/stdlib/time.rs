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
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
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
