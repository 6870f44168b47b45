x = 1234.5678
print('%f|%.2f|%10.3f|%-10.1f|%+.0f' % (x, x, x, x, x))
print('%e|%.2e|%E|%12.3e' % (x, x, x, x))
print('%g|%.2g|%G|%.10g' % (x, x, x, x))
print('%g|%g|%g|%g' % (0.0001, 0.00001, 1e16, 123456789.0))
print('%f|%e|%g' % (float('inf'), float('-inf'), float('nan')))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print('%#g|%#.0f|%#.3g' % (1.0, 3.0, 2.0))
print('%f' % 1e20, '%f' % 5, '%e' % 0)
