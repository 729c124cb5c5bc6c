//! The REPL driven through a pseudo-terminal, as a person at a terminal uses it. Every step
//! waits for the output it expects (never for a fixed time), bounded by a generous timeout
//! so a loaded machine slows the tests down without failing them.

use std::process::Command;
use std::time::Duration;

use expectrl::session::OsSession as Repl;
use expectrl::{ControlCode, Expect, Session};

const TIMEOUT: Duration = Duration::from_secs(60);

fn spawn(args: &[&str]) -> Repl {
    let home = std::env::temp_dir().join(format!("gilpy-repl-home-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilpy"));
    cmd.args(args).env("HOME", &home).env("TERM", "xterm");
    let mut session = Session::spawn(cmd).expect("spawn gilpy in a pty");
    session.set_expect_timeout(Some(TIMEOUT));
    session
}

fn expect(repl: &mut Repl, text: &str) {
    if let Err(e) = repl.expect(text) {
        panic!("waiting for {text:?}: {e}");
    }
}

/// Types `line` and Enter, which a terminal sends as a carriage return.
fn type_line(repl: &mut Repl, line: &str) {
    repl.send(format!("{line}\r")).unwrap();
}

/// Types `line` once the prompt is shown.
fn enter(repl: &mut Repl, prompt: &str, line: &str) {
    expect(repl, prompt);
    type_line(repl, line);
}

/// Ctrl-D at the next prompt. Sent earlier, it could reach the terminal before the line
/// editor has switched it to raw mode, which discards pending input, and the session
/// would wait for input forever.
fn quit(repl: &mut Repl) {
    expect(repl, ">>> ");
    repl.send(ControlCode::EndOfTransmission).unwrap();
}

