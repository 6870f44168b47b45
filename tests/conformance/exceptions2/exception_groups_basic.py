eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("value group", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("type group", [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
print(eg.subgroup(lambda e: str(e) == "c").exceptions)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(type(e).__name__, e)
