class A: pass
class B: pass
for op, fn in [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]:
    try:
        fn(A(), B())
    except TypeError as e:
        print(op, e)
try:
    sorted([A(), A()])
except TypeError as e:
    print(e)
print(A() == B(), A() != B())
