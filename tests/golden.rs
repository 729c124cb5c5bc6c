//! Runs every `tests/cases/<area>/<name>.py` and compares its stdout, stderr and
//! exit code with the expectations CPython recorded next to it
//! (`scripts/regen_goldens.sh`).
//!
//! * `GOLDEN_FILTER=substr` runs only the cases whose path contains `substr`.
//! * `GOLDEN_INTERPRETER=/usr/bin/python3.11` runs the cases with another
//!   interpreter instead of gilpy, which checks the cases and this harness.
//! * unittest's `Ran N tests in 0.123s` lines are compared as `... in 0.000s`
//!   (the regeneration script records them so), as durations vary.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
const MAX_DIFF_LINES: usize = 20;
/// A Rust panic or its hint must never reach a Python programmer.
const PANIC_MARKERS: [&str; 2] = ["panicked at", "RUST_BACKTRACE"];

struct Case {
    /// Path relative to `tests/cases`, with `/` separators: the script argument.
    name: String,
    script: PathBuf,
}

struct Outcome {
    stdout: String,
    stderr: String,
    /// `None` when the process was killed by a signal or timed out.
    code: Option<i32>,
    timed_out: bool,
}

#[test]
fn golden() {
    let cases_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let interpreter = std::env::var_os("GOLDEN_INTERPRETER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_gilpy")));
    let filter = std::env::var("GOLDEN_FILTER").unwrap_or_default();

    let mut cases = Vec::new();
    collect_cases(&cases_dir, &cases_dir, &mut cases);
    cases.retain(|c| c.name.contains(&filter));
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(
        !cases.is_empty(),
        "no golden cases matched GOLDEN_FILTER={filter:?}"
    );

    // Interpreters print script paths either as given or absolutized (CPython
    // does the latter); the expectations use the form relative to tests/cases.
    let mut prefixes = vec![format!("{}/", cases_dir.display())];
    if let Ok(canonical) = cases_dir.canonicalize() {
        prefixes.push(format!("{}/", canonical.display()));
    }

    let failures = run_all(&cases, &cases_dir, &interpreter, &prefixes);

    // Written straight to stderr so the report shows even when libtest
    // captures output of a passing test.
    let mut report = String::new();
    for (name, problems) in &failures {
        report.push_str(&format!("\n--- FAIL {name}\n"));
        for problem in problems {
            report.push_str(problem);
        }
    }
    report.push_str(&format!(
        "\ngolden: {} passed, {} failed\n",
        cases.len() - failures.len(),
        failures.len()
    ));
    io::stderr().write_all(report.as_bytes()).unwrap();

    if !failures.is_empty() {
        panic!("{} golden case(s) failed", failures.len());
    }
}

fn collect_cases(root: &Path, dir: &Path, out: &mut Vec<Case>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_cases(root, &path, out);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            let rel = path.strip_prefix(root).unwrap();
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Case { name, script: path });
        }
    }
}

/// Runs the cases on a pool of threads; returns the failures in case order.
fn run_all(
    cases: &[Case],
    cases_dir: &Path,
    interpreter: &Path,
    prefixes: &[String],
) -> Vec<(String, Vec<String>)> {
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..workers.min(cases.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let outcome = run_case(interpreter, cases_dir, &case.name, prefixes);
                let problems = check(case, &outcome);
                if !problems.is_empty() {
                    results
                        .lock()
                        .unwrap()
                        .push((i, case.name.clone(), problems));
                }
            });
        }
    });
    let mut failures = results.into_inner().unwrap();
    failures.sort_by_key(|(i, _, _)| *i);
    failures
        .into_iter()
        .map(|(_, name, problems)| (name, problems))
        .collect()
}

