from dataclasses import dataclass, field, InitVar

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

print(Rect(2, 3), Rect(2, 3, 2.0))
try:
    Rect(1, 2, area=5)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Validated:
    age: int
    def __post_init__(self):
        if self.age < 0:
            raise ValueError(f"age must be >= 0, got {self.age}")
try:
    Validated(-1)
except ValueError as e:
    print(type(e).__name__, e)
