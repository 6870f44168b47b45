print('é'.zfill(3), 'é'.center(4, '·'), '€'.rjust(3, '€'))
print(len('日本'.center(6)), '[' + '日本'.ljust(4) + ']')
print('-é'.zfill(4))
