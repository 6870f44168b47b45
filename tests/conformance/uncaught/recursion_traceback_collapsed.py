# An uncaught RecursionError: CPython prints at most 1000 traceback entries
# and collapses identical consecutive ones after the third.
def down(n):
    down(n + 1)


down(0)
