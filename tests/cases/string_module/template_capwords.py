import string
from string import Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wORLD  from\tgilpy"), string.capwords("a-b c-d", "-"), string.capwords(""))

t = Template("$who likes $what; ${who}'s cost: $$10")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
print(Template("${noun}ification of ${noun}s").substitute(noun="simple"))
print(Template("$a$b$c").substitute(a=1, b=2.5, c=[3]))
print(Template("price: $ 5 and $1 and ${bad").safe_substitute())
print(Template("$x_1 $_y $X").substitute(x_1="p", _y="q", X="r"))
print(Template("trailing $").safe_substitute(), Template("$$$x").substitute(x="!"))

for text, kwargs in [("$missing", {}), ("line1\n  $ bad", {}), ("${oops", {}), ("a $1", {})]:
    try:
        print(Template(text).substitute(**kwargs))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Template("a $ b").is_valid(), Template("ok $x").get_identifiers(), Template("$x $x ${y}").get_identifiers())


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %%100 %{name}ly").substitute(name="done"))
