# os.get_terminal_size off a terminal, os.terminal_size, and shutil's fallbacks.
import os
import shutil

for fd in (1, 0, 99):
    try: print(os.get_terminal_size(fd))
    except OSError as e: print(type(e).__name__, e)
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).lines)
os.environ.pop("COLUMNS", None); os.environ.pop("LINES", None)
print(shutil.get_terminal_size((33, 7)), shutil.get_terminal_size())
os.environ["COLUMNS"] = "50"
print(shutil.get_terminal_size((33, 7)))
