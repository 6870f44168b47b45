"""A sudoku solver: constraint propagation (naked singles and hidden
singles) combined with backtracking search using the minimum-remaining-
values heuristic.  Bitmasks represent candidate sets.  Several puzzles
are solved, validated, and search statistics are printed."""

DIGITS = "123456789"
ALL = (1 << 9) - 1


def bit(d):
    return 1 << (d - 1)


def bits_to_digits(mask):
    return [d for d in range(1, 10) if mask & bit(d)]


def popcount(mask):
    return bin(mask).count("1")


ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)] for br in range(3) for bc in range(3)]
UNITS = ROWS + COLS + BOXES
UNITS_OF = [[u for u in UNITS if i in u] for i in range(81)]
PEERS = [sorted({j for u in UNITS_OF[i] for j in u} - {i}) for i in range(81)]


class Contradiction(Exception):
    pass


class Solver:
    def __init__(self):
        self.nodes = 0
        self.backtracks = 0
        self.max_depth = 0

    def parse(self, text):
        chars = [ch for ch in text if ch in DIGITS or ch in ".0"]
        if len(chars) != 81:
            raise ValueError(f"expected 81 cells, got {len(chars)}")
        cand = [ALL] * 81
        for i, ch in enumerate(chars):
            if ch in DIGITS:
                cand = self.assign(cand, i, int(ch))
        return cand

    def assign(self, cand, i, d):
        cand = list(cand)
        others = cand[i] & ~bit(d)
        if not cand[i] & bit(d):
            raise Contradiction(f"cell {i} cannot be {d}")
        for other in bits_to_digits(others):
            self.eliminate(cand, i, other)
        return cand

    def eliminate(self, cand, i, d):
        b = bit(d)
        if not cand[i] & b:
            return
        cand[i] &= ~b
        remaining = cand[i]
        if remaining == 0:
            raise Contradiction(f"no candidates left in cell {i}")
        if popcount(remaining) == 1:
            only = bits_to_digits(remaining)[0]
            for p in PEERS[i]:
                self.eliminate(cand, p, only)
        for unit in UNITS_OF[i]:
            places = [j for j in unit if cand[j] & b]
            if not places:
                raise Contradiction(f"digit {d} has no place in a unit")
            if len(places) == 1 and popcount(cand[places[0]]) > 1:
                j = places[0]
                for other in bits_to_digits(cand[j] & ~b):
                    self.eliminate(cand, j, other)

    def search(self, cand, depth=0):
        self.nodes += 1
        self.max_depth = max(self.max_depth, depth)
        unsolved = [(popcount(m), i) for i, m in enumerate(cand) if popcount(m) > 1]
        if not unsolved:
            return cand
        _, i = min(unsolved)
        for d in bits_to_digits(cand[i]):
            try:
                result = self.search(self.assign(cand, i, d), depth + 1)
            except Contradiction:
                self.backtracks += 1
                continue
            if result is not None:
                return result
        return None

    def solve(self, text):
        try:
            cand = self.parse(text)
        except Contradiction:
            return None
        return self.search(cand)


def grid_string(cand):
    cells = [str(bits_to_digits(m)[0]) if popcount(m) == 1 else "." for m in cand]
    lines = []
    for r in range(9):
        row = cells[r * 9:(r + 1) * 9]
        lines.append(" ".join("".join(row[c:c + 3]) for c in (0, 3, 6)))
        if r in (2, 5):
            lines.append("--- --- ---")
    return "\n".join(lines)


def valid_solution(cand, puzzle):
    values = [bits_to_digits(m)[0] for m in cand]
    for unit in UNITS:
        if sorted(values[i] for i in unit) != list(range(1, 10)):
            return False
    clues = [ch for ch in puzzle if ch in DIGITS or ch in ".0"]
    return all(ch in ".0" or int(ch) == values[i] for i, ch in enumerate(clues))


PUZZLES = {
    "easy": "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "medium": "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "hard": "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
    "diagonal": "1........" ".2......." "..3......" "...4....." "....5...." ".....6..." "......7.." ".......8." "........9",
}


