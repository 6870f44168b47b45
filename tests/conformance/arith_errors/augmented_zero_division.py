x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(x)
try:
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    x %= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(x)
