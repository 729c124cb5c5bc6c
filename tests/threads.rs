//! Stress tests for threads, run in both modes (GIL on, `--no-gil`): shared containers,
//! attributes and globals under contention must stay consistent, nothing may crash or
//! deadlock (every run is bounded in time), and thread lifecycle output must be right.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(120);

struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    elapsed: Duration,
}

/// Runs `code` with gilpy and the extra `flags`; kills it after `TIMEOUT`.
fn run(flags: &[&str], code: &str) -> Run {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(flags)
        .arg("-c")
        .arg(code)
        .env_remove("PYTHON_GIL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gilpy starts");
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let elapsed = start.elapsed();
    Run {
        stdout: reader.join().expect("reader"),
        stderr: err_reader.join().expect("reader"),
        code: status.and_then(|s| s.code()),
        elapsed,
    }
}

/// Runs `code` in both modes and checks it printed `expected` and exited cleanly.
fn both_modes(code: &str, expected: &str) {
    for flags in [&[][..], &["--no-gil"][..]] {
        let r = run(flags, code);
        assert_eq!(
            (r.stdout.as_str(), r.stderr.as_str(), r.code),
            (expected, "", Some(0)),
            "flags {flags:?}"
        );
    }
}

#[test]
fn list_appends_are_never_lost() {
    both_modes(
        "import threading
shared = []
def work(k):
    for i in range(20000):
        shared.append(i)
ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), sum(shared) == 8 * sum(range(20000)))
",
        "160000 True\n",
    );
}

#[test]
fn dict_updates_stay_consistent() {
    both_modes(
        "import threading
d = {}
def work(k):
    for i in range(10000):
        d[(k, i)] = i
        d[i % 50] = k
        d.setdefault('shared', k)
        if i % 3 == 0:
            del d[(k, i)]
ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), d['shared'] in range(8), sorted(d.keys(), key=str) == sorted(d, key=str))
",
        "53379 True True\n",
    );
}

#[test]
fn attributes_and_globals_under_contention() {
    both_modes(
        "import threading
class Box: pass
box = Box()
box.a = 0
g = 0
def work(k):
    global g
    for i in range(20000):
        box.a = i
        setattr(box, 'k%d' % k, i)
        g = box.a + 1
        x = g - 1
        assert 0 <= x < 20000, x
ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(box.a, g, [getattr(box, 'k%d' % k) for k in range(8)])
",
        "19999 20000 [19999, 19999, 19999, 19999, 19999, 19999, 19999, 19999]\n",
    );
}

#[test]
fn iterating_while_others_append() {
    both_modes(
        "import threading
shared = list(range(100))
seen = []
def grow():
    for i in range(20000):
        shared.append(i)
def walk():
    for _ in range(20):
        n = 0
        for x in shared:
            n += 1
        seen.append(n)
ts = [threading.Thread(target=grow) for _ in range(4)] + [threading.Thread(target=walk) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), len(seen), all([100 <= n <= 80100 for n in seen]))
",
        "80100 80 True\n",
    );
}

#[test]
fn lock_protected_counters_reach_the_total() {
    both_modes(
        "import threading
lock = threading.Lock()
r = threading.RLock()
n = 0
m = 0
def work():
    global n, m
    for i in range(10000):
        with lock:
            n += 1
        with r:
            with r:
                m += 2
ts = [threading.Thread(target=work) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(n, m)
",
        "80000 160000\n",
    );
}

#[test]
fn exception_in_a_thread_is_reported_and_the_program_goes_on() {
    for flags in [&[][..], &["--no-gil"][..]] {
        let r = run(
            flags,
            "import threading
def worker():
    raise ValueError('boom')
t = threading.Thread(target=worker)
t.start()
t.join()
print('after')
",
        );
        assert_eq!(r.stdout, "after\n");
        assert_eq!(r.code, Some(0));
        // CPython's report, but for where the threading module's file is and its lines.
        assert_eq!(
            library_frames_normalised(&r.stderr),
            "Exception in thread Thread-1 (worker):
Traceback (most recent call last):
  File \"LIB/threading.py\", line N, in _bootstrap_inner
    self.run()
  File \"LIB/threading.py\", line N, in run
    self._target(*self._args, **self._kwargs)
  File \"<string>\", line 3, in worker
ValueError: boom
"
        );
    }
}

/// `stderr` with each frame line of the threading module written as
/// `File "LIB/threading.py", line N`.
fn library_frames_normalised(stderr: &str) -> String {
    stderr
        .lines()
        .map(|line| {
            let lib = line.strip_prefix("  File \"").and_then(|rest| {
                let (path, rest) = rest.split_once("\", line ")?;
                let (_, func) = rest.split_once(", in ")?;
                path.ends_with("/threading.py")
                    .then(|| format!("  File \"LIB/threading.py\", line N, in {func}"))
            });
            lib.unwrap_or_else(|| line.to_string()) + "\n"
        })
        .collect()
}

#[test]
fn daemon_threads_die_with_the_process() {
    for flags in [&[][..], &["--no-gil"][..]] {
        let r = run(
            flags,
            "import threading, time
def spin():
    while True:
        pass
def nap():
    while True:
        time.sleep(0.01)
threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=nap, daemon=True).start()
main_done = threading.Event()
def slow():
    main_done.wait()
    time.sleep(0.2)
    print('non-daemon done')
threading.Thread(target=slow).start()
print('main done')
main_done.set()
",
        );
        assert_eq!(r.stdout, "main done\nnon-daemon done\n");
        assert_eq!(r.code, Some(0));
        assert!(r.elapsed < Duration::from_secs(20), "{:?}", r.elapsed);
    }
}

#[test]
fn a_spinning_thread_does_not_starve_the_others() {
    // With the GIL the spinner must be asked to drop it every switch interval; a
    // sleeper's hundred wake-ups then take well under the test timeout.
    both_modes(
        "import threading, time
stop = False
def spin():
    while not stop:
        pass
t = threading.Thread(target=spin)
t.start()
for i in range(100):
    time.sleep(0.001)
stop = True
t.join()
print('ok')
",
        "ok\n",
    );
}

#[test]
fn a_module_imported_by_several_threads_at_once_runs_once() {
    let dir = std::env::temp_dir().join(format!("gilpy-import-lock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("counter.py"), "runs = []\n").unwrap();
    // The body sleeps, so the other threads ask for the module while it is half made.
    std::fs::write(
        dir.join("slow.py"),
        "import counter, time\ncounter.runs.append(1)\ntime.sleep(0.3)\nvalue = 42\n",
    )
    .unwrap();
    let script = dir.join("main.py");
    std::fs::write(
        &script,
        "import threading, counter
results = []
def imp():
    import slow
    results.append(slow.value)
ts = [threading.Thread(target=imp) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(counter.runs), results)
",
    )
    .unwrap();
    for flags in [&[][..], &["--no-gil"][..]] {
        let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
            .args(flags)
            .arg(&script)
            .output()
            .expect("gilpy runs");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "1 [42, 42, 42, 42]\n",
            "{flags:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
