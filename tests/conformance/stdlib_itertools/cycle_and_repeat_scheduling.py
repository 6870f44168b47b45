from itertools import cycle, repeat, islice, chain
workers = cycle(["w1", "w2", "w3"])
jobs = [f"job{i}" for i in range(7)]
print([(j, next(workers)) for j in jobs])
print(list(chain(repeat("-", 3), ["x"], repeat("-", 2))))
print("".join(islice(cycle("ab"), 7)))
lights = cycle([("green", 3), ("yellow", 1), ("red", 2)])
timeline = []
for _ in range(5):
    color, dur = next(lights)
    timeline.extend(repeat(color[0], dur))
print("".join(timeline))
