//! `_socket`, the native side of `socket`: BSD sockets over `libc`, with CPython's
//! timeout model (a socket with a timeout is non-blocking underneath and waits in `poll`)
//! and its errors. Every call that can block runs without the GIL, so threads doing
//! network I/O overlap.

use std::any::Any;
use std::ffi::{CStr, CString};
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, PyType};
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::modutil::{arity, bind, getter, module_type, to_c_int, to_f64, to_i64};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("socketpair", socketpair),
    ("getaddrinfo", getaddrinfo),
    ("gethostname", gethostname),
    ("getdefaulttimeout", getdefaulttimeout),
    ("setdefaulttimeout", setdefaulttimeout),
    ("close", close_fd),
    ("dup", dup_fd),
    ("inet_pton", inet_pton),
    ("inet_ntop", inet_ntop),
];

const CONSTANTS: &[(&str, i32)] = &[
    ("AF_UNSPEC", libc::AF_UNSPEC),
    ("AF_UNIX", libc::AF_UNIX),
    ("AF_INET", libc::AF_INET),
    ("AF_INET6", libc::AF_INET6),
    ("SOCK_STREAM", libc::SOCK_STREAM),
    ("SOCK_DGRAM", libc::SOCK_DGRAM),
    ("SOCK_RAW", libc::SOCK_RAW),
    ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET),
    ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
    ("SOL_SOCKET", libc::SOL_SOCKET),
    ("SO_REUSEADDR", libc::SO_REUSEADDR),
    ("SO_REUSEPORT", libc::SO_REUSEPORT),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
    ("SO_BROADCAST", libc::SO_BROADCAST),
    ("SO_ERROR", libc::SO_ERROR),
    ("SO_TYPE", libc::SO_TYPE),
    ("SO_LINGER", libc::SO_LINGER),
    ("SO_RCVBUF", libc::SO_RCVBUF),
    ("SO_SNDBUF", libc::SO_SNDBUF),
    ("SO_RCVTIMEO", libc::SO_RCVTIMEO),
    ("SO_SNDTIMEO", libc::SO_SNDTIMEO),
    ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN),
    ("IPPROTO_IP", libc::IPPROTO_IP),
    ("IPPROTO_TCP", libc::IPPROTO_TCP),
    ("IPPROTO_UDP", libc::IPPROTO_UDP),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
    ("TCP_NODELAY", libc::TCP_NODELAY),
    ("TCP_KEEPIDLE", libc::TCP_KEEPIDLE),
    ("SHUT_RD", libc::SHUT_RD),
    ("SHUT_WR", libc::SHUT_WR),
    ("SHUT_RDWR", libc::SHUT_RDWR),
    ("MSG_PEEK", libc::MSG_PEEK),
    ("MSG_WAITALL", libc::MSG_WAITALL),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
    ("MSG_OOB", libc::MSG_OOB),
    ("AI_PASSIVE", libc::AI_PASSIVE),
    ("AI_CANONNAME", libc::AI_CANONNAME),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
    ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
    ("SOMAXCONN", libc::SOMAXCONN),
    ("EAI_NONAME", libc::EAI_NONAME),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    for &(name, n) in CONSTANTS {
        set(&d, name, Value::Int(n as i64));
    }
    set(&d, "INADDR_ANY", Value::Int(0));
    set(&d, "INADDR_LOOPBACK", Value::Int(0x7f00_0001));
    set(&d, "INADDR_BROADCAST", Value::Int(0xffff_ffff));
    set(&d, "socket", Value::Type(socket_type().clone()));
    set(&d, "SocketType", Value::Type(socket_type().clone()));
    set(&d, "gaierror", Value::Type(gaierror_type().clone()));
    set(&d, "herror", Value::Type(herror_type().clone()));
    set(&d, "error", Value::Type(exception_type("OSError")));
    set(&d, "timeout", Value::Type(exception_type("TimeoutError")));
    set(&d, "has_ipv6", Value::from(true));
    Ok(d)
}

fn gaierror_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| module_type("gaierror", "socket", vec![exception_type("OSError")], &[]))
}

fn herror_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| module_type("herror", "socket", vec![exception_type("OSError")], &[]))
}

/// `socket.setdefaulttimeout`: the timeout of sockets made afterwards, as f64 bits,
/// with NaN for "none" (blocking).
static DEFAULT_TIMEOUT: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(NO_TIMEOUT);
const NO_TIMEOUT: u64 = 0x7ff8_0000_0000_0000;

fn default_timeout() -> Option<f64> {
    let t = f64::from_bits(DEFAULT_TIMEOUT.load(Ordering::Relaxed));
    (!t.is_nan()).then_some(t)
}

/// A socket. The fd is -1 once closed or detached, so later calls fail with EBADF as
/// CPython's do.
pub struct Socket {
    fd: AtomicI32,
    /// Family, type and protocol, set by `__init__`.
    family: AtomicI32,
    kind: AtomicI32,
    proto: AtomicI32,
    /// `None` blocks; `Some(0.0)` never waits; else the longest wait in seconds.
    timeout: Mutex<Option<f64>>,
    class: Arc<PyType>,
    dict: Arc<PyDict>,
}

impl Drop for Socket {
    fn drop(&mut self) {
        let fd = self.fd.swap(-1, Ordering::Relaxed);
        if fd >= 0 {
            // SAFETY: the socket owns fd.
            unsafe { libc::close(fd) };
        }
    }
}

