xs = list(range(5))
print(xs[None:None], xs[None:2], xs[2:None], xs[::None])
print(xs[-10 ** 20:10 ** 20], xs[10 ** 20:], xs[:-10 ** 20])
print('abc'[1:10 ** 30], 'abc'[::-10 ** 30])
