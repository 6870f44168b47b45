"""Conway's Game of Life on two backends: a bounded toroidal grid of
lists and an unbounded sparse set of live cells.  Known patterns
(blinker, toad, glider, R-pentomino, pulsar) are evolved and their
periods, populations and bounding boxes are reported."""


class Grid:
    """Fixed-size torus stored as a list of lists of 0/1."""

    def __init__(self, width, height, cells=()):
        self.w = width
        self.h = height
        self.cells = [[0] * width for _ in range(height)]
        for x, y in cells:
            self.cells[y % height][x % width] = 1

    def neighbours(self, x, y):
        total = 0
        for dy in (-1, 0, 1):
            row = self.cells[(y + dy) % self.h]
            for dx in (-1, 0, 1):
                if dx or dy:
                    total += row[(x + dx) % self.w]
        return total

    def step(self):
        new = [[0] * self.w for _ in range(self.h)]
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                alive = self.cells[y][x]
                if alive and n in (2, 3) or not alive and n == 3:
                    new[y][x] = 1
        self.cells = new
        return self

    def live(self):
        return {(x, y) for y in range(self.h) for x in range(self.w) if self.cells[y][x]}

    def population(self):
        return sum(map(sum, self.cells))

    def render(self):
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)

    def key(self):
        return tuple(tuple(r) for r in self.cells)


class SparseLife:
    """Unbounded life as a set of live (x, y) coordinates."""

    OFFSETS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]

    def __init__(self, cells=()):
        self.live = set(cells)
        self.generation = 0

    def step(self):
        counts = {}
        for x, y in self.live:
            for dx, dy in self.OFFSETS:
                p = (x + dx, y + dy)
                counts[p] = counts.get(p, 0) + 1
        self.live = {p for p, n in counts.items() if n == 3 or (n == 2 and p in self.live)}
        self.generation += 1
        return self

    def bbox(self):
        if not self.live:
            return None
        xs = [x for x, _ in self.live]
        ys = [y for _, y in self.live]
        return (min(xs), min(ys), max(xs), max(ys))

    def normalized(self):
        if not self.live:
            return frozenset()
        x0, y0, _, _ = self.bbox()
        return frozenset((x - x0, y - y0) for x, y in self.live)

    def render(self):
        if not self.live:
            return "(empty)"
        x0, y0, x1, y1 = self.bbox()
        return "\n".join(
            "".join("#" if (x, y) in self.live else "." for x in range(x0, x1 + 1))
            for y in range(y0, y1 + 1)
        )


def parse(pattern):
    cells = []
    for y, line in enumerate(pattern.strip().splitlines()):
        for x, ch in enumerate(line.strip()):
            if ch in "#O*":
                cells.append((x, y))
    return cells


PATTERNS = {
    "block": "##\n##",
    "blinker": "###",
    "toad": ".###\n###.",
    "beacon": "##..\n##..\n..##\n..##",
    "glider": ".#.\n..#\n###",
    "r-pentomino": ".##\n##.\n.#.",
    "diehard": "......#.\n##......\n.#...###",
    "pulsar": """
..###...###..
.............
#....#.#....#
#....#.#....#
#....#.#....#
..###...###..
.............
..###...###..
#....#.#....#
#....#.#....#
#....#.#....#
.............
..###...###..
""",
}


def find_period(cells, limit=40):
    """Return (period, shift) if the pattern repeats up to translation."""
    life = SparseLife(cells)
    start_shape = life.normalized()
    start_box = life.bbox()
    for gen in range(1, limit + 1):
        life.step()
        if not life.live:
            return ("dies", gen)
        if life.normalized() == start_shape:
            box = life.bbox()
            return (gen, (box[0] - start_box[0], box[1] - start_box[1]))
    return None


def main():
    for name in ["block", "blinker", "toad", "beacon", "glider", "pulsar"]:
        cells = parse(PATTERNS[name])
        print(f"{name:<8} cells={len(cells):<3} period={find_period(cells)}")

    print("-- blinker on a 5x5 torus")
    g = Grid(5, 5, [(x + 1, 2) for x in range(3)])
    for gen in range(3):
        print(f"gen {gen} pop {g.population()}")
        print(g.render())
        g.step()

    print("-- glider wraps around an 8x8 torus")
    g = Grid(8, 8, parse(PATTERNS["glider"]))
    start = g.key()
    gens = 0
    while True:
        g.step()
        gens += 1
        if g.key() == start:
            break
    print("glider returns to its start after", gens, "generations")

    print("-- grid and sparse backends agree (toad, 6x6 torus, 6 steps)")
    cells = [(x + 1, y + 2) for x, y in parse(PATTERNS["toad"])]
    g = Grid(6, 6, cells)
    s = SparseLife(cells)
    agree = True
    for _ in range(6):
        g.step()
        s.step()
        agree &= g.live() == s.live
    print("agree:", agree)

    print("-- R-pentomino, first 60 generations")
    life = SparseLife(parse(PATTERNS["r-pentomino"]))
    history = []
    for gen in range(61):
        if gen % 10 == 0:
            history.append((gen, len(life.live), life.bbox()))
        life.step()
    for gen, pop, box in history:
        print(f"  gen {gen:>3}: population {pop:>3}, bbox {box}")

    print("-- diehard")
    life = SparseLife(parse(PATTERNS["diehard"]))
    pops = []
    while life.live and life.generation < 200:
        life.step()
        pops.append(len(life.live))
    print("diehard vanished at generation", life.generation, "max population", max(pops))

    print("-- glider after 8 generations")
    life = SparseLife(parse(PATTERNS["glider"]))
    for _ in range(8):
        life.step()
    print(life.render())
    print("bbox", life.bbox())

    print("-- pulsar phases")
    life = SparseLife(parse(PATTERNS["pulsar"]))
    for phase in range(3):
        print(f"phase {phase}: population {len(life.live)}")
        life.step()
    print(life.render())

    print("-- still lifes and oscillators from random-looking soup")
    soup = [(x, y) for x in range(14) for y in range(14) if (x * 2 + y * 5 + (x ^ y)) % 3 == 1]
    life = SparseLife(soup)
    seen = {}
    while life.generation < 300:
        key = frozenset(life.live)
        if key in seen:
            print(f"soup stabilised: state at gen {life.generation} repeats gen {seen[key]} "
                  f"(period {life.generation - seen[key]}), population {len(life.live)}")
            break
        seen[key] = life.generation
        life.step()
    else:
        print("soup still evolving after 300 generations, population", len(life.live))
    print(life.render())


main()
