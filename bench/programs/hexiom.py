# hexiom: solves Hexiom-style puzzles. Numbered tiles must be placed on a
# hexagonal board so that every tile's number equals the count of occupied
# cells around it. Puzzles are generated from a seed, then every solution is
# counted by backtracking with constraint checks. Recursion, dicts keyed by
# tuples, lists of neighbour indices, small integer arithmetic.
SIZE = 210  # puzzles solved (work is linear in SIZE)

SIDE = 3
LOCKED = 3  # tiles given in place at the start of each puzzle

HEX_DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class HexBoard:
    def __init__(self, side):
        coords = []
        for q in range(-side + 1, side):
            for r in range(-side + 1, side):
                if -side < q + r < side:
                    coords.append((q, r))
        self.coords = coords
        index = {c: i for i, c in enumerate(coords)}
        self.neighbours = []
        for q, r in coords:
            around = []
            for dq, dr in HEX_DIRECTIONS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    around.append(j)
            self.neighbours.append(around)
        self.size = len(coords)


class Puzzle:
    def __init__(self, board, tiles, locked):
        self.board = board
        self.tiles = tiles  # counts[v] = number of free tiles showing v
        self.locked = locked  # {cell: value}


def generate(board, rng, occupied_count):
    cells = list(range(board.size))
    chosen = set()
    while len(chosen) < occupied_count:
        chosen.add(cells[rng.below(len(cells))])
    values = {}
    for c in chosen:
        values[c] = sum(1 for n in board.neighbours[c] if n in chosen)
    locked = {}
    order = sorted(chosen)
    while len(locked) < LOCKED:
        c = order[rng.below(len(order))]
        locked[c] = values[c]
    tiles = [0] * 7
    for c in chosen:
        if c not in locked:
            tiles[values[c]] += 1
    return Puzzle(board, tiles, locked)


class Solver:
    FREE = -1  # cell decided empty
    UNKNOWN = -2  # cell not decided yet

    def __init__(self, puzzle):
        self.puzzle = puzzle
        board = puzzle.board
        self.neighbours = board.neighbours
        self.state = [Solver.UNKNOWN] * board.size
        for c, v in puzzle.locked.items():
            self.state[c] = v
        self.tiles = list(puzzle.tiles)
        self.remaining = sum(self.tiles)
        self.solutions = 0
        self.nodes = 0
        self.first = None
        # Decide cells next to locked tiles first: they prune soonest.
        self.order = sorted(
            (c for c in range(board.size) if c not in puzzle.locked),
            key=lambda c: (-sum(1 for n in self.neighbours[c] if n in puzzle.locked), c),
        )

    def consistent(self, cell):
        """Check `cell` and its neighbours after deciding `cell`."""
        state = self.state
        for c in [cell] + self.neighbours[cell]:
            v = state[c]
            if v < 0:
                continue
            full = 0
            open_ = 0
            for n in self.neighbours[c]:
                s = state[n]
                if s >= 0:
                    full += 1
                elif s == Solver.UNKNOWN:
                    open_ += 1
            if full > v or full + open_ < v:
                return False
        return True

    def search(self, depth):
        self.nodes += 1
        order = self.order
        if depth == len(order):
            if self.remaining == 0:
                self.solutions += 1
                if self.first is None:
                    self.first = tuple(self.state)
            return
        cell = order[depth]
        state = self.state
        free_cells_left = len(order) - depth
        if free_cells_left > self.remaining:
            state[cell] = Solver.FREE
            if self.consistent(cell):
                self.search(depth + 1)
        tiles = self.tiles
        for v in range(7):
            if tiles[v]:
                tiles[v] -= 1
                self.remaining -= 1
                state[cell] = v
                if self.consistent(cell):
                    self.search(depth + 1)
                self.remaining += 1
                tiles[v] += 1
        state[cell] = Solver.UNKNOWN


def render(board, state):
    return "".join("." if s < 0 else str(s) for s in state)


def main(puzzles):
    board = HexBoard(SIDE)
    rng = Lcg(1234567)
    total_solutions = 0
    total_nodes = 0
    checksum = 0
    for i in range(puzzles):
        puzzle = generate(board, rng, board.size // 2 + 1 + i % 3)
        solver = Solver(puzzle)
        solver.search(0)
        total_solutions += solver.solutions
        total_nodes += solver.nodes
        for ch in render(board, solver.first):
            checksum = (checksum * 7 + (0 if ch == "." else int(ch) + 1)) % 1000000007
    print(f"hexiom puzzles={puzzles} solutions={total_solutions} nodes={total_nodes} checksum={checksum}")


main(SIZE)
