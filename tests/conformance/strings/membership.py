s = 'the quick brown fox'
print('quick' in s, 'slow' in s, 'q' in s, '' in s, ' ' in s)
print('fox' not in s, 'Fox' in s)
print('' in '', 'a' in '')
words = s.split()
print([w for w in words if 'o' in w])
