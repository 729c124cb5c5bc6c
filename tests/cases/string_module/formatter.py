# string.Formatter: str.format as overridable steps (parse, get_value, convert_field,
# format_field), with nested specs, attribute and index lookups, and its errors.
import string
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), f.format("{}{}", "a", "b"), f.format("{0.real}/{1[k]}/{2[0]}", 3 + 4j, {"k": "v"}, [9]))
print(f.format("{:>{w}.{p}f}|{!r:^9}|{n!s}", 3.14159, "q", w=8, p=2, n=None), f.format("{{literal}} {0:{{}}}".replace("{{}}", ">4"), 7))
print(list(f.parse("a{0!r:>3}b{{c}}{x.y[1]}d")), list(f.parse("")), list(f.parse("{}")))


class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError("unused: " + ", ".join(sorted(extra)))


print(Default().format("Hi {name}, you owe {amount:.2f} ({0})", "x", amount=3))
print(Upper().format("{a} and {b!r}", a="lower", b="quoted"))
for bad in [lambda: f.format("{0}{}", 1, 2), lambda: f.format("}"), lambda: f.format("{"), lambda: f.format("{0!x}", 1),
            lambda: Upper().format("{a}", a=1, b=2), lambda: f.format("{a[}", a=1), lambda: f.format("{0}", )]:
    try:
        print(bad())
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
