try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise TypeError("t") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise TypeError("t") from ValueError
except TypeError as e:
    print(repr(e.__cause__))
