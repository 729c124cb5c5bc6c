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
    ("strftime", time_strftime),
    ("strptime", time_strptime),
    ("mktime", time_mktime),
    ("asctime", asctime),
    ("ctime", ctime),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    crate::objects::module::set(&d, "struct_time", Value::Type(struct_time().clone()));
    Ok(d)
}

/// `strptime(string, format="%a %b %d %H:%M:%S %Y")`: the struct_time of
/// `datetime.strptime`, whose parser it shares, as CPython's `_strptime` serves both.
fn time_strptime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::arity(vm, "strptime", &args, 1, 2)?;
    let format = args
        .pos
        .get(1)
        .cloned()
        .unwrap_or_else(|| Value::str("%a %b %d %H:%M:%S %Y"));
    let datetime = vm.import_module("datetime")?;
    let class = vm.get_attr(&datetime, &crate::objects::str::PyStr::new("datetime"))?;
    let parse = vm.get_attr(&class, &crate::objects::str::PyStr::new("strptime"))?;
    let parsed = vm.call(&parse, vec![args.pos[0].clone(), format], Vec::new())?;
    let timetuple = vm.get_attr(&parsed, &crate::objects::str::PyStr::new("timetuple"))?;
    vm.call(&timetuple, Vec::new(), Vec::new())
}

fn since_unix() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from(since_unix().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(since_unix().as_nanos().into()))
}

/// The monotonic clocks are the system's, as CPython's: the time since boot, the same
/// in every process, so that processes can compare the times they take.
fn perf_counter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from(clock(CLOCK_MONOTONIC).as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(clock(CLOCK_MONOTONIC).as_nanos().into()))
}

/// CPU time of the process, from the kernel.
fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from(clock(CLOCK_PROCESS_CPUTIME_ID).as_secs_f64()))
}

