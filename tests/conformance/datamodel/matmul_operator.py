class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __repr__(self):
        return f"Mat({self.rows})"

a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(a @ b, b @ a)
a @= a
print(a)
try:
    a @ 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    [1] @ [2]
except TypeError as e:
    print(type(e).__name__, e)
