# add_note() collects __notes__, which the traceback prints after the message.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print(err)


def process(items):
    for i, item in enumerate(items):
        try:
            int(item)
        except ValueError as err:
            err.add_note(f"while processing item {i}: {item!r}")
            raise


process(["1", "two"])
