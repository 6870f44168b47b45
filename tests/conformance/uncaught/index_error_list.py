xs = [10, 20, 30]
for i in range(5):
    print(i, xs[i])
