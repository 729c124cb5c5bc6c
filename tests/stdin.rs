//! `input()` and `sys.stdin` with piped standard input (the golden harness gives cases
//! no stdin). Expected output was observed from CPython 3.11 with the same input.

use std::io::Write;
use std::process::{Command, Stdio};

const SCRIPT: &str = r#"
import sys
name = input('Name: ')
print('hello', repr(name))
print(repr(input()))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line', repr(line))
print(repr(sys.stdin.readline()))
try:
    input('more? ')
except EOFError as e:
    print('EOF:', e)
input()
"#;

const STDIN: &str = "Ann\r\nsecond\nthird\nx\ny\nno newline";

const STDOUT: &str = "Name: hello 'Ann\\r'
'second'
'third\\n'
line 'x\\n'
line 'y\\n'
line 'no newline'
''
more? EOF: EOF when reading a line
";

const STDERR_END: &str = "    input()
EOFError: EOF when reading a line
";

#[test]
fn input_and_stdin_read_piped_lines() {
    let script = std::env::temp_dir().join(format!("gilpy_stdin_{}.py", std::process::id()));
    std::fs::write(&script, SCRIPT).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(STDIN.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    std::fs::remove_file(&script).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), STDOUT);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.ends_with(STDERR_END), "stderr: {stderr}");
    assert_eq!(out.status.code(), Some(1));
}
