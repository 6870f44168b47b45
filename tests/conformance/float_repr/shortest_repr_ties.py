# Floats whose shortest round-trip repr has two equally close candidates:
# CPython picks the one closest to the exact binary value, ties to even.
values = [728810199831991.25, 123456789.125, 0.125, 2.5e-310, 9007199254740993.0,
          1.5, 1.25e22, 4503599627370497.5, 18014398509481985.0, 0.3, 2.675]
for v in values:
    print(repr(v), str(-v), v == float(repr(v)))
# a sweep of products that exercise the last digit
acc = []
for i in range(1, 200):
    x = i * 0.1 + i / 7
    acc.append(repr(x)[-3:])
print(" ".join(acc[:40]))
print(len(set(acc)))
