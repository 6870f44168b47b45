import sys

def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)

print(count_down(500))
try:
    count_down(10**6)
except RecursionError:
    print("caught RecursionError")
print(count_down(100))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
