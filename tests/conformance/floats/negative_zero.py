z = -0.0
print(z, 0.0 == -0.0, z < 0.0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
print(abs(-0.0), -(0.0), -(-0.0))
print(repr(-0.0), str(-0.0))
print(1 / float('inf') * -1)
print(round(-0.4), round(-0.4, 1))
print(-0.0 // 1, -0.0 % 1, 0.0 % -1)
print(int(-0.0))
