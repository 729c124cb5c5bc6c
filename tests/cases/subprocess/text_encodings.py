# Text mode with explicit encodings and error handlers.
import subprocess
r = subprocess.run(['printf', 'caf\\351\\n'], capture_output=True, encoding='latin-1')
print(repr(r.stdout))
r = subprocess.run(['printf', 'caf\\351\\n'], capture_output=True, text=True, errors='replace')
print(repr(r.stdout))
try:
    subprocess.run(['printf', 'caf\\351\\n'], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
r = subprocess.run(['cat'], input='naïve ☃\n', capture_output=True, encoding='utf-8')
print(r.stdout, end='')
print(subprocess.check_output(['cat'], input='é', encoding='latin-1', errors='strict'))
print(subprocess.check_output(['printf', 'a\\r\\nb\\rc'], universal_newlines=True).split('\n'))
print(subprocess.check_output(['printf', 'a\\r\\nb\\rc']))
