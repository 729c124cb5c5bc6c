//! `multiprocessing` behaviour a golden case cannot pin down: the child's traceback goes
//! through CPython's own library frames, and forking must also work with the GIL off and
//! with other threads running.

use std::process::{Command, Output};

/// Runs `code` with gilpy and the extra `flags`, bounded by coreutils `timeout`.
fn run(flags: &[&str], code: &str) -> Output {
    Command::new("timeout")
        .arg("120")
        .arg(env!("CARGO_BIN_EXE_gilpy"))
        .args(flags)
        .arg("-c")
        .arg(code)
        .env_remove("PYTHON_GIL")
        .output()
        .expect("gilpy starts")
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("utf-8 output")
}

#[test]
fn exception_in_a_child_is_reported_and_its_exit_code_is_1() {
    for flags in [&[][..], &["--no-gil"][..]] {
        let r = run(
            flags,
            "import multiprocessing
def work():
    print('child starts')
    raise ValueError('boom')
p = multiprocessing.Process(target=work)
p.start()
p.join()
print('exitcode', p.exitcode)
",
        );
        assert_eq!(text(&r.stdout), "child starts\nexitcode 1\n");
        assert_eq!(r.status.code(), Some(0));
        let err = text(&r.stderr);
        assert!(
            err.starts_with("Process Process-1:\nTraceback (most recent call last):\n"),
            "{err}"
        );
        assert!(
            err.ends_with("line 4, in work\nValueError: boom\n")
                || err.ends_with("ValueError: boom\n"),
            "{err}"
        );
    }
}

#[test]
fn counters_in_shared_memory_reach_the_total_in_both_modes() {
    for flags in [&[][..], &["--no-gil"][..]] {
        let r = run(
            flags,
            "from multiprocessing import Process, Value
import threading
def spin():
    n = 0
    for _ in range(200000):
        n += 1
def add(v):
    for _ in range(300):
        with v.get_lock():
            v.value += 1
busy = [threading.Thread(target=spin) for _ in range(2)]
for t in busy:
    t.start()
v = Value('i', 0)
ps = [Process(target=add, args=(v,)) for _ in range(4)]
for p in ps:
    p.start()
for p in ps:
    p.join()
for t in busy:
    t.join()
print(v.value, [p.exitcode for p in ps])
",
        );
        assert_eq!(
            (text(&r.stdout), text(&r.stderr), r.status.code()),
            ("1200 [0, 0, 0, 0]\n", "", Some(0)),
            "flags {flags:?}"
        );
    }
}

#[test]
fn a_child_forked_from_a_thread_runs_only_its_target() {
    let r = run(
        &[],
        "import multiprocessing, threading
def child():
    print('child', threading.active_count())
def starter():
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    print('exit', p.exitcode)
t = threading.Thread(target=starter)
t.start()
t.join()
print('main done')
",
    );
    assert_eq!(
        (text(&r.stdout), text(&r.stderr), r.status.code()),
        ("child 1\nexit 0\nmain done\n", "", Some(0))
    );
}
