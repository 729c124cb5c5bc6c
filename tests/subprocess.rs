//! `subprocess` launching gilpy itself, and waiting for a child without the GIL.

use std::process::Command;

fn run(code: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
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
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn sys_executable_is_gilpy_and_takes_its_flags() {
    let out = run("import subprocess, sys
r = subprocess.run([sys.executable, '--no-gil', '-c',
                    'import sys; print(sys._is_gil_enabled(), sys.argv[1:])', 'a'],
                   capture_output=True, text=True, check=True)
print(r.stdout, end='')
print(subprocess.check_output([sys.executable, '--version'], text=True).startswith('gilpy'))
");
    assert_eq!(out, "False ['a']\nTrue\n");
}

#[test]
fn other_threads_run_while_a_child_is_waited_for() {
    let out = run("import subprocess, threading, time
ticks = 0
done = False
def tick():
    global ticks
    while not done:
        ticks += 1
        time.sleep(0.001)
t = threading.Thread(target=tick)
t.start()
subprocess.run(['sleep', '0.3'])
done = True
t.join()
print(ticks > 20)
");
    assert_eq!(out, "True\n");
}
