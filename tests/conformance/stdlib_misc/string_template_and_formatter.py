from string import Template, Formatter
t = Template("$who likes ${what}s; cost: $$5")
print(t.substitute(who="Tim", what="kiwi"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template("$1bad").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template("$a$b").substitute({"a": 1}, b=2), Template.delimiter, t.template)
print(list(Formatter().parse("a{0}b{name!r:>5}c")))
print(Formatter().format("{0}-{x}", 1, x=2))
