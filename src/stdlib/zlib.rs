//! `_zlib`: deflate and inflate streams of the system's zlib (the library CPython's
//! `zlib` links, so compressed bytes are the same at every level and setting), and its
//! checksums. `zlib.py` turns zlib's return codes into `zlib.error` messages and keeps
//! the `unused_data`/`unconsumed_tail` bookkeeping of `Decompress`.

use std::any::Any;
use std::ffi::{c_int, CStr};
use std::ptr::null_mut;
use std::sync::{Arc, OnceLock};

use libz_sys as z;
use parking_lot::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::NativeObject;
use crate::objects::module::{namespace, set};
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, module_type, to_c_int, to_i64};

unsafe extern "C" fn zalloc(_opaque: z::voidpf, items: z::uInt, size: z::uInt) -> z::voidpf {
    libc::calloc(items as usize, size as usize) as z::voidpf
}

unsafe extern "C" fn zfree(_opaque: z::voidpf, address: z::voidpf) {
    libc::free(address)
}

/// A `z_stream` zlib has initialised. zlib keeps a pointer back to it in its internal
/// state, so it lives in a box that never moves.
struct Raw(Box<z::z_stream>);

// The stream is only touched under its `Stream`'s lock.
unsafe impl Send for Raw {}

impl Raw {
    fn blank() -> Raw {
        Raw(Box::new(z::z_stream {
            next_in: null_mut(),
            avail_in: 0,
            total_in: 0,
            next_out: null_mut(),
            avail_out: 0,
            total_out: 0,
            msg: null_mut(),
            state: null_mut(),
            zalloc,
            zfree,
            opaque: null_mut(),
            data_type: 0,
            adler: 0,
            reserved: 0,
        }))
    }

    fn msg(&self) -> Value {
        if self.0.msg.is_null() {
            return Value::None;
        }
        // zlib's messages are static C strings.
        let text = unsafe { CStr::from_ptr(self.0.msg) };
        Value::str(text.to_string_lossy().as_ref())
    }
}

/// A compression (deflate) or decompression (inflate) stream; `None` once ended.
struct Stream {
    inflate: bool,
    raw: Mutex<Option<Raw>>,
}

impl Drop for Stream {
    fn drop(&mut self) {
        if let Some(mut raw) = self.raw.get_mut().take() {
            unsafe {
                if self.inflate {
                    z::inflateEnd(&mut *raw.0);
                } else {
                    z::deflateEnd(&mut *raw.0);
                }
            }
        }
    }
}

impl NativeObject for Stream {
    fn class(&self) -> Arc<PyType> {
        stream_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn stream_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| module_type("stream", "_zlib", vec![], &[]))
}

fn stream<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Stream> {
    v.native::<Stream>()
        .ok_or_else(|| vm.type_error("expected a zlib stream"))
}

fn byte_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    v.with_byte_content(|b| b.to_vec()).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

fn new_stream(inflate: bool, raw: Raw) -> Value {
    Value::new_native(Stream {
        inflate,
        raw: Mutex::new(Some(raw)),
    })
}

/// `deflate_init(level, method, wbits, memlevel, strategy)`: a stream, or zlib's
/// error code.
fn deflate_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "deflate_init", &args, 5, 5)?;
    let mut p = [0; 5];
    for (slot, v) in p.iter_mut().zip(args.pos.iter()) {
        *slot = to_c_int(vm, v)?;
    }
    let mut raw = Raw::blank();
    let err = unsafe {
        z::deflateInit2_(
            &mut *raw.0,
            p[0],
            p[1],
            p[2],
            p[3],
            p[4],
            z::zlibVersion(),
            std::mem::size_of::<z::z_stream>() as c_int,
        )
    };
    if err != z::Z_OK {
        return Ok(Value::Int(err as i64));
    }
    Ok(new_stream(false, raw))
}

/// `inflate_init(wbits)`: a stream, or zlib's error code.
fn inflate_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "inflate_init", &args, 1, 1)?;
    let wbits = to_c_int(vm, &args.pos[0])?;
    let mut raw = Raw::blank();
    let err = unsafe {
        z::inflateInit2_(
            &mut *raw.0,
            wbits,
            z::zlibVersion(),
            std::mem::size_of::<z::z_stream>() as c_int,
        )
    };
    if err != z::Z_OK {
        return Ok(Value::Int(err as i64));
    }
    Ok(new_stream(true, raw))
}

