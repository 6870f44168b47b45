from __future__ import annotations

class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        self.next = Node(value)
        return self.next

def f(x: list[int], y: UndefinedType) -> dict[str, Node]:
    return {}

print(f.__annotations__)
print(Node.__init__.__annotations__, Node.append.__annotations__)
n = Node(1)
n.append(2).append(3)
vals = []
while n:
    vals.append(n.value)
    n = n.next
print(vals)
x: SomethingUndefined = 5
print(__annotations__, x)
