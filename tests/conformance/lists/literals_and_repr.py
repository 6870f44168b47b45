print([], [1], [1, 2, 3], [1, 'a', None, 2.5, True])
print([[1, 2], [3, [4, [5]]]], [[]], [(), {}])
print(['it\'s', "q\"", '\n'])
print(len([]), len([[], []]), type([]))
print([1, 2, 3,], [
    'multi',
    'line',
])
