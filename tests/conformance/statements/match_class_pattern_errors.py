class NoArgs:
    pass

class TooFew:
    __match_args__ = ("a",)
    a = 1

def attempt(v, which):
    try:
        match v:
            case NoArgs(x) if which == 0:
                return f"matched {x}"
            case TooFew(p, q) if which == 1:
                return "matched two"
            case _:
                return "fell through"
    except TypeError as e:
        return f"{type(e).__name__}: {e}"

print(attempt(NoArgs(), 0))
print(attempt(TooFew(), 1))
print(attempt(5, 0))