/// `set_dictionary(stream, zdict)`: zlib's return code.
fn set_dictionary(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "set_dictionary", &args, 2, 2)?;
    let s = stream(vm, &args.pos[0])?;
    let zdict = byte_arg(vm, &args.pos[1])?;
    let Ok(len) = z::uInt::try_from(zdict.len()) else {
        return Err(vm.new_error(
            "OverflowError",
            "zdict length does not fit in an unsigned int",
        ));
    };
    let mut guard = s.raw.lock();
    let Some(raw) = guard.as_mut() else {
        return Ok(Value::Int(z::Z_STREAM_ERROR as i64));
    };
    let err = unsafe {
        if s.inflate {
            z::inflateSetDictionary(&mut *raw.0, zdict.as_ptr(), len)
        } else {
            z::deflateSetDictionary(&mut *raw.0, zdict.as_ptr(), len)
        }
    };
    Ok(Value::Int(err as i64))
}

/// The most zlib is handed at once: its lengths are `unsigned int`.
const CHUNK: usize = u32::MAX as usize;

/// The sizes of the output blocks CPython hands zlib one after another: deflate's
/// stored blocks (level 0) are cut to the space available, so the same sizes make
/// the same bytes.
const BLOCKS: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

/// Output space in blocks of CPython's sizes, capped at `limit` bytes in all (0: no
/// cap).
struct OutputBlocks {
    out: Vec<u8>,
    block_end: usize,
    blocks: usize,
    limit: usize,
}

impl OutputBlocks {
    /// Room left in the current block, starting the next block when it is full; zero
    /// once `limit` bytes are out.
    fn room(&mut self) -> usize {
        if self.out.len() == self.block_end {
            let size = BLOCKS[self.blocks.min(BLOCKS.len() - 1)];
            self.blocks += 1;
            self.out.reserve(size);
            self.block_end = self.out.len() + size;
        }
        let mut room = self.block_end - self.out.len();
        if self.limit > 0 {
            room = room.min(self.limit.saturating_sub(self.out.len()));
        }
        room
    }
}

/// Runs `step` (deflate or inflate) over all of `input` with `flush` on the last
/// chunk, collecting output until zlib leaves output space unused, the stream ends,
/// `limit` bytes are out, or `step` reports a code `stop` rejects. Returns the output,
/// the input consumed and zlib's last return code.
fn pump(
    raw: &mut Raw,
    input: &[u8],
    flush: c_int,
    limit: usize,
    mut step: impl FnMut(&mut z::z_stream, c_int) -> c_int,
    stop: impl Fn(c_int) -> bool,
) -> (Vec<u8>, usize, c_int) {
    let mut out = OutputBlocks {
        out: Vec::new(),
        block_end: 0,
        blocks: 0,
        limit,
    };
    let strm = &mut *raw.0;
    let mut offset = 0;
    let mut err = z::Z_OK;
    'input: loop {
        let chunk = (input.len() - offset).min(CHUNK);
        strm.next_in = input[offset..].as_ptr() as *mut u8;
        strm.avail_in = chunk as z::uInt;
        let last = offset + chunk == input.len();
        let mode = if last { flush } else { z::Z_NO_FLUSH };
        loop {
            let room = out.room();
            if room == 0 {
                offset += chunk - strm.avail_in as usize;
                break 'input;
            }
            let start = out.out.len();
            strm.next_out = unsafe { out.out.as_mut_ptr().add(start) };
            strm.avail_out = room as z::uInt;
            err = step(strm, mode);
            let produced = room - strm.avail_out as usize;
            // zlib wrote `produced` bytes into the reserved space.
            unsafe { out.out.set_len(start + produced) };
            if stop(err) {
                offset += chunk - strm.avail_in as usize;
                break 'input;
            }
            if strm.avail_out != 0 && err != z::Z_NEED_DICT {
                break;
            }
        }
        offset += chunk - strm.avail_in as usize;
        if last || err == z::Z_STREAM_END {
            break;
        }
    }
    strm.next_in = null_mut();
    strm.avail_in = 0;
    strm.next_out = null_mut();
    strm.avail_out = 0;
    (out.out, offset, err)
}

/// `deflate(stream, data, flush)`: `(output, code, message)`, the code and message
/// being zlib's last.
fn deflate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "deflate", &args, 3, 3)?;
    let s = stream(vm, &args.pos[0])?;
    let data = byte_arg(vm, &args.pos[1])?;
    let flush = to_c_int(vm, &args.pos[2])?;
    let mut guard = s.raw.lock();
    let Some(raw) = guard.as_mut() else {
        return Ok(Value::tuple(vec![
            Value::bytes(Vec::new()),
            Value::Int(z::Z_STREAM_ERROR as i64),
            Value::None,
        ]));
    };
    let (out, _, err) = pump(
        raw,
        &data,
        flush,
        0,
        |strm, mode| unsafe { z::deflate(strm, mode) },
        |err| err == z::Z_STREAM_ERROR,
    );
    Ok(Value::tuple(vec![
        Value::bytes(out),
        Value::Int(err as i64),
        raw.msg(),
    ]))
}

