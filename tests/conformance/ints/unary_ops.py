x = 5
print(-x, +x, ~x)
print(~0, ~-1, ~-6)
print(- -x, ~~x, -~x, ~-x)
print(-(-(-3)))
print(+True, -True, ~True, ~False)
