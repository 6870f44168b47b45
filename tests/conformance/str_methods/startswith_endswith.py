s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.endswith('.gz'), s.endswith('.tar'))
print(s.startswith(('a', 'fi')), s.endswith(('.zip', '.gz')), s.startswith(()))
print(s.startswith('name', 4), s.startswith('name', 4, 7), s.endswith('.tar', 0, 12))
print(s.startswith(''), ''.startswith(''), ''.endswith('a'))
print(s.startswith('file', -100), s.endswith('gz', -2), s.endswith('gz', 5, -1))