impl NativeObject for Socket {
    fn class(&self) -> Arc<PyType> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<Arc<PyDict>> {
        Some(self.dict.clone())
    }
}

pub fn socket_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = module_type("socket", "_socket", vec![], SOCKET_METHODS);
        for (name, f) in [
            ("family", sock_family as NativeFn),
            ("type", sock_kind),
            ("proto", sock_proto),
            ("timeout", sock_gettimeout),
        ] {
            t.dict.set_str(&PyStr::new(name), getter(name, f));
        }
        t
    })
}

const SOCKET_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", sock_new),
    ("__init__", sock_init),
    ("_accept", sock_accept),
    ("bind", sock_bind),
    ("listen", sock_listen),
    ("connect", sock_connect),
    ("connect_ex", sock_connect_ex),
    ("send", sock_send),
    ("sendall", sock_sendall),
    ("sendto", sock_sendto),
    ("recv", sock_recv),
    ("recvfrom", sock_recvfrom),
    ("close", sock_close),
    ("detach", sock_detach),
    ("shutdown", sock_shutdown),
    ("setsockopt", sock_setsockopt),
    ("getsockopt", sock_getsockopt),
    ("settimeout", sock_settimeout),
    ("gettimeout", sock_gettimeout),
    ("setblocking", sock_setblocking),
    ("getblocking", sock_getblocking),
    ("getsockname", sock_getsockname),
    ("getpeername", sock_getpeername),
    ("fileno", sock_fileno),
];

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a Socket> {
    super::modutil::receiver::<Socket>(vm, args, "_socket.socket", method)
}

/// The OSError (or its errno subclass) CPython raises for a failed system call.
pub fn errno_error(code: i32) -> PyErr {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let text = text.split(" (os error").next().unwrap_or("").to_string();
    PyException::construct(
        exception_type("OSError"),
        vec![Value::Int(code as i64), Value::str(text)],
    )
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn timed_out() -> PyErr {
    PyException::new(
        exception_type("TimeoutError"),
        vec![Value::str("timed out")],
    )
}

fn gai_error(code: i32) -> PyErr {
    // SAFETY: gai_strerror returns a static string.
    let text = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    PyException::construct(
        gaierror_type().clone(),
        vec![Value::Int(code as i64), Value::str(text)],
    )
}

fn set_nonblocking(fd: i32, on: bool) {
    // SAFETY: fcntl on an fd the caller owns; failures leave the flags as they were.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags >= 0 {
            let flags = if on {
                flags | libc::O_NONBLOCK
            } else {
                flags & !libc::O_NONBLOCK
            };
            libc::fcntl(fd, libc::F_SETFL, flags);
        }
    }
}

/// Waits without the GIL until `fd` is ready for `events` or `deadline` passes:
/// Ok(false) on timeout.
fn wait_ready(vm: &mut Vm, fd: i32, events: i16, deadline: Instant) -> PyResult<bool> {
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        // poll counts whole milliseconds: round up so a wait never ends early.
        let ms = left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32;
        let mut p = libc::pollfd {
            fd,
            events,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let (n, err) = vm.allow_threads(|| {
            let n = unsafe { libc::poll(&mut p, 1, ms) };
            (n, last_errno())
        });
        match n {
            0 => return Ok(false),
            n if n > 0 => return Ok(true),
            _ if err == libc::EINTR => vm.check_signals()?,
            _ => return Err(errno_error(err)),
        }
    }
}

impl Socket {
    fn fd(&self) -> i32 {
        self.fd.load(Ordering::Relaxed)
    }

    fn timeout(&self) -> Option<f64> {
        *self.timeout.lock()
    }

    fn set_timeout(&self, t: Option<f64>) {
        *self.timeout.lock() = t;
        let fd = self.fd();
        if fd >= 0 {
            set_nonblocking(fd, t.is_some());
        }
    }

    /// Runs the system call `op` (returning -1 with errno set on failure) the way
    /// CPython's `sock_call` does: with a timeout, first wait for `events` in poll, and
    /// raise TimeoutError when none comes in time; without one, block in the call itself
    /// with the GIL released. Interrupted calls run the signal handlers and go on.
    fn call(&self, vm: &mut Vm, events: i16, mut op: impl FnMut(i32) -> isize) -> PyResult<isize> {
        let fd = self.fd();
        if fd < 0 {
            // poll ignores negative fds: a closed socket would wait out its timeout.
            return Err(errno_error(libc::EBADF));
        }
        let timeout = self.timeout();
        let deadline = timeout
            .filter(|t| *t > 0.0)
            .map(|t| Instant::now() + Duration::from_secs_f64(t.min(1e9)));
        loop {
            if let Some(d) = deadline {
                if !wait_ready(vm, fd, events, d)? {
                    return Err(timed_out());
                }
            }
            let (r, err) = if timeout.is_none() {
                vm.allow_threads(|| {
                    let r = op(fd);
                    (r, last_errno())
                })
            } else {
                let r = op(fd);
                (r, last_errno())
            };
            if r >= 0 {
                return Ok(r);
            }
            if err == libc::EINTR {
                vm.check_signals()?;
                continue;
            }
            let again = err == libc::EAGAIN || err == libc::EWOULDBLOCK;
            if !(again && deadline.is_some()) {
                return Err(errno_error(err));
            }
        }
    }

