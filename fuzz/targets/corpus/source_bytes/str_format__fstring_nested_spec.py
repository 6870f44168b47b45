for width in [4, 8]:
    for prec in [1, 3]:
        print(f'[{3.14159:{width}.{prec}f}]')
fill = '*'
print(f'[{"x":{fill}^5}]')
print(f'[{42:{"0"}{6}}]')
