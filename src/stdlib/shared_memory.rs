//! Memory shared with forked children: an anonymous `MAP_SHARED` mapping that starts
//! with a lock word, then holds typed values (`multiprocessing.Value`, `Array`, `Lock`).

use std::any::Any;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crate::objects::function::Args;
use crate::objects::instance::NativeObject;
use crate::objects::types::PyType;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, module_type, receiver, to_f64, to_i64};

extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn munmap(addr: *mut u8, len: usize) -> i32;
}

const PROT_READ_WRITE: i32 = 3;
const MAP_SHARED_ANONYMOUS: i32 = 0x01 | 0x20;
/// The lock word, padded so the values after it stay 8-byte aligned.
const HEADER: usize = 8;

pub struct SharedMemory {
    base: *mut u8,
    len: usize,
}

// SAFETY: the mapping is only reached through atomics and bounds-checked typed accesses.
unsafe impl Send for SharedMemory {}
unsafe impl Sync for SharedMemory {}

impl Drop for SharedMemory {
    fn drop(&mut self) {
        // SAFETY: base/len describe the mapping made in `new`.
        unsafe { munmap(self.base, self.len) };
    }
}

impl SharedMemory {
    fn lock_word(&self) -> &AtomicU32 {
        // SAFETY: the mapping starts with HEADER bytes, page-aligned.
        unsafe { &*(self.base as *const AtomicU32) }
    }

    fn try_acquire(&self) -> bool {
        self.lock_word()
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    /// Another process may hold the lock, so there is nothing to wait on but time: spin
    /// briefly, then sleep in growing steps.
    fn acquire_until(&self, deadline: Option<Instant>) -> bool {
        let mut pause = Duration::from_micros(1);
        loop {
            if self.try_acquire() {
                return true;
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return false;
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_micros(200));
        }
    }
}

pub fn shm_type() -> &'static Arc<PyType> {
    static T: OnceLock<Arc<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        module_type(
            "SharedMemory",
            "_multiprocessing",
            vec![],
            &[
                ("__new__", shm_new),
                ("load", shm_load),
                ("store", shm_store),
                ("acquire", shm_acquire),
                ("release", shm_release),
                ("__enter__", shm_acquire),
                ("__exit__", shm_release),
                ("locked", shm_locked),
            ],
        )
    })
}

impl NativeObject for SharedMemory {
    fn class(&self) -> Arc<PyType> {
        shm_type().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `SharedMemory(nbytes)`: zero-filled.
fn shm_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "SharedMemory", &args, 2, 2)?;
    let n = to_i64(vm, &args.pos[1])?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative size"));
    };
    let len = HEADER + n;
    // SAFETY: a fresh anonymous mapping; the result is checked below.
    let base = unsafe {
        mmap(
            std::ptr::null_mut(),
            len,
            PROT_READ_WRITE,
            MAP_SHARED_ANONYMOUS,
            -1,
            0,
        )
    };
    if base as isize == -1 {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(Value::new_native(SharedMemory { base, len }))
}

/// The size of a `struct`/`array` typecode, as on x86-64 Linux.
fn item_size(code: &str) -> Option<usize> {
    Some(match code {
        "b" | "B" | "c" => 1,
        "h" | "H" => 2,
        "i" | "I" | "f" => 4,
        "l" | "L" | "q" | "Q" | "d" => 8,
        _ => return None,
    })
}

