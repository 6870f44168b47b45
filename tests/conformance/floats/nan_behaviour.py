nan = float('nan')
print(nan, -nan, nan + 1, nan * 0)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
x = nan
print(x == x, x is x)
lst = [nan]
print(nan in lst)
print(nan ** 0, 1 ** nan)
print(float('nan') == float('nan'))
print(min(1.0, 2.0), max(nan, 1.0), max(1.0, nan))
