print('100%%' % (), '%d%%' % 50, '%% %s %%' % 'x')
print('%s' % 'only one')
print('%s %s' % ('a', 'b'))
print('%s=%d' % ('k', 3), '%5s%%' % 'ab')
