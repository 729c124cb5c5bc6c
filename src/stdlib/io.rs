//! `_io`: `open()` and its file objects, text and binary (the `io` module adds the
//! in-memory files).
//!
//! A file object buffers reads and writes itself so many small calls stay cheap. The OS
//! file sits behind an `Arc` so a blocking call can run through `Vm::allow_threads`
//! without the object's lock held.

use std::any::Any;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use super::bytes_methods::codec_error;
use super::modutil::{bind, bind_clinic, getter, module_type};
use super::os::os_error;
use super::str_ops;
use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::set;
use crate::objects::str::PyStr;
use crate::objects::types::{exception_type, PyType};
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Writes are handed to the OS once this many bytes are pending, and reads ask for this
/// many at a time.
const CHUNK: usize = 8192;

pub struct FileObject {
    name: Value,
    /// `f.mode`: as given for text files, normalised (`rb+`) for binary ones as CPython does.
    mode: String,
    kind: &'static str,
    /// `None` for binary files.
    encoding: Option<String>,
    errors: String,
    /// Universal newlines: `\r\n` and `\r` read as `\n` (`newline=None`).
    translate: bool,
    /// Whether lines end at any of `\n`, `\r`, `\r\n` and reads note the kinds seen
    /// (`newline=None` or `''`).
    universal: bool,
    /// The one line ending otherwise (`newline='\n'`, `'\r'`, `'\r\n'`; `\n` in binary).
    line_end: &'static [u8],
    readable: bool,
    writable: bool,
    flushing: Flushing,
    /// False for a descriptor the caller keeps: closing the file leaves it open.
    closefd: bool,
    /// Shared with the binary layer `f.buffer` of a text file.
    state: Arc<Mutex<FileState>>,
}

/// When writes reach the OS, as `open()`'s `buffering` asks: 0 for binary files, 1 for
/// text files (at each newline), anything else once a chunk has gathered.
#[derive(Clone, Copy, PartialEq)]
enum Flushing {
    Chunk,
    Line,
    Each,
}

#[derive(Default)]
struct FileState {
    /// `None` once closed.
    file: Option<Arc<File>>,
    /// Bytes read ahead of the caller, from `rpos` on.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written but not yet handed to the OS.
    wbuf: Vec<u8>,
    /// The line endings reads have met, as bits: 1 `\n`, 2 `\r`, 4 `\r\n`.
    seen_newlines: u8,
}

const KINDS: [&str; 4] = [
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
];

/// The class of a file object of `kind` (one of [`KINDS`]); all share one implementation.
fn file_type(kind: &str) -> Arc<PyType> {
    static T: OnceLock<Vec<Arc<PyType>>> = OnceLock::new();
    let all = T.get_or_init(|| {
        KINDS
            .iter()
            .map(|kind| {
                let t = module_type(kind, "_io", Vec::new(), FILE_METHODS);
                for (name, f) in [
                    ("closed", file_closed as NativeFn),
                    ("name", file_name),
                    ("mode", file_mode),
                    ("encoding", file_encoding),
                    ("errors", file_errors),
                    ("newlines", file_newlines),
                    ("line_buffering", file_line_buffering),
                    ("buffer", file_buffer),
                ] {
                    t.dict.set_str(&PyStr::new(name), getter(name, f));
                }
                t
            })
            .collect()
    });
    let i = KINDS.iter().position(|k| *k == kind).unwrap_or(0);
    all[i].clone()
}

/// `io.UnsupportedOperation`, both an OSError and a ValueError as in CPython.
fn unsupported_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        module_type(
            "UnsupportedOperation",
            "io",
            vec![exception_type("OSError"), exception_type("ValueError")],
            &[],
        )
    })
}

fn unsupported(what: &str) -> PyErr {
    PyException::new(unsupported_type().clone(), vec![Value::str(what)])
}

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = PyDict::new();
    set(
        &d,
        "open",
        Value::Builtin(crate::objects::function::Builtin::new("open", builtin_open)),
    );
    set(
        &d,
        "UnsupportedOperation",
        Value::Type(unsupported_type().clone()),
    );
    Ok(d)
}

