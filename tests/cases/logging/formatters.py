# Formatters, styles and records, on records with a fixed creation time.
import logging
import time


def record(msg="hello %s", args=("world",), level=logging.INFO, **extra):
    rec = logging.LogRecord("app.web", level, "/srv/app/web.py", 42, msg, args, None, "handle")
    rec.created = 86400 * 365 + 3723.25
    rec.msecs = 250.0
    rec.relativeCreated = 1500.0
    rec.thread = 7
    rec.threadName = "Worker"
    rec.process = 99
    rec.processName = "Main"
    rec.__dict__.update(extra)
    return rec


def show(formatter, rec=None):
    formatter.converter = time.gmtime
    print(repr(formatter.format(rec or record())))


show(logging.Formatter())
show(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
show(logging.Formatter("%(asctime)s|%(msecs)03d|%(created).2f|%(relativeCreated)d", datefmt="%d/%m/%Y %H.%M"))
show(logging.Formatter("%(filename)s %(module)s %(pathname)s %(lineno)d %(funcName)s"))
show(logging.Formatter("%(thread)d %(threadName)s %(process)d %(processName)s %(levelno)d"))
show(logging.Formatter("%(levelname)-8s|%(name)10s|%(message)r"))
show(logging.Formatter("{levelname:>8} {name} {message} {lineno:04d}", style="{"))
show(logging.Formatter("{asctime} {msecs:.0f}", style="{"))
show(logging.Formatter("$levelname ${name}: $message $$", style="$"))
show(logging.Formatter("${asctime} $message", style="$"))
show(logging.Formatter("%(message)s [%(user)s]", defaults={"user": "nobody"}))
show(logging.Formatter("%(message)s [%(user)s]", defaults={"user": "nobody"}), record(user="ann"))
show(logging.Formatter("{message} [{user}]", style="{", defaults={"user": "-"}))

formatter = logging.Formatter()
formatter.converter = time.gmtime
print(formatter.formatTime(record()))
print(formatter.formatTime(record(), "%H:%M:%S"))
formatter.default_msec_format = "%s.%03d"
print(formatter.formatTime(record()))
formatter.default_msec_format = None
print(formatter.formatTime(record()))
formatter.default_time_format = "%Y"
print(formatter.formatTime(record()))
print(formatter.usesTime(), logging.Formatter("%(asctime)s").usesTime(),
      logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime())

for fmt, style in [("%(message)", "%"), ("no fields", "%"), ("{message", "{"),
                   ("{}", "{"), ("plain", "{"), ("$", "$"), ("none", "$"), ("%(m)s", "#")]:
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", repr(fmt), style)
    except ValueError as exc:
        print("ValueError:", exc)
print(repr(logging.Formatter("%(message)", validate=False)._fmt))

# Messages and args.
print(record("%d items", (3,)).getMessage())
print(record("%(a)s and %(b)s", ({"a": 1, "b": 2},)).getMessage())
print(record("no args", ()).getMessage())
print(record(ValueError("not a string"), ()).getMessage())
print(record("%s %s", ("x", "y")).args, record("%(k)s", ({"k": 1},)).args)
print(repr(record()))
print(record(level=logging.WARNING).levelname, record(level=5).levelname, record(level=25).levelno)

made = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "levelno": 30, "custom": 1})
print(made.getMessage(), made.levelno, made.levelname, made.name, made.custom, made.lineno)

# Exceptions and stacks are appended and cached on the record.
try:
    {}["key"]
except KeyError:
    import sys
    failing = record("failed", (), exc_info=sys.exc_info())
text = logging.Formatter("%(levelname)s %(message)s").format(failing)
print(text.replace(__file__, "FILE"))
print(failing.exc_text.splitlines()[-1], failing.message)
failing.exc_text = "cached text"
print(logging.Formatter().format(failing))
print(logging.Formatter().format(record(stack_info="Stack (most recent call last):\n  here")))


class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()

    def formatException(self, ei):
        return "EXC " + ei[0].__name__


failing.exc_text = None
print(Upper("%(name)s: %(message)s").format(failing))

# Level names.
print(logging.getLevelName(logging.CRITICAL), logging.getLevelName(logging.FATAL),
      logging.getLevelName("WARN"), logging.getLevelName("nope"), logging.getLevelName(35))
logging.addLevelName(35, "NOTICE")
print(logging.getLevelName(35), logging.getLevelName("NOTICE"), record(level=35).levelname)
print(logging.getLevelNamesMapping()["NOTICE"], sorted(logging.getLevelNamesMapping())[:3])
print(logging.BASIC_FORMAT, logging.WARN, logging.FATAL, logging.NOTSET)
