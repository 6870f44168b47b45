class A: pass
class B: pass
class C(A): pass

c = C()
results = []
for i in range(120):
    if i == 60:
        C.__bases__ = (B,)
    results.append((isinstance(c, A), isinstance(c, B)))
print(results[0], results[59], results[60], results[-1])
print(results.count((True, False)), results.count((False, True)))
