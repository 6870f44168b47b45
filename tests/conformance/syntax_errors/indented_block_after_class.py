print('never printed')
class Empty:
# only a comment
x = 1
