def try_it(seq):
    try:
        a, *b, c, d = seq
        print(a, b, c, d)
    except ValueError as e:
        print(type(e).__name__, e)
try_it([1, 2, 3])
try_it([1, 2])
try_it('abcdef')
try:
    *a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
