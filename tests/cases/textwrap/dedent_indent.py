import textwrap


def show(s):
    print(repr(s))


show(textwrap.dedent("""\
    def f():
        return 1

    print(f())
    """))
show(textwrap.dedent("  a\n    b\n  c"))
show(textwrap.dedent("\ta\n\t\tb"))
show(textwrap.dedent("  a\n\tb"))
show(textwrap.dedent("   \n  x\n    \n  y\n"))
show(textwrap.dedent("no indent\n  some"))
show(textwrap.dedent(""))
show(textwrap.dedent("    only\n"))
show(textwrap.dedent("  \t a\n  \t b\n  \t\tc"))
show(textwrap.dedent("   x\n  y\n    z"))

show(textwrap.indent("a\nb\n\nc", "> "))
show(textwrap.indent("a\r\nb\n  \nc", "+"))
show(textwrap.indent("one\ntwo\n", "  ", lambda line: True))
show(textwrap.indent("keep\nskip\nkeep", "# ", lambda line: line.startswith("keep")))
show(textwrap.indent("", "x"))


def usage():
    return textwrap.dedent("""
        Usage: tool [options]

          -h   help
          -v   verbose
    """).strip()


print(usage())
