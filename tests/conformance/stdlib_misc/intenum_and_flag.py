from enum import IntEnum, Flag, IntFlag, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.HIGH, repr(Priority.LOW), Priority.MEDIUM + 1, Priority.LOW < Priority.HIGH, Priority(5))
print(sorted([Priority.HIGH, Priority.LOW, 7]), Priority.HIGH == 10, int(Priority.MEDIUM), f"{Priority.HIGH}")
print([p.name for p in Priority], max(Priority).name)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(Perm.R & Perm.X), list(rw))
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode.A | 4, int(Mode.B))
