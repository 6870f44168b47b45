print('raising KeyError with no args')
raise KeyError()
