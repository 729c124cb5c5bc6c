//! The `gilpy` command line: `gilpy FILE [args]`, `gilpy -c CODE [args]`, flags in
//! CPython's spelling where CPython has one.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use gilpy::source::SourceFile;
use gilpy::vm::{interpreter, Options};

#[global_allocator]
static ALLOCATOR: gilpy::allocator::MiMalloc = gilpy::allocator::MiMalloc;

const USAGE: &str = "usage: gilpy [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd      program passed in as string (terminates option list)
  -h, --help  print this help message and exit
  -i          inspect interactively after running script (default when stdin is a
              terminal and there is no script)
  -V, --version
              print the gilpy version and exit
  -u          unbuffered stdout (also: PYTHONUNBUFFERED=x)
  -W arg      warning control; arg is action:message:category:module:lineno
              (also: PYTHONWARNINGS=arg)
  -X gil=0|1  turn the GIL off or on (also: PYTHON_GIL=0|1)
  --no-gil    same as -X gil=0
  -X switch-every=N
              the GIL changes hands every N instructions instead of every 5 ms
  --dis       print the bytecode of the file instead of running it
  --gil-stats per-thread GIL statistics on stderr at exit
  --gil-timeline
              a strip chart of GIL hand-overs on stderr at exit
  --gil-trace FILE
              the GIL's hand-overs as Chrome trace-event JSON (Perfetto)
file          program read from script file
-             program read from stdin (default when stdin is not a terminal)
arg ...       arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Command(String),
    Stdin,
}

struct Cli {
    program: Program,
    args: Vec<String>,
    gil: Option<bool>,
    dis: bool,
    unbuffered: bool,
    inspect: bool,
    gil_stats: bool,
    gil_timeline: bool,
    gil_trace: Option<String>,
    switch_every: u64,
    warnoptions: Vec<String>,
}

fn parse_cli(mut argv: impl Iterator<Item = String>) -> Result<Cli, (String, u8)> {
    let mut cli = Cli {
        program: Program::Stdin,
        args: Vec::new(),
        gil: None,
        dis: false,
        unbuffered: false,
        inspect: false,
        gil_stats: false,
        gil_timeline: false,
        gil_trace: None,
        switch_every: 0,
        warnoptions: Vec::new(),
    };
    while let Some(arg) = argv.next() {
        match arg.as_str() {
            "-h" | "--help" => return Err((USAGE.to_string(), 0)),
            "-V" | "--version" => {
                return Err((format!("gilpy {}\n", env!("CARGO_PKG_VERSION")), 0))
            }
            "--no-gil" => cli.gil = Some(false),
            "--dis" => cli.dis = true,
            "--gil-stats" => cli.gil_stats = true,
            "--gil-timeline" => cli.gil_timeline = true,
            "--gil-trace" => {
                let file = argv.next().ok_or_else(|| {
                    (
                        "Argument expected for the --gil-trace option\n".to_string(),
                        2,
                    )
                })?;
                cli.gil_trace = Some(file);
            }
            "-u" => cli.unbuffered = true,
            "-i" => cli.inspect = true,
            "-X" => {
                let opt = argv
                    .next()
                    .ok_or_else(|| ("Argument expected for the -X option\n".to_string(), 2))?;
                parse_x_option(&opt, &mut cli)?;
            }
            "-W" => {
                let opt = argv
                    .next()
                    .ok_or_else(|| ("Argument expected for the -W option\n".to_string(), 2))?;
                cli.warnoptions.push(opt);
            }
            x if x.starts_with("-W") => cli.warnoptions.push(x[2..].to_string()),
            "-c" => {
                let code = argv
                    .next()
                    .ok_or_else(|| ("Argument expected for the -c option\n".to_string(), 2))?;
                cli.program = Program::Command(code);
                break;
            }
            "-" => break,
            x if x.starts_with("-X") => parse_x_option(&x[2..], &mut cli)?,
            x if x.starts_with('-') && x.len() > 1 => {
                return Err((format!("Unknown option: {x}\n{USAGE}"), 2))
            }
            _ => {
                cli.program = Program::File(arg);
                break;
            }
        }
    }
    cli.args = argv.collect();
    Ok(cli)
}

