print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance(True, bool))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(1, (str, int)), isinstance(1.5, (int, (str, float))), isinstance(None, ()))
print(isinstance(None, type(None)), isinstance(range(3), range))
print(isinstance(ValueError('x'), Exception), isinstance(KeyError(), LookupError), isinstance(KeyError(), IndexError))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
