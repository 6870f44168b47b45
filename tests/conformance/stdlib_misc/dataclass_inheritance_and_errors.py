from dataclasses import dataclass, field, is_dataclass

@dataclass
class Base:
    id: int
    name: str = "base"

@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [1, 2])
    name: str = "child"

print(Child(5), Base(1), is_dataclass(Child), is_dataclass(Child(1)), is_dataclass(int))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
