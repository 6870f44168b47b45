try:
    try:
        raise ValueError("base")
    except ValueError as e:
        e.add_note("note one")
        e.add_note("note two")
        raise
except ValueError as e:
    print(e, e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