const FILE_METHODS: &[(&str, NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("flush", file_flush),
    ("close", file_close),
    ("seek", file_seek),
    ("tell", file_tell),
    ("readable", file_readable),
    ("writable", file_writable),
    ("seekable", file_seekable),
    ("fileno", file_fileno),
    ("isatty", file_isatty),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("reconfigure", file_reconfigure),
];

impl NativeObject for FileObject {
    fn class(&self) -> Arc<PyType> {
        file_type(self.kind)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(
            self.readline(vm, None, "readline")
                .map(|line| (!is_empty(&line)).then_some(line)),
        )
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let name = match vm.repr(&self.name) {
            Ok(n) => n,
            Err(e) => return Some(Err(e)),
        };
        Some(Ok(match &self.encoding {
            Some(enc) => format!(
                "<_io.TextIOWrapper name={name} mode='{}' encoding='{enc}'>",
                self.mode
            ),
            None => format!("<_io.{} name={name}>", self.kind),
        }))
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.as_str().is_empty(),
        other => other.as_bytes().is_some_and(<[u8]>::is_empty),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn builtin_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
    ];
    let p = bind_clinic(vm, "open", &args, &names, 1)?;
    let name = p[0].clone().unwrap_or(Value::None);
    // An int is a descriptor the file object takes over (or only borrows, closefd=False).
    let path = match &name {
        Value::Int(_) => None,
        _ => match super::os::fspath(vm, &name)? {
            Some(path) => Some(path),
            None => {
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    name.type_name()
                )))
            }
        },
    };
    let closefd = match &p[6] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let buffering = match &p[2] {
        Some(v) => super::modutil::to_i64(vm, v)?,
        None => -1,
    };
    let opt_str = |i: usize, what: &str| -> PyResult<Option<String>> {
        match &p[i] {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(vm.type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                other.type_name()
            ))),
        }
    };
    let mode = match &p[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
    };
    let encoding = opt_str(3, "encoding")?;
    let errors = opt_str(4, "errors")?;
    let newline = opt_str(5, "newline")?;
    let m = parse_mode(&mode).ok_or_else(|| vm.value_error(format!("invalid mode: '{mode}'")))?;
    if m.actions != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if m.binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if buffering == 0 && !m.binary {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let file = match &path {
        Some(path) => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            let mut options = OpenOptions::new();
            options
                .read(m.read || m.plus)
                .write(m.write || m.create || m.plus)
                .append(m.append)
                .truncate(m.write)
                .create(m.write || m.append)
                .create_new(m.create);
            // The OS opens a directory for reading; Python refuses it.
            let opened = vm.allow_threads(|| {
                let file = options.open(path)?;
                if file.metadata()?.is_dir() {
                    return Err(std::io::Error::from_raw_os_error(libc::EISDIR));
                }
                // An appending file starts at its end, where `tell()` then reports.
                if m.append {
                    (&file).seek(SeekFrom::End(0))?;
                }
                Ok(file)
            });
            opened.map_err(|e| os_error(vm, &e, path))?
        }
        None => adopt_fd(vm, &name)?,
    };
    // As in CPython, the text layer's arguments are checked once the file is open.
    if let Some(nl) = newline.as_deref() {
        if !matches!(nl, "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
    if let Some(enc) = &encoding {
        str_ops::encode("", enc, "strict").map_err(|e| codec_error(e, &Value::str("")))?;
    }
    let (readable, writable) = (m.read || m.plus, !m.read || m.plus);
    let (kind, mode) = if m.binary {
        let kind = match (readable, writable) {
            (true, true) => "BufferedRandom",
            (true, false) => "BufferedReader",
            _ => "BufferedWriter",
        };
        let base = if m.create {
            "xb"
        } else if m.append {
            "ab"
        } else if readable {
            "rb"
        } else {
            "wb"
        };
        (kind, format!("{base}{}", if m.plus { "+" } else { "" }))
    } else {
        ("TextIOWrapper", mode)
    };
    Ok(Value::new_native(FileObject {
        name,
        mode,
        kind,
        encoding: (!m.binary).then(|| encoding.unwrap_or_else(|| "UTF-8".to_string())),
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        translate: newline.is_none(),
        universal: !m.binary && matches!(newline.as_deref(), None | Some("")),
        line_end: match newline.as_deref() {
            Some("\r") => b"\r",
            Some("\r\n") => b"\r\n",
            _ => b"\n",
        },
        readable,
        writable,
        flushing: match buffering {
            0 => Flushing::Each,
            1 if !m.binary => Flushing::Line,
            _ => Flushing::Chunk,
        },
        closefd,
        state: Arc::new(Mutex::new(FileState {
            file: Some(Arc::new(file)),
            ..FileState::default()
        })),
    }))
}

/// The open file behind descriptor `fd` (an int `Value`), which must be a valid one
/// and not a directory.
fn adopt_fd(vm: &mut Vm, fd: &Value) -> PyResult<File> {
    use std::os::fd::FromRawFd;
    let Value::Int(n) = fd else {
        return Err(vm.type_error("an integer is required"));
    };
    if *n < 0 {
        return Err(vm.value_error("negative file descriptor"));
    }
    let bad = || super::os::errno_error(&std::io::Error::from_raw_os_error(libc::EBADF));
    let fd = i32::try_from(*n).map_err(|_| bad())?;
    // SAFETY: the borrowed File is never dropped, so the check leaves the descriptor open.
    let probe = std::mem::ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    let meta = probe.metadata().map_err(|e| super::os::errno_error(&e))?;
    if meta.is_dir() {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(super::os::errno_error(&e));
    }
    // SAFETY: the descriptor is open; the file object now owns it (or gives it back
    // unclosed, for closefd=False).
    Ok(unsafe { File::from_raw_fd(fd) })
}

struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    plus: bool,
    binary: bool,
    /// How many of `r w a x` were given; exactly one is allowed.
    actions: usize,
}

