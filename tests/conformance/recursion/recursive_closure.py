def make_counter_down():
    def down(n):
        if n <= 0:
            return ['liftoff']
        return [n] + down(n - 1)
    return down
print(make_counter_down()(5))
def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(power_set([1, 2, 3]))
