# fib: naive doubly recursive Fibonacci. Almost nothing but Python-to-Python
# calls, integer comparison and addition: measures call overhead.
SIZE = 50  # computations of fib(N) (work is linear in SIZE)

N = 27


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(repeat):
    total = 0
    for i in range(repeat):
        total += fib(N - i % 2)
    print(f"fib n={N} repeat={repeat} total={total}")


main(SIZE)