/// `-X gil=0|1` and `-X switch-every=N`; other `-X` options are accepted and ignored, as
/// CPython ignores unknown ones.
fn parse_x_option(opt: &str, cli: &mut Cli) -> Result<(), (String, u8)> {
    if let Some(n) = opt.strip_prefix("switch-every=") {
        cli.switch_every = n.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
            (
                "-X switch-every=N: N must be a positive integer\n".to_string(),
                2,
            )
        })?;
        return Ok(());
    }
    match opt.strip_prefix("gil=") {
        Some("0") => cli.gil = Some(false),
        Some("1") => cli.gil = Some(true),
        Some(_) => {
            return Err((
                "Fatal Python error: config_read_gil: -X gil=n option: n is missing or invalid\n"
                    .into(),
                1,
            ))
        }
        None => {}
    }
    Ok(())
}

fn gil_from_env() -> Result<Option<bool>, (String, u8)> {
    match std::env::var("PYTHON_GIL").ok().as_deref() {
        None | Some("") => Ok(None),
        Some("0") => Ok(Some(false)),
        Some("1") => Ok(Some(true)),
        Some(_) => Err((
            "Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"\n"
                .into(),
            1,
        )),
    }
}

/// `PYTHONWARNINGS`: comma-separated `-W` options, which come before the command line's.
fn env_warnoptions() -> Vec<String> {
    let var = std::env::var("PYTHONWARNINGS").unwrap_or_default();
    let options = var.split(',').filter(|o| !o.is_empty());
    options.map(String::from).collect()
}

fn main() -> ExitCode {
    let cli = match parse_cli(std::env::args().skip(1)) {
        Ok(cli) => cli,
        Err((msg, code)) => {
            if code == 0 {
                print!("{msg}");
            } else {
                eprint!("{msg}");
            }
            return ExitCode::from(code);
        }
    };
    let gil = match (cli.gil, gil_from_env()) {
        (Some(g), _) => g,
        (None, Ok(env)) => env.unwrap_or(true),
        (None, Err((msg, code))) => {
            eprint!("{msg}");
            return ExitCode::from(code);
        }
    };
    let (source, argv0) = match &cli.program {
        Program::File(path) => {
            let abs = std::path::absolute(Path::new(path))
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| path.clone());
            match std::fs::read(path) {
                Ok(bytes) => (
                    SourceFile::new(abs, String::from_utf8_lossy(&bytes).into_owned()),
                    path.clone(),
                ),
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let text = e.to_string();
                    let reason = text.split(" (os error").next().unwrap_or(&text);
                    eprintln!("gilpy: can't open file '{abs}': [Errno {errno}] {reason}");
                    return ExitCode::from(2);
                }
            }
        }
        Program::Command(code) => (SourceFile::new("<string>", code.clone()), "-c".into()),
        Program::Stdin if std::io::stdin().is_terminal() => {
            (SourceFile::new("<stdin>", ""), "".into())
        }
        Program::Stdin => {
            let mut text = String::new();
            if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
                eprintln!("gilpy: can't read stdin: {e}");
                return ExitCode::from(2);
            }
            (SourceFile::new("<stdin>", text), "-".into())
        }
    };
    if cli.dis {
        return match gilpy::compiler::compile(&source, &mut Vec::new()) {
            Ok(code) => {
                print!("{}", gilpy::compiler::dis::disassemble(&code));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprint!("{}", e.render(&source));
                ExitCode::from(1)
            }
        };
    }
    let mut argv = vec![argv0];
    argv.extend(cli.args);
    let unbuffered =
        cli.unbuffered || std::env::var("PYTHONUNBUFFERED").is_ok_and(|v| !v.is_empty());
    // A terminal with no program to run gets the REPL, with no file before it.
    let repl_only = matches!(cli.program, Program::Stdin) && std::io::stdin().is_terminal();
    let interactive = cli.inspect || repl_only;
    let status = interpreter::run_main(
        (!repl_only).then_some(source),
        Options {
            argv,
            gil,
            unbuffered,
            gil_stats: cli.gil_stats,
            gil_timeline: cli.gil_timeline,
            gil_trace: cli.gil_trace.map(Into::into),
            switch_every: cli.switch_every,
            inspect: cli.inspect,
            warnoptions: [env_warnoptions(), cli.warnoptions].concat(),
        },
        interactive,
    );
    gilpy::vm::signals::exit_if_interrupted();
    ExitCode::from(status.clamp(0, 255) as u8)
}
