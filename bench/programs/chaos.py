# chaos: the "chaos game". A point is moved repeatedly by randomly chosen
# affine maps composed with nonlinear variations (a small fractal-flame
# renderer); visits are counted on a grid. Closures built by factories,
# a pseudo-random generator class, float math, list-of-lists indexing.
SIZE = 1150000  # iterations of the chaos game (work is linear in SIZE)

GRID = 128
LOW = -0.5
SPAN = 2.0


class Lcg:
    """A deterministic 31-bit linear congruential generator."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def random(self):
        return self.next_int() / 2147483648.0


def affine(a, b, c, d, e, f):
    def apply(x, y):
        return a * x + b * y + c, d * x + e * y + f

    return apply


def spherical():
    def apply(x, y):
        r2 = x * x + y * y + 1e-9
        return x / r2, y / r2

    return apply


def swirl(strength):
    def apply(x, y):
        r2 = (x * x + y * y) * strength
        # sin and cos of r2 from short series: r2 stays small for these maps
        s = r2 - r2 * r2 * r2 / 6.0 + r2**5 / 120.0
        c = 1.0 - r2 * r2 / 2.0 + r2**4 / 24.0
        return x * s - y * c, x * c + y * s

    return apply


def linear():
    def apply(x, y):
        return x, y

    return apply


def compose(first, second, blend):
    def apply(x, y):
        x1, y1 = first(x, y)
        x2, y2 = second(x1, y1)
        return x1 + (x2 - x1) * blend, y1 + (y2 - y1) * blend

    return apply


class Flame:
    def __init__(self, rng):
        self.rng = rng
        self.maps = []
        self.weights = []
        self.total = 0.0

    def add(self, weight, fn):
        self.total += weight
        self.maps.append(fn)
        self.weights.append(self.total)

    def pick(self):
        u = self.rng.random() * self.total
        for w, fn in zip(self.weights, self.maps):
            if u < w:
                return fn
        return self.maps[-1]

    def run(self, iterations, grid):
        x, y = 0.1, 0.1
        for i in range(iterations):
            x, y = self.pick()(x, y)
            if x > 4.0 or x < -4.0 or y > 4.0 or y < -4.0:
                x, y = self.rng.random() - 0.5, self.rng.random() - 0.5
                continue
            if i < 20:
                continue
            gx = int((x - LOW) * GRID / SPAN)
            gy = int((y - LOW) * GRID / SPAN)
            if 0 <= gx < GRID and 0 <= gy < GRID:
                grid[gy][gx] += 1


def main(iterations):
    rng = Lcg(20240611)
    flame = Flame(rng)
    flame.add(0.35, affine(0.5, 0.0, 0.0, 0.0, 0.5, 0.0))
    flame.add(0.25, compose(affine(0.5, 0.0, 0.5, 0.0, 0.5, 0.0), swirl(0.3), 0.5))
    flame.add(0.25, compose(affine(0.5, 0.0, 0.25, 0.0, 0.5, 0.5), spherical(), 0.2))
    flame.add(0.15, compose(affine(-0.4, 0.3, 0.1, 0.3, 0.4, -0.2), linear(), 1.0))
    grid = [[0] * GRID for _ in range(GRID)]
    flame.run(iterations, grid)
    filled = 0
    checksum = 0
    peak = 0
    for row_index, row in enumerate(grid):
        for col_index, count in enumerate(row):
            if count:
                filled += 1
                checksum = (checksum + count * (row_index * GRID + col_index + 1)) % 1000000007
                if count > peak:
                    peak = count
    print(f"chaos iterations={iterations} filled={filled} peak={peak} checksum={checksum}")


main(SIZE)