    /// `connect`, giving the errno instead of raising it (for `connect_ex`).
    fn connect(&self, vm: &mut Vm, addr: &SockAddr) -> PyResult<i32> {
        let fd = self.fd();
        let timeout = self.timeout();
        let (r, mut err) = vm.allow_threads(|| {
            // SAFETY: addr holds a valid socket address of length addr.len.
            let r = unsafe { libc::connect(fd, addr.as_ptr(), addr.len) };
            (r, last_errno())
        });
        if r == 0 {
            return Ok(0);
        }
        if err == libc::EINTR && timeout.is_none() {
            vm.check_signals()?;
            // The connection goes on in the background: wait for it as a timeout would.
            err = libc::EINPROGRESS;
        }
        let waits = timeout.is_none_or(|t| t > 0.0);
        if err != libc::EINPROGRESS || !waits {
            return Ok(err);
        }
        let deadline = Instant::now() + Duration::from_secs_f64(timeout.unwrap_or(1e9).min(1e9));
        if !wait_ready(vm, fd, libc::POLLOUT, deadline)? {
            return Err(timed_out());
        }
        Ok(getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_ERROR).unwrap_or_else(|e| e))
    }
}

fn getsockopt_int(fd: i32, level: i32, opt: i32) -> Result<i32, i32> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: v and len describe an int-sized buffer.
    let r = unsafe { libc::getsockopt(fd, level, opt, &mut v as *mut _ as *mut _, &mut len) };
    if r < 0 {
        Err(last_errno())
    } else {
        Ok(v)
    }
}

impl Socket {
    /// Takes `fd` as this socket's, with the default timeout.
    fn adopt(&self, fd: i32, family: i32, kind: i32, proto: i32) {
        let timeout = default_timeout();
        if timeout.is_some() {
            set_nonblocking(fd, true);
        }
        *self.timeout.lock() = timeout;
        self.family.store(family, Ordering::Relaxed);
        let kind = kind & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC);
        self.kind.store(kind, Ordering::Relaxed);
        self.proto.store(proto, Ordering::Relaxed);
        let old = self.fd.swap(fd, Ordering::Relaxed);
        if old >= 0 {
            // SAFETY: the socket owned the fd it is replacing.
            unsafe { libc::close(old) };
        }
    }

    fn family(&self) -> i32 {
        self.family.load(Ordering::Relaxed)
    }
}

fn int_or(vm: &mut Vm, v: &Option<Value>, default: i32) -> PyResult<i32> {
    match v {
        None => Ok(default),
        Some(v) => to_c_int(vm, v),
    }
}

/// `socket.__new__`. As in CPython, `__init__` makes or adopts the fd, so that
/// subclasses may take other arguments; the VM runs no native `__init__` after a native
/// `__new__`, so without an `__init__` written in Python this runs it.
fn sock_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(class)) = args.pos.first() else {
        return Err(vm.type_error("socket.__new__(X): X is not a type object"));
    };
    let obj = Value::new_native(Socket {
        fd: AtomicI32::new(-1),
        family: AtomicI32::new(libc::AF_INET),
        kind: AtomicI32::new(libc::SOCK_STREAM),
        proto: AtomicI32::new(0),
        timeout: Mutex::new(None),
        class: class.clone(),
        dict: PyDict::new(),
    });
    if !matches!(class.lookup("__init__"), Some(Value::Function(_))) {
        let mut pos = args.pos.to_vec();
        pos[0] = obj.clone();
        sock_init(
            vm,
            Args {
                pos: &pos,
                kw: args.kw,
            },
        )?;
    }
    Ok(obj)
}

/// `socket(family=-1, type=-1, proto=-1, fileno=None)`: -1 means AF_INET, SOCK_STREAM
/// and 0 for a new socket, and "ask the fd" for an existing one.
fn sock_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__init__")?;
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let p = bind(
        vm,
        "socket",
        &rest,
        &["family", "type", "proto", "fileno"],
        0,
        &[],
        0,
    )?;
    let mut family = int_or(vm, &p[0], -1)?;
    let mut kind = int_or(vm, &p[1], -1)?;
    let mut proto = int_or(vm, &p[2], -1)?;
    if let Some(f) = p[3].as_ref().filter(|v| !matches!(v, Value::None)) {
        let fd = to_i64(vm, f)?;
        let fd = i32::try_from(fd)
            .ok()
            .filter(|fd| *fd >= 0)
            .ok_or_else(|| vm.value_error("negative file descriptor"))?;
        let ask = |opt| getsockopt_int(fd, libc::SOL_SOCKET, opt).map_err(errno_error);
        if family == -1 {
            family = ask(libc::SO_DOMAIN)?;
        }
        if kind == -1 {
            kind = ask(libc::SO_TYPE)?;
        }
        if proto == -1 {
            proto = ask(libc::SO_PROTOCOL)?;
        }
        s.adopt(fd, family, kind, proto);
        return Ok(Value::None);
    }
    if family == -1 {
        family = libc::AF_INET;
    }
    if kind == -1 {
        kind = libc::SOCK_STREAM;
    }
    if proto == -1 {
        proto = 0;
    }
    // SAFETY: plain system call.
    let fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        return Err(errno_error(last_errno()));
    }
    s.adopt(fd, family, kind, proto);
    Ok(Value::None)
}

