# FileHandler and basicConfig(filename=...): modes, delay, close, and several threads
# writing through one handler.
import logging
import os
import tempfile
import threading

folder = tempfile.mkdtemp()
path = os.path.join(folder, "app.log")

logging.basicConfig(filename=path, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s:%(threadName)s:%(message)s")
handler = logging.root.handlers[0]
print(type(handler).__name__, handler.baseFilename == path, handler.mode,
      repr(handler).replace(folder, "DIR"))
logging.debug("first")


def work(n):
    for i in range(3):
        logging.info("worker %d line %d", n, i)


threads = [threading.Thread(target=work, args=(n,), name=f"W{n}") for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.shutdown()
with open(path) as f:
    lines = f.read().splitlines()
print(lines[0], len(lines), sorted(lines[1:])[:2], handler.stream)

appender = logging.FileHandler(path, delay=True)
print(appender.stream, appender.mode, appender.encoding)
appender.setFormatter(logging.Formatter("appended %(message)s"))
log = logging.getLogger("files")
log.propagate = False
log.addHandler(appender)
log.warning("one")
print(appender.stream is not None)
appender.close()
print(appender.stream)
log.warning("reopened after close")
appender.close()
writer = logging.FileHandler(path, mode="w", encoding="utf-8")
writer.setLevel(logging.ERROR)
log.removeHandler(appender)
log.addHandler(writer)
log.warning("below the handler level")
log.error("ünïcode")
writer.flush()
writer.close()
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
os.remove(path)
os.rmdir(folder)
