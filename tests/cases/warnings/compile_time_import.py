# An imported module's compile-time warnings: SyntaxWarnings show, DeprecationWarnings
# for invalid escapes do not (the default filters show those for __main__ only).
import os
import subprocess
import sys
import tempfile

MODULE = 'x = 1\nprint("imported", x is 1, "\\d", x is not ())\n'

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "wmod.py"), "w") as f:
        f.write(MODULE)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONWARNINGS", None)
    for options in [(), ("-W", "default"), ("-W", "error::SyntaxWarning")]:
        out = subprocess.run([sys.executable, *options, "-c", "import wmod"], cwd=tmp,
                             capture_output=True, text=True, env=env)
        print(options, out.returncode)
        print(out.stdout, end="")
        print(out.stderr.replace(tmp, "TMP"), end="")