/// A C socket address.
struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn empty() -> SockAddr {
        SockAddr {
            // SAFETY: all-zero is a valid sockaddr_storage.
            storage: unsafe { std::mem::zeroed() },
            len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }

    fn as_ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }

    fn as_mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }

    fn v4(ip: Ipv4Addr, port: u16) -> SockAddr {
        let mut a = SockAddr::empty();
        // SAFETY: sockaddr_storage is large and aligned enough for sockaddr_in.
        let sin = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_in) };
        sin.sin_family = libc::AF_INET as libc::sa_family_t;
        sin.sin_port = port.to_be();
        sin.sin_addr.s_addr = u32::from(ip).to_be();
        a.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        a
    }

    fn v6(ip: Ipv6Addr, port: u16, flowinfo: u32, scope_id: u32) -> SockAddr {
        let mut a = SockAddr::empty();
        // SAFETY: sockaddr_storage is large and aligned enough for sockaddr_in6.
        let sin6 = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_in6) };
        sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
        sin6.sin6_port = port.to_be();
        sin6.sin6_flowinfo = flowinfo.to_be();
        sin6.sin6_addr.s6_addr = ip.octets();
        sin6.sin6_scope_id = scope_id;
        a.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
        a
    }

    fn unix(path: &[u8]) -> Option<SockAddr> {
        let mut a = SockAddr::empty();
        // SAFETY: sockaddr_storage is large and aligned enough for sockaddr_un.
        let sun = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_un) };
        if path.len() >= sun.sun_path.len() {
            return None;
        }
        sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
        for (d, s) in sun.sun_path.iter_mut().zip(path) {
            *d = *s as libc::c_char;
        }
        let base = std::mem::size_of::<libc::sa_family_t>();
        // Abstract names (leading NUL) have no terminator.
        let extra = usize::from(path.first() != Some(&0));
        a.len = (base + path.len() + extra) as libc::socklen_t;
        Some(a)
    }

    /// The Python form: `(host, port)`, `(host, port, flowinfo, scope_id)` or a path.
    fn to_value(&self) -> Value {
        match self.storage.ss_family as i32 {
            libc::AF_INET => {
                // SAFETY: the family says this is a sockaddr_in.
                let sin = unsafe { &*(self.as_ptr() as *const libc::sockaddr_in) };
                let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
                Value::tuple(vec![
                    Value::str(ip.to_string()),
                    Value::Int(u16::from_be(sin.sin_port) as i64),
                ])
            }
            libc::AF_INET6 => {
                // SAFETY: the family says this is a sockaddr_in6.
                let sin6 = unsafe { &*(self.as_ptr() as *const libc::sockaddr_in6) };
                Value::tuple(vec![
                    Value::str(Ipv6Addr::from(sin6.sin6_addr.s6_addr).to_string()),
                    Value::Int(u16::from_be(sin6.sin6_port) as i64),
                    Value::Int(u32::from_be(sin6.sin6_flowinfo) as i64),
                    Value::Int(sin6.sin6_scope_id as i64),
                ])
            }
            libc::AF_UNIX => {
                // SAFETY: the family says this is a sockaddr_un.
                let sun = unsafe { &*(self.as_ptr() as *const libc::sockaddr_un) };
                let base = std::mem::size_of::<libc::sa_family_t>();
                let n = (self.len as usize)
                    .saturating_sub(base)
                    .min(sun.sun_path.len());
                let raw: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
                if raw.first() == Some(&0) {
                    return Value::bytes(raw);
                }
                let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
                Value::str(String::from_utf8_lossy(&raw[..end]).into_owned())
            }
            _ => Value::None,
        }
    }
}

/// Resolves `host` for `family` as CPython's `setipaddr` does: `''` is any address,
/// `'<broadcast>'` the broadcast one, numbers parse directly, names go to getaddrinfo
/// (without the GIL).
fn resolve(vm: &mut Vm, host: &str, family: i32) -> PyResult<SockAddr> {
    if host.is_empty() {
        return Ok(if family == libc::AF_INET6 {
            SockAddr::v6(Ipv6Addr::UNSPECIFIED, 0, 0, 0)
        } else {
            SockAddr::v4(Ipv4Addr::UNSPECIFIED, 0)
        });
    }
    if host == "<broadcast>" && family == libc::AF_INET {
        return Ok(SockAddr::v4(Ipv4Addr::BROADCAST, 0));
    }
    if family == libc::AF_INET {
        if let Ok(ip) = host.parse::<Ipv4Addr>() {
            return Ok(SockAddr::v4(ip, 0));
        }
    }
    if family == libc::AF_INET6 {
        if let Ok(ip) = host.parse::<Ipv6Addr>() {
            return Ok(SockAddr::v6(ip, 0, 0, 0));
        }
    }
    let found = lookup(vm, Some(host), None, family, 0, 0, 0)?;
    found
        .into_iter()
        .next()
        .map(|r| r.addr)
        .ok_or_else(|| gai_error(libc::EAI_NONAME))
}

