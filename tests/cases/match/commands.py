# A text-adventure style command parser, the tutorial use of match.
def run(command):
    match command.split():
        case []:
            return "say something"
        case ["look"]:
            return "you see a room"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"you go {direction}"
        case ["go", other]:
            return f"you can't go {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for c in ["", "look", "go north", "go up", "take lamp key", "take", "exit", "dance wildly"]:
    print(repr(c), "->", run(c))

def http_status(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return f"server error {code}"
        case _:
            return "unknown"
print([http_status(s) for s in (200, 302, 404, 503, 999)])

events = [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q"}, {"type": "scroll"}, "junk"]
for e in events:
    match e:
        case {"type": "click", "pos": (x, y)}:
            print("click at", x, y)
        case {"type": "key", "key": k}:
            print("key", k)
        case {"type": t}:
            print("other event", t)
        case _:
            print("not an event", e)
