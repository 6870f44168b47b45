tests = ['a, b = (1, 2, 3)', 'a, b, c = [1, 2]', 'a, *b, c = [1]', 'a, b = 5', 'a, = []', '(a, b), c = (1, 2), 3']
def run(code):
    if code == 'a, b = (1, 2, 3)':
        a, b = (1, 2, 3)
    elif code == 'a, b, c = [1, 2]':
        a, b, c = [1, 2]
    elif code == 'a, *b, c = [1]':
        a, *b, c = [1]
    elif code == 'a, b = 5':
        a, b = 5
    elif code == 'a, = []':
        a, = []
    else:
        (a, b), c = (1, 2), 3
for code in tests:
    try:
        run(code)
    except (ValueError, TypeError) as e:
        print(code, '->', type(e).__name__, e)
