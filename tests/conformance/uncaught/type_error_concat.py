count = 3
print('count is', count)
message = 'total: ' + count
print(message)
