x = 1.0
for i in range(12):
    print(x)
    x /= 10
print(0.00009999, 0.0001000001)
