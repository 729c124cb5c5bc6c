import os
import subprocess
import sys

os.environ["MY_TEST_VAR"] = "hello"
print(os.environ.get("MY_TEST_VAR"), os.environ.get("SURELY_NOT_SET_VAR", "default"), os.getenv("MY_TEST_VAR"))
print("MY_TEST_VAR" in os.environ, os.environ["MY_TEST_VAR"], os.getenv("SURELY_NOT_SET_VAR"))
out = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('MY_TEST_VAR'))"], capture_output=True, text=True)
print(out.stdout.strip())
del os.environ["MY_TEST_VAR"]
print(os.getenv("MY_TEST_VAR"), "MY_TEST_VAR" in os.environ)
try:
    os.environ["SURELY_NOT_SET_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
print(os.environ.setdefault("MY_OTHER", "v"), os.environ.pop("MY_OTHER"), os.getenv("MY_OTHER"))
print(type(os.environ).__name__, isinstance(os.environ, dict), type(os.environ.copy()).__name__)
print(len(os.environ) == len(dict(os.environ)), repr(os.environ).startswith("environ({"))
