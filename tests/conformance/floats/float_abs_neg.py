print(abs(-1.5), abs(1.5), abs(-0.0), abs(float('-inf')))
print(-1.5, +(-1.5), -(-1.5))
x = 2.5
x = -x
print(x)
print(abs(-1e-320))