/// The letters of an `open()` mode; `None` for an unknown or repeated letter.
fn parse_mode(mode: &str) -> Option<Mode> {
    let mut m = Mode {
        read: false,
        write: false,
        append: false,
        create: false,
        plus: false,
        binary: false,
        actions: 0,
    };
    let mut text = false;
    for (i, c) in mode.char_indices() {
        if mode[..i].contains(c) {
            return None;
        }
        let flag = match c {
            'r' => &mut m.read,
            'w' => &mut m.write,
            'a' => &mut m.append,
            'x' => &mut m.create,
            '+' => &mut m.plus,
            'b' => &mut m.binary,
            't' => &mut text,
            _ => return None,
        };
        *flag = true;
        if matches!(c, 'r' | 'w' | 'a' | 'x') {
            m.actions += 1;
        }
    }
    (!(text && m.binary)).then_some(m)
}

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a FileObject> {
    args.pos
        .first()
        .and_then(|v| v.native::<FileObject>())
        .ok_or_else(|| vm.descriptor_error("_io.TextIOWrapper", method, args.pos.first()))
}

fn io_error(vm: &Vm, e: std::io::Error, f: &FileObject) -> PyErr {
    os_error(vm, &e, f.name.as_str().unwrap_or_default())
}

impl FileObject {
    /// The open file, or the ValueError `method` raises on a closed file: CPython's
    /// binary files word it per method.
    fn file(&self, method: &str) -> PyResult<Arc<File>> {
        if let Some(f) = self.state.lock().file.clone() {
            return Ok(f);
        }
        let binary = self.encoding.is_none();
        let msg = match method {
            "read" | "readline" | "seek" if binary => format!("{method} of closed file"),
            "write" if binary => "write to closed file".to_string(),
            "flush" if binary && self.writable => "flush of closed file".to_string(),
            "tell" if binary => "I/O operation on closed file".to_string(),
            "readable" | "writable" | "seekable" | "fileno" | "isatty" => {
                "I/O operation on closed file".to_string()
            }
            _ => "I/O operation on closed file.".to_string(),
        };
        Err(crate::objects::exception::error("ValueError", msg))
    }