/// The address of item `index` of typecode `code`, bounds-checked.
fn slot(vm: &mut Vm, shm: &SharedMemory, args: &Args) -> PyResult<(String, *mut u8)> {
    let Value::Str(code) = &args.pos[1] else {
        return Err(vm.type_error("typecode must be a str"));
    };
    let code = code.as_str().to_string();
    let Some(size) = item_size(&code) else {
        return Err(vm.type_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    };
    let index = to_i64(vm, &args.pos[2])?;
    let offset = usize::try_from(index).ok().map(|i| HEADER + i * size);
    match offset {
        // SAFETY: the item lies inside the mapping.
        Some(off) if off + size <= shm.len => Ok((code, unsafe { shm.base.add(off) })),
        _ => Err(vm.new_error("IndexError", "invalid index")),
    }
}

fn shm_load(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let shm = receiver::<SharedMemory>(vm, &args, "SharedMemory", "load")?;
    arity(vm, "load", &args, 3, 3)?;
    let (code, p) = slot(vm, shm, &args)?;
    // SAFETY: p is in bounds and aligned for its type (offsets are multiples of the size).
    let v = unsafe {
        match code.as_str() {
            "b" => Value::Int(*(p as *const i8) as i64),
            "B" => Value::Int(*p as i64),
            "c" => Value::bytes(vec![*p]),
            "h" => Value::Int(*(p as *const i16) as i64),
            "H" => Value::Int(*(p as *const u16) as i64),
            "i" => Value::Int(*(p as *const i32) as i64),
            "I" => Value::Int(*(p as *const u32) as i64),
            "f" => Value::from(*(p as *const f32) as f64),
            "d" => Value::from(*(p as *const f64)),
            "L" | "Q" => {
                let n = *(p as *const u64);
                i64::try_from(n).map_or_else(|_| Value::BigInt(Arc::new(n.into())), Value::Int)
            }
            _ => Value::Int(*(p as *const i64)),
        }
    };
    Ok(v)
}

fn shm_store(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let shm = receiver::<SharedMemory>(vm, &args, "SharedMemory", "store")?;
    arity(vm, "store", &args, 4, 4)?;
    let (code, p) = slot(vm, shm, &args)?;
    let v = &args.pos[3];
    if code == "d" || code == "f" {
        let x = to_f64(vm, v)?;
        // SAFETY: as in load.
        unsafe {
            if code == "d" {
                *(p as *mut f64) = x;
            } else {
                *(p as *mut f32) = x as f32;
            }
        }
        return Ok(Value::None);
    }
    if code == "c" {
        let byte = v.as_bytes().filter(|b| b.len() == 1).map(|b| b[0]);
        let Some(byte) = byte else {
            return Err(vm.type_error("one character bytes, bytearray or integer expected"));
        };
        // SAFETY: as in load.
        unsafe { *p = byte };
        return Ok(Value::None);
    }
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = to_i64(vm, v)?;
    // SAFETY: as in load; values are truncated to the item size as C stores them.
    unsafe {
        match code.as_str() {
            "b" | "B" => *p = n as u8,
            "h" | "H" => *(p as *mut u16) = n as u16,
            "i" | "I" => *(p as *mut u32) = n as u32,
            _ => *(p as *mut i64) = n,
        }
    }
    Ok(Value::None)
}

/// `acquire(block=True, timeout=None)`, waiting without the GIL.
fn shm_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let shm = receiver::<SharedMemory>(vm, &args, "SharedMemory", "acquire")?;
    arity(vm, "acquire", &args, 1, 3)?;
    let block = match args.pos.get(1) {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let timeout = match args.pos.get(2) {
        None | Some(Value::None) => None,
        Some(v) => Some(to_f64(vm, v)?.max(0.0)),
    };
    if shm.try_acquire() {
        return Ok(Value::from(true));
    }
    if !block {
        return Ok(Value::from(false));
    }
    let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.min(1e9)));
    Ok(Value::from(
        vm.allow_threads(|| shm.acquire_until(deadline)),
    ))
}

fn shm_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let shm = receiver::<SharedMemory>(vm, &args, "SharedMemory", "release")?;
    if shm.lock_word().swap(0, Ordering::Release) == 0 {
        shm.lock_word().store(0, Ordering::Release);
        return Err(vm.value_error("semaphore or lock released too many times"));
    }
    Ok(Value::None)
}

fn shm_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let shm = receiver::<SharedMemory>(vm, &args, "SharedMemory", "locked")?;
    Ok(Value::from(shm.lock_word().load(Ordering::Relaxed) != 0))
}
