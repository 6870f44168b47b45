def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

fact = make_fact()
print(fact(20))

def y_comb():
    memo = {}
    def walk(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else walk(n - 1) + walk(n - 2)
        memo[n] = r
        return r
    return walk
print(y_comb()(90))
