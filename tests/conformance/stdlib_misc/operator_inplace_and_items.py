import operator as op
lst = [1, 2]
r = op.iadd(lst, [3])
print(r is lst, lst, op.iadd(5, 1), op.imul("a", 3), op.ior({1}, {2}))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 7))
seq = list(range(5))
op.setitem(seq, slice(1, 3), ["x"])
print(seq)
