def raise_group():
    raise ExceptionGroup("g", [KeyError("k"), ValueError("v1"), ValueError("v2"), OSError("o")])

try:
    try:
        raise_group()
    except* ValueError as g:
        print("ValueErrors:", [e.args[0] for e in g.exceptions])
    except* KeyError as g:
        print("KeyErrors:", [repr(e) for e in g.exceptions])
except ExceptionGroup as rest:
    print("leftover:", [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print(type(g).__name__, [str(e) for e in g.exceptions])
