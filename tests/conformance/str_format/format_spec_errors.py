tests = [lambda: f'{"a":d}', lambda: f'{1.5:d}', lambda: f'{1:s}', lambda: f'{"x":,}', lambda: f'{1:q}',
         lambda: f'{1:,d}' + f'{1.5:x}', lambda: '{:=}'.format('s'), lambda: f'{"x":+}', lambda: f'{12:.2d}']
for t in tests:
    try:
        print(t())
    except ValueError as e:
        print(type(e).__name__, e)
