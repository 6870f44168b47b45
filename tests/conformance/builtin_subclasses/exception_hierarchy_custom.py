class Base(Exception): pass
class NotFound(Base, LookupError): pass
class Denied(Base, PermissionError): pass

def fetch(kind):
    if kind == 1:
        raise NotFound("missing")
    if kind == 2:
        raise Denied("nope")
    raise Base("generic")

for k in (1, 2, 3):
    try:
        fetch(k)
    except LookupError as e:
        print("lookup", e)
    except OSError as e:
        print("os", e, type(e).__name__)
    except Base as e:
        print("base", e)
print([c.__name__ for c in NotFound.__mro__])
print([c.__name__ for c in Denied.__mro__])