/// The reading of one of the kernel's clocks (zero if it has none such).
fn clock(id: i32) -> Duration {
    let mut ts = libc_timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the kernel to fill.
    let ok = unsafe { clock_gettime(id, &mut ts) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(
        ts.tv_sec.max(0) as u64,
        ts.tv_nsec.clamp(0, 999_999_999) as u32,
    )
}

#[repr(C)]
struct libc_timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

extern "C" {
    fn clock_gettime(clock: i32, tp: *mut libc_timespec) -> i32;
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = match args.pos {
        [Value::Int(n)] => *n as f64,
        [Value::Float(x)] => x.get(),
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
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(
        s: *mut std::ffi::c_char,
        max: usize,
        format: *const std::ffi::c_char,
        tm: *const Tm,
    ) -> usize;
}

const STRUCT_TIME_FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn struct_time() -> &'static Arc<crate::objects::types::PyType> {
    static T: OnceLock<Arc<crate::objects::types::PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let fields: Vec<String> = STRUCT_TIME_FIELDS.iter().map(|f| f.to_string()).collect();
        // A struct sequence: it prints as `time.struct_time(...)`.
        super::collections::struct_seq_type("struct_time", &fields, "time")
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

// ---- strftime, mktime, asctime, ctime ----------------------------------------

/// The local time now, zone included.
fn local_now(vm: &Vm) -> PyResult<Tm> {
    let secs = since_unix().as_secs() as i64;
    // SAFETY: as in `broken_down`.
    let mut tm: Tm = unsafe { std::mem::zeroed() };
    if unsafe { localtime_r(&secs, &mut tm) }.is_null() {
        return Err(vm.new_error(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm)
}

/// A struct_time or 9-tuple as a `struct tm`, with CPython's conversions (weekday from
/// Monday to from Sunday, months and year-days from 0) but no range checks.
fn tm_of(vm: &mut Vm, func: &str, v: &Value) -> PyResult<Tm> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if t.items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(t.items.iter()) {
        *slot = super::modutil::to_i64(vm, item)?;
    }
    let int = |vm: &Vm, n: i64| {
        i32::try_from(n)
            .map_err(|_| vm.new_error("OverflowError", "signed integer is greater than maximum"))
    };
    // SAFETY: a plain C struct; the zone pointer stays null.
    let mut tm: Tm = unsafe { std::mem::zeroed() };
    tm.tm_year = int(vm, f[0] - 1900)?;
    tm.tm_mon = int(vm, f[1] - 1)?;
    tm.tm_mday = int(vm, f[2])?;
    tm.tm_hour = int(vm, f[3])?;
    tm.tm_min = int(vm, f[4])?;
    tm.tm_sec = int(vm, f[5])?;
    tm.tm_wday = int(vm, (f[6] + 1) % 7)?;
    tm.tm_yday = int(vm, f[7] - 1)?;
    tm.tm_isdst = int(vm, f[8])?;
    Ok(tm)
}

/// CPython's range checks for strftime and asctime, zeros standing for the first value.
fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let checks = [
        ((0..=11).contains(&tm.tm_mon), "month out of range"),
        ((1..=31).contains(&tm.tm_mday), "day of month out of range"),
        ((0..=23).contains(&tm.tm_hour), "hour out of range"),
        ((0..=59).contains(&tm.tm_min), "minute out of range"),
        ((0..=61).contains(&tm.tm_sec), "seconds out of range"),
        (tm.tm_wday >= 0, "day of week out of range"),
        ((0..=365).contains(&tm.tm_yday), "day of year out of range"),
    ];
    match checks.iter().find(|(ok, _)| !ok) {
        Some((_, msg)) => Err(vm.value_error(*msg)),
        None => Ok(()),
    }
}

/// The time tuple argument `i`, else the local time now.
fn time_arg(vm: &mut Vm, func: &str, args: &Args, i: usize) -> PyResult<Tm> {
    match args.pos.get(i) {
        None => local_now(vm),
        Some(v) => {
            let mut tm = tm_of(vm, func, v)?;
            check_tm(vm, &mut tm)?;
            // The zone of that local time, for %Z and %z. glibc's zone names live as long
            // as the process.
            let mut probe = Tm { ..tm };
            // SAFETY: probe and zoned are valid `struct tm`s, written in place.
            let secs = unsafe { mktime(&mut probe) };
            let mut zoned: Tm = unsafe { std::mem::zeroed() };
            if secs != -1 && !unsafe { localtime_r(&secs, &mut zoned) }.is_null() {
                tm._tm_gmtoff = zoned._tm_gmtoff;
                tm._tm_zone = zoned._tm_zone;
            }
            Ok(tm)
        }
    }
}

/// `strftime(format[, t])`, by the C library's strftime (in the C locale).
fn time_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::arity(vm, "strftime", &args, 1, 2)?;
    let Value::Str(format) = &args.pos[0] else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            args.pos[0].type_name()
        )));
    };
    let tm = time_arg(vm, "strftime", &args, 1)?;
    let Ok(c_format) = std::ffi::CString::new(format.as_str()) else {
        return Err(vm.value_error("embedded null character"));
    };
    if format.as_str().is_empty() {
        return Ok(Value::str(""));
    }
    // strftime returns 0 both for "too small" and for an empty result: grow, then give up.
    let mut size = 1024usize.max(format.as_str().len() * 4);
    while size <= 256 * 1024 + format.as_str().len() * 256 {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; format is NUL-terminated; tm is a valid struct tm.
        let n = unsafe { strftime(buf.as_mut_ptr().cast(), size, c_format.as_ptr(), &tm) };
        if n > 0 {
            buf.truncate(n);
            return Ok(Value::str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
    Ok(Value::str(""))
}

/// `mktime(t)`: seconds since the epoch of a local time tuple.
fn time_mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::arity(vm, "mktime", &args, 1, 1)?;
    let mut tm = tm_of(vm, "mktime", &args.pos[0])?;
    // A result of -1 is an error only if mktime left the sentinel weekday alone.
    tm.tm_wday = -1;
    // SAFETY: tm is a valid struct tm.
    let secs = unsafe { mktime(&mut tm) };
    if secs == -1 && tm.tm_wday == -1 {
        return Err(vm.new_error("OverflowError", "mktime argument out of range"));
    }
    Ok(Value::from(secs as f64))
}

const DAY_ABBRS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_ABBRS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn asctime_of(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAY_ABBRS[tm.tm_wday.rem_euclid(7) as usize],
        MONTH_ABBRS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

/// `asctime([t])`: 'Thu Feb 29 13:05:09 2024'.
fn asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::modutil::arity(vm, "asctime", &args, 0, 1)?;
    let tm = time_arg(vm, "asctime", &args, 0)?;
    Ok(Value::str(asctime_of(&tm)))
}

/// `ctime([secs])`: asctime of the local time at `secs`.
fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Tuple(t) = broken_down(vm, &args, "ctime", localtime_r)? else {
        return Err(vm.type_error("ctime(): bad time"));
    };
    let tuple = Value::Tuple(t);
    let tm = tm_of(vm, "ctime", &tuple)?;
    Ok(Value::str(asctime_of(&tm)))
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    broken_down(vm, &args, "gmtime", gmtime_r)
}