/// A Python address for `family` as a C one; `caller` names the method in errors.
fn sockaddr(vm: &mut Vm, family: i32, addr: &Value, caller: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_INET | libc::AF_INET6 => {
            let name = if family == libc::AF_INET {
                "AF_INET"
            } else {
                "AF_INET6"
            };
            let Value::Tuple(t) = addr else {
                return Err(vm.type_error(format!(
                    "{caller}(): {name} address must be tuple, not {}",
                    addr.type_name()
                )));
            };
            let n = t.items.len();
            let ok = if family == libc::AF_INET {
                n == 2
            } else {
                (2..=4).contains(&n)
            };
            if !ok {
                return Err(vm.type_error(if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)"
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                }));
            }
            let host = match &t.items[0] {
                Value::Str(s) => s.as_str().to_string(),
                other => match other.as_bytes() {
                    Some(b) => String::from_utf8_lossy(b).into_owned(),
                    None => {
                        return Err(vm.type_error(format!(
                            "str, bytes or bytearray expected, not {}",
                            other.type_name()
                        )))
                    }
                },
            };
            let port_v = &t.items[1];
            if !matches!(port_v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    port_v.type_name()
                )));
            }
            let port = to_i64(vm, port_v).unwrap_or(-1);
            let Ok(port) = u16::try_from(port) else {
                return Err(vm.new_error(
                    "OverflowError",
                    format!("{caller}(): port must be 0-65535."),
                ));
            };
            let mut a = resolve(vm, &host, family)?;
            if a.storage.ss_family as i32 == libc::AF_INET {
                // SAFETY: the family says this is a sockaddr_in.
                let sin = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_in) };
                sin.sin_port = port.to_be();
            } else {
                let flow = match t.items.get(2) {
                    Some(v) => to_i64(vm, v)? as u32,
                    None => 0,
                };
                let scope = match t.items.get(3) {
                    Some(v) => to_i64(vm, v)? as u32,
                    None => 0,
                };
                // SAFETY: the family says this is a sockaddr_in6.
                let sin6 = unsafe { &mut *(a.as_mut_ptr() as *mut libc::sockaddr_in6) };
                sin6.sin6_port = port.to_be();
                sin6.sin6_flowinfo = flow.to_be();
                sin6.sin6_scope_id = scope;
            }
            Ok(a)
        }
        libc::AF_UNIX => {
            let path: Vec<u8> = match addr {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                other => match other.with_byte_content(|b| b.to_vec()) {
                    Some(b) => b,
                    None => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            other.type_name()
                        )))
                    }
                },
            };
            SockAddr::unix(&path).ok_or_else(|| vm.new_error("OSError", "AF_UNIX path too long"))
        }
        _ => Err(vm.new_error("OSError", format!("{caller}(): bad family"))),
    }
}

fn sock_family(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "family")?.family() as i64))
}

fn sock_kind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        this(vm, &args, "type")?.kind.load(Ordering::Relaxed) as i64,
    ))
}

fn sock_proto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        this(vm, &args, "proto")?.proto.load(Ordering::Relaxed) as i64,
    ))
}

fn sock_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "fileno")?.fd() as i64))
}

fn sock_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "close")?;
    let fd = s.fd.swap(-1, Ordering::Relaxed);
    // SAFETY: the socket owned fd.
    if fd >= 0 && unsafe { libc::close(fd) } < 0 {
        let err = last_errno();
        // CPython ignores ECONNRESET on close: the peer went first.
        if err != libc::ECONNRESET {
            return Err(errno_error(err));
        }
    }
    Ok(Value::None)
}

/// `_socket.close(fd)`.
fn close_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "close", &args, 1, 1)?;
    let fd = to_c_int(vm, &args.pos[0])?;
    // SAFETY: closing an fd the caller names, as os.close does.
    if unsafe { libc::close(fd) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

/// `_socket.dup(fd)`: a non-inheritable duplicate, as CPython's.
fn dup_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "dup", &args, 1, 1)?;
    let fd = to_c_int(vm, &args.pos[0])?;
    // SAFETY: fcntl duplicates whatever fd names, or fails with EBADF.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::Int(new as i64))
}

fn sock_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "detach")?;
    Ok(Value::Int(s.fd.swap(-1, Ordering::Relaxed) as i64))
}

fn sock_bind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "bind")?;
    arity(vm, "bind", &args, 2, 2)?;
    let addr = sockaddr(vm, s.family(), &args.pos[1], "bind")?;
    // SAFETY: addr is a valid socket address.
    if unsafe { libc::bind(s.fd(), addr.as_ptr(), addr.len) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

fn sock_listen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "listen")?;
    arity(vm, "listen", &args, 1, 2)?;
    let backlog = match args.pos.get(1) {
        Some(v) => to_c_int(vm, v)?.max(0),
        None => libc::SOMAXCONN.min(128),
    };
    // SAFETY: plain system call.
    if unsafe { libc::listen(s.fd(), backlog) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

/// `_accept()` → `(fd, address)`; `socket.accept` wraps the fd.
fn sock_accept(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "_accept")?;
    let mut addr = SockAddr::empty();
    let fd = s.call(vm, libc::POLLIN, |fd| {
        addr.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: addr is a sockaddr_storage of addr.len bytes.
        unsafe { libc::accept4(fd, addr.as_mut_ptr(), &mut addr.len, libc::SOCK_CLOEXEC) as isize }
    })?;
    Ok(Value::tuple(vec![Value::Int(fd as i64), addr.to_value()]))
}