    /// The open file, or the error a closed or write-only file gives for `method`.
    fn for_reading(&self, method: &str) -> PyResult<Arc<File>> {
        let file = self.file(method)?;
        if !self.readable {
            return Err(unsupported(if self.encoding.is_some() {
                "not readable"
            } else {
                method
            }));
        }
        Ok(file)
    }

    /// Hands pending writes to the OS.
    fn flush_writes(&self, vm: &mut Vm) -> PyResult<()> {
        let (file, pending) = {
            let mut st = self.state.lock();
            (st.file.clone(), std::mem::take(&mut st.wbuf))
        };
        let Some(file) = file else {
            return Ok(());
        };
        if pending.is_empty() {
            return Ok(());
        }
        vm.allow_threads(|| (&*file).write_all(&pending))
            .map_err(|e| io_error(vm, e, self))
    }

    /// Reads more bytes into the read-ahead buffer; false at end of file.
    fn fill(&self, vm: &mut Vm, file: &File) -> PyResult<bool> {
        let mut chunk = vec![0u8; CHUNK];
        let n = vm
            .allow_threads(|| (&*file).read(&mut chunk))
            .map_err(|e| io_error(vm, e, self))?;
        let mut st = self.state.lock();
        // As CPython's decoder, note the line endings of all that is read ahead.
        if self.universal {
            st.seen_newlines |= newline_kinds(&chunk[..n]);
        }
        let pos = st.rpos;
        st.rbuf.drain(..pos);
        st.rpos = 0;
        st.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    /// Reads until `done(unread bytes)` gives a cut point or the file ends, and consumes
    /// the bytes up to that point (all of them at the end of the file).
    fn take_until(
        &self,
        vm: &mut Vm,
        method: &str,
        done: impl Fn(&[u8]) -> Option<usize>,
    ) -> PyResult<Vec<u8>> {
        let file = self.for_reading(method)?;
        self.flush_writes(vm)?;
        loop {
            {
                let mut st = self.state.lock();
                let unread = &st.rbuf[st.rpos..];
                if let Some(cut) = done(unread) {
                    let out = unread[..cut].to_vec();
                    st.rpos += cut;
                    return Ok(out);
                }
            }
            if !self.fill(vm, &file)? {
                let mut st = self.state.lock();
                let out = st.rbuf[st.rpos..].to_vec();
                st.rbuf.clear();
                st.rpos = 0;
                return Ok(out);
            }
        }
    }

    fn decode(&self, data: &[u8]) -> PyResult<Value> {
        let Some(enc) = &self.encoding else {
            return Ok(Value::bytes(data.to_vec()));
        };
        let text = str_ops::decode(data, enc, &self.errors)
            .map_err(|e| codec_error(e, &Value::bytes(data.to_vec())))?;

        Ok(Value::str(if self.translate && text.contains('\r') {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            text
        }))
    }

    /// `read(size)`: everything when `size` is `None`, else up to `size` characters (bytes
    /// for binary files).
    fn read(&self, vm: &mut Vm, size: Option<usize>) -> PyResult<Value> {
        let utf8 = self.is_utf8();
        let data = self.take_until(vm, "read", |unread| {
            let size = size?;
            if !utf8 || self.encoding.is_none() {
                return (unread.len() >= size).then_some(size);
            }
            // Cut before the start of character number `size`.
            unread
                .iter()
                .enumerate()
                .filter(|(_, b)| (**b & 0xc0) != 0x80)
                .nth(size)
                .map(|(i, _)| i)
        })?;
        self.decode(&data)
    }

    fn is_utf8(&self) -> bool {
        self.encoding.as_deref().is_some_and(|e| {
            let e = e.to_ascii_lowercase().replace('_', "-");
            e == "utf-8" || e == "utf8"
        })
    }

    /// One line with its `\n`, at most `limit` bytes; empty at the end of the file.
    fn readline(&self, vm: &mut Vm, limit: Option<usize>, method: &str) -> PyResult<Value> {
        let data = self.take_until(vm, method, |unread| {
            let nl = if self.universal {
                universal_line_end(unread)
            } else {
                unread
                    .windows(self.line_end.len())
                    .position(|w| w == self.line_end)
                    .map(|i| i + self.line_end.len())
            };
            match (nl, limit) {
                (Some(i), Some(l)) => Some(i.min(l)),
                (None, Some(l)) if unread.len() >= l => Some(l),
                (nl, _) => nl,
            }
        })?;
        self.decode(&data)
    }

    fn write(&self, vm: &mut Vm, v: &Value) -> PyResult<Value> {
        let file = self.file("write")?;
        if !self.writable {
            return Err(unsupported(if self.encoding.is_some() {
                "not writable"
            } else {
                "write"
            }));
        }
        let (data, count) = match (&self.encoding, v) {
            (Some(enc), Value::Str(s)) => (
                str_ops::encode(s.as_str(), enc, &self.errors)
                    .map_err(|e| codec_error(e, &Value::Str(s.clone())))?,
                s.char_len(),
            ),
            (Some(_), other) => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    other.type_name()
                )))
            }
            (None, other) => match other.as_bytes() {
                Some(b) => (b.to_vec(), b.len()),
                None => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        other.type_name()
                    )))
                }
            },
        };
        let unread = {
            let mut st = self.state.lock();
            let unread = st.rbuf.len() - st.rpos;
            st.rbuf.clear();
            st.rpos = 0;
            st.wbuf.extend_from_slice(&data);
            unread
        };
        // A binary file writes where the caller is; CPython's text layer writes after
        // what it read ahead, and so does this one.
        if unread > 0 && self.encoding.is_none() {
            vm.allow_threads(|| (&*file).seek(SeekFrom::Current(-(unread as i64))))
                .map_err(|e| io_error(vm, e, self))?;
        }
        let due = match self.flushing {
            Flushing::Each => true,
            Flushing::Line => data.contains(&b'\n'),
            Flushing::Chunk => false,
        };
        if due || self.state.lock().wbuf.len() >= CHUNK {
            self.flush_writes(vm)?;
        }
        Ok(Value::Int(count as i64))
    }

    /// The caller's position: the OS position less what was read ahead, plus what is
    /// still to be written.
    fn tell(&self, vm: &mut Vm) -> PyResult<i64> {
        let file = self.file("tell")?;
        self.flush_writes(vm)?;
        let pos = vm
            .allow_threads(|| (&*file).stream_position())
            .map_err(|e| io_error(vm, e, self))?;
        let st = self.state.lock();
        Ok(pos as i64 - (st.rbuf.len() - st.rpos) as i64)
    }

    fn close(&self, vm: &mut Vm) -> PyResult<()> {
        let flushed = self.flush_writes(vm);
        let file = self.state.lock().file.take();
        if let Some(file) = file {
            self.release(file);
        }
        flushed
    }

    /// Lets go of the OS file, leaving its descriptor open if the caller keeps it.
    fn release(&self, file: Arc<File>) {
        use std::os::fd::IntoRawFd;
        if self.closefd {
            return;
        }
        match Arc::try_unwrap(file) {
            Ok(file) => {
                let _ = file.into_raw_fd();
            }
            // Another thread is still in a call on it: that copy must not close it either.
            Err(shared) => std::mem::forget(shared),
        }
    }
}

