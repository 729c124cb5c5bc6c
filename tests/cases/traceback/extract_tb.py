import sys
import traceback


def parse(text):
    return int(text)


def load(values):
    return [parse(v) for v in values]


try:
    load(["1", "x"])
except ValueError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(type(frames).__name__, len(frames))
    for frame in frames:
        print(frame.filename.rsplit("/", 1)[-1], frame.lineno, frame.name, repr(frame.line))
    last = frames[-1]
    print(last.name, last.lineno, last.line)
    filename, lineno, name, line = last
    print(name, lineno, line, last[2], len(last))
    print(last == (last.filename, 6, "parse", "return int(text)"))
    print(repr(last).replace(last.filename, "FILE"))
    print(traceback.extract_tb(sys.exc_info()[2])[0].name)
print(traceback.extract_tb(None))
