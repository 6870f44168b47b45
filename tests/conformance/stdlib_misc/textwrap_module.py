import textwrap
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.shorten(text, 30), textwrap.shorten("short", 10))
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(textwrap.indent("x\ny\n\nz", "> "))
