# float: creates many small point objects whose coordinates come from
# trigonometric series (computed in Python, no math module), normalizes them
# and reduces them to a component-wise maximum. Float arithmetic, object
# allocation, attribute stores, method calls.
SIZE = 8  # rounds (work is linear in SIZE)

POINTS = 100000
TWO_PI = 6.283185307179586


def sine(x):
    # Range-reduce into [-pi, pi], then an odd Taylor polynomial (Horner form).
    x = x - TWO_PI * int(x / TWO_PI)
    if x > 3.141592653589793:
        x -= TWO_PI
    elif x < -3.141592653589793:
        x += TWO_PI
    x2 = x * x
    return x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0 * (1.0 - x2 / 110.0 * (1.0 - x2 / 156.0))))))


def cosine(x):
    return sine(x + 1.5707963267948966)


class Point:
    def __init__(self, i):
        self.x = x = sine(i)
        self.y = cosine(i) * 3.0
        self.z = (x * x) / 2.0

    def normalize(self):
        n = (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5
        self.x /= n
        self.y /= n
        self.z /= n

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def main(rounds):
    total = 0.0
    best = None
    for r in range(rounds):
        best = run(POINTS + r)
        total += best.x + best.y + best.z
    print(f"float points={POINTS} rounds={rounds} best={best!r} total={total:.9f}")


main(SIZE)
