inf = float('inf')
for a, b in [(5.0, inf), (-5.0, inf), (5.0, -inf), (-5.0, -inf), (0.0, inf), (-0.0, -inf)]:
    print(a, b, a % b, a // b)
print(inf % 2.0, inf // 2.0)
