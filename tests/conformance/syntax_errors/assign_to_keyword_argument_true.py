print('never printed')
print(True=1)
