print('before the error')
result = 41
print(result + 1)
print(completely_undefined_identifier_qqq)