fn run_case(interpreter: &Path, cases_dir: &Path, name: &str, prefixes: &[String]) -> Outcome {
    let mut child = Command::new(interpreter)
        .arg(name)
        .current_dir(cases_dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", interpreter.display()));
    // Both pipes are drained concurrently so a chatty child cannot block on a full pipe.
    let stdout = drain(child.stdout.take().unwrap());
    let stderr = drain(child.stderr.take().unwrap());
    let (status, timed_out) = wait_with_timeout(&mut child);
    let mut stderr = stderr.join().unwrap();
    let mut stdout = stdout.join().unwrap();
    for prefix in prefixes {
        stderr = stderr.replace(prefix.as_str(), "");
        stdout = stdout.replace(prefix.as_str(), "");
    }
    Outcome {
        stdout: mask_timings(&stdout),
        stderr: mask_timings(&stderr),
        code: status.code().filter(|_| !timed_out),
        timed_out,
    }
}

/// unittest's summary line `Ran N tests in 0.123s` shows a duration; like
/// `scripts/regen_goldens.sh` when it records a case, this writes it as 0.000s.
fn mask_timings(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            let (body, end) = match line.strip_suffix('\n') {
                Some(body) => (body, "\n"),
                None => (line, ""),
            };
            match timed_summary(body) {
                Some(head) => format!("{head}0.000s{end}"),
                None => line.to_string(),
            }
        })
        .collect()
}

/// The part of `Ran N test(s) in S.SSSs` before the seconds, if `line` is one.
fn timed_summary(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("Ran ")?;
    let (count, rest) = rest.split_once(' ')?;
    let seconds = rest
        .strip_prefix("tests in ")
        .or_else(|| rest.strip_prefix("test in "))?
        .strip_suffix('s')?;
    let (whole, frac) = seconds.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(count) || !digits(whole) || !digits(frac) {
        return None;
    }
    Some(&line[..line.len() - seconds.len() - 1])
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        // A read error just truncates the output, which the comparison reports.
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn wait_with_timeout(child: &mut Child) -> (ExitStatus, bool) {
    let deadline = Instant::now() + TIMEOUT;
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (status, false);
        }
        if Instant::now() >= deadline {
            // The child may exit on its own between the check and the kill.
            let _ = child.kill();
            return (child.wait().unwrap(), true);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

fn expected(case: &Case, ext: &str) -> Option<String> {
    fs::read_to_string(case.script.with_extension(ext)).ok()
}

fn check(case: &Case, actual: &Outcome) -> Vec<String> {
    let mut problems = Vec::new();
    if actual.timed_out {
        problems.push(format!("timed out after {}s\n", TIMEOUT.as_secs()));
    }
    for marker in PANIC_MARKERS {
        if actual.stdout.contains(marker) || actual.stderr.contains(marker) {
            problems.push(format!(
                "output contains {marker:?}: a Rust panic escaped\n"
            ));
        }
    }

    match expected(case, "out") {
        Some(out) => problems.extend(diff("stdout", &out, &actual.stdout)),
        None => problems.push("missing .out: run scripts/regen_goldens.sh\n".to_string()),
    }
    let err = expected(case, "err").unwrap_or_default();
    problems.extend(diff("stderr", &err, &actual.stderr));

    let code = expected(case, "code").map_or(Some(0), |c| c.trim().parse().ok());
    if !actual.timed_out && actual.code != code {
        let show = |c: Option<i32>| c.map_or("killed by a signal".to_string(), |c| c.to_string());
        problems.push(format!(
            "exit code: expected {}, got {}\n",
            show(code),
            show(actual.code)
        ));
    }
    problems
}

/// A compact diff: the lines between the common head and tail of both texts.
fn diff(stream: &str, expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let head = exp.iter().zip(&act).take_while(|(e, a)| e == a).count();
    let tail = exp[head..]
        .iter()
        .rev()
        .zip(act[head..].iter().rev())
        .take_while(|(e, a)| e == a)
        .count();
    let mut out = format!(
        "{stream} differs from line {} (- expected, + actual):\n",
        head + 1
    );
    for (sign, lines) in [("-", &exp), ("+", &act)] {
        let changed = &lines[head..lines.len() - tail];
        for line in changed.iter().take(MAX_DIFF_LINES) {
            // Quoting exposes invisible differences such as trailing spaces.
            match line.strip_suffix('\n') {
                Some(text) => out.push_str(&format!("  {sign} {text:?}\n")),
                None => out.push_str(&format!("  {sign} {line:?} (no newline at end)\n")),
            }
        }
        if changed.len() > MAX_DIFF_LINES {
            out.push_str(&format!(
                "  {sign} ... {} more\n",
                changed.len() - MAX_DIFF_LINES
            ));
        }
    }
    Some(out)
}
