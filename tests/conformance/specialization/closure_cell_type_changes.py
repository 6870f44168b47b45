def make():
    state = 0
    def step(v):
        nonlocal state
        state = state + v
        return state
    return step
step = make()
for i in range(2000):
    step(1)
print(step(0))
print(step(0.5))
step2 = make()
print(step2(1), step2(2 ** 70), step2(-2 ** 70))
step3 = make()
try:
    step3('x')
except TypeError as e:
    print(type(e).__name__, e)
print(step3(5))
