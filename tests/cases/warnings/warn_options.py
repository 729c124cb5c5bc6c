# -W options and PYTHONWARNINGS become sys.warnoptions and warnings filters, which apply
# to the warnings issued while the main program is compiled.
import os
import subprocess
import sys

CODE = 'x = 1\nprint(x is 1, "\\d")\n'


def run(*options, code=CODE, env=None, stderr_lines=None):
    environ = dict(os.environ)
    environ.pop("PYTHONWARNINGS", None)
    environ.update(env or {})
    out = subprocess.run([sys.executable, *options, "-c", code], capture_output=True,
                         text=True, env=environ)
    print(options, env or "", "->", out.returncode)
    print(out.stdout, end="")
    # stderr_lines: how many of the last lines of stderr to show (None: all).
    lines = out.stderr.splitlines(keepends=True)
    print("".join(lines[len(lines) - (len(lines) if stderr_lines is None else stderr_lines):]), end="")


run()
run("-W", "ignore")
run("-Wdefault")
run("-W", "error::SyntaxWarning")
run("-W", "error::DeprecationWarning")
run("-W", "error", code="x = 1\n\nprint(\n  x is not (1, 2))\n")
run("-W", "always::DeprecationWarning", "-W", "ignore::SyntaxWarning")
run(env={"PYTHONWARNINGS": "ignore,,error::DeprecationWarning"}, code="import sys; print(sys.warnoptions)")
run("-W", "always", env={"PYTHONWARNINGS": "error"}, code="import sys; print(sys.warnoptions)")
run("-W", "foo", "-W", "error:x:y.z", "-W", "a:b:c:d:e:f", "-W", "i::Warning::-1",
    "-W", "::::x", "-W", "e::NoSuch", "-W", "e::int", code="print(1)")
run("-Wd", "-W", "ignore:msg:UserWarning:mod:3",
    code="import sys, warnings; print(sys.warnoptions, warnings.filters[:2])")
run("-W", "error", code="import warnings\nwarnings.warn('boom')\nprint('not reached')",
    stderr_lines=1)
run("-W", "ignore", "-i", code="import sys; print(sys.flags.inspect, sys.flags.interactive)",
    stderr_lines=0)