fn sock_connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "connect")?;
    arity(vm, "connect", &args, 2, 2)?;
    let addr = sockaddr(vm, s.family(), &args.pos[1], "connect")?;
    match s.connect(vm, &addr)? {
        0 => Ok(Value::None),
        err => Err(errno_error(err)),
    }
}

fn sock_connect_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "connect_ex")?;
    arity(vm, "connect_ex", &args, 2, 2)?;
    let addr = sockaddr(vm, s.family(), &args.pos[1], "connect_ex")?;
    Ok(Value::Int(s.connect(vm, &addr)? as i64))
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    v.with_byte_content(|b| b.to_vec()).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

fn flags_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    match v {
        Some(v) => to_c_int(vm, v),
        None => Ok(0),
    }
}

fn send_some(vm: &mut Vm, s: &Socket, data: &[u8], flags: i32) -> PyResult<usize> {
    let n = s.call(vm, libc::POLLOUT, |fd| {
        // SAFETY: data is a valid buffer; MSG_NOSIGNAL turns a broken pipe into EPIPE.
        unsafe {
            libc::send(
                fd,
                data.as_ptr() as *const _,
                data.len(),
                flags | libc::MSG_NOSIGNAL,
            )
        }
    })?;
    Ok(n as usize)
}

fn sock_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "send")?;
    arity(vm, "send", &args, 2, 3)?;
    let data = data_arg(vm, &args.pos[1])?;
    let flags = flags_arg(vm, args.pos.get(2))?;
    Ok(Value::Int(send_some(vm, s, &data, flags)? as i64))
}

/// `sendall`: sends until everything went, the timeout bounding the whole call.
fn sock_sendall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "sendall")?;
    arity(vm, "sendall", &args, 2, 3)?;
    let data = data_arg(vm, &args.pos[1])?;
    let flags = flags_arg(vm, args.pos.get(2))?;
    let mut sent = 0;
    while sent < data.len() {
        sent += send_some(vm, s, &data[sent..], flags)?;
        vm.check_signals()?;
    }
    Ok(Value::None)
}

/// `sendto(data[, flags], address)`.
fn sock_sendto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "sendto")?;
    let n = args.pos.len();
    if !(3..=4).contains(&n) {
        return Err(vm.type_error(format!(
            "sendto() takes 2 or 3 arguments ({} given)",
            n.saturating_sub(1)
        )));
    }
    let data = data_arg(vm, &args.pos[1])?;
    let flags = if n == 4 {
        flags_arg(vm, args.pos.get(2))?
    } else {
        0
    };
    let addr = sockaddr(vm, s.family(), &args.pos[n - 1], "sendto")?;
    let sent = s.call(vm, libc::POLLOUT, |fd| {
        // SAFETY: data and addr are valid.
        unsafe {
            libc::sendto(
                fd,
                data.as_ptr() as *const _,
                data.len(),
                flags | libc::MSG_NOSIGNAL,
                addr.as_ptr(),
                addr.len,
            )
        }
    })?;
    Ok(Value::Int(sent as i64))
}

fn bufsize_arg(vm: &mut Vm, v: &Value, method: &str) -> PyResult<usize> {
    let n = to_i64(vm, v)?;
    usize::try_from(n).map_err(|_| vm.value_error(format!("negative buffersize in {method}")))
}

fn sock_recv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "recv")?;
    arity(vm, "recv", &args, 2, 3)?;
    let size = bufsize_arg(vm, &args.pos[1], "recv")?;
    let flags = flags_arg(vm, args.pos.get(2))?;
    let mut buf = vec![0u8; size];
    let n = s.call(vm, libc::POLLIN, |fd| {
        // SAFETY: buf has buf.len() writable bytes.
        unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut _, buf.len(), flags) }
    })?;
    buf.truncate(n as usize);
    Ok(Value::bytes(buf))
}

fn sock_recvfrom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "recvfrom")?;
    arity(vm, "recvfrom", &args, 2, 3)?;
    let size = bufsize_arg(vm, &args.pos[1], "recvfrom")?;
    let flags = flags_arg(vm, args.pos.get(2))?;
    let mut buf = vec![0u8; size];
    let mut addr = SockAddr::empty();
    let n = s.call(vm, libc::POLLIN, |fd| {
        addr.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: buf and addr are valid writable buffers of the given lengths.
        unsafe {
            libc::recvfrom(
                fd,
                buf.as_mut_ptr() as *mut _,
                buf.len(),
                flags,
                addr.as_mut_ptr(),
                &mut addr.len,
            )
        }
    })?;
    buf.truncate(n as usize);
    let from = if addr.len == 0 {
        Value::None
    } else {
        addr.to_value()
    };
    Ok(Value::tuple(vec![Value::bytes(buf), from]))
}