/// `inflate(stream, data, flush, max_length, zdict)`: `(output, consumed, code,
/// message)`. A stream that asks for a dictionary gets `zdict` when there is one.
fn inflate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "inflate", &args, 5, 5)?;
    let s = stream(vm, &args.pos[0])?;
    let data = byte_arg(vm, &args.pos[1])?;
    let flush = to_c_int(vm, &args.pos[2])?;
    let limit = usize::try_from(to_i64(vm, &args.pos[3])?).unwrap_or(0);
    let zdict = match &args.pos[4] {
        Value::None => None,
        v => Some(byte_arg(vm, v)?),
    };
    let mut guard = s.raw.lock();
    let Some(raw) = guard.as_mut() else {
        return Ok(Value::tuple(vec![
            Value::bytes(Vec::new()),
            Value::Int(0),
            Value::Int(z::Z_STREAM_ERROR as i64),
            Value::None,
        ]));
    };
    let mut dict_failed = None;
    let (out, consumed, err) = pump(
        raw,
        &data,
        flush,
        limit,
        |strm, mode| unsafe {
            let err = z::inflate(strm, mode);
            match &zdict {
                Some(d) if err == z::Z_NEED_DICT => {
                    let set = z::inflateSetDictionary(strm, d.as_ptr(), d.len() as z::uInt);
                    if set != z::Z_OK {
                        dict_failed = Some(set);
                        return set;
                    }
                    err
                }
                _ => err,
            }
        },
        |err| {
            let fine = matches!(err, z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END);
            !(fine || err == z::Z_NEED_DICT && zdict.is_some())
        },
    );
    let err = dict_failed.unwrap_or(err);
    Ok(Value::tuple(vec![
        Value::bytes(out),
        Value::Int(consumed as i64),
        Value::Int(err as i64),
        raw.msg(),
    ]))
}

/// `end(stream)`: frees zlib's state; zlib's return code (Z_STREAM_ERROR if ended).
fn end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "end", &args, 1, 1)?;
    let s = stream(vm, &args.pos[0])?;
    let Some(mut raw) = s.raw.lock().take() else {
        return Ok(Value::Int(z::Z_STREAM_ERROR as i64));
    };
    let err = unsafe {
        if s.inflate {
            z::inflateEnd(&mut *raw.0)
        } else {
            z::deflateEnd(&mut *raw.0)
        }
    };
    Ok(Value::Int(err as i64))
}

/// `copy(stream)`: an independent stream in the same state, or zlib's error code
/// (Z_STREAM_ERROR for an ended stream).
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "copy", &args, 1, 1)?;
    let s = stream(vm, &args.pos[0])?;
    let mut guard = s.raw.lock();
    let Some(raw) = guard.as_mut() else {
        return Ok(Value::Int(z::Z_STREAM_ERROR as i64));
    };
    let mut dest = Raw::blank();
    let err = unsafe {
        if s.inflate {
            z::inflateCopy(&mut *dest.0, &mut *raw.0)
        } else {
            z::deflateCopy(&mut *dest.0, &mut *raw.0)
        }
    };
    if err != z::Z_OK {
        return Ok(Value::Int(err as i64));
    }
    Ok(new_stream(s.inflate, dest))
}

/// A checksum continued over `data` in chunks zlib's `unsigned int` lengths can hold.
fn checksum(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    f: unsafe extern "C" fn(z::uLong, *const u8, z::uInt) -> z::uLong,
) -> PyResult<Value> {
    arity(vm, name, args, 2, 2)?;
    let data = byte_arg(vm, &args.pos[0])?;
    let mut value = to_i64(vm, &args.pos[1])? as u32 as z::uLong;
    for chunk in data.chunks(CHUNK) {
        value = unsafe { f(value, chunk.as_ptr(), chunk.len() as z::uInt) };
    }
    Ok(Value::Int((value & 0xffff_ffff) as i64))
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    checksum(vm, "crc32", &args, z::crc32)
}

fn adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    checksum(vm, "adler32", &args, z::adler32)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("deflate_init", deflate_init),
    ("inflate_init", inflate_init),
    ("set_dictionary", set_dictionary),
    ("deflate", deflate),
    ("inflate", inflate),
    ("end", end),
    ("copy", copy),
    ("crc32", crc32),
    ("adler32", adler32),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(FUNCTIONS);
    let version = unsafe { CStr::from_ptr(z::zlibVersion()) };
    set(
        &d,
        "ZLIB_RUNTIME_VERSION",
        Value::str(version.to_string_lossy().as_ref()),
    );
    Ok(d)
}
