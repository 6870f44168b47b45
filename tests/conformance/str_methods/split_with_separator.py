for s in ['a,b,c', ',a,,b,', '', ',', 'abc', 'a,b,c,']:
    print(repr(s), s.split(','))
print('a::b::c'.split('::'), 'aaa'.split('a'), 'abab'.split('ab'))
print('1 2  3'.split(' '))
