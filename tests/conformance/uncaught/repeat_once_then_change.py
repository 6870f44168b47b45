# Runs of identical traceback entries of different lengths: a run of four
# prints "1 more time" (singular), then a different frame resets the count.
def leaf():
    raise ValueError("bottom")


def middle(n):
    if n == 0:
        leaf()
    else:
        middle(n - 1)


def top(k):
    if k == 0:
        middle(3)
    else:
        top(k - 1)


top(4)