fn sock_shutdown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "shutdown")?;
    arity(vm, "shutdown", &args, 2, 2)?;
    let how = to_c_int(vm, &args.pos[1])?;
    // SAFETY: plain system call.
    if unsafe { libc::shutdown(s.fd(), how) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

/// `setsockopt(level, option, value)`: an int, or bytes passed as they are.
fn sock_setsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "setsockopt")?;
    arity(vm, "setsockopt", &args, 4, 4)?;
    let level = to_c_int(vm, &args.pos[1])?;
    let opt = to_c_int(vm, &args.pos[2])?;
    let value = match args.pos[3].with_byte_content(|b| b.to_vec()) {
        Some(b) => b,
        None => to_c_int(vm, &args.pos[3])?.to_ne_bytes().to_vec(),
    };
    // SAFETY: value is a buffer of value.len() bytes.
    let r = unsafe {
        libc::setsockopt(
            s.fd(),
            level,
            opt,
            value.as_ptr() as *const _,
            value.len() as libc::socklen_t,
        )
    };
    if r < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

/// `getsockopt(level, option[, buflen])`: an int, or `buflen` raw bytes.
fn sock_getsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "getsockopt")?;
    arity(vm, "getsockopt", &args, 3, 4)?;
    let level = to_c_int(vm, &args.pos[1])?;
    let opt = to_c_int(vm, &args.pos[2])?;
    let Some(buflen) = args.pos.get(3) else {
        return getsockopt_int(s.fd(), level, opt)
            .map(|v| Value::Int(v as i64))
            .map_err(errno_error);
    };
    let buflen = to_i64(vm, buflen)?;
    if !(1..=1024).contains(&buflen) {
        return Err(vm.new_error("OSError", "getsockopt buflen out of range"));
    }
    let mut buf = vec![0u8; buflen as usize];
    let mut len = buflen as libc::socklen_t;
    // SAFETY: buf has len bytes.
    let r = unsafe { libc::getsockopt(s.fd(), level, opt, buf.as_mut_ptr() as *mut _, &mut len) };
    if r < 0 {
        return Err(errno_error(last_errno()));
    }
    buf.truncate(len as usize);
    Ok(Value::bytes(buf))
}

/// A timeout argument: None, or a non-negative number of seconds.
fn timeout_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if matches!(v, Value::None) {
        return Ok(None);
    }
    if !matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_)
    ) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )));
    }
    let t = to_f64(vm, v)?;
    if t.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if t < 0.0 {
        return Err(vm.value_error("Timeout value out of range"));
    }
    Ok(Some(t))
}

fn timeout_value(t: Option<f64>) -> Value {
    t.map_or(Value::None, Value::from)
}

fn sock_settimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "settimeout")?;
    arity(vm, "settimeout", &args, 2, 2)?;
    let t = timeout_arg(vm, &args.pos[1])?;
    s.set_timeout(t);
    Ok(Value::None)
}

fn sock_gettimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(timeout_value(this(vm, &args, "gettimeout")?.timeout()))
}

fn sock_setblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "setblocking")?;
    arity(vm, "setblocking", &args, 2, 2)?;
    let block = vm.is_true(&args.pos[1])?;
    s.set_timeout(if block { None } else { Some(0.0) });
    Ok(Value::None)
}

fn sock_getblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "getblocking")?;
    Ok(Value::from(s.timeout() != Some(0.0)))
}

fn name_of(
    vm: &mut Vm,
    args: &Args,
    method: &str,
    f: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> PyResult<Value> {
    let s = this(vm, args, method)?;
    let mut addr = SockAddr::empty();
    // SAFETY: addr is a sockaddr_storage of addr.len bytes.
    if unsafe { f(s.fd(), addr.as_mut_ptr(), &mut addr.len) } < 0 {
        return Err(errno_error(last_errno()));
    }
    if addr.len == 0 && s.family() == libc::AF_UNIX {
        return Ok(Value::str(""));
    }
    Ok(addr.to_value())
}

fn sock_getsockname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    name_of(vm, &args, "getsockname", libc::getsockname)
}

fn sock_getpeername(vm: &mut Vm, args: Args) -> PyResult<Value> {
    name_of(vm, &args, "getpeername", libc::getpeername)
}

