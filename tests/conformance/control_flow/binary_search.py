def bsearch(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        elif xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)
xs = list(range(0, 100, 3))
for t in [0, 3, 99, 50, -1, 100, 51]:
    print(t, bsearch(xs, t))
