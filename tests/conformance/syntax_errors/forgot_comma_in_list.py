print('never printed')
names = ['ann', 'bob' 'cy', 'dee' 'eve' 42]