/// `socketpair(family, type, proto)` → two fds, which `socket.socketpair` wraps.
fn socketpair(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "socketpair", &args, 3, 3)?;
    let family = to_c_int(vm, &args.pos[0])?;
    let kind = to_c_int(vm, &args.pos[1])?;
    let proto = to_c_int(vm, &args.pos[2])?;
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for two descriptors.
    if unsafe { libc::socketpair(family, kind | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn gethostname(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut buf = [0u8; 256];
    // SAFETY: buf has buf.len() bytes.
    if unsafe { libc::gethostname(buf.as_mut_ptr() as *mut _, buf.len()) } < 0 {
        return Err(errno_error(last_errno()));
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(Value::str(
        String::from_utf8_lossy(&buf[..end]).into_owned(),
    ))
}

fn getdefaulttimeout(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(timeout_value(default_timeout()))
}

fn setdefaulttimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setdefaulttimeout", &args, 1, 1)?;
    let t = timeout_arg(vm, &args.pos[0])?;
    DEFAULT_TIMEOUT.store(t.map_or(NO_TIMEOUT, f64::to_bits), Ordering::Relaxed);
    Ok(Value::None)
}

/// One answer of getaddrinfo.
struct Found {
    family: i32,
    kind: i32,
    proto: i32,
    canonname: String,
    addr: SockAddr,
}

/// libc's getaddrinfo, without the GIL.
fn lookup(
    vm: &mut Vm,
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    kind: i32,
    proto: i32,
    flags: i32,
) -> PyResult<Vec<Found>> {
    let c = |s: &str| CString::new(s).map_err(|_| vm.value_error("embedded null character"));
    let host = host.map(c).transpose()?;
    let port = port.map(c).transpose()?;
    let r = vm.allow_threads(|| {
        // SAFETY: all-zero hints are valid; the fields set are plain ints.
        let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
        hints.ai_family = family;
        hints.ai_socktype = kind;
        hints.ai_protocol = proto;
        hints.ai_flags = flags;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let ptr = |s: &Option<CString>| s.as_ref().map_or(std::ptr::null(), |s| s.as_ptr());
        // SAFETY: valid C strings or null, valid hints, and an out pointer.
        let code = unsafe { libc::getaddrinfo(ptr(&host), ptr(&port), &hints, &mut res) };
        if code != 0 {
            return Err(code);
        }
        let mut out = Vec::new();
        let mut p = res;
        while !p.is_null() {
            // SAFETY: p walks the list getaddrinfo returned.
            let ai = unsafe { &*p };
            let mut addr = SockAddr::empty();
            let len = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
            // SAFETY: ai_addr points to ai_addrlen bytes; storage has room for len.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    ai.ai_addr as *const u8,
                    addr.as_mut_ptr() as *mut u8,
                    len,
                )
            };
            addr.len = len as libc::socklen_t;
            let canonname = if ai.ai_canonname.is_null() {
                String::new()
            } else {
                // SAFETY: a C string owned by the list.
                unsafe { CStr::from_ptr(ai.ai_canonname) }
                    .to_string_lossy()
                    .into_owned()
            };
            out.push(Found {
                family: ai.ai_family,
                kind: ai.ai_socktype,
                proto: ai.ai_protocol,
                canonname,
                addr,
            });
            p = ai.ai_next;
        }
        // SAFETY: res came from getaddrinfo.
        unsafe { libc::freeaddrinfo(res) };
        Ok(out)
    });
    r.map_err(gai_error)
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)` with plain ints;
/// `socket.getaddrinfo` turns them into enums.
fn getaddrinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        "getaddrinfo",
        &args,
        &["host", "port", "family", "type", "proto", "flags"],
        2,
        &[],
        0,
    )?;
    let text = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<Option<String>> {
        match v {
            Value::None => Ok(None),
            Value::Str(s) => Ok(Some(s.as_str().to_string())),
            Value::Int(n) if what == "port" => Ok(Some(n.to_string())),
            other => match other.as_bytes() {
                Some(b) => Ok(Some(String::from_utf8_lossy(b).into_owned())),
                None if what == "port" => Err(vm.new_error("OSError", "Int or String expected")),
                None => Err(vm.type_error("getaddrinfo() argument 1 must be string or None")),
            },
        }
    };
    let host = text(vm, p[0].as_ref().unwrap_or(&Value::None), "host")?;
    let port = text(vm, p[1].as_ref().unwrap_or(&Value::None), "port")?;
    let mut ints = [0i32; 4];
    for (slot, v) in ints.iter_mut().zip(&p[2..]) {
        if let Some(v) = v {
            *slot = to_c_int(vm, v)?;
        }
    }
    let [family, kind, proto, flags] = ints;
    let found = lookup(
        vm,
        host.as_deref(),
        port.as_deref(),
        family,
        kind,
        proto,
        flags,
    )?;
    Ok(Value::list(
        found
            .into_iter()
            .map(|f| {
                Value::tuple(vec![
                    Value::Int(f.family as i64),
                    Value::Int(f.kind as i64),
                    Value::Int(f.proto as i64),
                    Value::str(f.canonname),
                    f.addr.to_value(),
                ])
            })
            .collect(),
    ))
}

/// `inet_pton(family, text)` → the packed address.
fn inet_pton(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "inet_pton", &args, 2, 2)?;
    let family = to_c_int(vm, &args.pos[0])?;
    let Value::Str(text) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "inet_pton() argument 2 must be str, not {}",
            args.pos[1].type_name()
        )));
    };
    let packed = match family {
        libc::AF_INET => text
            .as_str()
            .parse::<Ipv4Addr>()
            .map(|ip| ip.octets().to_vec()),
        libc::AF_INET6 => text
            .as_str()
            .parse::<Ipv6Addr>()
            .map(|ip| ip.octets().to_vec()),
        _ => return Err(errno_error(libc::EAFNOSUPPORT)),
    };
    packed
        .map(Value::bytes)
        .map_err(|_| vm.new_error("OSError", "illegal IP address string passed to inet_pton"))
}

/// `inet_ntop(family, packed)` → the address as text.
fn inet_ntop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "inet_ntop", &args, 2, 2)?;
    let family = to_c_int(vm, &args.pos[0])?;
    let packed = data_arg(vm, &args.pos[1])?;
    let text = match family {
        libc::AF_INET => {
            <[u8; 4]>::try_from(packed.as_slice()).map(|b| Ipv4Addr::from(b).to_string())
        }
        libc::AF_INET6 => {
            <[u8; 16]>::try_from(packed.as_slice()).map(|b| Ipv6Addr::from(b).to_string())
        }
        _ => return Err(vm.value_error(format!("unknown address family {family}"))),
    };
    text.map(Value::str)
        .map_err(|_| vm.value_error("invalid length of packed IP address string"))
}
