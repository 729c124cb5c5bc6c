import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, format="%(threadName)s %(levelname)-8s %(name)s: %(message)s",
                    stream=sys.stdout)
log = logging.getLogger(__name__)
log.debug("debug %d", 1)
log.info("info")
child = logging.getLogger("pkg.sub")
child.setLevel(logging.ERROR)
child.warning("dropped")
child.error("kept")
parent = logging.getLogger("pkg")
print(child.parent is parent, parent.parent is logging.getLogger(), child.getEffectiveLevel())
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
logging.basicConfig(level=logging.ERROR)
log.info("basicConfig again does nothing")


def work(n):
    logging.info("worker %d", n)


threads = [threading.Thread(target=work, args=(i,), name=f"T{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[{levelname}] {name}: {message}", style="{"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.warning("own handler")
other.setLevel("INFO")
other.info("string level")
print(len(other.handlers), type(other.handlers[0]).__name__, other.level, other.isEnabledFor(logging.DEBUG))
try:
    other.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
