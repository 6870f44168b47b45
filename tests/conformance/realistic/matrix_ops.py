"""A Matrix class with full operator overloading, using Fractions for
exact arithmetic: +, -, *, @, **, ==, unary minus, indexing, slicing of
rows, transpose, determinant, inverse (Gauss-Jordan), rank, solving
linear systems, and an LU-free power by squaring."""

from fractions import Fraction


class MatrixError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "nrows", "ncols")

    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or not rows[0]:
            raise MatrixError("matrix must be non-empty")
        width = len(rows[0])
        if any(len(r) != width for r in rows):
            raise MatrixError("ragged rows")
        self.rows = [[Fraction(x) for x in r] for r in rows]
        self.nrows = len(rows)
        self.ncols = width

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return (self.nrows, self.ncols)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        if isinstance(key, slice):
            return Matrix(self.rows[key])
        return tuple(self.rows[key])

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = Fraction(value)

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __len__(self):
        return self.nrows

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def _elementwise(self, other, op):
        if isinstance(other, Matrix):
            if other.shape != self.shape:
                raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, (int, Fraction)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._elementwise(other, lambda a, b: a + b)

    __radd__ = __add__

    def __sub__(self, other):
        return self._elementwise(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if isinstance(other, Matrix):
            return self._elementwise(other, lambda a, b: a * b)
        if isinstance(other, (int, Fraction)):
            return Matrix([[a * other for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, (int, Fraction)):
            return Matrix([[a / k for a in r] for r in self.rows])
        return NotImplemented

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.ncols != other.nrows:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(row, col)), Fraction(0)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        if self.nrows != self.ncols:
            raise MatrixError("only square matrices have powers")
        if n < 0:
            return self.inverse() ** -n
        result = Matrix.identity(self.nrows)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def determinant(self):
        if self.nrows != self.ncols:
            raise MatrixError("determinant needs a square matrix")
        m = [row[:] for row in self.rows]
        n = self.nrows
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det *= m[col][col]
            for r in range(col + 1, n):
                factor = m[r][col] / m[col][col]
                for c in range(col, n):
                    m[r][c] -= factor * m[col][c]
        return det

    def rref(self):
        m = [row[:] for row in self.rows]
        lead = 0
        pivots = []
        for r in range(self.nrows):
            if lead >= self.ncols:
                break
            i = r
            while m[i][lead] == 0:
                i += 1
                if i == self.nrows:
                    i = r
                    lead += 1
                    if lead == self.ncols:
                        return Matrix(m), pivots
            m[i], m[r] = m[r], m[i]
            lv = m[r][lead]
            m[r] = [x / lv for x in m[r]]
            for k in range(self.nrows):
                if k != r:
                    f = m[k][lead]
                    m[k] = [a - f * b for a, b in zip(m[k], m[r])]
            pivots.append(lead)
            lead += 1
        return Matrix(m), pivots

    def rank(self):
        return len(self.rref()[1])

    def inverse(self):
        if self.nrows != self.ncols:
            raise MatrixError("only square matrices are invertible")
        n = self.nrows
        augmented = Matrix([r + [Fraction(1) if i == j else Fraction(0) for j in range(n)] for i, r in enumerate(self.rows)])
        reduced, pivots = augmented.rref()
        if pivots[:n] != list(range(n)):
            raise MatrixError("matrix is singular")
        return Matrix([r[n:] for r in reduced.rows])

    def solve(self, b):
        aug = Matrix([r + [Fraction(v)] for r, v in zip(self.rows, b)])
        reduced, pivots = aug.rref()
        if self.ncols in pivots:
            raise MatrixError("system is inconsistent")
        if len(pivots) < self.ncols:
            raise MatrixError(f"system has infinitely many solutions (rank {len(pivots)})")
        return [reduced.rows[i][-1] for i in range(self.ncols)]

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in r) + " ]" for r in cells)


def show(label, value):
    if isinstance(value, Matrix):
        print(f"{label}:")
        print(value)
    else:
        print(f"{label}: {value}")


def main():
    A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
    B = Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
    I = Matrix.identity(3)
    show("A", A)
    show("A + B", A + B)
    show("A - 1", A - 1)
    show("10 - A", 10 - A)
    show("A * 2", A * 2)
    show("A * B (elementwise)", A * B)
    show("A @ B", A @ B)
    show("B @ A", B @ A)
    show("A / 2", A / 2)
    show("det A", A.determinant())
    show("det B", B.determinant())
    Ainv = A.inverse()
    show("inverse A", Ainv)
    print("A @ A^-1 == I:", A @ Ainv == I, " A^-1 @ A == I:", Ainv @ A == I)
    show("A ** 3", A ** 3)
    print("A**3 == A@A@A:", A ** 3 == A @ A @ A, " A**0 == I:", A ** 0 == I)
    show("A ** -2", A ** -2)
    show("transpose B", B.T)
    print("(A@B).T == B.T@A.T:", (A @ B).T == B.T @ A.T)
    print("det(A@B) == detA*detB:", (A @ B).determinant() == A.determinant() * B.determinant())
    print("A[1] =", A[1], " A[1, 2] =", A[1, 2], " rows 1: ->", A[1:].shape)
    C = Matrix([[1, 2], [3, 4], [5, 6]])
    show("C @ C.T", C @ C.T)
    print("rank C:", C.rank(), " rank C@C.T:", (C @ C.T).rank(), " shape:", (C @ C.T).shape)
    R, piv = Matrix([[1, 2, 1, 4], [2, 4, 0, 6], [3, 6, 1, 10]]).rref()
    show("rref", R)
    print("pivots", piv)
    coeffs = Matrix([[3, 2, -1], [2, -2, 4], [-1, Fraction(1, 2), -1]])
    sol = coeffs.solve([1, -2, 0])
    print("solution:", [str(x) for x in sol])
    fib = Matrix([[1, 1], [1, 0]]) ** 90
    print("fib(90) via matrix power:", fib[0, 1])
    hilbert = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
    print("hilbert det:", hilbert.determinant())
    print("hilbert inverse row 0:", [str(x) for x in hilbert.inverse()[0]])
    for label, thunk in [
        ("ragged", lambda: Matrix([[1, 2], [3]])),
        ("empty", lambda: Matrix([])),
        ("shape add", lambda: A + C),
        ("bad matmul", lambda: A @ C.T),
        ("singular", lambda: Matrix([[1, 2], [2, 4]]).inverse()),
        ("nonsquare det", lambda: C.determinant()),
        ("inconsistent", lambda: Matrix([[1, 1], [1, 1]]).solve([1, 2])),
        ("underdetermined", lambda: Matrix([[1, 1], [2, 2]]).solve([1, 2])),
        ("float add", lambda: A + 1.5),
        ("matmul int", lambda: A @ 3),
        ("hash", lambda: hash(A)),
    ]:
        try:
            thunk()
            print(label, "-> no error")
        except (MatrixError, TypeError) as e:
            print(f"{label} -> {type(e).__name__}: {e}")
    print(repr(Matrix([[Fraction(1, 3), 2]])), list(Matrix([[1, 2], [3, 4]])), len(C))


main()
