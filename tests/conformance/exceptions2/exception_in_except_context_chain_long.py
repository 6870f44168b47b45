def level(n):
    try:
        if n == 0:
            raise ValueError("root")
        level(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}") from e if n % 2 else None

try:
    level(3)
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}:{cur}")
        cur = cur.__cause__ or (None if cur.__suppress_context__ else cur.__context__)
    print(chain)