/// The kinds of line ending in `data`, as the bits of `FileState::seen_newlines`.
fn newline_kinds(data: &[u8]) -> u8 {
    let mut seen = 0;
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'\n' => seen |= 1,
            b'\r' if data.get(i + 1) == Some(&b'\n') => {
                seen |= 4;
                i += 1;
            }
            b'\r' => seen |= 2,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// Where the first line of `unread` ends with universal newlines; `None` when more bytes
/// are needed (a final `\r` may begin a `\r\n`).
fn universal_line_end(unread: &[u8]) -> Option<usize> {
    let i = unread.iter().position(|&b| b == b'\n' || b == b'\r')?;
    match (unread[i], unread.get(i + 1)) {
        (b'\n', _) => Some(i + 1),
        (_, Some(b'\n')) => Some(i + 2),
        (_, Some(_)) => Some(i + 1),
        (_, None) => None,
    }
}

impl Drop for FileObject {
    /// A file dropped without `close()` still gets its pending writes, as in CPython.
    fn drop(&mut self) {
        let mut st = self.state.lock();
        let pending = std::mem::take(&mut st.wbuf);
        if let Some(file) = &st.file {
            let _ = (&**file).write_all(&pending);
        }
        // The last layer (text file or its `buffer`) to go lets go of the descriptor.
        if Arc::strong_count(&self.state) == 1 {
            if let Some(file) = st.file.take() {
                self.release(file);
            }
        }
    }
}

fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok((*n >= 0).then_some(*n as usize)),
        Some(other) => Err(vm.type_error(format!(
            "argument should be integer or None, not '{}'",
            other.type_name()
        ))),
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "read")?;
    let p = bind(vm, "read", &args.without_self(), &["size"], 0, &[], 1)?;
    let size = size_arg(vm, p[0].as_ref())?;
    f.read(vm, size)
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "readline")?;
    let p = bind(vm, "readline", &args.without_self(), &["size"], 0, &[], 1)?;
    let size = size_arg(vm, p[0].as_ref())?;
    f.readline(vm, size, "readline")
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "readlines")?;
    f.file("readlines")?;
    let mut lines = Vec::new();
    loop {
        let line = f.readline(vm, None, "readline")?;
        if is_empty(&line) {
            return Ok(Value::list(lines));
        }
        lines.push(line);
    }
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "write")?;
    let p = bind(vm, "write", &args.without_self(), &["s"], 1, &[], 1)?;
    f.write(vm, p[0].as_ref().unwrap_or(&Value::None))
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "writelines")?;
    f.file("writelines")?;
    let p = bind(
        vm,
        "writelines",
        &args.without_self(),
        &["lines"],
        1,
        &[],
        1,
    )?;
    let lines = vm.collect_iterable(p[0].as_ref().unwrap_or(&Value::None))?;
    for line in &lines {
        f.write(vm, line)?;
    }
    Ok(Value::None)
}

