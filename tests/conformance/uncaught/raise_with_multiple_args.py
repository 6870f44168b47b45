print('multiple args')
raise ValueError('bad thing', 42)
