RED = "red"
GREEN = "green"
LIMIT = 3


def check(color):
    return color in (RED, GREEN)
