//! Signal delivery, as CPython's `Modules/signalmodule.c` does it: the C handler only
//! records the signal with atomic stores (all it may do safely). Caught by another thread,
//! the signal is passed on to the thread running Python's main thread and recorded there,
//! so that thread's blocking system call returns with `EINTR`. The Python handlers then run
//! on the main thread, at its next check point of the eval loop or as soon as its
//! interrupted wait returns (`Vm::check_signals`).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

/// Signal numbers run from 1 to `NSIG - 1`, as CPython's `signal.NSIG` on Linux.
pub const NSIG: usize = 65;

static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// Some entry of `TRIPPED` is set: the one load a check point makes.
static PENDING: AtomicBool = AtomicBool::new(false);
/// The `pthread_t` of the thread running Python's main thread; 0 when there is none.
static MAIN: AtomicUsize = AtomicUsize::new(0);
/// The program ended on an uncaught `KeyboardInterrupt`.
static UNHANDLED_INTERRUPT: AtomicBool = AtomicBool::new(false);

extern "C" fn trip(sig: libc::c_int) {
    // SAFETY: errno is thread-local; restoring it keeps the interrupted code's view intact.
    let errno = unsafe { *libc::__errno_location() };
    let main = MAIN.load(Ordering::SeqCst);
    // Another thread only passes the signal on: were it recorded here too, the main thread
    // could take it before the forwarded copy lands, which would then record it again and
    // deliver one Ctrl-C twice.
    // SAFETY: pthread_self and pthread_kill are async-signal-safe; `main` is cleared
    // before that thread ends.
    let forwarded = main != 0
        && main != unsafe { libc::pthread_self() } as usize
        && unsafe { libc::pthread_kill(main as libc::pthread_t, sig) } == 0;
    if !forwarded {
        if let Some(flag) = TRIPPED.get(sig as usize) {
            flag.store(true, Ordering::SeqCst);
            PENDING.store(true, Ordering::SeqCst);
        }
    }
    // SAFETY: as above, errno is thread-local.
    unsafe {
        *libc::__errno_location() = errno;
    }
}

/// Whether a signal is waiting for its Python handler.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Takes the signals that came since the last call, lowest number first.
pub fn take_tripped() -> Vec<usize> {
    if !PENDING.swap(false, Ordering::SeqCst) {
        return Vec::new();
    }
    (1..NSIG)
        .filter(|&sig| TRIPPED[sig].swap(false, Ordering::SeqCst))
        .collect()
}

/// Puts back signals whose handlers did not get to run (an earlier one raised).
pub fn retrip(signals: &[usize]) {
    for &sig in signals {
        TRIPPED[sig].store(true, Ordering::SeqCst);
    }
    if !signals.is_empty() {
        PENDING.store(true, Ordering::SeqCst);
    }
}

/// Marks the calling thread as the one that runs Python's main thread, or (`false`) that
/// it is ending.
pub fn set_main_thread(is_main: bool) {
    // SAFETY: pthread_self has no preconditions.
    let me = unsafe { libc::pthread_self() } as usize;
    MAIN.store(if is_main { me } else { 0 }, Ordering::SeqCst);
}

/// What the operating system does on a signal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Disposition {
    Default,
    Ignore,
    /// Recorded for a Python handler.
    Trip,
    /// A handler gilpy did not install.
    Other,
}

fn sigaction(sig: i32, new: Option<libc::sighandler_t>) -> Option<Disposition> {
    // SAFETY: both structs are plain data, zeroed and then filled in.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        let mut act: libc::sigaction = std::mem::zeroed();
        let act_ptr = match new {
            Some(handler) => {
                act.sa_sigaction = handler;
                // No SA_RESTART: the main thread's blocking call must return with EINTR.
                act.sa_flags = libc::SA_ONSTACK;
                libc::sigemptyset(&mut act.sa_mask);
                &act as *const libc::sigaction
            }
            None => std::ptr::null(),
        };
        if libc::sigaction(sig, act_ptr, &mut old) != 0 {
            return None;
        }
        Some(match old.sa_sigaction {
            libc::SIG_DFL => Disposition::Default,
            libc::SIG_IGN => Disposition::Ignore,
            h if h == trip as extern "C" fn(libc::c_int) as libc::sighandler_t => Disposition::Trip,
            _ => Disposition::Other,
        })
    }
}

/// The current disposition of `sig`; `None` for a number the system refuses.
pub fn disposition(sig: i32) -> Option<Disposition> {
    sigaction(sig, None)
}

/// Sets what the system does on `sig`; false for a signal that cannot be caught.
pub fn set_disposition(sig: i32, d: Disposition) -> bool {
    let handler = match d {
        Disposition::Default | Disposition::Other => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Trip => trip as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    sigaction(sig, Some(handler)).is_some()
}

/// Runs `f`, then puts back the SIGINT action it found. The REPL's line editor installs a
/// SIGINT handler of its own for as long as it exists, which would keep Ctrl-C from the
/// Python code the REPL runs; the editor does without it, since it reads the terminal in
/// raw mode, where Ctrl-C is a key and not a signal.
pub fn keeping_sigint<R>(f: impl FnOnce() -> R) -> R {
    // SAFETY: zeroed sigaction structs are valid buffers, filled in by the kernel.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        let saved = libc::sigaction(libc::SIGINT, std::ptr::null(), &mut act) == 0;
        let r = f();
        if saved {
            libc::sigaction(libc::SIGINT, &act, std::ptr::null_mut());
        }
        r
    }
}

/// Sends `sig` to this process, as `signal.raise_signal`.
pub fn raise(sig: i32) -> bool {
    // SAFETY: raise has no memory preconditions.
    unsafe { libc::raise(sig) == 0 }
}

/// Records that the program ends on an uncaught `KeyboardInterrupt`.
pub fn note_unhandled_interrupt() {
    UNHANDLED_INTERRUPT.store(true, Ordering::SeqCst);
}

/// After an uncaught `KeyboardInterrupt`, ends the process the way CPython does: killed by
/// SIGINT with the default action, so a calling shell sees the interrupt. Returns only if
/// that did not end it.
pub fn exit_if_interrupted() {
    if UNHANDLED_INTERRUPT.load(Ordering::SeqCst) {
        set_disposition(libc::SIGINT, Disposition::Default);
        // SAFETY: kill and getpid have no memory preconditions.
        unsafe {
            libc::kill(libc::getpid(), libc::SIGINT);
        }
    }
}

/// Sleeps until `deadline`; with `interruptible`, returns false early when a signal came.
pub fn sleep_until(deadline: Instant, interruptible: bool) -> bool {
    loop {
        if interruptible && pending() {
            return false;
        }
        let now = Instant::now();
        if now >= deadline {
            return true;
        }
        let left = deadline - now;
        let ts = libc::timespec {
            tv_sec: left.as_secs().min(libc::time_t::MAX as u64) as libc::time_t,
            tv_nsec: left.subsec_nanos() as libc::c_long,
        };
        // SAFETY: ts is a valid timespec; the remainder is not wanted.
        unsafe {
            libc::nanosleep(&ts, std::ptr::null_mut());
        }
    }
}
