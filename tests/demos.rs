//! The GIL lessons in scripts/ run to completion (on small sizes: GILPY_DEMO_SCALE).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn runs_to_exit_0(script: &str) {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(format!("{}/scripts/{script}", env!("CARGO_MANIFEST_DIR")))
        .env("GILPY_DEMO_SCALE", "0.01")
        .env_remove("PYTHON_GIL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gilpy starts");
    let limit = Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("gilpy is waited for") {
            let mut err = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
            assert!(status.success(), "{script}: {status}\n{err}");
            return;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("{script} ran longer than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn gil_demo() {
    runs_to_exit_0("gil_demo.py");
}

#[test]
fn gil_cpu_threads() {
    runs_to_exit_0("gil_cpu_threads.py");
}

#[test]
fn gil_sleep_threads() {
    runs_to_exit_0("gil_sleep_threads.py");
}

#[test]
fn gil_lock() {
    runs_to_exit_0("gil_lock.py");
}

#[test]
fn gil_on_off() {
    runs_to_exit_0("gil_on_off.py");
}

#[test]
fn gil_convoy() {
    runs_to_exit_0("gil_convoy.py");
}