/// The descriptor of the open file (a `ValueError` once closed).
fn file_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let f = this(vm, &args, "fileno")?;
    Ok(Value::Int(f.file("fileno")?.as_raw_fd() as i64))
}

fn file_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let f = this(vm, &args, "isatty")?;
    let fd = f.file("isatty")?.as_raw_fd();
    // SAFETY: plain system call on the file's own descriptor.
    Ok(Value::from(unsafe { libc::isatty(fd) } == 1))
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "flush")?;
    f.file("flush")?;
    f.flush_writes(vm)?;
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "close")?.close(vm)?;
    Ok(Value::None)
}

fn file_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "seek")?;
    let p = bind(
        vm,
        "seek",
        &args.without_self(),
        &["cookie", "whence"],
        1,
        &[],
        1,
    )?;
    let offset = match &p[0] {
        Some(Value::Int(n)) => *n,
        other => {
            let t = other.as_ref().map_or("NoneType".into(), Value::type_name);
            return Err(vm.type_error(format!("an integer is required (got type {t})")));
        }
    };
    let whence = match &p[1] {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(other) => {
            return Err(vm.type_error(format!(
                "an integer is required (got type {})",
                other.type_name()
            )))
        }
    };
    let file = f.file("seek")?;
    let text = f.encoding.is_some();
    let target = match whence {
        0 if offset < 0 => {
            return Err(vm.value_error(format!("negative seek position {offset}")));
        }
        0 => SeekFrom::Start(offset as u64),
        1 if text && offset != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
        1 => SeekFrom::Start((f.tell(vm)? + offset).max(0) as u64),
        2 if text && offset != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
        2 => SeekFrom::End(offset),
        other => {
            return Err(vm.value_error(format!("invalid whence ({other}, should be 0, 1 or 2)")))
        }
    };
    f.flush_writes(vm)?;
    {
        let mut st = f.state.lock();
        st.rbuf.clear();
        st.rpos = 0;
    }
    let pos = vm
        .allow_threads(|| (&*file).seek(target))
        .map_err(|e| io_error(vm, e, f))?;
    Ok(Value::Int(pos as i64))
}

fn file_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "tell")?;
    Ok(Value::Int(f.tell(vm)?))
}

