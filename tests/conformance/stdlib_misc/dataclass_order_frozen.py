from dataclasses import dataclass, FrozenInstanceError, replace

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1))
print(len(set(vs)), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(vs[0], patch=9), vs[0])
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
