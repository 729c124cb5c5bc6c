# Log records carry the caller's file, line and function, found through its frame.
import logging
import sys

logging.basicConfig(
    level=logging.DEBUG,
    stream=sys.stdout,
    format="%(levelname)s %(module)s %(filename)s %(funcName)s:%(lineno)d %(message)s",
)
log = logging.getLogger("app")


def work(x):
    log.debug("working on %s", x)
    if x > 1:
        log.warning("big %d", x)
    return x * 2


class Service:
    def run(self):
        log.info("running")
        logging.info("root info")
        logging.warning("root warning")


work(1)
work(5)
Service().run()
log.error("top level")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
logging.LoggerAdapter(log, {"k": 1}).info("via adapter")
log.log(logging.INFO, "via log")


def helper():
    log.info("from helper", stacklevel=2)


def caller():
    helper()


caller()
record = log.makeRecord("n", 20, "f.py", 3, "m", (), None)
print(record.lineno, record.funcName, record.pathname)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(pathname)s|%(funcName)s|%(lineno)d|%(message)s"))
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(handler)
quiet.warning("pathname")


class Capture(logging.Handler):
    def emit(self, record):
        print("captured", record.funcName, record.lineno, record.filename, record.module)


captured = logging.getLogger("captured")
captured.propagate = False
captured.addHandler(Capture())
[captured.warning("in comprehension") for _ in range(1)]
(lambda: captured.warning("in lambda"))()
