cases = [lambda: {}['x'], lambda: [][1], lambda: 1 / 0, lambda: int('q'), lambda: undefined_name_qq, lambda: (1).nope]
for c in cases:
    try:
        c()
    except LookupError as e:
        print('LookupError', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError', type(e).__name__)
    except Exception as e:
        print('Exception', type(e).__name__)