def main():
    for name, puzzle in PUZZLES.items():
        solver = Solver()
        solution = solver.solve(puzzle)
        clues = sum(ch in DIGITS for ch in puzzle)
        print(f"== {name}: {clues} clues")
        if solution is None:
            print("no solution")
            continue
        print(grid_string(solution))
        print(f"valid={valid_solution(solution, puzzle)} nodes={solver.nodes} "
              f"backtracks={solver.backtracks} depth={solver.max_depth}")

    print("== propagation only on easy puzzle")
    s = Solver()
    cand = s.parse(PUZZLES["easy"])
    print("solved cells after propagation:", sum(popcount(m) == 1 for m in cand))

    print("== candidates of the first empty cells in the hard puzzle after propagation")
    s = Solver()
    cand = s.parse(PUZZLES["hard"])
    shown = 0
    for i, m in enumerate(cand):
        if popcount(m) > 1:
            print(f"  r{i // 9 + 1}c{i % 9 + 1}: {bits_to_digits(m)}")
            shown += 1
            if shown == 5:
                break

    print("== invalid inputs")
    bad_puzzles = {
        "duplicate in row": "11" + "." * 79,
        "too short": "123",
        "unsolvable": "12345678." + "........9" + "." * 63,
    }
    for label, text in bad_puzzles.items():
        try:
            result = Solver().solve(text)
            print(f"  {label}: {'no solution' if result is None else 'solved?'}")
        except ValueError as e:
            print(f"  {label}: ValueError: {e}")

    print("== peers and units")
    print("peers of cell 0:", len(PEERS[0]), PEERS[0][:8])
    print("units of cell 40:", [u[:3] for u in UNITS_OF[40]])


def count_solutions(text, limit=2):
    """Count solutions up to limit, to check uniqueness."""
    solver = Solver()
    try:
        start = solver.parse(text)
    except Contradiction:
        return 0
    found = 0
    stack = [start]
    while stack and found < limit:
        cand = stack.pop()
        unsolved = [(popcount(m), i) for i, m in enumerate(cand) if popcount(m) > 1]
        if not unsolved:
            found += 1
            continue
        _, i = min(unsolved)
        for d in reversed(bits_to_digits(cand[i])):
            try:
                stack.append(solver.assign(cand, i, d))
            except Contradiction:
                pass
    return found


def to_text(cand):
    return "".join(str(bits_to_digits(m)[0]) if popcount(m) == 1 else "." for m in cand)


def transform(text, perm, swap_rows, transpose):
    """Symmetry operations that map valid grids to valid grids."""
    cells = [text[r * 9:(r + 1) * 9] for r in range(9)]
    mapping = {str(i + 1): str(p) for i, p in enumerate(perm)}
    mapping["."] = "."
    cells = ["".join(mapping[ch] for ch in row) for row in cells]
    a, b = swap_rows
    cells[a], cells[b] = cells[b], cells[a]
    if transpose:
        cells = ["".join(row[c] for row in cells) for c in range(9)]
    return "".join(cells)


def dig_holes(solution_text, order):
    """Remove clues in a fixed order while the puzzle stays unique."""
    puzzle = list(solution_text)
    removed = 0
    for i in order:
        saved = puzzle[i]
        puzzle[i] = "."
        if count_solutions("".join(puzzle)) != 1:
            puzzle[i] = saved
        else:
            removed += 1
    return "".join(puzzle), removed


def extra_checks():
    print("== uniqueness")
    for name, puzzle in PUZZLES.items():
        print(f"  {name}: {count_solutions(puzzle)} solution(s) (limit 2)")
    print("  empty grid:", count_solutions("." * 81))
    print("== symmetry transforms of the easy solution stay valid")
    base = to_text(Solver().solve(PUZZLES["easy"]))
    for perm, swap, tr in [((9, 8, 7, 6, 5, 4, 3, 2, 1), (0, 1), False), ((2, 3, 1, 5, 6, 4, 8, 9, 7), (3, 5), True)]:
        t = transform(base, perm, swap, tr)
        grid = Solver().parse(t)
        print("  ", t[:27], "valid:", valid_solution(grid, t))
    print("== generate a puzzle by digging holes in a fixed order")
    order = [(i * 37) % 81 for i in range(81)]
    puzzle, removed = dig_holes(base, order[:45])
    print(f"  removed {removed} of 45 tried; clues left {sum(ch != '.' for ch in puzzle)}")
    print("  unique:", count_solutions(puzzle) == 1, "solves back:", to_text(Solver().solve(puzzle)) == base)


main()
extra_checks()
