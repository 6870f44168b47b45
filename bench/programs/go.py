# go: a Monte Carlo tree search player for 9x9 Go. Each simulation walks a
# UCT-style tree, then finishes the game with random legal moves; groups and
# liberties are found by flood fill. Board copying, lists of ints, sets,
# recursion-free flood fill with a list stack, tree nodes as objects.
SIZE = 330  # simulations from the opening position (work is linear in SIZE)

N = 9
W = N + 2
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
OFFSETS = (-W, -1, 1, W)
DIAGONALS = (-W - 1, -W + 1, W - 1, W + 1)
POINTS = [r * W + c for r in range(1, N + 1) for c in range(1, N + 1)]
PASS = -1
MAX_MOVES = 3 * N * N


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def other(color):
    return 3 - color


class Board:
    def __init__(self):
        self.cells = [EDGE] * (W * W)
        for p in POINTS:
            self.cells[p] = EMPTY
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, start):
        """The stones connected to `start` and the number of their liberties."""
        cells = self.cells
        color = cells[start]
        stones = [start]
        seen = {start}
        liberties = set()
        i = 0
        while i < len(stones):
            p = stones[i]
            i += 1
            for d in OFFSETS:
                q = p + d
                c = cells[q]
                if c == color:
                    if q not in seen:
                        seen.add(q)
                        stones.append(q)
                elif c == EMPTY:
                    liberties.add(q)
        return stones, len(liberties)

    def is_eye(self, p, color):
        cells = self.cells
        for d in OFFSETS:
            c = cells[p + d]
            if c != color and c != EDGE:
                return False
        enemy = 0
        edge = False
        for d in DIAGONALS:
            c = cells[p + d]
            if c == EDGE:
                edge = True
            elif c == other(color):
                enemy += 1
        return enemy == 0 if edge else enemy <= 1

    def legal(self, p):
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        color = self.to_move
        for d in OFFSETS:
            q = p + d
            c = cells[q]
            if c == EMPTY:
                return True
            if c == EDGE:
                continue
            _, libs = self.group(q)
            if c == color and libs > 1:
                return True
            if c != color and libs == 1:
                return True
        return False

    def play(self, p):
        self.moves += 1
        color = self.to_move
        self.to_move = other(color)
        if p == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        cells = self.cells
        cells[p] = color
        captured = []
        for d in OFFSETS:
            q = p + d
            if cells[q] == other(color):
                stones, libs = self.group(q)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        self.ko = None
        if len(captured) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]

    def random_move(self, rng):
        empties = [p for p in POINTS if self.cells[p] == EMPTY]
        n = len(empties)
        color = self.to_move
        while n:
            k = rng.below(n)
            p = empties[k]
            n -= 1
            empties[k] = empties[n]
            if not self.is_eye(p, color) and self.legal(p):
                return p
        return PASS

    def finished(self):
        return self.passes >= 2 or self.moves >= MAX_MOVES

    def score(self):
        """Area score, black minus white (komi 7)."""
        cells = self.cells
        total = -7
        for p in POINTS:
            c = cells[p]
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                around = {cells[p + d] for d in OFFSETS} - {EDGE}
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total


class Node:
    def __init__(self, move, board):
        self.move = move
        self.wins = 0
        self.visits = 0
        self.children = []
        self.untried = [p for p in POINTS if board.legal(p) and not board.is_eye(p, board.to_move)]
        self.player = other(board.to_move)  # who made `move`

    def select(self):
        best = None
        best_value = -1.0
        scale = 1.4 * self.visits**0.5
        for child in self.children:
            value = child.wins / child.visits + scale / (1 + child.visits)
            if value > best_value:
                best_value = value
                best = child
        return best


def simulate(root, board, rng):
    node = root
    path = [root]
    while not node.untried and node.children:
        node = node.select()
        board.play(node.move)
        path.append(node)
    if node.untried:
        k = rng.below(len(node.untried))
        move = node.untried.pop(k)
        board.play(move)
        child = Node(move, board)
        node.children.append(child)
        path.append(child)
    while not board.finished():
        board.play(board.random_move(rng))
    winner = BLACK if board.score() > 0 else WHITE
    for n in path:
        n.visits += 1
        if n.player == winner:
            n.wins += 1
    return winner


def main(simulations):
    rng = Lcg(42)
    start = Board()
    root = Node(PASS, start)
    black_wins = 0
    for _ in range(simulations):
        if simulate(root, start.copy(), rng) == BLACK:
            black_wins += 1
    best = max(root.children, key=lambda c: (c.visits, c.wins, -c.move))
    row, col = divmod(best.move, W)
    print(f"go simulations={simulations} black_wins={black_wins} best=({row},{col}) visits={best.visits} wins={best.wins}")


main(SIZE)
