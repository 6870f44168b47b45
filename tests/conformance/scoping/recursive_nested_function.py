def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(outer(10))
def tree_sum(t):
    def walk(node):
        if isinstance(node, int):
            return node
        return sum([walk(c) for c in node])
    return walk(t)
print(tree_sum([1, [2, 3], [[4], 5]]))