fn file_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "readable")?;
    f.file("readable")?;
    Ok(Value::from(f.readable))
}

fn file_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "writable")?;
    f.file("writable")?;
    Ok(Value::from(f.writable))
}

fn file_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "seekable")?.file("seekable")?;
    Ok(Value::from(true))
}

fn file_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__enter__")?.file("__enter__")?;
    Ok(args.pos[0].clone())
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__exit__")?.close(vm)?;
    Ok(Value::None)
}

fn file_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "closed")?;
    Ok(Value::from(f.state.lock().file.is_none()))
}

fn file_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "name")?.name.clone())
}

fn file_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(this(vm, &args, "mode")?.mode.as_str()))
}

/// A text file's `attr`, or the AttributeError a binary file gives for it.
fn text_file<'a>(vm: &Vm, args: &'a Args, attr: &str) -> PyResult<&'a FileObject> {
    let f = this(vm, args, attr)?;
    if f.encoding.is_none() {
        return Err(vm.new_error(
            "AttributeError",
            format!("'_io.{}' object has no attribute '{attr}'", f.kind),
        ));
    }
    Ok(f)
}

fn file_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = text_file(vm, &args, "encoding")?;
    Ok(Value::str(f.encoding.as_deref().unwrap_or_default()))
}

fn file_errors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(text_file(vm, &args, "errors")?.errors.as_str()))
}

fn file_line_buffering(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = text_file(vm, &args, "line_buffering")?;
    Ok(Value::from(f.flushing == Flushing::Line))
}

/// The line endings met so far: None, one of them, or a tuple in CPython's order.
fn file_newlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = text_file(vm, &args, "newlines")?;
    let seen = f.state.lock().seen_newlines;
    let mut kinds: Vec<Value> = [(2, "\r"), (1, "\n"), (4, "\r\n")]
        .into_iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| Value::str(s))
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => kinds.remove(0),
        _ => Value::tuple(kinds),
    })
}

/// `f.buffer`: the binary file under a text file, sharing its position and buffers.
fn file_buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = text_file(vm, &args, "buffer")?;
    let kind = match (f.readable, f.writable) {
        (true, true) => "BufferedRandom",
        (true, false) => "BufferedReader",
        _ => "BufferedWriter",
    };
    let mut mode: String = f.mode.chars().filter(|c| *c != 't').collect();
    let plus = mode.contains('+');
    mode.retain(|c| c != '+');
    mode.push('b');
    if plus {
        mode.push('+');
    }
    Ok(Value::new_native(FileObject {
        name: f.name.clone(),
        mode,
        kind,
        encoding: None,
        errors: f.errors.clone(),
        translate: false,
        universal: false,
        line_end: b"\n",
        readable: f.readable,
        writable: f.writable,
        flushing: Flushing::Chunk,
        closefd: f.closefd,
        state: f.state.clone(),
    }))
}

fn file_reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = text_file(vm, &args, "reconfigure")?;
    let encoding = f.encoding.clone().unwrap_or_default();
    check_reconfigure(vm, &args.without_self(), &encoding, &f.errors)?;
    Ok(Value::None)
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)` of a text
/// stream whose `encoding` and `errors` are fixed: the buffering options change nothing
/// here, and the text options must keep their values.
pub fn check_reconfigure(vm: &Vm, args: &Args, encoding: &str, errors: &str) -> PyResult<()> {
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "reconfigure() takes 0 positional arguments but {} were given",
            args.pos.len()
        )));
    }
    for (k, v) in args.kw {
        let current = match k.as_str() {
            "encoding" => encoding,
            "errors" => errors,
            "newline" | "line_buffering" | "write_through" => continue,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for reconfigure()"
                )))
            }
        };
        let wanted = match v {
            Value::None => continue,
            Value::Str(s) => s.as_str(),
            _ => return Err(vm.type_error("bad argument type for built-in operation")),
        };
        if current != wanted && !(k.as_str() == "encoding" && str_ops::same_codec(current, wanted))
        {
            return Err(unsupported(&format!(
                "changing the {} of an open file is not supported",
                k.as_str()
            )));
        }
    }
    Ok(())
}
