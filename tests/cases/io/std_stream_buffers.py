# sys.stdout.buffer and sys.stderr.buffer take bytes under the text streams, and
# sys.stdin.buffer reads bytes; the text streams name themselves.
import sys

out = [str(i * i) for i in range(5)]
sys.stdout.flush()
n = sys.stdout.buffer.write(" ".join(out).encode() + b"\n")
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.write(memoryview(b"from a memoryview\n"))
sys.stdout.buffer.flush()
print("wrote", n)
sys.stdout.flush()
sys.stderr.buffer.write("café\n".encode())
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print(e)
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.closed)
print(sys.stderr.name, sys.stdin.name, sys.stdin.mode, sys.stdin.encoding)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno())
print(sys.stdin.buffer, sys.stdin.buffer.readline(), sys.stdin.buffer.read(), list(sys.stdin.buffer))
print(sys.stdin.buffer.readlines(), sys.stdin.readline() == "")
