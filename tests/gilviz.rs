//! The GIL made visible: `--gil-stats`, `sys._gil_stats()`, `--gil-timeline`.

use std::process::Command;

/// Two CPU-bound threads and the main thread waiting for them.
const CPU_THREADS: &str = "
import threading, sys, time
# Spins for a fixed time, not a fixed count: the two threads overlap for several switch
# intervals however fast the build is, so the GIL really is contended. The long switch
# interval makes each turn with the GIL span several timeline columns even when a loaded
# machine stretches the run (and so the columns): with 5 ms turns a column could mix
# running and waiting evenly and show a thread as never running.
sys.setswitchinterval(0.03)
def work(seconds):
    end = time.perf_counter() + seconds
    x = 0
    while time.perf_counter() < end:
        x += 1
ts = [threading.Thread(target=work, args=(0.2,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
";

/// Runs `code` with gilpy and the extra `flags`: (stdout, stderr).
fn run(flags: &[&str], code: &str) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(flags)
        .arg("-c")
        .arg(code)
        .env_remove("PYTHON_GIL")
        .output()
        .expect("gilpy runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn running_times_add_up_to_at_most_the_wall_time_with_the_gil() {
    let check = format!(
        "{CPU_THREADS}
s = sys._gil_stats()
running = sum(t['running'] for t in s['threads'])
print(s['gil'], running <= s['wall'], running > 0)
print(sorted(t['name'] for t in s['threads']))
print(all(t['acquisitions'] >= 1 for t in s['threads']))
"
    );
    let (out, _) = run(&[], &check);
    assert_eq!(
        out,
        "True True True\n['MainThread', 'Thread-1 (work)', 'Thread-2 (work)']\nTrue\n"
    );
    let (out, _) = run(&["--no-gil"], &check);
    assert!(out.starts_with("False "), "{out}");
}

#[test]
fn gil_stats_prints_a_row_per_thread_and_totals() {
    let (out, err) = run(&["--gil-stats"], CPU_THREADS);
    assert_eq!(out, "");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines[0], "GIL statistics (GIL on)");
    assert!(lines[1].starts_with("thread "), "{err}");
    for (line, name) in lines[2..5]
        .iter()
        .zip(["MainThread", "Thread-1 (work)", "Thread-2 (work)"])
    {
        assert!(line.starts_with(name), "{err}");
        assert_eq!(line.matches(" ms").count(), 3, "{err}");
    }
    assert!(lines[5].starts_with("wall "), "{err}");
    assert!(lines[5].contains("GIL utilisation"), "{err}");
}

#[test]
fn gil_timeline_draws_one_strip_per_thread_within_80_columns() {
    for flags in [&["--gil-timeline"][..], &["--gil-timeline", "--no-gil"]] {
        let (_, err) = run(flags, CPU_THREADS);
        let lines: Vec<&str> = err.lines().collect();
        assert!(lines[0].starts_with("GIL timeline, "), "{err}");
        assert_eq!(lines.len(), 5, "{err}");
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{err}");
        let strips: Vec<&str> = lines[2..]
            .iter()
            .map(|l| l.split('|').nth(1).expect("a strip"))
            .collect();
        assert!(strips.iter().all(|s| s.contains('#')), "{err}");
        // Without the GIL nobody waits for it.
        let waits = strips.iter().any(|s| s.contains('-'));
        assert_eq!(waits, flags.len() == 1, "{err}");
    }
}

/// Two threads add 1 to a global `n` times each; with `lock`, under a `threading.Lock`.
fn counter_race(lock: bool, n: u32) -> String {
    let body = if lock {
        "with lock:\n            counter += 1"
    } else {
        "counter += 1"
    };
    format!(
        "
import threading
counter = 0
lock = threading.Lock()
def work(n):
    global counter
    for i in range(n):
        {body}
ts = [threading.Thread(target=work, args=({n},)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
"
    )
}

#[test]
fn switch_every_loses_the_same_updates_on_every_run() {
    let code = counter_race(false, 20000);
    let counts: Vec<String> = (0..5)
        .map(|_| run(&["-X", "switch-every=50"], &code).0)
        .collect();
    let first: u64 = counts[0].trim().parse().expect("a count");
    assert!(first < 40000, "the race should lose updates: {first}");
    assert!(counts.iter().all(|c| *c == counts[0]), "{counts:?}");
    // Each switch inside the locked section makes the other thread block on the lock,
    // and each release then waits for the sleeper to queue for the GIL: that wait must
    // end as soon as it queues (it once missed a fast sleeper and sat out its 200 ms
    // bound, seconds in all).
    let start = std::time::Instant::now();
    let locked = run(&["-X", "switch-every=50"], &counter_race(true, 5000)).0;
    assert_eq!(locked, "10000\n");
    let took = start.elapsed();
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");
}

#[test]
fn switch_every_needs_a_positive_count() {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["-X", "switch-every=0", "-c", "pass"])
        .output()
        .expect("gilpy runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "-X switch-every=N: N must be a positive integer\n"
    );
}

/// A minimal JSON reader, enough to check that the trace is well-formed: skips one value
/// starting at `i` and returns the index after it.
fn skip_json(b: &[u8], mut i: usize) -> usize {
    let ws = |b: &[u8], mut i: usize| {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    i = ws(b, i);
    match b[i] {
        b'{' | b'[' => {
            let close = if b[i] == b'{' { b'}' } else { b']' };
            i = ws(b, i + 1);
            if b[i] == close {
                return i + 1;
            }
            loop {
                if close == b'}' {
                    i = ws(b, skip_json(b, i));
                    assert_eq!(b[i], b':', "a ':' at {i}");
                    i += 1;
                }
                i = ws(b, skip_json(b, i));
                match b[i] {
                    b',' => i += 1,
                    c if c == close => return i + 1,
                    c => panic!("unexpected {:?} at {i}", c as char),
                }
            }
        }
        b'"' => {
            i += 1;
            while b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i + 1
        }
        _ => {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b"+-.".contains(&b[i])) {
                i += 1;
            }
            assert!(i > start, "a value at {start}");
            i
        }
    }
}

#[test]
fn gil_trace_writes_chrome_trace_events_per_thread() {
    let dir = std::env::temp_dir();
    for (flag, waits) in [("-Xgil=1", true), ("--no-gil", false)] {
        let path = dir.join(format!("gilpy-trace-{}{flag}.json", std::process::id()));
        let path_arg = path.to_string_lossy().into_owned();
        run(&[flag, "--gil-trace", &path_arg], CPU_THREADS);
        let text = std::fs::read_to_string(&path).expect("the trace file");
        let _ = std::fs::remove_file(&path);
        let b = text.as_bytes();
        let end = skip_json(b, 0);
        assert!(text[end..].trim().is_empty(), "trailing text");
        assert!(text.starts_with("{\"traceEvents\":["));
        for lane in ["MainThread", "Thread-1 (work)", "Thread-2 (work)"] {
            assert!(text.contains(&format!("\"args\":{{\"name\":\"{lane}\"}}")));
        }
        for tid in 0..3 {
            let running = format!("\"running (holds GIL)\",\"ph\":\"X\",\"pid\":1,\"tid\":{tid}");
            assert!(text.contains(&running), "{tid}: {text}");
        }
        assert!(text.contains("\"blocked (GIL released)\""));
        assert_eq!(text.contains("\"waiting for GIL\""), waits);
        assert_eq!(text.contains("\"drop request\""), waits);
    }
}