/// How the session ended, e.g. `Exited(Pid(…), 0)`; `StillAlive` if it has not ended
/// within the timeout (a failure, not a test that waits forever).
fn exit_status(repl: &Repl) -> String {
    let deadline = std::time::Instant::now() + TIMEOUT;
    loop {
        let status = match repl.get_process().status() {
            Ok(s) => format!("{s:?}"),
            Err(e) => format!("{e}"),
        };
        if status != "StillAlive" || std::time::Instant::now() > deadline {
            return status;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn banner_and_ctrl_d_exits_with_status_0() {
    let mut repl = spawn(&[]);
    expect(&mut repl, "GIL enabled");
    expect(&mut repl, "Type exit() or Ctrl-D (i.e. EOF) to exit.");
    expect(&mut repl, ">>> ");
    repl.send(ControlCode::EndOfTransmission).unwrap();
    assert!(
        exit_status(&repl).ends_with(", 0)"),
        "{}",
        exit_status(&repl)
    );
}

#[test]
fn multi_line_function_and_its_call() {
    let mut repl = spawn(&[]);
    enter(&mut repl, ">>> ", "def twice(x):");
    // The body line comes pre-indented, so it is typed without indentation.
    enter(&mut repl, "... ", "return x * 2");
    enter(&mut repl, "... ", "");
    enter(&mut repl, ">>> ", "twice(21)");
    expect(&mut repl, "42\r\n");
    enter(&mut repl, ">>> ", "[twice(n) for n in (1,");
    enter(&mut repl, "... ", "2)]");
    expect(&mut repl, "[2, 4]\r\n");
    enter(&mut repl, ">>> ", "exit(3)");
    assert!(
        exit_status(&repl).ends_with(", 3)"),
        "{}",
        exit_status(&repl)
    );
}

#[test]
fn error_then_the_session_goes_on_with_its_state() {
    let mut repl = spawn(&[]);
    enter(&mut repl, ">>> ", "kept = 'state'");
    enter(&mut repl, ">>> ", "1/0");
    expect(&mut repl, "Traceback (most recent call last):");
    expect(&mut repl, "File \"<stdin>\", line 1, in <module>");
    expect(&mut repl, "ZeroDivisionError: division by zero");
    enter(&mut repl, ">>> ", "kept.upper()");
    expect(&mut repl, "'STATE'\r\n");
    enter(&mut repl, ">>> ", "exit");
    expect(&mut repl, "Use exit() or Ctrl-D (i.e. EOF) to exit");
    enter(&mut repl, ">>> ", "quit()");
    assert!(
        exit_status(&repl).ends_with(", 0)"),
        "{}",
        exit_status(&repl)
    );
}

#[test]
fn underscore_holds_the_last_result() {
    let mut repl = spawn(&[]);
    enter(&mut repl, ">>> ", "6 * 7");
    expect(&mut repl, "42\r\n");
    enter(&mut repl, ">>> ", "None");
    enter(&mut repl, ">>> ", "_ + 1");
    expect(&mut repl, "43\r\n");
    quit(&mut repl);
    assert!(exit_status(&repl).ends_with(", 0)"));
}

#[test]
fn tab_completes_names_and_attributes() {
    let mut repl = spawn(&[]);
    enter(&mut repl, ">>> ", "a_long_variable_name = 12345");
    expect(&mut repl, ">>> ");
    repl.send("a_long_v\t").unwrap();
    expect(&mut repl, "a_long_variable_name");
    type_line(&mut repl, "");
    expect(&mut repl, "12345\r\n");
    enter(&mut repl, ">>> ", "import math");
    expect(&mut repl, ">>> ");
    repl.send("math.factor\t").unwrap();
    expect(&mut repl, "math.factorial");
    type_line(&mut repl, "(5)");
    expect(&mut repl, "120\r\n");
    quit(&mut repl);
    assert!(exit_status(&repl).ends_with(", 0)"));
}

#[test]
fn ctrl_c_discards_the_input_and_keeps_the_session() {
    let mut repl = spawn(&[]);
    enter(&mut repl, ">>> ", "for i in range(3):");
    expect(&mut repl, "... ");
    repl.send(ControlCode::EndOfText).unwrap();
    expect(&mut repl, "KeyboardInterrupt");
    enter(&mut repl, ">>> ", "'still ' + 'here'");
    expect(&mut repl, "'still here'\r\n");
    quit(&mut repl);
    assert!(exit_status(&repl).ends_with(", 0)"));
}

#[test]
fn ctrl_c_interrupts_running_code_and_returns_to_the_prompt() {
    let mut repl = spawn(&[]);
    enter(&mut repl, ">>> ", "import time");
    enter(&mut repl, ">>> ", "n = 0");
    // The echo of the line does not contain the word the loop prints once it runs.
    enter(
        &mut repl,
        ">>> ",
        "while True: n = n + 1; x = n == 1 and print('spin' + 'ning', flush=True)",
    );
    enter(&mut repl, "... ", "");
    expect(&mut repl, "spinning");
    // While code runs the terminal is in cooked mode: Ctrl-C is SIGINT.
    repl.send(ControlCode::EndOfText).unwrap();
    expect(&mut repl, "KeyboardInterrupt");
    enter(&mut repl, ">>> ", "n > 0");
    expect(&mut repl, "True\r\n");
    // Ctrl-C only once the entry runs: typed at the line editor it would be a keystroke.
    enter(
        &mut repl,
        ">>> ",
        "print('sleep' + 'ing', flush=True); time.sleep(60)",
    );
    expect(&mut repl, "sleeping");
    repl.send(ControlCode::EndOfText).unwrap();
    expect(&mut repl, "KeyboardInterrupt");
    enter(&mut repl, ">>> ", "'still ' + 'here'");
    expect(&mut repl, "'still here'\r\n");
    quit(&mut repl);
    assert!(exit_status(&repl).ends_with(", 0)"));
}

#[test]
fn dash_i_runs_the_file_then_opens_the_repl_on_its_globals() {
    let dir = std::env::temp_dir().join(format!("gilpy-repl-i-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("setup.py");
    std::fs::write(&script, "answer = 41\nprint('script ran')\n").unwrap();
    let mut repl = spawn(&["-i", script.to_str().unwrap()]);
    expect(&mut repl, "script ran");
    enter(&mut repl, ">>> ", "answer + 1");
    expect(&mut repl, "42\r\n");
    quit(&mut repl);
    assert!(exit_status(&repl).ends_with(", 0)"));
}

#[test]
fn a_thread_keeps_printing_above_the_prompt_while_it_waits() {
    let mut repl = spawn(&[]);
    enter(&mut repl, ">>> ", "import threading, time");
    enter(&mut repl, ">>> ", "def tick():");
    enter(&mut repl, "... ", "for i in range(1, 1000):");
    enter(&mut repl, "... ", "print('tick', i); time.sleep(0.2)");
    enter(&mut repl, "... ", "");
    enter(
        &mut repl,
        ">>> ",
        "threading.Thread(target=tick, daemon=True).start()",
    );
    expect(&mut repl, "tick 3");
    // The prompt is redrawn below each tick and still takes a whole typed line at once.
    expect(&mut repl, ">>> ");
    type_line(&mut repl, "6*7");
    expect(&mut repl, "42");
    expect(&mut repl, "tick");
    enter(&mut repl, ">>> ", "'still' + ' usable'");
    expect(&mut repl, "'still usable'");
}
