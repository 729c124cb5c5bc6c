//! `select`: `select.select` and `select.poll` over libc's `poll`, waiting without the
//! GIL. `selectors` (in Python) builds on them.

use std::any::Any;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, PyType};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, module_type, receiver, to_f64, to_i64};
use super::socket::errno_error;

const FUNCTIONS: &[(&str, NativeFn)] = &[("select", select), ("poll", new_poll)];

const EVENTS: &[(&str, i16)] = &[
    ("POLLIN", libc::POLLIN),
    ("POLLPRI", libc::POLLPRI),
    ("POLLOUT", libc::POLLOUT),
    ("POLLERR", libc::POLLERR),
    ("POLLHUP", libc::POLLHUP),
    ("POLLNVAL", libc::POLLNVAL),
    ("POLLRDNORM", libc::POLLRDNORM),
    ("POLLWRNORM", libc::POLLWRNORM),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    for &(name, n) in EVENTS {
        set(&d, name, Value::Int(n as i64));
    }
    set(&d, "error", Value::Type(exception_type("OSError")));
    Ok(d)
}

/// The fd of `obj`: an int, or what its `fileno()` returns.
pub fn fileno_of(vm: &mut Vm, obj: &Value) -> PyResult<i32> {
    let n = match obj {
        Value::Int(n) => *n,
        _ => {
            // Native file objects (pipes, files) have a fileno() too, not only classes.
            let method = vm.try_get_attr(obj, &PyStr::new("fileno"))?;
            let Some(method) = method else {
                return Err(vm.type_error("argument must be an int, or have a fileno() method."));
            };
            let r = vm.call(&method, Vec::new(), Vec::new())?;
            if !matches!(r, Value::Int(_)) {
                return Err(vm.type_error("fileno() returned a non-integer"));
            }
            to_i64(vm, &r)?
        }
    };
    if n < 0 {
        return Err(vm.value_error(format!(
            "file descriptor cannot be a negative integer ({n})"
        )));
    }
    i32::try_from(n)
        .map_err(|_| vm.new_error("OverflowError", "Python int too large to convert to C int"))
}

/// Polls `fds` without the GIL until one is ready or `timeout` passes (None: forever),
/// retrying after signals with what is left of the timeout, as PEP 475 asks.
fn poll_fds(vm: &mut Vm, fds: &mut [libc::pollfd], timeout: Option<f64>) -> PyResult<()> {
    let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.min(1e9)));
    loop {
        let ms = match deadline {
            None => -1,
            Some(d) => d
                .saturating_duration_since(Instant::now())
                .as_micros()
                .div_ceil(1000)
                .min(i32::MAX as u128) as i32,
        };
        let (n, err) = vm.allow_threads(|| {
            // SAFETY: fds is a valid array of pollfd.
            let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
            (
                n,
                std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
            )
        });
        if n >= 0 {
            return Ok(());
        }
        if err != libc::EINTR {
            return Err(errno_error(err));
        }
        vm.check_signals()?;
    }
}

fn timeout_secs(vm: &mut Vm, v: Option<&Value>, scale: f64) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if !matches!(
                v,
                Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_)
            ) {
                return Err(vm.type_error("timeout must be a float or None"));
            }
            let t = to_f64(vm, v)? * scale;
            if t.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            Ok(Some(t))
        }
    }
}

