def stopper():
    raise StopIteration

try:
    print(list(stopper() for _ in range(3)))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    print([stopper() for _ in range(3)])
except StopIteration:
    print("list comprehension lets StopIteration through")
it = iter([1, 2])
print(list(next(it) for _ in range(5)) if False else "skip")
