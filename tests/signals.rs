//! SIGINT sent to a running gilpy, as Ctrl-C in a shell sends it: `KeyboardInterrupt` in
//! the main thread, also while it is blocked (sleep, join, lock, queue, event, input), and
//! Python handlers set with `signal.signal`. Every run is bounded in time.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

struct Run {
    stdout: String,
    stderr: String,
    /// The exit code, or minus the signal that ended the process.
    status: i32,
    /// From the signal to the end of the process.
    after_signal: Duration,
}

/// Runs `code`, waits for the line `start` on stdout (and, if `blocks`, for the main
/// thread to block in its wait), sends SIGINT, and waits for the end.
fn interrupt(flags: &[&str], code: &str, blocks: bool) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(flags)
        .arg("-c")
        .arg(code)
        .env_remove("PYTHON_GIL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gilpy starts");
    // Kept open so that `input()` blocks instead of seeing the end of its input.
    let _stdin = child.stdin.take();
    let mut out = BufReader::new(child.stdout.take().expect("piped"));
    let mut err = child.stderr.take().expect("piped");
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let mut first = String::new();
    out.read_line(&mut first).expect("first line");
    assert_eq!(first, "start\n", "the program did not start");
    if blocks {
        wait_until_main_thread_sleeps(child.id());
    }
    let sent = Instant::now();
    // SAFETY: kill has no memory preconditions.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if sent.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("SIGINT did not end or interrupt the program");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let after_signal = sent.elapsed();
    let mut stdout = String::new();
    let _ = out.read_to_string(&mut stdout);
    Run {
        stdout,
        stderr: err_reader.join().expect("reader"),
        status: status
            .code()
            .unwrap_or_else(|| -status.signal().unwrap_or(0)),
        after_signal,
    }
}

/// Waits (bounded) until the thread running Python's main thread has slept in the kernel
/// for 100 ms on end: by then it is in the wait the signal is meant to interrupt, not in a
/// short wait for the GIL on its way there, however loaded the machine is. Returns at
/// once if that thread has already ended.
fn wait_until_main_thread_sleeps(pid: u32) {
    let start = Instant::now();
    let mut asleep_since = None;
    while start.elapsed() < TIMEOUT {
        let state = main_thread_state(pid);
        if state.is_none() {
            return;
        }
        if state != Some('S') {
            asleep_since = None;
        } else if asleep_since.get_or_insert_with(Instant::now).elapsed()
            >= Duration::from_millis(100)
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    panic!("the main thread never blocked");
}

/// The scheduler state (`R`, `S`, …) of the thread running Python's main thread.
fn main_thread_state(pid: u32) -> Option<char> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).ok()?;
    tasks.flatten().find_map(|task| {
        let path = task.path();
        let comm = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
        let stat = std::fs::read_to_string(path.join("stat")).unwrap_or_default();
        // The state follows the parenthesized command name.
        let state = stat.rsplit(") ").next()?.chars().next();
        state.filter(|_| comm.trim_end() == "MainThread")
    })
}

/// The program ends as CPython's does on an uncaught `KeyboardInterrupt`: the traceback
/// ending at `last_frame_line`, then death by SIGINT (a shell reports 130).
fn assert_interrupted(run: &Run, last_frame_line: &str) {
    assert_eq!(run.status, -libc::SIGINT, "stderr: {}", run.stderr);
    assert!(
        run.stderr
            .starts_with("Traceback (most recent call last):\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with(&format!("{last_frame_line}\nKeyboardInterrupt\n")),
        "{}",
        run.stderr
    );
    assert!(
        run.after_signal < Duration::from_secs(5),
        "{:?}",
        run.after_signal
    );
}

#[test]
fn sigint_interrupts_sleep() {
    let run = interrupt(
        &[],
        "import time\nprint('start', flush=True)\ntime.sleep(30)\n",
        true,
    );
    assert_interrupted(&run, "  File \"<string>\", line 3, in <module>");
}

#[test]
fn sigint_interrupts_a_busy_loop() {
    let code = "print('start', flush=True)\nn = 0\nwhile True:\n    n += 1\n";
    let run = interrupt(&[], code, false);
    assert_eq!(run.status, -libc::SIGINT, "{}", run.stderr);
    assert!(
        run.stderr.ends_with("\nKeyboardInterrupt\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn sigint_interrupts_join_of_a_spinning_thread_in_both_modes() {
    let code = "import threading\n\
                def spin():\n    while True: pass\n\
                t = threading.Thread(target=spin, daemon=True)\nt.start()\n\
                print('start', flush=True)\nt.join()\n";
    for flags in [&[][..], &["--no-gil"][..]] {
        let run = interrupt(flags, code, true);
        assert_eq!(run.status, -libc::SIGINT, "{flags:?}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("line 7, in <module>\nKeyboardInterrupt")
                || run.stderr.contains("in _wait_for_tstate_lock"),
            "{flags:?}: {}",
            run.stderr
        );
        assert!(run.after_signal < Duration::from_secs(5));
    }
}

#[test]
fn sigint_interrupts_lock_queue_and_event_waits() {
    for wait in [
        "l.acquire()",
        "queue.Queue().get()",
        "threading.Event().wait()",
        "c = threading.Condition(); c.acquire(); c.wait()",
        "input()",
    ] {
        let code = format!(
            "import threading, queue\nl = threading.Lock()\nl.acquire()\n\
             print('start', flush=True)\ntry:\n    {wait}\nexcept KeyboardInterrupt:\n    \
             print('caught')\n"
        );
        let run = interrupt(&[], &code, true);
        assert_eq!((run.status, run.stdout.as_str()), (0, "caught\n"), "{wait}");
    }
}

#[test]
fn python_handler_runs_on_the_main_thread_and_the_sleep_goes_on() {
    let code = "import signal, threading, time\n\
                def handler(signum, frame):\n    \
                    print('handler', signum, threading.current_thread().name, flush=True)\n\
                old = signal.signal(signal.SIGINT, handler)\n\
                print('start', flush=True)\n\
                t = time.monotonic()\ntime.sleep(1)\n\
                print('slept', time.monotonic() - t >= 1, old is signal.default_int_handler)\n";
    let run = interrupt(&[], code, true);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "handler 2 MainThread\nslept True True\n");
}

#[test]
fn handler_exception_ends_the_program() {
    let code = "import signal, time\n\
                def handler(signum, frame):\n    raise SystemExit(3)\n\
                signal.signal(signal.SIGINT, handler)\n\
                print('start', flush=True)\ntime.sleep(30)\n";
    assert_eq!(interrupt(&[], code, true).status, 3);
}

#[test]
fn ignored_sigint_changes_nothing() {
    let code = "import signal, time\n\
                signal.signal(signal.SIGINT, signal.SIG_IGN)\n\
                print('start', flush=True)\ntime.sleep(0.5)\nprint('done')\n";
    let run = interrupt(&[], code, true);
    assert_eq!((run.status, run.stdout.as_str()), (0, "done\n"));
}