/// `select(rlist, wlist, xlist[, timeout])` → the ready objects of each list.
fn select(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "select", &args, 3, 4)?;
    let timeout = timeout_secs(vm, args.pos.get(3), 1.0)?;
    if timeout.is_some_and(|t| t < 0.0) {
        return Err(vm.value_error("timeout must be non-negative"));
    }
    let mut lists = Vec::with_capacity(3);
    for v in &args.pos[..3] {
        let items = vm
            .collect_iterable(v)
            .map_err(|_| vm.type_error("arguments 1-3 must be sequences"))?;
        let mut fds = Vec::with_capacity(items.len());
        for item in &items {
            fds.push(fileno_of(vm, item)?);
        }
        lists.push((items, fds));
    }
    let wanted = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut pfds: Vec<libc::pollfd> = Vec::new();
    for ((_, fds), events) in lists.iter().zip(wanted) {
        pfds.extend(fds.iter().map(|&fd| libc::pollfd {
            fd,
            events,
            revents: 0,
        }));
    }
    poll_fds(vm, &mut pfds, timeout)?;
    let mut at = 0;
    let mut out = Vec::with_capacity(3);
    for (i, (items, _)) in lists.iter().enumerate() {
        let mut ready = Vec::new();
        for item in items {
            let revents = pfds[at].revents;
            at += 1;
            if revents & libc::POLLNVAL != 0 {
                return Err(errno_error(libc::EBADF));
            }
            // select() reports errors and hang-ups as readable and writable.
            let hit = match i {
                0 => libc::POLLIN | libc::POLLHUP | libc::POLLERR,
                1 => libc::POLLOUT | libc::POLLERR,
                _ => libc::POLLPRI,
            };
            if revents & hit != 0 {
                ready.push(item.clone());
            }
        }
        out.push(Value::list(ready));
    }
    Ok(Value::tuple(out))
}

/// A `select.poll()` object: fds and their event masks, in registration order.
pub struct Poll {
    fds: Mutex<Vec<(i32, i16)>>,
}

impl NativeObject for Poll {
    fn class(&self) -> Arc<PyType> {
        poll_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn poll_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        module_type(
            "poll",
            "select",
            vec![],
            &[
                ("register", poll_register),
                ("modify", poll_modify),
                ("unregister", poll_unregister),
                ("poll", poll_poll),
            ],
        )
    })
}

fn new_poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "poll", &args, 0, 0)?;
    Ok(Value::new_native(Poll {
        fds: Mutex::new(Vec::new()),
    }))
}

fn mask_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i16> {
    match v {
        None => Ok(libc::POLLIN | libc::POLLPRI | libc::POLLOUT),
        Some(v) => {
            let n = to_i64(vm, v)?;
            u16::try_from(n).map(|m| m as i16).map_err(|_| {
                vm.new_error("OverflowError", "Python int too large for C unsigned short")
            })
        }
    }
}

fn poll_register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver::<Poll>(vm, &args, "select.poll", "register")?;
    arity(vm, "register", &args, 2, 3)?;
    let fd = fileno_of(vm, &args.pos[1])?;
    let mask = mask_arg(vm, args.pos.get(2))?;
    let mut fds = p.fds.lock();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(Value::None)
}

fn poll_modify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver::<Poll>(vm, &args, "select.poll", "modify")?;
    arity(vm, "modify", &args, 3, 3)?;
    let fd = fileno_of(vm, &args.pos[1])?;
    let mask = mask_arg(vm, args.pos.get(2))?;
    let mut fds = p.fds.lock();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => {
            drop(fds);
            return Err(errno_error(libc::ENOENT));
        }
    }
    Ok(Value::None)
}

fn poll_unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver::<Poll>(vm, &args, "select.poll", "unregister")?;
    arity(vm, "unregister", &args, 2, 2)?;
    let fd = fileno_of(vm, &args.pos[1])?;
    let mut fds = p.fds.lock();
    let Some(i) = fds.iter().position(|(f, _)| *f == fd) else {
        drop(fds);
        return Err(vm.new_error("KeyError", fd.to_string()));
    };
    fds.remove(i);
    Ok(Value::None)
}

/// `poll([timeout_ms])` → `[(fd, events), ...]`; a negative timeout waits forever.
fn poll_poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver::<Poll>(vm, &args, "select.poll", "poll")?;
    arity(vm, "poll", &args, 1, 2)?;
    let timeout = timeout_secs(vm, args.pos.get(1), 0.001)?.filter(|t| *t >= 0.0);
    let mut pfds: Vec<libc::pollfd> = p
        .fds
        .lock()
        .iter()
        .map(|&(fd, events)| libc::pollfd {
            fd,
            events,
            revents: 0,
        })
        .collect();
    poll_fds(vm, &mut pfds, timeout)?;
    Ok(Value::list(
        pfds.iter()
            .filter(|p| p.revents != 0)
            .map(|p| {
                Value::tuple(vec![
                    Value::Int(p.fd as i64),
                    Value::Int(p.revents as u16 as i64),
                ])
            })
            .collect(),
    ))
}
