"""Tic-tac-toe with a memoised minimax (negamax) search, alpha-beta
pruning for comparison, a heuristic player, full game-tree statistics,
and a small round-robin tournament between deterministic players."""

from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
EMPTY = "."


def winner(board):
    for a, b, c in LINES:
        if board[a] != EMPTY and board[a] == board[b] == board[c]:
            return board[a]
    return None


def moves(board):
    return [i for i, c in enumerate(board) if c == EMPTY]


def play(board, i, player):
    if board[i] != EMPTY:
        raise ValueError(f"square {i} is taken")
    return board[:i] + player + board[i + 1:]


def other(player):
    return "O" if player == "X" else "X"


def render(board):
    rows = [" ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n".join(rows)


@lru_cache(maxsize=None)
def negamax(board, player):
    """Score from the point of view of `player` to move: +1 win, 0 draw, -1 loss.
    Faster wins are preferred by scaling with the number of empty squares."""
    w = winner(board)
    if w is not None:
        return -(1 + board.count(EMPTY))  # previous player just won
    if EMPTY not in board:
        return 0
    return max(-negamax(play(board, i, player), other(player)) for i in moves(board))


def best_move(board, player):
    scored = [(-negamax(play(board, i, player), other(player)), i) for i in moves(board)]
    best = max(s for s, _ in scored)
    return min(i for s, i in scored if s == best), best


class AlphaBeta:
    def __init__(self):
        self.nodes = 0

    def search(self, board, player, alpha=-100, beta=100):
        self.nodes += 1
        w = winner(board)
        if w is not None:
            return -(1 + board.count(EMPTY))
        if EMPTY not in board:
            return 0
        value = -100
        for i in moves(board):
            value = max(value, -self.search(play(board, i, player), other(player), -beta, -alpha))
            alpha = max(alpha, value)
            if alpha >= beta:
                break
        return value


@lru_cache(maxsize=None)
def game_counts(board, player):
    """(X wins, O wins, draws) over every complete move sequence from board."""
    w = winner(board)
    if w is not None:
        return (1, 0, 0) if w == "X" else (0, 1, 0)
    if EMPTY not in board:
        return (0, 0, 1)
    x = o = d = 0
    for i in moves(board):
        cx, co, cd = game_counts(play(board, i, player), other(player))
        x, o, d = x + cx, o + co, d + cd
    return x, o, d


def tree_stats():
    """Count all games (move sequences) and terminal outcomes, memoised per position."""
    x, o, d = game_counts(EMPTY * 9, "X")
    counts = {"X": x, "O": o, "draw": d}
    return x + o + d, counts, game_counts.cache_info().currsize


def by_first_move():
    return {i: sum(game_counts(play(EMPTY * 9, i, "X"), "O")) for i in range(9)}


class Player:
    name = "base"

    def choose(self, board, me):
        raise NotImplementedError


class PerfectPlayer(Player):
    name = "perfect"

    def choose(self, board, me):
        return best_move(board, me)[0]


class FirstFreePlayer(Player):
    name = "first-free"

    def choose(self, board, me):
        return moves(board)[0]


class HeuristicPlayer(Player):
    """Win if possible, block if needed, else centre, corners, edges."""
    name = "heuristic"
    PREFERENCE = [4, 0, 2, 6, 8, 1, 3, 5, 7]

    def choose(self, board, me):
        for target in (me, other(me)):
            for i in moves(board):
                if winner(play(board, i, target)) == target:
                    return i
        return next(i for i in self.PREFERENCE if board[i] == EMPTY)


class CycleLcgPlayer(Player):
    """Pseudo-random but deterministic choices from a linear congruential generator."""
    name = "lcg"

    def __init__(self, seed):
        self.state = seed

    def choose(self, board, me):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        options = moves(board)
        return options[(self.state >> 33) % len(options)]


def game(px, po, verbose=False):
    board = EMPTY * 9
    player = "X"
    history = []
    while winner(board) is None and EMPTY in board:
        mover = px if player == "X" else po
        i = mover.choose(board, player)
        board = play(board, i, player)
        history.append(i)
        player = other(player)
    if verbose:
        print(render(board))
    return winner(board) or "draw", history


def main():
    start = EMPTY * 9
    print("value of the empty board for X:", negamax(start, "X"))
    print("best opening:", best_move(start, "X"))
    info = negamax.cache_info()
    print("memoised positions:", info.currsize)
    ab = AlphaBeta()
    print("alpha-beta value:", ab.search(start, "X"), "nodes visited:", ab.nodes)
    total, counts, positions = tree_stats()
    print("complete games:", total, "outcomes:", counts, "distinct positions:", positions)
    print("games by first move:", by_first_move())

    puzzles = [
        ("XX.OO....", "X"),  # X wins immediately at 2
        ("XX.OO....", "O"),  # O wins at 5
        ("X...O...X", "O"),  # O must take an edge
        ("XO.......", "X"),
        ("O.X.X....", "O"),  # block at 6
    ]
    for board, player in puzzles:
        move, score = best_move(board, player)
        print(f"{board} {player} to move -> square {move} (score {score})")
        print(render(play(board, move, player)))

    print("-- perfect vs perfect")
    result, hist = game(PerfectPlayer(), PerfectPlayer(), verbose=True)
    print(result, hist)

    players = [PerfectPlayer, HeuristicPlayer, FirstFreePlayer, lambda: CycleLcgPlayer(12345)]
    names = ["perfect", "heuristic", "first-free", "lcg"]
    table = {n: {"W": 0, "D": 0, "L": 0} for n in names}
    for i, mk_x in enumerate(players):
        for j, mk_o in enumerate(players):
            if i == j:
                continue
            for _ in range(3):
                result, hist = game(mk_x(), mk_o())
                x, o = names[i], names[j]
                if result == "X":
                    table[x]["W"] += 1
                    table[o]["L"] += 1
                elif result == "O":
                    table[o]["W"] += 1
                    table[x]["L"] += 1
                else:
                    table[x]["D"] += 1
                    table[o]["D"] += 1
            print(f"{names[i]:>10} (X) vs {names[j]:<10} (O): last result {result:<4} moves {hist}")
    print("standings:")
    for n in sorted(names, key=lambda n: (-(3 * table[n]['W'] + table[n]['D']), n)):
        t = table[n]
        print(f"  {n:<10} W{t['W']:>2} D{t['D']:>2} L{t['L']:>2} points {3 * t['W'] + t['D']}")
    print("perfect player never loses:", table["perfect"]["L"] == 0)
    try:
        play("X" + EMPTY * 8, 0, "O")
    except ValueError as e:
        print("ValueError:", e)


main()
