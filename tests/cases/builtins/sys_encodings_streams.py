import io
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stdout = io.StringIO()
print("hidden")
hidden = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print("restored; hidden was", repr(hidden))
