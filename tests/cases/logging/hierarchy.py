# The logger tree, propagation, levels, handlers, filters, adapters and basicConfig.
import io
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s/%(levelname)s: %(message)s"))


class Named(io.StringIO):
    name = "named-stream"


print(repr(logging.StreamHandler(Named())), repr(logging.NullHandler()), repr(logging.Handler(logging.INFO)))
print(repr(logging.StreamHandler(io.StringIO())))

# Placeholders: a child made before its parent is adopted by it later.
leaf = logging.getLogger("a.b.c")
print(leaf.parent is logging.root, "a.b" in logging.Logger.manager.loggerDict,
      type(logging.Logger.manager.loggerDict["a.b"]).__name__)
mid = logging.getLogger("a.b")
top = logging.getLogger("a")
print(leaf.parent is mid, mid.parent is top, top.parent is logging.root)
sibling = logging.getLogger("a.bc")
print(sibling.parent is top, top.getChild("b.c") is leaf, logging.root.getChild("a") is top)
print(repr(leaf), repr(logging.root), repr(logging.getLogger()), logging.getLogger("root") is logging.root)

top.addHandler(out)
top.setLevel(logging.INFO)
print(repr(leaf), leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.DEBUG), leaf.hasHandlers())
leaf.debug("not shown")
leaf.info("from the leaf %s", "propagates")
mid.setLevel(logging.WARNING)
leaf.info("mid level filters")
leaf.warning("reaches top's handler")

own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter("OWN %(message)s"))
own.setLevel(logging.ERROR)
mid.addHandler(own)
leaf.warning("only top prints this")
leaf.error("both print this")
mid.propagate = False
leaf.error("only mid prints this")
mid.propagate = True
mid.removeHandler(own)
mid.removeHandler(own)
print(len(mid.handlers), len(top.handlers), mid.hasHandlers())


# Filters on loggers and handlers: objects with filter(), plain callables, name filters.
class OddOnly(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2


top.addFilter(OddOnly())
for i in range(4):
    top.warning("number %d", i)
top.filters.clear()
out.addFilter(logging.Filter("a.b"))
top.warning("filtered by name")
leaf.warning("passes the name filter")
sibling.warning("a.bc is not under a.b")
out.filters.clear()
out.addFilter(lambda record: record.levelno >= logging.ERROR)
top.warning("callable drops")
top.error("callable keeps")
out.filters.clear()


def tag(record):
    record.msg = "[tagged] " + record.msg
    return True


top.addFilter(tag)
top.addFilter(tag)
top.warning("filters are added once")
top.removeFilter(tag)
print(logging.Filter("a").filter(logging.makeLogRecord({"name": "a.b"})),
      logging.Filter("a").filter(logging.makeLogRecord({"name": "ab"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "x"})))

# extra, stack levels and exc_info forms.
fmt = logging.Formatter("%(message)s user=%(user)s")
out.setFormatter(fmt)
top.warning("with extra", extra={"user": "ann"})
try:
    top.warning("clash", extra={"message": "x"})
except KeyError as exc:
    print("KeyError", exc)
try:
    top.warning("clash", extra={"name": "x"})
except KeyError as exc:
    print("KeyError", exc)
adapter = logging.LoggerAdapter(top, {"user": "bob"})
adapter.warning("adapted %s", "call")
adapter.info("adapter info")
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.name, repr(adapter))


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"<{self.extra['user']}> {msg}", kwargs


out.setFormatter(logging.Formatter("%(message)s"))
Prefixed(top, {"user": "cy"}).error("custom process")
try:
    raise ValueError("bad value")
except ValueError as exc:
    caught = exc
    top.exception("exception() adds the traceback")
top.error("exc_info from an instance", exc_info=caught)
top.error("exc_info as a tuple", exc_info=(type(caught), caught, None))
top.error("exc_info false", exc_info=False)
try:
    top.log("INFO", "string level")
except TypeError as exc:
    print("TypeError", exc)
top.log(logging.WARNING, "log with int level")
top.setLevel("DEBUG")
print(top.level, top.getEffectiveLevel())
for bad in ("LOUD", 1.5, None):
    try:
        top.setLevel(bad)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)

# disable() overrides every level.
logging.disable(logging.WARNING)
top.warning("disabled")
top.error("above the disable level")
logging.disable()
top.critical("all disabled")
logging.disable(logging.NOTSET)
top.critical("enabled again")
top.disabled = True
top.critical("logger disabled")
top.disabled = False
top.removeHandler(out)

# A logger with no handler anywhere falls back to lastResort on stderr.
sys.stderr = sys.stdout
logging.getLogger("lonely").warning("last resort %d", 1)
logging.getLogger("lonely").info("below last resort")
sys.stderr = Named()
print(repr(logging.lastResort))
sys.stderr = sys.stdout

# basicConfig: errors, and force.
for kwargs in ({"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [out], "stream": sys.stdout},
               {"style": "#"},
               {"stream": sys.stdout, "bogus": 1, "other": 2}):
    logging.root.handlers.clear()
    try:
        logging.basicConfig(**kwargs)
    except ValueError as exc:
        print("ValueError", exc)
logging.basicConfig(force=True, stream=sys.stdout, level="INFO",
                    format="{levelname}:{name}:{message}", style="{")
logging.info("root via {} style")
logging.debug("below root level")
logging.warning("%d%% done", 50)
print(logging.root.level, len(logging.root.handlers), type(logging.root.handlers[0].formatter).__name__)
logging.basicConfig(format="ignored")
logging.basicConfig(force=True, handlers=[out], level=logging.DEBUG)
logging.debug("through the given handler")
print(logging.root.handlers == [out], logging.getLoggerClass().__name__)
logging.root.handlers.clear()
logging.basicConfig(stream=sys.stdout)
logging.warning("basic format")
logging.critical("crit")
logging.fatal("fatal")
logging.log(logging.ERROR, "via log")
logging.error("err")
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("a")))
