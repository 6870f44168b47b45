print('about to raise a bare class')
raise RuntimeError
